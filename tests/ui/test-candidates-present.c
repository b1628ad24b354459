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
#include "fk-candidate-bar.h"
#include "fk-candidates-chart.h"
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
 * panel on it, the focus on the heatmap. @scrolled: the heatmap must
 * have scrolled down to it (not for a row at the top). */
static void
show_and_check_scroll (Fixture    *f,
                       guint       capability,
                       gboolean    scrolled,
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
  if (scrolled)
    g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, 0);
  g_assert_true (fk_heatmap_view_get_visible_cells (heatmap, &first, &last, NULL, NULL));
  g_assert_cmpuint (first, <=, row);
  g_assert_cmpuint (row, <=, last);
  g_assert_true (fk_compare_page_get_panel_shown (compare));
  g_assert_cmpint (fk_capability_panel_get_capability (fk_compare_page_get_panel (compare)), ==, (int) capability);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window)) == GTK_WIDGET (heatmap));
}

static void
show_and_check (Fixture    *f,
                guint       capability,
                const char *png)
{
  show_and_check_scroll (f, capability, TRUE, png);
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
  show_and_check_scroll (f, 0, FALSE, "present-heatmap-first.png");
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (fk_compare_page_get_heatmap (compare_page (f))))),
                     ==, 0);
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
  {
    g_autofree char *grid = g_settings_get_string (f->settings, "heatmap-grid");

    g_assert_cmpstr (grid, ==, "capabilities");
  }

  gtk_widget_activate_action (GTK_WIDGET (compare), "compare.view", "s", "table");
  gtk_widget_activate_action (GTK_WIDGET (compare), "compare.capability-order", "s", "mean");
  draw (f->window);
  show_and_check (f, last_capability (f), "present-heatmap-from-table.png");
  show_and_check (f, last_capability (f) - 3, "present-heatmap-ordered.png");
}

/* ---- export ------------------------------------------------------------------ */

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;

  if (!fk_candidates_page_export_finish (FK_CANDIDATES_PAGE (source), result, error))
    g_assert_nonnull (*error);
  else
    *error = (GError *) 1;   /* done, no error */
}

/* Exports the page's figure to @name in the fixture's folder; its path. */
static char *
export (Fixture        *f,
        const char     *name,
        FkExportFormat  format,
        guint           limit)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GError *error = NULL;

  fk_candidates_page_export_async (f->page, file, format, limit, NULL, on_exported, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (error != (GError *) 1)
    g_error ("%s", error->message);
  return g_steal_pointer (&path);
}

static gboolean
starts_with (const char *path,
             const char *magic)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return length > strlen (magic) && memcmp (contents, magic, strlen (magic)) == 0;
}

/* The PDF's text by pdftotext, or NULL without it. */
static char *
pdf_text (const char *path)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { NULL, "-enc", "UTF-8", path, "-", NULL };
  int status = 0;

  if (program == NULL)
    return NULL;
  argv[0] = program;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* The figure's texts as the chart makes them for the page's ranking. */
static char *
chart_text (Fixture      *f,
            FkAnonymizer *anonymizer,
            guint         limit)
{
  FkCandidatesChartOptions options;
  g_autoptr(FkCandidatesChart) chart = NULL;
  GString *text = g_string_new (NULL);

  fk_candidates_chart_options_init (&options);
  options.anonymizer = anonymizer;
  options.limit = limit;
  chart = fk_candidates_chart_new (fk_candidates_page_get_candidates (f->page), &options);
  for (guint i = 0; i < chart->texts->len; i++)
    g_string_append_printf (text, "%s\n", g_array_index (chart->texts, FkCandidatesText, i).text);
  return g_string_free (text, FALSE);
}

