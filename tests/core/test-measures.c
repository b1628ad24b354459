/* test-measures.c — every measure of a round and its aggregates against a
 * fixture computed by hand (docs/measures.md), the measures' metadata, an
 * empty round and a region of one municipality */
#include "fk-test-util.h"
#include "fk-stats.h"

#include <math.h>

/* Sizes: 0001 and 0002 small, 0003 and 0004 medium, 0005 large. */
static const char region_json[] =
  "{\"format\": \"formagekarta-region\", \"format_version\": 1,"
  " \"id\": \"t\", \"name\": \"T\","
  " \"size_thresholds\": {\"small_below\": 10000, \"large_above\": 50000},"
  " \"municipalities\": ["
  "  {\"code\": \"0001\", \"name\": \"A\", \"population\": 5000},"
  "  {\"code\": \"0002\", \"name\": \"B\", \"population\": 8000},"
  "  {\"code\": \"0003\", \"name\": \"C\", \"population\": 20000},"
  "  {\"code\": \"0004\", \"name\": \"D\", \"population\": 30000},"
  "  {\"code\": \"0005\", \"name\": \"E\", \"population\": 90000}]}";

static const char one_json[] =
  "{\"format\": \"formagekarta-region\", \"format_version\": 1,"
  " \"id\": \"o\", \"name\": \"O\","
  " \"municipalities\": ["
  "  {\"code\": \"0001\", \"name\": \"A\", \"population\": 5000}]}";

#define ROUND 7
#define U FK_LEVEL_UNSET
#define NA FK_LEVEL_NA
#define S_ FK_SUSTAIN_UNSET
#define SY FK_SUSTAIN_YES
#define SD FK_SUSTAIN_DIFFICULT
#define SN FK_SUSTAIN_NO
#define K_ FK_KEY_PERSON_UNSET
#define KY FK_KEY_PERSON_YES
#define KN FK_KEY_PERSON_NO
#define I_ FK_INTEREST_UNSET
#define IN FK_INTEREST_NO
#define IM FK_INTEREST_MAYBE
#define IY FK_INTEREST_YES

static const char * const caps[] = {
  "styrning.strategi", "styrning.finansiering", "drift.sakerhetskopiering",
};

typedef struct {
  const char *code;
  guint       cap;
  int         current, target;
  FkSustain   sustain;
  FkKeyPerson key_person;
  FkInterest  interest;
} Row;

/* Columns: c0 strategi and c1 finansiering (area 0), c2 säkerhetskopiering
 * (area 1). 0002 has nothing stored for c1; "not applicable" cells carry
 * answers as older studies may, which must count for nothing. */
static const Row fixture[] = {
  { "0001", 0, 1,  3, SN, KY, IY },
  { "0001", 1, 2,  U, SD, K_, IM },
  { "0001", 2, NA, U, SN, K_, IY },
  { "0002", 0, 3,  3, SY, KN, IN },
  { "0002", 2, U,  4, SN, KY, IM },
  { "0003", 0, 4,  5, SD, KY, I_ },
  { "0003", 1, 0,  2, S_, KY, IN },
  { "0003", 2, 2,  2, SY, K_, IY },
  { "0004", 0, 5,  5, SN, KN, IM },
  { "0004", 1, U,  U, S_, K_, I_ },   /* only a comment */
  { "0004", 2, 0,  1, SN, KY, IY },
  { "0005", 0, 2,  4, SY, KY, IN },
  { "0005", 1, 3,  U, S_, K_, I_ },
  { "0005", 2, NA, 3, S_, K_, I_ },
};

