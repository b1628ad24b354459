/* test-radar.c — the radar chart draws its series where the numbers say,
 * keeps its labels inside, and writes PNG and SVG files.
 *
 * Set FK_TEST_OUTPUT_DIR to keep the rendered PNGs for a look.
 */
#include "fk-radar-chart.h"
#include "fk-radar-chart-private.h"
#include "fk-test-util.h"
#include "fk-palette.h"
#include "fk-export-enums.h"
#include "fk-core.h"
#include "fk-profile.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

typedef struct {
  int r, g, b;
} Pixel;

static Pixel
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 v;

  cairo_surface_flush (surface);
  g_assert_true (x >= 0 && y >= 0);
  g_assert_true (x < cairo_image_surface_get_width (surface));
  g_assert_true (y < cairo_image_surface_get_height (surface));
  v = *(const guint32 *) (data + (int) y * stride + (int) x * 4);
  return (Pixel) { (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff };
}

static gboolean
is_white (Pixel p)
{
  return p.r == 255 && p.g == 255 && p.b == 255;
}

static cairo_surface_t *
render (const FkRadarData *data,
        int                surface_w,
        int                surface_h,
        double             x,
        double             y,
        double             w,
        double             h)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, surface_w, surface_h);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, x, y);
  fk_radar_chart_draw (data, cr, w, h, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

static FkRadarData *
six_axes (double current,
          double target,
          double median)
{
  FkRadarData *data = fk_radar_data_new ();

  for (int i = 0; i < 6; i++)
    {
      g_autofree char *label = g_strdup_printf ("Area %d", i + 1);
      fk_radar_data_add_axis (data, label, current, target, median);
    }
  return data;
}

/* How far @p is from the palette colour of @series (0–255 per channel). */
static int
distance (Pixel           p,
          FkPalette       palette,
          FkPaletteSeries series)
{
  double rgb[3];

  fk_palette_get_series_rgb (palette, series, FALSE, rgb);
  return MAX (ABS (p.r - (int) round (rgb[0] * 255)),
              MAX (ABS (p.g - (int) round (rgb[1] * 255)), ABS (p.b - (int) round (rgb[2] * 255))));
}

/* Current 2 everywhere (filled), median 4 (dotted), target 5: each vertex
 * has its series' colour, the current polygon is tinted by its fill. */
static void
test_series_positions (void)
{
  g_autoptr(FkRadarData) data = six_axes (2, 5, 4);
  const int w = 800, h = 600;
  cairo_surface_t *surface = render (data, w, h, 0, 0, w, h);
  double x, y, x1, y1;

  g_assert_cmpint (data->palette, ==, FK_PALETTE_DEFAULT);
  for (guint i = 0; i < 6; i++)
    {
      Pixel p;

      /* The median's vertex: a dot of the median colour. */
      g_assert_true (fk_radar_chart_get_point (data, w, h, i, 4, &x, &y));
      p = pixel_at (surface, x, y);
      g_assert_cmpint (distance (p, data->palette, FK_PALETTE_SERIES_MEDIAN), <=, 40);

      /* Inside the current polygon: a light tint, neither white nor a line. */
      g_assert_true (fk_radar_chart_get_point (data, w, h, i, 1.3, &x, &y));
      p = pixel_at (surface, x, y);
      g_assert_false (is_white (p));
      g_assert_cmpint (p.r, >, 150);

      /* The current and the target vertices: filled markers in their colours. */
      g_assert_true (fk_radar_chart_get_point (data, w, h, i, 2, &x, &y));
      g_assert_cmpint (distance (pixel_at (surface, x, y), data->palette, FK_PALETTE_SERIES_CURRENT), <=, 2);
      g_assert_true (fk_radar_chart_get_point (data, w, h, i, 5, &x, &y));
      g_assert_cmpint (distance (pixel_at (surface, x, y), data->palette, FK_PALETTE_SERIES_TARGET), <=, 2);
    }

  /* Between the axes, between rings 3 and 4 and outside the current
   * polygon: nothing is drawn there. */
  g_assert_true (fk_radar_chart_get_point (data, w, h, 0, 3.5, &x, &y));
  g_assert_true (fk_radar_chart_get_point (data, w, h, 1, 3.5, &x1, &y1));
  g_assert_true (is_white (pixel_at (surface, (x + x1) / 2, (y + y1) / 2)));

  g_assert_false (fk_radar_chart_get_point (data, w, h, 6, 1, &x, &y));
  cairo_surface_destroy (surface);
}

/* Each palette draws the chart in its own colours; greyscale has no hue. */
static void
test_palettes (void)
{
  const FkPalette palettes[] = { FK_PALETTE_VIRIDIS, FK_PALETTE_CIVIDIS, FK_PALETTE_GREYSCALE };
  Pixel fill[G_N_ELEMENTS (palettes)], vertex[G_N_ELEMENTS (palettes)];
  const int w = 800, h = 600;

  for (guint k = 0; k < G_N_ELEMENTS (palettes); k++)
    {
      g_autoptr(FkRadarData) data = six_axes (2, 5, 4);
      cairo_surface_t *surface;
      double x, y;

      g_assert_cmpint (fk_palette_from_string (fk_palette_to_string (palettes[k])), ==, palettes[k]);
      fk_radar_data_set_palette (data, palettes[k]);
      surface = render (data, w, h, 0, 0, w, h);
      g_assert_true (fk_radar_chart_get_point (data, w, h, 1, 1.3, &x, &y));
      fill[k] = pixel_at (surface, x, y);
      g_assert_true (fk_radar_chart_get_point (data, w, h, 1, 2, &x, &y));
      vertex[k] = pixel_at (surface, x, y);
      g_assert_false (is_white (fill[k]));
      g_assert_cmpint (distance (vertex[k], palettes[k], FK_PALETTE_SERIES_CURRENT), <=, 2);
      cairo_surface_destroy (surface);
    }

  for (guint a = 0; a < G_N_ELEMENTS (palettes); a++)
    for (guint b = a + 1; b < G_N_ELEMENTS (palettes); b++)
      {
        g_assert_false (fill[a].r == fill[b].r && fill[a].g == fill[b].g && fill[a].b == fill[b].b);
        g_assert_false (vertex[a].r == vertex[b].r && vertex[a].g == vertex[b].g && vertex[a].b == vertex[b].b);
      }

  /* Greyscale: R = G = B inside the polygon and on the line. */
  g_assert_cmpint (fill[2].r, ==, fill[2].g);
  g_assert_cmpint (fill[2].g, ==, fill[2].b);
  g_assert_cmpint (vertex[2].r, ==, vertex[2].g);
  g_assert_cmpint (vertex[2].g, ==, vertex[2].b);

  /* Unknown names fall back to the default, as a hand-edited setting might. */
  g_assert_cmpint (fk_palette_from_string ("rainbow"), ==, FK_PALETTE_DEFAULT);
  g_assert_cmpint (fk_palette_from_string (NULL), ==, FK_PALETTE_DEFAULT);
  g_assert_cmpstr (fk_palette_to_string (FK_PALETTE_CIVIDIS), ==, "cividis");
}

/* The series of every palette stay apart in lightness and keep 3:1
 * contrast with their background, light or dark. */
static double
luminance (const double rgb[3])
{
  double l[3];

  for (guint i = 0; i < 3; i++)
    l[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}

static double
contrast (double a,
          double b)
{
  return (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);
}

static void
test_palette_contrast (void)
{
  const double dark_bg[3] = { 0x24 / 255., 0x24 / 255., 0x24 / 255. };
  const double white[3] = { 1, 1, 1 };

  for (FkPalette palette = FK_PALETTE_VIRIDIS; palette <= FK_PALETTE_GREYSCALE; palette++)
    for (int dark = 0; dark <= 1; dark++)
      {
        double lum[FK_PALETTE_N_SERIES];
        double bg = luminance (dark ? dark_bg : white);

        for (guint s = 0; s < FK_PALETTE_N_SERIES; s++)
          {
            double rgb[3];

            fk_palette_get_series_rgb (palette, s, dark, rgb);
            lum[s] = luminance (rgb);
            g_assert_cmpfloat (contrast (lum[s], bg), >=, 3.0);
          }
        /* current, target, median: each a clear step further from the
         * background's contrast. */
        g_assert_cmpfloat (contrast (lum[0], lum[1]), >=, 1.4);
        g_assert_cmpfloat (contrast (lum[1], lum[2]), >=, 1.4);
      }
}

/* Labels wrap and ellipsize inside the chart's rectangle, however long. */
static void
test_labels_inside (void)
{
  g_autoptr(FkRadarData) data = fk_radar_data_new ();
  const int ox = 150, oy = 120, w = 420, h = 320;
  cairo_surface_t *surface;
  guint outside = 0, inside = 0;

  fk_radar_data_set_title (data, "A municipality with a very long name indeed, longer than the chart");
  for (int i = 0; i < 9; i++)
    fk_radar_data_add_axis (data,
                            "Informationssäkerhet och dataskydd och en mycket lång etikett som inte får rinna ut",
                            i % 6, 5, 2.5);
  surface = render (data, w + 2 * ox, h + 2 * oy, ox, oy, w, h);
  for (int y = 0; y < h + 2 * oy; y++)
    for (int x = 0; x < w + 2 * ox; x++)
      {
        gboolean in = x >= ox && x < ox + w && y >= oy && y < oy + h;

        if (!is_white (pixel_at (surface, x, y)))
          {
            if (in)
              inside++;
            else
              outside++;
          }
      }
  g_assert_cmpuint (outside, ==, 0);
  g_assert_cmpuint (inside, >, 1000);
  cairo_surface_destroy (surface);
}

/* Missing values leave gaps, never a crash; so do odd sizes. */
static void
test_missing_and_degenerate (void)
{
  g_autoptr(FkRadarData) empty = fk_radar_data_new ();
  g_autoptr(FkRadarData) gaps = six_axes (NAN, NAN, 3);
  g_autoptr(FkRadarData) two = fk_radar_data_new ();
  cairo_surface_t *surface;
  double x, y;

  fk_radar_data_add_axis (two, "One", 1, 2, 3);
  fk_radar_data_add_axis (two, "Two", 4, NAN, 2);
  g_array_index (gaps->axes, FkRadarAxis, 2).current = 3;

  surface = render (empty, 300, 200, 0, 0, 300, 200);
  cairo_surface_destroy (surface);
  surface = render (two, 300, 200, 0, 0, 300, 200);
  cairo_surface_destroy (surface);
  surface = render (gaps, 5, 5, 0, 0, 5, 5);
  cairo_surface_destroy (surface);

  /* One current value among gaps: its marker is drawn, no polygon. */
  surface = render (gaps, 640, 480, 0, 0, 640, 480);
  g_assert_true (fk_radar_chart_get_point (gaps, 640, 480, 2, 3, &x, &y));
  g_assert_cmpint (distance (pixel_at (surface, x, y), gaps->palette, FK_PALETTE_SERIES_CURRENT), <=, 2);
  g_assert_true (fk_radar_chart_get_point (gaps, 640, 480, 0, 1.5, &x, &y));
  g_assert_true (is_white (pixel_at (surface, x + 3, y)));
  cairo_surface_destroy (surface);
}

static char *
output_dir (void)
{
  const char *keep = g_getenv ("FK_TEST_OUTPUT_DIR");

  if (keep != NULL)
    {
      g_mkdir_with_parents (keep, 0755);
      return g_strdup (keep);
    }
  return g_dir_make_tmp ("fk-radar-XXXXXX", NULL);
}

static void
remove_dir (char *dir)
{
  /* FK_TEST_OUTPUT_DIR keeps the pictures for people to look at. */
  if (g_getenv ("FK_TEST_OUTPUT_DIR") == NULL)
    fk_test_tmpdir_free (dir);
  else
    g_free (dir);
}

static void
set_levels (FkStudy    *study,
            gint64      round_id,
            const char *code,
            const char *capability,
            int         current,
            int         target)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) score = fk_score_new (round_id, code, capability);

  score->current = current;
  score->target = target;
  fk_study_set_score (study, score, &error);
  g_assert_no_error (error);
}

