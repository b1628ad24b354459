/* test-respondent.c — who answered: kept per municipality and study, and
 * asked once, the first time a study is shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fk-application.h"
#include "fk-capability-row.h"
#include "fk-respondent-dialog.h"
#include "fk-scoring-view.h"
#include "fk-test-util.h"
#include "fk-window.h"
#include "shell-test-util.h"

static char *tmpdir;

static GtkEditable *
respondent_entry (GtkWidget *view)
{
  return GTK_EDITABLE (shell_test_template_child (view, FK_TYPE_SCORING_VIEW, "respondent_entry"));
}

static const char *
heading (GtkWidget *view)
{
  GtkWidget *label = shell_test_template_child (view, FK_TYPE_SCORING_VIEW, "heading_label");

  g_assert_true (gtk_widget_get_visible (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

static void
assert_stored (FkStudy    *study,
               const char *municipality,
               const char *expected)
{
  g_autofree char *name = fk_test_respondent (study, municipality);

  g_assert_cmpstr (name, ==, expected);
}

static const char *
first_capability (FkStudy *study)
{
  return ((FkCapability *) g_ptr_array_index (fk_study_get_model (study)->capabilities, 0))->key;
}

/* Clicks current level @level of the first capability in @view. */
static void
answer (GtkWidget *view,
        FkStudy   *study,
        int        level)
{
  GtkWidget *row = fk_scoring_view_get_row (FK_SCORING_VIEW (view), first_capability (study));
  GtkWidget *button = fk_capability_row_get_level_button (FK_CAPABILITY_ROW (row), FK_SCORE_FIELD_CURRENT, level);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static void
assert_answer_by (FkStudy    *study,
                  gint64      round_id,
                  const char *municipality,
                  int         level,
                  const char *respondent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) score = fk_study_get_score (study, round_id, municipality, first_capability (study), &error);

  g_assert_no_error (error);
  g_assert_cmpint (score->current, ==, level);
  g_assert_cmpstr (score->respondent, ==, respondent);
}

static GtkWidget *
scoring_window (FkStudy    *study,
                GtkWidget **out_view)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = fk_scoring_view_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), view);
  g_object_set (view, "study", study, NULL);
  gtk_window_present (GTK_WINDOW (window));
  *out_view = view;
  return window;
}

/* ---- the scoring view ------------------------------------------------- */

/* A name typed for one municipality stays with it, even before an answer
 * is given, and the next municipality shows its own. */
static void
test_view_per_municipality (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "per-municipality.fkarta", "Per", NULL);
  GtkWidget *view;
  GtkWidget *window = scoring_window (study, &view);
  GtkEditable *entry = respondent_entry (view);

  fk_scoring_view_set_municipality (FK_SCORING_VIEW (view), "1438");
  g_assert_cmpstr (heading (view), ==, "Dals-Ed");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");

  gtk_editable_set_text (entry, "Anna Andersson");
  fk_scoring_view_set_municipality (FK_SCORING_VIEW (view), "1460");
  g_assert_cmpstr (heading (view), ==, "Bengtsfors");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  assert_stored (study, "1438", "Anna Andersson");
  assert_stored (study, "1460", NULL);

  /* Enter saves it too. */
  gtk_editable_set_text (entry, " Bo <b>Berg</b> ");
  g_signal_emit_by_name (entry, "activate");
  assert_stored (study, "1460", "Bo <b>Berg</b>");

  fk_scoring_view_set_municipality (FK_SCORING_VIEW (view), "1438");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Anna Andersson");
  fk_scoring_view_set_municipality (FK_SCORING_VIEW (view), "1460");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Bo <b>Berg</b>");
  answer (view, study, 2);
  assert_answer_by (study, fk_study_get_latest_round (study)->id, "1460", 2, "Bo <b>Berg</b>");

  shell_test_destroy_window (window);
}

