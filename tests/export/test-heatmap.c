/* test-heatmap.c — the heatmap's display list (cells, labels, legend, the
 * two marks, orders, size groups, collapsed areas, aggregates, overlays),
 * its drawing, its palettes and its files.
 *
 * Set FK_TEST_OUTPUT_DIR to keep the rendered PNG for a look.
 */
#include "fk-heatmap.h"
#include "fk-heatmap-private.h"
#include "fk-test-util.h"
#include "fk-palette.h"
#include "fk-core.h"

#include <glib/gstdio.h>
#include <pango/pangocairo.h>
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

/* The grid column of a municipality (snapshot row), or −1. */
static int
column_of (const FkHeatmapLayout *layout,
           int                    municipality)
{
  for (guint c = 0; c < layout->columns->len; c++)
    if (g_array_index (layout->columns, FkHeatmapColumn, c).municipality == municipality)
      return (int) c;
  return -1;
}

/* The grid column of an aggregate, or −1. */
static int
column_of_kind (const FkHeatmapLayout *layout,
                FkHeatmapColumnKind    kind)
{
  for (guint c = 0; c < layout->columns->len; c++)
    if (g_array_index (layout->columns, FkHeatmapColumn, c).kind == kind)
      return (int) c;
  return -1;
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

  /* By default every aggregate: six columns and the municipality-mean row. */
  g_assert_cmpuint (n_muni, ==, 14);
  g_assert_cmpuint (layout->n_rows, ==, n_caps + 1);
  g_assert_cmpuint (layout->n_cols, ==, n_muni + 6);
  g_assert_cmpuint (layout->rows->len, ==, layout->n_rows);
  g_assert_cmpuint (layout->columns->len, ==, layout->n_cols);
  g_assert_cmpuint (layout->cells->len, ==, (n_caps + 1) * (n_muni + 6));
  g_assert_cmpuint (layout->row_labels->len, ==, n_caps + 1);
  g_assert_cmpuint (layout->col_labels->len, ==, n_muni + 6);
  g_assert_cmpuint (layout->dividers->len, ==, 0);
  g_assert_cmpuint (layout->group_labels->len, ==, 0);
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

  /* Each cell knows its grid position, and get_cell finds it there. */
  for (guint r = 0; r < layout->n_rows; r++)
    for (guint c = 0; c < layout->n_cols; c++)
      {
        const FkHeatmapCell *at = fk_heatmap_layout_get_cell (layout, r, c);
        g_assert_cmpuint (at->row, ==, r);
        g_assert_cmpuint (at->col, ==, c);
      }
  g_assert_null (fk_heatmap_layout_get_cell (layout, layout->n_rows, 0));

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
  /* Two levels; the first capability's mean and median; the two
   * municipalities' means in the last row and their mean. */
  g_assert_cmpuint (n_value, ==, 7);
  g_assert_cmpuint (n_na, ==, 1);
  /* Min–max "1–3" and "1/2" at level 2 or below are text; nobody answered
   * about sustaining or interest, so those counts are empty. */
  g_assert_cmpuint (n_none, ==, layout->cells->len - 7 - 1 - 2);

  /* Column labels are turned and never overlap: each is thinner than its column. */
  for (guint i = 0; i + 1 < layout->col_labels->len; i++)
    {
      const FkHeatmapLabel *a = &g_array_index (layout->col_labels, FkHeatmapLabel, i);
      const FkHeatmapLabel *b = &g_array_index (layout->col_labels, FkHeatmapLabel, i + 1);
      g_assert_cmpfloat (a->angle, !=, 0);
      g_assert_cmpfloat (a->x + a->h, <=, b->x);
    }
  g_assert_cmpstr (g_array_index (layout->col_labels, FkHeatmapLabel, column_of (layout, munkedal)).text, ==, "Munkedal");
  /* By name: Bengtsfors first. */
  g_assert_cmpint (g_array_index (layout->columns, FkHeatmapColumn, 0).municipality, ==, bengtsfors);

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
  g_assert_cmpstr (g_array_index (layout->col_labels, FkHeatmapLabel, column_of (layout, 0)).text, ==, "<b>&Munkedal");
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

  for (guint p = 0; p <= FK_PALETTE_HIGH_CONTRAST; p++)
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

/* Orders from core: the first column is the expected municipality. */
static void
test_orders (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = default_snapshot ();
  FkHeatmapOptions options;
  struct { FkMunicipalityOrder order; const char *first; } cases[] = {
    { FK_MUNICIPALITY_ORDER_NAME, "1460" },        /* Bengtsfors */
    { FK_MUNICIPALITY_ORDER_CODE, "1421" },        /* Orust */
    { FK_MUNICIPALITY_ORDER_POPULATION, "1488" },  /* Trollhättan, 59 058 */
    { FK_MUNICIPALITY_ORDER_MEAN, "1430" },        /* Munkedal 3, before Uddevalla 1 */
  };

  fk_heatmap_options_init (&options);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FkHeatmapLayout) layout = NULL;
      const FkHeatmapColumn *first;

      options.municipality_order = cases[i].order;
      layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
      first = &g_array_index (layout->columns, FkHeatmapColumn, 0);
      g_assert_cmpint (first->municipality, ==, fk_round_snapshot_find_row (snapshot, cases[i].first));
      /* The label and the cells follow their column. */
      g_assert_cmpint (g_array_index (layout->col_labels, FkHeatmapLabel, 0).index, ==, first->municipality);
      g_assert_cmpint (fk_heatmap_layout_get_cell (layout, 0, 0)->municipality, ==, first->municipality);
    }
  /* By mean, Uddevalla (1) second. */
  {
    g_autoptr(FkHeatmapLayout) layout = NULL;

    options.municipality_order = FK_MUNICIPALITY_ORDER_MEAN;
    layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
    g_assert_cmpint (g_array_index (layout->columns, FkHeatmapColumn, 1).municipality, ==,
                     fk_round_snapshot_find_row (snapshot, "1485"));
  }
}

/* Large (Trollhättan, Uddevalla, Vänersborg), medium (six), small (five),
 * a divider in the gap between groups and a label over each. */
static void
test_group_by_size (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = default_snapshot ();
  FkHeatmapOptions options;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  const guint ends[] = { 3, 9 };   /* first column of medium, of small */
  double label_top = G_MAXDOUBLE;

  fk_heatmap_options_init (&options);
  options.group_by_size = TRUE;
  layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);

  g_assert_cmpint (g_array_index (layout->columns, FkHeatmapColumn, 0).municipality, ==,
                   fk_round_snapshot_find_row (snapshot, "1488"));
  for (guint c = 0; c < 14; c++)
    {
      int row = g_array_index (layout->columns, FkHeatmapColumn, c).municipality;
      FkSizeClass expected = c < 3 ? FK_SIZE_LARGE : c < 9 ? FK_SIZE_MEDIUM : FK_SIZE_SMALL;

      g_assert_cmpint (fk_round_snapshot_get_size_class (snapshot, row), ==, expected);
    }

  g_assert_cmpuint (layout->dividers->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      const FkHeatmapDivider *d = &g_array_index (layout->dividers, FkHeatmapDivider, i);
      const FkHeatmapColumn *before = &g_array_index (layout->columns, FkHeatmapColumn, ends[i] - 1);
      const FkHeatmapColumn *after = &g_array_index (layout->columns, FkHeatmapColumn, ends[i]);
      const FkHeatmapCell *last = fk_heatmap_layout_get_cell (layout, layout->n_rows - 1, 0);

      /* In the middle of the gap, clear of both columns' cells and names. */
      g_assert_cmpfloat_with_epsilon (d->x0, (before->x + before->w + after->x) / 2, 1e-9);
      g_assert_cmpfloat (d->x0, ==, d->x1);
      g_assert_cmpfloat (after->x - (before->x + before->w), >, 8);
      g_assert_cmpfloat (d->y0, <, layout->grid_y);
      g_assert_cmpfloat (d->y1, >=, last->y + last->h);
    }

  g_assert_cmpuint (layout->group_labels->len, ==, 3);
  for (guint i = 0; i < layout->col_labels->len; i++)
    {
      const FkHeatmapLabel *l = &g_array_index (layout->col_labels, FkHeatmapLabel, i);
      label_top = MIN (label_top, l->y - l->w);   /* turned: runs upwards from y over w */
    }
  for (guint i = 0; i < 3; i++)
    {
      const FkHeatmapLabel *g = &g_array_index (layout->group_labels, FkHeatmapLabel, i);
      const FkHeatmapColumn *first = &g_array_index (layout->columns, FkHeatmapColumn, i == 0 ? 0 : ends[i - 1]);
      FkSizeClass size = i == 0 ? FK_SIZE_LARGE : i == 1 ? FK_SIZE_MEDIUM : FK_SIZE_SMALL;

      /* A group of municipalities: the plural, not one's size class. */
      g_assert_cmpstr (g->text, ==, i == 0 ? "Large" : i == 1 ? "Medium" : "Small");
      g_assert_cmpint (g->index, ==, size);
      g_assert_cmpfloat (g->x, ==, first->x);
      g_assert_cmpfloat (g->y + g->h, <=, label_top);     /* above the turned names */
      g_assert_cmpfloat (g->y, >=, layout->title.y + layout->title.h);
      if (i > 0)
        {
          const FkHeatmapLabel *prev = &g_array_index (layout->group_labels, FkHeatmapLabel, i - 1);
          g_assert_cmpfloat (prev->x + prev->w, <=, g->x);
        }
    }
}

/* A collapsed area is one row of its means under its header. */
static void
test_collapsed_area (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = default_snapshot ();
  FkModel *model = fk_round_snapshot_get_model (snapshot);
  const FkArea *area = g_ptr_array_index (model->areas, 0);
  const char *collapsed[] = { area->key, NULL };
  guint n_in_area = 0, n_caps = fk_model_get_n_capabilities (model);
  int munkedal = fk_round_snapshot_find_row (snapshot, "1430");
  int bengtsfors = fk_round_snapshot_find_row (snapshot, "1460");
  FkHeatmapOptions options;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  const FkHeatmapRow *row;
  const FkHeatmapCell *cell;
  const FkHeatmapLabel *header;

  for (guint c = 0; c < n_caps; c++)
    n_in_area += g_str_equal (((FkCapability *) model->capabilities->pdata[c])->area, area->key);
  g_assert_cmpuint (n_in_area, >, 1);

  fk_heatmap_options_init (&options);
  options.collapsed_areas = collapsed;
  /* As on screen: the headers show the state. */
  options.disclosure = TRUE;
  layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);

  g_assert_cmpuint (layout->n_rows, ==, n_caps - n_in_area + 1 + 1);
  row = &g_array_index (layout->rows, FkHeatmapRow, 0);
  g_assert_cmpint (row->kind, ==, FK_HEATMAP_ROW_AREA);
  g_assert_cmpint (row->area, ==, 0);
  g_assert_cmpint (row->capability, ==, -1);
  g_assert_cmpint (g_array_index (layout->rows, FkHeatmapRow, 1).kind, ==, FK_HEATMAP_ROW_CAPABILITY);
  g_assert_cmpint (g_array_index (layout->rows, FkHeatmapRow, 1).area, ==, 1);
  g_assert_null (fk_heatmap_layout_find_cell (layout, 0, munkedal));

  /* Munkedal's only value in the area is 3; Bengtsfors' one cell is
   * "not applicable", the others not assessed: no mean. */
  cell = fk_heatmap_layout_get_cell (layout, 0, column_of (layout, munkedal));
  g_assert_cmpint (cell->row_kind, ==, FK_HEATMAP_ROW_AREA);
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_VALUE);
  g_assert_cmpfloat (cell->value, ==, 3);
  g_assert_cmpstr (cell->text, ==, "3,0");
  g_assert_cmpuint (cell->n_values, ==, 1);
  cell = fk_heatmap_layout_get_cell (layout, 0, column_of (layout, bengtsfors));
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_NOT_ASSESSED);
  /* The area's mean of the two municipality means (3 + 1) / 2 and its
   * range; the counts are per capability and stay empty. */
  cell = fk_heatmap_layout_get_cell (layout, 0, column_of_kind (layout, FK_HEATMAP_COLUMN_MEAN));
  g_assert_cmpfloat (cell->value, ==, 2);
  g_assert_cmpuint (cell->n_values, ==, 2);
  cell = fk_heatmap_layout_get_cell (layout, 0, column_of_kind (layout, FK_HEATMAP_COLUMN_MIN_MAX));
  g_assert_cmpstr (cell->text, ==, "1,0–3,0");
  cell = fk_heatmap_layout_get_cell (layout, 0, column_of_kind (layout, FK_HEATMAP_COLUMN_LOW));
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_NOT_ASSESSED);

  /* The header says the state: ▸ collapsed, ▾ open; its full text is the name. */
  header = &g_array_index (layout->area_headers, FkHeatmapLabel, 0);
  g_assert_true (g_str_has_prefix (header->text, "▸ "));
  g_assert_cmpstr (header->full_text, ==, fk_text_get (&area->name, "sv"));
  g_assert_true (g_str_has_prefix (g_array_index (layout->area_headers, FkHeatmapLabel, 1).text, "▾ "));
  /* In a file or on paper (the default) the header is the name alone. */
  {
    FkHeatmapOptions plain;
    g_autoptr(FkHeatmapLayout) file = NULL;

    fk_heatmap_options_init (&plain);
    plain.collapsed_areas = collapsed;
    file = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &plain);
    g_assert_cmpstr (g_array_index (file->area_headers, FkHeatmapLabel, 0).text, ==, fk_text_get (&area->name, "sv"));
  }
  g_assert_cmpfloat (header->y + header->h, <=, row->y);
  g_assert_cmpint (g_array_index (layout->row_labels, FkHeatmapLabel, 0).index, ==, 0);
  /* The row's short text sits under the header; its full text names the
   * area, for tooltips and screen readers. */
  {
    const FkHeatmapLabel *label = &g_array_index (layout->row_labels, FkHeatmapLabel, 0);
    g_autofree char *expected = g_strdup_printf ("%s (mean of %u capabilities)",
                                                 fk_text_get (&area->name, "sv"), n_in_area);

    g_assert_cmpstr (label->full_text, ==, expected);
    g_assert_null (strstr (label->text, fk_text_get (&area->name, "sv")));
  }
}

