/* fk-scenarios-page.c — the Scenarios page: the study, the candidates, the class
 *
 * What a scenario covers and its generated text come from the
 * collaboration candidates of the study's latest round with the study's
 * weights. The page reads a snapshot on the main thread and ranks it in a
 * worker thread (fk-candidates-ranking.h, shared with the Candidates page);
 * a change of the scores, the rounds or the weights ranks again, at once
 * when shown, else when shown. The list and the stored texts are read
 * again on every scenario change that is not the page's own write.
 *
 * The list and its actions: fk-scenarios-page-list.c. The editor:
 * fk-scenarios-page-editor.c. Regenerating: fk-scenarios-page-regen.c.
 */
#define G_LOG_DOMAIN "fk-scenarios-page"
#include "config.h"
#include "fk-scenarios-page-private.h"
#include "fk-content-language.h"
#include "fk-candidates-ranking.h"
#include "fk-scenario-text-saver.h"
#include "fk-study-snapshot.h"

#include <glib/gi18n.h>

G_DEFINE_FINAL_TYPE (FkScenariosPage, fk_scenarios_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STUDY,
  PROP_ANONYMIZER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
fk_scenarios_page_language (FkScenariosPage *self)
{
  return fk_content_language (self->study);
}

gboolean
fk_scenarios_page_can_write (FkScenariosPage *self)
{
  return self->study != NULL && !fk_study_is_read_only (self->study);
}

gboolean
fk_scenarios_page_can_edit (FkScenariosPage *self)
{
  return fk_scenarios_page_can_write (self) && self->anonymizer == NULL;
}

const FkAnonymizer *
fk_scenarios_page_names (FkScenariosPage *self,
                         gboolean        *out_ok)
{
  *out_ok = self->anonymizer == NULL || self->candidates == NULL ||
            fk_anonymizer_get_region (self->anonymizer) ==
            fk_round_snapshot_get_region (fk_candidates_get_snapshot (self->candidates));
  return self->anonymizer;
}

char *
fk_scenarios_page_display_name (FkScenariosPage  *self,
                                const FkScenario *s,
                                guint             position)
{
  /* NULL region: the anonymizer's own. */
  return fk_scenario_get_display_name (s, NULL, fk_scenarios_page_language (self),
                                       self->anonymizer, position + 1, NULL);
}

gboolean
fk_scenarios_page_has_levels (FkScenariosPage *self)
{
  return self->candidates != NULL && self->cancellable == NULL && !self->stale &&
         fk_candidates_has_levels (self->candidates);
}

const FkScenario *
fk_scenarios_page_current (FkScenariosPage *self)
{
  if (self->scenarios == NULL || self->position < 0 || (guint) self->position >= self->scenarios->len)
    return NULL;
  return g_ptr_array_index (self->scenarios, self->position);
}

void
fk_scenarios_page_set_position (FkScenariosPage *self,
                                int              position)
{
  const FkScenario *s;

  if (position == self->position)
    return;
  /* Text that cannot be stored keeps its scenario in the editor. */
  if (!fk_scenarios_page_flush (self))
    position = self->position;
  self->position = position;
  s = fk_scenarios_page_current (self);
  self->selected = s != NULL ? s->id : 0;
  /* The rows stay (this may run in a row's own signal): only the
   * selection follows. */
  self->filling = TRUE;
  if (position >= 0)
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, position));
  else
    gtk_list_box_unselect_all (self->list);
  self->filling = FALSE;
  fk_scenarios_page_show_editor (self);
}

