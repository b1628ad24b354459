/* fk-collect-forms.c — writing response files for municipalities (fk-collect-forms.h) */
#define G_LOG_DOMAIN "fk-collect-forms"
#include "config.h"
#include "fk-collect-forms.h"

#include <glib/gi18n.h>
#include <string.h>

typedef struct {
  FkResponse    *response;
  FkFormFormats  format;
  char          *path;
} FormFile;

struct _FkFormJob
{
  GArray *files;   /* FormFile */
  guint   n_written;
};

static void
form_file_clear (FormFile *file)
{
  g_clear_pointer (&file->response, fk_response_unref);
  g_clear_pointer (&file->path, g_free);
}

FkFormJob *
fk_form_job_new (void)
{
  FkFormJob *job = g_new0 (FkFormJob, 1);

  job->files = g_array_new (FALSE, TRUE, sizeof (FormFile));
  g_array_set_clear_func (job->files, (GDestroyNotify) form_file_clear);
  return job;
}

void
fk_form_job_free (FkFormJob *job)
{
  if (job == NULL)
    return;
  g_array_unref (job->files);
  g_free (job);
}

void
fk_form_job_add (FkFormJob     *job,
                 FkResponse    *response,
                 FkFormFormats  format,
                 const char    *path)
{
  FormFile file = { fk_response_ref (response), format, g_strdup (path) };

  g_array_append_val (job->files, file);
}

guint
fk_form_job_get_n_files (FkFormJob *job)
{
  return job->files->len;
}

guint
fk_form_job_count_existing (FkFormJob *job)
{
  guint n = 0;

  for (guint i = 0; i < job->files->len; i++)
    n += g_file_test (g_array_index (job->files, FormFile, i).path, G_FILE_TEST_EXISTS);
  return n;
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  FkFormJob *job = task_data;

  for (guint i = 0; i < job->files->len; i++)
    {
      FormFile *file = &g_array_index (job->files, FormFile, i);
      g_autoptr(GError) error = NULL;
      gboolean ok;

      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      /* The CSV form in the response's own language (the study's). */
      if (file->format == FK_FORM_CSV)
        ok = fk_response_write_csv_file (file->response, NULL, file->path, &error);
      else
        ok = fk_response_write_file (file->response, file->path, &error);
      if (!ok)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      job->n_written++;
    }
  g_task_return_boolean (task, TRUE);
}

void
fk_form_job_write_async (FkFormJob           *job,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, fk_form_job_write_async);
  g_task_set_task_data (task, job, (GDestroyNotify) fk_form_job_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
fk_form_job_write_finish (GAsyncResult  *result,
                          guint         *out_n_written,
                          GError       **error)
{
  FkFormJob *job = g_task_get_task_data (G_TASK (result));

  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fk_form_job_write_async, FALSE);
  /* Read after the thread is done: the task returned. */
  if (out_n_written != NULL)
    *out_n_written = job->n_written;
  return g_task_propagate_boolean (G_TASK (result), error);
}