/* The first capability: Munkedal 3 (target 5, cannot sustain: no,
 * interested), Bengtsfors "not applicable" (its answers count for
 * nothing), Uddevalla 1 (target 2, with difficulty, maybe), Trollhättan 2
 * (interest maybe, sustain unanswered). The second: Munkedal 4. */
static FkRoundSnapshot *
aggregate_snapshot (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = fk_region_new_default (&error);
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  const FkCapability *cap0 = g_ptr_array_index (model->capabilities, 0);
  const FkCapability *cap1 = g_ptr_array_index (model->capabilities, 1);
  FkScore *s;

  g_assert_no_error (error);
  s = fk_score_new (ROUND_ID, "1430", cap0->key);
  s->current = 3; s->target = 5; s->sustain = FK_SUSTAIN_NO; s->interest = FK_INTEREST_YES;
  g_ptr_array_add (scores, s);
  s = fk_score_new (ROUND_ID, "1460", cap0->key);
  s->current = FK_LEVEL_NA; s->sustain = FK_SUSTAIN_NO; s->interest = FK_INTEREST_YES;
  g_ptr_array_add (scores, s);
  s = fk_score_new (ROUND_ID, "1485", cap0->key);
  s->current = 1; s->target = 2; s->sustain = FK_SUSTAIN_DIFFICULT; s->interest = FK_INTEREST_MAYBE;
  g_ptr_array_add (scores, s);
  s = fk_score_new (ROUND_ID, "1488", cap0->key);
  s->current = 2; s->interest = FK_INTEREST_MAYBE;
  g_ptr_array_add (scores, s);
  s = fk_score_new (ROUND_ID, "1430", cap1->key);
  s->current = 4;
  g_ptr_array_add (scores, s);
  return fk_round_snapshot_new (model, region, ROUND_ID, "R", "test", g_steal_pointer (&scores));
}

static void
test_aggregates (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = aggregate_snapshot ();
  g_autoptr(FkHeatmapLayout) layout =
    fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", NULL);
  guint cap0 = 0, cap1 = 1, mean_row = layout->n_rows - 1;
  const FkHeatmapCell *low, *cannot, *interested, *cell;
  const FkHeatmapColumn *min_max;
  double expected[3];

  /* Columns in order, after the municipalities. */
  for (guint i = 0; i < 6; i++)
    g_assert_cmpint (g_array_index (layout->columns, FkHeatmapColumn, 14 + i).kind, ==, FK_HEATMAP_COLUMN_MEAN + i);
  g_assert_cmpstr (g_array_index (layout->col_labels, FkHeatmapLabel, 14).text, ==, "Mean");
  g_assert_cmpstr (g_array_index (layout->col_labels, FkHeatmapLabel, 16).text, ==, "Min–max");
  g_assert_cmpstr (g_array_index (layout->col_labels, FkHeatmapLabel, 17).text, ==, "At level 2 or below");

  /* Mean (3 + 1 + 2) / 3 and median 2, coloured like the measure. */
  cell = fk_heatmap_layout_get_cell (layout, cap0, column_of_kind (layout, FK_HEATMAP_COLUMN_MEAN));
  g_assert_cmpstr (cell->text, ==, "2,0");
  g_assert_cmpuint (cell->n_values, ==, 3);
  fk_heatmap_value_rgb (FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, 2, expected);
  assert_rgb (cell->rgb, expected);
  cell = fk_heatmap_layout_get_cell (layout, cap0, column_of_kind (layout, FK_HEATMAP_COLUMN_MEDIAN));
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_VALUE);
  g_assert_cmpstr (cell->text, ==, "2,0");

  /* Min–max as text, in a wider column; one value is one number. */
  min_max = &g_array_index (layout->columns, FkHeatmapColumn, column_of_kind (layout, FK_HEATMAP_COLUMN_MIN_MAX));
  g_assert_cmpfloat (min_max->w, >=, 1.6 * 40);
  cell = fk_heatmap_layout_get_cell (layout, cap0, column_of_kind (layout, FK_HEATMAP_COLUMN_MIN_MAX));
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_TEXT);
  g_assert_cmpstr (cell->text, ==, "1–3");
  g_assert_cmpfloat (cell->w, >, 1.5 * 40);
  cell = fk_heatmap_layout_get_cell (layout, cap1, column_of_kind (layout, FK_HEATMAP_COLUMN_MIN_MAX));
  g_assert_cmpstr (cell->text, ==, "4");
  cell = fk_heatmap_layout_get_cell (layout, 2, column_of_kind (layout, FK_HEATMAP_COLUMN_MIN_MAX));
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_NOT_ASSESSED);

  /* Counts out of those who answered: levels 1 and 2 of three; no and
   * with difficulty of the two who answered; yes, maybe, maybe of three. */
  low = fk_heatmap_layout_get_cell (layout, cap0, column_of_kind (layout, FK_HEATMAP_COLUMN_LOW));
  cannot = fk_heatmap_layout_get_cell (layout, cap0, column_of_kind (layout, FK_HEATMAP_COLUMN_CANNOT_SUSTAIN));
  interested = fk_heatmap_layout_get_cell (layout, cap0, column_of_kind (layout, FK_HEATMAP_COLUMN_INTERESTED));
  g_assert_cmpstr (low->text, ==, "2/3");
  g_assert_cmpuint (low->n_values, ==, 3);
  g_assert_cmpstr (cannot->text, ==, "2/2");
  g_assert_cmpuint (cannot->n_values, ==, 2);
  g_assert_cmpstr (interested->text, ==, "3/3");
  /* Neutral grey, darker for a larger share, black text: never a level's colour. */
  g_assert_cmpint (low->kind, ==, FK_HEATMAP_CELL_TEXT);
  g_assert_cmpfloat (low->rgb[0], ==, low->rgb[1]);
  g_assert_cmpfloat (low->rgb[1], ==, low->rgb[2]);
  g_assert_cmpfloat (cannot->rgb[0], <, low->rgb[0]);
  g_assert_cmpfloat (low->rgb[0], <, 1);
  g_assert_cmpfloat (low->text_rgb[0], ==, 0);
  /* The same counts whatever the measure shown. */
  {
    g_autoptr(FkHeatmapLayout) gap = fk_heatmap_layout_new (snapshot, FK_MEASURE_GAP, FK_PALETTE_VIRIDIS, "sv", NULL);
    g_assert_cmpstr (fk_heatmap_layout_get_cell (gap, cap0, column_of_kind (gap, FK_HEATMAP_COLUMN_LOW))->text, ==, "2/3");
  }

  /* The municipality-mean row: Munkedal (3 + 4) / 2; the mean of the
   * three means (3.5 + 1 + 2) / 3 = 2.17; nothing else in its aggregates. */
  g_assert_cmpint (g_array_index (layout->rows, FkHeatmapRow, mean_row).kind, ==, FK_HEATMAP_ROW_MUNICIPALITY_MEAN);
  g_assert_cmpint (g_array_index (layout->row_labels, FkHeatmapLabel, mean_row).index, ==, -1);
  g_assert_cmpstr (g_array_index (layout->row_labels, FkHeatmapLabel, mean_row).text, ==, "Municipality mean");
  cell = fk_heatmap_layout_get_cell (layout, mean_row, column_of (layout, fk_round_snapshot_find_row (snapshot, "1430")));
  g_assert_cmpfloat (cell->value, ==, 3.5);
  g_assert_cmpstr (cell->text, ==, "3,5");
  g_assert_cmpuint (cell->n_values, ==, 2);
  cell = fk_heatmap_layout_get_cell (layout, mean_row, column_of_kind (layout, FK_HEATMAP_COLUMN_MEAN));
  g_assert_cmpfloat_with_epsilon (cell->value, 6.5 / 3, 1e-9);
  g_assert_cmpstr (cell->text, ==, "2,2");
  g_assert_cmpuint (cell->n_values, ==, 3);
  for (FkHeatmapColumnKind k = FK_HEATMAP_COLUMN_MEDIAN; k <= FK_HEATMAP_COLUMN_INTERESTED; k++)
    g_assert_cmpint (fk_heatmap_layout_get_cell (layout, mean_row, column_of_kind (layout, k))->kind, ==,
                     FK_HEATMAP_CELL_NOT_ASSESSED);
  /* The mean row is below a gap after the last capability. */
  g_assert_cmpfloat (g_array_index (layout->rows, FkHeatmapRow, mean_row).y, >,
                     g_array_index (layout->rows, FkHeatmapRow, mean_row - 1).y + 40);
}

/* With no aggregates only the municipalities are columns and the
 * capabilities rows. */
static void
test_aggregates_none (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = aggregate_snapshot ();
  FkModel *model = fk_round_snapshot_get_model (snapshot);
  FkHeatmapOptions options;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  g_autoptr(FkHeatmapLayout) some = NULL;

  fk_heatmap_options_init (&options);
  options.aggregates = FK_HEATMAP_AGGREGATE_NONE;
  layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  g_assert_cmpuint (layout->n_cols, ==, 14);
  g_assert_cmpuint (layout->n_rows, ==, fk_model_get_n_capabilities (model));
  for (guint c = 0; c < layout->columns->len; c++)
    g_assert_cmpint (g_array_index (layout->columns, FkHeatmapColumn, c).kind, ==, FK_HEATMAP_COLUMN_MUNICIPALITY);
  g_assert_null (fk_heatmap_layout_find_cell (layout, 0, -1));

  /* Median and the interested only: two columns, no mean row. */
  options.aggregates = FK_HEATMAP_AGGREGATE_MEDIAN | FK_HEATMAP_AGGREGATE_INTERESTED;
  some = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  g_assert_cmpuint (some->n_cols, ==, 16);
  g_assert_cmpint (g_array_index (some->columns, FkHeatmapColumn, 14).kind, ==, FK_HEATMAP_COLUMN_MEDIAN);
  g_assert_cmpint (g_array_index (some->columns, FkHeatmapColumn, 15).kind, ==, FK_HEATMAP_COLUMN_INTERESTED);
  g_assert_cmpuint (some->n_rows, ==, fk_model_get_n_capabilities (model));
}

