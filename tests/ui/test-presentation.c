/* test-presentation.c — presentation mode, entered and left by keyboard
 *
 * Keys are given as GTK would: the shortcut of the widget's controllers
 * whose trigger matches, the capture phase's first (the window's F11
 * binding, the page's presentation keys), its action activated on the
 * widget. GTK 4 has no public way to make a key event.
 *
 * The page's private header gives the test its action group, to put in
 * the actions of the grid, anonymisation and highlight to check.
 *
 * Under Xvfb there is no window manager, so a window asked to go
 * fullscreen never becomes so (gtk_window_is_fullscreen() stays FALSE):
 * what is checked is what the window and the page do themselves.
 * Set FK_TEST_OUTPUT_DIR to keep PNGs of the window presenting.
 */
#include "config.h"

#include "fk-compare-page-private.h"
#include "fk-core.h"
#include "fk-heatmap-view.h"
#include "fk-page-switcher-bar.h"
#include "fk-preferences-window.h"
#include "fk-test-util.h"
#include "fk-window.h"
#include "shell-test-util.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

typedef struct {
  char          *dir;
  FkStudy       *study;
  FkWindow      *window;
  FkComparePage *page;
  FkHeatmapView *heatmap;
  GSettings     *settings;
} Fixture;

static void
wait_for_draw (Fixture *f)
{
  for (int i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

/* Fitting the width may take a frame more than the new layout: frames
 * until the zoom stays (at most ten). */
static void
settle (Fixture *f)
{
  double zoom;

  for (int i = 0; i < 10; i++)
    {
      zoom = fk_heatmap_view_get_zoom (f->heatmap);
      wait_for_draw (f);
      if (fk_heatmap_view_get_zoom (f->heatmap) == zoom)
        return;
    }
}

/* The default model and region, every capability scored, two rounds
 * (the second scored too), the window at a projector's size. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const FkRound *second;

  f->dir = g_dir_make_tmp ("fk-present-XXXXXX", &error);
  g_assert_no_error (error);
  f->study = shell_test_create_study (f->dir, "present.fkarta", "Present", NULL);
  fk_test_study_fill (f->study, fk_study_get_latest_round (f->study)->id);
  second = fk_study_add_round (f->study, "Round 2", "2024-05-01", &error);
  g_assert_no_error (error);
  fk_test_study_fill (f->study, second->id);
  f->settings = g_settings_new (APP_ID);
  g_settings_reset (f->settings, "presentation-scale");
  g_settings_reset (f->settings, "heatmap-grid");
  g_settings_reset (f->settings, "heatmap-anonymize");
  g_settings_reset (f->settings, "palette");

  f->window = fk_window_new (NULL, f->study);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1920, 1080);
  gtk_window_present (GTK_WINDOW (f->window));
  f->page = FK_COMPARE_PAGE (shell_test_find_descendant (GTK_WIDGET (f->window), FK_TYPE_COMPARE_PAGE));
  f->heatmap = fk_compare_page_get_heatmap (f->page);
  fk_window_set_visible_page (f->window, "overview");
  wait_for_draw (f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  shell_test_destroy_window (f->window);
  g_settings_reset (f->settings, "presentation-scale");
  g_settings_reset (f->settings, "heatmap-grid");
  g_settings_reset (f->settings, "heatmap-anonymize");
  g_clear_object (&f->settings);
  g_assert_finalize_object (f->study);
  shell_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GtkWidget *
descendant (Fixture *f,
            GType    type)
{
  GtkWidget *widget = shell_test_find_descendant (GTK_WIDGET (f->window), type);

  g_assert_nonnull (widget);
  return widget;
}

static GtkWidget *
toolbar (Fixture *f)
{
  return shell_test_template_child (GTK_WIDGET (f->page), FK_TYPE_COMPARE_PAGE, "toolbar");
}

static GtkDropDown *
dropdown (Fixture    *f,
          const char *name)
{
  return GTK_DROP_DOWN (shell_test_template_child (GTK_WIDGET (f->page), FK_TYPE_COMPARE_PAGE, name));
}

static gboolean
table_shown (Fixture *f)
{
  GtkStack *stack = GTK_STACK (shell_test_template_child (GTK_WIDGET (f->page), FK_TYPE_COMPARE_PAGE, "view_stack"));

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "table") == 0;
}

static void
assert_controls_shown (Fixture  *f,
                       gboolean  shown)
{
  g_assert_true (gtk_widget_get_visible (descendant (f, ADW_TYPE_HEADER_BAR)) == shown);
  g_assert_true (gtk_widget_get_visible (descendant (f, FK_TYPE_PAGE_SWITCHER_BAR)) == shown);
  g_assert_true (gtk_widget_get_visible (toolbar (f)) == shown);
  g_assert_true (fk_window_get_presenting (f->window) == !shown);
  g_assert_true (fk_compare_page_get_presenting (f->page) == !shown);
}

/* The grid rows at least partly visible. */
static guint
visible_rows (Fixture *f)
{
  guint first_row, last_row, first_col, last_col;

  g_assert_true (fk_heatmap_view_get_visible_cells (f->heatmap, &first_row, &last_row, &first_col, &last_col));
  return last_row - first_row + 1;
}

static GtkAdjustment *
vadjustment (Fixture *f)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (f->heatmap), GTK_TYPE_SCROLLED_WINDOW);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
}

