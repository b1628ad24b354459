/* test-heatmap-table.c — the heatmap as an accessible table: the layout's
 * rows with area headings, its columns behind the row header, cell texts
 * and accessible labels in plain text, "not applicable" in words, a
 * rebuild for a smaller layout, activation; pages of columns for 290
 * municipalities, and how long 290 × 200 takes to build and show
 * (printed, never asserted).
 * Set FK_TEST_OUTPUT_DIR to keep a PNG of the table. */
#include "fk-heatmap-table.h"
#include "fk-core.h"
#include "fk-study-snapshot.h"
#include "shell-test-util.h"

#include <adwaita.h>
#include <glib/gstdio.h>

static const char region_json[] =
  "{\"format\": \"formagekarta-region\", \"format_version\": 1,"
  " \"id\": \"t\", \"name\": \"T\","
  " \"municipalities\": ["
  "  {\"code\": \"1460\", \"name\": \"Bengtsfors\", \"population\": 9750},"
  "  {\"code\": \"1438\", \"name\": \"Dals-Ed\", \"population\": 4813},"
  "  {\"code\": \"1485\", \"name\": \"Uddevalla\", \"population\": 57000}]}";

typedef struct {
  char            *dir;
  FkStudy         *study;
  FkRoundSnapshot *snapshot;
  FkHeatmapLayout *layout;
  GtkWidget       *window;
  FkHeatmapTable  *table;
} Fixture;

