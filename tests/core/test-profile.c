/* test-profile.c — a municipality's profile against a hand-made fixture
 *
 * Every expected number below is worked out by hand in the comments.
 */
#include "fk-test-util.h"
#include "fk-profile.h"
#include "fk-profile-text.h"
#include "fk-stats.h"

#include <math.h>
#include <string.h>

/* Three small (< 10 000), two medium, one large. */
static const char region_json[] =
  "{\"format\": \"formagekarta-region\", \"format_version\": 1,"
  " \"id\": \"t\", \"name\": \"T\","
  " \"size_thresholds\": {\"small_below\": 10000, \"large_above\": 35000},"
  " \"municipalities\": ["
  "  {\"code\": \"1460\", \"name\": \"Bengtsfors\", \"population\": 9750},"
  "  {\"code\": \"1438\", \"name\": \"Dals-Ed\", \"population\": 4813},"
  "  {\"code\": \"1439\", \"name\": \"Färgelanda\", \"population\": 6637},"
  "  {\"code\": \"1484\", \"name\": \"Lysekil\", \"population\": 14555},"
  "  {\"code\": \"1421\", \"name\": \"Orust\", \"population\": 15177},"
  "  {\"code\": \"1488\", \"name\": \"Trollhättan\", \"population\": 59058}]}";

/* Two areas, eight capabilities, for ties and the limit of five. */
static const char eight_json[] =
  "{\"format\": \"formagekarta-model\", \"format_version\": 1,"
  " \"id\": \"eight\", \"version\": \"1\", \"name\": {\"sv\": \"Eight\"},"
  " \"scale\": ["
  "  {\"level\": 0, \"name\": {\"sv\": \"L0\"}, \"meaning\": {\"sv\": \"M\"}}, {\"level\": 1, \"name\": {\"sv\": \"L1\"}, \"meaning\": {\"sv\": \"M\"}},"
  "  {\"level\": 2, \"name\": {\"sv\": \"L2\"}, \"meaning\": {\"sv\": \"M\"}}, {\"level\": 3, \"name\": {\"sv\": \"L3\"}, \"meaning\": {\"sv\": \"M\"}},"
  "  {\"level\": 4, \"name\": {\"sv\": \"L4\"}, \"meaning\": {\"sv\": \"M\"}}, {\"level\": 5, \"name\": {\"sv\": \"L5\"}, \"meaning\": {\"sv\": \"M\"}}],"
  " \"areas\": [{\"key\": \"a\", \"name\": {\"sv\": \"A\"}}, {\"key\": \"b\", \"name\": {\"sv\": \"B\"}}],"
  " \"capabilities\": ["
  "  {\"key\": \"a.1\", \"area\": \"a\", \"name\": {\"sv\": \"A1\"}, \"description\": {\"sv\": \"D\"}},"
  "  {\"key\": \"a.2\", \"area\": \"a\", \"name\": {\"sv\": \"A2\"}, \"description\": {\"sv\": \"D\"}},"
  "  {\"key\": \"a.3\", \"area\": \"a\", \"name\": {\"sv\": \"A3\"}, \"description\": {\"sv\": \"D\"}},"
  "  {\"key\": \"a.4\", \"area\": \"a\", \"name\": {\"sv\": \"A4\"}, \"description\": {\"sv\": \"D\"}},"
  "  {\"key\": \"b.5\", \"area\": \"b\", \"name\": {\"sv\": \"B5\"}, \"description\": {\"sv\": \"D\"}},"
  "  {\"key\": \"b.6\", \"area\": \"b\", \"name\": {\"sv\": \"B6\"}, \"description\": {\"sv\": \"D\"}},"
  "  {\"key\": \"b.7\", \"area\": \"b\", \"name\": {\"sv\": \"B7\"}, \"description\": {\"sv\": \"D\"}},"
  "  {\"key\": \"b.8\", \"area\": \"b\", \"name\": {\"sv\": \"B8\"}, \"description\": {\"sv\": \"D\"}}]}";

