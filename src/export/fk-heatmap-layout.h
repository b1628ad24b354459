/* fk-heatmap-layout.h — the heatmap as a display list, computed without GTK
 *
 * Rows are the model's capabilities grouped by area (in the model's area
 * order, each area's capabilities in options->capability_order), each
 * area opened by a header row ("▾ Name", or "▸ Name" when collapsed to
 * one row of its area means); then, after a gap, the municipality-mean
 * row. Columns are the region's municipalities in
 * options->municipality_order (by size class, large first, with a divider
 * between the groups when options->group_by_size) and, at the right edge
 * after a gap, the aggregates of each row over all municipalities (mean,
 * median, min–max and three counts; docs/measures.md). Every position is in pixels at scale
 * 1 (points in PDF/SVG). fk-heatmap-render.c replays the list with cairo;
 * the app's widget will too, and use the full names for tooltips.
 *
 * "Not assessed" is an empty cell with a thin outline, "not applicable" a
 * light cell with a diagonal hatch: both differ from every level and from
 * each other by shape, not only by colour.
 *
 * Some aggregates are not defined for a row: the median, min–max and
 * counts of the municipality-mean row, and the counts of a collapsed
 * area (they are per capability). Their cells keep the kind
 * FK_HEATMAP_CELL_NOT_ASSESSED (no new kind: the enum is shared with the
 * app and the CLI), but fk_heatmap_cell_is_defined() tells them apart:
 * they are drawn as blank space, with no outline, and a table shows
 * them empty, not as "not assessed" or "no values".
 *
 * options->grid chooses what the rows are: the capabilities (the
 * heatmap above), the areas (the area overview: one row per area of the
 * model with capabilities, each cell a municipality's mean over the
 * area, no area headers; FK_CAPABILITY_ORDER_MEAN and _SPREAD order the
 * areas, fk_order_areas()), or the capabilities showing the change from
 * options->baseline to the snapshot (fk-round-change.h): each score cell
 * the difference on a diverging scale, "unchanged" with an equals sign,
 * "newly assessed" with a dot and "no longer assessed" with a ring, the
 * aggregates those of the differences, and the counts of how many rose
 * and fell instead of the three counts of a round
 * (docs/measures.md, "Change between rounds").
 */
#pragma once

#include <glib.h>
#include "fk-palette.h"
#include "fk-order.h"
#include "fk-anonymize.h"
#include "fk-round-snapshot.h"
#include "fk-round-change.h"

G_BEGIN_DECLS

typedef enum {
  FK_HEATMAP_CELL_VALUE,
  FK_HEATMAP_CELL_NOT_ASSESSED,
  FK_HEATMAP_CELL_NOT_APPLICABLE,
  FK_HEATMAP_CELL_TEXT,          /* an aggregate shown as text on a neutral fill (counts, min–max) */
  /* The change between rounds (options->grid FK_HEATMAP_GRID_CHANGE): */
  FK_HEATMAP_CELL_UNCHANGED,     /* both rounds, the same value: the middle colour and "=" */
  FK_HEATMAP_CELL_NEWLY_ASSESSED, /* a value in the later round only: white, a dot */
  FK_HEATMAP_CELL_NO_LONGER_ASSESSED, /* a value in the baseline only: white, a ring */
} FkHeatmapCellKind;

/* What the rows of the grid are (see the top of this file). */
typedef enum {
  FK_HEATMAP_GRID_CAPABILITIES,  /* capabilities grouped by area */
  FK_HEATMAP_GRID_AREAS,         /* the area overview */
  FK_HEATMAP_GRID_CHANGE,        /* capabilities, the change from options->baseline */
} FkHeatmapGrid;

/* What a row of the grid is. */
typedef enum {
  FK_HEATMAP_ROW_CAPABILITY,
  FK_HEATMAP_ROW_AREA,               /* a collapsed area: each municipality's area mean */
  FK_HEATMAP_ROW_MUNICIPALITY_MEAN,  /* the last row: each municipality's mean */
} FkHeatmapRowKind;