/* F11 from another page: the Compare page, presenting; 2, 4 and C
 * change what it shows; Escape gives back the controls, the table, the
 * panel, the zoom and the palette, and keeps the measure chosen. */
static void
test_keys (Fixture       *f,
           gconstpointer  data)
{
  FkCapabilityPanel *panel = fk_compare_page_get_panel (f->page);
  guint rows_before;
  const FkHeatmapLayout *layout;
  const FkHeatmapLegendItem *swatch;

  /* As the user left the page: zoomed, the panel open, the table shown. */
  fk_window_set_visible_page (f->window, "compare");
  wait_for_draw (f);
  rows_before = visible_rows (f);   /* fitting the width, with the controls */
  fk_heatmap_view_set_zoom (f->heatmap, 0.9);
  wait_for_draw (f);
  g_signal_emit_by_name (f->heatmap, "cell-activated", 0, 0);
  g_assert_true (fk_compare_page_get_panel_shown (f->page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.view", "s", "table"));
  g_assert_true (table_shown (f));
  fk_window_set_visible_page (f->window, "overview");
  wait_for_draw (f);

  g_assert_true (shell_test_press (f->window, GDK_KEY_F11, 0));
  g_assert_cmpstr (fk_window_get_visible_page (f->window), ==, "compare");
  assert_controls_shown (f, FALSE);
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (panel)));
  g_assert_false (gtk_widget_get_can_target (GTK_WIDGET (f->heatmap)));
  g_assert_false (table_shown (f));
  g_assert_true (fk_heatmap_view_get_fit_width (f->heatmap));
  g_assert_cmpfloat (fk_heatmap_view_get_text_scale (f->heatmap), ==, 1.5);
  settle (f);
  shell_test_save_png (GTK_WIDGET (f->window), "presentation-current.png");

  /* The legend on one line, every swatch at the same height and no taller
   * than the text; no name (the title names the measure). */
  layout = fk_heatmap_view_get_layout (f->heatmap);
  g_assert_nonnull (layout);
  swatch = &g_array_index (layout->legend_items, FkHeatmapLegendItem, 0);
  g_assert_cmpstr (layout->legend_title.text, ==, "");
  for (guint i = 0; i < layout->legend_items->len; i++)
    {
      const FkHeatmapLegendItem *item = &g_array_index (layout->legend_items, FkHeatmapLegendItem, i);

      g_assert_cmpfloat (item->y, ==, swatch->y);
      g_assert_cmpfloat (item->h, <=, layout->font_size * 1.6 + 0.001);
    }
  /* Area headers only as high as their names need. */
  g_assert_cmpfloat (g_array_index (layout->area_headers, FkHeatmapLabel, 0).h, <,
                     0.85 * g_array_index (layout->rows, FkHeatmapRow, 0).h);
  /* Fits the width, and more rows are seen than with the controls. */
  g_assert_cmpfloat (layout->width, <=, gtk_widget_get_width (GTK_WIDGET (f->heatmap)));
  g_assert_cmpuint (visible_rows (f), >, rows_before);

  g_assert_true (shell_test_press (f->page, GDK_KEY_2, 0));
  g_assert_cmpint (fk_heatmap_view_get_measure (f->heatmap), ==, FK_MEASURE_TARGET);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown (f, "measure_dropdown")), ==, FK_MEASURE_TARGET);
  g_assert_true (shell_test_press (f->page, GDK_KEY_4, 0));
  g_assert_cmpint (fk_heatmap_view_get_measure (f->heatmap), ==, FK_MEASURE_RISK);
  g_assert_true (shell_test_press (f->page, GDK_KEY_KP_3, 0));
  g_assert_cmpint (fk_heatmap_view_get_measure (f->heatmap), ==, FK_MEASURE_GAP);
  wait_for_draw (f);
  shell_test_save_png (GTK_WIDGET (f->window), "presentation-gap.png");
  g_assert_true (shell_test_press (f->page, GDK_KEY_4, 0));

  g_assert_cmpint (fk_heatmap_view_get_palette (f->heatmap), ==, FK_PALETTE_VIRIDIS);
  g_assert_true (shell_test_press (f->page, GDK_KEY_c, 0));
  g_assert_cmpint (fk_heatmap_view_get_palette (f->heatmap), ==, FK_PALETTE_HIGH_CONTRAST);
  wait_for_draw (f);
  shell_test_save_png (GTK_WIDGET (f->window), "presentation-high-contrast.png");

  /* The rows scroll: a page down, back to the top, a step, the end. */
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment (f)), ==, 0);
  g_assert_true (shell_test_press (f->page, GDK_KEY_Page_Down, 0));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment (f)), >, 0);
  g_assert_true (shell_test_press (f->page, GDK_KEY_Home, 0));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment (f)), ==, 0);
  g_assert_true (shell_test_press (f->page, GDK_KEY_Down, 0));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment (f)), ==,
                     gtk_adjustment_get_step_increment (vadjustment (f)));
  g_assert_true (shell_test_press (f->page, GDK_KEY_End, 0));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment (f)), ==,
                     gtk_adjustment_get_upper (vadjustment (f)) - gtk_adjustment_get_page_size (vadjustment (f)));

  g_assert_true (shell_test_press (f->page, GDK_KEY_Escape, 0));
  assert_controls_shown (f, TRUE);
  g_assert_true (table_shown (f));
  g_assert_true (fk_compare_page_get_panel_shown (f->page));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (panel)));
  g_assert_true (gtk_widget_get_can_target (GTK_WIDGET (f->heatmap)));
  g_assert_false (fk_heatmap_view_get_fit_width (f->heatmap));
  g_assert_cmpfloat (fabs (fk_heatmap_view_get_zoom (f->heatmap) - 0.9), <, 1e-9);
  g_assert_cmpfloat (fk_heatmap_view_get_text_scale (f->heatmap), ==, 0);
  g_assert_false (fk_heatmap_view_get_options (f->heatmap)->compact);
  layout = fk_heatmap_view_get_layout (f->heatmap);
  g_assert_cmpfloat (fabs (g_array_index (layout->area_headers, FkHeatmapLabel, 0).h
                           - 0.85 * g_array_index (layout->rows, FkHeatmapRow, 0).h), <, 1e-9);
  g_assert_cmpint (fk_heatmap_view_get_palette (f->heatmap), ==, FK_PALETTE_VIRIDIS);
  /* What the keys chose stays, in the dropdown too. */
  g_assert_cmpint (fk_heatmap_view_get_measure (f->heatmap), ==, FK_MEASURE_RISK);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown (f, "measure_dropdown")), ==, FK_MEASURE_RISK);

  /* F11 enters and leaves too; high contrast starts off again. */
  g_assert_true (shell_test_press (f->window, GDK_KEY_F11, 0));
  assert_controls_shown (f, FALSE);
  g_assert_cmpint (fk_heatmap_view_get_palette (f->heatmap), ==, FK_PALETTE_VIRIDIS);
  g_assert_true (shell_test_press (f->window, GDK_KEY_F11, 0));
  assert_controls_shown (f, TRUE);
}

