/* fk-study-scores.c — reading and writing scores */
#define G_LOG_DOMAIN "fk-study-scores"
#include "config.h"
#include "fk-study-private.h"
#include "fk-error.h"
#include "fk-study-schema.h"

#include "fk-i18n.h"
#include <stdlib.h>
#include <string.h>

/* ---- scores ---------------------------------------------------------------- */

#define SCORE_COLUMNS "round_id, municipality, capability, current, not_applicable, target, " \
                      "sustain, key_person, interest, comment, respondent, updated"

static FkScore *
score_from_row (sqlite3_stmt *stmt)
{
  FkScore *score = fk_score_new (sqlite3_column_int64 (stmt, 0),
                                 (const char *) sqlite3_column_text (stmt, 1),
                                 (const char *) sqlite3_column_text (stmt, 2));

  if (sqlite3_column_int (stmt, 4))
    score->current = FK_LEVEL_NA;
  else if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
    score->current = sqlite3_column_int (stmt, 3);
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    score->target = sqlite3_column_int (stmt, 5);
  /* The CHECK constraints allow only our strings; unknown stays unset. */
  fk_sustain_from_string ((const char *) sqlite3_column_text (stmt, 6), &score->sustain, NULL);
  fk_key_person_from_string ((const char *) sqlite3_column_text (stmt, 7), &score->key_person, NULL);
  fk_interest_from_string ((const char *) sqlite3_column_text (stmt, 8), &score->interest, NULL);
  score->comment = fk_study_column_dup (stmt, 9);
  score->respondent = fk_study_column_dup (stmt, 10);
  score->updated = sqlite3_column_int64 (stmt, 11);
  return score;
}

static gboolean
check_score_keys (FkStudy     *self,
                  gint64       round_id,
                  const char  *municipality,
                  const char  *capability,
                  GError     **error)
{
  if (!fk_study_check_round (self, round_id, error))
    return FALSE;
  if (municipality != NULL && !fk_study_check_municipality (self, municipality, error))
    return FALSE;
  if (capability != NULL && fk_model_lookup (self->model, capability) == NULL)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND, _("%s: the model has no capability “%s”"),
                   self->display_name, capability);
      return FALSE;
    }
  return TRUE;
}

gboolean
fk_study_check_municipality (FkStudy     *self,
                             const char  *code,
                             GError     **error)
{
  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);

  return fk_region_check_municipality (self->region, self->display_name, code, error);
}


FkScore *
fk_study_get_score (FkStudy     *self,
                    gint64       round_id,
                    const char  *municipality,
                    const char  *capability,
                    GError     **error)
{
  const FkScore *pending;

  g_return_val_if_fail (FK_IS_STUDY (self), NULL);
  g_return_val_if_fail (municipality != NULL && capability != NULL, NULL);

  if (!check_score_keys (self, round_id, municipality, capability, error))
    return NULL;
  /* What the user chose, even before it is written. */
  pending = fk_study_find_pending (self, round_id, municipality, capability);
  if (pending != NULL)
    return fk_score_copy (pending);
  return fk_study_read_stored_score (self, round_id, municipality, capability, error);
}