void
fk_scenarios_page_toast (FkScenariosPage *self,
                         const char      *title)
{
  /* The title is markup in libadwaita 1.2: a scenario's name is not. */
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

gboolean
fk_scenarios_page_fail (FkScenariosPage *self,
                        GError          *error)
{
  fk_scenarios_page_toast (self, error->message);
  return FALSE;
}

void
fk_scenarios_page_update_actions (FkScenariosPage *self)
{
  GActionMap *map = G_ACTION_MAP (self->actions);
  gboolean write = fk_scenarios_page_can_write (self);
  gboolean edit = fk_scenarios_page_can_edit (self);
  const FkScenario *s = fk_scenarios_page_current (self);
  guint position = MAX (self->position, 0);
  static const char *const list_actions[] = { "rename", "set-name", "delete" };
  /* The defaults of a read-only study never written have no id. */
  gboolean stored = s != NULL && s->id > 0;

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "new")), write);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "add")), write);
  for (guint i = 0; i < G_N_ELEMENTS (list_actions); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, list_actions[i])),
                                 write && stored);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "move-up")),
                               write && stored && position > 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "move-down")),
                               write && stored && position + 1 < self->scenarios->len);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "regenerate")),
                               edit && stored && fk_scenarios_page_has_levels (self));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "copy")),
                               s != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->editor_stack), "editor") == 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "use-generated")), edit && stored);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "restore-text")), edit);
  fk_scenarios_page_update_undo (self);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "copy-all")),
                               self->scenarios != NULL && self->scenarios->len > 0);
  fk_scenarios_page_update_choosers (self);
}

void
fk_scenarios_page_reload_scenarios (FkScenariosPage *self)
{
  g_autoptr(GError) error = NULL;

  fk_scenarios_page_flush (self);
  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  if (self->study != NULL)
    {
      self->scenarios = fk_study_list_scenarios (self->study, &error);
      if (self->scenarios == NULL)
        fk_scenarios_page_toast (self, error->message);
    }
  /* The same scenario if it is still there, else the one now in its place. */
  if (self->scenarios == NULL || self->scenarios->len == 0)
    self->position = -1;
  else
    {
      int found = -1;

      for (guint i = 0; i < self->scenarios->len && self->selected != 0; i++)
        if (((FkScenario *) g_ptr_array_index (self->scenarios, i))->id == self->selected)
          found = i;
      if (found < 0)
        found = CLAMP (self->position, 0, (int) self->scenarios->len - 1);
      self->position = found;
    }
  self->selected = fk_scenarios_page_current (self) ? fk_scenarios_page_current (self)->id : 0;
  fk_scenarios_page_fill_list (self);
  fk_scenarios_page_show_editor (self);
}

/* ---- the candidates, off the main thread ------------------------------------ */

static void rank_round (FkScenariosPage *self, const FkRound *round);

/* The round before @round_id, or NULL. */
static const FkRound *
round_before (FkStudy *study,
              gint64   round_id)
{
  GPtrArray *rounds = fk_study_get_rounds (study);

  for (guint i = 1; i < rounds->len; i++)
    if (((FkRound *) g_ptr_array_index (rounds, i))->id == round_id)
      return g_ptr_array_index (rounds, i - 1);
  return NULL;
}

static void
on_ranked (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  FkScenariosPage *self = FK_SCENARIOS_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkCandidates) candidates = NULL;

  /* Cancelled: newer candidates are under way, or the page is gone. */
  if (!fk_candidates_ranking_finish (&self->cancellable, result, user_data, &candidates, &error))
    return;
  /* A round without levels (one just added) describes nothing: an
   * earlier one may. If none has, the earliest's candidates say so. */
  if (candidates != NULL && !fk_candidates_has_levels (candidates))
    {
      const FkRound *before = round_before (self->study, self->round_id);

      if (before != NULL)
        {
          rank_round (self, before);
          return;
        }
    }
  g_clear_pointer (&self->candidates, fk_candidates_unref);
  if (candidates == NULL)
    fk_scenarios_page_toast (self, error->message);
  self->candidates = g_steal_pointer (&candidates);
  fk_scenarios_page_show_editor (self);
}

