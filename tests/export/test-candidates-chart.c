/* test-candidates-chart.c — the candidates drawn with cairo */
#include "config.h"
#include "fk-candidates-chart.h"

#include <math.h>

#define BAR_W 200
#define BAR_H 20

/* The pixel at (@x, @y) of a surface drawn white and then with a bar. */
static void
pixel_rgb (cairo_surface_t *surface,
           int              x,
           int              y,
           double           rgb[3])
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 p = *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + 4 * x);

  rgb[0] = ((p >> 16) & 0xff) / 255.0;
  rgb[1] = ((p >> 8) & 0xff) / 255.0;
  rgb[2] = (p & 0xff) / 255.0;
}

static cairo_surface_t *
draw_bar (double   score,
          gboolean uncertain)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, BAR_W, BAR_H);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  fk_candidates_draw_bar (cr, 0, 0, BAR_W, BAR_H, score, uncertain, FK_PALETTE_VIRIDIS, FALSE);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gboolean
rgb_near (const double a[3],
          const double b[3])
{
  return fabs (a[0] - b[0]) < 0.02 && fabs (a[1] - b[1]) < 0.02 && fabs (a[2] - b[2]) < 0.02;
}

/* A potential of 50 fills half the track in the current-level colour;
 * the rest is the faint track, not white and not the bar colour. */
static void
test_bar_fills_in_proportion (void)
{
  cairo_surface_t *surface = draw_bar (50, FALSE);
  double series[3], inside[3], outside[3], white[3] = { 1, 1, 1 };

  fk_palette_get_series_rgb (FK_PALETTE_VIRIDIS, FK_PALETTE_SERIES_CURRENT, FALSE, series);
  pixel_rgb (surface, BAR_W / 4, BAR_H / 2, inside);
  pixel_rgb (surface, 3 * BAR_W / 4, BAR_H / 2, outside);
  g_assert_true (rgb_near (inside, series));
  g_assert_false (rgb_near (outside, series));
  g_assert_false (rgb_near (outside, white));
  /* Just either side of the end of the fill. */
  pixel_rgb (surface, BAR_W / 2 - 2, BAR_H / 2, inside);
  pixel_rgb (surface, BAR_W / 2 + 2, BAR_H / 2, outside);
  g_assert_true (rgb_near (inside, series));
  g_assert_false (rgb_near (outside, series));
  cairo_surface_destroy (surface);

  /* Out of range is clamped: 150 fills the whole track, −5 none of it. */
  surface = draw_bar (150, FALSE);
  pixel_rgb (surface, BAR_W - 2, BAR_H / 2, inside);
  g_assert_true (rgb_near (inside, series));
  cairo_surface_destroy (surface);
  surface = draw_bar (-5, FALSE);
  pixel_rgb (surface, 2, BAR_H / 2, inside);
  g_assert_false (rgb_near (inside, series));
  cairo_surface_destroy (surface);
}

/* An uncertain bar is not a solid fill: along its middle row some
 * pixels are near the full colour (the hatch, antialiased) and more are
 * near the lighter fill between the lines. */
static void
test_bar_uncertain_is_hatched (void)
{
  cairo_surface_t *surface = draw_bar (80, TRUE);
  double series[3], px[3];
  double dark_sum, light_sum, middle;
  guint dark = 0, light = 0;

  fk_palette_get_series_rgb (FK_PALETTE_VIRIDIS, FK_PALETTE_SERIES_CURRENT, FALSE, series);
  dark_sum = series[0] + series[1] + series[2];
  light_sum = 0.35 * dark_sum + 0.65 * 3;
  middle = (dark_sum + light_sum) / 2;
  for (int x = 4; x < BAR_W * 0.8 - 4; x++)
    {
      pixel_rgb (surface, x, BAR_H / 2, px);
      if (px[0] + px[1] + px[2] < middle)
        dark++;
      else
        light++;
    }
  g_assert_cmpuint (dark, >, 5);
  g_assert_cmpuint (light, >, dark);
  cairo_surface_destroy (surface);

  /* The same score, certain: every pixel of that row is the full colour. */
  surface = draw_bar (80, FALSE);
  for (int x = 4; x < BAR_W * 0.8 - 4; x++)
    {
      pixel_rgb (surface, x, BAR_H / 2, px);
      g_assert_cmpfloat (px[0] + px[1] + px[2], <, middle);
    }
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/candidates-chart/bar/proportion", test_bar_fills_in_proportion);
  g_test_add_func ("/candidates-chart/bar/uncertain", test_bar_uncertain_is_hatched);
  return g_test_run ();
}
