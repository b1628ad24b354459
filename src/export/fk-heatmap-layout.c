/* fk-heatmap-layout.c — the heatmap as a display list, computed without GTK
 *
 * The geometry: rows and columns in the orders of core (fk-order.h), size
 * groups, area headers, labels and the legend. What each cell shows is
 * fk-heatmap-cells.c. Text is measured with pango on a cairo font map (no
 * display needed), once per distinct string, font size and weight in the
 * process (a view lays out the same names again for every measure), so
 * that the label column and the rotated column names get the room they
 * need, up to options->max_label_width; longer capability names are
 * ellipsized when drawn and kept whole in full_text. The cells' texts are
 * shared strings kept with the layout. Nothing here is quadratic: a
 * layout of 290 × 200 is timed by tests/bench/bench-measures.c and
 * tests/bench/bench-heatmap-view.c.
 */
#define G_LOG_DOMAIN "fk-heatmap-layout"
#include "config.h"
#include "fk-heatmap-layout.h"
#include "fk-heatmap-private.h"
#include "fk-model.h"
#include "fk-region.h"

#include "fk-i18n.h"
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

/* Font sizes and gaps in units of the body font size. */
#define TITLE_SCALE   1.35
#define AREA_SCALE    1.05
#define MARGIN        1.2
#define GAP           0.6     /* between labels and cells */
#define CELL_GAP      2.0     /* pixels between cells */
/* Gaps in units of the cell size. */
#define EDGE_GAP      0.4     /* before the aggregate columns and the mean row */
#define GROUP_GAP     0.4     /* between size groups, the divider in its middle */
#define MIN_MAX_WIDTH 1.6     /* the min–max column */
#define TEXT_PAD      2.0     /* pixels kept free on each side of a cell's number */

/* ---- text measuring ----------------------------------------------------- */

PangoLayout *
fk_heatmap_text_layout (PangoContext *context,
                        const char   *text,
                        double        font_size,
                        gboolean      bold)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *desc = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (desc, font_size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Widths measured before, kept for every layout of the process: a view
 * lays out the same names again for each measure, palette and option
 * (500 names of a large study cost more to shape than all of its cells
 * to fill). A width depends on the font map (per thread in pangocairo;
 * its serial changes when fonts are added or removed), the size, the
 * weight and the text, which make the key. Emptied when it grows past
 * MAX_CACHED_WIDTHS; locked, for layouts made in worker threads. */
#define MAX_CACHED_WIDTHS 8192

G_LOCK_DEFINE_STATIC (cached_widths);
static GHashTable *cached_widths;   /* key → width + 1 (GINT_TO_POINTER) */

/* Two layouts of the body size, regular and bold, reused for every
 * string not measured before. */
typedef struct {
  PangoLayout *regular;
  PangoLayout *bold;
  GString     *key;          /* the key prefix of this font map and size */
  gsize        prefix_len;
} Measurer;

static void
measurer_init (Measurer     *m,
               PangoContext *context,
               double        font_size)
{
  PangoFontMap *map = pango_context_get_font_map (context);

  m->regular = fk_heatmap_text_layout (context, "", font_size, FALSE);
  m->bold = fk_heatmap_text_layout (context, "", font_size, TRUE);
  m->key = g_string_new (NULL);
  g_string_printf (m->key, "%p %u %a ", (void *) map, pango_font_map_get_serial (map), font_size);
  m->prefix_len = m->key->len;
}

static void
measurer_clear (Measurer *m)
{
  g_clear_object (&m->regular);
  g_clear_object (&m->bold);
  if (m->key != NULL)
    g_string_free (g_steal_pointer (&m->key), TRUE);
}

static double
text_width (Measurer   *m,
            const char *text,
            gboolean    bold)
{
  PangoLayout *layout = bold ? m->bold : m->regular;
  int w, h, known;

  g_string_truncate (m->key, m->prefix_len);
  g_string_append_c (m->key, bold ? 'b' : 'r');
  g_string_append (m->key, text);
  G_LOCK (cached_widths);
  known = cached_widths != NULL ? GPOINTER_TO_INT (g_hash_table_lookup (cached_widths, m->key->str)) : 0;
  G_UNLOCK (cached_widths);
  if (known > 0)
    return known - 1;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);

  G_LOCK (cached_widths);
  if (cached_widths == NULL)
    cached_widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_size (cached_widths) >= MAX_CACHED_WIDTHS)
    g_hash_table_remove_all (cached_widths);
  g_hash_table_insert (cached_widths, g_strdup (m->key->str), GINT_TO_POINTER (MAX (w, 0) + 1));
  G_UNLOCK (cached_widths);
  return w;
}

/* The length of @text broken at the space nearest its middle: what it
 * needs on two lines (the longer of the two), or its length on one line
 * when it has no space. */
static double
two_line_length (Measurer   *m,
                 const char *text)
{
  const char *middle = text + strlen (text) / 2;
  const char *best = NULL;
  g_autofree char *first = NULL;

  for (const char *c = text; *c != '\0'; c++)
    if (*c == ' ' && (best == NULL || ABS (c - middle) < ABS (best - middle)))
      best = c;
  if (best == NULL)
    return text_width (m, text, TRUE);
  first = g_strndup (text, best - text);
  return MAX (text_width (m, first, TRUE), text_width (m, best + 1, TRUE));
}

/* ---- the list ----------------------------------------------------------- */

/* A layout as allocated here: the public part first (a copy of it, as a
 * view makes to draw a part, is a whole FkHeatmapLayout), then what the
 * cells' texts point into, freed with the layout. */
typedef struct {
  FkHeatmapLayout  layout;
  GStringChunk    *cell_texts;
  /* "%s (continued)" in the layout's language: drawing translates
   * nothing, it may run in another thread (fk_heatmap_draw_part()). */
  char            *continued_format;
} LayoutStorage;

static void
clear_label (FkHeatmapLabel *label)
{
  g_clear_pointer (&label->text, g_free);
  g_clear_pointer (&label->full_text, g_free);
}

static void
clear_label_item (gpointer data)
{
  clear_label (data);
}

static void
clear_legend_item (gpointer data)
{
  FkHeatmapLegendItem *item = data;

  g_clear_pointer (&item->value_text, g_free);
  clear_label (&item->label);
}

static FkHeatmapLabel
make_label (double      x,
            double      y,
            double      w,
            double      h,
            const char *text,
            double      font_size,
            gboolean    bold,
            int         index)
{
  return (FkHeatmapLabel) {
    .x = x, .y = y, .w = w, .h = h, .angle = 0,
    .text = g_strdup (text), .full_text = g_strdup (text),
    .font_size = font_size, .bold = bold, .index = index,
  };
}

static void
set_mark_colours (double rgb[3],
                  double text_rgb[3])
{
  rgb[0] = rgb[1] = rgb[2] = 1;
  text_rgb[0] = text_rgb[1] = text_rgb[2] = 0;
}

/* A swatch with its name beside it; returns the x after it. With @max_x
 * (0: none), a mark that would run past it starts a new line at @line_x,
 * below (*@y moves down). */
static double
add_legend_mark (FkHeatmapLayout     *layout,
                 Measurer            *measurer,
                 FkHeatmapLegendItem *item,
                 const char          *name,
                 double               x,
                 double              *y_inout,
                 double               swatch,
                 double               cell,
                 double               line_x,
                 double               max_x)
{
  double fs = layout->font_size;
  double tw = text_width (measurer, name, FALSE);
  double y;

  if (max_x > 0 && x > line_x && x + swatch + fs * 0.4 + tw > max_x)
    {
      x = line_x;
      *y_inout += swatch + fs * 0.4;
    }
  y = *y_inout;
  item->x = x;
  item->y = y;
  item->w = swatch;
  item->h = swatch;
  item->label = make_label (x + swatch + fs * 0.4, y, tw + 2, swatch, name, fs, FALSE, -1);
  g_array_append_val (layout->legend_items, *item);
  return x + swatch + fs * 0.4 + tw + cell * 0.8;
}

