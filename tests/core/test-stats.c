/* test-stats.c — medians and means, the round snapshot and its matrices */
#include "fk-test-util.h"
#include "fk-stats.h"
#include "fk-study-snapshot.h"

#include <math.h>

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

/* The selection median equals the sorting one, on many lengths with many
 * equal values (as levels are) and without. */
static void
test_median_select (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  g_assert_true (isnan (fk_stats_median_select (NULL, 0)));
  for (guint n = 1; n < 300; n += 1 + n / 10)
    for (guint distinct = 1; distinct <= 1000; distinct *= 10)
      {
        g_autofree double *a = g_new (double, n);
        g_autofree double *b = g_new (double, n);
        double median;

        for (guint i = 0; i < n; i++)
          a[i] = b[i] = g_rand_int_range (rand, 0, distinct) * 0.5 - 2;
        median = fk_stats_median_select (a, n);
        g_assert_cmpfloat (median, ==, fk_stats_median_in_place (b, n));
      }
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
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  g_autoptr(FkRoundSnapshot) none = NULL;
  FkMatrix *current;
  FkMatrix *target;
  FkMatrix *gap;
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

  snapshot = fk_study_read_snapshot (study, round_id, &error);
  g_assert_no_error (error);
  current = fk_round_snapshot_get_matrix (snapshot, FK_MEASURE_CURRENT);
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
  g_assert_cmpfloat (fk_matrix_column_median (current, 0, FK_SIZE_FILTER_ALL), ==, 3.5);
  g_assert_cmpfloat (fk_matrix_column_mean (current, 0, FK_SIZE_FILTER_ALL), ==, 3.25);
  g_assert_cmpuint (fk_matrix_column_count (current, 0, FK_SIZE_FILTER_ALL), ==, 4);
  g_assert_cmpfloat (fk_matrix_column_median (current, 0, FK_SIZE_FILTER_MEDIUM), ==, 3.5);
  g_assert_cmpfloat (fk_matrix_column_median (current, 0, FK_SIZE_FILTER_LARGE), ==, 5.0);
  g_assert_cmpuint (fk_matrix_column_count (current, 2, FK_SIZE_FILTER_ALL), ==, 1);
  g_assert_true (isnan (fk_matrix_column_median (current, 2, FK_SIZE_FILTER_SMALL)));

  /* Row aggregates: Dals-Ed 1, 2, NA. */
  g_assert_cmpfloat (fk_matrix_row_mean (current, 0), ==, 1.5);
  g_assert_cmpfloat (fk_matrix_row_area_mean (current, 0, 0), ==, 1.5);
  g_assert_true (isnan (fk_matrix_row_area_mean (current, 0, 1)));
  /* Area 0 means: 1.5, 3, 4, 5 → 3.5; area 1: only Orust's 0. */
  g_assert_cmpfloat (fk_matrix_area_median (current, 0, FK_SIZE_FILTER_ALL), ==, 3.5);
  g_assert_cmpfloat (fk_matrix_area_median (current, 1, FK_SIZE_FILTER_ALL), ==, 0.0);
  g_assert_true (isnan (fk_matrix_area_median (current, 1, FK_SIZE_FILTER_LARGE)));

  /* A target where current is "not applicable" is no value; a target
   * without a current level is. */
  target = fk_round_snapshot_get_matrix (snapshot, FK_MEASURE_TARGET);
  g_assert_true (isnan (fk_matrix_get (target, 0, 2)));
  g_assert_cmpfloat (fk_matrix_get (target, 3, 1), ==, 3.0);
  g_assert_cmpfloat (fk_matrix_get (target, 0, 0), ==, 3.0);

  gap = fk_round_snapshot_get_matrix (snapshot, FK_MEASURE_GAP);
  g_assert_cmpfloat (fk_matrix_get (gap, 0, 0), ==, 2.0);
  g_assert_cmpfloat (fk_matrix_get (gap, 2, 2), ==, 2.0);
  g_assert_true (isnan (fk_matrix_get (gap, 3, 1)));
  g_assert_true (isnan (fk_matrix_get (gap, 0, 1)));

  none = fk_study_read_snapshot (study, round_id + 100, &error);
  g_assert_null (none);
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* ---- the snapshot against a plain recomputation ------------------------- */

/* What the measure of a score is, written out again here as the matrix of
 * before the snapshot computed it: one read and one scan per question. */
static double
reference_value (const FkScore *score,
                 FkMeasure      measure)
{
  gboolean current_is_level = score->current >= 0;
  gboolean target_is_level = score->target >= 0;

  switch (measure)
    {
    case FK_MEASURE_CURRENT:
      return current_is_level ? score->current : NAN;
    case FK_MEASURE_TARGET:
      return score->current != FK_LEVEL_NA && target_is_level ? score->target : NAN;
    case FK_MEASURE_RISK:
      if (score->current == FK_LEVEL_NA || score->sustain == FK_SUSTAIN_UNSET)
        return NAN;
      return (score->sustain == FK_SUSTAIN_NO ? 2 : score->sustain == FK_SUSTAIN_DIFFICULT ? 1 : 0)
             + (score->key_person == FK_KEY_PERSON_YES ? 1 : 0);
    case FK_MEASURE_INTEREST:
      if (score->current == FK_LEVEL_NA || score->interest == FK_INTEREST_UNSET)
        return NAN;
      return score->interest == FK_INTEREST_YES ? 2 : score->interest == FK_INTEREST_MAYBE ? 1 : 0;
    case FK_MEASURE_DEVIATION:   /* the current level; reference_build subtracts the median */
      return current_is_level ? score->current : NAN;
    case FK_MEASURE_GAP:
    default:
      return current_is_level && target_is_level ? score->target - score->current : NAN;
    }
}

typedef struct {
  guint   n_rows, n_cols;
  double *values;
  FkSizeClass *size;
  guint  *area;
} Reference;

static void
reference_clear (Reference *ref)
{
  g_free (ref->values);
  g_free (ref->size);
  g_free (ref->area);
}

static void
reference_build (Reference *ref,
                 FkStudy   *study,
                 gint64     round_id,
                 FkMeasure  measure)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = fk_study_list_scores (study, round_id, NULL, &error);
  FkModel *model = fk_study_get_model (study);
  FkRegion *region = fk_study_get_region (study);

  g_assert_no_error (error);
  ref->n_rows = region->municipalities->len;
  ref->n_cols = model->capabilities->len;
  ref->values = g_new (double, ref->n_rows * ref->n_cols);
  for (guint i = 0; i < ref->n_rows * ref->n_cols; i++)
    ref->values[i] = NAN;
  ref->size = g_new (FkSizeClass, ref->n_rows);
  for (guint r = 0; r < ref->n_rows; r++)
    ref->size[r] = fk_region_municipality_size_class (region, g_ptr_array_index (region->municipalities, r));
  ref->area = g_new (guint, ref->n_cols);
  for (guint c = 0; c < ref->n_cols; c++)
    for (guint a = 0; a < model->areas->len; a++)
      if (g_str_equal (((FkCapability *) g_ptr_array_index (model->capabilities, c))->area,
                       ((FkArea *) g_ptr_array_index (model->areas, a))->key))
        ref->area[c] = a;
  for (guint i = 0; i < scores->len; i++)
    {
      const FkScore *score = g_ptr_array_index (scores, i);
      int col = fk_model_index_of (model, score->capability);
      int row = -1;

      for (guint r = 0; r < ref->n_rows; r++)
        if (g_str_equal (((FkMunicipality *) g_ptr_array_index (region->municipalities, r))->code,
                         score->municipality))
          row = r;
      g_assert_cmpint (row, >=, 0);
      g_assert_cmpint (col, >=, 0);
      ref->values[row * ref->n_cols + col] = reference_value (score, measure);
    }
  if (measure == FK_MEASURE_DEVIATION)
    {
      g_autofree double *column = g_new (double, MAX (ref->n_rows, 1));

      for (guint c = 0; c < ref->n_cols; c++)
        {
          double median;

          for (guint r = 0; r < ref->n_rows; r++)
            column[r] = ref->values[r * ref->n_cols + c];
          median = fk_stats_median (column, ref->n_rows);
          for (guint r = 0; r < ref->n_rows; r++)
            ref->values[r * ref->n_cols + c] -= median;
        }
    }
}

