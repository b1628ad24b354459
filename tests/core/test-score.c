/* test-score.c — FkScore: its boxed type, its fields and its JSON shape */
#include "fk-test-util.h"
#include "fk-score.h"

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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/score/boxed", test_score_boxed);
  g_test_add_func ("/core/score/field-names", test_score_field_names);
  g_test_add_func ("/core/score/set-field", test_score_set_field);
  g_test_add_func ("/core/score/parse-field-valid", test_score_parse_field_valid);
  g_test_add_func ("/core/score/parse-field-invalid", test_score_parse_field_invalid);
  return g_test_run ();
}
