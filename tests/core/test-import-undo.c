/* test-import-undo.c — undoing an import as a whole, and its record */
#include "config.h"
#include "fk-test-util.h"

#include <string.h>

/* f->source (filled) and f->lead (empty): fk-test-util.h */
typedef FkTestImportFixture Fixture;

static char *
dump (FkStudy *study)
{
  return fk_test_dump_study (fk_study_get_path (study), FALSE);
}

/* Whether @study's scores and rounds are @expected (a dump). */
static gboolean
dump_is (FkStudy    *study,
         const char *expected)
{
  g_autofree char *now = dump (study);

  return g_strcmp0 (now, expected) == 0;
}

/* The source's response for @municipality (its latest round's scores),
 * as for @round (the file's own if NULL), answered by Anna Svensson. */
static FkResponse *
exported_as (Fixture    *f,
             const char *municipality,
             const char *round)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) made = fk_response_new_from_study (f->source, fk_study_get_latest_round (f->source)->id,
                                                           municipality, FALSE, NULL, &error);
  FkResponseInfo info = { 0 };
  FkResponse *response;

  g_assert_no_error (error);
  info.model_id = fk_response_get_model_id (made);
  info.model_version = fk_response_get_model_version (made);
  info.model_checksum = fk_response_get_model_checksum (made);
  info.municipality = municipality;
  info.round = round != NULL ? round : fk_response_get_round (made);
  info.respondent = "Anna Svensson";
  info.language = "sv";
  info.exported = fk_response_get_exported (made);
  response = fk_response_new (&info, NULL, fk_response_get_scores (made), "svar.fksvar", &error);
  g_assert_no_error (error);
  return response;
}

static int
user_version (const char *path)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  int version = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return version;
}

