/* bench-import-dialog.c — how long the import dialog takes for 14 and 100
 * response files: adding them until every preview is shown, then Import
 * until every file is in, as the user sees it (the dialog drawn at
 * 1920 × 1080, over the main window on the Collect page, whose views
 * follow the study too). Besides the wall time it counts each window's
 * frames and their time (from "before-paint" to "after-paint": layout
 * and drawing), the longest main-loop turn (what the window freezes
 * for), how often a file's row was told its item changed ("changed",
 * which remakes its inner rows) and how often a preview was made again (the item's
 * preview pointer changed while the file was not yet imported). Prints
 * figures; asserts only that the work was done. Needs a display: run it
 * under xvfb-run -a meson test -C _build --benchmark -v. Other numbers of
 * files as arguments: bench-import-dialog 14 290. FK_BENCH_PNG=folder
 * keeps pictures of the dialog.
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <adwaita.h>
#include "fk-core.h"
#include "fk-import-dialog.h"
#include "fk-import-item.h"
#include "fk-window.h"
#include "bench-util.h"

/* The frames of one window's frame clock. */
typedef struct {
  guint  n;
  gint64 longest;        /* µs, from "before-paint" to "after-paint" */
  gint64 total;
  gint64 started;
} Frames;

typedef struct {
  Frames dialog;
  Frames window;
  guint  changes;        /* "changed" of every item */
  guint  previews;       /* previews made again for a file already previewed */
  gint64 longest_turn;   /* µs */
} Counters;

/* What is timed now, for the frame clocks' handlers. */
static Counters *current;

typedef struct {
  Counters        *counters;
  FkImportPreview *preview;   /* the last seen, held: a new one cannot reuse its address */
} Watch;

static void
watch_free (Watch *watch)
{
  g_clear_pointer (&watch->preview, fk_import_preview_unref);
  g_free (watch);
}

static void
item_changed_cb (FkImportItem *item,
                 Watch        *watch)
{
  FkImportPreview *preview = fk_import_item_get_preview (item);

  watch->counters->changes++;
  if (preview != watch->preview && watch->preview != NULL &&
      fk_import_item_get_state (item) != FK_IMPORT_ITEM_IMPORTED)
    watch->counters->previews++;
  g_clear_pointer (&watch->preview, fk_import_preview_unref);
  watch->preview = preview != NULL ? fk_import_preview_ref (preview) : NULL;
}

static Frames *
frames_of (GtkWidget *window)
{
  return FK_IS_IMPORT_DIALOG (window) ? &current->dialog : &current->window;
}

static void
before_paint_cb (GdkFrameClock *clock,
                 GtkWidget     *window)
{
  frames_of (window)->started = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  Frames *frames = frames_of (window);
  gint64 took;

  if (frames->started == 0)
    return;
  took = g_get_monotonic_time () - frames->started;
  frames->n++;
  frames->total += took;
  frames->longest = MAX (frames->longest, took);
  frames->started = 0;
}

static void
watch_frames (GtkWidget *window,
              gboolean   watch)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  if (watch)
    {
      g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), window);
      g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), window);
    }
  else
    {
      g_signal_handlers_disconnect_by_func (clock, before_paint_cb, window);
      g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
    }
}

/* Runs the main loop until the dialog is idle; notes the longest turn. */
static double
run_until_idle (FkImportDialog *dialog,
                Counters       *counters,
                gint64          start)
{
  while (fk_import_dialog_is_busy (dialog))
    {
      gint64 t = g_get_monotonic_time ();

      g_main_context_iteration (NULL, TRUE);
      counters->longest_turn = MAX (counters->longest_turn, g_get_monotonic_time () - t);
    }
  return (g_get_monotonic_time () - start) / 1e6;
}

static void
report (const char     *what,
        gboolean        with_window,
        guint           n,
        double          seconds,
        const Counters *c)
{
  g_print ("%-12s %3u files, %-23s %7.3f s, longest turn %6.1f ms, row updates %4u, previews remade %4u\n",
           with_window ? "over window," : "dialog alone", n, what, seconds, c->longest_turn / 1000.0,
           c->changes, c->previews);
  g_print ("    frames: dialog %4u (%6.3f s, longest %6.1f ms)",
           c->dialog.n, c->dialog.total / 1e6, c->dialog.longest / 1000.0);
  if (with_window)
    g_print (", main window %4u (%6.3f s, longest %6.1f ms)",
             c->window.n, c->window.total / 1e6, c->window.longest / 1000.0);
  g_print ("\n");
}

/* FK_BENCH_PNG=folder keeps the dialog as a picture after each step, to
 * look at: import-dialog-<n>-<step>.png. */
