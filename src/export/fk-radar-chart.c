/* fk-radar-chart.c — a radar chart of levels by area, drawn with cairo */
#include "config.h"
#include "fk-radar-chart.h"
#include "fk-error.h"
#include "fk-model.h"

#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

/* ---- data --------------------------------------------------------------- */

static void
axis_clear (gpointer data)
{
  FkRadarAxis *axis = data;

  g_clear_pointer (&axis->label, g_free);
}

FkRadarData *
fk_radar_data_new (void)
{
  FkRadarData *data = g_new0 (FkRadarData, 1);

  g_atomic_ref_count_init (&data->ref_count);
  data->current_label = g_strdup (_("Current level"));
  data->target_label = g_strdup (_("Target level"));
  data->median_label = g_strdup (_("Regional median"));
  data->axes = g_array_new (FALSE, TRUE, sizeof (FkRadarAxis));
  g_array_set_clear_func (data->axes, axis_clear);
  data->palette = FK_PALETTE_DEFAULT;
  return data;
}

FkRadarData *
fk_radar_data_new_for_profile (const FkProfile *profile,
                               const char      *language)
{
  FkRadarData *data = fk_radar_data_new ();

  g_return_val_if_fail (profile != NULL, data);

  fk_radar_data_set_title (data, profile->name);
  for (guint i = 0; i < profile->areas->len; i++)
    {
      const FkProfileArea *pa = &g_array_index (profile->areas, FkProfileArea, i);
      const FkArea *area = fk_model_lookup_area (profile->model, pa->area);

      fk_radar_data_add_axis (data, fk_text_get (&area->name, language),
                              pa->current, pa->target, pa->region_median);
    }
  return data;
}

void
fk_radar_data_add_axis (FkRadarData *data,
                        const char  *label,
                        double       current,
                        double       target,
                        double       median)
{
  FkRadarAxis axis = { g_strdup (label), current, target, median };

  g_array_append_val (data->axes, axis);
}

void
fk_radar_data_set_title (FkRadarData *data,
                         const char  *title)
{
  g_free (data->title);
  data->title = g_strdup (title);
}

void
fk_radar_data_set_palette (FkRadarData *data,
                           FkPalette    palette)
{
  g_return_if_fail (data != NULL);
  data->palette = palette;
}

FkRadarData *
fk_radar_data_ref (FkRadarData *data)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_atomic_ref_count_inc (&data->ref_count);
  return data;
}

void
fk_radar_data_unref (FkRadarData *data)
{
  g_return_if_fail (data != NULL);
  if (!g_atomic_ref_count_dec (&data->ref_count))
    return;
  g_array_unref (data->axes);
  g_free (data->title);
  g_free (data->current_label);
  g_free (data->target_label);
  g_free (data->median_label);
  g_free (data);
}

/* ---- drawing ------------------------------------------------------------ */

/* Axis labels a little smaller than the legend, so that long area names
 * fit beside the chart in two lines. */
#define LABEL_SCALE 0.92

typedef enum {
  SERIES_CURRENT = FK_PALETTE_SERIES_CURRENT,
  SERIES_TARGET = FK_PALETTE_SERIES_TARGET,
  SERIES_MEDIAN = FK_PALETTE_SERIES_MEDIAN,
} Series;

typedef struct {
  cairo_t *cr;
  double   unit;       /* font size in pixels; everything scales with it */
  double   fg[3];
  double   colour[3][3];
  double   cx, cy, radius;
  guint    n;
  double   margin, title_y, top, legend_h, legend_y, plot_h;
  double   label_scale;
  double   min_text;   /* no text smaller, in pixels (0: no floor) */
  gboolean dark;       /* light text on a dark background */
} Ctx;

static double
axis_angle (const Ctx *ctx,
            guint      i)
{
  return -G_PI / 2 + 2 * G_PI * i / ctx->n;
}

static void
point_at (const Ctx *ctx,
          guint      i,
          double     level,
          double    *x,
          double    *y)
{
  double r = ctx->radius * CLAMP (level, FK_LEVEL_MIN, FK_LEVEL_MAX) / FK_LEVEL_MAX;

  *x = ctx->cx + r * cos (axis_angle (ctx, i));
  *y = ctx->cy + r * sin (axis_angle (ctx, i));
}

static double
axis_value (const FkRadarData *data,
            guint              i,
            Series             series)
{
  const FkRadarAxis *axis = &g_array_index (data->axes, FkRadarAxis, i);

  return series == SERIES_CURRENT ? axis->current
       : series == SERIES_TARGET ? axis->target : axis->median;
}

