/* test-candidates-present.c — the Candidates page shown to others:
 * "Show in Heatmap" that brings the row into view, the figure exported
 * from the page, the text zoom and presenting (issue 11)
 *
 * A Fyrbodal study with every capability scored by every municipality
 * (levels spread by a formula, so that every capability is ranked and
 * the heatmap is taller than the window). The rankings are computed in
 * a worker thread: the test iterates the main loop until the page is
 * done, never sleeps. Keys are given as GTK would (shell_test_press()).
 * Under Xvfb without a window manager a window never becomes fullscreen
 * (gtk_window_is_fullscreen() stays FALSE): what is checked is what the
 * window and the page do themselves.
 * Set FK_TEST_OUTPUT_DIR to keep PNGs of the window. */
#include "config.h"

#include "fk-candidates-page-private.h"
#include "fk-compare-page.h"
#include "fk-heatmap-view.h"
#include "fk-window.h"
#include "fk-core.h"
#include "fk-test-util.h"
#include "shell-test-util.h"

#include <adwaita.h>
#include <string.h>

typedef struct {
  char             *dir;
  FkStudy          *study;
  GtkWidget        *window;
  FkCandidatesPage *page;
  GSettings        *settings;
} Fixture;

static void
fill_study (FkStudy *study)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  FkModel *model = fk_study_get_model (study);
  FkRegion *region = fk_study_get_region (study);
  gint64 round_id = fk_study_get_latest_round (study)->id;

  for (guint c = 0; c < model->capabilities->len; c++)
    for (guint r = 0; r < region->municipalities->len; r++)
      {
        const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
        const FkMunicipality *m = g_ptr_array_index (region->municipalities, r);
        FkScore *s = fk_score_new (round_id, m->code, cap->key);

        s->current = 1 + (int) ((c * 7 + r * 3) % 5);
        s->target = MIN (5, s->current + 1);
        s->sustain = (c + r) % 3 == 0 ? FK_SUSTAIN_NO : FK_SUSTAIN_YES;
        s->key_person = (c + 2 * r) % 4 == 0 ? FK_KEY_PERSON_YES : FK_KEY_PERSON_NO;
        s->interest = (c + r) % 2 == 0 ? FK_INTEREST_YES : FK_INTEREST_MAYBE;
        g_ptr_array_add (scores, s);
      }
  fk_study_set_scores (study, scores, &error);
  g_assert_no_error (error);
}

static void
draw (GtkWidget *window)
{
  for (int i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (window);
}

static void
wait_ranked (FkCandidatesPage *page)
{
  while (fk_candidates_page_is_busy (page))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  static const char *const keys[] = {
    "heatmap-anonymize", "heatmap-grid", "heatmap-capability-order", "last-view",
    "candidates-text-scale", "presentation-scale", "palette",
  };
  g_autoptr(GError) error = NULL;

  f->settings = g_settings_new ("se.fyrbodal.Formagekarta");
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (f->settings, keys[i]);
  f->dir = g_dir_make_tmp ("fk-candidates-present-XXXXXX", &error);
  g_assert_no_error (error);
  f->study = shell_test_create_study (f->dir, "present.fkarta", "Presentera", NULL);
  fill_study (f->study);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_pointer (&f->window, shell_test_destroy_window);
  g_clear_object (&f->study);
  shell_test_remove_tree (f->dir);
  g_free (f->dir);
  g_clear_object (&f->settings);
}

/* The whole window at 1920 × 1080 on the Candidates page. */
static void
show_window (Fixture *f)
{
  f->window = GTK_WIDGET (fk_window_new (NULL, f->study));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1920, 1080);
  gtk_window_present (GTK_WINDOW (f->window));
  fk_window_set_visible_page (FK_WINDOW (f->window), "candidates");
  f->page = FK_CANDIDATES_PAGE (shell_test_find_descendant (f->window, FK_TYPE_CANDIDATES_PAGE));
  g_assert_nonnull (f->page);
  draw (f->window);
  wait_ranked (f->page);
  draw (f->window);
}

static FkComparePage *
compare_page (Fixture *f)
{
  return FK_COMPARE_PAGE (shell_test_find_descendant (f->window, FK_TYPE_COMPARE_PAGE));
}

/* ---- Show in Heatmap ------------------------------------------------------- */

/* The last capability of the model: its area is the last, at the bottom
 * of the heatmap, out of sight in a window of 1080 px. */
static guint
last_capability (Fixture *f)
{
  return fk_study_get_model (f->study)->capabilities->len - 1;
}

/* Opens @capability on the Candidates page, then "Show in Heatmap", and
 * checks that the heatmap shows its row: the capability grid, the cursor
 * on the row, the row between the frozen panes (scrolled there), the
 * panel on it, the focus on the heatmap. */
