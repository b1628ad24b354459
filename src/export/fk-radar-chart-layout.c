/* fk-radar-chart-layout.c — sizes and positions in a radar chart
 *
 * Everything scales with one unit, the font size, taken from the smaller
 * side of the chart; text is measured with pango on the target surface,
 * or on a scratch one when only the geometry is asked for.
 */
#define G_LOG_DOMAIN "fk-radar-chart-layout"
#include "config.h"
#include "fk-radar-chart-private.h"

#include <math.h>
#include <string.h>

/* Axis labels a little smaller than the legend, so that long area names
 * fit beside the chart in two lines; never smaller than that (a narrow
 * chart shrinks its radius instead). */
#define LABEL_SCALE 0.92

double
fk_radar_axis_angle (const Ctx *ctx,
                     guint      i)
{
  return -G_PI / 2 + 2 * G_PI * i / ctx->n;
}

void
fk_radar_point_at (const Ctx *ctx,
                   guint      i,
                   double     level,
                   double    *x,
                   double    *y)
{
  double r = ctx->radius * CLAMP (level, FK_LEVEL_MIN, FK_LEVEL_MAX) / FK_LEVEL_MAX;

  *x = ctx->cx + r * cos (fk_radar_axis_angle (ctx, i));
  *y = ctx->cy + r * sin (fk_radar_axis_angle (ctx, i));
}

PangoLayout *
fk_radar_new_layout (const Ctx  *ctx,
                     const char *text,
                     double      scale,
                     gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (ctx->cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, MAX (ctx->unit * scale, ctx->min_text) * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);   /* never markup */
  return layout;
}

/* The widest word of any axis label. */
static double
longest_word (const Ctx         *ctx,
              const FkRadarData *data)
{
  double longest = 0;

  for (guint i = 0; i < data->axes->len; i++)
    longest = MAX (longest, fk_radar_label_longest_word (ctx, g_array_index (data->axes, FkRadarAxis, i).label));
  return longest;
}

/* Fills @ctx: sizes scale with the smaller side, so text stays readable
 * from the back of a room at any size, and never fall below the options'
 * minimum (a widget's body text). Returns FALSE if too small. */
gboolean
fk_radar_compute_layout (Ctx                  *ctx,
                         const FkRadarData    *data,
                         cairo_t              *cr,
                         double                width,
                         double                height,
                         const double         *foreground,
                         const FkRadarOptions *options)
{
  g_autoptr(PangoLayout) probe = NULL;
  double side, needed, gap, largest, smallest, extent, extent_top, extent_bottom;
  int pw, line_h;

  memset (ctx, 0, sizeof *ctx);
  if (width < 10 || height < 10)
    return FALSE;

  ctx->cr = cr;
  ctx->n = data->axes->len;
  ctx->unit = CLAMP (MIN (width, height) / 36.0, 9.0, 64.0);
  if (options != NULL && options->min_font_size > 0)
    {
      ctx->min_text = MIN (options->min_font_size, 64.0);
      ctx->unit = MAX (ctx->unit, ctx->min_text);
    }
  ctx->label_scale = LABEL_SCALE;
  if (foreground != NULL)
    memcpy (ctx->fg, foreground, sizeof ctx->fg);
  ctx->dark = 0.299 * ctx->fg[0] + 0.587 * ctx->fg[1] + 0.114 * ctx->fg[2] > 0.5;
  for (guint i = 0; i < FK_PALETTE_N_SERIES; i++)
    fk_palette_get_series_rgb (data->palette, i, ctx->dark, ctx->colour[i]);

  ctx->margin = ctx->unit * 0.6;
  ctx->top = ctx->margin;
  if (data->title != NULL && *data->title != '\0')
    {
      g_autoptr(PangoLayout) layout = fk_radar_new_layout (ctx, data->title, 1.3, TRUE);
      int tw, th;

      pango_layout_get_pixel_size (layout, &tw, &th);
      ctx->top += th + ctx->margin;
    }
  ctx->legend_h = fk_radar_draw_legend (ctx, data, ctx->margin, 0, width - 2 * ctx->margin, FALSE);
  ctx->plot_h = height - ctx->top - ctx->legend_h - 2 * ctx->margin;

  /* The radius: first as the longest word beside the chart and a line
   * above and below allow, then smaller until every label fits whole,
   * inside and apart (fk_radar_place_labels()); the text keeps its size.
   * In a narrow chart (a phone-width window) the chart stops at a share
   * of its smaller side (@extent): a word too long for the room beside
   * it then breaks, rather than the chart shrinking to a dot. */
  extent = MIN (width, height);
  side = longest_word (ctx, data);
  side = MIN (MAX (side, ctx->unit * 4), width * 0.22);
  probe = fk_radar_new_layout (ctx, "Ag", ctx->label_scale, FALSE);
  pango_layout_get_pixel_size (probe, &pw, &line_h);
  gap = ctx->unit * 0.6;
  largest = MIN (width / 2 - ctx->margin - side - gap, ctx->plot_h / 2 - line_h - gap);
  smallest = MIN (largest, extent * 0.22);
  largest = MAX (largest, ctx->unit);
  smallest = MAX (smallest, ctx->unit);
  ctx->cx = width / 2;
  ctx->cy = ctx->top + ctx->plot_h / 2;
  ctx->radius = largest;
  if (ctx->n > 0)
    {
      gboolean placed = FALSE;

      /* The first way that fits, the largest chart for each: whole words
       * in two lines, then three, around a chart at least 40 % of the
       * extent across; then, in a narrow chart, the words too long to fit
       * beside that chart break and the chart may go down to 28 %; at
       * last four lines. */
      const struct { int max_lines; gboolean break_words; double smallest; } ways[] = {
        { 2, FALSE, 0.2 }, { 3, FALSE, 0.2 }, { 3, TRUE, 0.14 }, { 4, TRUE, 0.14 },
      };

      for (guint k = 0; !placed && k < G_N_ELEMENTS (ways); k++)
        for (double r = largest; !placed && r >= MAX (ctx->unit, extent * ways[k].smallest); r *= 0.95)
          {
            ctx->radius = r;
            placed = fk_radar_place_labels (ctx, data, ctx->margin, ctx->top, width - 2 * ctx->margin,
                                            ctx->plot_h, ways[k].break_words ? extent * 0.2 : 0,
                                            ways[k].max_lines);
          }
      ctx->labels_fit = placed;
      if (!placed)
        {
          /* Labels that cannot all fit: the chart keeps about half the
           * width (it is what the reader came for), words break. */
          ctx->radius = smallest;
          fk_radar_place_labels (ctx, data, ctx->margin, ctx->top, width - 2 * ctx->margin,
                                 ctx->plot_h, smallest, 3);
        }
    }

  /* In a tall area, keep title, chart and labels and legend together in
   * the middle, or at the top when asked. */
  extent_top = ctx->cy - ctx->radius;
  extent_bottom = ctx->cy + ctx->radius;
  for (guint i = 0; ctx->labels != NULL && i < ctx->labels->len; i++)
    {
      const cairo_rectangle_t *box = &g_array_index (ctx->labels, FkRadarLabel, i).box;

      extent_top = MIN (extent_top, box->y);
      extent_bottom = MAX (extent_bottom, box->y + box->height);
    }
  needed = extent_bottom - extent_top + 2 * gap;
  ctx->title_y = ctx->margin;
  if (ctx->plot_h > needed)
    {
      double slack = options != NULL && options->align_top ? 0 : (ctx->plot_h - needed) / 2;
      double shift = ctx->top + slack + gap - extent_top;

      ctx->cy += shift;
      fk_radar_shift_labels (ctx, shift);
      ctx->title_y += slack;
      ctx->top += slack;
      ctx->plot_h = needed;
    }
  ctx->legend_y = ctx->top + ctx->plot_h + ctx->margin;
  return TRUE;
}