/* The minimal model (two areas, three capabilities), its first capability
 * named "<b>&" in English. */
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

  f->dir = g_dir_make_tmp ("fk-table-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (model_path, &text, NULL, &error));
  json = g_string_new (text);
  g_assert_cmpuint (g_string_replace (json, "\"en\": \"Strategy\"", "\"en\": \"<b>&\"", 1), ==, 1);
  model = fk_model_new_from_data (json->str, -1, "model", &error);
  g_assert_no_error (error);
  region = fk_region_new_from_data (region_json, -1, "region", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "table.fkarta", NULL);
  f->study = fk_study_create (path, model, region, "Table", "en", NULL, &error);
  g_assert_no_error (error);

  shell_test_set_levels (f->study, "1460", "styrning.strategi", 4, 5);
  shell_test_set_levels (f->study, "1438", "styrning.strategi", 2, 3);
  shell_test_set_levels (f->study, "1485", "styrning.strategi", 3, 4);
  shell_test_set_levels (f->study, "1485", "styrning.finansiering", 1, 3);
  shell_test_set_levels (f->study, "1438", "drift.sakerhetskopiering", FK_LEVEL_NA, FK_LEVEL_UNSET);

  f->snapshot = fk_study_read_snapshot (f->study, fk_study_get_latest_round (f->study)->id, &error);
  g_assert_no_error (error);
  f->layout = fk_heatmap_layout_new (f->snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "en", NULL);

  f->window = gtk_window_new ();
  f->table = FK_HEATMAP_TABLE (fk_heatmap_table_new ());
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 500);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->table));
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_teardown (Fixture *f)
{
  shell_test_destroy_window (f->window);
  fk_heatmap_layout_free (f->layout);
  fk_round_snapshot_unref (f->snapshot);
  g_assert_finalize_object (f->study);
  shell_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* The table's item whose row header is @title, or fails. */
static guint
find_item (FkHeatmapTable *table,
           const char     *title)
{
  for (guint i = 0; i < fk_heatmap_table_get_n_items (table); i++)
    {
      g_autofree char *text = fk_heatmap_table_get_cell_text (table, i, 0);

      if (g_strcmp0 (text, title) == 0)
        return i;
    }
  g_error ("no row “%s”", title);
}

/* The layout column of a municipality (a snapshot row). */
static guint
layout_column (const FkHeatmapLayout *layout,
               int                    municipality)
{
  for (guint c = 0; c < layout->columns->len; c++)
    if (g_array_index (layout->columns, FkHeatmapColumn, c).municipality == municipality)
      return c;
  g_error ("no column for municipality %d", municipality);
}

static gboolean
has_tooltip (GtkWidget     *widget,
             gconstpointer  tooltip)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

/* The label of cell (@item, @column) on screen shows its text and has
 * its description as accessible label, both plain text. */
static GtkWidget *
check_cell_label (FkHeatmapTable *table,
                  guint           item,
                  guint           column,
                  const char     *text,
                  const char     *spoken)
{
  GtkWidget *label = fk_heatmap_table_get_cell_label (table, item, column);

  g_assert_nonnull (label);
  g_assert_true (GTK_IS_LABEL (label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, text);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken);
  return label;
}

static void
test_rows_and_columns (void)
{
  Fixture f = { 0 };
  GtkColumnView *view;
  GListModel *columns;
  GtkWidget *label;
  guint item, column, n_headings = 0;
  g_autofree char *text = NULL;
  g_autofree char *spoken = NULL;

  fixture_setup (&f);
  fk_heatmap_table_set_layout (f.table, f.layout);
  fk_heatmap_layout_free (g_steal_pointer (&f.layout));   /* the table keeps its own copy */
  gtk_test_widget_wait_for_draw (f.window);
  shell_test_save_png (f.window, "heatmap-table.png");

  /* Every layout row, and a heading for each of the two areas. */
  f.layout = fk_heatmap_layout_new (f.snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "en", NULL);
  g_assert_cmpuint (fk_heatmap_table_get_n_items (f.table), ==, f.layout->n_rows + 2);
  for (guint i = 0; i < fk_heatmap_table_get_n_items (f.table); i++)
    n_headings += fk_heatmap_table_is_heading (f.table, i);
  g_assert_cmpuint (n_headings, ==, 2);
  g_assert_true (fk_heatmap_table_is_heading (f.table, 0));
  text = fk_heatmap_table_get_cell_text (f.table, 0, 0);
  g_assert_cmpstr (text, ==, "Governance");
  g_clear_pointer (&text, g_free);
  text = fk_heatmap_table_get_cell_text (f.table, 0, 1);
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);
  g_assert_null (fk_heatmap_table_describe_cell (f.table, 0, 1));
  g_assert_true (fk_heatmap_table_is_heading (f.table, find_item (f.table, "Operations")));

  /* The row header, then one column per layout column, titled in full. */
  view = fk_heatmap_table_get_column_view (f.table);
  columns = gtk_column_view_get_columns (view);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, f.layout->n_cols + 1);
  g_assert_cmpuint (fk_heatmap_table_get_n_pages (f.table), ==, 1);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (
    shell_test_find_matching (GTK_WIDGET (f.table), has_tooltip, "Next municipalities"))));
  for (guint c = 0; c < f.layout->n_cols; c++)
    {
      g_autoptr(GtkColumnViewColumn) col = g_list_model_get_item (columns, c + 1);

      g_assert_cmpstr (gtk_column_view_column_get_title (col), ==,
                       g_array_index (f.layout->col_labels, FkHeatmapLabel, c).full_text);
    }

  /* Uddevalla's "<b>&": its number, and a plain-text accessible label. */
  item = find_item (f.table, "<b>&");
  g_assert_false (fk_heatmap_table_is_heading (f.table, item));
  column = layout_column (f.layout, 2) + 1;
  text = fk_heatmap_table_get_cell_text (f.table, item, column);
  g_assert_cmpstr (text, ==, "3");
  spoken = fk_heatmap_table_describe_cell (f.table, item, column);
  g_assert_cmpstr (spoken, ==, "Uddevalla, <b>&: 3");
  /* The cell on screen shows that text and carries that label. */
  check_cell_label (f.table, item, column, "3", "Uddevalla, <b>&: 3");
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&spoken, g_free);
  /* The row header is plain text too. */
  label = fk_heatmap_table_get_cell_label (f.table, item, 0);
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "<b>&");
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));

  /* Dals-Ed's backup: not applicable, in words; Bengtsfors' not assessed. */
  item = find_item (f.table, "Säkerhetskopiering");
  text = fk_heatmap_table_get_cell_text (f.table, item, layout_column (f.layout, 1) + 1);
  g_assert_cmpstr (text, ==, "Not applicable");
  g_clear_pointer (&text, g_free);
  spoken = fk_heatmap_table_describe_cell (f.table, item, layout_column (f.layout, 1) + 1);
  g_assert_cmpstr (spoken, ==, "Dals-Ed, Säkerhetskopiering: Not applicable");
  g_clear_pointer (&spoken, g_free);
  text = fk_heatmap_table_get_cell_text (f.table, item, layout_column (f.layout, 0) + 1);
  g_assert_cmpstr (text, ==, "Not assessed");
  g_clear_pointer (&text, g_free);
  check_cell_label (f.table, item, layout_column (f.layout, 0) + 1, "Not assessed",
                    "Bengtsfors, Säkerhetskopiering: Not assessed");
  check_cell_label (f.table, item, layout_column (f.layout, 1) + 1, "Not applicable",
                    "Dals-Ed, Säkerhetskopiering: Not applicable");

  /* The region mean of "<b>&", (4 + 2 + 3) / 3, as the heatmap writes it. */
  text = fk_heatmap_table_get_cell_text (f.table, find_item (f.table, "<b>&"), layout_column (f.layout, -1) + 1);
  g_assert_cmpstr (text, ==, fk_heatmap_layout_find_cell (f.layout, 0, -1)->text);
  g_assert_cmpstr (text, !=, "");
  g_clear_pointer (&text, g_free);

  g_assert_null (fk_heatmap_table_get_cell_text (f.table, 99, 0));
  g_assert_null (fk_heatmap_table_get_cell_text (f.table, 0, f.layout->n_cols + 1));

  fixture_teardown (&f);
}