/* Imports the source's answers of @municipality; the import's log id. */
static gint64
import_ok (Fixture    *f,
           const char *municipality,
           const char *round,
           gboolean    create_round)
{
  g_autoptr(FkResponse) response = exported_as (f, municipality, round);
  FkImportOptions options = { FALSE, create_round, "svar.fksvar", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(FkImportPreview) preview = fk_import_preview_new (f->lead, response, &options, &error);
  g_autoptr(GPtrArray) log = NULL;

  g_assert_no_error (error);
  g_assert_true (fk_import_apply (f->lead, preview, NULL, &error));
  g_assert_no_error (error);
  log = fk_study_list_imports (f->lead, &error);
  g_assert_no_error (error);
  return ((FkImportRecord *) g_ptr_array_index (log, log->len - 1))->id;
}

static FkImportRecord *
record_of (FkStudy *study,
           gint64   id)
{
  g_autoptr(GError) error = NULL;
  FkImportRecord *record = fk_import_find_record (study, id, &error);

  g_assert_no_error (error);
  return record;
}

static void
set_level (FkStudy    *study,
           gint64      round_id,
           const char *municipality,
           guint       capability_index,
           int         current,
           const char *comment)
{
  FkModel *model = fk_study_get_model (study);
  g_autoptr(FkScore) score = fk_score_new (round_id, municipality,
                                           ((FkCapability *) model->capabilities->pdata[capability_index])->key);
  g_autoptr(GError) error = NULL;

  score->current = current;
  score->comment = g_strdup (comment);
  score->updated = 1500000000;
  g_assert_true (fk_study_set_score (study, score, &error));
  g_assert_no_error (error);
}

/* Import, then undo: the scores are as before, those of another import
 * stay, and the log says which line undid which. */
static void
test_undo_restores (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkImportRecord) record = NULL;
  g_autoptr(FkImportRecord) undo_line = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *with_other = NULL;
  g_autoptr(GPtrArray) changes_before = NULL;
  g_autoptr(GPtrArray) changes_after = NULL;
  gint64 id;

  /* Scores the import changes and one it does not touch... */
  set_level (f->lead, f->round_id, "1488", 0, 1, "före importen");
  set_level (f->lead, f->round_id, "1488", 1, FK_LEVEL_NA, NULL);
  /* ... and another municipality's import, before and after. */
  import_ok (f, "1435", NULL, FALSE);
  before = dump (f->lead);

  id = import_ok (f, "1488", NULL, FALSE);
  g_assert_false (dump_is (f->lead, before));
  record = record_of (f->lead, id);
  g_assert_true (record->recorded);
  g_assert_true (fk_import_record_can_undo (record));
  g_assert_cmpstr (record->respondent, ==, "Anna Svensson");
  g_assert_true (fk_study_get_import_changes (f->lead, id, &changes_before, &changes_after, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes_after->len, ==, record->n_new + record->n_changed);
  g_assert_cmpint (((FkScore *) changes_before->pdata[0])->current, ==, 1);
  g_assert_cmpstr (((FkScore *) changes_before->pdata[0])->comment, ==, "före importen");
  g_assert_cmpint (((FkScore *) changes_before->pdata[0])->updated, ==, 1500000000);
  g_assert_true (fk_score_is_empty (changes_before->pdata[changes_before->len - 1]));

  g_assert_true (fk_import_undo (f->lead, id, &error));
  g_assert_no_error (error);
  after = dump (f->lead);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fk_test_count_assessed (f->lead, f->round_id, "1435"), ==,
                    fk_study_get_model (f->lead)->capabilities->len);

  g_clear_pointer (&record, fk_import_record_free);
  record = record_of (f->lead, id);
  g_assert_cmpint (record->undone_by, >, id);
  g_assert_false (fk_import_record_can_undo (record));
  undo_line = record_of (f->lead, record->undone_by);
  g_assert_cmpint (undo_line->undoes, ==, id);
  g_assert_false (undo_line->has_counts);
  g_assert_false (fk_import_record_can_undo (undo_line));
  g_assert_cmpstr (undo_line->municipality, ==, "1488");

  /* Importing the same file again works and can be undone again. */
  with_other = dump (f->lead);
  id = import_ok (f, "1488", NULL, FALSE);
  g_assert_true (fk_import_undo (f->lead, id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = dump (f->lead);
  g_assert_cmpstr (with_other, ==, after);
}

/* A score changed after the import refuses the undo, naming it; nothing
 * changes and the import can still be undone once the edit is gone. */
static void
test_undo_refused_after_edit (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkImportRecord) record = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *checksum_after = NULL;
  FkModel *model = fk_study_get_model (f->lead);
  const FkCapability *capability = model->capabilities->pdata[2];
  g_autoptr(FkScore) score = NULL;
  gint64 id;

  id = import_ok (f, "1488", NULL, FALSE);
  score = fk_study_get_score (f->lead, f->round_id, "1488", capability->key, &error);
  score->current = score->current == 5 ? 4 : 5;
  score->updated = 0;
  g_assert_true (fk_study_set_score (f->lead, score, &error));
  edited = dump (f->lead);
  checksum = fk_test_file_checksum (fk_study_get_path (f->lead));

  g_assert_false (fk_import_undo (f->lead, id, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_CHANGED);
  g_assert_nonnull (strstr (error->message, "Trollhättan"));
  g_assert_nonnull (strstr (error->message, fk_text_get (&capability->name, fk_study_get_language (f->lead))));
  g_assert_nonnull (strstr (error->message, "undo refused"));
  g_assert_nonnull (strstr (error->message, "svar.fksvar"));
  g_clear_error (&error);
  g_assert_true (dump_is (f->lead, edited));
  checksum_after = fk_test_file_checksum (fk_study_get_path (f->lead));
  g_assert_cmpstr (checksum, ==, checksum_after);
  record = record_of (f->lead, id);
  g_assert_cmpint (record->undone_by, ==, 0);
  g_assert_true (fk_import_record_can_undo (record));
}

static void
test_undo_twice (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *once = NULL;
  g_autoptr(GPtrArray) log = NULL;
  gint64 id;

  id = import_ok (f, "1460", NULL, FALSE);
  g_assert_true (fk_import_undo (f->lead, id, &error));
  g_assert_no_error (error);
  once = dump (f->lead);
  g_assert_false (fk_import_undo (f->lead, id, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_CHANGED);
  g_assert_nonnull (strstr (error->message, "undone already"));
  g_clear_error (&error);
  g_assert_true (dump_is (f->lead, once));
  log = fk_study_list_imports (f->lead, &error);
  g_assert_cmpuint (log->len, ==, 2);

  /* An undo's own line is not an import. */
  g_assert_false (fk_import_undo (f->lead, ((FkImportRecord *) log->pdata[1])->id, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fk_import_undo (f->lead, 999, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
}

/* Another program undid the import between our check and our write: the
 * batch's own mark refuses it inside the transaction. */
static void
test_undo_race (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) other = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *once = NULL;
  FkImportLogEntry entry = { "svar.fksvar" };
  gint64 id;

  id = import_ok (f, "1460", NULL, FALSE);
  other = fk_study_open (fk_study_get_path (f->lead), FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (fk_import_undo (other, id, &error));
  g_assert_no_error (error);
  /* The same undo written directly, its scores unchecked: only the log's
   * check inside the transaction (the import not undone yet) stops it,
   * and nothing of it is written. */
  g_assert_true (fk_study_get_import_changes (f->lead, id, &before, &after, &error));
  g_assert_cmpuint (before->len, >, 0);
  g_assert_cmpuint (before->len, ==, after->len);
  once = dump (f->lead);
  entry.undoes = id;
  g_assert_false (fk_study_apply_batch (f->lead, before, NULL, &entry, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_CHANGED);
  g_assert_true (dump_is (f->lead, once));
}

/* The app's undo never waits: another program's lock refuses it at
 * once, changing nothing; once the lock is gone it works. */
static void
test_undo_now_busy (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autoptr(FkImportRecord) record = NULL;
  sqlite3 *lock;
  gint64 id;

  id = import_ok (f, "1460", NULL, FALSE);
  before = dump (f->lead);
  lock = fk_test_lock_study (f->lead);
  g_assert_false (fk_import_undo_now (f->lead, id, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_BUSY);
  g_clear_error (&error);
  fk_test_unlock_study (lock);
  g_assert_true (dump_is (f->lead, before));
  record = record_of (f->lead, id);
  g_assert_true (fk_import_record_can_undo (record));
  g_assert_true (fk_import_undo_now (f->lead, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fk_test_count_assessed (f->lead, f->round_id, "1460"), ==, 0);
}

/* A round the import created stays after the undo, empty. */
static void
test_undo_keeps_new_round (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  const FkRound *round;
  gint64 id;

  id = import_ok (f, "1438", "Våren 2027", TRUE);
  round = fk_study_find_round (f->lead, "Våren 2027");
  g_assert_nonnull (round);
  g_assert_cmpuint (fk_test_count_assessed (f->lead, round->id, "1438"), >, 0);
  g_assert_true (fk_import_undo (f->lead, id, &error));
  g_assert_no_error (error);
  round = fk_study_find_round (f->lead, "Våren 2027");
  g_assert_nonnull (round);
  scores = fk_study_list_scores (f->lead, round->id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, 0);
}

/* A study written before imports were recorded (schema 3) migrates: its
 * old imports cannot be undone, new ones can. */
static void
test_migrated_schema_3 (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (fk_study_get_path (f->lead));
  g_autoptr(FkImportRecord) old = NULL;
  g_autofree char *before = NULL;
  sqlite3 *db;
  gint64 old_id, id;

  old_id = import_ok (f, "1488", NULL, FALSE);
  g_clear_object (&f->lead);
  /* Back to version 3: what schemas 4 and 5 added, gone. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE scenario_text;"
                                 "DROP TABLE scenario_municipality;"
                                 "DROP TABLE scenario_capability;"
                                 "ALTER TABLE scenario DROP COLUMN kind;"
                                 "ALTER TABLE scenario DROP COLUMN title_en;"
                                 "ALTER TABLE scenario DROP COLUMN auto_capabilities;"
                                 "ALTER TABLE scenario DROP COLUMN auto_municipalities;"
                                 "ALTER TABLE scenario DROP COLUMN generated_round;"
                                 "DROP TABLE import_change;"
                                 "ALTER TABLE import_log DROP COLUMN respondent;"
                                 "ALTER TABLE import_log DROP COLUMN recorded;"
                                 "ALTER TABLE import_log DROP COLUMN undone_by;"
                                 "ALTER TABLE import_log DROP COLUMN undoes;"
                                 "PRAGMA user_version = 3;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  f->lead = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (user_version (path), ==, FK_STUDY_SCHEMA_VERSION);
  old = record_of (f->lead, old_id);
  g_assert_true (old->has_counts);
  g_assert_false (old->recorded);
  g_assert_false (fk_import_record_can_undo (old));
  before = dump (f->lead);
  g_assert_false (fk_import_undo (f->lead, old_id, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "older version"));
  g_clear_error (&error);
  g_assert_true (dump_is (f->lead, before));

  id = import_ok (f, "1435", NULL, FALSE);
  g_assert_true (fk_import_undo (f->lead, id, &error));
  g_assert_no_error (error);
  g_assert_true (dump_is (f->lead, before));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add ("/core/import-undo/" path, Fixture, NULL, fk_test_import_fixture_set_up, fn, fk_test_import_fixture_tear_down)
  ADD ("restores", test_undo_restores);
  ADD ("refused-after-edit", test_undo_refused_after_edit);
  ADD ("twice", test_undo_twice);
  ADD ("race", test_undo_race);
  ADD ("now-busy", test_undo_now_busy);
  ADD ("keeps-new-round", test_undo_keeps_new_round);
  ADD ("migrated-schema-3", test_migrated_schema_3);
#undef ADD
  return g_test_run ();
}
