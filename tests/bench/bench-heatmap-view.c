/* bench-heatmap-view.c — how long the heatmap widget takes to redraw on a
 * synthetic study of 290 municipalities × 200 capabilities (a model and
 * region made up here): (a) a hover, the cached picture replayed in its
 * panes with the hover layer on top, and (b) a full redraw after the
 * measure changes: a new layout from the snapshot kept, drawn with cairo
 * into the cached node, both rendered to pixels at 1920 × 1080 with the
 * window's own GskRenderer. Goals (issue 9): hover under 8 ms, full
 * redraw under 50 ms. Prints the median and the 95th percentile of 30
 * runs; asserts only that the work was done. Needs a display: run it
 * under xvfb-run -a meson test -C _build --benchmark -v. FK_BENCH_PNG=file.png
 * keeps a hover frame as a picture.
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <gtk/gtk.h>
#include "fk-core.h"
#include "fk-heatmap-view.h"
#include "bench-util.h"

#define N_MUNICIPALITIES 290
#define N_CAPABILITIES   200
#define N_AREAS          10
#define N_RUNS           30
#define WIDTH            1920
#define HEIGHT           1080

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *what,
        double     *ms,
        guint       n)
{
  qsort (ms, n, sizeof *ms, compare_doubles);
  g_print ("synthetic: %-58s median %7.2f ms  p95 %7.2f ms  (%u runs)\n",
           what, ms[n / 2], ms[MIN (n - 1, (guint) ceil (n * 0.95) - 1)], n);
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

/* What a frame of the widget does: its snapshot (the cached node in its
 * panes, the hover on top), rendered to pixels. Returns the texture so
 * the work cannot be skipped. */
static GdkTexture *
draw_frame (GtkWidget   *widget,
            GskRenderer *renderer,
            double      *snapshot_ms)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  gint64 t0 = g_get_monotonic_time ();
  GdkTexture *texture;

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  if (snapshot_ms != NULL)
    *snapshot_ms = (g_get_monotonic_time () - t0) / 1000.0;
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, WIDTH);
  return texture;
}