#define S  "styrning.strategi"
#define F  "styrning.finansiering"
#define BK "drift.sakerhetskopiering"

static void
set_levels (FkStudy    *study,
            const char *code,
            const char *capability,
            int         current,
            int         target)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) score = fk_score_new (fk_study_get_latest_round (study)->id, code, capability);

  score->current = current;
  score->target = target;
  fk_study_set_score (study, score, &error);
  g_assert_no_error (error);
}

static FkStudy *
new_study (const char *dir,
           FkModel    *model)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRegion) region = fk_region_new_from_data (region_json, -1, "region", &error);
  g_autofree char *path = g_build_filename (dir, "p.fkarta", NULL);
  FkStudy *study;

  g_assert_no_error (error);
  study = fk_study_create (path, model, region, "Profile", "en", NULL, &error);
  g_assert_no_error (error);
  return study;
}

static FkProfile *
compute (FkStudy    *study,
         const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = fk_study_read_snapshot (study, fk_study_get_latest_round (study)->id,
                                                                &error);
  FkProfile *profile;

  g_assert_no_error (error);
  profile = fk_profile_new (snapshot, code, &error);
  g_assert_no_error (error);
  g_assert_nonnull (profile);
  return profile;
}

static void
assert_item (const FkProfileItem *item,
             const char          *capability,
             int                  level,
             double               region_median,
             double               size_median,
             double               difference)
{
  g_assert_cmpstr (item->capability, ==, capability);
  g_assert_cmpint (item->level, ==, level);
  g_assert_cmpfloat (item->region_median, ==, region_median);
  g_assert_cmpfloat (item->size_median, ==, size_median);
  g_assert_cmpfloat (item->difference, ==, difference);
}

/*            strategi  finansiering  säkerhetskopiering   (current/target)
 * Bengtsfors   4/5        1/3          n/a (target 4, ignored)   small
 * Dals-Ed      2/3        2/2          3/3                       small
 * Färgelanda   3/4        3/3          not assessed              small
 * Lysekil      1/2        3/4          2/3                       medium
 * Orust        2/2        4/4          4/5                       medium
 * Trollhättan  5/5        3/4          5/5                       large
 *
 * strategi: 1 2 2 3 4 5 → median 2.5; small (4 2 3) → 3
 * finansiering: 1 2 3 3 3 4 → median 3; small (1 2 3) → 2
 * styrning area means: 2.5 2 3 2 3 4 → median 2.75; small (2.5 2 3) → 2.5
 * drift area means: 3 2 4 5 (Bengtsfors n/a, Färgelanda none) → 3.5; small 3
 */