/* What a column of the grid is: a municipality, or an aggregate of the
 * row over all municipalities, at the right edge after a gap. */
typedef enum {
  FK_HEATMAP_COLUMN_MUNICIPALITY,
  FK_HEATMAP_COLUMN_MEAN,
  FK_HEATMAP_COLUMN_MEDIAN,
  FK_HEATMAP_COLUMN_MIN_MAX,
  FK_HEATMAP_COLUMN_LOW,             /* how many at level FK_LEVEL_LOW_MAX or below */
  FK_HEATMAP_COLUMN_CANNOT_SUSTAIN,  /* how many cannot sustain it alone (no, with difficulty) */
  FK_HEATMAP_COLUMN_INTERESTED,      /* how many are interested (yes, maybe) */
  FK_HEATMAP_COLUMN_ROSE,            /* change: how many rose, of those with a value in both rounds */
  FK_HEATMAP_COLUMN_FELL,            /* change: how many fell, of those */
} FkHeatmapColumnKind;

/* Which aggregates the grid shows (flags). */
typedef enum /*< flags >*/ {
  FK_HEATMAP_AGGREGATE_NONE           = 0,
  FK_HEATMAP_AGGREGATE_MEAN           = 1 << 0,
  FK_HEATMAP_AGGREGATE_MEDIAN         = 1 << 1,
  FK_HEATMAP_AGGREGATE_MIN_MAX        = 1 << 2,
  FK_HEATMAP_AGGREGATE_LOW            = 1 << 3,
  FK_HEATMAP_AGGREGATE_CANNOT_SUSTAIN = 1 << 4,
  FK_HEATMAP_AGGREGATE_INTERESTED     = 1 << 5,
  FK_HEATMAP_AGGREGATE_ROW_MEAN       = 1 << 6,  /* the municipality-mean row */
  FK_HEATMAP_AGGREGATE_ROSE           = 1 << 7,  /* change only */
  FK_HEATMAP_AGGREGATE_FELL           = 1 << 8,  /* change only */
} FkHeatmapAggregates;

/* Every aggregate, the default. A grid shows those it defines: the
 * counts of a round with capabilities, the rose and fell counts with the
 * change, neither with the areas. */
#define FK_HEATMAP_AGGREGATES_ALL ((FkHeatmapAggregates) 0x1ff)
#define FK_HEATMAP_AGGREGATES_DEFAULT FK_HEATMAP_AGGREGATES_ALL

/* Marks drawn on top of the current level (flags; only with
 * FK_MEASURE_CURRENT, ignored for the other measures). */
typedef enum /*< flags >*/ {
  FK_HEATMAP_OVERLAY_NONE    = 0,
  FK_HEATMAP_OVERLAY_TARGET  = 1 << 0,  /* a notch at the height of the target level */
  FK_HEATMAP_OVERLAY_SUSTAIN = 1 << 1,  /* an outline where it cannot be sustained alone */
} FkHeatmapOverlays;

typedef struct {
  double            x, y, w, h;
  FkHeatmapCellKind kind;
  double            rgb[3];       /* fill (white for the two marks) */
  double            text_rgb[3];  /* black or white, whichever contrasts more */
  double            value;        /* NAN unless kind is VALUE */
  char             *text;         /* the number shown, or an aggregate's text ("1–4", "9/14"); "" for none */
  int               capability;   /* index in model->capabilities; -1 in other rows */
  int               municipality; /* snapshot row; -1 in aggregate columns */
  int               area;         /* index in model->areas; -1 in the mean row */
  guint             row, col;     /* position in the grid (layout->rows, ->columns) */
  FkHeatmapRowKind  row_kind;
  FkHeatmapColumnKind column_kind;
  guint             n_values;     /* how many values an aggregate rests on (1 for a score) */
  double            target;       /* the target level for the overlay, NAN for none */
  gboolean          cannot_sustain; /* the sustain overlay's outline */
  double            before, after; /* change, a score cell: the measure in the baseline and in
                                    * the later round (NAN for none); NAN elsewhere */
} FkHeatmapCell;

