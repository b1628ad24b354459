/* fk-heatmap-view.c — the heatmap of one round as a widget
 *
 * The display list comes from export (fk_heatmap_layout_new), the same as
 * the exported files, made for cells of 40 px × zoom from the snapshot
 * kept (layouts are kept per zoom until the data changes). It is drawn
 * with fk_heatmap_draw once, kept until the layout changes (sysprof's
 * cached chart), and shown in five panes with clips and translations:
 * the cells scrolled both ways, the row names only up and down, the
 * column names only sideways, the title fixed, and the legend pinned to
 * the bottom. A small layout is one recorded node replayed in each pane;
 * a large one (over MAX_WHOLE_CELLS cells) is drawn only where it is
 * seen, into one picture per pane (textures for GL; for the cairo
 * renderer put together into one image per scroll position). The cursor
 * and the hover are drawn on top, so moving them draws nothing again.
 *
 * It follows the study only while mapped; hidden, it notes that it is
 * stale and recomputes on map. A cell cursor moved with the arrow keys
 * carries the accessible label (GTK 4.8 has no accessible objects for
 * drawn cells); tooltips give the whole score.
 *
 * Anonymised (options.anonymizer, held by the view): every name comes
 * from the layout's column labels, which the anonymizer made; a tooltip
 * leaves out who answered, and the comment unless show-comments is on
 * (docs/anonymization.md, "In the app").
 */
#define G_LOG_DOMAIN "fk-heatmap-view"
#include "config.h"
#include "fk-heatmap-view.h"
#include "fk-heatmap.h"
#include "fk-content-language.h"
#include "fk-core-enums.h"
#include "fk-export-enums.h"
#include "fk-score-summary.h"
#include "fk-study-snapshot.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#define BASE_CELL_SIZE 40.0
#define ZOOM_STEP      1.1
#define MAX_LAYOUTS    6
/* Up to this many cells the node holds all of the layout; beyond it only
 * the rows and columns in sight (and some around them once scrolled), so
 * that a large study is neither drawn nor replayed whole. */
#define MAX_WHOLE_CELLS 4000

/* Where the panes are on screen, in widget coordinates. */
typedef struct {
  double w, h;          /* the widget */
  double sx, sy;        /* scrolled by */
  double gx, gy;        /* the grid's top left (the frozen panes' edges) */
  double title_h;       /* the title band, fixed across the whole width */
  double legend_top;    /* where the legend is drawn */
  double legend_h;
} Panes;

/* The pictures of the panes (all the same node for a small layout). */
enum {
  TILE_CELLS,
  TILE_ROW_NAMES,
  TILE_COLUMN_NAMES,
  TILE_TITLE,
  TILE_LEGEND,
  N_TILES
};

struct _FkHeatmapView
{
  GtkWidget        parent_instance;

  FkStudy         *study;
  gint64           round_id;
  FkMeasure        measure;
  FkPalette        palette;

  FkHeatmapOptions options;
  GStrv            collapsed_areas; /* owned; options.collapsed_areas points here */
  gboolean         show_comments;   /* anonymised: comments in tooltips (never who answered) */
  FkRoundSnapshot *snapshot;        /* the round the layout shows */
  FkHeatmapGrid    grid;            /* asked for; options.grid is what is shown */
  gint64           baseline_round_id; /* the change's "from"; 0: the round before */
  FkRoundSnapshot *baseline;        /* read with the change grid; options.baseline */
  GHashTable      *layouts;         /* zoom in thousandths → FkHeatmapLayout, for this data */
  FkHeatmapLayout *layout;          /* the one shown, owned by layouts */
  double           zoom;
  gboolean         fit_width;
  double           text_scale;      /* 0: the text follows the zoom */
  gboolean         stale;           /* read the snapshot again on map */
  gboolean         stale_layout;    /* make the layout again on map */
  gboolean         follow_hidden;   /* keep current while unmapped (the page's table reads it) */
  guint            n_recomputes;
  guint            n_renders;       /* cairo replays into the cached node */
  guint            cursor_row;
  guint            cursor_col;
  int              hover_row;       /* −1: none */
  int              hover_col;

  /* What the panes show, drawn once: one node of all of the layout, or
   * for a large one a picture per pane of the part in sight. */
  GskRenderNode   *cache[N_TILES];
  const FkHeatmapLayout *cache_layout;
  gboolean         cache_whole;
  graphene_rect_t  cache_region;    /* of the grid drawn (layout coordinates) */
  double           cache_band_w;    /* width of the title and legend drawn */
  int              cache_scale;
  /* With the cairo renderer: the pictures as images, and the panes put
   * together into one frame, kept while nothing scrolls (a hover then
   * copies one image). */
  cairo_surface_t *pictures[N_TILES];
  graphene_rect_t  picture_rects[N_TILES];
  GskRenderNode   *frame;
  Panes            frame_panes;

  GtkAdjustment   *hadj;            /* NULL outside a scrolled window */
  GtkAdjustment   *vadj;
  guint            hscroll_policy : 1;
  guint            vscroll_policy : 1;
  double           scroll_ratio;    /* applied to the adjustments at the next allocation */
  gboolean         resize_pending;  /* a fitted zoom changed the size asked for */
  gboolean         scroll_pending;  /* set_cursor(): bring the cursor into view at each
                                     * allocation until the next frame is drawn */
  GdkFrameClock   *clock;           /* while realized, for its layout phase */
  gulong           clock_layout_id;
};

static void fk_heatmap_view_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FkHeatmapView, fk_heatmap_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE,
                                                      fk_heatmap_view_scrollable_init))

enum {
  PROP_0,
  PROP_STUDY,
  PROP_ROUND_ID,
  PROP_MEASURE,
  PROP_PALETTE,
  PROP_ZOOM,
  PROP_FIT_WIDTH,
  N_PROPS,
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_LAYOUT_CHANGED,
  SIGNAL_CELL_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];


static void
get_panes (FkHeatmapView *self,
           Panes         *p)
{
  const FkHeatmapLayout *l = self->layout;

  p->w = gtk_widget_get_width (GTK_WIDGET (self));
  p->h = gtk_widget_get_height (GTK_WIDGET (self));
  /* Whole pixels, so that text stays sharp. */
  p->sx = self->hadj != NULL ? round (gtk_adjustment_get_value (self->hadj)) : 0;
  p->sy = self->vadj != NULL ? round (gtk_adjustment_get_value (self->vadj)) : 0;
  p->gx = l->grid_x;
  p->gy = l->grid_y;
  p->title_h = CLAMP (l->title.y + l->title.h, 0, l->grid_y);
  p->legend_h = MAX (0, l->height - l->legend_y);
  /* At its place when the layout fits, else at the bottom of the view. */
  p->legend_top = MIN (l->legend_y - p->sy, p->h - p->legend_h);
  p->legend_top = MAX (p->legend_top, p->gy);
}

static gboolean
is_scrollable (FkHeatmapView *self)
{
  return self->hadj != NULL && self->vadj != NULL;
}

static const FkHeatmapCell *
cell_at_index (FkHeatmapView *self,
               guint          row,
               guint          col)
{
  if (self->layout == NULL)
    return NULL;
  return fk_heatmap_layout_get_cell (self->layout, row, col);
}

static const char *
label_text (GArray *labels,
            guint   i)
{
  const FkHeatmapLabel *label;

  if (labels == NULL || i >= labels->len)
    return "";
  label = &g_array_index (labels, FkHeatmapLabel, i);
  if (label->full_text != NULL)
    return label->full_text;
  return label->text != NULL ? label->text : "";
}

/* The row or column of the grid at @pos (binary search over their
 * geometry, which runs in order), or −1 in a gap. */
static int
find_row (const FkHeatmapLayout *l,
          double                 y)
{
  guint lo = 0, hi = l->rows != NULL ? MIN (l->rows->len, l->n_rows) : 0;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const FkHeatmapRow *r = &g_array_index (l->rows, FkHeatmapRow, mid);

      if (y < r->y)
        hi = mid;
      else if (y >= r->y + r->h)
        lo = mid + 1;
      else
        return (int) mid;
    }
  return -1;
}

static int
find_column (const FkHeatmapLayout *l,
             double                 x)
{
  guint lo = 0, hi = l->columns != NULL ? MIN (l->columns->len, l->n_cols) : 0;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const FkHeatmapColumn *c = &g_array_index (l->columns, FkHeatmapColumn, mid);

      if (x < c->x)
        hi = mid;
      else if (x >= c->x + c->w)
        lo = mid + 1;
      else
        return (int) mid;
    }
  return -1;
}

/* The first row whose bottom is below @y, and the first column whose
 * right edge is right of @x (n when none). */
