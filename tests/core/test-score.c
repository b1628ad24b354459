/* test-score.c — FkScore: its boxed type, its fields and its JSON shape */
#include "fk-test-util.h"
#include "fk-score.h"
#include "fk-json.h"
#include "fk-score-json.h"

#include <string.h>

/* A score with every field set, texts that JSON and markup must keep. */
static FkScore *
full_score (void)
{
  FkScore *score = fk_score_new (7, "1488", "styrning.digital-strategi");

  score->current = 3;
  score->target = 5;
  score->sustain = FK_SUSTAIN_DIFFICULT;
  score->key_person = FK_KEY_PERSON_YES;
  score->interest = FK_INTEREST_MAYBE;
  score->comment = g_strdup ("Beslutad 2019\n\"citat\" <b>&</b> i Åmål");
  score->respondent = g_strdup ("Åsa Öberg");
  score->updated = 1598947804;   /* 2020-09-01T08:10:04Z */
  return score;
}

static void
test_score_boxed (void)
{
  g_autoptr(FkScore) score = full_score ();
  g_auto(GValue) value = G_VALUE_INIT;
  FkScore *copy;

  g_assert_true (G_TYPE_IS_BOXED (FK_TYPE_SCORE));
  g_assert_cmpstr (g_type_name (FK_TYPE_SCORE), ==, "FkScore");

  g_value_init (&value, FK_TYPE_SCORE);
  g_value_set_boxed (&value, score);
  copy = g_value_get_boxed (&value);
  g_assert_true (copy != score);
  g_assert_true (copy->comment != score->comment);
  g_assert_true (fk_score_equal (copy, score));
  g_assert_cmpint (copy->updated, ==, score->updated);

  copy = g_boxed_copy (FK_TYPE_SCORE, score);
  g_assert_true (fk_score_equal (copy, score));
  g_boxed_free (FK_TYPE_SCORE, copy);
}

static void
test_score_field_names (void)
{
  const char *expected[] = {
    "current", "target", "sustain", "key-person", "interest", "comment", "respondent",
  };
  g_autoptr(GError) error = NULL;
  FkScoreField field;

  g_assert_cmpint (G_N_ELEMENTS (expected), ==, FK_SCORE_N_FIELDS);
  for (int i = 0; i < FK_SCORE_N_FIELDS; i++)
    {
      const char *name = fk_score_field_to_string ((FkScoreField) i);

      g_assert_cmpstr (name, ==, expected[i]);
      g_assert_true (fk_score_field_from_string (name, &field, &error));
      g_assert_no_error (error);
      g_assert_cmpint (field, ==, i);
    }
  /* The values the UI relies on. */
  g_assert_cmpint (FK_SCORE_FIELD_CURRENT, ==, 0);
  g_assert_cmpint (FK_SCORE_FIELD_COMMENT, ==, 5);
  g_assert_null (fk_score_field_to_string (FK_SCORE_N_FIELDS));

  for (guint i = 0; i < 4; i++)
    {
      const char *bad[] = { "key_person", "Current", "", NULL };

      g_assert_false (fk_score_field_from_string (bad[i], &field, &error));
      g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, bad[i] != NULL ? bad[i] : "“”"));
      g_assert_nonnull (strstr (error->message, "(use current, target, sustain, key-person, interest, comment, respondent)"));
      g_clear_error (&error);
    }
}