/* Ranks @round in a worker thread (on_ranked()). */
static void
rank_round (FkScenariosPage *self,
            const FkRound   *round)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  FkCandidateWeights weights;

  self->round_id = round->id;
  if (!fk_study_get_candidate_weights (self->study, &weights, &error) ||
      (snapshot = fk_study_read_snapshot (self->study, round->id, &error)) == NULL)
    {
      g_clear_pointer (&self->candidates, fk_candidates_unref);
      fk_scenarios_page_show_editor (self);
      fk_scenarios_page_toast (self, error->message);
      return;
    }
  fk_candidates_ranking_start (&self->cancellable, snapshot, &weights, self, on_ranked);
}

/* Reads the scenarios again and ranks the latest round (or, if it has no
 * levels, the latest one that has). */
static void
reload (FkScenariosPage *self)
{
  const FkRound *round;

  self->stale = FALSE;
  fk_candidates_ranking_cancel (&self->cancellable);
  fk_scenarios_page_reload_scenarios (self);
  if (self->study == NULL)
    return;
  round = fk_study_get_latest_round (self->study);
  if (round == NULL)
    {
      self->round_id = 0;
      g_clear_pointer (&self->candidates, fk_candidates_unref);
      fk_scenarios_page_show_editor (self);
      return;
    }
  rank_round (self, round);
}

/* Now if shown, else when shown. */
static void
invalidate (FkScenariosPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    {
      fk_candidates_ranking_cancel (&self->cancellable);
      self->stale = TRUE;
    }
}

static void
on_study_changed (FkStudy             *study,
                  const FkStudyChange *change,
                  FkScenariosPage     *self)
{
  gint64 latest = fk_study_get_latest_round (study) ? fk_study_get_latest_round (study)->id : 0;

  if (change->what & FK_STUDY_CHANGE_STATE)
    fk_scenarios_page_show_editor (self);
  /* The weights and the language are metadata. */
  if ((change->what & (FK_STUDY_CHANGE_ROUNDS | FK_STUDY_CHANGE_METADATA)) ||
      fk_study_change_touches_scores (change, latest, NULL) ||
      (self->round_id != 0 && fk_study_change_touches_scores (change, self->round_id, NULL)))
    invalidate (self);
  else if ((change->what & FK_STUDY_CHANGE_SCENARIOS) && !self->storing)
    fk_scenarios_page_reload_scenarios (self);
}

static void
on_language_changed (FkScenariosPage *self)
{
  /* What was typed goes into the language it was typed in. */
  fk_scenarios_page_flush (self);
  fk_scenarios_page_fill_list (self);
  fk_scenarios_page_show_editor (self);
}

/* ---- the class ------------------------------------------------------------------ */

/* Shown (Alt+6, the switcher, a window opening on it), the page puts the
 * focus on the selected scenario in the list, unless it is in the page
 * already: else no widget has it (the page that had it is hidden), and
 * the first arrow key would go to the scenario's title. On the first
 * frame, once the window has settled its own focus. */
static gboolean
focus_list_when_shown (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       data)
{
  FkScenariosPage *self = FK_SCENARIOS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  self->focus_tick = 0;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, widget))
    fk_scenarios_page_focus_list (self);
  return G_SOURCE_REMOVE;
}

static void
fk_scenarios_page_map (GtkWidget *widget)
{
  FkScenariosPage *self = FK_SCENARIOS_PAGE (widget);

  GTK_WIDGET_CLASS (fk_scenarios_page_parent_class)->map (widget);
  if (self->stale)
    reload (self);
  if (self->focus_tick == 0)
    self->focus_tick = gtk_widget_add_tick_callback (widget, focus_list_when_shown, NULL, NULL);
}

/* Leaving the page (a window closing too) stores what is typed. */
static void
fk_scenarios_page_unmap (GtkWidget *widget)
{
  FkScenariosPage *self = FK_SCENARIOS_PAGE (widget);

  if (self->focus_tick != 0)
    gtk_widget_remove_tick_callback (widget, self->focus_tick);
  self->focus_tick = 0;
  fk_scenarios_page_flush (self);
  GTK_WIDGET_CLASS (fk_scenarios_page_parent_class)->unmap (widget);
}

/* The last chance to store what is typed (the window or the study goes):
 * what another program's lock keeps out is handed to the saver, which
 * keeps trying after the page is gone; the main thread never waits. */