/* The stored score, or an all-unset one; keys already checked. */
FkScore *
fk_study_read_stored_score (FkStudy     *self,
            gint64       round_id,
            const char  *municipality,
            const char  *capability,
            GError     **error)
{
  sqlite3_stmt *stmt;
  FkScore *score = NULL;
  int rc;

  stmt = fk_study_prepare (self, "SELECT " SCORE_COLUMNS " FROM score WHERE round_id = ? AND municipality = ? AND capability = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, round_id);
  sqlite3_bind_text (stmt, 2, municipality, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, capability, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    score = score_from_row (stmt);
  else if (rc == SQLITE_DONE)
    score = fk_score_new (round_id, municipality, capability);
  else
    fk_sqlite_set_error (error, self->db, rc, self->path);
  sqlite3_finalize (stmt);
  return score;
}

/* Sort keys looked up once per score, not once per comparison. */
typedef struct {
  gint64   round_id;
  int      municipality;  /* region position */
  guint    capability;    /* model position; G_MAXUINT if not in the model */
  FkScore *score;
} ScoreKey;

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const ScoreKey *ka = a;
  const ScoreKey *kb = b;

  if (ka->round_id != kb->round_id)
    return ka->round_id < kb->round_id ? -1 : 1;
  if (ka->municipality != kb->municipality)
    return ka->municipality < kb->municipality ? -1 : 1;
  if (ka->capability != kb->capability)
    return ka->capability < kb->capability ? -1 : 1;
  return g_strcmp0 (ka->score->capability, kb->score->capability);
}

/* Round, then municipality in region order, then capability in model order
 * (capabilities no longer in the model last). */
static void
sort_scores (FkStudy   *self,
             GPtrArray *scores)
{
  g_autofree ScoreKey *keys = NULL;

  if (scores->len < 2)
    return;
  keys = g_new (ScoreKey, scores->len);
  for (guint i = 0; i < scores->len; i++)
    {
      FkScore *score = g_ptr_array_index (scores, i);
      int index = fk_model_index_of (self->model, score->capability);

      keys[i].round_id = score->round_id;
      keys[i].municipality = GPOINTER_TO_INT (g_hash_table_lookup (self->municipality_pos, score->municipality));
      keys[i].capability = index < 0 ? G_MAXUINT : (guint) index;
      keys[i].score = score;
    }
  qsort (keys, scores->len, sizeof (ScoreKey), compare_keys);
  for (guint i = 0; i < scores->len; i++)
    scores->pdata[i] = keys[i].score;
}

GPtrArray *
fk_study_list_scores (FkStudy     *self,
                      gint64       round_id,
                      const char  *municipality,
                      GError     **error)
{
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FK_IS_STUDY (self), NULL);

  stmt = fk_study_prepare (self, "SELECT " SCORE_COLUMNS " FROM score"
                        " WHERE (?1 = 0 OR round_id = ?1) AND (?2 IS NULL OR municipality = ?2)", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, round_id);
  fk_study_bind_text (stmt, 2, municipality);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (scores, score_from_row (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return NULL;
    }
  fk_study_overlay_pending (self, round_id, municipality, scores);
  sort_scores (self, scores);
  return g_steal_pointer (&scores);
}

/* A score that may be written: known keys, all of them, valid values. */
static gboolean
check_score (FkStudy        *self,
             const FkScore  *score,
             GError        **error)
{
  if (!check_score_keys (self, score->round_id, score->municipality, score->capability, error))
    return FALSE;
  if (score->municipality == NULL || score->capability == NULL)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID, _("a score needs a municipality and a capability"));
      return FALSE;
    }
  return fk_score_validate (score, error);
}