/* In a new round the municipality's respondent is the same person. */
static void
test_view_new_round (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "new-round.fkarta", "Rounds", NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *view;
  GtkWidget *window = scoring_window (study, &view);
  GtkEditable *entry = respondent_entry (view);
  const FkRound *second;

  fk_scoring_view_set_municipality (FK_SCORING_VIEW (view), "1484");
  gtk_editable_set_text (entry, "Cecilia");
  answer (view, study, 1);
  second = fk_study_add_round (study, "Round 2", NULL, &error);
  g_assert_no_error (error);
  fk_scoring_view_set_round_id (FK_SCORING_VIEW (view), second->id);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Cecilia");
  answer (view, study, 4);
  assert_answer_by (study, second->id, "1484", 4, "Cecilia");

  shell_test_destroy_window (window);
}

/* Another study knows nothing of the first's names, and a name being
 * typed is saved in the study it was typed for. */
static void
test_view_per_study (void)
{
  g_autoptr(FkStudy) first = shell_test_create_study (tmpdir, "first.fkarta", "First", NULL);
  g_autoptr(FkStudy) second = shell_test_create_study (tmpdir, "second.fkarta", "Second", NULL);
  GtkWidget *view;
  GtkWidget *window = scoring_window (first, &view);
  GtkEditable *entry = respondent_entry (view);

  fk_scoring_view_set_municipality (FK_SCORING_VIEW (view), "1438");
  gtk_editable_set_text (entry, "Anna");
  fk_scoring_view_set_study (FK_SCORING_VIEW (view), second);
  fk_scoring_view_set_municipality (FK_SCORING_VIEW (view), "1438");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  assert_stored (first, "1438", "Anna");
  assert_stored (second, "1438", NULL);

  shell_test_destroy_window (window);
}

/* A name set elsewhere (another window, the dialog) is shown, but never
 * over a name being typed. */
static void
test_view_follows_study (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "follows.fkarta", "Follows", NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *view;
  GtkWidget *window = scoring_window (study, &view);
  GtkEditable *entry = respondent_entry (view);

  fk_scoring_view_set_municipality (FK_SCORING_VIEW (view), "1438");
  g_assert_true (fk_study_set_respondent (study, "1438", "David", &error));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "David");
  g_assert_true (fk_study_set_respondent (study, "1460", "Not here", &error));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "David");

  gtk_editable_set_text (entry, "Eva");
  g_assert_true (fk_study_set_respondent (study, "1438", "Fredrik", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Eva");

  shell_test_destroy_window (window);
  /* Closing saves what was typed. */
  assert_stored (study, "1438", "Eva");
}

/* ---- the first-start question ---------------------------------------- */

static GSettings *
reset_settings (void)
{
  GSettings *settings = g_settings_new ("se.fyrbodal.Formagekarta");

  g_settings_reset (settings, "ask-who-scores");
  g_settings_reset (settings, "last-view");
  return settings;
}

/* A fresh start asks; the answer opens scoring on that municipality with
 * the name, answers carry it, and the question is not asked again. */
static void
test_dialog_answered (void)
{
  g_autoptr(GSettings) settings = reset_settings ();
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "asked.fkarta", "Asked", NULL);
  g_autoptr(FkStudy) other = shell_test_create_study (tmpdir, "asked-other.fkarta", "Other", NULL);
  FkWindow *window = fk_window_new (NULL, study);
  GtkWidget *view = shell_test_find_descendant (GTK_WIDGET (window), FK_TYPE_SCORING_VIEW);
  GtkWindow *dialog;
  GtkEditable *name_row;

  gtk_window_present (GTK_WINDOW (window));
  dialog = fk_window_ask_who_scores (window);
  g_assert_true (FK_IS_RESPONDENT_DIALOG (dialog));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* Nothing is chosen for the user. */
  g_assert_null (fk_respondent_dialog_get_municipality (FK_RESPONDENT_DIALOG (dialog)));
  g_assert_false (fk_respondent_dialog_get_can_start (FK_RESPONDENT_DIALOG (dialog)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "respondent.start", NULL);
  g_assert_nonnull (dialog);

  g_assert_false (fk_respondent_dialog_set_municipality (FK_RESPONDENT_DIALOG (dialog), "9999"));
  g_assert_true (fk_respondent_dialog_set_municipality (FK_RESPONDENT_DIALOG (dialog), "1487"));
  g_assert_false (fk_respondent_dialog_get_can_start (FK_RESPONDENT_DIALOG (dialog)));
  name_row = GTK_EDITABLE (shell_test_template_child (GTK_WIDGET (dialog), FK_TYPE_RESPONDENT_DIALOG, "name_row"));
  gtk_editable_set_text (name_row, "Åsa Öberg");
  g_assert_true (fk_respondent_dialog_get_can_start (FK_RESPONDENT_DIALOG (dialog)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "respondent.start", NULL));
  g_assert_null (dialog);

  assert_stored (study, "1487", "Åsa Öberg");
  g_assert_cmpstr (fk_window_get_visible_page (window), ==, "scoring");
  g_assert_cmpstr (fk_scoring_view_get_municipality (FK_SCORING_VIEW (view)), ==, "1487");
  g_assert_cmpstr (heading (view), ==, "Vänersborg");
  g_assert_cmpstr (gtk_editable_get_text (respondent_entry (view)), ==, "Åsa Öberg");
  answer (view, study, 3);
  assert_answer_by (study, fk_study_get_latest_round (study)->id, "1487", 3, "Åsa Öberg");

  /* Not again: neither here nor in a study nobody answered in. */
  g_assert_false (g_settings_get_boolean (settings, "ask-who-scores"));
  g_assert_null (fk_window_ask_who_scores (window));
  fk_window_set_study (window, other);
  g_assert_null (fk_window_ask_who_scores (window));

  shell_test_destroy_window (window);
}

/* The workshop lead skips it: nothing is written, the page stays, and the
 * question is not asked again. */
static void
test_dialog_skipped (void)
{
  g_autoptr(GSettings) settings = reset_settings ();
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "skipped.fkarta", "Skipped", NULL);
  g_autoptr(GError) error = NULL;
  FkWindow *window = fk_window_new (NULL, study);
  GtkWindow *dialog;
  gboolean any = TRUE;

  gtk_window_present (GTK_WINDOW (window));
  fk_window_set_visible_page (window, "overview");
  dialog = fk_window_ask_who_scores (window);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "respondent.skip", NULL));
  g_assert_null (dialog);

  g_assert_false (g_settings_get_boolean (settings, "ask-who-scores"));
  g_assert_cmpstr (fk_window_get_visible_page (window), ==, "overview");
  g_assert_true (fk_study_has_respondents (study, &any, &error));
  g_assert_false (any);
  g_assert_null (fk_window_ask_who_scores (window));

  shell_test_destroy_window (window);
}

