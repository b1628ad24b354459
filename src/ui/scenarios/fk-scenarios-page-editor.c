/* fk-scenarios-page-editor.c — the scenario selected: what it covers and its text
 *
 * The text of a scenario is generated (fk_scenario_generate(), on the
 * main thread: it is fast and switches gettext's language) the first
 * time it is shown without stored text in the content language, and
 * stored at once (fk_study_regenerate_scenario()), so the report and the
 * CLI see the same text. The user's edits are stored after a pause in the
 * typing (SAVE_DELAY_MS), and at once when the focus leaves the text,
 * another scenario is chosen, the page is hidden or goes: nothing typed
 * is lost. A section the user changed says so and offers the generated
 * text back.
 *
 * Anonymised, the text shown is generated afresh with letters and is not
 * editable: the stored text names the municipalities.
 */
#define G_LOG_DOMAIN "fk-scenarios-page"
#include "config.h"
#include "fk-scenarios-page-private.h"
#include "fk-names.h"
#include "fk-error.h"
#include "fk-growing-text-view.h"

#include <glib/gi18n.h>

/* How long after the last key press the text is stored. */
#define SAVE_DELAY_MS 500

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_buffer_text (FkScenariosPage  *self,
                 FkScenarioSection section,
                 const char       *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view[section]);
  g_autofree char *now = buffer_text (self->view[section]);

  /* Unchanged text keeps the cursor where the user left it. */
  if (g_strcmp0 (now, text ? text : "") == 0)
    return;
  /* set_text() is irreversible in the buffer's undo: its Ctrl+Z never
   * brings back another scenario's text, or the user's after
   * "use-generated" without the study knowing (the page's Undo does). */
  self->filling = TRUE;
  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  self->filling = FALSE;
}

/* Reads the scenario shown again after the page's own write. */
static void
refresh_current (FkScenariosPage *self)
{
  g_autoptr(GError) error = NULL;
  const FkScenario *s = fk_scenarios_page_current (self);
  FkScenario *fresh;

  if (s == NULL || s->id == 0)
    return;
  fresh = fk_study_get_scenario (self->study, s->id, &error);
  if (fresh == NULL)
    {
      fk_scenarios_page_fail (self, error);
      return;
    }
  g_ptr_array_index (self->scenarios, self->position) = fresh;
  fk_scenario_free ((FkScenario *) s);
}

static void
update_marks (FkScenariosPage *self)
{
  const FkScenario *s = fk_scenarios_page_current (self);
  gboolean edit = fk_scenarios_page_can_edit (self);

  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    {
      const FkScenarioText *t = s && self->anonymizer == NULL
                                ? fk_scenario_get_text (s, fk_scenarios_page_language (self), i) : NULL;
      gboolean edited = (t != NULL && t->edited) || (self->dirty & (1u << i));

      gtk_widget_set_visible (self->mark[i], edited);
      gtk_widget_set_visible (self->use_generated[i], edited && t != NULL && t->generated != NULL);
      gtk_widget_set_sensitive (self->use_generated[i], edit);
    }
}

/* ---- storing the user's text ------------------------------------------------- */

/* How long after another program's lock refused a write it is tried again. */
#define RETRY_MS 1000

static gboolean
store_section (FkScenariosPage  *self,
               gint64            id,
               const char       *language,
               FkScenarioSection section,
               const char       *text,
               GError          **error)
{
  gboolean ok;

  self->storing = TRUE;
  ok = fk_study_set_scenario_text (self->study, id, language, section, text, error);
  self->storing = FALSE;
  return ok;
}

static void
dismiss_failure (FkScenariosPage *self)
{
  if (self->failure_toast != NULL)
    adw_toast_dismiss (self->failure_toast);
  g_clear_object (&self->failure_toast);
}

static void
on_failure_dismissed (AdwToast        *toast,
                      FkScenariosPage *self)
{
  if (self->failure_toast == toast)
    g_clear_object (&self->failure_toast);
}