static guint
first_row_after (const FkHeatmapLayout *l,
                 double                 y)
{
  guint lo = 0, hi = MIN (l->rows->len, l->n_rows);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const FkHeatmapRow *r = &g_array_index (l->rows, FkHeatmapRow, mid);

      if (r->y + r->h <= y)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static guint
first_column_after (const FkHeatmapLayout *l,
                    double                 x)
{
  guint lo = 0, hi = MIN (l->columns->len, l->n_cols);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const FkHeatmapColumn *c = &g_array_index (l->columns, FkHeatmapColumn, mid);

      if (c->x + c->w <= x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Widget coordinates to layout coordinates, through the pane there. */
static FkHeatmapViewPane
to_layout (FkHeatmapView *self,
           double         x,
           double         y,
           double        *lx,
           double        *ly)
{
  Panes p;
  FkHeatmapViewPane pane;

  if (self->layout == NULL)
    return FK_HEATMAP_VIEW_PANE_NONE;
  get_panes (self, &p);
  if (y >= p.legend_top)
    {
      *lx = x;
      *ly = y - p.legend_top + self->layout->legend_y;
      pane = FK_HEATMAP_VIEW_PANE_LEGEND;
    }
  else if (y < p.title_h)
    {
      *lx = x;
      *ly = y;
      pane = FK_HEATMAP_VIEW_PANE_CORNER;
    }
  else if (y < p.gy)
    {
      *lx = x < p.gx ? x : x + p.sx;
      *ly = y;
      pane = x < p.gx ? FK_HEATMAP_VIEW_PANE_CORNER : FK_HEATMAP_VIEW_PANE_COLUMN_LABELS;
    }
  else
    {
      *lx = x < p.gx ? x : x + p.sx;
      *ly = y + p.sy;
      pane = x < p.gx ? FK_HEATMAP_VIEW_PANE_ROW_LABELS : FK_HEATMAP_VIEW_PANE_GRID;
    }
  if (x < 0 || y < 0 || *lx >= self->layout->width || *ly >= self->layout->height)
    return FK_HEATMAP_VIEW_PANE_NONE;
  return pane;
}

/* The cell at widget coordinates, only in the grid pane. */
static const FkHeatmapCell *
cell_at_point (FkHeatmapView *self,
               double         x,
               double         y)
{
  int row, col;

  if (fk_heatmap_view_pick (self, x, y, &row, &col) != FK_HEATMAP_VIEW_PANE_GRID ||
      row < 0 || col < 0)
    return NULL;
  return cell_at_index (self, row, col);
}

/* The area whose header is at layout (@lx, @ly), or −1. */
static int
area_header_at (FkHeatmapView *self,
                double         lx,
                double         ly)
{
  GArray *headers = self->layout->area_headers;

  for (guint i = 0; headers != NULL && i < headers->len; i++)
    {
      const FkHeatmapLabel *h = &g_array_index (headers, FkHeatmapLabel, i);

      if (ly >= h->y && ly < h->y + h->h && lx >= h->x && lx < h->x + h->w)
        return h->index;
    }
  return -1;
}

static const char *
area_key (FkHeatmapView *self,
          int            area)
{
  FkModel *model;

  if (self->snapshot == NULL || area < 0)
    return NULL;
  model = fk_round_snapshot_get_model (self->snapshot);
  if ((guint) area >= model->areas->len)
    return NULL;
  return ((const FkArea *) g_ptr_array_index (model->areas, area))->key;
}

static gboolean
area_is_collapsed (FkHeatmapView *self,
                   const char    *key)
{
  return key != NULL && self->collapsed_areas != NULL &&
         g_strv_contains ((const char *const *) self->collapsed_areas, key);
}

/* ---- text ---------------------------------------------------------------- */

static char *
value_text (const FkHeatmapCell *cell)
{
  switch (cell->kind)
    {
    case FK_HEATMAP_CELL_NOT_ASSESSED:
      return g_strdup (_("Not assessed"));
    case FK_HEATMAP_CELL_NOT_APPLICABLE:
      return g_strdup (_("Not applicable"));
    case FK_HEATMAP_CELL_UNCHANGED:
    case FK_HEATMAP_CELL_NEWLY_ASSESSED:
    case FK_HEATMAP_CELL_NO_LONGER_ASSESSED:
      /* The change between rounds: the mark's name, never a bare "=". */
      return g_strdup (fk_heatmap_mark_name (cell->kind));
    case FK_HEATMAP_CELL_VALUE:
    case FK_HEATMAP_CELL_TEXT:
    default:
      if (cell->text != NULL && *cell->text != '\0')
        return g_strdup (cell->text);
      if (!isnan (cell->value))
        {
          char buf[G_ASCII_DTOSTR_BUF_SIZE];

          return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.1f", cell->value));
        }
      return g_strdup ("");
    }
}

static gboolean
is_score_cell (const FkHeatmapCell *cell)
{
  return cell->row_kind == FK_HEATMAP_ROW_CAPABILITY &&
         cell->column_kind == FK_HEATMAP_COLUMN_MUNICIPALITY &&
         cell->capability >= 0 && cell->municipality >= 0;
}

static const FkScore *
cell_score (FkHeatmapView       *self,
            const FkHeatmapCell *cell)
{
  if (self->snapshot == NULL ||
      (guint) cell->municipality >= fk_round_snapshot_get_n_rows (self->snapshot) ||
      (guint) cell->capability >= fk_round_snapshot_get_n_cols (self->snapshot))
    return NULL;
  return fk_round_snapshot_get_score (self->snapshot, cell->municipality, cell->capability);
}

/* "Uddevalla, Informationssäkerhet: level 3, target 4, cannot sustain
 * alone"; for an aggregate, "Uddevalla, Funding: 1" with the names of
 * its row and column. */
static char *
describe_cell (FkHeatmapView       *self,
               const FkHeatmapCell *cell)
{
  const char *row_name = label_text (self->layout->row_labels, cell->row);
  const char *col_name = label_text (self->layout->col_labels, cell->col);
  g_autofree char *value = NULL;

  if (is_score_cell (cell) && self->layout->grid == FK_HEATMAP_GRID_CHANGE)
    {
      /* The change between rounds: what changed, in words. */
      g_autofree char *change = fk_heatmap_cell_describe_change (self->layout, cell,
                                                                 fk_content_language (self->study));

      if (change != NULL)
        return g_strdup_printf (_("%s, %s: %s"), col_name, row_name, change);
    }
  if (is_score_cell (cell))
    {
      g_autofree char *summary = fk_score_summary_short (col_name, row_name, cell_score (self, cell));

      if (self->layout->measure == FK_MEASURE_CURRENT || cell->kind != FK_HEATMAP_CELL_VALUE ||
          cell->text == NULL || *cell->text == '\0')
        return g_steal_pointer (&summary);
      /* Another measure: what the cell shows first, then the answer.
       * Translators: a heatmap cell read aloud: the measure shown, its
       * value in the cell, then the whole answer, e.g. "Gap to target
       * +2. Uddevalla, Informationssäkerhet: level 2, target 4" */
      return g_strdup_printf (_("%s %s. %s"), fk_measure_get_label (self->layout->measure),
                              cell->text, summary);
    }
  value = value_text (cell);
  /* Translators: a heatmap cell: municipality, capability and value */
  return g_strdup_printf (_("%s, %s: %s"), col_name, row_name, value);
}

/* What an aggregate is and what it rests on: "Median: 3 (of 12
 * municipalities)". */
static char *
describe_aggregate (FkHeatmapView       *self,
                    const FkHeatmapCell *cell)
{
  const char *row_name = label_text (self->layout->row_labels, cell->row);
  const char *col_name = label_text (self->layout->col_labels, cell->col);
  g_autofree char *value = value_text (cell);
  g_autofree char *what = NULL;
  g_autofree char *rests = NULL;
  guint n = cell->n_values;

  switch (cell->column_kind)
    {
    case FK_HEATMAP_COLUMN_MEAN:
      /* Translators: an aggregate in the heatmap's tooltip, %s its value */
      what = g_strdup_printf (_("Mean: %s"), value);
      break;
    case FK_HEATMAP_COLUMN_MEDIAN:
      /* Translators: an aggregate in the heatmap's tooltip, %s its value */
      what = g_strdup_printf (_("Median: %s"), value);
      break;
    case FK_HEATMAP_COLUMN_MIN_MAX:
      /* Translators: an aggregate in the heatmap's tooltip, %s "1–4" */
      what = g_strdup_printf (_("Lowest–highest: %s"), value);
      break;
    case FK_HEATMAP_COLUMN_LOW:
      /* Translators: how many municipalities are at level %d or below; %s the count */
      what = g_strdup_printf (_("At level %d or below: %s"), FK_LEVEL_LOW_MAX, value);
      break;
    case FK_HEATMAP_COLUMN_CANNOT_SUSTAIN:
      /* Translators: how many cannot sustain the capability alone; %s the count */
      what = g_strdup_printf (_("Cannot sustain alone: %s"), value);
      break;
    case FK_HEATMAP_COLUMN_INTERESTED:
      /* Translators: how many are interested in collaborating; %s the count */
      what = g_strdup_printf (_("Interested in collaborating: %s"), value);
      break;
    case FK_HEATMAP_COLUMN_MUNICIPALITY:
    default:
      if (cell->row_kind == FK_HEATMAP_ROW_AREA)
        /* Translators: a municipality's mean over the capabilities of an area */
        what = g_strdup_printf (_("Area mean: %s"), value);
      else
        /* Translators: a municipality's mean over all capabilities */
        what = g_strdup_printf (_("Mean of the municipality: %s"), value);
      break;
    }

  if (cell->column_kind == FK_HEATMAP_COLUMN_MUNICIPALITY)
    {
      /* Translators: %s is an aggregate and its value ("Area mean: 2.5") */
      rests = g_strdup_printf (ngettext ("%s (of %u capability)", "%s (of %u capabilities)", n), what, n);
      return g_strdup_printf ("%s\n%s\n%s", col_name, row_name, rests);
    }
  if (cell->row_kind == FK_HEATMAP_ROW_CAPABILITY)
    /* Translators: %s is an aggregate and its value ("Median: 3") */
    rests = g_strdup_printf (ngettext ("%s (of %u municipality)", "%s (of %u municipalities)", n), what, n);
  else
    /* Translators: %s is an aggregate and its value ("Median: 3") */
    rests = g_strdup_printf (ngettext ("%s (of %u value)", "%s (of %u values)", n), what, n);
  return g_strdup_printf ("%s\n%s", row_name, rests);
}

static char *
tooltip_text (FkHeatmapView       *self,
              const FkHeatmapCell *cell)
{
  const FkScore *score;
  FkScore shown;

  if (!is_score_cell (cell))
    return describe_aggregate (self, cell);
  score = cell_score (self, cell);
  /* Anonymised: a person's name tells the room who this is, and a
   * comment may name places and people. */
  if (score != NULL && self->options.anonymizer != NULL)
    {
      shown = *score;
      shown.respondent = NULL;
      if (!self->show_comments)
        shown.comment = NULL;
      score = &shown;
    }
  return fk_score_summary_long (label_text (self->layout->col_labels, cell->col),
                                label_text (self->layout->row_labels, cell->row),
                                score, FK_SCORE_SUMMARY_COMMENT_CHARS);
}

static void
update_accessible_label (FkHeatmapView *self)
{
  g_autofree char *label = fk_heatmap_view_describe_cursor (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label != NULL ? label : _("Heatmap"),
                                  -1);
}

/* The legend in words as the description, which screen readers read:
 * once per new layout, not at every move of the cursor. */
static void
update_accessible_description (FkHeatmapView *self)
{
  g_autofree char *legend = self->layout != NULL ? fk_heatmap_layout_describe_legend (self->layout) : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  legend != NULL ? legend : "",
                                  -1);
}

/* ---- layouts ------------------------------------------------------------- */

static gpointer
zoom_key (double zoom)
{
  return GINT_TO_POINTER ((int) lround (zoom * 1000));
}

static gboolean
is_not_shown (gpointer key,
              gpointer value,
              gpointer user_data)
{
  FkHeatmapView *self = user_data;

  return value != self->layout;
}

/* The layout at @zoom, made from the snapshot kept if not made yet. */
static FkHeatmapLayout *
layout_for_zoom (FkHeatmapView *self,
                 double         zoom)
{
  FkHeatmapLayout *layout;
  FkHeatmapOptions options;

  if (self->snapshot == NULL)
    return NULL;
  layout = g_hash_table_lookup (self->layouts, zoom_key (zoom));
  if (layout != NULL)
    return layout;
  if (g_hash_table_size (self->layouts) >= MAX_LAYOUTS)
    g_hash_table_foreach_remove (self->layouts, is_not_shown, self);
  options = self->options;
  options.cell_size = BASE_CELL_SIZE * zoom;
  /* A click on an area's header collapses it: say so, as a tree does. */
  options.disclosure = TRUE;
  if (self->text_scale > 0)
    {
      /* A fixed text size: undo the zoom's share of it. The names' room
       * is then the caller's, in pixels (presentation mode sets it). */
      options.font_scale *= self->text_scale / zoom;
    }
  else
    /* The names' room grows with their font: as many letters at any zoom
     * (a fitted area overview is zoomed far in). */
    options.max_label_width = self->options.max_label_width * zoom;
  layout = fk_heatmap_layout_new (self->snapshot, self->measure, self->palette,
                                  fk_content_language (self->study), &options);
  g_hash_table_insert (self->layouts, zoom_key (zoom), layout);
  return layout;
}

/* Whether a layout @w wide fits @width closely enough: not wider, and
 * at most half a percent (4 px) narrower, or at the end of the clamp. */
static gboolean
fits (double w,
      double zoom,
      int    width)
{
  double slack = MAX (4, width * 0.005);

  if (w > width)
    return zoom <= FK_HEATMAP_VIEW_FIT_MIN;
  return w >= width - slack || zoom >= FK_HEATMAP_VIEW_FIT_MAX;
}

/* @zoom, or less if its layout is wider than @width: a fitted layout
 * scrolls only at the smallest zoom, as measure() tells the scrolled
 * window. A pixel too wide showed the scrollbar from inside the
 * allocation (the adjustments), which queued a resize there. */
static double
not_wider (FkHeatmapView *self,
           double         zoom,
           int            width)
{
  for (guint i = 0; i < 4 && zoom > FK_HEATMAP_VIEW_FIT_MIN; i++)
    {
      double w = layout_for_zoom (self, zoom)->width;

      if (w <= width)
        return zoom;
      zoom = MAX (FK_HEATMAP_VIEW_FIT_MIN, zoom * (width - 1) / w);
    }
  return layout_for_zoom (self, zoom)->width <= width ? zoom : FK_HEATMAP_VIEW_FIT_MIN;
}

/* The zoom at which the whole layout is @width wide, within the fit
 * clamp. The width grows linearly with the zoom but for the label column,
 * which stops at its maximum: a proportional step and a secant step
 * find it with at most two new layouts, both kept for the allocation
 * that follows the measure. The zoom shown is kept while it fits, so
 * that allocations do not lay out again for a pixel. Else the steps
 * start from zoom 1, not from the zoom shown, so that one width always
 * gives one zoom: the width grows by whole pixels per cell, a step can
 * miss the slack, and a search from the zoom shown then moved it again
 * at every allocation of the same width (and asked for a new size each
 * time). */
static double
fitted_zoom (FkHeatmapView *self,
             int            width)
{
  double target = width - 2;
  double z0 = CLAMP (self->zoom, FK_HEATMAP_VIEW_FIT_MIN, FK_HEATMAP_VIEW_FIT_MAX);
  double z1, z2, w0, w1;
  FkHeatmapLayout *l0, *l1;

  l0 = layout_for_zoom (self, z0);
  if (l0 == NULL || width <= 0)
    return z0;
  if (fits (l0->width, z0, width))
    return z0;
  z0 = CLAMP (1.0, FK_HEATMAP_VIEW_FIT_MIN, FK_HEATMAP_VIEW_FIT_MAX);
  l0 = layout_for_zoom (self, z0);
  w0 = l0->width;
  if (fits (w0, z0, width))
    return z0;
  z1 = CLAMP (z0 * target / w0, FK_HEATMAP_VIEW_FIT_MIN, FK_HEATMAP_VIEW_FIT_MAX);
  if (fabs (z1 - z0) < 1e-4)
    return z0;
  l1 = layout_for_zoom (self, z1);
  w1 = l1->width;
  if (fits (w1, z1, width) || fabs (w1 - w0) < 1)
    return not_wider (self, z1, width);
  z2 = z1 + (target - w1) * (z1 - z0) / (w1 - w0);
  return not_wider (self, CLAMP (z2, FK_HEATMAP_VIEW_FIT_MIN, FK_HEATMAP_VIEW_FIT_MAX), width);
}

static void
clear_tiles (FkHeatmapView *self)
{
  for (guint i = 0; i < N_TILES; i++)
    {
      g_clear_pointer (&self->cache[i], gsk_render_node_unref);
      g_clear_pointer (&self->pictures[i], cairo_surface_destroy);
    }
  g_clear_pointer (&self->frame, gsk_render_node_unref);
}

static void
drop_cache (FkHeatmapView *self)
{
  clear_tiles (self);
  self->cache_layout = NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
clamp_cursor (FkHeatmapView *self)
{
  if (self->layout == NULL)
    return;
  self->cursor_row = MIN (self->cursor_row, self->layout->n_rows > 0 ? self->layout->n_rows - 1 : 0);
  self->cursor_col = MIN (self->cursor_col, self->layout->n_cols > 0 ? self->layout->n_cols - 1 : 0);
}

/* Shows the layout at @zoom (same data). */
static void
show_zoom (FkHeatmapView *self,
           double         zoom)
{
  if (self->zoom != zoom)
    {
      self->scroll_ratio *= zoom / self->zoom;
      self->zoom = zoom;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }
  if (self->snapshot == NULL)
    return;
  self->layout = layout_for_zoom (self, zoom);
  self->hover_row = self->hover_col = -1;
  drop_cache (self);
}

/* A new layout from the snapshot kept: new measure, palette, options,
 * language or data. */
static void
relayout (FkHeatmapView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  self->stale_layout = FALSE;
  self->layout = NULL;
  g_hash_table_remove_all (self->layouts);
  if (self->snapshot != NULL)
    {
      if (self->fit_width && width > 0)
        show_zoom (self, fitted_zoom (self, width));
      self->layout = layout_for_zoom (self, self->zoom);
    }
  clamp_cursor (self);
  self->hover_row = self->hover_col = -1;
  update_accessible_label (self);
  update_accessible_description (self);
  drop_cache (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_signal_emit (self, signals[SIGNAL_LAYOUT_CHANGED], 0);
}

/* The round before @round_id in the study, or 0. */
static gint64
round_before (FkStudy *study,
              gint64   round_id)
{
  GPtrArray *rounds = fk_study_get_rounds (study);

  for (guint i = 1; i < rounds->len; i++)
    if (((const FkRound *) g_ptr_array_index (rounds, i))->id == round_id)
      return ((const FkRound *) g_ptr_array_index (rounds, i - 1))->id;
  return 0;
}

/* With the change grid, the baseline of the round @round_id shown: read
 * beside it, on the same occasions. The grid shown is the change only
 * when there is one to compare with. */
static void
read_baseline (FkHeatmapView *self,
               gint64         round_id)
{
  g_autoptr(GError) error = NULL;
  gint64 from_id;

  g_clear_pointer (&self->baseline, fk_round_snapshot_unref);
  self->options.baseline = NULL;
  self->options.grid = self->grid == FK_HEATMAP_GRID_CHANGE ? FK_HEATMAP_GRID_CAPABILITIES : self->grid;
  if (self->grid != FK_HEATMAP_GRID_CHANGE || self->snapshot == NULL)
    return;
  from_id = self->baseline_round_id != 0 ? self->baseline_round_id : round_before (self->study, round_id);
  if (from_id == 0)
    return;
  self->baseline = fk_study_read_snapshot (self->study, from_id, &error);
  if (self->baseline == NULL)
    {
      g_warning ("Could not read round %" G_GINT64_FORMAT ": %s", from_id, error->message);
      return;
    }
  if (!fk_round_change_can_compare (self->baseline, self->snapshot, &error))
    {
      g_warning ("%s", error->message);
      g_clear_pointer (&self->baseline, fk_round_snapshot_unref);
      return;
    }
  self->options.baseline = self->baseline;
  self->options.grid = FK_HEATMAP_GRID_CHANGE;
}

/* Reads the round again, then lays it out. */
static void
recompute (FkHeatmapView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  gint64 round_id = self->round_id;

  self->stale = FALSE;
  self->n_recomputes++;
  self->layout = NULL;
  g_hash_table_remove_all (self->layouts);
  g_clear_pointer (&self->snapshot, fk_round_snapshot_unref);
  g_clear_pointer (&self->baseline, fk_round_snapshot_unref);
  self->options.baseline = NULL;

  if (self->study != NULL && round_id == 0)
    {
      const FkRound *latest = fk_study_get_latest_round (self->study);
      round_id = latest != NULL ? latest->id : 0;
    }
  if (self->study != NULL && round_id != 0)
    {
      snapshot = fk_study_read_snapshot (self->study, round_id, &error);
      if (snapshot == NULL)
        g_warning ("Could not read round %" G_GINT64_FORMAT ": %s", round_id, error->message);
      else
        self->snapshot = g_steal_pointer (&snapshot);
    }
  read_baseline (self, round_id);
  relayout (self);
}

/* Shown, or asked to follow while hidden: work now, not on map. */
static gboolean
keeps_current (FkHeatmapView *self)
{
  return self->follow_hidden || gtk_widget_get_mapped (GTK_WIDGET (self));
}

/* New data: now if shown, else on map. */
static void
invalidate (FkHeatmapView *self)
{
  if (keeps_current (self))
    recompute (self);
  else
    self->stale = TRUE;
}

/* The same data shown otherwise (measure, palette, options, language):
 * a new layout from the snapshot kept. */
static void
invalidate_layout (FkHeatmapView *self)
{
  if (self->snapshot == NULL || self->stale)
    {
      invalidate (self);
      return;
    }
  if (!keeps_current (self))
    {
      self->stale_layout = TRUE;
      return;
    }
  self->n_recomputes++;
  relayout (self);
}

static void
on_study_changed (FkStudy             *study,
                  const FkStudyChange *change,
                  FkHeatmapView       *self)
{
  if (!(change->what & (FK_STUDY_CHANGE_ROUNDS | FK_STUDY_CHANGE_METADATA)) &&
      !fk_study_change_touches_scores (change, self->round_id, NULL) &&
      (self->baseline == NULL ||
       !fk_study_change_touches_scores (change, fk_round_snapshot_get_round_id (self->baseline), NULL)))
    return;
  invalidate (self);
}

/* ---- scrolling ----------------------------------------------------------- */

static void
scroll_into_view (GtkAdjustment *adj,
                  double         pos,
                  double         size)
{
  double page = gtk_adjustment_get_page_size (adj);
  double value = gtk_adjustment_get_value (adj);
  const double margin = 12;

  if (pos < 0)
    gtk_adjustment_set_value (adj, value + pos - margin);
  else if (pos + size > page)
    gtk_adjustment_set_value (adj, value + pos + size - page + margin);
}

/* Brings the content range [@pos, @pos + @size) into the visible range
 * [value, value + @visible) of @adj. */
static void
scroll_range_into_view (GtkAdjustment *adj,
                        double         pos,
                        double         size,
                        double         visible)
{
  double value = gtk_adjustment_get_value (adj);
  const double margin = 8;

  if (pos - margin < value || size + 2 * margin > visible)
    gtk_adjustment_set_value (adj, pos - margin);
  else if (pos + size + margin > value + visible)
    gtk_adjustment_set_value (adj, pos + size + margin - visible);
}

/* Keeps the cursor's cell in sight: between the frozen panes when the
 * view scrolls itself, else in the scrolled window around. */
static void
scroll_to_cursor (FkHeatmapView *self)
{
  const FkHeatmapCell *cell = cell_at_index (self, self->cursor_row, self->cursor_col);
  GtkWidget *scrolled, *viewport;
  double x, y;

  if (cell == NULL)
    return;
  if (is_scrollable (self))
    {
      Panes p;

      get_panes (self, &p);
      if (p.w <= 0 || p.h <= 0)
        return;
      /* The grid pane shows content x from gx + sx over w − gx, and y
       * from gy + sy down to the legend (at the bottom when scrolled). */
      scroll_range_into_view (self->hadj, cell->x - p.gx, cell->w, p.w - p.gx);
      /* A row asked for from elsewhere (set_cursor) in the middle, with
       * its neighbours around it; an arrow key only as far as needed. */
      if (self->scroll_pending)
        gtk_adjustment_set_value (self->vadj, cell->y - p.gy - (p.h - p.legend_h - p.gy - cell->h) / 2);
      else
        scroll_range_into_view (self->vadj, cell->y - p.gy, cell->h, p.h - p.legend_h - p.gy);
      return;
    }

  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  if (scrolled == NULL)
    return;
  viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  if (viewport == NULL)
    return;
  if (GTK_IS_VIEWPORT (viewport) && gtk_viewport_get_child (GTK_VIEWPORT (viewport)) == GTK_WIDGET (self))
    {
      /* From the adjustments, not the allocation: that lags behind a
       * scroll until the next frame, and keys may come faster. */
      x = gtk_widget_get_margin_start (GTK_WIDGET (self)) + cell->x -
          gtk_adjustment_get_value (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled)));
      y = gtk_widget_get_margin_top (GTK_WIDGET (self)) + cell->y -
          gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)));
    }
  else if (!gtk_widget_translate_coordinates (GTK_WIDGET (self), viewport, cell->x, cell->y, &x, &y))
    return;
  scroll_into_view (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled)), x, cell->w);
  scroll_into_view (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), y, cell->h);
}