/* Whether @text names a municipality of the study's region. */
static gboolean
names_a_municipality (FkStudy    *study,
                      const char *text)
{
  FkRegion *region = fk_study_get_region (study);

  for (guint i = 0; i < region->municipalities->len; i++)
    if (strstr (text, ((const FkMunicipality *) g_ptr_array_index (region->municipalities, i))->name) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkAnonymizer) anonymizer = NULL;
  g_autofree char *png = NULL, *svg = NULL, *pdf = NULL, *all = NULL, *anon = NULL;
  g_autofree char *text = NULL, *anon_text = NULL;
  g_autofree char *svg_contents = NULL, *all_contents = NULL;
  g_autofree char *display = NULL;
  const FkMunicipality *first = g_ptr_array_index (fk_study_get_region (f->study)->municipalities, 0);

  show_window (f);
  g_assert_nonnull (fk_candidates_page_get_candidates (f->page));
  png = export (f, "top.png", FK_EXPORT_FORMAT_PNG, 10);
  g_assert_true (starts_with (png, "\x89PNG\r\n"));
  svg = export (f, "top.svg", FK_EXPORT_FORMAT_SVG, 10);
  g_assert_true (g_file_get_contents (svg, &svg_contents, NULL, NULL));
  g_assert_nonnull (strstr (svg_contents, "<svg"));
  pdf = export (f, "top.pdf", FK_EXPORT_FORMAT_PDF, 10);
  g_assert_true (starts_with (pdf, "%PDF-"));
  /* All the candidates: a longer figure than the ten best. */
  all = export (f, "all.svg", FK_EXPORT_FORMAT_SVG, 0);
  g_assert_true (g_file_get_contents (all, &all_contents, NULL, NULL));
  g_assert_cmpuint (strlen (all_contents), >, strlen (svg_contents));

  /* With real names, municipalities are named (participants, hosts). */
  text = pdf_text (pdf);
  if (text == NULL)
    text = chart_text (f, NULL, 10);
  g_assert_true (names_a_municipality (f->study, text));

  /* Anonymised: letters, and no municipality named anywhere. */
  anonymizer = fk_anonymizer_new_for_study (f->study, NULL, &error);
  g_assert_no_error (error);
  fk_candidates_page_set_anonymizer (f->page, anonymizer);
  wait_ranked (f->page);
  anon = export (f, "anon.pdf", FK_EXPORT_FORMAT_PDF, 0);
  g_assert_true (starts_with (anon, "%PDF-"));
  anon_text = pdf_text (anon);
  if (anon_text == NULL)
    anon_text = chart_text (f, anonymizer, 0);
  g_assert_false (names_a_municipality (f->study, anon_text));
  /* "Municipality A": its first word (the letter may wrap to the next line). */
  display = fk_anonymizer_get_display_name (anonymizer, first->code);
  *strchr (display, ' ') = '\0';
  g_assert_nonnull (strstr (anon_text, display));
}

/* ---- zoom and presenting ---------------------------------------------------------- */

static FkCandidateBar *
first_bar (Fixture *f)
{
  GtkWidget *bar = shell_test_find_descendant (GTK_WIDGET (fk_candidates_page_get_list (f->page)),
                                               FK_TYPE_CANDIDATE_BAR);

  g_assert_nonnull (bar);
  return FK_CANDIDATE_BAR (bar);
}

static int
first_row_height (Fixture *f)
{
  return gtk_widget_get_height (GTK_WIDGET (gtk_list_box_get_row_at_index (fk_candidates_page_get_list (f->page), 0)));
}

static void
test_zoom (Fixture       *f,
           gconstpointer  data)
{
  int bar_height, row_height;

  show_window (f);
  g_assert_cmpint (fk_candidates_page_get_text_percent (f->page), ==, 100);
  bar_height = gtk_widget_get_height (GTK_WIDGET (first_bar (f)));
  row_height = first_row_height (f);

  /* Ctrl+plus, four times: 200 %, kept in the settings. */
  for (int i = 0; i < 4; i++)
    g_assert_true (shell_test_press (f->page, GDK_KEY_plus, GDK_CONTROL_MASK));
  draw (f->window);
  shell_test_save_png (f->window, "present-zoom-200.png");
  g_assert_cmpint (fk_candidates_page_get_text_percent (f->page), ==, 200);
  g_assert_cmpint (g_settings_get_int (f->settings, "candidates-text-scale"), ==, 200);
  /* The text and the bar grew with it. */
  g_assert_cmpint (first_row_height (f), >, row_height * 3 / 2);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (first_bar (f))), >, bar_height * 3 / 2);

  /* Up to 250 % and no further; Ctrl+minus a step down. */
  for (int i = 0; i < 4; i++)
    shell_test_press (f->page, GDK_KEY_plus, GDK_CONTROL_MASK);
  g_assert_cmpint (fk_candidates_page_get_text_percent (f->page), ==, 250);
  g_assert_true (shell_test_press (f->page, GDK_KEY_minus, GDK_CONTROL_MASK));
  g_assert_cmpint (g_settings_get_int (f->settings, "candidates-text-scale"), ==, 225);

  /* Another window (or the settings) changing the key: followed. */
  g_settings_set_int (f->settings, "candidates-text-scale", 150);
  g_assert_cmpint (fk_candidates_page_get_text_percent (f->page), ==, 150);

  /* Ctrl+0: the usual size, and the page as without zoom. */
  g_assert_true (shell_test_press (f->page, GDK_KEY_0, GDK_CONTROL_MASK));
  draw (f->window);
  g_assert_cmpint (fk_candidates_page_get_text_percent (f->page), ==, 100);
  g_assert_cmpint (g_settings_get_int (f->settings, "candidates-text-scale"), ==, 100);
  g_assert_cmpint (first_row_height (f), ==, row_height);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (first_bar (f))), ==, bar_height);
}