static FkRoundSnapshot *
snapshot_new (const char *json,
              const Row  *rows,
              guint       n_rows)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *model_path = fk_test_data_path ("models/minimal.json");
  g_autoptr(FkModel) model = fk_model_new_from_file (model_path, &error);
  g_autoptr(FkRegion) region = NULL;
  GPtrArray *scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);

  g_assert_no_error (error);
  region = fk_region_new_from_data (json, -1, "region", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n_rows; i++)
    {
      FkScore *score = fk_score_new (ROUND, rows[i].code, caps[rows[i].cap]);

      score->current = rows[i].current;
      score->target = rows[i].target;
      score->sustain = rows[i].sustain;
      score->key_person = rows[i].key_person;
      score->interest = rows[i].interest;
      score->comment = g_strdup ("underlag");
      g_ptr_array_add (scores, score);
    }
  return fk_round_snapshot_new (model, region, ROUND, "R", "fixture", scores);
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
assert_cells (FkRoundSnapshot *snapshot,
              FkMeasure        measure,
              const double     expected[5][3])
{
  FkMatrix *m = fk_round_snapshot_get_matrix (snapshot, measure);

  g_assert_cmpint (m->measure, ==, measure);
  for (guint r = 0; r < 5; r++)
    for (guint c = 0; c < 3; c++)
      assert_same (fk_matrix_get (m, r, c), expected[r][c]);
}

static void
test_cells (void)
{
  g_autoptr(FkRoundSnapshot) s = snapshot_new (region_json, fixture, G_N_ELEMENTS (fixture));
  static const double current[5][3] = {
    { 1, 2, NAN }, { 3, NAN, NAN }, { 4, 0, 2 }, { 5, NAN, 0 }, { 2, 3, NAN } };
  static const double target[5][3] = {
    { 3, NAN, NAN }, { 3, NAN, 4 }, { 5, 2, 2 }, { 5, NAN, 1 }, { 4, NAN, NAN } };
  static const double gap[5][3] = {
    { 2, NAN, NAN }, { 0, NAN, NAN }, { 1, 2, 0 }, { 0, NAN, 1 }, { 2, NAN, NAN } };
  /* no 2, with difficulty 1, yes 0, + 1 for a key person; nothing without
   * a sustain answer (0003 c1 has a key person only) or where not applicable */
  static const double risk[5][3] = {
    { 3, 1, NAN }, { 0, NAN, 3 }, { 2, NAN, 0 }, { 2, NAN, 3 }, { 1, NAN, NAN } };
  static const double interest[5][3] = {
    { 2, 1, NAN }, { 0, NAN, 1 }, { NAN, 0, 2 }, { 1, NAN, 2 }, { 0, NAN, NAN } };
  /* column medians of current: 3, 2, 1 */
  static const double deviation[5][3] = {
    { -2, 0, NAN }, { 0, NAN, NAN }, { 1, -2, 1 }, { 2, NAN, -1 }, { -1, 1, NAN } };
  FkMatrix *m = fk_round_snapshot_get_matrix (s, FK_MEASURE_RISK);

  assert_cells (s, FK_MEASURE_CURRENT, current);
  assert_cells (s, FK_MEASURE_TARGET, target);
  assert_cells (s, FK_MEASURE_GAP, gap);
  assert_cells (s, FK_MEASURE_RISK, risk);
  assert_cells (s, FK_MEASURE_INTEREST, interest);
  assert_cells (s, FK_MEASURE_DEVIATION, deviation);
  /* Every matrix knows which cells are "not applicable". */
  g_assert_true (fk_matrix_is_not_applicable (m, 0, 2));
  g_assert_true (fk_matrix_is_not_applicable (fk_round_snapshot_get_matrix (s, FK_MEASURE_DEVIATION), 4, 2));
  g_assert_false (fk_matrix_is_not_applicable (m, 1, 1));
}

