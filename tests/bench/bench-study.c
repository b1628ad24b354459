/* bench-study.c — how long the study takes with all 290 municipalities of
 * Sweden: writing every score, reading them back, the matrix behind a
 * heatmap (the round snapshot), and every municipality's profile. Prints figures; asserts only
 * that the work was done. Run: meson test -C _build --benchmark -v
 */
#include <glib/gstdio.h>
#include <locale.h>
#include "fk-core.h"
#include "bench-util.h"

#define N_MUNICIPALITIES 290

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

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fk-bench-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sverige.fkarta", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = fk_bench_region (N_MUNICIPALITIES, "sverige");
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  guint n_caps = model->capabilities->len;
  guint n_profiles = 0;
  gint64 round;

  setlocale (LC_ALL, "");
  g_assert_no_error (error);
  study = fk_study_create (path, model, region, "Benchmark", "sv", NULL, &error);
  g_assert_no_error (error);
  round = fk_study_get_latest_round (study)->id;
  g_print ("%u municipalities × %u capabilities = %u scores\n",
           N_MUNICIPALITIES, n_caps, N_MUNICIPALITIES * n_caps);
  report ("create the study", timer, 1, "studies");

  /* One municipality answered one edit at a time, as in the scoring view:
   * each write is its own durable transaction. */
  for (guint c = 0; c < n_caps; c++)
    {
      g_autoptr(FkScore) score = fk_score_new (round, "1000",
                                               ((FkCapability *) model->capabilities->pdata[c])->key);
      score->current = c % 6;
      g_assert_true (fk_study_set_score (study, score, &error));
    }
  report ("single edits, one municipality", timer, n_caps, "edits");

  /* Every other municipality in one transaction each, as an import would. */
  for (int m = 1; m < N_MUNICIPALITIES; m++)
    {
      g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
      g_autofree char *code = g_strdup_printf ("%04d", 1000 + m);

      for (guint c = 0; c < n_caps; c++)
        {
          FkScore *score = fk_score_new (round, code, ((FkCapability *) model->capabilities->pdata[c])->key);
          score->current = (m + c) % 6;
          score->target = MIN (5, score->current + 1);
          score->comment = g_strdup ("Underlag: ärendestatistik 2020.");
          g_ptr_array_add (batch, score);
        }
      g_assert_true (fk_study_set_scores (study, batch, &error));
    }
  report ("batched writes, 289 municipalities", timer, (N_MUNICIPALITIES - 1) * n_caps, "scores");

  all = fk_study_list_scores (study, round, NULL, &error);
  g_assert_cmpuint (all->len, ==, N_MUNICIPALITIES * n_caps);
  report ("read every score", timer, all->len, "scores");

  snapshot = fk_study_read_snapshot (study, round, &error);
  g_assert_no_error (error);
  report ("round snapshot: read, every measure and aggregate", timer, all->len, "cells");

  /* As the profile page does: a snapshot of its own for each profile. */
  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);
      g_autoptr(FkRoundSnapshot) own = fk_study_read_snapshot (study, round, &error);
      g_autoptr(FkProfile) profile = fk_profile_new (own, m->code, &error);

      g_assert_no_error (error);
      n_profiles++;
    }
  report ("every municipality's profile, each alone", timer, n_profiles, "profiles");

  /* The same from one snapshot, as an annex of all would. */
  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);
      g_autoptr(FkProfile) profile = fk_profile_new (snapshot, m->code, &error);

      g_assert_no_error (error);
    }
  report ("every municipality's profile, one snapshot", timer, n_profiles, "profiles");

  g_clear_object (&study);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
  return 0;
}
