/* fk-candidates-page.c — the Candidates page: where collaboration pays
 *
 * The page keeps no scores of its own. For the round chosen it reads a
 * snapshot (as every page does, on the main thread: FkStudy is not
 * thread-safe) and computes the ranking from it in a worker thread
 * (fk-candidates-ranking.h, shared with the Scenarios page), so the
 * window never waits for it. A new change cancels the ranking under way and starts again, so what is shown
 * is never older than the study: scores of the round, the rounds, and the
 * weights (a metadata change) are followed; a hidden page only notes that
 * it is stale and catches up when shown, like the Profile page.
 *
 * The weights are the study's (fk_study_set_candidate_weights()): edited
 * in the "Weights" popover, refused when all are 0 (the last ones are put
 * back and a line says why), not editable in a read-only study. An edit
 * re-ranks at once with the weights in memory; storing them waits for a
 * pause in the editing (STORE_DELAY_MS), because a weights write is not
 * queued (one short transaction, like the anonymisation seed's,
 * docs/anonymization.md) and may wait for another program's lock. What
 * waits is stored at once when the popover closes, the study changes or
 * the page goes, so nothing the user set is lost. Restoring the defaults
 * offers Undo in the popover (a revealer, not a toast: HACKING.md).
 *
 * Anonymised, the rows name municipalities by the Compare page's
 * anonymizer, which that page makes when it gets a new study: before or
 * after this page gets it. Until the ranking shown and the anonymizer are
 * of one region, the page shows "Ranking…" and names nobody
 * (fk_candidates_page_anonymizer_fits()).
 *
 * The list, the filters and the strong and even: fk-candidates-page-list.c.
 * The capability opened: fk-candidates-page-detail.c.
 */
#define G_LOG_DOMAIN "fk-candidates-page"
#include "config.h"
#include "fk-round-choice.h"
#include "fk-candidates-page-private.h"
#include "fk-candidate-weights-box.h"
#include "fk-candidates-ranking.h"
#include "fk-content-language.h"
#include "fk-study-snapshot.h"
#include "fk-wrap-layout.h"

#include <glib/gi18n.h>

#define PALETTE_KEY "palette"
/* How long after the last change of a weight it is stored. */
#define STORE_DELAY_MS 400

G_DEFINE_FINAL_TYPE (FkCandidatesPage, fk_candidates_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STUDY,
  PROP_ANONYMIZER,
  PROP_SHOW_COMMENTS,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_SHOW_IN_HEATMAP,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
fk_candidates_page_show_status (FkCandidatesPage *self,
                                const char       *title,
                                const char       *description)
{
  g_autofree char *escaped = description ? g_markup_escape_text (description, -1) : NULL;

  adw_status_page_set_title (self->status_page, title);
  /* The description is markup: an error may quote a file name. */
  adw_status_page_set_description (self->status_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "status");
  fk_candidates_page_close_detail (self);
}

gboolean
fk_candidates_page_anonymizer_fits (FkCandidatesPage *self,
                                    FkRoundSnapshot  *snapshot)
{
  return self->anonymizer == NULL || snapshot == NULL ||
         fk_anonymizer_get_region (self->anonymizer) == fk_round_snapshot_get_region (snapshot);
}

/* Nothing shown until the ranking under way arrives. */
static void
show_ranking (FkCandidatesPage *self)
{
  g_clear_pointer (&self->candidates, fk_candidates_unref);
  fk_candidates_page_fill_list (self);
  fk_candidates_page_show_status (self, self->study != NULL ? _("Ranking the Capabilities…") : _("No Study"), NULL);
}

static gint64
selected_round_id (FkCandidatesPage *self)
{
  return fk_round_choice_get_selected (self->round_dropdown, self->round_ids);
}

static gboolean
same_weights (const FkCandidateWeights *a,
              const FkCandidateWeights *b)
{
  for (int t = 0; t < FK_N_CANDIDATE_TERMS; t++)
    if (a->weight[t] != b->weight[t])
      return FALSE;
  return TRUE;
}

/* ---- the ranking, off the main thread -------------------------------------- */

static void
on_ranked (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  FkCandidatesPage *self = FK_CANDIDATES_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkCandidates) candidates = NULL;

  /* Cancelled: a newer ranking is under way, or the page is gone. */
  if (!fk_candidates_ranking_finish (&self->cancellable, result, user_data, &candidates, &error))
    return;
  if (candidates == NULL)
    {
      fk_candidates_page_show_status (self, _("Could Not Rank the Capabilities"), error->message);
      return;
    }
  g_clear_pointer (&self->candidates, fk_candidates_unref);
  self->candidates = g_steal_pointer (&candidates);
  fk_candidates_page_fill_list (self);
  fk_candidates_page_update_detail (self);
}

