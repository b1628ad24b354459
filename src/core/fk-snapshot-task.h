/* fk-snapshot-task.h — long work on a round snapshot, off the main thread
 *
 * The one pattern for work that would freeze the window (the annex, many
 * profiles, national-scale statistics): the caller reads a snapshot on the
 * main thread, hands it to fk_snapshot_task_run_async() with a work
 * function, and gets the result in its callback on the main thread. The
 * work function runs in a GTask worker thread, reads only the immutable
 * snapshot (and its own @data), checks @cancellable between steps and
 * reports failure through @error. Cancelling makes _finish() return
 * G_IO_ERROR_CANCELLED, whatever the work returned.
 *
 * Example: fk_profiles_compute_async() in fk-profile.h.
 */
#pragma once

#include <gio/gio.h>
#include "fk-round-snapshot.h"

G_BEGIN_DECLS

/* Runs in a worker thread. Returns the result (freed with the
 * @result_free given to fk_snapshot_task_run_async() if nobody takes it),
 * or NULL with @error set. */
typedef gpointer (*FkSnapshotWorkFunc) (FkRoundSnapshot  *snapshot,
                                        gpointer          data,
                                        GCancellable     *cancellable,
                                        GError          **error);

/**
 * fk_snapshot_task_run_async:
 * @snapshot: (transfer none): what the work reads; held until it is done
 * @work: the work, run in a worker thread
 * @data: (nullable): handed to @work
 * @data_free: (nullable): frees @data when the task is finalised
 * @result_free: (nullable): frees a result nobody took
 * @source_object: (nullable): the task's source object (e.g. the view)
 * @cancellable: (nullable)
 * @callback: called on the calling thread's main context
 * @user_data: for @callback
 */
void     fk_snapshot_task_run_async  (FkRoundSnapshot     *snapshot,
                                      FkSnapshotWorkFunc   work,
                                      gpointer             data,
                                      GDestroyNotify       data_free,
                                      GDestroyNotify       result_free,
                                      gpointer             source_object,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
/* Returns: (transfer full) (nullable): the work's result, or NULL with @error. */
gpointer fk_snapshot_task_run_finish (GAsyncResult        *result,
                                      GError             **error);

G_END_DECLS
