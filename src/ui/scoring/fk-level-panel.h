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

/* Model texts are shown in @language. @model must outlive the panel. */
GtkWidget *fk_level_panel_new (FkModel            *model,
                               const FkCapability *capability,
                               const char         *language);
/* Opens the scoring rules; FALSE (nothing happens) when the model has none. */
gboolean   fk_level_panel_show_rules (FkLevelPanel *self);

/* The tooltip of @capability's "Not applicable" button: the model's own
 * guidance when it has some, else the general rule (a capability the
 * municipality lacks is level 0). (transfer full) */
char      *fk_level_panel_not_applicable_tooltip (const FkCapability *capability,
                                                  const char         *language);

G_END_DECLS