/* Ranks self->snapshot with self->weights; whatever was under way is dropped. */
static void
rank (FkCandidatesPage *self)
{
  fk_candidates_ranking_cancel (&self->cancellable);
  if (self->snapshot == NULL)
    return;
  fk_candidates_ranking_start (&self->cancellable, self->snapshot, &self->weights, self, on_ranked);
}

static void update_weights_button (FkCandidatesPage *self);

/* Reads the round and the weights again and ranks. */
static void
reload (FkCandidatesPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 round_id = selected_round_id (self);

  self->stale = FALSE;
  fk_candidates_ranking_cancel (&self->cancellable);
  g_clear_pointer (&self->snapshot, fk_round_snapshot_unref);
  if (self->study == NULL)
    return;
  if (round_id == 0)
    {
      g_clear_pointer (&self->candidates, fk_candidates_unref);
      fk_candidates_page_show_status (self, _("No Assessment Round"),
                                      _("The candidates are ranked from the scores of an assessment round, and this study has none yet."));
      return;
    }
  /* Another round's list never stands in for this one's. */
  if (self->candidates != NULL &&
      fk_round_snapshot_get_round_id (fk_candidates_get_snapshot (self->candidates)) != round_id)
    show_ranking (self);
  /* Weights being edited stay those edited (they are stored soon). */
  if ((self->store_source == 0 && !fk_study_get_candidate_weights (self->study, &self->weights, &error)) ||
      (self->snapshot = fk_study_read_snapshot (self->study, round_id, &error)) == NULL)
    {
      g_clear_pointer (&self->candidates, fk_candidates_unref);
      fk_candidates_page_show_status (self, _("Could Not Rank the Capabilities"), error->message);
      return;
    }
  fk_candidate_weights_box_set_weights (self->weights_box, &self->weights);
  update_weights_button (self);
  rank (self);
}

/* Hidden: the ranking under way is of data that changed, and would be
 * installed when it arrives; it is dropped, and the page reads again
 * when shown. */
static void
mark_stale (FkCandidatesPage *self)
{
  fk_candidates_ranking_cancel (&self->cancellable);
  self->stale = TRUE;
}

/* Now if shown, else when shown. */
static void
invalidate (FkCandidatesPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    mark_stale (self);
}

/* ---- rounds ----------------------------------------------------------------- */

/* The study's rounds, keeping the one chosen; else the latest. */
static void
fill_rounds (FkCandidatesPage *self)
{
  self->updating = TRUE;
  fk_round_choice_fill (self->round_dropdown, self->round_ids, self->study);
  self->updating = FALSE;
}

static void
fk_candidates_page_on_round_selected (FkCandidatesPage *self)
{
  if (!self->updating)
    invalidate (self);
}

/* ---- weights ---------------------------------------------------------------- */

static gboolean
weights_editable (FkCandidatesPage *self)
{
  return self->study != NULL && !fk_study_is_read_only (self->study);
}

static void
update_editable (FkCandidatesPage *self)
{
  gboolean editable = weights_editable (self);

  fk_candidate_weights_box_set_editable (self->weights_box, editable,
                                         self->study != NULL && !editable
                                         ? _("The study is read-only: the weights cannot be changed.") : NULL);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "set-weights")), editable);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "reset-weights")), editable);
}

gboolean
fk_candidates_page_custom_weights (FkCandidatesPage *self)
{
  FkCandidateWeights defaults;

  fk_candidate_weights_init (&defaults);
  return !same_weights (&self->weights, &defaults);
}

/* "Weights (changed)" while the ranking does not use the defaults: a
 * room looking at the list should know. */
static void
update_weights_button (FkCandidatesPage *self)
{
  gboolean custom = fk_candidates_page_custom_weights (self);

  gtk_menu_button_set_label (self->weights_button,
                             /* Translators: the Weights button when the weights are not the defaults */
                             custom ? _("_Weights (changed)") : _("_Weights"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->weights_button),
                               custom ? _("The ranking uses weights other than the defaults. Open to see or restore them.")
                                      : _("How much each term counts in the collaboration potential"));
}

