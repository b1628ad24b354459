/* fk-drop-down-search.c — a searchable GtkDropDown that works from the
 * keyboard alone
 *
 * GtkDropDown keeps its popover, search field and list view private; they
 * are found by type among its descendants. If they are not there (another
 * GTK version), the dropdown stays as GTK made it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-drop-down-search"
#include "config.h"

#include "fk-drop-down-search.h"

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

/* Enter: the first item the search shows, as if it were clicked. */
static void
on_search_activate (GtkSearchEntry *search,
                    GtkListView    *list)
{
  GtkSelectionModel *model = gtk_list_view_get_model (list);

  if (model != NULL && g_list_model_get_n_items (G_LIST_MODEL (model)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u", 0);
}

void
fk_drop_down_search_by_keyboard (GtkDropDown *dropdown)
{
  GtkWidget *popover, *search, *list;

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  popover = find_descendant (GTK_WIDGET (dropdown), GTK_TYPE_POPOVER);
  search = popover != NULL ? find_descendant (popover, GTK_TYPE_SEARCH_ENTRY) : NULL;
  list = popover != NULL ? find_descendant (popover, GTK_TYPE_LIST_VIEW) : NULL;
  if (search == NULL || list == NULL)
    return;

  /* Typing anywhere in the open list goes to the search field. */
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (search), popover);
  g_signal_connect_object (search, "activate", G_CALLBACK (on_search_activate), list, 0);
}