static void
test_aggregate_names (void)
{
  FkHeatmapAggregates a = FK_HEATMAP_AGGREGATE_NONE;
  FkHeatmapOverlays o = FK_HEATMAP_OVERLAY_NONE;

  g_assert_true (fk_heatmap_aggregate_from_string ("min-max", &a));
  g_assert_cmpint (a, ==, FK_HEATMAP_AGGREGATE_MIN_MAX);
  g_assert_true (fk_heatmap_aggregate_from_string ("row-mean", &a));
  g_assert_cmpint (a, ==, FK_HEATMAP_AGGREGATE_ROW_MEAN);
  g_assert_false (fk_heatmap_aggregate_from_string ("spread", &a));
  g_assert_cmpint (a, ==, FK_HEATMAP_AGGREGATE_ROW_MEAN);
  g_assert_cmpstr (fk_heatmap_aggregate_to_string (FK_HEATMAP_AGGREGATE_CANNOT_SUSTAIN), ==, "cannot-sustain");
  g_assert_null (fk_heatmap_aggregate_to_string (FK_HEATMAP_AGGREGATES_DEFAULT));
  g_assert_true (fk_heatmap_overlay_from_string ("sustain", &o));
  g_assert_cmpint (o, ==, FK_HEATMAP_OVERLAY_SUSTAIN);
  g_assert_false (fk_heatmap_overlay_from_string ("gap", &o));
  g_assert_cmpstr (fk_heatmap_overlay_to_string (FK_HEATMAP_OVERLAY_TARGET), ==, "target");
}

static cairo_surface_t *
render (const FkHeatmapLayout *layout)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) layout->width, (int) layout->height);
  cairo_t *cr = cairo_create (surface);

  fk_heatmap_draw (layout, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

static void
keep_png (cairo_surface_t *surface,
          const char      *name)
{
  const char *keep = g_getenv ("FK_TEST_OUTPUT_DIR");

  if (keep != NULL)
    {
      g_autofree char *path = g_build_filename (keep, name, NULL);
      cairo_surface_write_to_png (surface, path);
    }
}

/* Target and sustain on the current level: in the cells, in the legend,
 * and drawn where they must be. */
static void
test_overlays (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = aggregate_snapshot ();
  FkHeatmapOptions options;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  g_autoptr(FkHeatmapLayout) gap = NULL;
  int munkedal = fk_round_snapshot_find_row (snapshot, "1430");
  int uddevalla = fk_round_snapshot_find_row (snapshot, "1485");
  int trollhattan = fk_round_snapshot_find_row (snapshot, "1488");
  int bengtsfors = fk_round_snapshot_find_row (snapshot, "1460");
  const FkHeatmapCell *m, *u, *t, *b;
  cairo_surface_t *surface;
  guint n_items;

  fk_heatmap_options_init (&options);
  options.overlays = FK_HEATMAP_OVERLAY_TARGET | FK_HEATMAP_OVERLAY_SUSTAIN;
  options.show_numbers = FALSE;
  layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  m = fk_heatmap_layout_find_cell (layout, 0, munkedal);
  u = fk_heatmap_layout_find_cell (layout, 0, uddevalla);
  t = fk_heatmap_layout_find_cell (layout, 0, trollhattan);
  b = fk_heatmap_layout_find_cell (layout, 0, bengtsfors);
  g_assert_cmpfloat (m->target, ==, 5);
  g_assert_true (m->cannot_sustain);
  g_assert_cmpfloat (u->target, ==, 2);
  g_assert_true (u->cannot_sustain);
  g_assert_true (isnan (t->target));
  g_assert_false (t->cannot_sustain);
  g_assert_false (b->cannot_sustain);   /* "not applicable": its answer counts for nothing */
  g_assert_true (isnan (fk_heatmap_layout_find_cell (layout, 0, -1)->target));

  /* The legend explains both after the steps and the two marks. */
  n_items = layout->legend_items->len;
  g_assert_cmpuint (n_items, ==, 6 + 2 + 2);
  g_assert_cmpint (g_array_index (layout->legend_items, FkHeatmapLegendItem, 8).overlay, ==, FK_HEATMAP_OVERLAY_TARGET);
  g_assert_cmpstr (g_array_index (layout->legend_items, FkHeatmapLegendItem, 8).label.text, ==,
                   fk_measure_get_label (FK_MEASURE_TARGET));
  g_assert_cmpint (g_array_index (layout->legend_items, FkHeatmapLegendItem, 9).overlay, ==, FK_HEATMAP_OVERLAY_SUSTAIN);
  g_assert_cmpstr (g_array_index (layout->legend_items, FkHeatmapLegendItem, 9).label.text, ==, "Cannot sustain alone");

  /* Drawn: Trollhättan's cell is its colour at the edge; Munkedal's and
   * Uddevalla's have the outline there. The centres stay the level's colour. */
  surface = render (layout);
  keep_png (surface, "heatmap-overlays.png");
  g_assert_cmphex (pixel_at (surface, t->x + 1, t->y + t->h / 2), ==, to_pixel (t->rgb));
  g_assert_cmphex (pixel_at (surface, m->x + 1, m->y + m->h / 2), !=, to_pixel (m->rgb));
  g_assert_cmphex (pixel_at (surface, u->x + m->w - 2, u->y + u->h / 2 + 3), !=, to_pixel (u->rgb));
  g_assert_cmphex (pixel_at (surface, m->x + m->w / 2, m->y + m->h / 2), ==, to_pixel (m->rgb));
  cairo_surface_destroy (surface);

  /* The target alone: a black tick at 2/5 of the height from the bottom
   * (Uddevalla) and at the top (Munkedal's 5), not in the middle. */
  options.overlays = FK_HEATMAP_OVERLAY_TARGET;
  g_clear_pointer (&layout, fk_heatmap_layout_free);
  layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  u = fk_heatmap_layout_find_cell (layout, 0, uddevalla);
  m = fk_heatmap_layout_find_cell (layout, 0, munkedal);
  t = fk_heatmap_layout_find_cell (layout, 0, trollhattan);
  surface = render (layout);
  g_assert_cmphex (pixel_at (surface, u->x + 3, u->y + u->h * 0.6), ==, 0x000000);
  g_assert_cmphex (pixel_at (surface, u->x + u->w - 3, u->y + u->h * 0.6), ==, 0x000000);
  g_assert_cmphex (pixel_at (surface, u->x + u->w / 2, u->y + u->h * 0.6), ==, to_pixel (u->rgb));
  g_assert_cmphex (pixel_at (surface, u->x + 3, u->y + u->h * 0.2), ==, to_pixel (u->rgb));
  g_assert_cmphex (pixel_at (surface, m->x + 3, m->y + 4), ==, 0x000000);
  g_assert_cmphex (pixel_at (surface, t->x + 3, t->y + t->h * 0.6), ==, to_pixel (t->rgb));
  /* No sustain outline without its overlay. */
  g_assert_cmphex (pixel_at (surface, m->x + 1, m->y + m->h / 2), ==, to_pixel (m->rgb));
  g_assert_false (m->cannot_sustain);
  cairo_surface_destroy (surface);

  /* Only on the current level. */
  options.overlays = FK_HEATMAP_OVERLAY_TARGET | FK_HEATMAP_OVERLAY_SUSTAIN;
  gap = fk_heatmap_layout_new (snapshot, FK_MEASURE_GAP, FK_PALETTE_VIRIDIS, "sv", &options);
  m = fk_heatmap_layout_find_cell (gap, 0, munkedal);
  g_assert_true (isnan (m->target));
  g_assert_false (m->cannot_sustain);
  g_assert_cmpuint (gap->legend_items->len, ==, 11 + 2);
}

/* The high-contrast palette: named, dark navy to bright yellow, whole
 * levels further apart in lightness than viridis', in the cells. */
static double
luminance (const double rgb[3])
{
  double l = 0;
  const double k[3] = { 0.2126, 0.7152, 0.0722 };

  for (guint i = 0; i < 3; i++)
    l += k[i] * (rgb[i] <= 0.04045 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4));
  return l;
}

static double
min_level_contrast (FkPalette palette)
{
  double least = G_MAXDOUBLE;

  for (guint v = 0; v < 5; v++)
    {
      double a[3], b[3];

      fk_palette_get_ramp_rgb (palette, v / 5.0, a);
      fk_palette_get_ramp_rgb (palette, (v + 1) / 5.0, b);
      least = MIN (least, (luminance (b) + 0.05) / (luminance (a) + 0.05));
    }
  return least;
}

static void
test_high_contrast (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = default_snapshot ();
  g_autoptr(FkHeatmapLayout) layout =
    fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_HIGH_CONTRAST, "sv", NULL);
  double lo[3], hi[3], end[3], puor[3], expected[3];
  const FkHeatmapCell *cell;

  g_assert_cmpint (fk_palette_from_string ("high-contrast"), ==, FK_PALETTE_HIGH_CONTRAST);
  g_assert_cmpstr (fk_palette_to_string (FK_PALETTE_HIGH_CONTRAST), ==, "high-contrast");

  /* #050A28 and #FFFF33. */
  fk_palette_get_ramp_rgb (FK_PALETTE_HIGH_CONTRAST, 0, lo);
  fk_palette_get_ramp_rgb (FK_PALETTE_HIGH_CONTRAST, 1, hi);
  g_assert_cmphex (to_pixel (lo), ==, 0x050A28);
  g_assert_cmphex (to_pixel (hi), ==, 0xFFFF33);
  g_assert_cmpfloat (lo[2], >, lo[0]);     /* navy */
  g_assert_cmpfloat (hi[2], <, hi[1]);     /* yellow */
  /* Every step of a whole level at least 1.75 : 1, more than viridis. */
  g_assert_cmpfloat (min_level_contrast (FK_PALETTE_HIGH_CONTRAST), >=, 1.75);
  g_assert_cmpfloat (min_level_contrast (FK_PALETTE_HIGH_CONTRAST), >, min_level_contrast (FK_PALETTE_VIRIDIS));

  /* The diverging variant: the same hues as PuOr, darker ends. */
  fk_palette_get_diverging_rgb (FK_PALETTE_HIGH_CONTRAST, -1, end);
  fk_palette_get_diverging_rgb (FK_PALETTE_VIRIDIS, -1, puor);
  g_assert_cmpfloat (end[0], >, end[2]);
  g_assert_cmpfloat (luminance (end), <, luminance (puor));
  fk_palette_get_diverging_rgb (FK_PALETTE_HIGH_CONTRAST, 1, end);
  fk_palette_get_diverging_rgb (FK_PALETTE_VIRIDIS, 1, puor);
  g_assert_cmpfloat (end[2], >, end[1]);
  g_assert_cmpfloat (luminance (end), <, luminance (puor));

  /* Munkedal's 3 in the cells. */
  cell = fk_heatmap_layout_find_cell (layout, 0, fk_round_snapshot_find_row (snapshot, "1430"));
  fk_palette_get_ramp_rgb (FK_PALETTE_HIGH_CONTRAST, 3 / 5.0, expected);
  assert_rgb (cell->rgb, expected);
  g_assert_cmphex (to_pixel (cell->rgb), ==, 0x8C8A7C);
}

/* The legend in words names the measure, the range of the colours and
 * every mark, numbers shown or not. */
