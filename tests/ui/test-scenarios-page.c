/* test-scenarios-page.c — the Scenarios page (issue 14)
 *
 * A Fyrbodal study filled with the scenario fixture's scores
 * (tests/core/scenario-fixture.h: security weak in the five small
 * municipalities, Uddevalla the strongest host, Trollhättan and
 * Vänersborg not interested). The page lists the four defaults; adding,
 * renaming, moving and deleting change the study and the list; a
 * scenario shows its sections with the generated text, stored on first
 * show; an edit is stored as the user's and survives regenerating; the
 * regenerate dialog lists the sections that change; copying puts the
 * headings and the text on the clipboard; a read-only study allows no
 * change; anonymised, no municipality is named anywhere on the page.
 * The candidates are computed in a worker thread: the test iterates the
 * main loop until the page is done, never sleeps.
 * Set FK_TEST_OUTPUT_DIR to keep PNGs of the page. */
#include "config.h"

#include "fk-scenarios-page.h"
#include "fk-scenario-text-saver.h"
#include "fk-window.h"
#include "fk-core.h"
#include "fk-test-util.h"
#include "shell-test-util.h"

/* The fixture's other helpers are for core tests. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#include "scenario-fixture.h"
#pragma GCC diagnostic pop

#include <adwaita.h>
#include <string.h>

typedef struct {
  char            *dir;
  FkStudy         *study;
  GtkWidget       *window;
  FkScenariosPage *page;
} Fixture;

/* The fixture's scores, with @change (nullable) after them. */
static void
fill_study (FkStudy *study,
            void   (*change) (FkScore *score, guint row))
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  FkRegion *region = fk_study_get_region (study);
  FkModel *model = fk_study_get_model (study);

  for (guint r = 0; r < region->municipalities->len; r++)
    for (guint c = 0; c < model->capabilities->len; c++)
      {
        const FkMunicipality *m = g_ptr_array_index (region->municipalities, r);
        const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
        FkScore *s = fk_score_new (fk_study_get_latest_round (study)->id, m->code, cap->key);

        fixture_score (s, r);
        if (change != NULL)
          change (s, r);
        g_ptr_array_add (scores, s);
      }
  fk_study_set_scores (study, scores, &error);
  g_assert_no_error (error);
}

/* Dals-Ed catches up on security: the numbers of the text change. */
static void
dalsed_catches_up (FkScore *s,
                   guint    row)
{
  if (row == DALSED && key_in (s->capability, sak_keys, G_N_ELEMENTS (sak_keys)))
    {
      s->current = 4;
      s->sustain = FK_SUSTAIN_YES;
    }
}

static void
wait_done (FkScenariosPage *page)
{
  while (fk_scenarios_page_is_busy (page))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
draw (GtkWidget *window)
{
  for (int i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (window);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("fk-scenarios-page-XXXXXX", &error);
  g_assert_no_error (error);
  f->study = shell_test_create_study (f->dir, "scen.fkarta", "Scenarier", NULL);
  fill_study (f->study, NULL);
}

static void
show_page (Fixture *f,
           int      width)
{
  f->window = gtk_window_new ();
  f->page = FK_SCENARIOS_PAGE (fk_scenarios_page_new ());
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, 900);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  fk_scenarios_page_set_study (f->page, f->study);
  gtk_window_present (GTK_WINDOW (f->window));
  draw (f->window);
  wait_done (f->page);
  draw (f->window);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->window != NULL)
    shell_test_destroy_window (f->window);
  g_assert_finalize_object (f->study);
  shell_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GPtrArray *
list_scenarios (FkStudy *study)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *scenarios = fk_study_list_scenarios (study, &error);

  g_assert_no_error (error);
  return scenarios;
}

static guint
n_rows (FkScenariosPage *page)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (fk_scenarios_page_get_list (page), n) != NULL)
    n++;
  return n;
}

static const char *
row_text (FkScenariosPage *page,
          guint            i)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (fk_scenarios_page_get_list (page), i);

  g_assert_nonnull (row);
  return gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (row)));
}

static char *
view_text (FkScenariosPage  *page,
           FkScenarioSection section)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (fk_scenarios_page_get_section_view (page, section));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
select_kind (Fixture        *f,
             FkScenarioKind  kind)
{
  g_autoptr(GPtrArray) scenarios = list_scenarios (f->study);

  for (guint i = 0; i < scenarios->len; i++)
    {
      FkScenario *s = g_ptr_array_index (scenarios, i);

      if (s->kind == kind)
        {
          fk_scenarios_page_select (f->page, s->id);
          g_assert_cmpint (fk_scenarios_page_get_selected (f->page), ==, s->id);
          draw (f->window);
          return;
        }
    }
  g_assert_not_reached ();
}

static FkScenario *
selected_in_study (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  FkScenario *s = fk_study_get_scenario (f->study, fk_scenarios_page_get_selected (f->page), &error);

  g_assert_no_error (error);
  return s;
}

static void
test_defaults (Fixture       *f,
               gconstpointer  data)
{
  static const FkScenarioKind kinds[] = {
    FK_SCENARIO_BASELINE, FK_SCENARIO_NETWORK, FK_SCENARIO_SELECTED, FK_SCENARIO_JOINT,
  };

  show_page (f, 1400);
  shell_test_save_png (f->window, "scenarios-page.png");
  g_assert_cmpuint (n_rows (f->page), ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (row_text (f->page, i), ==, fk_text_get (fk_scenario_kind_get_name (kinds[i]), "en"));
  /* The first is selected and shown. */
  g_assert_true (gtk_list_box_row_is_selected (gtk_list_box_get_row_at_index (fk_scenarios_page_get_list (f->page), 0)));
  g_assert_nonnull (shell_test_find_label (fk_scenarios_page_get_editor (f->page),
                                           fk_text_get (fk_scenario_kind_get_name (FK_SCENARIO_BASELINE), "en")));
}

static void
test_list_changes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) before = NULL, after = NULL, moved = NULL, deleted = NULL;
  AdwMessageDialog *dialog;
  gint64 id;

  show_page (f, 1400);
  before = list_scenarios (f->study);
  /* Added at the end and selected; the name is plain text. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.add", "s", "Mitt <b>&amp; scenario");
  after = list_scenarios (f->study);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  id = ((FkScenario *) g_ptr_array_index (after, 4))->id;
  g_assert_cmpint (fk_scenarios_page_get_selected (f->page), ==, id);
  g_assert_cmpuint (n_rows (f->page), ==, 5);
  g_assert_cmpstr (row_text (f->page, 4), ==, "Mitt <b>&amp; scenario");
  g_assert_true (gtk_list_box_row_is_selected (gtk_list_box_get_row_at_index (fk_scenarios_page_get_list (f->page), 4)));

  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.set-name", "s", "Delad e-arkivtjänst");
  g_clear_pointer (&after, g_ptr_array_unref);
  after = list_scenarios (f->study);
  g_assert_cmpstr (fk_text_get (&((FkScenario *) g_ptr_array_index (after, 4))->name, "en"), ==, "Delad e-arkivtjänst");
  g_assert_cmpstr (row_text (f->page, 4), ==, "Delad e-arkivtjänst");

  /* Up one, by the action Ctrl+Up triggers. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.move-up", NULL);
  moved = list_scenarios (f->study);
  g_assert_cmpint (((FkScenario *) g_ptr_array_index (moved, 3))->id, ==, id);
  g_assert_cmpstr (row_text (f->page, 3), ==, "Delad e-arkivtjänst");
  g_assert_cmpint (fk_scenarios_page_get_selected (f->page), ==, id);

  /* Deleting asks, naming it; Cancel keeps it. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.delete", NULL);
  dialog = shell_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Delad e-arkivtjänst"));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (n_rows (f->page), ==, 5);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.delete", NULL);
  dialog = shell_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "delete");
  gtk_window_destroy (GTK_WINDOW (dialog));
  deleted = list_scenarios (f->study);
  g_assert_cmpuint (deleted->len, ==, 4);
  for (guint i = 0; i < deleted->len; i++)
    g_assert_cmpint (((FkScenario *) g_ptr_array_index (deleted, i))->id, !=, id);
  g_assert_cmpuint (n_rows (f->page), ==, 4);
  g_assert_cmpint (fk_scenarios_page_get_selected (f->page), !=, 0);
  g_assert_cmpint (fk_scenarios_page_get_selected (f->page), !=, id);
}

static void
test_generated_text (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(FkScenario) stored = NULL;
  g_autofree char *participants = NULL, *capabilities = NULL;
  g_autofree char *heading = fk_scenario_section_get_heading (FK_SCENARIO_SECTION_PARTICIPANTS, "en");
  const char *udde = ((FkMunicipality *) g_ptr_array_index (fk_study_get_region (f->study)->municipalities, UDDEVALLA))->name;
  g_autofree char *host_line = NULL;
  const FkCapability *cap = fk_model_lookup (fk_study_get_model (f->study), sak_keys[0]);

  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_SELECTED);
  shell_test_save_png (f->window, "scenarios-selected.png");
  g_assert_nonnull (shell_test_find_label (fk_scenarios_page_get_editor (f->page), heading));
  participants = view_text (f->page, FK_SCENARIO_SECTION_PARTICIPANTS);
  /* 12 of the region's 14 take part; Uddevalla hosts security. */
  g_assert_nonnull (strstr (participants, "Of the region's 14 municipalities, 12 take part"));
  g_assert_nonnull (strstr (participants, udde));
  capabilities = view_text (f->page, FK_SCENARIO_SECTION_CAPABILITIES);
  g_assert_nonnull (strstr (capabilities, fk_text_get (&cap->name, "en")));
  /* What it covers: the capability with its host. */
  host_line = g_strdup_printf ("%s (host: %s)", fk_text_get (&cap->name, "en"), udde);
  g_assert_nonnull (shell_test_find_label (fk_scenarios_page_get_editor (f->page), host_line));
  /* Stored on first show, as generated, in the study's language. */
  stored = selected_in_study (f);
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    {
      const FkScenarioText *t = fk_scenario_get_text (stored, "en", i);
      g_autofree char *shown = view_text (f->page, i);

      g_assert_nonnull (t);
      g_assert_false (t->edited);
      g_assert_cmpstr (t->text, ==, shown);
    }
  g_assert_cmpint (stored->generated_round, ==, fk_study_get_latest_round (f->study)->id);
}

