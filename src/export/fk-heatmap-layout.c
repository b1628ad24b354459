/* fk-heatmap-layout.c — the heatmap as a display list, computed without GTK
 *
 * Text is measured with pango on a cairo font map (no display needed), so
 * that the label column and the rotated municipality names get the room
 * they need, up to options->max_label_width; longer capability names are
 * ellipsized when drawn and kept whole in full_text.
 */
#define G_LOG_DOMAIN "fk-heatmap-layout"
#include "config.h"
#include "fk-heatmap-layout.h"
#include "fk-heatmap-private.h"
#include "fk-model.h"
#include "fk-region.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

/* Font sizes and gaps in units of the body font size. */
#define TITLE_SCALE   1.35
#define AREA_SCALE    1.05
#define MARGIN        1.2
#define GAP           0.6     /* between labels and cells */
#define CELL_GAP      2.0     /* pixels between cells */

/* ---- colours and numbers ------------------------------------------------ */

void
fk_heatmap_value_rgb (FkMeasure measure,
                      FkPalette palette,
                      double    value,
                      double    rgb[3])
{
  double min, max;

  if (isnan (value))
    {
      rgb[0] = rgb[1] = rgb[2] = 1;
      return;
    }
  min = fk_measure_get_min (measure);
  max = fk_measure_get_max (measure);
  if (fk_measure_is_diverging (measure))
    fk_palette_get_diverging_rgb (palette, value / MAX (fabs (min), fabs (max)), rgb);
  else
    fk_palette_get_ramp_rgb (palette, (value - min) / (max - min), rgb);
}

static double
channel (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/* Black or white, whichever has the higher WCAG contrast with @bg. */
static void
contrast_text (const double bg[3],
               double       out[3])
{
  double l = 0.2126 * channel (bg[0]) + 0.7152 * channel (bg[1]) + 0.0722 * channel (bg[2]);
  double with_black = (l + 0.05) / 0.05;
  double with_white = 1.05 / (l + 0.05);
  double v = with_black >= with_white ? 0 : 1;

  out[0] = out[1] = out[2] = v;
}

/* "3", "2,4" (sv) / "2.4" (en), "+2", "−1". */
static char *
format_value (double      value,
              gboolean    integral,
              gboolean    signed_,
              const char *language)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  GString *s = g_string_new (NULL);
  double shown = integral ? round (value) : round (value * 10) / 10;

  if (shown == 0)
    shown = 0;   /* no "−0" */
  if (signed_ && shown > 0)
    g_string_append_c (s, '+');
  if (shown < 0)
    g_string_append (s, "−");
  g_ascii_formatd (buf, sizeof buf, integral ? "%.0f" : "%.1f", fabs (shown));
  g_string_append (s, buf);
  if (g_strcmp0 (language, "en") != 0)
    g_strdelimit (s->str, ".", ',');
  return g_string_free (s, FALSE);
}

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

static double
text_width (PangoContext *context,
            const char   *text,
            double        font_size,
            gboolean      bold)
{
  g_autoptr(PangoLayout) layout = fk_heatmap_text_layout (context, text, font_size, bold);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  return w;
}

/* ---- the list ----------------------------------------------------------- */

static void
clear_label (FkHeatmapLabel *label)
{
  g_clear_pointer (&label->text, g_free);
  g_clear_pointer (&label->full_text, g_free);
}