static void
test_legend_text (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = aggregate_snapshot ();
  FkHeatmapOptions options;
  g_autoptr(FkHeatmapLayout) plain = NULL;
  g_autoptr(FkHeatmapLayout) marked = NULL;
  g_autoptr(FkHeatmapLayout) gap = NULL;
  g_autofree char *plain_text = NULL;
  g_autofree char *marked_text = NULL;
  g_autofree char *gap_text = NULL;

  fk_heatmap_options_init (&options);
  plain = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "en", &options);
  plain_text = fk_heatmap_layout_describe_legend (plain);
  g_assert_cmpstr (plain_text, ==,
                   "Legend: Current level. Colours from 0 to 5, one per whole value. "
                   "An empty white cell: Not assessed. A hatched cell: Not applicable.");

  options.overlays = FK_HEATMAP_OVERLAY_TARGET | FK_HEATMAP_OVERLAY_SUSTAIN;
  options.show_numbers = FALSE;
  marked = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "en", &options);
  marked_text = fk_heatmap_layout_describe_legend (marked);
  g_assert_nonnull (strstr (marked_text, "Colours from 0 to 5"));
  g_assert_nonnull (strstr (marked_text, "A notch in a cell: Target level."));
  g_assert_nonnull (strstr (marked_text, "A dashed outline around a cell: Cannot sustain alone."));

  /* A signed measure: its ends carry their sign. */
  fk_heatmap_options_init (&options);
  gap = fk_heatmap_layout_new (snapshot, FK_MEASURE_GAP, FK_PALETTE_VIRIDIS, "en", &options);
  gap_text = fk_heatmap_layout_describe_legend (gap);
  g_assert_true (g_str_has_prefix (gap_text, "Legend: Gap"));
  g_assert_nonnull (strstr (gap_text, "Colours from −5 to +5"));
}

/* Every score set: levels 0–5 with their targets, every fourth "not
 * applicable" or not assessed, some that cannot be sustained alone. */
static FkRoundSnapshot *
filled_snapshot (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = fk_region_new_default (&error);
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);

  g_assert_no_error (error);
  for (guint m = 0; m < region->municipalities->len; m++)
    for (guint c = 0; c < model->capabilities->len; c++)
      {
        const FkMunicipality *mun = g_ptr_array_index (region->municipalities, m);
        const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
        FkScore *s = fk_score_new (ROUND_ID, mun->code, cap->key);
        guint k = m * 7 + c * 3;

        if (k % 8 == 1)
          s->current = FK_LEVEL_NA;
        else if (k % 8 != 5)
          {
            s->current = k % 6;
            s->target = MIN (5, s->current + k % 3);
            s->sustain = k % 4;
          }
        g_ptr_array_add (scores, s);
      }
  return fk_round_snapshot_new (model, region, ROUND_ID, "R", "test", g_steal_pointer (&scores));
}

static cairo_surface_t *
filled_surface (int     w,
                int     h,
                guint32 argb)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgba (cr, ((argb >> 16) & 0xff) / 255.0, ((argb >> 8) & 0xff) / 255.0,
                         (argb & 0xff) / 255.0, (argb >> 24) / 255.0);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_paint (cr);
  cairo_destroy (cr);
  return surface;
}

static int
channel_difference (guint32 a,
                    guint32 b)
{
  int d = 0;

  for (int shift = 0; shift < 32; shift += 8)
    d = MAX (d, ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)));
  return d;
}

/* How many pixels of @b are wrong: outside @clip any that is not
 * @outside, inside it any that differs from @a at the same place by more
 * than @tolerance in a channel. *@n_inexact: inside, how many differ at
 * all. */
static guint
count_wrong_pixels (cairo_surface_t             *a,
                    cairo_surface_t             *b,
                    const cairo_rectangle_int_t *clip,
                    guint32                      outside,
                    int                          tolerance,
                    guint                       *n_inexact)
{
  int stride = cairo_image_surface_get_stride (a);
  const guint8 *pa, *pb;
  guint n = 0;

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  pa = cairo_image_surface_get_data (a);
  pb = cairo_image_surface_get_data (b);
  g_assert_cmpint (cairo_image_surface_get_stride (b), ==, stride);
  *n_inexact = 0;
  for (int y = 0; y < cairo_image_surface_get_height (a); y++)
    for (int x = 0; x < cairo_image_surface_get_width (a); x++)
      {
        guint32 va = *(const guint32 *) (pa + y * stride + x * 4);
        guint32 vb = *(const guint32 *) (pb + y * stride + x * 4);

        if (x >= clip->x && x < clip->x + clip->width && y >= clip->y && y < clip->y + clip->height)
          {
            int d = channel_difference (va, vb);

            *n_inexact += d > 0;
            n += d > tolerance;
          }
        else
          n += vb != outside;
      }
  return n;
}

/* A view draws only the part in sight, with a clip: fk_heatmap_draw then
 * leaves everything outside the clip as it was and draws the same pixels
 * inside it as a full draw, also where the clip cuts through cells,
 * their numbers and marks, and the names. */
static void
test_draw_clipped (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = filled_snapshot ();
  FkHeatmapOptions options;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  const guint32 magenta = 0xffff00ff;
  cairo_surface_t *full;
  int w, h;
  const FkHeatmapCell *a, *b;
  const FkHeatmapLabel *label;
  cairo_rectangle_int_t clips[3];

  fk_heatmap_options_init (&options);
  options.overlays = FK_HEATMAP_OVERLAY_TARGET | FK_HEATMAP_OVERLAY_SUSTAIN;
  layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  w = (int) layout->width;
  h = (int) layout->height;
  full = filled_surface (w, h, magenta);
  {
    cairo_t *cr = cairo_create (full);

    fk_heatmap_draw (layout, cr);
    cairo_destroy (cr);
  }

  /* Through cells with numbers, hatches, notches and outlines; across
   * the row and column names; across the legend. */
  a = fk_heatmap_layout_get_cell (layout, 2, 3);
  b = fk_heatmap_layout_get_cell (layout, 9, 11);
  g_assert_cmpstr (a->text, !=, "");
  /* From 3 px before the right edge of a cell to 3 px after the left edge of another. */
  clips[0] = (cairo_rectangle_int_t) { (int) (a->x + a->w - 3), (int) (a->y + a->h / 2),
                                       (int) (b->x + 3 - (a->x + a->w - 3)), (int) (b->y + 3 - (a->y + a->h / 2)) };
  label = &g_array_index (layout->row_labels, FkHeatmapLabel, 4);
  clips[1] = (cairo_rectangle_int_t) { (int) (label->x + label->w / 2), (int) (layout->grid_y / 2),
                                       (int) (layout->grid_x), (int) (label->y + label->h / 2 - layout->grid_y / 2) };
  clips[2] = (cairo_rectangle_int_t) { (int) (layout->grid_x / 3), (int) (layout->legend_y + 10),
                                       w / 3, (int) ((h - layout->legend_y) / 2) };

  for (guint i = 0; i < G_N_ELEMENTS (clips); i++)
    {
      cairo_surface_t *part = filled_surface (w, h, magenta);
      cairo_t *cr = cairo_create (part);
      guint n_inside = 0, n_inexact;

      g_assert_cmpint (clips[i].width, >, 20);
      g_assert_cmpint (clips[i].height, >, 20);
      cairo_rectangle (cr, clips[i].x, clips[i].y, clips[i].width, clips[i].height);
      cairo_clip (cr);
      fk_heatmap_draw (layout, cr);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);

      /* Nothing outside; inside the same pixels, but that cairo's own
       * antialiasing of a stroke cut by two clips (the hatch of "not
       * applicable" inside its cell, and this one) differs by a few
       * levels at some edges. Anything left out or added would differ
       * by far more. */
      g_assert_cmpuint (count_wrong_pixels (full, part, &clips[i], magenta, 4, &n_inexact), ==, 0);
      g_assert_cmpuint (n_inexact, <, (guint) (clips[i].width * clips[i].height) / 100);
      /* Not a blank test: the part shows more than the background. */
      for (int y = clips[i].y; y < clips[i].y + clips[i].height; y += 2)
        n_inside += pixel_at (part, clips[i].x + clips[i].width / 2, y) != 0xffffff;
      g_assert_cmpuint (n_inside, >, 0);
      cairo_surface_destroy (part);
    }
  cairo_surface_destroy (full);
}

static void
assert_same_layout (const FkHeatmapLayout *a,
                    const FkHeatmapLayout *b)
{
  g_assert_cmpfloat (a->width, ==, b->width);
  g_assert_cmpfloat (a->height, ==, b->height);
  g_assert_cmpfloat (a->grid_x, ==, b->grid_x);
  g_assert_cmpfloat (a->grid_y, ==, b->grid_y);
  g_assert_cmpfloat (a->legend_y, ==, b->legend_y);
  g_assert_cmpuint (a->cells->len, ==, b->cells->len);
  for (guint i = 0; i < a->cells->len; i++)
    {
      const FkHeatmapCell *ca = &g_array_index (a->cells, FkHeatmapCell, i);
      const FkHeatmapCell *cb = &g_array_index (b->cells, FkHeatmapCell, i);

      g_assert_cmpfloat (ca->x, ==, cb->x);
      g_assert_cmpfloat (ca->w, ==, cb->w);
      g_assert_cmpstr (ca->text, ==, cb->text);
    }
  for (guint i = 0; i < a->legend_items->len; i++)
    g_assert_cmpfloat (g_array_index (a->legend_items, FkHeatmapLegendItem, i).label.x, ==,
                       g_array_index (b->legend_items, FkHeatmapLegendItem, i).label.x);
}

/* Texts are measured once per font size and weight, and cells share
 * their texts: a layout made again comes out the same, one at another
 * size does not, and every cell's text lives as long as its layout. */
static void
test_remade (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = filled_snapshot ();
  FkHeatmapOptions options;
  g_autoptr(FkHeatmapLayout) first = NULL;
  g_autoptr(FkHeatmapLayout) small = NULL;
  g_autoptr(FkHeatmapLayout) again = NULL;
  g_autoptr(FkHeatmapLayout) gap = NULL;
  guint n_numbers = 0;

  fk_heatmap_options_init (&options);
  first = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  options.cell_size = 20;
  small = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  options.cell_size = 40;
  again = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  assert_same_layout (first, again);

  /* The names take less room at half the size, but not nothing. */
  g_assert_cmpfloat (small->grid_x, <, first->grid_x * 0.75);
  g_assert_cmpfloat (small->grid_x, >, first->grid_x * 0.25);
  g_assert_cmpfloat (small->grid_y, <, first->grid_y * 0.75);

  /* Another measure: other texts, freed with their layout. */
  g_clear_pointer (&small, fk_heatmap_layout_free);
  gap = fk_heatmap_layout_new (snapshot, FK_MEASURE_GAP, FK_PALETTE_VIRIDIS, "en", &options);
  for (guint i = 0; i < gap->cells->len; i++)
    {
      const FkHeatmapCell *cell = &g_array_index (gap->cells, FkHeatmapCell, i);

      g_assert_nonnull (cell->text);
      g_assert_true (g_utf8_validate (cell->text, -1, NULL));
      n_numbers += *cell->text != '\0';
    }
  g_assert_cmpuint (n_numbers, >, gap->cells->len / 2);
  assert_same_layout (first, again);
}

/* Deviations from a median of x.5 (an even number of values): the first
 * capability 1, 2, 3, 5 (median 2.5), the second 1, 2, 4 (median 2). */
static FkRoundSnapshot *
deviation_snapshot (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = fk_region_new_default (&error);
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  const char *codes[] = { "1430", "1485", "1438", "1460" };
  const int first[] = { 1, 2, 3, 5 }, second[] = { 1, 2, 4 };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (first); i++)
    {
      FkScore *s = fk_score_new (ROUND_ID, codes[i], ((FkCapability *) model->capabilities->pdata[0])->key);

      s->current = first[i];
      g_ptr_array_add (scores, s);
    }
  for (guint i = 0; i < G_N_ELEMENTS (second); i++)
    {
      FkScore *s = fk_score_new (ROUND_ID, codes[i], ((FkCapability *) model->capabilities->pdata[1])->key);

      s->current = second[i];
      g_ptr_array_add (scores, s);
    }
  return fk_round_snapshot_new (model, region, ROUND_ID, "R", "test", g_steal_pointer (&scores));
}

