/* fk-heatmap-layout.h — the heatmap as a display list, computed without GTK
 *
 * Rows are the model's capabilities grouped by area, each area opened by a
 * header row; columns are the region's municipalities in region order and,
 * at the right edge after a gap, the regional mean of the capability
 * (fk_matrix_column_mean, all sizes). Every position is in pixels at scale
 * 1 (points in PDF/SVG). fk-heatmap-render.c replays the list with cairo;
 * the app's widget will too, and use the full names for tooltips.
 *
 * "Not assessed" is an empty cell with a thin outline, "not applicable" a
 * light cell with a diagonal hatch: both differ from every level and from
 * each other by shape, not only by colour.
 */
#pragma once

#include <glib.h>
#include "fk-palette.h"
#include "fk-round-snapshot.h"

G_BEGIN_DECLS

typedef enum {
  FK_HEATMAP_CELL_VALUE,
  FK_HEATMAP_CELL_NOT_ASSESSED,
  FK_HEATMAP_CELL_NOT_APPLICABLE,
} FkHeatmapCellKind;

typedef struct {
  double            x, y, w, h;
  FkHeatmapCellKind kind;
  double            rgb[3];       /* fill (white for the two marks) */
  double            text_rgb[3];  /* black or white, whichever contrasts more */
  double            value;        /* NAN unless kind is VALUE */
  char             *text;         /* the number shown, "" for none */
  int               capability;   /* index in model->capabilities */
  int               municipality; /* snapshot row; -1 for the mean column */
} FkHeatmapCell;

typedef struct {
  double  x, y, w, h;   /* the box the text is laid out in, before rotation */
  double  angle;        /* 0, or −G_PI/2: reads upwards, (x, y) is the bottom left */
  char   *text;         /* plain text (never markup); ellipsized to w when drawn */
  char   *full_text;    /* the whole name, for tooltips */
  double  font_size;    /* pixels */
  gboolean bold;
  int     index;        /* capability, municipality (−1: mean column) or area */
} FkHeatmapLabel;

typedef struct {
  double            x, y, w, h;   /* the swatch */
  FkHeatmapCellKind kind;
  double            rgb[3];
  double            text_rgb[3];
  char             *value_text;   /* inside the swatch ("3"), or NULL */
  FkHeatmapLabel    label;        /* beside (marks) or below (steps) it; text may be "" */
} FkHeatmapLegendItem;

typedef struct {
  gboolean show_numbers;  /* numbers in the cells (default TRUE) */
  double   cell_size;     /* pixels (default 40) */
  double   font_scale;    /* 1.0 = the default font size */
  double   max_label_width; /* capability names (default 22 cells' worth of text: 420 px) */
} FkHeatmapOptions;

typedef struct _FkHeatmapLayout FkHeatmapLayout;

struct _FkHeatmapLayout {
  double          width, height;
  double          font_size;     /* body text, pixels */
  FkMeasure       measure;
  FkPalette       palette;
  FkHeatmapLabel  title;         /* measure and round */
  GArray         *cells;         /* FkHeatmapCell, row by row */
  GArray         *row_labels;    /* FkHeatmapLabel, one per capability */
  GArray         *col_labels;    /* FkHeatmapLabel, one per column (rotated) */
  GArray         *area_headers;  /* FkHeatmapLabel, one per area with capabilities */
  FkHeatmapLabel  legend_title;  /* names the measure */
  GArray         *legend_items;  /* FkHeatmapLegendItem: the steps, then the two marks */
  guint           n_rows;        /* capabilities */
  guint           n_cols;        /* municipalities + the mean column */
};

void             fk_heatmap_options_init (FkHeatmapOptions *options);

/* @language: "sv" or "en", for capability and area names and the number
 * format. @options may be NULL for the defaults.
 * Returns: (transfer full) */
FkHeatmapLayout *fk_heatmap_layout_new   (FkRoundSnapshot        *snapshot,
                                          FkMeasure               measure,
                                          FkPalette               palette,
                                          const char             *language,
                                          const FkHeatmapOptions *options);
void             fk_heatmap_layout_free  (FkHeatmapLayout        *layout);

/* The cell of a capability (model index) and a municipality (snapshot row,
 * −1 for the mean column), or NULL. (transfer none) */
const FkHeatmapCell *fk_heatmap_layout_find_cell (const FkHeatmapLayout *layout,
                                                  int                    capability,
                                                  int                    municipality);

/* The colour of @value (NAN allowed: white) for @measure in @palette. */
void             fk_heatmap_value_rgb    (FkMeasure  measure,
                                          FkPalette  palette,
                                          double     value,
                                          double     rgb[3]);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkHeatmapLayout, fk_heatmap_layout_free)

G_END_DECLS