/* Says the text is not stored, once until it is, with Try Again. */
static void
show_failure (FkScenariosPage *self,
              const GError    *error)
{
  g_autofree char *escaped = NULL;

  if (self->failure_toast != NULL)
    return;
  if (g_error_matches (error, FK_ERROR, FK_ERROR_BUSY))
    escaped = g_markup_escape_text (_("Your text is not saved yet: another program is writing to the study. It is saved as soon as it can be."), -1);
  else
    {
      /* Translators: %s says why the study could not be written */
      g_autofree char *title = g_strdup_printf (_("Your text could not be saved: %s It stays on the page; copy it, or try again."),
                                                error->message);
      escaped = g_markup_escape_text (title, -1);
    }
  self->failure_toast = g_object_ref_sink (adw_toast_new (escaped));
  adw_toast_set_timeout (self->failure_toast, 0);
  adw_toast_set_button_label (self->failure_toast, _("_Try Again"));
  adw_toast_set_action_name (self->failure_toast, "scenarios.save");
  g_signal_connect_object (self->failure_toast, "dismissed", G_CALLBACK (on_failure_dismissed), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->failure_toast));
}

static gboolean
retry_later (gpointer user_data)
{
  FkScenariosPage *self = user_data;

  self->retry_source = 0;
  fk_scenarios_page_flush (self);
  return G_SOURCE_REMOVE;
}

/* A section's dirty mark goes only once its text is stored: a write that
 * fails keeps the text, its language and its mark, for the next flush. */
gboolean
fk_scenarios_page_flush (FkScenariosPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean stored_any = FALSE;

  g_return_val_if_fail (FK_IS_SCENARIOS_PAGE (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);
  if (self->dirty == 0 || self->flushing)
    return self->dirty == 0;
  if (self->study == NULL)
    return FALSE;
  self->flushing = TRUE;
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS && error == NULL; i++)
    if (self->dirty & (1u << i))
      {
        g_autofree char *text = buffer_text (self->view[i]);

        if (store_section (self, self->dirty_id, self->dirty_language, i, text, &error))
          {
            self->dirty &= ~(1u << i);
            stored_any = TRUE;
          }
      }
  self->flushing = FALSE;
  if (self->dirty == 0)
    {
      g_clear_pointer (&self->dirty_language, g_free);
      self->dirty_id = 0;
      dismiss_failure (self);
    }
  else
    {
      show_failure (self, error);
      if (g_error_matches (error, FK_ERROR, FK_ERROR_BUSY))
        self->retry_source = g_timeout_add (RETRY_MS, retry_later, self);
    }
  if (stored_any)
    refresh_current (self);
  if (self->view[0] != NULL)
    update_marks (self);
  return self->dirty == 0;
}

char *
fk_scenarios_page_section_text (FkScenariosPage  *self,
                                FkScenarioSection section)
{
  return buffer_text (self->view[section]);
}

guint
fk_scenarios_page_count_unsaved (FkScenariosPage *self)
{
  guint n = 0;

  g_return_val_if_fail (FK_IS_SCENARIOS_PAGE (self), 0);
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    n += (self->dirty >> i) & 1;
  return n;
}

void
fk_scenarios_page_discard_dirty (FkScenariosPage *self,
                                 gint64           id)
{
  if (self->dirty == 0 || self->dirty_id != id)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);
  self->dirty = 0;
  self->dirty_id = 0;
  g_clear_pointer (&self->dirty_language, g_free);
  dismiss_failure (self);
}

static gboolean
save_later (gpointer user_data)
{
  FkScenariosPage *self = user_data;

  self->save_source = 0;
  fk_scenarios_page_flush (self);
  return G_SOURCE_REMOVE;
}

static void
on_buffer_changed (GtkTextBuffer   *buffer,
                   FkScenariosPage *self)
{
  int section = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (buffer), "section"));

  if (self->filling || !fk_scenarios_page_can_edit (self))
    return;
  if (self->dirty == 0)
    {
      g_free (self->dirty_language);
      self->dirty_language = g_strdup (fk_scenarios_page_language (self));
      self->dirty_id = fk_scenarios_page_current (self)->id;
    }
  self->dirty |= 1u << section;
  gtk_widget_set_visible (self->mark[section], TRUE);
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_later, self);
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                FkScenariosPage         *self)
{
  fk_scenarios_page_flush (self);
}

