/* test-score.c — FkScore: its boxed type, its fields and its JSON shape */
#include "fk-test-util.h"
#include "fk-score.h"

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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/score/boxed", test_score_boxed);
  return g_test_run ();
}