static const char *
score_text (const FkHeatmapLayout *layout,
            FkRoundSnapshot       *snapshot,
            int                    capability,
            const char            *code)
{
  const FkHeatmapCell *cell = fk_heatmap_layout_find_cell (layout, capability,
                                                           fk_round_snapshot_find_row (snapshot, code));

  g_assert_nonnull (cell);
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_VALUE);
  return cell->text;
}

static const char *
min_max_text (const FkHeatmapLayout *layout,
              int                    capability)
{
  const FkHeatmapCell *mean = fk_heatmap_layout_find_cell (layout, capability, -1);

  return fk_heatmap_layout_get_cell (layout, mean->row, column_of_kind (layout, FK_HEATMAP_COLUMN_MIN_MAX))->text;
}

/* A deviation of half a level keeps its decimal; whole ones stay whole. */
static void
test_deviation_decimals (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = deviation_snapshot ();
  g_autoptr(FkHeatmapLayout) sv = fk_heatmap_layout_new (snapshot, FK_MEASURE_DEVIATION, FK_PALETTE_VIRIDIS, "sv", NULL);
  g_autoptr(FkHeatmapLayout) en = fk_heatmap_layout_new (snapshot, FK_MEASURE_DEVIATION, FK_PALETTE_VIRIDIS, "en", NULL);

  g_assert_cmpstr (score_text (sv, snapshot, 0, "1430"), ==, "−1,5");
  g_assert_cmpstr (score_text (sv, snapshot, 0, "1485"), ==, "−0,5");
  g_assert_cmpstr (score_text (sv, snapshot, 0, "1438"), ==, "+0,5");
  g_assert_cmpstr (score_text (sv, snapshot, 0, "1460"), ==, "+2,5");
  g_assert_cmpstr (score_text (en, snapshot, 0, "1430"), ==, "−1.5");
  g_assert_cmpstr (score_text (en, snapshot, 0, "1460"), ==, "+2.5");
  g_assert_cmpfloat (fk_heatmap_layout_find_cell (sv, 0, fk_round_snapshot_find_row (snapshot, "1485"))->value,
                     ==, -0.5);
  g_assert_cmpstr (min_max_text (sv, 0), ==, "−1,5 – +2,5");
  g_assert_cmpstr (min_max_text (en, 0), ==, "−1.5 – +2.5");

  /* An odd number of values: a whole median, whole deviations. */
  g_assert_cmpstr (score_text (sv, snapshot, 1, "1430"), ==, "−1");
  g_assert_cmpstr (score_text (sv, snapshot, 1, "1485"), ==, "0");
  g_assert_cmpstr (score_text (sv, snapshot, 1, "1438"), ==, "+2");
  g_assert_cmpstr (min_max_text (sv, 1), ==, "−1 – +2");
}

/* Every number fits its cell at the font size it is drawn in, also when
 * the numbers are large for the cells (zoomed in) or the cells small. */
static void
test_numbers_fit (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = deviation_snapshot ();
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  const double scales[][2] = { { 40, 1 }, { 40, 2 }, { 24, 1.5 }, { 80, 3 } };
  FkHeatmapOptions options;

  fk_heatmap_options_init (&options);
  for (guint k = 0; k < G_N_ELEMENTS (scales); k++)
    {
      g_autoptr(FkHeatmapLayout) layout = NULL;
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      guint n_decimals = 0;

      options.cell_size = scales[k][0];
      options.font_scale = scales[k][1];
      layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_DEVIATION, FK_PALETTE_VIRIDIS, "sv", &options);
      g_assert_cmpfloat (layout->cell_font_size, >, 0);
      g_assert_cmpfloat (layout->cell_font_size, <=, layout->font_size);
      if (scales[k][1] >= 2)
        g_assert_cmpfloat (layout->cell_font_size, <, layout->font_size);   /* it had to shrink */
      for (guint i = 0; i < layout->cells->len; i++)
        {
          const FkHeatmapCell *cell = &g_array_index (layout->cells, FkHeatmapCell, i);
          g_autoptr(PangoLayout) text = NULL;
          int w, h;

          if (*cell->text == '\0')
            continue;
          n_decimals += strchr (cell->text, ',') != NULL && cell->column_kind == FK_HEATMAP_COLUMN_MUNICIPALITY;
          text = fk_heatmap_text_layout (context, cell->text, layout->cell_font_size, FALSE);
          pango_layout_get_pixel_size (text, &w, &h);
          if (w > cell->w)
            g_error ("\"%s\" is %d px wide in a cell of %g px (cell %g, scale %g)",
                     cell->text, w, cell->w, scales[k][0], scales[k][1]);
          g_hash_table_add (seen, cell->text);
        }
      g_assert_cmpuint (n_decimals, >=, 4);   /* signed one-decimal texts were there */
      g_assert_true (g_hash_table_contains (seen, "+2,5"));
    }
  g_object_unref (context);
}

/* The municipality-mean row has no median, range or counts: blank space
 * with no outline, unlike a cell not assessed. */
static void
test_undefined_blank (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = default_snapshot ();
  g_autoptr(FkHeatmapLayout) layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "en", NULL);
  guint last = layout->n_rows - 1;
  const FkHeatmapCell *median = fk_heatmap_layout_get_cell (layout, last, column_of_kind (layout, FK_HEATMAP_COLUMN_MEDIAN));
  const FkHeatmapCell *mean = fk_heatmap_layout_get_cell (layout, last, column_of_kind (layout, FK_HEATMAP_COLUMN_MEAN));
  const FkHeatmapCell *unassessed = fk_heatmap_layout_find_cell (layout, 0, fk_round_snapshot_find_row (snapshot, "1438"));
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean median_blank = TRUE, unassessed_blank = TRUE;

  g_assert_cmpint (median->row_kind, ==, FK_HEATMAP_ROW_MUNICIPALITY_MEAN);
  g_assert_false (fk_heatmap_cell_is_defined (median));
  g_assert_true (fk_heatmap_cell_is_defined (mean));
  g_assert_cmpint (unassessed->kind, ==, FK_HEATMAP_CELL_NOT_ASSESSED);
  g_assert_true (fk_heatmap_cell_is_defined (unassessed));
  for (guint c = 0; c < layout->n_cols; c++)
    {
      const FkHeatmapCell *cell = fk_heatmap_layout_get_cell (layout, last, c);
      gboolean defined = cell->column_kind == FK_HEATMAP_COLUMN_MUNICIPALITY
                         || cell->column_kind == FK_HEATMAP_COLUMN_MEAN;

      g_assert_cmpint (fk_heatmap_cell_is_defined (cell), ==, defined);
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) layout->width, (int) layout->height);
  cr = cairo_create (surface);
  fk_heatmap_draw (layout, cr);
  for (double x = floor (median->x) - 1; x <= ceil (median->x + median->w); x++)
    median_blank = median_blank && pixel_at (surface, x, median->y + median->h / 2) == 0xffffff;
  for (double x = floor (unassessed->x) - 1; x <= ceil (unassessed->x + unassessed->w); x++)
    unassessed_blank = unassessed_blank && pixel_at (surface, x, unassessed->y + unassessed->h / 2) == 0xffffff;
  g_assert_true (median_blank);
  g_assert_false (unassessed_blank);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A summary's long name goes on two lines, so the header is no taller
 * than that needs: shorter than the name on one line. */
static void
test_two_line_names (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = aggregate_snapshot ();
  g_autoptr(FkHeatmapLayout) layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT,
                                                             FK_PALETTE_VIRIDIS, "en", NULL);
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  gboolean seen = FALSE;

  for (guint i = 0; i < layout->columns->len; i++)
    {
      const FkHeatmapColumn *column = &g_array_index (layout->columns, FkHeatmapColumn, i);
      const FkHeatmapLabel *label = &g_array_index (layout->col_labels, FkHeatmapLabel, i);
      g_autoptr(PangoLayout) one_line = NULL;
      int w, h;

      if (column->kind == FK_HEATMAP_COLUMN_MUNICIPALITY)
        {
          g_assert_cmpint (label->max_lines, <=, 1);
          continue;
        }
      if (column->kind != FK_HEATMAP_COLUMN_LOW)
        continue;
      seen = TRUE;
      g_assert_cmpint (label->max_lines, ==, 2);
      /* Two lines fit the column. */
      g_assert_cmpfloat (label->h, <=, column->w);
      one_line = fk_heatmap_text_layout (context, label->text, label->font_size, label->bold);
      pango_layout_get_pixel_size (one_line, &w, &h);
      g_assert_cmpfloat (label->w, <, w);
    }
  g_assert_true (seen);
  g_object_unref (context);
}

/* ---- anonymised --------------------------------------------------------- */

/* Every text of the layout a figure shows or a tooltip tells, in @texts. */
static void
collect_label (GPtrArray            *texts,
               const FkHeatmapLabel *label)
{
  if (label->text != NULL)
    g_ptr_array_add (texts, label->text);
  if (label->full_text != NULL)
    g_ptr_array_add (texts, label->full_text);
}

static GPtrArray *
layout_texts (const FkHeatmapLayout *layout)
{
  GPtrArray *texts = g_ptr_array_new ();
  GArray *labels[] = { layout->col_labels, layout->row_labels, layout->area_headers, layout->group_labels };

  collect_label (texts, &layout->title);
  collect_label (texts, &layout->legend_title);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    for (guint j = 0; j < labels[i]->len; j++)
      collect_label (texts, &g_array_index (labels[i], FkHeatmapLabel, j));
  for (guint i = 0; i < layout->legend_items->len; i++)
    {
      const FkHeatmapLegendItem *item = &g_array_index (layout->legend_items, FkHeatmapLegendItem, i);

      collect_label (texts, &item->label);
      if (item->value_text != NULL)
        g_ptr_array_add (texts, item->value_text);
    }
  for (guint i = 0; i < layout->cells->len; i++)
    g_ptr_array_add (texts, g_array_index (layout->cells, FkHeatmapCell, i).text);
  return texts;
}

/* How many texts of @layout contain @word. */
static guint
count_texts_with (const FkHeatmapLayout *layout,
                  const char            *word)
{
  g_autoptr(GPtrArray) texts = layout_texts (layout);
  guint n = 0;

  for (guint i = 0; i < texts->len; i++)
    if (strstr (texts->pdata[i], word) != NULL)
      n++;
  return n;
}

/* No municipality's name or code anywhere but the highlighted one's
 * name, in its own column's label (text and full text). */
static void
assert_anonymous (const FkHeatmapLayout *layout,
                  FkRegion              *region,
                  const char            *highlight)
{
  g_assert_cmpuint (region->municipalities->len, ==, 14);
  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);

      g_assert_cmpuint (count_texts_with (layout, m->code), ==, 0);
      if (g_strcmp0 (m->code, highlight) == 0)
        g_assert_cmpuint (count_texts_with (layout, m->name), ==, 2);
      else if (count_texts_with (layout, m->name) != 0)
        g_error ("the anonymised layout names %s", m->name);
    }
}

/* The columns' municipalities, in grid order, as codes. */
static GStrv
column_codes (const FkHeatmapLayout *layout,
              FkRoundSnapshot       *snapshot)
{
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  FkMatrix *matrix = fk_round_snapshot_get_matrix (snapshot, FK_MEASURE_CURRENT);

  for (guint c = 0; c < layout->columns->len; c++)
    {
      const FkHeatmapColumn *column = &g_array_index (layout->columns, FkHeatmapColumn, c);

      if (column->kind == FK_HEATMAP_COLUMN_MUNICIPALITY)
        g_strv_builder_add (codes, fk_matrix_get_municipality (matrix, column->municipality)->code);
    }
  return g_strv_builder_end (codes);
}

/* Letters instead of names, in letter order whatever
 * municipality_order says; the labels' and cells' indices stay snapshot
 * rows; the highlighted one named, bold, between two rules. */