/* "use-generated" (i): the section's text as generated, the edited mark
 * gone; a toast offers the user's text back. */
static void
use_generated_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  FkScenariosPage *self = user_data;
  int section = g_variant_get_int32 (parameter);
  const FkScenario *s;
  const FkScenarioText *t;
  g_autofree char *generated = NULL;
  g_autofree char *mine = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (section < 0 || section >= FK_N_SCENARIO_SECTIONS)
    return;
  /* What is typed elsewhere goes first; if it cannot, nothing changes. */
  if (!fk_scenarios_page_flush (self))
    return;
  s = fk_scenarios_page_current (self);
  t = s ? fk_scenario_get_text (s, fk_scenarios_page_language (self), section) : NULL;
  if (t == NULL || t->generated == NULL || !fk_scenarios_page_can_edit (self))
    return;
  /* Storing reads the scenario again: @t goes with the old copy. */
  generated = g_strdup (t->generated);
  mine = g_strdup (t->text != NULL ? t->text : "");
  id = s->id;
  if (!store_section (self, id, fk_scenarios_page_language (self), section, generated, &error))
    {
      fk_scenarios_page_fail (self, error);
      return;
    }
  refresh_current (self);
  set_buffer_text (self, section, generated);
  update_marks (self);
  /* The user's text is gone from the study: Undo puts it back, marked. */
  if (g_strcmp0 (mine, generated) != 0)
    {
      AdwToast *toast;
      g_autofree char *heading = fk_scenario_section_get_heading (section, fk_scenarios_page_language (self));
      /* Translators: %s is the heading of a section of a scenario's text */
      g_autofree char *title = g_strdup_printf (_("“%s” shows the generated text again"), heading);
      g_autofree char *escaped = g_markup_escape_text (title, -1);

      toast = adw_toast_new (escaped);
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "scenarios.restore-text");
      adw_toast_set_action_target_value (toast, g_variant_new ("(xsis)", id, fk_scenarios_page_language (self),
                                                               section, mine));
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      /* It holds the only copy of the user's text: it stays until dismissed. */
      adw_toast_set_timeout (toast, 0);
      fk_scenarios_page_push_replacement (self, id, fk_scenarios_page_language (self), section, mine, toast);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

/* "restore-text" ((xsis): scenario, language, section, text): the user's
 * own text of a section back, as theirs (Undo of "use-generated"). */
static void
restore_text_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  FkScenariosPage *self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id;
  const char *language, *text;
  int section;
  const FkScenario *s;

  g_variant_get (parameter, "(x&si&s)", &id, &language, &section, &text);
  if (section < 0 || section >= FK_N_SCENARIO_SECTIONS || !fk_scenarios_page_can_edit (self))
    return;
  /* What is typed goes first, so the restored text is not overwritten. */
  if (!fk_scenarios_page_flush (self))
    return;
  if (!store_section (self, id, language, section, text, &error))
    {
      fk_scenarios_page_fail (self, error);
      return;
    }
  /* @language and @text point into @parameter, which outlives this. */
  fk_scenarios_page_forget_replacement (self, id, language, section, text);
  s = fk_scenarios_page_current (self);
  if (s != NULL && s->id == id && g_strcmp0 (language, fk_scenarios_page_language (self)) == 0)
    {
      refresh_current (self);
      set_buffer_text (self, section, text);
      update_marks (self);
    }
  else
    /* Another scenario or language is shown: its copy in the list is old. */
    fk_scenarios_page_reload_scenarios (self);
}

/* "save": the toast's Try Again. */
static void
save_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  fk_scenarios_page_flush (user_data);
}

/* ---- what it covers --------------------------------------------------------------- */

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
add_line (GtkBox     *box,
          const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_box_append (box, label);
}

static char *
display_name (FkRegion           *region,
              const FkAnonymizer *anon,
              guint               row)
{
  const FkMunicipality *m = g_ptr_array_index (region->municipalities, row);

  return anon != NULL ? fk_anonymizer_get_display_name (anon, m->code) : g_strdup (m->name);
}