static void
configure_adjustment (GtkAdjustment *adj,
                      double         size,
                      double         page,
                      double         step,
                      double         page_increment,
                      double         ratio)
{
  double upper = MAX (size, page);
  double value = gtk_adjustment_get_value (adj) * ratio;

  gtk_adjustment_configure (adj, CLAMP (value, 0, upper - page), 0, upper,
                            step, MAX (step, page_increment), page);
}

static void
configure_adjustments (FkHeatmapView *self)
{
  Panes p;
  double ratio = self->scroll_ratio;
  double cell = BASE_CELL_SIZE * self->zoom;

  self->scroll_ratio = 1.0;
  if (!is_scrollable (self) || self->layout == NULL)
    return;
  get_panes (self, &p);
  configure_adjustment (self->hadj, self->layout->width, p.w, cell,
                        (p.w - p.gx) * 0.9, ratio);
  configure_adjustment (self->vadj, self->layout->height, p.h, cell,
                        (p.h - p.gy - p.legend_h) * 0.9, ratio);
}

static void
on_adjustment_value_changed (FkHeatmapView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (FkHeatmapView  *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adj,
                guint           prop)
{
  if (*slot == adj)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, on_adjustment_value_changed, self);
  g_set_object (slot, adj);
  if (adj != NULL)
    {
      g_signal_connect_swapped (adj, "value-changed", G_CALLBACK (on_adjustment_value_changed), self);
      configure_adjustments (self);
    }
  /* Scrolled or not changes the minimum width (measure). */
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify (G_OBJECT (self), prop == PROP_HADJUSTMENT ? "hadjustment" : "vadjustment");
}

