/* fk-study-sql.c — small SQLite helpers shared by the study's files */
#define G_LOG_DOMAIN "fk-study-sql"
#include "config.h"
#include "fk-study-private.h"
#include "fk-error.h"
#include "fk-study-schema.h"

#include "fk-i18n.h"

/* g_set_str() is GLib 2.76; we build against 2.74. */
void
fk_study_replace_str (char       **ptr,
                      const char  *value)
{
  char *copy = g_strdup (value);
  g_free (*ptr);
  *ptr = copy;
}


sqlite3_stmt *
fk_study_prepare (FkStudy     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return NULL;
    }
  return stmt;
}

void
fk_study_bind_text (sqlite3_stmt *stmt,
                    int           index,
                    const char   *text)
{
  if (text != NULL && *text != '\0')
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

char *
fk_study_column_dup (sqlite3_stmt *stmt,
                     int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);
  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

/* Runs a statement that returns no rows; finalizes it. */
gboolean
fk_study_step_done (FkStudy       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return FALSE;
    }
  return TRUE;
}

gboolean
fk_study_rows_done (FkStudy       *self,
                    sqlite3_stmt  *stmt,
                    int            rc,
                    GError       **error)
{
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  fk_sqlite_set_error (error, self->db, rc, self->path);
  return FALSE;
}

gboolean
fk_study_begin_write (FkStudy  *self,
                      GError  **error)
{
  if (self->read_only)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_READ_ONLY, "%s: %s",
                   self->display_name, self->read_only_reason);
      return FALSE;
    }
  if (!fk_sqlite_exec (self->db, "BEGIN IMMEDIATE", self->path, error))
    {
      fk_study_note_write_failure (self, sqlite3_errcode (self->db));
      return FALSE;
    }
  return TRUE;
}

gboolean
fk_study_end_write (FkStudy  *self,
                    gboolean  ok,
                    GError  **error)
{
  int rc;

  if (ok && fk_sqlite_exec (self->db, "COMMIT", self->path, error))
    {
      /* A working copy goes back to the user's file at once. */
      if (fk_study_write_back (self, error))
        return TRUE;
      fk_study_note_write_failure (self, SQLITE_IOERR);
      return FALSE;
    }

  /* Read the failure before ROLLBACK replaces it; tell views after. */
  rc = sqlite3_errcode (self->db);
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  fk_study_note_write_failure (self, rc);
  return FALSE;
}

gboolean
fk_study_set_meta (FkStudy     *self,
                   const char  *key,
                   const char  *value,
                   GError     **error)
{
  sqlite3_stmt *stmt = fk_study_prepare (self, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  fk_study_bind_text (stmt, 2, value);
  return fk_study_step_done (self, stmt, error);
}

gboolean
fk_study_query_text (FkStudy     *self,
                     const char  *sql,
                     const char  *param,
                     gboolean    *out_found,
                     char       **out_value,
                     GError     **error)
{
  sqlite3_stmt *stmt = fk_study_prepare (self, sql, error);
  int rc;

  *out_value = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, param, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (out_found != NULL)
    *out_found = rc == SQLITE_ROW;
  *out_value = rc == SQLITE_ROW ? fk_study_column_dup (stmt, 0) : NULL;
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return FALSE;
    }
  return TRUE;
}

gboolean
fk_study_get_meta (FkStudy     *self,
                   const char  *key,
                   char       **out_value,
                   GError     **error)
{
  return fk_study_query_text (self, "SELECT value FROM meta WHERE key = ?", key, NULL, out_value, error);
}

gboolean
fk_study_get_meta_int (FkStudy     *self,
                       const char  *key,
                       gint64       fallback,
                       gint64      *out_value,
                       GError     **error)
{
  g_autofree char *value = NULL;

  if (!fk_study_get_meta (self, key, &value, error))
    return FALSE;
  if (value == NULL)
    {
      *out_value = fallback;
      return TRUE;
    }
  if (!g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, out_value, NULL))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_A_STUDY,
                   _("%s: the study is damaged (its setting “%s” is “%s”, not a number)"),
                   self->display_name, key, value);
      return FALSE;
    }
  return TRUE;
}

gboolean
fk_study_pragma_int (FkStudy     *self,
                     const char  *sql,
                     int         *out_value,
                     GError     **error)
{
  sqlite3_stmt *stmt = fk_study_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return FALSE;
    }
  return TRUE;
}


gboolean
fk_study_load_rounds (FkStudy  *self,
                      GError  **error)
{
  sqlite3_stmt *stmt = fk_study_prepare (self, "SELECT id, name, date FROM round ORDER BY id", error);
  g_autoptr(GPtrArray) rounds = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  /* Read into a new list and swap it in only when all went well: a failed
   * read keeps the rounds we had. */
  rounds = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_study_round_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FkRound *round = g_new0 (FkRound, 1);
      round->id = sqlite3_column_int64 (stmt, 0);
      round->name = fk_study_column_dup (stmt, 1);
      round->date = fk_study_column_dup (stmt, 2);
      g_ptr_array_add (rounds, round);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return FALSE;
    }
  g_ptr_array_unref (self->rounds);
  self->rounds = g_steal_pointer (&rounds);
  return TRUE;
}