/* Until the page's debounce has stored the edit. */
static void
wait_stored (Fixture          *f,
             FkScenarioSection section)
{
  for (;;)
    {
      g_autoptr(FkScenario) s = selected_in_study (f);
      const FkScenarioText *t = fk_scenario_get_text (s, "en", section);

      if (t != NULL && t->edited)
        return;
      g_main_context_iteration (NULL, TRUE);
    }
}

static GtkWidget *
find_button_with_label (GtkWidget  *widget,
                        const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button_with_label (child, label)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_edit_and_regenerate (Fixture       *f,
                          gconstpointer  data)
{
  GtkTextBuffer *buffer;
  GtkTextIter end;
  g_autoptr(FkScenario) edited = NULL, after = NULL;
  g_autofree char *mine = NULL, *heading_summary = NULL, *heading_caps = NULL;
  GtkWindow *dialog;
  const FkScenarioText *t;

  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_SELECTED);
  g_assert_null (fk_scenarios_page_regenerate (f->page));   /* up to date: nothing to show */

  /* Typed: stored after the pause, as the user's. */
  buffer = gtk_text_view_get_buffer (fk_scenarios_page_get_section_view (f->page, FK_SCENARIO_SECTION_SUMMARY));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, " Vi i styrgruppen tror på detta.", -1);
  wait_stored (f, FK_SCENARIO_SECTION_SUMMARY);
  mine = view_text (f->page, FK_SCENARIO_SECTION_SUMMARY);
  edited = selected_in_study (f);
  t = fk_scenario_get_text (edited, "en", FK_SCENARIO_SECTION_SUMMARY);
  g_assert_cmpstr (t->text, ==, mine);
  g_assert_nonnull (shell_test_find_label (fk_scenarios_page_get_editor (f->page), "Your text"));

  /* New scores: the editor says so, and the dialog shows what changes. */
  fill_study (f->study, dalsed_catches_up);
  wait_done (f->page);
  draw (f->window);
  g_assert_nonnull (shell_test_find_label (fk_scenarios_page_get_editor (f->page),
                                           "The scores or the scenario’s capabilities or participants have changed since the text was generated, so the text may be out of date."));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (shell_test_find_label (fk_scenarios_page_get_editor (f->page),
                                                                                                   "The scores or the scenario’s capabilities or participants have changed since the text was generated, so the text may be out of date.")))));
  dialog = fk_scenarios_page_regenerate (f->page);
  g_assert_nonnull (dialog);
  draw (GTK_WIDGET (dialog));
  shell_test_save_png (GTK_WIDGET (dialog), "scenarios-regenerate.png");
  heading_caps = fk_scenario_section_get_heading (FK_SCENARIO_SECTION_CAPABILITIES, "en");
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (dialog), heading_caps));
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (dialog), "The text will be replaced."));
  /* The user's text is kept: the summary is listed only if its new text differs. */
  heading_summary = fk_scenario_section_get_heading (FK_SCENARIO_SECTION_SUMMARY, "en");
  if (shell_test_find_label (GTK_WIDGET (dialog), heading_summary) != NULL)
    g_assert_nonnull (shell_test_find_label (GTK_WIDGET (dialog), "Your text is kept; the new text is shown for reference."));
  g_signal_emit_by_name (find_button_with_label (gtk_window_get_titlebar (dialog), "_Regenerate"), "clicked");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  after = selected_in_study (f);
  t = fk_scenario_get_text (after, "en", FK_SCENARIO_SECTION_SUMMARY);
  g_assert_true (t->edited);
  g_assert_cmpstr (t->text, ==, mine);
  t = fk_scenario_get_text (after, "en", FK_SCENARIO_SECTION_CAPABILITIES);
  g_assert_false (t->edited);
  {
    g_autofree char *shown = view_text (f->page, FK_SCENARIO_SECTION_CAPABILITIES);
    g_autofree char *before = NULL;

    g_assert_cmpstr (shown, ==, t->text);
    before = g_strdup (fk_scenario_get_text (edited, "en", FK_SCENARIO_SECTION_CAPABILITIES)->text);
    g_assert_cmpstr (shown, !=, before);
  }
  g_assert_null (fk_scenarios_page_regenerate (f->page));

  /* Back to the generated text: the mark goes. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.use-generated", "i", FK_SCENARIO_SECTION_SUMMARY);
  {
    g_autoptr(FkScenario) back = selected_in_study (f);
    g_autofree char *shown = view_text (f->page, FK_SCENARIO_SECTION_SUMMARY);

    t = fk_scenario_get_text (back, "en", FK_SCENARIO_SECTION_SUMMARY);
    g_assert_false (t->edited);
    g_assert_cmpstr (shown, ==, t->generated);
  }
}

/* An edit not yet stored is stored when another scenario is chosen. */
static void
test_flush_on_switch (Fixture       *f,
                      gconstpointer  data)
{
  GtkTextBuffer *buffer;
  gint64 id;
  g_autoptr(FkScenario) s = NULL;
  g_autoptr(GError) error = NULL;

  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_NETWORK);
  id = fk_scenarios_page_get_selected (f->page);
  buffer = gtk_text_view_get_buffer (fk_scenarios_page_get_section_view (f->page, FK_SCENARIO_SECTION_RISKS));
  gtk_text_buffer_set_text (buffer, "Våra egna risker.", -1);
  select_kind (f, FK_SCENARIO_JOINT);
  s = fk_study_get_scenario (f->study, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_scenario_get_text (s, "en", FK_SCENARIO_SECTION_RISKS)->text, ==, "Våra egna risker.");
  g_assert_true (fk_scenario_get_text (s, "en", FK_SCENARIO_SECTION_RISKS)->edited);
}

/* Typed in English, then the content language turns Swedish before the
 * pause is over: the text is stored as English. */
static void
test_language_switch (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new ("se.fyrbodal.Formagekarta");
  GtkTextBuffer *buffer;
  g_autoptr(FkScenario) s = NULL;
  g_autofree char *heading = fk_scenario_section_get_heading (FK_SCENARIO_SECTION_SUMMARY, "sv");
  const FkScenarioText *sv;

  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_NETWORK);
  buffer = gtk_text_view_get_buffer (fk_scenarios_page_get_section_view (f->page, FK_SCENARIO_SECTION_SUMMARY));
  gtk_text_buffer_set_text (buffer, "Typed in English.", -1);
  g_settings_set_string (settings, "export-language", "sv");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  s = selected_in_study (f);
  g_assert_cmpstr (fk_scenario_get_text (s, "en", FK_SCENARIO_SECTION_SUMMARY)->text, ==, "Typed in English.");
  g_assert_true (fk_scenario_get_text (s, "en", FK_SCENARIO_SECTION_SUMMARY)->edited);
  /* The Swedish text is generated for the page, not the English edit. */
  sv = fk_scenario_get_text (s, "sv", FK_SCENARIO_SECTION_SUMMARY);
  g_assert_nonnull (sv);
  g_assert_false (sv->edited);
  g_assert_nonnull (shell_test_find_label (fk_scenarios_page_get_editor (f->page), heading));
  g_settings_reset (settings, "export-language");
}