static gboolean
get_border (GtkScrollable *scrollable,
            GtkBorder     *border)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (scrollable);

  if (self->layout == NULL)
    return FALSE;
  /* Not the row label column on the left: GtkScrolledWindow adds the
   * border to its minimum width, and the page must still fit a phone. The
   * horizontal scrollbar runs under the labels instead. */
  border->left = 0;
  border->top = (gint16) self->layout->grid_y;
  border->right = 0;
  border->bottom = (gint16) MAX (0, self->layout->height - self->layout->legend_y);
  return TRUE;
}

static void
fk_heatmap_view_scrollable_init (GtkScrollableInterface *iface)
{
  iface->get_border = get_border;
}

/* ---- input --------------------------------------------------------------- */

static void
zoom_by (FkHeatmapView *self,
         double         factor)
{
  fk_heatmap_view_set_zoom (self, self->zoom * factor);
}

static void
activate_cell (FkHeatmapView       *self,
               const FkHeatmapCell *cell)
{
  g_signal_emit (self, signals[SIGNAL_CELL_ACTIVATED], 0, cell->capability, cell->municipality);
}

/* Collapses (@collapse) or expands the area of the cursor's row. */
static gboolean
collapse_cursor_area (FkHeatmapView *self,
                      gboolean       collapse)
{
  const FkHeatmapRow *row;
  const char *key;

  if (self->layout == NULL || self->cursor_row >= self->layout->rows->len)
    return FALSE;
  row = &g_array_index (self->layout->rows, FkHeatmapRow, self->cursor_row);
  key = area_key (self, row->area);
  if (key == NULL || area_is_collapsed (self, key) == collapse)
    return FALSE;
  fk_heatmap_view_toggle_area (self, key);
  return TRUE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                FkHeatmapView         *self)
{
  const FkHeatmapCell *cell;

  if (state & GDK_CONTROL_MASK)
    switch (keyval)
      {
      case GDK_KEY_plus: case GDK_KEY_equal: case GDK_KEY_KP_Add:
        zoom_by (self, ZOOM_STEP);
        return TRUE;
      case GDK_KEY_minus: case GDK_KEY_KP_Subtract:
        zoom_by (self, 1 / ZOOM_STEP);
        return TRUE;
      case GDK_KEY_0: case GDK_KEY_KP_0:
        fk_heatmap_view_set_fit_width (self, TRUE);
        return TRUE;
      default:
        return FALSE;
      }

  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left:
      fk_heatmap_view_move_cursor (self, 0, -1);
      return TRUE;
    case GDK_KEY_Right: case GDK_KEY_KP_Right:
      fk_heatmap_view_move_cursor (self, 0, 1);
      return TRUE;
    case GDK_KEY_Up: case GDK_KEY_KP_Up:
      fk_heatmap_view_move_cursor (self, -1, 0);
      return TRUE;
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      fk_heatmap_view_move_cursor (self, 1, 0);
      return TRUE;
    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_ISO_Enter:
    case GDK_KEY_space: case GDK_KEY_KP_Space:
      cell = cell_at_index (self, self->cursor_row, self->cursor_col);
      if (cell == NULL)
        return FALSE;
      activate_cell (self, cell);
      return TRUE;
    case GDK_KEY_minus: case GDK_KEY_KP_Subtract:
      return collapse_cursor_area (self, TRUE);
    case GDK_KEY_plus: case GDK_KEY_KP_Add:
      return collapse_cursor_area (self, FALSE);
    default:
      return FALSE;
    }
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           FkHeatmapView            *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(state & GDK_CONTROL_MASK) || dy == 0)
    return FALSE;   /* the scrolled window scrolls */
  zoom_by (self, pow (ZOOM_STEP, -dy));
  return TRUE;
}

static void
set_hover (FkHeatmapView *self,
           int            row,
           int            col)
{
  if (self->hover_row == row && self->hover_col == col)
    return;
  self->hover_row = row;
  self->hover_col = col;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           FkHeatmapView            *self)
{
  int row = -1, col = -1;

  if (fk_heatmap_view_pick (self, x, y, &row, &col) != FK_HEATMAP_VIEW_PANE_GRID ||
      cell_at_index (self, MAX (row, 0), MAX (col, 0)) == NULL || row < 0 || col < 0)
    row = col = -1;
  set_hover (self, row, col);
}

static void
leave_cb (GtkEventControllerMotion *controller,
          FkHeatmapView            *self)
{
  set_hover (self, -1, -1);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            FkHeatmapView   *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* On release, not press: a touch that drags scrolls (the scrolled
 * window's gesture takes over and this click stops) and activates
 * nothing. */
static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             FkHeatmapView   *self)
{
  FkHeatmapViewPane pane;
  const FkHeatmapCell *cell;
  double lx = 0, ly = 0;
  int row = -1, col = -1, area;

  if (self->layout == NULL)
    return;
  pane = fk_heatmap_view_pick (self, x, y, &row, &col);
  if (pane == FK_HEATMAP_VIEW_PANE_GRID && row >= 0 && col >= 0 &&
      (cell = cell_at_index (self, row, col)) != NULL)
    {
      self->cursor_row = row;
      self->cursor_col = col;
      update_accessible_label (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      activate_cell (self, cell);
      return;
    }
  if (pane != FK_HEATMAP_VIEW_PANE_GRID && pane != FK_HEATMAP_VIEW_PANE_ROW_LABELS)
    return;
  to_layout (self, x, y, &lx, &ly);
  area = area_header_at (self, lx, ly);
  /* A collapsed area is one row: its name expands it again. */
  if (area < 0 && pane == FK_HEATMAP_VIEW_PANE_ROW_LABELS && row >= 0 &&
      g_array_index (self->layout->rows, FkHeatmapRow, row).kind == FK_HEATMAP_ROW_AREA)
    area = g_array_index (self->layout->rows, FkHeatmapRow, row).area;
  if (area_key (self, area) != NULL)
    fk_heatmap_view_toggle_area (self, area_key (self, area));
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (widget);
  const FkHeatmapCell *cell;
  g_autofree char *text = NULL;
  Panes p;

  if (self->layout == NULL)
    return FALSE;
  if (keyboard_mode)
    cell = cell_at_index (self, self->cursor_row, self->cursor_col);
  else
    cell = cell_at_point (self, x, y);
  if (cell == NULL)
    {
      /* A name, whole: long ones are shortened where drawn. */
      text = keyboard_mode ? NULL : fk_heatmap_view_get_tooltip_at (self, x, y);
      if (text == NULL)
        return FALSE;
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }
  text = tooltip_text (self, cell);
  gtk_tooltip_set_text (tooltip, text);
  /* Asked again when the pointer leaves the cell. */
  get_panes (self, &p);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) (cell->x - p.sx), (int) (cell->y - p.sy),
                                                       (int) cell->w, (int) cell->h });
  return TRUE;
}