/* Min and max of the non-NAN values, NAN for none. */
static double
reference_min (const double *values,
               guint         n)
{
  double min = NAN;

  for (guint i = 0; i < n; i++)
    if (!isnan (values[i]) && (isnan (min) || values[i] < min))
      min = values[i];
  return min;
}

static double
reference_max (const double *values,
               guint         n)
{
  double max = NAN;

  for (guint i = 0; i < n; i++)
    if (!isnan (values[i]) && (isnan (max) || values[i] > max))
      max = values[i];
  return max;
}

static gboolean
passes (FkSizeFilter filter,
        FkSizeClass  size)
{
  return filter == FK_SIZE_FILTER_ALL || (int) filter == (int) size + 1;
}

static double
reference_area_mean (const Reference *ref,
                     guint            row,
                     guint            area)
{
  g_autofree double *buf = g_new (double, ref->n_cols);

  for (guint c = 0; c < ref->n_cols; c++)
    buf[c] = ref->area[c] == area ? ref->values[row * ref->n_cols + c] : NAN;
  return fk_stats_mean (buf, ref->n_cols);
}

/* Equal, with NAN equal to NAN. */
static void
assert_same (double a,
             double b)
{
  if (isnan (a) || isnan (b))
    g_assert_true (isnan (a) && isnan (b));
  else
    g_assert_cmpfloat_with_epsilon (a, b, 1e-9);
}

