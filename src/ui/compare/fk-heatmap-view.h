/* fk-heatmap-view.h — the heatmap of one round as a widget
 *
 * Hosting it: FkHeatmapView is a GtkScrollable. Put it straight into a
 * GtkScrolledWindow (no GtkViewport) and it keeps the title, the
 * municipality names, the capability names and the legend in view while
 * the cells scroll (frozen panes); give it no margins (the layout has its
 * own) and let it fill the scrolled window (the default halign and
 * valign, fill). Inside a GtkViewport it still works, scrolled as one
 * picture by the viewport, without frozen panes.
 *
 * Zoom: by default it fits its width (fit-width: labels and every column
 * fill the width, the zoom clamped to FK_HEATMAP_VIEW_FIT_MIN–MAX) and
 * the rows scroll under the frozen header. Ctrl+plus, Ctrl+minus and
 * Ctrl+scroll zoom (and leave fit-width), Ctrl+0 fits again.
 *
 * Keys: the arrows move the cell cursor; Enter or space activate it
 * ("cell-activated"); minus collapses the area of the cursor's row into
 * one row of its means, plus expands it again. A click on a cell
 * activates it, a click on an area's header (or on a collapsed area's
 * row name) collapses or expands it.
 */
#pragma once

#include <gtk/gtk.h>
#include "fk-study.h"
#include "fk-measure.h"
#include "fk-palette.h"
#include "fk-heatmap-layout.h"

G_BEGIN_DECLS

/* The zoom of the default 40 px cells that fit-width may choose. */
#define FK_HEATMAP_VIEW_FIT_MIN 0.7
#define FK_HEATMAP_VIEW_FIT_MAX 2.5
/* The zoom that Ctrl+plus and Ctrl+minus may reach. */
#define FK_HEATMAP_VIEW_ZOOM_MIN 0.4
#define FK_HEATMAP_VIEW_ZOOM_MAX 4.0

/* The parts of the widget: what scrolls and what stays. */
typedef enum {
  FK_HEATMAP_VIEW_PANE_NONE,          /* outside the layout */
  FK_HEATMAP_VIEW_PANE_CORNER,        /* the title and the top left: never scrolls */
  FK_HEATMAP_VIEW_PANE_COLUMN_LABELS, /* municipality names: scroll sideways only */
  FK_HEATMAP_VIEW_PANE_ROW_LABELS,    /* capability and area names: scroll up and down only */
  FK_HEATMAP_VIEW_PANE_GRID,          /* the cells: scroll both ways */
  FK_HEATMAP_VIEW_PANE_LEGEND,        /* pinned to the bottom of what is visible */
} FkHeatmapViewPane;

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
 * overlays, numbers, anonymizer); copied, collapsed_areas included, the
 * anonymizer held. The cell size is the view's: 40 px × zoom. */
void                   fk_heatmap_view_set_options    (FkHeatmapView          *self,
                                                       const FkHeatmapOptions *options);
/* What the rows are (FkHeatmapOptions.grid; default capabilities). With
 * FK_HEATMAP_GRID_CHANGE the view reads the baseline round too: the round
 * of set_baseline_round_id(), or with 0 (the default) the round before
 * the one shown; with no such round it shows the capabilities. Kept by
 * set_options(), which leaves the grid and the baseline alone. */
FkHeatmapGrid          fk_heatmap_view_get_grid       (FkHeatmapView *self);
void                   fk_heatmap_view_set_grid       (FkHeatmapView *self,
                                                       FkHeatmapGrid  grid);
gint64                 fk_heatmap_view_get_baseline_round_id (FkHeatmapView *self);
void                   fk_heatmap_view_set_baseline_round_id (FkHeatmapView *self,
                                                              gint64         round_id);
/* Returns: (transfer none) (nullable): the baseline round read for the
 * change, NULL in the other grids. */
FkRoundSnapshot       *fk_heatmap_view_get_baseline   (FkHeatmapView *self);
/* Anonymised (options->anonymizer set): whether tooltips show comments,
 * which can name places and people (default FALSE). Who answered is
 * never shown then; with real names both always are. */
gboolean               fk_heatmap_view_get_show_comments (FkHeatmapView *self);
void                   fk_heatmap_view_set_show_comments (FkHeatmapView *self,
                                                          gboolean       show);
/* Hidden, the view only notes that it is stale and catches up on map.
 * ensure_current() catches up now (before reading the snapshot or the
 * layout of a hidden view); with follow_hidden it keeps up while hidden
 * too, emitting "layout-changed" (the page's table shown instead). */
void                   fk_heatmap_view_ensure_current (FkHeatmapView *self);
void                   fk_heatmap_view_set_follow_hidden (FkHeatmapView *self,
                                                          gboolean       follow);
/* Returns: (transfer none): valid until the next set_options or
 * toggle_area. */
const FkHeatmapOptions *fk_heatmap_view_get_options   (FkHeatmapView *self);
/* Collapses the area @area_key (a key of model->areas) into one row of
 * its means, or expands it if collapsed; the layout is made again from
 * the snapshot kept (no reading of the study) and "layout-changed" is
 * emitted. */
