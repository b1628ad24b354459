/* test-no-freeze.c — the window never freezes or goes stale: answers
 * queued while another program writes, closing that waits for them, a
 * window that follows other programs when not focused, a study opened in
 * the background
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fk-application.h"
#include "fk-window.h"
#include "fk-study-private.h"   /* sqlite3.h */
#include "fk-capability-row.h"
#include "fk-scoring-view.h"
#include "fk-test-util.h"
#include "shell-test-util.h"

/* Upper bound of main-loop iterations while waiting for something to
 * happen; never a time limit. */
#define MAX_ITERATIONS 2000

static char *tmpdir;


/* Counts main-loop iterations. At the default priority, so that a spinner
 * redrawing on a slow machine (valgrind) does not starve it. */
static gboolean
idle_count_cb (gpointer data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

/* Counts changes seen while the study's window is not the active one. */
static void
count_inactive_changed_cb (guint               *count,
                           const FkStudyChange *change,
                           FkStudy             *study)
{
  GtkWindow *window = g_object_get_data (G_OBJECT (study), "test-window");

  if (!gtk_window_is_active (window))
    (*count)++;
}

static int
read_current (const char *path,
              const char *key)
{
  g_autoptr(FkStudy) study = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, NULL);
  g_autoptr(FkScore) score = NULL;

  g_assert_nonnull (study);
  score = fk_study_get_score (study, fk_study_get_latest_round (study)->id, "1460", key, NULL);
  return score->current;
}

/* Shows @window's scoring page on Bengtsfors with @key focused.
 * Returns: (transfer none): the scoring view */
static GtkWidget *
show_scoring (FkWindow   *window,
              const char *key)
{
  GtkWidget *scoring;

  gtk_window_present (GTK_WINDOW (window));
  fk_window_set_visible_page (window, "scoring");
  scoring = shell_test_find_descendant (GTK_WIDGET (window), FK_TYPE_SCORING_VIEW);
  fk_scoring_view_set_municipality (FK_SCORING_VIEW (scoring), "1460");
  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (scoring), key));
  return scoring;
}

/* Keys pressed while another program holds the write lock: each returns
 * at once, the main loop keeps running, the view keeps what was chosen,
 * the header says it waits, and once the lock goes the answers land in
 * order. */
static void
test_window_write_while_locked (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "locked.fkarta", "Locked", NULL);
  const char *key = ((FkCapability *) fk_study_get_model (study)->capabilities->pdata[0])->key;
  FkWindow *window = fk_window_new (NULL, study);
  GtkWidget *scoring;
  GtkWidget *waiting;
  GtkWidget *row;
  guint idles = 0;
  guint idle_id;
  sqlite3 *other;

  scoring = show_scoring (window, key);

  other = fk_test_lock_study (study);
  idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, idle_count_cb, &idles, NULL);
  for (int level = 1; level <= 3; level++)
    {
      guint before = idles;

      g_assert_true (gtk_widget_activate_action (scoring, "scoring.set-current", "i", level));
      /* The loop runs between keys: the write did not wait. */
      for (guint i = 0; i < MAX_ITERATIONS && idles < before + 3; i++)
        g_main_context_iteration (NULL, TRUE);
      g_assert_cmpuint (idles, >=, before + 3);
    }
  g_source_remove (idle_id);
  g_assert_cmpuint (fk_study_get_n_pending (study), ==, 3);
  waiting = GTK_WIDGET (shell_test_find_label (GTK_WIDGET (window), "Waiting for another program…"));
  g_assert_nonnull (waiting);
  g_assert_true (gtk_widget_is_visible (waiting));
  /* The view shows the last choice. */
  {
    g_autoptr(FkScore) shown = fk_study_get_score (study, fk_study_get_latest_round (study)->id,
                                                   "1460", key, NULL);
    g_assert_cmpint (shown->current, ==, 3);
  }
  g_assert_cmpint (read_current (fk_study_get_path (study), key), ==, FK_LEVEL_UNSET);
  /* … and its buttons say so. */
  row = fk_scoring_view_get_row (FK_SCORING_VIEW (scoring), key);
  g_assert_true (gtk_toggle_button_get_active (
    GTK_TOGGLE_BUTTON (fk_capability_row_get_level_button (FK_CAPABILITY_ROW (row), FK_SCORE_FIELD_CURRENT, 3))));
  g_assert_false (gtk_toggle_button_get_active (
    GTK_TOGGLE_BUTTON (fk_capability_row_get_level_button (FK_CAPABILITY_ROW (row), FK_SCORE_FIELD_CURRENT, 1))));

  fk_test_unlock_study (other);
  for (guint i = 0; i < MAX_ITERATIONS && fk_study_get_n_pending (study) > 0; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (fk_study_get_n_pending (study), ==, 0);
  g_assert_false (gtk_widget_is_visible (waiting));
  g_assert_cmpint (read_current (fk_study_get_path (study), key), ==, 3);
  shell_test_destroy_window (window);
}

/* Undo while another program writes: queued too, and the view shows the
 * answer it goes back to. */
static void
test_window_undo_while_locked (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "undo.fkarta", "Undo", NULL);
  const char *key = ((FkCapability *) fk_study_get_model (study)->capabilities->pdata[2])->key;
  FkWindow *window = fk_window_new (NULL, study);
  GtkWidget *scoring;
  GtkWidget *row;
  sqlite3 *other;

  scoring = show_scoring (window, key);
  g_assert_true (gtk_widget_activate_action (scoring, "scoring.set-current", "i", 2));
  g_assert_cmpint (read_current (fk_study_get_path (study), key), ==, 2);

  other = fk_test_lock_study (study);
  g_assert_true (gtk_widget_activate_action (scoring, "scoring.undo", NULL));
  g_assert_cmpuint (fk_study_get_n_pending (study), ==, 1);
  row = fk_scoring_view_get_row (FK_SCORING_VIEW (scoring), key);
  g_assert_false (gtk_toggle_button_get_active (
    GTK_TOGGLE_BUTTON (fk_capability_row_get_level_button (FK_CAPABILITY_ROW (row), FK_SCORE_FIELD_CURRENT, 2))));

  fk_test_unlock_study (other);
  for (guint i = 0; i < MAX_ITERATIONS && fk_study_get_n_pending (study) > 0; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (read_current (fk_study_get_path (study), key), ==, FK_LEVEL_UNSET);
  shell_test_destroy_window (window);
}