static void
test_score_set_field (void)
{
  g_autoptr(FkScore) score = fk_score_new (1, "1460", "x");

  fk_score_set_field_value (score, FK_SCORE_FIELD_CURRENT, FK_LEVEL_NA);
  fk_score_set_field_value (score, FK_SCORE_FIELD_TARGET, 4);
  fk_score_set_field_value (score, FK_SCORE_FIELD_SUSTAIN, FK_SUSTAIN_NO);
  fk_score_set_field_value (score, FK_SCORE_FIELD_KEY_PERSON, FK_KEY_PERSON_NO);
  fk_score_set_field_value (score, FK_SCORE_FIELD_INTEREST, FK_INTEREST_YES);
  fk_score_set_field_text (score, FK_SCORE_FIELD_COMMENT, "<b>&</b>");
  fk_score_set_field_text (score, FK_SCORE_FIELD_RESPONDENT, "Åsa");
  g_assert_cmpint (score->current, ==, FK_LEVEL_NA);
  g_assert_cmpint (score->target, ==, 4);
  g_assert_cmpint (score->sustain, ==, FK_SUSTAIN_NO);
  g_assert_cmpint (score->key_person, ==, FK_KEY_PERSON_NO);
  g_assert_cmpint (score->interest, ==, FK_INTEREST_YES);
  g_assert_cmpstr (score->comment, ==, "<b>&</b>");
  g_assert_cmpstr (score->respondent, ==, "Åsa");
  g_assert_true (fk_score_field_is_text (FK_SCORE_FIELD_COMMENT));
  g_assert_true (fk_score_field_is_text (FK_SCORE_FIELD_RESPONDENT));
  g_assert_false (fk_score_field_is_text (FK_SCORE_FIELD_INTEREST));

  /* Setting a text to itself keeps it; "" and NULL clear it. */
  fk_score_set_field_text (score, FK_SCORE_FIELD_COMMENT, score->comment);
  g_assert_cmpstr (score->comment, ==, "<b>&</b>");
  fk_score_set_field_text (score, FK_SCORE_FIELD_COMMENT, "");
  fk_score_set_field_text (score, FK_SCORE_FIELD_RESPONDENT, NULL);
  g_assert_null (score->comment);
  g_assert_null (score->respondent);

  /* A number for a text field (and the reverse) is a programming error. */
  if (g_test_undefined ())
    {
      g_test_expect_message ("fk-score", G_LOG_LEVEL_CRITICAL, "*should not be reached*");
      fk_score_set_field_value (score, FK_SCORE_FIELD_COMMENT, 1);
      g_test_assert_expected_messages ();
      g_test_expect_message ("fk-score", G_LOG_LEVEL_CRITICAL, "*should not be reached*");
      fk_score_set_field_text (score, FK_SCORE_FIELD_TARGET, "1");
      g_test_assert_expected_messages ();
      g_assert_null (score->comment);
      g_assert_cmpint (score->target, ==, 4);
    }
}

typedef struct {
  FkScoreField field;
  const char  *text;
  int          value;   /* for the valid ones */
} FieldCase;

static int
field_value (const FkScore *score,
             FkScoreField   field)
{
  switch (field)
    {
    case FK_SCORE_FIELD_CURRENT:    return score->current;
    case FK_SCORE_FIELD_TARGET:     return score->target;
    case FK_SCORE_FIELD_SUSTAIN:    return score->sustain;
    case FK_SCORE_FIELD_KEY_PERSON: return score->key_person;
    case FK_SCORE_FIELD_INTEREST:   return score->interest;
    case FK_SCORE_FIELD_COMMENT:
    case FK_SCORE_FIELD_RESPONDENT:
    default:
      g_assert_not_reached ();
    }
}

