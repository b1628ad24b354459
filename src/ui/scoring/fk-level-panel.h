/* fk-level-panel.h — the top of an open capability on the Scoring page:
 * what each level means here, which texts are the capability's own and
 * which the scale's general ones, when "not applicable" fits, and the
 * model's scoring rules behind one button. */
#pragma once

#include <gtk/gtk.h>
#include "fk-core.h"

G_BEGIN_DECLS

#define FK_TYPE_LEVEL_PANEL (fk_level_panel_get_type ())
G_DECLARE_FINAL_TYPE (FkLevelPanel, fk_level_panel, FK, LEVEL_PANEL, GtkBox)

/* Model texts are shown in @language. */
GtkWidget *fk_level_panel_new (FkModel            *model,
                               const FkCapability *capability,
                               const char         *language);
/* Opens the scoring rules; FALSE (nothing happens) when the model has none. */
gboolean   fk_level_panel_show_rules (FkLevelPanel *self);

/* The tooltip of @capability's "Not applicable" button: where the model
 * does not allow it (fk_model_allows_not_applicable), why not; where the
 * capability says when it fits, that text and then what the button
 * does, on lines of their own; else only what the button does.
 * Model texts in @language. (transfer full) */
char      *fk_level_panel_not_applicable_tooltip (FkModel            *model,
                                                  const FkCapability *capability,
                                                  const char         *language);
/* Why @capability cannot be "not applicable": one sentence for the
 * tooltip and for the toast after N. (transfer full) */
char      *fk_level_panel_not_applicable_refusal (const FkCapability *capability,
                                                  const char         *language);

G_END_DECLS
