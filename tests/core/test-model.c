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

/* A change to tests/data/models/rules.json: the member at @path ("/"
 * between members and list indices) set to the JSON @value. */
typedef struct {
  const char *path;
  const char *value;
  const char *message_part;   /* NULL: accepted; else the error must say it */
} ModelEdit;

static const ModelEdit null_members[] = {
  /* null is absent, as for every optional member */
  { "capabilities/0/levels", "null", NULL },
  { "capabilities/0/goals", "null", NULL },
  { "scoring_rules", "null", NULL },
  { "capabilities/2/not_applicable", "null", NULL },
  { "capabilities/0/name/en", "null", NULL },
  /* anything else of the wrong kind is refused, the place named */
  { "scoring_rules", "{}", "rules.json: scoring_rules: must be a list" },
  { "capabilities/2/not_applicable", "\"x\"",
    "rules.json: capabilities[2] (verksamhet.skol-it): not_applicable: must be an object" },
  { "capabilities/0/name/sv", "\"\"",
    "rules.json: capabilities[0] (styrning.strategi): name: sv: is empty" },
  { "capabilities/2/not_applicable/sv", "\"\"",
    "rules.json: capabilities[2] (verksamhet.skol-it): not_applicable: sv: is empty" },
  { "capabilities/0/levels", "[]",
    "rules.json: capabilities[0] (styrning.strategi): levels: must be an object" },
};

/* rules.json with @edit applied, as text. */
static char *
edited_rules (const ModelEdit *edit)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fk_test_data_path ("models/rules.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) value = json_from_string (edit->value, &error);
  g_auto(GStrv) steps = g_strsplit (edit->path, "/", -1);
  guint n = g_strv_length (steps);
  JsonNode *node;
  JsonObject *parent;

  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  node = json_parser_get_root (parser);
  for (guint i = 0; i + 1 < n; i++)
    {
      if (JSON_NODE_HOLDS_ARRAY (node))
        node = json_array_get_element (json_node_get_array (node), (guint) g_ascii_strtoull (steps[i], NULL, 10));
      else
        node = json_object_get_member (json_node_get_object (node), steps[i]);
      g_assert_nonnull (node);
    }
  parent = json_node_get_object (node);
  g_assert_true (json_object_has_member (parent, steps[n - 1]));
  json_object_set_member (parent, steps[n - 1], g_steal_pointer (&value));
  return json_to_string (json_parser_get_root (parser), TRUE);
}

static void
test_model_edit (gconstpointer data)
{
  const ModelEdit *edit = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = edited_rules (edit);
  g_autoptr(FkModel) model = fk_model_new_from_data (json, -1, "rules.json", &error);

  if (edit->message_part == NULL)
    {
      g_assert_no_error (error);
      g_assert_nonnull (model);
      return;
    }
  g_assert_null (model);
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  if (strstr (error->message, edit->message_part) == NULL)
    g_error ("%s = %s: expected “%s” in “%s”", edit->path, edit->value, edit->message_part, error->message);
}

/* What null stands for: nothing, as if the member were not there. */
static void
test_null_is_absent (void)
{
  static const ModelEdit levels = { "capabilities/0/levels", "null", NULL };
  static const ModelEdit rules = { "scoring_rules", "null", NULL };
  static const ModelEdit english = { "capabilities/0/name/en", "null", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *json = edited_rules (&levels);
  g_autoptr(FkModel) model = fk_model_new_from_data (json, -1, "rules.json", &error);
  const FkCapability *strategy;

  g_assert_no_error (error);
  strategy = fk_model_lookup (model, "styrning.strategi");
  for (int level = FK_LEVEL_MIN; level <= FK_LEVEL_MAX; level++)
    g_assert_false (fk_model_level_is_own (strategy, level));
  g_clear_pointer (&json, g_free);
  g_clear_pointer (&model, fk_model_unref);

  json = edited_rules (&rules);
  model = fk_model_new_from_data (json, -1, "rules.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (model->scoring_rules->len, ==, 0);
  g_clear_pointer (&json, g_free);
  g_clear_pointer (&model, fk_model_unref);

  json = edited_rules (&english);
  model = fk_model_new_from_data (json, -1, "rules.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_text_get (&fk_model_lookup (model, "styrning.strategi")->name, "en"), ==, "Strategi");
}

/* "Not applicable" where the capability says when, or anywhere in a
 * model that says it of none. */
static void
test_allows_not_applicable (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *rules_path = fk_test_data_path ("models/rules.json");
  g_autofree char *minimal_path = fk_test_data_path ("models/minimal.json");
  g_autoptr(FkModel) rules = fk_model_new_from_file (rules_path, &error);
  g_autoptr(FkModel) minimal = NULL;
  g_autoptr(FkModel) model = NULL;

  g_assert_no_error (error);
  g_assert_true (fk_model_allows_not_applicable (rules, fk_model_lookup (rules, "verksamhet.skol-it")));
  g_assert_false (fk_model_allows_not_applicable (rules, fk_model_lookup (rules, "styrning.strategi")));
  g_assert_false (fk_model_allows_not_applicable (rules, fk_model_lookup (rules, "styrning.finansiering")));

  minimal = fk_model_new_from_file (minimal_path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < minimal->capabilities->len; i++)
    g_assert_true (fk_model_allows_not_applicable (minimal, g_ptr_array_index (minimal->capabilities, i)));

  /* The built-in model: school IT may be not applicable, the strategy not. */
  model = fk_model_new_default (&error);
  g_assert_no_error (error);
  g_assert_true (fk_model_allows_not_applicable (model, fk_model_lookup (model, "valfard-och-skola.skol-it")));
  g_assert_false (fk_model_allows_not_applicable (model, fk_model_lookup (model, "styrning.digital-strategi")));
}

/* One line per level, the scale's general texts marked as such. */
static void
test_describe_level (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fk_test_data_path ("models/rules.json");
  g_autoptr(FkModel) model = fk_model_new_from_file (path, &error);
  const FkCapability *strategy;
  g_autofree char *own_sv = NULL;
  g_autofree char *general_sv = NULL;
  g_autofree char *general_en = NULL;

  g_assert_no_error (error);
  strategy = fk_model_lookup (model, "styrning.strategi");
  own_sv = fk_model_describe_level (model, strategy, 3, "sv");
  general_sv = fk_model_describe_level (model, strategy, 2, "sv");
  general_en = fk_model_describe_level (model, strategy, 2, "en");
  g_assert_cmpstr (own_sv, ==, "Definierad: Kommunstyrelsen har beslutat en strategi.");
  g_assert_cmpstr (general_sv, ==, "Upprepbar (allmän beskrivning): Görs på liknande sätt varje gång.");
  g_assert_cmpstr (general_en, ==, "Repeatable (general description): Done in a similar way each time.");
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
  for (guint i = 0; i < G_N_ELEMENTS (null_members); i++)
    {
      g_autofree char *name = g_strdup_printf ("/core/model/member/%u-%s", i, null_members[i].path);
      g_test_add_data_func (name, &null_members[i], test_model_edit);
    }
  g_test_add_func ("/core/model/null-is-absent", test_null_is_absent);
  g_test_add_func ("/core/model/allows-not-applicable", test_allows_not_applicable);
  g_test_add_func ("/core/model/describe-level", test_describe_level);
  g_test_add_func ("/core/model/missing-file", test_missing_file);
  g_test_add_func ("/core/model/not-utf8", test_not_utf8);
  g_test_add_func ("/core/region/default", test_region);
  g_test_add_func ("/core/region/290", test_region_of_290);
  g_test_add_func ("/core/goals", test_goals);

  return g_test_run ();
}
