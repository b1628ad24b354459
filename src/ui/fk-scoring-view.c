/* fk-scoring-view.c — the page where a municipality scores its capabilities
 *
 * Every change is written to the study at once (no Save button). A write
 * that fails is shown in a toast and the widget goes back to what the study
 * holds, so nothing is ever shown as saved when it was not. The rows show
 * the study's values and are refreshed on its "changed" signal; the view
 * keeps no scores of its own besides what the rows display.
 *
 * Keyboard actions and undo live in fk-scoring-view-actions.c.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "fk-scoring-view-private.h"
#include "fk-content-language.h"
#include "fk-ui-resources.h"
#include "fk-wrap-layout.h"

G_DEFINE_FINAL_TYPE (FkScoringView, fk_scoring_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STUDY,
  PROP_MUNICIPALITY,
  PROP_ROUND_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SETTINGS_SCHEMA_ID "se.fyrbodal.Formagekarta"
#define SELECTION_KEY      "scoring-selection"

/* ---- helpers ------------------------------------------------------------ */

void
fk_scoring_view_show_error (FkScoringView *self,
                            const char    *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 10);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
save_selection (FkScoringView *self)
{
  g_autoptr(GVariant) old = NULL;
  g_autofree char *value = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *path, *k, *v;

  if (self->settings == NULL || self->study == NULL || self->municipality == NULL)
    return;

  path = fk_study_get_path (self->study);
  value = g_strdup_printf ("%s|%" G_GINT64_FORMAT, self->municipality, self->round_id);
  old = g_settings_get_value (self->settings, SELECTION_KEY);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&s&s}", &k, &v))
    if (g_strcmp0 (k, path) != 0)
      g_variant_builder_add (&builder, "{ss}", k, v);
  g_variant_builder_add (&builder, "{ss}", path, value);
  g_settings_set_value (self->settings, SELECTION_KEY, g_variant_builder_end (&builder));
}

/* The remembered municipality and round for this study, if still valid. */
static void
load_selection (FkScoringView  *self,
                char          **code,
                gint64         *round_id)
{
  FkRegion *region = fk_study_get_region (self->study);
  const FkRound *latest = fk_study_get_latest_round (self->study);
  const char *stored = NULL;

  *code = NULL;
  *round_id = latest != NULL ? latest->id : 0;

  if (self->settings != NULL)
    {
      g_autoptr(GVariant) dict = g_settings_get_value (self->settings, SELECTION_KEY);

      if (g_variant_lookup (dict, fk_study_get_path (self->study), "&s", &stored))
        {
          g_auto(GStrv) parts = g_strsplit (stored, "|", 2);
          gint64 id;

          if (g_strv_length (parts) == 2 && fk_region_lookup (region, parts[0]) != NULL)
            {
              *code = g_strdup (parts[0]);
              id = g_ascii_strtoll (parts[1], NULL, 10);
              if (fk_study_get_round_by_id (self->study, id) != NULL)
                *round_id = id;
            }
        }
    }

  if (*code == NULL && region->municipalities->len > 0)
    *code = g_strdup (((FkMunicipality *) g_ptr_array_index (region->municipalities, 0))->code);
}

/* ---- progress, headings and filtering ------------------------------------ */

static void
update_progress (FkScoringView *self)
{
  guint total = self->rows->len;
  guint assessed = 0;

  g_hash_table_remove_all (self->area_assessed);
  g_hash_table_remove_all (self->area_total);
  for (guint i = 0; i < self->rows->len; i++)
    {
      FkCapabilityRow *row = g_ptr_array_index (self->rows, i);
      const char *area = fk_capability_row_get_capability (row)->area;
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->area_total, area));

      g_hash_table_insert (self->area_total, (gpointer) area, GUINT_TO_POINTER (n + 1));
      if (fk_capability_row_is_assessed (row))
        {
          n = GPOINTER_TO_UINT (g_hash_table_lookup (self->area_assessed, area));
          g_hash_table_insert (self->area_assessed, (gpointer) area, GUINT_TO_POINTER (n + 1));
        }
    }

  if (self->study != NULL && self->municipality != NULL)
    assessed = fk_study_count_assessed (self->study, self->round_id, self->municipality);

  g_clear_pointer (&self->progress_text, g_free);
  self->progress_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u of %u assessed",
                                                      "%u of %u assessed", total),
                                         assessed, total);
  gtk_label_set_text (self->progress_label, self->progress_text);
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