static void
assert_matches_reference (FkStudy *study,
                          gint64   round_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = fk_study_read_snapshot (study, round_id, &error);
  guint n_areas = fk_study_get_model (study)->areas->len;

  g_assert_no_error (error);
  for (FkMeasure measure = 0; measure < FK_N_MEASURES; measure++)
    {
      FkMatrix *matrix = fk_round_snapshot_get_matrix (snapshot, measure);
      Reference ref = { 0, };
      g_autofree double *column = NULL;
      g_autofree double *means = NULL;

      reference_build (&ref, study, round_id, measure);
      g_assert_cmpuint (matrix->n_rows, ==, ref.n_rows);
      g_assert_cmpuint (matrix->n_cols, ==, ref.n_cols);
      column = g_new (double, ref.n_rows);
      means = g_new (double, ref.n_rows);

      for (guint r = 0; r < ref.n_rows; r++)
        {
          for (guint c = 0; c < ref.n_cols; c++)
            assert_same (fk_matrix_get (matrix, r, c), ref.values[r * ref.n_cols + c]);
          assert_same (fk_matrix_row_mean (matrix, r), fk_stats_mean (ref.values + r * ref.n_cols, ref.n_cols));
          assert_same (fk_matrix_row_median (matrix, r), fk_stats_median (ref.values + r * ref.n_cols, ref.n_cols));
          assert_same (fk_matrix_row_min (matrix, r), reference_min (ref.values + r * ref.n_cols, ref.n_cols));
          assert_same (fk_matrix_row_max (matrix, r), reference_max (ref.values + r * ref.n_cols, ref.n_cols));
          g_assert_cmpuint (fk_matrix_row_count (matrix, r), ==, fk_stats_count (ref.values + r * ref.n_cols, ref.n_cols));
          for (guint a = 0; a < n_areas; a++)
            assert_same (fk_matrix_row_area_mean (matrix, r, a), reference_area_mean (&ref, r, a));
        }

      for (FkSizeFilter f = 0; f < FK_N_SIZE_FILTERS; f++)
        {
          for (guint c = 0; c < ref.n_cols; c++)
            {
              for (guint r = 0; r < ref.n_rows; r++)
                column[r] = passes (f, ref.size[r]) ? ref.values[r * ref.n_cols + c] : NAN;
              assert_same (fk_matrix_column_median (matrix, c, f), fk_stats_median (column, ref.n_rows));
              assert_same (fk_matrix_column_mean (matrix, c, f), fk_stats_mean (column, ref.n_rows));
              g_assert_cmpuint (fk_matrix_column_count (matrix, c, f), ==, fk_stats_count (column, ref.n_rows));
              assert_same (fk_matrix_column_min (matrix, c, f), reference_min (column, ref.n_rows));
              assert_same (fk_matrix_column_max (matrix, c, f), reference_max (column, ref.n_rows));
            }
          for (guint a = 0; a < n_areas; a++)
            {
              for (guint r = 0; r < ref.n_rows; r++)
                means[r] = passes (f, ref.size[r]) ? reference_area_mean (&ref, r, a) : NAN;
              assert_same (fk_matrix_area_median (matrix, a, f), fk_stats_median (means, ref.n_rows));
              assert_same (fk_matrix_area_mean (matrix, a, f), fk_stats_mean (means, ref.n_rows));
              assert_same (fk_matrix_area_min (matrix, a, f), reference_min (means, ref.n_rows));
              assert_same (fk_matrix_area_max (matrix, a, f), reference_max (means, ref.n_rows));
              g_assert_cmpuint (fk_matrix_area_count (matrix, a, f), ==, fk_stats_count (means, ref.n_rows));
            }
        }
      reference_clear (&ref);
    }
}

/* Every measure and aggregate of the snapshot equals a plain recomputation
 * from the study's scores: on the filled default study, and on the same
 * with holes (not assessed, not applicable, a target without a level). */
