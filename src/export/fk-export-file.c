/* fk-export-file.c — a figure to a PNG, SVG or PDF file, written whole or not at all */
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

/* @why: the system's words for the failure (g_strerror(), in the user's
 * language: "No space left on device"), or NULL when only cairo's
 * technical status is known, which goes to the error's detail. */
static gboolean
set_write_error (GError    **error,
                 const char *path,
                 const char *why,
                 const char *detail)
{
  g_autofree char *display = g_filename_display_name (path);

  if (why != NULL)
    g_set_error (error, FK_ERROR, FK_ERROR_IO, _("%s: could not write the image (%s)"), display, why);
  else
    g_set_error (error, FK_ERROR, FK_ERROR_IO, _("%s: could not write the image"), display);
  if (error != NULL && detail != NULL)
    fk_error_set_detail (*error, detail);
  return FALSE;
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
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  cairo_status_t status;
  int fd;

  g_return_val_if_fail (path != NULL && draw != NULL, FALSE);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  /* Beside the target, so that the rename stays on one file system. */
  tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (tmp, O_RDWR, 0644);
  if (fd < 0)
    return set_write_error (error, path, g_strerror (errno), NULL);
  g_close (fd, NULL);

  status = draw_to_file (tmp, format, width, height, draw, user_data);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (tmp);
      return set_write_error (error, path, NULL, cairo_status_to_string (status));
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      return set_write_error (error, path, g_strerror (saved), NULL);
    }
  return TRUE;
}