/* The colour of @value in a layout: the measure's, or with the change
 * grid the difference's on a diverging scale. */
static void
layout_value_rgb (const FkHeatmapLayout *layout,
                  double                 value,
                  double                 rgb[3])
{
  if (layout->grid == FK_HEATMAP_GRID_CHANGE)
    fk_heatmap_change_rgb (layout->measure, layout->palette, value, rgb);
  else
    fk_heatmap_value_rgb (layout->measure, layout->palette, value, rgb);
}

static void
add_legend (FkHeatmapLayout   *layout,
            Measurer          *measurer,
            double             x0,
            double             y0,
            double             cell,
            gboolean           show_numbers,
            FkHeatmapOverlays  overlays,
            gboolean           compact,
            const char        *language)
{
  double fs = layout->font_size;
  double min, max, x = x0, y, line_x, max_x;
  gboolean change = layout->grid == FK_HEATMAP_GRID_CHANGE;
  gboolean diverging = change || fk_measure_is_diverging (layout->measure);
  double swatch = cell * 0.9;
  /* The marks, in the order drawn: the change view's three first. */
  static const FkHeatmapCellKind change_marks[] = {
    FK_HEATMAP_CELL_UNCHANGED, FK_HEATMAP_CELL_NEWLY_ASSESSED, FK_HEATMAP_CELL_NO_LONGER_ASSESSED,
    FK_HEATMAP_CELL_NOT_ASSESSED, FK_HEATMAP_CELL_NOT_APPLICABLE,
  };
  guint first_mark = change ? 0 : 3;
  const char *name = change ? fk_round_change_get_label (layout->measure)
                            : fk_measure_get_label (layout->measure);

  if (compact)
    {
      /* One line, for a projector: the swatches no taller than the text
       * beside them, and no name (the title above names the measure). */
      swatch = MIN (swatch, fs * 1.6);
      layout->legend_title = make_label (x0, y0, 0, swatch, "", fs, TRUE, -1);
      y = y0;
    }
  else
    {
      layout->legend_title = make_label (x0, y0, layout->width - x0, fs * 1.5, name, fs, TRUE, -1);
      y = y0 + fs * 1.8;
    }

  /* Steps, one per whole value, each with its number below (and inside). */
  min = change ? -fk_round_change_get_scale (layout->measure) : fk_measure_get_min (layout->measure);
  max = change ? fk_round_change_get_scale (layout->measure) : fk_measure_get_max (layout->measure);
  for (int v = (int) min; v <= (int) max; v++)
    {
      FkHeatmapLegendItem item = { 0 };
      g_autofree char *text = fk_text_format_number (v, TRUE, diverging, language);

      item.x = x;
      item.y = y;
      item.w = swatch;
      item.h = swatch;
      item.kind = FK_HEATMAP_CELL_VALUE;
      item.target = NAN;
      layout_value_rgb (layout, v, item.rgb);
      fk_heatmap_contrast_text (item.rgb, item.text_rgb);
      item.value_text = show_numbers ? g_strdup (text) : NULL;
      item.label = make_label (x, y + swatch + 2, swatch, fs * 1.3, show_numbers ? "" : text, fs * 0.85, FALSE, v);
      g_array_append_val (layout->legend_items, item);
      x += swatch + CELL_GAP;
    }

  /* The marks, after a gap, with their names beside them. Compact (one
   * line for a projector), the text keeps its size whatever the cells, so
   * marks that would make the legend wider than the grid wrap instead. */
  x += cell;
  line_x = compact ? x : x0;
  max_x = compact ? layout->width - fs * MARGIN : 0;
  for (guint i = first_mark; i < G_N_ELEMENTS (change_marks); i++)
    {
      FkHeatmapLegendItem item = { .target = NAN, .kind = change_marks[i] };

      set_mark_colours (item.rgb, item.text_rgb);
      if (item.kind == FK_HEATMAP_CELL_UNCHANGED)
        {
          layout_value_rgb (layout, 0, item.rgb);
          fk_heatmap_contrast_text (item.rgb, item.text_rgb);
          item.value_text = g_strdup (FK_HEATMAP_UNCHANGED_TEXT);
        }
      x = add_legend_mark (layout, measurer, &item, fk_heatmap_mark_name (item.kind), x, &y, swatch, cell, line_x, max_x);
    }

  /* The overlays, each on a swatch of a low level (where the target
   * notch, near the top, stands out from the level). */
  if (overlays & FK_HEATMAP_OVERLAY_TARGET)
    {
      FkHeatmapLegendItem item = { .kind = FK_HEATMAP_CELL_VALUE, .overlay = FK_HEATMAP_OVERLAY_TARGET };

      item.target = max - 1;
      fk_heatmap_value_rgb (layout->measure, layout->palette, min + 1, item.rgb);
      fk_heatmap_contrast_text (item.rgb, item.text_rgb);
      x = add_legend_mark (layout, measurer, &item, fk_measure_get_label (FK_MEASURE_TARGET), x, &y, swatch, cell, line_x, max_x);
    }
  if (overlays & FK_HEATMAP_OVERLAY_SUSTAIN)
    {
      FkHeatmapLegendItem item = { .kind = FK_HEATMAP_CELL_VALUE, .overlay = FK_HEATMAP_OVERLAY_SUSTAIN,
                                   .target = NAN };

      fk_heatmap_value_rgb (layout->measure, layout->palette, min + 1, item.rgb);
      fk_heatmap_contrast_text (item.rgb, item.text_rgb);
      /* Translators: the heatmap legend's name of the dashed outline around
       * one cell: this one municipality cannot keep the capability going
       * on its own (the subject is singular; the count column's is plural) */
      x = add_legend_mark (layout, measurer, &item, C_("legend mark", "Cannot sustain alone"), x, &y, swatch, cell, line_x, max_x);
    }
  layout->width = MAX (layout->width, x + fs * MARGIN);
  if (compact)
    {
      /* Room below the swatches only for the values written under them. */
      layout->height = y + swatch + (show_numbers ? 0 : fs * 1.5) + fs * GAP;
      return;
    }
  layout->legend_title.w = layout->width - x0;
  layout->height = y + swatch + fs * 1.5 + fs * MARGIN;
}

/* ---- columns ------------------------------------------------------------ */

typedef struct {
  FkHeatmapColumnKind kind;
  FkHeatmapAggregates flag;
} AggregateColumn;

static const AggregateColumn aggregate_columns[] = {
  { FK_HEATMAP_COLUMN_MEAN, FK_HEATMAP_AGGREGATE_MEAN },
  { FK_HEATMAP_COLUMN_MEDIAN, FK_HEATMAP_AGGREGATE_MEDIAN },
  { FK_HEATMAP_COLUMN_MIN_MAX, FK_HEATMAP_AGGREGATE_MIN_MAX },
  { FK_HEATMAP_COLUMN_LOW, FK_HEATMAP_AGGREGATE_LOW },
  { FK_HEATMAP_COLUMN_CANNOT_SUSTAIN, FK_HEATMAP_AGGREGATE_CANNOT_SUSTAIN },
  { FK_HEATMAP_COLUMN_INTERESTED, FK_HEATMAP_AGGREGATE_INTERESTED },
  { FK_HEATMAP_COLUMN_ROSE, FK_HEATMAP_AGGREGATE_ROSE },
  { FK_HEATMAP_COLUMN_FELL, FK_HEATMAP_AGGREGATE_FELL },
};