/* Cancel keeps everything as it was: it is asked again another time. */
static void
test_dialog_cancelled (void)
{
  g_autoptr(GSettings) settings = reset_settings ();
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "cancelled.fkarta", "Cancelled", NULL);
  FkWindow *window = fk_window_new (NULL, study);
  GtkWindow *dialog;
  GtkWindow *again;

  gtk_window_present (GTK_WINDOW (window));
  dialog = fk_window_ask_who_scores (window);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (fk_respondent_dialog_set_municipality (FK_RESPONDENT_DIALOG (dialog), "1460"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  g_assert_null (dialog);

  g_assert_true (g_settings_get_boolean (settings, "ask-who-scores"));
  assert_stored (study, "1460", NULL);
  again = fk_window_ask_who_scores (window);
  g_assert_nonnull (again);
  gtk_window_destroy (again);

  shell_test_destroy_window (window);
}

/* Not asked where it makes no sense: a study that knows who answers, or
 * one that cannot be written. */
static void
test_dialog_not_needed (void)
{
  g_autoptr(GSettings) settings = reset_settings ();
  g_autoptr(FkStudy) known = shell_test_create_study (tmpdir, "known.fkarta", "Known", NULL);
  g_autoptr(FkStudy) read_only = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  FkWindow *window;

  g_assert_true (fk_study_set_respondent (known, "1430", "Gustav", &error));
  window = fk_window_new (NULL, known);
  g_assert_null (fk_window_ask_who_scores (window));
  shell_test_destroy_window (window);

  path = g_build_filename (tmpdir, "ro.fkarta", NULL);
  g_object_unref (shell_test_create_study (tmpdir, "ro.fkarta", "Read-only", NULL));
  read_only = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  window = fk_window_new (NULL, read_only);
  g_assert_null (fk_window_ask_who_scores (window));
  shell_test_destroy_window (window);

  g_assert_true (g_settings_get_boolean (settings, "ask-who-scores"));
}

/* Keyboard only: what is typed in the open municipality list goes to its
 * search field, and Enter there picks the first match. */
static void
test_dialog_keyboard_search (void)
{
  g_autoptr(GSettings) settings = reset_settings ();
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "keyboard.fkarta", "Keyboard", NULL);
  FkWindow *window = fk_window_new (NULL, study);
  GtkWindow *dialog;
  GtkWidget *dropdown, *popover, *search;

  gtk_window_present (GTK_WINDOW (window));
  dialog = fk_window_ask_who_scores (window);
  g_assert_nonnull (dialog);
  dropdown = shell_test_template_child (GTK_WIDGET (dialog), FK_TYPE_RESPONDENT_DIALOG, "municipality_dropdown");
  popover = shell_test_find_descendant (dropdown, GTK_TYPE_POPOVER);
  search = shell_test_find_descendant (dropdown, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (popover);
  g_assert_nonnull (search);

  /* Synthetic key presses do not reach a popover under Xvfb; the capture
   * is what makes typing work (checked by hand with xdotool). */
  g_assert_true (gtk_search_entry_get_key_capture_widget (GTK_SEARCH_ENTRY (search)) == popover);

  gtk_editable_set_text (GTK_EDITABLE (search), "troll");
  /* The field waits a moment before it filters; filter now. */
  g_signal_emit_by_name (search, "search-changed");
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpstr (fk_respondent_dialog_get_municipality (FK_RESPONDENT_DIALOG (dialog)), ==, "1488");

  gtk_window_destroy (dialog);
  shell_test_destroy_window (window);
}

static FkRespondentDialog *
find_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (FK_IS_RESPONDENT_DIALOG (l->data))
      return l->data;
  return NULL;
}

