/* test-overview.c — the overview page follows the study
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fk-overview-page.h"
#include "shell-test-util.h"

#include <sqlite3.h>

static char *tmpdir;

static void
test_overview_content (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "content.fkarta", "Digital motor Fyrbodal", NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = fk_overview_page_new ();

  gtk_window_set_child (GTK_WINDOW (window), page);
  g_object_set (page, "study", study, NULL);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_nonnull (shell_test_find_label (page, "Digital motor Fyrbodal"));
  g_assert_nonnull (shell_test_find_label (page, "Dals-Ed"));
  g_assert_nonnull (shell_test_find_label (page, "4\u202f813"));
  /* Size classes of Fyrbodal: Dals-Ed small, Lysekil medium, Trollhättan large. */
  g_assert_cmpuint (shell_test_count_labels (page, "Small"), ==, 5);
  g_assert_cmpuint (shell_test_count_labels (page, "Medium"), ==, 6);
  g_assert_cmpuint (shell_test_count_labels (page, "Large"), ==, 3);
  /* The areas of the model, in the study's language (English here). */
  g_assert_nonnull (shell_test_find_label (page, "Digital legacy"));
  g_assert_nonnull (shell_test_find_label (page, "43 capabilities in 12 areas"));
  g_assert_nonnull (shell_test_find_label (page, "Model: Digital motor, version 2.0.0 · Region: Fyrbodal"));

  shell_test_destroy_window (window);
}

static void
test_overview_recomputes (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "recompute.fkarta", "Recompute", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) score = NULL;
  const FkRound *round = fk_study_get_latest_round (study);
  FkModel *model = fk_study_get_model (study);
  const FkCapability *cap = g_ptr_array_index (model->capabilities, 0);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = fk_overview_page_new ();

  /* Shown: a page recomputes only while it is (see test-page-updates.c). */
  g_object_ref (page);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  fk_overview_page_set_study (FK_OVERVIEW_PAGE (page), study);
  g_assert_cmpuint (shell_test_count_labels (page, "0 of 43"), ==, 14);
  g_assert_nonnull (shell_test_find_label (page, "0 of 602 answers (0 %)"));

  g_assert_nonnull (round);
  score = fk_score_new (round->id, "1460", cap->key);
  score->current = 3;
  g_assert_true (fk_study_set_score (study, score, &error));
  g_assert_no_error (error);

  /* "changed" rebuilt the page: Bengtsfors has one answer. */
  g_assert_cmpuint (shell_test_count_labels (page, "0 of 43"), ==, 13);
  g_assert_cmpuint (shell_test_count_labels (page, "1 of 43"), ==, 1);
  g_assert_nonnull (shell_test_find_label (page, "1 of 602 answers (0 %)"));

  /* Dropping the study empties the page and disconnects from it. */
  fk_overview_page_set_study (FK_OVERVIEW_PAGE (page), NULL);
  g_assert_null (shell_test_find_label (page, "Bengtsfors"));
  score->current = 4;
  g_assert_true (fk_study_set_score (study, score, &error));
  g_assert_null (shell_test_find_label (page, "Bengtsfors"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

/* A count that cannot be read shows as such, never as "0 of 43". */
static void
test_overview_unreadable (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "unreadable.fkarta", "Unreadable", NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = fk_overview_page_new ();
  GtkLabel *summary;
  sqlite3 *db = NULL;

  /* Another program takes the scores away under the open study. */
  g_assert_cmpint (sqlite3_open (fk_study_get_path (study), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "ALTER TABLE score RENAME TO score_gone", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  gtk_window_set_child (GTK_WINDOW (window), page);
  fk_overview_page_set_study (FK_OVERVIEW_PAGE (page), study);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_cmpuint (shell_test_count_labels (page, "0 of 43"), ==, 0);
  g_assert_cmpuint (shell_test_count_labels (page, "–"), ==, 14);
  summary = shell_test_find_label (page, "The progress could not be read.");
  g_assert_nonnull (summary);
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (summary)), "unreadable.fkarta"));

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tmpdir = shell_test_setup_tmpdir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/overview/content", test_overview_content);
  g_test_add_func ("/ui/overview/recomputes", test_overview_recomputes);
  g_test_add_func ("/ui/overview/unreadable", test_overview_unreadable);

  ret = g_test_run ();
  shell_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return ret;
}
