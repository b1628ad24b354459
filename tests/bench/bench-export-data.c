/* bench-export-data.c — how long the data annex (XLSX and CSV) takes, and
 * how much memory, for the 14 Fyrbodal municipalities with the default
 * model and for a synthetic study of 290 municipalities × 200
 * capabilities. Each export runs in a process of its own (this program
 * started again with "export STUDY"), as `formagekarta-cli export` would:
 * open the study, read the round, rank the candidates, describe the
 * scenarios, write the workbook, write the CSV; its peak resident memory
 * is that process's. Prints figures; asserts only that the work was
 * done. Run: meson test -C _build --benchmark -v
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <sys/resource.h>
#include "fk-core.h"
#include "fk-export-data.h"
#include "bench-util.h"

/* A study at @path of @region × @model, every score from fk_bench_score(). */
static void
make_study (const char *path,
            FkModel    *model,
            FkRegion   *region)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_study_create (path, model, region, "Benchmark", "sv", NULL, &error);
  gint64 round;

  g_assert_no_error (error);
  round = fk_study_get_latest_round (study)->id;
  fk_bench_fill_round (study, round);
}

static double
lap (GTimer *timer)
{
  double s = g_timer_elapsed (timer, NULL);

  g_timer_start (timer);
  return s;
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_size;
}

/* The child: one export of the study at @path, as the CLI does it. */
static int
export_one (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  g_autoptr(FkCandidates) candidates = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(FkExportData) data = NULL;
  g_autofree char *xlsx = g_strconcat (path, ".xlsx", NULL);
  g_autofree char *csv = g_strconcat (path, ".csv", NULL);
  FkCandidateWeights weights;
  double t_read, t_gather, t_xlsx, t_csv;
  struct rusage usage;

  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  snapshot = fk_study_read_snapshot (study, fk_study_get_latest_round (study)->id, &error);
  g_assert_no_error (error);
  t_read = lap (timer);
  fk_candidate_weights_init (&weights);
  candidates = fk_candidates_new (snapshot, &weights);
  scenarios = fk_study_list_scenarios (study, &error);
  g_assert_no_error (error);
  texts = fk_export_scenarios_describe (scenarios, candidates, "sv", NULL);
  data = fk_export_data_new (candidates, texts, "sv", NULL, FK_PALETTE_DEFAULT);
  t_gather = lap (timer);
  g_assert_true (fk_export_data_write_xlsx (data, xlsx, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  t_xlsx = lap (timer);
  g_assert_true (fk_export_data_write_csv (data, 0, csv, NULL, &error));
  g_assert_no_error (error);
  t_csv = lap (timer);
  getrusage (RUSAGE_SELF, &usage);
  g_print ("  open + read the round            %8.3f s\n"
           "  candidates + scenario texts      %8.3f s\n"
           "  XLSX                             %8.3f s  (%" G_GOFFSET_FORMAT " KB)\n"
           "  CSV                              %8.3f s  (%" G_GOFFSET_FORMAT " KB)\n"
           "  total                            %8.3f s\n"
           "  peak resident memory             %8.1f MB\n",
           t_read, t_gather, t_xlsx, file_size (xlsx) / 1024, t_csv, file_size (csv) / 1024,
           t_read + t_gather + t_xlsx + t_csv, usage.ru_maxrss / 1024.0);
  return 0;
}

static void
run_child (const char *self,
           const char *path,
           const char *label)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { self, "export", path, NULL };
  int status;

  g_print ("%s\n", label);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *demo = NULL;
  g_autofree char *big = NULL;
  g_autofree char *self = NULL;

  setlocale (LC_ALL, "");
  if (argc == 3 && g_str_equal (argv[1], "export"))
    return export_one (argv[2]);

  dir = g_dir_make_tmp ("fk-bench-data-XXXXXX", &error);
  g_assert_no_error (error);
  demo = g_build_filename (dir, "fyrbodal.fkarta", NULL);
  big = g_build_filename (dir, "synthetic.fkarta", NULL);
  {
    g_autoptr(FkModel) model = fk_model_new_default (&error);
    g_autoptr(FkRegion) region = fk_region_new_default (&error);

    g_assert_no_error (error);
    make_study (demo, model, region);
  }
  {
    g_autoptr(FkModel) model = fk_bench_model (10, 200);
    g_autoptr(FkRegion) region = fk_bench_region (290, "synthetic");

    make_study (big, model, region);
  }
  self = g_file_read_link ("/proc/self/exe", NULL);
  run_child (self != NULL ? self : argv[0], demo, "Fyrbodal: 14 municipalities × 43 capabilities (default model)");
  run_child (self != NULL ? self : argv[0], big, "synthetic: 290 municipalities × 200 capabilities");

  for (const char *name; ; )
    {
      g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);

      while ((name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *file = g_build_filename (dir, name, NULL);

          g_unlink (file);
        }
      break;
    }
  g_rmdir (dir);
  return 0;
}
