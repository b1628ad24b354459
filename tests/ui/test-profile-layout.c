/* test-profile-layout.c — the profile page gives the chart room and
 * readable text, and counts capabilities in words that read well
 *
 * On a 1280 × 800 page the chart takes at least half the width and most
 * of the height; no text on it is smaller than the page's body text; on a
 * narrow page it sits above the tables. The count line has one plural per
 * number, in English and in Swedish. Set FK_TEST_OUTPUT_DIR to keep PNGs.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "fk-profile-view.h"
#include "fk-radar-view.h"
#include "fk-core.h"
#include "shell-test-util.h"

typedef struct {
  char    *dir;
  char    *path;
  FkStudy *study;
  guint    n_caps;
} Fixture;

static GtkWidget *
child (GtkWidget  *view,
       const char *name)
{
  GtkWidget *widget = GTK_WIDGET (gtk_widget_get_template_child (view, FK_TYPE_PROFILE_VIEW, name));

  g_assert_nonnull (widget);
  return widget;
}

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  const char *dir = g_getenv ("FK_TEST_OUTPUT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node, NULL);
  path = g_build_filename (dir, name, NULL);
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* The default model and region; every municipality scored, Bengtsfors
 * (1460) with one capability not applicable and Dals-Ed (1438) with two,
 * Färgelanda (1439) with none. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = fk_region_new_default (&error);
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  gint64 round_id;

  g_assert_no_error (error);
  f->dir = g_dir_make_tmp ("fk-profile-layout-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "layout.fkarta", NULL);
  f->study = fk_study_create (f->path, model, region, "Layout", "sv", NULL, &error);
  g_assert_no_error (error);
  f->n_caps = model->capabilities->len;
  round_id = fk_study_get_latest_round (f->study)->id;
  for (guint m = 0; m < region->municipalities->len; m++)
    for (guint c = 0; c < model->capabilities->len; c++)
      {
        const FkMunicipality *mun = g_ptr_array_index (region->municipalities, m);
        const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
        FkScore *score = fk_score_new (round_id, mun->code, cap->key);
        guint n_na = g_str_equal (mun->code, "1460") ? 1 : g_str_equal (mun->code, "1438") ? 2 : 0;

        if (c < n_na)
          score->current = FK_LEVEL_NA;
        else
          {
            score->current = (m * 7 + c * 3 + (c * c) % 5) % 6;
            score->target = MIN (5, score->current + 1);
          }
        g_ptr_array_add (scores, score);
      }
  fk_study_set_scores (f->study, scores, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  g_clear_object (&f->study);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static GtkWidget *
show_view (Fixture    *f,
           int         width,
           int         height,
           GtkWidget **window)
{
  GtkWidget *view = fk_profile_view_new ();

  *window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (*window), width, height);
  gtk_window_set_child (GTK_WINDOW (*window), view);
  fk_profile_view_set_study (FK_PROFILE_VIEW (view), f->study);
  gtk_window_present (GTK_WINDOW (*window));
  /* The first frame picks the layout from the width, the second lays it out. */
  gtk_test_widget_wait_for_draw (*window);
  gtk_test_widget_wait_for_draw (*window);
  return view;
}