static void
test_score_parse_field_valid (void)
{
  const FieldCase valid[] = {
    { FK_SCORE_FIELD_CURRENT, "0", 0 },
    { FK_SCORE_FIELD_CURRENT, "5", 5 },
    { FK_SCORE_FIELD_CURRENT, "na", FK_LEVEL_NA },
    { FK_SCORE_FIELD_CURRENT, "none", FK_LEVEL_UNSET },
    { FK_SCORE_FIELD_TARGET, "3", 3 },
    { FK_SCORE_FIELD_TARGET, "none", FK_LEVEL_UNSET },
    { FK_SCORE_FIELD_SUSTAIN, "yes", FK_SUSTAIN_YES },
    { FK_SCORE_FIELD_SUSTAIN, "difficult", FK_SUSTAIN_DIFFICULT },
    { FK_SCORE_FIELD_SUSTAIN, "no", FK_SUSTAIN_NO },
    { FK_SCORE_FIELD_SUSTAIN, "none", FK_SUSTAIN_UNSET },
    { FK_SCORE_FIELD_KEY_PERSON, "yes", FK_KEY_PERSON_YES },
    { FK_SCORE_FIELD_KEY_PERSON, "no", FK_KEY_PERSON_NO },
    { FK_SCORE_FIELD_KEY_PERSON, "none", FK_KEY_PERSON_UNSET },
    { FK_SCORE_FIELD_INTEREST, "no", FK_INTEREST_NO },
    { FK_SCORE_FIELD_INTEREST, "maybe", FK_INTEREST_MAYBE },
    { FK_SCORE_FIELD_INTEREST, "yes", FK_INTEREST_YES },
    { FK_SCORE_FIELD_INTEREST, "none", FK_INTEREST_UNSET },
  };
  g_autoptr(FkScore) score = fk_score_new (1, "1460", "x");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_assert_true (fk_score_parse_field (score, valid[i].field, valid[i].text, &error));
      g_assert_no_error (error);
      g_assert_cmpint (field_value (score, valid[i].field), ==, valid[i].value);
    }

  g_assert_true (fk_score_parse_field (score, FK_SCORE_FIELD_COMMENT, "rad 1\nrad 2 <b>&</b>", &error));
  g_assert_true (fk_score_parse_field (score, FK_SCORE_FIELD_RESPONDENT, "Åmål", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (score->comment, ==, "rad 1\nrad 2 <b>&</b>");
  g_assert_cmpstr (score->respondent, ==, "Åmål");
  g_assert_true (fk_score_parse_field (score, FK_SCORE_FIELD_COMMENT, "", &error));
  g_assert_null (score->comment);
}

static void
test_score_parse_field_invalid (void)
{
  const FieldCase invalid[] = {
    { FK_SCORE_FIELD_CURRENT, "7", 0 },
    { FK_SCORE_FIELD_CURRENT, "-1", 0 },
    { FK_SCORE_FIELD_CURRENT, "3.0", 0 },
    { FK_SCORE_FIELD_CURRENT, "", 0 },
    { FK_SCORE_FIELD_TARGET, "na", 0 },
    { FK_SCORE_FIELD_TARGET, "six", 0 },
    { FK_SCORE_FIELD_SUSTAIN, "maybe", 0 },
    { FK_SCORE_FIELD_SUSTAIN, "Yes", 0 },
    { FK_SCORE_FIELD_KEY_PERSON, "maybe", 0 },
    { FK_SCORE_FIELD_INTEREST, "perhaps", 0 },
    { FK_SCORE_FIELD_COMMENT, "\xff\xfe", 0 },
    { FK_SCORE_FIELD_RESPONDENT, "\xc3", 0 },
  };
  g_autoptr(FkScore) full = full_score ();
  g_autoptr(FkScore) score = fk_score_copy (full);

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      const char *name = fk_score_field_to_string (invalid[i].field);
      g_autofree char *prefix = g_strconcat (name, ": ", NULL);
      g_autoptr(GError) error = NULL;

      g_assert_false (fk_score_parse_field (score, invalid[i].field, invalid[i].text, &error));
      g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
      /* The message names the field, then the value. */
      g_assert_true (g_str_has_prefix (error->message, prefix));
      if (g_utf8_validate (invalid[i].text, -1, NULL))
        {
          g_autofree char *quoted = g_strdup_printf ("“%s”", invalid[i].text);
          g_assert_nonnull (strstr (error->message, quoted));
        }
      /* A refused value changes nothing. */
      g_assert_true (fk_score_equal (score, full));
    }
}

static JsonObject *
parse_object (JsonNode  **root,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  *root = json_from_string (text, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (*root));
  return json_node_get_object (*root);
}

