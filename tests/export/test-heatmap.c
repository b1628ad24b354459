/* test-heatmap.c — the heatmap's display list (cells, labels, legend, the
 * two marks), its drawing and its files.
 *
 * Set FK_TEST_OUTPUT_DIR to keep the rendered PNG for a look.
 */
#include "fk-heatmap.h"
#include "fk-test-util.h"
#include "fk-palette.h"
#include "fk-core.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#define ROUND_ID 7

/* The default study's model and region, a few scores set by hand. In the
 * first capability: Munkedal (1430) 3 → 5, Bengtsfors (1460) "not
 * applicable", Dals-Ed (1438) not assessed, Uddevalla (1485) 1 → 2. */
static FkRoundSnapshot *
make_snapshot (FkModel  *model,
               FkRegion *region)
{
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  const FkCapability *cap = g_ptr_array_index (model->capabilities, 0);
  FkScore *s;

  s = fk_score_new (ROUND_ID, "1430", cap->key);
  s->current = 3;
  s->target = 5;
  g_ptr_array_add (scores, s);
  s = fk_score_new (ROUND_ID, "1460", cap->key);
  s->current = FK_LEVEL_NA;
  g_ptr_array_add (scores, s);
  s = fk_score_new (ROUND_ID, "1485", cap->key);
  s->current = 1;
  s->target = 2;
  g_ptr_array_add (scores, s);
  return fk_round_snapshot_new (model, region, ROUND_ID, "Hösten 2020", "test",
                                g_steal_pointer (&scores));
}

static FkRoundSnapshot *
default_snapshot (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = NULL;

  g_assert_no_error (error);
  region = fk_region_new_default (&error);
  g_assert_no_error (error);
  return make_snapshot (model, region);
}

static void
assert_rgb (const double a[3],
            const double b[3])
{
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat_with_epsilon (a[i], b[i], 1e-9);
}