void                   fk_heatmap_view_toggle_area    (FkHeatmapView *self,
                                                       const char    *area_key);
/* 1.0: cells of 40 px. Setting it leaves fit-width. */
double                 fk_heatmap_view_get_zoom       (FkHeatmapView *self);
void                   fk_heatmap_view_set_zoom       (FkHeatmapView *self,
                                                       double         zoom);
/* 0 (the default): the text grows and shrinks with the zoom. Else the
 * text is @scale times its size at zoom 1.0 (the cells' 40 px) whatever
 * the zoom, which then sizes the cells only: presentation mode's text
 * size, with fit-width giving the cells what the names leave. */
double                 fk_heatmap_view_get_text_scale (FkHeatmapView *self);
void                   fk_heatmap_view_set_text_scale (FkHeatmapView *self,
                                                       double         scale);
gboolean               fk_heatmap_view_get_fit_width  (FkHeatmapView *self);
void                   fk_heatmap_view_set_fit_width  (FkHeatmapView *self,
                                                       gboolean       fit_width);
/* Returns: (transfer none) (nullable): the round shown, as read for the
 * layout (the side panel and the table read the same snapshot). */
FkRoundSnapshot       *fk_heatmap_view_get_snapshot   (FkHeatmapView *self);
/* Returns: (transfer none) (nullable): the layout shown, at the current
 * zoom (positions in layout pixels, before scrolling). */
const FkHeatmapLayout *fk_heatmap_view_get_layout     (FkHeatmapView *self);
/* How often the layout was made again for new data, a measure, a palette
 * or options (not for a zoom or a collapsed area). */
guint                  fk_heatmap_view_get_n_recomputes (FkHeatmapView *self);
/* How often the drawing was replayed with cairo into the cached node
 * (scrolling, the cursor and the hover reuse it). */
guint                  fk_heatmap_view_get_n_renders  (FkHeatmapView *self);
/* Moves the cell cursor by rows and columns (what the arrow keys do) and
 * scrolls it into view, clear of the frozen panes; FALSE if it could not
 * move. */
gboolean               fk_heatmap_view_move_cursor    (FkHeatmapView *self,
                                                       int            d_row,
                                                       int            d_col);
/* Puts the cell cursor on (@row, @col) (clamped) and scrolls its row to
 * the middle of the view, now and again at the allocations before the
 * next frame (a view just shown, or refitted to a new width, has its
 * cells elsewhere). */
void                   fk_heatmap_view_set_cursor     (FkHeatmapView *self,
                                                       guint          row,
                                                       guint          col);
void                   fk_heatmap_view_get_cursor     (FkHeatmapView *self,
                                                       guint         *row,
                                                       guint         *col);
/* The cell under the pointer (drawn on top of the cached picture), −1
 * and −1 for none. */
void                   fk_heatmap_view_get_hover      (FkHeatmapView *self,
                                                       int           *row,
                                                       int           *col);
/* What is at (@x, @y), in widget coordinates, scrolling and frozen panes
 * included: the pane, and the grid row (row labels and grid) and column
 * (column labels and grid) there, −1 for none. */
FkHeatmapViewPane      fk_heatmap_view_pick           (FkHeatmapView *self,
                                                       double         x,
                                                       double         y,
                                                       int           *row,
                                                       int           *col);
/* The grid rows and columns at least partly visible between the frozen
 * panes (inclusive); FALSE if none. */
gboolean               fk_heatmap_view_get_visible_cells (FkHeatmapView *self,
                                                          guint         *first_row,
                                                          guint         *last_row,
                                                          guint         *first_col,
                                                          guint         *last_col);
/* The short plain text of the cell at (@x, @y) (widget coordinates), as
 * a screen reader says it ("Uddevalla, Informationssäkerhet: level 3,
 * target 4, cannot sustain alone"), or NULL.
 * Returns: (transfer full) (nullable) */
char                  *fk_heatmap_view_describe_at    (FkHeatmapView *self,
                                                       double         x,
                                                       double         y);
/* The accessible label of the cell under the cursor, or NULL.
 * Returns: (transfer full) (nullable) */
char                  *fk_heatmap_view_describe_cursor (FkHeatmapView *self);
/* The tooltip at (@x, @y), plain text: for a cell the whole score of a
 * municipality (levels, answers, who answered, the start of the comment)
 * or what an aggregate is and how many values it rests on; over a row's
 * or a column's name, the whole name.
 * Returns: (transfer full) (nullable) */
char                  *fk_heatmap_view_get_tooltip_at (FkHeatmapView *self,
                                                       double         x,
                                                       double         y);

/* Signals:
 * "layout-changed" (void): a new layout is shown (data, measure, options,
 *   a collapsed or expanded area; a new zoom only notifies "zoom").
 * "cell-activated" (int capability, int municipality): a cell was clicked
 *   or Enter was pressed on the cursor; capability −1 outside capability
 *   rows, municipality −1 in aggregate columns. */

G_END_DECLS