/* Returns: the number of capabilities the scenario covers, -1 while
 * that is not known. */
static int
show_coverage (FkScenariosPage  *self,
               const FkScenario *s,
               const FkAnonymizer *anon,
               gboolean          names_ok)
{
  g_autoptr(FkScenarioPlan) plan = NULL;
  FkRoundSnapshot *snapshot;
  FkModel *model;
  FkRegion *region;
  g_autofree char *note = NULL;
  g_autofree char *joined = NULL;
  const char *language = fk_scenarios_page_language (self);

  clear_box (self->capabilities_box);
  if (self->candidates == NULL || !names_ok)
    {
      gtk_label_set_text (self->coverage_note,
                          self->cancellable != NULL || !names_ok
                          ? _("Reading the scores…")
                          : _("The study has no assessment round yet, so there is nothing to describe."));
      gtk_widget_set_visible (GTK_WIDGET (self->coverage_note), TRUE);
      gtk_label_set_text (self->municipalities_label, "");
      return -1;
    }
  snapshot = fk_candidates_get_snapshot (self->candidates);
  model = fk_round_snapshot_get_model (snapshot);
  region = fk_round_snapshot_get_region (snapshot);
  plan = fk_scenario_resolve (s, self->candidates);
  if (!fk_candidates_has_levels (self->candidates))
    note = g_strdup (_("No round has levels entered yet, so the text below is not stored and cannot be regenerated. Enter scores first."));
  else if (plan->from_candidates && s->auto_capabilities)
    /* Translators: %s is an assessment round's name */
    note = g_strdup_printf (_("Follows the collaboration candidates of the round “%s”."),
                            fk_round_snapshot_get_round_name (snapshot));
  else if (plan->from_candidates)
    /* Translators: %s is an assessment round's name */
    note = g_strdup_printf (_("The capabilities are your choice; the participants follow the collaboration candidates of the round “%s”."),
                            fk_round_snapshot_get_round_name (snapshot));
  gtk_label_set_text (self->coverage_note, note ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->coverage_note), note != NULL);
  for (guint i = 0; i < plan->n_cols; i++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, plan->cols[i]);
      g_autofree char *line = NULL;

      if (plan->hosts[i] >= 0)
        {
          g_autofree char *host = display_name (region, anon, plan->hosts[i]);

          /* Translators: a capability of a scenario and the municipality that could host it */
          line = g_strdup_printf (_("%s (host: %s)"), fk_text_get (&cap->name, language), host);
        }
      else
        line = g_strdup (fk_text_get (&cap->name, language));
      add_line (self->capabilities_box, line);
    }
  if (plan->n_cols == 0)
    add_line (self->capabilities_box,
              s->kind == FK_SCENARIO_BASELINE || s->kind == FK_SCENARIO_NETWORK
              ? _("None: in this scenario no capability is built together.")
              : _("None yet."));
  joined = fk_names_join_municipalities (region, plan->rows, plan->n_rows, anon, FK_NAMES_PLAIN);
  gtk_label_set_text (self->municipalities_label, plan->n_rows > 0 ? joined : _("None yet."));
  return (int) plan->n_cols;
}

/* ---- the text ----------------------------------------------------------------------- */

static gboolean
has_text (const FkScenario *s,
          const char       *language)
{
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    if (fk_scenario_get_text (s, language, i) != NULL)
      return TRUE;
  return FALSE;
}

/* Every section stored in @language (a study from before schema 5 may
 * have only the summary). */
static gboolean
has_all_text (const FkScenario *s,
              const char       *language)
{
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    if (fk_scenario_get_text (s, language, i) == NULL)
      return FALSE;
  return TRUE;
}

/* Generated text is stored without the user asking only when the page is
 * looked at (not while hidden: the candidates may be stale), the
 * candidates are current and from a round with levels, and the names are
 * real. */
