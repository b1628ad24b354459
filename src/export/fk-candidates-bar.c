/* fk-candidates-bar.c — one candidate's potential as a bar
 *
 * Shared by the app's candidates page and the exported figure
 * (fk-candidates-chart.h).
 */
#define G_LOG_DOMAIN "fk-candidates-chart"
#include "config.h"
#include "fk-candidates-chart.h"

#include <math.h>

/* Hatch spacing and line width, in pixels at scale 1. */
#define HATCH_STEP 5.0
#define LINE_WIDTH 1.0

static void
set_rgb (cairo_t      *cr,
         const double  rgb[3],
         double        alpha)
{
  cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], alpha);
}

void
fk_candidates_draw_bar (cairo_t   *cr,
                        double     x,
                        double     y,
                        double     w,
                        double     h,
                        double     score,
                        gboolean   uncertain,
                        FkPalette  palette,
                        gboolean   dark_background)
{
  double rgb[3];
  double filled;

  g_return_if_fail (cr != NULL);
  if (w <= 0 || h <= 0)
    return;

  fk_palette_get_series_rgb (palette, FK_PALETTE_SERIES_CURRENT, dark_background, rgb);
  filled = isfinite (score) ? w * CLAMP (score, 0.0, 100.0) / 100.0 : 0.0;

  cairo_save (cr);

  /* The track: the whole width, faint, so the scale of 100 shows. */
  cairo_rectangle (cr, x, y, w, h);
  set_rgb (cr, rgb, 0.12);
  cairo_fill (cr);

  if (filled > 0)
    {
      cairo_rectangle (cr, x, y, filled, h);
      if (!uncertain)
        {
          set_rgb (cr, rgb, 1.0);
          cairo_fill (cr);
        }
      else
        {
          /* Lighter fill, diagonal hatch and a dashed outline. */
          static const double dash[] = { 3.0, 2.0 };

          set_rgb (cr, rgb, 0.35);
          cairo_fill_preserve (cr);
          cairo_save (cr);
          cairo_clip (cr);
          set_rgb (cr, rgb, 1.0);
          cairo_set_line_width (cr, LINE_WIDTH);
          for (double d = -h; d < filled; d += HATCH_STEP)
            {
              cairo_move_to (cr, x + d, y + h);
              cairo_line_to (cr, x + d + h, y);
            }
          cairo_stroke (cr);
          cairo_restore (cr);

          cairo_rectangle (cr, x + LINE_WIDTH / 2, y + LINE_WIDTH / 2,
                           MAX (filled - LINE_WIDTH, 0), h - LINE_WIDTH);
          cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
          cairo_set_line_width (cr, LINE_WIDTH);
          set_rgb (cr, rgb, 1.0);
          cairo_stroke (cr);
        }
    }

  cairo_restore (cr);
}