static void
test_score_json_shape (void)
{
  /* What `formagekarta-cli get --json` prints for one score (docs/cli.md). */
  const char *expected =
    "{\n"
    "  \"municipality\" : \"1488\",\n"
    "  \"capability\" : \"styrning.digital-strategi\",\n"
    "  \"round\" : \"Hösten 2020\",\n"
    "  \"current\" : 3,\n"
    "  \"target\" : 5,\n"
    "  \"sustain\" : \"difficult\",\n"
    "  \"key_person\" : \"yes\",\n"
    "  \"interest\" : \"maybe\",\n"
    "  \"comment\" : \"Beslutad 2019\\n\\\"citat\\\" <b>&</b> i Åmål\",\n"
    "  \"respondent\" : \"Åsa Öberg\",\n"
    "  \"updated\" : \"2020-09-01T08:10:04Z\"\n"
    "}";
  const char *unset =
    "{\n"
    "  \"municipality\" : \"1460\",\n"
    "  \"capability\" : \"x\",\n"
    "  \"current\" : \"na\",\n"
    "  \"target\" : null,\n"
    "  \"sustain\" : null,\n"
    "  \"key_person\" : null,\n"
    "  \"interest\" : null,\n"
    "  \"comment\" : null,\n"
    "  \"respondent\" : null,\n"
    "  \"updated\" : null\n"
    "}";
  g_autoptr(FkScore) score = full_score ();
  g_autoptr(FkScore) empty = fk_score_new (1, "1460", "x");
  g_autoptr(JsonNode) node = fk_score_to_json (score, "Hösten 2020");
  g_autoptr(JsonNode) empty_node = NULL;
  g_autofree char *text = fk_json_to_string (node);
  g_autofree char *empty_text = NULL;

  g_assert_cmpstr (text, ==, expected);

  /* Without a round name there is no "round"; NA and unset answers. */
  empty->current = FK_LEVEL_NA;
  empty_node = fk_score_to_json (empty, NULL);
  empty_text = fk_json_to_string (empty_node);
  g_assert_cmpstr (empty_text, ==, unset);
}

static void
test_score_json_round_trip (void)
{
  g_autoptr(FkScore) score = full_score ();
  g_autoptr(FkScore) empty = fk_score_new (7, "1488", "x");
  FkScore *scores[] = { score, empty };

  empty->target = 0;
  for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
    {
      g_autoptr(JsonNode) node = fk_score_to_json (scores[i], i == 0 ? "Hösten 2020" : NULL);
      g_autofree char *text = fk_json_to_string (node);
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(FkScore) back = NULL;

      /* Through text, as a file would carry it. */
      back = fk_score_from_json (parse_object (&root, text), 7, "1488", &error);
      g_assert_no_error (error);
      g_assert_nonnull (back);
      g_assert_true (fk_score_equal (back, scores[i]));
      g_assert_cmpint (back->updated, ==, scores[i]->updated);
      g_assert_cmpstr (back->comment, ==, scores[i]->comment);
    }
}

static void
test_score_json_missing_and_null (void)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) score = NULL;
  g_autoptr(FkScore) expected = fk_score_new (3, "1460", "x");

  /* Only "capability" is required; null is unset; "none" is an answer's
   * "not answered", as for `formagekarta-cli set`. */
  score = fk_score_from_json (parse_object (&root, "{\"capability\": \"x\", \"target\": 0,"
                                                   " \"sustain\": \"none\", \"comment\": null,"
                                                   " \"round\": null}"),
                              3, "1460", &error);
  g_assert_no_error (error);
  expected->target = 0;
  g_assert_true (fk_score_equal (score, expected));
  g_assert_cmpint (score->updated, ==, 0);
}