/* Closing while answers wait for the lock: the window stays until they
 * are written, then closes by itself. */
static void
test_window_close_waits_for_queue (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "closewait.fkarta", "Close", NULL);
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  const char *key = ((FkCapability *) fk_study_get_model (study)->capabilities->pdata[1])->key;
  g_autofree char *key_copy = g_strdup (key);
  FkWindow *window = fk_window_new (NULL, study);
  GtkWidget *scoring;
  sqlite3 *other;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  scoring = show_scoring (window, key);

  other = fk_test_lock_study (study);
  g_assert_true (gtk_widget_activate_action (scoring, "scoring.set-current", "i", 4));
  g_assert_cmpuint (fk_study_get_n_pending (study), ==, 1);
  g_clear_object (&study);   /* the window's now */

  gtk_window_close (GTK_WINDOW (window));
  g_assert_nonnull (window);
  g_assert_nonnull (shell_test_find_message_dialog ());

  fk_test_unlock_study (other);
  for (guint i = 0; i < MAX_ITERATIONS && window != NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (shell_test_find_message_dialog ());
  g_assert_cmpint (read_current (path, key_copy), ==, 4);
}

/* A window that is not the active one still sees a write by another
 * program (the CLI, a second copy), through its file monitor or poll. */
static void
test_window_follows_when_inactive (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "inactive.fkarta", "Projected", NULL);
  FkWindow *window = fk_window_new (NULL, study);
  g_autofree char *sql = NULL;
  guint changed = 0;
  guint ticks = 0;
  guint tick;
  sqlite3 *other = NULL;

  GtkWidget *front = gtk_window_new ();

  gtk_window_present (GTK_WINDOW (window));
  /* Another window in front, as the projected window behind the one the
   * lead types in. */
  gtk_window_present (GTK_WINDOW (front));
  for (guint i = 0; i < MAX_ITERATIONS && gtk_window_is_active (GTK_WINDOW (window)); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (gtk_window_is_active (GTK_WINDOW (window)));
  g_object_set_data (G_OBJECT (study), "test-window", window);
  g_signal_connect_swapped (study, "changed", G_CALLBACK (count_inactive_changed_cb), &changed);

  g_assert_cmpint (sqlite3_open (fk_study_get_path (study), &other), ==, SQLITE_OK);
  sql = g_strdup_printf ("INSERT INTO score (round_id, municipality, capability, current, not_applicable, updated)"
                         " VALUES (%" G_GINT64_FORMAT ", '1460', '%s', 2, 0, 1)",
                         fk_study_get_latest_round (study)->id,
                         ((FkCapability *) fk_study_get_model (study)->capabilities->pdata[0])->key);
  g_assert_cmpint (sqlite3_exec (other, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);

  /* A tick wakes the loop, so that a window that never looks fails the
   * test after MAX_ITERATIONS instead of waiting for ever. */
  tick = g_timeout_add (10, idle_count_cb, &ticks);
  for (guint i = 0; i < MAX_ITERATIONS && changed == 0; i++)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  g_assert_cmpuint (changed, >=, 1);
  shell_test_destroy_window (front);
  shell_test_destroy_window (window);
}

/* A study another program holds: the window is there at once, with a
 * spinner, the main loop runs while the study opens in the background,
 * and the study arrives once the lock is gone. */
static void
test_application_opens_in_background (void)
{
  g_autoptr(FkApplication) app = fk_application_new ();
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "background.fkarta", "Held", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fk_study_get_path (study));
  g_autoptr(GError) error = NULL;
  FkWindow *window;
  GList *windows;
  guint idles = 0;
  guint idle_id;
  sqlite3 *other;

  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  other = fk_test_lock_study (study);
  g_clear_object (&study);
  fk_application_open_file (app, file);
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  window = windows->data;
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_null (fk_window_get_study (window));
  g_assert_nonnull (fk_window_get_loading_path (window));
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (window), "Opening the Study…"));

  idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, idle_count_cb, &idles, NULL);
  for (guint i = 0; i < MAX_ITERATIONS && idles < 50; i++)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (idle_id);
  g_assert_cmpuint (idles, >=, 50);
  g_assert_null (fk_window_get_study (window));   /* still waiting for the lock */

  fk_test_unlock_study (other);
  for (guint i = 0; i < MAX_ITERATIONS && fk_window_get_study (window) == NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (fk_window_get_study (window));
  g_assert_false (fk_study_is_read_only (fk_window_get_study (window)));
  g_assert_null (fk_window_get_loading_path (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Held");

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    shell_test_destroy_window (windows->data);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = shell_test_setup_tmpdir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/no-freeze/write-while-locked", test_window_write_while_locked);
  g_test_add_func ("/ui/no-freeze/undo-while-locked", test_window_undo_while_locked);
  g_test_add_func ("/ui/no-freeze/close-waits-for-queue", test_window_close_waits_for_queue);
  g_test_add_func ("/ui/no-freeze/follows-when-inactive", test_window_follows_when_inactive);
  g_test_add_func ("/ui/no-freeze/opens-in-background", test_application_opens_in_background);

  status = g_test_run ();
  shell_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