/* Writes self->weights now; a failure is said in the popover (the
 * ranking keeps them, and the next edit tries again). */
static gboolean
store_now (FkCandidatesPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_clear_handle_id (&self->store_source, g_source_remove);
  if (self->study == NULL)
    return FALSE;
  self->storing = TRUE;
  ok = fk_study_set_candidate_weights (self->study, &self->weights, &error);
  self->storing = FALSE;
  fk_candidate_weights_box_set_message (self->weights_box, ok ? NULL : error->message);
  return ok;
}

static gboolean
store_later (gpointer user_data)
{
  FkCandidatesPage *self = user_data;

  self->store_source = 0;
  store_now (self);
  return G_SOURCE_REMOVE;
}

/* Stores what waits for a pause in the editing, if anything. */
static void
flush_weights (FkCandidatesPage *self)
{
  if (self->store_source != 0)
    store_now (self);
}

/* GTK 4.8's popover measures its child's height at a width that still
 * includes its shadow, then allocates less: the wrapped texts took fewer
 * lines at that width, and the last row was cut off. The clamp around
 * the box gives it its natural width (measured now, styled, as shown)
 * whatever it is asked for, so the height measured is the height needed. */
static void
fit_weights_popover (FkCandidatesPage *self)
{
  GtkWidget *clamp = gtk_widget_get_parent (GTK_WIDGET (self->weights_box));
  int natural;

  gtk_widget_measure (GTK_WIDGET (self->weights_box), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), natural);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), natural);
}

void
fk_candidates_page_on_weights_closed (FkCandidatesPage *self)
{
  flush_weights (self);
  /* Also while the page is disposed, its box already gone. */
  if (self->weights_box != NULL)
    fk_candidate_weights_box_show_undo (self->weights_box, NULL);
}

/* Ranks with @weights at once; stores them now or after a pause. FALSE
 * (nothing changed, the box shows the last ones, a line says why) when
 * all are 0. */
static gboolean
apply_weights (FkCandidatesPage         *self,
               const FkCandidateWeights *weights,
               gboolean                  now)
{
  if (!fk_candidate_weights_check (weights, NULL))
    {
      fk_candidate_weights_box_set_message (self->weights_box,
                                            _("At least one weight must be above 0, or nothing could be ranked. The previous weights are kept."));
      fk_candidate_weights_box_set_weights (self->weights_box, &self->weights);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }
  fk_candidate_weights_box_set_message (self->weights_box, NULL);
  self->weights = *weights;
  fk_candidate_weights_box_set_weights (self->weights_box, weights);
  update_weights_button (self);
  rank (self);
  if (now)
    return store_now (self);
  g_clear_handle_id (&self->store_source, g_source_remove);
  self->store_source = g_timeout_add (STORE_DELAY_MS, store_later, self);
  return TRUE;
}

void
fk_candidates_page_on_weights_edited (FkCandidatesPage *self)
{
  FkCandidateWeights weights;

  fk_candidate_weights_box_get_weights (self->weights_box, &weights);
  /* A spin button put back after a refusal reports its value again:
   * nothing new, and the message stays. */
  if (self->study == NULL || same_weights (&weights, &self->weights))
    return;
  fk_candidate_weights_box_show_undo (self->weights_box, NULL);
  apply_weights (self, &weights, FALSE);
}

static void
set_weights_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  FkCandidatesPage *self = user_data;
  g_autoptr(GError) error = NULL;
  FkCandidateWeights weights;

  if (!weights_editable (self))
    return;
  if (!fk_candidate_weights_from_string (&weights, g_variant_get_string (parameter, NULL), &error))
    {
      g_warning ("%s", error->message);
      return;
    }
  fk_candidate_weights_box_show_undo (self->weights_box, NULL);
  apply_weights (self, &weights, TRUE);
}

/* The defaults, with Undo: the weights set before are not lost. */
static void
reset_weights_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  FkCandidatesPage *self = user_data;
  FkCandidateWeights before = self->weights, defaults;
  g_autofree char *before_text = NULL;

  fk_candidate_weights_init (&defaults);
  if (!weights_editable (self) || same_weights (&before, &defaults) ||
      !apply_weights (self, &defaults, TRUE))
    return;
  before_text = fk_candidate_weights_to_string (&before);
  fk_candidate_weights_box_show_undo (self->weights_box, before_text);
}

