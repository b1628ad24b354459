/* test-model.c — loading and validating capability models */
#include "fk-test-util.h"

static void
test_default_model (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);

  g_assert_no_error (error);
  g_assert_cmpstr (model->id, ==, "digital-motor");
  /* Issue 13's limits are checked in test-default-model.c. */
  g_assert_cmpuint (model->capabilities->len, >=, 35);
  g_assert_cmpuint (model->areas->len, >=, 7);
  g_assert_nonnull (fk_model_lookup_area (model, "digitalt-arv"));

  for (guint i = 0; i < model->capabilities->len; i++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, i);

      g_assert_nonnull (fk_model_lookup_area (model, cap->area));
      g_assert_false (fk_text_is_empty (&cap->name));
      g_assert_nonnull (cap->name.en);
      g_assert_nonnull (cap->description.en);
      for (int level = 1; level <= 5; level += 2)
        {
          g_assert_nonnull (cap->levels[level].sv);
          g_assert_nonnull (cap->levels[level].en);
        }
      g_assert_cmpuint (g_strv_length (cap->goals), >=, 1);
      g_assert_true (fk_model_lookup (model, cap->key) == cap);
      g_assert_cmpint (fk_model_index_of (model, cap->key), ==, (int) i);
    }
  for (int level = FK_LEVEL_MIN; level <= FK_LEVEL_MAX; level++)
    {
      g_assert_cmpint (model->scale[level].level, ==, level);
      g_assert_false (fk_text_is_empty (&model->scale[level].name));
    }
  g_assert_cmpuint (strlen (model->checksum), ==, 64);
}

static void
test_minimal_model (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fk_test_data_path ("models/minimal.json");
  g_autoptr(FkModel) model = fk_model_new_from_file (path, &error);
  g_autoptr(GPtrArray) styrning = NULL;
  const FkCapability *cap;

  g_assert_no_error (error);
  g_assert_cmpuint (model->areas->len, ==, 2);
  g_assert_cmpuint (fk_model_get_n_capabilities (model), ==, 3);
  styrning = fk_model_get_area_capabilities (model, "styrning");
  g_assert_cmpuint (styrning->len, ==, 2);

  /* English falls back to Swedish where the model has none. */
  cap = fk_model_lookup (model, "drift.sakerhetskopiering");
  g_assert_nonnull (cap);
  g_assert_cmpstr (fk_text_get (&cap->name, "en"), ==, "Säkerhetskopiering");
  g_assert_cmpstr (fk_text_get (&cap->name, "sv"), ==, "Säkerhetskopiering");
  g_assert_null (fk_model_lookup (model, "nope"));
  g_assert_cmpint (fk_model_index_of (model, "nope"), ==, -1);
  g_assert_true (fk_text_is_empty (&fk_model_lookup (model, "styrning.finansiering")->levels[3]));

  /* No scoring rules and no "not applicable" guidance: empty, not missing. */
  g_assert_nonnull (model->scoring_rules);
  g_assert_cmpuint (model->scoring_rules->len, ==, 0);
  for (guint i = 0; i < model->capabilities->len; i++)
    {
      cap = g_ptr_array_index (model->capabilities, i);
      g_assert_true (fk_text_is_empty (&cap->not_applicable));
      g_assert_cmpstr (fk_text_get (&cap->not_applicable, "en"), ==, "");
    }
}

static void
test_scoring_rules (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fk_test_data_path ("models/rules.json");
  g_autoptr(FkModel) model = fk_model_new_from_file (path, &error);
  const FkText *rule;

  g_assert_no_error (error);
  g_assert_cmpuint (model->scoring_rules->len, ==, 3);
  /* In the model's order, in both languages. */
  rule = g_ptr_array_index (model->scoring_rules, 0);
  g_assert_true (g_str_has_prefix (fk_text_get (rule, "sv"), "En nivå gäller först när allt"));
  g_assert_true (g_str_has_prefix (fk_text_get (rule, "en"), "A level counts only when everything"));
  rule = g_ptr_array_index (model->scoring_rules, 1);
  g_assert_true (g_str_has_prefix (fk_text_get (rule, "sv"), "Det som kommunen får genom en samverkan"));
  g_assert_true (g_str_has_prefix (fk_text_get (rule, "en"), "What the municipality gets through"));
  rule = g_ptr_array_index (model->scoring_rules, 2);
  g_assert_true (g_str_has_prefix (fk_text_get (rule, "sv"), "0 betyder att förmågan saknas."));
  g_assert_true (g_str_has_suffix (fk_text_get (rule, "en"), "fits only where the capability says so."));
}