/* A new page starts at the zoom kept. */
static void
test_zoom_kept (Fixture       *f,
                gconstpointer  data)
{
  g_settings_set_int (f->settings, "candidates-text-scale", 175);
  show_window (f);
  g_assert_cmpint (fk_candidates_page_get_text_percent (f->page), ==, 175);
}

static void
test_present (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *header_bar;
  FkComparePage *compare;

  show_window (f);
  header_bar = shell_test_template_child (f->window, FK_TYPE_WINDOW, "header_bar");
  compare = compare_page (f);
  g_settings_set_double (f->settings, "presentation-scale", 1.75);
  fk_candidates_page_open (f->page, 0);
  draw (f->window);

  /* F11 on the Candidates page: that page, presenting. */
  g_assert_true (shell_test_press (f->window, GDK_KEY_F11, 0));
  draw (f->window);
  shell_test_save_png (f->window, "present-candidates.png");
  g_assert_true (fk_window_get_presenting (FK_WINDOW (f->window)));
  g_assert_cmpstr (fk_window_get_visible_page (FK_WINDOW (f->window)), ==, "candidates");
  g_assert_true (fk_candidates_page_get_presenting (f->page));
  g_assert_false (fk_compare_page_get_presenting (compare));
  g_assert_false (gtk_widget_get_visible (header_bar));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (fk_candidates_page_get_panel (f->page))));
  g_assert_cmpint (fk_candidates_page_get_text_percent (f->page), ==, 175);
  /* The zoom kept is not the presentation's. */
  g_assert_cmpint (g_settings_get_int (f->settings, "candidates-text-scale"), ==, 100);

  /* Escape leaves; everything back. */
  g_assert_true (shell_test_press (f->page, GDK_KEY_Escape, 0));
  draw (f->window);
  g_assert_false (fk_window_get_presenting (FK_WINDOW (f->window)));
  g_assert_false (fk_candidates_page_get_presenting (f->page));
  g_assert_true (gtk_widget_get_visible (header_bar));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (fk_candidates_page_get_panel (f->page))));
  g_assert_true (fk_candidates_page_get_detail_shown (f->page));
  g_assert_cmpint (fk_candidates_page_get_text_percent (f->page), ==, 100);

  /* F11 in and F11 out. */
  g_assert_true (shell_test_press (f->window, GDK_KEY_F11, 0));
  g_assert_true (fk_candidates_page_get_presenting (f->page));
  g_assert_true (shell_test_press (f->window, GDK_KEY_F11, 0));
  g_assert_false (fk_candidates_page_get_presenting (f->page));
  g_assert_false (fk_window_get_presenting (FK_WINDOW (f->window)));

  /* Another page shown while presenting: presenting ends. */
  g_assert_true (shell_test_press (f->window, GDK_KEY_F11, 0));
  fk_window_set_visible_page (FK_WINDOW (f->window), "overview");
  g_assert_false (fk_candidates_page_get_presenting (f->page));
  g_assert_false (fk_window_get_presenting (FK_WINDOW (f->window)));

  /* From the Compare page, F11 is still the Compare page's presentation. */
  fk_window_set_visible_page (FK_WINDOW (f->window), "compare");
  g_assert_true (shell_test_press (f->window, GDK_KEY_F11, 0));
  g_assert_true (fk_compare_page_get_presenting (compare));
  g_assert_false (fk_candidates_page_get_presenting (f->page));
  g_assert_cmpstr (fk_window_get_visible_page (FK_WINDOW (f->window)), ==, "compare");
  g_assert_true (shell_test_press (f->window, GDK_KEY_F11, 0));
  g_assert_false (fk_compare_page_get_presenting (compare));
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
  g_test_add ("/candidates-present/export", Fixture, NULL, fixture_setup, test_export, fixture_teardown);
  g_test_add ("/candidates-present/zoom", Fixture, NULL, fixture_setup, test_zoom, fixture_teardown);
  g_test_add ("/candidates-present/zoom-kept", Fixture, NULL, fixture_setup, test_zoom_kept, fixture_teardown);
  g_test_add ("/candidates-present/present", Fixture, NULL, fixture_setup, test_present, fixture_teardown);
  return g_test_run ();
}
