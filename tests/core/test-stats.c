/* test-stats.c — medians and means of levels, and the score matrix */
#include "fk-test-util.h"
#include "fk-stats.h"

#include <math.h>

static void
test_median_levels (void)
{
  const int odd[] = { 3, 1, 2 };
  const int even[] = { 4, 1, 3, 2 };
  const int with_unset[] = { FK_LEVEL_NA, 5, FK_LEVEL_UNSET, 0, FK_LEVEL_NA };
  const int only_unset[] = { FK_LEVEL_UNSET, FK_LEVEL_NA };
  const int one[] = { 0 };

  g_assert_cmpfloat (fk_stats_median_levels (odd, G_N_ELEMENTS (odd)), ==, 2.0);
  g_assert_cmpfloat (fk_stats_median_levels (even, G_N_ELEMENTS (even)), ==, 2.5);
  /* Not applicable and not assessed are no level, 0 is one. */
  g_assert_cmpfloat (fk_stats_median_levels (with_unset, G_N_ELEMENTS (with_unset)), ==, 2.5);
  g_assert_cmpfloat (fk_stats_median_levels (one, 1), ==, 0.0);
  g_assert_true (isnan (fk_stats_median_levels (only_unset, G_N_ELEMENTS (only_unset))));
  g_assert_true (isnan (fk_stats_median_levels (NULL, 0)));

  g_assert_cmpuint (fk_stats_count_levels (with_unset, G_N_ELEMENTS (with_unset)), ==, 2);
  g_assert_cmpuint (fk_stats_count_levels (only_unset, G_N_ELEMENTS (only_unset)), ==, 0);
}

static void
test_mean_levels (void)
{
  const int levels[] = { 1, FK_LEVEL_NA, 2, FK_LEVEL_UNSET, 4 };
  const int only_unset[] = { FK_LEVEL_UNSET };

  g_assert_cmpfloat_with_epsilon (fk_stats_mean_levels (levels, G_N_ELEMENTS (levels)), 7.0 / 3.0, 1e-12);
  g_assert_true (isnan (fk_stats_mean_levels (only_unset, 1)));
  g_assert_true (isnan (fk_stats_mean_levels (NULL, 0)));
}

static void
test_doubles (void)
{
  double values[] = { 2.5, NAN, 0.5, 4.0, NAN };
  const double copy[] = { 2.5, NAN, 0.5, 4.0, NAN };

  g_assert_cmpfloat (fk_stats_median (values, G_N_ELEMENTS (values)), ==, 2.5);
  g_assert_cmpfloat (fk_stats_median (values, 4), ==, 2.5);
  g_assert_cmpfloat (fk_stats_median (values, 3), ==, 1.5);
  g_assert_cmpfloat_with_epsilon (fk_stats_mean (values, G_N_ELEMENTS (values)), 7.0 / 3.0, 1e-12);
  g_assert_cmpuint (fk_stats_count (values, G_N_ELEMENTS (values)), ==, 3);
  g_assert_true (isnan (fk_stats_median (values + 1, 1)));
  g_assert_true (isnan (fk_stats_mean (values + 4, 1)));
  /* The input is not reordered. */
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (!isnan (copy[i]))
      g_assert_cmpfloat (values[i], ==, copy[i]);
}

static const char region_json[] =
  "{\"format\": \"formagekarta-region\", \"format_version\": 1,"
  " \"id\": \"t\", \"name\": \"T\","
  " \"municipalities\": ["
  "  {\"code\": \"1438\", \"name\": \"Dals-Ed\", \"population\": 4813},"
  "  {\"code\": \"1484\", \"name\": \"Lysekil\", \"population\": 14555},"
  "  {\"code\": \"1421\", \"name\": \"Orust\", \"population\": 15177},"
  "  {\"code\": \"1488\", \"name\": \"Trollhättan\", \"population\": 59058}]}";

static void
set_levels (FkStudy    *study,
            gint64      round_id,
            const char *code,
            const char *capability,
            int         current,
            int         target)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) score = fk_score_new (round_id, code, capability);

  score->current = current;
  score->target = target;
  fk_study_set_score (study, score, &error);
  g_assert_no_error (error);
}