static void
save_png (GtkWidget  *dialog,
          guint       n,
          const char *step)
{
  const char *folder = g_getenv ("FK_BENCH_PNG");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int width = gtk_widget_get_width (dialog), height = gtk_widget_get_height (dialog);

  if (folder == NULL)
    return;
  paintable = gtk_widget_paintable_new (dialog);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (dialog)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  name = g_strdup_printf ("import-dialog-%u-%s.png", n, step);
  path = g_build_filename (folder, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static FkStudy *
new_study (const char *dir,
           const char *name,
           FkModel    *model,
           FkRegion   *region)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  FkStudy *study = fk_study_create (path, model, region, "Benchmark", "sv", NULL, &error);

  g_assert_no_error (error);
  return study;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) listing = g_dir_open (path, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  if (listing == NULL)
    g_unlink (path);
  else
    g_rmdir (path);
}

static void
run (guint    n,
     gboolean with_window)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fk-bench-XXXXXX", &error);
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = fk_bench_region (n, "bench");
  g_autoptr(FkStudy) source = new_study (dir, "kommunerna.fkarta", model, region);
  FkStudy *lead = new_study (dir, "samordnaren.fkarta", model, region);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GPtrArray) watches = g_ptr_array_new_with_free_func ((GDestroyNotify) watch_free);
  gint64 round = fk_study_get_latest_round (source)->id;
  Counters adding = { 0 }, importing = { 0 };
  FkWindow *window = NULL;
  FkImportDialog *dialog;
  GListModel *items;
  double seconds;
  gint64 start;

  for (guint m = 0; m < n; m++)
    {
      g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
      const FkMunicipality *municipality = g_ptr_array_index (region->municipalities, m);
      g_autoptr(FkResponse) response = NULL;
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;

      for (guint c = 0; c < model->capabilities->len; c++)
        g_ptr_array_add (batch, fk_bench_score (round, municipality->code,
                                                ((FkCapability *) model->capabilities->pdata[c])->key, m, c));
      g_assert_true (fk_study_set_scores (source, batch, &error));
      response = fk_response_new_from_study (source, round, municipality->code, FALSE, NULL, &error);
      g_assert_no_error (error);
      /* Every third as the spreadsheet form, as people send them. */
      name = g_strdup_printf ("%s.%s", municipality->code, m % 3 == 2 ? "csv" : "fksvar");
      path = g_build_filename (dir, name, NULL);
      if (m % 3 == 2)
        g_assert_true (fk_response_write_csv_file (response, "sv", path, &error));
      else
        g_assert_true (fk_response_write_file (response, path, &error));
      file = g_file_new_for_path (path);
      g_list_store_append (files, file);
    }

  /* The app as the workshop lead has it: the main window on the Collect
   * page, the dialog over it; or the dialog alone. */
  if (with_window)
    {
      window = fk_window_new (NULL, lead);
      gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
      gtk_window_present (GTK_WINDOW (window));
      fk_window_set_visible_page (window, "collect");
    }
  dialog = fk_import_dialog_new (GTK_WINDOW (window), lead);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  current = &adding;
  watch_frames (GTK_WIDGET (dialog), TRUE);
  if (window != NULL)
    watch_frames (GTK_WIDGET (window), TRUE);

  start = g_get_monotonic_time ();
  fk_import_dialog_add_files (dialog, G_LIST_MODEL (files));
  items = fk_import_dialog_get_items (dialog);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FkImportItem) item = g_list_model_get_item (items, i);
      Watch *watch = g_new0 (Watch, 1);

      watch->counters = &adding;
      g_signal_connect (item, "changed", G_CALLBACK (item_changed_cb), watch);
      g_ptr_array_add (watches, watch);
    }
  seconds = run_until_idle (dialog, &adding, start);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FkImportItem) item = g_list_model_get_item (items, i);
      g_assert_cmpint (fk_import_item_get_state (item), ==, FK_IMPORT_ITEM_READY);
    }
  /* The previews drawn: one more frame. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  seconds = (g_get_monotonic_time () - start) / 1e6;
  report ("add until previewed", with_window, n, seconds, &adding);
  if (with_window)
    save_png (GTK_WIDGET (dialog), n, "added");

  current = &importing;
  for (guint i = 0; i < watches->len; i++)
    ((Watch *) watches->pdata[i])->counters = &importing;
  start = g_get_monotonic_time ();
  g_assert_true (fk_import_dialog_import (dialog));
  seconds = run_until_idle (dialog, &importing, start);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FkImportItem) item = g_list_model_get_item (items, i);
      g_assert_cmpint (fk_import_item_get_state (item), ==, FK_IMPORT_ITEM_IMPORTED);
    }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  seconds = (g_get_monotonic_time () - start) / 1e6;
  report ("Import until all are in", with_window, n, seconds, &importing);
  if (with_window)
    save_png (GTK_WIDGET (dialog), n, "imported");

  watch_frames (GTK_WIDGET (dialog), FALSE);
  if (window != NULL)
    watch_frames (GTK_WIDGET (window), FALSE);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FkImportItem) item = g_list_model_get_item (items, i);
      g_signal_handlers_disconnect_by_func (item, item_changed_cb, watches->pdata[i]);
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
  /* Let the window's pages let go of the study. */
  for (int i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
  g_clear_object (&lead);
  g_clear_object (&source);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("fk-bench-home-XXXXXX", NULL);
  int result = 0;

  setlocale (LC_ALL, "");
  /* The window adds its study to the recent files: not the real ones. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_set_prgname ("bench-import-dialog");
  g_set_application_name ("bench-import-dialog");
  if (!gtk_init_check ())
    {
      g_print ("bench-import-dialog: no display (run it under xvfb-run -a)\n");
      result = 77;
    }
  else
    {
      adw_init ();
      g_print ("default model, 2/3 of the files JSON, 1/3 the CSV form; the dialog alone, "
               "or over the main window (Collect page) at 1920 × 1080\n");
      /* Other sizes as arguments: bench-import-dialog 290 */
      const guint sizes[] = { 14, 100 };
      int n_sizes = argc > 1 ? argc - 1 : (int) G_N_ELEMENTS (sizes);

      for (int i = 0; i < n_sizes; i++)
        {
          guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[i + 1], NULL, 10) : sizes[i];

          g_assert_cmpuint (n, >, 0);
          run (n, FALSE);
          run (n, TRUE);
        }
    }
  remove_tree (home);
  return result;
}
