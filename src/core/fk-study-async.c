/* fk-study-async.c — opening a study without blocking the main loop
 *
 * Opening waits for another program's write lock (the busy timeout of
 * the writability probe) and may migrate a schema: it runs in a GTask's
 * worker thread. The study is made and used there by that thread only,
 * then handed to the caller's thread in the callback; from then on only
 * that thread uses it (FkStudy is not thread-safe; its connection is
 * opened with SQLITE_OPEN_FULLMUTEX all the same).
 */
#define G_LOG_DOMAIN "fk-study-async"
#include "config.h"
#include "fk-study.h"

typedef struct {
  char             *path;   /* NULL: the default study */
  FkStudyOpenFlags  flags;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_free (data->path);
  g_free (data);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *data = task_data;
  GError *error = NULL;
  FkStudy *study;

  study = data->path != NULL ? fk_study_open (data->path, data->flags, &error)
                             : fk_study_open_default (&error);
  if (study == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, study, g_object_unref);
}

static void
open_async (char                *path,
            FkStudyOpenFlags     flags,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  OpenData *data = g_new0 (OpenData, 1);

  data->path = path;
  data->flags = flags;
  g_task_set_source_tag (task, open_async);
  g_task_set_task_data (task, data, (GDestroyNotify) open_data_free);
  /* Cancelling only drops the result: the open itself goes on. */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, open_thread);
}

void
fk_study_open_async (const char          *path,
                     FkStudyOpenFlags     flags,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_return_if_fail (path != NULL);
  open_async (g_strdup (path), flags, cancellable, callback, user_data);
}

void
fk_study_open_default_async (GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  open_async (NULL, FK_STUDY_OPEN_DEFAULT, cancellable, callback, user_data);
}

FkStudy *
fk_study_open_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == open_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
