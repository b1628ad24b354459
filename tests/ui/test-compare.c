/* test-compare.c — the Compare page's heatmap: its size is the layout's,
 * it rebuilds for a new measure, follows the study only while shown,
 * moves a cell cursor with the arrow keys and names cells in plain text.
 * Set FK_TEST_OUTPUT_DIR to keep a PNG of the page. */
#include "fk-compare-page.h"
#include "fk-heatmap-view.h"
#include "fk-core.h"
#include "fk-test-util.h"
#include "fk-window.h"
#include "shell-test-util.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

static const char region_json[] =
  "{\"format\": \"formagekarta-region\", \"format_version\": 1,"
  " \"id\": \"t\", \"name\": \"T\","
  " \"municipalities\": ["
  "  {\"code\": \"1460\", \"name\": \"Bengtsfors\", \"population\": 9750},"
  "  {\"code\": \"1438\", \"name\": \"Dals-Ed\", \"population\": 4813},"
  "  {\"code\": \"1485\", \"name\": \"Uddevalla\", \"population\": 57000}]}";

typedef struct {
  char    *dir;
  FkStudy *study;
} Fixture;

static void
set_levels (FkStudy    *study,
            const char *code,
            const char *capability,
            int         current,
            int         target)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) score = fk_score_new (fk_study_get_latest_round (study)->id, code, capability);

  score->current = current;
  score->target = target;
  fk_study_set_score (study, score, &error);
  g_assert_no_error (error);
}

