/* test-heatmap-view.c — the heatmap widget in a scrolled window: frozen
 * panes, fitting the width, zoom keys, the hover layer over the cached
 * picture, activation by click and Enter, collapsing an area, the
 * tooltip's whole score and the accessible label that follows the
 * cursor. A made-up study of 30 municipalities × 40 capabilities in four
 * areas, so that it scrolls both ways. */
#include "fk-heatmap-view.h"
#include "fk-core.h"
#include "fk-test-util.h"
#include "shell-test-util.h"

#include <adwaita.h>
#include <math.h>

#define N_MUNICIPALITIES 30
#define N_AREAS          4
#define N_PER_AREA       10

typedef struct {
  char          *dir;
  FkStudy       *study;
  GtkWidget     *window;
  GtkWidget     *scrolled;
  FkHeatmapView *view;
} Fixture;

static FkModel *
make_model (int n_areas)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"formagekarta-model\", \"format_version\": 1,"
                                          " \"id\": \"t\", \"version\": \"1.0.0\","
                                          " \"name\": {\"sv\": \"T\"}, \"description\": {\"sv\": \"T.\"},"
                                          " \"scale\": [");
  g_autoptr(GError) error = NULL;
  FkModel *model;

  for (int l = 0; l <= 5; l++)
    g_string_append_printf (json, "%s{\"level\": %d, \"name\": {\"sv\": \"Nivå %d\"}, \"meaning\": {\"sv\": \"Nivå %d.\"}}",
                            l > 0 ? ", " : "", l, l, l);
  g_string_append (json, "], \"areas\": [");
  for (int a = 0; a < n_areas; a++)
    g_string_append_printf (json, "%s{\"key\": \"o%d\", \"name\": {\"sv\": \"Område %d\"}}", a > 0 ? ", " : "", a, a);
  g_string_append (json, "], \"capabilities\": [");
  for (int c = 0; c < n_areas * N_PER_AREA; c++)
    g_string_append_printf (json, "%s{\"key\": \"o%d.f%02d\", \"area\": \"o%d\", \"name\": {\"sv\": \"Förmåga %02d\"},"
                            " \"description\": {\"sv\": \"F.\"}}",
                            c > 0 ? ", " : "", c / N_PER_AREA, c, c / N_PER_AREA, c);
  g_string_append (json, "]}");
  model = fk_model_new_from_data (json->str, json->len, "model", &error);
  g_assert_no_error (error);
  return model;
}

/* Names sort in region order, so column m is municipality m. */
static FkRegion *
make_region (int n_municipalities)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"formagekarta-region\", \"format_version\": 1,"
                                          " \"id\": \"t\", \"name\": \"T\", \"municipalities\": [");
  g_autoptr(GError) error = NULL;
  FkRegion *region;

  for (int i = 0; i < n_municipalities; i++)
    g_string_append_printf (json, "%s{\"code\": \"%04d\", \"name\": \"Ort %02d\", \"population\": %d}",
                            i > 0 ? ", " : "", 1000 + i, i, 3000 + i * 1000);
  g_string_append (json, "]}");
  region = fk_region_new_from_data (json->str, json->len, "region", &error);
  g_assert_no_error (error);
  return region;
}

static void
fill_study (FkStudy *study,
            FkModel *model,
            int      n_municipalities)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  g_autoptr(GError) error = NULL;
  gint64 round = fk_study_get_latest_round (study)->id;
  g_autofree char *comment = NULL;

  for (int m = 0; m < n_municipalities; m++)
    for (guint c = 0; c < model->capabilities->len; c++)
      {
        g_autofree char *code = g_strdup_printf ("%04d", 1000 + m);
        FkScore *score = fk_score_new (round, code, ((FkCapability *) model->capabilities->pdata[c])->key);

        score->current = (m + c) % 6;
        score->target = MIN (5, score->current + 1);
        g_ptr_array_add (batch, score);
      }
  /* Ort 01, Förmåga 01: the whole score, markup-looking text included. */
  {
    FkScore *score = g_ptr_array_index (batch, 1 * model->capabilities->len + 1);
    GString *long_comment = g_string_new ("<b>& the policy exists");

    for (int i = 0; i < 30; i++)
      g_string_append (long_comment, " and more words");
    score->current = 3;
    score->target = 4;
    score->sustain = FK_SUSTAIN_NO;
    score->key_person = FK_KEY_PERSON_YES;
    score->interest = FK_INTEREST_MAYBE;
    score->respondent = g_strdup ("Anna <i>Andersson</i>");
    score->comment = g_string_free (long_comment, FALSE);
  }
  g_assert_true (fk_study_set_scores (study, batch, &error));
  g_assert_no_error (error);
}

