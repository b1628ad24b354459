/* fk-candidates-ranking.c — a round's collaboration candidates, ranked off the main thread */
#define G_LOG_DOMAIN "fk-candidates-ranking"
#include "config.h"
#include "fk-candidates-ranking.h"
#include "fk-snapshot-task.h"

static gpointer
rank_work (FkRoundSnapshot  *snapshot,
           gpointer          data,
           GCancellable     *cancellable,
           GError          **error)
{
  return fk_candidates_new (snapshot, data);
}

void
fk_candidates_ranking_cancel (GCancellable **pending)
{
  g_return_if_fail (pending != NULL);

  g_cancellable_cancel (*pending);
  g_clear_object (pending);
}

void
fk_candidates_ranking_start (GCancellable            **pending,
                             FkRoundSnapshot          *snapshot,
                             const FkCandidateWeights *weights,
                             gpointer                  source_object,
                             GAsyncReadyCallback       callback)
{
  GCancellable *cancellable;

  g_return_if_fail (pending != NULL);
  g_return_if_fail (snapshot != NULL && weights != NULL);

  fk_candidates_ranking_cancel (pending);
  cancellable = *pending = g_cancellable_new ();
  /* The callback's reference to the cancellable tells it which ranking
   * arrived. */
  fk_snapshot_task_run_async (snapshot, rank_work,
                              g_memdup2 (weights, sizeof *weights), g_free,
                              (GDestroyNotify) fk_candidates_unref,
                              source_object, cancellable, callback,
                              g_object_ref (cancellable));
}

gboolean
fk_candidates_ranking_finish (GCancellable            **pending,
                              GAsyncResult             *result,
                              gpointer                  user_data,
                              FkCandidates            **out_candidates,
                              GError                  **error)
{
  g_autoptr(GCancellable) cancellable = user_data;
  g_autoptr(FkCandidates) candidates = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (pending != NULL && out_candidates != NULL, FALSE);

  candidates = fk_snapshot_task_run_finish (result, &local_error);
  *out_candidates = NULL;
  if (cancellable != *pending || g_cancellable_is_cancelled (cancellable))
    return FALSE;
  g_clear_object (pending);
  if (candidates == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  *out_candidates = g_steal_pointer (&candidates);
  return TRUE;
}
