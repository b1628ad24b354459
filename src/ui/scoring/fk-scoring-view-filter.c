/* fk-scoring-view-filter.c — progress, area headings and filtering
 *
 * The progress bar and the "n of m" beside each area heading count the
 * rows that are assessed. The list shows the rows that match the search
 * text and the chosen area, and with "unanswered only" hides assessed
 * rows except the one being answered. After a filter changes, the
 * selected card is scrolled back into view; search results start at the
 * top, and Escape in the search goes back to the card chosen before.
 */
#define G_LOG_DOMAIN "fk-scoring-view-filter"
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "fk-scoring-view-private.h"
#include "fk-content-language.h"

void
fk_scoring_view_update_progress (FkScoringView *self)
{
  g_autoptr(GError) error = NULL;
  guint total = self->rows->len;
  guint assessed = 0;

  g_hash_table_remove_all (self->area_assessed);
  g_hash_table_remove_all (self->area_total);
  for (guint i = 0; i < self->rows->len; i++)
    {
      FkCapabilityRow *row = g_ptr_array_index (self->rows, i);
      const char *area = fk_capability_row_get_capability (row)->area;
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->area_total, area));

      g_hash_table_insert (self->area_total, g_strdup (area), GUINT_TO_POINTER (n + 1));
      if (fk_capability_row_is_assessed (row))
        {
          n = GPOINTER_TO_UINT (g_hash_table_lookup (self->area_assessed, area));
          g_hash_table_insert (self->area_assessed, g_strdup (area), GUINT_TO_POINTER (n + 1));
        }
    }

  if (self->study != NULL && self->municipality != NULL)
    fk_study_get_n_assessed (self->study, self->round_id, self->municipality, &assessed, &error);

  /* A count that cannot be read says so, never "0 of 43". */
  g_clear_pointer (&self->progress_text, g_free);
  if (error != NULL)
    self->progress_text = g_strdup (_("The progress could not be read."));
  else
    self->progress_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "%u of %u assessed",
                                                        "%u of %u assessed", total),
                                           assessed, total);
  gtk_label_set_text (self->progress_label, self->progress_text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->progress_label), error != NULL ? error->message : NULL);
  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) assessed / total : 0.0);
  gtk_list_box_invalidate_headers (self->list_box);
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  FkScoringView *self = user_data;
  const char *area = fk_capability_row_get_capability (FK_CAPABILITY_ROW (row))->area;
  const FkArea *info;
  GtkWidget *box, *name, *count;
  g_autofree char *count_text = NULL;

  if (before != NULL &&
      g_strcmp0 (fk_capability_row_get_capability (FK_CAPABILITY_ROW (before))->area, area) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  info = fk_model_lookup_area (fk_study_get_model (self->study), area);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (box, "fk-area-heading");
  name = gtk_label_new (NULL);
  gtk_label_set_text (GTK_LABEL (name), info != NULL ? fk_text_get (&info->name, fk_content_language (self->study)) : area);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "title-3");
  count_text = g_strdup_printf (_("%u of %u"),
                                GPOINTER_TO_UINT (g_hash_table_lookup (self->area_assessed, area)),
                                GPOINTER_TO_UINT (g_hash_table_lookup (self->area_total, area)));
  count = gtk_label_new (count_text);
  gtk_widget_add_css_class (count, "heading");
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_set_valign (count, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), count);
  gtk_list_box_row_set_header (row, box);
}

gboolean
fk_scoring_view_row_matches (FkScoringView   *self,
                             FkCapabilityRow *row)
{
  const char *area = fk_capability_row_get_capability (row)->area;

  if (self->area_filter != NULL && g_strcmp0 (area, self->area_filter) != 0)
    return FALSE;
  if (self->search_folded != NULL && *self->search_folded != '\0')
    {
      const char *text = fk_capability_row_get_search_text (row);

      /* Word prefixes with accents folded ("forvalt" finds "förvaltning"),
       * or any substring. */
      if (strstr (text, self->search_folded) == NULL &&
          !g_str_match_string (self->search_folded, text, TRUE))
        return FALSE;
    }
  return TRUE;
}