static void
wait_for_frames (GtkWidget *window)
{
  /* The view fits its width once allocated, then asks for its size. */
  for (int i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (window);
}

static void
fixture_setup_sized (Fixture *f,
                     int      width,
                     int      height,
                     int      n_municipalities,
                     int      n_areas)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = make_model (n_areas);
  g_autoptr(FkRegion) region = make_region (n_municipalities);
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("fk-heatmap-view-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "view.fkarta", NULL);
  f->study = fk_study_create (path, model, region, "View", "en", NULL, &error);
  g_assert_no_error (error);
  fill_study (f->study, model, n_municipalities);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  f->scrolled = gtk_scrolled_window_new ();
  f->view = FK_HEATMAP_VIEW (fk_heatmap_view_new ());
  /* A GtkScrollable: no viewport in between. */
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (f->scrolled), GTK_WIDGET (f->view));
  g_assert_true (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (f->scrolled)) == GTK_WIDGET (f->view));
  gtk_window_set_child (GTK_WINDOW (f->window), f->scrolled);
  fk_heatmap_view_set_study (f->view, f->study);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_frames (f->window);
  g_assert_nonnull (fk_heatmap_view_get_layout (f->view));
}

static void
fixture_setup (Fixture *f,
               int      width,
               int      height)
{
  fixture_setup_sized (f, width, height, N_MUNICIPALITIES, N_AREAS);
}

static void
fixture_teardown (Fixture *f)
{
  shell_test_destroy_window (f->window);
  g_assert_finalize_object (f->study);
  shell_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (item, type))
        return GTK_EVENT_CONTROLLER (item);
    }
  g_assert_not_reached ();
}

static gboolean
press_key (FkHeatmapView   *view,
           guint            keyval,
           GdkModifierType  state)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_KEY),
                         "key-pressed", keyval, 0, state, &handled);
  return handled;
}

static GtkAdjustment *
vadjustment (Fixture *f)
{
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (f->scrolled));
}

static GtkAdjustment *
hadjustment (Fixture *f)
{
  return gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (f->scrolled));
}

static const FkHeatmapRow *
layout_row (const FkHeatmapLayout *layout,
            int                    row)
{
  return &g_array_index (layout->rows, FkHeatmapRow, row);
}

