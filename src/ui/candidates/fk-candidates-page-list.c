/* fk-candidates-page-list.c — the Candidates page's list and filters
 *
 * One FkCandidateRow per ranked candidate, best first, the uncertain
 * after a heading of their own; below, the capabilities the region is
 * already strong and even at, with their reasons. The filters hide rows
 * and never renumber them: a rank is always the rank in the whole list.
 *
 * The size filter keeps the candidates where the size chosen would gain
 * most (fk_candidates_get_gain_group(): the class with the largest share
 * of its members taking part). "At least one participant of this size"
 * kept nearly everything in real data, where every size takes part in
 * most capabilities. Anonymised, the sizes offered are the anonymizer's
 * merged groups (no group under four), as on the Compare page, and a
 * candidate's group is the merged one.
 *
 * The line above the list counts what the filters leave ("6 of 43
 * capabilities …") and says when the weights are not the defaults.
 */
#define G_LOG_DOMAIN "fk-candidates-page"
#include "config.h"
#include "fk-candidates-page-private.h"
#include "fk-candidate-row.h"
#include "fk-content-language.h"

#include <glib/gi18n.h>

static FkPalette
current_palette (FkCandidatesPage *self)
{
  g_autofree char *name = self->settings != NULL ? g_settings_get_string (self->settings, "palette") : NULL;

  return fk_palette_from_string (name);
}

void
fk_candidates_page_update_palette (FkCandidatesPage *self)
{
  FkPalette palette = current_palette (self);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (FK_IS_CANDIDATE_ROW (row))
      fk_candidate_row_set_palette (FK_CANDIDATE_ROW (row), palette, dark);
}

/* ---- filters ------------------------------------------------------------------ */

static const char *
chosen_area (FkCandidatesPage *self)
{
  guint pos = gtk_drop_down_get_selected (self->area_dropdown);

  return pos > 0 && pos < self->area_keys->len ? g_ptr_array_index (self->area_keys, pos) : NULL;
}

/* The size group chosen, or FK_SIZE_GROUP_ALL. */
static FkSizeGroup
chosen_size (FkCandidatesPage *self)
{
  guint pos = gtk_drop_down_get_selected (self->size_dropdown);

  return pos > 0 && pos <= self->size_groups->len
         ? g_array_index (self->size_groups, FkSizeGroup, pos - 1) : FK_SIZE_GROUP_ALL;
}

static gboolean
area_matches (FkCandidatesPage *self,
              FkCandidateRow   *row)
{
  const char *area = chosen_area (self);

  return area == NULL || g_strcmp0 (fk_candidate_row_get_area (row), area) == 0;
}

static gboolean
size_matches (FkCandidatesPage *self,
              FkCandidateRow   *row)
{
  FkSizeGroup group = chosen_size (self);
  FkSizeGroup gains;

  return group == FK_SIZE_GROUP_ALL ||
         (fk_candidate_row_get_gain_group (row, &gains) && gains == group);
}

static gboolean
filter_candidate (GtkListBoxRow *row,
                  gpointer       user_data)
{
  FkCandidatesPage *self = user_data;

  return area_matches (self, FK_CANDIDATE_ROW (row)) && size_matches (self, FK_CANDIDATE_ROW (row));
}

/* The strong and even have no participants: the area only. */
static gboolean
filter_strong (GtkListBoxRow *row,
               gpointer       user_data)
{
  return area_matches (user_data, FK_CANDIDATE_ROW (row));
}

static guint
count_shown (FkCandidatesPage *self,
             GtkListBox       *list,
             gboolean          strong)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (FK_IS_CANDIDATE_ROW (row) &&
        (strong ? filter_strong (GTK_LIST_BOX_ROW (row), self) : filter_candidate (GTK_LIST_BOX_ROW (row), self)))
      n++;
  return n;
}

/* "43 capabilities ranked …" or "6 of 43 capabilities …", and whether
 * the weights are the defaults: whole sentences, the plural on the
 * total. */
