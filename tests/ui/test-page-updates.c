/* test-page-updates.c — the pages recompute what a change of the study
 * concerns, and only while they are shown
 *
 * The overview, scoring and profile pages sit in a GtkStack, as in the
 * window: a hidden page is unmapped. Each page counts its recomputations
 * (…_get_n_recomputes, …_get_n_refreshes).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fk-overview-page.h"
#include "fk-profile-view.h"
#include "fk-scoring-view.h"
#include "shell-test-util.h"

static char *tmpdir;

typedef struct {
  FkStudy   *study;
  gint64     round_id;
  GtkWidget *window;
  GtkWidget *stack;
  GtkWidget *overview;
  GtkWidget *scoring;
  GtkWidget *profile;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  /* A new name per study: the fixture's address comes back from malloc
   * in the next test, and the file of the one before is still there. */
  static guint n_studies;
  g_autofree char *name = g_strdup_printf ("updates-%u.fkarta", n_studies++);

  f->study = shell_test_create_study (tmpdir, name, "Updates", NULL);
  f->round_id = fk_study_get_latest_round (f->study)->id;
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  f->stack = gtk_stack_new ();
  f->overview = fk_overview_page_new ();
  f->scoring = fk_scoring_view_new ();
  f->profile = fk_profile_view_new ();
  gtk_stack_add_named (GTK_STACK (f->stack), f->overview, "overview");
  gtk_stack_add_named (GTK_STACK (f->stack), f->scoring, "scoring");
  gtk_stack_add_named (GTK_STACK (f->stack), f->profile, "profile");
  gtk_window_set_child (GTK_WINDOW (f->window), f->stack);
  gtk_window_present (GTK_WINDOW (f->window));

  fk_overview_page_set_study (FK_OVERVIEW_PAGE (f->overview), f->study);
  fk_scoring_view_set_study (FK_SCORING_VIEW (f->scoring), f->study);
  fk_scoring_view_set_municipality (FK_SCORING_VIEW (f->scoring), "1460");
  fk_scoring_view_set_round_id (FK_SCORING_VIEW (f->scoring), f->round_id);
  fk_profile_view_set_study (FK_PROFILE_VIEW (f->profile), f->study);
  fk_profile_view_set_municipality (FK_PROFILE_VIEW (f->profile), "1460");
  gtk_stack_set_visible_child_name (GTK_STACK (f->stack), "overview");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->study);
}

static void
show (Fixture    *f,
      const char *page)
{
  gtk_stack_set_visible_child_name (GTK_STACK (f->stack), page);
  g_assert_true (gtk_widget_get_mapped (gtk_stack_get_visible_child (GTK_STACK (f->stack))));
}

/* Writes level @level for capability @index of @code in @round_id. */
static void
set_level (Fixture    *f,
           gint64      round_id,
           const char *code,
           guint       index,
           int         level)
{
  g_autoptr(GError) error = NULL;
  FkModel *model = fk_study_get_model (f->study);
  g_autoptr(FkScore) score = fk_score_new (round_id, code,
                                           ((FkCapability *) model->capabilities->pdata[index])->key);

  score->current = level;
  g_assert_true (fk_study_set_score (f->study, score, &error));
  g_assert_no_error (error);
}

/* One batch: the first capability of every municipality at level 1. */
static void
answer_first_everywhere (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  FkRegion *region = fk_study_get_region (f->study);
  FkModel *model = fk_study_get_model (f->study);

  for (guint i = 0; i < region->municipalities->len; i++)
    {
      FkScore *score = fk_score_new (f->round_id,
                                     ((FkMunicipality *) region->municipalities->pdata[i])->code,
                                     ((FkCapability *) model->capabilities->pdata[0])->key);
      score->current = 1;
      g_ptr_array_add (scores, score);
    }
  g_assert_true (fk_study_set_scores (f->study, scores, &error));
  g_assert_no_error (error);
}

static guint
overview_n (Fixture *f)
{
  return fk_overview_page_get_n_recomputes (FK_OVERVIEW_PAGE (f->overview));
}

static guint
scoring_n (Fixture *f)
{
  return fk_scoring_view_get_n_refreshes (FK_SCORING_VIEW (f->scoring));
}

static guint
profile_n (Fixture *f)
{
  return fk_profile_view_get_n_recomputes (FK_PROFILE_VIEW (f->profile));
}