/* The counts of a round are per capability and of one round; the rose and
 * fell counts are per capability and of a change: the area overview has
 * neither. */
static gboolean
grid_has_column (FkHeatmapGrid       grid,
                 FkHeatmapColumnKind kind)
{
  switch (kind)
    {
    case FK_HEATMAP_COLUMN_LOW:
    case FK_HEATMAP_COLUMN_CANNOT_SUSTAIN:
    case FK_HEATMAP_COLUMN_INTERESTED:
      return grid == FK_HEATMAP_GRID_CAPABILITIES;
    case FK_HEATMAP_COLUMN_ROSE:
    case FK_HEATMAP_COLUMN_FELL:
      return grid == FK_HEATMAP_GRID_CHANGE;
    default:
      return TRUE;
    }
}

/* The name of an aggregate column, for people. (transfer full) */
static char *
aggregate_column_name (FkHeatmapColumnKind kind)
{
  switch (kind)
    {
    case FK_HEATMAP_COLUMN_MEAN:
      /* Translators: a heatmap column: the regional mean of each row */
      return g_strdup (_("Mean"));
    case FK_HEATMAP_COLUMN_MEDIAN:
      /* Translators: a heatmap column: the regional median of each row */
      return g_strdup (_("Median"));
    case FK_HEATMAP_COLUMN_MIN_MAX:
      /* Translators: a heatmap column: the lowest and highest value of each row, e.g. "1–4" */
      return g_strdup (_("Min–max"));
    case FK_HEATMAP_COLUMN_LOW:
      /* Translators: a heatmap column: how many municipalities are at this level or
       * lower, e.g. "9/14"; %d is a level (2) */
      return g_strdup_printf (_("At level %d or below"), FK_LEVEL_LOW_MAX);
    case FK_HEATMAP_COLUMN_CANNOT_SUSTAIN:
      /* Translators: a heatmap column: how many municipalities cannot keep the
       * capability going on their own (answered no or with difficulty); the
       * subject is plural, unlike the legend mark's */
      return g_strdup (C_("count column", "Cannot sustain alone"));
    case FK_HEATMAP_COLUMN_INTERESTED:
      /* Translators: a heatmap column: how many municipalities are interested in
       * collaborating (yes or maybe) */
      return g_strdup (_("Interested"));
    case FK_HEATMAP_COLUMN_ROSE:
      /* Translators: a column of the change between rounds: how many
       * municipalities have a higher value than in the earlier round, e.g. "3/12" */
      return g_strdup (C_("change count", "Rose"));
    case FK_HEATMAP_COLUMN_FELL:
      /* Translators: a column of the change between rounds: how many
       * municipalities have a lower value than in the earlier round, e.g. "2/12" */
      return g_strdup (C_("change count", "Fell"));
    case FK_HEATMAP_COLUMN_MUNICIPALITY:
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/* Municipality columns in @order, a gap (with a divider and a group
 * label above) between size groups (@groups: each snapshot row's group)
 * and either side of the highlighted municipality (@highlight, a snapshot
 * row or −1); then the aggregate columns after a gap, as wide as their
 * texts need at @number_size (measured by @numbers). Column labels are
 * added by the caller. Returns the right edge. */
static double
add_columns (FkHeatmapLayout        *layout,
             const FkMatrix         *matrix,
             const guint            *order,
             const guint            *groups,
             int                     highlight,
             const FkHeatmapOptions *options,
             Measurer               *numbers,
             double                  number_size,
             double                  grid_x,
             double                  cell)
{
  double x = grid_x;
  gboolean diverging = fk_measure_is_diverging (layout->measure);

  for (guint i = 0; i < matrix->n_rows; i++)
    {
      FkHeatmapColumn column = { .w = cell, .kind = FK_HEATMAP_COLUMN_MUNICIPALITY,
                                 .municipality = (int) order[i] };
      gboolean new_group = options->group_by_size && i > 0 && groups[order[i]] != groups[order[i - 1]];
      gboolean framed = (int) order[i] == highlight || (i > 0 && (int) order[i - 1] == highlight);

      if (new_group || framed)
        {
          /* y0 < 0 marks a side of the highlight's frame that is no group's
           * edge: it starts below the group labels (set by the caller). */
          FkHeatmapDivider divider = { .x0 = x + cell * GROUP_GAP / 2, .x1 = x + cell * GROUP_GAP / 2,
                                       .y0 = new_group ? 0 : -1 };

          g_array_append_val (layout->dividers, divider);
          x += cell * GROUP_GAP;
        }
      column.x = x;
      if ((int) order[i] == highlight)
        layout->highlight_col = (int) layout->columns->len;
      g_array_append_val (layout->columns, column);
      x += cell;
    }
  /* The highlighted column's frame closes after it when it is the last. */
  if (matrix->n_rows > 0 && (int) order[matrix->n_rows - 1] == highlight)
    {
      FkHeatmapDivider divider = { .x0 = x + cell * GROUP_GAP / 2, .x1 = x + cell * GROUP_GAP / 2, .y0 = -1 };

      g_array_append_val (layout->dividers, divider);
      x += cell * GROUP_GAP;
    }

  if ((options->aggregates & ~FK_HEATMAP_AGGREGATE_ROW_MEAN) != 0)
    x += cell * EDGE_GAP;
  for (guint i = 0; i < G_N_ELEMENTS (aggregate_columns); i++)
    {
      FkHeatmapColumn column = { .x = x, .w = cell, .kind = aggregate_columns[i].kind, .municipality = -1 };

      if (!(options->aggregates & aggregate_columns[i].flag) || !grid_has_column (layout->grid, column.kind))
        continue;
      if (column.kind == FK_HEATMAP_COLUMN_MIN_MAX)
        {
          /* Wide enough for the widest range of the measure, means included. */
          double scale = fk_round_change_get_scale (layout->measure);
          gboolean change = layout->grid == FK_HEATMAP_GRID_CHANGE;
          double lo = change ? -scale : fk_measure_get_min (layout->measure);
          double hi = change ? scale : fk_measure_get_max (layout->measure);
          g_autofree char *widest = fk_heatmap_format_range (lo + 0.5, hi - 0.5, FALSE, diverging, "sv");

          column.w = MAX (cell * MIN_MAX_WIDTH, ceil (text_width (numbers, widest, FALSE) + number_size * 0.8));
        }
      else if (column.kind >= FK_HEATMAP_COLUMN_LOW)
        {
          g_autofree char *widest = g_strdup_printf ("%u/%u", matrix->n_rows, matrix->n_rows);

          column.w = MAX (cell, ceil (text_width (numbers, widest, FALSE) + number_size * 0.8));
          /* Compact: thick enough for its name on two lines (the
           * header's fs * 2.4 below) and a gap, which keeps the header low. */
          if (options->compact)
            column.w = MAX (column.w, ceil (layout->font_size * 2.7));
        }
      g_array_append_val (layout->columns, column);
      x += column.w;
    }
  return x;
}

/* ---- rows --------------------------------------------------------------- */

static gboolean
is_collapsed (const FkHeatmapOptions *options,
              const char             *area_key)
{
  for (guint i = 0; options->collapsed_areas != NULL && options->collapsed_areas[i] != NULL; i++)
    if (g_strcmp0 (options->collapsed_areas[i], area_key) == 0)
      return TRUE;
  return FALSE;
}

/* Per area, its capabilities (guint) in @order. */
static GPtrArray *
capabilities_by_area (const FkMatrix *matrix,
                      const guint    *order)
{
  GPtrArray *areas = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint a = 0; a < matrix->n_areas; a++)
    g_ptr_array_add (areas, g_array_new (FALSE, FALSE, sizeof (guint)));
  for (guint i = 0; i < matrix->n_cols; i++)
    g_array_append_val (g_ptr_array_index (areas, matrix->col_area[order[i]]), order[i]);
  return areas;
}

/* The area overview's rows: one per area with capabilities, in the
 * order of core (fk_order_areas()). */
static void
plan_area_rows (FkHeatmapLayout        *layout,
                const FkMatrix         *matrix,
                FkModel                *model,
                const FkHeatmapOptions *options,
                const char             *language,
                GPtrArray              *texts)
{
  guint n;
  g_autofree guint *order = fk_order_areas (matrix, options->capability_order, &n);

  for (guint i = 0; i < n; i++)
    {
      const FkArea *area = g_ptr_array_index (model->areas, order[i]);
      FkHeatmapRow row = { .kind = FK_HEATMAP_ROW_AREA, .capability = -1, .area = (int) order[i] };

      g_array_append_val (layout->rows, row);
      g_ptr_array_add (texts, g_strdup (fk_text_get (&area->name, language)));
    }
}

/* The row labels' texts, in row order, and the rows (without y). */
static void
plan_rows (FkHeatmapLayout        *layout,
           const FkMatrix         *matrix,
           FkModel                *model,
           GPtrArray              *area_caps,
           const FkHeatmapOptions *options,
           const char             *language,
           GPtrArray              *texts)
{
  if (layout->grid == FK_HEATMAP_GRID_AREAS)
    plan_area_rows (layout, matrix, model, options, language, texts);
  for (guint a = 0; layout->grid != FK_HEATMAP_GRID_AREAS && a < area_caps->len; a++)
    {
      GArray *caps = g_ptr_array_index (area_caps, a);
      const FkArea *area = g_ptr_array_index (model->areas, a);

      if (caps->len == 0)
        continue;
      if (is_collapsed (options, area->key))
        {
          FkHeatmapRow row = { .kind = FK_HEATMAP_ROW_AREA, .capability = -1, .area = (int) a };

          g_array_append_val (layout->rows, row);
          /* Translators: the one row of a collapsed area in the heatmap */
          g_ptr_array_add (texts, g_strdup_printf (ngettext ("Mean of %u capability",
                                                             "Mean of %u capabilities", caps->len),
                                                   caps->len));
          continue;
        }
      for (guint i = 0; i < caps->len; i++)
        {
          guint c = g_array_index (caps, guint, i);
          const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
          FkHeatmapRow row = { .kind = FK_HEATMAP_ROW_CAPABILITY, .capability = (int) c, .area = (int) a };

          g_array_append_val (layout->rows, row);
          g_ptr_array_add (texts, g_strdup (fk_text_get (&cap->name, language)));
        }
    }
  if (options->aggregates & FK_HEATMAP_AGGREGATE_ROW_MEAN)
    {
      FkHeatmapRow row = { .kind = FK_HEATMAP_ROW_MUNICIPALITY_MEAN, .capability = -1, .area = -1 };

      g_array_append_val (layout->rows, row);
      /* Translators: the last heatmap row: each municipality's mean over every capability */
      g_ptr_array_add (texts, g_strdup (_("Municipality mean")));
    }
}

/* ---- size groups ------------------------------------------------------- */

/* The name above a group of municipalities of one size class: a plural,
 * unlike fk_size_class_get_label (one municipality's class). */
static const char *
size_group_name (FkSizeClass size)
{
  switch (size)
    {
    case FK_SIZE_LARGE:
      /* Translators: above the heatmap's columns of the large municipalities */
      return C_("size group", "Large");
    case FK_SIZE_MEDIUM:
      /* Translators: above the heatmap's columns of the medium-sized municipalities */
      return C_("size group", "Medium");
    case FK_SIZE_SMALL:
      /* Translators: above the heatmap's columns of the small municipalities */
      return C_("size group", "Small");
    default:
      return fk_size_class_get_label (size);
    }
}

/* ---- anonymised columns ------------------------------------------------ */

/* A municipality column's name: the real one, or what the anonymizer
 * shows. (transfer full) */
static char *
municipality_name (const FkMatrix     *matrix,
                   const FkAnonymizer *anon,
                   int                 row)
{
  const FkMunicipality *m = fk_matrix_get_municipality (matrix, row);
  char *name;

  if (anon == NULL)
    return g_strdup (m->name);
  name = fk_anonymizer_get_display_name (anon, m->code);
  /* A code the anonymizer does not know is never shown by name. */
  return name != NULL ? name : g_strdup ("?");
}

/* Merged size groups, large first, as the size classes are shown. */
static guint
size_group_rank (FkSizeGroup group)
{
  switch (group)
    {
    case FK_SIZE_GROUP_ALL:
    case FK_SIZE_GROUP_LARGE:
      return 0;
    case FK_SIZE_GROUP_MEDIUM_LARGE:
      return 1;
    case FK_SIZE_GROUP_MEDIUM:
      return 2;
    case FK_SIZE_GROUP_SMALL_MEDIUM:
      return 3;
    case FK_SIZE_GROUP_SMALL:
    default:
      return 4;
    }
}

typedef struct {
  guint  row;
  guint  rank;     /* size_group_rank() with group_by_size, else 0 */
  double key;      /* −mean with FK_MUNICIPALITY_ORDER_MEAN (no value: +∞), else 0 */
  guint  letter;   /* position in letter order */
} AnonymousColumn;

static int
compare_anonymous_columns (gconstpointer a,
                           gconstpointer b,
                           gpointer      user_data)
{
  const AnonymousColumn *x = a, *y = b;

  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->letter < y->letter ? -1 : x->letter > y->letter;
}

/* The snapshot's rows in the anonymizer's letter order, each row's merged
 * size group in @groups. With @group_by_size the merged groups come
 * first, large first; with FK_MUNICIPALITY_ORDER_MEAN the highest mean
 * first (no value last), ties in letter order, never by name: a mean
 * tells who scores what, not who is who. Every other order is ignored
 * (name, code and population would tell who is who). Rows are found by
 * code, so a snapshot whose region lists its municipalities in another
 * order is still right; a row the anonymizer does not know (none, when
 * both come from one study) goes last. (transfer full) */
static guint *
anonymized_order (const FkAnonymizer     *anon,
                  FkRoundSnapshot        *snapshot,
                  const FkMatrix         *matrix,
                  const FkHeatmapOptions *options,
                  guint                  *groups)
{
  FkRegion *region = fk_anonymizer_get_region (anon);
  guint n_letters;
  const guint *letters = fk_anonymizer_get_order (anon, &n_letters);
  AnonymousColumn *columns = g_new (AnonymousColumn, matrix->n_rows);
  guint *order = g_new (guint, matrix->n_rows);

  for (guint r = 0; r < matrix->n_rows; r++)
    {
      double mean = fk_matrix_row_mean (matrix, r);

      groups[r] = fk_anonymizer_get_size_group (anon, fk_matrix_get_municipality (matrix, r)->code);
      columns[r] = (AnonymousColumn) {
        .row = r,
        .rank = options->group_by_size ? size_group_rank (groups[r]) : 0,
        .key = options->municipality_order != FK_MUNICIPALITY_ORDER_MEAN ? 0 : isnan (mean) ? INFINITY : -mean,
        .letter = G_MAXUINT,
      };
    }
  for (guint i = 0; i < n_letters; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, letters[i]);
      int row = fk_round_snapshot_find_row (snapshot, m->code);

      if (row >= 0 && (guint) row < matrix->n_rows)
        columns[row].letter = i;
    }
  g_qsort_with_data (columns, (gint) matrix->n_rows, sizeof (AnonymousColumn), compare_anonymous_columns, NULL);
  for (guint r = 0; r < matrix->n_rows; r++)
    order[r] = columns[r].row;
  g_free (columns);
  return order;
}