typedef struct {
  double            y, h;
  FkHeatmapRowKind  kind;
  int               capability;   /* or -1 */
  int               area;         /* or -1 */
} FkHeatmapRow;

typedef struct {
  double              x, w;
  FkHeatmapColumnKind kind;
  int                 municipality; /* snapshot row, or -1 */
} FkHeatmapColumn;

/* A line between groups of columns (size classes), the height of the grid. */
typedef struct {
  double x0, y0, x1, y1;
} FkHeatmapDivider;

typedef struct {
  double  x, y, w, h;   /* the box the text is laid out in, before rotation */
  double  angle;        /* 0, or −G_PI/2: reads upwards, (x, y) is the bottom left */
  char   *text;         /* plain text (never markup); ellipsized to w when drawn */
  char   *full_text;    /* the whole name, for tooltips */
  double  font_size;    /* pixels */
  gboolean bold;
  int     index;        /* capability, municipality (−1: mean column) or area */
  int     max_lines;    /* wrapped onto at most this many lines; 0 or 1: one line */
} FkHeatmapLabel;

typedef struct {
  double            x, y, w, h;   /* the swatch */
  FkHeatmapCellKind kind;
  double            rgb[3];
  double            text_rgb[3];
  char             *value_text;   /* inside the swatch ("3"), or NULL */
  FkHeatmapLabel    label;        /* beside (marks) or below (steps) it; text may be "" */
  FkHeatmapOverlays overlay;      /* the mark drawn on the swatch as on a cell: NONE for
                                   * the steps and the two marks, TARGET (a notch at
                                   * @target) or SUSTAIN (the outline) for the overlays */
  double            target;       /* the notch's level with TARGET, else NAN */
} FkHeatmapLegendItem;

typedef struct {
  gboolean show_numbers;  /* numbers in the cells (default TRUE) */
  double   cell_size;     /* pixels (default 40) */
  double   font_scale;    /* 1.0 = the default font size */
  double   max_label_width; /* capability names (default 22 cells' worth of text: 420 px) */
  FkMunicipalityOrder municipality_order; /* default FK_MUNICIPALITY_ORDER_NAME */
  gboolean            group_by_size;      /* size classes, large first, with dividers */
  FkCapabilityOrder   capability_order;   /* within each area; default the model's */
  const char *const  *collapsed_areas;    /* area keys shown as one row (borrowed), or NULL */
  FkHeatmapAggregates aggregates;         /* default FK_HEATMAP_AGGREGATES_DEFAULT */
  FkHeatmapOverlays   overlays;           /* default none */
  /* Anonymised (docs/anonymization.md): the columns are named "Municipality
   * A", … by the anonymizer, in its letter order (municipality_order is
   * ignored: name, code and population would tell who is who; but
   * FK_MUNICIPALITY_ORDER_MEAN is kept, ties in letter order: a mean
   * tells who scores what, not who is who), grouped by
   * its merged size groups with group_by_size; its highlighted
   * municipality keeps its name, in bold, between two rules. Borrowed,
   * nullable (default NULL: real names). */
  FkAnonymizer       *anonymizer;
  FkHeatmapGrid       grid;               /* default FK_HEATMAP_GRID_CAPABILITIES */
  /* With FK_HEATMAP_GRID_CHANGE: the round compared with (the "from"),
   * borrowed; it must share the snapshot's model and municipalities
   * (fk_round_change_can_compare(): a precondition, check it first).
   * Ignored by the other grids. */
  FkRoundSnapshot    *baseline;
  /* For a projector (the app's presentation mode): the legend on one line,
   * its name before the swatches, less room above and below the title and
   * area headers only as high as their names, so that more rows fit the
   * height. Default FALSE. */
  gboolean            compact;
  /* Area headers start with ▸ (collapsed) or ▾ (open), as in a tree view:
   * on screen, where a click on them collapses the area; not in files
   * and on paper, where they mean nothing. Default FALSE. */
  gboolean            disclosure;
} FkHeatmapOptions;