/* ---- drawing ------------------------------------------------------------- */

/* The part (@cx, @cy, @cw, @ch) of the widget shows the cached node
 * moved by (@dx, @dy). */
static void
append_pane (GtkSnapshot   *snapshot,
             GskRenderNode *node,
             double         cx,
             double         cy,
             double         cw,
             double         ch,
             double         dx,
             double         dy)
{
  if (node == NULL || cw <= 0 || ch <= 0)
    return;
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (cx, cy, cw, ch));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (dx, dy));
  gtk_snapshot_append_node (snapshot, node);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
}

static void
append_outline (GtkSnapshot *snapshot,
                double       x,
                double       y,
                double       w,
                double       h,
                float        width,
                GdkRGBA      colour)
{
  GskRoundedRect rect;
  const float widths[4] = { width, width, width, width };
  const GdkRGBA colours[4] = { colour, colour, colour, colour };

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, w, h), 0);
  gtk_snapshot_append_border (snapshot, &rect, widths, colours);
}

/* The hover: a band across its row (its name included) and its column
 * (its name included), and an outline around the cell. */
static void
append_hover (FkHeatmapView *self,
              GtkSnapshot   *snapshot,
              const Panes   *p)
{
  const GdkRGBA band = { 0.21, 0.52, 0.89, 0.22 };
  const FkHeatmapRow *row;
  const FkHeatmapColumn *column;
  const FkHeatmapCell *cell;

  if (self->hover_row < 0 || self->hover_col < 0 ||
      (guint) self->hover_row >= self->layout->rows->len ||
      (guint) self->hover_col >= self->layout->columns->len ||
      (cell = cell_at_index (self, self->hover_row, self->hover_col)) == NULL)
    return;
  row = &g_array_index (self->layout->rows, FkHeatmapRow, self->hover_row);
  column = &g_array_index (self->layout->columns, FkHeatmapColumn, self->hover_col);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, p->gy, p->w, p->legend_top - p->gy));
  gtk_snapshot_append_color (snapshot, &band, &GRAPHENE_RECT_INIT (0, row->y - p->sy, MIN (p->w, self->layout->width),
                                                                   row->h));
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (p->gx, p->title_h, p->w - p->gx, p->legend_top - p->title_h));
  gtk_snapshot_append_color (snapshot, &band, &GRAPHENE_RECT_INIT (column->x - p->sx, p->title_h, column->w,
                                                                   p->legend_top - p->title_h));
  gtk_snapshot_pop (snapshot);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (p->gx, p->gy, p->w - p->gx, p->legend_top - p->gy));
  append_outline (snapshot, cell->x - p->sx - 1, cell->y - p->sy - 1, cell->w + 2, cell->h + 2, 2,
                  (GdkRGBA) { 0, 0, 0, 0.9 });
  append_outline (snapshot, cell->x - p->sx + 1, cell->y - p->sy + 1, cell->w - 2, cell->h - 2, 1,
                  (GdkRGBA) { 1, 1, 1, 0.9 });
  gtk_snapshot_pop (snapshot);
}

/* The cell cursor: black and white, visible on every colour. */
static void
append_cursor (FkHeatmapView *self,
               GtkSnapshot   *snapshot,
               const Panes   *p)
{
  const FkHeatmapCell *cell = cell_at_index (self, self->cursor_row, self->cursor_col);
  const GdkRGBA black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 };
  double x, y;

  if (cell == NULL || !gtk_widget_has_focus (GTK_WIDGET (self)))
    return;
  x = cell->x - p->sx;
  y = cell->y - p->sy;
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (p->gx - 3, p->gy - 3, p->w - p->gx + 3,
                                                         p->legend_top - p->gy + 3));
  append_outline (snapshot, x - 2, y - 2, cell->w + 4, cell->h + 4, 3, black);
  append_outline (snapshot, x + 1, y + 1, cell->w - 2, cell->h - 2, 2, white);
  gtk_snapshot_pop (snapshot);
}

/* The rows [*first, *end) that reach into [@y0, @y1), and the columns
 * that reach into [@x0, @x1). */
static void
row_range (const FkHeatmapLayout *l,
           double                 y0,
           double                 y1,
           guint                 *first,
           guint                 *end)
{
  guint n = MIN (l->rows->len, l->n_rows);

  *first = first_row_after (l, y0);
  *end = first_row_after (l, y1);
  if (*end < n && g_array_index (l->rows, FkHeatmapRow, *end).y < y1)
    (*end)++;
}

static void
column_range (const FkHeatmapLayout *l,
              double                 x0,
              double                 x1,
              guint                 *first,
              guint                 *end)
{
  guint n = MIN (l->columns->len, l->n_cols);

  *first = first_column_after (l, x0);
  *end = first_column_after (l, x1);
  if (*end < n && g_array_index (l->columns, FkHeatmapColumn, *end).x < x1)
    (*end)++;
}

static GArray *
copy_range (GArray *array,
            guint   first,
            guint   end)
{
  GArray *part = g_array_sized_new (FALSE, FALSE, g_array_get_element_size (array), end - first);

  if (end > first)
    g_array_append_vals (part, array->data + (gsize) first * g_array_get_element_size (array), end - first);
  return part;
}

/* What draw_part draws. */
typedef enum {
  PART_CELLS        = 1 << 0,
  PART_ROW_NAMES    = 1 << 1,
  PART_COLUMN_NAMES = 1 << 2,
  PART_TITLE        = 1 << 3,
  PART_LEGEND       = 1 << 4,
} Parts;

/* Draws @parts of the layout, only the rows and columns that reach into
 * @region: the layout with shallow copies of those parts (the strings
 * stay the layout's), the rest left out. */
static void
draw_part (const FkHeatmapLayout *l,
           cairo_t               *cr,
           Parts                  parts,
           const graphene_rect_t *region)
{
  FkHeatmapLayout part = *l;
  double y0 = region->origin.y, y1 = region->origin.y + region->size.height;
  guint r0, r1, c0, c1;

  row_range (l, y0, y1, &r0, &r1);
  column_range (l, region->origin.x, region->origin.x + region->size.width, &c0, &c1);
  part.cells = g_array_new (FALSE, FALSE, sizeof (FkHeatmapCell));
  for (guint r = r0; (parts & PART_CELLS) && r < r1 && c0 < c1; r++)
    g_array_append_vals (part.cells, &g_array_index (l->cells, FkHeatmapCell, r * l->n_cols + c0), c1 - c0);
  part.row_labels = copy_range (l->row_labels, r0, (parts & PART_ROW_NAMES) ? r1 : r0);
  part.col_labels = copy_range (l->col_labels, c0, (parts & PART_COLUMN_NAMES) ? c1 : c0);
  /* Area headers run across the names and the cells. */
  part.area_headers = g_array_new (FALSE, FALSE, sizeof (FkHeatmapLabel));
  for (guint i = 0; (parts & (PART_CELLS | PART_ROW_NAMES)) && i < l->area_headers->len; i++)
    {
      const FkHeatmapLabel *h = &g_array_index (l->area_headers, FkHeatmapLabel, i);

      if (h->y + h->h >= y0 && h->y <= y1)
        g_array_append_vals (part.area_headers, h, 1);
    }
  if (!(parts & PART_TITLE))
    part.title.text = NULL;
  if (!(parts & PART_LEGEND))
    {
      part.legend_title.text = NULL;
      part.legend_items = g_array_new (FALSE, FALSE, sizeof (FkHeatmapLegendItem));
    }
  fk_heatmap_draw (&part, cr);
  g_array_unref (part.cells);
  g_array_unref (part.row_labels);
  g_array_unref (part.col_labels);
  g_array_unref (part.area_headers);
  if (!(parts & PART_LEGEND))
    g_array_unref (part.legend_items);
}

/* Whether the rows and columns of the layout can be drawn in parts. */
static gboolean
can_draw_part (const FkHeatmapLayout *l)
{
  return l->cells->len == l->n_rows * l->n_cols &&
         l->rows->len == l->n_rows && l->columns->len == l->n_cols &&
         l->row_labels->len == l->n_rows && l->col_labels->len == l->n_cols &&
         l->cells->len > MAX_WHOLE_CELLS;
}

/* A picture of @parts within @rect (layout coordinates), rasterized once
 * at @scale: a frame (a hover, a scroll) only copies its pixels. Opaque:
 * the layout has a white background. */
static cairo_surface_t *
draw_picture (const FkHeatmapLayout *l,
              Parts                  parts,
              const graphene_rect_t *rect,
              const graphene_rect_t *region,
              int                    scale)
{
  int pw = (int) ceil (rect->size.width * scale), ph = (int) ceil (rect->size.height * scale);
  cairo_surface_t *surface;
  cairo_t *cr;

  if (pw <= 0 || ph <= 0)
    return NULL;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  cairo_translate (cr, -rect->origin.x, -rect->origin.y);
  draw_part (l, cr, parts, region);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* A GL renderer uploads a texture once and keeps it. (With the cairo
 * renderer of GTK 4.8 a texture node is converted again at every frame.) */
static GskRenderNode *
texture_node (cairo_surface_t       *surface,
              const graphene_rect_t *rect)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) bytes = NULL;
  int stride, height;

  if (surface == NULL)
    return NULL;
  stride = cairo_image_surface_get_stride (surface);
  height = cairo_image_surface_get_height (surface);
  /* The texture reads the surface's pixels, which it keeps alive. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface), (gsize) stride * height,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  texture = gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                    GDK_MEMORY_DEFAULT, bytes, stride);
  return gsk_texture_node_new (texture, rect);
}

/* Draws what the panes show, unless it is drawn already: all of a small
 * layout into one node (recorded, replayed in each pane), or, for a
 * large one, a picture per pane of the part in sight. */
