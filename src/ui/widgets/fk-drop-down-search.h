/* fk-drop-down-search.h — a searchable GtkDropDown that works from the
 * keyboard alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* For a GtkDropDown with enable-search: what is typed while its list is
 * open goes to the search field (in GTK 4.8 the list has the focus, and
 * typing there does nothing), and Enter in the search field picks the
 * first match. Does nothing where the GTK in use builds the list
 * differently. */
void fk_drop_down_search_by_keyboard (GtkDropDown *dropdown);

G_END_DECLS