/* R and Shift+R go round the rounds; leaving keeps the round shown. */
static void
test_rounds (Fixture       *f,
             gconstpointer  data)
{
  GtkDropDown *rounds = dropdown (f, "round_dropdown");
  gint64 latest = fk_study_get_latest_round (f->study)->id;

  g_assert_true (shell_test_press (f->window, GDK_KEY_F11, 0));
  g_assert_cmpint (fk_heatmap_view_get_round_id (f->heatmap), ==, latest);
  g_assert_cmpuint (gtk_drop_down_get_selected (rounds), ==, 1);
  g_assert_true (shell_test_press (f->page, GDK_KEY_r, 0));
  g_assert_cmpuint (gtk_drop_down_get_selected (rounds), ==, 0);
  g_assert_cmpint (fk_heatmap_view_get_round_id (f->heatmap), !=, latest);
  g_assert_true (shell_test_press (f->page, GDK_KEY_r, GDK_SHIFT_MASK));
  g_assert_cmpuint (gtk_drop_down_get_selected (rounds), ==, 1);
  g_assert_true (shell_test_press (f->page, GDK_KEY_r, GDK_SHIFT_MASK));
  g_assert_cmpuint (gtk_drop_down_get_selected (rounds), ==, 0);
  g_assert_true (shell_test_press (f->page, GDK_KEY_Escape, 0));
  g_assert_cmpuint (gtk_drop_down_get_selected (rounds), ==, 0);
  g_assert_cmpint (fk_heatmap_view_get_round_id (f->heatmap), !=, latest);
}