static void
update_summary (FkCandidatesPage *self,
                guint             shown)
{
  const char *round = fk_round_snapshot_get_round_name (fk_candidates_get_snapshot (self->candidates));
  guint n = fk_candidates_get_n (self->candidates);
  g_autofree char *counted = NULL;

  if (round == NULL)
    round = "";
  if (shown < n)
    /* Translators: %u how many the filters show, %u of how many, %s the round's name */
    counted = g_strdup_printf (ngettext ("%u of %u capability shown, ranked by collaboration potential in the round “%s”, highest potential first.",
                                         "%u of %u capabilities shown, ranked by collaboration potential in the round “%s”, highest potential first.",
                                         n),
                               shown, n, round);
  else
    /* Translators: %u how many capabilities, %s the round's name */
    counted = g_strdup_printf (ngettext ("%u capability ranked by its collaboration potential in the round “%s”, highest potential first.",
                                         "%u capabilities ranked by their collaboration potential in the round “%s”, highest potential first.",
                                         n),
                               n, round);
  if (fk_candidates_page_custom_weights (self))
    {
      /* Translators: two sentences of the line above the candidates */
      g_autofree char *both = g_strdup_printf (_("%s %s"), counted,
                                               _("The ranking uses custom weights, not the defaults."));

      gtk_label_set_text (self->summary_label, both);
    }
  else
    gtk_label_set_text (self->summary_label, counted);
}

static void
apply_filters (FkCandidatesPage *self)
{
  guint n_ranked = self->candidates != NULL ? fk_candidates_get_n (self->candidates) : 0;
  guint shown, strong;

  gtk_list_box_invalidate_filter (self->list);
  gtk_list_box_invalidate_filter (self->strong_list);
  gtk_list_box_invalidate_headers (self->list);
  shown = count_shown (self, self->list, FALSE);
  strong = count_shown (self, self->strong_list, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->list), shown > 0);
  gtk_widget_set_visible (self->no_match_page, n_ranked > 0 && shown == 0);
  gtk_widget_set_visible (self->strong_box, strong > 0);
  if (self->candidates != NULL)
    update_summary (self, shown);
}

void
fk_candidates_page_on_filter_selected (FkCandidatesPage *self)
{
  if (self->updating)
    return;
  apply_filters (self);
  /* Another selection: read it from its top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->list_scroller), 0);
}

/* "All areas" and the model's areas in the language of model content;
 * "All sizes" and the sizes (anonymised, the merged groups). The choices
 * made are kept where they still exist. */
void
fk_candidates_page_fill_filters (FkCandidatesPage *self)
{
  g_autofree char *old_area = g_strdup (chosen_area (self));
  FkSizeGroup old_size = chosen_size (self);
  g_autoptr(GtkStringList) areas = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) sizes = gtk_string_list_new (NULL);
  FkModel *model = self->study != NULL ? fk_study_get_model (self->study) : NULL;
  const char *language = fk_content_language (self->study);
  guint select_area = 0, select_size = 0;

  self->updating = TRUE;
  g_ptr_array_set_size (self->area_keys, 0);
  gtk_string_list_append (areas, _("All areas"));
  g_ptr_array_add (self->area_keys, g_strdup (""));
  for (guint i = 0; model != NULL && i < model->areas->len; i++)
    {
      const FkArea *area = g_ptr_array_index (model->areas, i);

      gtk_string_list_append (areas, fk_text_get (&area->name, language));
      g_ptr_array_add (self->area_keys, g_strdup (area->key));
      if (g_strcmp0 (area->key, old_area) == 0)
        select_area = i + 1;
    }
  gtk_drop_down_set_model (self->area_dropdown, G_LIST_MODEL (areas));
  gtk_drop_down_set_selected (self->area_dropdown, select_area);

  g_array_set_size (self->size_groups, 0);
  /* Translators: the size filter: candidates of every size */
  gtk_string_list_append (sizes, _("All sizes"));
  for (FkSizeGroup g = FK_SIZE_GROUP_SMALL; g < FK_SIZE_GROUP_ALL; g++)
    {
      /* With names, the three size classes; anonymised, the groups the
       * anonymizer has members in. */
      if (self->anonymizer == NULL ? g > FK_SIZE_GROUP_LARGE
                                   : fk_anonymizer_count_in_size_group (self->anonymizer, g) == 0)
        continue;
      g_array_append_val (self->size_groups, g);
      gtk_string_list_append (sizes, fk_size_group_get_label (g));
      if (g == old_size)
        select_size = self->size_groups->len;
    }
  gtk_drop_down_set_model (self->size_dropdown, G_LIST_MODEL (sizes));
  gtk_drop_down_set_selected (self->size_dropdown, select_size);
  self->updating = FALSE;
  apply_filters (self);
}

/* ---- the list ------------------------------------------------------------------- */