static void
on_language_changed (FkCandidatesPage *self)
{
  fk_candidates_page_fill_filters (self);
  fk_candidates_page_fill_list (self);
  fk_candidates_page_update_detail (self);
}

/* ---- the study ---------------------------------------------------------------- */

static void
on_study_changed (FkStudy             *study,
                  const FkStudyChange *change,
                  FkCandidatesPage    *self)
{
  gboolean again = FALSE;

  if (change->what & FK_STUDY_CHANGE_STATE)
    update_editable (self);
  if (change->what & FK_STUDY_CHANGE_ROUNDS)
    {
      fill_rounds (self);
      again = TRUE;
    }
  if (fk_study_change_touches_scores (change, selected_round_id (self), NULL))
    again = TRUE;
  if (again)
    {
      invalidate (self);
      return;
    }
  /* Our own weights write: the ranking has them already. */
  if ((change->what & FK_STUDY_CHANGE_METADATA) && self->storing)
    return;
  if (change->what & FK_STUDY_CHANGE_METADATA)
    {
      FkCandidateWeights weights;

      /* New weights (another program's): rank again, with the snapshot
       * kept; while the user edits, theirs win when stored. A failure to
       * read them shows when shown. */
      if (!fk_study_get_candidate_weights (study, &weights, NULL))
        invalidate (self);
      else if (self->store_source == 0 && !same_weights (&weights, &self->weights))
        {
          self->weights = weights;
          fk_candidate_weights_box_set_weights (self->weights_box, &weights);
          update_weights_button (self);
          if (gtk_widget_get_mapped (GTK_WIDGET (self)) && !self->stale)
            rank (self);
          else
            mark_stale (self);
        }
      else if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        /* The language (the names), the title, a seed: cheap to redo. */
        on_language_changed (self);
      else
        mark_stale (self);
    }
}

/* ---- the class ------------------------------------------------------------------ */

static void
fk_candidates_page_map (GtkWidget *widget)
{
  FkCandidatesPage *self = FK_CANDIDATES_PAGE (widget);

  GTK_WIDGET_CLASS (fk_candidates_page_parent_class)->map (widget);
  if (self->stale)
    reload (self);
}

/* Leaving the page ends the editing: a window closing goes this way too,
 * before the page is disposed (a ranking under way may hold it longer). */
static void
fk_candidates_page_unmap (GtkWidget *widget)
{
  flush_weights (FK_CANDIDATES_PAGE (widget));
  GTK_WIDGET_CLASS (fk_candidates_page_parent_class)->unmap (widget);
}

static void
fk_candidates_page_dispose (GObject *object)
{
  FkCandidatesPage *self = FK_CANDIDATES_PAGE (object);

  flush_weights (self);
  fk_candidates_ranking_cancel (&self->cancellable);
  fk_candidates_page_dispose_export (self);
  fk_candidates_page_dispose_zoom (self);
  fk_content_language_disconnect (self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "candidates", NULL);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_CANDIDATES_PAGE);
  g_clear_object (&self->study);
  g_clear_pointer (&self->anonymizer, fk_anonymizer_unref);
  g_clear_pointer (&self->candidates, fk_candidates_unref);
  g_clear_pointer (&self->snapshot, fk_round_snapshot_unref);

  G_OBJECT_CLASS (fk_candidates_page_parent_class)->dispose (object);
}

static void
fk_candidates_page_finalize (GObject *object)
{
  FkCandidatesPage *self = FK_CANDIDATES_PAGE (object);

  g_array_unref (self->round_ids);
  g_ptr_array_unref (self->area_keys);
  g_array_unref (self->size_groups);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (fk_candidates_page_parent_class)->finalize (object);
}