static void
flush_last (FkScenariosPage *self)
{
  char *texts[FK_N_SCENARIO_SECTIONS] = { NULL };

  if (self->study == NULL || self->dirty == 0 || fk_scenarios_page_flush (self) ||
      self->view[0] == NULL)
    return;
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    if (self->dirty & (1u << i))
      texts[i] = fk_scenarios_page_section_text (self, i);
  fk_scenario_text_saver_start (self->study, self->dirty_id, self->dirty_language, self->dirty,
                                (const char * const *) texts);
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    g_free (texts[i]);
  fk_scenarios_page_discard_dirty (self, self->dirty_id);
}

static void
fk_scenarios_page_dispose (GObject *object)
{
  FkScenariosPage *self = FK_SCENARIOS_PAGE (object);

  flush_last (self);
  fk_scenarios_page_dispose_editor (self);
  fk_scenarios_page_dispose_list (self);
  fk_scenarios_page_dispose_undo (self);
  fk_candidates_ranking_cancel (&self->cancellable);
  fk_content_language_disconnect (self);
  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "scenarios", NULL);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_SCENARIOS_PAGE);
  g_clear_object (&self->study);
  g_clear_pointer (&self->anonymizer, fk_anonymizer_unref);
  g_clear_pointer (&self->candidates, fk_candidates_unref);
  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  g_clear_pointer (&self->fresh, g_strfreev);
  g_clear_pointer (&self->dirty_language, g_free);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (fk_scenarios_page_parent_class)->dispose (object);
}

static void
fk_scenarios_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FkScenariosPage *self = FK_SCENARIOS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      g_value_set_object (value, self->study);
      break;
    case PROP_ANONYMIZER:
      g_value_set_boxed (value, self->anonymizer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_scenarios_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  FkScenariosPage *self = FK_SCENARIOS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      fk_scenarios_page_set_study (self, g_value_get_object (value));
      break;
    case PROP_ANONYMIZER:
      fk_scenarios_page_set_anonymizer (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_scenarios_page_class_init (FkScenariosPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_scenarios_page_dispose;
  object_class->get_property = fk_scenarios_page_get_property;
  object_class->set_property = fk_scenarios_page_set_property;
  widget_class->map = fk_scenarios_page_map;
  widget_class->unmap = fk_scenarios_page_unmap;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL, FK_TYPE_STUDY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANONYMIZER] =
    g_param_spec_boxed ("anonymizer", NULL, NULL, FK_TYPE_ANONYMIZER,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-scenarios-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, list);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, editor);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, editor_scroller);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, new_note);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, changed_box);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, anon_label);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, coverage_note);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, capabilities_box);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, municipalities_label);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, choose_capabilities_button);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, choose_municipalities_button);
  gtk_widget_class_bind_template_child (widget_class, FkScenariosPage, sections_box);

  /* Ctrl+Up and Ctrl+Down move the scenario selected while the focus is
   * on the list (or a button): a text view keeps them for its cursor. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_CONTROL_MASK, "scenarios.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_CONTROL_MASK, "scenarios.move-down", NULL);
  /* Ctrl+C copies what is selected in a text: every scenario gets Shift too. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "scenarios.copy-all", NULL);
  /* A text view undoes its own typing first; with nothing left there
   * (or the focus elsewhere on the page), the last "Use Generated Text". */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "scenarios.undo", NULL);
}

static void
fk_scenarios_page_init (FkScenariosPage *self)
{
  self->position = -1;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->actions = g_simple_action_group_new ();
  gtk_widget_insert_action_group (GTK_WIDGET (self), "scenarios", G_ACTION_GROUP (self->actions));
  fk_scenarios_page_init_list (self);
  fk_scenarios_page_init_editor (self);
  fk_scenarios_page_init_regen (self);
  fk_scenarios_page_init_undo (self);
  fk_content_language_connect (self, G_CALLBACK (on_language_changed));
  fk_scenarios_page_show_editor (self);
}