static gboolean
may_store_generated (FkScenariosPage  *self,
                     const FkScenario *s)
{
  return self->fresh != NULL && self->anonymizer == NULL && s->id > 0 &&
         fk_scenarios_page_can_write (self) &&
         gtk_widget_get_mapped (GTK_WIDGET (self)) &&
         fk_scenarios_page_has_levels (self);
}

/* Whether @fresh differs from the text last generated: the scores (or
 * the candidates) changed since. */
static gboolean
text_is_old (const FkScenario   *s,
             const char         *language,
             const char * const *fresh)
{
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    {
      const FkScenarioText *t = fk_scenario_get_text (s, language, i);

      if (t == NULL || g_strcmp0 (t->generated, fresh[i]) != 0)
        return TRUE;
    }
  return FALSE;
}

/* A scenario that builds capabilities together but has none (a new one
 * of the user's): every section would say that there is nothing to
 * describe, so one line says it instead of seven, until the user
 * chooses capabilities or has typed text of their own. */
static gboolean
nothing_to_describe (FkScenariosPage  *self,
                     const FkScenario *s,
                     int               n_cols)
{
  const char *language = fk_scenarios_page_language (self);

  if (n_cols != 0 || s->kind == FK_SCENARIO_BASELINE || s->kind == FK_SCENARIO_NETWORK ||
      !fk_scenarios_page_has_levels (self) || self->dirty != 0)
    return FALSE;
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    {
      const FkScenarioText *t = fk_scenario_get_text (s, language, i);

      if (t != NULL && t->edited)
        return FALSE;
    }
  return TRUE;
}

/* Another scenario in the editor starts at its top, with its name and
 * the note that its text is old in sight. */
static void
scroll_to_top_on_switch (FkScenariosPage  *self,
                         const FkScenario *s)
{
  gint64 key = s == NULL ? 0 : s->id > 0 ? s->id : -(gint64) self->position - 1;

  if (key == self->shown_id)
    return;
  self->shown_id = key;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->editor_scroller), 0);
}

static void
show_status (FkScenariosPage *self,
             const char      *title,
             const char      *description)
{
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  gtk_stack_set_visible_child_name (self->editor_stack, "status");
}

void
fk_scenarios_page_show_editor (FkScenariosPage *self)
{
  const FkScenario *s = fk_scenarios_page_current (self);
  const char *language = fk_scenarios_page_language (self);
  gboolean names_ok, edit = fk_scenarios_page_can_edit (self), stored, empty;
  int n_cols;
  const FkAnonymizer *anon = fk_scenarios_page_names (self, &names_ok);
  g_autofree char *name = NULL;

  g_clear_pointer (&self->fresh, g_strfreev);
  if (self->study == NULL || s == NULL)
    {
      if (self->study == NULL)
        show_status (self, _("No Study"), NULL);
      else
        show_status (self, _("No Scenario"), _("Add a scenario with the + button to describe it."));
      scroll_to_top_on_switch (self, NULL);
      fk_scenarios_page_update_actions (self);
      return;
    }
  gtk_stack_set_visible_child_name (self->editor_stack, "editor");
  name = fk_scenarios_page_display_name (self, s, self->position);
  gtk_label_set_text (self->name_label, name);
  gtk_widget_set_visible (GTK_WIDGET (self->anon_label), self->anonymizer != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->read_only_label), !fk_scenarios_page_can_write (self));
  n_cols = show_coverage (self, s, anon, names_ok);

  if (self->candidates != NULL && names_ok)
    self->fresh = fk_scenario_generate (s, self->candidates, language, anon);
  /* First shown without (all its) text: the generated text is the
   * scenario's; sections the user edited stay. */
  if (!has_all_text (s, language) && may_store_generated (self, s))
    {
      g_autoptr(GError) error = NULL;
      gboolean ok;

      self->storing = TRUE;
      ok = fk_study_regenerate_scenario (self->study, s->id, language,
                                         fk_round_snapshot_get_round_id (fk_candidates_get_snapshot (self->candidates)),
                                         (const char * const *) self->fresh, NULL, &error);
      self->storing = FALSE;
      /* Another program's lock: the user asked for nothing, and the
       * next show tries again. */
      if (!ok && !g_error_matches (error, FK_ERROR, FK_ERROR_BUSY))
        fk_scenarios_page_fail (self, error);
      refresh_current (self);
      s = fk_scenarios_page_current (self);
    }
  stored = anon == NULL && has_text (s, language);
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    {
      g_autofree char *heading = fk_scenario_section_get_heading (i, language);
      const FkScenarioText *t = stored ? fk_scenario_get_text (s, language, i) : NULL;
      const char *text = t != NULL ? t->text : self->fresh ? self->fresh[i] : "";

      gtk_label_set_text (self->heading[i], heading);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->view[i]), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
      /* What the user typed stays until it is stored, whatever happens. */
      if (!(self->dirty & (1u << i)))
        set_buffer_text (self, i, text);
      gtk_text_view_set_editable (self->view[i], edit && stored);
      gtk_text_view_set_cursor_visible (self->view[i], edit && stored);
    }
  gtk_widget_set_visible (self->changed_box,
                          edit && stored && self->fresh != NULL && fk_scenarios_page_has_levels (self) &&
                          text_is_old (s, language, (const char * const *) self->fresh));
  empty = nothing_to_describe (self, s, n_cols);
  gtk_widget_set_visible (GTK_WIDGET (self->new_note), empty);
  gtk_widget_set_visible (GTK_WIDGET (self->sections_box), !empty);
  update_marks (self);
  scroll_to_top_on_switch (self, s);
  fk_scenarios_page_update_actions (self);
}