static void
test_anonymized (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = default_snapshot ();
  FkRegion *region = fk_round_snapshot_get_region (snapshot);
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (region, 42, NULL);
  g_autoptr(FkAnonymizer) marked = fk_anonymizer_new (region, 42, "1485");
  guint n;
  const guint *letters = fk_anonymizer_get_order (anon, &n);
  const FkMunicipalityOrder orders[] = { FK_MUNICIPALITY_ORDER_NAME, FK_MUNICIPALITY_ORDER_CODE,
                                         FK_MUNICIPALITY_ORDER_POPULATION };

  g_assert_cmpuint (n, ==, 14);
  for (guint o = 0; o < G_N_ELEMENTS (orders); o++)
    {
      FkHeatmapOptions options;
      g_autoptr(FkHeatmapLayout) layout = NULL;
      g_auto(GStrv) codes = NULL;

      fk_heatmap_options_init (&options);
      g_assert_null (options.anonymizer);
      options.municipality_order = orders[o];
      options.anonymizer = anon;
      layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
      assert_anonymous (layout, region, NULL);
      g_assert_cmpint (layout->highlight_col, ==, -1);
      g_assert_cmpuint (layout->dividers->len, ==, 0);

      /* The letter order, and each column named by its letter. */
      codes = column_codes (layout, snapshot);
      g_assert_cmpuint (g_strv_length (codes), ==, 14);
      for (guint i = 0; i < n; i++)
        {
          const FkMunicipality *m = g_ptr_array_index (region->municipalities, letters[i]);
          const FkHeatmapLabel *label = &g_array_index (layout->col_labels, FkHeatmapLabel, i);
          g_autofree char *name = fk_anonymizer_get_display_name (anon, m->code);

          g_assert_cmpstr (codes[i], ==, m->code);
          g_assert_cmpstr (label->text, ==, name);
          g_assert_cmpstr (label->full_text, ==, name);
          g_assert_false (label->bold);
          g_assert_cmpint (label->index, ==, fk_round_snapshot_find_row (snapshot, m->code));
          g_assert_cmpint (g_array_index (layout->columns, FkHeatmapColumn, i).municipality, ==, label->index);
          g_assert_cmpint (fk_heatmap_layout_get_cell (layout, 0, i)->municipality, ==, label->index);
        }
    }

  /* Highlighted: the same order, Uddevalla by name, bold, framed. */
  {
    FkHeatmapOptions options;
    g_autoptr(FkHeatmapLayout) layout = NULL;
    g_autoptr(FkHeatmapLayout) plain = NULL;
    int uddevalla = fk_round_snapshot_find_row (snapshot, "1485");
    const FkHeatmapColumn *column;
    const FkHeatmapLabel *label;
    const FkHeatmapCell *last;
    guint left = 0, right = 0;

    fk_heatmap_options_init (&options);
    options.anonymizer = anon;
    plain = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
    options.anonymizer = marked;
    layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
    assert_anonymous (layout, region, "1485");
    g_assert_cmpint (layout->highlight_col, ==, column_of (layout, uddevalla));
    g_assert_cmpint (layout->highlight_col, ==, column_of (plain, uddevalla));
    column = &g_array_index (layout->columns, FkHeatmapColumn, layout->highlight_col);
    label = &g_array_index (layout->col_labels, FkHeatmapLabel, layout->highlight_col);
    g_assert_cmpstr (label->text, ==, "Uddevalla");
    g_assert_true (label->bold);
    for (guint c = 0; c < 14; c++)
      if ((int) c != layout->highlight_col)
        g_assert_false (g_array_index (layout->col_labels, FkHeatmapLabel, c).bold);

    /* Two rules, one in a gap either side, from the names to the last row. */
    last = fk_heatmap_layout_get_cell (layout, layout->n_rows - 1, layout->highlight_col);
    g_assert_cmpuint (layout->dividers->len, ==, 2);
    for (guint i = 0; i < layout->dividers->len; i++)
      {
        const FkHeatmapDivider *d = &g_array_index (layout->dividers, FkHeatmapDivider, i);

        g_assert_cmpfloat (d->x0, ==, d->x1);
        g_assert_cmpfloat (d->y0, <, layout->grid_y);
        g_assert_cmpfloat (d->y0, >, layout->title.y + layout->title.h);
        g_assert_cmpfloat (d->y1, >=, last->y + last->h);
        if (d->x0 < column->x && d->x0 > column->x - column->w)
          left++;
        if (d->x0 > column->x + column->w && d->x0 < column->x + 2 * column->w)
          right++;
      }
    g_assert_cmpuint (left, ==, 1);
    g_assert_cmpuint (right, ==, 1);
    /* The rules stand in gaps: the figure is wider by two of them. */
    g_assert_cmpfloat (layout->width, >, plain->width);
  }
}

/* With group_by_size: the anonymizer's merged groups (Fyrbodal's three
 * large ones merged with the medium), large first, letter order within
 * each, a divider between them and their labels above. */
static void
test_anonymized_groups (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = default_snapshot ();
  FkRegion *region = fk_round_snapshot_get_region (snapshot);
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (region, 7, "1488");
  FkHeatmapOptions options;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  g_auto(GStrv) codes = NULL;
  const FkHeatmapLabel *labels;
  guint n_letters, expected = 0;
  const guint *letters = fk_anonymizer_get_order (anon, &n_letters);
  const FkSizeGroup groups[] = { FK_SIZE_GROUP_MEDIUM_LARGE, FK_SIZE_GROUP_SMALL };

  fk_heatmap_options_init (&options);
  options.group_by_size = TRUE;
  options.anonymizer = anon;
  layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "en", &options);
  assert_anonymous (layout, region, "1488");

  g_assert_cmpuint (layout->group_labels->len, ==, 2);
  labels = (const FkHeatmapLabel *) layout->group_labels->data;
  codes = column_codes (layout, snapshot);
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_assert_cmpstr (labels[g].text, ==, fk_size_group_get_label (groups[g]));
      g_assert_cmpint (labels[g].index, ==, (int) groups[g]);
      g_assert_cmpuint (count_texts_with (layout, fk_size_group_get_label (groups[g])), >=, 2);
      /* Its members in letter order, under its label. */
      for (guint i = 0; i < n_letters; i++)
        {
          const FkMunicipality *m = g_ptr_array_index (region->municipalities, letters[i]);
          const FkHeatmapColumn *column;

          if (fk_anonymizer_get_size_group (anon, m->code) != groups[g])
            continue;
          g_assert_cmpstr (codes[expected], ==, m->code);
          column = &g_array_index (layout->columns, FkHeatmapColumn, expected);
          g_assert_cmpfloat (column->x, >=, labels[g].x);
          g_assert_cmpfloat (column->x + column->w, <=, labels[g].x + labels[g].w + 1e-9);
          expected++;
        }
    }
  g_assert_cmpuint (expected, ==, 14);
  g_assert_cmpuint (fk_anonymizer_count_in_size_group (anon, FK_SIZE_GROUP_MEDIUM_LARGE), ==, 9);
  /* No label of a raw size class: "Large" alone would point at three. */
  for (guint i = 0; i < layout->group_labels->len; i++)
    g_assert_cmpstr (labels[i].text, !=, g_dpgettext2 (GETTEXT_PACKAGE, "size group", "Large"));

  /* Trollhättan is highlighted: one rule between the groups, and the two
   * of its frame (unless it stands at the group's edge, where the group's
   * rule is one side of it). */
  {
    int col = layout->highlight_col;
    gboolean at_edge = col == 0 || col == 8;

    g_assert_cmpint (col, ==, column_of (layout, fk_round_snapshot_find_row (snapshot, "1488")));
    g_assert_cmpuint (layout->dividers->len, ==, at_edge ? 2 : 3);
  }
}

/* The same seed, the same letters in the same places; another seed,
 * another order. By mean: highest first, the rest in letter order. */
static void
test_anonymized_stable (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = default_snapshot ();
  FkRegion *region = fk_round_snapshot_get_region (snapshot);
  g_autoptr(FkAnonymizer) a = fk_anonymizer_new (region, 20261126, NULL);
  g_autoptr(FkAnonymizer) b = fk_anonymizer_new (region, 20261126, NULL);
  g_autoptr(FkAnonymizer) other = fk_anonymizer_new (region, 20261127, NULL);
  FkHeatmapOptions options;
  g_autoptr(FkHeatmapLayout) la = NULL;
  g_autoptr(FkHeatmapLayout) lb = NULL;
  g_autoptr(FkHeatmapLayout) lo = NULL;
  g_autoptr(FkHeatmapLayout) by_mean = NULL;
  g_auto(GStrv) ca = NULL;
  g_auto(GStrv) cb = NULL;
  g_auto(GStrv) co = NULL;
  g_auto(GStrv) cm = NULL;
  guint n, k = 2;
  const guint *letters = fk_anonymizer_get_order (a, &n);

  fk_heatmap_options_init (&options);
  options.anonymizer = a;
  la = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  options.anonymizer = b;
  lb = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  options.anonymizer = other;
  lo = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  ca = column_codes (la, snapshot);
  cb = column_codes (lb, snapshot);
  co = column_codes (lo, snapshot);
  g_assert_true (g_strv_equal ((const char *const *) ca, (const char *const *) cb));
  g_assert_false (g_strv_equal ((const char *const *) ca, (const char *const *) co));
  for (guint i = 0; i < la->col_labels->len; i++)
    g_assert_cmpstr (g_array_index (la->col_labels, FkHeatmapLabel, i).text, ==,
                     g_array_index (lb->col_labels, FkHeatmapLabel, i).text);

  /* Munkedal's mean is 3, Uddevalla's 1; the others have none. */
  options.anonymizer = a;
  options.municipality_order = FK_MUNICIPALITY_ORDER_MEAN;
  by_mean = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  assert_anonymous (by_mean, region, NULL);
  cm = column_codes (by_mean, snapshot);
  g_assert_cmpstr (cm[0], ==, "1430");
  g_assert_cmpstr (cm[1], ==, "1485");
  for (guint i = 0; i < n; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, letters[i]);

      if (g_str_equal (m->code, "1430") || g_str_equal (m->code, "1485"))
        continue;
      g_assert_cmpstr (cm[k++], ==, m->code);
    }
  g_assert_cmpuint (k, ==, 14);
}

/* ---- the area overview and the change between rounds ------------------- */

/* The row of an area in a layout, or −1. */
static int
row_of_area (const FkHeatmapLayout *layout,
             int                    area)
{
  for (guint r = 0; r < layout->rows->len; r++)
    if (g_array_index (layout->rows, FkHeatmapRow, r).kind == FK_HEATMAP_ROW_AREA
        && g_array_index (layout->rows, FkHeatmapRow, r).area == area)
      return (int) r;
  return -1;
}

/* fk_test_two_rounds(), round R2: styrning (strategi, finansiering) and
 * drift (säkerhetskopiering).
 *   Dals-Ed     (4 + 3) / 2 = 3,5    n/a (its only capability)
 *   Lysekil     (0 + 2) / 2 = 1      4
 *   Trollhättan  3 / 1      = 3      1
 * styrning: mean (3,5 + 1 + 3) / 3 = 2,5, median 3, range 1–3,5;
 * drift: mean (4 + 1) / 2 = 2,5, median 2,5, range 1–4.
 * The municipality means: Dals-Ed (4 + 3) / 2 = 3,5, Lysekil
 * (0 + 2 + 4) / 3 = 2, Trollhättan (3 + 1) / 2 = 2. */
