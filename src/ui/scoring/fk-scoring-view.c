/* fk-scoring-view.c — the page where a municipality scores its capabilities
 *
 * Every change is written to the study at once (no Save button). A write
 * that fails is shown in a toast and the widget goes back to what the study
 * holds, so nothing is ever shown as saved when it was not. The rows show
 * the study's values and are refreshed on its "changed" signal; the view
 * keeps no scores of its own besides what the rows display.
 *
 * Keyboard actions and undo live in fk-scoring-view-actions.c, the rows
 * and the values they show in fk-scoring-view-rows.c, filtering and
 * progress in fk-scoring-view-filter.c, the municipality and round
 * choosers with their memory in fk-scoring-view-selection.c, and who
 * answers in fk-scoring-view-respondent.c.
 */
#define G_LOG_DOMAIN "fk-scoring-view"
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "fk-scoring-view-private.h"
#include "fk-drop-down-search.h"
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

/* Information, not a failure: a normal toast that does not push others aside. */
void
fk_scoring_view_show_notice (FkScoringView *self,
                             const char    *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* ---- the study, municipality and round ---------------------------------- */

/* The rows show the scores of one municipality in one round, the round
 * chooser the rounds, the notice the read-only state: other changes do
 * not concern the view. Hidden, it refreshes once it is shown. */
static void
on_study_changed (FkStudy             *study,
                  const FkStudyChange *change,
                  FkScoringView       *self)
{
  if (change->what & FK_STUDY_CHANGE_RESPONDENTS)
    fk_scoring_view_respondent_changed (self, change->municipality);
  if (!(change->what & (FK_STUDY_CHANGE_ROUNDS | FK_STUDY_CHANGE_STATE)) &&
      !fk_study_change_touches_scores (change, self->round_id, self->municipality))
    return;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    fk_scoring_view_refresh (self);
  else
    self->stale = TRUE;
}

/* Writes what is being typed. A comment that cannot be written stays on
 * screen to be copied; moving to another municipality or round would put
 * it under the wrong one, so the choosers go back and TRUE is returned. */
static gboolean
keep_unsaved_comments (FkScoringView *self)
{
  if (fk_scoring_view_count_unsaved (self) == 0)
    return FALSE;
  fk_scoring_view_sync_selectors (self);
  fk_scoring_view_show_notice (self, _("A comment is not saved yet. Copy it before you choose another municipality or round."));
  return TRUE;
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
  if (keep_unsaved_comments (self))
    return;
  /* The name typed so far is the shown municipality's. */
  fk_scoring_view_save_respondent (self);
  g_free (self->municipality);
  self->municipality = g_strdup (code);
  fk_scoring_view_sync_selectors (self);
  fk_scoring_view_save_selection (self);
  fk_scoring_view_show_municipality (self);
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

  if (keep_unsaved_comments (self))
    return;
  self->round_id = round_id;
  fk_scoring_view_sync_selectors (self);
  fk_scoring_view_save_selection (self);
  fk_scoring_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND_ID]);
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

  fk_scoring_view_clear_rows (self);
  fk_scoring_view_build (self);
  fk_scoring_view_sync_selectors (self);

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

  fk_scoring_view_save_respondent (self);
  fk_scoring_view_clear_rows (self);
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
      fk_scoring_view_build (self);
      fk_scoring_view_load_selection (self, &code, &round_id);
      self->municipality = g_steal_pointer (&code);
      self->round_id = round_id;
      fk_scoring_view_sync_selectors (self);
      fk_scoring_view_refresh (self);
      fk_scoring_view_refilter (self);
    }
  fk_scoring_view_show_municipality (self);
  fk_scoring_view_update_read_only (self);

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

void
fk_scoring_view_set_read_only_notice (FkScoringView *self,
                                      gboolean       show)
{
  g_return_if_fail (FK_IS_SCORING_VIEW (self));

  self->hide_read_only_notice = !show;
  fk_scoring_view_update_read_only (self);
}

guint
fk_scoring_view_count_unsaved (FkScoringView *self)
{
  guint n = 0;

  g_return_val_if_fail (FK_IS_SCORING_VIEW (self), 0);

  fk_scoring_view_flush (self);
  for (guint i = 0; i < self->rows->len; i++)
    if (fk_capability_row_has_unsaved_comment (g_ptr_array_index (self->rows, i)))
      n++;
  return n;
}