static void
show_and_check (Fixture    *f,
                guint       capability,
                const char *png)
{
  FkComparePage *compare;
  FkHeatmapView *heatmap;
  const FkHeatmapLayout *layout;
  GtkAdjustment *vadj;
  guint row = G_MAXUINT, first = 0, last = 0;

  fk_window_set_visible_page (FK_WINDOW (f->window), "candidates");
  draw (f->window);
  fk_candidates_page_open (f->page, capability);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "candidates.show-in-heatmap", NULL);
  draw (f->window);
  shell_test_save_png (f->window, png);

  g_assert_cmpstr (fk_window_get_visible_page (FK_WINDOW (f->window)), ==, "compare");
  compare = compare_page (f);
  heatmap = fk_compare_page_get_heatmap (compare);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (heatmap)));
  g_assert_cmpint (fk_heatmap_view_get_grid (heatmap), ==, FK_HEATMAP_GRID_CAPABILITIES);
  layout = fk_heatmap_view_get_layout (heatmap);
  g_assert_nonnull (layout);
  fk_heatmap_view_get_cursor (heatmap, &row, NULL);
  g_assert_cmpuint (row, <, layout->n_rows);
  g_assert_cmpint (g_array_index (layout->rows, FkHeatmapRow, row).capability, ==, (int) capability);
  /* Scrolled down to it: the adjustment moved, and the row is in sight. */
  vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (heatmap));
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadj), >, gtk_adjustment_get_page_size (vadj));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, 0);
  g_assert_true (fk_heatmap_view_get_visible_cells (heatmap, &first, &last, NULL, NULL));
  g_assert_cmpuint (first, <=, row);
  g_assert_cmpuint (row, <=, last);
  g_assert_true (fk_compare_page_get_panel_shown (compare));
  g_assert_cmpint (fk_capability_panel_get_capability (fk_compare_page_get_panel (compare)), ==, (int) capability);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window)) == GTK_WIDGET (heatmap));
}

/* The Compare page never shown before: hidden until the switch. */
static void
test_heatmap_hidden (Fixture       *f,
                     gconstpointer  data)
{
  show_window (f);
  show_and_check (f, last_capability (f), "present-heatmap-last.png");
}

/* The Compare page shown at the top first, then left: the heatmap is
 * laid out at another scroll and zoom, and comes back hidden. */
static void
test_heatmap_scrolled_back (Fixture       *f,
                            gconstpointer  data)
{
  show_window (f);
  fk_window_set_visible_page (FK_WINDOW (f->window), "compare");
  draw (f->window);
  show_and_check (f, last_capability (f), "present-heatmap-again.png");
  /* And back up to the first capability. */
  show_and_check (f, 0, "present-heatmap-first.png");
}

/* The capability's area collapsed into one row: expanded. */
static void
test_heatmap_collapsed (Fixture       *f,
                        gconstpointer  data)
{
  FkHeatmapView *heatmap;
  const FkCapability *cap;
  const char *const *collapsed;

  show_window (f);
  fk_window_set_visible_page (FK_WINDOW (f->window), "compare");
  draw (f->window);
  heatmap = fk_compare_page_get_heatmap (compare_page (f));
  cap = g_ptr_array_index (fk_study_get_model (f->study)->capabilities, last_capability (f));
  fk_heatmap_view_toggle_area (heatmap, cap->area);
  g_assert_true (g_strv_contains (fk_heatmap_view_get_options (heatmap)->collapsed_areas, cap->area));
  show_and_check (f, last_capability (f), "present-heatmap-collapsed.png");
  collapsed = fk_heatmap_view_get_options (heatmap)->collapsed_areas;
  g_assert_true (collapsed == NULL || !g_strv_contains (collapsed, cap->area));
}

/* The area overview shown, or the table, or another order of the
 * capabilities: the capability grid, the heatmap, the row where it is. */
static void
test_heatmap_other_views (Fixture       *f,
                          gconstpointer  data)
{
  FkComparePage *compare;

  show_window (f);
  fk_window_set_visible_page (FK_WINDOW (f->window), "compare");
  draw (f->window);
  compare = compare_page (f);
  gtk_widget_activate_action (GTK_WIDGET (compare), "compare.grid", "s", "areas");
  draw (f->window);
  g_assert_cmpint (fk_heatmap_view_get_grid (fk_compare_page_get_heatmap (compare)), ==, FK_HEATMAP_GRID_AREAS);
  show_and_check (f, last_capability (f), "present-heatmap-from-areas.png");
  /* As if the user chose "Capabilities": the kept choice follows. */
  g_assert_cmpstr (g_settings_get_string (f->settings, "heatmap-grid"), ==, "capabilities");

  gtk_widget_activate_action (GTK_WIDGET (compare), "compare.view", "s", "table");
  gtk_widget_activate_action (GTK_WIDGET (compare), "compare.capability-order", "s", "mean");
  draw (f->window);
  show_and_check (f, last_capability (f), "present-heatmap-from-table.png");
  show_and_check (f, last_capability (f) - 3, "present-heatmap-ordered.png");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

  g_test_add ("/candidates-present/heatmap/hidden", Fixture, NULL, fixture_setup, test_heatmap_hidden, fixture_teardown);
  g_test_add ("/candidates-present/heatmap/scrolled-back", Fixture, NULL, fixture_setup, test_heatmap_scrolled_back, fixture_teardown);
  g_test_add ("/candidates-present/heatmap/collapsed", Fixture, NULL, fixture_setup, test_heatmap_collapsed, fixture_teardown);
  g_test_add ("/candidates-present/heatmap/other-views", Fixture, NULL, fixture_setup, test_heatmap_other_views, fixture_teardown);
  return g_test_run ();
}