static void
clear_cell (gpointer data)
{
  FkHeatmapCell *cell = data;

  g_clear_pointer (&cell->text, g_free);
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

void
fk_heatmap_options_init (FkHeatmapOptions *options)
{
  options->show_numbers = TRUE;
  options->cell_size = 40;
  options->font_scale = 1.0;
  options->max_label_width = 420;
  options->municipality_order = FK_MUNICIPALITY_ORDER_NAME;
  options->group_by_size = FALSE;
  options->capability_order = FK_CAPABILITY_ORDER_MODEL;
  options->collapsed_areas = NULL;
  options->aggregates = FK_HEATMAP_AGGREGATES_DEFAULT;
  options->overlays = FK_HEATMAP_OVERLAY_NONE;
}

static void
set_mark_cell (FkHeatmapCellKind  kind,
               double             rgb[3],
               double             text_rgb[3])
{
  rgb[0] = rgb[1] = rgb[2] = 1;
  text_rgb[0] = text_rgb[1] = text_rgb[2] = 0;
  (void) kind;
}

static void
add_legend (FkHeatmapLayout *layout,
            PangoContext    *context,
            double           x0,
            double           y0,
            double           cell,
            gboolean         show_numbers,
            const char      *language)
{
  double fs = layout->font_size;
  double min, max, x = x0, y;
  gboolean diverging = fk_measure_is_diverging (layout->measure);
  double swatch = cell * 0.9;
  const char *marks[2] = { _("Not assessed"), _("Not applicable") };

  layout->legend_title = make_label (x0, y0, layout->width - x0, fs * 1.5,
                                     fk_measure_get_label (layout->measure), fs, TRUE, -1);
  y = y0 + fs * 1.8;

  /* Steps, one per whole value, each with its number below (and inside). */
  min = fk_measure_get_min (layout->measure);
  max = fk_measure_get_max (layout->measure);
  for (int v = (int) min; v <= (int) max; v++)
    {
      FkHeatmapLegendItem item = { 0 };
      g_autofree char *text = format_value (v, TRUE, diverging, language);

      item.x = x;
      item.y = y;
      item.w = swatch;
      item.h = swatch;
      item.kind = FK_HEATMAP_CELL_VALUE;
      fk_heatmap_value_rgb (layout->measure, layout->palette, v, item.rgb);
      contrast_text (item.rgb, item.text_rgb);
      item.value_text = show_numbers ? g_strdup (text) : NULL;
      item.label = make_label (x, y + swatch + 2, swatch, fs * 1.3, show_numbers ? "" : text, fs * 0.85, FALSE, v);
      g_array_append_val (layout->legend_items, item);
      x += swatch + CELL_GAP;
    }

  /* The two marks, after a gap, with their names beside them. */
  x += cell;
  for (guint i = 0; i < 2; i++)
    {
      FkHeatmapLegendItem item = { 0 };
      double tw = text_width (context, marks[i], fs, FALSE);

      item.x = x;
      item.y = y;
      item.w = swatch;
      item.h = swatch;
      item.kind = i == 0 ? FK_HEATMAP_CELL_NOT_ASSESSED : FK_HEATMAP_CELL_NOT_APPLICABLE;
      set_mark_cell (item.kind, item.rgb, item.text_rgb);
      item.label = make_label (x + swatch + fs * 0.4, y, tw + 2, swatch, marks[i], fs, FALSE, -1);
      g_array_append_val (layout->legend_items, item);
      x += swatch + fs * 0.4 + tw + cell * 0.8;
    }
  layout->width = MAX (layout->width, x + fs * MARGIN);
  layout->legend_title.w = layout->width - x0;
  layout->height = y + swatch + fs * 1.5 + fs * MARGIN;
}

FkHeatmapLayout *
fk_heatmap_layout_new (FkRoundSnapshot        *snapshot,
                       FkMeasure               measure,
                       FkPalette               palette,
                       const char             *language,
                       const FkHeatmapOptions *options)
{
  FkHeatmapOptions defaults;
  g_autoptr(FkHeatmapLayout) layout = g_new0 (FkHeatmapLayout, 1);
  PangoContext *context = NULL;
  FkMatrix *matrix;
  FkModel *model;
  guint n_muni, n_caps;
  double cell, fs, margin, label_w = 0, header_h = 0, grid_x, y, mean_x;
  gboolean integral, diverging;
  const char *round_name;
  g_autofree char *title = NULL;

  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail ((guint) measure < FK_N_MEASURES, NULL);

  if (options == NULL)
    {
      fk_heatmap_options_init (&defaults);
      options = &defaults;
    }
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  matrix = fk_round_snapshot_get_matrix (snapshot, measure);
  model = fk_round_snapshot_get_model (snapshot);
  n_muni = fk_round_snapshot_get_n_rows (snapshot);
  n_caps = fk_round_snapshot_get_n_cols (snapshot);
  integral = TRUE;
  diverging = fk_measure_is_diverging (measure);

  cell = options->cell_size > 8 ? options->cell_size : 40;
  fs = cell * 0.4 * (options->font_scale > 0 ? options->font_scale : 1.0);
  margin = fs * MARGIN;

  layout->measure = measure;
  layout->palette = palette;
  layout->font_size = fs;
  layout->n_rows = n_caps;
  layout->n_cols = n_muni + 1;
  layout->cells = g_array_new (FALSE, TRUE, sizeof (FkHeatmapCell));
  g_array_set_clear_func (layout->cells, clear_cell);
  layout->row_labels = g_array_new (FALSE, TRUE, sizeof (FkHeatmapLabel));
  g_array_set_clear_func (layout->row_labels, clear_label_item);
  layout->col_labels = g_array_new (FALSE, TRUE, sizeof (FkHeatmapLabel));
  g_array_set_clear_func (layout->col_labels, clear_label_item);
  layout->area_headers = g_array_new (FALSE, TRUE, sizeof (FkHeatmapLabel));
  g_array_set_clear_func (layout->area_headers, clear_label_item);
  layout->rows = g_array_new (FALSE, TRUE, sizeof (FkHeatmapRow));
  layout->columns = g_array_new (FALSE, TRUE, sizeof (FkHeatmapColumn));
  layout->dividers = g_array_new (FALSE, TRUE, sizeof (FkHeatmapDivider));
  layout->legend_items = g_array_new (FALSE, TRUE, sizeof (FkHeatmapLegendItem));
  g_array_set_clear_func (layout->legend_items, clear_legend_item);

  /* The label column: as wide as the longest name, up to the maximum. */
  for (guint c = 0; c < n_caps; c++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
      label_w = MAX (label_w, text_width (context, fk_text_get (&cap->name, language), fs, FALSE));
    }
  label_w = MIN (ceil (label_w) + 2, MAX (options->max_label_width, cell * 3));

  /* The column header: as tall as the longest municipality name, read upwards. */
  for (guint r = 0; r < n_muni; r++)
    {
      const FkMunicipality *m = fk_matrix_get_municipality (matrix, r);
      header_h = MAX (header_h, text_width (context, m->name, fs, FALSE));
    }
  header_h = MAX (header_h, text_width (context, _("Region mean"), fs, TRUE));
  header_h = ceil (header_h) + fs * 0.5;

  /* Title. */
  round_name = fk_round_snapshot_get_round_name (snapshot);
  title = round_name != NULL && *round_name != '\0'
        ? g_strdup_printf ("%s — %s", fk_measure_get_label (measure), round_name)
        : g_strdup (fk_measure_get_label (measure));
  grid_x = margin + label_w + fs * GAP;
  mean_x = grid_x + n_muni * cell + cell * 0.4;
  layout->width = mean_x + cell + margin;
  layout->title = make_label (margin, margin, layout->width - 2 * margin, fs * TITLE_SCALE * 1.4,
                              title, fs * TITLE_SCALE, TRUE, -1);
  y = margin + fs * TITLE_SCALE * 1.4 + fs * 0.6;

  /* Column labels, rotated: the box runs upwards from the bottom left. */
  for (guint r = 0; r <= n_muni; r++)
    {
      gboolean mean = r == n_muni;
      const char *name = mean ? _("Region mean") : fk_matrix_get_municipality (matrix, r)->name;
      double x = mean ? mean_x : grid_x + r * cell;
      /* Rotated about (x, y), the bottom left: the text runs upwards
       * over the length w and is h thick, centred on its column. */
      FkHeatmapLabel label = make_label (x + (cell - fs * 1.3) / 2, y + header_h, header_h, fs * 1.3,
                                         name, fs, mean, mean ? -1 : (int) r);

      label.angle = -G_PI / 2;
      g_array_append_val (layout->col_labels, label);
    }
  y += header_h + fs * 0.4;
  layout->grid_x = grid_x;
  layout->grid_y = y;
  for (guint r = 0; r <= n_muni; r++)
    {
      FkHeatmapColumn column = {
        .x = r == n_muni ? mean_x : grid_x + r * cell, .w = cell,
        .kind = r == n_muni ? FK_HEATMAP_COLUMN_MEAN : FK_HEATMAP_COLUMN_MUNICIPALITY,
        .municipality = r == n_muni ? -1 : (int) r,
      };
      g_array_append_val (layout->columns, column);
    }

  /* Areas and their capabilities. */
  for (guint a = 0; a < model->areas->len; a++)
    {
      const FkArea *area = g_ptr_array_index (model->areas, a);
      gboolean header_done = FALSE;

      for (guint c = 0; c < n_caps; c++)
        {
          const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
          FkHeatmapLabel label;

          if (matrix->col_area[c] != a)
            continue;
          if (!header_done)
            {
              FkHeatmapLabel header = make_label (margin, y + cell * 0.15, layout->width - 2 * margin, cell * 0.85,
                                                  fk_text_get (&area->name, language), fs * AREA_SCALE, TRUE, (int) a);
              g_array_append_val (layout->area_headers, header);
              y += cell;
              header_done = TRUE;
            }

          label = make_label (margin, y, label_w, cell, fk_text_get (&cap->name, language), fs, FALSE, (int) c);
          g_array_append_val (layout->row_labels, label);
          {
            FkHeatmapRow row = { .y = y, .h = cell, .kind = FK_HEATMAP_ROW_CAPABILITY,
                                 .capability = (int) c, .area = (int) a };
            g_array_append_val (layout->rows, row);
          }

          for (guint r = 0; r <= n_muni; r++)
            {
              FkHeatmapCell hc = { 0 };
              gboolean mean = r == n_muni;
              double value = mean ? fk_matrix_column_mean (matrix, c, FK_SIZE_FILTER_ALL)
                                  : fk_matrix_get (matrix, r, c);

              hc.x = (mean ? mean_x : grid_x + r * cell) + CELL_GAP / 2;
              hc.y = y + CELL_GAP / 2;
              hc.w = cell - CELL_GAP;
              hc.h = cell - CELL_GAP;
              hc.capability = (int) c;
              hc.municipality = mean ? -1 : (int) r;
              hc.area = (int) a;
              hc.row = layout->rows->len - 1;
              hc.col = r;
              hc.row_kind = FK_HEATMAP_ROW_CAPABILITY;
              hc.column_kind = mean ? FK_HEATMAP_COLUMN_MEAN : FK_HEATMAP_COLUMN_MUNICIPALITY;
              hc.n_values = mean ? fk_matrix_column_count (matrix, c, FK_SIZE_FILTER_ALL)
                                 : !isnan (value);
              hc.target = NAN;
              hc.value = value;
              if (!isnan (value))
                {
                  hc.kind = FK_HEATMAP_CELL_VALUE;
                  fk_heatmap_value_rgb (measure, palette, value, hc.rgb);
                  contrast_text (hc.rgb, hc.text_rgb);
                  hc.text = options->show_numbers
                          ? format_value (value, integral && !mean, diverging, language)
                          : g_strdup ("");
                }
              else
                {
                  hc.kind = !mean && fk_matrix_is_not_applicable (matrix, r, c)
                          ? FK_HEATMAP_CELL_NOT_APPLICABLE : FK_HEATMAP_CELL_NOT_ASSESSED;
                  set_mark_cell (hc.kind, hc.rgb, hc.text_rgb);
                  hc.text = g_strdup ("");
                }
              g_array_append_val (layout->cells, hc);
            }
          y += cell;
        }
    }

  layout->legend_y = y + fs * 0.6;
  add_legend (layout, context, margin, y + fs * 1.2, cell, options->show_numbers, language);
  layout->title.w = layout->width - 2 * margin;
  for (guint i = 0; i < layout->area_headers->len; i++)
    g_array_index (layout->area_headers, FkHeatmapLabel, i).w = layout->width - 2 * margin;
  layout->width = ceil (layout->width);
  layout->height = ceil (layout->height);
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
  for (guint i = 0; i < layout->cells->len; i++)
    {
      const FkHeatmapCell *cell = &g_array_index (layout->cells, FkHeatmapCell, i);
      if (cell->capability == capability && cell->municipality == municipality)
        return cell;
    }
  return NULL;
}
