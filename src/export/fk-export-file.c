/* fk-export-file.c — an export written whole or not at all; a figure to PNG, SVG or PDF */
#define G_LOG_DOMAIN "fk-export-file"
#include "config.h"
#include "fk-export-file.h"
#include "fk-error.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <fcntl.h>
#include "fk-i18n.h"
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

gboolean
fk_export_format_from_string (const char     *name,
                              FkExportFormat *format)
{
  static const char * const words[] = {
    [FK_EXPORT_FORMAT_PNG] = "png",
    [FK_EXPORT_FORMAT_SVG] = "svg",
    [FK_EXPORT_FORMAT_PDF] = "pdf",
  };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (words); i++)
    if (strcmp (name, words[i]) == 0)
      {
        *format = (FkExportFormat) i;
        return TRUE;
      }
  return FALSE;
}

static cairo_status_t
draw_to_file (const char       *path,
              FkExportFormat    format,
              double            width,
              double            height,
              FkExportDrawFunc  draw,
              gpointer          user_data)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  switch (format)
    {
    case FK_EXPORT_FORMAT_SVG:
      surface = cairo_svg_surface_create (path, width, height);
      break;
    case FK_EXPORT_FORMAT_PDF:
      surface = cairo_pdf_surface_create (path, width, height);
      break;
    case FK_EXPORT_FORMAT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                            MAX ((int) ceil (width), 1),
                                            MAX ((int) ceil (height), 1));
      break;
    }
  cr = cairo_create (surface);
  draw (cr, user_data);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && format == FK_EXPORT_FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, path);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

/* Cairo could not make the figure: its technical status goes to the
 * error's detail. */
static gboolean
set_write_error (GError    **error,
                 const char *path,
                 const char *detail)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, FK_ERROR, FK_ERROR_IO, _("%s: could not write the image"), display);
  if (error != NULL && detail != NULL)
    fk_error_set_detail (*error, detail);
  return FALSE;
}

/* The system's words for the failure (g_strerror(), in the user's
 * language: "No space left on device"). */
static gboolean
set_file_error (GError    **error,
                const char *path,
                int         saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, FK_ERROR, FK_ERROR_IO, _("%s: could not write the file (%s)"),
               display, g_strerror (saved_errno));
  return FALSE;
}

gboolean
fk_export_write_replacing (const char         *path,
                           FkExportWriteFunc   write,
                           gpointer            user_data,
                           GError            **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  int fd;

  g_return_val_if_fail (path != NULL && write != NULL, FALSE);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  /* Beside the target, so that the rename stays on one file system. */
  tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (tmp, O_RDWR, 0644);
  if (fd < 0)
    return set_file_error (error, path, errno);
  g_close (fd, NULL);

  if (!write (tmp, user_data, error))
    {
      g_unlink (tmp);
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      return set_file_error (error, path, saved);
    }
  return TRUE;
}

typedef struct {
  const char       *path;
  FkExportFormat    format;
  double            width;
  double            height;
  FkExportDrawFunc  draw;
  gpointer          user_data;
} FigureJob;

static gboolean
write_figure (const char  *tmp_path,
              gpointer     user_data,
              GError     **error)
{
  FigureJob *job = user_data;
  cairo_status_t status;

  status = draw_to_file (tmp_path, job->format, job->width, job->height,
                         job->draw, job->user_data);
  if (status != CAIRO_STATUS_SUCCESS)
    return set_write_error (error, job->path, cairo_status_to_string (status));
  return TRUE;
}

gboolean
fk_export_write_figure (const char        *path,
                        FkExportFormat     format,
                        double             width,
                        double             height,
                        FkExportDrawFunc   draw,
                        gpointer           user_data,
                        GError           **error)
{
  FigureJob job = { path, format, width, height, draw, user_data };

  g_return_val_if_fail (path != NULL && draw != NULL, FALSE);

  return fk_export_write_replacing (path, write_figure, &job, error);
}
