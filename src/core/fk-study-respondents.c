/* fk-study-respondents.c — who answers for each municipality of a study
 *
 * The name is kept in the meta table under "respondent:<code>", so it
 * travels with the file and belongs to one municipality of one study: a
 * name given for one municipality is never offered for another. A key
 * whose value is NULL records that the name was cleared. Studies from
 * before this key have the name only on their scores; the newest of
 * those stands in until a name is set.
 */
#define G_LOG_DOMAIN "fk-study-respondents"
#include "config.h"
#include "fk-study-private.h"

#define RESPONDENT_KEY_PREFIX "respondent:"

static char *
respondent_key (const char *municipality)
{
  return g_strconcat (RESPONDENT_KEY_PREFIX, municipality, NULL);
}

/* The stored name: @out_found tells whether the key exists at all (a
 * cleared name is a key with a NULL value). */
static gboolean
read_stored (FkStudy     *self,
             const char  *municipality,
             gboolean    *out_found,
             char       **out_name,
             GError     **error)
{
  g_autofree char *key = respondent_key (municipality);

  return fk_study_query_text (self, "SELECT value FROM meta WHERE key = ?", key,
                              out_found, out_name, error);
}

/* The respondent of the municipality's most recently written score. */
static gboolean
read_latest_on_scores (FkStudy     *self,
                       const char  *municipality,
                       char       **out_name,
                       GError     **error)
{
  return fk_study_query_text (self,
                              "SELECT respondent FROM score"
                              " WHERE municipality = ? AND respondent <> ''"
                              " ORDER BY updated DESC, round_id DESC LIMIT 1",
                              municipality, NULL, out_name, error);
}

gboolean
fk_study_get_respondent (FkStudy     *self,
                         const char  *municipality,
                         char       **out_name,
                         GError     **error)
{
  g_autofree char *name = NULL;
  gboolean found;

  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);
  g_return_val_if_fail (out_name != NULL, FALSE);

  *out_name = NULL;
  if (!fk_study_check_municipality (self, municipality, error) ||
      !read_stored (self, municipality, &found, &name, error))
    return FALSE;
  if (!found && !read_latest_on_scores (self, municipality, &name, error))
    return FALSE;
  *out_name = g_steal_pointer (&name);
  return TRUE;
}

gboolean
fk_study_list_respondents (FkStudy     *self,
                           GHashTable **out_names,
                           GError     **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) stored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);
  g_return_val_if_fail (out_names != NULL, FALSE);

  /* The stored names first; a cleared one (NULL) hides the scores' too. */
  stmt = fk_study_prepare (self, "SELECT substr (key, length ('" RESPONDENT_KEY_PREFIX "') + 1), value FROM meta"
                                 " WHERE key LIKE '" RESPONDENT_KEY_PREFIX "%'", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char *code = fk_study_column_dup (stmt, 0);

      g_hash_table_add (stored, code);
      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        g_hash_table_insert (names, g_strdup (code), fk_study_column_dup (stmt, 1));
    }
  if (!fk_study_rows_done (self, stmt, rc, error))
    return FALSE;
  /* Then, newest first, the scores' for the others (read_latest_on_scores). */
  stmt = fk_study_prepare (self, "SELECT municipality, respondent FROM score WHERE respondent <> ''"
                                 " ORDER BY updated DESC, round_id DESC", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);

      if (code != NULL && !g_hash_table_contains (stored, code) && !g_hash_table_contains (names, code))
        g_hash_table_insert (names, g_strdup (code), fk_study_column_dup (stmt, 1));
    }
  if (!fk_study_rows_done (self, stmt, rc, error))
    return FALSE;
  *out_names = g_steal_pointer (&names);
  return TRUE;
}

gboolean
fk_study_set_respondent (FkStudy     *self,
                         const char  *municipality,
                         const char  *name,
                         GError     **error)
{
  g_autofree char *stripped = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *key = NULL;
  gboolean found;

  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);
  g_return_val_if_fail (name == NULL || g_utf8_validate (name, -1, NULL), FALSE);

  stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  if (!fk_study_check_municipality (self, municipality, error) ||
      !read_stored (self, municipality, &found, &stored, error))
    return FALSE;
  /* Nothing to write: no transaction, no "changed". */
  if (found && g_strcmp0 (stored != NULL ? stored : "", stripped) == 0)
    return TRUE;

  key = respondent_key (municipality);
  if (!fk_study_begin_write (self, error) ||
      !fk_study_end_write (self, fk_study_set_meta (self, key, stripped, error), error))
    return FALSE;
  fk_study_emit_changed (self, FK_STUDY_CHANGE_RESPONDENTS, 0, municipality);
  return TRUE;
}

gboolean
fk_study_has_respondents (FkStudy   *self,
                          gboolean  *out_any,
                          GError   **error)
{
  int any = 0;

  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);
  g_return_val_if_fail (out_any != NULL, FALSE);

  if (!fk_study_pragma_int (self,
                            "SELECT EXISTS (SELECT 1 FROM meta"
                            "               WHERE key LIKE '" RESPONDENT_KEY_PREFIX "%' AND value <> '')"
                            "    OR EXISTS (SELECT 1 FROM score WHERE respondent <> '')",
                            &any, error))
    return FALSE;
  *out_any = any != 0;
  return TRUE;
}