void
fk_scoring_view_refilter (FkScoringView *self)
{
  gboolean any = FALSE;

  gtk_list_box_invalidate_filter (self->list_box);
  for (guint i = 0; i < self->rows->len && !any; i++)
    any = filter_func (g_ptr_array_index (self->rows, i), self);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), self->rows->len > 0 && !any);
}

static void
on_search_changed (GtkSearchEntry *entry,
                   FkScoringView  *self)
{
  g_clear_pointer (&self->search_folded, g_free);
  self->search_folded = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);
  fk_scoring_view_refilter (self);
}

static void
on_search_stop (GtkSearchEntry *entry,
                FkScoringView  *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  fk_scoring_view_move (self, 0);
}

static void
on_search_activate (GtkSearchEntry *entry,
                    FkScoringView  *self)
{
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

/* ---- showing the study's values ----------------------------------------- */

static void
update_read_only (FkScoringView *self)
{
  const char *reason = self->study != NULL ? fk_study_get_read_only_reason (self->study) : NULL;
  gboolean editable = self->study != NULL && !fk_study_is_read_only (self->study);

  if (editable)
    reason = NULL;
  else if (reason == NULL && self->study != NULL)
    reason = _("This study cannot be changed.");
  gtk_label_set_text (self->read_only_label, reason != NULL ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->read_only_box), reason != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->respondent_entry), editable);
  for (guint i = 0; i < self->rows->len; i++)
    fk_capability_row_set_editable (g_ptr_array_index (self->rows, i), editable);
  fk_scoring_view_update_actions (self);
}

static void sync_selectors (FkScoringView *self);

/* Shows the stored scores of the chosen municipality and round. */
void
fk_scoring_view_refresh (FkScoringView *self)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GError) error = NULL;

  if (self->study == NULL || self->municipality == NULL)
    return;

  /* A round added elsewhere (the CLI, another window). */
  if (fk_study_get_rounds (self->study)->len != self->n_rounds)
    {
      GPtrArray *rounds = fk_study_get_rounds (self->study);
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

      for (guint i = 0; i < rounds->len; i++)
        gtk_string_list_append (names, ((FkRound *) g_ptr_array_index (rounds, i))->name);
      self->updating = TRUE;
      gtk_drop_down_set_model (self->round_dropdown, G_LIST_MODEL (names));
      self->n_rounds = rounds->len;
      self->updating = FALSE;
      sync_selectors (self);
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

  update_progress (self);
  update_read_only (self);
  if (gtk_toggle_button_get_active (self->unanswered_toggle))
    fk_scoring_view_refilter (self);
}

static void
on_study_changed (FkStudy       *study,
                  FkScoringView *self)
{
  fk_scoring_view_refresh (self);
}

/* The respondent field starts with whoever answered last here. */
static void
prefill_respondent (FkScoringView *self)
{
  g_autoptr(GPtrArray) scores = NULL;
  const char *latest = NULL;
  gint64 latest_time = 0;

  if (*gtk_editable_get_text (GTK_EDITABLE (self->respondent_entry)) != '\0')
    return;
  scores = fk_study_list_scores (self->study, self->round_id, self->municipality, NULL);
  for (guint i = 0; scores != NULL && i < scores->len; i++)
    {
      FkScore *score = g_ptr_array_index (scores, i);
      if (score->respondent != NULL && *score->respondent != '\0' && score->updated >= latest_time)
        {
          latest = score->respondent;
          latest_time = score->updated;
        }
    }
  if (latest != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->respondent_entry), latest);
}

static void
sync_selectors (FkScoringView *self)
{
  FkRegion *region;
  GPtrArray *rounds;

  if (self->study == NULL)
    return;
  self->updating = TRUE;
  region = fk_study_get_region (self->study);
  for (guint i = 0; i < region->municipalities->len; i++)
    if (g_strcmp0 (((FkMunicipality *) g_ptr_array_index (region->municipalities, i))->code,
                   self->municipality) == 0)
      gtk_drop_down_set_selected (self->municipality_dropdown, i);
  rounds = fk_study_get_rounds (self->study);
  for (guint i = 0; i < rounds->len; i++)
    if (((FkRound *) g_ptr_array_index (rounds, i))->id == self->round_id)
      gtk_drop_down_set_selected (self->round_dropdown, i);
  self->updating = FALSE;
}

