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
 * fit beside the chart in two lines. */
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

static double
longest_word (const Ctx         *ctx,
              const FkRadarData *data)
{
  double longest = 0;

  for (guint i = 0; i < data->axes->len; i++)
    {
      const FkRadarAxis *axis = &g_array_index (data->axes, FkRadarAxis, i);
      g_auto(GStrv) words = g_strsplit (axis->label ? axis->label : "", " ", -1);

      for (guint j = 0; words[j] != NULL; j++)
        {
          g_autoptr(PangoLayout) layout = fk_radar_new_layout (ctx, words[j], ctx->label_scale, FALSE);
          int w, h;

          pango_layout_get_pixel_size (layout, &w, &h);
          longest = MAX (longest, w);
        }
    }
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
  double side, needed;
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

  /* Room for labels: about three lines above and below, a few words at
   * the sides. */
  /* Keep the longest word of any label whole beside the chart: a smaller
   * label font (down to 80 %) before a smaller chart; beyond that, long
   * words break. */
  side = longest_word (ctx, data);
  if (side > width * 0.22)
    {
      ctx->label_scale *= MAX (0.8, width * 0.22 / side);
      /* Measured again: a minimum font size may keep the words as wide. */
      side = longest_word (ctx, data);
    }
  side = MAX (side, ctx->unit * 4);
  /* In a narrow chart (a phone-width window) the chart keeps at least
   * about half the width: the labels beside it wrap, and a long word
   * breaks, rather than the chart shrinking to a dot. */
  side = MIN (side, width * 0.22);
  probe = fk_radar_new_layout (ctx, "Ag", ctx->label_scale, FALSE);
  pango_layout_get_pixel_size (probe, &pw, &line_h);
  ctx->radius = MIN (width / 2 - ctx->margin - side - ctx->unit * 0.6,
                     ctx->plot_h / 2 - 1.6 * line_h - ctx->unit * 0.6);
  ctx->radius = MAX (ctx->radius, ctx->unit);

  /* In a tall area, keep title, chart and legend together in the middle,
   * or at the top when asked. */
  needed = 2 * (ctx->radius + 1.6 * line_h + ctx->unit * 0.6);
  ctx->title_y = ctx->margin;
  if (ctx->plot_h > needed)
    {
      double slack = options != NULL && options->align_top ? 0 : (ctx->plot_h - needed) / 2;

      ctx->title_y += slack;
      ctx->top += slack;
      ctx->plot_h = needed;
    }
  ctx->legend_y = ctx->top + ctx->plot_h + ctx->margin;
  ctx->cx = width / 2;
  ctx->cy = ctx->top + ctx->plot_h / 2;
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
  Ctx ctx;

  g_return_val_if_fail (data != NULL && x != NULL && y != NULL, FALSE);

  if (!measure (&ctx, data, width, height, options) || axis >= ctx.n)
    return FALSE;
  fk_radar_point_at (&ctx, axis, level, x, y);
  return TRUE;
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
  Ctx ctx;

  g_return_val_if_fail (data != NULL, FALSE);

  if (!measure (&ctx, data, width, height, options))
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
