/* fk-scoring-view-rows.c — the capability rows and the values they show
 *
 * One row per capability of the model, built when a study is set and
 * again when the language of model texts changes. Every refresh shows
 * what the study holds for the chosen municipality and round.
 */
#define G_LOG_DOMAIN "fk-scoring-view-rows"
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "fk-scoring-view-private.h"
#include "fk-content-language.h"

/* ---- showing the study's values ----------------------------------------- */

/* The round dropdown's list: the names of @rounds (FkRound*), in order. */
static GtkStringList *
round_names (GPtrArray *rounds)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  for (guint i = 0; i < rounds->len; i++)
    gtk_string_list_append (names, ((FkRound *) g_ptr_array_index (rounds, i))->name);
  return names;
}

void
fk_scoring_view_update_read_only (FkScoringView *self)
{
  const char *reason = self->study != NULL ? fk_study_get_read_only_reason (self->study) : NULL;
  gboolean editable = self->study != NULL && !fk_study_is_read_only (self->study);

  if (editable)
    reason = NULL;
  else if (reason == NULL && self->study != NULL)
    reason = _("This study cannot be changed.");
  gtk_label_set_text (self->read_only_label, reason != NULL ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->read_only_box),
                          reason != NULL && !self->hide_read_only_notice);
  gtk_widget_set_sensitive (GTK_WIDGET (self->respondent_entry), editable);
  for (guint i = 0; i < self->rows->len; i++)
    fk_capability_row_set_editable (g_ptr_array_index (self->rows, i), editable);
  fk_scoring_view_update_actions (self);
}

/* Shows the stored scores of the chosen municipality and round. */
void
fk_scoring_view_refresh (FkScoringView *self)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GError) error = NULL;

  self->stale = FALSE;
  if (self->study == NULL || self->municipality == NULL)
    return;
  self->n_refreshes++;

  /* A round added elsewhere (the CLI, another window). */
  if (fk_study_get_rounds (self->study)->len != self->n_rounds)
    {
      GPtrArray *rounds = fk_study_get_rounds (self->study);
      g_autoptr(GtkStringList) names = round_names (rounds);

      self->updating = TRUE;
      gtk_drop_down_set_model (self->round_dropdown, G_LIST_MODEL (names));
      self->n_rounds = rounds->len;
      self->updating = FALSE;
      fk_scoring_view_sync_selectors (self);
    }

  scores = fk_study_list_scores (self->study, self->round_id, self->municipality, &error);
  if (scores == NULL)
    {
      fk_scoring_view_show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < scores->len; i++)
    {
      FkScore *score = g_ptr_array_index (scores, i);
      g_hash_table_insert (by_key, score->capability, score);
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      FkCapabilityRow *row = g_ptr_array_index (self->rows, i);
      const char *key = fk_capability_row_get_key (row);
      FkScore *stored = g_hash_table_lookup (by_key, key);

      if (stored != NULL)
        fk_capability_row_set_score (row, stored);
      else
        {
          g_autoptr(FkScore) empty = fk_score_new (self->round_id, self->municipality, key);
          fk_capability_row_set_score (row, empty);
        }
    }

  fk_scoring_view_update_progress (self);
  fk_scoring_view_update_read_only (self);
  if (gtk_toggle_button_get_active (self->unanswered_toggle))
    fk_scoring_view_refilter (self);
}

/* ---- building ------------------------------------------------------------ */

static void
on_row_focus_enter (GtkEventControllerFocus *controller,
                    FkScoringView           *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  if ((GtkListBoxRow *) row != gtk_list_box_get_selected_row (self->list_box))
    gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));
}

void
fk_scoring_view_on_row_selected (GtkListBox    *list_box,
                                 GtkListBoxRow *row,
                                 FkScoringView *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      FkCapabilityRow *r = g_ptr_array_index (self->rows, i);
      if ((GtkListBoxRow *) r != row && fk_capability_row_get_expanded (r))
        {
          fk_capability_row_flush_comment (r);
          fk_capability_row_set_expanded (r, FALSE);
        }
    }
  if (row != NULL)
    fk_capability_row_set_expanded (FK_CAPABILITY_ROW (row), TRUE);
  if (gtk_toggle_button_get_active (self->unanswered_toggle))
    fk_scoring_view_refilter (self);
}

void
fk_scoring_view_clear_rows (FkScoringView *self)
{
  GtkWidget *child;

  fk_scoring_view_flush (self);
  /* Forget the rows first: removing the selected one emits "row-selected". */
  g_ptr_array_set_size (self->rows, 0);
  g_hash_table_remove_all (self->row_by_key);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
}

void
fk_scoring_view_build (FkScoringView *self)
{
  FkModel *model = fk_study_get_model (self->study);
  FkRegion *region = fk_study_get_region (self->study);
  const char *language = fk_content_language (self->study);
  g_autoptr(GtkStringList) municipalities = gtk_string_list_new (NULL);
  GPtrArray *study_rounds = fk_study_get_rounds (self->study);
  g_autoptr(GtkStringList) rounds = round_names (study_rounds);
  g_autoptr(GtkStringList) areas = gtk_string_list_new (NULL);

  for (guint i = 0; i < region->municipalities->len; i++)
    {
      FkMunicipality *m = g_ptr_array_index (region->municipalities, i);
      g_autofree char *label = g_strdup_printf ("%s (%s)", m->name, m->code);
      gtk_string_list_append (municipalities, label);
    }
  gtk_string_list_append (areas, _("All areas"));
  for (guint i = 0; i < model->areas->len; i++)
    gtk_string_list_append (areas, fk_text_get (&((FkArea *) g_ptr_array_index (model->areas, i))->name, language));

  self->updating = TRUE;
  gtk_drop_down_set_model (self->municipality_dropdown, G_LIST_MODEL (municipalities));
  gtk_drop_down_set_model (self->round_dropdown, G_LIST_MODEL (rounds));
  gtk_drop_down_set_model (self->area_dropdown, G_LIST_MODEL (areas));
  gtk_drop_down_set_selected (self->area_dropdown, 0);
  self->n_rounds = study_rounds->len;
  self->updating = FALSE;
  g_clear_pointer (&self->area_filter, g_free);

  for (guint i = 0; i < model->capabilities->len; i++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, i);
      GtkWidget *row = fk_capability_row_new (model, cap, language);
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect (focus, "enter", G_CALLBACK (on_row_focus_enter), self);
      gtk_widget_add_controller (row, focus);
      g_signal_connect_swapped (row, "edited", G_CALLBACK (fk_scoring_view_on_row_edited), self);
      gtk_list_box_append (self->list_box, row);
      g_ptr_array_add (self->rows, row);
      g_hash_table_insert (self->row_by_key, cap->key, row);
    }
}
