/* test-round-change.c — the change of a measure between two rounds: each
 * cell's state and difference, the aggregates of the differences, the
 * rose/fell counts, and snapshots that cannot be compared. The fixture
 * is fk_test_two_rounds() (fk-test-util.h); every expected number is
 * worked out by hand from its table in the comments. */
#include "fk-test-util.h"
#include "fk-core.h"

#include <math.h>

enum { DALSED, LYSEKIL, TROLLHATTAN };            /* region rows */
enum { STRATEGI, FINANSIERING, SAKERHET };        /* model columns */
enum { STYRNING, DRIFT };                         /* model areas */

static void
test_states (void)
{
  g_autoptr(FkRoundSnapshot) from = NULL;
  g_autoptr(FkRoundSnapshot) to = NULL;
  g_autoptr(FkRoundChange) change = NULL;
  g_autoptr(GError) error = NULL;

  fk_test_two_rounds (&from, &to);
  change = fk_round_change_new (from, to, FK_MEASURE_CURRENT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (change);
  g_assert_true (fk_round_change_get_from (change) == from);
  g_assert_true (fk_round_change_get_to (change) == to);

  /* Dals-Ed: strategi 2 → 4 rose by 2, finansiering 3 → 3, n/a both times. */
  g_assert_cmpint (fk_round_change_get_state (change, DALSED, STRATEGI), ==, FK_CHANGE_ROSE);
  g_assert_cmpfloat (fk_round_change_get_difference (change, DALSED, STRATEGI), ==, 2);
  g_assert_cmpfloat (fk_round_change_get_before (change, DALSED, STRATEGI), ==, 2);
  g_assert_cmpfloat (fk_round_change_get_after (change, DALSED, STRATEGI), ==, 4);
  g_assert_cmpint (fk_round_change_get_state (change, DALSED, FINANSIERING), ==, FK_CHANGE_UNCHANGED);
  g_assert_cmpfloat (fk_round_change_get_difference (change, DALSED, FINANSIERING), ==, 0);
  g_assert_cmpint (fk_round_change_get_state (change, DALSED, SAKERHET), ==, FK_CHANGE_NOT_APPLICABLE);
  g_assert_true (isnan (fk_round_change_get_difference (change, DALSED, SAKERHET)));
  g_assert_true (fk_matrix_is_not_applicable (fk_round_change_get_matrix (change), DALSED, SAKERHET));

  /* Lysekil: strategi 1 → 0 fell, finansiering – → 2 newly assessed, 4 → 4. */
  g_assert_cmpint (fk_round_change_get_state (change, LYSEKIL, STRATEGI), ==, FK_CHANGE_FELL);
  g_assert_cmpfloat (fk_round_change_get_difference (change, LYSEKIL, STRATEGI), ==, -1);
  g_assert_cmpint (fk_round_change_get_state (change, LYSEKIL, FINANSIERING), ==, FK_CHANGE_NEWLY_ASSESSED);
  g_assert_true (isnan (fk_round_change_get_difference (change, LYSEKIL, FINANSIERING)));
  g_assert_true (isnan (fk_round_change_get_before (change, LYSEKIL, FINANSIERING)));
  g_assert_cmpfloat (fk_round_change_get_after (change, LYSEKIL, FINANSIERING), ==, 2);
  g_assert_cmpint (fk_round_change_get_state (change, LYSEKIL, SAKERHET), ==, FK_CHANGE_UNCHANGED);

  /* Trollhättan: 3 → 3, finansiering 3 → – no longer assessed, – → 1 new. */
  g_assert_cmpint (fk_round_change_get_state (change, TROLLHATTAN, STRATEGI), ==, FK_CHANGE_UNCHANGED);
  g_assert_cmpint (fk_round_change_get_state (change, TROLLHATTAN, FINANSIERING), ==, FK_CHANGE_NO_LONGER_ASSESSED);
  g_assert_cmpfloat (fk_round_change_get_before (change, TROLLHATTAN, FINANSIERING), ==, 3);
  g_assert_true (isnan (fk_round_change_get_after (change, TROLLHATTAN, FINANSIERING)));
  g_assert_true (isnan (fk_round_change_get_difference (change, TROLLHATTAN, FINANSIERING)));
  g_assert_cmpint (fk_round_change_get_state (change, TROLLHATTAN, SAKERHET), ==, FK_CHANGE_NEWLY_ASSESSED);
}

static void
test_aggregates (void)
{
  g_autoptr(FkRoundSnapshot) from = NULL;
  g_autoptr(FkRoundSnapshot) to = NULL;
  g_autoptr(FkRoundChange) change = NULL;
  FkMatrix *m;
  FkSizeFilter all = FK_SIZE_FILTER_ALL;

  fk_test_two_rounds (&from, &to);
  change = fk_round_change_new (from, to, FK_MEASURE_CURRENT, NULL);
  m = fk_round_change_get_matrix (change);
  g_assert_cmpint (m->round_id, ==, 2);

  /* strategi: +2, −1, 0 → mean 1/3, median 0, range −1…+2; one rose, one
   * fell, one unchanged, all three compared. */
  g_assert_cmpfloat_with_epsilon (fk_matrix_column_mean (m, STRATEGI, all), 1.0 / 3, 1e-12);
  g_assert_cmpfloat (fk_matrix_column_median (m, STRATEGI, all), ==, 0);
  g_assert_cmpfloat (fk_matrix_column_min (m, STRATEGI, all), ==, -1);
  g_assert_cmpfloat (fk_matrix_column_max (m, STRATEGI, all), ==, 2);
  g_assert_cmpuint (fk_matrix_column_count (m, STRATEGI, all), ==, 3);
  g_assert_cmpuint (fk_round_change_count (change, STRATEGI, FK_CHANGE_ROSE, all), ==, 1);
  g_assert_cmpuint (fk_round_change_count (change, STRATEGI, FK_CHANGE_FELL, all), ==, 1);
  g_assert_cmpuint (fk_round_change_count (change, STRATEGI, FK_CHANGE_UNCHANGED, all), ==, 1);

  /* finansiering: only Dals-Ed has both (0); one new, one gone. */
  g_assert_cmpfloat (fk_matrix_column_mean (m, FINANSIERING, all), ==, 0);
  g_assert_cmpuint (fk_matrix_column_count (m, FINANSIERING, all), ==, 1);
  g_assert_cmpuint (fk_round_change_count (change, FINANSIERING, FK_CHANGE_NEWLY_ASSESSED, all), ==, 1);
  g_assert_cmpuint (fk_round_change_count (change, FINANSIERING, FK_CHANGE_NO_LONGER_ASSESSED, all), ==, 1);
  g_assert_cmpuint (fk_round_change_count (change, FINANSIERING, FK_CHANGE_ROSE, all), ==, 0);
  /* säkerhetskopiering: n/a, 0, new. */
  g_assert_cmpuint (fk_round_change_count (change, SAKERHET, FK_CHANGE_NOT_APPLICABLE, all), ==, 1);
  g_assert_cmpuint (fk_matrix_column_count (m, SAKERHET, all), ==, 1);

  /* Per municipality: Dals-Ed (2 + 0) / 2 = 1, Lysekil (−1 + 0) / 2 =
   * −0,5, Trollhättan 0 / 1 = 0. */
  g_assert_cmpfloat (fk_matrix_row_mean (m, DALSED), ==, 1);
  g_assert_cmpfloat (fk_matrix_row_mean (m, LYSEKIL), ==, -0.5);
  g_assert_cmpfloat (fk_matrix_row_mean (m, TROLLHATTAN), ==, 0);
  g_assert_cmpuint (fk_matrix_row_count (m, TROLLHATTAN), ==, 1);

  /* Per area: styrning Dals-Ed (2 + 0) / 2 = 1, Lysekil −1, Trollhättan
   * 0; their mean 0. drift: Lysekil 0 only. */
  g_assert_cmpfloat (fk_matrix_row_area_mean (m, DALSED, STYRNING), ==, 1);
  g_assert_cmpfloat (fk_matrix_row_area_mean (m, LYSEKIL, STYRNING), ==, -1);
  g_assert_cmpfloat (fk_matrix_area_mean (m, STYRNING, all), ==, 0);
  g_assert_true (isnan (fk_matrix_row_area_mean (m, DALSED, DRIFT)));
  g_assert_cmpuint (fk_matrix_area_count (m, DRIFT, all), ==, 1);

  /* The scale of the colours: the range, at most 5. */
  g_assert_cmpfloat (fk_round_change_get_scale (FK_MEASURE_CURRENT), ==, 5);
  g_assert_cmpfloat (fk_round_change_get_scale (FK_MEASURE_RISK), ==, 3);
  g_assert_cmpfloat (fk_round_change_get_scale (FK_MEASURE_GAP), ==, 5);
  g_assert_cmpstr (fk_round_change_get_label (FK_MEASURE_CURRENT), ==, "Change in current level");
}

/* Another measure: the target of an "not applicable" score is no value. */
static void
test_other_measure (void)
{
  g_autoptr(FkRoundSnapshot) from = NULL;
  g_autoptr(FkRoundSnapshot) to = NULL;
  g_autoptr(FkRoundChange) change = NULL;

  fk_test_two_rounds (&from, &to);
  change = fk_round_change_new (from, to, FK_MEASURE_TARGET, NULL);
  /* The fixture sets no targets: nothing to compare anywhere. */
  for (guint r = 0; r < 3; r++)
    for (guint c = 0; c < 3; c++)
      g_assert_cmpint (fk_round_change_get_state (change, r, c), ==,
                       r == DALSED && c == SAKERHET ? FK_CHANGE_NOT_APPLICABLE : FK_CHANGE_NOT_ASSESSED);
  g_assert_cmpint (fk_round_change_get_measure (change), ==, FK_MEASURE_TARGET);
}

static void
test_refused (void)
{
  g_autoptr(FkRoundSnapshot) from = NULL;
  g_autoptr(FkRoundSnapshot) to = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = NULL;
  g_autoptr(FkRoundSnapshot) other_model = NULL;
  g_autoptr(FkRoundSnapshot) other_region = NULL;
  g_autoptr(FkRegion) two = NULL;
  FkRoundChange *change;

  g_assert_no_error (error);
  fk_test_two_rounds (&from, &to);

  /* Another model (the default one) with the same municipalities. */
  other_model = fk_round_snapshot_new (model, fk_round_snapshot_get_region (to), 3, "R3", "other",
                                       g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free));
  g_assert_false (fk_round_change_can_compare (from, other_model, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "other"));
  g_clear_error (&error);
  change = fk_round_change_new (from, other_model, FK_MEASURE_CURRENT, &error);
  g_assert_null (change);
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);

  /* The same model, fewer municipalities. */
  two = fk_region_new_from_data ("{\"format\": \"formagekarta-region\", \"format_version\": 1, \"id\": \"minimal\","
                                 " \"name\": \"Two\", \"municipalities\": ["
                                 "{\"code\": \"1438\", \"name\": \"Dals-Ed\", \"population\": 4813},"
                                 "{\"code\": \"1484\", \"name\": \"Lysekil\", \"population\": 14555}]}",
                                 -1, "two", &error);
  g_assert_no_error (error);
  other_region = fk_round_snapshot_new (fk_round_snapshot_get_model (to), two, 3, "R3", "other",
                                        g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free));
  g_assert_false (fk_round_change_can_compare (from, other_region, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);

  /* Two rounds of one study compare, in either direction. */
  g_assert_true (fk_round_change_can_compare (from, to, &error));
  g_assert_true (fk_round_change_can_compare (to, from, &error));
  g_assert_no_error (error);
  (void) region;
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/round-change/states", test_states);
  g_test_add_func ("/core/round-change/aggregates", test_aggregates);
  g_test_add_func ("/core/round-change/other-measure", test_other_measure);
  g_test_add_func ("/core/round-change/refused", test_refused);
  return g_test_run ();
}