/* The minimal model, its first capability named "<b>&" in English. */
static void
fixture_setup (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *model_path = g_build_filename (g_getenv ("FK_SOURCE_ROOT"), "tests", "data", "models", "minimal.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GString) json = NULL;
  g_autoptr(FkModel) model = NULL;
  g_autoptr(FkRegion) region = NULL;

  f->dir = g_dir_make_tmp ("fk-compare-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (model_path, &text, NULL, &error));
  json = g_string_new (text);
  g_assert_cmpuint (g_string_replace (json, "\"en\": \"Strategy\"", "\"en\": \"<b>&\"", 1), ==, 1);
  model = fk_model_new_from_data (json->str, -1, "model", &error);
  g_assert_no_error (error);
  region = fk_region_new_from_data (region_json, -1, "region", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "compare.fkarta", NULL);
  f->study = fk_study_create (path, model, region, "Compare", "en", NULL, &error);
  g_assert_no_error (error);

  set_levels (f->study, "1460", "styrning.strategi", 4, 5);
  set_levels (f->study, "1438", "styrning.strategi", 2, 3);
  set_levels (f->study, "1485", "styrning.strategi", 3, 4);
  set_levels (f->study, "1485", "styrning.finansiering", 1, 3);
}

static void
fixture_teardown (Fixture *f)
{
  g_assert_finalize_object (f->study);
  shell_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GtkWidget *
show_page (Fixture        *f,
           FkHeatmapView **heatmap)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = fk_compare_page_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), page);
  fk_compare_page_set_study (FK_COMPARE_PAGE (page), f->study);
  gtk_window_present (GTK_WINDOW (window));
  /* The heatmap fits its width once allocated, then asks for its size. */
  for (int i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (window);
  *heatmap = fk_compare_page_get_heatmap (FK_COMPARE_PAGE (page));
  return window;
}

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  const char *dir = g_getenv ("FK_TEST_OUTPUT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  GtkSnapshot *snapshot;

  if (dir == NULL)
    return;
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  path = g_build_filename (dir, name, NULL);
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
test_size (void)
{
  Fixture f = { 0 };
  FkHeatmapView *heatmap;
  GtkWidget *window;
  const FkHeatmapLayout *layout;
  guint renders;
  int min, nat;

  fixture_setup (&f);
  window = show_page (&f, &heatmap);
  layout = fk_heatmap_view_get_layout (heatmap);
  g_assert_nonnull (layout);
  g_assert_cmpuint (layout->n_cols, ==, 4);   /* three municipalities and the mean */
  gtk_widget_measure (GTK_WIDGET (heatmap), GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  /* gtk_widget_measure() adds the page's margins. */
  nat -= gtk_widget_get_margin_start (GTK_WIDGET (heatmap)) + gtk_widget_get_margin_end (GTK_WIDGET (heatmap));
  g_assert_cmpint (nat, ==, (int) ceil (layout->width));
  gtk_widget_measure (GTK_WIDGET (heatmap), GTK_ORIENTATION_VERTICAL, -1, &min, &nat, NULL, NULL);
  nat -= gtk_widget_get_margin_top (GTK_WIDGET (heatmap)) + gtk_widget_get_margin_bottom (GTK_WIDGET (heatmap));
  g_assert_cmpint (nat, ==, (int) ceil (layout->height));
  save_png (window, "compare-page.png");

  /* Drawn once into a node that later frames reuse; the cursor is drawn
   * on top of it, so moving it replays nothing. New data does. */
  renders = fk_heatmap_view_get_n_renders (heatmap);
  g_assert_cmpuint (renders, >=, 1);
  gtk_widget_queue_draw (GTK_WIDGET (heatmap));
  gtk_test_widget_wait_for_draw (window);
  gtk_widget_grab_focus (GTK_WIDGET (heatmap));
  fk_heatmap_view_move_cursor (heatmap, 1, 1);
  gtk_test_widget_wait_for_draw (window);
  g_assert_cmpuint (fk_heatmap_view_get_n_renders (heatmap), ==, renders);
  fk_heatmap_view_set_measure (heatmap, FK_MEASURE_TARGET);
  gtk_test_widget_wait_for_draw (window);
  g_assert_cmpuint (fk_heatmap_view_get_n_renders (heatmap), ==, renders + 1);

  shell_test_destroy_window (window);
  fixture_teardown (&f);
}

static void
test_measure (void)
{
  Fixture f = { 0 };
  FkHeatmapView *heatmap;
  GtkWidget *window;
  GtkDropDown *dropdown;
  guint n;

  fixture_setup (&f);
  window = show_page (&f, &heatmap);
  g_assert_cmpint (fk_heatmap_view_get_layout (heatmap)->measure, ==, FK_MEASURE_CURRENT);
  n = fk_heatmap_view_get_n_recomputes (heatmap);

  /* The page's dropdown lists the six measures and sets the view's. */
  dropdown = GTK_DROP_DOWN (shell_test_template_child (gtk_window_get_child (GTK_WINDOW (window)),
                                                      FK_TYPE_COMPARE_PAGE, "measure_dropdown"));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, FK_N_MEASURES);
  gtk_drop_down_set_selected (dropdown, FK_MEASURE_GAP);
  g_assert_cmpint (fk_heatmap_view_get_measure (heatmap), ==, FK_MEASURE_GAP);
  g_assert_cmpint (fk_heatmap_view_get_layout (heatmap)->measure, ==, FK_MEASURE_GAP);
  g_assert_cmpuint (fk_heatmap_view_get_n_recomputes (heatmap), ==, n + 1);

  g_object_set (heatmap, "measure", FK_MEASURE_INTEREST, "palette", FK_PALETTE_GREYSCALE, NULL);
  g_assert_cmpint (fk_heatmap_view_get_layout (heatmap)->measure, ==, FK_MEASURE_INTEREST);
  g_assert_cmpint (fk_heatmap_view_get_layout (heatmap)->palette, ==, FK_PALETTE_GREYSCALE);

  shell_test_destroy_window (window);
  fixture_teardown (&f);
}

static void
test_follows_study (void)
{
  Fixture f = { 0 };
  FkHeatmapView *heatmap;
  GtkWidget *window, *page;
  const FkHeatmapCell *cell;
  guint n;

  fixture_setup (&f);
  window = show_page (&f, &heatmap);
  page = gtk_window_get_child (GTK_WINDOW (window));

  /* Shown: a score recomputes at once. */
  n = fk_heatmap_view_get_n_recomputes (heatmap);
  set_levels (f.study, "1438", "styrning.finansiering", 5, 5);
  g_assert_cmpuint (fk_heatmap_view_get_n_recomputes (heatmap), ==, n + 1);
  cell = fk_heatmap_layout_find_cell (fk_heatmap_view_get_layout (heatmap), 1, 1);
  g_assert_nonnull (cell);
  g_assert_cmpfloat (cell->value, ==, 5);

  /* Hidden: nothing until shown again. */
  gtk_widget_set_visible (page, FALSE);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (heatmap)));
  n = fk_heatmap_view_get_n_recomputes (heatmap);
  set_levels (f.study, "1438", "styrning.finansiering", 2, 5);
  set_levels (f.study, "1460", "styrning.finansiering", 1, 5);
  g_assert_cmpuint (fk_heatmap_view_get_n_recomputes (heatmap), ==, n);
  gtk_widget_set_visible (page, TRUE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (heatmap)));
  g_assert_cmpuint (fk_heatmap_view_get_n_recomputes (heatmap), ==, n + 1);
  cell = fk_heatmap_layout_find_cell (fk_heatmap_view_get_layout (heatmap), 1, 1);
  g_assert_cmpfloat (cell->value, ==, 2);

  shell_test_destroy_window (window);
  fixture_teardown (&f);
}

