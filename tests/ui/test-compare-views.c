/* test-compare-views.c — the Compare page's grid: "compare.grid" switches
 * the heatmap between the capabilities, the area overview and the change
 * between rounds (the layout's rows and cells follow, the choice is kept
 * in GSettings), the change reads the "From" round (by default the one
 * before), the export writes what is shown, and a study of one round
 * does not offer the change until it has a second.
 * Set FK_TEST_OUTPUT_DIR to keep PNGs of the page. */
#include "config.h"

#include "fk-compare-page.h"
#include "fk-heatmap-view.h"
#include "fk-core.h"
#include "fk-test-util.h"
#include "shell-test-util.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#define APP_ID "se.fyrbodal.Formagekarta"

typedef struct {
  char    *dir;
  FkStudy *study;
} Fixture;

static void
set_level (FkStudy    *study,
           gint64      round_id,
           const char *code,
           const char *capability,
           int         current)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) score = fk_score_new (round_id, code, capability);

  score->current = current;
  fk_study_set_score (study, score, &error);
  g_assert_no_error (error);
}

/* The minimal model and region; round "R1" as fk_test_two_rounds() (R2
 * only with @two_rounds):
 *                 strategi   finansiering   säkerhetskopiering
 *   1438  R1 → R2   2 → 4       3 → 3          n/a → n/a
 *   1484            1 → 0       – → 2          4 → 4
 *   1488            3 → 3       3 → –          – → 1          */
static void
fixture_setup (Fixture  *f,
               gboolean  two_rounds)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *model_path = fk_test_data_path ("models/minimal.json");
  g_autofree char *region_path = fk_test_data_path ("regions/minimal.json");
  g_autofree char *region_json = NULL;
  g_autofree char *path = NULL;
  g_autoptr(FkModel) model = fk_model_new_from_file (model_path, &error);
  g_autoptr(FkRegion) region = NULL;
  static const char *codes[] = { "1438", "1484", "1488" };
  static const char *caps[] = { "styrning.strategi", "styrning.finansiering", "drift.sakerhetskopiering" };
  enum { N = FK_LEVEL_UNSET, NA = FK_LEVEL_NA };
  static const int r1[3][3] = { { 2, 3, NA }, { 1, N, 4 }, { 3, 3, N } };
  static const int r2[3][3] = { { 4, 3, NA }, { 0, 2, 4 }, { 3, N, 1 } };
  gint64 id;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (region_path, &region_json, NULL, &error));
  region = fk_region_new_from_data (region_json, -1, "region", &error);
  g_assert_no_error (error);
  f->dir = g_dir_make_tmp ("fk-compare-views-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "views.fkarta", NULL);
  f->study = fk_study_create (path, model, region, "Views", "en", "R1", &error);
  g_assert_no_error (error);
  id = fk_study_get_latest_round (f->study)->id;
  for (guint m = 0; m < 3; m++)
    for (guint c = 0; c < 3; c++)
      if (r1[m][c] != N)
        set_level (f->study, id, codes[m], caps[c], r1[m][c]);
  if (!two_rounds)
    return;
  id = fk_study_add_round (f->study, "R2", NULL, &error)->id;
  g_assert_no_error (error);
  for (guint m = 0; m < 3; m++)
    for (guint c = 0; c < 3; c++)
      if (r2[m][c] != N)
        set_level (f->study, id, codes[m], caps[c], r2[m][c]);
}

static void
fixture_teardown (Fixture *f)
{
  g_assert_finalize_object (f->study);
  shell_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
flush_main_context (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkWidget *
show_page (Fixture        *f,
           GtkWidget     **page,
           FkHeatmapView **heatmap)
{
  GtkWidget *window = gtk_window_new ();

  *page = fk_compare_page_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), *page);
  fk_compare_page_set_study (FK_COMPARE_PAGE (*page), f->study);
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (window);
  *heatmap = fk_compare_page_get_heatmap (FK_COMPARE_PAGE (*page));
  return window;
}

static void
choose_grid (GtkWidget  *window,
             GtkWidget  *page,
             const char *word)
{
  g_assert_true (gtk_widget_activate_action (page, "compare.grid", "s", word));
  flush_main_context ();
  gtk_test_widget_wait_for_draw (window);
}

static GtkWidget *find_grid_button (GtkWidget  *widget,
                                    const char *word);

/* The state of compare.grid, as its toggle buttons show it. */
static char *
grid_state (GtkWidget *page)
{
  static const char *words[] = { "capabilities", "areas", "change" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_grid_button (page, words[i]))))
      return g_strdup (words[i]);
  return NULL;
}

