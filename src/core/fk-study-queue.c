/* fk-study-queue.c — writes that never wait: the UI's queue of batches
 *
 * fk_study_queue_batch() checks a batch (keys, values) at once, appends
 * it to the study's queue and writes what is queued, oldest first, each
 * batch its own BEGIN IMMEDIATE transaction with its checks, but never
 * waits for another program's write lock: when BEGIN IMMEDIATE is refused
 * (busy), the queue stays as it is and is tried again on a timeout in the
 * main loop. Order is kept because only the oldest batch is ever tried.
 * Reads (fk_study_get_score(), fk_study_list_scores()) see queued scores.
 *
 * Everything here runs on the thread that owns the study (the main
 * thread), so FkStudy needs no locks. What still runs on that thread is
 * a write that got the lock: the transaction and its fsync, a few
 * milliseconds.
 */
#define G_LOG_DOMAIN "fk-study-queue"
#include "config.h"
#include "fk-study-private.h"
#include "fk-error.h"

#include <string.h>

/* How often a refused batch is tried again. */
#define RETRY_MS 200

typedef struct {
  GPtrArray *scores;    /* FkScore*, owned */
  GPtrArray *expected;  /* FkScore* or NULL, owned; NULL for no checks */
} Batch;

static void
batch_free (Batch *batch)
{
  g_clear_pointer (&batch->scores, g_ptr_array_unref);
  g_clear_pointer (&batch->expected, g_ptr_array_unref);
  g_free (batch);
}

static GPtrArray *
copy_scores (GPtrArray *scores)
{
  GPtrArray *copy = g_ptr_array_new_full (scores->len, (GDestroyNotify) fk_score_free);

  for (guint i = 0; i < scores->len; i++)
    {
      const FkScore *score = g_ptr_array_index (scores, i);
      g_ptr_array_add (copy, score != NULL ? fk_score_copy (score) : NULL);
    }
  return copy;
}

static gboolean
same_keys (const FkScore *score,
           gint64         round_id,
           const char    *municipality,
           const char    *capability)
{
  return score->round_id == round_id &&
         g_strcmp0 (score->municipality, municipality) == 0 &&
         g_strcmp0 (score->capability, capability) == 0;
}

static gboolean
retry_cb (gpointer user_data)
{
  FkStudy *self = user_data;

  self->retry_source = 0;
  fk_study_run_queue (self);
  return G_SOURCE_REMOVE;
}

static void
set_waiting (FkStudy  *self,
             gboolean  waiting)
{
  if (self->waiting == waiting)
    return;
  self->waiting = waiting;
  fk_study_notify_queue (self);
}

/* Another program writes: try again later, keeping the order. */
static void
schedule_retry (FkStudy *self)
{
  set_waiting (self, TRUE);
  if (self->retry_source == 0)
    self->retry_source = g_timeout_add (RETRY_MS, retry_cb, self);
}

void
fk_study_run_queue (FkStudy *self)
{
  g_autoptr(GObject) keep = g_object_ref (G_OBJECT (self));

  if (self->running_queue)
    return;   /* called from a "changed" handler: the loop below goes on */
  self->running_queue = TRUE;
  g_clear_handle_id (&self->retry_source, g_source_remove);

  while (!g_queue_is_empty (&self->pending) && !self->read_only)
    {
      Batch *batch = g_queue_peek_head (&self->pending);
      g_autoptr(GError) error = NULL;

      if (fk_study_write_batch (self, batch->scores, batch->expected, NULL, FALSE, &error))
        {
          batch_free (g_queue_pop_head (&self->pending));
          fk_study_notify_queue (self);
          continue;
        }
      if (g_error_matches (error, FK_ERROR, FK_ERROR_BUSY))
        {
          schedule_retry (self);
          break;
        }
      if (self->read_only)
        break;   /* full disk, lost permission: kept for Try Again */

      /* It can never be written (an undo whose score was changed
       * elsewhere): say so and go on with the next one. */
      batch_free (g_queue_pop_head (&self->pending));
      fk_study_notify_queue (self);
      fk_study_emit_write_failed (self, error);
    }
  if (g_queue_is_empty (&self->pending) || self->read_only)
    set_waiting (self, FALSE);
  self->running_queue = FALSE;
}