/* Stores a checked score. */
static gboolean
write_score (FkStudy        *self,
             const FkScore  *score,
             gint64          now,
             GError        **error)
{
  sqlite3_stmt *stmt;

  if (fk_score_is_empty (score))
    {
      stmt = fk_study_prepare (self, "DELETE FROM score WHERE round_id = ? AND municipality = ? AND capability = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, score->round_id);
      sqlite3_bind_text (stmt, 2, score->municipality, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, score->capability, -1, SQLITE_STATIC);
      return fk_study_step_done (self, stmt, error);
    }

  stmt = fk_study_prepare (self, "INSERT OR REPLACE INTO score (" SCORE_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, score->round_id);
  sqlite3_bind_text (stmt, 2, score->municipality, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, score->capability, -1, SQLITE_STATIC);
  if (score->current >= FK_LEVEL_MIN)
    sqlite3_bind_int (stmt, 4, score->current);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_int (stmt, 5, score->current == FK_LEVEL_NA);
  if (score->target >= FK_LEVEL_MIN)
    sqlite3_bind_int (stmt, 6, score->target);
  else
    sqlite3_bind_null (stmt, 6);
  fk_study_bind_text (stmt, 7, fk_sustain_to_string (score->sustain));
  fk_study_bind_text (stmt, 8, fk_key_person_to_string (score->key_person));
  fk_study_bind_text (stmt, 9, fk_interest_to_string (score->interest));
  fk_study_bind_text (stmt, 10, score->comment);
  fk_study_bind_text (stmt, 11, score->respondent);
  sqlite3_bind_int64 (stmt, 12, score->updated != 0 ? score->updated : now);
  return fk_study_step_done (self, stmt, error);
}

/* The stored score of @score's keys must still equal @expected. Called
 * inside the write transaction, with @score checked. */
static gboolean
check_unchanged (FkStudy        *self,
                 const FkScore  *expected,
                 const FkScore  *score,
                 GError        **error)
{
  g_autoptr(FkScore) stored = fk_study_read_stored_score (self, score->round_id, score->municipality,
                                          score->capability, error);
  const FkCapability *capability;
  const FkMunicipality *municipality;

  if (stored == NULL)
    return FALSE;
  if (fk_score_equal (stored, expected))
    return TRUE;
  capability = fk_model_lookup (self->model, score->capability);
  municipality = fk_region_lookup (self->region, score->municipality);
  g_set_error (error, FK_ERROR, FK_ERROR_CHANGED,
               /* Translators: the file, then a municipality, then a capability */
               _("%s: the answer of %s for “%s” was changed elsewhere meanwhile (another window or program), so nothing was written"),
               self->display_name, municipality->name, fk_text_get (&capability->name, self->language));
  return FALSE;
}

static gboolean
write_log_entry (FkStudy                 *self,
                 const FkImportLogEntry  *entry,
                 gint64                   now,
                 gint64                  *out_id,
                 GError                 **error)
{
  sqlite3_stmt *stmt = fk_study_prepare (self, "INSERT INTO import_log (time, source, municipality, round_id, summary,"
                                               " checksum, n_new, n_changed, n_unchanged, n_conflicts,"
                                               " respondent, recorded, undoes)"
                                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  const guint counts[] = { entry->n_new, entry->n_changed, entry->n_unchanged, entry->n_conflicts };

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_text (stmt, 2, entry->source, -1, SQLITE_TRANSIENT);
  fk_study_bind_text (stmt, 3, entry->municipality);
  if (entry->round_id > 0)
    sqlite3_bind_int64 (stmt, 4, entry->round_id);
  else
    sqlite3_bind_null (stmt, 4);
  fk_study_bind_text (stmt, 5, entry->summary);
  fk_study_bind_text (stmt, 6, entry->checksum);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    if (entry->has_counts)
      sqlite3_bind_int64 (stmt, 7 + i, counts[i]);
    else
      sqlite3_bind_null (stmt, 7 + i);
  fk_study_bind_text (stmt, 11, entry->respondent);
  /* An import's scores are recorded in the same transaction. */
  sqlite3_bind_int (stmt, 12, entry->has_counts ? 1 : 0);
  if (entry->undoes > 0)
    sqlite3_bind_int64 (stmt, 13, entry->undoes);
  else
    sqlite3_bind_null (stmt, 13);
  if (!fk_study_step_done (self, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

void
fk_import_record_free (FkImportRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->source);
  g_free (record->municipality);
  g_free (record->summary);
  g_free (record->checksum);
  g_free (record->respondent);
  g_free (record);
}

gboolean
fk_import_record_can_undo (const FkImportRecord *record)
{
  g_return_val_if_fail (record != NULL, FALSE);
  return record->has_counts && record->recorded && record->undone_by == 0;
}

GPtrArray *
fk_study_list_imports (FkStudy  *self,
                       GError  **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_import_record_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FK_IS_STUDY (self), NULL);

  stmt = fk_study_prepare (self, "SELECT id, time, source, municipality, round_id, summary, checksum,"
                                 " n_new, n_changed, n_unchanged, n_conflicts,"
                                 " respondent, recorded, undone_by, undoes"
                                 " FROM import_log ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FkImportRecord *record = g_new0 (FkImportRecord, 1);

      record->id = sqlite3_column_int64 (stmt, 0);
      record->time = sqlite3_column_int64 (stmt, 1);
      record->source = fk_study_column_dup (stmt, 2);
      record->municipality = fk_study_column_dup (stmt, 3);
      record->round_id = sqlite3_column_int64 (stmt, 4);
      record->summary = fk_study_column_dup (stmt, 5);
      record->checksum = fk_study_column_dup (stmt, 6);
      record->has_counts = sqlite3_column_type (stmt, 7) != SQLITE_NULL;
      record->n_new = sqlite3_column_int (stmt, 7);
      record->n_changed = sqlite3_column_int (stmt, 8);
      record->n_unchanged = sqlite3_column_int (stmt, 9);
      record->n_conflicts = sqlite3_column_int (stmt, 10);
      record->respondent = fk_study_column_dup (stmt, 11);
      record->recorded = sqlite3_column_int (stmt, 12) != 0;
      record->undone_by = sqlite3_column_int64 (stmt, 13);
      record->undoes = sqlite3_column_int64 (stmt, 14);
      g_ptr_array_add (records, record);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return NULL;
    }
  return g_steal_pointer (&records);
}

/* One "changed" for a batch: the round and municipality of its scores
 * when they all share one, else 0 or NULL (several). */
static void
emit_batch_changed (FkStudy   *self,
                    GPtrArray *scores,
                    gboolean   logged)
{
  FkStudyChangeFlags what = logged ? FK_STUDY_CHANGE_IMPORTS : 0;
  gint64 round_id = 0;
  const char *municipality = NULL;

  if (scores != NULL && scores->len > 0)
    {
      const FkScore *first = g_ptr_array_index (scores, 0);

      what |= FK_STUDY_CHANGE_SCORES;
      round_id = first->round_id;
      municipality = first->municipality;
      for (guint i = 1; i < scores->len; i++)
        {
          const FkScore *score = g_ptr_array_index (scores, i);

          if (score->round_id != round_id)
            round_id = 0;
          if (g_strcmp0 (score->municipality, municipality) != 0)
            municipality = NULL;
        }
    }
  if (what != 0)
    fk_study_emit_changed (self, what, round_id, municipality);
}

gboolean
fk_study_check_batch (FkStudy    *self,
                      GPtrArray  *scores,
                      GError    **error)
{
  for (guint i = 0; scores != NULL && i < scores->len; i++)
    if (!check_score (self, g_ptr_array_index (scores, i), error))
      return FALSE;
  return TRUE;
}

gboolean
fk_study_write_batch (FkStudy                 *self,
                      GPtrArray               *scores,
                      GPtrArray               *expected,
                      const FkImportLogEntry  *log_entry,
                      gboolean                 wait,
                      GError                 **error)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint n_scores = scores != NULL ? scores->len : 0;
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  /* An import's scores as they were, for undo (fk_study_get_import_changes()). */
  g_autoptr(GPtrArray) befores = NULL;
  FkImportLogEntry entry;
  gint64 new_round_id = 0;
  gint64 log_id = 0;
  gboolean ok = TRUE;
  gboolean begun;

  /* Without waiting, a lock held elsewhere is FK_ERROR_BUSY at once. */
  if (!wait)
    sqlite3_busy_timeout (self->db, 0);
  begun = fk_study_begin_write (self, error);
  if (!wait)
    sqlite3_busy_timeout (self->db, FK_STUDY_BUSY_TIMEOUT_MS);
  if (!begun)
    return FALSE;
  /* An import that creates its round: the round first, then its scores
   * (round_id 0) and log line go to it. */
  if (log_entry != NULL && log_entry->new_round != NULL)
    {
      ok = fk_study_insert_round (self, log_entry->new_round, NULL, &new_round_id, error);
      entry = *log_entry;
      if (entry.round_id == 0)
        entry.round_id = new_round_id;
      log_entry = &entry;
    }
  if (log_entry != NULL && log_entry->has_counts)
    befores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  /* In order, as if written one after another: a check sees what the
   * batch wrote before it. */
  for (guint i = 0; ok && i < n_scores; i++)
    {
      FkScore *score = fk_score_copy (g_ptr_array_index (scores, i));
      const FkScore *before = expected != NULL ? g_ptr_array_index (expected, i) : NULL;

      if (score->round_id == 0 && new_round_id != 0)
        score->round_id = new_round_id;
      g_ptr_array_add (written, score);
      ok = check_score (self, score, error) &&
           (before == NULL || check_unchanged (self, before, score, error));
      if (ok && befores != NULL)
        {
          FkScore *stored = fk_study_read_stored_score (self, score->round_id, score->municipality, score->capability, error);

          ok = stored != NULL;
          if (ok)
            g_ptr_array_add (befores, stored);
          /* The record keeps the time the row gets. */
          if (score->updated == 0)
            score->updated = now;
        }
      ok = ok && write_score (self, score, now, error);
    }
  if (ok && log_entry != NULL)
    ok = write_log_entry (self, log_entry, now, &log_id, error);
  if (ok && befores != NULL)
    ok = fk_study_record_import_changes (self, log_id, befores, written, error);
  if (ok && log_entry != NULL && log_entry->undoes > 0)
    ok = fk_study_mark_import_undone (self, log_entry->undoes, log_id, error);
  if (!fk_study_end_write (self, ok, error))
    {
      /* Forget the round the rollback took back. */
      if (new_round_id != 0)
        fk_study_load_rounds (self, NULL);
      return FALSE;
    }
  if (new_round_id != 0)
    fk_study_emit_changed (self, FK_STUDY_CHANGE_ROUNDS, 0, NULL);
  emit_batch_changed (self, written, log_entry != NULL);
  return TRUE;
}

gboolean
fk_study_apply_batch (FkStudy                 *self,
                      GPtrArray               *scores,
                      GPtrArray               *expected,
                      const FkImportLogEntry  *log_entry,
                      GError                 **error)
{
  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);
  g_return_val_if_fail (expected == NULL || expected->len == (scores != NULL ? scores->len : 0), FALSE);
  g_return_val_if_fail (log_entry == NULL || log_entry->source != NULL, FALSE);

  return fk_study_write_batch (self, scores, expected, log_entry, TRUE, error);
}

gboolean
fk_study_set_scores (FkStudy    *self,
                     GPtrArray  *scores,
                     GError    **error)
{
  g_return_val_if_fail (scores != NULL, FALSE);
  return fk_study_apply_batch (self, scores, NULL, NULL, error);
}

gboolean
fk_study_write_one (FkStudy        *self,
                    const FkScore  *expected,
                    const FkScore  *score,
                    gboolean        queued,
                    GError        **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_autoptr(GPtrArray) one_expected = NULL;

  g_ptr_array_add (one, (gpointer) score);
  if (expected != NULL)
    {
      one_expected = g_ptr_array_new ();
      g_ptr_array_add (one_expected, (gpointer) expected);
    }
  if (queued)
    return fk_study_queue_batch (self, one, one_expected, error);
  return fk_study_apply_batch (self, one, one_expected, NULL, error);
}

gboolean
fk_study_replace_score (FkStudy        *self,
                        const FkScore  *expected,
                        const FkScore  *score,
                        GError        **error)
{
  g_return_val_if_fail (expected != NULL && score != NULL, FALSE);
  return fk_study_write_one (self, expected, score, FALSE, error);
}

gboolean
fk_study_set_score (FkStudy        *self,
                    const FkScore  *score,
                    GError        **error)
{
  g_return_val_if_fail (score != NULL, FALSE);
  return fk_study_write_one (self, NULL, score, FALSE, error);
}

/* Adds to @counts (code → count, its keys given and not owned: inserting
 * again must not free them) the capabilities of the model assessed in
 * @round_id by every municipality, or only by @municipality. */
static gboolean
count_assessed (FkStudy     *self,
                gint64       round_id,
                const char  *municipality,
                GHashTable  *counts,
                GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = fk_study_prepare (self, "SELECT municipality, capability FROM score WHERE round_id = ?1"
                        " AND (?2 IS NULL OR municipality = ?2)"
                        " AND (current IS NOT NULL OR not_applicable = 1)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, round_id);
  fk_study_bind_text (stmt, 2, municipality);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      gpointer key, value;

      /* Count only capabilities the model has. */
      if (fk_model_lookup (self->model, (const char *) sqlite3_column_text (stmt, 1)) != NULL &&
          g_hash_table_lookup_extended (counts, code, &key, &value))
        g_hash_table_insert (counts, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (value) + 1));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return FALSE;
    }
  return TRUE;
}

