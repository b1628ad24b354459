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
 */
#define G_LOG_DOMAIN "fk-study-schema"
#include "config.h"
#include "fk-study-schema.h"
#include "fk-error.h"
#include "fk-study.h"

#include <glib/gi18n-lib.h>

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
};

int
fk_study_schema_version (void)
{
  return G_N_ELEMENTS (steps);
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
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_A_STUDY,
                   _("%s: not a Förmågekarta study, or the file is damaged (%s)"), display, detail);
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