static void
test_cursor_and_tooltip (void)
{
  Fixture f = { 0 };
  FkHeatmapView *heatmap;
  GtkWidget *window;
  GtkEventController *key = NULL;
  const FkHeatmapCell *cell;
  g_autofree char *label = NULL;
  g_autofree char *tip = NULL;
  gboolean handled = FALSE;
  guint row, col;

  fixture_setup (&f);
  window = show_page (&f, &heatmap);

  label = fk_heatmap_view_describe_cursor (heatmap);
  g_assert_cmpstr (label, ==, "Bengtsfors, <b>&: level 4, target 5");
  g_clear_pointer (&label, g_free);

  /* The key controller's handler, as a key press would call it. */
  for (guint i = 0; ; i++)
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (heatmap));
      g_autoptr(GObject) item = NULL;

      if (i >= g_list_model_get_n_items (controllers))
        break;
      item = g_list_model_get_item (controllers, i);
      if (GTK_IS_EVENT_CONTROLLER_KEY (item))
        key = GTK_EVENT_CONTROLLER (item);
    }
  g_assert_nonnull (key);
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Right, 0, 0, &handled);
  g_assert_true (handled);
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Right, 0, 0, &handled);
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Down, 0, 0, &handled);
  fk_heatmap_view_get_cursor (heatmap, &row, &col);
  g_assert_cmpuint (row, ==, 1);
  g_assert_cmpuint (col, ==, 2);
  label = fk_heatmap_view_describe_cursor (heatmap);
  g_assert_cmpstr (label, ==, "Uddevalla, Funding: level 1, target 3");
  g_clear_pointer (&label, g_free);
  /* At the edge it stays. */
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Up, 0, 0, &handled);
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Up, 0, 0, &handled);
  fk_heatmap_view_get_cursor (heatmap, &row, NULL);
  g_assert_cmpuint (row, ==, 0);
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_a, 0, 0, &handled);
  g_assert_false (handled);

  /* Tooltip: plain text, the markup-looking name as typed. */
  cell = fk_heatmap_layout_find_cell (fk_heatmap_view_get_layout (heatmap), 0, 2);
  tip = fk_heatmap_view_describe_at (heatmap, cell->x + cell->w / 2, cell->y + cell->h / 2);
  g_assert_cmpstr (tip, ==, "Uddevalla, <b>&: level 3, target 4");
  g_assert_null (fk_heatmap_view_describe_at (heatmap, -5, -5));

  shell_test_destroy_window (window);
  fixture_teardown (&f);
}

/* The whole window on the Compare page, every capability scored; a PNG
 * of it with FK_TEST_OUTPUT_DIR. */
static void
test_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fk-compare-XXXXXX", &error);
  FkStudy *study = shell_test_create_study (dir, "window.fkarta", "Window", NULL);
  FkWindow *window;
  FkHeatmapView *heatmap;
  const FkHeatmapLayout *layout;
  GtkAdjustment *vadj;

  fk_test_study_fill (study, fk_study_get_latest_round (study)->id);
  window = fk_window_new (NULL, study);
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  gtk_window_present (GTK_WINDOW (window));
  fk_window_set_visible_page (window, "compare");
  for (int i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  heatmap = FK_HEATMAP_VIEW (shell_test_find_descendant (GTK_WIDGET (window), FK_TYPE_HEATMAP_VIEW));
  g_assert_nonnull (heatmap);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (heatmap)));
  layout = fk_heatmap_view_get_layout (heatmap);
  g_assert_nonnull (layout);
  g_assert_cmpuint (layout->n_rows, ==, fk_model_get_n_capabilities (fk_study_get_model (study)));
  gtk_widget_grab_focus (GTK_WIDGET (heatmap));
  fk_heatmap_view_move_cursor (heatmap, 2, 3);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  save_png (GTK_WIDGET (window), "compare-window.png");

  /* The cursor on the last row: the page scrolls down to it, and back. */
  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (
           gtk_widget_get_ancestor (GTK_WIDGET (heatmap), GTK_TYPE_SCROLLED_WINDOW)));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadj), >, gtk_adjustment_get_page_size (vadj));
  fk_heatmap_view_move_cursor (heatmap, (int) layout->n_rows, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, 0);
  fk_heatmap_view_move_cursor (heatmap, -(int) layout->n_rows, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), <, layout->height / 2);

  shell_test_destroy_window (window);
  g_assert_finalize_object (study);
  shell_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmpdir = shell_test_setup_tmpdir ();
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

  g_test_add_func ("/ui/compare/size", test_size);
  g_test_add_func ("/ui/compare/measure", test_measure);
  g_test_add_func ("/ui/compare/follows-study", test_follows_study);
  g_test_add_func ("/ui/compare/cursor-and-tooltip", test_cursor_and_tooltip);
  g_test_add_func ("/ui/compare/window", test_window);

  ret = g_test_run ();
  shell_test_remove_tree (tmpdir);
  return ret;
}