static void
test_area_overview (void)
{
  g_autoptr(FkRoundSnapshot) from = NULL;
  g_autoptr(FkRoundSnapshot) to = NULL;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  g_autoptr(FkHeatmapLayout) spread = NULL;
  FkHeatmapOptions options;
  const FkHeatmapCell *cell;
  int styrning, drift;
  g_autofree char *legend = NULL;

  fk_test_two_rounds (&from, &to);
  fk_heatmap_options_init (&options);
  options.grid = FK_HEATMAP_GRID_AREAS;
  layout = fk_heatmap_layout_new (to, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  g_assert_cmpint (layout->grid, ==, FK_HEATMAP_GRID_AREAS);

  /* Two areas and the mean row; no headers; three municipalities and the
   * mean, median and min–max (the counts are per capability: left out). */
  g_assert_cmpuint (layout->n_rows, ==, 3);
  g_assert_cmpuint (layout->area_headers->len, ==, 0);
  g_assert_cmpuint (layout->n_cols, ==, 3 + 3);
  g_assert_cmpint (column_of_kind (layout, FK_HEATMAP_COLUMN_LOW), ==, -1);
  g_assert_cmpint (column_of_kind (layout, FK_HEATMAP_COLUMN_INTERESTED), ==, -1);
  g_assert_cmpint (column_of_kind (layout, FK_HEATMAP_COLUMN_ROSE), ==, -1);
  styrning = row_of_area (layout, 0);
  drift = row_of_area (layout, 1);
  g_assert_cmpint (styrning, ==, 0);
  g_assert_cmpint (drift, ==, 1);
  for (guint r = 0; r < 2; r++)
    {
      const FkHeatmapRow *row = &g_array_index (layout->rows, FkHeatmapRow, r);

      g_assert_cmpint (row->kind, ==, FK_HEATMAP_ROW_AREA);
      g_assert_cmpint (row->capability, ==, -1);
    }
  g_assert_cmpstr (g_array_index (layout->row_labels, FkHeatmapLabel, styrning).text, ==, "Styrning");
  g_assert_false (g_array_index (layout->row_labels, FkHeatmapLabel, styrning).bold);
  g_assert_nonnull (strstr (layout->title.text, "by area"));
  g_assert_nonnull (strstr (layout->title.text, "R2"));

  cell = fk_heatmap_layout_get_cell (layout, styrning, column_of (layout, 0));
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_VALUE);
  g_assert_cmpfloat (cell->value, ==, 3.5);
  g_assert_cmpstr (cell->text, ==, "3,5");
  g_assert_cmpuint (cell->n_values, ==, 2);
  cell = fk_heatmap_layout_get_cell (layout, styrning, column_of (layout, 1));
  g_assert_cmpfloat (cell->value, ==, 1);
  cell = fk_heatmap_layout_get_cell (layout, styrning, column_of (layout, 2));
  g_assert_cmpfloat (cell->value, ==, 3);
  g_assert_cmpuint (cell->n_values, ==, 1);
  /* Dals-Ed's drift is its one capability, "not applicable". */
  cell = fk_heatmap_layout_get_cell (layout, drift, column_of (layout, 0));
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_NOT_APPLICABLE);
  cell = fk_heatmap_layout_get_cell (layout, drift, column_of (layout, 1));
  g_assert_cmpfloat (cell->value, ==, 4);

  /* The aggregates of the area means. */
  cell = fk_heatmap_layout_get_cell (layout, styrning, column_of_kind (layout, FK_HEATMAP_COLUMN_MEAN));
  g_assert_cmpfloat (cell->value, ==, 2.5);
  g_assert_cmpuint (cell->n_values, ==, 3);
  cell = fk_heatmap_layout_get_cell (layout, styrning, column_of_kind (layout, FK_HEATMAP_COLUMN_MEDIAN));
  g_assert_cmpfloat (cell->value, ==, 3);
  cell = fk_heatmap_layout_get_cell (layout, styrning, column_of_kind (layout, FK_HEATMAP_COLUMN_MIN_MAX));
  g_assert_cmpstr (cell->text, ==, "1,0–3,5");
  cell = fk_heatmap_layout_get_cell (layout, drift, column_of_kind (layout, FK_HEATMAP_COLUMN_MEDIAN));
  g_assert_cmpfloat (cell->value, ==, 2.5);
  g_assert_cmpuint (cell->n_values, ==, 2);
  cell = fk_heatmap_layout_get_cell (layout, drift, column_of_kind (layout, FK_HEATMAP_COLUMN_MIN_MAX));
  g_assert_cmpstr (cell->text, ==, "1,0–4,0");

  /* The municipality-mean row, over every capability. */
  g_assert_cmpint (g_array_index (layout->rows, FkHeatmapRow, 2).kind, ==, FK_HEATMAP_ROW_MUNICIPALITY_MEAN);
  cell = fk_heatmap_layout_get_cell (layout, 2, column_of (layout, 0));
  g_assert_cmpfloat (cell->value, ==, 3.5);
  cell = fk_heatmap_layout_get_cell (layout, 2, column_of (layout, 1));
  g_assert_cmpfloat (cell->value, ==, 2);
  cell = fk_heatmap_layout_get_cell (layout, 2, column_of_kind (layout, FK_HEATMAP_COLUMN_MEAN));
  g_assert_cmpfloat (cell->value, ==, 2.5);

  /* The legend is the measure's, with the two marks. */
  legend = fk_heatmap_layout_describe_legend (layout);
  g_assert_nonnull (strstr (legend, "Current level"));
  g_assert_nonnull (strstr (legend, "Not applicable"));
  g_assert_null (strstr (legend, "Newly assessed"));

  /* By spread, widest first: drift (4 − 1 = 3) before styrning (3,5 − 1 = 2,5). */
  options.capability_order = FK_CAPABILITY_ORDER_SPREAD;
  spread = fk_heatmap_layout_new (to, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  g_assert_cmpint (row_of_area (spread, 1), ==, 0);
  g_assert_cmpint (row_of_area (spread, 0), ==, 1);
}

/* The area overview of the default model: one row per area, anonymised
 * like the heatmap. */
static void
test_area_overview_anonymized (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = default_snapshot ();
  FkModel *model = fk_round_snapshot_get_model (snapshot);
  FkRegion *region = fk_round_snapshot_get_region (snapshot);
  g_autoptr(FkAnonymizer) anon = NULL;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  FkHeatmapOptions options;

  anon = fk_anonymizer_new (region, 42, "1485");
  fk_heatmap_options_init (&options);
  options.grid = FK_HEATMAP_GRID_AREAS;
  options.anonymizer = anon;
  options.group_by_size = TRUE;
  layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  g_assert_cmpuint (layout->n_rows, ==, model->areas->len + 1);
  assert_anonymous (layout, region, "1485");
  g_assert_cmpint (layout->highlight_col, >=, 0);
}

/* Compact (presentation mode), the text keeps its size while the cells
 * shrink: a legend longer than the grid (the change's, three municipalities
 * wide, text at twice the size) wraps onto more lines within the grid's
 * width instead of widening the figure; not compact, it stays one row. */
static void
test_compact_legend_wraps (void)
{
  g_autoptr(FkRoundSnapshot) from = NULL;
  g_autoptr(FkRoundSnapshot) to = NULL;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  g_autoptr(FkHeatmapLayout) plain = NULL;
  FkHeatmapOptions options;
  double grid_right = 0, first_y;
  gboolean wrapped = FALSE;

  fk_test_two_rounds (&from, &to);
  fk_heatmap_options_init (&options);
  options.grid = FK_HEATMAP_GRID_CHANGE;
  options.baseline = from;
  options.font_scale = 2.0;
  options.compact = TRUE;
  layout = fk_heatmap_layout_new (to, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  for (guint c = 0; c < layout->columns->len; c++)
    {
      const FkHeatmapColumn *column = &g_array_index (layout->columns, FkHeatmapColumn, c);

      grid_right = MAX (grid_right, column->x + column->w);
    }
  g_assert_cmpstr (layout->legend_title.text, ==, "");
  first_y = g_array_index (layout->legend_items, FkHeatmapLegendItem, 0).y;
  for (guint i = 0; i < layout->legend_items->len; i++)
    {
      const FkHeatmapLegendItem *item = &g_array_index (layout->legend_items, FkHeatmapLegendItem, i);

      g_assert_cmpfloat (item->label.x + item->label.w, <=, layout->width);
      g_assert_cmpfloat (item->h, <=, layout->font_size * 1.6 + 0.001);
      wrapped |= item->y > first_y;
      g_assert_cmpfloat (item->y + item->h, <=, layout->height);
    }
  g_assert_true (wrapped);
  /* The figure is no wider than its grid and margin. */
  g_assert_cmpfloat (layout->width, <=, ceil (grid_right + layout->font_size * 2));

  options.compact = FALSE;
  plain = fk_heatmap_layout_new (to, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  for (guint i = 0; i < plain->legend_items->len; i++)
    g_assert_cmpfloat (g_array_index (plain->legend_items, FkHeatmapLegendItem, i).y, ==,
                       g_array_index (plain->legend_items, FkHeatmapLegendItem, 0).y);
}

/* fk_test_two_rounds(), R1 → R2, current level:
 *                  strategi   finansiering   säkerhetskopiering
 *   Dals-Ed          +2          =              n/a
 *   Lysekil          −1          new            =
 *   Trollhättan      =           gone           new
 * strategi: mean (2 − 1 + 0) / 3 = +0,3, 1 of 3 rose, 1 of 3 fell.
 * Dals-Ed's mean change (2 + 0) / 2 = +1, Lysekil's (−1 + 0) / 2 = −0,5. */
static void
test_change (void)
{
  g_autoptr(FkRoundSnapshot) from = NULL;
  g_autoptr(FkRoundSnapshot) to = NULL;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  g_autoptr(FkHeatmapLayout) no_numbers = NULL;
  g_autofree char *legend = NULL;
  FkHeatmapOptions options;
  const FkHeatmapCell *cell;
  double rgb[3];
  gboolean seen[FK_HEATMAP_CELL_NO_LONGER_ASSESSED + 1] = { FALSE };
  char *words;

  fk_test_two_rounds (&from, &to);
  fk_heatmap_options_init (&options);
  options.grid = FK_HEATMAP_GRID_CHANGE;
  options.baseline = from;
  options.overlays = FK_HEATMAP_OVERLAY_TARGET;   /* ignored: no marks on a change */
  layout = fk_heatmap_layout_new (to, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
  g_assert_nonnull (layout);
  g_assert_cmpint (layout->grid, ==, FK_HEATMAP_GRID_CHANGE);
  g_assert_cmpstr (layout->title.text, ==, "Change in current level — R1 → R2");
  g_assert_cmpstr (layout->legend_title.text, ==, "Change in current level");

  /* Rows as the heatmap's; columns: mean, median, min–max, rose, fell. */
  g_assert_cmpuint (layout->n_rows, ==, 3 + 1);
  g_assert_cmpuint (layout->n_cols, ==, 3 + 5);
  g_assert_cmpint (column_of_kind (layout, FK_HEATMAP_COLUMN_LOW), ==, -1);

  cell = fk_heatmap_layout_find_cell (layout, 0, 0);
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_VALUE);
  g_assert_cmpfloat (cell->value, ==, 2);
  g_assert_cmpstr (cell->text, ==, "+2");
  g_assert_cmpfloat (cell->before, ==, 2);
  g_assert_cmpfloat (cell->after, ==, 4);
  g_assert_false (cell->target == cell->target);  /* NAN: no overlay */
  fk_heatmap_change_rgb (FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, 2, rgb);
  assert_rgb (cell->rgb, rgb);
  words = fk_heatmap_cell_describe_change (layout, cell, "sv");
  g_assert_cmpstr (words, ==, "Rose by 2, from 2 to 4");
  g_free (words);

  cell = fk_heatmap_layout_find_cell (layout, 0, 1);
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_VALUE);
  g_assert_cmpstr (cell->text, ==, "−1");
  words = fk_heatmap_cell_describe_change (layout, cell, "sv");
  g_assert_cmpstr (words, ==, "Fell by 1, from 1 to 0");
  g_free (words);
  /* A rise and a fall of one differ in colour, not only in sign. */
  g_assert_false (fk_heatmap_layout_find_cell (layout, 0, 0)->rgb[0] == cell->rgb[0]
                  && fk_heatmap_layout_find_cell (layout, 0, 0)->rgb[2] == cell->rgb[2]);

  cell = fk_heatmap_layout_find_cell (layout, 0, 2);
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_UNCHANGED);
  g_assert_cmpfloat (cell->value, ==, 0);
  g_assert_cmpstr (cell->text, ==, "=");
  words = fk_heatmap_cell_describe_change (layout, cell, "sv");
  g_assert_cmpstr (words, ==, "Unchanged at 3");
  g_free (words);

  cell = fk_heatmap_layout_find_cell (layout, 1, 1);
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_NEWLY_ASSESSED);
  g_assert_cmpstr (cell->text, ==, "");
  g_assert_true (isnan (cell->value));
  words = fk_heatmap_cell_describe_change (layout, cell, "sv");
  g_assert_cmpstr (words, ==, "Newly assessed: 2");
  g_free (words);
  cell = fk_heatmap_layout_find_cell (layout, 1, 2);
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_NO_LONGER_ASSESSED);
  words = fk_heatmap_cell_describe_change (layout, cell, "sv");
  g_assert_cmpstr (words, ==, "No longer assessed (was 3)");
  g_free (words);
  g_assert_cmpint (fk_heatmap_layout_find_cell (layout, 2, 0)->kind, ==, FK_HEATMAP_CELL_NOT_APPLICABLE);
  g_assert_cmpint (fk_heatmap_layout_find_cell (layout, 2, 1)->kind, ==, FK_HEATMAP_CELL_UNCHANGED);
  g_assert_cmpint (fk_heatmap_layout_find_cell (layout, 2, 2)->kind, ==, FK_HEATMAP_CELL_NEWLY_ASSESSED);

  /* The aggregates of the differences and the counts. */
  cell = fk_heatmap_layout_find_cell (layout, 0, -1);
  g_assert_cmpfloat_with_epsilon (cell->value, 1.0 / 3, 1e-12);
  g_assert_cmpstr (cell->text, ==, "+0,3");
  g_assert_cmpuint (cell->n_values, ==, 3);
  cell = fk_heatmap_layout_get_cell (layout, 0, column_of_kind (layout, FK_HEATMAP_COLUMN_MIN_MAX));
  g_assert_cmpstr (cell->text, ==, "−1 – +2");
  cell = fk_heatmap_layout_get_cell (layout, 0, column_of_kind (layout, FK_HEATMAP_COLUMN_ROSE));
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_TEXT);
  g_assert_cmpstr (cell->text, ==, "1/3");
  cell = fk_heatmap_layout_get_cell (layout, 0, column_of_kind (layout, FK_HEATMAP_COLUMN_FELL));
  g_assert_cmpstr (cell->text, ==, "1/3");
  cell = fk_heatmap_layout_get_cell (layout, 1, column_of_kind (layout, FK_HEATMAP_COLUMN_ROSE));
  g_assert_cmpstr (cell->text, ==, "0/1");
  /* Each municipality's mean change. */
  cell = fk_heatmap_layout_get_cell (layout, 3, column_of (layout, 0));
  g_assert_cmpint (cell->row_kind, ==, FK_HEATMAP_ROW_MUNICIPALITY_MEAN);
  g_assert_cmpstr (cell->text, ==, "+1,0");
  cell = fk_heatmap_layout_get_cell (layout, 3, column_of (layout, 1));
  g_assert_cmpstr (cell->text, ==, "−0,5");
  /* Not a score: no words of change. */
  g_assert_null (fk_heatmap_cell_describe_change (layout, cell, "sv"));

  /* The legend: −5 … +5 and five marks, each told in words. */
  for (guint i = 0; i < layout->legend_items->len; i++)
    seen[g_array_index (layout->legend_items, FkHeatmapLegendItem, i).kind] = TRUE;
  g_assert_true (seen[FK_HEATMAP_CELL_UNCHANGED] && seen[FK_HEATMAP_CELL_NEWLY_ASSESSED]
                 && seen[FK_HEATMAP_CELL_NO_LONGER_ASSESSED] && seen[FK_HEATMAP_CELL_NOT_ASSESSED]
                 && seen[FK_HEATMAP_CELL_NOT_APPLICABLE]);
  g_assert_cmpuint (layout->legend_items->len, ==, 11 + 5);
  legend = fk_heatmap_layout_describe_legend (layout);
  g_assert_nonnull (strstr (legend, "Change in current level"));
  g_assert_nonnull (strstr (legend, "from −5 to +5"));
  g_assert_nonnull (strstr (legend, "A cell with an equals sign: Unchanged."));
  g_assert_nonnull (strstr (legend, "A white cell with a dot: Newly assessed."));
  g_assert_nonnull (strstr (legend, "A white cell with a ring: No longer assessed."));

  /* Without numbers the unchanged cells keep their mark. */
  options.show_numbers = FALSE;
  no_numbers = fk_heatmap_layout_new (to, FK_MEASURE_CURRENT, FK_PALETTE_GREYSCALE, "sv", &options);
  g_assert_cmpstr (fk_heatmap_layout_find_cell (no_numbers, 0, 2)->text, ==, "=");
  g_assert_cmpstr (fk_heatmap_layout_find_cell (no_numbers, 0, 0)->text, ==, "");
}