/* ---- the numbers' font size --------------------------------------------- */

/* How much of the body size @text may have to fit @room pixels (≤ 1). */
static double
fit_scale (Measurer   *measurer,
           const char *text,
           double      room)
{
  double tw = *text != '\0' ? text_width (measurer, text, FALSE) : 0;

  return tw > room ? MAX (room, 1) / tw : 1;
}

/* One font size for every number of the grid and the legend's swatches,
 * the body size unless the widest number (relative to its narrowest
 * cell) would overflow: then smaller, so that it fits. Measures each
 * distinct text once (and the widths are kept), not each cell. */
static double
cell_font_size (FkHeatmapLayout           *layout,
                PangoContext              *context,
                Measurer                  *measurer,
                const FkHeatmapCellSource *source,
                double                     cell)
{
  double fs = layout->font_size;
  /* Whole values are in cells of at least a cell and in the swatches. */
  double whole_room = MIN (cell - CELL_GAP, cell * 0.9) - 2 * TEXT_PAD;
  double scale = 1, size;
  GHashTableIter iter;
  gpointer key, value;

  if (source->text_room == NULL)
    return fs;
  for (guint i = 0; i < FK_HEATMAP_N_WHOLE; i++)
    if (source->whole[i].text != NULL)
      scale = MIN (scale, fit_scale (measurer, source->whole[i].text, whole_room));
  g_hash_table_iter_init (&iter, source->text_room);
  while (g_hash_table_iter_next (&iter, &key, &value))
    scale = MIN (scale, fit_scale (measurer, key, GPOINTER_TO_INT (value) - 1 - 2 * TEXT_PAD));
  if (scale >= 1)
    return fs;

  /* Widths do not shrink exactly with the size (hinting): check at the
   * smaller size, a half pixel down at a time (whole halves keep the
   * cached widths' keys few). */
  size = floor (fs * scale * 2) / 2;
  while (size > 1)
    {
      Measurer small;
      gboolean fits = TRUE;

      measurer_init (&small, context, size);
      for (guint i = 0; fits && i < FK_HEATMAP_N_WHOLE; i++)
        fits = source->whole[i].text == NULL || fit_scale (&small, source->whole[i].text, whole_room) >= 1;
      g_hash_table_iter_init (&iter, source->text_room);
      while (fits && g_hash_table_iter_next (&iter, &key, &value))
        fits = fit_scale (&small, key, GPOINTER_TO_INT (value) - 1 - 2 * TEXT_PAD) >= 1;
      measurer_clear (&small);
      if (fits)
        break;
      size -= 0.5;
    }
  return MAX (size, 1);
}