void
fk_scoring_view_set_municipality (FkScoringView *self,
                                  const char    *code)
{
  g_return_if_fail (FK_IS_SCORING_VIEW (self));

  if (self->study == NULL || code == NULL ||
      fk_region_lookup (fk_study_get_region (self->study), code) == NULL ||
      g_strcmp0 (code, self->municipality) == 0)
    return;

  /* A comment being typed belongs to the municipality shown so far. */
  fk_scoring_view_flush (self);
  g_free (self->municipality);
  self->municipality = g_strdup (code);
  sync_selectors (self);
  save_selection (self);
  prefill_respondent (self);
  fk_scoring_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUNICIPALITY]);
}

void
fk_scoring_view_set_round_id (FkScoringView *self,
                              gint64         round_id)
{
  g_return_if_fail (FK_IS_SCORING_VIEW (self));

  if (self->study == NULL || round_id == self->round_id ||
      fk_study_get_round_by_id (self->study, round_id) == NULL)
    return;

  fk_scoring_view_flush (self);
  self->round_id = round_id;
  sync_selectors (self);
  save_selection (self);
  fk_scoring_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND_ID]);
}

static void
on_municipality_selected (GObject       *dropdown,
                          GParamSpec    *pspec,
                          FkScoringView *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));
  FkRegion *region;

  if (self->updating || self->study == NULL)
    return;
  region = fk_study_get_region (self->study);
  if (selected < region->municipalities->len)
    fk_scoring_view_set_municipality (self, ((FkMunicipality *) g_ptr_array_index (region->municipalities, selected))->code);
}

static void
on_round_selected (GObject       *dropdown,
                   GParamSpec    *pspec,
                   FkScoringView *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));
  GPtrArray *rounds;

  if (self->updating || self->study == NULL)
    return;
  rounds = fk_study_get_rounds (self->study);
  if (selected < rounds->len)
    fk_scoring_view_set_round_id (self, ((FkRound *) g_ptr_array_index (rounds, selected))->id);
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

static void
on_row_selected (GtkListBox    *list_box,
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

static void
clear_rows (FkScoringView *self)
{
  GtkWidget *child;

  fk_scoring_view_flush (self);
  /* Forget the rows first: removing the selected one emits "row-selected". */
  g_ptr_array_set_size (self->rows, 0);
  g_hash_table_remove_all (self->row_by_key);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
}

static void
build (FkScoringView *self)
{
  FkModel *model = fk_study_get_model (self->study);
  FkRegion *region = fk_study_get_region (self->study);
  const char *language = fk_content_language (self->study);
  g_autoptr(GtkStringList) municipalities = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) rounds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) areas = gtk_string_list_new (NULL);
  GPtrArray *study_rounds = fk_study_get_rounds (self->study);

  for (guint i = 0; i < region->municipalities->len; i++)
    {
      FkMunicipality *m = g_ptr_array_index (region->municipalities, i);
      g_autofree char *label = g_strdup_printf ("%s (%s)", m->name, m->code);
      gtk_string_list_append (municipalities, label);
    }
  for (guint i = 0; i < study_rounds->len; i++)
    gtk_string_list_append (rounds, ((FkRound *) g_ptr_array_index (study_rounds, i))->name);
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

/* The language of model texts changed in Preferences: the rows are built
 * again in it, keeping the municipality, round, filters and the row being
 * answered (a comment being typed is written first). */
static void
on_content_language_changed (FkScoringView *self)
{
  g_autofree char *selected_key = NULL;
  g_autofree char *area = NULL;
  GtkListBoxRow *selected;
  FkModel *model;

  if (self->study == NULL)
    return;

  selected = gtk_list_box_get_selected_row (self->list_box);
  if (selected != NULL)
    selected_key = g_strdup (fk_capability_row_get_key (FK_CAPABILITY_ROW (selected)));
  area = g_strdup (self->area_filter);

  clear_rows (self);
  build (self);
  sync_selectors (self);

  model = fk_study_get_model (self->study);
  for (guint i = 0; area != NULL && i < model->areas->len; i++)
    if (g_strcmp0 (((FkArea *) g_ptr_array_index (model->areas, i))->key, area) == 0)
      gtk_drop_down_set_selected (self->area_dropdown, i + 1);

  fk_scoring_view_refresh (self);
  if (selected_key != NULL && g_hash_table_contains (self->row_by_key, selected_key))
    gtk_list_box_select_row (self->list_box, g_hash_table_lookup (self->row_by_key, selected_key));
  fk_scoring_view_refilter (self);
}

