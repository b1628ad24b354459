/* fk-radar-chart.c — a radar chart of levels by area, drawn with cairo
 *
 * The data is built in fk-radar-data.c, sizes and positions are worked
 * out in fk-radar-chart-layout.c; here are the drawing and the files.
 */
#define G_LOG_DOMAIN "fk-radar-chart"
#include "config.h"
#include "fk-radar-chart-private.h"
#include "fk-error.h"
#include "fk-model.h"

#include <cairo-svg.h>
#include "fk-i18n.h"
#include <math.h>

/* ---- drawing ------------------------------------------------------------ */

static double
axis_value (const FkRadarData *data,
            guint              i,
            Series             series)
{
  const FkRadarAxis *axis = &g_array_index (data->axes, FkRadarAxis, i);

  return series == SERIES_CURRENT ? axis->current
       : series == SERIES_TARGET ? axis->target : axis->median;
}

static void
set_series_style (const Ctx *ctx,
                  Series     series)
{
  cairo_t *cr = ctx->cr;
  double dashes[2];

  cairo_set_source_rgb (cr, ctx->colour[series][0], ctx->colour[series][1], ctx->colour[series][2]);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  switch (series)
    {
    case SERIES_CURRENT:
      cairo_set_line_width (cr, ctx->unit * 0.24);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    case SERIES_TARGET:
      dashes[0] = ctx->unit * 0.75;
      dashes[1] = ctx->unit * 0.45;
      cairo_set_line_width (cr, ctx->unit * 0.2);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_dash (cr, dashes, 2, 0);
      break;
    case SERIES_MEDIAN:
    default:
      dashes[0] = 0;
      dashes[1] = ctx->unit * 0.42;
      cairo_set_line_width (cr, ctx->unit * 0.22);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, dashes, 2, 0);
      break;
    }
}