static void
test_columns (void)
{
  g_autoptr(FkRoundSnapshot) s = snapshot_new (region_json, fixture, G_N_ELEMENTS (fixture));
  FkMatrix *cur = fk_round_snapshot_get_matrix (s, FK_MEASURE_CURRENT);
  FkMatrix *risk = fk_round_snapshot_get_matrix (s, FK_MEASURE_RISK);
  FkMatrix *interest = fk_round_snapshot_get_matrix (s, FK_MEASURE_INTEREST);
  FkMatrix *gap = fk_round_snapshot_get_matrix (s, FK_MEASURE_GAP);
  FkMatrix *dev = fk_round_snapshot_get_matrix (s, FK_MEASURE_DEVIATION);

  /* c0 current: 1 3 | 4 5 | 2 */
  assert_same (fk_matrix_column_mean (cur, 0, FK_SIZE_FILTER_ALL), 3);
  assert_same (fk_matrix_column_median (cur, 0, FK_SIZE_FILTER_ALL), 3);
  assert_same (fk_matrix_column_min (cur, 0, FK_SIZE_FILTER_ALL), 1);
  assert_same (fk_matrix_column_max (cur, 0, FK_SIZE_FILTER_ALL), 5);
  g_assert_cmpuint (fk_matrix_column_count (cur, 0, FK_SIZE_FILTER_ALL), ==, 5);
  assert_same (fk_matrix_column_median (cur, 0, FK_SIZE_FILTER_SMALL), 2);
  assert_same (fk_matrix_column_min (cur, 0, FK_SIZE_FILTER_SMALL), 1);
  assert_same (fk_matrix_column_max (cur, 0, FK_SIZE_FILTER_SMALL), 3);
  assert_same (fk_matrix_column_median (cur, 0, FK_SIZE_FILTER_MEDIUM), 4.5);
  assert_same (fk_matrix_column_max (cur, 0, FK_SIZE_FILTER_LARGE), 2);
  g_assert_cmpuint (fk_matrix_column_count (cur, 0, FK_SIZE_FILTER_LARGE), ==, 1);
  /* c1 current: 2 - | 0 - | 3 (not assessed is no 0) */
  assert_same (fk_matrix_column_mean (cur, 1, FK_SIZE_FILTER_ALL), 5.0 / 3.0);
  assert_same (fk_matrix_column_median (cur, 1, FK_SIZE_FILTER_ALL), 2);
  assert_same (fk_matrix_column_min (cur, 1, FK_SIZE_FILTER_ALL), 0);
  g_assert_cmpuint (fk_matrix_column_count (cur, 1, FK_SIZE_FILTER_ALL), ==, 3);
  /* c2 current: NA - | 2 0 | NA */
  assert_same (fk_matrix_column_median (cur, 2, FK_SIZE_FILTER_ALL), 1);
  assert_same (fk_matrix_column_min (cur, 2, FK_SIZE_FILTER_SMALL), NAN);
  assert_same (fk_matrix_column_max (cur, 2, FK_SIZE_FILTER_SMALL), NAN);
  assert_same (fk_matrix_column_mean (cur, 2, FK_SIZE_FILTER_LARGE), NAN);
  g_assert_cmpuint (fk_matrix_column_count (cur, 2, FK_SIZE_FILTER_SMALL), ==, 0);

  /* risk c0: 3 0 2 2 1; c2: 3 0 3 */
  assert_same (fk_matrix_column_median (risk, 0, FK_SIZE_FILTER_ALL), 2);
  assert_same (fk_matrix_column_mean (risk, 0, FK_SIZE_FILTER_ALL), 1.6);
  assert_same (fk_matrix_column_min (risk, 0, FK_SIZE_FILTER_ALL), 0);
  assert_same (fk_matrix_column_max (risk, 0, FK_SIZE_FILTER_ALL), 3);
  assert_same (fk_matrix_column_mean (risk, 2, FK_SIZE_FILTER_ALL), 2);
  assert_same (fk_matrix_column_median (risk, 2, FK_SIZE_FILTER_ALL), 3);
  g_assert_cmpuint (fk_matrix_column_count (risk, 2, FK_SIZE_FILTER_ALL), ==, 3);
  g_assert_cmpuint (fk_matrix_column_count (risk, 1, FK_SIZE_FILTER_ALL), ==, 1);
  /* interest c0: 2 0 - 1 0; c2: - 1 2 2 - */
  assert_same (fk_matrix_column_median (interest, 0, FK_SIZE_FILTER_ALL), 0.5);
  assert_same (fk_matrix_column_mean (interest, 0, FK_SIZE_FILTER_ALL), 0.75);
  g_assert_cmpuint (fk_matrix_column_count (interest, 0, FK_SIZE_FILTER_ALL), ==, 4);
  assert_same (fk_matrix_column_mean (interest, 2, FK_SIZE_FILTER_ALL), 5.0 / 3.0);
  assert_same (fk_matrix_column_median (interest, 2, FK_SIZE_FILTER_MEDIUM), 2);
  /* gap c0: 2 0 1 0 2 */
  assert_same (fk_matrix_column_median (gap, 0, FK_SIZE_FILTER_ALL), 1);
  assert_same (fk_matrix_column_max (gap, 0, FK_SIZE_FILTER_ALL), 2);
  /* The deviation's regional median is 0 by construction; per size class not. */
  assert_same (fk_matrix_column_median (dev, 0, FK_SIZE_FILTER_ALL), 0);
  assert_same (fk_matrix_column_median (dev, 0, FK_SIZE_FILTER_MEDIUM), 1.5);
  assert_same (fk_matrix_column_min (dev, 1, FK_SIZE_FILTER_ALL), -2);

  /* Counts: low (current 0–2), cannot sustain (no or with difficulty),
   * interested (yes or maybe); "not applicable" never counts. */
  g_assert_cmpuint (fk_round_snapshot_count_low (s, 0, FK_SIZE_FILTER_ALL), ==, 2);
  g_assert_cmpuint (fk_round_snapshot_count_low (s, 0, FK_SIZE_FILTER_SMALL), ==, 1);
  g_assert_cmpuint (fk_round_snapshot_count_low (s, 0, FK_SIZE_FILTER_MEDIUM), ==, 0);
  g_assert_cmpuint (fk_round_snapshot_count_low (s, 0, FK_SIZE_FILTER_LARGE), ==, 1);
  g_assert_cmpuint (fk_round_snapshot_count_low (s, 1, FK_SIZE_FILTER_ALL), ==, 2);
  g_assert_cmpuint (fk_round_snapshot_count_low (s, 1, FK_SIZE_FILTER_LARGE), ==, 0);
  g_assert_cmpuint (fk_round_snapshot_count_low (s, 2, FK_SIZE_FILTER_ALL), ==, 2);
  g_assert_cmpuint (fk_round_snapshot_count_low (s, 2, FK_SIZE_FILTER_SMALL), ==, 0);
  g_assert_cmpuint (fk_round_snapshot_count_cannot_sustain (s, 0, FK_SIZE_FILTER_ALL), ==, 3);
  g_assert_cmpuint (fk_round_snapshot_count_cannot_sustain (s, 0, FK_SIZE_FILTER_MEDIUM), ==, 2);
  g_assert_cmpuint (fk_round_snapshot_count_cannot_sustain (s, 0, FK_SIZE_FILTER_LARGE), ==, 0);
  g_assert_cmpuint (fk_round_snapshot_count_cannot_sustain (s, 1, FK_SIZE_FILTER_ALL), ==, 1);
  g_assert_cmpuint (fk_round_snapshot_count_cannot_sustain (s, 2, FK_SIZE_FILTER_ALL), ==, 2);
  g_assert_cmpuint (fk_round_snapshot_count_cannot_sustain (s, 2, FK_SIZE_FILTER_SMALL), ==, 1);
  g_assert_cmpuint (fk_round_snapshot_count_interested (s, 0, FK_SIZE_FILTER_ALL), ==, 2);
  g_assert_cmpuint (fk_round_snapshot_count_interested (s, 0, FK_SIZE_FILTER_LARGE), ==, 0);
  g_assert_cmpuint (fk_round_snapshot_count_interested (s, 1, FK_SIZE_FILTER_ALL), ==, 1);
  g_assert_cmpuint (fk_round_snapshot_count_interested (s, 2, FK_SIZE_FILTER_ALL), ==, 3);
  g_assert_cmpuint (fk_round_snapshot_count_interested (s, 2, FK_SIZE_FILTER_SMALL), ==, 1);
  g_assert_cmpuint (fk_round_snapshot_count_interested (s, 2, FK_SIZE_FILTER_MEDIUM), ==, 2);
}

