/* fk-test-util.c */
#include "fk-test-util.h"

#include <glib/gstdio.h>

char *
fk_test_tmpdir_new (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("fk-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
fk_test_tmpdir_free (char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_chmod (path, 0600);
      g_unlink (path);
    }
  g_chmod (dir, 0700);
  g_rmdir (dir);
  g_free (dir);
}

char *
fk_test_data_path (const char *relative)
{
  const char *root = g_getenv ("FK_SOURCE_ROOT");

  g_assert_nonnull (root);
  return g_build_filename (root, "tests", "data", relative, NULL);
}

FkStudy *
fk_test_study_new_default (const char *dir,
                           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  FkStudy *study;

  g_assert_no_error (error);
  region = fk_region_new_default (&error);
  g_assert_no_error (error);
  study = fk_study_create (path, model, region, "Test", "sv", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (study);
  return study;
}

char *
fk_test_file_checksum (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return g_strdup ("(missing)");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
}

void
fk_test_study_fill (FkStudy *study,
                    gint64   round_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  FkModel *model = fk_study_get_model (study);
  FkRegion *region = fk_study_get_region (study);

  for (guint m = 0; m < region->municipalities->len; m++)
    for (guint c = 0; c < model->capabilities->len; c++)
      {
        const FkMunicipality *mun = g_ptr_array_index (region->municipalities, m);
        const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
        FkScore *score = fk_score_new (round_id, mun->code, cap->key);

        score->current = (m * 7 + c * 3 + (c * c) % 5) % 6;
        score->target = MIN (5, score->current + 1 + (m + c) % 2);
        g_ptr_array_add (scores, score);
      }
  fk_study_set_scores (study, scores, &error);
  g_assert_no_error (error);
}

guint
fk_test_count_assessed (FkStudy    *study,
                        gint64      round_id,
                        const char *municipality)
{
  g_autoptr(GError) error = NULL;
  guint n = G_MAXUINT;

  g_assert_true (fk_study_get_n_assessed (study, round_id, municipality, &n, &error));
  g_assert_no_error (error);
  return n;
}

char *
fk_test_respondent (FkStudy    *study,
                    const char *municipality)
{
  g_autoptr(GError) error = NULL;
  char *name = NULL;

  g_assert_true (fk_study_get_respondent (study, municipality, &name, &error));
  g_assert_no_error (error);
  return name;
}

sqlite3 *
fk_test_lock_study (FkStudy *study)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (fk_study_get_path (study), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  return db;
}

void
fk_test_unlock_study (sqlite3 *db)
{
  g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static FkRoundSnapshot *
minimal_round (gint64      id,
               const char *name,
               const int   levels[3][3])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *model_path = fk_test_data_path ("models/minimal.json");
  g_autofree char *region_path = fk_test_data_path ("regions/minimal.json");
  g_autoptr(FkModel) model = fk_model_new_from_file (model_path, &error);
  g_autoptr(FkRegion) region = NULL;
  g_autofree char *region_json = NULL;
  GPtrArray *scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  static const char *codes[] = { "1438", "1484", "1488" };

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (region_path, &region_json, NULL, &error));
  region = fk_region_new_from_data (region_json, -1, "minimal", &error);
  g_assert_no_error (error);
  for (guint m = 0; m < 3; m++)
    for (guint c = 0; c < 3; c++)
      {
        FkScore *s;

        if (levels[m][c] == FK_LEVEL_UNSET)
          continue;
        s = fk_score_new (id, codes[m], ((FkCapability *) model->capabilities->pdata[c])->key);
        s->current = levels[m][c];
        g_ptr_array_add (scores, s);
      }
  return fk_round_snapshot_new (model, region, id, name, "two-rounds", scores);
}

void
fk_test_two_rounds (FkRoundSnapshot **from,
                    FkRoundSnapshot **to)
{
  enum { N = FK_LEVEL_UNSET, NA = FK_LEVEL_NA };
  static const int r1[3][3] = { { 2, 3, NA }, { 1, N, 4 }, { 3, 3, N } };
  static const int r2[3][3] = { { 4, 3, NA }, { 0, 2, 4 }, { 3, N, 1 } };

  *from = minimal_round (1, "R1", r1);
  *to = minimal_round (2, "R2", r2);
}

void
fk_test_count_metadata_change (FkStudy             *study,
                               const FkStudyChange *change,
                               guint               *n)
{
  g_assert_cmpint (change->what, ==, FK_STUDY_CHANGE_METADATA);
  (*n)++;
}

char *
fk_test_dump_study (const char *path,
                    gboolean    everything)
{
  static const char *const queries[] = {
    "SELECT * FROM score ORDER BY round_id, municipality, capability",
    "SELECT * FROM round ORDER BY id",
    "SELECT * FROM import_log ORDER BY id",
    "SELECT * FROM meta ORDER BY key",
  };
  GString *s = g_string_new (NULL);
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint q = 0; q < (everything ? G_N_ELEMENTS (queries) : 2); q++)
    {
      sqlite3_stmt *stmt;

      g_assert_cmpint (sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int col = 0; col < sqlite3_column_count (stmt); col++)
            g_string_append_printf (s, "%s|", (const char *) sqlite3_column_text (stmt, col));
          g_string_append_c (s, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (s, FALSE);
}

void
fk_test_import_fixture_set_up (FkTestImportFixture *f,
                               gconstpointer        data)
{
  f->dir = fk_test_tmpdir_new ();
  f->source = fk_test_study_new_default (f->dir, "source.fkarta");
  f->lead = fk_test_study_new_default (f->dir, "lead.fkarta");
  fk_test_study_fill (f->source, fk_study_get_latest_round (f->source)->id);
  f->round_id = fk_study_get_latest_round (f->lead)->id;
}

void
fk_test_import_fixture_tear_down (FkTestImportFixture *f,
                                  gconstpointer        data)
{
  g_clear_object (&f->source);
  g_clear_object (&f->lead);
  fk_test_tmpdir_free (f->dir);
}

guint
fk_test_count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

char *
fk_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return out;
}