/* Outside presentation mode the keys are left to the page and the
 * heatmap: 1 changes nothing, Escape leaves nothing. */
static void
test_keys_only_presenting (Fixture       *f,
                           gconstpointer  data)
{
  fk_window_set_visible_page (f->window, "compare");
  wait_for_draw (f);
  fk_heatmap_view_set_measure (f->heatmap, FK_MEASURE_GAP);
  g_assert_false (shell_test_press (f->page, GDK_KEY_1, 0));
  g_assert_false (shell_test_press (f->page, GDK_KEY_c, 0));
  g_assert_false (shell_test_press (f->page, GDK_KEY_Escape, 0));
  g_assert_cmpint (fk_heatmap_view_get_measure (f->heatmap), ==, FK_MEASURE_GAP);
  g_assert_cmpint (fk_heatmap_view_get_palette (f->heatmap), ==, FK_PALETTE_VIRIDIS);
  g_assert_false (fk_compare_page_get_presenting (f->page));
}

/* ---- the grid, anonymisation and highlight ---------------------------------- */

static char *
state_string (GActionGroup *actions,
              const char   *name)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (actions, name);

  return g_variant_dup_string (state, NULL);
}

static gboolean
state_boolean (GActionGroup *actions,
               const char   *name)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (actions, name);

  return g_variant_get_boolean (state);
}

/* V, A, H and Shift+H drive "compare.grid", "compare.anonymize" and
 * "compare.highlight"; the heatmap follows. */