void
fk_study_clear_queue (FkStudy *self)
{
  g_clear_handle_id (&self->retry_source, g_source_remove);
  g_queue_clear_full (&self->pending, (GDestroyNotify) batch_free);
}

const FkScore *
fk_study_find_pending (FkStudy    *self,
                       gint64      round_id,
                       const char *municipality,
                       const char *capability)
{
  for (GList *l = self->pending.tail; l != NULL; l = l->prev)
    {
      Batch *batch = l->data;

      for (guint i = batch->scores->len; i > 0; i--)
        {
          const FkScore *score = g_ptr_array_index (batch->scores, i - 1);
          if (same_keys (score, round_id, municipality, capability))
            return score;
        }
    }
  return NULL;
}

void
fk_study_overlay_pending (FkStudy    *self,
                          gint64      round_id,
                          const char *municipality,
                          GPtrArray  *scores)
{
  for (GList *l = self->pending.head; l != NULL; l = l->next)
    {
      Batch *batch = l->data;

      for (guint i = 0; i < batch->scores->len; i++)
        {
          const FkScore *queued = g_ptr_array_index (batch->scores, i);
          guint j;

          if ((round_id != 0 && queued->round_id != round_id) ||
              (municipality != NULL && g_strcmp0 (queued->municipality, municipality) != 0))
            continue;
          for (j = 0; j < scores->len; j++)
            if (same_keys (g_ptr_array_index (scores, j), queued->round_id,
                           queued->municipality, queued->capability))
              break;
          if (j < scores->len)
            g_ptr_array_remove_index (scores, j);
          if (!fk_score_is_empty (queued))
            g_ptr_array_add (scores, fk_score_copy (queued));
        }
    }
}

/* ---- public ------------------------------------------------------------- */

gboolean
fk_study_queue_batch (FkStudy    *self,
                      GPtrArray  *scores,
                      GPtrArray  *expected,
                      GError    **error)
{
  Batch *batch;
  gboolean busy = FALSE;

  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);
  g_return_val_if_fail (scores != NULL, FALSE);
  g_return_val_if_fail (expected == NULL || expected->len == scores->len, FALSE);

  if (self->read_only)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_READ_ONLY, "%s: %s",
                   self->display_name, self->read_only_reason);
      return FALSE;
    }
  if (!fk_study_check_batch (self, scores, error))
    return FALSE;

  /* Nothing queued: write it now if the lock is free, and report what
   * can never be written (an undo of a score changed elsewhere) to the
   * caller. Behind queued batches it waits its turn: order comes first. */
  if (g_queue_is_empty (&self->pending) && !self->running_queue)
    {
      g_autoptr(GError) local_error = NULL;

      if (fk_study_write_batch (self, scores, expected, NULL, FALSE, &local_error))
        return TRUE;
      /* A full disk is reported as by fk_study_apply_batch(): the
       * caller still has the answer and shows it as not saved. */
      busy = g_error_matches (local_error, FK_ERROR, FK_ERROR_BUSY);
      if (!busy)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  /* Kept until written, also when the disk fills up meanwhile (then
   * fk_study_retry_writable() writes it). */
  batch = g_new0 (Batch, 1);
  batch->scores = copy_scores (scores);
  batch->expected = expected != NULL ? copy_scores (expected) : NULL;
  g_queue_push_tail (&self->pending, batch);
  fk_study_notify_queue (self);
  if (busy)
    schedule_retry (self);
  return TRUE;
}

gboolean
fk_study_queue_score (FkStudy        *self,
                      const FkScore  *score,
                      GError        **error)
{
  g_return_val_if_fail (score != NULL, FALSE);
  return fk_study_write_one (self, NULL, score, TRUE, error);
}

gboolean
fk_study_queue_replace_score (FkStudy        *self,
                              const FkScore  *expected,
                              const FkScore  *score,
                              GError        **error)
{
  g_return_val_if_fail (expected != NULL && score != NULL, FALSE);
  return fk_study_write_one (self, expected, score, TRUE, error);
}

guint
fk_study_get_n_pending (FkStudy *self)
{
  g_return_val_if_fail (FK_IS_STUDY (self), 0);
  return self->pending.length;
}

gboolean
fk_study_is_waiting (FkStudy *self)
{
  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);
  return self->waiting;
}

gboolean
fk_study_flush_pending (FkStudy *self)
{
  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);

  fk_study_run_queue (self);
  return g_queue_is_empty (&self->pending);
}