/* The page on show follows every change it shows, at once. */
static void
test_shown_page_recomputes (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n = overview_n (f);

  g_assert_cmpuint (shell_test_count_labels (f->overview, "0 of 43"), ==, 14);
  set_level (f, f->round_id, "1460", 0, 3);
  g_assert_cmpuint (overview_n (f), ==, n + 1);
  g_assert_cmpuint (shell_test_count_labels (f->overview, "1 of 43"), ==, 1);
  g_assert_nonnull (shell_test_find_label (f->overview, "1 of 602 answers (0 %)"));

  /* A batch over several municipalities: every row. */
  answer_first_everywhere (f);
  g_assert_cmpuint (overview_n (f), ==, n + 2);
  g_assert_cmpuint (shell_test_count_labels (f->overview, "1 of 43"), ==, 14);

  g_assert_true (fk_study_set_title (f->study, "New title", &error));
  g_assert_cmpuint (overview_n (f), ==, n + 3);
  g_assert_nonnull (shell_test_find_label (f->overview, "New title"));

  /* The import log is not on the page. */
  g_assert_true (fk_study_log_import (f->study, "svar.json", "1460", f->round_id, NULL, &error));
  g_assert_cmpuint (overview_n (f), ==, n + 3);

  show (f, "scoring");
  n = scoring_n (f);
  set_level (f, f->round_id, "1460", 1, 4);
  g_assert_cmpuint (scoring_n (f), ==, n + 1);
  g_assert_cmpstr (fk_scoring_view_get_progress_text (FK_SCORING_VIEW (f->scoring)), ==, "2 of 43 assessed");

  show (f, "profile");
  n = profile_n (f);
  set_level (f, f->round_id, "1438", 1, 2);
  g_assert_cmpuint (profile_n (f), ==, n + 1);
}

/* A hidden page does nothing on a change, and catches up once, when it is
 * shown again. */
static void
test_hidden_page_waits (Fixture       *f,
                        gconstpointer  data)
{
  guint scoring = scoring_n (f);
  guint profile = profile_n (f);
  guint overview;

  g_assert_false (gtk_widget_get_mapped (f->scoring));
  g_assert_false (gtk_widget_get_mapped (f->profile));
  set_level (f, f->round_id, "1460", 0, 3);
  set_level (f, f->round_id, "1460", 1, 5);
  g_assert_cmpuint (scoring_n (f), ==, scoring);
  g_assert_cmpuint (profile_n (f), ==, profile);

  show (f, "scoring");
  g_assert_cmpuint (scoring_n (f), ==, scoring + 1);
  g_assert_cmpstr (fk_scoring_view_get_progress_text (FK_SCORING_VIEW (f->scoring)), ==, "2 of 43 assessed");

  /* Now the overview is hidden. */
  overview = overview_n (f);
  set_level (f, f->round_id, "1460", 2, 1);
  g_assert_cmpuint (overview_n (f), ==, overview);
  g_assert_cmpuint (shell_test_count_labels (f->overview, "2 of 43"), ==, 1);
  show (f, "overview");
  g_assert_cmpuint (overview_n (f), ==, overview + 1);
  g_assert_cmpuint (shell_test_count_labels (f->overview, "3 of 43"), ==, 1);
  /* Shown again without a change in between: nothing to do. */
  show (f, "scoring");
  show (f, "overview");
  g_assert_cmpuint (overview_n (f), ==, overview + 1);

  show (f, "profile");
  g_assert_cmpuint (profile_n (f), ==, profile + 1);
  g_assert_nonnull (fk_profile_view_get_profile (FK_PROFILE_VIEW (f->profile)));
}

/* What a page does not show does not make it recompute. */
static void
test_other_changes_ignored (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const FkRound *second;
  guint n;

  show (f, "scoring");
  n = scoring_n (f);
  set_level (f, f->round_id, "1438", 0, 2);               /* another municipality */
  g_assert_true (fk_study_set_title (f->study, "Other", &error));
  g_assert_true (fk_study_log_import (f->study, "svar.json", NULL, 0, NULL, &error));
  g_assert_cmpuint (scoring_n (f), ==, n);
  second = fk_study_add_round (f->study, "Round 2", NULL, &error);   /* the round chooser */
  g_assert_nonnull (second);
  g_assert_cmpuint (scoring_n (f), ==, n + 1);
  set_level (f, second->id, "1460", 0, 2);                 /* another round */
  g_assert_cmpuint (scoring_n (f), ==, n + 1);

  /* The profile shows the first round still: its medians are the region's. */
  show (f, "profile");
  n = profile_n (f);
  set_level (f, second->id, "1438", 0, 3);
  g_assert_true (fk_study_log_import (f->study, "svar.json", NULL, 0, NULL, &error));
  g_assert_cmpuint (profile_n (f), ==, n);
  set_level (f, f->round_id, "1484", 0, 3);
  g_assert_cmpuint (profile_n (f), ==, n + 1);

  /* The overview shows the latest round. */
  show (f, "overview");
  n = overview_n (f);
  set_level (f, f->round_id, "1484", 1, 3);
  g_assert_cmpuint (overview_n (f), ==, n);
  set_level (f, second->id, "1484", 1, 3);
  g_assert_cmpuint (overview_n (f), ==, n + 1);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tmpdir = shell_test_setup_tmpdir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, func) g_test_add ("/ui/page-updates/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("shown-page-recomputes", test_shown_page_recomputes);
  ADD ("hidden-page-waits", test_hidden_page_waits);
  ADD ("other-changes-ignored", test_other_changes_ignored);
#undef ADD

  ret = g_test_run ();
  shell_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return ret;
}
