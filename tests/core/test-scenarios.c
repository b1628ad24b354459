/* test-scenarios.c — the scenarios a study keeps (fk-study-scenarios.c, schema 5)
 * and fk_scenario_compare() */
#include "config.h"

#include <string.h>

#include "fk-test-util.h"

typedef struct {
  guint              n;
  FkStudyChangeFlags what;
} Changes;

static void
count_change (FkStudy             *study,
              const FkStudyChange *change,
              Changes             *changes)
{
  changes->n++;
  changes->what = change->what;
}

/* One "changed" with FK_STUDY_CHANGE_SCENARIOS since the last call. */
static void
assert_one_change (Changes *changes)
{
  g_assert_cmpuint (changes->n, ==, 1);
  g_assert_cmpint (changes->what, ==, FK_STUDY_CHANGE_SCENARIOS);
  changes->n = 0;
  changes->what = 0;
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    g_error ("%s", sqlite3_errmsg (db));
  sqlite3_close (db);
}

static int
count_rows (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int n = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static GPtrArray *
list (FkStudy *study)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *scenarios = fk_study_list_scenarios (study, &error);

  g_assert_no_error (error);
  g_assert_nonnull (scenarios);
  return scenarios;
}

static FkScenario *
get (FkStudy *study,
     gint64   id)
{
  g_autoptr(GError) error = NULL;
  FkScenario *scenario = fk_study_get_scenario (study, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (scenario);
  g_assert_cmpint (scenario->id, ==, id);
  return scenario;
}

/* Everything the study's scenarios hold, as text: to see that a refused
 * write changed nothing. */
static char *
describe (FkStudy *study)
{
  g_autoptr(GPtrArray) scenarios = list (study);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < scenarios->len; i++)
    {
      const FkScenario *scenario = scenarios->pdata[i];

      g_string_append_printf (s, "%" G_GINT64_FORMAT " %s [%s|%s] auto %d %d round %" G_GINT64_FORMAT ":",
                              scenario->id, fk_scenario_kind_to_string (scenario->kind),
                              scenario->name.sv, scenario->name.en,
                              scenario->auto_capabilities, scenario->auto_municipalities,
                              scenario->generated_round);
      for (guint j = 0; j < scenario->items->len; j++)
        {
          const FkScenarioItem *item = scenario->items->pdata[j];
          g_string_append_printf (s, " %s@%s", item->capability, item->host);
        }
      for (guint j = 0; scenario->municipalities[j] != NULL; j++)
        g_string_append_printf (s, " m%s", scenario->municipalities[j]);
      for (guint j = 0; j < scenario->texts->len; j++)
        {
          const FkScenarioText *text = scenario->texts->pdata[j];
          g_string_append_printf (s, " %s/%s=%s/%s/%d", text->language,
                                  fk_scenario_section_to_string (text->section),
                                  text->text, text->generated, text->edited);
        }
      g_string_append_c (s, '\n');
    }
  return g_string_free (s, FALSE);
}

static const char *
capability_key (FkStudy *study,
                guint    index)
{
  return ((FkCapability *) g_ptr_array_index (fk_study_get_model (study)->capabilities, index))->key;
}

static void
assert_defaults (GPtrArray *scenarios,
                 guint      first,
                 gboolean   stored)
{
  g_assert_cmpuint (scenarios->len, >=, first + 4);
  for (guint i = 0; i < 4; i++)
    {
      const FkScenario *scenario = scenarios->pdata[first + i];
      const FkText *name = fk_scenario_kind_get_name (FK_SCENARIO_BASELINE + i);

      g_assert_cmpint (scenario->kind, ==, FK_SCENARIO_BASELINE + i);
      if (stored)
        g_assert_cmpint (scenario->id, >, 0);
      else
        g_assert_cmpint (scenario->id, ==, 0);
      g_assert_cmpstr (scenario->name.sv, ==, name->sv);
      g_assert_cmpstr (scenario->name.en, ==, name->en);
      g_assert_true (scenario->auto_capabilities);
      g_assert_true (scenario->auto_municipalities);
      g_assert_cmpuint (scenario->items->len, ==, 0);
      g_assert_cmpuint (g_strv_length (scenario->municipalities), ==, 0);
      g_assert_cmpuint (scenario->texts->len, ==, 0);
      g_assert_cmpint (scenario->generated_round, ==, 0);
    }
}

/* ---- the defaults ------------------------------------------------------------ */

/* A new study has the four, stored; opening it again adds none. */
static void
test_new_study (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "new.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  g_autoptr(GPtrArray) scenarios = list (study);
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(FkScenario) first = NULL;

  g_assert_cmpuint (scenarios->len, ==, 4);
  assert_defaults (scenarios, 0, TRUE);
  first = get (study, ((FkScenario *) scenarios->pdata[0])->id);
  g_assert_cmpint (first->kind, ==, FK_SCENARIO_BASELINE);
  g_assert_cmpint (first->updated, >, 0);
  g_assert_cmpint (count_rows (path, "SELECT COUNT(*) FROM meta WHERE key = 'scenarios-seeded'"), ==, 1);

  g_clear_object (&study);
  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, NULL);
  g_assert_nonnull (study);
  again = list (study);
  g_assert_cmpuint (again->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (((FkScenario *) again->pdata[i])->id, ==, ((FkScenario *) scenarios->pdata[i])->id);
  g_assert_cmpint (count_rows (path, "SELECT COUNT(*) FROM scenario"), ==, 4);
  fk_test_tmpdir_free (dir);
}

/* Back to what version 4 wrote: the tables and columns of version 5 gone,
 * no scenarios seeded; @sql adds what the old study held. */