static void
test_display_list (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = default_snapshot ();
  FkModel *model = fk_round_snapshot_get_model (snapshot);
  guint n_muni = fk_round_snapshot_get_n_rows (snapshot);
  guint n_caps = fk_model_get_n_capabilities (model);
  g_autoptr(FkHeatmapLayout) layout =
    fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", NULL);
  int munkedal = fk_round_snapshot_find_row (snapshot, "1430");
  int bengtsfors = fk_round_snapshot_find_row (snapshot, "1460");
  int dalsed = fk_round_snapshot_find_row (snapshot, "1438");
  const FkHeatmapCell *cell;
  double expected[3];
  guint n_value = 0, n_na = 0, n_none = 0;

  g_assert_cmpuint (n_muni, ==, 14);
  g_assert_cmpuint (layout->n_rows, ==, n_caps);
  g_assert_cmpuint (layout->n_cols, ==, n_muni + 1);
  g_assert_cmpuint (layout->cells->len, ==, n_caps * (n_muni + 1));
  g_assert_cmpuint (layout->row_labels->len, ==, n_caps);
  g_assert_cmpuint (layout->col_labels->len, ==, n_muni + 1);
  g_assert_cmpuint (layout->area_headers->len, ==, model->areas->len);
  g_assert_cmpfloat (layout->width, >, 0);
  g_assert_cmpfloat (layout->height, >, 0);

  /* Munkedal's 3 is the ramp at 3/5, with its number in black or white. */
  cell = fk_heatmap_layout_find_cell (layout, 0, munkedal);
  g_assert_nonnull (cell);
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_VALUE);
  g_assert_cmpfloat (cell->value, ==, 3);
  g_assert_cmpstr (cell->text, ==, "3");
  fk_palette_get_ramp_rgb (FK_PALETTE_VIRIDIS, 3 / 5.0, expected);
  assert_rgb (cell->rgb, expected);
  g_assert_true (cell->text_rgb[0] == 0 || cell->text_rgb[0] == 1);

  /* The two marks: distinct kinds, no number. */
  cell = fk_heatmap_layout_find_cell (layout, 0, bengtsfors);
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_NOT_APPLICABLE);
  g_assert_cmpstr (cell->text, ==, "");
  cell = fk_heatmap_layout_find_cell (layout, 0, dalsed);
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_NOT_ASSESSED);
  g_assert_cmpstr (cell->text, ==, "");

  /* The mean column: (3 + 1) / 2, in Swedish with a decimal comma. */
  cell = fk_heatmap_layout_find_cell (layout, 0, -1);
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_VALUE);
  g_assert_cmpfloat (cell->value, ==, 2);
  g_assert_cmpstr (cell->text, ==, "2,0");
  cell = fk_heatmap_layout_find_cell (layout, 1, -1);
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_NOT_ASSESSED);

  for (guint i = 0; i < layout->cells->len; i++)
    {
      const FkHeatmapCell *c = &g_array_index (layout->cells, FkHeatmapCell, i);
      n_value += c->kind == FK_HEATMAP_CELL_VALUE;
      n_na += c->kind == FK_HEATMAP_CELL_NOT_APPLICABLE;
      n_none += c->kind == FK_HEATMAP_CELL_NOT_ASSESSED;
      /* Inside the picture, none overlapping its right neighbour. */
      g_assert_cmpfloat (c->x + c->w, <=, layout->width);
      g_assert_cmpfloat (c->y + c->h, <=, layout->height);
    }
  g_assert_cmpuint (n_value, ==, 3);   /* two levels and one mean */
  g_assert_cmpuint (n_na, ==, 1);
  g_assert_cmpuint (n_none, ==, layout->cells->len - 4);

  /* Column labels are turned and never overlap: each is thinner than its column. */
  for (guint i = 0; i + 1 < layout->col_labels->len; i++)
    {
      const FkHeatmapLabel *a = &g_array_index (layout->col_labels, FkHeatmapLabel, i);
      const FkHeatmapLabel *b = &g_array_index (layout->col_labels, FkHeatmapLabel, i + 1);
      g_assert_cmpfloat (a->angle, !=, 0);
      g_assert_cmpfloat (a->x + a->h, <=, b->x);
    }
  g_assert_cmpstr (g_array_index (layout->col_labels, FkHeatmapLabel, munkedal).text, ==, "Munkedal");

  /* The legend names the measure, shows six steps and the two marks. */
  g_assert_cmpstr (layout->legend_title.text, ==, fk_measure_get_label (FK_MEASURE_CURRENT));
  g_assert_cmpuint (layout->legend_items->len, ==, 6 + 2);
  g_assert_cmpint (g_array_index (layout->legend_items, FkHeatmapLegendItem, 6).kind, ==, FK_HEATMAP_CELL_NOT_ASSESSED);
  g_assert_cmpint (g_array_index (layout->legend_items, FkHeatmapLegendItem, 7).kind, ==, FK_HEATMAP_CELL_NOT_APPLICABLE);
  g_assert_cmpstr (g_array_index (layout->legend_items, FkHeatmapLegendItem, 3).value_text, ==, "3");
}

static void
test_gap (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = default_snapshot ();
  g_autoptr(FkHeatmapLayout) layout =
    fk_heatmap_layout_new (snapshot, FK_MEASURE_GAP, FK_PALETTE_CIVIDIS, "en", NULL);
  const FkHeatmapCell *cell = fk_heatmap_layout_find_cell (layout, 0, fk_round_snapshot_find_row (snapshot, "1430"));
  double expected[3];

  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_VALUE);
  g_assert_cmpstr (cell->text, ==, "+2");
  fk_palette_get_diverging_rgb (FK_PALETTE_CIVIDIS, 2 / 5.0, expected);
  assert_rgb (cell->rgb, expected);
  /* −5 … 5: eleven steps and the two marks. */
  g_assert_cmpuint (layout->legend_items->len, ==, 11 + 2);
  g_assert_cmpstr (g_array_index (layout->legend_items, FkHeatmapLegendItem, 0).value_text, ==, "−5");
  /* The mean of +2 and +1, with a decimal point in English. */
  g_assert_cmpstr (fk_heatmap_layout_find_cell (layout, 0, -1)->text, ==, "+1.5");
}