static FkStudy *
new_minimal_fixture (const char *dir)
{
  g_autofree char *model_path = fk_test_data_path ("models/minimal.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_from_file (model_path, &error);
  FkStudy *study;

  g_assert_no_error (error);
  study = new_study (dir, model);
  set_levels (study, "1460", S, 4, 5);
  set_levels (study, "1460", F, 1, 3);
  set_levels (study, "1460", BK, FK_LEVEL_NA, 4);
  set_levels (study, "1438", S, 2, 3);
  set_levels (study, "1438", F, 2, 2);
  set_levels (study, "1438", BK, 3, 3);
  set_levels (study, "1439", S, 3, 4);
  set_levels (study, "1439", F, 3, 3);
  set_levels (study, "1484", S, 1, 2);
  set_levels (study, "1484", F, 3, 4);
  set_levels (study, "1484", BK, 2, 3);
  set_levels (study, "1421", S, 2, 2);
  set_levels (study, "1421", F, 4, 4);
  set_levels (study, "1421", BK, 4, 5);
  set_levels (study, "1488", S, 5, 5);
  set_levels (study, "1488", F, 3, 4);
  set_levels (study, "1488", BK, 5, 5);
  return study;
}

static void
test_areas_and_items (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = new_minimal_fixture (dir);
  g_autoptr(FkProfile) profile = compute (study, "1460");
  const FkProfileArea *styrning, *drift;

  g_assert_cmpstr (profile->municipality, ==, "1460");
  g_assert_cmpstr (profile->name, ==, "Bengtsfors");
  g_assert_cmpint (profile->population, ==, 9750);
  g_assert_cmpint (profile->size, ==, FK_SIZE_SMALL);
  g_assert_cmpuint (profile->n_levels, ==, 2);
  g_assert_cmpuint (profile->n_not_applicable, ==, 1);
  g_assert_false (fk_profile_is_empty (profile));

  g_assert_cmpuint (profile->areas->len, ==, 2);
  styrning = &g_array_index (profile->areas, FkProfileArea, 0);
  g_assert_cmpstr (styrning->area, ==, "styrning");
  g_assert_cmpuint (styrning->n_levels, ==, 2);
  g_assert_cmpfloat (styrning->current, ==, 2.5);
  g_assert_cmpfloat (styrning->target, ==, 4.0);
  g_assert_cmpfloat (styrning->region_median, ==, 2.75);
  g_assert_cmpfloat (styrning->size_median, ==, 2.5);

  /* Not applicable: no level, and its target does not count either. */
  drift = &g_array_index (profile->areas, FkProfileArea, 1);
  g_assert_cmpstr (drift->area, ==, "drift");
  g_assert_cmpuint (drift->n_levels, ==, 0);
  g_assert_true (isnan (drift->current));
  g_assert_true (isnan (drift->target));
  g_assert_cmpfloat (drift->region_median, ==, 3.5);
  g_assert_cmpfloat (drift->size_median, ==, 3.0);

  g_assert_cmpuint (profile->strengths->len, ==, 1);
  assert_item (&g_array_index (profile->strengths, FkProfileItem, 0), S, 4, 2.5, 3.0, 1.5);
  g_assert_cmpstr (g_array_index (profile->strengths, FkProfileItem, 0).area, ==, "styrning");
  g_assert_cmpuint (profile->weaknesses->len, ==, 1);
  assert_item (&g_array_index (profile->weaknesses, FkProfileItem, 0), F, 1, 3.0, 2.0, -2.0);

  g_clear_pointer (&profile, fk_profile_unref);
  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* The rows the Profile page and the annex print (fk-profile-text.h),
 * from Bengtsfors' items above: strength strategi 4, medians 2.5 and 3,
 * +1.5; weakness finansiering 1, medians 3 and 2, −2 (whole numbers
 * without decimals); Swedish with a decimal comma; a missing median "–". */
static void
test_rows_and_words (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = new_minimal_fixture (dir);
  g_autoptr(FkProfile) profile = compute (study, "1460");
  FkModel *model = fk_study_get_model (study);
  g_autoptr(GPtrArray) strengths = fk_profile_rows_new (profile->strengths, model, "en");
  g_autoptr(GPtrArray) weaknesses = fk_profile_rows_new (profile->weaknesses, model, "en");
  g_autoptr(GPtrArray) swedish = fk_profile_rows_new (profile->strengths, model, "sv");
  g_autoptr(GArray) missing = g_array_new (FALSE, TRUE, sizeof (FkProfileItem));
  g_autoptr(GPtrArray) missing_rows = NULL;
  const FkProfileRow *row;
  FkProfileItem item = g_array_index (profile->strengths, FkProfileItem, 0);
  const FkCapability *capability = fk_model_lookup (model, S);
  char *text;

  g_assert_cmpuint (strengths->len, ==, 1);
  row = strengths->pdata[0];
  g_assert_cmpstr (row->capability, ==, fk_text_get (&capability->name, "en"));
  g_assert_cmpstr (row->area, ==, fk_text_get (&fk_model_lookup_area (model, "styrning")->name, "en"));
  g_assert_cmpstr (row->level, ==, "4");
  g_assert_cmpstr (row->region_median, ==, "2.5");
  g_assert_cmpstr (row->size_median, ==, "3");
  g_assert_cmpstr (row->difference, ==, "+1.5");
  row = weaknesses->pdata[0];
  g_assert_cmpstr (row->level, ==, "1");
  g_assert_cmpstr (row->region_median, ==, "3");
  g_assert_cmpstr (row->size_median, ==, "2");
  g_assert_cmpstr (row->difference, ==, "−2");
  row = swedish->pdata[0];
  g_assert_cmpstr (row->region_median, ==, "2,5");
  g_assert_cmpstr (row->difference, ==, "+1,5");

  item.size_median = NAN;
  g_array_append_val (missing, item);
  missing_rows = fk_profile_rows_new (missing, model, "en");
  g_assert_cmpstr (((FkProfileRow *) missing_rows->pdata[0])->size_median, ==, "–");

  g_assert_cmpstr (fk_profile_column_get_heading (FK_PROFILE_COLUMN_REGION_MEDIAN), ==, "Regional median");
  text = fk_profile_describe_count (2, 3, 1);
  g_assert_cmpstr (text, ==, "2 of 3 capabilities have a level · 1 not applicable");
  g_free (text);
  text = fk_profile_describe_count (3, 3, 0);
  g_assert_cmpstr (text, ==, "3 of 3 capabilities have a level");
  g_free (text);
  text = fk_profile_describe_size (profile, NULL);
  g_assert_nonnull (strstr (text, "Small municipality"));
  g_assert_nonnull (strstr (text, "inhabitants"));
  g_free (text);

  g_clear_pointer (&profile, fk_profile_unref);
  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* Färgelanda: strategi 3 − 2.5 = +0.5 is a strength; finansiering 3 − 3 = 0
 * is neither; säkerhetskopiering was not assessed and is left out. */
static void
test_zero_and_unassessed (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = new_minimal_fixture (dir);
  g_autoptr(FkProfile) profile = compute (study, "1439");
  const FkProfileArea *drift;

  g_assert_cmpuint (profile->n_levels, ==, 2);
  g_assert_cmpuint (profile->n_not_applicable, ==, 0);
  g_assert_cmpuint (profile->strengths->len, ==, 1);
  assert_item (&g_array_index (profile->strengths, FkProfileItem, 0), S, 3, 2.5, 3.0, 0.5);
  g_assert_cmpuint (profile->weaknesses->len, ==, 0);
  drift = &g_array_index (profile->areas, FkProfileArea, 1);
  g_assert_true (isnan (drift->current));
  g_assert_cmpfloat (drift->region_median, ==, 3.5);

  /* Trollhättan is the only large one: its size median is its own level. */
  g_clear_pointer (&profile, fk_profile_unref);
  profile = compute (study, "1488");
  g_assert_cmpint (profile->size, ==, FK_SIZE_LARGE);
  g_assert_cmpuint (profile->strengths->len, ==, 2);
  /* strategi 5 − 2.5 = 2.5; säkerhetskopiering 5 − 3.5 (median of 3 2 4 5) = 1.5;
   * finansiering 3 − 3 = 0. */
  assert_item (&g_array_index (profile->strengths, FkProfileItem, 0), S, 5, 2.5, 5.0, 2.5);
  assert_item (&g_array_index (profile->strengths, FkProfileItem, 1), BK, 5, 3.5, 5.0, 1.5);
  g_assert_cmpuint (profile->weaknesses->len, ==, 0);

  g_clear_pointer (&profile, fk_profile_unref);
  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* Only Bengtsfors (small), Dals-Ed (small) and Lysekil (medium) answer;
 * with three values the median is the middle one. Bengtsfors has 5 where
 * the others have 3 (a.2, b.5: +2), 5 where they have 4 (a.1, a.3, b.7,
 * b.8: +1), 3 against 3 (a.4: 0) and 2 against 3 (b.6: −1). */
static void
test_ties_and_limit (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_from_data (eight_json, -1, "eight", &error);
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkProfile) profile = NULL;
  const char *keys[] = { "a.1", "a.2", "a.3", "a.4", "b.5", "b.6", "b.7", "b.8" };
  const int mine[] =   {  5,     5,     5,     3,     5,     2,     5,     5 };
  const int theirs[] = {  4,     3,     4,     3,     3,     3,     4,     4 };
  const char *expected[] = { "a.2", "b.5", "a.1", "a.3", "b.7" };

  g_assert_no_error (error);
  study = new_study (dir, model);
  /* Written in reverse, so that order of writing cannot stand in for model order. */
  for (int i = G_N_ELEMENTS (keys) - 1; i >= 0; i--)
    {
      set_levels (study, "1484", keys[i], theirs[i], FK_LEVEL_UNSET);
      set_levels (study, "1438", keys[i], theirs[i], FK_LEVEL_UNSET);
      set_levels (study, "1460", keys[i], mine[i], FK_LEVEL_UNSET);
    }

  profile = compute (study, "1460");
  g_assert_cmpuint (profile->n_levels, ==, 8);
  g_assert_cmpuint (profile->strengths->len, ==, FK_PROFILE_MAX_ITEMS);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_array_index (profile->strengths, FkProfileItem, i).capability, ==, expected[i]);
  /* Size median (small: Bengtsfors and Dals-Ed) of a.2: (5 + 3) / 2. */
  assert_item (&g_array_index (profile->strengths, FkProfileItem, 0), "a.2", 5, 3.0, 4.0, 2.0);
  assert_item (&g_array_index (profile->strengths, FkProfileItem, 4), "b.7", 5, 4.0, 4.5, 1.0);
  g_assert_cmpuint (profile->weaknesses->len, ==, 1);
  assert_item (&g_array_index (profile->weaknesses, FkProfileItem, 0), "b.6", 2, 3.0, 2.5, -1.0);
  /* No targets anywhere. */
  g_assert_true (isnan (g_array_index (profile->areas, FkProfileArea, 0).target));
  /* Area a: Bengtsfors (5+5+5+3)/4 = 4.5, Dals-Ed and Lysekil 3.5 → 3.5. */
  g_assert_cmpfloat (g_array_index (profile->areas, FkProfileArea, 0).current, ==, 4.5);
  g_assert_cmpfloat (g_array_index (profile->areas, FkProfileArea, 0).region_median, ==, 3.5);
  g_assert_cmpfloat (g_array_index (profile->areas, FkProfileArea, 0).size_median, ==, 4.0);

  /* Nobody else in the medium class answered for Orust: it is empty, its
   * medians still come from the others. */
  g_clear_pointer (&profile, fk_profile_unref);
  profile = compute (study, "1421");
  g_assert_true (fk_profile_is_empty (profile));
  g_assert_cmpuint (profile->strengths->len, ==, 0);
  g_assert_cmpuint (profile->weaknesses->len, ==, 0);
  g_assert_true (isnan (g_array_index (profile->areas, FkProfileArea, 0).current));
  g_assert_cmpfloat (g_array_index (profile->areas, FkProfileArea, 0).region_median, ==, 3.5);
  g_assert_cmpfloat (g_array_index (profile->areas, FkProfileArea, 0).size_median, ==, 3.5);

  g_clear_pointer (&profile, fk_profile_unref);
  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* Anonymised, the size medians are over the anonymizer's size group. In
 * the fixture's region (3 small, 2 medium, 1 large) the large class joins
 * the medium one (3), which then joins the small one: one group of all
 * six, so Trollhättan's size medians are the regional ones, not its own
 * levels (strategi 5, styrning (5 + 3) / 2 = 4) as the real class gives. */
static void
test_anonymized_size_group (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = new_minimal_fixture (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = fk_study_read_snapshot (study, fk_study_get_latest_round (study)->id,
                                                                &error);
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (fk_study_get_region (study), 42, NULL);
  g_autoptr(FkProfile) named = NULL;
  g_autoptr(FkProfile) profile = NULL;

  g_assert_no_error (error);
  named = fk_profile_new (snapshot, "1488", &error);
  g_assert_no_error (error);
  g_assert_false (named->by_size_group);
  assert_item (&g_array_index (named->strengths, FkProfileItem, 0), S, 5, 2.5, 5.0, 2.5);
  g_assert_cmpfloat (g_array_index (named->areas, FkProfileArea, 0).size_median, ==, 4.0);

  profile = fk_profile_new_anonymized (snapshot, "1488", anon, &error);
  g_assert_no_error (error);
  g_assert_true (profile->by_size_group);
  g_assert_cmpint (profile->size_group, ==, FK_SIZE_GROUP_ALL);
  /* Only the size medians change. */
  g_assert_cmpuint (profile->strengths->len, ==, 2);
  assert_item (&g_array_index (profile->strengths, FkProfileItem, 0), S, 5, 2.5, 2.5, 2.5);
  assert_item (&g_array_index (profile->strengths, FkProfileItem, 1), BK, 5, 3.5, 3.5, 1.5);
  g_assert_cmpfloat (g_array_index (profile->areas, FkProfileArea, 0).size_median, ==, 2.75);
  g_assert_cmpfloat (g_array_index (profile->areas, FkProfileArea, 1).size_median, ==, 3.5);

  g_assert_cmpstr (fk_profile_column_get_heading_for (FK_PROFILE_COLUMN_SIZE_MEDIAN, TRUE), ==, "Size group median");
  g_assert_cmpstr (fk_profile_column_get_heading_for (FK_PROFILE_COLUMN_SIZE_MEDIAN, FALSE), ==, "Size class median");
  g_assert_cmpstr (fk_profile_column_get_heading_for (FK_PROFILE_COLUMN_LEVEL, TRUE), ==, "Level");

  /* NULL is the named profile. */
  g_clear_pointer (&profile, fk_profile_unref);
  profile = fk_profile_new_anonymized (snapshot, "1488", NULL, &error);
  g_assert_no_error (error);
  g_assert_false (profile->by_size_group);
  g_assert_cmpfloat (g_array_index (profile->strengths, FkProfileItem, 0).size_median, ==, 5.0);

  g_clear_pointer (&profile, fk_profile_unref);
  g_clear_pointer (&named, fk_profile_unref);
  g_clear_pointer (&snapshot, fk_round_snapshot_unref);
  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* The median of @col over the rows of @matrix whose size class @keep
 * says, with the sorting median (not the profile's selection). */
static double
median_where (const FkMatrix *matrix,
              guint           col,
              gboolean        area,
              gboolean      (*keep) (FkSizeClass size, gpointer data),
              gpointer        data)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < matrix->n_rows; r++)
    {
      double v = area ? fk_matrix_row_area_mean (matrix, r, col) : fk_matrix_get (matrix, r, col);

      if (keep (matrix->row_size[r], data))
        g_array_append_val (values, v);
    }
  return fk_stats_median ((double *) values->data, values->len);
}

static gboolean
in_group (FkSizeClass size,
          gpointer    data)
{
  return fk_size_group_contains (GPOINTER_TO_INT (data), size);
}

static gboolean
in_class (FkSizeClass size,
          gpointer    data)
{
  return size == (FkSizeClass) GPOINTER_TO_INT (data);
}

/* Fyrbodal (5 small, 6 medium, 3 large): a large municipality's size
 * median anonymised is over the nine of "Medium and large", not over the
 * three large ones, which would tell a reader which letters they are. */
static void
test_anonymized_fyrbodal (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "f.fkarta");
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  g_autoptr(FkAnonymizer) anon = NULL;
  g_autoptr(FkProfile) profile = NULL;
  FkMatrix *current;
  const char *large = NULL;
  guint differs = 0, n_items = 0;

  fk_test_study_fill (study, fk_study_get_latest_round (study)->id);
  snapshot = fk_study_read_snapshot (study, fk_study_get_latest_round (study)->id, &error);
  g_assert_no_error (error);
  current = fk_round_snapshot_get_matrix (snapshot, FK_MEASURE_CURRENT);
  anon = fk_anonymizer_new (fk_study_get_region (study), 7, NULL);
  for (guint r = 0; r < current->n_rows && large == NULL; r++)
    if (current->row_size[r] == FK_SIZE_LARGE)
      large = fk_matrix_get_municipality (current, r)->code;
  g_assert_nonnull (large);
  g_assert_cmpint (fk_anonymizer_get_size_group (anon, large), ==, FK_SIZE_GROUP_MEDIUM_LARGE);
  g_assert_cmpuint (fk_anonymizer_count_in_size_group (anon, FK_SIZE_GROUP_MEDIUM_LARGE), ==, 9);

  profile = fk_profile_new_anonymized (snapshot, large, anon, &error);
  g_assert_no_error (error);
  g_assert_cmpint (profile->size, ==, FK_SIZE_LARGE);
  g_assert_cmpint (profile->size_group, ==, FK_SIZE_GROUP_MEDIUM_LARGE);
  for (guint k = 0; k < 2; k++)
    {
      GArray *items = k == 0 ? profile->strengths : profile->weaknesses;

      for (guint i = 0; i < items->len; i++, n_items++)
        {
          const FkProfileItem *item = &g_array_index (items, FkProfileItem, i);
          guint col = fk_model_lookup (current->model, item->capability)->index;
          double group = median_where (current, col, FALSE, in_group, GINT_TO_POINTER (FK_SIZE_GROUP_MEDIUM_LARGE));
          double real = median_where (current, col, FALSE, in_class, GINT_TO_POINTER (FK_SIZE_LARGE));

          g_assert_cmpfloat (item->size_median, ==, group);
          differs += group != real;
        }
    }
  for (guint a = 0; a < profile->areas->len; a++)
    {
      const FkProfileArea *pa = &g_array_index (profile->areas, FkProfileArea, a);
      double group = median_where (current, a, TRUE, in_group, GINT_TO_POINTER (FK_SIZE_GROUP_MEDIUM_LARGE));
      double real = median_where (current, a, TRUE, in_class, GINT_TO_POINTER (FK_SIZE_LARGE));

      g_assert_cmpfloat (pa->size_median, ==, group);
      differs += group != real;
    }
  /* The fixture is one where the two differ, or the test proves nothing. */
  g_assert_cmpuint (n_items, >, 0);
  g_assert_cmpuint (differs, >, 0);

  g_clear_pointer (&profile, fk_profile_unref);
  g_clear_pointer (&anon, fk_anonymizer_unref);
  g_clear_pointer (&snapshot, fk_round_snapshot_unref);
  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

static void
test_errors (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = new_minimal_fixture (dir);
  g_autoptr(GError) error = NULL;
  gint64 round_id = fk_study_get_latest_round (study)->id;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  FkRoundSnapshot *none;
  FkProfile *profile;

  snapshot = fk_study_read_snapshot (study, round_id, &error);
  g_assert_no_error (error);
  profile = fk_profile_new (snapshot, "9999", &error);
  g_assert_null (profile);
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "9999"));
  g_clear_error (&error);

  /* An unknown round has no snapshot, and so no profile. */
  none = fk_study_read_snapshot (study, round_id + 7, &error);
  g_assert_null (none);
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/profile/areas-and-items", test_areas_and_items);
  g_test_add_func ("/core/profile/zero-and-unassessed", test_zero_and_unassessed);
  g_test_add_func ("/core/profile/ties-and-limit", test_ties_and_limit);
  g_test_add_func ("/core/profile/errors", test_errors);
  g_test_add_func ("/core/profile/rows-and-words", test_rows_and_words);
  g_test_add_func ("/core/profile/anonymized-size-group", test_anonymized_size_group);
  g_test_add_func ("/core/profile/anonymized-fyrbodal", test_anonymized_fyrbodal);

  return g_test_run ();
}