static void
test_score_json_refused (void)
{
  const struct {
    const char *json;
    const char *message;   /* the start of the message */
  } cases[] = {
    { "{}", "capability: is missing" },
    { "{\"capability\": \"\"}", "capability: is empty" },
    { "{\"capability\": 7}", "capability: must be a string" },
    { "{\"capability\": \"x\", \"colour\": \"red\"}", "colour: is not a member of a score" },
    { "{\"capability\": \"x\", \"key-person\": \"yes\"}", "key-person: is not a member of a score" },
    { "{\"capability\": \"x\", \"current\": \"3\"}", "current: must be a level from 0 to 5, “na” or null" },
    { "{\"capability\": \"x\", \"current\": 3.0}", "current: must be a level" },
    { "{\"capability\": \"x\", \"current\": -1}", "current: must be a level" },
    { "{\"capability\": \"x\", \"current\": true}", "current: must be a level" },
    { "{\"capability\": \"x\", \"target\": \"na\"}", "target: must be a level from 0 to 5 or null" },
    { "{\"capability\": \"x\", \"sustain\": 1}", "sustain: must be a string or null" },
    { "{\"capability\": \"x\", \"sustain\": \"maybe\"}", "sustain: “maybe” is not an answer" },
    { "{\"capability\": \"x\", \"key_person\": true}", "key_person: must be a string or null" },
    { "{\"capability\": \"x\", \"key_person\": \"maybe\"}", "key_person: “maybe” is not an answer" },
    { "{\"capability\": \"x\", \"interest\": []}", "interest: must be a string or null" },
    { "{\"capability\": \"x\", \"comment\": 5}", "comment: must be a string or null" },
    { "{\"capability\": \"x\", \"respondent\": {}}", "respondent: must be a string or null" },
    { "{\"capability\": \"x\", \"updated\": \"yesterday\"}", "updated: “yesterday” is not a time" },
    { "{\"capability\": \"x\", \"updated\": 1598947804}", "updated: must be a string or null" },
    { "{\"capability\": \"x\", \"round\": 1}", "round: must be a string or null" },
    { "{\"capability\": \"x\", \"municipality\": \"1460\"}", "municipality: expected “1488”, found “1460”" },
    { "{\"capability\": \"x\", \"municipality\": null}", "municipality: must be a string" },
    /* Levels outside the scale (fk_score_validate). */
    { "{\"capability\": \"x\", \"current\": 6}", "current level 6 is outside the scale 0–5" },
    { "{\"capability\": \"x\", \"target\": 99}", "target level 99 is outside the scale 0–5" },
    /* The first problem in the document's order. */
    { "{\"capability\": \"x\", \"target\": 9, \"current\": 1.5, \"colour\": 1}", "current: must be a level" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(FkScore) score = NULL;

      score = fk_score_from_json (parse_object (&root, cases[i].json), 1, "1488", &error);
      g_assert_null (score);
      g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
      if (!g_str_has_prefix (error->message, cases[i].message))
        g_error ("%s: expected “%s…”, got “%s”", cases[i].json, cases[i].message, error->message);
    }
}

/* "Not applicable" has no target and no answers; the comment stays. */
static void
test_not_applicable_consistent (void)
{
  g_autoptr(FkScore) score = fk_score_new (1, "1460", "a.b");
  g_autoptr(GError) error = NULL;

  score->current = FK_LEVEL_NA;
  score->comment = g_strdup ("gäller inte oss");
  g_assert_true (fk_score_check_consistent (score, &error));
  g_assert_no_error (error);

  score->interest = FK_INTEREST_YES;
  g_assert_false (fk_score_check_consistent (score, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_clear_error (&error);

  score->target = 4;
  score->sustain = FK_SUSTAIN_NO;
  score->key_person = FK_KEY_PERSON_YES;
  fk_score_clear_answers (score);
  g_assert_true (fk_score_check_consistent (score, &error));
  g_assert_cmpint (score->target, ==, FK_LEVEL_UNSET);
  g_assert_cmpint (score->sustain, ==, FK_SUSTAIN_UNSET);
  g_assert_cmpint (score->key_person, ==, FK_KEY_PERSON_UNSET);
  g_assert_cmpint (score->interest, ==, FK_INTEREST_UNSET);
  g_assert_cmpstr (score->comment, ==, "gäller inte oss");

  /* A level with a target and answers is of course fine. */
  score->current = 2;
  score->target = 4;
  score->interest = FK_INTEREST_MAYBE;
  g_assert_true (fk_score_check_consistent (score, &error));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/score/boxed", test_score_boxed);
  g_test_add_func ("/core/score/field-names", test_score_field_names);
  g_test_add_func ("/core/score/set-field", test_score_set_field);
  g_test_add_func ("/core/score/parse-field-valid", test_score_parse_field_valid);
  g_test_add_func ("/core/score/parse-field-invalid", test_score_parse_field_invalid);
  g_test_add_func ("/core/score/json-shape", test_score_json_shape);
  g_test_add_func ("/core/score/json-round-trip", test_score_json_round_trip);
  g_test_add_func ("/core/score/json-missing-and-null", test_score_json_missing_and_null);
  g_test_add_func ("/core/score/json-refused", test_score_json_refused);
  g_test_add_func ("/core/score/not-applicable-consistent", test_not_applicable_consistent);
  return g_test_run ();
}
