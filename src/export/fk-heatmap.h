/* fk-heatmap.h — drawing the heatmap display list and writing it to files */
#pragma once

#include <cairo.h>
#include "fk-heatmap-layout.h"
#include "fk-export-file.h"

G_BEGIN_DECLS

/* The heatmap's file formats are every figure's (fk-export-file.h). */
typedef FkExportFormat FkHeatmapFormat;
#define FK_HEATMAP_FORMAT_PNG FK_EXPORT_FORMAT_PNG
#define FK_HEATMAP_FORMAT_SVG FK_EXPORT_FORMAT_SVG
#define FK_HEATMAP_FORMAT_PDF FK_EXPORT_FORMAT_PDF

/* "png", "svg", "pdf"; FALSE for another word. */
gboolean fk_heatmap_format_from_string (const char      *name,
                                        FkHeatmapFormat *format);

/* Replays @layout into (0, 0, layout->width, layout->height) of @cr,
 * white background included. */
void     fk_heatmap_draw  (const FkHeatmapLayout *layout,
                           cairo_t               *cr);

/* Draws @part of @layout into (0, 0, part->width, part->height) of @cr:
 * the title, the column labels over the part's columns, the row labels
 * and area names beside its rows, its cells and the legend, with the
 * same drawing as fk_heatmap_draw(). */
void     fk_heatmap_draw_part (const FkHeatmapLayout *layout,
                               const FkHeatmapPart   *part,
                               cairo_t               *cr);

/* Writes @layout to @path with fk_export_write_figure(): drawn into a
 * temporary file beside @path and renamed into place, so an interrupted
 * export never leaves a broken file and a failed one leaves @path as it
 * was. */
gboolean fk_heatmap_write (const FkHeatmapLayout *layout,
                           const char            *path,
                           FkHeatmapFormat        format,
                           GError               **error);

G_END_DECLS
