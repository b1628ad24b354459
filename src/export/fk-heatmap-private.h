/* fk-heatmap-private.h — what the heatmap's layout and renderer share */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* The one text style of the heatmap: Sans at @font_size pixels, bold or
 * not, @text as plain text (names from users and files are never markup).
 * Measuring and drawing use it alike, so what was measured is drawn. */
PangoLayout *fk_heatmap_text_layout (PangoContext *context,
                                     const char   *text,
                                     double        font_size,
                                     gboolean      bold);

G_END_DECLS
