/* fk-study-import-changes.c — what each import wrote, before and after
 *
 * An import's batch records every score it writes as it was before and as
 * it was written (table import_change, schema 4), in the import's own
 * transaction, so that fk_import_undo() can put the study back exactly
 * and can tell whether a score was changed since. Scores are kept as the
 * JSON objects of fk-score-json (a NULL column: no row).
 */
#define G_LOG_DOMAIN "fk-study-import-changes"
#include "config.h"
#include "fk-study-private.h"
#include "fk-error.h"
#include "fk-json.h"
#include "fk-score-json.h"
#include "fk-study-schema.h"

#include "fk-i18n.h"

static void
bind_score (sqlite3_stmt  *stmt,
            int            index,
            const FkScore *score)
{
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  if (fk_score_is_empty (score))
    {
      sqlite3_bind_null (stmt, index);
      return;
    }
  node = fk_score_to_json (score, NULL);
  text = fk_json_to_string (node);
  sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

gboolean
fk_study_record_import_changes (FkStudy    *self,
                                gint64      import_id,
                                GPtrArray  *before,
                                GPtrArray  *after,
                                GError    **error)
{
  g_return_val_if_fail (before->len == after->len, FALSE);

  for (guint i = 0; i < after->len; i++)
    {
      const FkScore *b = g_ptr_array_index (before, i);
      const FkScore *a = g_ptr_array_index (after, i);
      sqlite3_stmt *stmt = fk_study_prepare (self, "INSERT INTO import_change (import_id, position, round_id,"
                                                   " municipality, capability, before, after)"
                                                   " VALUES (?, ?, ?, ?, ?, ?, ?)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, import_id);
      sqlite3_bind_int64 (stmt, 2, i);
      sqlite3_bind_int64 (stmt, 3, a->round_id);
      sqlite3_bind_text (stmt, 4, a->municipality, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, a->capability, -1, SQLITE_STATIC);
      bind_score (stmt, 6, b);
      bind_score (stmt, 7, a);
      if (!fk_study_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
fk_study_mark_import_undone (FkStudy    *self,
                             gint64      import_id,
                             gint64      undo_id,
                             GError    **error)
{
  sqlite3_stmt *stmt = fk_study_prepare (self, "UPDATE import_log SET undone_by = ?"
                                               " WHERE id = ? AND recorded = 1 AND n_new IS NOT NULL"
                                               " AND undone_by IS NULL", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, undo_id);
  sqlite3_bind_int64 (stmt, 2, import_id);
  if (!fk_study_step_done (self, stmt, error))
    return FALSE;
  /* Another program undid it first, or there is nothing to undo. */
  if (sqlite3_changes (self->db) != 1)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, import_id);

      /* Translators: the study file, then the import's number */
      g_set_error (error, FK_ERROR, FK_ERROR_CHANGED,
                   _("%s: import %s cannot be undone (it was undone already, or it is older than the record of what imports change); nothing was written"),
                   self->display_name, id);
      return FALSE;
    }
  return TRUE;
}

/* The score of a column: an empty one for NULL. The text is ours, but
 * read strictly all the same; a damaged record is an error. */
static FkScore *
column_score (FkStudy       *self,
              sqlite3_stmt  *stmt,
              int            column,
              gint64         round_id,
              const char    *municipality,
              const char    *capability,
              GError       **error)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) local_error = NULL;
  FkScore *score;

  if (text == NULL)
    return fk_score_new (round_id, municipality, capability);
  node = json_from_string (text, &local_error);
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      score = fk_score_from_json (json_node_get_object (node), round_id, municipality, &local_error);
      if (score != NULL)
        return score;
    }
  fk_study_set_damaged_error (error, self->path, local_error != NULL ? local_error->message : NULL);
  return NULL;
}

gboolean
fk_study_get_import_changes (FkStudy     *self,
                             gint64       import_id,
                             GPtrArray  **out_before,
                             GPtrArray  **out_after,
                             GError     **error)
{
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  g_autoptr(GPtrArray) after = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);
  g_return_val_if_fail (out_before != NULL && out_after != NULL, FALSE);

  stmt = fk_study_prepare (self, "SELECT round_id, municipality, capability, before, after"
                                 " FROM import_change WHERE import_id = ? ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, import_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 round_id = sqlite3_column_int64 (stmt, 0);
      const char *municipality = (const char *) sqlite3_column_text (stmt, 1);
      const char *capability = (const char *) sqlite3_column_text (stmt, 2);
      FkScore *b = column_score (self, stmt, 3, round_id, municipality, capability, error);
      FkScore *a = b != NULL ? column_score (self, stmt, 4, round_id, municipality, capability, error) : NULL;

      if (a == NULL)
        {
          g_clear_pointer (&b, fk_score_free);
          sqlite3_finalize (stmt);
          return FALSE;
        }
      g_ptr_array_add (before, b);
      g_ptr_array_add (after, a);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return FALSE;
    }
  *out_before = g_steal_pointer (&before);
  *out_after = g_steal_pointer (&after);
  return TRUE;
}
