/* fk-study-schema.h — the study file's tables and their migrations (private to core) */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* PRAGMA application_id of every study: "FKAR". */
#define FK_STUDY_APPLICATION_ID 0x464B4152

/* Maps an SQLite result to an FkError naming @path ("disk full", "busy", …). */
void     fk_sqlite_set_error     (GError     **error,
                                  sqlite3     *db,
                                  int          rc,
                                  const char  *path);
/* The one error for a damaged study file: a translated line naming @path
 * and what to do (open the newest migration backup "<file>.v<N>.bak"
 * beside it, if there is one), with the first problem of SQLite's report
 * @report (nullable), shortened, as the detail (fk_error_get_detail()). */
void     fk_study_set_damaged_error (GError    **error,
                                     const char *path,
                                     const char *report);
/* Runs constant SQL (never built from user text). */
gboolean fk_sqlite_exec          (sqlite3     *db,
                                  const char  *sql,
                                  const char  *path,
                                  GError     **error);

/* Brings an empty database, or one at schema @from_version, up to
 * @to_version, inside the caller's transaction. Creating a new file runs
 * every step from 0, so the migrations are exercised on every create. */
gboolean fk_study_schema_upgrade (sqlite3     *db,
                                  int          from_version,
                                  int          to_version,
                                  const char  *path,
                                  GError     **error);

G_END_DECLS