/* The toggle button of compare.grid @word. */
static GtkWidget *
find_grid_button (GtkWidget  *widget,
                  const char *word)
{
  if (GTK_IS_TOGGLE_BUTTON (widget)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "compare.grid") == 0
      && g_str_equal (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget)), NULL), word))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_grid_button (child, word);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static int
column_of (const FkHeatmapLayout *layout,
           int                    municipality)
{
  for (guint c = 0; c < layout->columns->len; c++)
    if (g_array_index (layout->columns, FkHeatmapColumn, c).municipality == municipality)
      return (int) c;
  return -1;
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (fk_compare_page_export_finish (FK_COMPARE_PAGE (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_grid (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  Fixture f = { 0 };
  FkHeatmapView *heatmap;
  GtkWidget *window, *page;
  const FkHeatmapLayout *layout;
  const FkHeatmapCell *cell;
  GPtrArray *rounds;
  g_autofree char *state = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *contents = NULL;
  gboolean done = FALSE;

  g_settings_reset (settings, "heatmap-grid");
  fixture_setup (&f, TRUE);
  rounds = fk_study_get_rounds (f.study);
  window = show_page (&f, &page, &heatmap);

  /* The capabilities first: a row per capability. */
  state = grid_state (page);
  g_assert_cmpstr (state, ==, "capabilities");
  layout = fk_heatmap_view_get_layout (heatmap);
  g_assert_cmpint (layout->grid, ==, FK_HEATMAP_GRID_CAPABILITIES);
  g_assert_cmpint (g_array_index (layout->rows, FkHeatmapRow, 0).kind, ==, FK_HEATMAP_ROW_CAPABILITY);
  g_assert_true (gtk_widget_get_sensitive (find_grid_button (page, "change")));

  /* The areas: two rows of area means and the mean row, kept in GSettings. */
  choose_grid (window, page, "areas");
  layout = fk_heatmap_view_get_layout (heatmap);
  g_assert_cmpint (layout->grid, ==, FK_HEATMAP_GRID_AREAS);
  g_assert_cmpuint (layout->n_rows, ==, 3);
  for (guint r = 0; r < 2; r++)
    {
      g_assert_cmpint (g_array_index (layout->rows, FkHeatmapRow, r).kind, ==, FK_HEATMAP_ROW_AREA);
      g_assert_cmpint (g_array_index (layout->rows, FkHeatmapRow, r).capability, ==, -1);
    }
  /* R2: Dals-Ed's styrning (4 + 3) / 2. */
  cell = fk_heatmap_layout_get_cell (layout, 0, column_of (layout, 0));
  g_assert_cmpfloat (cell->value, ==, 3.5);
  kept = g_settings_get_string (settings, "heatmap-grid");
  g_assert_cmpstr (kept, ==, "areas");
  shell_test_save_png (window, "compare-areas.png");

  /* The change from R1 (the round before R2) to R2. */
  g_assert_nonnull (shell_test_find_label (page, "Round"));
  choose_grid (window, page, "change");
  /* The round shown is then what the change goes to. */
  g_assert_null (shell_test_find_label (page, "Round"));
  g_assert_nonnull (shell_test_find_label (page, "To"));
  layout = fk_heatmap_view_get_layout (heatmap);
  g_assert_cmpint (layout->grid, ==, FK_HEATMAP_GRID_CHANGE);
  g_assert_nonnull (fk_heatmap_view_get_baseline (heatmap));
  g_assert_cmpint (fk_round_snapshot_get_round_id (fk_heatmap_view_get_baseline (heatmap)), ==,
                   ((FkRound *) rounds->pdata[0])->id);
  g_assert_nonnull (strstr (layout->title.text, "R1 → R2"));
  cell = fk_heatmap_layout_find_cell (layout, 0, 0);
  g_assert_cmpint (cell->kind, ==, FK_HEATMAP_CELL_VALUE);
  g_assert_cmpfloat (cell->value, ==, 2);
  g_assert_cmpint (fk_heatmap_layout_find_cell (layout, 1, 1)->kind, ==, FK_HEATMAP_CELL_NEWLY_ASSESSED);
  g_assert_cmpint (fk_heatmap_layout_find_cell (layout, 1, 2)->kind, ==, FK_HEATMAP_CELL_NO_LONGER_ASSESSED);
  g_assert_cmpint (fk_heatmap_layout_find_cell (layout, 0, 2)->kind, ==, FK_HEATMAP_CELL_UNCHANGED);
  shell_test_save_png (window, "compare-change.png");

  /* The study changes in the baseline round: the change follows. */
  set_level (f.study, ((FkRound *) rounds->pdata[0])->id, "1438", "styrning.strategi", 3);
  flush_main_context ();
  layout = fk_heatmap_view_get_layout (heatmap);
  g_assert_cmpfloat (fk_heatmap_layout_find_cell (layout, 0, 0)->value, ==, 1);

  /* The export writes what is shown: the change, with both round names. */
  pdf = g_build_filename (f.dir, "change.pdf", NULL);
  {
    g_autoptr(GFile) file = g_file_new_for_path (pdf);

    fk_compare_page_export_async (FK_COMPARE_PAGE (page), file, FK_HEATMAP_FORMAT_PDF, NULL, on_exported, &done);
    while (!done)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  /* Back to the capabilities: no baseline read. */
  choose_grid (window, page, "capabilities");
  layout = fk_heatmap_view_get_layout (heatmap);
  g_assert_cmpint (layout->grid, ==, FK_HEATMAP_GRID_CAPABILITIES);
  g_assert_null (fk_heatmap_view_get_baseline (heatmap));
  /* An unknown word leaves the state alone. */
  g_assert_true (gtk_widget_activate_action (page, "compare.grid", "s", "rounds"));
  g_free (state);
  state = grid_state (page);
  g_assert_cmpstr (state, ==, "capabilities");

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "heatmap-grid");
  fixture_teardown (&f);
}

/* The "From" round: chosen, and for the first round as "to" the other. */
static void
test_from_round (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  Fixture f = { 0 };
  FkHeatmapView *heatmap;
  GtkWidget *window, *page;
  const FkHeatmapLayout *layout;
  GPtrArray *rounds;
  gint64 r1, r2;

  g_settings_set_string (settings, "heatmap-grid", "change");
  fixture_setup (&f, TRUE);
  rounds = fk_study_get_rounds (f.study);
  r1 = ((FkRound *) rounds->pdata[0])->id;
  r2 = ((FkRound *) rounds->pdata[1])->id;
  window = show_page (&f, &page, &heatmap);

  /* The change kept in GSettings is shown at once. */
  layout = fk_heatmap_view_get_layout (heatmap);
  g_assert_cmpint (layout->grid, ==, FK_HEATMAP_GRID_CHANGE);
  g_assert_cmpint (fk_heatmap_view_get_round_id (heatmap), ==, r2);
  g_assert_cmpint (fk_heatmap_view_get_baseline_round_id (heatmap), ==, r1);

  /* R1 as the later round: the change backwards from R2. */
  fk_heatmap_view_set_round_id (heatmap, r1);
  g_assert_cmpint (fk_heatmap_view_get_round_id (heatmap), ==, r1);
  fk_heatmap_view_set_baseline_round_id (heatmap, r2);
  fk_heatmap_view_ensure_current (heatmap);
  layout = fk_heatmap_view_get_layout (heatmap);
  g_assert_nonnull (strstr (layout->title.text, "R2 → R1"));
  g_assert_cmpfloat (fk_heatmap_layout_find_cell (layout, 0, 0)->value, ==, -2);

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "heatmap-grid");
  fixture_teardown (&f);
}

/* One round: the change is not offered, and says why, until a second
 * round is added. */
static void
test_one_round (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  Fixture f = { 0 };
  FkHeatmapView *heatmap;
  GtkWidget *window, *page, *button;
  g_autofree char *state = NULL;
  const char *tooltip;

  g_settings_reset (settings, "heatmap-grid");
  fixture_setup (&f, FALSE);
  window = show_page (&f, &page, &heatmap);
  button = find_grid_button (page, "change");
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_sensitive (button));
  tooltip = gtk_widget_get_tooltip_text (button);
  g_assert_nonnull (strstr (tooltip, "two assessment rounds"));

  g_assert_true (gtk_widget_activate_action (page, "compare.grid", "s", "change"));
  flush_main_context ();
  state = grid_state (page);
  g_assert_cmpstr (state, ==, "capabilities");
  g_assert_cmpint (fk_heatmap_view_get_layout (heatmap)->grid, ==, FK_HEATMAP_GRID_CAPABILITIES);

  /* A second round: the change is offered. */
  fk_study_add_round (f.study, "R2", NULL, &error);
  g_assert_no_error (error);
  flush_main_context ();
  g_assert_true (gtk_widget_get_sensitive (button));
  choose_grid (window, page, "change");
  g_assert_cmpint (fk_heatmap_view_get_layout (heatmap)->grid, ==, FK_HEATMAP_GRID_CHANGE);

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "heatmap-grid");
  fixture_teardown (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmpdir = NULL;
  int ret;

  tmpdir = shell_test_setup_tmpdir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

  g_test_add_func ("/ui/compare-views/grid", test_grid);
  g_test_add_func ("/ui/compare-views/from-round", test_from_round);
  g_test_add_func ("/ui/compare-views/one-round", test_one_round);

  ret = g_test_run ();
  shell_test_remove_tree (tmpdir);
  return ret;
}