static void
test_snapshot_matches_recomputation (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "ref.fkarta");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) holes = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  FkModel *model = fk_study_get_model (study);
  FkRegion *region = fk_study_get_region (study);
  gint64 round_id = fk_study_get_latest_round (study)->id;

  assert_matches_reference (study, round_id);   /* nothing assessed */
  fk_test_study_fill (study, round_id);
  assert_matches_reference (study, round_id);

  for (guint m = 0; m < region->municipalities->len; m++)
    for (guint c = m % 3; c < model->capabilities->len; c += 3 + m % 4)
      {
        const FkMunicipality *mun = g_ptr_array_index (region->municipalities, m);
        const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
        FkScore *score = fk_score_new (round_id, mun->code, cap->key);

        switch ((m + c) % 4)
          {
          case 0:                                            /* as older studies may hold */
            score->current = FK_LEVEL_NA; score->target = 3;
            score->sustain = FK_SUSTAIN_NO; score->interest = FK_INTEREST_YES;
            break;
          case 1: score->target = 4; break;                  /* no current level */
          case 2:                                            /* no target; every answer */
            score->current = 2;
            score->sustain = (m + c) % 4;                    /* unset, yes, difficult, no */
            score->key_person = c % 3;
            score->interest = m % 4;
            break;
          default: score->comment = g_strdup ("bara en kommentar"); break;
          }
        g_ptr_array_add (holes, score);
      }
  g_assert_true (fk_study_set_scores (study, holes, &error));
  g_assert_no_error (error);
  assert_matches_reference (study, round_id);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* The snapshot keeps what it read: later writes do not reach it. */
static void
test_snapshot_is_immutable (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "imm.fkarta");
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRoundSnapshot) before = NULL;
  g_autoptr(FkRoundSnapshot) after = NULL;
  g_autoptr(FkScore) score = NULL;
  gint64 round_id = fk_study_get_latest_round (study)->id;
  const char *cap = ((FkCapability *) fk_study_get_model (study)->capabilities->pdata[0])->key;
  int row;

  fk_test_study_fill (study, round_id);
  before = fk_study_read_snapshot (study, round_id, &error);
  g_assert_no_error (error);
  row = fk_round_snapshot_find_row (before, "1460");
  g_assert_cmpint (row, >=, 0);
  g_assert_nonnull (fk_round_snapshot_get_score (before, row, 0));
  g_assert_cmpuint (fk_round_snapshot_count_assessed (before, row), ==,
                    fk_round_snapshot_get_n_cols (before));

  score = fk_score_new (round_id, "1460", cap);   /* all unset: deletes the row */
  g_assert_true (fk_study_set_score (study, score, &error));
  after = fk_study_read_snapshot (study, round_id, &error);
  g_assert_no_error (error);

  g_assert_nonnull (fk_round_snapshot_get_score (before, row, 0));
  g_assert_null (fk_round_snapshot_get_score (after, row, 0));
  g_assert_false (isnan (fk_matrix_get (fk_round_snapshot_get_matrix (before, FK_MEASURE_CURRENT), row, 0)));
  g_assert_true (isnan (fk_matrix_get (fk_round_snapshot_get_matrix (after, FK_MEASURE_CURRENT), row, 0)));
  g_assert_cmpuint (fk_round_snapshot_count_assessed (after, row), ==,
                    fk_round_snapshot_get_n_cols (after) - 1);
  g_assert_cmpstr (fk_round_snapshot_get_round_name (after), ==, fk_study_get_latest_round (study)->name);
  g_assert_cmpint (fk_round_snapshot_find_row (after, "9999"), ==, -1);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* Boxed and enum types, for properties and bindings. */
static void
test_types (void)
{
  GEnumClass *measures = g_type_class_ref (FK_TYPE_MEASURE);
  GEnumClass *filters = g_type_class_ref (FK_TYPE_SIZE_FILTER);

  g_assert_true (G_TYPE_IS_BOXED (FK_TYPE_ROUND_SNAPSHOT));
  g_assert_true (G_TYPE_IS_BOXED (FK_TYPE_MATRIX));
  g_assert_true (G_TYPE_IS_BOXED (FK_TYPE_PROFILE));
  g_assert_true (G_TYPE_IS_BOXED (FK_TYPE_MODEL));
  g_assert_true (G_TYPE_IS_BOXED (FK_TYPE_REGION));
  g_assert_cmpuint (measures->n_values, ==, FK_N_MEASURES);
  g_assert_cmpuint (filters->n_values, ==, FK_N_SIZE_FILTERS);
  g_assert_cmpstr (g_enum_get_value (measures, FK_MEASURE_GAP)->value_nick, ==, "gap");
  g_assert_true (G_TYPE_IS_ENUM (FK_TYPE_SIZE_CLASS));
  g_type_class_unref (measures);
  g_type_class_unref (filters);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/stats/doubles", test_doubles);
  g_test_add_func ("/core/stats/median-select", test_median_select);
  g_test_add_func ("/core/stats/matrix", test_matrix);
  g_test_add_func ("/core/stats/snapshot-matches-recomputation", test_snapshot_matches_recomputation);
  g_test_add_func ("/core/stats/snapshot-is-immutable", test_snapshot_is_immutable);
  g_test_add_func ("/core/stats/types", test_types);

  return g_test_run ();
}