static void
test_rows_and_areas (void)
{
  g_autoptr(FkRoundSnapshot) s = snapshot_new (region_json, fixture, G_N_ELEMENTS (fixture));
  FkMatrix *cur = fk_round_snapshot_get_matrix (s, FK_MEASURE_CURRENT);
  FkMatrix *risk = fk_round_snapshot_get_matrix (s, FK_MEASURE_RISK);

  /* Rows of current: 1 2 NA | 3 - - | 4 0 2 | 5 - 0 | 2 3 NA */
  assert_same (fk_matrix_row_mean (cur, 0), 1.5);
  assert_same (fk_matrix_row_median (cur, 0), 1.5);
  assert_same (fk_matrix_row_min (cur, 0), 1);
  assert_same (fk_matrix_row_max (cur, 0), 2);
  g_assert_cmpuint (fk_matrix_row_count (cur, 0), ==, 2);
  assert_same (fk_matrix_row_median (cur, 1), 3);
  g_assert_cmpuint (fk_matrix_row_count (cur, 1), ==, 1);
  assert_same (fk_matrix_row_mean (cur, 2), 2);
  assert_same (fk_matrix_row_median (cur, 2), 2);
  assert_same (fk_matrix_row_min (cur, 2), 0);
  assert_same (fk_matrix_row_max (cur, 2), 4);
  assert_same (fk_matrix_row_median (cur, 3), 2.5);
  g_assert_cmpuint (fk_matrix_row_count (cur, 4), ==, 2);
  /* Risk of 0001: 3 1 */
  assert_same (fk_matrix_row_mean (risk, 0), 2);
  assert_same (fk_matrix_row_max (risk, 0), 3);

  /* Area means of current, area 0: 1.5 3 | 2 5 | 2.5; area 1: - - | 2 0 | - */
  assert_same (fk_matrix_area_median (cur, 0, FK_SIZE_FILTER_ALL), 2.5);
  assert_same (fk_matrix_area_mean (cur, 0, FK_SIZE_FILTER_ALL), 2.8);
  assert_same (fk_matrix_area_min (cur, 0, FK_SIZE_FILTER_ALL), 1.5);
  assert_same (fk_matrix_area_max (cur, 0, FK_SIZE_FILTER_ALL), 5);
  g_assert_cmpuint (fk_matrix_area_count (cur, 0, FK_SIZE_FILTER_ALL), ==, 5);
  assert_same (fk_matrix_area_mean (cur, 0, FK_SIZE_FILTER_SMALL), 2.25);
  assert_same (fk_matrix_area_median (cur, 0, FK_SIZE_FILTER_MEDIUM), 3.5);
  g_assert_cmpuint (fk_matrix_area_count (cur, 0, FK_SIZE_FILTER_LARGE), ==, 1);
  assert_same (fk_matrix_area_mean (cur, 1, FK_SIZE_FILTER_ALL), 1);
  assert_same (fk_matrix_area_min (cur, 1, FK_SIZE_FILTER_ALL), 0);
  assert_same (fk_matrix_area_max (cur, 1, FK_SIZE_FILTER_ALL), 2);
  g_assert_cmpuint (fk_matrix_area_count (cur, 1, FK_SIZE_FILTER_ALL), ==, 2);
  assert_same (fk_matrix_area_mean (cur, 1, FK_SIZE_FILTER_SMALL), NAN);
  assert_same (fk_matrix_area_min (cur, 1, FK_SIZE_FILTER_SMALL), NAN);
  g_assert_cmpuint (fk_matrix_area_count (cur, 1, FK_SIZE_FILTER_SMALL), ==, 0);
}