void
fk_scoring_view_set_study (FkScoringView *self,
                           FkStudy       *study)
{
  g_autofree char *code = NULL;
  gint64 round_id = 0;

  g_return_if_fail (FK_IS_SCORING_VIEW (self));
  g_return_if_fail (study == NULL || FK_IS_STUDY (study));

  if (study == self->study)
    return;

  clear_rows (self);
  if (self->study != NULL)
    g_clear_signal_handler (&self->changed_id, self->study);
  g_set_object (&self->study, study);
  g_clear_pointer (&self->municipality, g_free);
  g_clear_pointer (&self->last_comment_key, g_free);
  fk_undo_clear (self->undo);
  self->round_id = 0;

  if (study != NULL)
    {
      self->changed_id = g_signal_connect (study, "changed", G_CALLBACK (on_study_changed), self);
      build (self);
      load_selection (self, &code, &round_id);
      self->municipality = g_steal_pointer (&code);
      self->round_id = round_id;
      sync_selectors (self);
      prefill_respondent (self);
      fk_scoring_view_refresh (self);
      fk_scoring_view_refilter (self);
    }
  update_read_only (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUNICIPALITY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND_ID]);
}

FkStudy *
fk_scoring_view_get_study (FkScoringView *self)
{
  g_return_val_if_fail (FK_IS_SCORING_VIEW (self), NULL);
  return self->study;
}

const char *
fk_scoring_view_get_municipality (FkScoringView *self)
{
  g_return_val_if_fail (FK_IS_SCORING_VIEW (self), NULL);
  return self->municipality;
}

gint64
fk_scoring_view_get_round_id (FkScoringView *self)
{
  g_return_val_if_fail (FK_IS_SCORING_VIEW (self), 0);
  return self->round_id;
}

void
fk_scoring_view_flush (FkScoringView *self)
{
  g_return_if_fail (FK_IS_SCORING_VIEW (self));

  for (guint i = 0; self->rows != NULL && i < self->rows->len; i++)
    fk_capability_row_flush_comment (g_ptr_array_index (self->rows, i));
}

GtkWidget *
fk_scoring_view_get_row (FkScoringView *self,
                         const char    *capability_key)
{
  g_return_val_if_fail (FK_IS_SCORING_VIEW (self), NULL);
  return g_hash_table_lookup (self->row_by_key, capability_key);
}

const char *
fk_scoring_view_get_progress_text (FkScoringView *self)
{
  g_return_val_if_fail (FK_IS_SCORING_VIEW (self), NULL);
  return self->progress_text;
}

const char *
fk_scoring_view_get_read_only_text (FkScoringView *self)
{
  g_return_val_if_fail (FK_IS_SCORING_VIEW (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->read_only_box)))
    return NULL;
  return gtk_label_get_text (self->read_only_label);
}

/* ---- GObject ---------------------------------------------------------------- */

static void
fk_scoring_view_dispose (GObject *object)
{
  FkScoringView *self = FK_SCORING_VIEW (object);

  fk_content_language_disconnect (self);
  /* Nothing typed is lost when the window closes. */
  if (self->rows != NULL)
    clear_rows (self);
  if (self->study != NULL)
    g_clear_signal_handler (&self->changed_id, self->study);
  g_clear_object (&self->study);
  g_clear_object (&self->settings);
  if (self->scroll_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
      self->scroll_tick = 0;
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_SCORING_VIEW);

  G_OBJECT_CLASS (fk_scoring_view_parent_class)->dispose (object);
}

static void
fk_scoring_view_finalize (GObject *object)
{
  FkScoringView *self = FK_SCORING_VIEW (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->row_by_key, g_hash_table_unref);
  g_clear_pointer (&self->area_assessed, g_hash_table_unref);
  g_clear_pointer (&self->area_total, g_hash_table_unref);
  g_clear_pointer (&self->undo, fk_undo_free);
  g_clear_pointer (&self->municipality, g_free);
  g_clear_pointer (&self->progress_text, g_free);
  g_clear_pointer (&self->search_folded, g_free);
  g_clear_pointer (&self->area_filter, g_free);
  g_clear_pointer (&self->last_comment_key, g_free);

  G_OBJECT_CLASS (fk_scoring_view_parent_class)->finalize (object);
}