static void
test_frozen_panes (void)
{
  Fixture f = { 0 };
  const FkHeatmapLayout *layout;
  guint renders, first_row, last_row, first_col, last_col;
  double gx, gy, h;
  int row, col;

  fixture_setup (&f, 900, 600);
  layout = fk_heatmap_view_get_layout (f.view);
  gx = layout->grid_x;
  gy = layout->grid_y;
  h = gtk_widget_get_height (GTK_WIDGET (f.view));

  /* The scrolled window scrolls the view's own adjustments, both ways. */
  g_assert_true (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f.view)) == vadjustment (&f));
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment (&f)), ==, layout->height);
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment (&f)), >, gtk_adjustment_get_page_size (vadjustment (&f)));
  g_assert_cmpfloat (gtk_adjustment_get_upper (hadjustment (&f)), >, gtk_adjustment_get_page_size (hadjustment (&f)));
  g_assert_true (fk_heatmap_view_get_visible_cells (f.view, &first_row, &last_row, &first_col, &last_col));
  g_assert_cmpuint (first_row, ==, 0);
  g_assert_cmpuint (first_col, ==, 0);
  g_assert_cmpuint (last_row, <, layout->n_rows - 1);

  /* Scrolled down and right: the names stay, the cells move under them. */
  renders = fk_heatmap_view_get_n_renders (f.view);
  gtk_adjustment_set_value (vadjustment (&f), 400);
  gtk_adjustment_set_value (hadjustment (&f), 200);
  gtk_test_widget_wait_for_draw (f.window);
  g_assert_cmpuint (fk_heatmap_view_get_n_renders (f.view), ==, renders);

  g_assert_cmpint (fk_heatmap_view_pick (f.view, 5, 5, &row, &col), ==, FK_HEATMAP_VIEW_PANE_CORNER);
  /* Just above the grid: a municipality's name, no cell, although cells
   * have scrolled up behind it. */
  g_assert_cmpint (fk_heatmap_view_pick (f.view, gx + 5, gy - 2, &row, &col), ==, FK_HEATMAP_VIEW_PANE_COLUMN_LABELS);
  g_assert_cmpint (row, ==, -1);
  g_assert_cmpint (col, >, 0);
  g_assert_null (fk_heatmap_view_describe_at (f.view, gx + 5, gy - 2));
  /* Left of the grid: the name of the row beside it, scrolled down. */
  g_assert_cmpint (fk_heatmap_view_pick (f.view, 5, gy + 25, &row, &col), ==, FK_HEATMAP_VIEW_PANE_ROW_LABELS);
  g_assert_cmpint (col, ==, -1);
  g_assert_cmpint (row, >, 0);
  g_assert_cmpfloat (layout_row (layout, row)->y, <=, gy + 25 + 400);
  g_assert_cmpfloat (layout_row (layout, row)->y + layout_row (layout, row)->h, >, gy + 25 + 400);
  g_assert_cmpint (fk_heatmap_view_pick (f.view, gx + 5, gy + 25, NULL, &col), ==, FK_HEATMAP_VIEW_PANE_GRID);
  g_assert_true (fk_heatmap_view_get_visible_cells (f.view, &first_row, &last_row, &first_col, &last_col));
  g_assert_cmpuint (first_row, >, 0);
  g_assert_cmpuint (first_row, <=, (guint) row);
  /* Partly visible: the first column's right edge is past the names. */
  g_assert_cmpuint (first_col, >, 0);
  g_assert_cmpuint (first_col, <=, (guint) col);
  g_assert_cmpfloat (g_array_index (layout->columns, FkHeatmapColumn, first_col).x +
                     g_array_index (layout->columns, FkHeatmapColumn, first_col).w, >,
                     gx + gtk_adjustment_get_value (hadjustment (&f)));
  /* The legend is pinned to the bottom. */
  g_assert_cmpint (fk_heatmap_view_pick (f.view, 5, h - 3, &row, &col), ==, FK_HEATMAP_VIEW_PANE_LEGEND);
  g_assert_cmpfloat (layout->legend_y, >, h + 400);

  /* The cursor at the last row and column is scrolled clear of the panes. */
  gtk_widget_grab_focus (GTK_WIDGET (f.view));
  fk_heatmap_view_move_cursor (f.view, (int) layout->n_rows, (int) layout->n_cols);
  g_assert_true (fk_heatmap_view_get_visible_cells (f.view, &first_row, &last_row, &first_col, &last_col));
  g_assert_cmpuint (last_row, ==, layout->n_rows - 1);
  g_assert_cmpuint (last_col, ==, layout->n_cols - 1);
  /* Back at the first: not hidden under the frozen names. */
  fk_heatmap_view_move_cursor (f.view, -(int) layout->n_rows, -(int) layout->n_cols);
  g_assert_true (fk_heatmap_view_get_visible_cells (f.view, &first_row, NULL, &first_col, NULL));
  g_assert_cmpuint (first_row, ==, 0);
  g_assert_cmpuint (first_col, ==, 0);
  {
    const FkHeatmapCell *cell = fk_heatmap_layout_get_cell (layout, 0, 0);
    double sx = gtk_adjustment_get_value (hadjustment (&f));
    double sy = gtk_adjustment_get_value (vadjustment (&f));

    g_assert_cmpfloat (cell->x - sx, >=, gx);
    g_assert_cmpfloat (cell->y - sy, >=, gy);
  }
  gtk_test_widget_wait_for_draw (f.window);
  g_assert_cmpuint (fk_heatmap_view_get_n_renders (f.view), ==, renders);

  fixture_teardown (&f);
}

static double
cell_size (FkHeatmapView *view)
{
  return g_array_index (fk_heatmap_view_get_layout (view)->columns, FkHeatmapColumn, 0).w;
}

static void
test_fit_width (void)
{
  Fixture wide = { 0 }, narrow = { 0 };
  double wide_zoom, narrow_zoom;
  int width;

  fixture_setup (&wide, 1920, 900);
  g_assert_true (fk_heatmap_view_get_fit_width (wide.view));
  wide_zoom = fk_heatmap_view_get_zoom (wide.view);
  width = gtk_widget_get_width (GTK_WIDGET (wide.view));
  /* On a projector the cells grow, and the whole width is used. */
  g_assert_cmpfloat (wide_zoom, >, 1.0);
  g_assert_cmpfloat (wide_zoom, <=, FK_HEATMAP_VIEW_FIT_MAX);
  g_assert_cmpfloat (cell_size (wide.view), >, 40);
  g_assert_cmpfloat (fk_heatmap_view_get_layout (wide.view)->width, <=, width);
  g_assert_cmpfloat (fk_heatmap_view_get_layout (wide.view)->width, >=, width * 0.98);
  g_assert_cmpfloat (gtk_adjustment_get_upper (hadjustment (&wide)), <=, gtk_adjustment_get_page_size (hadjustment (&wide)));
  /* The rows scroll under the header. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment (&wide)), >, gtk_adjustment_get_page_size (vadjustment (&wide)));

  /* A narrow window: smaller cells, but no smaller than the clamp. */
  fixture_setup (&narrow, 700, 600);
  narrow_zoom = fk_heatmap_view_get_zoom (narrow.view);
  g_assert_cmpfloat (narrow_zoom, <, wide_zoom);
  g_assert_cmpfloat (narrow_zoom, >=, FK_HEATMAP_VIEW_FIT_MIN);
  g_assert_cmpfloat (cell_size (narrow.view), <, cell_size (wide.view));

  /* The window grows: the zoom follows. */
  gtk_window_set_default_size (GTK_WINDOW (narrow.window), 1920, 900);
  wait_for_frames (narrow.window);
  g_assert_cmpfloat (fabs (fk_heatmap_view_get_zoom (narrow.view) - wide_zoom), <, 0.01);

  fixture_teardown (&narrow);
  fixture_teardown (&wide);
}

