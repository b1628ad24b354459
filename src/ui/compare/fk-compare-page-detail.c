/* fk-compare-page-detail.c — the Compare page's table and side panel
 *
 * "compare.view" ('map' or 'table') switches between the heatmap and the
 * same matrix as a table (FkHeatmapTable). Activating a cell in either
 * opens the capability's side panel (FkCapabilityPanel) in the flap at the
 * end; it follows new data while open and gives the focus back on close.
 * The table is rebuilt only while shown: with hundreds of municipalities
 * that costs a noticeable fraction of a second.
 */
#define G_LOG_DOMAIN "fk-compare-page"
#include "config.h"
#include "fk-compare-page-private.h"
#include "fk-content-language.h"

static gboolean
table_shown (FkComparePage *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "table") == 0;
}

static void
update_table (FkComparePage *self)
{
  if (!table_shown (self))
    {
      self->table_stale = TRUE;
      return;
    }
  self->table_stale = FALSE;
  fk_heatmap_table_set_layout (self->table, fk_heatmap_view_get_layout (self->heatmap));
}

/* "compare.close-panel" (Escape anywhere on the page) only while the
 * panel is shown, so that Escape does nothing else then. */
static void
set_close_enabled (FkComparePage *self,
                   gboolean       enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "close-panel");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* Shows @capability of the heatmap's snapshot in the panel, the
 * municipalities in the heatmap's order. */
static void
fill_panel (FkComparePage *self,
            guint          capability,
            int            municipality)
{
  FkRoundSnapshot *snapshot = fk_heatmap_view_get_snapshot (self->heatmap);
  guint n = 0;
  g_autofree guint *order = NULL;

  /* Anonymised, the heatmap's letter order and the same anonymizer. */
  fk_capability_panel_set_anonymizer (self->panel, self->anonymizer,
                                      fk_heatmap_view_get_show_comments (self->heatmap));
  order = fk_capability_panel_order_from_layout (fk_heatmap_view_get_layout (self->heatmap), &n);
  fk_capability_panel_set_order (self->panel, order, n);
  fk_capability_panel_set_capability (self->panel, snapshot, capability, municipality,
                                      fk_content_language (self->study));
}

static void
on_cell_activated (FkComparePage *self,
                   int            capability,
                   int            municipality)
{
  /* Area and mean rows have no one capability to show. */
  if (capability < 0 || fk_heatmap_view_get_snapshot (self->heatmap) == NULL)
    return;
  fill_panel (self, (guint) capability, municipality);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  set_close_enabled (self, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->panel));
}

static void
on_panel_close (FkComparePage *self)
{
  adw_flap_set_reveal_flap (self->flap, FALSE);
  set_close_enabled (self, FALSE);
  /* The table is a container: its first focusable cell takes it. */
  if (table_shown (self))
    gtk_widget_child_focus (GTK_WIDGET (self->table), GTK_DIR_TAB_FORWARD);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->heatmap));
}

static void
on_layout_changed (FkComparePage *self)
{
  FkRoundSnapshot *snapshot = fk_heatmap_view_get_snapshot (self->heatmap);

  update_table (self);
  if (!adw_flap_get_reveal_flap (self->flap))
    return;
  if (snapshot == NULL)
    {
      adw_flap_set_reveal_flap (self->flap, FALSE);
      set_close_enabled (self, FALSE);
    }
  else
    fill_panel (self, fk_capability_panel_get_capability (self->panel),
                fk_capability_panel_get_highlight (self->panel));
}

static void
close_panel_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  on_panel_close (user_data);
}

static void
view_action_changed (GSimpleAction *action,
                     GVariant      *state,
                     gpointer       user_data)
{
  FkComparePage *self = user_data;
  const char *name = g_variant_get_string (state, NULL);

  if (!g_str_equal (name, "map") && !g_str_equal (name, "table"))
    return;
  g_simple_action_set_state (action, state);
  /* Hidden behind the table, the heatmap still follows the study: the
   * table, the panel and Export read its layout and snapshot. */
  fk_heatmap_view_set_follow_hidden (self->heatmap, g_str_equal (name, "table"));
  gtk_stack_set_visible_child_name (self->view_stack, name);
  if (g_str_equal (name, "table") && self->table_stale)
    update_table (self);
}