static void
draw_marker (const Ctx *ctx,
             Series     series,
             double     x,
             double     y)
{
  cairo_t *cr = ctx->cr;
  double s = ctx->unit * 0.3;

  cairo_save (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_source_rgb (cr, ctx->colour[series][0], ctx->colour[series][1], ctx->colour[series][2]);
  if (series == SERIES_CURRENT)
    {
      cairo_arc (cr, x, y, s, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  else if (series == SERIES_TARGET)
    {
      cairo_rectangle (cr, x - s * 0.85, y - s * 0.85, s * 1.7, s * 1.7);
      cairo_fill (cr);
    }
  else
    {
      /* A small ring: shows a median standing alone between gaps. */
      cairo_set_line_width (cr, ctx->unit * 0.12);
      cairo_arc (cr, x, y, s * 0.7, 0, 2 * G_PI);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* A series' line: segments join neighbouring axes that both have a value,
 * so a missing area leaves a gap instead of a false level. */
static void
draw_series (const Ctx         *ctx,
             const FkRadarData *data,
             Series             series)
{
  cairo_t *cr = ctx->cr;
  guint n_values = 0;
  double x, y;

  for (guint i = 0; i < ctx->n; i++)
    if (!isnan (axis_value (data, i, series)))
      n_values++;
  if (n_values == 0)
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  if (series == SERIES_CURRENT && n_values >= 3)
    {
      for (guint i = 0; i < ctx->n; i++)
        if (!isnan (axis_value (data, i, series)))
          {
            fk_radar_point_at (ctx, i, axis_value (data, i, series), &x, &y);
            cairo_line_to (cr, x, y);
          }
      cairo_close_path (cr);
      cairo_set_source_rgba (cr, ctx->colour[series][0], ctx->colour[series][1], ctx->colour[series][2], 0.22);
      cairo_fill (cr);
    }

  set_series_style (ctx, series);
  for (guint i = 0; i < ctx->n; i++)
    {
      guint j = (i + 1) % ctx->n;
      double x2, y2;

      if (ctx->n < 3 && j == 0)
        break;
      if (isnan (axis_value (data, i, series)) || isnan (axis_value (data, j, series)))
        continue;
      fk_radar_point_at (ctx, i, axis_value (data, i, series), &x, &y);
      fk_radar_point_at (ctx, j, axis_value (data, j, series), &x2, &y2);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x2, y2);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < ctx->n; i++)
    if (!isnan (axis_value (data, i, series)))
      {
        fk_radar_point_at (ctx, i, axis_value (data, i, series), &x, &y);
        draw_marker (ctx, series, x, y);
      }
  cairo_restore (cr);
}

static void
draw_grid (const Ctx *ctx)
{
  cairo_t *cr = ctx->cr;
  double x, y;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_line_width (cr, MAX (1.0, ctx->unit * 0.06));
  for (int level = 1; level <= FK_LEVEL_MAX; level++)
    {
      cairo_set_source_rgba (cr, ctx->fg[0], ctx->fg[1], ctx->fg[2], level == FK_LEVEL_MAX ? 0.45 : 0.2);
      if (ctx->n < 3)
        cairo_arc (cr, ctx->cx, ctx->cy, ctx->radius * level / FK_LEVEL_MAX, 0, 2 * G_PI);
      else
        {
          for (guint i = 0; i < ctx->n; i++)
            {
              fk_radar_point_at (ctx, i, level, &x, &y);
              cairo_line_to (cr, x, y);
            }
          cairo_close_path (cr);
        }
      cairo_stroke (cr);
    }
  cairo_set_source_rgba (cr, ctx->fg[0], ctx->fg[1], ctx->fg[2], 0.3);
  for (guint i = 0; i < ctx->n; i++)
    {
      fk_radar_point_at (ctx, i, FK_LEVEL_MAX, &x, &y);
      cairo_move_to (cr, ctx->cx, ctx->cy);
      cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Level numbers just left of the first (top) axis, drawn over the series
 * with a halo in the background colour so a line never hides them. */
static void
draw_level_numbers (const Ctx *ctx)
{
  cairo_t *cr = ctx->cr;

  cairo_save (cr);
  cairo_new_path (cr);
  for (int level = 0; level <= FK_LEVEL_MAX; level++)
    {
      g_autofree char *text = g_strdup_printf ("%d", level);
      g_autoptr(PangoLayout) layout = fk_radar_new_layout (ctx, text, 0.8, FALSE);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      cairo_move_to (cr, ctx->cx - w - ctx->unit * 0.55,
                     ctx->cy - ctx->radius * level / FK_LEVEL_MAX - h / 2.0);
      pango_cairo_layout_path (cr, layout);
      if (ctx->dark)
        cairo_set_source_rgb (cr, 0.14, 0.14, 0.14);
      else
        cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, ctx->unit * 0.25);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke_preserve (cr);
      cairo_set_source_rgba (cr, ctx->fg[0], ctx->fg[1], ctx->fg[2], 0.8);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

/* Axis labels where fk_radar_place_labels() put them: outside the outer
 * ring, by their angle, apart and inside the plot. */
static void
draw_labels (const Ctx         *ctx,
             const FkRadarData *data)
{
  cairo_t *cr = ctx->cr;

  cairo_save (cr);
  cairo_set_source_rgb (cr, ctx->fg[0], ctx->fg[1], ctx->fg[2]);
  for (guint i = 0; ctx->labels != NULL && i < ctx->labels->len && i < ctx->n; i++)
    {
      const FkRadarAxis *axis = &g_array_index (data->axes, FkRadarAxis, i);
      const FkRadarLabel *label = &g_array_index (ctx->labels, FkRadarLabel, i);
      g_autoptr(PangoLayout) layout = fk_radar_label_layout (ctx, axis->label, label);

      cairo_move_to (cr, label->origin_x, label->origin_y);
      pango_cairo_show_layout (cr, layout);
      cairo_new_path (cr);
    }
  cairo_restore (cr);
}

/* The legend, centred in one row when it fits, else one entry a line.
 * Returns its height; draws only when @draw. */
double
fk_radar_draw_legend (const Ctx         *ctx,
                      const FkRadarData *data,
                      double             x0,
                      double             y0,
                      double             w,
                      gboolean           draw)
{
  cairo_t *cr = ctx->cr;
  const char *labels[3] = { data->current_label, data->target_label, data->median_label };
  PangoLayout *layouts[3];
  double sample = ctx->unit * 2.6, pad = ctx->unit * 0.5, space = ctx->unit * 1.6;
  double widths[3], total = 0, line_h = 0, x, y, height;
  gboolean one_row;

  for (int i = 0; i < 3; i++)
    {
      int lw, lh;

      layouts[i] = fk_radar_new_layout (ctx, labels[i] ? labels[i] : "", 1.0, FALSE);
      pango_layout_get_pixel_size (layouts[i], &lw, &lh);
      widths[i] = sample + pad + lw;
      total += widths[i] + (i > 0 ? space : 0);
      line_h = MAX (line_h, lh);
    }
  one_row = total <= w;
  height = one_row ? line_h : 3 * line_h + 2 * pad;

  x = one_row ? x0 + (w - total) / 2 : x0 + (w - MAX (widths[0], MAX (widths[1], widths[2]))) / 2;
  y = y0;
  for (int i = 0; draw && i < 3; i++)
    {
      double mid = y + line_h / 2.0;

      cairo_save (cr);
      if (i == SERIES_CURRENT)
        {
          cairo_set_source_rgba (cr, ctx->colour[i][0], ctx->colour[i][1], ctx->colour[i][2], 0.22);
          cairo_rectangle (cr, x, mid - line_h * 0.3, sample, line_h * 0.6);
          cairo_fill (cr);
        }
      set_series_style (ctx, i);
      cairo_move_to (cr, x, mid);
      cairo_line_to (cr, x + sample, mid);
      cairo_stroke (cr);
      draw_marker (ctx, i, x + sample / 2, mid);
      cairo_set_source_rgb (cr, ctx->fg[0], ctx->fg[1], ctx->fg[2]);
      cairo_move_to (cr, x + sample + pad, y);
      pango_cairo_show_layout (cr, layouts[i]);
      cairo_new_path (cr);
      cairo_restore (cr);
      if (one_row)
        x += widths[i] + space;
      else
        y += line_h + pad;
    }
  for (int i = 0; i < 3; i++)
    g_object_unref (layouts[i]);
  return height;
}

void
fk_radar_chart_draw (const FkRadarData *data,
                     cairo_t           *cr,
                     double             width,
                     double             height,
                     const double      *foreground)
{
  fk_radar_chart_draw_with_options (data, cr, width, height, foreground, NULL);
}

void
fk_radar_chart_draw_with_options (const FkRadarData    *data,
                                  cairo_t              *cr,
                                  double                width,
                                  double                height,
                                  const double         *foreground,
                                  const FkRadarOptions *options)
{
  Ctx ctx = { 0 };

  g_return_if_fail (data != NULL && cr != NULL);

  cairo_save (cr);
  if (!fk_radar_compute_layout (&ctx, data, cr, width, height, foreground, options))
    {
      fk_radar_ctx_clear (&ctx);
      cairo_restore (cr);
      return;
    }

  if (data->title != NULL && *data->title != '\0')
    {
      g_autoptr(PangoLayout) layout = fk_radar_new_layout (&ctx, data->title, 1.3, TRUE);

      pango_layout_set_width (layout, (width - 2 * ctx.margin) * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      cairo_set_source_rgb (cr, ctx.fg[0], ctx.fg[1], ctx.fg[2]);
      cairo_move_to (cr, ctx.margin, ctx.title_y);
      pango_cairo_show_layout (cr, layout);
      cairo_new_path (cr);
    }

  if (ctx.n > 0)
    {
      draw_grid (&ctx);
      draw_series (&ctx, data, SERIES_MEDIAN);
      draw_series (&ctx, data, SERIES_TARGET);
      draw_series (&ctx, data, SERIES_CURRENT);
      draw_level_numbers (&ctx);
      draw_labels (&ctx, data);
    }
  fk_radar_draw_legend (&ctx, data, ctx.margin, ctx.legend_y, width - 2 * ctx.margin, TRUE);
  fk_radar_ctx_clear (&ctx);
  cairo_restore (cr);
}

/* ---- files -------------------------------------------------------------- */

static gboolean
check_status (cairo_status_t   status,
              const char      *path,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, FK_ERROR, FK_ERROR_IO, _("%s: could not write the image (%s)"),
               path, cairo_status_to_string (status));
  return FALSE;
}

gboolean
fk_radar_chart_write_png (const FkRadarData *data,
                          const char        *path,
                          int                width,
                          int                height,
                          GError           **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (data != NULL && path != NULL, FALSE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, MAX (width, 1), MAX (height, 1));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  fk_radar_chart_draw (data, cr, width, height, NULL);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
  return check_status (status, path, error);
}

gboolean
fk_radar_chart_write_svg (const FkRadarData *data,
                          const char        *path,
                          double             width,
                          double             height,
                          GError           **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (data != NULL && path != NULL, FALSE);

  surface = cairo_svg_surface_create (path, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  fk_radar_chart_draw (data, cr, width, height, NULL);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return check_status (status, path, error);
}