/* ---- the layout --------------------------------------------------------- */

/* Rows that sum others up are bold, unless every row is an area. */
static gboolean
row_is_bold (const FkHeatmapLayout *layout,
             FkHeatmapRowKind       kind)
{
  return kind == FK_HEATMAP_ROW_MUNICIPALITY_MEAN
         || (kind == FK_HEATMAP_ROW_AREA && layout->grid != FK_HEATMAP_GRID_AREAS);
}

static char *
layout_title (const FkHeatmapLayout *layout,
              FkRoundChange         *change,
              const char            *round_name)
{
  const char *measure = fk_measure_get_label (layout->measure);
  gboolean named = round_name != NULL && *round_name != '\0';

  if (change != NULL)
    {
      const char *from = fk_round_snapshot_get_round_name (fk_round_change_get_from (change));

      /* Translators: the title of the change between rounds, e.g. "Change
       * in current level — Round 1 → Round 2"; %1$s is the change
       * ("Change in current level"), %2$s the earlier round, %3$s the later */
      return g_strdup_printf (_("%1$s — %2$s → %3$s"), fk_round_change_get_label (layout->measure),
                              from != NULL ? from : "", named ? round_name : "");
    }
  if (layout->grid == FK_HEATMAP_GRID_AREAS)
    /* Translators: the title of the area overview, e.g. "Current level by
     * area — Round 1"; %1$s is the measure, %2$s the round */
    return named ? g_strdup_printf (_("%1$s by area — %2$s"), measure, round_name)
                 /* Translators: the title of the area overview without a
                  * round name; %s is the measure */
                 : g_strdup_printf (_("%s by area"), measure);
  return named ? g_strdup_printf ("%s — %s", measure, round_name) : g_strdup (measure);
}

static double
mean_of_row_means (const FkMatrix *matrix,
                   guint          *n)
{
  double sum = 0;

  *n = 0;
  for (guint r = 0; r < matrix->n_rows; r++)
    {
      double v = fk_matrix_row_mean (matrix, r);

      if (!isnan (v))
        {
          sum += v;
          (*n)++;
        }
    }
  return *n > 0 ? sum / *n : NAN;
}