GtkWidget *
fk_scoring_view_get_row (FkScoringView *self,
                         const char    *capability_key)
{
  g_return_val_if_fail (FK_IS_SCORING_VIEW (self), NULL);
  return g_hash_table_lookup (self->row_by_key, capability_key);
}

guint
fk_scoring_view_get_n_refreshes (FkScoringView *self)
{
  g_return_val_if_fail (FK_IS_SCORING_VIEW (self), 0);
  return self->n_refreshes;
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
  fk_scoring_view_save_respondent (self);
  if (self->rows != NULL)
    fk_scoring_view_clear_rows (self);
  if (self->study != NULL)
    g_clear_signal_handler (&self->changed_id, self->study);
  g_clear_object (&self->study);
  g_clear_object (&self->settings);
  g_clear_weak_pointer (&self->removed_toast);
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
  g_clear_pointer (&self->search_return_key, g_free);
  g_clear_pointer (&self->respondent_shown, g_free);

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

/* Arriving on the page, the rows catch up with changes made while it was
 * hidden, and the keyboard goes to the capability being scored, so that
 * digits, J/K and Ctrl+J work at once, without a click. */
static void
fk_scoring_view_map (GtkWidget *widget)
{
  FkScoringView *self = FK_SCORING_VIEW (widget);
  GtkRoot *root;
  GtkWidget *focus;

  GTK_WIDGET_CLASS (fk_scoring_view_parent_class)->map (widget);

  /* The study changed while the view was hidden. */
  if (self->stale)
    fk_scoring_view_refresh (self);

  root = gtk_widget_get_root (widget);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, widget))
    fk_scoring_view_focus_current (self);
}

static void
on_root_focus_changed (GtkRoot       *root,
                       GParamSpec    *pspec,
                       FkScoringView *self)
{
  fk_scoring_view_update_move_actions (self);
}

/* A disabled action lets its key through: see
 * fk_scoring_view_update_move_actions(). */
static void
fk_scoring_view_root (GtkWidget *widget)
{
  FkScoringView *self = FK_SCORING_VIEW (widget);

  GTK_WIDGET_CLASS (fk_scoring_view_parent_class)->root (widget);
  self->focus_root = gtk_widget_get_root (widget);
  self->focus_id = g_signal_connect (self->focus_root, "notify::focus-widget",
                                     G_CALLBACK (on_root_focus_changed), self);
  fk_scoring_view_update_move_actions (self);
}

static void
fk_scoring_view_unroot (GtkWidget *widget)
{
  FkScoringView *self = FK_SCORING_VIEW (widget);

  g_clear_signal_handler (&self->focus_id, self->focus_root);
  self->focus_root = NULL;
  GTK_WIDGET_CLASS (fk_scoring_view_parent_class)->unroot (widget);
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
  widget_class->root = fk_scoring_view_root;
  widget_class->unroot = fk_scoring_view_unroot;

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
  gtk_widget_class_bind_template_child (widget_class, FkScoringView, heading_label);
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
fk_scoring_view_init (FkScoringView *self)
{
  g_type_ensure (ADW_TYPE_TOAST_OVERLAY);
  g_type_ensure (ADW_TYPE_CLAMP);
  g_type_ensure (FK_TYPE_WRAP_BOX);
  gtk_widget_init_template (GTK_WIDGET (self));
  fk_drop_down_search_by_keyboard (self->municipality_dropdown);

  self->rows = g_ptr_array_new ();
  self->row_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  /* Own copies of the area keys: the counts outlive the study (and the
   * model) they were counted from when the window changes study. */
  self->area_assessed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->area_total = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->undo = fk_undo_new (0);

  fk_scoring_view_init_selection (self);
  fk_scoring_view_init_filter (self);
  fk_scoring_view_init_respondent (self);
  g_signal_connect (self->list_box, "row-selected", G_CALLBACK (fk_scoring_view_on_row_selected), self);

  fk_content_language_connect (self, G_CALLBACK (on_content_language_changed));

  fk_scoring_view_init_keys (self);
  fk_scoring_view_update_read_only (self);
}

GtkWidget *
fk_scoring_view_new (void)
{
  return g_object_new (FK_TYPE_SCORING_VIEW, NULL);
}