static void
fk_candidates_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  FkCandidatesPage *self = FK_CANDIDATES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      g_value_set_object (value, self->study);
      break;
    case PROP_ANONYMIZER:
      g_value_set_boxed (value, self->anonymizer);
      break;
    case PROP_SHOW_COMMENTS:
      g_value_set_boolean (value, self->show_comments);
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, fk_candidates_page_get_presenting (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_candidates_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  FkCandidatesPage *self = FK_CANDIDATES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      fk_candidates_page_set_study (self, g_value_get_object (value));
      break;
    case PROP_ANONYMIZER:
      fk_candidates_page_set_anonymizer (self, g_value_get_boxed (value));
      break;
    case PROP_SHOW_COMMENTS:
      fk_candidates_page_set_show_comments (self, g_value_get_boolean (value));
      break;
    case PROP_PRESENTING:
      fk_candidates_page_set_presenting (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_candidates_page_class_init (FkCandidatesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_candidates_page_dispose;
  object_class->finalize = fk_candidates_page_finalize;
  object_class->get_property = fk_candidates_page_get_property;
  object_class->set_property = fk_candidates_page_set_property;
  widget_class->map = fk_candidates_page_map;
  widget_class->unmap = fk_candidates_page_unmap;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL, FK_TYPE_STUDY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANONYMIZER] =
    g_param_spec_boxed ("anonymizer", NULL, NULL, FK_TYPE_ANONYMIZER,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_COMMENTS] =
    g_param_spec_boolean ("show-comments", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_SHOW_IN_HEATMAP] =
    g_signal_new ("show-in-heatmap", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_UINT);

  g_type_ensure (FK_TYPE_WRAP_BOX);
  g_type_ensure (FK_TYPE_CAPABILITY_PANEL);
  g_type_ensure (FK_TYPE_CANDIDATE_WEIGHTS_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-candidates-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FkCandidatesPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FkCandidatesPage, round_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkCandidatesPage, area_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkCandidatesPage, size_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkCandidatesPage, weights_button);
  gtk_widget_class_bind_template_child (widget_class, FkCandidatesPage, weights_box);
  gtk_widget_class_bind_template_child (widget_class, FkCandidatesPage, flap);
  gtk_widget_class_bind_template_child (widget_class, FkCandidatesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FkCandidatesPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, FkCandidatesPage, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, FkCandidatesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FkCandidatesPage, list);
  gtk_widget_class_bind_template_child (widget_class, FkCandidatesPage, no_match_page);
  gtk_widget_class_bind_template_child (widget_class, FkCandidatesPage, strong_box);
  gtk_widget_class_bind_template_child (widget_class, FkCandidatesPage, strong_list);
  gtk_widget_class_bind_template_child (widget_class, FkCandidatesPage, panel);
  gtk_widget_class_bind_template_callback (widget_class, fk_candidates_page_on_round_selected);
  gtk_widget_class_bind_template_callback (widget_class, fk_candidates_page_on_filter_selected);
  gtk_widget_class_bind_template_callback (widget_class, fk_candidates_page_on_weights_edited);
  gtk_widget_class_bind_template_callback (widget_class, fk_candidates_page_on_weights_closed);
  gtk_widget_class_bind_template_callback (widget_class, fk_candidates_page_on_row_activated);
}

static void
fk_candidates_page_init (FkCandidatesPage *self)
{
  static const GActionEntry entries[] = {
    { .name = "set-weights", .activate = set_weights_action, .parameter_type = "s" },
    { .name = "reset-weights", .activate = reset_weights_action },
  };

  self->round_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->area_keys = g_ptr_array_new_with_free_func (g_free);
  self->size_groups = g_array_new (FALSE, FALSE, sizeof (FkSizeGroup));
  self->selected_col = -1;
  fk_candidate_weights_init (&self->weights);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "candidates", G_ACTION_GROUP (self->actions));
  fk_candidates_page_init_list (self);
  fk_candidates_page_init_detail (self);
  fk_candidates_page_init_export (self);
  fk_candidates_page_init_zoom (self);
  g_signal_connect_swapped (gtk_menu_button_get_popover (self->weights_button), "show",
                            G_CALLBACK (fit_weights_popover), self);

  self->settings = fk_settings_try_new (PALETTE_KEY);
  if (self->settings != NULL)
    g_signal_connect_swapped (self->settings, "changed::" PALETTE_KEY,
                              G_CALLBACK (fk_candidates_page_update_palette), self);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (fk_candidates_page_update_palette), self);
  fk_content_language_connect (self, G_CALLBACK (on_language_changed));
  update_editable (self);
  fk_candidates_page_show_status (self, _("No Study"), NULL);
}

GtkWidget *
fk_candidates_page_new (void)
{
  return g_object_new (FK_TYPE_CANDIDATES_PAGE, NULL);
}