static void
test_scoring_rules_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fk_test_data_path ("models/rules.json");
  g_autofree char *json = NULL;
  g_autoptr(GRegex) rules = g_regex_new ("\"scoring_rules\": \\[.*?\\],", G_REGEX_DOTALL, 0, NULL);
  g_autofree char *empty = NULL;
  g_autoptr(FkModel) model = NULL;

  g_assert_true (g_file_get_contents (path, &json, NULL, NULL));
  empty = g_regex_replace_literal (rules, json, -1, 0, "\"scoring_rules\": [],", 0, NULL);
  g_assert_null (strstr (empty, "En nivå gäller"));
  model = fk_model_new_from_data (empty, -1, "empty-rules.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (model->scoring_rules->len, ==, 0);
}

static void
test_not_applicable (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fk_test_data_path ("models/rules.json");
  g_autoptr(FkModel) model = fk_model_new_from_file (path, &error);
  const FkCapability *school;
  const FkCapability *strategy;

  g_assert_no_error (error);
  school = fk_model_lookup (model, "verksamhet.skol-it");
  g_assert_cmpstr (fk_text_get (&school->not_applicable, "sv"), ==,
                   "Ej tillämplig om kommunens IT- och digitaliseringsfunktion inte har något ansvar för skolans IT.");
  g_assert_cmpstr (fk_text_get (&school->not_applicable, "en"), ==,
                   "Not applicable if the municipality's IT and digitalisation function has no responsibility for school IT.");
  strategy = fk_model_lookup (model, "styrning.strategi");
  g_assert_true (fk_text_is_empty (&strategy->not_applicable));
}

/* Which levels are the capability's own text and which the scale's. */
static void
test_level_is_own (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fk_test_data_path ("models/rules.json");
  g_autoptr(FkModel) model = fk_model_new_from_file (path, &error);
  const FkCapability *strategy;
  const FkCapability *funding;

  g_assert_no_error (error);
  strategy = fk_model_lookup (model, "styrning.strategi");
  funding = fk_model_lookup (model, "styrning.finansiering");
  for (int level = FK_LEVEL_MIN; level <= FK_LEVEL_MAX; level++)
    {
      const FkText *meaning = fk_model_get_level_meaning (model, strategy, level);
      gboolean own = level % 2 == 1;

      g_assert_cmpint (fk_model_level_is_own (strategy, level), ==, own);
      g_assert_true (meaning == (own ? &strategy->levels[level] : &model->scale[level].meaning));
      g_assert_true (fk_model_level_is_own (funding, level));
    }
}

typedef struct {
  const char *file;
  int         code;
  const char *message_part;   /* the error must say what and where */
} BadModel;

static const BadModel bad_models[] = {
  { "bad-json.json", FK_ERROR_PARSE, "not valid JSON" },
  { "bad-format.json", FK_ERROR_PARSE, "format" },
  { "bad-format-version.json", FK_ERROR_NEWER_VERSION, "format_version" },
  { "bad-duplicate-key.json", FK_ERROR_INVALID, "used twice" },
  { "bad-unknown-area.json", FK_ERROR_INVALID, "not one of the model’s areas" },
  { "bad-level.json", FK_ERROR_INVALID, "levels" },
  { "bad-missing-name.json", FK_ERROR_INVALID, "name" },
  { "bad-goal.json", FK_ERROR_INVALID, "9Z" },
  { "bad-scale.json", FK_ERROR_INVALID, "level 3 is missing" },
  { "bad-duplicate-area.json", FK_ERROR_INVALID, "area key" },
  { "bad-empty.json", FK_ERROR_INVALID, "no capabilities" },
  { "bad-rule-not-text.json", FK_ERROR_INVALID, "scoring_rules[2]: must be an object" },
  { "bad-rule-without-sv.json", FK_ERROR_INVALID, "scoring_rules[2]: sv: is missing" },
  { "bad-not-applicable-without-sv.json", FK_ERROR_INVALID,
    "capabilities[1] (styrning.finansiering): not_applicable: sv: is missing" },
};

static void
test_bad_model (gconstpointer data)
{
  const BadModel *bad = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *relative = g_build_filename ("models", bad->file, NULL);
  g_autofree char *path = fk_test_data_path (relative);
  g_autoptr(FkModel) model = fk_model_new_from_file (path, &error);

  g_assert_null (model);
  g_assert_error (error, FK_ERROR, bad->code);
  /* Names the file, and says what is wrong. */
  g_assert_nonnull (strstr (error->message, bad->file));
  if (strstr (error->message, bad->message_part) == NULL)
    g_error ("%s: expected “%s” in “%s”", bad->file, bad->message_part, error->message);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_from_file ("/nonexistent/model.json", &error);

  g_assert_null (model);
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
}

