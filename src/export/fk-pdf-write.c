/* fk-pdf-write.c — writing the laid-out document to a PDF file, page by page, cancellable */
#define G_LOG_DOMAIN "fk-pdf-write"
#include "config.h"
#include "fk-pdf-private.h"
#include "fk-error.h"
#include "fk-export-file.h"

#include <cairo-pdf.h>
#include "fk-i18n.h"

typedef struct {
  FkPdfDocument     *doc;
  const char        *path;
  GCancellable      *cancellable;
  FkPdfProgressFunc  progress;
  gpointer           progress_data;
} WriteJob;

static void
set_metadata (FkPdfDocument   *doc,
              cairo_surface_t *surface)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (doc->created != NULL ? doc->created : now,
                                              "%Y-%m-%dT%H:%M:%S%:z");

  if (doc->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, doc->title);
  if (doc->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, doc->author);
  if (doc->subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, doc->subject);
  if (doc->keywords != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, doc->keywords);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Förmågekarta " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

static gboolean
write_pages (const char  *tmp_path,
             gpointer     user_data,
             GError     **error)
{
  WriteJob *job = user_data;
  FkPdfDocument *doc = job->doc;
  guint n = doc->pages->len;
  cairo_surface_t *surface = cairo_pdf_surface_create (tmp_path, FK_PDF_A4_WIDTH, FK_PDF_A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  int outline[4] = { 0, 0, 0, 0 };
  cairo_status_t status;
  gboolean cancelled = FALSE;

  set_metadata (doc, surface);
  for (guint p = 0; p < n && !cancelled; p++)
    {
      FkPdfPage *page = &g_array_index (doc->pages, FkPdfPage, p);
      char label[16];

      if (g_cancellable_is_cancelled (job->cancellable))
        {
          cancelled = TRUE;
          break;
        }
      /* The size of a page is set before anything is drawn on it. */
      if (page->orientation == FK_PDF_LANDSCAPE)
        cairo_pdf_surface_set_size (surface, FK_PDF_A4_HEIGHT, FK_PDF_A4_WIDTH);
      else
        cairo_pdf_surface_set_size (surface, FK_PDF_A4_WIDTH, FK_PDF_A4_HEIGHT);
      g_snprintf (label, sizeof label, "%u", p + 1);
      cairo_pdf_surface_set_page_label (surface, label);
      fk_pdf_draw_page (doc, p, surface, cr, outline);
      cairo_show_page (cr);
      if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
        break;
      if (job->progress != NULL)
        job->progress ((double) (p + 1) / n, job->progress_data);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (cancelled)
    return !g_cancellable_set_error_if_cancelled (job->cancellable, error);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (job->path);

      g_set_error (error, FK_ERROR, FK_ERROR_IO, _("%s: could not write the PDF document"), display);
      if (error != NULL)
        fk_error_set_detail (*error, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
fk_pdf_document_write (FkPdfDocument      *doc,
                       const char         *path,
                       GCancellable       *cancellable,
                       FkPdfProgressFunc   progress,
                       gpointer            progress_data,
                       GError            **error)
{
  WriteJob job = { doc, path, cancellable, progress, progress_data };

  g_return_val_if_fail (doc != NULL && path != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  fk_pdf_document_layout (doc);
  return fk_export_write_replacing (path, write_pages, &job, error);
}