static void
test_other_actions (Fixture       *f,
                    gconstpointer  data)
{
  GActionGroup *actions = G_ACTION_GROUP (f->page->actions);
  GPtrArray *municipalities = fk_study_get_region (f->study)->municipalities;
  const FkMunicipality *first = g_ptr_array_index (municipalities, 0);
  const FkMunicipality *last = g_ptr_array_index (municipalities, municipalities->len - 1);
  FkAnonymizer *anonymizer;
  g_autofree char *grid = NULL;
  g_autofree char *highlight = NULL;

  g_assert_true (g_action_group_has_action (actions, "grid"));
  g_assert_true (g_action_group_has_action (actions, "anonymize"));
  g_assert_true (g_action_group_has_action (actions, "highlight"));
  g_assert_cmpuint (fk_study_get_rounds (f->study)->len, ==, 2);
  g_assert_true (shell_test_menu_offers (GTK_WIDGET (f->window), "win.import"));
  g_assert_true (shell_test_press (f->window, GDK_KEY_F11, 0));
  /* No file chooser (with its recent files) on the wall. */
  g_assert_false (shell_test_menu_offers (GTK_WIDGET (f->window), "win.import"));

  /* V: the next grid, round and round. */
  g_assert_true (shell_test_press (f->page, GDK_KEY_v, 0));
  grid = state_string (actions, "grid");
  g_assert_cmpstr (grid, ==, "areas");
  g_assert_cmpint (fk_heatmap_view_get_layout (f->heatmap)->grid, ==, FK_HEATMAP_GRID_AREAS);
  g_assert_true (shell_test_press (f->page, GDK_KEY_v, 0));
  g_clear_pointer (&grid, g_free);
  grid = state_string (actions, "grid");
  g_assert_cmpstr (grid, ==, "change");
  g_assert_cmpint (fk_heatmap_view_get_layout (f->heatmap)->grid, ==, FK_HEATMAP_GRID_CHANGE);
  g_assert_nonnull (fk_heatmap_view_get_baseline (f->heatmap));
  /* Its longer legend wraps within the grid's width rather than widen the
   * figure: the text keeps its size, so a wider legend would shrink the
   * fitted cells to the smallest zoom. */
  settle (f);
  {
    const FkHeatmapLayout *layout = fk_heatmap_view_get_layout (f->heatmap);

    for (guint i = 0; i < layout->legend_items->len; i++)
      {
        const FkHeatmapLegendItem *item = &g_array_index (layout->legend_items, FkHeatmapLegendItem, i);

        g_assert_cmpfloat (item->label.x + item->label.w, <=, layout->width);
      }
    g_assert_cmpint (g_array_index (layout->legend_items, FkHeatmapLegendItem,
                                    layout->legend_items->len - 1).kind, ==, FK_HEATMAP_CELL_NOT_APPLICABLE);
    g_assert_cmpfloat (layout->width, <=, gtk_widget_get_width (GTK_WIDGET (f->heatmap)));
    g_assert_cmpfloat (fk_heatmap_view_get_zoom (f->heatmap), >, FK_HEATMAP_VIEW_FIT_MIN + 0.01);
  }
  g_assert_true (shell_test_press (f->page, GDK_KEY_v, 0));
  g_clear_pointer (&grid, g_free);
  grid = state_string (actions, "grid");
  g_assert_cmpstr (grid, ==, "capabilities");
  g_assert_cmpint (fk_heatmap_view_get_layout (f->heatmap)->grid, ==, FK_HEATMAP_GRID_CAPABILITIES);

  /* A: letters, then names again. */
  g_assert_false (state_boolean (actions, "anonymize"));
  g_assert_true (shell_test_press (f->page, GDK_KEY_a, 0));
  g_assert_true (state_boolean (actions, "anonymize"));
  anonymizer = fk_heatmap_view_get_options (f->heatmap)->anonymizer;
  g_assert_nonnull (anonymizer);

  /* H: the region's first municipality named; Shift+H back to none, then
   * from none the last. */
  g_assert_true (shell_test_press (f->page, GDK_KEY_h, 0));
  highlight = state_string (actions, "highlight");
  g_assert_cmpstr (highlight, ==, first->code);
  g_assert_cmpstr (fk_anonymizer_get_highlight (fk_heatmap_view_get_options (f->heatmap)->anonymizer), ==,
                   first->code);
  g_assert_cmpint (fk_heatmap_view_get_layout (f->heatmap)->highlight_col, >=, 0);
  g_assert_true (shell_test_press (f->page, GDK_KEY_h, GDK_SHIFT_MASK));
  g_clear_pointer (&highlight, g_free);
  highlight = state_string (actions, "highlight");
  g_assert_cmpstr (highlight, ==, "");
  g_assert_cmpint (fk_heatmap_view_get_layout (f->heatmap)->highlight_col, ==, -1);
  g_assert_true (shell_test_press (f->page, GDK_KEY_h, GDK_SHIFT_MASK));
  g_clear_pointer (&highlight, g_free);
  highlight = state_string (actions, "highlight");
  g_assert_cmpstr (highlight, ==, last->code);

  g_assert_true (shell_test_press (f->page, GDK_KEY_a, 0));
  g_assert_false (state_boolean (actions, "anonymize"));
  g_assert_null (fk_heatmap_view_get_options (f->heatmap)->anonymizer);
  g_assert_true (shell_test_press (f->page, GDK_KEY_Escape, 0));
  g_assert_false (fk_compare_page_get_presenting (f->page));
  g_assert_true (shell_test_menu_offers (GTK_WIDGET (f->window), "win.import"));
}