static void
test_zoom_keys (void)
{
  Fixture f = { 0 };
  double fitted, zoom;
  guint recomputes;

  fixture_setup (&f, 1200, 700);
  fitted = fk_heatmap_view_get_zoom (f.view);
  recomputes = fk_heatmap_view_get_n_recomputes (f.view);

  g_assert_true (press_key (f.view, GDK_KEY_plus, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  zoom = fk_heatmap_view_get_zoom (f.view);
  g_assert_cmpfloat (fabs (zoom - fitted * 1.1), <, 1e-9);
  g_assert_false (fk_heatmap_view_get_fit_width (f.view));
  wait_for_frames (f.window);
  /* Allocation no longer fits it back. */
  g_assert_cmpfloat (fk_heatmap_view_get_zoom (f.view), ==, zoom);
  g_assert_cmpfloat (cell_size (f.view), ==, 40 * zoom);

  g_assert_true (press_key (f.view, GDK_KEY_minus, GDK_CONTROL_MASK));
  g_assert_true (press_key (f.view, GDK_KEY_minus, GDK_CONTROL_MASK));
  g_assert_cmpfloat (fk_heatmap_view_get_zoom (f.view), <, fitted);

  /* Ctrl+0 fits again. */
  g_assert_true (press_key (f.view, GDK_KEY_0, GDK_CONTROL_MASK));
  g_assert_true (fk_heatmap_view_get_fit_width (f.view));
  wait_for_frames (f.window);
  g_assert_cmpfloat (fabs (fk_heatmap_view_get_zoom (f.view) - fitted), <, 0.01);
  /* The same data: no study read, no recompute. */
  g_assert_cmpuint (fk_heatmap_view_get_n_recomputes (f.view), ==, recomputes);

  fixture_teardown (&f);
}

/* The widget rendered to pixels (its width in *@w). */
static guint32 *
render_pixels (FkHeatmapView *view,
               int           *w)
{
  GtkWidget *widget = GTK_WIDGET (view);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int h = gtk_widget_get_height (widget);
  guint32 *data;

  *w = gtk_widget_get_width (widget);
  data = g_new (guint32, *w * h);
  /* The widget's own drawing, as a frame would have it. */
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, *w, h));
  gdk_texture_download (texture, (guchar *) data, *w * 4);
  return data;
}

/* The colour at (@x, @y) of the widget, rendered. */
static guint32
pixel_at (FkHeatmapView *view,
          int            x,
          int            y)
{
  int w;
  g_autofree guint32 *data = render_pixels (view, &w);

  return data[y * w + x];
}

/* A checksum of the pixels of (@x, @y, @aw, @ah) of the widget, rendered. */
static guint32
area_sum (FkHeatmapView *view,
          int            x,
          int            y,
          int            aw,
          int            ah)
{
  int w;
  g_autofree guint32 *data = render_pixels (view, &w);
  guint32 sum = 2166136261u;

  for (int j = y; j < y + ah; j++)
    for (int i = x; i < x + aw; i++)
      sum = (sum ^ data[j * w + i]) * 16777619u;
  return sum;
}

