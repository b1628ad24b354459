/* bench-annex.c — the whole PDF annex: the 14 Fyrbodal municipalities
 * with the default model, and a synthetic 290 × 200 study
 *
 * For each: reading the study into the input, building the document,
 * laying it out and writing it, in wall-clock and CPU seconds, the
 * pages, and the peak resident size of the process so far (getrusage).
 * Figures, not a test: docs/performance.md, "PDF annex".
 */
#include "config.h"
#include "fk-annex.h"
#include "bench-util.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sys/resource.h>

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static double
peak_rss_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;   /* kilobytes on Linux */
}

static FkStudy *
filled_study (const char *dir,
              const char *name,
              FkModel    *model,
              FkRegion   *region)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  FkStudy *study = fk_study_create (path, model, region, name, "sv", NULL, &error);
  gint64 round;

  g_assert_no_error (error);
  round = fk_study_get_latest_round (study)->id;
  fk_bench_fill_round (study, round);
  return study;
}

/* The best of @runs annexes of @study (the first also warms the fonts). */
static void
bench (const char *what,
       FkStudy    *study,
       const char *dir,
       guint       runs)
{
  g_autofree char *out = g_build_filename (dir, "annex.pdf", NULL);
  double best_wall = G_MAXDOUBLE, best_cpu = G_MAXDOUBLE;
  double input_wall = 0, build_wall = 0, write_wall = 0;
  guint n_pages = 0;

  for (guint run = 0; run < runs; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GTimer) timer = g_timer_new ();
      g_autoptr(FkAnnexInput) input = NULL;
      g_autoptr(FkPdfDocument) doc = NULL;
      FkAnnexOptions options = { 0 };
      double cpu0 = cpu_seconds (), t_input, t_build, wall, cpu;

      input = fk_annex_input_new (study, &options, &error);
      g_assert_no_error (error);
      t_input = g_timer_elapsed (timer, NULL);
      doc = fk_annex_build (input, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      t_build = g_timer_elapsed (timer, NULL);
      g_assert_true (fk_pdf_document_write (doc, out, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      wall = g_timer_elapsed (timer, NULL);
      cpu = cpu_seconds () - cpu0;
      n_pages = fk_pdf_document_get_n_pages (doc);
      if (wall < best_wall)
        {
          best_wall = wall;
          input_wall = t_input;
          build_wall = t_build - t_input;
          write_wall = wall - t_build;
        }
      best_cpu = MIN (best_cpu, cpu);
    }
  g_print ("%s: %u pages, best of %u: %.3f s wall (read %.3f, build %.3f, lay out and write %.3f), "
           "%.3f s CPU; peak RSS so far %.0f MB\n",
           what, n_pages, runs, best_wall, input_wall, build_wall, write_wall, best_cpu, peak_rss_mb ());
  g_unlink (out);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(FkModel) model = NULL;
  g_autoptr(FkRegion) region = NULL;
  g_autoptr(FkModel) big_model = NULL;
  g_autoptr(FkRegion) big_region = NULL;
  g_autoptr(FkStudy) fyrbodal = NULL;
  g_autoptr(FkStudy) synthetic = NULL;
  const char *only = argc > 1 ? argv[1] : NULL;

  setlocale (LC_ALL, "");
  dir = g_dir_make_tmp ("fk-bench-annex-XXXXXX", &error);
  g_assert_no_error (error);

  if (only == NULL || g_str_equal (only, "fyrbodal"))
    {
      model = fk_model_new_default (&error);
      g_assert_no_error (error);
      region = fk_region_new_default (&error);
      g_assert_no_error (error);
      fyrbodal = filled_study (dir, "fyrbodal.fkarta", model, region);
      bench ("annex, 14 municipalities × 43 capabilities (default model)", fyrbodal, dir, 5);
    }
  if (only == NULL || g_str_equal (only, "synthetic"))
    {
      big_model = fk_bench_model (10, 200);
      big_region = fk_bench_region (290, "synthetic");
      synthetic = filled_study (dir, "synthetic.fkarta", big_model, big_region);
      bench ("annex, 290 municipalities × 200 capabilities (synthetic)", synthetic, dir, 1);
    }
  g_clear_object (&fyrbodal);
  g_clear_object (&synthetic);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);

        g_unlink (file);
      }
  }
  g_rmdir (dir);
  return 0;
}