void
fk_compare_page_init_detail (FkComparePage *self)
{
  static const GActionEntry entries[] = {
    { .name = "view", .parameter_type = "s", .state = "'map'", .change_state = view_action_changed },
    { .name = "close-panel", .activate = close_panel_action },
  };
  GtkEventController *shortcuts;

  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  set_close_enabled (self, FALSE);
  /* Escape closes the panel wherever the focus is on the page. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("compare.close-panel")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  self->table_stale = TRUE;
  g_signal_connect_swapped (self->heatmap, "cell-activated", G_CALLBACK (on_cell_activated), self);
  g_signal_connect_swapped (self->table, "cell-activated", G_CALLBACK (on_cell_activated), self);
  g_signal_connect_swapped (self->panel, "close", G_CALLBACK (on_panel_close), self);
  g_signal_connect_swapped (self->heatmap, "layout-changed", G_CALLBACK (on_layout_changed), self);
}

gboolean
fk_compare_page_get_panel_shown (FkComparePage *self)
{
  g_return_val_if_fail (FK_IS_COMPARE_PAGE (self), FALSE);
  return adw_flap_get_reveal_flap (self->flap);
}

FkCapabilityPanel *
fk_compare_page_get_panel (FkComparePage *self)
{
  g_return_val_if_fail (FK_IS_COMPARE_PAGE (self), NULL);
  return self->panel;
}

FkHeatmapTable *
fk_compare_page_get_table (FkComparePage *self)
{
  g_return_val_if_fail (FK_IS_COMPARE_PAGE (self), NULL);
  return self->table;
}

/* The key of @capability's area if the heatmap shows that area
 * collapsed into one row, else NULL. */
static const char *
collapsed_area_of (FkComparePage *self,
                   guint          capability)
{
  FkRoundSnapshot *snapshot = fk_heatmap_view_get_snapshot (self->heatmap);
  const FkHeatmapOptions *options = fk_heatmap_view_get_options (self->heatmap);
  FkModel *model;
  const char *area;

  if (snapshot == NULL || options->collapsed_areas == NULL)
    return NULL;
  model = fk_round_snapshot_get_model (snapshot);
  if (capability >= model->capabilities->len)
    return NULL;
  area = ((const FkCapability *) g_ptr_array_index (model->capabilities, capability))->area;
  return g_strv_contains (options->collapsed_areas, area) ? area : NULL;
}

/* "Show in Heatmap" (the Candidates page): the page is often hidden
 * until the window switches to it, so the heatmap may be stale, and it
 * gets its width (a zoom fitted to it, the panel opened beside it) only
 * at the next allocation; fk_heatmap_view_set_cursor() scrolls again
 * then. The capability needs a row of its own:
 *  - the area overview or the change grid is shown: the capability grid
 *    ("compare.grid" set to "capabilities", as the bar's "Capabilities"
 *    button does, so the buttons and the kept choice follow; the change
 *    grid has capability rows, but of a change, not of the round the
 *    candidate was ranked from);
 *  - the table is shown: the heatmap ("compare.view" 'map');
 *  - its area is collapsed: that area is expanded (as a click on its
 *    header would).
 * Whatever the orders, the row is found by its capability in the
 * layout. The keyboard focus goes to the heatmap, on the row. */
void
fk_compare_page_show_capability (FkComparePage *self,
                                 gint64         round_id,
                                 guint          capability)
{
  const FkHeatmapLayout *layout;
  const char *collapsed;
  guint cursor_col = 0;

  g_return_if_fail (FK_IS_COMPARE_PAGE (self));

  fk_compare_page_select_round (self, round_id);
  if (fk_heatmap_view_get_grid (self->heatmap) != FK_HEATMAP_GRID_CAPABILITIES)
    g_action_group_change_action_state (G_ACTION_GROUP (self->actions), "grid",
                                        g_variant_new_string (fk_heatmap_grid_to_string (FK_HEATMAP_GRID_CAPABILITIES)));
  if (table_shown (self))
    g_action_group_change_action_state (G_ACTION_GROUP (self->actions), "view", g_variant_new_string ("map"));
  fk_heatmap_view_ensure_current (self->heatmap);
  collapsed = collapsed_area_of (self, capability);
  if (collapsed != NULL)
    {
      g_autofree char *key = g_strdup (collapsed);   /* the options change */

      fk_heatmap_view_toggle_area (self->heatmap, key);
    }
  layout = fk_heatmap_view_get_layout (self->heatmap);
  fk_heatmap_view_get_cursor (self->heatmap, NULL, &cursor_col);
  for (guint r = 0; layout != NULL && r < layout->n_rows; r++)
    if (g_array_index (layout->rows, FkHeatmapRow, r).capability == (int) capability)
      {
        fk_heatmap_view_set_cursor (self->heatmap, r, cursor_col);
        break;
      }
  on_cell_activated (self, (int) capability, -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->heatmap));
}
