/* fk-export-job.c — the export dialog's work: the annex or the data annex written off the main thread
 *
 * The worker reads only the job (an FkAnnexInput or an FkExportData,
 * never changed) and writes through the writers' temporary file. Its
 * progress is kept in an atomic and handed to the main context by one
 * pending callback at a time: however many pages a large annex has, the
 * main loop gets at most one call per turn, with the latest share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-export-job"
#include "config.h"
#include "fk-export-job.h"
#include "fk-annex.h"
#include "fk-export-data.h"
#include "fk-heatmap-export.h"
#include "fk-odt-writer.h"

#include <glib/gi18n.h>

/* The share of the PDF annex's time spent building its blocks; laying
 * out and drawing the pages is the rest (bench-annex). The report text
 * is mostly built: its writer only zips text. */
#define PDF_BUILD_SHARE 0.25
#define ODT_BUILD_SHARE 0.8

static const struct {
  const char *word;
  const char *mime_type;
  const char *name;   /* in the file name offered */
} whats[FK_N_EXPORT_WHAT] = {
  /* Translators: a word in a suggested file name ("fyrbodal-hosten-2020-annex.pdf"), lower case */
  [FK_EXPORT_WHAT_PDF]  = { "pdf", "application/pdf", NC_("file name", "annex") },
  /* Translators: a word in a suggested file name, lower case */
  [FK_EXPORT_WHAT_XLSX] = { "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", NC_("file name", "data") },
  /* Translators: a word in a suggested file name, lower case */
  [FK_EXPORT_WHAT_CSV]  = { "csv", "text/csv", NC_("file name", "scores") },
  /* Translators: words in a suggested file name, lower case, joined by "-" */
  [FK_EXPORT_WHAT_ODT]  = { "odt", "application/vnd.oasis.opendocument.text", NC_("file name", "report-text") },
};

const char *
fk_export_what_to_string (FkExportWhat what)
{
  g_return_val_if_fail ((guint) what < FK_N_EXPORT_WHAT, "pdf");
  return whats[what].word;
}

gboolean
fk_export_what_from_string (const char   *word,
                            FkExportWhat *what)
{
  for (guint i = 0; word != NULL && i < FK_N_EXPORT_WHAT; i++)
    if (g_str_equal (word, whats[i].word))
      {
        *what = (FkExportWhat) i;
        return TRUE;
      }
  return FALSE;
}

const char *
fk_export_what_mime_type (FkExportWhat what)
{
  g_return_val_if_fail ((guint) what < FK_N_EXPORT_WHAT, NULL);
  return whats[what].mime_type;
}

char *
fk_export_suggest_name (const char   *study_title,
                        const char   *round_name,
                        FkExportWhat  what,
                        gboolean      anonymized)
{
  GString *name = g_string_new (NULL);

  g_return_val_if_fail ((guint) what < FK_N_EXPORT_WHAT, NULL);

  fk_export_name_append_part (name, study_title);
  fk_export_name_append_part (name, round_name);
  /* In the UI's language, as ASCII (the slug folds "bedömningar"). */
  fk_export_name_append_part (name, g_dpgettext2 (NULL, "file name", whats[what].name));
  if (anonymized)
    /* Translators: a word in a suggested file name, lower case */
    fk_export_name_append_part (name, C_("file name", "anonymised"));
  g_string_append_printf (name, ".%s", whats[what].word);
  return g_string_free (name, FALSE);
}

/* ---- the job -------------------------------------------------------------- */

struct _FkExportJob {
  FkExportWhat   what;
  char           separator;
  FkAnnexInput  *annex;   /* PDF, ODT */
  FkExportData  *data;    /* XLSX, CSV */
  char          *path;

  /* The progress, written by the worker, read on the main context. */
  GMainContext        *context;
  FkExportJobProgress  progress;
  gpointer             progress_data;
  GTask               *task;            /* not held: the job is the task's */
  int                  permille;        /* atomic */
  int                  pending;         /* atomic: a delivery is queued */
  double               from, to;        /* the step's share of the whole */
};