/* A window with no study offers no presentation; the Compare page's
 * button and a change of page end it. */
static void
test_no_study_and_page_change (Fixture       *f,
                               gconstpointer  data)
{
  FkWindow *empty = fk_window_new (NULL, NULL);

  gtk_window_present (GTK_WINDOW (empty));
  g_assert_false (shell_test_press (empty, GDK_KEY_F11, 0));
  g_assert_false (fk_window_get_presenting (empty));
  shell_test_destroy_window (empty);

  fk_window_set_visible_page (f->window, "compare");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.present", NULL));
  assert_controls_shown (f, FALSE);
  fk_window_set_visible_page (f->window, "profile");
  assert_controls_shown (f, TRUE);
}

/* The preference sets the text size: the layout's body size is the
 * scale times the usual 16 px (40 px cells × 0.4) whatever the cells'
 * size, and the heatmap still fits the width; a change while presenting
 * takes effect at once. */
static void
test_scale (Fixture       *f,
            gconstpointer  data)
{
  const FkHeatmapLayout *layout;
  double cell_125, cell, width = 0;

  g_settings_set_double (f->settings, "presentation-scale", 1.25);
  g_assert_true (shell_test_press (f->window, GDK_KEY_F11, 0));
  settle (f);
  layout = fk_heatmap_view_get_layout (f->heatmap);
  width = gtk_widget_get_width (GTK_WIDGET (f->heatmap));
  g_assert_cmpfloat (fabs (layout->font_size - 1.25 * 16), <, 1e-6);
  g_assert_cmpfloat (layout->width, <=, width);
  cell_125 = g_array_index (layout->columns, FkHeatmapColumn, 0).w;

  g_settings_set_double (f->settings, "presentation-scale", 2.0);
  settle (f);
  layout = fk_heatmap_view_get_layout (f->heatmap);
  g_assert_cmpfloat (fabs (layout->font_size - 2.0 * 16), <, 1e-6);
  g_assert_cmpfloat (layout->width, <=, width);
  /* Larger names leave narrower cells. */
  g_assert_cmpfloat (g_array_index (layout->columns, FkHeatmapColumn, 0).w, <, cell_125);
  /* The counts' names of more than one word still on two lines: the
   * header stays low. */
  for (guint i = 0; i < layout->columns->len; i++)
    {
      const FkHeatmapLabel *name = &g_array_index (layout->col_labels, FkHeatmapLabel, i);

      if (g_array_index (layout->columns, FkHeatmapColumn, i).kind >= FK_HEATMAP_COLUMN_LOW
          && strchr (name->text, ' ') != NULL)
        g_assert_cmpint (name->max_lines, ==, 2);
    }
  /* The min–max column holds numbers: sized for numbers in proportion to
   * the cells ("−2,5 – +2,5" of the deviation: about 2.5 cells), not for
   * the larger words (over 5 cells at 32 px, which left 37 px cells with
   * 12 px numbers). */
  g_assert_true (shell_test_press (f->page, GDK_KEY_6, 0));
  settle (f);
  layout = fk_heatmap_view_get_layout (f->heatmap);
  cell = g_array_index (layout->columns, FkHeatmapColumn, 0).w;
  for (guint i = 0; i < layout->columns->len; i++)
    if (g_array_index (layout->columns, FkHeatmapColumn, i).kind == FK_HEATMAP_COLUMN_MIN_MAX)
      g_assert_cmpfloat (g_array_index (layout->columns, FkHeatmapColumn, i).w, <, 3.5 * cell);
  g_assert_cmpfloat (layout->cell_font_size, >=, 0.33 * cell);
  g_assert_true (shell_test_press (f->page, GDK_KEY_Escape, 0));
  g_assert_cmpfloat (fk_heatmap_view_get_text_scale (f->heatmap), ==, 0);
}