static void
test_hover (void)
{
  Fixture f = { 0 };
  const FkHeatmapLayout *layout;
  const FkHeatmapCell *cell;
  GtkEventController *motion;
  guint renders;
  guint32 plain, hovered;
  int row, col, label_x, label_y;

  fixture_setup (&f, 1000, 700);
  layout = fk_heatmap_view_get_layout (f.view);
  motion = find_controller (GTK_WIDGET (f.view), GTK_TYPE_EVENT_CONTROLLER_MOTION);
  renders = fk_heatmap_view_get_n_renders (f.view);
  cell = fk_heatmap_layout_get_cell (layout, 2, 3);
  label_x = (int) (layout->grid_x - 4);
  label_y = (int) (cell->y + cell->h / 2);
  plain = pixel_at (f.view, label_x, label_y);

  g_signal_emit_by_name (motion, "motion", cell->x + cell->w / 2, cell->y + cell->h / 2);
  fk_heatmap_view_get_hover (f.view, &row, &col);
  g_assert_cmpint (row, ==, 2);
  g_assert_cmpint (col, ==, 3);
  gtk_test_widget_wait_for_draw (f.window);
  /* The row's name is highlighted, drawn over the cached picture. */
  hovered = pixel_at (f.view, label_x, label_y);
  g_assert_cmpuint (hovered, !=, plain);
  g_assert_cmpuint (fk_heatmap_view_get_n_renders (f.view), ==, renders);

  /* Over the names: no cell. Leaving: nothing. */
  g_signal_emit_by_name (motion, "motion", 3.0, cell->y + cell->h / 2);
  fk_heatmap_view_get_hover (f.view, &row, &col);
  g_assert_cmpint (row, ==, -1);
  g_signal_emit_by_name (motion, "motion", cell->x + cell->w / 2, cell->y + cell->h / 2);
  g_signal_emit_by_name (motion, "leave");
  fk_heatmap_view_get_hover (f.view, &row, &col);
  g_assert_cmpint (row, ==, -1);
  g_assert_cmpint (col, ==, -1);
  g_assert_cmpuint (pixel_at (f.view, label_x, label_y), ==, plain);
  g_assert_cmpuint (fk_heatmap_view_get_n_renders (f.view), ==, renders);

  fixture_teardown (&f);
}

/* A large study: only the part in sight is drawn, a picture per pane;
 * scrolling moves the cells and the row names, not the column names. */
static void
test_large (void)
{
  Fixture f = { 0 };
  const FkHeatmapLayout *layout;
  const FkHeatmapCell *cell, *below;
  GtkEventController *motion;
  guint renders;
  guint32 cell_px, below_px, name_px, below_name_px, header_px, plain;
  int x, y, name_x, name_y, header_y, step, name_w;

  fixture_setup_sized (&f, 1000, 700, 80, 6);
  layout = fk_heatmap_view_get_layout (f.view);
  g_assert_cmpuint (layout->cells->len, >, 4000);
  cell = fk_heatmap_layout_get_cell (layout, 2, 3);
  below = fk_heatmap_layout_get_cell (layout, 3, 3);
  step = (int) (below->y - cell->y);
  x = (int) (cell->x + 3);
  y = (int) (cell->y + 3);
  name_x = 2;
  name_w = (int) layout->grid_x - 4;
  name_y = (int) (cell->y + 2);
  header_y = (int) (layout->grid_y - 10);
  cell_px = pixel_at (f.view, x, y);
  below_px = pixel_at (f.view, x, y + step);
  name_px = area_sum (f.view, name_x, name_y, name_w, step - 4);
  below_name_px = area_sum (f.view, name_x, name_y + step, name_w, step - 4);
  g_assert_cmpuint (name_px, !=, below_name_px);
  header_px = pixel_at (f.view, x, header_y);
  g_assert_cmpuint (cell_px, !=, below_px);   /* levels differ row to row */

  /* A hover draws nothing again. */
  renders = fk_heatmap_view_get_n_renders (f.view);
  motion = find_controller (GTK_WIDGET (f.view), GTK_TYPE_EVENT_CONTROLLER_MOTION);
  plain = pixel_at (f.view, (int) (layout->grid_x - 4), name_y);
  g_signal_emit_by_name (motion, "motion", cell->x + cell->w / 2, cell->y + cell->h / 2);
  g_assert_cmpuint (pixel_at (f.view, (int) (layout->grid_x - 4), name_y), !=, plain);
  g_signal_emit_by_name (motion, "leave");
  g_assert_cmpuint (pixel_at (f.view, (int) (layout->grid_x - 4), name_y), ==, plain);
  g_assert_cmpuint (fk_heatmap_view_get_n_renders (f.view), ==, renders);

  /* One row down: what was below is where the row was; the names move
   * with the rows, the municipality names stay. Out of the part drawn,
   * so drawn again, with room around it. */
  gtk_adjustment_set_value (vadjustment (&f), step);
  g_assert_cmpuint (pixel_at (f.view, x, y), ==, below_px);
  g_assert_cmpuint (area_sum (f.view, name_x, name_y, name_w, step - 4), ==, below_name_px);
  g_assert_cmpuint (pixel_at (f.view, x, header_y), ==, header_px);
  g_assert_cmpuint (fk_heatmap_view_get_n_renders (f.view), ==, renders + 1);
  /* Back up: within that room, nothing is drawn again. */
  gtk_adjustment_set_value (vadjustment (&f), 0);
  g_assert_cmpuint (pixel_at (f.view, x, y), ==, cell_px);
  g_assert_cmpuint (area_sum (f.view, name_x, name_y, name_w, step - 4), ==, name_px);
  g_assert_cmpuint (fk_heatmap_view_get_n_renders (f.view), ==, renders + 1);

  fixture_teardown (&f);
}