static gboolean
filter_func (GtkListBoxRow *row,
             gpointer       user_data)
{
  FkScoringView *self = user_data;
  FkCapabilityRow *cap_row = FK_CAPABILITY_ROW (row);

  if (!fk_scoring_view_row_matches (self, cap_row))
    return FALSE;
  /* The row being answered stays until the user moves on. */
  if (gtk_toggle_button_get_active (self->unanswered_toggle) &&
      fk_capability_row_is_assessed (cap_row) &&
      row != gtk_list_box_get_selected_row (self->list_box))
    return FALSE;
  return TRUE;
}

static gboolean
searching (FkScoringView *self)
{
  return self->search_folded != NULL && *self->search_folded != '\0';
}

void
fk_scoring_view_refilter (FkScoringView *self)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->list_box);
  gboolean any = FALSE;

  gtk_list_box_invalidate_filter (self->list_box);
  for (guint i = 0; i < self->rows->len && !any; i++)
    any = filter_func (g_ptr_array_index (self->rows, i), self);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), self->rows->len > 0 && !any);
  /* Rows above it may have gone: the card being answered stays in view. */
  if (selected != NULL && !searching (self) && filter_func (selected, self))
    fk_scoring_view_reveal_selected (self);
}

static void
on_search_changed (GtkSearchEntry *entry,
                   FkScoringView  *self)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->list_box);

  /* Remember where the user was, to go back there on Escape. */
  if (!searching (self) && self->search_return_key == NULL && selected != NULL)
    self->search_return_key = g_strdup (fk_capability_row_get_key (FK_CAPABILITY_ROW (selected)));
  g_clear_pointer (&self->search_folded, g_free);
  self->search_folded = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);
  fk_scoring_view_refilter (self);
  /* Results start at the top of the list. */
  if (searching (self))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
}

static void
on_search_stop (GtkSearchEntry *entry,
                FkScoringView  *self)
{
  g_autofree char *key = g_steal_pointer (&self->search_return_key);

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_clear_pointer (&self->search_folded, g_free);
  fk_scoring_view_refilter (self);
  g_clear_pointer (&self->search_return_key, g_free);
  if (key == NULL || !fk_scoring_view_focus_capability (self, key))
    fk_scoring_view_move (self, 0);
}

static void
on_search_activate (GtkSearchEntry *entry,
                    FkScoringView  *self)
{
  /* The user chose a result: that is where they are now. */
  g_clear_pointer (&self->search_return_key, g_free);
  fk_scoring_view_move (self, 0);
}

static void
on_area_selected (GObject       *dropdown,
                  GParamSpec    *pspec,
                  FkScoringView *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));

  if (self->updating)
    return;
  g_clear_pointer (&self->area_filter, g_free);
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && self->study != NULL)
    {
      FkModel *model = fk_study_get_model (self->study);
      if (selected - 1 < model->areas->len)
        self->area_filter = g_strdup (((FkArea *) g_ptr_array_index (model->areas, selected - 1))->key);
    }
  fk_scoring_view_refilter (self);
}

static void
on_unanswered_toggled (GtkToggleButton *button,
                       FkScoringView   *self)
{
  fk_scoring_view_refilter (self);
}

const char *
fk_scoring_view_get_progress_text (FkScoringView *self)
{
  g_return_val_if_fail (FK_IS_SCORING_VIEW (self), NULL);
  return self->progress_text;
}

void
fk_scoring_view_init_filter (FkScoringView *self)
{
  gtk_list_box_set_header_func (self->list_box, header_func, self, NULL);
  gtk_list_box_set_filter_func (self->list_box, filter_func, self, NULL);
  g_signal_connect (self->area_dropdown, "notify::selected", G_CALLBACK (on_area_selected), self);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->search_entry, "stop-search", G_CALLBACK (on_search_stop), self);
  g_signal_connect (self->search_entry, "activate", G_CALLBACK (on_search_activate), self);
  g_signal_connect (self->unanswered_toggle, "toggled", G_CALLBACK (on_unanswered_toggled), self);
}