FkExportJob *
fk_export_job_new (FkStudy               *study,
                   const FkExportChoices *choices,
                   GError               **error)
{
  g_autoptr(FkExportJob) job = g_new0 (FkExportJob, 1);

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);
  g_return_val_if_fail (choices != NULL && (guint) choices->what < FK_N_EXPORT_WHAT, NULL);

  job->what = choices->what;
  job->separator = choices->separator;
  if (choices->what == FK_EXPORT_WHAT_PDF || choices->what == FK_EXPORT_WHAT_ODT)
    {
      FkAnnexOptions options = { 0 };

      options.round_name = choices->round_name;
      options.language = choices->language;
      options.anonymize = choices->anonymize;
      options.comments = choices->anonymize && choices->comments && choices->what == FK_EXPORT_WHAT_PDF;
      options.parts = choices->what == FK_EXPORT_WHAT_PDF ? FK_ANNEX_PARTS_ALL : FK_ANNEX_PARTS_REPORT_TEXT;
      job->annex = fk_annex_input_new (study, &options, error);
      if (job->annex == NULL)
        return NULL;
    }
  else
    {
      job->data = fk_export_data_new_for_study (study, choices->round_name, choices->language,
                                                choices->anonymize, choices->what == FK_EXPORT_WHAT_XLSX,
                                                choices->palette, error);
      if (job->data == NULL)
        return NULL;
    }
  return g_steal_pointer (&job);
}

void
fk_export_job_free (FkExportJob *job)
{
  if (job == NULL)
    return;
  g_clear_pointer (&job->annex, fk_annex_input_free);
  g_clear_pointer (&job->data, fk_export_data_unref);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_free (job->path);
  g_free (job);
}

/* ---- progress ----------------------------------------------------------------- */

/* On the main context; holds the task, so the job too. */
static gboolean
deliver_progress (gpointer data)
{
  GTask *task = data;
  FkExportJob *job = g_task_get_task_data (task);

  g_atomic_int_set (&job->pending, 0);
  if (!g_task_get_completed (task))
    job->progress (g_atomic_int_get (&job->permille) / 1000.0, job->progress_data);
  return G_SOURCE_REMOVE;
}

/* In the worker: the fraction of the current step. */
static void
step_progress (double   fraction,
               gpointer data)
{
  FkExportJob *job = data;
  double whole = job->from + CLAMP (fraction, 0.0, 1.0) * (job->to - job->from);

  if (job->progress == NULL)
    return;
  g_atomic_int_set (&job->permille, (int) (whole * 1000.0 + 0.5));
  if (g_atomic_int_compare_and_exchange (&job->pending, 0, 1))
    g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, deliver_progress,
                                g_object_ref (job->task), g_object_unref);
}

static void
begin_step (FkExportJob *job,
            double       from,
            double       to)
{
  job->from = from;
  job->to = to;
  step_progress (0.0, job);
}

/* ---- the worker ------------------------------------------------------------------ */

static gboolean
write_document (FkExportJob   *job,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(FkPdfDocument) doc = NULL;
  double share = job->what == FK_EXPORT_WHAT_PDF ? PDF_BUILD_SHARE : ODT_BUILD_SHARE;

  begin_step (job, 0.0, share);
  doc = fk_annex_build (job->annex, cancellable, step_progress, job, error);
  if (doc == NULL)
    return FALSE;
  begin_step (job, share, 1.0);
  if (job->what == FK_EXPORT_WHAT_PDF)
    return fk_pdf_document_write (doc, job->path, cancellable, step_progress, job, error);
  return fk_odt_write_document (doc, job->path, cancellable, error);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  FkExportJob *job = task_data;
  GError *error = NULL;
  gboolean ok;

  switch (job->what)
    {
    case FK_EXPORT_WHAT_PDF:
    case FK_EXPORT_WHAT_ODT:
      ok = write_document (job, cancellable, &error);
      break;
    case FK_EXPORT_WHAT_XLSX:
      begin_step (job, 0.0, 1.0);
      ok = fk_export_data_write_xlsx (job->data, job->path, cancellable, step_progress, job, &error);
      break;
    case FK_EXPORT_WHAT_CSV:
    default:
      ok = fk_export_data_write_csv (job->data, job->separator, job->path, cancellable, &error);
      break;
    }
  if (ok)
    step_progress (1.0, job);
  if (!ok)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
fk_export_job_run_async (FkExportJob         *job,
                         GFile               *file,
                         GCancellable        *cancellable,
                         FkExportJobProgress  progress,
                         gpointer             progress_data,
                         gpointer             source_object,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (job != NULL);
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, fk_export_job_run_async);
  g_task_set_task_data (task, job, (GDestroyNotify) fk_export_job_free);
  /* What happened, not what was asked: a file written just before the
   * cancel is there, and the dialog says so. */
  g_task_set_check_cancellable (task, FALSE);
  job->path = g_file_get_path (file);
  if (job->path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_task_return_new_error (task, FK_ERROR, FK_ERROR_IO,
                               _("%s: the export can only be written to a folder on this computer or a mounted folder"),
                               name);
      return;
    }
  job->context = g_main_context_ref_thread_default ();
  job->progress = progress;
  job->progress_data = progress_data;
  job->task = task;
  g_task_run_in_thread (task, export_thread);
}

gboolean
fk_export_job_run_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