/* The default model and region with made-up but fixed scores: the chart
 * of a real profile, in Swedish, at slide and projector sizes. */
static void
test_profile_files (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = output_dir ();
  g_autofree char *study_path = g_build_filename (dir, "radar.fkarta", NULL);
  g_autofree char *png_small = g_build_filename (dir, "radar-800x600.png", NULL);
  g_autofree char *png_large = g_build_filename (dir, "radar-1600x1200.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "radar.svg", NULL);
  g_autofree char *bad = g_build_filename (dir, "no-such-dir", "radar.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = fk_region_new_default (&error);
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  g_autoptr(FkProfile) profile = NULL;
  g_autoptr(FkRadarData) data = NULL;
  gint64 round_id;
  gsize length;

  g_assert_no_error (error);
  g_unlink (study_path);
  study = fk_study_create (study_path, model, region, "Radar", "sv", NULL, &error);
  g_assert_no_error (error);
  round_id = fk_study_get_latest_round (study)->id;
  fk_test_study_fill (study, round_id);
  set_levels (study, round_id, "1460", "digitalt-arv.livscykelhantering", FK_LEVEL_NA, FK_LEVEL_UNSET);

  snapshot = fk_study_read_snapshot (study, round_id, &error);
  g_assert_no_error (error);
  profile = fk_profile_new (snapshot, "1460", &error);
  g_assert_no_error (error);
  data = fk_radar_data_new_for_profile (profile, fk_study_get_language (study));
  g_assert_cmpstr (data->title, ==, "Bengtsfors");
  g_assert_cmpuint (data->axes->len, ==, model->areas->len);
  g_assert_cmpstr (g_array_index (data->axes, FkRadarAxis, 0).label, ==,
                   fk_text_get (&((FkArea *) g_ptr_array_index (model->areas, 0))->name, "sv"));
  g_assert_cmpfloat (g_array_index (data->axes, FkRadarAxis, 0).current, ==,
                     g_array_index (profile->areas, FkProfileArea, 0).current);
  g_assert_cmpfloat (g_array_index (data->axes, FkRadarAxis, 0).median, ==,
                     g_array_index (profile->areas, FkProfileArea, 0).region_median);

  g_assert_true (fk_radar_chart_write_png (data, png_small, 800, 600, &error));
  g_assert_no_error (error);
  g_assert_true (fk_radar_chart_write_png (data, png_large, 1600, 1200, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (png_small, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpint (memcmp (contents, "\x89PNG", 4), ==, 0);
  g_clear_pointer (&contents, g_free);

  g_assert_true (fk_radar_chart_write_svg (data, svg, 800, 600, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));

  g_assert_false (fk_radar_chart_write_png (data, bad, 100, 100, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, bad));
  g_clear_error (&error);

  g_clear_object (&study);
  if (g_getenv ("FK_TEST_OUTPUT_DIR") == NULL)
    {
      g_autofree char *wal = g_strconcat (study_path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (study_path, "-shm", NULL);
      g_unlink (wal);
      g_unlink (shm);
    }
  remove_dir (dir);
}

/* In a phone-width chart with text held at body size, the chart keeps
 * more than a quarter of the width (the labels take the rest, whole):
 * the long Swedish area names wrap beside it instead of squeezing it to
 * a dot. */
static void
test_narrow_keeps_chart (void)
{
  g_autoptr(FkRadarData) data = fk_radar_data_new ();
  const FkRadarOptions options = { 16.0, TRUE };
  const char *const areas[] = {
    "Styrning och finansiering", "Arkitektur och information", "Informationssäkerhet och dataskydd",
    "Infrastruktur och drift", "Leverans och support", "Upphandling och leverantörer",
    "Digitala tjänster och innovation", "Kompetens och bemanning", "Digitalt arv",
  };
  double cx, cy, x, y;

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    fk_radar_data_add_axis (data, areas[i], 2, 3, 2.5);
  g_assert_true (fk_radar_chart_get_point_with_options (data, 330, 400, &options, 0, 0, &cx, &cy));
  g_assert_true (fk_radar_chart_get_point_with_options (data, 330, 400, &options, 0, 5, &x, &y));
  g_assert_cmpfloat (hypot (x - cx, y - cy), >=, 0.14 * 330);
}

/* The default model's twelve areas in @language. */
static FkRadarData *
default_areas (const char *language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  FkRadarData *data = fk_radar_data_new ();

  g_assert_no_error (error);
  g_assert_cmpuint (model->areas->len, ==, 12);
  for (guint i = 0; i < model->areas->len; i++)
    {
      const FkArea *area = g_ptr_array_index (model->areas, i);

      fk_radar_data_add_axis (data, fk_text_get (&area->name, language), 1 + i % 5, 4, 2.5);
    }
  fk_radar_data_set_title (data, "Kommun A");
  return data;
}

/* No two label boxes intersect, and each lies inside the chart, every
 * label whole (no line cut off). */
static void
assert_labels_apart_and_inside (const FkRadarData    *data,
                                double                width,
                                double                height,
                                const FkRadarOptions *options)
{
  gboolean fit = FALSE;
  g_autoptr(GArray) boxes = fk_radar_chart_get_label_boxes (data, width, height, options, &fit);
  const char *output_dir = g_getenv ("FK_TEST_OUTPUT_DIR");

  g_assert_nonnull (boxes);
  if (output_dir != NULL)
    {
      static guint n_saved;
      g_autofree char *name = g_strdup_printf ("radar-labels-%02u-%.0fx%.0f.png", n_saved++, width, height);
      g_autofree char *path = g_build_filename (output_dir, name, NULL);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      cairo_t *cr = cairo_create (surface);

      /* The chart with its label boxes outlined in red. */
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      fk_radar_chart_draw_with_options (data, cr, width, height, NULL, options);
      cairo_set_source_rgb (cr, 1, 0, 0);
      cairo_set_line_width (cr, 1);
      for (guint i = 0; i < boxes->len; i++)
        {
          const cairo_rectangle_t *b = &g_array_index (boxes, cairo_rectangle_t, i);

          cairo_rectangle (cr, b->x, b->y, b->width, b->height);
        }
      cairo_stroke (cr);
      cairo_destroy (cr);
      g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (surface);
    }
  g_assert_cmpuint (boxes->len, ==, data->axes->len);
  if (!fit)
    g_error ("%g × %g: the labels do not fit whole", width, height);
  for (guint i = 0; i < boxes->len; i++)
    {
      const cairo_rectangle_t *a = &g_array_index (boxes, cairo_rectangle_t, i);

      if (a->x < 0 || a->y < 0 || a->x + a->width > width || a->y + a->height > height)
        g_error ("%g × %g: the label “%s” (%g, %g, %g × %g) leaves the chart", width, height,
                 g_array_index (data->axes, FkRadarAxis, i).label, a->x, a->y, a->width, a->height);
      g_assert_cmpfloat (a->width, >, 0);
      g_assert_cmpfloat (a->height, >, 0);
      for (guint j = i + 1; j < boxes->len; j++)
        {
          const cairo_rectangle_t *b = &g_array_index (boxes, cairo_rectangle_t, j);

          if (a->x < b->x + b->width && b->x < a->x + a->width
              && a->y < b->y + b->height && b->y < a->y + a->height)
            g_error ("%g × %g: the labels “%s” and “%s” overlap", width, height,
                     g_array_index (data->axes, FkRadarAxis, i).label,
                     g_array_index (data->axes, FkRadarAxis, j).label);
        }
    }
}

/* The Profile page's radar @width wide (at least 320 px): below 480 px
 * as tall as the chart takes when it may take twice its width, else
 * square; never more than 720 px (fk-radar-view.c). */
static double
page_height (const FkRadarData    *data,
             double                width,
             const FkRadarOptions *page)
{
  if (width < 480)
    return CLAMP (ceil (fk_radar_chart_get_used_height (data, width, 2 * width, page)), 260, 720);
  return CLAMP (width, 260, 720);
}

/* The twelve areas' labels, Swedish and English, and long English ones,
 * at widths from a phone's to a projector's, as the export draws them
 * and as the Profile page does (text at least the body size, the chart
 * at the top): apart, inside, and around a chart that keeps a size. */
static void
test_labels_apart (void)
{
  const char *const languages[] = { "sv", "en" };
  const double widths[] = { 300, 420, 800 };
  const FkRadarOptions page = { 15.0, TRUE };
  const char *const long_labels[] = {
    "Governance, organisation and the financing model", "Resources",
    "Competence and the recruitment of specialists", "Digital legacy",
    "Architecture and information management", "Information security and legal requirements",
    "Incidents and preparedness", "Infrastructure and operations",
    "Delivery and application management", "Procurement and contracts",
    "Digital services and innovation", "Welfare and school",
  };
  g_autoptr(FkRadarData) long_data = fk_radar_data_new ();

  for (guint i = 0; i < G_N_ELEMENTS (long_labels); i++)
    fk_radar_data_add_axis (long_data, long_labels[i], 3, 4, 2);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(FkRadarData) data = default_areas (languages[l]);

      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        {
          double page_w = MAX (widths[w], 320), page_h = page_height (data, page_w, &page), cx, cy, x, y;

          assert_labels_apart_and_inside (data, widths[w], widths[w] * 0.9, NULL);
          assert_labels_apart_and_inside (data, widths[w], widths[w] * 1.4, NULL);
          assert_labels_apart_and_inside (data, page_w, page_h, &page);
          assert_labels_apart_and_inside (data, page_w, page_w * 2, &page);
          /* The chart is not a dot: at least 28 % of the width across. */
          g_assert_true (fk_radar_chart_get_point_with_options (data, page_w, page_h, &page, 0, 0, &cx, &cy));
          g_assert_true (fk_radar_chart_get_point_with_options (data, page_w, page_h, &page, 0, 5, &x, &y));
          g_assert_cmpfloat (hypot (x - cx, y - cy), >=, 0.14 * page_w - 0.5);
          g_assert_true (fk_radar_chart_get_point (data, widths[w], widths[w] * 0.9, 0, 0, &cx, &cy));
          g_assert_true (fk_radar_chart_get_point (data, widths[w], widths[w] * 0.9, 0, 5, &x, &y));
          g_assert_cmpfloat (hypot (x - cx, y - cy), >=, 0.14 * widths[w] - 0.5);
        }
    }
  /* The annex's municipality page: the width of an A4 page's text, a
   * short box (fk-annex-municipality.c), in points. */
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(FkRadarData) data = default_areas (languages[l]);

      assert_labels_apart_and_inside (data, 481, 235, NULL);
    }

  /* Labels half as long again as the model's: in an export at every
   * width, on the page from 420 px (at its narrowest, 320 px with body
   * text, they do not fit whole; the chart then keeps its size and they
   * are cut, see test_labels_inside()). */
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      assert_labels_apart_and_inside (long_data, widths[w], widths[w], NULL);
      if (widths[w] >= 420)
        assert_labels_apart_and_inside (long_data, widths[w], page_height (long_data, widths[w], &page), &page);
    }
}

/* The palette is an enum GType and the radar data a boxed type, so that a
 * widget can have them as properties; the nicks are the settings' names. */
static void
test_types (void)
{
  GEnumClass *palettes = g_type_class_ref (FK_TYPE_PALETTE);

  for (FkPalette p = FK_PALETTE_VIRIDIS; p <= FK_PALETTE_GREYSCALE; p++)
    g_assert_cmpstr (g_enum_get_value (palettes, p)->value_nick, ==, fk_palette_to_string (p));
  g_assert_true (G_TYPE_IS_BOXED (FK_TYPE_RADAR_DATA));
  g_type_class_unref (palettes);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/radar/series-positions", test_series_positions);
  g_test_add_func ("/export/radar/palettes", test_palettes);
  g_test_add_func ("/export/radar/palette-contrast", test_palette_contrast);
  g_test_add_func ("/export/radar/labels-inside", test_labels_inside);
  g_test_add_func ("/export/radar/missing-and-degenerate", test_missing_and_degenerate);
  g_test_add_func ("/export/radar/profile-files", test_profile_files);
  g_test_add_func ("/export/radar/types", test_types);
  g_test_add_func ("/export/radar/narrow-keeps-chart", test_narrow_keeps_chart);
  g_test_add_func ("/export/radar/labels-apart", test_labels_apart);

  return g_test_run ();
}