static void
got_text (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  char **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

static void
test_copy (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *text = NULL, *expected_start = NULL;
  GdkClipboard *clipboard;

  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_SELECTED);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.copy", NULL);
  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->page));
  gdk_clipboard_read_text_async (clipboard, NULL, got_text, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  expected_start = g_strdup_printf ("%s\n\n", fk_text_get (fk_scenario_kind_get_name (FK_SCENARIO_SELECTED), "en"));
  g_assert_true (g_str_has_prefix (text, expected_start));
  /* Each heading on its own line, its text under it (as the CLI prints). */
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    {
      g_autofree char *heading = fk_scenario_section_get_heading (i, "en");
      g_autofree char *body = view_text (f->page, i);
      g_autofree char *block = g_strdup_printf ("\n\n%s\n%s", heading, g_strstrip (body));

      g_assert_nonnull (strstr (text, block));
    }
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = find_action_button (child, action)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  static const char *const actions[] = {
    "scenarios.new", "scenarios.rename", "scenarios.move-up", "scenarios.move-down",
    "scenarios.delete", "scenarios.regenerate",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (fk_study_get_path (f->study));
  FkStudy *ro;
  g_autoptr(GPtrArray) before = NULL, after = NULL;

  /* Text stored before, so that the read-only page has some to show. */
  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_SELECTED);
  shell_test_destroy_window (f->window);
  f->window = NULL;
  before = list_scenarios (f->study);
  ro = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (f->study);
  f->study = ro;
  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_SELECTED);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWidget *button = find_action_button (GTK_WIDGET (f->page), actions[i]);

      g_assert_nonnull (button);
      g_assert_false (gtk_widget_is_sensitive (button));
    }
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    g_assert_false (gtk_text_view_get_editable (fk_scenarios_page_get_section_view (f->page, i)));
  g_assert_nonnull (shell_test_find_label (fk_scenarios_page_get_editor (f->page),
                                           "The study is read-only: the text cannot be edited or stored."));
  /* Nor through the actions. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.add", "s", "Nej");
  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.move-up", NULL);
  after = list_scenarios (f->study);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < after->len; i++)
    g_assert_cmpint (((FkScenario *) g_ptr_array_index (after, i))->id, ==,
                     ((FkScenario *) g_ptr_array_index (before, i))->id);
}

static void
assert_names_nobody (Fixture *f)
{
  FkRegion *region = fk_study_get_region (f->study);
  g_autoptr(GPtrArray) labels = shell_test_collect_labels (GTK_WIDGET (f->page));

  for (guint m = 0; m < region->municipalities->len; m++)
    {
      const char *name = ((FkMunicipality *) g_ptr_array_index (region->municipalities, m))->name;

      for (guint i = 0; i < labels->len; i++)
        if (strstr (gtk_label_get_text (labels->pdata[i]), name) != NULL)
          g_error ("label “%s” names %s", gtk_label_get_text (labels->pdata[i]), name);
      for (int s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
        {
          g_autofree char *text = view_text (f->page, s);

          if (strstr (text, name) != NULL)
            g_error ("section %d names %s: %s", s, name, text);
        }
    }
}

static void
test_anonymised (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new_for_study (f->study, NULL, &error);
  static const FkScenarioKind kinds[] = {
    FK_SCENARIO_BASELINE, FK_SCENARIO_NETWORK, FK_SCENARIO_SELECTED, FK_SCENARIO_JOINT,
  };
  g_autofree char *participants = NULL;
  g_autoptr(FkScenario) stored = NULL;

  g_assert_no_error (error);
  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_SELECTED);   /* its text with names is stored */
  fk_scenarios_page_set_anonymizer (f->page, anon);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      select_kind (f, kinds[k]);
      assert_names_nobody (f);
      for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
        g_assert_false (gtk_text_view_get_editable (fk_scenarios_page_get_section_view (f->page, i)));
    }
  select_kind (f, FK_SCENARIO_SELECTED);
  shell_test_save_png (f->window, "scenarios-anonymised.png");
  participants = view_text (f->page, FK_SCENARIO_SECTION_PARTICIPANTS);
  g_assert_nonnull (strstr (participants, fk_anonymizer_get_letter (anon, "1485")));   /* Uddevalla, the host */
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (f->page), "scenarios.regenerate")));
  /* The stored text keeps its names: anonymising never writes. */
  stored = selected_in_study (f);
  g_assert_nonnull (strstr (fk_scenario_get_text (stored, "en", FK_SCENARIO_SECTION_PARTICIPANTS)->text, "Uddevalla"));
}

/* A click selects the row on press and activates it on release: the
 * same row both times, which must still be in the list. */
static void
test_click_row (Fixture       *f,
                gconstpointer  data)
{
  GtkListBox *list;
  GtkListBoxRow *row;
  g_autoptr(GPtrArray) scenarios = NULL;

  show_page (f, 1400);
  list = fk_scenarios_page_get_list (f->page);
  row = gtk_list_box_get_row_at_index (list, 2);
  gtk_list_box_select_row (list, row);
  g_signal_emit_by_name (list, "row-activated", row);
  draw (f->window);
  scenarios = list_scenarios (f->study);
  g_assert_cmpint (fk_scenarios_page_get_selected (f->page), ==, ((FkScenario *) g_ptr_array_index (scenarios, 2))->id);
  g_assert_true (gtk_list_box_get_selected_row (list) == gtk_list_box_get_row_at_index (list, 2));
  g_assert_nonnull (shell_test_find_label (fk_scenarios_page_get_editor (f->page),
                                           fk_text_get (fk_scenario_kind_get_name (FK_SCENARIO_SELECTED), "en")));
}

/* About 400 px: one pane at a time, with a way back to the list. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *leaflet;

  show_page (f, 400);
  leaflet = gtk_widget_get_ancestor (GTK_WIDGET (fk_scenarios_page_get_list (f->page)), ADW_TYPE_LEAFLET);
  g_assert_true (adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));
  g_signal_emit_by_name (fk_scenarios_page_get_list (f->page), "row-activated",
                         gtk_list_box_get_row_at_index (fk_scenarios_page_get_list (f->page), 2));
  draw (f->window);
  shell_test_save_png (f->window, "scenarios-narrow.png");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (ADW_LEAFLET (leaflet)), ==, "editor");
  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.back", NULL);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (ADW_LEAFLET (leaflet)), ==, "list");
}

/* In the window: after Candidates in the switcher, Alt+6, remembered
 * as the last view, and the window's study and anonymizer. */
static void
test_in_window (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new ("se.fyrbodal.Formagekarta");
  FkWindow *window;
  AdwViewStack *stack;
  GtkWidget *page;
  GtkSelectionModel *pages;
  g_autofree char *before = NULL;

  window = fk_window_new (NULL, f->study);
  f->window = GTK_WIDGET (window);
  gtk_window_present (GTK_WINDOW (window));
  draw (f->window);
  stack = ADW_VIEW_STACK (shell_test_find_matching (f->window, shell_test_is_a, GSIZE_TO_POINTER (ADW_TYPE_VIEW_STACK)));
  g_assert_nonnull (stack);
  pages = adw_view_stack_get_pages (stack);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) p = g_list_model_get_item (G_LIST_MODEL (pages), i);

      if (g_strcmp0 (adw_view_stack_page_get_name (p), "scenarios") == 0)
        break;
      g_free (before);
      before = g_strdup (adw_view_stack_page_get_name (p));
    }
  g_object_unref (pages);
  g_assert_cmpstr (before, ==, "candidates");

  gtk_widget_activate_action (f->window, "win.show-page", "s", "scenarios");
  g_assert_cmpstr (fk_window_get_visible_page (window), ==, "scenarios");
  page = adw_view_stack_get_child_by_name (stack, "scenarios");
  f->page = FK_SCENARIOS_PAGE (page);
  g_assert_true (fk_scenarios_page_get_study (f->page) == f->study);
  wait_done (f->page);
  g_assert_cmpuint (n_rows (f->page), ==, 4);
  gtk_widget_activate_action (f->window, "win.show-page", "s", "overview");
  g_assert_cmpstr (fk_window_get_visible_page (window), ==, "overview");

  /* The schema takes it as the last view. */
  {
    g_autoptr(GSettingsSchema) schema = NULL;
    g_autoptr(GSettingsSchemaKey) key = NULL;
    g_autoptr(GVariant) value = g_variant_ref_sink (g_variant_new_string ("scenarios"));

    g_object_get (settings, "settings-schema", &schema, NULL);
    key = g_settings_schema_get_key (schema, "last-view");
    g_assert_true (g_settings_schema_key_range_check (key, value));
    g_settings_set_string (settings, "last-view", "scenarios");
    g_settings_reset (settings, "last-view");
  }
}

/* Another program holds the study's write lock (a second connection in
 * BEGIN IMMEDIATE) while the user switches scenario: nothing waits, the
 * typed text stays in its section, marked, the switch waits for it, and
 * once the lock is let go Try Again ("scenarios.save") stores it. */