static guint32
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);

  cairo_surface_flush (surface);
  return *(const guint32 *) (data + (int) y * stride + (int) x * 4) & 0xffffff;
}

static guint32
to_pixel (const double rgb[3])
{
  return ((guint32) round (rgb[0] * 255) << 16) | ((guint32) round (rgb[1] * 255) << 8)
         | (guint32) round (rgb[2] * 255);
}

static void
test_render_png (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = default_snapshot ();
  FkHeatmapOptions options;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  const FkHeatmapCell *cell, *none;
  cairo_surface_t *surface;
  cairo_t *cr;
  const char *keep = g_getenv ("FK_TEST_OUTPUT_DIR");

  fk_heatmap_options_init (&options);
  options.show_numbers = FALSE;   /* the centre pixel is the cell's colour */
  layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  cell = fk_heatmap_layout_find_cell (layout, 0, fk_round_snapshot_find_row (snapshot, "1430"));
  none = fk_heatmap_layout_find_cell (layout, 0, fk_round_snapshot_find_row (snapshot, "1438"));
  g_assert_cmpstr (cell->text, ==, "");

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) layout->width, (int) layout->height);
  cr = cairo_create (surface);
  fk_heatmap_draw (layout, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);

  g_assert_cmphex (pixel_at (surface, cell->x + cell->w / 2, cell->y + cell->h / 2), ==, to_pixel (cell->rgb));
  /* Not assessed: white inside, its outline dark. */
  g_assert_cmphex (pixel_at (surface, none->x + none->w / 2, none->y + none->h / 2), ==, 0xffffff);
  g_assert_cmphex (pixel_at (surface, none->x + 0.5, none->y + none->h / 2), !=, 0xffffff);
  if (keep != NULL)
    {
      g_autofree char *path = g_build_filename (keep, "heatmap.png", NULL);
      cairo_surface_write_to_png (surface, path);
    }
  cairo_surface_destroy (surface);
}