/* A round with no score: every cell and aggregate is NAN, every count 0. */
static void
test_empty_round (void)
{
  g_autoptr(FkRoundSnapshot) s = snapshot_new (region_json, NULL, 0);

  for (FkMeasure measure = 0; measure < FK_N_MEASURES; measure++)
    {
      FkMatrix *m = fk_round_snapshot_get_matrix (s, measure);

      for (guint r = 0; r < m->n_rows; r++)
        {
          for (guint c = 0; c < m->n_cols; c++)
            assert_same (fk_matrix_get (m, r, c), NAN);
          assert_same (fk_matrix_row_mean (m, r), NAN);
          assert_same (fk_matrix_row_median (m, r), NAN);
          assert_same (fk_matrix_row_min (m, r), NAN);
          assert_same (fk_matrix_row_max (m, r), NAN);
          g_assert_cmpuint (fk_matrix_row_count (m, r), ==, 0);
        }
      for (FkSizeFilter f = 0; f < FK_N_SIZE_FILTERS; f++)
        {
          for (guint c = 0; c < m->n_cols; c++)
            {
              assert_same (fk_matrix_column_mean (m, c, f), NAN);
              assert_same (fk_matrix_column_median (m, c, f), NAN);
              assert_same (fk_matrix_column_min (m, c, f), NAN);
              assert_same (fk_matrix_column_max (m, c, f), NAN);
              g_assert_cmpuint (fk_matrix_column_count (m, c, f), ==, 0);
              g_assert_cmpuint (fk_round_snapshot_count_low (s, c, f), ==, 0);
              g_assert_cmpuint (fk_round_snapshot_count_cannot_sustain (s, c, f), ==, 0);
              g_assert_cmpuint (fk_round_snapshot_count_interested (s, c, f), ==, 0);
            }
          for (guint a = 0; a < m->n_areas; a++)
            {
              assert_same (fk_matrix_area_mean (m, a, f), NAN);
              assert_same (fk_matrix_area_median (m, a, f), NAN);
              assert_same (fk_matrix_area_min (m, a, f), NAN);
              assert_same (fk_matrix_area_max (m, a, f), NAN);
              g_assert_cmpuint (fk_matrix_area_count (m, a, f), ==, 0);
            }
        }
    }
}