static void
on_cell_activated (FkHeatmapView *view,
                   int            capability,
                   int            municipality,
                   int           *out)
{
  out[0] = capability;
  out[1] = municipality;
  out[2]++;
}

static void
test_activate (void)
{
  Fixture f = { 0 };
  const FkHeatmapLayout *layout;
  const FkHeatmapCell *cell;
  GtkEventController *click;
  int got[3] = { -2, -2, 0 };
  guint row, col;

  fixture_setup (&f, 1000, 700);
  layout = fk_heatmap_view_get_layout (f.view);
  g_signal_connect (f.view, "cell-activated", G_CALLBACK (on_cell_activated), got);
  click = find_controller (GTK_WIDGET (f.view), GTK_TYPE_GESTURE_CLICK);

  /* A click on row 4 (capability 4), column 6 (municipality 6). */
  cell = fk_heatmap_layout_get_cell (layout, 4, 6);
  g_signal_emit_by_name (click, "released", 1, cell->x + cell->w / 2, cell->y + cell->h / 2);
  g_assert_cmpint (got[2], ==, 1);
  g_assert_cmpint (got[0], ==, 4);
  g_assert_cmpint (got[1], ==, 6);
  fk_heatmap_view_get_cursor (f.view, &row, &col);
  g_assert_cmpuint (row, ==, 4);
  g_assert_cmpuint (col, ==, 6);

  /* Enter on the cursor, moved one right; then space on the mean column. */
  g_assert_true (press_key (f.view, GDK_KEY_Right, 0));
  g_assert_true (press_key (f.view, GDK_KEY_Return, 0));
  g_assert_cmpint (got[2], ==, 2);
  g_assert_cmpint (got[0], ==, 4);
  g_assert_cmpint (got[1], ==, 7);
  fk_heatmap_view_move_cursor (f.view, 0, (int) layout->n_cols);
  g_assert_true (press_key (f.view, GDK_KEY_space, 0));
  g_assert_cmpint (got[2], ==, 3);
  g_assert_cmpint (got[1], ==, -1);

  /* Not on a cell: nothing. */
  g_signal_emit_by_name (click, "released", 1, 2.0, 2.0);
  g_assert_cmpint (got[2], ==, 3);

  fixture_teardown (&f);
}

static void
count_signal (gpointer instance,
              guint   *count)
{
  (*count)++;
}

static void
test_collapse_area (void)
{
  Fixture f = { 0 };
  const FkHeatmapLayout *layout;
  const FkHeatmapLabel *header;
  GtkEventController *click;
  guint n_rows, changed = 0, recomputes, row;
  const char *const *collapsed;

  fixture_setup (&f, 1000, 700);
  layout = fk_heatmap_view_get_layout (f.view);
  n_rows = layout->n_rows;
  recomputes = fk_heatmap_view_get_n_recomputes (f.view);
  g_signal_connect (f.view, "layout-changed", G_CALLBACK (count_signal), &changed);
  click = find_controller (GTK_WIDGET (f.view), GTK_TYPE_GESTURE_CLICK);

  /* A click on the second area's header collapses it. */
  g_assert_cmpuint (layout->area_headers->len, ==, N_AREAS);
  header = &g_array_index (layout->area_headers, FkHeatmapLabel, 1);
  g_assert_cmpint (header->index, ==, 1);
  g_signal_emit_by_name (click, "released", 1, header->x + 10, header->y + header->h / 2);
  collapsed = fk_heatmap_view_get_options (f.view)->collapsed_areas;
  g_assert_nonnull (collapsed);
  g_assert_cmpstr (collapsed[0], ==, "o1");
  g_assert_null (collapsed[1]);
  g_assert_cmpuint (changed, ==, 1);
  /* Laid out again from the snapshot kept, not read again. */
  g_assert_cmpuint (fk_heatmap_view_get_n_recomputes (f.view), ==, recomputes);
  layout = fk_heatmap_view_get_layout (f.view);
  /* The cursor is on the area. */
  fk_heatmap_view_get_cursor (f.view, &row, NULL);
  g_assert_cmpint (g_array_index (layout->rows, FkHeatmapRow, row).area, ==, 1);

  /* The keyboard: plus expands the cursor's area, minus collapses it. */
  g_assert_true (press_key (f.view, GDK_KEY_plus, GDK_SHIFT_MASK));
  g_assert_null (fk_heatmap_view_get_options (f.view)->collapsed_areas);
  g_assert_cmpuint (fk_heatmap_view_get_layout (f.view)->n_rows, ==, n_rows);
  g_assert_false (press_key (f.view, GDK_KEY_plus, 0));   /* already open */
  g_assert_true (press_key (f.view, GDK_KEY_minus, 0));
  g_assert_cmpstr (fk_heatmap_view_get_options (f.view)->collapsed_areas[0], ==, "o1");
  g_assert_cmpuint (changed, ==, 3);
  fk_heatmap_view_toggle_area (f.view, "o1");
  g_assert_null (fk_heatmap_view_get_options (f.view)->collapsed_areas);

  /* Fewer rows: the area's ten capabilities become one row of means. */
  fk_heatmap_view_toggle_area (f.view, "o1");
  g_assert_cmpuint (fk_heatmap_view_get_layout (f.view)->n_rows, ==, n_rows - 10 + 1);

  fixture_teardown (&f);
}