static void
wait_for_frames (GtkWidget *window)
{
  for (int i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  g_autoptr(FkModel) model = NULL;
  g_autoptr(FkRegion) region = NULL;
  FkStudy *study;
  GtkWidget *window, *scrolled;
  FkHeatmapView *view;
  GskRenderer *renderer;
  GtkEventController *motion;
  const FkHeatmapLayout *layout;
  double baseline[N_RUNS], hover[N_RUNS], hover_snapshot[N_RUNS], full[N_RUNS], relayout[N_RUNS], full_snapshot[N_RUNS];
  guint renders, r0, r1, c0, c1;
  double sx, sy;
  gint64 round_id, t0;

  setlocale (LC_ALL, "");
  if (!gtk_init_check ())
    {
      g_print ("bench-heatmap-view: no display (run it under xvfb-run -a)\n");
      return 77;
    }

  dir = g_dir_make_tmp ("fk-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "synthetic.fkarta", NULL);
  wal = g_strconcat (path, "-wal", NULL);
  shm = g_strconcat (path, "-shm", NULL);
  model = fk_bench_model (N_AREAS, N_CAPABILITIES);
  region = fk_bench_region (N_MUNICIPALITIES, "synthetic");
  study = fk_study_create (path, model, region, "Benchmark", "sv", NULL, &error);
  g_assert_no_error (error);
  round_id = fk_study_get_latest_round (study)->id;
  fk_bench_fill_round (study, round_id);

  /* The widget as the Compare page hosts it: straight in a scrolled window. */
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  scrolled = gtk_scrolled_window_new ();
  view = FK_HEATMAP_VIEW (fk_heatmap_view_new ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (view));
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  fk_heatmap_view_set_study (view, study);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (window);
  layout = fk_heatmap_view_get_layout (view);
  g_assert_nonnull (layout);
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  g_print ("synthetic: %u municipalities × %u capabilities (%u areas), widget %d × %d, zoom %.2f, "
           "layout %.0f × %.0f px, renderer %s\n",
           N_MUNICIPALITIES, N_CAPABILITIES, N_AREAS,
           gtk_widget_get_width (GTK_WIDGET (view)), gtk_widget_get_height (GTK_WIDGET (view)),
           fk_heatmap_view_get_zoom (view), layout->width, layout->height, G_OBJECT_TYPE_NAME (renderer));

  /* Scrolled to the middle, so that every pane shows a part. */
  gtk_adjustment_set_value (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view)), layout->width / 2);
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view)), layout->height / 2);
  g_object_unref (draw_frame (GTK_WIDGET (view), renderer, NULL));   /* the cache is warm */

  /* What rendering to pixels costs by itself: one opaque colour. */
  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(GskRenderNode) node = gsk_color_node_new (&(GdkRGBA) { 1, 1, 1, 1 },
                                                          &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));
      g_autoptr(GdkTexture) texture = NULL;

      t0 = g_get_monotonic_time ();
      texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));
      baseline[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  report ("baseline: render one colour to a 1920×1080 texture", baseline, N_RUNS);

  /* (a) Hover: the pointer moves to another cell each time. */
  motion = find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_MOTION);
  renders = fk_heatmap_view_get_n_renders (view);
  g_assert_true (fk_heatmap_view_get_visible_cells (view, &r0, &r1, &c0, &c1));
  sx = round (gtk_adjustment_get_value (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view))));
  sy = round (gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view))));
  for (guint i = 0; i < N_RUNS; i++)
    {
      /* Whole cells inside the visible part, another one each time. */
      const FkHeatmapCell *cell = fk_heatmap_layout_get_cell (layout, r0 + 1 + (i * 3) % MAX (1, r1 - r0 - 1),
                                                             c0 + 1 + (i * 7) % MAX (1, c1 - c0 - 1));
      int row, col;

      g_signal_emit_by_name (motion, "motion", cell->x - sx + cell->w / 2, cell->y - sy + cell->h / 2);
      fk_heatmap_view_get_hover (view, &row, &col);
      g_assert_cmpint (row, ==, (int) cell->row);
      g_assert_cmpint (col, ==, (int) cell->col);
      t0 = g_get_monotonic_time ();
      g_object_unref (draw_frame (GTK_WIDGET (view), renderer, &hover_snapshot[i]));
      hover[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  g_assert_cmpuint (fk_heatmap_view_get_n_renders (view), ==, renders);
  /* FK_BENCH_PNG=file.png keeps the last hover frame, to look at. */
  if (g_getenv ("FK_BENCH_PNG") != NULL)
    {
      g_autoptr(GdkTexture) texture = draw_frame (GTK_WIDGET (view), renderer, NULL);

      g_assert_true (gdk_texture_save_to_png (texture, g_getenv ("FK_BENCH_PNG")));
    }
  report ("hover: snapshot (cached node in 5 panes + hover)", hover_snapshot, N_RUNS);
  report ("hover: snapshot + render 1920×1080 (goal < 8 ms)", hover, N_RUNS);

  /* (b) The measure changes: layout, cairo drawing into the node, render. */
  for (guint i = 0; i < N_RUNS; i++)
    {
      gint64 t1;

      t0 = g_get_monotonic_time ();
      fk_heatmap_view_set_measure (view, i % 2 == 0 ? FK_MEASURE_GAP : FK_MEASURE_CURRENT);
      t1 = g_get_monotonic_time ();
      relayout[i] = (t1 - t0) / 1000.0;
      g_object_unref (draw_frame (GTK_WIDGET (view), renderer, &full_snapshot[i]));
      full[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  g_assert_cmpuint (fk_heatmap_view_get_n_renders (view), ==, renders + N_RUNS);
  report ("measure change: layout from the snapshot", relayout, N_RUNS);
  report ("measure change: snapshot (cairo drawing into the node)", full_snapshot, N_RUNS);
  report ("measure change: layout + drawing + render (goal < 50 ms)", full, N_RUNS);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (study);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
  return 0;
}
