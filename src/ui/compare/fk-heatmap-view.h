/* fk-heatmap-view.h — the heatmap of one round as a widget */
#pragma once

#include <gtk/gtk.h>
#include "fk-study.h"
#include "fk-measure.h"
#include "fk-palette.h"
#include "fk-heatmap-layout.h"

G_BEGIN_DECLS

#define FK_TYPE_HEATMAP_VIEW (fk_heatmap_view_get_type ())
G_DECLARE_FINAL_TYPE (FkHeatmapView, fk_heatmap_view, FK, HEATMAP_VIEW, GtkWidget)

GtkWidget             *fk_heatmap_view_new            (void);
FkStudy               *fk_heatmap_view_get_study      (FkHeatmapView *self);
void                   fk_heatmap_view_set_study      (FkHeatmapView *self,
                                                       FkStudy       *study);
gint64                 fk_heatmap_view_get_round_id   (FkHeatmapView *self);
void                   fk_heatmap_view_set_round_id   (FkHeatmapView *self,
                                                       gint64         round_id);
FkMeasure              fk_heatmap_view_get_measure    (FkHeatmapView *self);
void                   fk_heatmap_view_set_measure    (FkHeatmapView *self,
                                                       FkMeasure      measure);
FkPalette              fk_heatmap_view_get_palette    (FkHeatmapView *self);
void                   fk_heatmap_view_set_palette    (FkHeatmapView *self,
                                                       FkPalette      palette);
/* The options of the layout (order, grouping, collapsed areas, aggregates,
 * overlays, numbers, cell size); copied, collapsed_areas included. */
void                   fk_heatmap_view_set_options    (FkHeatmapView          *self,
                                                       const FkHeatmapOptions *options);
/* Returns: (transfer none): valid until the next set_options. */
const FkHeatmapOptions *fk_heatmap_view_get_options   (FkHeatmapView *self);
/* Returns: (transfer none) (nullable): the round shown, as read for the
 * layout (the side panel and the table read the same snapshot). */
FkRoundSnapshot       *fk_heatmap_view_get_snapshot   (FkHeatmapView *self);
/* Returns: (transfer none) (nullable): the layout shown. */
const FkHeatmapLayout *fk_heatmap_view_get_layout     (FkHeatmapView *self);
guint                  fk_heatmap_view_get_n_recomputes (FkHeatmapView *self);
/* How often the drawing was replayed with cairo into the cached node. */
guint                  fk_heatmap_view_get_n_renders  (FkHeatmapView *self);
/* Moves the cell cursor by rows and columns (what the arrow keys do);
 * FALSE if it could not move. */
gboolean               fk_heatmap_view_move_cursor    (FkHeatmapView *self,
                                                       int            d_row,
                                                       int            d_col);
void                   fk_heatmap_view_get_cursor     (FkHeatmapView *self,
                                                       guint         *row,
                                                       guint         *col);
/* The plain text describing the cell at (@x, @y), or NULL.
 * Returns: (transfer full) (nullable) */
char                  *fk_heatmap_view_describe_at    (FkHeatmapView *self,
                                                       double         x,
                                                       double         y);
/* The accessible label of the cell under the cursor, or NULL.
 * Returns: (transfer full) (nullable) */
char                  *fk_heatmap_view_describe_cursor (FkHeatmapView *self);

/* Signals:
 * "layout-changed" (void): a new layout is shown (data, measure, options).
 * "cell-activated" (int capability, int municipality): a cell was clicked
 *   or Enter was pressed on the cursor; capability −1 outside capability
 *   rows, municipality −1 in aggregate columns. */

G_END_DECLS