/* ---- plain text and copying ------------------------------------------------------------ */

/* The texts of @s to hand on, in the content language: what the editor
 * shows for the scenario in it (typed text included), else what is
 * stored, else (and anonymised) text generated now, as the CLI prints. */
static GStrv
texts_of (FkScenariosPage  *self,
          const FkScenario *s)
{
  const char *language = fk_scenarios_page_language (self);
  gboolean names_ok;
  const FkAnonymizer *anon = fk_scenarios_page_names (self, &names_ok);
  GStrv texts;

  if (s == fk_scenarios_page_current (self))
    {
      texts = g_new0 (char *, FK_N_SCENARIO_SECTIONS + 1);
      for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
        texts[i] = buffer_text (self->view[i]);
      return texts;
    }
  return fk_scenario_get_report_texts (s, names_ok ? self->candidates : NULL, language, anon, NULL);
}

/* One scenario as fk_scenario_format_plain() gives it. */
static char *
plain_text_of (FkScenariosPage  *self,
               const FkScenario *s,
               guint             position)
{
  g_autofree char *name = fk_scenarios_page_display_name (self, s, position);
  g_auto(GStrv) texts = texts_of (self, s);

  return fk_scenario_format_plain (name, fk_scenarios_page_language (self), (const char * const *) texts);
}

char *
fk_scenarios_page_get_text (FkScenariosPage *self)
{
  const FkScenario *s;
  g_autofree char *plain = NULL;

  g_return_val_if_fail (FK_IS_SCENARIOS_PAGE (self), NULL);

  s = fk_scenarios_page_current (self);
  if (s == NULL)
    return NULL;
  plain = plain_text_of (self, s, self->position);
  return g_strconcat (plain, "\n", NULL);
}

char *
fk_scenarios_page_get_all_text (FkScenariosPage *self)
{
  GString *out;

  g_return_val_if_fail (FK_IS_SCENARIOS_PAGE (self), NULL);

  if (self->scenarios == NULL || self->scenarios->len == 0)
    return NULL;
  out = g_string_new (NULL);
  for (guint i = 0; i < self->scenarios->len; i++)
    {
      g_autofree char *plain = plain_text_of (self, g_ptr_array_index (self->scenarios, i), i);

      g_string_append_printf (out, "%s%s\n", i > 0 ? "\n" : "", plain);
    }
  return g_string_free (out, FALSE);
}

static void
copy_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  FkScenariosPage *self = user_data;
  g_autofree char *text = fk_scenarios_page_get_text (self);
  g_autofree char *title = NULL;

  if (text == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  /* Translators: %s is a scenario's name */
  title = g_strdup_printf (_("The text of “%s” is copied"), gtk_label_get_text (self->name_label));
  fk_scenarios_page_toast (self, title);
}