static void
test_tooltip (void)
{
  Fixture f = { 0 };
  const FkHeatmapLayout *layout;
  const FkHeatmapCell *cell;
  g_autofree char *tip = NULL;
  g_autofree char *mean = NULL;
  double sy;

  fixture_setup (&f, 1000, 700);
  layout = fk_heatmap_view_get_layout (f.view);
  /* Scrolled a little: the tooltip is of the cell under the pointer. */
  gtk_adjustment_set_value (vadjustment (&f), 10);
  sy = gtk_adjustment_get_value (vadjustment (&f));
  g_assert_cmpfloat (sy, ==, 10);
  cell = fk_heatmap_layout_get_cell (layout, 1, 1);
  tip = fk_heatmap_view_get_tooltip_at (f.view, cell->x + cell->w / 2, cell->y - sy + cell->h / 2);
  g_assert_nonnull (tip);
  g_assert_true (g_str_has_prefix (tip, "Ort 01\nFörmåga 01\nCurrent level: 3\nTarget level: 4\n"));
  g_assert_nonnull (strstr (tip, "Sustain alone: No\n"));
  g_assert_nonnull (strstr (tip, "Key person: Yes\n"));
  g_assert_nonnull (strstr (tip, "Interest: Maybe\n"));
  g_assert_nonnull (strstr (tip, "Answered by: Anna <i>Andersson</i>\n"));
  g_assert_nonnull (strstr (tip, "Comment: <b>& the policy exists and more words"));
  g_assert_true (g_str_has_suffix (tip, "…"));
  g_assert_cmpuint (g_utf8_strlen (strstr (tip, "Comment: ") + strlen ("Comment: "), -1), <=, 121);

  /* The mean column: what it is and what it rests on. */
  cell = fk_heatmap_layout_get_cell (layout, 1, layout->n_cols - 1);
  g_assert_cmpint (cell->column_kind, ==, FK_HEATMAP_COLUMN_MEAN);
  mean = fk_heatmap_view_get_tooltip_at (f.view, cell->x + cell->w / 2, cell->y - sy + cell->h / 2);
  g_assert_nonnull (mean);
  g_assert_true (g_str_has_prefix (mean, "Förmåga 01\nMean: "));
  g_assert_true (g_str_has_suffix (mean, "(of 30 municipalities)"));

  g_assert_null (fk_heatmap_view_get_tooltip_at (f.view, 2, 2));

  /* Over the names: the whole name. */
  {
    const FkHeatmapLabel *label = &g_array_index (layout->row_labels, FkHeatmapLabel, 1);
    g_autofree char *name = fk_heatmap_view_get_tooltip_at (f.view, 3, label->y - sy + label->h / 2);
    g_autofree char *column = NULL;

    g_assert_cmpstr (name, ==, "Förmåga 01");
    cell = fk_heatmap_layout_get_cell (layout, 0, 2);
    column = fk_heatmap_view_get_tooltip_at (f.view, cell->x + cell->w / 2, layout->grid_y - 3);
    g_assert_cmpstr (column, ==, "Ort 02");
  }

  fixture_teardown (&f);
}

static void
test_accessible_label (void)
{
  Fixture f = { 0 };
  g_autofree char *label = NULL;

  fixture_setup (&f, 1000, 700);
  gtk_widget_grab_focus (GTK_WIDGET (f.view));
  g_assert_true (press_key (f.view, GDK_KEY_Right, 0));
  g_assert_true (press_key (f.view, GDK_KEY_Down, 0));
  label = fk_heatmap_view_describe_cursor (f.view);
  g_assert_cmpstr (label, ==, "Ort 01, Förmåga 01: level 3, target 4, cannot sustain alone");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f.view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Ort 01, Förmåga 01: level 3, target 4, cannot sustain alone");
  g_assert_true (press_key (f.view, GDK_KEY_Right, 0));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f.view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Ort 02, Förmåga 01: level 3, target 4");
  /* The legend in words is the description. */
  {
    g_autofree char *legend = fk_heatmap_layout_describe_legend (fk_heatmap_view_get_layout (f.view));

    g_assert_true (g_str_has_prefix (legend, "Legend: "));
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f.view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, legend);
  }

  /* Another measure: its value first, then the whole answer. */
  fk_heatmap_view_set_measure (f.view, FK_MEASURE_GAP);
  {
    g_autofree char *gap = fk_heatmap_view_describe_cursor (f.view);
    g_autofree char *prefix = g_strdup_printf ("%s +1. ", fk_measure_get_label (FK_MEASURE_GAP));

    g_assert_true (g_str_has_prefix (gap, prefix));
    g_assert_true (g_str_has_suffix (gap, "Ort 02, Förmåga 01: level 3, target 4"));
  }

  fixture_teardown (&f);
}