/* A layout with fewer municipalities: the columns and rows are replaced. */
static void
test_rebuild (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRegion) small = fk_region_new_from_data (
    "{\"format\": \"formagekarta-region\", \"format_version\": 1, \"id\": \"s\", \"name\": \"S\","
    " \"municipalities\": [{\"code\": \"1485\", \"name\": \"Uddevalla\", \"population\": 57000}]}",
    -1, "small region", &error);
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  GtkColumnView *view;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  fixture_setup (&f);
  fk_heatmap_table_set_layout (f.table, f.layout);
  gtk_test_widget_wait_for_draw (f.window);
  view = fk_heatmap_table_get_column_view (f.table);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (view)), ==, f.layout->n_cols + 1);

  snapshot = fk_round_snapshot_new (fk_round_snapshot_get_model (f.snapshot), small, 1, "R", "test",
                                    g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free));
  layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "en", NULL);
  g_assert_cmpuint (layout->n_cols, <, f.layout->n_cols);
  fk_heatmap_table_set_layout (f.table, layout);
  gtk_test_widget_wait_for_draw (f.window);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (view)), ==, layout->n_cols + 1);
  g_assert_cmpuint (fk_heatmap_table_get_n_items (f.table), ==, layout->n_rows + 2);
  text = fk_heatmap_table_get_cell_text (f.table, find_item (f.table, "Funding"), layout_column (layout, 0) + 1);
  g_assert_cmpstr (text, ==, "Not assessed");
  check_cell_label (f.table, find_item (f.table, "Funding"), layout_column (layout, 0) + 1,
                    "Not assessed", "Uddevalla, Funding: Not assessed");

  /* No layout: nothing but the row header column. */
  fk_heatmap_table_set_layout (f.table, NULL);
  g_assert_cmpuint (fk_heatmap_table_get_n_items (f.table), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (view)), ==, 1);

  fixture_teardown (&f);
}

typedef struct {
  guint n;
  int   capability;
  int   municipality;
} Activation;

static void
on_cell_activated (FkHeatmapTable *table,
                   int             capability,
                   int             municipality,
                   Activation     *a)
{
  a->n++;
  a->capability = capability;
  a->municipality = municipality;
}

/* The view's click gesture, as a click at (@x, @y) of the view runs it. */
static void
click_view (GtkColumnView *view,
            double         x,
            double         y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller)
          && gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) == GTK_PHASE_CAPTURE)
        {
          g_signal_emit_by_name (controller, "released", 1, x, y);
          return;
        }
    }
  g_error ("the view has no click gesture of the table");
}