static void
ensure_cache (FkHeatmapView *self,
              const Panes   *p)
{
  const FkHeatmapLayout *l = self->layout;
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  gboolean for_cairo = native == NULL || GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (native));
  graphene_rect_t sight, region;
  gboolean same = (self->cache[TILE_CELLS] != NULL || self->pictures[TILE_CELLS] != NULL) &&
                  self->cache_layout == l;
  double band_w;

  if (!can_draw_part (l))
    {
      GtkSnapshot *sub;
      cairo_t *cr;

      if (same && self->cache_whole)
        return;
      clear_tiles (self);
      sub = gtk_snapshot_new ();
      cr = gtk_snapshot_append_cairo (sub, &GRAPHENE_RECT_INIT (0, 0, l->width, l->height));
      fk_heatmap_draw (l, cr);
      cairo_destroy (cr);
      self->cache[0] = gtk_snapshot_free_to_node (sub);
      for (guint i = 1; i < N_TILES; i++)
        self->cache[i] = self->cache[0] != NULL ? gsk_render_node_ref (self->cache[0]) : NULL;
      self->cache_layout = l;
      self->cache_whole = TRUE;
      self->n_renders++;
      return;
    }

  /* The grid in sight, in layout coordinates. */
  graphene_rect_init (&sight, p->gx + p->sx, p->gy + p->sy,
                      MAX (0, p->w - p->gx), MAX (0, p->legend_top - p->gy));
  if (same && !self->cache_whole && self->cache_scale == scale &&
      (self->cache_band_w >= p->w || self->cache_band_w >= l->width) &&
      graphene_rect_contains_rect (&self->cache_region, &sight))
    return;

  /* Scrolled out of the part drawn: draw a third of a view more on
   * every side, so that the next steps of the scroll reuse it. The
   * first drawing of a layout is only what is in sight, to be quick. */
  region = sight;
  if (same && !self->cache_whole)
    graphene_rect_inset (&region, -sight.size.width / 3, -sight.size.height / 3);
  {
    double x0 = MAX (region.origin.x, l->grid_x), y0 = MAX (region.origin.y, l->grid_y);
    double x1 = MIN (region.origin.x + region.size.width, l->width);
    double y1 = MIN (region.origin.y + region.size.height, l->legend_y);

    graphene_rect_init (&region, x0, y0, MAX (0, x1 - x0), MAX (0, y1 - y0));
  }
  band_w = MIN (l->width, p->w);

  clear_tiles (self);
  self->picture_rects[TILE_CELLS] = region;
  graphene_rect_init (&self->picture_rects[TILE_ROW_NAMES], 0, region.origin.y, l->grid_x, region.size.height);
  graphene_rect_init (&self->picture_rects[TILE_COLUMN_NAMES], region.origin.x, 0, region.size.width, l->grid_y);
  graphene_rect_init (&self->picture_rects[TILE_TITLE], 0, 0, band_w, l->grid_y);
  graphene_rect_init (&self->picture_rects[TILE_LEGEND], 0, l->legend_y, band_w, MAX (0, l->height - l->legend_y));
  for (guint i = 0; i < N_TILES; i++)
    {
      static const Parts parts[N_TILES] = {
        [TILE_CELLS] = PART_CELLS, [TILE_ROW_NAMES] = PART_ROW_NAMES,
        [TILE_COLUMN_NAMES] = PART_COLUMN_NAMES, [TILE_TITLE] = PART_TITLE,
        [TILE_LEGEND] = PART_LEGEND,
      };

      self->pictures[i] = draw_picture (l, parts[i], &self->picture_rects[i], &region, scale);
      if (!for_cairo)
        {
          self->cache[i] = texture_node (self->pictures[i], &self->picture_rects[i]);
          g_clear_pointer (&self->pictures[i], cairo_surface_destroy);
        }
    }
  self->cache_layout = l;
  self->cache_whole = FALSE;
  self->cache_region = region;
  self->cache_band_w = band_w;
  self->cache_scale = scale;
  self->n_renders++;
}

/* Which picture each pane shows, where, and moved by how much. */
typedef struct {
  guint  tile;
  double cx, cy, cw, ch;   /* the pane (widget coordinates) */
  double dx, dy;           /* layout to widget */
} PaneDraw;

/* The panes in drawing order: scrolled both ways, the frozen names, the
 * title, the legend last (on its own background, over what scrolls
 * behind it). */
static guint
list_panes (FkHeatmapView *self,
            const Panes   *p,
            PaneDraw       d[6])
{
  guint n = 0;

  d[n++] = (PaneDraw) { TILE_CELLS, p->gx, p->gy, p->w - p->gx, p->legend_top - p->gy, -p->sx, -p->sy };
  d[n++] = (PaneDraw) { TILE_ROW_NAMES, 0, p->gy, p->gx, p->legend_top - p->gy, 0, -p->sy };
  d[n++] = (PaneDraw) { TILE_COLUMN_NAMES, p->gx, p->title_h, p->w - p->gx, p->gy - p->title_h, -p->sx, 0 };
  d[n++] = (PaneDraw) { TILE_TITLE, 0, p->title_h, p->gx, p->gy - p->title_h, 0, 0 };
  d[n++] = (PaneDraw) { TILE_TITLE, 0, 0, p->w, p->title_h, 0, 0 };
  if (p->legend_h > 0 && p->legend_top < p->h)
    d[n++] = (PaneDraw) { TILE_LEGEND, 0, p->legend_top, p->w, p->legend_h, 0,
                          p->legend_top - self->layout->legend_y };
  return n;
}

/* The cairo renderer: the panes put together into one image, once per
 * scroll position. */
static void
append_frame (FkHeatmapView  *self,
              GtkSnapshot    *snapshot,
              const Panes    *p,
              const PaneDraw *d,
              guint           n)
{
  if (self->frame == NULL || memcmp (&self->frame_panes, p, sizeof *p) != 0)
    {
      int scale = self->cache_scale;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (p->w * scale),
                                                             (int) ceil (p->h * scale));
      cairo_t *cr = cairo_create (surface);

      cairo_surface_set_device_scale (surface, scale, scale);
      for (guint i = 0; i < n; i++)
        {
          const graphene_rect_t *r = &self->picture_rects[d[i].tile];

          if (self->pictures[d[i].tile] == NULL || d[i].cw <= 0 || d[i].ch <= 0)
            continue;
          cairo_save (cr);
          cairo_rectangle (cr, d[i].cx, d[i].cy, d[i].cw, d[i].ch);
          cairo_clip (cr);
          if (d[i].tile == TILE_LEGEND)
            {
              cairo_set_source_rgb (cr, 1, 1, 1);
              cairo_paint (cr);
            }
          cairo_set_source_surface (cr, self->pictures[d[i].tile], r->origin.x + d[i].dx, r->origin.y + d[i].dy);
          cairo_paint (cr);
          cairo_restore (cr);
        }
      cairo_destroy (cr);
      g_clear_pointer (&self->frame, gsk_render_node_unref);
      self->frame = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, p->w, p->h));
      cr = gsk_cairo_node_get_draw_context (self->frame);
      cairo_set_source_surface (cr, surface, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      self->frame_panes = *p;
    }
  gtk_snapshot_append_node (snapshot, self->frame);
}

static void
fk_heatmap_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (widget);
  const GdkRGBA white = { 1, 1, 1, 1 }, rule = { 0, 0, 0, 0.35 };
  PaneDraw d[6];
  guint n;
  Panes p;

  if (self->layout == NULL || gtk_widget_get_width (widget) <= 0 || gtk_widget_get_height (widget) <= 0)
    return;
  self->scroll_pending = FALSE;
  get_panes (self, &p);
  ensure_cache (self, &p);
  n = list_panes (self, &p, d);

  if (self->pictures[TILE_CELLS] != NULL)
    append_frame (self, snapshot, &p, d, n);
  else
    for (guint i = 0; i < n; i++)
      {
        if (d[i].tile == TILE_LEGEND)
          gtk_snapshot_append_color (snapshot, &white, &GRAPHENE_RECT_INIT (d[i].cx, d[i].cy, d[i].cw, d[i].ch));
        append_pane (snapshot, self->cache[d[i].tile], d[i].cx, d[i].cy, d[i].cw, d[i].ch, d[i].dx, d[i].dy);
      }
  if (p.legend_h > 0 && p.legend_top < self->layout->legend_y - p.sy - 0.5)
    gtk_snapshot_append_color (snapshot, &rule, &GRAPHENE_RECT_INIT (0, p.legend_top, p.w, 1));

  append_hover (self, snapshot, &p);
  append_cursor (self, snapshot, &p);
}

/* ---- size ---------------------------------------------------------------- */

/* After the window's allocation, in the same layout phase: a fitted zoom
 * chosen in size_allocate() changed the size this view asks for, and GTK
 * keeps answering the old one (it caches measurements) until a resize is
 * queued. Queued here, the frame clock lays out again before it paints,
 * so no parent and no caller of gtk_widget_measure() sees the old size
 * after this frame. From an idle instead (lower priority than frames),
 * it waited behind every frame of an animation on a busy machine, and
 * the allocations meanwhile were made from the stale size. Never from
 * size_allocate() itself: see HACKING.md "Window sizes". */
static void
on_clock_layout (FkHeatmapView *self)
{
  if (!self->resize_pending)
    return;
  self->resize_pending = FALSE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
fk_heatmap_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (widget);
  const FkHeatmapLayout *layout = self->layout;

  *minimum = *natural = 0;
  if (layout == NULL)
    return;
  if (orientation == GTK_ORIENTATION_HORIZONTAL && self->hadj != NULL)
    {
      /* Scrolled, any width will do (a GtkScrolledWindow takes a
       * scrollable child's minimum as its own, and the page must fit a
       * phone). The natural width is the one below which the cells
       * scroll: the scrolled window shows its scrollbar from it
       * (hscroll-policy natural), and that must be what the adjustments
       * set in size_allocate() say, or the scrollbar shown or hidden
       * there queues a resize from inside the allocation and the page
       * is drawn unallocated. Fitting, that is the width at the smallest
       * fitted zoom, whatever the zoom shown, so it is never stale. */
      if (self->fit_width)
        layout = layout_for_zoom (self, FK_HEATMAP_VIEW_FIT_MIN);
      *minimum = 0;
      *natural = (int) ceil (layout->width);
      return;
    }
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Fitting, it can shrink to the smallest fitted zoom (an estimate:
       * the label column shrinks less than the rest). */
      *natural = (int) ceil (layout->width);
      *minimum = self->fit_width
               ? (int) ceil (layout->width * MIN (1.0, FK_HEATMAP_VIEW_FIT_MIN / self->zoom))
               : *natural;
      return;
    }
  /* Fitting, the height depends on the width given. */
  if (self->fit_width && for_size > 0)
    layout = layout_for_zoom (self, fitted_zoom (self, for_size));
  *minimum = *natural = (int) ceil (layout->height);
}