GtkWidget *
fk_scenarios_page_new (void)
{
  return g_object_new (FK_TYPE_SCENARIOS_PAGE, NULL);
}

FkStudy *
fk_scenarios_page_get_study (FkScenariosPage *self)
{
  g_return_val_if_fail (FK_IS_SCENARIOS_PAGE (self), NULL);
  return self->study;
}

void
fk_scenarios_page_set_study (FkScenariosPage *self,
                             FkStudy         *study)
{
  g_return_if_fail (FK_IS_SCENARIOS_PAGE (self));
  g_return_if_fail (study == NULL || FK_IS_STUDY (study));

  if (self->study == study)
    return;
  /* What is typed belongs to the last study. */
  flush_last (self);
  fk_scenarios_page_discard_dirty (self, self->dirty_id);
  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);
  g_set_object (&self->study, study);
  if (study != NULL)
    {
      /* The main thread never waits for another program's lock: the
       * page tries again later. */
      fk_study_set_scenario_writes_wait (study, FALSE);
      g_signal_connect_object (study, "changed", G_CALLBACK (on_study_changed), self, 0);
    }

  /* Nothing of the last study stays on screen. */
  fk_candidates_ranking_cancel (&self->cancellable);
  g_clear_pointer (&self->candidates, fk_candidates_unref);
  self->selected = 0;
  self->position = -1;
  fk_scenarios_page_reload_scenarios (self);
  if (study != NULL)
    invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDY]);
}

FkAnonymizer *
fk_scenarios_page_get_anonymizer (FkScenariosPage *self)
{
  g_return_val_if_fail (FK_IS_SCENARIOS_PAGE (self), NULL);
  return self->anonymizer;
}

void
fk_scenarios_page_set_anonymizer (FkScenariosPage *self,
                                  FkAnonymizer    *anonymizer)
{
  g_return_if_fail (FK_IS_SCENARIOS_PAGE (self));

  if (self->anonymizer == anonymizer)
    return;
  fk_scenarios_page_flush (self);
  g_clear_pointer (&self->anonymizer, fk_anonymizer_unref);
  if (anonymizer != NULL)
    self->anonymizer = fk_anonymizer_ref (anonymizer);
  /* The names go at once, shown or not. */
  fk_scenarios_page_fill_list (self);
  fk_scenarios_page_show_editor (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANONYMIZER]);
}

gboolean
fk_scenarios_page_is_busy (FkScenariosPage *self)
{
  g_return_val_if_fail (FK_IS_SCENARIOS_PAGE (self), FALSE);
  return self->cancellable != NULL || self->stale;
}

gint64
fk_scenarios_page_get_selected (FkScenariosPage *self)
{
  g_return_val_if_fail (FK_IS_SCENARIOS_PAGE (self), 0);
  return self->selected;
}

void
fk_scenarios_page_select (FkScenariosPage *self,
                          gint64           id)
{
  g_return_if_fail (FK_IS_SCENARIOS_PAGE (self));

  for (guint i = 0; self->scenarios != NULL && i < self->scenarios->len; i++)
    if (((FkScenario *) g_ptr_array_index (self->scenarios, i))->id == id)
      fk_scenarios_page_set_position (self, i);
}

GtkListBox *
fk_scenarios_page_get_list (FkScenariosPage *self)
{
  g_return_val_if_fail (FK_IS_SCENARIOS_PAGE (self), NULL);
  return self->list;
}

GtkTextView *
fk_scenarios_page_get_section_view (FkScenariosPage  *self,
                                    FkScenarioSection section)
{
  g_return_val_if_fail (FK_IS_SCENARIOS_PAGE (self), NULL);
  g_return_val_if_fail (section < FK_N_SCENARIO_SECTIONS, NULL);
  return self->view[section];
}

GtkWidget *
fk_scenarios_page_get_editor (FkScenariosPage *self)
{
  g_return_val_if_fail (FK_IS_SCENARIOS_PAGE (self), NULL);
  return self->editor;
}
