/* fk-session-open.c — opening a response file as a scoring session
 *
 * Reading the file and making the working study (a new SQLite file,
 * synced) happen in a worker thread, so that the window never waits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-session-open"
#include "config.h"

#include "fk-session-open.h"

typedef struct {
  FkStudy  *study;
  gboolean  resumed;
} Opened;

static void
opened_free (Opened *opened)
{
  g_clear_object (&opened->study);
  g_free (opened);
}

gboolean
fk_session_is_response_file (GFile *file)
{
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *type = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_basename (file);
  if (name == NULL)
    return FALSE;
  lower = g_utf8_strdown (name, -1);
  if (g_str_has_suffix (lower, FK_RESPONSE_EXTENSION))
    return TRUE;
  type = g_content_type_guess (name, NULL, 0, NULL);
  return type != NULL && g_content_type_is_mime_type (type, FK_RESPONSE_MIME_TYPE);
}

static void
open_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *path = task_data;
  g_autofree char *dir = fk_response_session_default_dir ();
  g_autoptr(GError) error = NULL;
  Opened *opened = g_new0 (Opened, 1);

  opened->study = fk_response_session_open (path, dir, &opened->resumed, &error);
  if (opened->study == NULL)
    {
      opened_free (opened);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, opened, (GDestroyNotify) opened_free);
}

void
fk_session_open_async (const char          *response_path,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (response_path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fk_session_open_async);
  g_task_set_task_data (task, g_strdup (response_path), g_free);
  g_task_run_in_thread (task, open_thread);
}

FkStudy *
fk_session_open_finish (GAsyncResult  *result,
                        gboolean      *out_resumed,
                        GError       **error)
{
  Opened *opened;
  FkStudy *study;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  opened = g_task_propagate_pointer (G_TASK (result), error);
  if (opened == NULL)
    return NULL;
  if (out_resumed != NULL)
    *out_resumed = opened->resumed;
  study = g_steal_pointer (&opened->study);
  opened_free (opened);
  return study;
}