static void
fk_heatmap_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (widget);

  if (self->fit_width && self->snapshot != NULL)
    {
      double zoom = fitted_zoom (self, width);

      /* No resize from here (it would land inside this allocation): the
       * new size is asked for once the allocation is done
       * (on_clock_layout). */
      if (zoom != self->zoom)
        {
          show_zoom (self, zoom);
          self->resize_pending = TRUE;
        }
    }
  configure_adjustments (self);
  /* The positions are those of this allocation's layout now. */
  if (self->scroll_pending)
    scroll_to_cursor (self);
}

static void
fk_heatmap_view_realize (GtkWidget *widget)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (widget);

  GTK_WIDGET_CLASS (fk_heatmap_view_parent_class)->realize (widget);
  /* Connected after the surface's own layout handler, which allocates. */
  self->clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  self->clock_layout_id = g_signal_connect_swapped (self->clock, "layout",
                                                    G_CALLBACK (on_clock_layout), self);
  if (self->resize_pending)
    gtk_widget_queue_resize (widget);
  self->resize_pending = FALSE;
}

static void
fk_heatmap_view_unrealize (GtkWidget *widget)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (widget);

  g_clear_signal_handler (&self->clock_layout_id, self->clock);
  g_clear_object (&self->clock);
  GTK_WIDGET_CLASS (fk_heatmap_view_parent_class)->unrealize (widget);
}

static void
fk_heatmap_view_map (GtkWidget *widget)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (widget);

  GTK_WIDGET_CLASS (fk_heatmap_view_parent_class)->map (widget);
  fk_heatmap_view_ensure_current (self);
}

static void
fk_heatmap_view_focus_changed (FkHeatmapView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_language_changed (FkHeatmapView *self)
{
  invalidate_layout (self);
}

/* ---- lifecycle ----------------------------------------------------------- */

static void
fk_heatmap_view_dispose (GObject *object)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (object);

  fk_content_language_disconnect (self);
  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);
  if (self->hadj != NULL)
    g_signal_handlers_disconnect_by_func (self->hadj, on_adjustment_value_changed, self);
  if (self->vadj != NULL)
    g_signal_handlers_disconnect_by_func (self->vadj, on_adjustment_value_changed, self);
  g_clear_object (&self->hadj);
  g_clear_object (&self->vadj);
  g_clear_object (&self->study);
  self->layout = NULL;
  g_clear_pointer (&self->layouts, g_hash_table_unref);
  g_clear_pointer (&self->snapshot, fk_round_snapshot_unref);
  g_clear_pointer (&self->baseline, fk_round_snapshot_unref);
  self->options.baseline = NULL;
  g_clear_pointer (&self->collapsed_areas, g_strfreev);
  g_clear_pointer (&self->options.anonymizer, fk_anonymizer_unref);
  clear_tiles (self);

  G_OBJECT_CLASS (fk_heatmap_view_parent_class)->dispose (object);
}

static void
fk_heatmap_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      g_value_set_object (value, self->study);
      break;
    case PROP_ROUND_ID:
      g_value_set_int64 (value, self->round_id);
      break;
    case PROP_MEASURE:
      g_value_set_enum (value, self->measure);
      break;
    case PROP_PALETTE:
      g_value_set_enum (value, self->palette);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_FIT_WIDTH:
      g_value_set_boolean (value, self->fit_width);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadj);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadj);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_heatmap_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      fk_heatmap_view_set_study (self, g_value_get_object (value));
      break;
    case PROP_ROUND_ID:
      fk_heatmap_view_set_round_id (self, g_value_get_int64 (value));
      break;
    case PROP_MEASURE:
      fk_heatmap_view_set_measure (self, g_value_get_enum (value));
      break;
    case PROP_PALETTE:
      fk_heatmap_view_set_palette (self, g_value_get_enum (value));
      break;
    case PROP_ZOOM:
      fk_heatmap_view_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_FIT_WIDTH:
      fk_heatmap_view_set_fit_width (self, g_value_get_boolean (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadj, g_value_get_object (value), prop_id);
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadj, g_value_get_object (value), prop_id);
      break;
    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (guint) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (guint) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_heatmap_view_class_init (FkHeatmapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_heatmap_view_dispose;
  object_class->get_property = fk_heatmap_view_get_property;
  object_class->set_property = fk_heatmap_view_set_property;
  widget_class->snapshot = fk_heatmap_view_snapshot;
  widget_class->measure = fk_heatmap_view_measure;
  widget_class->size_allocate = fk_heatmap_view_size_allocate;
  widget_class->realize = fk_heatmap_view_realize;
  widget_class->unrealize = fk_heatmap_view_unrealize;
  widget_class->map = fk_heatmap_view_map;
  widget_class->query_tooltip = on_query_tooltip;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL, FK_TYPE_STUDY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROUND_ID] =
    g_param_spec_int64 ("round-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEASURE] =
    g_param_spec_enum ("measure", NULL, NULL, FK_TYPE_MEASURE, FK_MEASURE_CURRENT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PALETTE] =
    g_param_spec_enum ("palette", NULL, NULL, FK_TYPE_PALETTE, FK_PALETTE_VIRIDIS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, FK_HEATMAP_VIEW_ZOOM_MIN, FK_HEATMAP_VIEW_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIT_WIDTH] =
    g_param_spec_boolean ("fit-width", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  signals[SIGNAL_LAYOUT_CHANGED] =
    g_signal_new ("layout-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_CELL_ACTIVATED] =
    g_signal_new ("cell-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "heatmapview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
fk_heatmap_view_init (FkHeatmapView *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkGesture *click = gtk_gesture_click_new ();

  self->measure = FK_MEASURE_CURRENT;
  self->palette = FK_PALETTE_VIRIDIS;
  self->zoom = 1.0;
  self->fit_width = TRUE;
  self->scroll_ratio = 1.0;
  /* A scrolled window decides on its scrollbar from the natural width
   * (see measure()). */
  self->hscroll_policy = GTK_SCROLL_NATURAL;
  self->hover_row = self->hover_col = -1;
  self->layouts = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) fk_heatmap_layout_free);
  fk_heatmap_options_init (&self->options);
  /* Only the mean column until the page sets the options it shows. */
  self->options.aggregates = FK_HEATMAP_AGGREGATE_MEAN;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (fk_heatmap_view_focus_changed), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (fk_heatmap_view_focus_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  fk_content_language_connect (self, G_CALLBACK (on_language_changed));
  update_accessible_label (self);
}

/* ---- public -------------------------------------------------------------- */

GtkWidget *
fk_heatmap_view_new (void)
{
  return g_object_new (FK_TYPE_HEATMAP_VIEW, NULL);
}

FkStudy *
fk_heatmap_view_get_study (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), NULL);
  return self->study;
}

void
fk_heatmap_view_set_study (FkHeatmapView *self,
                           FkStudy       *study)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));
  g_return_if_fail (study == NULL || FK_IS_STUDY (study));

  if (self->study == study)
    return;
  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);
  g_set_object (&self->study, study);
  if (study != NULL)
    g_signal_connect_object (study, "changed", G_CALLBACK (on_study_changed), self, 0);
  self->cursor_row = self->cursor_col = 0;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDY]);
}

gint64
fk_heatmap_view_get_round_id (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), 0);
  return self->round_id;
}

void
fk_heatmap_view_set_round_id (FkHeatmapView *self,
                              gint64         round_id)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));

  if (self->round_id == round_id)
    return;
  self->round_id = round_id;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND_ID]);
}

FkMeasure
fk_heatmap_view_get_measure (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), FK_MEASURE_CURRENT);
  return self->measure;
}

void
fk_heatmap_view_set_measure (FkHeatmapView *self,
                             FkMeasure      measure)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));

  if (self->measure == measure)
    return;
  self->measure = measure;
  invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEASURE]);
}

FkPalette
fk_heatmap_view_get_palette (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), FK_PALETTE_VIRIDIS);
  return self->palette;
}

void
fk_heatmap_view_set_palette (FkHeatmapView *self,
                             FkPalette      palette)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));

  if (self->palette == palette)
    return;
  self->palette = palette;
  invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PALETTE]);
}

static void
set_collapsed_areas (FkHeatmapView      *self,
                     const char *const  *keys)
{
  GStrv old = self->collapsed_areas;

  self->collapsed_areas = keys != NULL && keys[0] != NULL ? g_strdupv ((char **) keys) : NULL;
  self->options.collapsed_areas = (const char *const *) self->collapsed_areas;
  g_strfreev (old);
}

void
fk_heatmap_view_set_options (FkHeatmapView          *self,
                             const FkHeatmapOptions *options)
{
  const char *const *keys;

  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));
  g_return_if_fail (options != NULL);

  keys = options->collapsed_areas;
  /* Held, not borrowed: layouts are made again later from these options. */
  if (options->anonymizer != NULL)
    fk_anonymizer_ref (options->anonymizer);
  if (self->options.anonymizer != NULL)
    fk_anonymizer_unref (self->options.anonymizer);
  self->options = *options;
  /* The grid and the baseline are the view's (set_grid()). */
  self->options.grid = self->baseline != NULL ? FK_HEATMAP_GRID_CHANGE
                       : self->grid == FK_HEATMAP_GRID_CHANGE ? FK_HEATMAP_GRID_CAPABILITIES : self->grid;
  self->options.baseline = self->baseline;
  set_collapsed_areas (self, keys);
  invalidate_layout (self);
}

FkHeatmapGrid
fk_heatmap_view_get_grid (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), FK_HEATMAP_GRID_CAPABILITIES);
  return self->grid;
}

