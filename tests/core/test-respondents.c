/* test-respondents.c — who answers for each municipality, kept in the study */
#include "config.h"

#include <glib/gstdio.h>

#include "fk-test-util.h"

typedef struct {
  guint              n;
  FkStudyChangeFlags what;
  char              *municipality;
} Changes;

static void
count_change (FkStudy             *study,
              const FkStudyChange *change,
              Changes             *changes)
{
  changes->n++;
  changes->what = change->what;
  g_free (changes->municipality);
  changes->municipality = g_strdup (change->municipality);
}

static gboolean
has_respondents (FkStudy *study)
{
  g_autoptr(GError) error = NULL;
  gboolean any = TRUE;

  g_assert_true (fk_study_has_respondents (study, &any, &error));
  g_assert_no_error (error);
  return any;
}

/* fk_study_list_respondents() says what fk_study_get_respondent() says,
 * for every municipality of the study, and names no one else. */
static void
assert_list_matches (FkStudy *study)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) names = NULL;
  FkRegion *region = fk_study_get_region (study);
  guint known = 0;

  g_assert_true (fk_study_list_respondents (study, &names, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);
      g_autofree char *one = fk_test_respondent (study, m->code);

      g_assert_cmpstr (g_hash_table_lookup (names, m->code), ==, one);
      known += one != NULL;
    }
  g_assert_cmpuint (g_hash_table_size (names), ==, known);
}

/* Each municipality has its own name; setting one touches no other, says
 * whose changed, and writing the same name again writes nothing. */
static void
test_per_municipality (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "a.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  Changes changes = { 0 };
  char *name;

  g_signal_connect (study, "changed", G_CALLBACK (count_change), &changes);
  g_assert_false (has_respondents (study));
  g_assert_null (fk_test_respondent (study, "1438"));

  g_assert_true (fk_study_set_respondent (study, "1438", "  Anna Andersson ", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n, ==, 1);
  g_assert_cmpint (changes.what, ==, FK_STUDY_CHANGE_RESPONDENTS);
  g_assert_cmpstr (changes.municipality, ==, "1438");
  g_assert_true (has_respondents (study));

  g_assert_true (fk_study_set_respondent (study, "1460", "Bo <b>Berg</b>", &error));
  g_assert_cmpstr (changes.municipality, ==, "1460");
  g_assert_cmpuint (changes.n, ==, 2);

  name = fk_test_respondent (study, "1438");
  g_assert_cmpstr (name, ==, "Anna Andersson");
  g_free (name);
  name = fk_test_respondent (study, "1460");
  g_assert_cmpstr (name, ==, "Bo <b>Berg</b>");
  g_free (name);
  g_assert_null (fk_test_respondent (study, "1484"));
  assert_list_matches (study);

  /* The same name again: no write, no signal. */
  g_assert_true (fk_study_set_respondent (study, "1438", "Anna Andersson", &error));
  g_assert_cmpuint (changes.n, ==, 2);

  /* Unknown municipalities are refused. */
  g_assert_false (fk_study_set_respondent (study, "9999", "X", &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (fk_study_get_respondent (study, "9999", &name, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_assert_null (name);
  g_clear_error (&error);
  g_assert_cmpuint (changes.n, ==, 2);

  /* It is in the file. */
  g_signal_handlers_disconnect_by_data (study, &changes);
  g_clear_object (&study);
  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  name = fk_test_respondent (study, "1460");
  g_assert_cmpstr (name, ==, "Bo <b>Berg</b>");
  g_free (name);

  g_free (changes.municipality);
  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* A second study knows nothing of the first's respondents. */
static void
test_per_study (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) first = fk_test_study_new_default (dir, "first.fkarta");
  g_autoptr(FkStudy) second = fk_test_study_new_default (dir, "second.fkarta");

  g_assert_true (fk_study_set_respondent (first, "1438", "Anna", &error));
  g_assert_no_error (error);
  g_assert_null (fk_test_respondent (second, "1438"));
  g_assert_false (has_respondents (second));

  g_clear_object (&first);
  g_clear_object (&second);
  fk_test_tmpdir_free (dir);
}

/* Without a name set, the respondent of the newest score stands in (a
 * study from before names were kept); a set name wins, and a cleared
 * name stays cleared. */
static void
test_from_scores_and_cleared (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "s.fkarta");
  gint64 round = fk_study_get_latest_round (study)->id;
  FkModel *model = fk_study_get_model (study);
  g_autoptr(FkScore) old = fk_score_new (round, "1484", ((FkCapability *) model->capabilities->pdata[0])->key);
  g_autoptr(FkScore) newer = fk_score_new (round, "1484", ((FkCapability *) model->capabilities->pdata[1])->key);
  char *name;

  old->current = 2;
  old->respondent = g_strdup ("Old");
  old->updated = 1000;
  newer->current = 3;
  newer->respondent = g_strdup ("New");
  newer->updated = 2000;
  g_assert_true (fk_study_set_score (study, old, &error));
  g_assert_true (fk_study_set_score (study, newer, &error));
  g_assert_no_error (error);
  g_assert_true (has_respondents (study));

  name = fk_test_respondent (study, "1484");
  g_assert_cmpstr (name, ==, "New");
  g_free (name);
  /* Another municipality's scores are not used. */
  g_assert_null (fk_test_respondent (study, "1460"));
  assert_list_matches (study);

  g_assert_true (fk_study_set_respondent (study, "1484", "Set", &error));
  name = fk_test_respondent (study, "1484");
  g_assert_cmpstr (name, ==, "Set");
  g_free (name);

  assert_list_matches (study);

  g_assert_true (fk_study_set_respondent (study, "1484", "  ", &error));
  g_assert_no_error (error);
  g_assert_null (fk_test_respondent (study, "1484"));
  /* Cleared: the scores' name does not come back in the list either. */
  assert_list_matches (study);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* A read-only study refuses the name and keeps the file as it was. */
static void
test_read_only (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "ro.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_clear_object (&study);
  before = fk_test_file_checksum (path);
  study = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (fk_study_set_respondent (study, "1438", "Anna", &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_READ_ONLY);
  g_clear_object (&study);
  after = fk_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  fk_test_tmpdir_free (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/respondents/per-municipality", test_per_municipality);
  g_test_add_func ("/core/respondents/per-study", test_per_study);
  g_test_add_func ("/core/respondents/from-scores-and-cleared", test_from_scores_and_cleared);
  g_test_add_func ("/core/respondents/read-only", test_read_only);
  return g_test_run ();
}
