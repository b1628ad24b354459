/* fk-export-file.h — writing an export whole or not at all; figures to PNG, SVG or PDF
 *
 * One way for every export (a figure, the PDF annex, the data annex):
 * written into a temporary file beside the target and renamed into
 * place, so an interrupted export never leaves a broken file and a failed
 * one leaves the target as it was.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Writes the whole export into @tmp_path, a new empty file (mode 0644)
 * beside the target. TRUE when done; else FALSE with @error set (its
 * message names the target, not the temporary file, which people never
 * see). */
typedef gboolean (*FkExportWriteFunc) (const char  *tmp_path,
                                       gpointer     user_data,
                                       GError     **error);

/* Writes @path with @write through a temporary file beside it, renamed
 * into place only if @write succeeds. On failure @path is untouched and
 * the temporary file removed; the error is @write's own (a cancellation
 * stays G_IO_ERROR_CANCELLED), or FK_ERROR_IO naming @path when the
 * temporary file cannot be made or renamed. */
gboolean fk_export_write_replacing (const char         *path,
                                    FkExportWriteFunc   write,
                                    gpointer            user_data,
                                    GError            **error);

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

G_END_DECLS