static void
make_version_4 (const char *path,
                const char *sql)
{
  exec_sql (path,
            "DROP TABLE scenario_text; DROP TABLE scenario_municipality; DROP TABLE scenario_capability;"
            "DELETE FROM scenario;"
            "ALTER TABLE scenario DROP COLUMN kind; ALTER TABLE scenario DROP COLUMN title_en;"
            "ALTER TABLE scenario DROP COLUMN auto_capabilities; ALTER TABLE scenario DROP COLUMN auto_municipalities;"
            "ALTER TABLE scenario DROP COLUMN generated_round;"
            "DELETE FROM meta WHERE key = 'scenarios-seeded';"
            "PRAGMA user_version = 4;");
  exec_sql (path, sql);
}

/* An English study of version 4 with a scenario of its own: migrated, it
 * keeps that scenario (its title as the English name, its body as the
 * user's English summary) and gets the four defaults after it. Deleting
 * every scenario is final: opening again brings none back. */
static void
test_migrated_study (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "old.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  g_autoptr(GPtrArray) scenarios = NULL;
  const FkScenario *own;
  const FkScenarioText *summary;

  g_clear_object (&study);
  make_version_4 (path,
                  "UPDATE meta SET value = 'en' WHERE key = 'language';"
                  "INSERT INTO scenario (id, title, body, position, created, updated)"
                  " VALUES (3, 'Our own', 'Body <b>&\n\nsecond paragraph', 0, 1600000000, 1600000100),"
                  "        (4, 'No text', '', 1, 1600000000, 1600000100);");

  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  scenarios = list (study);
  g_assert_cmpuint (scenarios->len, ==, 6);
  own = scenarios->pdata[0];
  g_assert_cmpint (own->id, ==, 3);
  g_assert_cmpint (own->kind, ==, FK_SCENARIO_CUSTOM);
  g_assert_null (own->name.sv);
  g_assert_cmpstr (own->name.en, ==, "Our own");
  g_assert_cmpstr (fk_text_get (&own->name, "sv"), ==, "Our own");
  g_assert_cmpuint (own->texts->len, ==, 1);
  summary = fk_scenario_get_text (own, "en", FK_SCENARIO_SECTION_SUMMARY);
  g_assert_nonnull (summary);
  g_assert_cmpstr (summary->text, ==, "Body <b>&\n\nsecond paragraph");
  g_assert_null (summary->generated);
  g_assert_true (summary->edited);
  g_assert_cmpint (((FkScenario *) scenarios->pdata[1])->id, ==, 4);
  g_assert_cmpuint (((FkScenario *) scenarios->pdata[1])->texts->len, ==, 0);
  assert_defaults (scenarios, 2, TRUE);
  /* The old column no longer holds the text twice. */
  g_assert_cmpint (count_rows (path, "SELECT COUNT(*) FROM scenario WHERE body <> ''"), ==, 0);

  for (guint i = 0; i < scenarios->len; i++)
    {
      g_assert_true (fk_study_delete_scenario (study, ((FkScenario *) scenarios->pdata[i])->id, &error));
      g_assert_no_error (error);
    }
  g_clear_pointer (&scenarios, g_ptr_array_unref);
  scenarios = list (study);
  g_assert_cmpuint (scenarios->len, ==, 0);
  g_clear_pointer (&scenarios, g_ptr_array_unref);
  g_clear_object (&study);

  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  scenarios = list (study);
  g_assert_cmpuint (scenarios->len, ==, 0);
  fk_test_tmpdir_free (dir);
}

/* A study that never had its defaults, opened read-only, lists them
 * unsaved (id 0) and the file stays as it was; opened writable, it
 * stores them. */