/* The application asks over the first study it shows, however it was
 * opened, once per run. */
static void
test_application_asks_once (void)
{
  g_autoptr(GSettings) settings = reset_settings ();
  g_autoptr(FkApplication) app = fk_application_new ();
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "app.fkarta", "App", NULL);
  g_autoptr(FkStudy) other = shell_test_create_study (tmpdir, "app-other.fkarta", "Other", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  FkRespondentDialog *dialog = NULL;
  GList *windows;

  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_assert_null (find_dialog ());
  /* Opened from its file, in the background as on every start: asked once
   * the study has arrived. */
  file = g_file_new_for_path (fk_study_get_path (study));
  fk_application_open_file (app, file);
  for (guint i = 0; i < 10000 && (dialog = find_dialog ()) == NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (fk_study_get_path (fk_respondent_dialog_get_study (dialog)), ==, fk_study_get_path (study));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Cancelled: not again in this run. */
  fk_application_show_study (app, other);
  g_assert_null (find_dialog ());

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    shell_test_destroy_window (windows->data);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tmpdir = shell_test_setup_tmpdir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

  g_test_add_func ("/ui/respondent/view-per-municipality", test_view_per_municipality);
  g_test_add_func ("/ui/respondent/view-new-round", test_view_new_round);
  g_test_add_func ("/ui/respondent/view-per-study", test_view_per_study);
  g_test_add_func ("/ui/respondent/view-follows-study", test_view_follows_study);
  g_test_add_func ("/ui/respondent/dialog-answered", test_dialog_answered);
  g_test_add_func ("/ui/respondent/dialog-skipped", test_dialog_skipped);
  g_test_add_func ("/ui/respondent/dialog-cancelled", test_dialog_cancelled);
  g_test_add_func ("/ui/respondent/dialog-not-needed", test_dialog_not_needed);
  g_test_add_func ("/ui/respondent/dialog-keyboard-search", test_dialog_keyboard_search);
  g_test_add_func ("/ui/respondent/application-asks-once", test_application_asks_once);

  ret = g_test_run ();
  shell_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return ret;
}
