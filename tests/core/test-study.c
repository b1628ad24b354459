/* test-study.c — the study file: create, open, migrate, refuse, scores */
#include "fk-test-util.h"
#include "fk-study-private.h"   /* the connection, to simulate a full disk */

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static void
count_cb (gpointer data)
{
  (*(guint *) data)++;
}

static void
test_create_and_open (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "a.fkarta");
  g_autoptr(FkStudy) again = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (NULL);
  g_autoptr(FkRegion) region = fk_region_new_default (NULL);
  g_autoptr(FkStudy) twice = NULL;
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  g_autofree char *before = NULL;
  const FkRound *round;

  g_assert_cmpstr (fk_study_get_title (study), ==, "Test");
  g_assert_cmpstr (fk_study_get_language (study), ==, "sv");
  g_assert_false (fk_study_is_read_only (study));
  g_assert_null (fk_study_get_read_only_reason (study));
  g_assert_cmpuint (fk_study_get_rounds (study)->len, ==, 1);
  round = fk_study_get_latest_round (study);
  g_assert_cmpstr (round->name, ==, "Omgång 1");
  g_assert_nonnull (round->date);
  g_assert_cmpuint (fk_study_get_region (study)->municipalities->len, ==, 14);
  g_assert_cmpstr (fk_study_get_model (study)->checksum, ==, model->checksum);
  g_assert_cmpint (fk_study_get_created (study), >, 0);

  /* The study stands alone: the model comes from the file. */
  again = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_study_get_model (again)->json, ==, model->json);
  g_assert_cmpstr (fk_region_lookup (fk_study_get_region (again), "1492")->name, ==, "Åmål");
  g_assert_cmpint (fk_study_get_region (again)->small_below, ==, 10000);

  /* Never overwrites. */
  before = fk_test_file_checksum (path);
  twice = fk_study_create (path, model, region, "X", "sv", NULL, &error);
  g_assert_null (twice);
  g_assert_error (error, FK_ERROR, FK_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_null (fk_study_create ("/nonexistent/dir/x.fkarta", model, region, "X", "sv", NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (fk_study_create (path, model, region, "X", "fi", NULL, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);

  g_clear_object (&study);
  g_clear_object (&again);
  {
    g_autofree char *after = fk_test_file_checksum (path);
    g_assert_cmpstr (before, ==, after);
  }
  fk_test_tmpdir_free (dir);
}

/* Replacing keeps the old file until the new study is complete. */
static void
test_create_replacing (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) old = fk_test_study_new_default (dir, "same.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (old));
  g_autoptr(FkModel) model = fk_model_new_default (NULL);
  g_autoptr(FkRegion) region = fk_region_new_default (NULL);
  g_autoptr(FkStudy) fresh = NULL;
  g_autofree char *before = NULL;
  g_autofree char *round_en = fk_study_default_round_name ("en", 2);
  g_autofree char *round_sv = fk_study_default_round_name ("sv", 1);

  g_assert_cmpstr (round_en, ==, "Round 2");
  g_assert_cmpstr (round_sv, ==, "Omgång 1");
  g_clear_object (&old);
  before = fk_test_file_checksum (path);

  /* A failure (a bad language) leaves the old study as it was. */
  g_assert_null (fk_study_create_replacing (path, model, region, "Ny", "fi", NULL, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autofree char *after = fk_test_file_checksum (path);
    g_assert_cmpstr (before, ==, after);
  }

  fresh = fk_study_create_replacing (path, model, region, "Ny studie", "en", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_study_get_title (fresh), ==, "Ny studie");
  g_assert_cmpstr (fk_study_get_latest_round (fresh)->name, ==, "Round 1");
  g_clear_object (&fresh);
  fk_test_tmpdir_free (dir);
}

/* Where a file chooser pointed: the extension added, and then no
 * agreement to replace; a file not on this computer refused, named.
 * (Creating there: tests/ui/test-new-study.c and test-window.c.) */
static void
test_create_for_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) bare = g_file_new_for_path ("/tmp/Ny studie");
  g_autoptr(GFile) full = g_file_new_for_path ("/tmp/Ny studie.fkarta");
  g_autoptr(GFile) remote = g_file_new_for_uri ("https://example.com/studier/x.fkarta");
  g_autofree char *path = NULL;
  gboolean replace = TRUE;

  path = fk_study_path_for_file (bare, &replace, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (path, ==, "/tmp/Ny studie.fkarta");
  g_assert_false (replace);
  g_clear_pointer (&path, g_free);
  replace = TRUE;
  path = fk_study_path_for_file (full, &replace, &error);
  g_assert_cmpstr (path, ==, "/tmp/Ny studie.fkarta");
  g_assert_true (replace);

  g_assert_null (fk_study_create_for_file (remote, FALSE, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "https://example.com/studier/x.fkarta"));
}

static void
test_metadata_and_rounds (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "m.fkarta");
  g_autoptr(FkStudy) again = NULL;
  const FkRound *round;
  guint changed = 0;

  g_signal_connect_swapped (study, "changed", G_CALLBACK (g_atomic_int_inc), &changed);
  g_assert_true (fk_study_set_title (study, "Digital motor <b>&</b>", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_false (fk_study_set_title (study, "", &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (fk_study_set_language (study, "en", &error));
  g_assert_false (fk_study_set_language (study, "de", &error));
  g_clear_error (&error);

  round = fk_study_add_round (study, "Uppföljning 2022", "2022-03-01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (round->name, ==, "Uppföljning 2022");
  g_assert_true (fk_study_get_latest_round (study) == round);
  g_assert_null (fk_study_add_round (study, "Uppföljning 2022", NULL, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_null (fk_study_add_round (study, "X", "2022-13-45", &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (fk_study_add_round (study, "X", "2022/03/15", &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);

  again = fk_study_open (fk_study_get_path (study), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_study_get_title (again), ==, "Digital motor <b>&</b>");
  g_assert_cmpstr (fk_study_get_language (again), ==, "en");
  g_assert_cmpuint (fk_study_get_rounds (again)->len, ==, 2);
  g_assert_nonnull (fk_study_find_round (again, "Uppföljning 2022"));

  g_clear_object (&study);
  g_clear_object (&again);
  fk_test_tmpdir_free (dir);
}

static void
test_score_round_trip (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "s.fkarta");
  g_autoptr(FkStudy) again = NULL;
  g_autoptr(FkScore) score = NULL;
  g_autoptr(FkScore) na = NULL;
  g_autoptr(FkScore) zero = NULL;
  g_autoptr(FkScore) back = NULL;
  g_autoptr(FkScore) empty = NULL;
  g_autoptr(GPtrArray) list = NULL;
  FkModel *model = fk_study_get_model (study);
  const char *cap0 = ((FkCapability *) g_ptr_array_index (model->capabilities, 0))->key;
  const char *cap1 = ((FkCapability *) g_ptr_array_index (model->capabilities, 1))->key;
  const char *cap2 = ((FkCapability *) g_ptr_array_index (model->capabilities, 2))->key;
  gint64 round = fk_study_get_latest_round (study)->id;

  score = fk_study_get_score (study, round, "1460", cap0, &error);
  g_assert_no_error (error);
  g_assert_true (fk_score_is_empty (score));
  g_assert_false (fk_score_is_assessed (score));
  score->current = 2;
  score->target = 4;
  score->sustain = FK_SUSTAIN_DIFFICULT;
  score->key_person = FK_KEY_PERSON_YES;
  score->interest = FK_INTEREST_MAYBE;
  score->comment = g_strdup ("<b>&</b> Åtgärd\nrad två");
  score->respondent = g_strdup ("IT-chef Åsa");
  g_assert_true (fk_study_set_score (study, score, &error));
  g_assert_no_error (error);

  na = fk_score_new (round, "1460", cap1);
  na->current = FK_LEVEL_NA;
  g_assert_true (fk_study_set_score (study, na, &error));
  zero = fk_score_new (round, "1460", cap2);
  zero->current = 0;
  g_assert_true (fk_study_set_score (study, zero, &error));
  g_assert_cmpuint (fk_test_count_assessed (study, round, "1460"), ==, 3);
  g_assert_cmpuint (fk_test_count_assessed (study, round, "1438"), ==, 0);

  again = fk_study_open (fk_study_get_path (study), 0, &error);
  g_assert_no_error (error);
  back = fk_study_get_score (again, round, "1460", cap0, &error);
  g_assert_true (fk_score_equal (score, back));
  g_assert_cmpstr (back->comment, ==, "<b>&</b> Åtgärd\nrad två");
  g_assert_cmpint (back->updated, >, 0);
  g_clear_pointer (&back, fk_score_free);
  back = fk_study_get_score (again, round, "1460", cap1, &error);
  g_assert_cmpint (back->current, ==, FK_LEVEL_NA);
  g_assert_cmpint (back->target, ==, FK_LEVEL_UNSET);
  g_clear_pointer (&back, fk_score_free);
  back = fk_study_get_score (again, round, "1460", cap2, &error);
  g_assert_cmpint (back->current, ==, 0);
  g_assert_true (fk_score_is_assessed (back));

  list = fk_study_list_scores (again, round, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  /* Model order. */
  g_assert_cmpstr (((FkScore *) g_ptr_array_index (list, 0))->capability, ==, cap0);
  g_assert_cmpstr (((FkScore *) g_ptr_array_index (list, 2))->capability, ==, cap2);

  /* Clearing every answer removes the row: "not assessed" again. */
  empty = fk_score_new (round, "1460", cap2);
  g_assert_true (fk_study_set_score (study, empty, &error));
  g_assert_cmpuint (fk_test_count_assessed (study, round, "1460"), ==, 2);

  g_clear_object (&study);
  g_clear_object (&again);
  fk_test_tmpdir_free (dir);
}

static void
test_score_refusals (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "r.fkarta");
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  FkModel *model = fk_study_get_model (study);
  const char *cap0 = ((FkCapability *) g_ptr_array_index (model->capabilities, 0))->key;
  gint64 round = fk_study_get_latest_round (study)->id;
  FkScore *bad;

  g_assert_null (fk_study_get_score (study, round, "9999", cap0, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (fk_study_get_score (study, round, "1460", "no.such", &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (fk_study_get_score (study, round + 10, "1460", cap0, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* One message for an unknown round, whether named by id or by name. */
  g_assert_true (fk_study_check_round (study, round, &error));
  g_assert_no_error (error);
  g_assert_false (fk_study_check_round (study, round + 10, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "r.fkarta: the study has no round"));
  g_clear_error (&error);
  g_assert_true (fk_study_get_round_by_name (study, "Omgång 1", &error) == fk_study_get_latest_round (study));
  g_assert_null (fk_study_get_round_by_name (study, "Våren 1999", &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "r.fkarta: the study has no round “Våren 1999”"));
  g_clear_error (&error);

  /* A batch with one bad score writes nothing at all. */
  g_ptr_array_add (batch, fk_score_new (round, "1460", cap0));
  ((FkScore *) batch->pdata[0])->current = 3;
  bad = fk_score_new (round, "1460", cap0);
  bad->target = 6;
  g_ptr_array_add (batch, bad);
  g_assert_false (fk_study_set_scores (study, batch, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "target"));
  g_clear_error (&error);
  g_assert_cmpuint (fk_test_count_assessed (study, round, "1460"), ==, 0);

  bad->target = FK_LEVEL_NA;  /* the target is never "not applicable" */
  g_assert_false (fk_study_set_score (study, bad, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

static int
count_log_lines (FkStudy *study)
{
  g_autoptr(GError) error = NULL;
  int n = -1;

  g_assert_true (fk_study_pragma_int (study, "SELECT count(*) FROM import_log", &n, &error));
  g_assert_no_error (error);
  return n;
}

/* Five scores of Bengtsfors, the first capabilities, levels 1–5. */
static GPtrArray *
five_scores (FkStudy *study,
             gint64   round)
{
  GPtrArray *scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  FkModel *model = fk_study_get_model (study);

  for (guint i = 0; i < 5; i++)
    {
      FkScore *score = fk_score_new (round, "1460", ((FkCapability *) model->capabilities->pdata[i])->key);
      score->current = i + 1;
      g_ptr_array_add (scores, score);
    }
  return scores;
}

/* A batch is all or nothing, its log line included; a stale precondition
 * says what changed; a good batch writes its scores and one log line and
 * tells the views once. */
static void
test_batch (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "batch.fkarta");
  gint64 round = fk_study_get_latest_round (study)->id;
  g_autoptr(GPtrArray) scores = five_scores (study, round);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  g_autoptr(FkScore) stale = NULL;
  const FkImportLogEntry entry = { "svar-1460.json", "1460", round, "5 answers" };
  FkModel *model = fk_study_get_model (study);
  const FkCapability *third = g_ptr_array_index (model->capabilities, 2);
  guint changed = 0;

  g_signal_connect_swapped (study, "changed", G_CALLBACK (count_cb), &changed);

  /* The second score is invalid: nothing is written, not even the log line. */
  ((FkScore *) scores->pdata[1])->target = 6;
  g_assert_false (fk_study_apply_batch (study, scores, NULL, &entry, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (fk_test_count_assessed (study, round, "1460"), ==, 0);
  g_assert_cmpint (count_log_lines (study), ==, 0);
  g_assert_cmpuint (changed, ==, 0);
  ((FkScore *) scores->pdata[1])->target = FK_LEVEL_UNSET;

  /* Someone else answered the third capability meanwhile. */
  stale = fk_score_new (round, "1460", third->key);
  stale->current = 0;
  g_assert_true (fk_study_set_score (study, stale, &error));
  g_assert_no_error (error);
  changed = 0;
  for (guint i = 0; i < scores->len; i++)
    g_ptr_array_add (expected, fk_score_new (round, "1460", ((FkScore *) scores->pdata[i])->capability));
  g_assert_false (fk_study_apply_batch (study, scores, expected, &entry, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_CHANGED);
  g_assert_nonnull (strstr (error->message, "batch.fkarta"));
  g_assert_nonnull (strstr (error->message, "Bengtsfors"));
  g_assert_nonnull (strstr (error->message, fk_text_get (&third->name, "sv")));
  g_clear_error (&error);
  g_assert_cmpuint (fk_test_count_assessed (study, round, "1460"), ==, 1);
  g_assert_cmpint (count_log_lines (study), ==, 0);
  g_assert_cmpuint (changed, ==, 0);

  /* With the precondition right (NULL: no check), all of it is written. */
  fk_score_free (g_ptr_array_index (expected, 2));
  expected->pdata[2] = g_steal_pointer (&stale);
  g_assert_true (fk_study_apply_batch (study, scores, expected, &entry, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fk_test_count_assessed (study, round, "1460"), ==, 5);
  g_assert_cmpint (count_log_lines (study), ==, 1);
  g_assert_cmpuint (changed, ==, 1);

  /* The wrappers are batches too. */
  g_assert_true (fk_study_log_import (study, "cli", NULL, 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_log_lines (study), ==, 2);
  g_assert_cmpuint (changed, ==, 2);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* A count that cannot be read is an error, never a 0 that looks true;
 * a damaged setting is refused at open instead of read as a default. */
static void
test_unreadable (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "unreadable.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  gint64 round = fk_study_get_latest_round (study)->id;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GPtrArray) scores = five_scores (study, round);
  guint n = G_MAXUINT;

  g_assert_true (fk_study_set_scores (study, scores, &error));
  g_assert_true (fk_study_count_assessed_all (study, round, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (counts), ==, 14);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "1460")), ==, 5);
  g_assert_true (g_hash_table_contains (counts, "1438"));
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "1438")), ==, 0);
  g_clear_pointer (&counts, g_hash_table_unref);

  /* Another program takes the scores away under the open study. */
  exec_sql (path, "ALTER TABLE score RENAME TO score_gone");
  g_assert_false (fk_study_get_n_assessed (study, round, "1460", &n, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == FK_ERROR);
  g_assert_nonnull (strstr (error->message, "unreadable.fkarta"));
  g_assert_cmpuint (n, ==, G_MAXUINT);
  g_clear_error (&error);
  g_assert_false (fk_study_count_assessed_all (study, round, &counts, &error));
  g_assert_nonnull (error);
  g_assert_null (counts);
  g_clear_error (&error);
  exec_sql (path, "ALTER TABLE score_gone RENAME TO score");
  g_assert_true (fk_study_get_n_assessed (study, round, "1460", &n, &error));
  g_assert_cmpuint (n, ==, 5);
  g_clear_object (&study);

  exec_sql (path, "UPDATE meta SET value = 'soon' WHERE key = 'created'");
  g_assert_null (fk_study_open (path, 0, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_A_STUDY);
  g_assert_nonnull (strstr (error->message, "created"));
  g_clear_error (&error);
  /* A missing one has its default. */
  exec_sql (path, "DELETE FROM meta WHERE key = 'created'");
  study = fk_study_open (path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fk_study_get_created (study), ==, 0);
  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

static void
record_change (FkStudy             *study,
               const FkStudyChange *change,
               GPtrArray           *changes)
{
  g_ptr_array_add (changes, fk_study_change_copy (change));
}

static const FkStudyChange *
last_change (GPtrArray *changes)
{
  g_assert_cmpuint (changes->len, >, 0);
  return g_ptr_array_index (changes, changes->len - 1);
}

/* Every write says what it changed, and whose scores. */
static void
test_change_details (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "change.fkarta");
  g_autoptr(FkStudy) other = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_study_change_free);
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(FkScore) score = NULL;
  g_autoptr(FkStudyChange) copy = NULL;
  gint64 round = fk_study_get_latest_round (study)->id;
  const FkRound *second;
  const FkStudyChange *change;
  GFlagsClass *flags_class;

  g_signal_connect (study, "changed", G_CALLBACK (record_change), changes);

  /* One score: its round and municipality. */
  scores = five_scores (study, round);
  g_assert_true (fk_study_set_score (study, scores->pdata[0], &error));
  g_assert_no_error (error);
  change = last_change (changes);
  g_assert_cmpint (change->what, ==, FK_STUDY_CHANGE_SCORES);
  g_assert_cmpint (change->round_id, ==, round);
  g_assert_cmpstr (change->municipality, ==, "1460");
  g_assert_true (fk_study_change_touches_scores (change, round, "1460"));
  g_assert_true (fk_study_change_touches_scores (change, 0, NULL));
  g_assert_true (fk_study_change_touches_scores (change, round, NULL));
  g_assert_false (fk_study_change_touches_scores (change, round, "1438"));
  g_assert_false (fk_study_change_touches_scores (change, round + 1, "1460"));

  /* A copy owns its municipality. */
  copy = fk_study_change_copy (change);
  g_assert_cmpstr (copy->municipality, ==, "1460");
  g_assert_true (copy->municipality != change->municipality);

  /* A batch over two municipalities with a log line: any municipality. */
  score = fk_score_new (round, "1438", ((FkScore *) scores->pdata[0])->capability);
  score->current = 2;
  g_ptr_array_add (scores, g_steal_pointer (&score));
  {
    const FkImportLogEntry entry = { "svar.json", NULL, round, NULL };
    g_assert_true (fk_study_apply_batch (study, scores, NULL, &entry, &error));
  }
  change = last_change (changes);
  g_assert_cmpint (change->what, ==, FK_STUDY_CHANGE_SCORES | FK_STUDY_CHANGE_IMPORTS);
  g_assert_cmpint (change->round_id, ==, round);
  g_assert_null (change->municipality);
  g_assert_true (fk_study_change_touches_scores (change, round, "1484"));

  g_assert_true (fk_study_log_import (study, "cli", NULL, 0, NULL, &error));
  change = last_change (changes);
  g_assert_cmpint (change->what, ==, FK_STUDY_CHANGE_IMPORTS);
  g_assert_false (fk_study_change_touches_scores (change, 0, NULL));

  second = fk_study_add_round (study, "Omgång 2", NULL, &error);
  g_assert_nonnull (second);
  g_assert_cmpint (last_change (changes)->what, ==, FK_STUDY_CHANGE_ROUNDS);
  g_assert_true (fk_study_set_title (study, "Ny titel", &error));
  g_assert_cmpint (last_change (changes)->what, ==, FK_STUDY_CHANGE_METADATA);
  g_assert_true (fk_study_set_language (study, "en", &error));
  g_assert_cmpint (last_change (changes)->what, ==, FK_STUDY_CHANGE_METADATA);
  g_assert_cmpuint (changes->len, ==, 6);

  /* Another process: everything may have changed. */
  other = fk_study_open (fk_study_get_path (study), 0, &error);
  g_assert_no_error (error);
  g_assert_true (fk_study_set_title (other, "Från en annan", &error));
  fk_study_check_external_changes (study);
  change = last_change (changes);
  g_assert_cmpint (change->what, ==, FK_STUDY_CHANGE_ALL);
  g_assert_cmpint (change->round_id, ==, 0);
  g_assert_null (change->municipality);
  g_assert_true (fk_study_change_touches_scores (change, round, "1460"));

  /* Becoming read-only (as when a write finds the file read-only) and
   * writable again: the state. */
  fk_study_note_write_failure (study, SQLITE_READONLY);
  g_assert_true (fk_study_is_read_only (study));
  g_assert_cmpint (last_change (changes)->what, ==, FK_STUDY_CHANGE_STATE);
  g_assert_true (fk_study_retry_writable (study));
  g_assert_cmpint (last_change (changes)->what, ==, FK_STUDY_CHANGE_STATE);

  /* The types exist for bindings and the signal. */
  g_assert_true (G_TYPE_IS_BOXED (FK_TYPE_STUDY_CHANGE));
  flags_class = g_type_class_ref (FK_TYPE_STUDY_CHANGE_FLAGS);
  g_assert_cmpuint (flags_class->mask, ==, FK_STUDY_CHANGE_ALL);
  g_assert_cmpint (g_flags_get_value_by_nick (flags_class, "imports")->value, ==, FK_STUDY_CHANGE_IMPORTS);
  g_type_class_unref (flags_class);

  g_signal_handlers_disconnect_by_data (study, changes);
  g_clear_object (&other);
  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

static void
test_parse_answers (void)
{
  g_autoptr(GError) error = NULL;
  FkSustain sustain;
  FkInterest interest;
  FkKeyPerson key_person;
  int level;

  g_assert_true (fk_level_from_string ("0", TRUE, &level, NULL));
  g_assert_cmpint (level, ==, 0);
  g_assert_true (fk_level_from_string ("na", TRUE, &level, NULL));
  g_assert_cmpint (level, ==, FK_LEVEL_NA);
  g_assert_true (fk_level_from_string ("none", FALSE, &level, NULL));
  g_assert_cmpint (level, ==, FK_LEVEL_UNSET);
  g_assert_false (fk_level_from_string ("na", FALSE, &level, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fk_level_from_string ("6", TRUE, &level, NULL));
  g_assert_false (fk_level_from_string ("-1", TRUE, &level, NULL));
  g_assert_false (fk_level_from_string ("3x", TRUE, &level, NULL));
  g_assert_true (fk_sustain_from_string ("difficult", &sustain, NULL));
  g_assert_cmpint (sustain, ==, FK_SUSTAIN_DIFFICULT);
  g_assert_false (fk_sustain_from_string ("maybe", &sustain, &error));
  g_assert_nonnull (strstr (error->message, "difficult"));
  g_assert_true (fk_interest_from_string ("maybe", &interest, NULL));
  g_assert_cmpint (interest, ==, FK_INTEREST_MAYBE);
  g_assert_true (fk_key_person_from_string ("none", &key_person, NULL));
  g_assert_cmpint (key_person, ==, FK_KEY_PERSON_UNSET);
  g_assert_cmpstr (fk_sustain_to_string (FK_SUSTAIN_NO), ==, "no");
  g_assert_null (fk_interest_to_string (FK_INTEREST_UNSET));
}

static void
assert_refused (const char *path,
                int         code,
                const char *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = fk_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(FkStudy) study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);

  g_assert_null (study);
  g_assert_error (error, FK_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  if (message_part != NULL && strstr (error->message, message_part) == NULL)
    g_error ("expected “%s” in “%s”", message_part, error->message);
  after = fk_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  /* Not even a journal beside it. */
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuse_garbage (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autofree char *empty = g_build_filename (dir, "empty.fkarta", NULL);
  g_autofree char *garbage = g_build_filename (dir, "garbage.fkarta", NULL);
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *truncated = g_build_filename (dir, "truncated.fkarta", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.fkarta", NULL);
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "whole.fkarta");
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_refused (empty, FK_ERROR_NOT_A_STUDY, NULL);
  g_assert_true (g_file_set_contents (garbage, "SQLite format 3\0 but then nothing useful at all, "
                                      "only words where pages should be.................", 80, NULL));
  assert_refused (garbage, FK_ERROR_NOT_A_STUDY, NULL);

  exec_sql (other, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
  assert_refused (other, FK_ERROR_NOT_A_STUDY, "another program");

  /* A study cut in half (a copy stopped midway). */
  g_clear_object (&study);
  {
    g_autofree char *whole = g_build_filename (dir, "whole.fkarta", NULL);
    g_assert_true (g_file_get_contents (whole, &data, &length, NULL));
  }
  g_assert_true (g_file_set_contents (truncated, data, length / 2, NULL));
  assert_refused (truncated, FK_ERROR_NOT_A_STUDY, NULL);

  {
    g_autoptr(GError) error = NULL;
    g_assert_null (fk_study_open (missing, 0, &error));
    g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
  fk_test_tmpdir_free (dir);
}

static void
test_refuse_newer (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "newer.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (study));

  g_clear_object (&study);
  exec_sql (path, "PRAGMA user_version = 99");
  assert_refused (path, FK_ERROR_NEWER_VERSION, "newer version");
  fk_test_tmpdir_free (dir);
}

static void
test_migrate (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "old.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  g_autofree char *backup = g_strconcat (path, ".v1.bak", NULL);
  g_autoptr(FkScore) score = NULL;
  g_autoptr(FkScore) back = NULL;
  gint64 round = fk_study_get_latest_round (study)->id;
  const char *cap = ((FkCapability *) g_ptr_array_index (fk_study_get_model (study)->capabilities, 0))->key;
  g_autofree char *cap_key = g_strdup (cap);

  score = fk_score_new (round, "1435", cap_key);
  score->current = 4;
  g_assert_true (fk_study_set_score (study, score, &error));
  g_clear_object (&study);

  /* Turn it into a schema-1 file: the tables versions 2, 4 and 5 added go away. */
  exec_sql (path, "DROP TABLE import_change; DROP TABLE import_log; DROP TABLE scenario_text;"
                  " DROP TABLE scenario_municipality; DROP TABLE scenario_capability;"
                  " DROP TABLE scenario; PRAGMA user_version = 1;");

  /* Read-only or no-migrate: refused, untouched. */
  {
    g_autofree char *before = fk_test_file_checksum (path);
    g_autofree char *after = NULL;
    g_assert_null (fk_study_open (path, FK_STUDY_OPEN_NO_MIGRATE, &error));
    g_assert_error (error, FK_ERROR, FK_ERROR_READ_ONLY);
    g_clear_error (&error);
    g_assert_null (fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error));
    g_assert_error (error, FK_ERROR, FK_ERROR_READ_ONLY);
    g_clear_error (&error);
    after = fk_test_file_checksum (path);
    g_assert_cmpstr (before, ==, after);
    g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  }

  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  back = fk_study_get_score (study, round, "1435", cap_key, &error);
  g_assert_cmpint (back->current, ==, 4);
  /* The new table works. */
  g_assert_true (fk_study_log_import (study, "svar-1435.json", "1435", round, "1 score", &error));
  g_assert_no_error (error);
  g_clear_object (&study);

  /* The backup is still a version-1 study. */
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;
    g_assert_cmpint (sqlite3_open_v2 (backup, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }
  fk_test_tmpdir_free (dir);
}

/* What each released version of the schema created, written out again
 * here (never taken from fk-study-schema.c, so that an edited old step
 * shows): old_schema[N - 1] brings version N - 1 to N. A new step in
 * fk-study-schema.c gets its SQL here too. */
static const char *const old_schema[] = {
  /* version 1 */
  "CREATE TABLE meta ("
  "  key   TEXT PRIMARY KEY NOT NULL,"
  "  value TEXT);"
  "CREATE TABLE model ("
  "  id        INTEGER PRIMARY KEY CHECK (id = 1),"
  "  model_id  TEXT NOT NULL,"
  "  version   TEXT NOT NULL,"
  "  checksum  TEXT NOT NULL,"
  "  json      TEXT NOT NULL);"
  "CREATE TABLE municipality ("
  "  code       TEXT PRIMARY KEY NOT NULL,"
  "  name       TEXT NOT NULL,"
  "  population INTEGER NOT NULL CHECK (population >= 0),"
  "  position   INTEGER NOT NULL);"
  "CREATE TABLE round ("
  "  id   INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE,"
  "  date TEXT);"
  "CREATE TABLE score ("
  "  round_id       INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,"
  "  municipality   TEXT NOT NULL REFERENCES municipality (code),"
  "  capability     TEXT NOT NULL,"
  "  current        INTEGER CHECK (current BETWEEN 0 AND 5),"
  "  not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),"
  "  target         INTEGER CHECK (target BETWEEN 0 AND 5),"
  "  sustain        TEXT CHECK (sustain IN ('yes', 'difficult', 'no')),"
  "  key_person     TEXT CHECK (key_person IN ('yes', 'no')),"
  "  interest       TEXT CHECK (interest IN ('no', 'maybe', 'yes')),"
  "  comment        TEXT,"
  "  respondent     TEXT,"
  "  updated        INTEGER NOT NULL,"
  "  PRIMARY KEY (round_id, municipality, capability),"
  "  CHECK (NOT (not_applicable = 1 AND current IS NOT NULL)));",

  /* version 2 */
  "CREATE TABLE import_log ("
  "  id           INTEGER PRIMARY KEY,"
  "  time         INTEGER NOT NULL,"
  "  source       TEXT NOT NULL,"
  "  municipality TEXT,"
  "  round_id     INTEGER,"
  "  summary      TEXT);"
  "CREATE TABLE scenario ("
  "  id       INTEGER PRIMARY KEY,"
  "  title    TEXT NOT NULL,"
  "  body     TEXT NOT NULL DEFAULT '',"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  created  INTEGER NOT NULL,"
  "  updated  INTEGER NOT NULL);",

  /* version 3 */
  "ALTER TABLE import_log ADD COLUMN checksum TEXT;"
  "ALTER TABLE import_log ADD COLUMN n_new INTEGER;"
  "ALTER TABLE import_log ADD COLUMN n_changed INTEGER;"
  "ALTER TABLE import_log ADD COLUMN n_unchanged INTEGER;"
  "ALTER TABLE import_log ADD COLUMN n_conflicts INTEGER;",

  /* version 4 */
  "CREATE TABLE import_change ("
  "  import_id    INTEGER NOT NULL REFERENCES import_log (id) ON DELETE CASCADE,"
  "  position     INTEGER NOT NULL,"
  "  round_id     INTEGER NOT NULL,"
  "  municipality TEXT NOT NULL,"
  "  capability   TEXT NOT NULL,"
  "  before       TEXT,"
  "  after        TEXT,"
  "  PRIMARY KEY (import_id, position));"
  "ALTER TABLE import_log ADD COLUMN respondent TEXT;"
  "ALTER TABLE import_log ADD COLUMN recorded INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE import_log ADD COLUMN undone_by INTEGER;"
  "ALTER TABLE import_log ADD COLUMN undoes INTEGER;",

  /* version 5 */
  "ALTER TABLE scenario ADD COLUMN kind TEXT NOT NULL DEFAULT 'custom'"
  "  CHECK (kind IN ('custom', 'baseline', 'network', 'selected', 'joint'));"
  "ALTER TABLE scenario ADD COLUMN title_en TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE scenario ADD COLUMN auto_capabilities INTEGER NOT NULL DEFAULT 1"
  "  CHECK (auto_capabilities IN (0, 1));"
  "ALTER TABLE scenario ADD COLUMN auto_municipalities INTEGER NOT NULL DEFAULT 1"
  "  CHECK (auto_municipalities IN (0, 1));"
  "ALTER TABLE scenario ADD COLUMN generated_round INTEGER NOT NULL DEFAULT 0;"
  "CREATE TABLE scenario_capability ("
  "  scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,"
  "  position    INTEGER NOT NULL,"
  "  capability  TEXT NOT NULL,"
  "  host        TEXT REFERENCES municipality (code),"
  "  PRIMARY KEY (scenario_id, capability));"
  "CREATE TABLE scenario_municipality ("
  "  scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,"
  "  code        TEXT NOT NULL REFERENCES municipality (code),"
  "  PRIMARY KEY (scenario_id, code));"
  "CREATE TABLE scenario_text ("
  "  scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,"
  "  language    TEXT NOT NULL CHECK (language IN ('sv', 'en')),"
  "  section     TEXT NOT NULL,"
  "  text        TEXT NOT NULL,"
  "  generated   TEXT,"
  "  edited      INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),"
  "  updated     INTEGER NOT NULL,"
  "  PRIMARY KEY (scenario_id, language, section));"
  "INSERT INTO scenario_text (scenario_id, language, section, text, generated, edited, updated)"
  "  SELECT id, CASE (SELECT value FROM meta WHERE key = 'language') WHEN 'en' THEN 'en' ELSE 'sv' END,"
  "         'summary', body, NULL, 1, updated"
  "  FROM scenario WHERE body <> '';"
  "UPDATE scenario SET body = '';"
  "UPDATE scenario SET title_en = title, title = ''"
  "  WHERE (SELECT value FROM meta WHERE key = 'language') = 'en';",
};

/* A study as version @version of the program wrote it: its tables, the
 * settings, the model, three municipalities, two rounds and three scores
 * (and, from version 2 on, an import-log line and a scenario with text:
 * its body up to version 4, its summary from version 5 on). */
static void
write_old_study (const char *path,
                 int         version,
                 FkModel    *model)
{
  const char *cap0 = ((FkCapability *) model->capabilities->pdata[0])->key;
  const char *cap1 = ((FkCapability *) model->capabilities->pdata[1])->key;
  g_autofree char *data = g_strdup_printf (
    "INSERT INTO meta (key, value) VALUES"
    " ('app', 'formagekarta'), ('app_version', '0.1.0'), ('title', 'Gammal studie <b>'),"
    " ('language', 'sv'), ('created', '1600000000'), ('region_id', 'fyrbodal'),"
    " ('region_name', 'Fyrbodal'), ('small_below', '10000'), ('large_above', '30000');"
    "INSERT INTO municipality (code, name, population, position) VALUES"
    " ('1460', 'Bengtsfors', 9750, 0), ('1438', 'Dals-Ed', 4813, 1), ('1488', 'Trollhättan', 59058, 2);"
    "INSERT INTO round (id, name, date) VALUES (1, 'Omgång 1', '2020-11-15'), (2, 'Hösten 2021', NULL);"
    "INSERT INTO score (round_id, municipality, capability, current, not_applicable, target,"
    "                   sustain, key_person, interest, comment, respondent, updated) VALUES"
    " (1, '1460', '%s', 3, 0, 4, 'difficult', 'yes', 'maybe', 'Åtgärd <i>', 'Åsa', 1600000100),"
    " (1, '1438', '%s', NULL, 1, NULL, NULL, NULL, NULL, NULL, NULL, 1600000200),"
    " (2, '1488', '%s', 0, 0, 2, 'no', 'no', 'yes', NULL, NULL, 1600000300);"
    "PRAGMA application_id = %d; PRAGMA user_version = %d;",
    cap0, cap1, cap0, 0x464B4152, version);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (int v = 0; v < version; v++)
    g_assert_cmpint (sqlite3_exec (db, old_schema[v], NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO model (id, model_id, version, checksum, json)"
                                       " VALUES (1, ?, ?, ?, ?)", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, model->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, model->version, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, model->checksum, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, model->json, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  if (sqlite3_exec (db, data, NULL, NULL, NULL) != SQLITE_OK)
    g_error ("%s", sqlite3_errmsg (db));
  if (version >= 2)
    g_assert_cmpint (sqlite3_exec (db, "INSERT INTO import_log (time, source, municipality, round_id, summary)"
                                   " VALUES (1600000400, 'svar-1460.json', '1460', 1, '1 svar')",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  if (version >= 2 && version < 5)
    g_assert_cmpint (sqlite3_exec (db, "INSERT INTO scenario (id, title, body, position, created, updated)"
                                   " VALUES (7, 'Eget scenario', 'Rad ett <b>&\nrad två', 0, 1600000500, 1600000600)",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  if (version >= 5)
    g_assert_cmpint (sqlite3_exec (db, "INSERT INTO scenario (id, title, position, created, updated)"
                                   " VALUES (7, 'Eget scenario', 0, 1600000500, 1600000600);"
                                   "INSERT INTO scenario_text (scenario_id, language, section, text, edited, updated)"
                                   " VALUES (7, 'sv', 'summary', 'Rad ett <b>&\nrad två', 1, 1600000600)",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static int
file_user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return version;
}

/* The scenarios of write_old_study()'s file once opened: its own (from
 * version 2 on) with its text as the user's summary, then the four
 * defaults, stored. */
static void
assert_migrated_scenarios (FkStudy *study,
                           int      version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scenarios = fk_study_list_scenarios (study, &error);
  guint first_default = version >= 2 ? 1 : 0;

  g_assert_no_error (error);
  g_assert_cmpuint (scenarios->len, ==, first_default + 4);
  if (version >= 2)
    {
      const FkScenario *own = scenarios->pdata[0];
      const FkScenarioText *summary = fk_scenario_get_text (own, "sv", FK_SCENARIO_SECTION_SUMMARY);

      g_assert_cmpint (own->id, ==, 7);
      g_assert_cmpint (own->kind, ==, FK_SCENARIO_CUSTOM);
      g_assert_cmpstr (own->name.sv, ==, "Eget scenario");
      g_assert_null (own->name.en);
      g_assert_cmpuint (own->texts->len, ==, 1);
      g_assert_nonnull (summary);
      g_assert_cmpstr (summary->text, ==, "Rad ett <b>&\nrad två");
      g_assert_null (summary->generated);
      g_assert_true (summary->edited);
    }
  for (guint i = 0; i < 4; i++)
    {
      const FkScenario *scenario = scenarios->pdata[first_default + i];

      g_assert_cmpint (scenario->kind, ==, FK_SCENARIO_BASELINE + i);
      g_assert_cmpint (scenario->id, >, 0);
      g_assert_cmpstr (scenario->name.sv, ==, fk_scenario_kind_get_name (scenario->kind)->sv);
    }
}

/* A file of every old version opens, migrated through all the steps after
 * it, with its data intact and a backup of what it was. */
static void
test_schema_steps (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkModel) model = fk_model_new_default (NULL);
  const char *cap0 = ((FkCapability *) model->capabilities->pdata[0])->key;
  const char *cap1 = ((FkCapability *) model->capabilities->pdata[1])->key;

  /* Every step has its old version here. */
  g_assert_cmpint (G_N_ELEMENTS (old_schema), ==, FK_STUDY_SCHEMA_VERSION);

  for (int version = FK_STUDY_SCHEMA_OLDEST; version <= (int) G_N_ELEMENTS (old_schema); version++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("version-%d.fkarta", version);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *backup = g_strdup_printf ("%s.v%d.bak", path, version);
      g_autoptr(FkStudy) study = NULL;
      g_autoptr(FkScore) score = NULL;
      g_autoptr(GPtrArray) scores = NULL;
      GPtrArray *rounds;
      int current = -1;

      write_old_study (path, version, model);
      study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
      g_assert_no_error (error);

      g_assert_true (fk_study_pragma_int (study, "PRAGMA user_version", &current, &error));
      g_assert_cmpint (current, ==, FK_STUDY_SCHEMA_VERSION);
      /* A backup of what the file was, before it changed. */
      if (version < FK_STUDY_SCHEMA_VERSION)
        {
          g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
          g_assert_cmpint (file_user_version (backup), ==, version);
        }
      else
        g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

      g_assert_cmpstr (fk_study_get_title (study), ==, "Gammal studie <b>");
      g_assert_cmpstr (fk_study_get_language (study), ==, "sv");
      g_assert_cmpint (fk_study_get_created (study), ==, 1600000000);
      g_assert_cmpuint (fk_study_get_region (study)->municipalities->len, ==, 3);
      g_assert_cmpstr (fk_region_lookup (fk_study_get_region (study), "1488")->name, ==, "Trollhättan");
      g_assert_cmpstr (fk_study_get_model (study)->checksum, ==, model->checksum);
      rounds = fk_study_get_rounds (study);
      g_assert_cmpuint (rounds->len, ==, 2);
      g_assert_cmpstr (((FkRound *) rounds->pdata[0])->date, ==, "2020-11-15");
      g_assert_cmpstr (((FkRound *) rounds->pdata[1])->name, ==, "Hösten 2021");
      g_assert_null (((FkRound *) rounds->pdata[1])->date);

      scores = fk_study_list_scores (study, 0, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (scores->len, ==, 3);
      score = fk_study_get_score (study, 1, "1460", cap0, &error);
      g_assert_cmpint (score->current, ==, 3);
      g_assert_cmpint (score->target, ==, 4);
      g_assert_cmpint (score->sustain, ==, FK_SUSTAIN_DIFFICULT);
      g_assert_cmpint (score->key_person, ==, FK_KEY_PERSON_YES);
      g_assert_cmpint (score->interest, ==, FK_INTEREST_MAYBE);
      g_assert_cmpstr (score->comment, ==, "Åtgärd <i>");
      g_assert_cmpstr (score->respondent, ==, "Åsa");
      g_assert_cmpint (score->updated, ==, 1600000100);
      g_clear_pointer (&score, fk_score_free);
      score = fk_study_get_score (study, 1, "1438", cap1, &error);
      g_assert_cmpint (score->current, ==, FK_LEVEL_NA);
      g_clear_pointer (&score, fk_score_free);
      score = fk_study_get_score (study, 2, "1488", cap0, &error);
      g_assert_cmpint (score->current, ==, 0);
      g_assert_cmpint (score->interest, ==, FK_INTEREST_YES);

      /* What the newest steps added works: a batch with a log line. */
      g_assert_true (fk_study_log_import (study, "svar.json", "1438", 2, "1 svar", &error));
      g_assert_no_error (error);
      g_assert_cmpint (count_log_lines (study), ==, version >= 2 ? 2 : 1);
      assert_migrated_scenarios (study, version);
      g_clear_object (&study);

      /* Opened again: nothing more to migrate, nothing lost. */
      study = fk_study_open (path, FK_STUDY_OPEN_NO_MIGRATE, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (fk_study_get_rounds (study)->len, ==, 2);
    }
  fk_test_tmpdir_free (dir);
}

static void
test_read_only (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) created = fk_test_study_new_default (dir, "ro.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (created));
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkScore) score = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_clear_object (&created);
  before = fk_test_file_checksum (path);
  study = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (fk_study_is_read_only (study));
  g_assert_nonnull (fk_study_get_read_only_reason (study));
  score = fk_score_new (fk_study_get_latest_round (study)->id, "1460",
                        ((FkCapability *) fk_study_get_model (study)->capabilities->pdata[0])->key);
  score->current = 1;
  g_assert_false (fk_study_set_score (study, score, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (fk_study_set_title (study, "Ny", &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (fk_study_retry_writable (study));
  g_assert_true (fk_study_is_read_only (study));
  g_clear_object (&study);
  after = fk_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);

  /* A write-protected file (root ignores permissions: then nothing to test). */
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  if (access (path, W_OK) != 0)
    {
      study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_true (fk_study_is_read_only (study));
      g_assert_false (fk_study_set_score (study, score, &error));
      g_assert_error (error, FK_ERROR, FK_ERROR_READ_ONLY);
      g_clear_object (&study);
    }
  fk_test_tmpdir_free (dir);
}

/* Another connection holding the write lock makes the study read-only
 * at open, with a reason (it waits the busy timeout first). */
static void
test_locked_by_other (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) created = fk_test_study_new_default (dir, "lock.fkarta");
  g_autoptr(FkStudy) study = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (fk_study_get_path (created), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  study = fk_study_open (fk_study_get_path (created), 0, &error);
  g_assert_no_error (error);
  g_assert_true (fk_study_is_read_only (study));
  g_assert_nonnull (strstr (fk_study_get_read_only_reason (study), "Another program"));
  /* Still held: trying again changes nothing. */
  g_assert_false (fk_study_retry_writable (study));
  g_assert_true (fk_study_is_read_only (study));
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  /* Released: trying again makes it writable. */
  g_assert_true (fk_study_retry_writable (study));
  g_assert_false (fk_study_is_read_only (study));
  g_assert_null (fk_study_get_read_only_reason (study));
  g_clear_object (&study);
  g_clear_object (&created);
  fk_test_tmpdir_free (dir);
}

#define N_WRITES 40

static void
write_many (const char *path,
            const char *municipality)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_study_open (path, 0, &error);
  FkModel *model;
  gint64 round;

  g_assert_no_error (error);
  model = fk_study_get_model (study);
  round = fk_study_get_latest_round (study)->id;
  for (guint i = 0; i < N_WRITES; i++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, i % model->capabilities->len);
      g_autoptr(FkScore) score = fk_score_new (round, municipality, cap->key);
      score->current = i % 6;
      score->comment = g_strdup_printf ("write %u", i);
      if (!fk_study_set_score (study, score, &error))
        g_error ("%s: %s", municipality, error->message);
    }
}

/* Two processes writing at once: both succeed, nothing is lost. */
static void
test_two_processes (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) created = fk_test_study_new_default (dir, "two.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (created));
  g_autoptr(GPtrArray) scores = NULL;
  int status = 0;
  pid_t child;

  g_clear_object (&created);
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      write_many (path, "1488");
      _exit (0);
    }
  write_many (path, "1485");
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  created = fk_study_open (path, 0, &error);
  g_assert_no_error (error);
  scores = fk_study_list_scores (created, 0, NULL, &error);
  g_assert_cmpuint (scores->len, ==, 2 * MIN (N_WRITES, fk_study_get_model (created)->capabilities->len));
  g_clear_object (&created);
  fk_test_tmpdir_free (dir);
}

static void
test_external_changes (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) a = fk_test_study_new_default (dir, "ext.fkarta");
  g_autoptr(FkStudy) b = fk_study_open (fk_study_get_path (a), 0, &error);
  guint changed = 0;

  g_signal_connect_swapped (a, "changed", G_CALLBACK (g_atomic_int_inc), &changed);
  fk_study_check_external_changes (a);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_nonnull (fk_study_add_round (b, "Omgång 2", NULL, &error));
  fk_study_check_external_changes (a);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_nonnull (fk_study_find_round (a, "Omgång 2"));
  fk_study_check_external_changes (a);
  g_assert_cmpuint (changed, ==, 1);
  g_clear_object (&a);
  g_clear_object (&b);
  fk_test_tmpdir_free (dir);
}

static void
test_default_study (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) first = NULL;
  g_autoptr(FkStudy) second = NULL;
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;

  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  path = fk_study_get_default_path ();
  expected = g_build_filename (dir, "formagekarta", "digital-motor.fkarta", NULL);
  g_assert_cmpstr (path, ==, expected);
  first = fk_study_open_default (&error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_study_get_title (first), ==, "Digital motor Fyrbodal");
  g_assert_cmpstr (fk_study_get_model (first)->id, ==, "digital-motor");
  second = fk_study_open_default (&error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_study_get_path (second), ==, path);
  g_clear_object (&first);
  g_clear_object (&second);
  {
    g_autofree char *sub = g_build_filename (dir, "formagekarta", NULL);
    fk_test_tmpdir_free (g_steal_pointer (&sub));
  }
  fk_test_tmpdir_free (dir);
}

/* A full disk: the write fails with a clear message, nothing of it is
 * stored, and the study turns read-only with the reason for its views. */
static void
test_disk_full (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "full.fkarta");
  g_autoptr(FkStudy) again = NULL;
  g_autofree char *pragma = NULL;
  g_autofree char *big = g_strnfill (64 * 1024, 'x');
  FkModel *model = fk_study_get_model (study);
  gint64 round = fk_study_get_latest_round (study)->id;
  guint changed = 0;
  guint notified = 0;
  guint i;
  int page_count = 0;
  gboolean ok = TRUE;

  g_signal_connect_swapped (study, "changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect_swapped (study, "notify::read-only", G_CALLBACK (count_cb), &notified);

  /* SQLite reports SQLITE_FULL, as on a full disk, once the file may not grow. */
  g_assert_true (fk_study_pragma_int (study, "PRAGMA page_count", &page_count, NULL));
  pragma = g_strdup_printf ("PRAGMA max_page_count = %d", page_count + 2);
  g_assert_cmpint (sqlite3_exec (study->db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);

  for (i = 0; ok && i < model->capabilities->len; i++)
    {
      g_autoptr(FkScore) score = fk_score_new (round, "1460",
                                               ((FkCapability *) model->capabilities->pdata[i])->key);
      score->current = 2;
      score->comment = g_strdup (big);
      ok = fk_study_set_score (study, score, &error);
    }
  g_assert_false (ok);
  g_assert_error (error, FK_ERROR, FK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_assert_nonnull (strstr (error->message, "full.fkarta"));
  g_clear_error (&error);

  g_assert_true (fk_study_is_read_only (study));
  g_assert_nonnull (strstr (fk_study_get_read_only_reason (study), "disk is full"));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (changed, ==, i);   /* one per stored score, one for the failure */

  /* Later writes are refused at once with the reason. */
  g_assert_false (fk_study_set_title (study, "Ny titel", &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_READ_ONLY);
  g_clear_error (&error);


  /* What failed was not stored; what came before was. */
  again = fk_study_open (fk_study_get_path (study), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fk_test_count_assessed (again, round, "1460"), ==, i - 1);
  g_clear_object (&study);
  g_clear_object (&again);
  fk_test_tmpdir_free (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/study/create-open", test_create_and_open);
  g_test_add_func ("/core/study/create-replacing", test_create_replacing);
  g_test_add_func ("/core/study/create-for-file", test_create_for_file);
  g_test_add_func ("/core/study/metadata-rounds", test_metadata_and_rounds);
  g_test_add_func ("/core/study/score-round-trip", test_score_round_trip);
  g_test_add_func ("/core/study/score-refusals", test_score_refusals);
  g_test_add_func ("/core/study/batch", test_batch);
  g_test_add_func ("/core/study/unreadable", test_unreadable);
  g_test_add_func ("/core/study/change-details", test_change_details);
  g_test_add_func ("/core/study/parse-answers", test_parse_answers);
  g_test_add_func ("/core/study/refuse-garbage", test_refuse_garbage);
  g_test_add_func ("/core/study/refuse-newer", test_refuse_newer);
  g_test_add_func ("/core/study/migrate", test_migrate);
  g_test_add_func ("/core/study/schema-steps", test_schema_steps);
  g_test_add_func ("/core/study/read-only", test_read_only);
  g_test_add_func ("/core/study/locked-by-other", test_locked_by_other);
  g_test_add_func ("/core/study/two-processes", test_two_processes);
  g_test_add_func ("/core/study/external-changes", test_external_changes);
  g_test_add_func ("/core/study/default", test_default_study);
  g_test_add_func ("/core/study/disk-full", test_disk_full);

  return g_test_run ();
}