FkStudy *
fk_candidates_page_get_study (FkCandidatesPage *self)
{
  g_return_val_if_fail (FK_IS_CANDIDATES_PAGE (self), NULL);
  return self->study;
}

void
fk_candidates_page_set_study (FkCandidatesPage *self,
                              FkStudy          *study)
{
  g_return_if_fail (FK_IS_CANDIDATES_PAGE (self));
  g_return_if_fail (study == NULL || FK_IS_STUDY (study));

  if (self->study == study)
    return;
  /* The weights being edited belong to the last study. */
  flush_weights (self);
  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);
  g_set_object (&self->study, study);
  if (study != NULL)
    g_signal_connect_object (study, "changed", G_CALLBACK (on_study_changed), self, 0);

  /* Nothing of the last study stays on screen, not even for a frame, and
   * its ranking under way is never installed. */
  fk_candidates_ranking_cancel (&self->cancellable);
  g_clear_pointer (&self->snapshot, fk_round_snapshot_unref);
  self->selected_col = -1;
  show_ranking (self);
  fk_candidate_weights_box_show_undo (self->weights_box, NULL);
  fk_candidate_weights_box_set_message (self->weights_box, NULL);
  g_array_set_size (self->round_ids, 0);
  fill_rounds (self);
  fk_candidates_page_fill_filters (self);
  update_editable (self);
  if (study != NULL)
    invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDY]);
}

FkAnonymizer *
fk_candidates_page_get_anonymizer (FkCandidatesPage *self)
{
  g_return_val_if_fail (FK_IS_CANDIDATES_PAGE (self), NULL);
  return self->anonymizer;
}

void
fk_candidates_page_set_anonymizer (FkCandidatesPage *self,
                                   FkAnonymizer     *anonymizer)
{
  g_return_if_fail (FK_IS_CANDIDATES_PAGE (self));

  if (self->anonymizer == anonymizer)
    return;
  g_clear_pointer (&self->anonymizer, fk_anonymizer_unref);
  if (anonymizer != NULL)
    self->anonymizer = fk_anonymizer_ref (anonymizer);
  /* The names go at once, shown or not: nothing waits for map. A ranking
   * of another region (the last study's: this page gets the new study
   * next) is dropped, never shown with names. */
  if (self->candidates != NULL &&
      !fk_candidates_page_anonymizer_fits (self, fk_candidates_get_snapshot (self->candidates)))
    show_ranking (self);
  fk_candidates_page_fill_filters (self);
  fk_candidates_page_fill_list (self);
  fk_candidates_page_update_detail (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANONYMIZER]);
}

void
fk_candidates_page_set_show_comments (FkCandidatesPage *self,
                                      gboolean          show)
{
  g_return_if_fail (FK_IS_CANDIDATES_PAGE (self));

  show = !!show;
  if (self->show_comments == show)
    return;
  self->show_comments = show;
  fk_candidates_page_update_detail (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_COMMENTS]);
}

gint64
fk_candidates_page_get_round_id (FkCandidatesPage *self)
{
  g_return_val_if_fail (FK_IS_CANDIDATES_PAGE (self), 0);
  return selected_round_id (self);
}

FkCandidates *
fk_candidates_page_get_candidates (FkCandidatesPage *self)
{
  g_return_val_if_fail (FK_IS_CANDIDATES_PAGE (self), NULL);
  return self->candidates;
}

gboolean
fk_candidates_page_is_busy (FkCandidatesPage *self)
{
  g_return_val_if_fail (FK_IS_CANDIDATES_PAGE (self), FALSE);
  return self->cancellable != NULL || self->stale;
}

GtkListBox *
fk_candidates_page_get_list (FkCandidatesPage *self)
{
  g_return_val_if_fail (FK_IS_CANDIDATES_PAGE (self), NULL);
  return self->list;
}

FkCapabilityPanel *
fk_candidates_page_get_panel (FkCandidatesPage *self)
{
  g_return_val_if_fail (FK_IS_CANDIDATES_PAGE (self), NULL);
  return self->panel;
}

void
fk_candidates_page_emit_show_in_heatmap (FkCandidatesPage *self,
                                         guint             capability)
{
  g_signal_emit (self, signals[SIGNAL_SHOW_IN_HEATMAP], 0, selected_round_id (self), capability);
}