FkHeatmapLayout *
fk_heatmap_layout_new (FkRoundSnapshot        *snapshot,
                       FkMeasure               measure,
                       FkPalette               palette,
                       const char             *language,
                       const FkHeatmapOptions *options)
{
  FkHeatmapOptions defaults;
  LayoutStorage *storage = g_new0 (LayoutStorage, 1);
  g_autoptr(FkHeatmapLayout) layout = &storage->layout;
  PangoContext *context = NULL;
  g_autoptr(GPtrArray) area_caps = NULL;
  g_autoptr(GPtrArray) row_texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree guint *muni_order = NULL;
  g_autofree guint *cap_order = NULL;
  g_autofree guint *groups = NULL;   /* each snapshot row's size class, or merged group */
  FkAnonymizer *anon = options != NULL ? options->anonymizer : NULL;
  int highlight = -1;
  Measurer measurer, numbers;
  FkHeatmapCellSource source;
  g_autoptr(FkRoundChange) change = NULL;
  FkMatrix *matrix;
  FkModel *model;
  guint n_muni;
  double cell, fs, number_size, band, margin, top, label_w = 0, header_h = 0, grid_x, y, right, band_y = 0, names_y = 0;
  const char *round_name;
  g_autofree char *title = NULL;
  int current_area = -1;

  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail ((guint) measure < FK_N_MEASURES, NULL);

  if (options == NULL)
    {
      fk_heatmap_options_init (&defaults);
      options = &defaults;
    }
  if (options->grid == FK_HEATMAP_GRID_CHANGE)
    {
      g_autoptr(GError) error = NULL;

      g_return_val_if_fail (options->baseline != NULL, NULL);
      /* A precondition (fk-heatmap-layout.h): the caller checked it. */
      change = fk_round_change_new (options->baseline, snapshot, measure, &error);
      if (change == NULL)
        {
          g_critical ("%s", error->message);
          return NULL;
        }
    }
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  matrix = change != NULL ? fk_round_change_get_matrix (change) : fk_round_snapshot_get_matrix (snapshot, measure);
  model = fk_round_snapshot_get_model (snapshot);
  n_muni = fk_round_snapshot_get_n_rows (snapshot);

  cell = options->cell_size > 8 ? options->cell_size : 40;
  fs = cell * 0.4 * (options->font_scale > 0 ? options->font_scale : 1.0);
  margin = fs * MARGIN;
  measurer_init (&measurer, context, fs);

  layout->measure = measure;
  layout->palette = palette;
  layout->font_size = fs;
  layout->highlight_col = -1;
  layout->grid = options->grid;
  /* Not cleared: fk_heatmap_cell_fill and the loop below set every field. */
  layout->cells = g_array_new (FALSE, FALSE, sizeof (FkHeatmapCell));
  storage->cell_texts = g_string_chunk_new (4096);
  /* Translators: an area's name repeated above the first row of a part
   * of a large heatmap (a PDF page) that continues the area: "▾ Name (continued)" */
  storage->continued_format = g_strdup (_("%s (continued)"));
  layout->row_labels = g_array_new (FALSE, TRUE, sizeof (FkHeatmapLabel));
  g_array_set_clear_func (layout->row_labels, clear_label_item);
  layout->col_labels = g_array_new (FALSE, TRUE, sizeof (FkHeatmapLabel));
  g_array_set_clear_func (layout->col_labels, clear_label_item);
  layout->area_headers = g_array_new (FALSE, TRUE, sizeof (FkHeatmapLabel));
  g_array_set_clear_func (layout->area_headers, clear_label_item);
  layout->group_labels = g_array_new (FALSE, TRUE, sizeof (FkHeatmapLabel));
  g_array_set_clear_func (layout->group_labels, clear_label_item);
  layout->rows = g_array_new (FALSE, TRUE, sizeof (FkHeatmapRow));
  layout->columns = g_array_new (FALSE, TRUE, sizeof (FkHeatmapColumn));
  layout->dividers = g_array_new (FALSE, TRUE, sizeof (FkHeatmapDivider));
  layout->legend_items = g_array_new (FALSE, TRUE, sizeof (FkHeatmapLegendItem));
  g_array_set_clear_func (layout->legend_items, clear_legend_item);

  /* The orders, from core: the same for the table, the panel and the CLI. */
  groups = g_new (guint, MAX (n_muni, 1));
  if (anon != NULL)
    {
      muni_order = anonymized_order (anon, snapshot, matrix, options, groups);
      if (fk_anonymizer_get_highlight (anon) != NULL)
        highlight = fk_round_snapshot_find_row (snapshot, fk_anonymizer_get_highlight (anon));
    }
  else
    {
      muni_order = fk_order_municipalities (matrix, options->municipality_order, options->group_by_size);
      for (guint r = 0; r < n_muni; r++)
        groups[r] = matrix->row_size[r];
    }
  cap_order = fk_order_capabilities (matrix, options->capability_order);
  area_caps = capabilities_by_area (matrix, cap_order);
  plan_rows (layout, matrix, model, area_caps, options, language, row_texts);

  /* The label column: as wide as the longest row label, up to the maximum. */
  for (guint i = 0; i < row_texts->len; i++)
    {
      FkHeatmapRowKind kind = g_array_index (layout->rows, FkHeatmapRow, i).kind;
      label_w = MAX (label_w, text_width (&measurer, row_texts->pdata[i], row_is_bold (layout, kind)));
    }
  label_w = MIN (ceil (label_w) + 2, MAX (options->max_label_width, cell * 3));
  grid_x = margin + label_w + fs * GAP;
  /* The aggregates' columns are sized for numbers in proportion to the
   * cells (the body size at font_scale 1): larger words (font_scale above
   * 1, a projector's names) would widen them, leave the cells less width
   * and so shrink every number (one size for all, cell_font_size). */
  number_size = MIN (fs, cell * 0.4);
  if (number_size < fs)
    measurer_init (&numbers, context, number_size);
  right = add_columns (layout, matrix, muni_order, groups, highlight, options,
                       number_size < fs ? &numbers : &measurer, number_size, grid_x, cell);
  if (number_size < fs)
    measurer_clear (&numbers);
  layout->n_rows = layout->rows->len;
  layout->n_cols = layout->columns->len;
  layout->width = MAX (right, grid_x + cell) + margin;

  /* The column header: as tall as the longest column name, read upwards. */
  for (guint i = 0; i < layout->columns->len; i++)
    {
      const FkHeatmapColumn *column = &g_array_index (layout->columns, FkHeatmapColumn, i);
      gboolean aggregate = column->kind != FK_HEATMAP_COLUMN_MUNICIPALITY;
      gboolean bold = aggregate || (int) i == layout->highlight_col;
      g_autofree char *name = aggregate ? aggregate_column_name (column->kind)
                                        : municipality_name (matrix, anon, column->municipality);
      /* Rotated about (x, y), the bottom left: the text runs upwards over
       * the length w and is h thick, centred on its column. */
      FkHeatmapLabel label = make_label (column->x + (column->w - fs * 1.3) / 2, 0, 0, fs * 1.3,
                                         name, fs, bold, column->municipality);
      double length = text_width (&measurer, name, bold);

      label.angle = -G_PI / 2;
      /* A summary's long name ("At level 2 or below") on two lines where
       * its column is thick enough: the header, and so the rows frozen
       * under it on a projector, stays as tall as the municipalities'
       * names need. */
      if (aggregate && column->w >= fs * 2.4)
        {
          double two = two_line_length (&measurer, name);

          if (two < length)
            {
              length = two;
              label.max_lines = 2;
              label.h = fs * 2.4;
              label.x = column->x + (column->w - label.h) / 2;
            }
        }
      header_h = MAX (header_h, length);
      g_array_append_val (layout->col_labels, label);
    }
  header_h = ceil (header_h) + fs * 0.5;

  /* Title. */
  round_name = fk_round_snapshot_get_round_name (snapshot);
  title = layout_title (layout, change, round_name);
  top = options->compact ? fs * GAP : margin;
  layout->title = make_label (margin, top, layout->width - 2 * margin, fs * TITLE_SCALE * 1.4,
                              title, fs * TITLE_SCALE, TRUE, -1);
  y = top + fs * TITLE_SCALE * 1.4 + fs * (options->compact ? 0.2 : 0.6);

  /* Size groups: a label above each group's column names, in its own band. */
  band_y = y;
  if (options->group_by_size && n_muni > 0)
    {
      double band_h = fs * 1.5;
      guint first = 0;

      for (guint i = 1; i <= n_muni; i++)
        {
          const FkHeatmapColumn *a = &g_array_index (layout->columns, FkHeatmapColumn, first);
          const FkHeatmapColumn *b = &g_array_index (layout->columns, FkHeatmapColumn, i - 1);
          guint group = groups[a->municipality];
          FkHeatmapLabel label;

          if (i < n_muni && groups[g_array_index (layout->columns, FkHeatmapColumn, i).municipality] == group)
            continue;
          label = make_label (a->x, y, b->x + b->w - a->x, band_h,
                              anon != NULL ? fk_size_group_get_label ((FkSizeGroup) group)
                                           : size_group_name ((FkSizeClass) group),
                              fs, TRUE, (int) group);
          g_array_append_val (layout->group_labels, label);
          first = i;
        }
      y += band_h + fs * 0.3;
    }
  for (guint i = 0; i < layout->col_labels->len; i++)
    {
      FkHeatmapLabel *label = &g_array_index (layout->col_labels, FkHeatmapLabel, i);

      label->y = y + header_h;
      label->w = header_h;
    }
  names_y = y;
  y += header_h + fs * 0.4;
  layout->grid_x = grid_x;
  layout->grid_y = y;

  /* Rows: each area's header, then its capabilities or its one row. An
   * area's header band is a cell high, or in compact layouts only as high
   * as its name needs, so that a projector shows more rows. */
  band = options->compact ? MIN (cell, MAX (cell * 0.7, fs * AREA_SCALE * 1.6)) : cell;
  for (guint i = 0; i < layout->rows->len; i++)
    {
      FkHeatmapRow *row = &g_array_index (layout->rows, FkHeatmapRow, i);
      FkHeatmapLabel label;

      if (row->kind == FK_HEATMAP_ROW_MUNICIPALITY_MEAN)
        y += cell * EDGE_GAP;
      else if (row->area != current_area && layout->grid != FK_HEATMAP_GRID_AREAS)
        {
          const FkArea *area = g_ptr_array_index (model->areas, row->area);
          const char *name = fk_text_get (&area->name, language);
          /* ▸ collapsed, ▾ open: the state of the area, as in a tree view. */
          g_autofree char *text = options->disclosure
                                  ? g_strconcat (row->kind == FK_HEATMAP_ROW_AREA ? "▸ " : "▾ ", name, NULL)
                                  : g_strdup (name);
          FkHeatmapLabel header = make_label (margin, y + band * 0.15, 0, band * 0.85,
                                              text, fs * AREA_SCALE, TRUE, row->area);

          g_free (header.full_text);
          header.full_text = g_strdup (name);
          g_array_append_val (layout->area_headers, header);
          current_area = row->area;
          y += band;
        }
      row->y = y;
      row->h = cell;
      label = make_label (margin, y, label_w, cell, row_texts->pdata[i], fs,
                          row_is_bold (layout, row->kind),
                          row->kind == FK_HEATMAP_ROW_CAPABILITY ? row->capability : row->area);
      if (row->kind == FK_HEATMAP_ROW_AREA)
        {
          /* The short text sits under the area's header; tooltips, the
           * table and screen readers get a name that stands alone. */
          const FkArea *area = g_ptr_array_index (model->areas, row->area);
          guint n = ((GArray *) g_ptr_array_index (area_caps, row->area))->len;

          g_free (label.full_text);
          /* Translators: the one row of a collapsed area in the heatmap, for
           * tooltips and screen readers; %s is the area's name */
          label.full_text = g_strdup_printf (ngettext ("%s (mean of %u capability)",
                                                       "%s (mean of %u capabilities)", n),
                                             fk_text_get (&area->name, language), n);
        }
      g_array_append_val (layout->row_labels, label);
      y += cell;
    }

  /* Cells, row by row. */
  source = (FkHeatmapCellSource) {
    .snapshot = snapshot, .matrix = matrix,
    .target = fk_round_snapshot_get_matrix (snapshot, FK_MEASURE_TARGET),
    .measure = measure, .palette = palette, .language = language,
    .show_numbers = options->show_numbers,
    .overlays = measure == FK_MEASURE_CURRENT && change == NULL ? options->overlays : FK_HEATMAP_OVERLAY_NONE,
    .area_caps = area_caps, .texts = storage->cell_texts, .change = change,
    .signed_ = change != NULL || fk_measure_is_diverging (measure),
    .text_room = options->show_numbers ? g_hash_table_new (g_direct_hash, NULL) : NULL,
  };
  source.mean_of_row_means = mean_of_row_means (matrix, &source.n_row_means);
  fk_heatmap_cell_source_init_whole (&source);
  g_array_set_size (layout->cells, layout->n_rows * layout->n_cols);
  for (guint r = 0; r < layout->n_rows; r++)
    {
      const FkHeatmapRow *row = &g_array_index (layout->rows, FkHeatmapRow, r);

      for (guint c = 0; c < layout->n_cols; c++)
        {
          const FkHeatmapColumn *column = &g_array_index (layout->columns, FkHeatmapColumn, c);
          FkHeatmapCell *hc = &g_array_index (layout->cells, FkHeatmapCell, r * layout->n_cols + c);

          hc->x = column->x + CELL_GAP / 2;
          hc->y = row->y + CELL_GAP / 2;
          hc->w = column->w - CELL_GAP;
          hc->h = row->h - CELL_GAP;
          hc->capability = row->capability;
          hc->municipality = column->municipality;
          hc->area = row->area;
          hc->row = r;
          hc->col = c;
          hc->row_kind = row->kind;
          hc->column_kind = column->kind;
          fk_heatmap_cell_fill (&source, row, column, hc);
        }
    }
  layout->cell_font_size = cell_font_size (layout, context, &measurer, &source, cell);
  g_clear_pointer (&source.text_room, g_hash_table_unref);

  /* Dividers run from the group labels to the last row; the highlight's
   * frame from the column names. */
  for (guint i = 0; i < layout->dividers->len; i++)
    {
      FkHeatmapDivider *d = &g_array_index (layout->dividers, FkHeatmapDivider, i);

      d->y0 = d->y0 < 0 ? names_y : band_y;
      d->y1 = y;
    }

  layout->legend_y = y + fs * 0.6;
  add_legend (layout, &measurer, margin, y + fs * 1.2, cell, options->show_numbers, source.overlays,
              options->compact, language);
  layout->title.w = layout->width - 2 * margin;
  for (guint i = 0; i < layout->area_headers->len; i++)
    g_array_index (layout->area_headers, FkHeatmapLabel, i).w = layout->width - 2 * margin;
  layout->width = ceil (layout->width);
  layout->height = ceil (layout->height);
  measurer_clear (&measurer);
  g_object_unref (context);
  return g_steal_pointer (&layout);
}