static void
test_read_only_unseeded (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "ro.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;

  g_clear_object (&study);
  exec_sql (path, "DELETE FROM scenario; DELETE FROM meta WHERE key = 'scenarios-seeded';");
  before = fk_test_file_checksum (path);

  study = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  scenarios = list (study);
  g_assert_cmpuint (scenarios->len, ==, 4);
  assert_defaults (scenarios, 0, FALSE);
  g_assert_null (fk_study_get_scenario (study, 0, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (fk_study_add_scenario (study, "Nytt", &error), ==, 0);
  g_assert_error (error, FK_ERROR, FK_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_clear_pointer (&scenarios, g_ptr_array_unref);
  g_clear_object (&study);
  after = fk_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (count_rows (path, "SELECT COUNT(*) FROM scenario"), ==, 0);

  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  scenarios = list (study);
  g_assert_cmpuint (scenarios->len, ==, 4);
  assert_defaults (scenarios, 0, TRUE);
  fk_test_tmpdir_free (dir);
}

/* Every write on a read-only study is refused with the study's reason,
 * and nothing changes. */
static void
test_read_only_writes (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "ro.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  g_autoptr(GPtrArray) scenarios = list (study);
  gint64 id = ((FkScenario *) scenarios->pdata[2])->id;
  const char *fresh[FK_N_SCENARIO_SECTIONS + 1] = { "a", "b", "c", "d", "e", "f", "g", NULL };
  const char *codes[] = { "1438", NULL };
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 round_id = fk_study_get_latest_round (study)->id;
  FkScenarioItem item = { NULL, NULL };
  Changes changes = { 0 };

  g_clear_object (&study);
  before = fk_test_file_checksum (path);
  study = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  item.capability = (char *) capability_key (study, 0);
  g_ptr_array_add (items, &item);
  g_signal_connect (study, "changed", G_CALLBACK (count_change), &changes);

#define ASSERT_READ_ONLY(call) \
  G_STMT_START { \
    g_assert_false (call); \
    g_assert_error (error, FK_ERROR, FK_ERROR_READ_ONLY); \
    g_assert_nonnull (strstr (error->message, fk_study_get_read_only_reason (study))); \
    g_clear_error (&error); \
  } G_STMT_END
  ASSERT_READ_ONLY (fk_study_add_scenario (study, "Nytt", &error) != 0);
  ASSERT_READ_ONLY (fk_study_rename_scenario (study, id, "sv", "Nytt namn", &error));
  ASSERT_READ_ONLY (fk_study_move_scenario (study, id, 0, &error));
  ASSERT_READ_ONLY (fk_study_delete_scenario (study, id, &error));
  ASSERT_READ_ONLY (fk_study_set_scenario_items (study, id, items, &error));
  ASSERT_READ_ONLY (fk_study_set_scenario_municipalities (study, id, codes, &error));
  ASSERT_READ_ONLY (fk_study_set_scenario_text (study, id, "sv", FK_SCENARIO_SECTION_RISKS, "Egen", &error));
  ASSERT_READ_ONLY (fk_study_regenerate_scenario (study, id, "sv", round_id, fresh, NULL, &error));
#undef ASSERT_READ_ONLY

  g_assert_cmpuint (changes.n, ==, 0);
  g_clear_object (&study);
  after = fk_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  fk_test_tmpdir_free (dir);
}

/* An id that was never stored (0: the defaults of an unseeded read-only
 * study; below 0: nothing) is refused by every write on a scenario,
 * writing nothing. */
static void
test_unsaved_ids (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "ids.fkarta");
  const char *fresh[FK_N_SCENARIO_SECTIONS + 1] = { "a", "b", "c", "d", "e", "f", "g", NULL };
  const char *codes[] = { "1438", NULL };
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autofree char *before = describe (study);
  g_autofree char *after = NULL;
  gint64 round_id = fk_study_get_latest_round (study)->id;
  FkScenarioItem item = { (char *) capability_key (study, 0), NULL };
  Changes changes = { 0 };
  const gint64 bad[] = { 0, -1 };

  g_ptr_array_add (items, &item);
  g_signal_connect (study, "changed", G_CALLBACK (count_change), &changes);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      gint64 id = bad[i];

#define ASSERT_NOT_FOUND(call) \
  G_STMT_START { \
    g_assert_false (call); \
    g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND); \
    g_clear_error (&error); \
  } G_STMT_END
      ASSERT_NOT_FOUND (fk_study_rename_scenario (study, id, "sv", "Nytt namn", &error));
      ASSERT_NOT_FOUND (fk_study_move_scenario (study, id, 0, &error));
      ASSERT_NOT_FOUND (fk_study_delete_scenario (study, id, &error));
      ASSERT_NOT_FOUND (fk_study_set_scenario_items (study, id, items, &error));
      ASSERT_NOT_FOUND (fk_study_set_scenario_municipalities (study, id, codes, &error));
      ASSERT_NOT_FOUND (fk_study_set_scenario_text (study, id, "sv", FK_SCENARIO_SECTION_RISKS, "Egen", &error));
      ASSERT_NOT_FOUND (fk_study_regenerate_scenario (study, id, "sv", round_id, fresh, NULL, &error));
#undef ASSERT_NOT_FOUND
    }
  g_assert_cmpuint (changes.n, ==, 0);
  after = describe (study);
  g_assert_cmpstr (before, ==, after);
  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

typedef struct {
  const char *path;
  GMutex      mutex;
  GCond       cond;
  gboolean    locked;
} Holder;

/* Holds the study's write lock from another connection for a moment,
 * then lets go: a write that waited would get it. */
static gpointer
hold_lock (gpointer data)
{
  Holder *holder = data;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (holder->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_mutex_lock (&holder->mutex);
  holder->locked = TRUE;
  g_cond_signal (&holder->cond);
  g_mutex_unlock (&holder->mutex);
  g_usleep (300 * G_TIME_SPAN_MILLISECOND);
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  return NULL;
}

static void
start_holding (Holder  *holder,
               GThread **thread)
{
  holder->locked = FALSE;
  *thread = g_thread_new ("hold-lock", hold_lock, holder);
  g_mutex_lock (&holder->mutex);
  while (!holder->locked)
    g_cond_wait (&holder->cond, &holder->mutex);
  g_mutex_unlock (&holder->mutex);
}

/* Not waiting, a write under another program's lock fails at once with
 * FK_ERROR_BUSY, keeps the study writable and writes nothing; waiting
 * (the default), the same write gets the lock when it is let go. */
static void
test_writes_without_waiting (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "busy.fkarta");
  g_autoptr(GPtrArray) scenarios = list (study);
  g_autoptr(FkScenario) stored = NULL;
  gint64 id = ((FkScenario *) scenarios->pdata[0])->id;
  Holder holder = { fk_study_get_path (study) };
  GThread *thread;

  g_mutex_init (&holder.mutex);
  g_cond_init (&holder.cond);

  fk_study_set_scenario_writes_wait (study, FALSE);
  start_holding (&holder, &thread);
  g_assert_false (fk_study_set_scenario_text (study, id, "sv", FK_SCENARIO_SECTION_RISKS, "Egen", &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_cmpint (fk_study_add_scenario (study, "Nytt", &error), ==, 0);
  g_assert_error (error, FK_ERROR, FK_ERROR_BUSY);
  g_clear_error (&error);
  g_thread_join (thread);
  g_assert_false (fk_study_is_read_only (study));
  stored = get (study, id);
  g_assert_null (fk_scenario_get_text (stored, "sv", FK_SCENARIO_SECTION_RISKS));

  fk_study_set_scenario_writes_wait (study, TRUE);
  start_holding (&holder, &thread);
  g_assert_true (fk_study_set_scenario_text (study, id, "sv", FK_SCENARIO_SECTION_RISKS, "Egen", &error));
  g_assert_no_error (error);
  g_thread_join (thread);
  g_clear_pointer (&stored, fk_scenario_free);
  stored = get (study, id);
  g_assert_cmpstr (fk_scenario_get_text (stored, "sv", FK_SCENARIO_SECTION_RISKS)->text, ==, "Egen");

  g_mutex_clear (&holder.mutex);
  g_cond_clear (&holder.cond);
  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* ---- the list ----------------------------------------------------------------- */

static void
assert_order (FkStudy      *study,
              const gint64 *ids,
              guint         n)
{
  g_autoptr(GPtrArray) scenarios = list (study);

  g_assert_cmpuint (scenarios->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (((FkScenario *) scenarios->pdata[i])->id, ==, ids[i]);
  g_assert_cmpint (count_rows (fk_study_get_path (study),
                               "SELECT COUNT(*) FROM scenario s"
                               " WHERE position <> (SELECT COUNT(*) FROM scenario t WHERE t.position < s.position)"),
                   ==, 0);
}

/* Added at the end, renamed in one language, moved with the others
 * shifting, deleted; each write one "changed", each refusal none and
 * nothing changed. */
static void
test_add_rename_move_delete (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "list.fkarta");
  g_autoptr(GPtrArray) scenarios = list (study);
  g_autoptr(FkScenario) added = NULL;
  g_autoptr(FkScenario) renamed = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Changes changes = { 0 };
  gint64 ids[5];
  gint64 id;

  for (guint i = 0; i < 4; i++)
    ids[i] = ((FkScenario *) scenarios->pdata[i])->id;
  g_signal_connect (study, "changed", G_CALLBACK (count_change), &changes);

  id = fk_study_add_scenario (study, "  Eget  <b>&</b> ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  assert_one_change (&changes);
  ids[4] = id;
  assert_order (study, ids, 5);
  added = get (study, id);
  g_assert_cmpint (added->kind, ==, FK_SCENARIO_CUSTOM);
  /* In the study's language (Swedish); English falls back to it. */
  g_assert_cmpstr (added->name.sv, ==, "Eget  <b>&</b>");
  g_assert_null (added->name.en);
  g_assert_cmpstr (fk_text_get (&added->name, "en"), ==, "Eget  <b>&</b>");
  g_assert_true (added->auto_capabilities);
  g_assert_true (added->auto_municipalities);

  before = describe (study);
  g_assert_cmpint (fk_study_add_scenario (study, " \t\n ", &error), ==, 0);
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fk_study_add_scenario (study, NULL, &error), ==, 0);
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fk_study_rename_scenario (study, id, "sv", "   ", &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fk_study_rename_scenario (study, id, "fi", "Nimi", &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fk_study_rename_scenario (study, 999, "sv", "Namn", &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "999"));
  g_clear_error (&error);
  g_assert_false (fk_study_move_scenario (study, id, 5, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fk_study_move_scenario (study, 999, 0, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (fk_study_delete_scenario (study, 999, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (fk_study_get_scenario (study, 999, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "999"));
  g_clear_error (&error);
  after = describe (study);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes.n, ==, 0);

  /* Renamed in English: the Swedish name stays. */
  g_assert_true (fk_study_rename_scenario (study, ids[0], "en", " Zero option ", &error));
  g_assert_no_error (error);
  assert_one_change (&changes);
  renamed = get (study, ids[0]);
  g_assert_cmpstr (renamed->name.en, ==, "Zero option");
  g_assert_cmpstr (renamed->name.sv, ==, "Nollalternativ");
  g_clear_pointer (&renamed, fk_scenario_free);
  g_assert_true (fk_study_rename_scenario (study, ids[0], "sv", "Noll", &error));
  assert_one_change (&changes);
  renamed = get (study, ids[0]);
  g_assert_cmpstr (renamed->name.sv, ==, "Noll");
  g_assert_cmpstr (renamed->name.en, ==, "Zero option");
  /* The same name again writes nothing. */
  g_assert_true (fk_study_rename_scenario (study, ids[0], "sv", "Noll", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n, ==, 0);

  /* The last to the front, the front to the end, one into the middle. */
  g_assert_true (fk_study_move_scenario (study, ids[4], 0, &error));
  g_assert_no_error (error);
  assert_one_change (&changes);
  assert_order (study, (gint64[]) { ids[4], ids[0], ids[1], ids[2], ids[3] }, 5);
  g_assert_true (fk_study_move_scenario (study, ids[4], 4, &error));
  assert_one_change (&changes);
  assert_order (study, ids, 5);
  g_assert_true (fk_study_move_scenario (study, ids[0], 2, &error));
  assert_one_change (&changes);
  assert_order (study, (gint64[]) { ids[1], ids[2], ids[0], ids[3], ids[4] }, 5);

  g_assert_true (fk_study_delete_scenario (study, ids[2], &error));
  g_assert_no_error (error);
  assert_one_change (&changes);
  assert_order (study, (gint64[]) { ids[1], ids[0], ids[3], ids[4] }, 4);
  g_assert_false (fk_study_move_scenario (study, ids[1], 4, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (fk_study_get_scenario (study, ids[2], &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (changes.n, ==, 0);
  fk_test_tmpdir_free (dir);
}

/* An English study names an added scenario in English. */
static void
test_add_in_english (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "en.fkarta");
  g_autoptr(FkScenario) added = NULL;
  gint64 id;

  g_assert_true (fk_study_set_language (study, "en", &error));
  id = fk_study_add_scenario (study, "Shared service desk", &error);
  g_assert_no_error (error);
  added = get (study, id);
  g_assert_null (added->name.sv);
  g_assert_cmpstr (added->name.en, ==, "Shared service desk");
  fk_test_tmpdir_free (dir);
}

/* ---- what a scenario covers ----------------------------------------------------- */

static void
test_items (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "items.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  g_autoptr(GPtrArray) scenarios = list (study);
  gint64 id = ((FkScenario *) scenarios->pdata[2])->id;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autoptr(FkScenario) scenario = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *cap0 = capability_key (study, 0);
  const char *cap5 = capability_key (study, 5);
  FkScenarioItem first = { (char *) cap5, (char *) "1488" };
  FkScenarioItem second = { (char *) cap0, NULL };
  FkScenarioItem bad1 = { (char *) "ingen.sadan", NULL };
  FkScenarioItem bad2 = { (char *) "inte.heller", (char *) "0000" };
  FkScenarioItem bad_host = { (char *) cap0, (char *) "9999" };
  Changes changes = { 0 };

  g_signal_connect (study, "changed", G_CALLBACK (count_change), &changes);

  /* The user's order, not the model's. */
  g_ptr_array_add (items, &first);
  g_ptr_array_add (items, &second);
  g_assert_true (fk_study_set_scenario_items (study, id, items, &error));
  g_assert_no_error (error);
  assert_one_change (&changes);
  scenario = get (study, id);
  g_assert_false (scenario->auto_capabilities);
  g_assert_true (scenario->auto_municipalities);
  g_assert_cmpuint (scenario->items->len, ==, 2);
  g_assert_cmpstr (((FkScenarioItem *) scenario->items->pdata[0])->capability, ==, cap5);
  g_assert_cmpstr (((FkScenarioItem *) scenario->items->pdata[0])->host, ==, "1488");
  g_assert_cmpstr (((FkScenarioItem *) scenario->items->pdata[1])->capability, ==, cap0);
  g_assert_null (((FkScenarioItem *) scenario->items->pdata[1])->host);
  g_clear_pointer (&scenario, fk_scenario_free);

  /* Refused, naming every unknown key, and nothing changes. */
  before = describe (study);
  g_ptr_array_set_size (items, 0);
  g_ptr_array_add (items, &second);
  g_ptr_array_add (items, &bad1);
  g_ptr_array_add (items, &bad2);
  g_assert_false (fk_study_set_scenario_items (study, id, items, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "ingen.sadan"));
  g_assert_nonnull (strstr (error->message, "inte.heller"));
  g_clear_error (&error);
  g_ptr_array_set_size (items, 0);
  g_ptr_array_add (items, &bad_host);
  g_assert_false (fk_study_set_scenario_items (study, id, items, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "9999"));
  g_clear_error (&error);
  g_ptr_array_set_size (items, 0);
  g_ptr_array_add (items, &first);
  g_ptr_array_add (items, &second);
  g_ptr_array_add (items, &first);
  g_assert_false (fk_study_set_scenario_items (study, id, items, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, cap5));
  g_clear_error (&error);
  g_assert_false (fk_study_set_scenario_items (study, 999, NULL, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  after = describe (study);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes.n, ==, 0);

  /* None chosen is a choice too; NULL follows the candidates again. */
  g_ptr_array_set_size (items, 0);
  g_assert_true (fk_study_set_scenario_items (study, id, items, &error));
  assert_one_change (&changes);
  scenario = get (study, id);
  g_assert_false (scenario->auto_capabilities);
  g_assert_cmpuint (scenario->items->len, ==, 0);
  g_clear_pointer (&scenario, fk_scenario_free);
  g_ptr_array_add (items, &first);
  g_assert_true (fk_study_set_scenario_items (study, id, items, &error));
  assert_one_change (&changes);
  g_assert_true (fk_study_set_scenario_items (study, id, NULL, &error));
  g_assert_no_error (error);
  assert_one_change (&changes);
  scenario = get (study, id);
  g_assert_true (scenario->auto_capabilities);
  g_assert_cmpuint (scenario->items->len, ==, 0);
  g_assert_cmpint (count_rows (path, "SELECT COUNT(*) FROM scenario_capability"), ==, 0);
  fk_test_tmpdir_free (dir);
}

static void
test_municipalities (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "mun.fkarta");
  g_autoptr(GPtrArray) scenarios = list (study);
  gint64 id = ((FkScenario *) scenarios->pdata[3])->id;
  FkRegion *region = fk_study_get_region (study);
  const char *last = ((FkMunicipality *) g_ptr_array_index (region->municipalities, 13))->code;
  const char *third = ((FkMunicipality *) g_ptr_array_index (region->municipalities, 2))->code;
  const char *first = ((FkMunicipality *) g_ptr_array_index (region->municipalities, 0))->code;
  g_autoptr(FkScenario) scenario = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Changes changes = { 0 };

  g_signal_connect (study, "changed", G_CALLBACK (count_change), &changes);

  /* Read back in region order, whatever order they came in. */
  g_assert_true (fk_study_set_scenario_municipalities (study, id, (const char *[]) { last, first, third, NULL }, &error));
  g_assert_no_error (error);
  assert_one_change (&changes);
  scenario = get (study, id);
  g_assert_false (scenario->auto_municipalities);
  g_assert_true (scenario->auto_capabilities);
  g_assert_cmpuint (g_strv_length (scenario->municipalities), ==, 3);
  g_assert_cmpstr (scenario->municipalities[0], ==, first);
  g_assert_cmpstr (scenario->municipalities[1], ==, third);
  g_assert_cmpstr (scenario->municipalities[2], ==, last);
  g_clear_pointer (&scenario, fk_scenario_free);

  before = describe (study);
  g_assert_false (fk_study_set_scenario_municipalities (study, id, (const char *[]) { first, "1111", "2222", NULL }, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "1111"));
  g_assert_nonnull (strstr (error->message, "2222"));
  g_clear_error (&error);
  g_assert_false (fk_study_set_scenario_municipalities (study, id, (const char *[]) { first, third, first, NULL }, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, first));
  g_clear_error (&error);
  after = describe (study);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes.n, ==, 0);

  g_assert_true (fk_study_set_scenario_municipalities (study, id, NULL, &error));
  g_assert_no_error (error);
  assert_one_change (&changes);
  scenario = get (study, id);
  g_assert_true (scenario->auto_municipalities);
  g_assert_cmpuint (g_strv_length (scenario->municipalities), ==, 0);
  fk_test_tmpdir_free (dir);
}

/* ---- text ------------------------------------------------------------------------ */

static GStrv
fresh_texts (const char *tag)
{
  GStrv fresh = g_new0 (char *, FK_N_SCENARIO_SECTIONS + 1);

  for (guint s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    fresh[s] = g_strdup_printf ("%s: %s.", tag, fk_scenario_section_to_string (s));
  return fresh;
}

/* The user's text is marked edited; typed back to the generated text it
 * is not. Regenerating replaces what the user left alone and keeps the
 * rest, counting it. */
static void
test_text_and_regenerate (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "text.fkarta");
  g_autoptr(GPtrArray) scenarios = list (study);
  gint64 id = ((FkScenario *) scenarios->pdata[1])->id;
  gint64 round_id = fk_study_get_latest_round (study)->id;
  g_auto(GStrv) first = fresh_texts ("Första");
  g_auto(GStrv) second = fresh_texts ("Andra");
  g_autoptr(FkScenario) scenario = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const FkScenarioText *text;
  Changes changes = { 0 };
  guint kept = 99;

  g_signal_connect (study, "changed", G_CALLBACK (count_change), &changes);

  /* Typed before anything was generated: the user's. */
  g_assert_true (fk_study_set_scenario_text (study, id, "sv", FK_SCENARIO_SECTION_RISKS, "Egna risker", &error));
  g_assert_no_error (error);
  assert_one_change (&changes);
  scenario = get (study, id);
  text = fk_scenario_get_text (scenario, "sv", FK_SCENARIO_SECTION_RISKS);
  g_assert_cmpstr (text->text, ==, "Egna risker");
  g_assert_null (text->generated);
  g_assert_true (text->edited);
  g_assert_true (fk_scenario_is_edited (scenario));
  g_clear_pointer (&scenario, fk_scenario_free);

  /* First generation: six new sections, the risks kept. */
  g_assert_true (fk_study_regenerate_scenario (study, id, "sv", round_id, (const char * const *) first, &kept, &error));
  g_assert_no_error (error);
  assert_one_change (&changes);
  g_assert_cmpuint (kept, ==, 1);
  scenario = get (study, id);
  g_assert_cmpint (scenario->generated_round, ==, round_id);
  g_assert_cmpuint (scenario->texts->len, ==, FK_N_SCENARIO_SECTIONS);
  for (guint s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    {
      text = fk_scenario_get_text (scenario, "sv", s);
      g_assert_cmpstr (text->generated, ==, first[s]);
      if (s == FK_SCENARIO_SECTION_RISKS)
        {
          g_assert_cmpstr (text->text, ==, "Egna risker");
          g_assert_true (text->edited);
        }
      else
        {
          g_assert_cmpstr (text->text, ==, first[s]);
          g_assert_false (text->edited);
        }
    }
  g_assert_null (fk_scenario_get_text (scenario, "en", FK_SCENARIO_SECTION_SUMMARY));
  g_clear_pointer (&scenario, fk_scenario_free);

  /* The summary edited, the risks typed back to what was generated. */
  g_assert_true (fk_study_set_scenario_text (study, id, "sv", FK_SCENARIO_SECTION_SUMMARY, "Min sammanfattning", &error));
  assert_one_change (&changes);
  g_assert_true (fk_study_set_scenario_text (study, id, "sv", FK_SCENARIO_SECTION_RISKS,
                                             first[FK_SCENARIO_SECTION_RISKS], &error));
  assert_one_change (&changes);
  scenario = get (study, id);
  g_assert_true (fk_scenario_get_text (scenario, "sv", FK_SCENARIO_SECTION_SUMMARY)->edited);
  g_assert_false (fk_scenario_get_text (scenario, "sv", FK_SCENARIO_SECTION_RISKS)->edited);
  g_clear_pointer (&scenario, fk_scenario_free);
  /* The same text again writes nothing. */
  g_assert_true (fk_study_set_scenario_text (study, id, "sv", FK_SCENARIO_SECTION_SUMMARY, "Min sammanfattning", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n, ==, 0);

  /* Second generation: the summary kept with the new text beside it,
   * everything else replaced, the English text untouched. */
  g_assert_true (fk_study_set_scenario_text (study, id, "en", FK_SCENARIO_SECTION_SUMMARY, "My summary", &error));
  assert_one_change (&changes);
  g_assert_true (fk_study_regenerate_scenario (study, id, "sv", round_id, (const char * const *) second, &kept, &error));
  assert_one_change (&changes);
  g_assert_cmpuint (kept, ==, 1);
  scenario = get (study, id);
  for (guint s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    {
      text = fk_scenario_get_text (scenario, "sv", s);
      g_assert_cmpstr (text->generated, ==, second[s]);
      g_assert_cmpstr (text->text, ==, s == FK_SCENARIO_SECTION_SUMMARY ? "Min sammanfattning" : second[s]);
      g_assert_true (text->edited == (s == FK_SCENARIO_SECTION_SUMMARY));
    }
  text = fk_scenario_get_text (scenario, "en", FK_SCENARIO_SECTION_SUMMARY);
  g_assert_cmpstr (text->text, ==, "My summary");
  g_assert_true (text->edited);
  g_clear_pointer (&scenario, fk_scenario_free);

  /* Refused: an unknown round, language or scenario; nothing changes. */
  before = describe (study);
  g_assert_false (fk_study_regenerate_scenario (study, id, "sv", 999, (const char * const *) first, &kept, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (fk_study_regenerate_scenario (study, id, "de", round_id, (const char * const *) first, &kept, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fk_study_regenerate_scenario (study, 999, "sv", round_id, (const char * const *) first, &kept, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (fk_study_set_scenario_text (study, 999, "sv", FK_SCENARIO_SECTION_SUMMARY, "x", &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  after = describe (study);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes.n, ==, 0);

  /* Deleting takes its text, capabilities and municipalities along. */
  g_assert_true (fk_study_set_scenario_municipalities (study, id, (const char *[]) { "1438", NULL }, &error));
  g_assert_true (fk_study_delete_scenario (study, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fk_study_get_path (study), "SELECT COUNT(*) FROM scenario_text"), ==, 0);
  g_assert_cmpint (count_rows (fk_study_get_path (study), "SELECT COUNT(*) FROM scenario_municipality"), ==, 0);
  fk_test_tmpdir_free (dir);
}

/* Text and names are stored exactly as typed: markup, ampersands, line
 * breaks, spaces at the ends. */
static void
test_literal_text (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "literal.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  const char *typed = "  <b>Fet</b> & &amp; <i\n\nAndra stycket\r\nrad %s %d \\n ";
  g_autoptr(FkScenario) scenario = NULL;
  gint64 id;

  id = fk_study_add_scenario (study, "<b>&amp;</b> & Co", &error);
  g_assert_no_error (error);
  g_assert_true (fk_study_set_scenario_text (study, id, "en", FK_SCENARIO_SECTION_BENEFITS, typed, &error));
  g_assert_true (fk_study_set_scenario_text (study, id, "sv", FK_SCENARIO_SECTION_NEXT_STEP, "", &error));
  g_assert_no_error (error);
  g_clear_object (&study);

  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  scenario = get (study, id);
  g_assert_cmpstr (scenario->name.sv, ==, "<b>&amp;</b> & Co");
  g_assert_cmpstr (fk_scenario_get_text (scenario, "en", FK_SCENARIO_SECTION_BENEFITS)->text, ==, typed);
  /* An emptied section is the user's choice, not missing. */
  g_assert_cmpstr (fk_scenario_get_text (scenario, "sv", FK_SCENARIO_SECTION_NEXT_STEP)->text, ==, "");
  g_assert_true (fk_scenario_get_text (scenario, "sv", FK_SCENARIO_SECTION_NEXT_STEP)->edited);
  fk_test_tmpdir_free (dir);
}

/* A second program on the same file sees each change at once, and hears
 * of it at its next check. */
static void
test_second_study (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) a = fk_test_study_new_default (dir, "shared.fkarta");
  g_autoptr(FkStudy) b = fk_study_open (fk_study_get_path (a), FK_STUDY_OPEN_DEFAULT, &error);
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(FkScenario) seen = NULL;
  Changes changes = { 0 };
  gint64 id;

  g_assert_no_error (error);
  g_signal_connect (b, "changed", G_CALLBACK (count_change), &changes);
  fk_study_check_external_changes (b);
  g_assert_cmpuint (changes.n, ==, 0);

  id = fk_study_add_scenario (a, "Från den andra", &error);
  g_assert_no_error (error);
  g_assert_true (fk_study_set_scenario_text (a, id, "sv", FK_SCENARIO_SECTION_SUMMARY, "Text", &error));
  fk_study_check_external_changes (b);
  g_assert_cmpuint (changes.n, ==, 1);
  g_assert_true (changes.what & FK_STUDY_CHANGE_SCENARIOS);
  scenarios = list (b);
  g_assert_cmpuint (scenarios->len, ==, 5);
  seen = get (b, id);
  g_assert_cmpstr (seen->name.sv, ==, "Från den andra");
  g_assert_cmpstr (fk_scenario_get_text (seen, "sv", FK_SCENARIO_SECTION_SUMMARY)->text, ==, "Text");
  fk_test_tmpdir_free (dir);
}

/* ---- fk_scenario_compare ------------------------------------------------------- */

static void
test_compare (void)
{
  g_autoptr(FkScenario) scenario = fk_scenario_new (FK_SCENARIO_SELECTED);
  g_auto(GStrv) fresh = fresh_texts ("Ny");
  FkScenarioRegen out[FK_N_SCENARIO_SECTIONS];

  /* SUMMARY: as stored; CAPABILITIES: untouched, old; PARTICIPANTS:
   * edited, differs; BENEFITS: edited but reads like the new text;
   * RISKS: stored in English only; the rest: nothing stored. */
  fk_scenario_set_text (scenario, "sv", FK_SCENARIO_SECTION_SUMMARY,
                        fresh[FK_SCENARIO_SECTION_SUMMARY], fresh[FK_SCENARIO_SECTION_SUMMARY], FALSE);
  fk_scenario_set_text (scenario, "sv", FK_SCENARIO_SECTION_CAPABILITIES, "Gammal", "Gammal", FALSE);
  fk_scenario_set_text (scenario, "sv", FK_SCENARIO_SECTION_PARTICIPANTS, "Egen", "Gammal", TRUE);
  fk_scenario_set_text (scenario, "sv", FK_SCENARIO_SECTION_BENEFITS,
                        fresh[FK_SCENARIO_SECTION_BENEFITS], "Gammal", TRUE);
  fk_scenario_set_text (scenario, "en", FK_SCENARIO_SECTION_RISKS, "Old", "Old", FALSE);

  fk_scenario_compare (scenario, "sv", (const char * const *) fresh, out);
  g_assert_cmpint (out[FK_SCENARIO_SECTION_SUMMARY], ==, FK_SCENARIO_REGEN_SAME);
  g_assert_cmpint (out[FK_SCENARIO_SECTION_CAPABILITIES], ==, FK_SCENARIO_REGEN_REPLACE);
  g_assert_cmpint (out[FK_SCENARIO_SECTION_PARTICIPANTS], ==, FK_SCENARIO_REGEN_KEEP);
  g_assert_cmpint (out[FK_SCENARIO_SECTION_BENEFITS], ==, FK_SCENARIO_REGEN_SAME);
  g_assert_cmpint (out[FK_SCENARIO_SECTION_RISKS], ==, FK_SCENARIO_REGEN_NEW);
  g_assert_cmpint (out[FK_SCENARIO_SECTION_REQUIREMENTS], ==, FK_SCENARIO_REGEN_NEW);
  g_assert_cmpint (out[FK_SCENARIO_SECTION_NEXT_STEP], ==, FK_SCENARIO_REGEN_NEW);

  /* In English the one stored section is replaced, the rest are new. */
  fk_scenario_compare (scenario, "en", (const char * const *) fresh, out);
  g_assert_cmpint (out[FK_SCENARIO_SECTION_RISKS], ==, FK_SCENARIO_REGEN_REPLACE);
  g_assert_cmpint (out[FK_SCENARIO_SECTION_SUMMARY], ==, FK_SCENARIO_REGEN_NEW);
}

/* What the comparison says is what regenerating does. */
static void
test_compare_matches_regenerate (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "cmp.fkarta");
  g_autoptr(GPtrArray) scenarios = list (study);
  gint64 id = ((FkScenario *) scenarios->pdata[0])->id;
  gint64 round_id = fk_study_get_latest_round (study)->id;
  g_auto(GStrv) first = fresh_texts ("Ett");
  g_auto(GStrv) second = fresh_texts ("Två");
  g_autoptr(FkScenario) before = NULL;
  g_autoptr(FkScenario) after = NULL;
  FkScenarioRegen out[FK_N_SCENARIO_SECTIONS];
  guint kept = 0;
  guint n_keep = 0;

  g_assert_true (fk_study_regenerate_scenario (study, id, "sv", round_id, (const char * const *) first, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (fk_study_set_scenario_text (study, id, "sv", FK_SCENARIO_SECTION_BENEFITS, "Egen nytta", &error));
  g_assert_true (fk_study_set_scenario_text (study, id, "sv", FK_SCENARIO_SECTION_RISKS, "Egna risker", &error));
  /* One section already reads like the next generation. */
  g_free (second[FK_SCENARIO_SECTION_SUMMARY]);
  second[FK_SCENARIO_SECTION_SUMMARY] = g_strdup (first[FK_SCENARIO_SECTION_SUMMARY]);

  before = get (study, id);
  fk_scenario_compare (before, "sv", (const char * const *) second, out);
  g_assert_true (fk_study_regenerate_scenario (study, id, "sv", round_id, (const char * const *) second, &kept, &error));
  after = get (study, id);
  for (guint s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    {
      const FkScenarioText *was = fk_scenario_get_text (before, "sv", s);
      const FkScenarioText *now = fk_scenario_get_text (after, "sv", s);

      switch (out[s])
        {
        case FK_SCENARIO_REGEN_SAME:
          g_assert_cmpstr (now->text, ==, was->text);
          break;
        case FK_SCENARIO_REGEN_KEEP:
          n_keep++;
          g_assert_cmpstr (now->text, ==, was->text);
          g_assert_true (now->edited);
          break;
        case FK_SCENARIO_REGEN_REPLACE:
        case FK_SCENARIO_REGEN_NEW:
          g_assert_cmpstr (now->text, ==, second[s]);
          g_assert_false (now->edited);
          break;
        }
    }
  g_assert_cmpint (out[FK_SCENARIO_SECTION_SUMMARY], ==, FK_SCENARIO_REGEN_SAME);
  g_assert_cmpint (out[FK_SCENARIO_SECTION_CAPABILITIES], ==, FK_SCENARIO_REGEN_REPLACE);
  g_assert_cmpuint (n_keep, ==, 2);
  g_assert_cmpuint (kept, ==, n_keep);
  fk_test_tmpdir_free (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/scenarios/new-study", test_new_study);
  g_test_add_func ("/core/scenarios/migrated-study", test_migrated_study);
  g_test_add_func ("/core/scenarios/read-only-unseeded", test_read_only_unseeded);
  g_test_add_func ("/core/scenarios/read-only-writes", test_read_only_writes);
  g_test_add_func ("/core/scenarios/unsaved-ids", test_unsaved_ids);
  g_test_add_func ("/core/scenarios/writes-without-waiting", test_writes_without_waiting);
  g_test_add_func ("/core/scenarios/add-rename-move-delete", test_add_rename_move_delete);
  g_test_add_func ("/core/scenarios/add-in-english", test_add_in_english);
  g_test_add_func ("/core/scenarios/items", test_items);
  g_test_add_func ("/core/scenarios/municipalities", test_municipalities);
  g_test_add_func ("/core/scenarios/text-and-regenerate", test_text_and_regenerate);
  g_test_add_func ("/core/scenarios/literal-text", test_literal_text);
  g_test_add_func ("/core/scenarios/second-study", test_second_study);
  g_test_add_func ("/core/scenarios/compare", test_compare);
  g_test_add_func ("/core/scenarios/compare-matches-regenerate", test_compare_matches_regenerate);
  return g_test_run ();
}