/* The Preferences' combo row writes the key, and shows the choice
 * nearest to a value written elsewhere. */
static void
test_preference_row (Fixture       *f,
                     gconstpointer  data)
{
  FkPreferencesWindow *prefs = fk_preferences_window_new (f->settings);
  AdwComboRow *row = ADW_COMBO_ROW (shell_test_template_child (GTK_WIDGET (prefs), FK_TYPE_PREFERENCES_WINDOW,
                                                               "presentation_scale_row"));

  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);   /* 150 %, the default */
  adw_combo_row_set_selected (row, 3);
  g_assert_cmpfloat (g_settings_get_double (f->settings, "presentation-scale"), ==, 2.0);
  adw_combo_row_set_selected (row, 0);
  g_assert_cmpfloat (g_settings_get_double (f->settings, "presentation-scale"), ==, 1.25);
  g_settings_set_double (f->settings, "presentation-scale", 1.8);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);
  shell_test_destroy_window (prefs);
}

/* The Keyboard Shortcuts window tells F11 and the keys of presentation. */
static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/se/fyrbodal/Formagekarta/gtk/help-overlay.ui");
  GSList *objects = gtk_builder_get_objects (builder);
  GtkWidget *window = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  gboolean f11 = FALSE, measures = FALSE, round = FALSE, contrast = FALSE;

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, NULL);
      f11 |= g_strcmp0 (accelerator, "F11") == 0;
      measures |= g_strcmp0 (accelerator, "1...6") == 0;
      round |= g_strcmp0 (accelerator, "r <shift>r") == 0;
      contrast |= g_strcmp0 (accelerator, "c") == 0;
    }
  g_slist_free (objects);
  g_assert_true (f11);
  g_assert_true (measures);
  g_assert_true (round);
  g_assert_true (contrast);
  g_clear_object (&builder);
  shell_test_destroy_window (window);
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

  g_test_add ("/ui/presentation/keys", Fixture, NULL, fixture_setup, test_keys, fixture_teardown);
  g_test_add ("/ui/presentation/rounds", Fixture, NULL, fixture_setup, test_rounds, fixture_teardown);
  g_test_add ("/ui/presentation/keys-only-presenting", Fixture, NULL, fixture_setup,
              test_keys_only_presenting, fixture_teardown);
  g_test_add ("/ui/presentation/other-actions", Fixture, NULL, fixture_setup,
              test_other_actions, fixture_teardown);
  g_test_add ("/ui/presentation/no-study-and-page-change", Fixture, NULL, fixture_setup,
              test_no_study_and_page_change, fixture_teardown);
  g_test_add ("/ui/presentation/scale", Fixture, NULL, fixture_setup, test_scale, fixture_teardown);
  g_test_add ("/ui/presentation/preference-row", Fixture, NULL, fixture_setup,
              test_preference_row, fixture_teardown);
  g_test_add_func ("/ui/presentation/shortcuts-window", test_shortcuts_window);

  ret = g_test_run ();
  shell_test_remove_tree (tmpdir);
  return ret;
}