typedef struct _FkHeatmapLayout FkHeatmapLayout;

struct _FkHeatmapLayout {
  double          width, height;
  double          font_size;     /* body text, pixels */
  FkMeasure       measure;
  FkPalette       palette;
  FkHeatmapLabel  title;         /* measure and round */
  GArray         *cells;         /* FkHeatmapCell, row by row: n_rows × n_cols */
  GArray         *rows;          /* FkHeatmapRow, top to bottom */
  GArray         *columns;       /* FkHeatmapColumn, left to right */
  GArray         *row_labels;    /* FkHeatmapLabel, one per row, in row order
                                  * (index: capability, area or −1) */
  GArray         *col_labels;    /* FkHeatmapLabel, one per column (rotated;
                                  * index: municipality or −1) */
  GArray         *area_headers;  /* FkHeatmapLabel, one per area with capabilities
                                  * (index: area) */
  GArray         *dividers;      /* FkHeatmapDivider between size groups, and
                                  * either side of the highlighted column */
  GArray         *group_labels;  /* FkHeatmapLabel, one per size group with
                                  * options->group_by_size, above its columns
                                  * (index: FkSizeClass, or FkSizeGroup with
                                  * options->anonymizer); empty otherwise */
  /* The frozen panes: the row labels are left of grid_x, the title and
   * the column labels above grid_y, the legend below legend_y. A
   * scrolling view keeps them in sight. */
  double          grid_x, grid_y, legend_y;
  FkHeatmapLabel  legend_title;  /* names the measure */
  GArray         *legend_items;  /* FkHeatmapLegendItem: the steps, the two marks,
                                  * then the overlays shown (target, sustain) */
  guint           n_rows;        /* rows of cells */
  guint           n_cols;        /* municipalities + aggregate columns */
  double          cell_font_size; /* the numbers in cells and swatches, pixels:
                                   * font_size, or less where the widest of them
                                   * would not fit its cell (one size for all) */
  int             highlight_col; /* the anonymizer's highlighted municipality's
                                  * column (framed by two dividers), or −1 */
  FkHeatmapGrid   grid;          /* what the rows are (options->grid) */
};

void             fk_heatmap_options_init (FkHeatmapOptions *options);

/* One aggregate's stable name (for the CLI and settings): "mean",
 * "median", "min-max", "low", "cannot-sustain", "interested", "row-mean".
 * FALSE (leaving @flag alone) for another word. */
gboolean         fk_heatmap_aggregate_from_string (const char          *name,
                                                   FkHeatmapAggregates *flag);
/* The name of one flag, or NULL for none or several. */
const char      *fk_heatmap_aggregate_to_string   (FkHeatmapAggregates  flag);
/* The grid's stable name: "capabilities", "areas", "change". */
gboolean         fk_heatmap_grid_from_string      (const char          *name,
                                                   FkHeatmapGrid       *grid);
const char      *fk_heatmap_grid_to_string        (FkHeatmapGrid        grid);
/* One overlay's stable name: "target", "sustain". */
gboolean         fk_heatmap_overlay_from_string   (const char          *name,
                                                   FkHeatmapOverlays   *flag);
const char      *fk_heatmap_overlay_to_string     (FkHeatmapOverlays    flag);

/* @language: "sv" or "en", for capability and area names and the number
 * format. @options may be NULL for the defaults.
 * Returns: (transfer full) */
FkHeatmapLayout *fk_heatmap_layout_new   (FkRoundSnapshot        *snapshot,
                                          FkMeasure               measure,
                                          FkPalette               palette,
                                          const char             *language,
                                          const FkHeatmapOptions *options);
void             fk_heatmap_layout_free  (FkHeatmapLayout        *layout);

