/* fk-export-file.h — writing a figure drawn with cairo to a PNG, SVG or PDF file
 *
 * One way for every figure (the heatmap, the candidates, later the radar
 * chart): drawn into a temporary file beside the target and renamed into
 * place, so an interrupted export never leaves a broken file and a failed
 * one leaves the target as it was.
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

G_END_DECLS