static void
fk_scoring_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FkScoringView *self = FK_SCORING_VIEW (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      g_value_set_object (value, self->study);
      break;
    case PROP_MUNICIPALITY:
      g_value_set_string (value, self->municipality);
      break;
    case PROP_ROUND_ID:
      g_value_set_int64 (value, self->round_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_scoring_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FkScoringView *self = FK_SCORING_VIEW (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      fk_scoring_view_set_study (self, g_value_get_object (value));
      break;
    case PROP_MUNICIPALITY:
      fk_scoring_view_set_municipality (self, g_value_get_string (value));
      break;
    case PROP_ROUND_ID:
      fk_scoring_view_set_round_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Arriving on the page, the keyboard goes to the capability being scored,
 * so that digits, J/K and Ctrl+J work at once, without a click. */
static void
fk_scoring_view_map (GtkWidget *widget)
{
  FkScoringView *self = FK_SCORING_VIEW (widget);
  GtkRoot *root;
  GtkWidget *focus;

  GTK_WIDGET_CLASS (fk_scoring_view_parent_class)->map (widget);

  root = gtk_widget_get_root (widget);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, widget))
    fk_scoring_view_focus_current (self);
}

static void
fk_scoring_view_class_init (FkScoringViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_scoring_view_dispose;
  object_class->finalize = fk_scoring_view_finalize;
  object_class->get_property = fk_scoring_view_get_property;
  object_class->set_property = fk_scoring_view_set_property;
  widget_class->map = fk_scoring_view_map;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL, FK_TYPE_STUDY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MUNICIPALITY] =
    g_param_spec_string ("municipality", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROUND_ID] =
    g_param_spec_int64 ("round-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the resource links it in from the static library. */
  (void) fk_ui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-scoring-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FkScoringView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FkScoringView, read_only_box);
  gtk_widget_class_bind_template_child (widget_class, FkScoringView, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, FkScoringView, municipality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkScoringView, round_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkScoringView, respondent_entry);
  gtk_widget_class_bind_template_child (widget_class, FkScoringView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FkScoringView, area_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkScoringView, unanswered_toggle);
  gtk_widget_class_bind_template_child (widget_class, FkScoringView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, FkScoringView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, FkScoringView, scrolled);
  gtk_widget_class_bind_template_child (widget_class, FkScoringView, list_box);
  gtk_widget_class_bind_template_child (widget_class, FkScoringView, empty_label);

  gtk_widget_class_set_css_name (widget_class, "fkscoringview");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  fk_scoring_view_class_init_actions (widget_class);
}

static void
load_css (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/se/fyrbodal/Formagekarta/fk-scoring-view.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
fk_scoring_view_init (FkScoringView *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  g_type_ensure (ADW_TYPE_TOAST_OVERLAY);
  g_type_ensure (ADW_TYPE_CLAMP);
  g_type_ensure (FK_TYPE_WRAP_BOX);
  gtk_widget_init_template (GTK_WIDGET (self));
  load_css ();

  self->rows = g_ptr_array_new ();
  self->row_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->area_assessed = g_hash_table_new (g_str_hash, g_str_equal);
  self->area_total = g_hash_table_new (g_str_hash, g_str_equal);
  self->undo = fk_undo_new (0);

  /* Remembering the selection is a nicety: without an installed schema
   * (an uninstalled run) the view works the same, it just forgets. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SETTINGS_SCHEMA_ID, TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, SELECTION_KEY))
    self->settings = g_settings_new (SETTINGS_SCHEMA_ID);

  gtk_list_box_set_header_func (self->list_box, header_func, self, NULL);
  gtk_list_box_set_filter_func (self->list_box, filter_func, self, NULL);
  g_signal_connect (self->list_box, "row-selected", G_CALLBACK (on_row_selected), self);
  g_signal_connect (self->municipality_dropdown, "notify::selected", G_CALLBACK (on_municipality_selected), self);
  g_signal_connect (self->round_dropdown, "notify::selected", G_CALLBACK (on_round_selected), self);
  g_signal_connect (self->area_dropdown, "notify::selected", G_CALLBACK (on_area_selected), self);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->search_entry, "stop-search", G_CALLBACK (on_search_stop), self);
  g_signal_connect (self->search_entry, "activate", G_CALLBACK (on_search_activate), self);
  g_signal_connect (self->unanswered_toggle, "toggled", G_CALLBACK (on_unanswered_toggled), self);

  fk_content_language_connect (self, G_CALLBACK (on_content_language_changed));

  fk_scoring_view_init_keys (self);
  update_read_only (self);
}

GtkWidget *
fk_scoring_view_new (void)
{
  return g_object_new (FK_TYPE_SCORING_VIEW, NULL);
}
