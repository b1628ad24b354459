/* test-scenario-compare.c — which sentences of two texts differ, and the plain text for the report
 *
 * fk_scenario_diff_sentences(): runs cover each text in order; the
 * sentences only one side has are changed, the shared ones (spaces
 * around them aside) are not, whatever moved around them.
 * fk_scenario_format_plain(): the name, then each section with text under
 * its heading, blank lines between, empty sections left out. */
#include "config.h"
#include "fk-scenario.h"

#include <string.h>

/* The text of each run, "+" before a changed one, joined by "|". */
static char *
describe_runs (const char *text,
               GArray     *runs)
{
  GString *out = g_string_new (NULL);
  gsize at = 0;

  for (guint i = 0; i < runs->len; i++)
    {
      const FkScenarioTextRun *run = &g_array_index (runs, FkScenarioTextRun, i);

      /* Runs cover the whole text, in order, and never touch one of their kind. */
      g_assert_cmpuint (run->start, ==, at);
      g_assert_cmpuint (run->end, >, run->start);
      if (i > 0)
        g_assert_true (run->changed != g_array_index (runs, FkScenarioTextRun, i - 1).changed);
      at = run->end;
      if (i > 0)
        g_string_append_c (out, '|');
      if (run->changed)
        g_string_append_c (out, '+');
      g_string_append_len (out, text + run->start, run->end - run->start);
    }
  g_assert_cmpuint (at, ==, strlen (text));
  return g_string_free (out, FALSE);
}

static void
check (const char *old_text,
       const char *new_text,
       const char *want_old,
       const char *want_new)
{
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;
  g_autofree char *got_old = NULL;
  g_autofree char *got_new = NULL;

  fk_scenario_diff_sentences (old_text, new_text, &a, &b);
  got_old = describe_runs (old_text, a);
  got_new = describe_runs (new_text, b);
  g_assert_cmpstr (got_old, ==, want_old);
  g_assert_cmpstr (got_new, ==, want_new);
}

static void
test_same (void)
{
  check ("One. Two.", "One. Two.", "One. Two.", "One. Two.");
  check ("", "", "", "");
}

static void
test_one_sentence_changed (void)
{
  check ("Five of 14 municipalities are weak. Uddevalla could host. Next step.",
         "Four of 14 municipalities are weak. Uddevalla could host. Next step.",
         "+Five of 14 municipalities are weak. |Uddevalla could host. Next step.",
         "+Four of 14 municipalities are weak. |Uddevalla could host. Next step.");
}

static void
test_added_and_removed (void)
{
  /* A sentence only the new text has; one only the old text has. */
  check ("A. B. C.", "A. B. X. C.", "A. B. C.", "A. B. |+X. |C.");
  check ("A. B. C.", "A. C.", "A. |+B. |C.", "A. C.");
  check ("", "New text.", "", "+New text.");
  check ("Old text.", "", "+Old text.", "");
}

static void
test_paragraphs_and_spaces (void)
{
  /* A line's end ends a sentence; spaces around one are not a change,
   * and a blank line alone never is. */
  check ("Heading line\nA sentence. Another!\n\nLast one?",
         "Heading line\nA sentence.  Another changed!\n\nLast one?\n",
         "Heading line\nA sentence. |+Another!\n\n|Last one?",
         "Heading line\nA sentence.  |+Another changed!\n\n|Last one?\n");
  /* A full stop inside a number or word does not end a sentence. */
  check ("Level 2.5 of 4. Done.", "Level 3.5 of 4. Done.",
         "+Level 2.5 of 4. |Done.", "+Level 3.5 of 4. |Done.");
}

static void
test_format_plain (void)
{
  const char *texts[FK_N_SCENARIO_SECTIONS] = { "Summary text.\n\nSecond paragraph.\n", "", "Who.", "  \n", "Risks.", NULL, "Next." };
  g_autofree char *h0 = fk_scenario_section_get_heading (FK_SCENARIO_SECTION_SUMMARY, "en");
  g_autofree char *h2 = fk_scenario_section_get_heading (FK_SCENARIO_SECTION_PARTICIPANTS, "en");
  g_autofree char *h4 = fk_scenario_section_get_heading (FK_SCENARIO_SECTION_RISKS, "en");
  g_autofree char *h6 = fk_scenario_section_get_heading (FK_SCENARIO_SECTION_NEXT_STEP, "en");
  g_autofree char *want = g_strdup_printf ("Name\n\n%s\nSummary text.\n\nSecond paragraph.\n\n%s\nWho.\n\n%s\nRisks.\n\n%s\nNext.",
                                           h0, h2, h4, h6);
  g_autofree char *got = fk_scenario_format_plain ("Name", "en", texts);
  const char *empty[FK_N_SCENARIO_SECTIONS] = { "", "", "", "", "", "", "" };
  g_autofree char *none = fk_scenario_format_plain ("Only the name", "en", empty);
  g_autofree char *sections = fk_scenario_format_sections_plain ("en", empty);
  g_autofree char *sv = fk_scenario_section_get_heading (FK_SCENARIO_SECTION_SUMMARY, "sv");
  g_autofree char *in_sv = fk_scenario_format_plain ("Namn", "sv", texts);

  g_assert_cmpstr (got, ==, want);
  g_assert_cmpstr (none, ==, "Only the name");
  g_assert_cmpstr (sections, ==, "");
  /* The headings follow the language asked for. */
  g_assert_true (g_str_has_prefix (in_sv, "Namn\n\n"));
  g_assert_true (g_str_has_prefix (in_sv + strlen ("Namn\n\n"), sv));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/scenario-compare/same", test_same);
  g_test_add_func ("/core/scenario-compare/one-sentence-changed", test_one_sentence_changed);
  g_test_add_func ("/core/scenario-compare/added-and-removed", test_added_and_removed);
  g_test_add_func ("/core/scenario-compare/paragraphs-and-spaces", test_paragraphs_and_spaces);
  g_test_add_func ("/core/scenario-compare/format-plain", test_format_plain);
  return g_test_run ();
}