static void
test_not_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_from_data ("{\"format\": \"\xff\"}", -1, "x.json", &error);

  g_assert_null (model);
  g_assert_error (error, FK_ERROR, FK_ERROR_PARSE);
}

static void
test_region (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRegion) region = fk_region_new_default (&error);
  g_autofree char *bad = fk_test_data_path ("regions/bad-duplicate-code.json");
  g_autofree char *minimal = fk_test_data_path ("regions/minimal.json");
  g_autoptr(FkRegion) bad_region = NULL;
  g_autoptr(FkRegion) minimal_region = NULL;
  const FkMunicipality *m;

  g_assert_no_error (error);
  g_assert_cmpuint (region->municipalities->len, ==, 14);
  m = fk_region_lookup (region, "1438");
  g_assert_cmpstr (m->name, ==, "Dals-Ed");
  g_assert_cmpint (fk_region_municipality_size_class (region, m), ==, FK_SIZE_SMALL);
  g_assert_cmpint (fk_region_municipality_size_class (region, fk_region_lookup (region, "1484")), ==, FK_SIZE_MEDIUM);
  g_assert_cmpint (fk_region_municipality_size_class (region, fk_region_lookup (region, "1488")), ==, FK_SIZE_LARGE);
  /* Thresholds: < 10 000 small, > 35 000 large. */
  g_assert_cmpint (fk_region_size_class (region, 9999), ==, FK_SIZE_SMALL);
  g_assert_cmpint (fk_region_size_class (region, 10000), ==, FK_SIZE_MEDIUM);
  g_assert_cmpint (fk_region_size_class (region, 35000), ==, FK_SIZE_MEDIUM);
  g_assert_cmpint (fk_region_size_class (region, 35001), ==, FK_SIZE_LARGE);

  bad_region = fk_region_new_from_file (bad, &error);
  g_assert_null (bad_region);
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "bad-duplicate-code.json"));
  g_clear_error (&error);

  minimal_region = fk_region_new_from_file (minimal, &error);
  g_assert_no_error (error);
  g_assert_cmpint (minimal_region->small_below, ==, FK_REGION_DEFAULT_SMALL_BELOW);
  g_assert_cmpint (minimal_region->large_above, ==, FK_REGION_DEFAULT_LARGE_ABOVE);
}

static void
test_region_of_290 (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"formagekarta-region\", \"format_version\": 1,"
                                          " \"id\": \"sverige\", \"name\": \"Sverige\","
                                          " \"size_thresholds\": {\"small_below\": 15000, \"large_above\": 50000},"
                                          " \"municipalities\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRegion) region = NULL;

  for (int i = 0; i < 290; i++)
    g_string_append_printf (json, "%s{\"code\": \"%04d\", \"name\": \"K%d\", \"population\": %d}",
                            i > 0 ? ", " : "", 1000 + i, i, 2000 + i * 500);
  g_string_append (json, "]}");
  region = fk_region_new_from_data (json->str, json->len, "sverige.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (region->municipalities->len, ==, 290);
  g_assert_cmpint (fk_region_size_class (region, 14999), ==, FK_SIZE_SMALL);
  g_assert_cmpint (fk_region_size_class (region, 50001), ==, FK_SIZE_LARGE);
}

static void
test_goals (void)
{
  guint n;
  const FkGoal *all = fk_goals_get_all (&n);

  g_assert_cmpuint (n, ==, 11);
  g_assert_cmpstr (all[0].id, ==, "1A");
  g_assert_nonnull (fk_goal_lookup ("5B"));
  g_assert_null (fk_goal_lookup ("6A"));
  g_assert_null (fk_goal_lookup (NULL));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/model/default", test_default_model);
  g_test_add_func ("/core/model/minimal", test_minimal_model);
  g_test_add_func ("/core/model/scoring-rules", test_scoring_rules);
  g_test_add_func ("/core/model/scoring-rules-empty", test_scoring_rules_empty);
  g_test_add_func ("/core/model/not-applicable", test_not_applicable);
  g_test_add_func ("/core/model/level-is-own", test_level_is_own);
  for (guint i = 0; i < G_N_ELEMENTS (bad_models); i++)
    {
      g_autofree char *name = g_strdup_printf ("/core/model/refuse/%s", bad_models[i].file);
      g_test_add_data_func (name, &bad_models[i], test_bad_model);
    }
  g_test_add_func ("/core/model/missing-file", test_missing_file);
  g_test_add_func ("/core/model/not-utf8", test_not_utf8);
  g_test_add_func ("/core/region/default", test_region);
  g_test_add_func ("/core/region/290", test_region_of_290);
  g_test_add_func ("/core/goals", test_goals);

  return g_test_run ();
}
