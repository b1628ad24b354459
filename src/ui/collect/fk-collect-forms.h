/* fk-collect-forms.h — writing response files for municipalities
 *
 * The Collect page's exports: blank forms for every municipality, or one
 * municipality's response. The responses are made on the main thread
 * (they read the study) and, being immutable, written in a worker thread
 * by one job, each file atomically (fk_response_write_file(),
 * fk_response_write_csv_file()).
 */
#pragma once

#include <gio/gio.h>
#include "fk-response.h"

G_BEGIN_DECLS

/* The two forms of a response file (docs/response-format.md). */
typedef enum {
  FK_FORM_JSON = 1 << 0,   /* a response file, .fksvar */
  FK_FORM_CSV  = 1 << 1,   /* the spreadsheet form, .csv */
} FkFormFormats;


typedef struct _FkFormJob FkFormJob;

FkFormJob *fk_form_job_new            (void);
void       fk_form_job_free           (FkFormJob     *job);
/* Adds one file: @response (a reference is kept) as @format to @path. */
void       fk_form_job_add            (FkFormJob     *job,
                                       FkResponse    *response,
                                       FkFormFormats  format,
                                       const char    *path);
guint      fk_form_job_get_n_files    (FkFormJob     *job);
/* How many of the job's files exist already. */
guint      fk_form_job_count_existing (FkFormJob     *job);
/**
 * fk_form_job_write_async:
 * @job: (transfer full): the job
 *
 * Writes every file in a worker thread, in order; stops at the first
 * that fails (the files written before it stay) or when @cancellable is
 * cancelled.
 */
void       fk_form_job_write_async    (FkFormJob           *job,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
/* The number of files written in @out_n_written (also on failure);
 * FALSE with the first file's error. */
gboolean   fk_form_job_write_finish   (GAsyncResult        *result,
                                       guint               *out_n_written,
                                       GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkFormJob, fk_form_job_free)

G_END_DECLS
