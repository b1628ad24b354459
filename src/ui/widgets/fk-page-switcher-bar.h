/* fk-page-switcher-bar.h — the window's bottom view switcher for narrow widths
 *
 * AdwViewSwitcherBar (libadwaita 1.2) gives each page the same width, so
 * at 420 px seven pages' names are cut ("Bedömn…", "Kandida…"). This bar
 * shows every page's icon and only the visible page's name beside its
 * icon, in full; the others name themselves in their tooltip and to
 * screen readers. Same API as AdwViewSwitcherBar: "stack" and "reveal".
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FK_TYPE_PAGE_SWITCHER_BAR (fk_page_switcher_bar_get_type ())
G_DECLARE_FINAL_TYPE (FkPageSwitcherBar, fk_page_switcher_bar, FK, PAGE_SWITCHER_BAR, AdwBin)

GtkWidget    *fk_page_switcher_bar_new        (void);
/* (transfer none) (nullable) */
AdwViewStack *fk_page_switcher_bar_get_stack  (FkPageSwitcherBar *self);
void          fk_page_switcher_bar_set_stack  (FkPageSwitcherBar *self,
                                               AdwViewStack      *stack);
gboolean      fk_page_switcher_bar_get_reveal (FkPageSwitcherBar *self);
void          fk_page_switcher_bar_set_reveal (FkPageSwitcherBar *self,
                                               gboolean           reveal);

G_END_DECLS