static void
test_save_fails_keeps_text (Fixture       *f,
                            gconstpointer  data)
{
  static const char *typed = "Text som inte får försvinna.";
  g_autofree char *path = g_strdup (fk_study_get_path (f->study));
  g_autoptr(FkScenario) before = NULL;
  g_autoptr(FkScenario) after = NULL;
  g_autofree char *shown = NULL;
  GtkTextBuffer *buffer;
  sqlite3 *db = NULL;
  gint64 id, other;

  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_JOINT);
  other = fk_scenarios_page_get_selected (f->page);
  select_kind (f, FK_SCENARIO_NETWORK);
  id = fk_scenarios_page_get_selected (f->page);
  before = selected_in_study (f);
  buffer = gtk_text_view_get_buffer (fk_scenarios_page_get_section_view (f->page, FK_SCENARIO_SECTION_RISKS));
  gtk_text_buffer_set_text (buffer, typed, -1);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  fk_scenarios_page_select (f->page, other);
  draw (f->window);
  g_assert_cmpint (fk_scenarios_page_get_selected (f->page), ==, id);
  shown = view_text (f->page, FK_SCENARIO_SECTION_RISKS);
  g_assert_cmpstr (shown, ==, typed);
  g_assert_cmpuint (fk_scenarios_page_count_unsaved (f->page), ==, 1);
  g_assert_false (fk_study_is_read_only (f->study));
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (f->page), "Your text"));
  shell_test_save_png (f->window, "scenarios-save-failed.png");
  /* Focus leaving, the language or the study changing keep it too. */
  g_assert_false (fk_scenarios_page_flush (f->page));
  g_clear_pointer (&shown, g_free);
  shown = view_text (f->page, FK_SCENARIO_SECTION_RISKS);
  g_assert_cmpstr (shown, ==, typed);
  after = selected_in_study (f);
  g_assert_cmpstr (fk_scenario_get_text (after, "en", FK_SCENARIO_SECTION_RISKS)->text, ==,
                   fk_scenario_get_text (before, "en", FK_SCENARIO_SECTION_RISKS)->text);
  g_clear_pointer (&after, fk_scenario_free);

  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.save", NULL);
  g_assert_cmpuint (fk_scenarios_page_count_unsaved (f->page), ==, 0);
  after = selected_in_study (f);
  g_assert_cmpstr (fk_scenario_get_text (after, "en", FK_SCENARIO_SECTION_RISKS)->text, ==, typed);
  g_assert_true (fk_scenario_get_text (after, "en", FK_SCENARIO_SECTION_RISKS)->edited);
  fk_scenarios_page_select (f->page, other);
  g_assert_cmpint (fk_scenarios_page_get_selected (f->page), ==, other);
}

/* A custom scenario named after two municipalities is not named
 * anonymised: not in the list, the heading, the copied text nor the toast. */
static void
test_anonymised_name (Fixture       *f,
                      gconstpointer  data)
{
  static const char *const names[] = { "Uddevalla", "Trollhättan" };
  g_autoptr(GError) error = NULL;
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new_for_study (f->study, NULL, &error);
  g_autoptr(GPtrArray) labels = NULL;
  g_autofree char *text = NULL;
  GdkClipboard *clipboard;
  gint64 id;

  g_assert_no_error (error);
  id = fk_study_add_scenario (f->study, "Uddevalla–Trollhättan IT", &error);
  g_assert_no_error (error);
  show_page (f, 1400);
  fk_scenarios_page_select (f->page, id);
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (f->page), "Uddevalla–Trollhättan IT"));
  fk_scenarios_page_set_anonymizer (f->page, anon);
  draw (f->window);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.copy", NULL);
  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->page));
  gdk_clipboard_read_text_async (clipboard, NULL, got_text, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  draw (f->window);
  labels = shell_test_collect_labels (GTK_WIDGET (f->page));
  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_assert_null (strstr (text, names[n]));
      for (guint i = 0; i < labels->len; i++)
        if (strstr (gtk_label_get_text (labels->pdata[i]), names[n]) != NULL)
          g_error ("label “%s” names %s", gtk_label_get_text (labels->pdata[i]), names[n]);
    }
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (f->page), "Scenario 5"));
  g_assert_true (g_str_has_prefix (text, "Scenario 5\n"));
  shell_test_save_png (f->window, "scenarios-anonymised-name.png");
  assert_names_nobody (f);
}

/* An empty round added after the scored one: the text still comes from
 * the scored round, and Regenerate stays possible. */
static void
test_empty_latest_round (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 scored = fk_study_get_latest_round (f->study)->id;
  g_autoptr(FkScenario) s = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *regenerate;
  gint64 id;

  g_assert_nonnull (fk_study_add_round (f->study, "Tom omgång", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fk_study_get_latest_round (f->study)->id, !=, scored);
  id = fk_study_add_scenario (f->study, "Ny", &error);
  g_assert_no_error (error);
  show_page (f, 1400);
  fk_scenarios_page_select (f->page, id);
  draw (f->window);
  s = selected_in_study (f);
  g_assert_cmpint (s->generated_round, ==, scored);
  g_assert_nonnull (fk_scenario_get_text (s, "en", FK_SCENARIO_SECTION_SUMMARY));
  summary = view_text (f->page, FK_SCENARIO_SECTION_SUMMARY);
  g_assert_cmpstr (summary, ==, fk_scenario_get_text (s, "en", FK_SCENARIO_SECTION_SUMMARY)->text);
  regenerate = find_action_button (GTK_WIDGET (f->page), "scenarios.regenerate");
  g_assert_true (gtk_widget_is_sensitive (regenerate));
}

/* No round with levels: the text is shown, not stored; Regenerate is off
 * and the page says why. */
static void
test_no_levels (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  FkStudy *empty;

  g_assert_finalize_object (f->study);
  shell_test_remove_tree (f->dir);
  g_free (f->dir);
  f->dir = g_dir_make_tmp ("fk-scenarios-page-XXXXXX", &error);
  g_assert_no_error (error);
  empty = shell_test_create_study (f->dir, "tom.fkarta", "Tom", NULL);
  f->study = empty;
  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_SELECTED);
  scenarios = list_scenarios (f->study);
  for (guint i = 0; i < scenarios->len; i++)
    g_assert_cmpuint (((FkScenario *) g_ptr_array_index (scenarios, i))->texts->len, ==, 0);
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (f->page), "scenarios.regenerate")));
  g_assert_nonnull (shell_test_find_label (fk_scenarios_page_get_editor (f->page),
                                           "No round has levels entered yet, so the text below is not stored and cannot be regenerated. Enter scores first."));
}

/* A page that is not shown writes nothing; shown, it stores the text of
 * the scenario it shows. */
static void
test_hidden_page_writes_nothing (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(FkScenario) s = NULL;
  FkScenariosPage *page = FK_SCENARIOS_PAGE (g_object_ref_sink (fk_scenarios_page_new ()));

  scenarios = list_scenarios (f->study);
  fk_scenarios_page_set_study (page, f->study);
  fk_scenarios_page_select (page, ((FkScenario *) g_ptr_array_index (scenarios, 2))->id);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_pointer (&scenarios, g_ptr_array_unref);
  scenarios = list_scenarios (f->study);
  for (guint i = 0; i < scenarios->len; i++)
    g_assert_cmpuint (((FkScenario *) g_ptr_array_index (scenarios, i))->texts->len, ==, 0);
  g_object_unref (page);

  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_SELECTED);
  s = selected_in_study (f);
  g_assert_cmpuint (s->texts->len, ==, FK_N_SCENARIO_SECTIONS);
}

/* A study from before schema 5 kept one body text: the summary, stored
 * as the user's. Shown, the other sections are stored beside it and the
 * "scores changed" note does not show. */
static void
test_only_summary_stored (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scenarios = list_scenarios (f->study);
  g_autoptr(FkScenario) s = NULL;
  const FkScenario *joint = NULL;
  GtkLabel *note;

  for (guint i = 0; i < scenarios->len; i++)
    if (((FkScenario *) g_ptr_array_index (scenarios, i))->kind == FK_SCENARIO_JOINT)
      joint = g_ptr_array_index (scenarios, i);
  g_assert_true (fk_study_set_scenario_text (f->study, joint->id, "en", FK_SCENARIO_SECTION_SUMMARY,
                                             "Vår gamla text.", &error));
  g_assert_no_error (error);
  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_JOINT);
  s = selected_in_study (f);
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    g_assert_nonnull (fk_scenario_get_text (s, "en", i));
  g_assert_cmpstr (fk_scenario_get_text (s, "en", FK_SCENARIO_SECTION_SUMMARY)->text, ==, "Vår gamla text.");
  g_assert_true (fk_scenario_get_text (s, "en", FK_SCENARIO_SECTION_SUMMARY)->edited);
  note = shell_test_find_label (fk_scenarios_page_get_editor (f->page),
                                "The scores or the scenario’s capabilities or participants have changed since the text was generated, so the text may be out of date.");
  g_assert_nonnull (note);
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (note)));
}

