/* fk-snapshot-task.c — long work on a round snapshot, off the main thread */
#define G_LOG_DOMAIN "fk-snapshot-task"
#include "config.h"
#include "fk-snapshot-task.h"

typedef struct {
  FkRoundSnapshot    *snapshot;
  FkSnapshotWorkFunc  work;
  gpointer            data;
  GDestroyNotify      data_free;
  GDestroyNotify      result_free;
} Job;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->snapshot, fk_round_snapshot_unref);
  if (job->data_free != NULL)
    job->data_free (job->data);
  g_free (job);
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  gpointer result;

  if (g_task_return_error_if_cancelled (task))
    return;
  result = job->work (job->snapshot, job->data, cancellable, &error);
  if (result == NULL)
    {
      if (error == NULL)
        g_critical ("a snapshot task returned nothing and no error");
      g_task_return_error (task, error != NULL ? error
                           : g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "no result"));
      return;
    }
  g_clear_error (&error);
  g_task_return_pointer (task, result, job->result_free);
}

void
fk_snapshot_task_run_async (FkRoundSnapshot     *snapshot,
                            FkSnapshotWorkFunc   work,
                            gpointer             data,
                            GDestroyNotify       data_free,
                            GDestroyNotify       result_free,
                            gpointer             source_object,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (snapshot != NULL && work != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  job = g_new0 (Job, 1);
  job->snapshot = fk_round_snapshot_ref (snapshot);
  job->work = work;
  job->data = data;
  job->data_free = data_free;
  job->result_free = result_free;

  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, fk_snapshot_task_run_async);
  g_task_set_name (task, "[formagekarta] snapshot task");
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, run_in_thread);
}

gpointer
fk_snapshot_task_run_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fk_snapshot_task_run_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
