/* test-score-summary.c — a score in words: the short form a screen reader
 * speaks, the long form of a tooltip, and the start of a comment */
#include "fk-test-util.h"
#include "fk-score-summary.h"

static FkScore *
make_score (int       current,
            int       target,
            FkSustain sustain)
{
  FkScore *score = fk_score_new (1, "1485", "sak.infosak");

  score->current = current;
  score->target = target;
  score->sustain = sustain;
  return score;
}

static void
test_short (void)
{
  struct { int current, target; FkSustain sustain; const char *text; } cases[] = {
    { 3, 4, FK_SUSTAIN_NO, "Uddevalla, Informationssäkerhet: level 3, target 4, cannot sustain alone" },
    { 3, 4, FK_SUSTAIN_YES, "Uddevalla, Informationssäkerhet: level 3, target 4, can sustain alone" },
    { 2, 2, FK_SUSTAIN_DIFFICULT, "Uddevalla, Informationssäkerhet: level 2, target 2, can sustain alone with difficulty" },
    { 3, 4, FK_SUSTAIN_UNSET, "Uddevalla, Informationssäkerhet: level 3, target 4" },
    { 0, FK_LEVEL_UNSET, FK_SUSTAIN_NO, "Uddevalla, Informationssäkerhet: level 0, cannot sustain alone" },
    { 5, FK_LEVEL_UNSET, FK_SUSTAIN_UNSET, "Uddevalla, Informationssäkerhet: level 5" },
    { FK_LEVEL_NA, FK_LEVEL_UNSET, FK_SUSTAIN_UNSET, "Uddevalla, Informationssäkerhet: not applicable" },
    { FK_LEVEL_UNSET, 3, FK_SUSTAIN_NO, "Uddevalla, Informationssäkerhet: not assessed" },
  };
  g_autofree char *none = fk_score_summary_short ("Uddevalla", "Informationssäkerhet", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FkScore) score = make_score (cases[i].current, cases[i].target, cases[i].sustain);
      g_autofree char *text = fk_score_summary_short ("Uddevalla", "Informationssäkerhet", score);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
  g_assert_cmpstr (none, ==, "Uddevalla, Informationssäkerhet: not assessed");
}

static void
test_long (void)
{
  g_autoptr(FkScore) score = make_score (3, 4, FK_SUSTAIN_DIFFICULT);
  g_autofree char *text = NULL;
  g_autofree char *bare = NULL;
  g_autofree char *nothing = NULL;

  score->key_person = FK_KEY_PERSON_YES;
  score->interest = FK_INTEREST_MAYBE;
  score->respondent = g_strdup ("Anna <i>Andersson</i>");
  score->comment = g_strdup ("<b>& a policy\nexists");
  text = fk_score_summary_long ("Uddevalla", "<b>&", score, 120);
  g_assert_cmpstr (text, ==,
                   "Uddevalla\n<b>&\n"
                   "Current level: 3\n"
                   "Target level: 4\n"
                   "Sustain alone: With difficulty\n"
                   "Key person: Yes\n"
                   "Interest: Maybe\n"
                   "Answered by: Anna <i>Andersson</i>\n"
                   "Comment: <b>& a policy exists");

  /* Not applicable, nothing else: no respondent or comment line. */
  g_clear_pointer (&score->respondent, g_free);
  g_clear_pointer (&score->comment, g_free);
  score->current = FK_LEVEL_NA;
  score->target = FK_LEVEL_UNSET;
  score->sustain = FK_SUSTAIN_UNSET;
  score->key_person = FK_KEY_PERSON_UNSET;
  score->interest = FK_INTEREST_UNSET;
  bare = fk_score_summary_long ("Dals-Ed", "Funding", score, 120);
  g_assert_cmpstr (bare, ==,
                   "Dals-Ed\nFunding\n"
                   "Current level: not applicable\n"
                   "Target level: not set\n"
                   "Sustain alone: Not answered\n"
                   "Key person: Not answered\n"
                   "Interest: Not answered");
  nothing = fk_score_summary_long ("Dals-Ed", "Funding", NULL, 120);
  g_assert_true (g_str_has_prefix (nothing, "Dals-Ed\nFunding\nCurrent level: not assessed\n"));
}

static void
test_ellipsize (void)
{
  g_autofree char *short_text = fk_score_summary_ellipsize ("Short.\n", 120);
  g_autofree char *exact = fk_score_summary_ellipsize ("abcde", 5);
  g_autofree char *words = fk_score_summary_ellipsize ("one two three four", 10);
  g_autofree char *one_word = fk_score_summary_ellipsize ("abcdefghijkl", 5);
  g_autofree char *utf8 = fk_score_summary_ellipsize ("åäöåäöåäö", 4);
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *cut = NULL;

  g_assert_cmpstr (short_text, ==, "Short.");
  g_assert_cmpstr (exact, ==, "abcde");
  g_assert_cmpstr (words, ==, "one two…");
  g_assert_cmpstr (one_word, ==, "abcde…");
  g_assert_cmpstr (utf8, ==, "åäöå…");

  for (int i = 0; i < 40; i++)
    g_string_append (long_text, "ord ");
  cut = fk_score_summary_ellipsize (long_text->str, FK_SCORE_SUMMARY_COMMENT_CHARS);
  g_assert_true (g_str_has_suffix (cut, "ord…"));
  g_assert_cmpuint (g_utf8_strlen (cut, -1), <=, FK_SCORE_SUMMARY_COMMENT_CHARS + 1);
  g_assert_cmpuint (g_utf8_strlen (cut, -1), >, FK_SCORE_SUMMARY_COMMENT_CHARS / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/score-summary/short", test_short);
  g_test_add_func ("/core/score-summary/long", test_long);
  g_test_add_func ("/core/score-summary/ellipsize", test_ellipsize);
  return g_test_run ();
}