static void
test_activate (void)
{
  Fixture f = { 0 };
  Activation a = { 0 };
  GtkColumnView *view;
  GtkWidget *label;
  graphene_point_t centre;
  guint item;

  fixture_setup (&f);
  fk_heatmap_table_set_layout (f.table, f.layout);
  gtk_test_widget_wait_for_draw (f.window);
  g_signal_connect (f.table, "cell-activated", G_CALLBACK (on_cell_activated), &a);
  view = fk_heatmap_table_get_column_view (f.table);

  /* Enter on a row: its capability, no municipality. */
  item = find_item (f.table, "Funding");
  g_signal_emit_by_name (view, "activate", item);
  g_assert_cmpuint (a.n, ==, 1);
  g_assert_cmpint (a.capability, ==, 1);
  g_assert_cmpint (a.municipality, ==, -1);

  /* An area heading does not activate. */
  g_signal_emit_by_name (view, "activate", 0);
  g_assert_cmpuint (a.n, ==, 1);

  /* A click on Dals-Ed's backup cell names both. */
  label = fk_heatmap_table_get_cell_label (f.table, find_item (f.table, "Säkerhetskopiering"),
                                          layout_column (f.layout, 1) + 1);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_compute_point (label, GTK_WIDGET (view),
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (label) / 2.f,
                                                                 gtk_widget_get_height (label) / 2.f),
                                           &centre));
  click_view (view, centre.x, centre.y);
  g_assert_cmpuint (a.n, ==, 2);
  g_assert_cmpint (a.capability, ==, 2);
  g_assert_cmpint (a.municipality, ==, 1);

  /* On the row header nothing (Enter and a double click do that). */
  label = fk_heatmap_table_get_cell_label (f.table, item, 0);
  g_assert_true (gtk_widget_compute_point (label, GTK_WIDGET (view), &GRAPHENE_POINT_INIT (2, 2), &centre));
  click_view (view, centre.x, centre.y);
  g_assert_cmpuint (a.n, ==, 2);

  fixture_teardown (&f);
}

/* ---- 290 × 200: how long it takes (printed, not asserted) ---------------- */

#define N_SYNTH_MUNICIPALITIES 290
#define N_SYNTH_CAPABILITIES   200
#define N_SYNTH_AREAS          10