/* Each mark of the change is drawn differently: a dot is dark in the
 * middle, a ring is white in the middle and dark around it, and an
 * unchanged cell is filled. */
static void
test_change_render (void)
{
  g_autoptr(FkRoundSnapshot) from = NULL;
  g_autoptr(FkRoundSnapshot) to = NULL;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  FkHeatmapOptions options;
  cairo_surface_t *surface;
  const FkHeatmapCell *dot, *ring, *same;
  guint32 dot_mid, ring_mid, ring_edge, same_corner;

  fk_test_two_rounds (&from, &to);
  fk_heatmap_options_init (&options);
  options.grid = FK_HEATMAP_GRID_CHANGE;
  options.baseline = from;
  layout = fk_heatmap_layout_new (to, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "en", &options);
  surface = render (layout);
  keep_png (surface, "change");
  dot = fk_heatmap_layout_find_cell (layout, 1, 1);
  ring = fk_heatmap_layout_find_cell (layout, 1, 2);
  same = fk_heatmap_layout_find_cell (layout, 0, 2);
  dot_mid = pixel_at (surface, dot->x + dot->w / 2, dot->y + dot->h / 2);
  ring_mid = pixel_at (surface, ring->x + ring->w / 2, ring->y + ring->h / 2);
  ring_edge = pixel_at (surface, ring->x + ring->w / 2 + ring->w * 0.2, ring->y + ring->h / 2);
  same_corner = pixel_at (surface, same->x + 3, same->y + 3);
  g_assert_cmphex (dot_mid, <, 0x404040);
  g_assert_cmphex (ring_mid, ==, 0xffffff);
  g_assert_cmphex (ring_edge, <, 0x808080);
  g_assert_cmphex (same_corner, ==, to_pixel (same->rgb));
  cairo_surface_destroy (surface);
}

static void
test_grid_names (void)
{
  FkHeatmapGrid grid = FK_HEATMAP_GRID_CHANGE;

  g_assert_true (fk_heatmap_grid_from_string ("capabilities", &grid));
  g_assert_cmpint (grid, ==, FK_HEATMAP_GRID_CAPABILITIES);
  g_assert_true (fk_heatmap_grid_from_string ("areas", &grid));
  g_assert_cmpint (grid, ==, FK_HEATMAP_GRID_AREAS);
  g_assert_true (fk_heatmap_grid_from_string ("change", &grid));
  g_assert_cmpint (grid, ==, FK_HEATMAP_GRID_CHANGE);
  g_assert_false (fk_heatmap_grid_from_string ("heatmap", &grid));
  g_assert_false (fk_heatmap_grid_from_string (NULL, &grid));
  g_assert_cmpint (grid, ==, FK_HEATMAP_GRID_CHANGE);
  for (guint g = 0; g <= FK_HEATMAP_GRID_CHANGE; g++)
    {
      FkHeatmapGrid back;

      g_assert_true (fk_heatmap_grid_from_string (fk_heatmap_grid_to_string (g), &back));
      g_assert_cmpint (back, ==, g);
    }
}

/* Dark means worrying on every heatmap: the highest risk has the colour
 * of the lowest level, no risk that of the highest, in every palette. */
static void
test_risk_colours (void)
{
  for (FkPalette p = FK_PALETTE_VIRIDIS; p <= FK_PALETTE_HIGH_CONTRAST; p++)
    {
      double risk_high[3], risk_none[3], level_low[3], level_high[3], risk_mid[3], risk_less[3];

      fk_heatmap_value_rgb (FK_MEASURE_RISK, p, 3, risk_high);
      fk_heatmap_value_rgb (FK_MEASURE_RISK, p, 0, risk_none);
      fk_heatmap_value_rgb (FK_MEASURE_CURRENT, p, 0, level_low);
      fk_heatmap_value_rgb (FK_MEASURE_CURRENT, p, 5, level_high);
      for (guint k = 0; k < 3; k++)
        {
          g_assert_cmpfloat_with_epsilon (risk_high[k], level_low[k], 1e-9);
          g_assert_cmpfloat_with_epsilon (risk_none[k], level_high[k], 1e-9);
        }
      /* Lighter as the risk falls. */
      fk_heatmap_value_rgb (FK_MEASURE_RISK, p, 2, risk_mid);
      fk_heatmap_value_rgb (FK_MEASURE_RISK, p, 1, risk_less);
      g_assert_cmpfloat (risk_mid[0] + risk_mid[1] + risk_mid[2], <, risk_less[0] + risk_less[1] + risk_less[2]);
    }
  g_assert_true (fk_measure_higher_is_worse (FK_MEASURE_RISK));
  g_assert_false (fk_measure_higher_is_worse (FK_MEASURE_CURRENT));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/export/heatmap/display-list", test_display_list);
  g_test_add_func ("/export/heatmap/gap", test_gap);
  g_test_add_func ("/export/heatmap/risk-colours", test_risk_colours);
  g_test_add_func ("/export/heatmap/render-png", test_render_png);
  g_test_add_func ("/export/heatmap/write-files", test_write_files);
  g_test_add_func ("/export/heatmap/no-markup", test_no_markup);
  g_test_add_func ("/export/heatmap/long-names", test_long_names);
  g_test_add_func ("/export/heatmap/palettes", test_palettes);
  g_test_add_func ("/export/heatmap/orders", test_orders);
  g_test_add_func ("/export/heatmap/group-by-size", test_group_by_size);
  g_test_add_func ("/export/heatmap/collapsed-area", test_collapsed_area);
  g_test_add_func ("/export/heatmap/aggregates", test_aggregates);
  g_test_add_func ("/export/heatmap/aggregates-none", test_aggregates_none);
  g_test_add_func ("/export/heatmap/aggregate-names", test_aggregate_names);
  g_test_add_func ("/export/heatmap/overlays", test_overlays);
  g_test_add_func ("/export/heatmap/high-contrast", test_high_contrast);
  g_test_add_func ("/export/heatmap/legend-text", test_legend_text);
  g_test_add_func ("/export/heatmap/two-line-names", test_two_line_names);
  g_test_add_func ("/export/heatmap/draw-clipped", test_draw_clipped);
  g_test_add_func ("/export/heatmap/remade", test_remade);
  g_test_add_func ("/export/heatmap/deviation-decimals", test_deviation_decimals);
  g_test_add_func ("/export/heatmap/numbers-fit", test_numbers_fit);
  g_test_add_func ("/export/heatmap/undefined-blank", test_undefined_blank);
  g_test_add_func ("/export/heatmap/anonymized", test_anonymized);
  g_test_add_func ("/export/heatmap/anonymized-groups", test_anonymized_groups);
  g_test_add_func ("/export/heatmap/anonymized-stable", test_anonymized_stable);
  g_test_add_func ("/export/heatmap/area-overview", test_area_overview);
  g_test_add_func ("/export/heatmap/area-overview-anonymized", test_area_overview_anonymized);
  g_test_add_func ("/export/heatmap/change", test_change);
  g_test_add_func ("/export/heatmap/compact-legend-wraps", test_compact_legend_wraps);
  g_test_add_func ("/export/heatmap/change-render", test_change_render);
  g_test_add_func ("/export/heatmap/grid-names", test_grid_names);
  return g_test_run ();
}