/* ---- the finished page: sizes, keys, undo, copy all ---------------------- */

/* Every section's view is tall enough for its whole text at its width,
 * the first time it is shown and after switching scenario: the page
 * scrolls, the views never hide a line. */
static void
assert_views_show_all_text (Fixture *f)
{
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    {
      GtkTextView *view = fk_scenarios_page_get_section_view (f->page, i);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
      GtkTextIter end;
      GdkRectangle last;
      int height = gtk_widget_get_height (GTK_WIDGET (view));

      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_view_get_iter_location (view, &end, &last);
      /* The last line in buffer coordinates, with the margins. */
      g_assert_cmpint (height, >=, last.y + last.height +
                       gtk_text_view_get_top_margin (view) + gtk_text_view_get_bottom_margin (view));
    }
}

static void
test_natural_height (Fixture       *f,
                     gconstpointer  data)
{
  show_page (f, 1400);
  assert_views_show_all_text (f);
  select_kind (f, FK_SCENARIO_JOINT);
  draw (f->window);
  assert_views_show_all_text (f);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 900);
  draw (f->window);
  assert_views_show_all_text (f);
}


static char *
read_clipboard (Fixture *f)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (f->page)), NULL, got_text, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  return text;
}

/* Ctrl+Shift+C copies every scenario in the list's order, each as
 * fk_scenario_format_plain() gives it (the CLI's format), the one in the
 * editor with what is typed and not yet stored. */
static void
test_copy_all (Fixture       *f,
               gconstpointer  data)
{
  static const char *typed = "Text som ännu inte är sparad.";
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(GString) want = g_string_new (NULL);
  g_autofree char *text = NULL;
  GMenuModel *menu;
  GtkWidget *split;
  gboolean offered = FALSE;

  show_page (f, 1400);
  /* Each shown once: each has stored text. */
  select_kind (f, FK_SCENARIO_NETWORK);
  select_kind (f, FK_SCENARIO_SELECTED);
  select_kind (f, FK_SCENARIO_JOINT);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (fk_scenarios_page_get_section_view (f->page, FK_SCENARIO_SECTION_RISKS)),
                            typed, -1);
  g_assert_true (shell_test_press (f->page, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  text = read_clipboard (f);

  scenarios = list_scenarios (f->study);
  g_assert_cmpuint (scenarios->len, ==, 4);
  for (guint i = 0; i < scenarios->len; i++)
    {
      const FkScenario *sc = g_ptr_array_index (scenarios, i);
      const char *texts[FK_N_SCENARIO_SECTIONS];
      g_autofree char *plain = NULL;

      for (int k = 0; k < FK_N_SCENARIO_SECTIONS; k++)
        {
          const FkScenarioText *t = fk_scenario_get_text (sc, "en", k);

          g_assert_nonnull (t);
          texts[k] = sc->kind == FK_SCENARIO_JOINT && k == FK_SCENARIO_SECTION_RISKS ? typed : t->text;
        }
      plain = fk_scenario_format_plain (fk_text_get (&sc->name, "en"), "en", texts);
      g_string_append_printf (want, "%s%s\n", i > 0 ? "\n" : "", plain);
    }
  g_assert_cmpstr (text, ==, want->str);
  g_assert_nonnull (strstr (text, typed));

  /* The Copy button's menu offers it. */
  split = shell_test_find_matching (GTK_WIDGET (f->page), shell_test_is_a, GSIZE_TO_POINTER (ADW_TYPE_SPLIT_BUTTON));
  g_assert_nonnull (split);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (split)), ==, "scenarios.copy");
  menu = adw_split_button_get_menu_model (ADW_SPLIT_BUTTON (split));
  g_assert_nonnull (menu);
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      GMenuModel *section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *action = NULL;

          g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &action);
          offered = offered || g_strcmp0 (action, "scenarios.copy-all") == 0;
        }
      g_clear_object (&section);
    }
  g_assert_true (offered);
}

static GtkWidget *
find_undo_button (Fixture *f)
{
  return find_button_with_label (GTK_WIDGET (f->page), "_Undo");
}

/* "Use Generated Text" discards the user's text: the toast's Undo puts
 * it back, in the study and the editor, marked as the user's. */
static void
test_use_generated_undo (Fixture       *f,
                         gconstpointer  data)
{
  static const char *mine = "Vår egen sammanfattning.";
  g_autoptr(FkScenario) edited = NULL, generated = NULL, restored = NULL;
  g_autofree char *shown = NULL;
  GtkWidget *undo;

  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_SELECTED);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (fk_scenarios_page_get_section_view (f->page, FK_SCENARIO_SECTION_SUMMARY)),
                            mine, -1);
  g_assert_true (fk_scenarios_page_flush (f->page));
  edited = selected_in_study (f);
  g_assert_true (fk_scenario_get_text (edited, "en", FK_SCENARIO_SECTION_SUMMARY)->edited);
  g_assert_null (find_undo_button (f));

  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.use-generated", "i", FK_SCENARIO_SECTION_SUMMARY);
  draw (f->window);
  generated = selected_in_study (f);
  g_assert_false (fk_scenario_get_text (generated, "en", FK_SCENARIO_SECTION_SUMMARY)->edited);
  undo = find_undo_button (f);
  g_assert_nonnull (undo);
  shell_test_save_png (f->window, "scenarios-undo-toast.png");

  g_signal_emit_by_name (undo, "clicked");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  restored = selected_in_study (f);
  g_assert_cmpstr (fk_scenario_get_text (restored, "en", FK_SCENARIO_SECTION_SUMMARY)->text, ==, mine);
  g_assert_true (fk_scenario_get_text (restored, "en", FK_SCENARIO_SECTION_SUMMARY)->edited);
  shown = view_text (f->page, FK_SCENARIO_SECTION_SUMMARY);
  g_assert_cmpstr (shown, ==, mine);
  g_assert_cmpuint (fk_scenarios_page_count_unsaved (f->page), ==, 0);

  /* Undo after going to another scenario: back there, the text is the user's.
   * The toast undone is gone first (it stays until dismissed, and hides
   * with an animation): its button is not the new toast's. */
  while (find_undo_button (f) != NULL)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.use-generated", "i", FK_SCENARIO_SECTION_SUMMARY);
  draw (f->window);
  undo = find_undo_button (f);
  g_assert_nonnull (undo);
  g_object_ref (undo);
  select_kind (f, FK_SCENARIO_JOINT);
  g_signal_emit_by_name (undo, "clicked");
  g_object_unref (undo);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  select_kind (f, FK_SCENARIO_SELECTED);
  g_clear_pointer (&shown, g_free);
  shown = view_text (f->page, FK_SCENARIO_SECTION_SUMMARY);
  g_assert_cmpstr (shown, ==, mine);
}

static GtkWidget *
focus_of (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

static gboolean
focus_in (Fixture   *f,
          GtkWidget *widget)
{
  GtkWidget *focus = focus_of (f);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static gint64
id_at (Fixture *f,
       guint    i)
{
  g_autoptr(GPtrArray) scenarios = list_scenarios (f->study);

  return ((FkScenario *) g_ptr_array_index (scenarios, i))->id;
}

/* Up and Down in the list show the scenario at once and keep the focus
 * on the row; Return shows it and goes into the editor. */
static void
test_list_arrows (Fixture       *f,
                  gconstpointer  data)
{
  GtkListBox *list;

  show_page (f, 1400);
  list = fk_scenarios_page_get_list (f->page);
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)));
  g_assert_true (shell_test_press (list, GDK_KEY_Down, 0));
  wait_done (f->page);
  draw (f->window);
  g_assert_cmpint (fk_scenarios_page_get_selected (f->page), ==, id_at (f, 1));
  g_assert_true (focus_of (f) == GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1)));
  g_assert_nonnull (shell_test_find_label (fk_scenarios_page_get_editor (f->page),
                                           fk_text_get (fk_scenario_kind_get_name (FK_SCENARIO_NETWORK), "en")));
  g_assert_true (shell_test_press (list, GDK_KEY_Down, 0));
  draw (f->window);
  g_assert_cmpint (fk_scenarios_page_get_selected (f->page), ==, id_at (f, 2));
  g_assert_true (focus_of (f) == GTK_WIDGET (gtk_list_box_get_row_at_index (list, 2)));
  g_assert_true (shell_test_press (list, GDK_KEY_Up, 0));
  draw (f->window);
  g_assert_cmpint (fk_scenarios_page_get_selected (f->page), ==, id_at (f, 1));
  g_assert_true (focus_of (f) == GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1)));

  /* A click on a row shows it and leaves the focus in the list. */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (list));
    GtkGesture *primary = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

        if (GTK_IS_GESTURE_CLICK (c) && gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (c)) == GDK_BUTTON_PRIMARY &&
            gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (c)) == GTK_PHASE_CAPTURE)
          primary = GTK_GESTURE (c);
      }
    g_assert_nonnull (primary);
    gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 3)));
    g_signal_emit_by_name (primary, "pressed", 1, 10.0, 10.0);
    g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 3));
    g_signal_emit_by_name (primary, "released", 1, 10.0, 10.0);
    while (g_main_context_iteration (NULL, FALSE))
      ;
    g_assert_cmpint (fk_scenarios_page_get_selected (f->page), ==, id_at (f, 3));
    g_assert_true (focus_in (f, GTK_WIDGET (list)));
  }

  /* Return on the row: the editor takes the focus. */
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 1));
  draw (f->window);
  g_assert_cmpint (fk_scenarios_page_get_selected (f->page), ==, id_at (f, 1));
  g_assert_true (focus_in (f, fk_scenarios_page_get_editor (f->page)));
}