void
fk_heatmap_layout_free (FkHeatmapLayout *layout)
{
  if (layout == NULL)
    return;
  clear_label (&layout->title);
  clear_label (&layout->legend_title);
  g_clear_pointer (&layout->cells, g_array_unref);
  g_clear_pointer (&layout->row_labels, g_array_unref);
  g_clear_pointer (&layout->col_labels, g_array_unref);
  g_clear_pointer (&layout->area_headers, g_array_unref);
  g_clear_pointer (&layout->legend_items, g_array_unref);
  g_clear_pointer (&layout->rows, g_array_unref);
  g_clear_pointer (&layout->columns, g_array_unref);
  g_clear_pointer (&layout->dividers, g_array_unref);
  g_clear_pointer (&layout->group_labels, g_array_unref);
  g_clear_pointer (&((LayoutStorage *) layout)->cell_texts, g_string_chunk_free);
  g_free (((LayoutStorage *) layout)->continued_format);
  g_free (layout);
}

const FkHeatmapCell *
fk_heatmap_layout_get_cell (const FkHeatmapLayout *layout,
                            guint                  row,
                            guint                  col)
{
  guint i;

  g_return_val_if_fail (layout != NULL, NULL);

  if (row >= layout->n_rows || col >= layout->n_cols)
    return NULL;
  i = row * layout->n_cols + col;
  return i < layout->cells->len ? &g_array_index (layout->cells, FkHeatmapCell, i) : NULL;
}

const FkHeatmapCell *
fk_heatmap_layout_find_cell (const FkHeatmapLayout *layout,
                             int                    capability,
                             int                    municipality)
{
  guint row = G_MAXUINT, col = G_MAXUINT;

  g_return_val_if_fail (layout != NULL, NULL);

  for (guint r = 0; r < layout->rows->len && row == G_MAXUINT; r++)
    {
      const FkHeatmapRow *hr = &g_array_index (layout->rows, FkHeatmapRow, r);
      if (hr->kind == FK_HEATMAP_ROW_CAPABILITY && hr->capability == capability)
        row = r;
    }
  for (guint c = 0; c < layout->columns->len && col == G_MAXUINT; c++)
    {
      const FkHeatmapColumn *hc = &g_array_index (layout->columns, FkHeatmapColumn, c);
      if (municipality >= 0 ? hc->municipality == municipality : hc->kind == FK_HEATMAP_COLUMN_MEAN)
        col = c;
    }
  return fk_heatmap_layout_get_cell (layout, row, col);
}