/* One municipality: it is its own median, so its deviation is 0 wherever
 * it has a level; every aggregate is its own value. */
static void
test_one_municipality (void)
{
  static const Row rows[] = {
    { "0001", 0, 1,  4, SD, KY, IM },
    { "0001", 1, NA, U, S_, K_, I_ },
  };
  g_autoptr(FkRoundSnapshot) s = snapshot_new (one_json, rows, G_N_ELEMENTS (rows));
  FkMatrix *dev = fk_round_snapshot_get_matrix (s, FK_MEASURE_DEVIATION);
  FkMatrix *risk = fk_round_snapshot_get_matrix (s, FK_MEASURE_RISK);
  FkMatrix *gap = fk_round_snapshot_get_matrix (s, FK_MEASURE_GAP);

  g_assert_cmpuint (dev->n_rows, ==, 1);
  assert_same (fk_matrix_get (dev, 0, 0), 0);
  assert_same (fk_matrix_get (dev, 0, 1), NAN);
  assert_same (fk_matrix_get (dev, 0, 2), NAN);
  assert_same (fk_matrix_get (risk, 0, 0), 2);
  assert_same (fk_matrix_get (fk_round_snapshot_get_matrix (s, FK_MEASURE_INTEREST), 0, 0), 1);
  assert_same (fk_matrix_column_median (gap, 0, FK_SIZE_FILTER_ALL), 3);
  assert_same (fk_matrix_column_min (gap, 0, FK_SIZE_FILTER_SMALL), 3);
  assert_same (fk_matrix_column_max (gap, 0, FK_SIZE_FILTER_LARGE), NAN);
  assert_same (fk_matrix_row_median (risk, 0), 2);
  g_assert_cmpuint (fk_matrix_row_count (dev, 0), ==, 1);
  assert_same (fk_matrix_area_mean (gap, 0, FK_SIZE_FILTER_ALL), 3);
  g_assert_cmpuint (fk_matrix_area_count (gap, 1, FK_SIZE_FILTER_ALL), ==, 0);
  g_assert_cmpuint (fk_round_snapshot_count_low (s, 0, FK_SIZE_FILTER_ALL), ==, 1);
  g_assert_cmpuint (fk_round_snapshot_count_low (s, 1, FK_SIZE_FILTER_ALL), ==, 0);
  g_assert_cmpuint (fk_round_snapshot_count_cannot_sustain (s, 0, FK_SIZE_FILTER_SMALL), ==, 1);
  g_assert_cmpuint (fk_round_snapshot_count_interested (s, 0, FK_SIZE_FILTER_MEDIUM), ==, 0);
}