/* Tab from the start of the page: the list first, then the editor; the
 * list's buttons never come before the list. */
static void
test_tab_order (Fixture       *f,
                gconstpointer  data)
{
  GtkListBox *list;
  gboolean reached_editor = FALSE;

  show_page (f, 1400);
  list = fk_scenarios_page_get_list (f->page);
  gtk_window_set_focus (GTK_WINDOW (f->window), NULL);
  g_assert_true (gtk_widget_child_focus (f->window, GTK_DIR_TAB_FORWARD));
  g_assert_true (focus_in (f, GTK_WIDGET (list)));
  for (int i = 0; i < 40 && !reached_editor; i++)
    {
      g_assert_true (gtk_widget_child_focus (f->window, GTK_DIR_TAB_FORWARD));
      reached_editor = focus_in (f, fk_scenarios_page_get_editor (f->page));
    }
  g_assert_true (reached_editor);
}

/* Delete on a row asks, as the button does; F2 renames. */
static void
test_list_keys (Fixture       *f,
                gconstpointer  data)
{
  GtkListBox *list;
  AdwMessageDialog *dialog;

  show_page (f, 1400);
  list = fk_scenarios_page_get_list (f->page);
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 2));
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 2)));

  g_assert_true (shell_test_press (list, GDK_KEY_F2, 0));
  dialog = shell_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Rename the Scenario");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (shell_test_press (list, GDK_KEY_Delete, 0));
  dialog = shell_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (dialog), "Delete “"));
  adw_message_dialog_response (dialog, "delete");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (n_rows (f->page), ==, 3);
}

/* The row's menu (Menu key, Shift+F10, right click) offers Rename, Move
 * Up, Move Down and Delete for that row. */
static void
test_row_menu (Fixture       *f,
               gconstpointer  data)
{
  static const char *const actions[] = { "scenarios.rename", "scenarios.move-up", "scenarios.move-down", "scenarios.delete" };
  GtkListBox *list;
  GtkWidget *popover;
  GMenuModel *menu;

  show_page (f, 1400);
  list = fk_scenarios_page_get_list (f->page);
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1)));
  g_assert_true (shell_test_press (list, GDK_KEY_F10, GDK_SHIFT_MASK));
  draw (f->window);
  popover = shell_test_find_matching (GTK_WIDGET (list), shell_test_is_a, GSIZE_TO_POINTER (GTK_TYPE_POPOVER_MENU));
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  /* The menu is about the focused row, which is now the one shown. */
  g_assert_cmpint (fk_scenarios_page_get_selected (f->page), ==, id_at (f, 1));
  menu = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover));
  for (guint k = 0; k < G_N_ELEMENTS (actions); k++)
    {
      gboolean found = FALSE;

      for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
        {
          g_autofree char *action = NULL;

          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
          found = found || g_strcmp0 (action, actions[k]) == 0;
        }
      g_assert_true (found);
    }
  gtk_popover_popdown (GTK_POPOVER (popover));
  g_assert_true (shell_test_press (list, GDK_KEY_Menu, 0));
  g_assert_true (gtk_widget_get_visible (popover));
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
collect_compare_labels (GtkWidget *widget,
                        GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "fk-scenario-compare"))
        g_ptr_array_add (out, child);
      collect_compare_labels (child, out);
    }
}

/* Whether @label's attributes give [start, end) a background. */
static gboolean
has_background (GtkLabel *label,
                guint     start,
                guint     end)
{
  PangoAttrList *attrs = gtk_label_get_attributes (label);
  g_autoptr(GSList) list = attrs != NULL ? pango_attr_list_get_attributes (attrs) : NULL;
  gboolean found = FALSE;

  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      found = found || (attr->klass->type == PANGO_ATTR_BACKGROUND && attr->start_index == start && attr->end_index == end);
    }
  g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify) pango_attribute_destroy);
  return found;
}

/* The comparison marks, on each side, the sentences the other side does
 * not have, and nothing else, with a legend saying so. */
static void
test_regenerate_marks (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWindow *dialog;
  guint n_marked = 0;

  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_SELECTED);
  fill_study (f->study, dalsed_catches_up);
  wait_done (f->page);
  draw (f->window);
  dialog = fk_scenarios_page_regenerate (f->page);
  g_assert_nonnull (dialog);
  draw (GTK_WIDGET (dialog));
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (dialog),
                                           "Underlined and highlighted: sentences that are only in that text (red in the stored text, green in the new text)."));
  collect_compare_labels (GTK_WIDGET (dialog), labels);
  g_assert_cmpuint (labels->len, >=, 2);
  g_assert_cmpuint (labels->len % 2, ==, 0);
  for (guint i = 0; i < labels->len; i += 2)
    {
      GtkLabel *before = labels->pdata[i], *after = labels->pdata[i + 1];
      g_autoptr(GArray) a = NULL;
      g_autoptr(GArray) b = NULL;
      guint n_before = 0;

      fk_scenario_diff_sentences (gtk_label_get_text (before), gtk_label_get_text (after), &a, &b);
      for (guint k = 0; k < a->len; k++)
        {
          FkScenarioTextRun *run = &g_array_index (a, FkScenarioTextRun, k);

          g_assert_true (has_background (before, run->start, run->end) == run->changed);
          n_before += run->changed;
        }
      for (guint k = 0; k < b->len; k++)
        {
          FkScenarioTextRun *run = &g_array_index (b, FkScenarioTextRun, k);

          g_assert_true (has_background (after, run->start, run->end) == run->changed);
          n_marked += run->changed;
        }
      n_marked += n_before;
    }
  /* Dals-Ed's new scores change some sentences, not all of them. */
  g_assert_cmpuint (n_marked, >, 0);
  shell_test_save_png (GTK_WIDGET (dialog), "scenarios-regenerate-marks.png");
  gtk_window_destroy (dialog);
}

static gboolean
count_idle (gpointer data)
{
  (*(guint *) data)++;
  return G_SOURCE_REMOVE;
}

/* The window closes while another program holds the study's lock, with
 * text typed and not stored: closing does not wait for the lock (the
 * main loop keeps running), the text is stored as soon as the lock is
 * let go, as the user's own. */
static void
test_close_never_waits (Fixture       *f,
                        gconstpointer  data)
{
  static const char *typed = "Skrivet precis innan fönstret stängdes.";
  g_autofree char *path = g_strdup (fk_study_get_path (f->study));
  g_autoptr(FkScenario) after = NULL;
  sqlite3 *db = NULL;
  gint64 id;
  guint idles = 0;

  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_NETWORK);
  id = fk_scenarios_page_get_selected (f->page);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (fk_scenarios_page_get_section_view (f->page, FK_SCENARIO_SECTION_RISKS)),
                            typed, -1);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  /* The old page waited here for the busy timeout, then warned and lost
   * the text (a fatal warning in this test). */
  shell_test_destroy_window (g_steal_pointer (&f->window));
  f->page = NULL;
  g_assert_cmpuint (fk_scenario_text_saver_n_pending (), ==, 1);
  /* The loop runs while the lock is held. */
  while (idles < 20)
    {
      g_idle_add (count_idle, &idles);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpuint (fk_scenario_text_saver_n_pending (), ==, 1);

  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  while (fk_scenario_text_saver_n_pending () > 0)
    g_main_context_iteration (NULL, TRUE);
  after = fk_study_get_scenario (f->study, id, NULL);
  g_assert_nonnull (after);
  g_assert_cmpstr (fk_scenario_get_text (after, "en", FK_SCENARIO_SECTION_RISKS)->text, ==, typed);
  g_assert_true (fk_scenario_get_text (after, "en", FK_SCENARIO_SECTION_RISKS)->edited);
}

/* ---- after the user trial ------------------------------------------------------ */

