/* fk-export-job.h — the export dialog's work: the annex or the data annex written off the main thread
 *
 * Two steps, as fk-annex.h and fk-export-data.h ask: fk_export_job_new()
 * reads the study on the main thread into an input that never changes
 * (fk_annex_input_new(), fk_export_data_new_for_study()); then
 * fk_export_job_run_async() builds and writes it in a GTask worker,
 * cancellable, its progress handed to the main thread. Every writer goes
 * through a temporary file beside the target: a cancelled or failed
 * export leaves an existing file as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fk-core.h"
#include "fk-palette.h"

G_BEGIN_DECLS

/* What is exported, in the order the dialog offers it. */
typedef enum {
  FK_EXPORT_WHAT_PDF,    /* the PDF annex, for readers */
  FK_EXPORT_WHAT_XLSX,   /* the workbook, for analysts */
  FK_EXPORT_WHAT_CSV,    /* every score, one row each */
  FK_EXPORT_WHAT_ODT,    /* the report text, for the word processor */
} FkExportWhat;

#define FK_N_EXPORT_WHAT 4

/* "pdf", "xlsx", "csv", "odt": the extension and the GSettings word. */
const char *fk_export_what_to_string   (FkExportWhat  what);
/* FALSE, @what left alone, for another word. */
gboolean    fk_export_what_from_string (const char   *word,
                                        FkExportWhat *what);
/* The media type of the file written. */
const char *fk_export_what_mime_type   (FkExportWhat  what);

/* A file name to offer: the study's title, the round's name and what is
 * exported, "fyrbodal-2024-omgang-1-annex.pdf", in lower-case ASCII
 * letters, digits and hyphens (fk_export_name_append_part()), ending in
 * "-anonymised" when @anonymized. Returns: (transfer full) */
char       *fk_export_suggest_name     (const char   *study_title,
                                        const char   *round_name,
                                        FkExportWhat  what,
                                        gboolean      anonymized);

typedef struct {
  FkExportWhat  what;
  const char   *round_name;   /* NULL: the latest */
  const char   *language;     /* "sv" or "en"; NULL: the study's */
  gboolean      anonymize;
  gboolean      comments;     /* PDF, anonymised: print the comments all the same */
  char          separator;    /* CSV: ';' or ','; 0: the language's */
  FkPalette     palette;      /* XLSX: the colour scales */
} FkExportChoices;

typedef struct _FkExportJob FkExportJob;

/* Reads what @choices export from @study: main thread. NULL with @error
 * (a round gone, a study that cannot be read).
 * Returns: (transfer full) (nullable) */
FkExportJob *fk_export_job_new  (FkStudy               *study,
                                 const FkExportChoices *choices,
                                 GError               **error);
void         fk_export_job_free (FkExportJob           *job);

/* Called on the main context of fk_export_job_run_async()'s caller with
 * the share done (0–1), never after the task's callback. */
typedef void (*FkExportJobProgress) (double   fraction,
                                     gpointer user_data);

/**
 * fk_export_job_run_async:
 * @job: (transfer full): from fk_export_job_new()
 * @file: a local file (g_file_get_path() not NULL), else an error
 * @progress: (nullable): the progress, coalesced: the latest share only
 * @progress_data: lives as long as the task (the source object does)
 *
 * Builds and writes @file in a worker thread.
 */
void         fk_export_job_run_async  (FkExportJob         *job,
                                       GFile               *file,
                                       GCancellable        *cancellable,
                                       FkExportJobProgress  progress,
                                       gpointer             progress_data,
                                       gpointer             source_object,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
/* FALSE with @error: G_IO_ERROR_CANCELLED when cancelled, else
 * FK_ERROR_IO naming the file. */
gboolean     fk_export_job_run_finish (GAsyncResult        *result,
                                       GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkExportJob, fk_export_job_free)

G_END_DECLS
