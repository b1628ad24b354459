/* fk-export-file.h — every export written whole or not at all
 *
 * One way for every export file (the figures, the data annex, later the
 * PDF annex): written into a temporary file beside the target and renamed
 * into place, so an interrupted export never leaves a broken file and a
 * failed one leaves the target as it was (fk_export_write_via_temp()).
 * Figures drawn with cairo go to PNG, SVG or PDF through
 * fk_export_write_figure().
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  FK_EXPORT_FORMAT_PNG,
  FK_EXPORT_FORMAT_SVG,
  FK_EXPORT_FORMAT_PDF,
} FkExportFormat;

/* "png", "svg", "pdf"; FALSE (leaving @format alone) for another word. */
gboolean fk_export_format_from_string (const char     *name,
                                       FkExportFormat *format);

/* Draws the figure into (0, 0, @width, @height) of @cr: pixels at scale
 * 1 in PNG, points in SVG and PDF. It paints its own background (a PNG
 * starts black). */
typedef void (*FkExportDrawFunc) (cairo_t  *cr,
                                  gpointer  user_data);

/* Writes the figure @draw draws to @path in @format, @width × @height
 * (a PNG is rounded up to whole pixels). FALSE with @error (FK_ERROR_IO,
 * naming @path) if it cannot: @path is then untouched. */
gboolean fk_export_write_figure (const char        *path,
                                 FkExportFormat     format,
                                 double             width,
                                 double             height,
                                 FkExportDrawFunc   draw,
                                 gpointer           user_data,
                                 GError           **error);

/* Writes the whole export to @tmp_path (a new, empty file beside the
 * target); FALSE with @error if it cannot. */
typedef gboolean (*FkExportWriteFunc) (const char  *tmp_path,
                                       gpointer     user_data,
                                       GError     **error);

/* Makes a temporary file beside @path (same folder, so the rename stays
 * on one file system), lets @write fill it and renames it onto @path.
 * If @write fails, or the file cannot be made or renamed, the temporary
 * file is removed and @path is left as it was: FALSE with @error (the
 * one @write set, or FK_ERROR_IO naming @path). No global state: safe
 * from a worker thread. */
gboolean fk_export_write_via_temp (const char        *path,
                                   FkExportWriteFunc  write,
                                   gpointer           user_data,
                                   GError           **error);

G_END_DECLS
