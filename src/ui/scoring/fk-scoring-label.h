/* fk-scoring-label.h — the wrapping label of the Scoring page's cards */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A left-aligned label that wraps, showing @text literally (model and
 * study text is never markup), with @css_class if not NULL. */
GtkWidget *fk_scoring_label_new (const char *text,
                                 const char *css_class);

G_END_DECLS
