/* bench-measures.c — how long every measure and aggregate of a round takes
 * on a synthetic study of 290 municipalities × 200 capabilities (a model
 * and region made up here, not the default model): the round snapshot read
 * from the study, the same computed from scores already in memory, and one
 * look-up of every aggregate, and the heatmap's display list of the
 * current level with its default aggregates (fk_heatmap_layout_new), the
 * first one and again (text widths are kept). Prints figures; asserts
 * only that the work was done. Run: meson test -C _build --benchmark -v
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include "fk-core.h"
#include "fk-heatmap-layout.h"
#include "fk-candidates-chart.h"
#include "bench-util.h"

#define N_MUNICIPALITIES 290
#define N_CAPABILITIES   200
#define N_AREAS          10

static double
report (const char *what,
        GTimer     *timer,
        guint       count,
        const char *unit)
{
  double s = g_timer_elapsed (timer, NULL);

  g_print ("%-52s %9.4f s  %12.1f %s/s\n", what, s, count / MAX (s, 1e-9), unit);
  g_timer_start (timer);
  return s;
}

/* Reads every aggregate once, as a heatmap with its margins and legends
 * would; returns a sum so that nothing is optimised away. */
static double
read_every_aggregate (FkRoundSnapshot *snapshot)
{
  double sum = 0;

  for (FkMeasure measure = 0; measure < FK_N_MEASURES; measure++)
    {
      FkMatrix *m = fk_round_snapshot_get_matrix (snapshot, measure);

      for (guint r = 0; r < m->n_rows; r++)
        {
          double v[] = { fk_matrix_row_mean (m, r), fk_matrix_row_median (m, r),
                         fk_matrix_row_min (m, r), fk_matrix_row_max (m, r) };

          for (guint i = 0; i < G_N_ELEMENTS (v); i++)
            sum += isnan (v[i]) ? 0 : v[i];
          sum += fk_matrix_row_count (m, r);
          for (guint c = 0; c < m->n_cols; c++)
            sum += isnan (fk_matrix_get (m, r, c)) ? 0 : fk_matrix_get (m, r, c);
        }
      for (FkSizeFilter f = 0; f < FK_N_SIZE_FILTERS; f++)
        {
          for (guint c = 0; c < m->n_cols; c++)
            {
              double v[] = { fk_matrix_column_mean (m, c, f), fk_matrix_column_median (m, c, f),
                             fk_matrix_column_min (m, c, f), fk_matrix_column_max (m, c, f) };

              for (guint i = 0; i < G_N_ELEMENTS (v); i++)
                sum += isnan (v[i]) ? 0 : v[i];
              sum += fk_matrix_column_count (m, c, f);
              if (measure == 0)
                sum += fk_round_snapshot_count_low (snapshot, c, f)
                       + fk_round_snapshot_count_cannot_sustain (snapshot, c, f)
                       + fk_round_snapshot_count_interested (snapshot, c, f);
            }
          for (guint a = 0; a < m->n_areas; a++)
            {
              double v[] = { fk_matrix_area_mean (m, a, f), fk_matrix_area_median (m, a, f),
                             fk_matrix_area_min (m, a, f), fk_matrix_area_max (m, a, f) };

              for (guint i = 0; i < G_N_ELEMENTS (v); i++)
                sum += isnan (v[i]) ? 0 : v[i];
              sum += fk_matrix_area_count (m, a, f);
            }
        }
    }
  return sum;
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fk-bench-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "synthetic.fkarta", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(FkModel) model = fk_bench_model (N_AREAS, N_CAPABILITIES);
  g_autoptr(FkRegion) region = fk_bench_region (N_MUNICIPALITIES, "synthetic");
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  g_autoptr(FkRoundSnapshot) in_memory = NULL;
  guint n_cells = N_MUNICIPALITIES * N_CAPABILITIES;
  double best = G_MAXDOUBLE;
  double sum;
  gint64 round;

  setlocale (LC_ALL, "");
  g_assert_no_error (error);
  study = fk_study_create (path, model, region, "Benchmark", "sv", NULL, &error);
  g_assert_no_error (error);
  round = fk_study_get_latest_round (study)->id;
  g_print ("synthetic: %u municipalities × %u capabilities (%u areas) = %u cells, %u measures\n",
           N_MUNICIPALITIES, N_CAPABILITIES, N_AREAS, n_cells, FK_N_MEASURES);

  fk_bench_fill_round (study, round);
  report ("synthetic: batched writes, 290 municipalities", timer, n_cells, "scores");

  all = fk_study_list_scores (study, round, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, >, 0);
  report ("synthetic: read every score", timer, all->len, "scores");

  snapshot = fk_study_read_snapshot (study, round, &error);
  g_assert_no_error (error);
  report ("synthetic: snapshot read, every measure and aggregate", timer, n_cells, "cells");

  /* The computation alone: the same scores already in memory, best of 5. */
  for (int i = 0; i < 5; i++)
    {
      GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
      double s;

      for (guint j = 0; j < all->len; j++)
        g_ptr_array_add (copy, fk_score_copy (all->pdata[j]));
      g_timer_start (timer);
      g_clear_pointer (&in_memory, fk_round_snapshot_unref);
      in_memory = fk_round_snapshot_new (model, region, round, "R", "synthetic", copy);
      s = g_timer_elapsed (timer, NULL);
      best = MIN (best, s);
    }
  g_print ("%-52s %9.4f s  %12.1f %s/s\n", "synthetic: every measure and aggregate, in memory (best of 5)",
           best, n_cells / MAX (best, 1e-9), "cells");
  g_timer_start (timer);

  sum = read_every_aggregate (snapshot);
  report ("synthetic: look up every cell and aggregate", timer, n_cells * FK_N_MEASURES, "cells");
  g_assert_cmpfloat (sum, ==, read_every_aggregate (in_memory));
  g_assert_cmpuint (fk_matrix_column_count (fk_round_snapshot_get_matrix (snapshot, FK_MEASURE_CURRENT),
                                            0, FK_SIZE_FILTER_ALL), >, 0);

  /* The heatmap's display list. Text widths are kept for the process
   * (per font size and weight): the first layout at a size measures
   * every name, the next ones (a view's change of measure) look them up. */
  {
    g_autoptr(FkHeatmapLayout) layout = NULL;
    g_autoptr(FkHeatmapLayout) warm_up = NULL;
    FkHeatmapOptions options;

    /* Fonts loaded (the process's first text), at another size. */
    fk_heatmap_options_init (&options);
    options.cell_size = 30;
    warm_up = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
    g_timer_start (timer);
    layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", NULL);
    g_assert_cmpuint (layout->cells->len, >=, n_cells);
    report ("synthetic: heatmap layout, current, names measured", timer, n_cells, "cells");
  }
  best = G_MAXDOUBLE;
  for (int i = 0; i < 5; i++)
    {
      g_autoptr(FkHeatmapLayout) layout = NULL;
      double s;

      g_timer_start (timer);
      layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", NULL);
      s = g_timer_elapsed (timer, NULL);
      best = MIN (best, s);
      g_assert_cmpuint (layout->cells->len, >=, n_cells);
    }
  g_print ("%-52s %9.4f s  %12.1f %s/s\n", "synthetic: heatmap layout, current, again (best of 5)",
           best, n_cells / MAX (best, 1e-9), "cells");

  /* The area overview, and the change from this round to a second one in
   * memory where every third current level rose by one (a level of 5 is
   * then "no longer assessed"), best of 5 each. */
  {
    g_autoptr(FkRoundSnapshot) later = NULL;
    GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
    FkHeatmapOptions options;
    double best_change = G_MAXDOUBLE, best_layout = G_MAXDOUBLE, best_areas = G_MAXDOUBLE;

    for (guint j = 0; j < all->len; j++)
      {
        FkScore *score = fk_score_copy (all->pdata[j]);

        score->round_id = round + 1;
        if (j % 3 == 0 && score->current >= 0)
          score->current = score->current < 5 ? score->current + 1 : FK_LEVEL_UNSET;
        g_ptr_array_add (copy, score);
      }
    later = fk_round_snapshot_new (model, region, round + 1, "R2", "synthetic", copy);
    for (int i = 0; i < 5; i++)
      {
        g_autoptr(FkRoundChange) change = NULL;
        g_autoptr(FkHeatmapLayout) layout = NULL;
        g_autoptr(FkHeatmapLayout) areas = NULL;

        g_timer_start (timer);
        change = fk_round_change_new (snapshot, later, FK_MEASURE_CURRENT, &error);
        best_change = MIN (best_change, g_timer_elapsed (timer, NULL));
        g_assert_no_error (error);
        g_assert_cmpuint (fk_round_change_count (change, 0, FK_CHANGE_ROSE, FK_SIZE_FILTER_ALL), >, 0);

        fk_heatmap_options_init (&options);
        options.grid = FK_HEATMAP_GRID_CHANGE;
        options.baseline = snapshot;
        g_timer_start (timer);
        layout = fk_heatmap_layout_new (later, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
        best_layout = MIN (best_layout, g_timer_elapsed (timer, NULL));
        g_assert_cmpuint (layout->cells->len, >=, n_cells);

        fk_heatmap_options_init (&options);
        options.grid = FK_HEATMAP_GRID_AREAS;
        g_timer_start (timer);
        areas = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "sv", &options);
        best_areas = MIN (best_areas, g_timer_elapsed (timer, NULL));
        g_assert_cmpuint (areas->n_rows, ==, N_AREAS + 1);
      }
    g_print ("%-52s %9.4f s  %12.1f %s/s\n", "synthetic: change of current level (best of 5)",
             best_change, n_cells / MAX (best_change, 1e-9), "cells");
    g_print ("%-52s %9.4f s  %12.1f %s/s\n", "synthetic: heatmap layout, change (best of 5)",
             best_layout, n_cells / MAX (best_layout, 1e-9), "cells");
    g_print ("%-52s %9.4f s  %12.1f %s/s\n", "synthetic: heatmap layout, area overview (best of 5)",
             best_areas, N_MUNICIPALITIES * N_AREAS / MAX (best_areas, 1e-9), "cells");
  }

  /* The collaboration candidates (issue 11): the ranking, every reason
   * (as the candidates page shows them), and the figure of the top ten,
   * best of 5 each. */
  {
    FkCandidateWeights weights;
    FkCandidatesChartOptions chart_options;
    double best_cands = G_MAXDOUBLE, best_reasons = G_MAXDOUBLE, best_chart = G_MAXDOUBLE;
    guint n_cands = 0;

    fk_candidate_weights_init (&weights);
    fk_candidates_chart_options_init (&chart_options);
    chart_options.language = "sv";
    for (int i = 0; i < 5; i++)
      {
        g_autoptr(FkCandidates) cands = NULL;
        FkCandidatesChart *chart;

        g_timer_start (timer);
        cands = fk_candidates_new (snapshot, &weights);
        best_cands = MIN (best_cands, g_timer_elapsed (timer, NULL));
        n_cands = fk_candidates_get_n (cands);
        g_assert_cmpuint (n_cands + fk_candidates_get_n_strong (cands), >, 0);

        g_timer_start (timer);
        for (guint c = 0; c < n_cands; c++)
          g_free (fk_candidates_get_reason (cands, fk_candidates_get (cands, c), NULL));
        best_reasons = MIN (best_reasons, g_timer_elapsed (timer, NULL));

        g_timer_start (timer);
        chart = fk_candidates_chart_new (cands, &chart_options);
        best_chart = MIN (best_chart, g_timer_elapsed (timer, NULL));
        g_assert_cmpuint (chart->rows->len, ==, MIN (n_cands, 10));
        fk_candidates_chart_free (chart);
      }
    g_print ("%-52s %9.4f s  %12.1f %s/s\n", "synthetic: candidates, ranked (best of 5)",
             best_cands, n_cells / MAX (best_cands, 1e-9), "cells");
    g_print ("%-52s %9.4f s  %12.1f %s/s\n", "synthetic: candidates, every reason (best of 5)",
             best_reasons, n_cands / MAX (best_reasons, 1e-9), "reasons");
    g_print ("%-52s %9.4f s\n", "synthetic: candidates figure, top 10 (best of 5)", best_chart);
  }

  g_clear_object (&study);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
  return 0;
}