void
fk_heatmap_view_set_grid (FkHeatmapView *self,
                          FkHeatmapGrid  grid)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));

  if (self->grid == grid)
    return;
  self->grid = grid;
  /* The change reads another round; the others lay out the round kept. */
  if (grid == FK_HEATMAP_GRID_CHANGE || self->baseline != NULL)
    invalidate (self);
  else
    {
      self->options.grid = grid;
      invalidate_layout (self);
    }
}

gint64
fk_heatmap_view_get_baseline_round_id (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), 0);
  return self->baseline_round_id;
}

void
fk_heatmap_view_set_baseline_round_id (FkHeatmapView *self,
                                       gint64         round_id)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));

  if (self->baseline_round_id == round_id)
    return;
  self->baseline_round_id = round_id;
  if (self->grid == FK_HEATMAP_GRID_CHANGE)
    invalidate (self);
}

FkRoundSnapshot *
fk_heatmap_view_get_baseline (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), NULL);
  return self->baseline;
}

gboolean
fk_heatmap_view_get_show_comments (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), FALSE);
  return self->show_comments;
}

void
fk_heatmap_view_set_show_comments (FkHeatmapView *self,
                                   gboolean       show)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));
  /* Tooltips are asked for when shown: nothing to redraw. */
  self->show_comments = show;
}

void
fk_heatmap_view_ensure_current (FkHeatmapView *self)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));

  if (self->stale)
    recompute (self);
  else if (self->stale_layout)
    {
      self->n_recomputes++;
      relayout (self);
    }
}

void
fk_heatmap_view_set_follow_hidden (FkHeatmapView *self,
                                   gboolean       follow)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));

  self->follow_hidden = follow;
  if (follow)
    fk_heatmap_view_ensure_current (self);
}

const FkHeatmapOptions *
fk_heatmap_view_get_options (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), NULL);
  return &self->options;
}

void
fk_heatmap_view_toggle_area (FkHeatmapView *self,
                             const char    *key)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) keys = NULL;
  gboolean found = FALSE;
  FkModel *model;
  int area = -1;

  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));
  g_return_if_fail (key != NULL);

  for (guint i = 0; self->collapsed_areas != NULL && self->collapsed_areas[i] != NULL; i++)
    {
      if (g_str_equal (self->collapsed_areas[i], key))
        found = TRUE;
      else
        g_strv_builder_add (builder, self->collapsed_areas[i]);
    }
  if (!found)
    g_strv_builder_add (builder, key);
  keys = g_strv_builder_end (builder);
  set_collapsed_areas (self, (const char *const *) keys);

  if (self->snapshot == NULL)
    {
      invalidate (self);
      return;
    }
  relayout (self);

  /* The cursor stays on the area: its first row. */
  model = fk_round_snapshot_get_model (self->snapshot);
  for (guint a = 0; a < model->areas->len; a++)
    if (g_str_equal (((const FkArea *) g_ptr_array_index (model->areas, a))->key, key))
      area = (int) a;
  for (guint r = 0; self->layout != NULL && r < self->layout->rows->len; r++)
    if (g_array_index (self->layout->rows, FkHeatmapRow, r).area == area)
      {
        self->cursor_row = r;
        update_accessible_label (self);
        break;
      }
}

double
fk_heatmap_view_get_zoom (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), 1.0);
  return self->zoom;
}

void
fk_heatmap_view_set_zoom (FkHeatmapView *self,
                          double         zoom)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));

  zoom = CLAMP (zoom, FK_HEATMAP_VIEW_ZOOM_MIN, FK_HEATMAP_VIEW_ZOOM_MAX);
  if (self->fit_width)
    {
      self->fit_width = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_WIDTH]);
    }
  if (zoom == self->zoom)
    return;
  show_zoom (self, zoom);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

double
fk_heatmap_view_get_text_scale (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), 0);
  return self->text_scale;
}

void
fk_heatmap_view_set_text_scale (FkHeatmapView *self,
                                double         scale)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));

  scale = MAX (scale, 0);
  if (self->text_scale == scale)
    return;
  self->text_scale = scale;
  invalidate_layout (self);
}

gboolean
fk_heatmap_view_get_fit_width (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), FALSE);
  return self->fit_width;
}

void
fk_heatmap_view_set_fit_width (FkHeatmapView *self,
                               gboolean       fit_width)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));

  fit_width = !!fit_width;
  if (self->fit_width == fit_width)
    return;
  self->fit_width = fit_width;
  if (fit_width && self->snapshot != NULL && width > 0)
    show_zoom (self, fitted_zoom (self, width));
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_WIDTH]);
}

FkRoundSnapshot *
fk_heatmap_view_get_snapshot (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), NULL);
  return self->snapshot;
}

const FkHeatmapLayout *
fk_heatmap_view_get_layout (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), NULL);
  return self->layout;
}

guint
fk_heatmap_view_get_n_recomputes (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), 0);
  return self->n_recomputes;
}

guint
fk_heatmap_view_get_n_renders (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), 0);
  return self->n_renders;
}

gboolean
fk_heatmap_view_move_cursor (FkHeatmapView *self,
                             int            d_row,
                             int            d_col)
{
  int row, col;

  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), FALSE);

  if (self->layout == NULL || self->layout->n_rows == 0 || self->layout->n_cols == 0)
    return FALSE;
  row = CLAMP ((int) self->cursor_row + d_row, 0, (int) self->layout->n_rows - 1);
  col = CLAMP ((int) self->cursor_col + d_col, 0, (int) self->layout->n_cols - 1);
  if ((guint) row == self->cursor_row && (guint) col == self->cursor_col)
    return FALSE;
  self->cursor_row = row;
  self->cursor_col = col;
  update_accessible_label (self);
  scroll_to_cursor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

void
fk_heatmap_view_set_cursor (FkHeatmapView *self,
                            guint          row,
                            guint          col)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));

  if (self->layout == NULL || self->layout->n_rows == 0 || self->layout->n_cols == 0)
    return;
  self->cursor_row = MIN (row, self->layout->n_rows - 1);
  self->cursor_col = MIN (col, self->layout->n_cols - 1);
  update_accessible_label (self);
  self->scroll_pending = TRUE;
  scroll_to_cursor (self);
  /* A view just shown, or given a new width (a panel opened beside it),
   * is allocated later, at a refitted zoom that moves every cell: the
   * scroll above then went nowhere or to the old place. */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
fk_heatmap_view_get_cursor (FkHeatmapView *self,
                            guint         *row,
                            guint         *col)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));
  if (row != NULL)
    *row = self->cursor_row;
  if (col != NULL)
    *col = self->cursor_col;
}

void
fk_heatmap_view_get_hover (FkHeatmapView *self,
                           int           *row,
                           int           *col)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));
  if (row != NULL)
    *row = self->hover_row;
  if (col != NULL)
    *col = self->hover_col;
}

FkHeatmapViewPane
fk_heatmap_view_pick (FkHeatmapView *self,
                      double         x,
                      double         y,
                      int           *row,
                      int           *col)
{
  FkHeatmapViewPane pane;
  double lx = 0, ly = 0;
  int r = -1, c = -1;

  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), FK_HEATMAP_VIEW_PANE_NONE);

  pane = to_layout (self, x, y, &lx, &ly);
  if (pane == FK_HEATMAP_VIEW_PANE_GRID || pane == FK_HEATMAP_VIEW_PANE_ROW_LABELS)
    r = find_row (self->layout, ly);
  if (pane == FK_HEATMAP_VIEW_PANE_GRID || pane == FK_HEATMAP_VIEW_PANE_COLUMN_LABELS)
    c = find_column (self->layout, lx);
  if (row != NULL)
    *row = r;
  if (col != NULL)
    *col = c;
  return pane;
}

gboolean
fk_heatmap_view_get_visible_cells (FkHeatmapView *self,
                                   guint         *first_row,
                                   guint         *last_row,
                                   guint         *first_col,
                                   guint         *last_col)
{
  const FkHeatmapLayout *l;
  guint r0, r1, c0, c1;
  Panes p;

  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), FALSE);

  l = self->layout;
  if (l == NULL || gtk_widget_get_width (GTK_WIDGET (self)) <= 0)
    return FALSE;
  get_panes (self, &p);
  /* The grid pane shows layout x from gx + sx to w + sx, y from gy + sy
   * to legend_top + sy. */
  r0 = first_row_after (l, p.gy + p.sy);
  r1 = first_row_after (l, p.legend_top + p.sy);
  if (r1 < MIN (l->rows->len, l->n_rows) &&
      g_array_index (l->rows, FkHeatmapRow, r1).y < p.legend_top + p.sy)
    r1++;
  c0 = first_column_after (l, p.gx + p.sx);
  c1 = first_column_after (l, p.w + p.sx);
  if (c1 < MIN (l->columns->len, l->n_cols) &&
      g_array_index (l->columns, FkHeatmapColumn, c1).x < p.w + p.sx)
    c1++;
  if (r0 >= r1 || c0 >= c1)
    return FALSE;
  if (first_row != NULL)
    *first_row = r0;
  if (last_row != NULL)
    *last_row = r1 - 1;
  if (first_col != NULL)
    *first_col = c0;
  if (last_col != NULL)
    *last_col = c1 - 1;
  return TRUE;
}

char *
fk_heatmap_view_describe_at (FkHeatmapView *self,
                             double         x,
                             double         y)
{
  const FkHeatmapCell *cell;

  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), NULL);

  cell = cell_at_point (self, x, y);
  return cell != NULL ? describe_cell (self, cell) : NULL;
}

char *
fk_heatmap_view_describe_cursor (FkHeatmapView *self)
{
  const FkHeatmapCell *cell;

  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), NULL);

  cell = cell_at_index (self, self->cursor_row, self->cursor_col);
  return cell != NULL ? describe_cell (self, cell) : NULL;
}

char *
fk_heatmap_view_get_tooltip_at (FkHeatmapView *self,
                                double         x,
                                double         y)
{
  const FkHeatmapCell *cell;
  int row, col;

  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), NULL);

  cell = cell_at_point (self, x, y);
  if (cell != NULL)
    return tooltip_text (self, cell);
  switch (fk_heatmap_view_pick (self, x, y, &row, &col))
    {
    case FK_HEATMAP_VIEW_PANE_ROW_LABELS:
      return row >= 0 ? g_strdup (label_text (self->layout->row_labels, row)) : NULL;
    case FK_HEATMAP_VIEW_PANE_COLUMN_LABELS:
      return col >= 0 ? g_strdup (label_text (self->layout->col_labels, col)) : NULL;
    default:
      return NULL;
    }
}