/* The cell at grid position (@row, @col), or NULL. (transfer none) */
const FkHeatmapCell *fk_heatmap_layout_get_cell  (const FkHeatmapLayout *layout,
                                                  guint                  row,
                                                  guint                  col);
/* The cell of a capability (model index) and a municipality (snapshot row,
 * −1 for the MEAN column), or NULL (also for a capability of a collapsed
 * area, and for −1 without the mean column). Costs n_rows + n_cols: not
 * for a loop over every cell. (transfer none) */
const FkHeatmapCell *fk_heatmap_layout_find_cell (const FkHeatmapLayout *layout,
                                                  int                    capability,
                                                  int                    municipality);

/* FALSE for an aggregate that the cell's row does not have (see the top
 * of this file): nothing is drawn or said there. */
gboolean             fk_heatmap_cell_is_defined (const FkHeatmapCell *cell);

/* The name of a cell's mark as the legend shows it ("Not assessed",
 * "Not applicable", "Unchanged", "Newly assessed", "No longer assessed"),
 * translated; "" for a value or a text. (transfer none) */
const char          *fk_heatmap_mark_name (FkHeatmapCellKind kind);

/* A cell of the change view in words, for tooltips, the table and screen
 * readers: "Rose by 2, from 1 to 3", "Unchanged at 3", "Newly assessed:
 * 4", "No longer assessed (was 2)"; NULL for a cell of another kind or
 * grid. @language formats the numbers. (transfer full) (nullable) */
char                *fk_heatmap_cell_describe_change (const FkHeatmapLayout *layout,
                                                      const FkHeatmapCell   *cell,
                                                      const char            *language);

/* The legend in words, for screen readers: the measure, the range of the
 * colours and what each mark means (fk-heatmap-legend-text.c).
 * Returns: (transfer full) */
char                *fk_heatmap_layout_describe_legend (const FkHeatmapLayout *layout);

/* The colour of @value (NAN allowed: white) for @measure in @palette. */
void             fk_heatmap_value_rgb    (FkMeasure  measure,
                                          FkPalette  palette,
                                          double     value,
                                          double     rgb[3]);

/* A part of a heatmap too large for a page: a range of grid rows and of
 * grid columns, drawn with the title, the row labels of its rows, the
 * column labels of its columns and the legend (fk_heatmap_draw_part()),
 * so that every part reads on its own; one that starts in the middle of
 * an area repeats the area's name above its first row. Sizes in the
 * layout's units. */
typedef struct {
  guint  row0, n_rows;     /* grid rows row0 … row0 + n_rows − 1 */
  guint  col0, n_cols;     /* grid columns */
  double width, height;    /* the part as drawn */
  double x0, x1;           /* the layout's x range of the columns */
  double y0, y1;           /* the layout's y range of the rows (area headers included) */
  double legend_height;    /* the band under the grid: the legend */
  int    continued_area;   /* the area (model index) the part's first row continues
                            * from the part above, its name repeated over the rows
                            * ("▾ Name (continued)"); −1 for none */
  double continued_height; /* the band that name takes above the rows, or 0 */
} FkHeatmapPart;

/* The part of @n_rows rows from @row0 and @n_cols columns from @col0
 * (both ranges non-empty and inside the grid). */
void             fk_heatmap_part_init    (const FkHeatmapLayout *layout,
                                          guint                  row0,
                                          guint                  n_rows,
                                          guint                  col0,
                                          guint                  n_cols,
                                          FkHeatmapPart         *part);
/* The heatmap cut into parts of at most @max_width × @max_height (layout
 * units), row bands top to bottom, each band's parts left to right; one
 * part (the whole grid) when it fits. A part has at least one row and
 * one column even where that does not fit.
 * Returns: (transfer full) (element-type FkHeatmapPart) */
GArray          *fk_heatmap_layout_split (const FkHeatmapLayout *layout,
                                          double                 max_width,
                                          double                 max_height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkHeatmapLayout, fk_heatmap_layout_free)

G_END_DECLS
