/* fk-candidates-page-detail.c — a candidate opened beside the list
 *
 * Clicking a candidate, or Enter on it, opens its capability in the flap
 * at the end: the Compare page's FkCapabilityPanel (every municipality's
 * answer and comment, with the same anonymizer and in letter order when
 * anonymised), and "Show in Heatmap". Escape, or the panel's close
 * button, closes it and gives the focus back to the candidate. A narrow
 * window folds the flap over the list.
 */
#define G_LOG_DOMAIN "fk-candidates-page"
#include "config.h"
#include "fk-candidates-page-private.h"
#include "fk-candidate-row.h"
#include "fk-content-language.h"

static void
set_detail_actions (FkCandidatesPage *self,
                    gboolean          open)
{
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "close-detail")), open);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "show-in-heatmap")), open);
}

/* The panel shows @capability of the ranking's snapshot. */
static void
fill_panel (FkCandidatesPage *self,
            guint             capability)
{
  const guint *order = NULL;
  guint n = 0;

  /* Letters of another study would name the wrong rows. */
  if (!fk_candidates_page_anonymizer_fits (self, fk_candidates_get_snapshot (self->candidates)))
    {
      fk_candidates_page_close_detail (self);
      return;
    }
  fk_capability_panel_set_anonymizer (self->panel, self->anonymizer, self->show_comments);
  if (self->anonymizer != NULL)
    order = fk_anonymizer_get_order (self->anonymizer, &n);
  fk_capability_panel_set_order (self->panel, order, n);
  fk_capability_panel_set_capability (self->panel, fk_candidates_get_snapshot (self->candidates),
                                      capability, -1, fk_content_language (self->study));
}

void
fk_candidates_page_update_detail (FkCandidatesPage *self)
{
  if (!adw_flap_get_reveal_flap (self->flap))
    return;
  if (self->candidates == NULL)
    fk_candidates_page_close_detail (self);
  else
    fill_panel (self, fk_capability_panel_get_capability (self->panel));
}

static GtkWidget *
row_of (FkCandidatesPage *self,
        guint             capability)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (FK_IS_CANDIDATE_ROW (row) && fk_candidate_row_get_capability (FK_CANDIDATE_ROW (row)) == capability)
      return row;
  return NULL;
}

void
fk_candidates_page_open (FkCandidatesPage *self,
                         guint             capability)
{
  GtkWidget *row;

  g_return_if_fail (FK_IS_CANDIDATES_PAGE (self));

  if (self->candidates == NULL ||
      capability >= fk_round_snapshot_get_n_cols (fk_candidates_get_snapshot (self->candidates)))
    return;
  row = row_of (self, capability);
  if (row != NULL)
    gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (row));
  if (!fk_candidates_page_anonymizer_fits (self, fk_candidates_get_snapshot (self->candidates)))
    return;
  fill_panel (self, capability);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  set_detail_actions (self, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->panel));
}

void
fk_candidates_page_close_detail (FkCandidatesPage *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (FK_IS_CANDIDATES_PAGE (self));

  if (!adw_flap_get_reveal_flap (self->flap))
    return;
  adw_flap_set_reveal_flap (self->flap, FALSE);
  set_detail_actions (self, FALSE);
  row = gtk_list_box_get_selected_row (self->list);
  if (row != NULL && gtk_widget_get_mapped (GTK_WIDGET (row)))
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

gboolean
fk_candidates_page_get_detail_shown (FkCandidatesPage *self)
{
  g_return_val_if_fail (FK_IS_CANDIDATES_PAGE (self), FALSE);
  return adw_flap_get_reveal_flap (self->flap);
}

void
fk_candidates_page_on_row_activated (FkCandidatesPage *self,
                                     GtkListBoxRow    *row)
{
  if (FK_IS_CANDIDATE_ROW (row))
    fk_candidates_page_open (self, fk_candidate_row_get_capability (FK_CANDIDATE_ROW (row)));
}

static void
close_detail_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  fk_candidates_page_close_detail (user_data);
}

static void
show_in_heatmap_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  FkCandidatesPage *self = user_data;

  if (adw_flap_get_reveal_flap (self->flap))
    fk_candidates_page_emit_show_in_heatmap (self, fk_capability_panel_get_capability (self->panel));
}

void
fk_candidates_page_init_detail (FkCandidatesPage *self)
{
  static const GActionEntry entries[] = {
    { .name = "close-detail", .activate = close_detail_action },
    { .name = "show-in-heatmap", .activate = show_in_heatmap_action },
  };
  GtkEventController *shortcuts;

  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  set_detail_actions (self, FALSE);
  /* Escape closes the detail wherever the focus is on the page, and
   * does nothing else while it is closed (the action is disabled). */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("candidates.close-detail")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  g_signal_connect_swapped (self->panel, "close", G_CALLBACK (fk_candidates_page_close_detail), self);
}