/* A heading above the first uncertain candidate. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  gboolean first_uncertain = fk_candidate_row_get_uncertain (FK_CANDIDATE_ROW (row)) &&
                             (before == NULL || !fk_candidate_row_get_uncertain (FK_CANDIDATE_ROW (before)));
  GtkWidget *header = gtk_list_box_row_get_header (row);

  if (!first_uncertain)
    {
      if (header != NULL)
        gtk_list_box_row_set_header (row, NULL);
      return;
    }
  if (header == NULL)
    {
      header = gtk_label_new (_("Uncertain: fewer than half the municipalities have assessed these. They are ranked after the others."));
      gtk_label_set_wrap (GTK_LABEL (header), TRUE);
      gtk_label_set_xalign (GTK_LABEL (header), 0);
      gtk_widget_add_css_class (header, "fk-candidates-header");
      gtk_list_box_row_set_header (row, header);
    }
}

static void
remove_rows (GtkListBox *list)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, row);
}

/* Keeps the selected row in sight once the list is laid out again: the
 * first tick comes before that layout, the second after it. */
static gboolean
scroll_to_selected (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  FkCandidatesPage *self = FK_CANDIDATES_PAGE (widget);
  guint *ticks = user_data;
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  GtkWidget *content = gtk_scrolled_window_get_child (self->list_scroller);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->list_scroller);
  graphene_rect_t bounds;
  double value, page;

  if (++*ticks < 2)
    return G_SOURCE_CONTINUE;
  if (row == NULL || content == NULL ||
      !gtk_widget_compute_bounds (GTK_WIDGET (row), gtk_widget_get_first_child (content), &bounds))
    return G_SOURCE_REMOVE;
  value = gtk_adjustment_get_value (adj);
  page = gtk_adjustment_get_page_size (adj);
  if (bounds.origin.y < value)
    gtk_adjustment_set_value (adj, bounds.origin.y);
  else if (bounds.origin.y + bounds.size.height > value + page)
    gtk_adjustment_set_value (adj, MIN (bounds.origin.y, bounds.origin.y + bounds.size.height - page));
  return G_SOURCE_REMOVE;
}

static void
on_row_selected (FkCandidatesPage *self,
                 GtkListBoxRow    *row)
{
  if (!self->updating && row != NULL)
    self->selected_col = (int) fk_candidate_row_get_capability (FK_CANDIDATE_ROW (row));
}

void
fk_candidates_page_fill_list (FkCandidatesPage *self)
{
  const char *language = fk_content_language (self->study);
  FkPalette palette = current_palette (self);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkListBoxRow *selected = NULL;
  FkCandidates *cands = self->candidates;
  guint n, n_strong;
  /* A keyboard user in the list stays on the candidate when it moves. */
  gboolean had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self->list)) != NULL;

  self->updating = TRUE;
  remove_rows (self->list);
  remove_rows (self->strong_list);
  self->updating = FALSE;
  if (cands == NULL)
    return;
  if (!fk_candidates_page_anonymizer_fits (self, fk_candidates_get_snapshot (cands)))
    {
      /* The letters of another study: nothing named until they match. */
      fk_candidates_page_show_status (self, _("Ranking the Capabilities…"), NULL);
      return;
    }
  n = fk_candidates_get_n (cands);
  n_strong = fk_candidates_get_n_strong (cands);
  if (!fk_candidates_has_levels (cands))
    {
      fk_candidates_page_show_status (self, _("No Scores in This Round"),
                                      _("The candidates appear here once municipalities have assessed their capabilities in this round."));
      return;
    }

  self->updating = TRUE;
  for (guint i = 0; i < n; i++)
    {
      const FkCandidate *cand = fk_candidates_get (cands, i);
      GtkWidget *row = fk_candidate_row_new (cands, cand, i + 1, language, self->anonymizer);

      fk_candidate_row_set_palette (FK_CANDIDATE_ROW (row), palette, dark);
      gtk_list_box_append (self->list, row);
      if ((int) cand->col == self->selected_col)
        selected = GTK_LIST_BOX_ROW (row);
    }
  for (guint i = 0; i < n_strong; i++)
    gtk_list_box_append (self->strong_list,
                         fk_candidate_row_new (cands, fk_candidates_get_strong (cands, i), 0, language, self->anonymizer));
  gtk_list_box_select_row (self->list, selected);
  self->updating = FALSE;

  gtk_stack_set_visible_child_name (self->stack, "list");
  apply_filters (self);
  if (selected != NULL && had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (selected));
  if (selected != NULL)
    gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_selected, g_new0 (guint, 1), g_free);
}

void
fk_candidates_page_init_list (FkCandidatesPage *self)
{
  gtk_list_box_set_filter_func (self->list, filter_candidate, self, NULL);
  gtk_list_box_set_header_func (self->list, update_header, self, NULL);
  gtk_list_box_set_filter_func (self->strong_list, filter_strong, self, NULL);
  g_signal_connect_swapped (self->list, "row-selected", G_CALLBACK (on_row_selected), self);
}