static void
test_matrix (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autofree char *model_path = fk_test_data_path ("models/minimal.json");
  g_autofree char *path = g_build_filename (dir, "m.fkarta", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_from_file (model_path, &error);
  g_autoptr(FkRegion) region = fk_region_new_from_data (region_json, -1, "region", &error);
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkMatrix) current = NULL;
  g_autoptr(FkMatrix) target = NULL;
  g_autoptr(FkMatrix) gap = NULL;
  g_autoptr(FkMatrix) none = NULL;
  gint64 round_id;

  g_assert_no_error (error);
  study = fk_study_create (path, model, region, "Matrix", "en", NULL, &error);
  g_assert_no_error (error);
  round_id = fk_study_get_latest_round (study)->id;

  /* Capabilities: styrning.strategi, styrning.finansiering (area 0),
   * drift.sakerhetskopiering (area 1). */
  set_levels (study, round_id, "1438", "styrning.strategi", 1, 3);
  set_levels (study, round_id, "1438", "styrning.finansiering", 2, FK_LEVEL_UNSET);
  set_levels (study, round_id, "1438", "drift.sakerhetskopiering", FK_LEVEL_NA, 4);
  set_levels (study, round_id, "1484", "styrning.strategi", 3, 3);
  set_levels (study, round_id, "1421", "styrning.strategi", 4, 5);
  set_levels (study, round_id, "1421", "drift.sakerhetskopiering", 0, 2);
  set_levels (study, round_id, "1488", "styrning.strategi", 5, 5);
  set_levels (study, round_id, "1488", "styrning.finansiering", FK_LEVEL_UNSET, 3);

  current = fk_matrix_new_for_round (study, round_id, FK_MEASURE_CURRENT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (current->n_rows, ==, 4);
  g_assert_cmpuint (current->n_cols, ==, 3);
  g_assert_cmpuint (current->n_areas, ==, 2);
  g_assert_cmpstr (fk_matrix_get_municipality (current, 3)->code, ==, "1488");
  g_assert_cmpstr (fk_matrix_get_capability (current, 2)->key, ==, "drift.sakerhetskopiering");
  g_assert_cmpint (fk_matrix_find_row (current, "1421"), ==, 2);
  g_assert_cmpint (fk_matrix_find_row (current, "9999"), ==, -1);
  g_assert_cmpuint (current->col_area[1], ==, 0);
  g_assert_cmpuint (current->col_area[2], ==, 1);
  g_assert_cmpint (current->row_size[0], ==, FK_SIZE_SMALL);
  g_assert_cmpint (current->row_size[2], ==, FK_SIZE_MEDIUM);
  g_assert_cmpint (current->row_size[3], ==, FK_SIZE_LARGE);

  g_assert_cmpfloat (fk_matrix_get (current, 0, 0), ==, 1.0);
  g_assert_cmpfloat (fk_matrix_get (current, 2, 2), ==, 0.0);
  g_assert_true (isnan (fk_matrix_get (current, 0, 2)));      /* not applicable */
  g_assert_true (fk_matrix_is_not_applicable (current, 0, 2));
  g_assert_true (isnan (fk_matrix_get (current, 1, 1)));      /* not assessed */
  g_assert_false (fk_matrix_is_not_applicable (current, 1, 1));

  /* Column aggregates: strategi 1, 3, 4, 5. */
  g_assert_cmpfloat (fk_matrix_column_median (current, 0, FK_SIZE_ANY), ==, 3.5);
  g_assert_cmpfloat (fk_matrix_column_mean (current, 0, FK_SIZE_ANY), ==, 3.25);
  g_assert_cmpuint (fk_matrix_column_count (current, 0, FK_SIZE_ANY), ==, 4);
  g_assert_cmpfloat (fk_matrix_column_median (current, 0, FK_SIZE_MEDIUM), ==, 3.5);
  g_assert_cmpfloat (fk_matrix_column_median (current, 0, FK_SIZE_LARGE), ==, 5.0);
  g_assert_cmpuint (fk_matrix_column_count (current, 2, FK_SIZE_ANY), ==, 1);
  g_assert_true (isnan (fk_matrix_column_median (current, 2, FK_SIZE_SMALL)));

  /* Row aggregates: Dals-Ed 1, 2, NA. */
  g_assert_cmpfloat (fk_matrix_row_mean (current, 0), ==, 1.5);
  g_assert_cmpfloat (fk_matrix_row_area_mean (current, 0, 0), ==, 1.5);
  g_assert_true (isnan (fk_matrix_row_area_mean (current, 0, 1)));
  /* Area 0 means: 1.5, 3, 4, 5 → 3.5; area 1: only Orust's 0. */
  g_assert_cmpfloat (fk_matrix_area_median (current, 0, FK_SIZE_ANY), ==, 3.5);
  g_assert_cmpfloat (fk_matrix_area_median (current, 1, FK_SIZE_ANY), ==, 0.0);
  g_assert_true (isnan (fk_matrix_area_median (current, 1, FK_SIZE_LARGE)));

  /* A target where current is "not applicable" is no value; a target
   * without a current level is. */
  target = fk_matrix_new_for_round (study, round_id, FK_MEASURE_TARGET, &error);
  g_assert_no_error (error);
  g_assert_true (isnan (fk_matrix_get (target, 0, 2)));
  g_assert_cmpfloat (fk_matrix_get (target, 3, 1), ==, 3.0);
  g_assert_cmpfloat (fk_matrix_get (target, 0, 0), ==, 3.0);

  gap = fk_matrix_new_for_round (study, round_id, FK_MEASURE_GAP, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (fk_matrix_get (gap, 0, 0), ==, 2.0);
  g_assert_cmpfloat (fk_matrix_get (gap, 2, 2), ==, 2.0);
  g_assert_true (isnan (fk_matrix_get (gap, 3, 1)));
  g_assert_true (isnan (fk_matrix_get (gap, 0, 1)));

  none = fk_matrix_new_for_round (study, round_id + 100, FK_MEASURE_CURRENT, &error);
  g_assert_null (none);
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/stats/median-levels", test_median_levels);
  g_test_add_func ("/core/stats/mean-levels", test_mean_levels);
  g_test_add_func ("/core/stats/doubles", test_doubles);
  g_test_add_func ("/core/stats/matrix", test_matrix);

  return g_test_run ();
}