/* "copy-all": every scenario, for pasting into the report. */
static void
copy_all_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  FkScenariosPage *self = user_data;
  g_autofree char *text = fk_scenarios_page_get_all_text (self);
  g_autofree char *title = NULL;
  guint n = self->scenarios != NULL ? self->scenarios->len : 0;

  if (text == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  title = g_strdup_printf (ngettext ("The text of %u scenario is copied",
                                     "The text of all %u scenarios is copied", n), n);
  fk_scenarios_page_toast (self, title);
}

/* ---- the sections' widgets ---------------------------------------------------------------- */

static GtkWidget *
section_new (FkScenariosPage *self,
             int              i)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkTextBuffer *buffer;
  GtkEventController *focus;

  self->heading[i] = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->heading[i], 0);
  gtk_label_set_wrap (self->heading[i], TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->heading[i]), "title-3");
  gtk_widget_set_hexpand (GTK_WIDGET (self->heading[i]), TRUE);
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->heading[i]));

  /* Translators: marks a section of a scenario's text that the user has changed */
  self->mark[i] = gtk_label_new (_("Your text"));
  gtk_widget_set_tooltip_text (self->mark[i], _("You changed this section: regenerating keeps your text."));
  gtk_widget_add_css_class (self->mark[i], "accent");
  gtk_widget_set_valign (self->mark[i], GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (top), self->mark[i]);

  self->use_generated[i] = gtk_button_new_with_mnemonic (_("Use _Generated Text"));
  gtk_widget_set_tooltip_text (self->use_generated[i], _("Put back the text as generated from the scores, in place of yours"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->use_generated[i]), "scenarios.use-generated");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->use_generated[i]), "i", i);
  gtk_widget_set_valign (self->use_generated[i], GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->use_generated[i], "flat");
  gtk_box_append (GTK_BOX (top), self->use_generated[i]);
  gtk_box_append (GTK_BOX (box), top);

  /* As tall as its text from the first show: the page scrolls, not the view. */
  self->view[i] = GTK_TEXT_VIEW (fk_growing_text_view_new ());
  gtk_text_view_set_wrap_mode (self->view[i], GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (self->view[i], 12);
  gtk_text_view_set_right_margin (self->view[i], 12);
  gtk_text_view_set_top_margin (self->view[i], 12);
  gtk_text_view_set_bottom_margin (self->view[i], 12);
  gtk_text_view_set_pixels_below_lines (self->view[i], 2);
  gtk_text_view_set_accepts_tab (self->view[i], FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view[i]), "fk-scenario-text");
  buffer = gtk_text_view_get_buffer (self->view[i]);
  /* Typing is undone in the view (Ctrl+Z), before the page's Undo. */
  gtk_text_buffer_set_enable_undo (buffer, TRUE);
  g_object_set_data (G_OBJECT (buffer), "section", GINT_TO_POINTER (i));
  g_signal_connect (buffer, "changed", G_CALLBACK (on_buffer_changed), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view[i]), focus);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->view[i]));
  gtk_box_append (GTK_BOX (box), frame);
  return box;
}

void
fk_scenarios_page_init_editor (FkScenariosPage *self)
{
  static const GActionEntry entries[] = {
    { .name = "copy", .activate = copy_action },
    { .name = "copy-all", .activate = copy_all_action },
    { .name = "restore-text", .activate = restore_text_action, .parameter_type = "(xsis)" },
    { .name = "use-generated", .activate = use_generated_action, .parameter_type = "i" },
    { .name = "save", .activate = save_action },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  fk_scenarios_page_init_choosers (self);
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    gtk_box_append (self->sections_box, section_new (self, i));
}

void
fk_scenarios_page_dispose_editor (FkScenariosPage *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);
  dismiss_failure (self);
  /* The buffers outlive nothing of ours, but their handlers point here. */
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    if (self->view[i] != NULL)
      {
        g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (self->view[i]), self);
        self->view[i] = NULL;
      }
}