/* The AdwToast whose widget holds @button. */
static AdwToast *
toast_of (GtkWidget *button)
{
  GtkWidget *widget = gtk_widget_get_ancestor (button, g_type_from_name ("AdwToastWidget"));
  AdwToast *toast = NULL;

  g_assert_nonnull (widget);
  g_object_get (widget, "toast", &toast, NULL);
  g_assert_nonnull (toast);
  return toast;
}

/* Ctrl+Z as GTK delivers it: the focus widget's shortcuts first, then
 * each ancestor's. */
static gboolean
press_ctrl_z (GtkWidget *focus)
{
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (shell_test_press (w, GDK_KEY_z, GDK_CONTROL_MASK))
      return TRUE;
  return FALSE;
}

static void
on_dismissed (AdwToast *toast,
              gboolean *dismissed)
{
  *dismissed = TRUE;
}

/* "Use Generated Text" keeps the user's text within reach: its toast
 * stays until dismissed, and Ctrl+Z on the page (here from the section's
 * own view, which has nothing of its own to undo) puts it back, marked as
 * the user's, and takes the toast away. */
static void
test_undo_replacement (Fixture       *f,
                       gconstpointer  data)
{
  static const char *mine = "Vår egen sammanfattning.";
  g_autoptr(FkScenario) restored = NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *shown = NULL;
  GtkTextView *view;
  GtkWidget *undo;
  gboolean dismissed = FALSE;

  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_SELECTED);
  view = fk_scenarios_page_get_section_view (f->page, FK_SCENARIO_SECTION_SUMMARY);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), mine, -1);
  g_assert_true (fk_scenarios_page_flush (f->page));
  /* Nothing replaced yet: Ctrl+Z on the page does nothing. */
  g_assert_false (shell_test_press (f->page, GDK_KEY_z, GDK_CONTROL_MASK));

  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.use-generated", "i", FK_SCENARIO_SECTION_SUMMARY);
  draw (f->window);
  undo = find_undo_button (f);
  g_assert_nonnull (undo);
  toast = toast_of (undo);
  g_assert_cmpuint (adw_toast_get_timeout (toast), ==, 0);
  g_signal_connect (toast, "dismissed", G_CALLBACK (on_dismissed), &dismissed);

  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (press_ctrl_z (GTK_WIDGET (view)));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  restored = selected_in_study (f);
  g_assert_cmpstr (fk_scenario_get_text (restored, "en", FK_SCENARIO_SECTION_SUMMARY)->text, ==, mine);
  g_assert_true (fk_scenario_get_text (restored, "en", FK_SCENARIO_SECTION_SUMMARY)->edited);
  shown = view_text (f->page, FK_SCENARIO_SECTION_SUMMARY);
  g_assert_cmpstr (shown, ==, mine);
  g_assert_true (dismissed);
  /* Undone once: a second Ctrl+Z has nothing to undo. */
  g_assert_false (press_ctrl_z (GTK_WIDGET (view)));

  /* The toast's own Undo also takes the replacement off the page's stack. */
  while (find_undo_button (f) != NULL)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.use-generated", "i", FK_SCENARIO_SECTION_SUMMARY);
  draw (f->window);
  undo = find_undo_button (f);
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_pointer (&shown, g_free);
  shown = view_text (f->page, FK_SCENARIO_SECTION_SUMMARY);
  g_assert_cmpstr (shown, ==, mine);
  g_assert_false (shell_test_press (f->page, GDK_KEY_z, GDK_CONTROL_MASK));
}

/* Typing is undone in the view with Ctrl+Z; the text the page puts in a
 * view (another scenario's) is not the view's to undo. */
static void
test_typing_undo (Fixture       *f,
                  gconstpointer  data)
{
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter end;
  g_autofree char *before = NULL, *typed = NULL, *undone = NULL, *joint = NULL, *after = NULL;

  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_SELECTED);
  view = fk_scenarios_page_get_section_view (f->page, FK_SCENARIO_SECTION_SUMMARY);
  buffer = gtk_text_view_get_buffer (view);
  g_assert_true (gtk_text_buffer_get_enable_undo (buffer));
  before = view_text (f->page, FK_SCENARIO_SECTION_SUMMARY);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_interactive (buffer, &end, " Tillagt.", -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
  typed = view_text (f->page, FK_SCENARIO_SECTION_SUMMARY);
  g_assert_true (g_str_has_suffix (typed, " Tillagt."));
  g_assert_true (press_ctrl_z (GTK_WIDGET (view)));
  undone = view_text (f->page, FK_SCENARIO_SECTION_SUMMARY);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (fk_scenarios_page_flush (f->page));

  select_kind (f, FK_SCENARIO_JOINT);
  joint = view_text (f->page, FK_SCENARIO_SECTION_SUMMARY);
  g_assert_cmpstr (joint, !=, before);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  press_ctrl_z (GTK_WIDGET (view));
  after = view_text (f->page, FK_SCENARIO_SECTION_SUMMARY);
  g_assert_cmpstr (after, ==, joint);
}

static GtkAdjustment *
editor_vadjustment (Fixture *f)
{
  GtkWidget *view = GTK_WIDGET (fk_scenarios_page_get_section_view (f->page, 0));
  GtkWidget *scroller = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);

  g_assert_nonnull (scroller);
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

static void
scroll_to_bottom (Fixture *f)
{
  GtkAdjustment *adj = editor_vadjustment (f);

  g_assert_cmpfloat (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj), >, 100);
  gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
  draw (f->window);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), >, 100);
}

/* Another scenario starts at its top (name and the note that the text is
 * old in sight), after choosing it, adding one and deleting one; and the
 * views take the height of the new text, not keep the old one's. */
static void
test_switch_scrolls_to_top (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) scenarios = list_scenarios (f->study);
  g_autoptr(GError) error = NULL;
  int long_height[FK_N_SCENARIO_SECTIONS];
  gint64 network = 0;

  for (guint i = 0; i < scenarios->len; i++)
    if (((FkScenario *) scenarios->pdata[i])->kind == FK_SCENARIO_NETWORK)
      network = ((FkScenario *) scenarios->pdata[i])->id;
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    g_assert_true (fk_study_set_scenario_text (f->study, network, "en", i, "Short.", &error));
  g_assert_no_error (error);

  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_JOINT);
  draw (f->window);
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    long_height[i] = gtk_widget_get_height (GTK_WIDGET (fk_scenarios_page_get_section_view (f->page, i)));
  scroll_to_bottom (f);

  select_kind (f, FK_SCENARIO_NETWORK);
  draw (f->window);
  g_assert_cmpfloat (gtk_adjustment_get_value (editor_vadjustment (f)), ==, 0);
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    {
      GtkTextView *view = fk_scenarios_page_get_section_view (f->page, i);
      int height = gtk_widget_get_height (GTK_WIDGET (view));
      int one_line = gtk_widget_get_height (GTK_WIDGET (fk_scenarios_page_get_section_view (f->page, 0)));

      /* One line each, all alike, shorter than the long text's. */
      g_assert_cmpint (height, ==, one_line);
      g_assert_cmpint (height, <, long_height[i]);
      g_assert_cmpint (height, <, gtk_text_view_get_top_margin (view) + gtk_text_view_get_bottom_margin (view) + 40);
    }
  assert_views_show_all_text (f);

  /* Back to the long one, at the top again, every line shown. */
  select_kind (f, FK_SCENARIO_JOINT);
  draw (f->window);
  g_assert_cmpfloat (gtk_adjustment_get_value (editor_vadjustment (f)), ==, 0);
  assert_views_show_all_text (f);

  /* Adding selects the new scenario, at its top. */
  scroll_to_bottom (f);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.add", "s", "Own");
  draw (f->window);
  g_assert_cmpfloat (gtk_adjustment_get_value (editor_vadjustment (f)), ==, 0);

  /* Deleting shows the one in its place, at its top. */
  select_kind (f, FK_SCENARIO_JOINT);
  draw (f->window);
  scroll_to_bottom (f);
  g_assert_true (fk_study_delete_scenario (f->study, fk_scenarios_page_get_selected (f->page), &error));
  g_assert_no_error (error);
  draw (f->window);
  g_assert_cmpfloat (gtk_adjustment_get_value (editor_vadjustment (f)), ==, 0);
}

/* A view's height follows its font: a larger one (the projector's
 * text size, a style change) makes it taller at the same width, without
 * its text changing. */
static void
test_height_follows_font (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  GtkWidget *view;
  int before, after;

  gtk_css_provider_load_from_data (provider, ".fk-test-big { font-size: 32px; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  show_page (f, 1400);
  select_kind (f, FK_SCENARIO_JOINT);
  view = GTK_WIDGET (fk_scenarios_page_get_section_view (f->page, FK_SCENARIO_SECTION_SUMMARY));
  before = gtk_widget_get_height (view);
  gtk_widget_add_css_class (view, "fk-test-big");
  draw (f->window);
  after = gtk_widget_get_height (view);
  g_assert_cmpint (after, >, before * 3 / 2);
  assert_views_show_all_text (f);
  gtk_widget_remove_css_class (view, "fk-test-big");
  draw (f->window);
  g_assert_cmpint (gtk_widget_get_height (view), ==, before);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider));
}