static FkRoundSnapshot *
synthetic_snapshot (void)
{
  g_autoptr(GString) model_json = g_string_new ("{\"format\": \"formagekarta-model\", \"format_version\": 1,"
                                                " \"id\": \"synthetic\", \"version\": \"1.0.0\","
                                                " \"name\": {\"sv\": \"Syntetisk\"}, \"scale\": [");
  g_autoptr(GString) region_json_synth = g_string_new ("{\"format\": \"formagekarta-region\", \"format_version\": 1,"
                                                       " \"id\": \"synthetic\", \"name\": \"Synthetic\", \"municipalities\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = NULL;
  g_autoptr(FkRegion) region = NULL;
  GPtrArray *scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  const int per_area = N_SYNTH_CAPABILITIES / N_SYNTH_AREAS;

  for (int l = 0; l <= 5; l++)
    g_string_append_printf (model_json, "%s{\"level\": %d, \"name\": {\"sv\": \"Nivå %d\"}, \"meaning\": {\"sv\": \"Nivå %d.\"}}",
                            l > 0 ? ", " : "", l, l, l);
  g_string_append (model_json, "], \"areas\": [");
  for (int a = 0; a < N_SYNTH_AREAS; a++)
    g_string_append_printf (model_json, "%s{\"key\": \"o%d\", \"name\": {\"sv\": \"Område %d\"}}", a > 0 ? ", " : "", a, a);
  g_string_append (model_json, "], \"capabilities\": [");
  for (int c = 0; c < N_SYNTH_CAPABILITIES; c++)
    g_string_append_printf (model_json, "%s{\"key\": \"o%d.f%d\", \"area\": \"o%d\", \"name\": {\"sv\": \"Förmåga nummer %d\"},"
                            " \"description\": {\"sv\": \"Förmåga %d.\"}}",
                            c > 0 ? ", " : "", c / per_area, c, c / per_area, c, c);
  g_string_append (model_json, "]}");
  model = fk_model_new_from_data (model_json->str, -1, "synthetic model", &error);
  g_assert_no_error (error);

  for (int m = 0; m < N_SYNTH_MUNICIPALITIES; m++)
    g_string_append_printf (region_json_synth, "%s{\"code\": \"%04d\", \"name\": \"Kommun %d\", \"population\": %d}",
                            m > 0 ? ", " : "", 1000 + m, m, 3000 + m * 500);
  g_string_append (region_json_synth, "]}");
  region = fk_region_new_from_data (region_json_synth->str, -1, "synthetic region", &error);
  g_assert_no_error (error);

  for (int m = 0; m < N_SYNTH_MUNICIPALITIES; m++)
    for (int c = 0; c < N_SYNTH_CAPABILITIES; c++)
      {
        const FkMunicipality *muni = g_ptr_array_index (region->municipalities, m);
        const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
        FkScore *score = fk_score_new (1, muni->code, cap->key);
        guint k = m * 31 + c * 7;

        score->current = k % 17 == 0 ? FK_LEVEL_NA : k % 13 == 0 ? FK_LEVEL_UNSET : (m + c) % 6;
        g_ptr_array_add (scores, score);
      }
  return fk_round_snapshot_new (model, region, 1, "R", "synthetic", scores);
}

/* The columns of the view (the row header first) are the row header, the
 * page's municipalities and every aggregate. */
static guint
n_view_columns (FkHeatmapTable *table)
{
  return g_list_model_get_n_items (gtk_column_view_get_columns (fk_heatmap_table_get_column_view (table)));
}

static void
test_synthetic_pages (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = synthetic_snapshot ();
  g_autoptr(FkHeatmapLayout) layout = NULL;
  GtkWidget *window = gtk_window_new ();
  FkHeatmapTable *table = FK_HEATMAP_TABLE (fk_heatmap_table_new ());
  guint n_aggregates, last_page, item;
  GtkWidget *previous, *next;
  double t_layout, t_set, t_draw, t_again, t_page;
  g_autofree char *text = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (table));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  g_test_timer_start ();
  layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", NULL);
  t_layout = g_test_timer_elapsed ();

  g_test_timer_start ();
  fk_heatmap_table_set_layout (table, layout);
  t_set = g_test_timer_elapsed ();
  gtk_test_widget_wait_for_draw (window);
  t_draw = g_test_timer_elapsed ();

  /* Again, replacing a full table (the heatmap recomputed). */
  g_test_timer_start ();
  fk_heatmap_table_set_layout (table, layout);
  gtk_test_widget_wait_for_draw (window);
  t_again = g_test_timer_elapsed ();

  g_assert_cmpuint (fk_heatmap_table_get_n_items (table), ==, layout->n_rows + N_SYNTH_AREAS);
  n_aggregates = layout->n_cols - N_SYNTH_MUNICIPALITIES;
  last_page = (N_SYNTH_MUNICIPALITIES - 1) / FK_HEATMAP_TABLE_PAGE_SIZE;
  g_assert_cmpuint (fk_heatmap_table_get_n_pages (table), ==, last_page + 1);
  g_assert_cmpuint (fk_heatmap_table_get_page (table), ==, 0);
  g_assert_cmpuint (n_view_columns (table), ==, 1 + FK_HEATMAP_TABLE_PAGE_SIZE + n_aggregates);

  /* The last page: the rest of the municipalities and the aggregates. */
  g_test_timer_start ();
  fk_heatmap_table_set_page (table, last_page + 5);
  gtk_test_widget_wait_for_draw (window);
  t_page = g_test_timer_elapsed ();
  g_assert_cmpuint (fk_heatmap_table_get_page (table), ==, last_page);
  g_assert_cmpuint (n_view_columns (table), ==,
                    1 + N_SYNTH_MUNICIPALITIES - last_page * FK_HEATMAP_TABLE_PAGE_SIZE + n_aggregates);
  item = 1;   /* the first capability, after its area's heading */
  g_assert_null (fk_heatmap_table_get_cell_label (table, item, 1));
  g_assert_nonnull (fk_heatmap_table_get_cell_label (table, item, N_SYNTH_MUNICIPALITIES));
  text = fk_heatmap_table_get_cell_text (table, item, N_SYNTH_MUNICIPALITIES);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (fk_heatmap_table_get_cell_label (table, item, N_SYNTH_MUNICIPALITIES))),
                   ==, text);
  /* A new layout keeps the page. */
  fk_heatmap_table_set_layout (table, layout);
  g_assert_cmpuint (fk_heatmap_table_get_page (table), ==, last_page);

  /* The pager's buttons: at the last page, Next is off; Previous goes back. */
  previous = shell_test_find_matching (GTK_WIDGET (table), has_tooltip, "Previous municipalities");
  next = shell_test_find_matching (GTK_WIDGET (table), has_tooltip, "Next municipalities");
  g_assert_nonnull (previous);
  g_assert_nonnull (next);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (next)));
  g_assert_false (gtk_widget_get_sensitive (next));
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (table), "Municipalities 289–290 of 290"));
  g_signal_emit_by_name (previous, "clicked");
  g_assert_cmpuint (fk_heatmap_table_get_page (table), ==, last_page - 1);
  g_assert_true (gtk_widget_get_sensitive (next));
  g_signal_emit_by_name (next, "clicked");
  g_assert_cmpuint (fk_heatmap_table_get_page (table), ==, last_page);

  g_test_message ("synthetic %u municipalities × %u capabilities (%u rows, %u layout columns, "
                  "%u municipalities a page): layout %.3f s; set_layout %.3f s; "
                  "set_layout and first frame %.3f s; replaced and drawn %.3f s; "
                  "to the last page and drawn %.3f s",
                  N_SYNTH_MUNICIPALITIES, N_SYNTH_CAPABILITIES,
                  fk_heatmap_table_get_n_items (table), layout->n_cols, FK_HEATMAP_TABLE_PAGE_SIZE,
                  t_layout, t_set, t_draw, t_again, t_page);
  shell_test_destroy_window (window);
}