gboolean
fk_study_get_n_assessed (FkStudy     *self,
                         gint64       round_id,
                         const char  *municipality,
                         guint       *out_n,
                         GError     **error)
{
  g_autoptr(GHashTable) counts = NULL;

  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);
  g_return_val_if_fail (municipality != NULL, FALSE);
  g_return_val_if_fail (out_n != NULL, FALSE);

  counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (counts, (gpointer) municipality, GUINT_TO_POINTER (0));
  if (!count_assessed (self, round_id, municipality, counts, error))
    return FALSE;
  *out_n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, municipality));
  return TRUE;
}

gboolean
fk_study_count_assessed_all (FkStudy     *self,
                             gint64       round_id,
                             GHashTable **out_counts,
                             GError     **error)
{
  g_autoptr(GHashTable) counts = NULL;
  GHashTable *result;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);
  g_return_val_if_fail (out_counts != NULL, FALSE);

  counts = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (self->region->municipalities, i);
      g_hash_table_insert (counts, m->code, GUINT_TO_POINTER (0));
    }
  if (!count_assessed (self, round_id, NULL, counts, error))
    return FALSE;
  /* The caller's own keys: the table may outlive the study. */
  result = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (result, g_strdup (key), value);
  *out_counts = result;
  return TRUE;
}

gboolean
fk_study_log_import (FkStudy     *self,
                     const char  *source,
                     const char  *municipality,
                     gint64       round_id,
                     const char  *summary,
                     GError     **error)
{
  const FkImportLogEntry entry = { source, municipality, round_id, summary };

  g_return_val_if_fail (source != NULL, FALSE);
  return fk_study_apply_batch (self, NULL, NULL, &entry, error);
}
