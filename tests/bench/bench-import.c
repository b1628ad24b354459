/* bench-import.c — how long collecting takes: every municipality's
 * response written (JSON, and every third as the CSV form), then read,
 * previewed and imported into a lead's study, one file at a time as the
 * import dialog and `formagekarta-cli import` do; then the same files
 * again, which change nothing. For Fyrbodal's 14 and for all 290 of
 * Sweden. Prints figures; asserts only that the work was done.
 * Run: meson test -C _build --benchmark -v
 */
#include <glib/gstdio.h>
#include <locale.h>
#include "fk-core.h"
#include "bench-util.h"

static void
report (const char *what,
        GTimer     *timer,
        guint       count,
        const char *unit)
{
  double s = g_timer_elapsed (timer, NULL);

  g_print ("%-44s %9.3f s  %9.1f %s/s\n", what, s, count / MAX (s, 1e-9), unit);
  g_timer_start (timer);
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

/* Reads, previews and applies every file; returns how many scores came
 * in. Prints how the time went: reading runs in a thread in the app, the
 * preview and the write on the main thread. */
static guint
import_all (FkStudy   *lead,
            GPtrArray *paths,
            char     **out_parts)
{
  g_autoptr(GTimer) part = g_timer_new ();
  double reading = 0, previewing = 0, applying = 0;
  guint n_written = 0;

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *checksum = NULL;
      g_autoptr(FkResponse) response = fk_import_read_response_file (paths->pdata[i], &checksum, &error);
      FkImportOptions options = { FALSE, FALSE, NULL, checksum };
      g_autoptr(FkImportPreview) preview = NULL;

      g_assert_no_error (error);
      reading += g_timer_elapsed (part, NULL);
      g_timer_start (part);
      preview = fk_import_preview_new (lead, response, &options, &error);
      g_assert_no_error (error);
      n_written += fk_import_preview_get_n_new (preview) + fk_import_preview_get_n_changed (preview);
      previewing += g_timer_elapsed (part, NULL);
      g_timer_start (part);
      g_assert_true (fk_import_apply (lead, preview, NULL, &error));
      g_assert_no_error (error);
      applying += g_timer_elapsed (part, NULL);
      g_timer_start (part);
    }
  *out_parts = g_strdup_printf ("  per file: read %.1f ms, preview %.1f ms, write %.1f ms\n",
                                1000 * reading / paths->len, 1000 * previewing / paths->len,
                                1000 * applying / paths->len);
  return n_written;
}

static void
run (guint n_municipalities)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fk-bench-XXXXXX", &error);
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = fk_bench_region (n_municipalities, "bench");
  g_autoptr(FkStudy) source = new_study (dir, "kommunerna.fkarta", model, region);
  g_autoptr(FkStudy) lead = new_study (dir, "samordnaren.fkarta", model, region);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GDir) listing = NULL;
  gint64 round = fk_study_get_latest_round (source)->id;
  guint n_caps = model->capabilities->len;
  g_autofree char *parts = NULL;
  guint n_scores;
  const char *name;

  for (guint m = 0; m < n_municipalities; m++)
    {
      g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
      const FkMunicipality *municipality = g_ptr_array_index (region->municipalities, m);

      for (guint c = 0; c < n_caps; c++)
        g_ptr_array_add (batch, fk_bench_score (round, municipality->code,
                                                ((FkCapability *) model->capabilities->pdata[c])->key, m, c));
      g_assert_true (fk_study_set_scores (source, batch, &error));
    }
  g_print ("%u municipalities × %u capabilities\n", n_municipalities, n_caps);
  g_timer_start (timer);

  for (guint m = 0; m < n_municipalities; m++)
    {
      const FkMunicipality *municipality = g_ptr_array_index (region->municipalities, m);
      g_autoptr(FkResponse) response = fk_response_new_from_study (source, round, municipality->code,
                                                                   FALSE, NULL, &error);
      gboolean csv = m % 3 == 2;
      g_autofree char *file = g_strdup_printf ("%s.%s", municipality->code, csv ? "csv" : "fksvar");
      char *path = g_build_filename (dir, file, NULL);

      g_assert_no_error (error);
      if (csv)
        g_assert_true (fk_response_write_csv_file (response, "sv", path, &error));
      else
        g_assert_true (fk_response_write_file (response, path, &error));
      g_ptr_array_add (paths, path);
    }
  report ("write every response (2/3 JSON, 1/3 CSV)", timer, paths->len, "files");

  n_scores = import_all (lead, paths, &parts);
  g_assert_cmpuint (n_scores, >, 0);
  report ("read, preview and import each file", timer, paths->len, "files");
  g_print ("%s", parts);
  g_clear_pointer (&parts, g_free);

  g_assert_cmpuint (import_all (lead, paths, &parts), ==, 0);
  report ("the same files again (nothing changes)", timer, paths->len, "files");
  g_print ("%s", parts);

  g_clear_object (&source);
  g_clear_object (&lead);
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (void)
{
  setlocale (LC_ALL, "");
  run (14);
  run (290);
  return 0;
}