static void
test_wide (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *window;
  GtkWidget *view = show_view (f, 1280, 800, &window);
  GtkWidget *radar = child (view, "radar");
  GtkWidget *tables = child (view, "tables_scroller");
  FkRadarData *chart = fk_radar_view_get_data (FK_RADAR_VIEW (radar));
  FkRadarOptions options;
  graphene_rect_t radar_bounds, tables_bounds;
  double label_size, legend_size, top, export_label, export_top;
  int page_w = gtk_widget_get_width (view), page_h = gtk_widget_get_height (view);

  g_assert_nonnull (chart);
  g_assert_cmpint (page_w, >=, 1280);
  g_assert_true (gtk_widget_compute_bounds (radar, view, &radar_bounds));
  g_assert_true (gtk_widget_compute_bounds (tables, view, &tables_bounds));

  /* Side by side, the chart on the left with at least half the width
   * (less the page's margins) and most of the height. */
  g_assert_cmpfloat (radar_bounds.origin.x + radar_bounds.size.width, <=, tables_bounds.origin.x);
  g_assert_cmpfloat (fabs (radar_bounds.origin.y - tables_bounds.origin.y), <, 1);
  g_assert_cmpfloat (radar_bounds.size.width, >=, (page_w - 60) / 2.0);
  g_assert_cmpfloat (radar_bounds.size.height, >=, 0.7 * page_h);

  /* Text on the chart is at least the body text; the export of the same
   * size, with no minimum, would be smaller. */
  fk_radar_view_get_options (FK_RADAR_VIEW (radar), &options);
  g_assert_cmpfloat (options.min_font_size, >=, 10);
  g_assert_true (options.align_top);
  g_assert_true (fk_radar_chart_get_text_sizes (chart, radar_bounds.size.width, radar_bounds.size.height,
                                                &options, &label_size, &legend_size, &top));
  g_assert_cmpfloat (label_size, >=, options.min_font_size);
  g_assert_cmpfloat (legend_size, >=, options.min_font_size);
  g_assert_true (fk_radar_chart_get_text_sizes (chart, 420, 320, &options, &label_size, &legend_size, NULL));
  g_assert_cmpfloat (label_size, >=, options.min_font_size);
  g_assert_cmpfloat (legend_size, >=, options.min_font_size);
  g_assert_true (fk_radar_chart_get_text_sizes (chart, 420, 320, NULL, &export_label, NULL, NULL));
  g_assert_cmpfloat (export_label, <, options.min_font_size);

  /* In a tall narrow area the chart keeps to the top; an export centres it. */
  g_assert_true (fk_radar_chart_get_text_sizes (chart, 500, 1200, &options, NULL, NULL, &top));
  g_assert_true (fk_radar_chart_get_text_sizes (chart, 500, 1200, NULL, NULL, NULL, &export_top));
  g_assert_cmpfloat (top, <, 40);
  g_assert_cmpfloat (export_top, >, 200);

  save_png (window, "profile-layout-1280.png");
  shell_test_destroy_window (window);
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *window;
  GtkWidget *view = show_view (f, 900, 900, &window);
  GtkWidget *radar = child (view, "radar");
  GtkWidget *tables = child (view, "tables_scroller");
  graphene_rect_t radar_bounds, tables_bounds;

  g_assert_true (gtk_widget_compute_bounds (radar, view, &radar_bounds));
  g_assert_true (gtk_widget_compute_bounds (tables, view, &tables_bounds));
  /* The chart above the tables, the page's whole width. */
  g_assert_cmpfloat (radar_bounds.origin.y + radar_bounds.size.height, <=, tables_bounds.origin.y);
  g_assert_cmpfloat (radar_bounds.size.width, >=, gtk_widget_get_width (view) - 60);
  g_assert_cmpfloat (radar_bounds.size.height, >=, 300);

  save_png (window, "profile-layout-900.png");
  shell_test_destroy_window (window);
}

static const char *
count_text (GtkWidget  *view,
            const char *code)
{
  fk_profile_view_set_municipality (FK_PROFILE_VIEW (view), code);
  g_assert_cmpstr (fk_profile_view_get_municipality (FK_PROFILE_VIEW (view)), ==, code);
  return gtk_label_get_text (GTK_LABEL (child (view, "count_label")));
}

static void
test_count (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *window;
  GtkWidget *view = show_view (f, 1280, 800, &window);
  g_autofree char *one = g_strdup_printf ("%u of %u capabilities have a level · 1 not applicable", f->n_caps - 1, f->n_caps);
  g_autofree char *two = g_strdup_printf ("%u of %u capabilities have a level · 2 not applicable", f->n_caps - 2, f->n_caps);
  g_autofree char *none = g_strdup_printf ("%u of %u capabilities have a level", f->n_caps, f->n_caps);

  g_assert_cmpstr (count_text (view, "1460"), ==, one);
  g_assert_cmpstr (count_text (view, "1438"), ==, two);
  g_assert_cmpstr (count_text (view, "1439"), ==, none);
  shell_test_destroy_window (window);
}

/* Last: it switches the process to Swedish. */
static void
test_count_swedish (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("FK_BUILD_ROOT"), "po", NULL);
  g_autofree char *one = NULL, *two = NULL, *none = NULL;
  GtkWidget *window, *view;

  g_setenv ("LANGUAGE", "sv", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (g_strcmp0 (_("Strengths"), "Strengths") == 0)
    {
      g_test_skip ("No Swedish translation built");
      return;
    }

  one = g_strdup_printf ("Nivå för %u av %u förmågor · 1 ej tillämplig", f->n_caps - 1, f->n_caps);
  two = g_strdup_printf ("Nivå för %u av %u förmågor · 2 ej tillämpliga", f->n_caps - 2, f->n_caps);
  none = g_strdup_printf ("Nivå för %u av %u förmågor", f->n_caps, f->n_caps);
  view = show_view (f, 1280, 800, &window);
  g_assert_cmpstr (count_text (view, "1460"), ==, one);
  g_assert_cmpstr (count_text (view, "1438"), ==, two);
  g_assert_cmpstr (count_text (view, "1439"), ==, none);
  gtk_test_widget_wait_for_draw (window);
  save_png (window, "profile-layout-sv.png");
  shell_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, func) g_test_add ("/ui/profile-layout/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("wide", test_wide);
  ADD ("narrow", test_narrow);
  ADD ("count", test_count);
  ADD ("count-swedish", test_count_swedish);
#undef ADD

  return g_test_run ();
}