/* ---- parts of a large heatmap ------------------------------------------ */

/* The right edge of the legend's swatches and their labels (its title,
 * a short name above them, is given the layout's whole width). */
static double
legend_extent (const FkHeatmapLayout *layout)
{
  double right = 0;

  for (guint i = 0; i < layout->legend_items->len; i++)
    {
      const FkHeatmapLegendItem *item = &g_array_index (layout->legend_items, FkHeatmapLegendItem, i);

      right = MAX (right, item->x + item->w);
      if (item->label.text != NULL && *item->label.text != '\0')
        right = MAX (right, item->label.x + item->label.w);
    }
  return right;
}

static double
rows_bottom (const FkHeatmapLayout *layout,
             guint                  end)
{
  const FkHeatmapRow *last = &g_array_index (layout->rows, FkHeatmapRow, end - 1);

  return last->y + last->h;
}

char *
fk_heatmap_layout_continued_text (const FkHeatmapLayout *layout,
                                  const FkHeatmapLabel  *header)
{
  const char *format = ((const LayoutStorage *) layout)->continued_format;

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  /* msgfmt -c checks the translation's placeholder. */
  return g_strdup_printf (format != NULL ? format : "%s", header->text);
#pragma GCC diagnostic pop
}

/* The area header whose rows continue into a part from @row0 (the row
 * before it is in the same area), or NULL; the height of that area's
 * header band in @band. */
static const FkHeatmapLabel *
continued_area (const FkHeatmapLayout *layout,
                guint                  row0,
                double                *band)
{
  const FkHeatmapRow *row, *first;
  guint r = row0;

  *band = 0;
  if (row0 == 0 || layout->grid == FK_HEATMAP_GRID_AREAS)
    return NULL;
  row = &g_array_index (layout->rows, FkHeatmapRow, row0);
  if (row->kind == FK_HEATMAP_ROW_MUNICIPALITY_MEAN || row->area < 0 ||
      g_array_index (layout->rows, FkHeatmapRow, row0 - 1).area != row->area)
    return NULL;
  while (r > 0 && g_array_index (layout->rows, FkHeatmapRow, r - 1).area == row->area)
    r--;
  first = &g_array_index (layout->rows, FkHeatmapRow, r);
  for (guint i = 0; i < layout->area_headers->len; i++)
    {
      const FkHeatmapLabel *header = &g_array_index (layout->area_headers, FkHeatmapLabel, i);

      if (header->index == row->area)
        {
          /* The band from under the row before the area to its first row. */
          *band = first->y - (r == 0 ? layout->grid_y : rows_bottom (layout, r));
          return header;
        }
    }
  return NULL;
}

void
fk_heatmap_part_init (const FkHeatmapLayout *layout,
                      guint                  row0,
                      guint                  n_rows,
                      guint                  col0,
                      guint                  n_cols,
                      FkHeatmapPart         *part)
{
  const FkHeatmapColumn *first, *last;
  double margin, grid_bottom;

  g_return_if_fail (n_rows > 0 && row0 + n_rows <= layout->rows->len);
  g_return_if_fail (n_cols > 0 && col0 + n_cols <= layout->columns->len);

  first = &g_array_index (layout->columns, FkHeatmapColumn, col0);
  last = &g_array_index (layout->columns, FkHeatmapColumn, col0 + n_cols - 1);
  /* The margin on the right as on the left, and under the last row the
   * legend, the same on every part. */
  margin = layout->title.x;
  grid_bottom = rows_bottom (layout, layout->rows->len);

  part->row0 = row0;
  part->n_rows = n_rows;
  part->col0 = col0;
  part->n_cols = n_cols;
  part->x0 = first->x;
  part->x1 = last->x + last->w;
  /* From under the row before (the gap and the area name above the
   * first row belong to it) to under the last. */
  part->y0 = row0 == 0 ? layout->grid_y : rows_bottom (layout, row0);
  part->y1 = rows_bottom (layout, row0 + n_rows);
  part->legend_height = MAX (0, layout->height - grid_bottom);
  /* A part that starts inside an area repeats its name above its rows. */
  part->continued_area = continued_area (layout, row0, &part->continued_height) != NULL
                         ? g_array_index (layout->rows, FkHeatmapRow, row0).area : -1;
  part->width = MAX (layout->grid_x + (part->x1 - part->x0) + margin,
                     legend_extent (layout) + margin);
  part->height = layout->grid_y + part->continued_height + (part->y1 - part->y0) + part->legend_height;
}

/* How many items from @start fit @room: @extent (start, n) is the size
 * of n items from start; at least one. */
static guint
fit_count (const FkHeatmapLayout *layout,
           guint                  start,
           guint                  total,
           double                 room,
           guint                  cap,
           double               (*extent) (const FkHeatmapLayout *, guint, guint))
{
  guint n = 1;

  while (start + n < total && n < cap && extent (layout, start, n + 1) <= room)
    n++;
  return n;
}

/* The most items a band gets: as many bands as filling each would
 * make, the items spread evenly over them, so that the last is not a
 * row or two alone on its page. */
static guint
even_cap (const FkHeatmapLayout *layout,
          guint                  total,
          double                 room,
          double               (*extent) (const FkHeatmapLayout *, guint, guint))
{
  guint n_bands = 0;

  for (guint i = 0; i < total; n_bands++)
    i += fit_count (layout, i, total, room, G_MAXUINT, extent);
  return (total + n_bands - 1) / MAX (n_bands, 1);
}

/* The height of @n rows from @start, with the area name repeated above
 * them when they continue an area. */
static double
rows_extent (const FkHeatmapLayout *layout,
             guint                  start,
             guint                  n)
{
  double top = start == 0 ? layout->grid_y : rows_bottom (layout, start);
  double band;

  continued_area (layout, start, &band);
  return rows_bottom (layout, start + n) - top + band;
}

static double
columns_extent (const FkHeatmapLayout *layout,
                guint                  start,
                guint                  n)
{
  const FkHeatmapColumn *first = &g_array_index (layout->columns, FkHeatmapColumn, start);
  const FkHeatmapColumn *last = &g_array_index (layout->columns, FkHeatmapColumn, start + n - 1);

  return last->x + last->w - first->x;
}

GArray *
fk_heatmap_layout_split (const FkHeatmapLayout *layout,
                         double                 max_width,
                         double                 max_height)
{
  GArray *parts = g_array_new (FALSE, TRUE, sizeof (FkHeatmapPart));
  guint n_rows = layout->rows->len, n_cols = layout->columns->len;
  FkHeatmapPart whole;
  double row_room, col_room;
  guint row_cap, col_cap;

  if (n_rows == 0 || n_cols == 0)
    return parts;
  fk_heatmap_part_init (layout, 0, n_rows, 0, n_cols, &whole);
  /* What the labels, the title and the legend leave for the grid. */
  row_room = max_height - (whole.height - (whole.y1 - whole.y0));
  col_room = max_width - layout->grid_x - layout->title.x;
  row_cap = even_cap (layout, n_rows, row_room, rows_extent);
  col_cap = even_cap (layout, n_cols, col_room, columns_extent);
  for (guint r = 0; r < n_rows;)
    {
      guint nr = fit_count (layout, r, n_rows, row_room, row_cap, rows_extent);

      for (guint c = 0; c < n_cols;)
        {
          guint nc = fit_count (layout, c, n_cols, col_room, col_cap, columns_extent);
          FkHeatmapPart part;

          fk_heatmap_part_init (layout, r, nr, c, nc, &part);
          g_array_append_val (parts, part);
          c += nc;
        }
      r += nr;
    }
  return parts;
}