static PangoLayout *
new_layout (const Ctx  *ctx,
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
            point_at (ctx, i, axis_value (data, i, series), &x, &y);
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
      point_at (ctx, i, axis_value (data, i, series), &x, &y);
      point_at (ctx, j, axis_value (data, j, series), &x2, &y2);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x2, y2);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < ctx->n; i++)
    if (!isnan (axis_value (data, i, series)))
      {
        point_at (ctx, i, axis_value (data, i, series), &x, &y);
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
              point_at (ctx, i, level, &x, &y);
              cairo_line_to (cr, x, y);
            }
          cairo_close_path (cr);
        }
      cairo_stroke (cr);
    }
  cairo_set_source_rgba (cr, ctx->fg[0], ctx->fg[1], ctx->fg[2], 0.3);
  for (guint i = 0; i < ctx->n; i++)
    {
      point_at (ctx, i, FK_LEVEL_MAX, &x, &y);
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
      g_autoptr(PangoLayout) layout = new_layout (ctx, text, 0.8, FALSE);
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

/* Axis labels sit just outside the outer ring, aligned away from the
 * centre, wrapped to the room left to the edge and ellipsized after three
 * lines, so they stay inside (x0, y0, w, h). */
static void
draw_labels (const Ctx         *ctx,
             const FkRadarData *data,
             double             x0,
             double             y0,
             double             w,
             double             h)
{
  cairo_t *cr = ctx->cr;
  double gap = ctx->unit * 0.6;

  cairo_save (cr);
  cairo_set_source_rgb (cr, ctx->fg[0], ctx->fg[1], ctx->fg[2]);
  for (guint i = 0; i < ctx->n; i++)
    {
      const FkRadarAxis *axis = &g_array_index (data->axes, FkRadarAxis, i);
      g_autoptr(PangoLayout) layout = new_layout (ctx, axis->label, ctx->label_scale, FALSE);
      double a = axis_angle (ctx, i);
      double c = cos (a), s = sin (a);
      double ax = ctx->cx + (ctx->radius + gap) * c;
      double ay = ctx->cy + (ctx->radius + gap) * s;
      double room, lx, ly;
      int lw, lh;

      if (c > 0.25)
        room = x0 + w - ax;
      else if (c < -0.25)
        room = ax - x0;
      else
        {
          room = 2 * MIN (ax - x0, x0 + w - ax);
          /* Not into the neighbours' labels, which start beside them. */
          if (ctx->n >= 3)
            room = MIN (room, 1.8 * (ctx->radius + gap) * fabs (sin (2 * G_PI / ctx->n)));
        }
      room = MIN (room, ctx->unit * 14);
      pango_layout_set_width (layout, MAX (room, ctx->unit * 3) * PANGO_SCALE);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -3);
      pango_layout_set_alignment (layout, c > 0.25 ? PANGO_ALIGN_LEFT
                                        : c < -0.25 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_CENTER);
      pango_layout_get_pixel_size (layout, &lw, &lh);

      /* The layout box is @room wide; place it by its alignment. */
      if (c > 0.25)
        lx = ax;
      else if (c < -0.25)
        lx = ax - room;
      else
        lx = ax - room / 2;
      if (s > 0.25)
        ly = ay;
      else if (s < -0.25)
        ly = ay - lh;
      else
        ly = ay - lh / 2.0;
      ly = CLAMP (ly, y0, y0 + h - lh);
      cairo_move_to (cr, lx, ly);
      pango_cairo_show_layout (cr, layout);
      cairo_new_path (cr);
    }
  cairo_restore (cr);
}

/* The legend, centred in one row when it fits, else one entry a line.
 * Returns its height; draws only when @draw. */
static double
draw_legend (const Ctx         *ctx,
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

      layouts[i] = new_layout (ctx, labels[i] ? labels[i] : "", 1.0, FALSE);
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
          g_autoptr(PangoLayout) layout = new_layout (ctx, words[j], ctx->label_scale, FALSE);
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
static gboolean
compute_layout (Ctx                  *ctx,
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
      g_autoptr(PangoLayout) layout = new_layout (ctx, data->title, 1.3, TRUE);
      int tw, th;

      pango_layout_get_pixel_size (layout, &tw, &th);
      ctx->top += th + ctx->margin;
    }
  ctx->legend_h = draw_legend (ctx, data, ctx->margin, 0, width - 2 * ctx->margin, FALSE);
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
  probe = new_layout (ctx, "Ag", ctx->label_scale, FALSE);
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
  Ctx ctx;

  g_return_if_fail (data != NULL && cr != NULL);

  cairo_save (cr);
  if (!compute_layout (&ctx, data, cr, width, height, foreground, options))
    {
      cairo_restore (cr);
      return;
    }

  if (data->title != NULL && *data->title != '\0')
    {
      g_autoptr(PangoLayout) layout = new_layout (&ctx, data->title, 1.3, TRUE);

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
      draw_labels (&ctx, data, ctx.margin, ctx.top, width - 2 * ctx.margin, ctx.plot_h);
    }
  draw_legend (&ctx, data, ctx.margin, ctx.legend_y, width - 2 * ctx.margin, TRUE);
  cairo_restore (cr);
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
  cairo_surface_t *surface;
  cairo_t *cr;
  Ctx ctx;
  gboolean ok;

  g_return_val_if_fail (data != NULL && x != NULL && y != NULL, FALSE);

  /* Text is measured on a scratch surface, as on any image surface. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  ok = compute_layout (&ctx, data, cr, width, height, NULL, NULL) && axis < ctx.n;
  if (ok)
    point_at (&ctx, axis, level, x, y);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
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
  cairo_surface_t *surface;
  cairo_t *cr;
  Ctx ctx;
  gboolean ok;

  g_return_val_if_fail (data != NULL, FALSE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  ok = compute_layout (&ctx, data, cr, width, height, NULL, options);
  if (ok)
    {
      /* As new_layout() sizes them. */
      if (label_size != NULL)
        *label_size = MAX (ctx.unit * ctx.label_scale, ctx.min_text);
      if (legend_size != NULL)
        *legend_size = MAX (ctx.unit, ctx.min_text);
      if (top != NULL)
        *top = ctx.title_y;
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return ok;
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
