/* fk-study-schema.c — schema versions of the study file
 *
 * `steps` is the one ordered list of migrations: step N brings a file at
 * version N to version N + 1, and the schema version this build writes is
 * the length of the list (FK_STUDY_SCHEMA_VERSION). A change to the schema
 * is a new step APPENDED at the end; a step that is in a release is never
 * edited, reordered or removed, since files out there were made by it.
 * tests/core/test-study.c (/core/study/schema-steps) rebuilds files of
 * every old version by raw SQL and migrates them: give it the new
 * version's SQL too.
 *
 * Version 1: meta, model, municipality, round, score.
 * Version 2: adds import_log (response-file imports) and scenario.
 * Version 3: import_log records each file's checksum and its counts.
 * Version 4: import_change keeps, for each import, every score it wrote
 *            as it was before and after (for undo); import_log says who
 *            answered, whether an import was undone (undone_by) and
 *            which import a line undid (undoes).
 * Version 5: scenarios as fk-study-scenarios.c stores them: the kind,
 *            the name in both languages (title is the Swedish name,
 *            title_en the English one, '' where the user gave none),
 *            whether the capabilities and municipalities follow the
 *            candidates (auto_*), the round the text was generated from;
 *            the chosen capabilities with hosts, the chosen
 *            municipalities and the text per language and section. An
 *            old body becomes the edited summary in the study's language
 *            (and an English study's old title its English name).
 */
#define G_LOG_DOMAIN "fk-study-schema"
#include "config.h"
#include "fk-study-schema.h"
#include "fk-error.h"
#include "fk-study.h"

#include "fk-i18n.h"
#include <string.h>

/* Append only (see the top of the file). */
static const char *const steps[] = {
  /* 0 → 1 */
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

  /* 1 → 2 */
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

  /* 2 → 3 */
  "ALTER TABLE import_log ADD COLUMN checksum TEXT;"
  "ALTER TABLE import_log ADD COLUMN n_new INTEGER;"
  "ALTER TABLE import_log ADD COLUMN n_changed INTEGER;"
  "ALTER TABLE import_log ADD COLUMN n_unchanged INTEGER;"
  "ALTER TABLE import_log ADD COLUMN n_conflicts INTEGER;",

  /* 3 → 4 */
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

  /* 4 → 5 */
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

int
fk_study_schema_version (void)
{
  return G_N_ELEMENTS (steps);
}

/* The longest detail kept from SQLite's report, in characters. */
#define DAMAGED_DETAIL_MAX 160

/* The newest "<path>.v<N>.bak" beside @path, or NULL. */
static char *
find_backup (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strconcat (base, ".v", NULL);
  g_autofree char *best = NULL;
  guint64 best_version = 0;
  const char *name;

  if (d == NULL)
    return NULL;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *digits = NULL;
      guint64 version;

      if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, ".bak"))
        continue;
      digits = g_strndup (name + strlen (prefix), strlen (name) - strlen (prefix) - strlen (".bak"));
      if (!g_ascii_string_to_unsigned (digits, 10, 1, G_MAXINT, &version, NULL) || version <= best_version)
        continue;
      best_version = version;
      g_free (best);
      best = g_build_filename (dir, name, NULL);
    }
  return g_steal_pointer (&best);
}

/* The first problem of an integrity report ("*** in database main ***\n
 * Page 5: …\nPage 6: …"), on one line and at most DAMAGED_DETAIL_MAX
 * characters. */
static char *
first_problem (const char *report)
{
  g_auto(GStrv) lines = NULL;
  const char *first = NULL;
  g_autofree char *line = NULL;

  if (report == NULL)
    return NULL;
  lines = g_strsplit (report, "\n", -1);
  for (guint i = 0; lines[i] != NULL && first == NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0' && !g_str_has_prefix (lines[i], "***"))
        first = lines[i];
    }
  if (first == NULL)
    return NULL;
  line = g_utf8_make_valid (first, -1);
  g_strdelimit (line, "\r\t", ' ');
  if (g_utf8_strlen (line, -1) > DAMAGED_DETAIL_MAX)
    {
      g_autofree char *cut = g_utf8_substring (line, 0, DAMAGED_DETAIL_MAX - 1);
      return g_strconcat (cut, "…", NULL);
    }
  return g_steal_pointer (&line);
}

void
fk_study_set_damaged_error (GError     **error,
                            const char  *path,
                            const char  *report)
{
  g_autofree char *display = g_filename_display_name (path != NULL ? path : "");
  g_autofree char *backup = path != NULL ? find_backup (path) : NULL;
  g_autofree char *detail = first_problem (report);
  GError *local_error;

  if (error == NULL)
    return;
  if (backup != NULL)
    {
      g_autofree char *backup_display = g_filename_display_basename (backup);
      local_error = g_error_new (FK_ERROR, FK_ERROR_NOT_A_STUDY,
                                 _("%s: the study file is damaged. An older copy is beside it (%s): open that copy, or restore the file from a backup."),
                                 display, backup_display);
    }
  else
    local_error = g_error_new (FK_ERROR, FK_ERROR_NOT_A_STUDY,
                               _("%s: the study file is damaged. Restore it from a backup, or ask whoever sent it for a new copy."),
                               display);
  fk_error_set_detail (local_error, detail);
  g_propagate_error (error, local_error);
}

void
fk_sqlite_set_error (GError    **error,
                     sqlite3    *db,
                     int         rc,
                     const char *path)
{
  g_autofree char *display = g_filename_display_name (path != NULL ? path : "");
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, FK_ERROR, FK_ERROR_BUSY,
                   _("%s: the study is busy in another program; try again in a moment"), display);
      break;
    case SQLITE_FULL:
      g_set_error (error, FK_ERROR, FK_ERROR_IO,
                   _("%s: the disk is full; nothing was written"), display);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, FK_ERROR, FK_ERROR_READ_ONLY,
                   _("%s: the study cannot be written (%s)"), display, detail);
      break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      fk_study_set_damaged_error (error, path, detail);
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      g_set_error (error, FK_ERROR, FK_ERROR_IO,
                   _("%s: could not read or write the file (%s)"), display, detail);
      break;
    default:
      g_set_error (error, FK_ERROR, FK_ERROR_FAILED, "%s: %s", display, detail);
      break;
    }
}

gboolean
fk_sqlite_exec (sqlite3    *db,
                const char *sql,
                const char *path,
                GError    **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      fk_sqlite_set_error (error, db, rc, path);
      return FALSE;
    }
  return TRUE;
}

gboolean
fk_study_schema_upgrade (sqlite3    *db,
                         int         from_version,
                         int         to_version,
                         const char *path,
                         GError    **error)
{
  g_autofree char *pragma = NULL;

  g_return_val_if_fail (from_version >= 0, FALSE);
  g_return_val_if_fail (to_version <= (int) G_N_ELEMENTS (steps), FALSE);

  for (int v = from_version; v < to_version; v++)
    if (!fk_sqlite_exec (db, steps[v], path, error))
      return FALSE;

  /* PRAGMA takes no bound parameters; both numbers are ours. */
  pragma = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                            FK_STUDY_APPLICATION_ID, to_version);
  return fk_sqlite_exec (db, pragma, path, error);
}