/* fk_radar_compute_layout() on a scratch surface: text is measured as on
 * any image surface. Leaves @ctx without a cairo context. */
static gboolean
measure (Ctx                  *ctx,
         const FkRadarData    *data,
         double                width,
         double                height,
         const FkRadarOptions *options)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  gboolean ok = fk_radar_compute_layout (ctx, data, cr, width, height, NULL, options);

  ctx->cr = NULL;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return ok;
}

gboolean
fk_radar_chart_get_point (const FkRadarData *data,
                          double             width,
                          double             height,
                          guint              axis,
                          double             level,
                          double            *x,
                          double            *y)
{
  return fk_radar_chart_get_point_with_options (data, width, height, NULL, axis, level, x, y);
}

gboolean
fk_radar_chart_get_point_with_options (const FkRadarData    *data,
                                       double                width,
                                       double                height,
                                       const FkRadarOptions *options,
                                       guint                 axis,
                                       double                level,
                                       double               *x,
                                       double               *y)
{
  Ctx ctx = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL && x != NULL && y != NULL, FALSE);

  ok = measure (&ctx, data, width, height, options) && axis < ctx.n;
  if (ok)
    fk_radar_point_at (&ctx, axis, level, x, y);
  fk_radar_ctx_clear (&ctx);
  return ok;
}

gboolean
fk_radar_chart_get_text_sizes (const FkRadarData    *data,
                               double                width,
                               double                height,
                               const FkRadarOptions *options,
                               double               *label_size,
                               double               *legend_size,
                               double               *top)
{
  Ctx ctx = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL, FALSE);

  ok = measure (&ctx, data, width, height, options);
  fk_radar_ctx_clear (&ctx);
  if (!ok)
    return FALSE;
  /* As fk_radar_new_layout() sizes them. */
  if (label_size != NULL)
    *label_size = MAX (ctx.unit * ctx.label_scale, ctx.min_text);
  if (legend_size != NULL)
    *legend_size = MAX (ctx.unit, ctx.min_text);
  if (top != NULL)
    *top = ctx.title_y;
  return TRUE;
}

double
fk_radar_chart_get_used_height (const FkRadarData    *data,
                                double                width,
                                double                height,
                                const FkRadarOptions *options)
{
  Ctx ctx = { 0 };
  double used = 0;

  g_return_val_if_fail (data != NULL, 0);

  if (measure (&ctx, data, width, height, options))
    used = MIN (height, ctx.legend_y + ctx.legend_h + ctx.margin);
  fk_radar_ctx_clear (&ctx);
  return used;
}

GArray *
fk_radar_chart_get_label_boxes (const FkRadarData    *data,
                                double                width,
                                double                height,
                                const FkRadarOptions *options,
                                gboolean             *fit)
{
  Ctx ctx = { 0 };
  GArray *boxes = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (measure (&ctx, data, width, height, options))
    {
      boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
      for (guint i = 0; ctx.labels != NULL && i < ctx.labels->len; i++)
        g_array_append_val (boxes, g_array_index (ctx.labels, FkRadarLabel, i).box);
      if (fit != NULL)
        *fit = ctx.labels_fit;
    }
  fk_radar_ctx_clear (&ctx);
  return boxes;
}