/* Every mapped label and text view in @widget whose text contains @part. */
static guint
count_shown (GtkWidget  *widget,
             const char *part)
{
  guint n = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), part) != NULL)
    n++;
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      n += strstr (text, part) != NULL;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_shown (child, part);
  return n;
}

/* A new scenario of the user's has no capabilities: one line says there
 * is nothing to describe yet, not seven sections saying it; once it has
 * capabilities, its sections are there. */
static void
test_new_scenario_one_line (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  FkModel *model = fk_study_get_model (f->study);
  FkScenarioItem item = { .capability = ((FkCapability *) model->capabilities->pdata[0])->key, .host = NULL };
  guint sections_shown = 0;

  show_page (f, 1400);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.add", "s", "Own");
  draw (f->window);
  g_assert_cmpuint (count_shown (GTK_WIDGET (f->page), "No capabilities have been chosen for this scenario yet"), ==, 1);
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    sections_shown += gtk_widget_get_mapped (GTK_WIDGET (fk_scenarios_page_get_section_view (f->page, i)));
  g_assert_cmpuint (sections_shown, ==, 0);

  g_ptr_array_add (items, &item);
  g_assert_true (fk_study_set_scenario_items (f->study, fk_scenarios_page_get_selected (f->page), items, &error));
  g_assert_no_error (error);
  wait_done (f->page);
  draw (f->window);
  sections_shown = 0;
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    sections_shown += gtk_widget_get_mapped (GTK_WIDGET (fk_scenarios_page_get_section_view (f->page, i)));
  g_assert_cmpuint (sections_shown, ==, FK_N_SCENARIO_SECTIONS);
}

/* The GtkEntry widgets in @widget, in order. */
static void
collect_entries (GtkWidget *widget,
                 GPtrArray *out)
{
  if (GTK_IS_ENTRY (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_entries (child, out);
}

static AdwMessageDialog *
open_name_dialog (Fixture   *f,
                  GPtrArray *entries)
{
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.rename", NULL);
  dialog = shell_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  collect_entries (adw_message_dialog_get_extra_child (dialog), entries);
  g_assert_cmpuint (entries->len, ==, 2);
  return dialog;
}

/* The name dialog asks for the Swedish name and the English one beside
 * it, and stores both: English output no longer shows the Swedish name. */
static void
test_rename_both_languages (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(FkScenario) named = NULL;
  AdwMessageDialog *dialog;

  show_page (f, 1400);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "scenarios.add", "s", "Eget scenario");
  draw (f->window);
  dialog = open_name_dialog (f, entries);
  gtk_editable_set_text (GTK_EDITABLE (entries->pdata[0]), "Gemensam e-arkivtjänst");
  gtk_editable_set_text (GTK_EDITABLE (entries->pdata[1]), "Shared e-archive service");
  adw_message_dialog_response (dialog, "ok");
  gtk_window_destroy (GTK_WINDOW (dialog));
  named = selected_in_study (f);
  g_assert_cmpstr (named->name.sv, ==, "Gemensam e-arkivtjänst");
  g_assert_cmpstr (named->name.en, ==, "Shared e-archive service");

  /* Opened again, each field shows its own language's name. */
  g_ptr_array_set_size (entries, 0);
  dialog = open_name_dialog (f, entries);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entries->pdata[0])), ==, "Gemensam e-arkivtjänst");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entries->pdata[1])), ==, "Shared e-archive service");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Shown by Alt+6, or by the window opening on it, the page has the focus
 * on the selected scenario's row: the first arrow key moves in the list. */
static void
assert_focus_on_selected_row (Fixture *f)
{
  GtkListBox *list = fk_scenarios_page_get_list (f->page);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));
  int index;

  g_assert_nonnull (row);
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (row) || gtk_widget_is_ancestor (focus, GTK_WIDGET (row)));
  index = gtk_list_box_row_get_index (row);
  g_assert_cmpint (fk_scenarios_page_get_selected (f->page), ==, id_at (f, index));

  /* Down, from where the focus is, selects the next scenario. */
  g_assert_true (shell_test_press (list, GDK_KEY_Down, 0));
  wait_done (f->page);
  draw (f->window);
  g_assert_cmpint (fk_scenarios_page_get_selected (f->page), ==, id_at (f, index + 1));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == GTK_WIDGET (gtk_list_box_get_row_at_index (list, index + 1)));
}

static void
test_focus_when_shown (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new ("se.fyrbodal.Formagekarta");
  AdwViewStack *stack;

  /* Alt+6 from the Overview. */
  f->window = GTK_WIDGET (fk_window_new (NULL, f->study));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 900);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_widget_activate_action (f->window, "win.show-page", "s", "overview");
  draw (f->window);
  g_assert_true (shell_test_press (f->window, GDK_KEY_6, GDK_ALT_MASK));
  g_assert_cmpstr (fk_window_get_visible_page (FK_WINDOW (f->window)), ==, "scenarios");
  stack = ADW_VIEW_STACK (shell_test_find_matching (f->window, shell_test_is_a, GSIZE_TO_POINTER (ADW_TYPE_VIEW_STACK)));
  f->page = FK_SCENARIOS_PAGE (adw_view_stack_get_child_by_name (stack, "scenarios"));
  wait_done (f->page);
  draw (f->window);
  assert_focus_on_selected_row (f);

  /* Away and back: the row selected now has it. */
  gtk_widget_activate_action (f->window, "win.show-page", "s", "overview");
  draw (f->window);
  gtk_widget_activate_action (f->window, "win.show-page", "s", "scenarios");
  wait_done (f->page);
  draw (f->window);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) ==
                 GTK_WIDGET (gtk_list_box_get_selected_row (fk_scenarios_page_get_list (f->page))));
  g_clear_pointer (&f->window, shell_test_destroy_window);

  /* A window that opens on the page. */
  g_settings_set_string (settings, "last-view", "scenarios");
  f->window = GTK_WIDGET (fk_window_new (NULL, f->study));
  g_settings_reset (settings, "last-view");
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 900);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_cmpstr (fk_window_get_visible_page (FK_WINDOW (f->window)), ==, "scenarios");
  stack = ADW_VIEW_STACK (shell_test_find_matching (f->window, shell_test_is_a, GSIZE_TO_POINTER (ADW_TYPE_VIEW_STACK)));
  f->page = FK_SCENARIOS_PAGE (adw_view_stack_get_child_by_name (stack, "scenarios"));
  draw (f->window);
  wait_done (f->page);
  draw (f->window);
  assert_focus_on_selected_row (f);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmpdir = NULL;
  int ret;

  tmpdir = shell_test_setup_tmpdir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

#define ADD(path, func) g_test_add ("/ui/scenarios-page/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("defaults", test_defaults);
  ADD ("list-changes", test_list_changes);
  ADD ("generated-text", test_generated_text);
  ADD ("edit-and-regenerate", test_edit_and_regenerate);
  ADD ("flush-on-switch", test_flush_on_switch);
  ADD ("language-switch", test_language_switch);
  ADD ("copy", test_copy);
  ADD ("read-only", test_read_only);
  ADD ("anonymised", test_anonymised);
  ADD ("click-row", test_click_row);
  ADD ("narrow", test_narrow);
  ADD ("in-window", test_in_window);
  ADD ("save-fails-keeps-text", test_save_fails_keeps_text);
  ADD ("anonymised-name", test_anonymised_name);
  ADD ("empty-latest-round", test_empty_latest_round);
  ADD ("no-levels", test_no_levels);
  ADD ("hidden-page-writes-nothing", test_hidden_page_writes_nothing);
  ADD ("only-summary-stored", test_only_summary_stored);
  ADD ("natural-height", test_natural_height);
  ADD ("copy-all", test_copy_all);
  ADD ("use-generated-undo", test_use_generated_undo);
  ADD ("list-arrows", test_list_arrows);
  ADD ("tab-order", test_tab_order);
  ADD ("list-keys", test_list_keys);
  ADD ("row-menu", test_row_menu);
  ADD ("regenerate-marks", test_regenerate_marks);
  ADD ("close-never-waits", test_close_never_waits);
  ADD ("undo-replacement", test_undo_replacement);
  ADD ("typing-undo", test_typing_undo);
  ADD ("switch-scrolls-to-top", test_switch_scrolls_to_top);
  ADD ("height-follows-font", test_height_follows_font);
  ADD ("new-scenario-one-line", test_new_scenario_one_line);
  ADD ("rename-both-languages", test_rename_both_languages);
  ADD ("focus-when-shown", test_focus_when_shown);
  ret = g_test_run ();
  shell_test_remove_tree (tmpdir);
  return ret;
}