/* Anonymised: the anonymizer's name in the tooltip and the cell's label,
 * never who answered, the comment only with show-comments; the view
 * holds the anonymizer it was given. */
static void
test_tooltip_anonymized (void)
{
  Fixture f = { 0 };
  FkHeatmapOptions options;
  FkAnonymizer *anon;
  const FkHeatmapLayout *layout;
  const FkHeatmapCell *cell;
  g_autofree char *name = NULL;
  g_autofree char *tip = NULL;
  g_autofree char *with_comment = NULL;
  g_autofree char *spoken = NULL;
  double sy;

  fixture_setup (&f, 1000, 700);
  anon = fk_anonymizer_new (fk_study_get_region (f.study), 7, NULL);
  name = fk_anonymizer_get_display_name (anon, "1001");
  options = *fk_heatmap_view_get_options (f.view);
  options.anonymizer = anon;
  fk_heatmap_view_set_options (f.view, &options);
  fk_anonymizer_unref (anon);   /* the view holds it */
  g_assert_false (fk_heatmap_view_get_show_comments (f.view));
  /* A new layout made later reads it again. */
  fk_heatmap_view_set_measure (f.view, FK_MEASURE_TARGET);
  fk_heatmap_view_set_measure (f.view, FK_MEASURE_CURRENT);
  layout = fk_heatmap_view_get_layout (f.view);
  sy = gtk_adjustment_get_value (vadjustment (&f));
  cell = fk_heatmap_layout_find_cell (layout, 1, 1);   /* Ort 01, Förmåga 01 */
  tip = fk_heatmap_view_get_tooltip_at (f.view, cell->x + cell->w / 2 - gtk_adjustment_get_value (hadjustment (&f)),
                                        cell->y - sy + cell->h / 2);
  g_assert_nonnull (tip);
  g_assert_true (g_str_has_prefix (tip, name));
  g_assert_null (strstr (tip, "Ort 01"));
  g_assert_nonnull (strstr (tip, "Current level: 3\n"));
  g_assert_null (strstr (tip, "Answered by"));
  g_assert_null (strstr (tip, "Andersson"));
  g_assert_null (strstr (tip, "Comment"));

  fk_heatmap_view_set_show_comments (f.view, TRUE);
  with_comment = fk_heatmap_view_get_tooltip_at (f.view, cell->x + cell->w / 2 - gtk_adjustment_get_value (hadjustment (&f)),
                                                 cell->y - sy + cell->h / 2);
  g_assert_nonnull (strstr (with_comment, "Comment: <b>& the policy exists"));
  g_assert_null (strstr (with_comment, "Andersson"));

  spoken = fk_heatmap_view_describe_at (f.view, cell->x + cell->w / 2 - gtk_adjustment_get_value (hadjustment (&f)),
                                        cell->y - sy + cell->h / 2);
  g_assert_true (g_str_has_prefix (spoken, name));
  fixture_teardown (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmpdir = shell_test_setup_tmpdir ();
  int ret;

  /* GTK's test accessibility backend (no AT-SPI bus), so that the
   * accessible label can be read back; the suite sets "none". */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

  g_test_add_func ("/ui/heatmap-view/frozen-panes", test_frozen_panes);
  g_test_add_func ("/ui/heatmap-view/fit-width", test_fit_width);
  g_test_add_func ("/ui/heatmap-view/zoom-keys", test_zoom_keys);
  g_test_add_func ("/ui/heatmap-view/hover", test_hover);
  g_test_add_func ("/ui/heatmap-view/large", test_large);
  g_test_add_func ("/ui/heatmap-view/activate", test_activate);
  g_test_add_func ("/ui/heatmap-view/collapse-area", test_collapse_area);
  g_test_add_func ("/ui/heatmap-view/tooltip", test_tooltip);
  g_test_add_func ("/ui/heatmap-view/tooltip-anonymized", test_tooltip_anonymized);
  g_test_add_func ("/ui/heatmap-view/accessible-label", test_accessible_label);

  ret = g_test_run ();
  shell_test_remove_tree (tmpdir);
  return ret;
}