/* A collapsed area: its heading comes before its one row (not the area
 * before it), and the row names the area. The municipality-mean row's
 * median, range and counts are not defined: empty, not "No values". */
static void
test_collapsed_and_mean_row (void)
{
  Fixture f = { 0 };
  const char *collapsed[] = { "drift", NULL };
  FkHeatmapOptions options;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  guint item, mean_item, n_headings = 0;
  g_autofree char *text = NULL;

  fixture_setup (&f);
  fk_heatmap_options_init (&options);
  options.collapsed_areas = collapsed;
  layout = fk_heatmap_layout_new (f.snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "en", &options);
  fk_heatmap_table_set_layout (f.table, layout);
  gtk_test_widget_wait_for_draw (f.window);

  g_assert_cmpuint (fk_heatmap_table_get_n_items (f.table), ==, layout->n_rows + 2);
  for (guint i = 0; i < fk_heatmap_table_get_n_items (f.table); i++)
    n_headings += fk_heatmap_table_is_heading (f.table, i);
  g_assert_cmpuint (n_headings, ==, 2);
  item = find_item (f.table, "Operations (mean of 1 capability)");
  g_assert_false (fk_heatmap_table_is_heading (f.table, item));
  g_assert_true (fk_heatmap_table_is_heading (f.table, item - 1));
  text = fk_heatmap_table_get_cell_text (f.table, item - 1, 0);
  g_assert_cmpstr (text, ==, "Operations");
  g_clear_pointer (&text, g_free);
  /* The cell's words name the collapsed area, not a bare "Mean of …". */
  text = fk_heatmap_table_describe_cell (f.table, item, layout_column (layout, 1) + 1);
  g_assert_cmpstr (text, ==, "Dals-Ed, Operations (mean of 1 capability): Not applicable");
  g_clear_pointer (&text, g_free);

  mean_item = find_item (f.table, "Municipality mean");
  for (guint c = 0; c < layout->n_cols; c++)
    {
      const FkHeatmapCell *cell = fk_heatmap_layout_get_cell (layout, layout->n_rows - 1, c);

      text = fk_heatmap_table_get_cell_text (f.table, mean_item, c + 1);
      if (cell->column_kind == FK_HEATMAP_COLUMN_MUNICIPALITY || cell->column_kind == FK_HEATMAP_COLUMN_MEAN)
        g_assert_cmpstr (text, !=, "");
      else
        g_assert_cmpstr (text, ==, "");
      g_clear_pointer (&text, g_free);
    }
  fixture_teardown (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmpdir = shell_test_setup_tmpdir ();
  int ret;

  /* GTK's own test context keeps accessible properties for
   * gtk_test_accessible_assert_property() (the suite runs with none). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

  g_test_add_func ("/ui/heatmap-table/rows-and-columns", test_rows_and_columns);
  g_test_add_func ("/ui/heatmap-table/rebuild", test_rebuild);
  g_test_add_func ("/ui/heatmap-table/activate", test_activate);
  g_test_add_func ("/ui/heatmap-table/collapsed-and-mean-row", test_collapsed_and_mean_row);
  g_test_add_func ("/ui/heatmap-table/synthetic-290x200", test_synthetic_pages);

  ret = g_test_run ();
  shell_test_remove_tree (tmpdir);
  return ret;
}