static void
test_metadata (void)
{
  static const char * const names[] = {
    "current", "target", "gap", "risk", "interest", "deviation",
  };
  GEnumClass *klass = g_type_class_ref (FK_TYPE_MEASURE);
  g_autoptr(GError) error = NULL;
  FkMeasure out = FK_MEASURE_CURRENT;

  g_assert_cmpuint (G_N_ELEMENTS (names), ==, FK_N_MEASURES);
  g_assert_cmpuint (klass->n_values, ==, FK_N_MEASURES);
  g_assert_cmpstr (g_enum_get_value (klass, FK_MEASURE_DEVIATION)->value_nick, ==, "deviation");
  g_type_class_unref (klass);

  for (FkMeasure m = 0; m < FK_N_MEASURES; m++)
    {
      g_assert_cmpstr (fk_measure_to_string (m), ==, names[m]);
      g_assert_true (fk_measure_from_string (names[m], &out, &error));
      g_assert_no_error (error);
      g_assert_cmpint (out, ==, m);
      g_assert_cmpstr (fk_measure_get_label (m), !=, "");
      g_assert_cmpfloat (fk_measure_get_min (m), <, fk_measure_get_max (m));
      g_assert_cmpint (fk_measure_is_diverging (m), ==, m == FK_MEASURE_GAP || m == FK_MEASURE_DEVIATION);
      if (fk_measure_is_diverging (m))
        g_assert_cmpfloat (fk_measure_get_min (m), ==, -fk_measure_get_max (m));
    }
  g_assert_cmpfloat (fk_measure_get_min (FK_MEASURE_CURRENT), ==, 0);
  g_assert_cmpfloat (fk_measure_get_max (FK_MEASURE_TARGET), ==, 5);
  g_assert_cmpfloat (fk_measure_get_min (FK_MEASURE_GAP), ==, -5);
  g_assert_cmpfloat (fk_measure_get_max (FK_MEASURE_GAP), ==, 5);
  g_assert_cmpfloat (fk_measure_get_min (FK_MEASURE_RISK), ==, 0);
  g_assert_cmpfloat (fk_measure_get_max (FK_MEASURE_RISK), ==, 3);
  g_assert_cmpfloat (fk_measure_get_max (FK_MEASURE_INTEREST), ==, 2);
  g_assert_cmpfloat (fk_measure_get_min (FK_MEASURE_DEVIATION), ==, -5);
  g_assert_cmpstr (fk_measure_get_label (FK_MEASURE_CURRENT), ==, "Current level");
  g_assert_cmpstr (fk_measure_get_label (FK_MEASURE_RISK), ==, "Sustainability risk");
  g_assert_null (fk_measure_to_string (FK_N_MEASURES));
  g_assert_cmpstr (fk_measure_get_label (FK_N_MEASURES), ==, "");

  g_assert_false (fk_measure_from_string ("Gap", &out, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Gap"));
  g_assert_nonnull (strstr (error->message, "deviation"));
  g_clear_error (&error);
  g_assert_false (fk_measure_from_string (NULL, &out, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/measures/cells", test_cells);
  g_test_add_func ("/core/measures/columns", test_columns);
  g_test_add_func ("/core/measures/rows-and-areas", test_rows_and_areas);
  g_test_add_func ("/core/measures/empty-round", test_empty_round);
  g_test_add_func ("/core/measures/one-municipality", test_one_municipality);
  g_test_add_func ("/core/measures/metadata", test_metadata);

  return g_test_run ();
}