static void
test_write_files (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = default_snapshot ();
  g_autoptr(FkHeatmapLayout) layout =
    fk_heatmap_layout_new (snapshot, FK_MEASURE_TARGET, FK_PALETTE_GREYSCALE, "sv", NULL);
  g_autofree char *dir = fk_test_tmpdir_new ();
  static const char * const magic[] = { "\x89PNG", "<?xml", "%PDF" };
  static const char * const names[] = { "h.png", "h.svg", "h.pdf" };

  for (guint f = 0; f < 3; f++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (dir, names[f], NULL);
      g_autofree char *contents = NULL;
      gsize len;
      g_autoptr(GDir) d = NULL;
      guint n_files = 0;

      g_assert_true (fk_heatmap_write (layout, path, (FkHeatmapFormat) f, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      g_assert_cmpuint (len, >, strlen (magic[f]));
      g_assert_true (memcmp (contents, magic[f], strlen (magic[f])) == 0);
      /* No temporary file left beside it. */
      d = g_dir_open (dir, 0, NULL);
      while (g_dir_read_name (d) != NULL)
        n_files++;
      g_assert_cmpuint (n_files, ==, f + 1);
    }

  /* A folder that does not exist: an error, nothing written. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path = g_build_filename (dir, "no", "such", "h.png", NULL);
    g_assert_false (fk_heatmap_write (layout, path, FK_HEATMAP_FORMAT_PNG, &error));
    g_assert_error (error, FK_ERROR, FK_ERROR_IO);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_no_markup (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(GPtrArray) munis = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_municipality_free);
  g_autoptr(FkRegion) region = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  FkCapability *cap;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_assert_no_error (error);
  cap = g_ptr_array_index (model->capabilities, 0);
  g_free (cap->name.sv);
  cap->name.sv = g_strdup ("<b>&Förmåga</b>");
  g_ptr_array_add (munis, fk_municipality_new ("1430", "<b>&Munkedal", 10000));
  g_ptr_array_add (munis, fk_municipality_new ("1460", "Bengtsfors", 9750));
  region = fk_region_new ("test", "Test", 15000, 50000, g_steal_pointer (&munis));
  snapshot = make_snapshot (model, region);
  layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", NULL);

  g_assert_cmpstr (g_array_index (layout->row_labels, FkHeatmapLabel, 0).text, ==, "<b>&Förmåga</b>");
  g_assert_cmpstr (g_array_index (layout->row_labels, FkHeatmapLabel, 0).full_text, ==, "<b>&Förmåga</b>");
  g_assert_cmpstr (g_array_index (layout->col_labels, FkHeatmapLabel, 0).text, ==, "<b>&Munkedal");
  /* Drawn as plain text: markup would fail to parse and warn (fatal here). */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) layout->width, (int) layout->height);
  cr = cairo_create (surface);
  fk_heatmap_draw (layout, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Long names are cut to the label column when drawn; the list keeps them whole. */
static void
test_long_names (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = default_snapshot ();
  FkModel *model = fk_round_snapshot_get_model (snapshot);
  FkHeatmapOptions options;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  const FkCapability *cap = g_ptr_array_index (model->capabilities, 0);
  const FkHeatmapCell *first;

  fk_heatmap_options_init (&options);
  options.max_label_width = 150;
  layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  first = fk_heatmap_layout_find_cell (layout, 0, 0);
  for (guint i = 0; i < layout->row_labels->len; i++)
    {
      const FkHeatmapLabel *l = &g_array_index (layout->row_labels, FkHeatmapLabel, i);
      g_assert_cmpfloat (l->w, <=, 150);
      g_assert_cmpfloat (l->x + l->w, <=, first->x);   /* never over the cells */
    }
  g_assert_cmpstr (g_array_index (layout->row_labels, FkHeatmapLabel, 0).full_text, ==,
                   fk_text_get (&cap->name, "sv"));
}

static void
test_palettes (void)
{
  double lo[3], hi[3], mid[3];

  for (guint p = 0; p <= FK_PALETTE_GREYSCALE; p++)
    {
      double l_prev = -1;

      for (guint i = 0; i <= 10; i++)
        {
          double rgb[3], l;
          fk_palette_get_ramp_rgb ((FkPalette) p, i / 10.0, rgb);
          l = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
          g_assert_cmpfloat (l, >, l_prev);   /* lightness rises: prints in grey */
          l_prev = l;
        }
      fk_palette_get_ramp_rgb ((FkPalette) p, 1, hi);
      g_assert_false (hi[0] == 1 && hi[1] == 1 && hi[2] == 1);   /* never the blank cell */
    }
  fk_palette_get_diverging_rgb (FK_PALETTE_VIRIDIS, -1, lo);
  fk_palette_get_diverging_rgb (FK_PALETTE_VIRIDIS, 0, mid);
  fk_palette_get_diverging_rgb (FK_PALETTE_VIRIDIS, 1, hi);
  g_assert_false (mid[0] == 1 && mid[1] == 1 && mid[2] == 1);
  g_assert_cmpfloat (lo[0], >, lo[2]);   /* orange below */
  g_assert_cmpfloat (hi[2], >, hi[1]);   /* purple above */
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/export/heatmap/display-list", test_display_list);
  g_test_add_func ("/export/heatmap/gap", test_gap);
  g_test_add_func ("/export/heatmap/render-png", test_render_png);
  g_test_add_func ("/export/heatmap/write-files", test_write_files);
  g_test_add_func ("/export/heatmap/no-markup", test_no_markup);
  g_test_add_func ("/export/heatmap/long-names", test_long_names);
  g_test_add_func ("/export/heatmap/palettes", test_palettes);
  return g_test_run ();
}
