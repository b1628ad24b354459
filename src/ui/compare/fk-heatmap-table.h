/* fk-heatmap-table.h — the heatmap as a real table, for screen readers and
 * for reading numbers
 *
 * GTK 4.8 cannot expose the heatmap's drawn cells as accessible objects,
 * so the Compare page offers the same matrix as a GtkColumnView: the same
 * rows and columns in the same order, from the same FkHeatmapLayout. The
 * first column names the row (capability, collapsed area, or the
 * municipality mean); an area's heading is a row of its own without
 * values; then one column per layout column (municipalities, then the
 * aggregates), titled with the column label's full text. Each value cell
 * has the accessible label "Municipality, Capability: value", and "not
 * assessed" and "not applicable" are written out in words.
 *
 * How a page uses it (behind a "Heatmap / Table" toggle):
 *
 *   // whenever the heatmap shows a new layout (FkHeatmapView::layout-changed)
 *   fk_heatmap_table_set_layout (table, fk_heatmap_view_get_layout (heatmap));
 *
 *   // "cell-activated" (int capability, int municipality): the same
 *   // arguments as FkHeatmapView::cell-activated, so one handler serves
 *   // both and opens FkCapabilityPanel
 *
 * With many municipalities the table shows FK_HEATMAP_TABLE_PAGE_SIZE of
 * them at a time, with every aggregate column, and buttons above it for
 * the previous and next page: GTK 4.8's column view keeps about 200 rows
 * alive whatever is on screen, each with a widget per column, so 290
 * columns at once would be 58 000 widgets (seconds to build). A screen
 * reader user reads a page as one table.
 *
 * The table copies what it needs from the layout, which may be freed as
 * soon as set_layout() returns. Setting a layout while the table is
 * hidden is cheap (rows are made only for what is on screen), but the
 * page may also set it only when the table is shown.
 */
#pragma once

#include <gtk/gtk.h>
#include "fk-heatmap-layout.h"

G_BEGIN_DECLS

#define FK_TYPE_HEATMAP_TABLE (fk_heatmap_table_get_type ())
G_DECLARE_FINAL_TYPE (FkHeatmapTable, fk_heatmap_table, FK, HEATMAP_TABLE, GtkWidget)

/* Municipality columns per page; the 14 of Fyrbodal fit on one. */
#define FK_HEATMAP_TABLE_PAGE_SIZE 16

GtkWidget     *fk_heatmap_table_new          (void);
/* @layout: (transfer none) (nullable): copied; NULL empties the table. */
void           fk_heatmap_table_set_layout   (FkHeatmapTable        *self,
                                              const FkHeatmapLayout *layout);

/* Pages of municipality columns (at least 1); the page shown. Setting a
 * page past the last shows the last. A new layout keeps the page if it
 * still has it. */
guint          fk_heatmap_table_get_n_pages  (FkHeatmapTable *self);
guint          fk_heatmap_table_get_page     (FkHeatmapTable *self);
void           fk_heatmap_table_set_page     (FkHeatmapTable *self,
                                              guint           page);

/* The column view inside (transfer none), and its rows: one item per layout
 * row plus one per area heading. For the page's focus and for tests. */
GtkColumnView *fk_heatmap_table_get_column_view (FkHeatmapTable *self);
guint          fk_heatmap_table_get_n_items  (FkHeatmapTable *self);
/* Item @item is an area's heading (bold, no values). */
gboolean       fk_heatmap_table_is_heading   (FkHeatmapTable *self,
                                              guint           item);
/* What cell (@item, @column) shows, and what it says to a screen reader.
 * Column 0 is the row header, 1 … n the layout's columns (on every page).
 * Returns: (transfer full) (nullable): NULL out of range */
char          *fk_heatmap_table_get_cell_text (FkHeatmapTable *self,
                                               guint           item,
                                               guint           column);
char          *fk_heatmap_table_describe_cell (FkHeatmapTable *self,
                                               guint           item,
                                               guint           column);
/* The label showing cell (@item, @column) while its row and column are
 * on screen, else NULL (transfer none): for tests. */
GtkWidget     *fk_heatmap_table_get_cell_label (FkHeatmapTable *self,
                                                guint           item,
                                                guint           column);

/* Signals:
 * "cell-activated" (int capability, int municipality): Enter or a double
 *   click on a row gives its capability and −1; a click on a value cell
 *   gives its capability and its municipality (−1 in an aggregate
 *   column). Capability −1 in an area or municipality-mean row; area
 *   headings never activate. */

G_END_DECLS
