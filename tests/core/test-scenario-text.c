/* test-scenario-text.c — the generated scenario descriptions on the
 * fixture of scenario-fixture.h: numbers, names and plural forms in both
 * languages, effect goals and principles, anonymisation, text from files
 * taken literally, the language put back, and no scores at all.
 *
 * Expected sentences are the file's own messages looked up in the
 * language's catalogue (expected()), so the checks hold whether or not a
 * message has its Swedish yet; Swedish that comes from data (names,
 * goals, principles, numbers) is checked as Swedish. */
#include "scenario-fixture.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

static char *expected (const char *language, const char *singular, const char *plural,
                       gulong n, ...);

/* A message of fk-scenario-text.c in @language, filled in. */
static char *
expected (const char *language,
          const char *singular,
          const char *plural,
          gulong      n,
          ...)
{
  va_list args;
  char *text;

  fk_text_push_message_language (language);
  va_start (args, n);
  text = g_strdup_vprintf (plural != NULL ? g_dngettext (GETTEXT_PACKAGE, singular, plural, n)
                                          : g_dgettext (GETTEXT_PACKAGE, singular),
                           args);
  va_end (args);
  fk_text_pop_message_language ();
  return text;
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in:\n%s", part, text);
}

static void
assert_lacks (const char *text,
              const char *part)
{
  if (strstr (text, part) != NULL)
    g_error ("“%s” should not be in:\n%s", part, text);
}

static GStrv
generate (FkScenarioKind      kind,
          FkCandidates       *candidates,
          const char         *language,
          const FkAnonymizer *anon)
{
  g_autoptr(FkScenario) scenario = fk_scenario_new (kind);

  return fk_scenario_generate (scenario, candidates, language, anon);
}

/* Every section there, paragraphs separated by one blank line, no stray
 * white space. */
static void
assert_well_formed (GStrv texts)
{
  g_assert_cmpuint (g_strv_length (texts), ==, FK_N_SCENARIO_SECTIONS);
  for (guint i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    {
      g_assert_cmpuint (strlen (texts[i]), >, 0);
      g_assert_false (g_ascii_isspace (texts[i][0]));
      g_assert_false (g_ascii_isspace (texts[i][strlen (texts[i]) - 1]));
      assert_lacks (texts[i], "\n\n\n");
      assert_lacks (texts[i], "  ");
      assert_lacks (texts[i], "%");
    }
}

static const char *
cap_name (FkCandidates *candidates,
          const char   *key,
          const char   *language)
{
  FkModel *model = fk_round_snapshot_get_model (fk_candidates_get_snapshot (candidates));

  return fk_text_get (&fk_model_lookup (model, key)->name, language);
}

static const char *
area_of (FkCandidates *candidates,
         const char   *key,
         const char   *language)
{
  FkModel *model = fk_round_snapshot_get_model (fk_candidates_get_snapshot (candidates));

  return fk_text_get (&fk_model_lookup_area (model, fk_model_lookup (model, key)->area)->name, language);
}

static void
test_selected (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  const char *languages[] = { "sv", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_auto(GStrv) texts = generate (FK_SCENARIO_SELECTED, candidates, lang, NULL);
      g_autofree char *levels = NULL, *low = NULL, *cannot = NULL, *key = NULL, *hosts = NULL;
      g_autofree char *large = NULL, *part = NULL, *mandate = NULL, *share = NULL, *interested = NULL, *quoted = NULL;

      assert_well_formed (texts);
      /* ledningssystem: all 14 assessed it, median 4, the five small at
       * level 1 who cannot sustain it, Bengtsfors with a key person. */
      levels = expected (lang, "%1$s (%2$s): the region's %3$u municipality assessed it, and its level is %4$s.",
                         "%1$s (%2$s): all %3$u municipalities assessed it, and their median level is %4$s.",
                         14, cap_name (candidates, sak_keys[0], lang), area_of (candidates, sak_keys[0], lang),
                         14, "4");
      assert_contains (texts[FK_SCENARIO_SECTION_CAPABILITIES], levels);
      low = expected (lang, "%1$u of them is at level %2$u or below.", "%1$u of them are at level %2$u or below.",
                      5, 5, 2);
      assert_contains (texts[FK_SCENARIO_SECTION_CAPABILITIES], low);
      cannot = expected (lang, "%u of them cannot sustain it alone for three years, or only with difficulty.",
                         "%u of them cannot sustain it alone for three years, or only with difficulty.", 5, 5);
      assert_contains (texts[FK_SCENARIO_SECTION_CAPABILITIES], cannot);
      key = expected (lang, "%u depends on a single key person for it.", "%u depend on a single key person for it.",
                      1, 1);
      assert_contains (texts[FK_SCENARIO_SECTION_CAPABILITIES], key);
      /* 12 interested: the two who are not are the shorter list. */
      interested = expected (lang, "%1$u is interested in collaborating on it (yes or maybe): every municipality except %2$s.",
                             "%1$u are interested in collaborating on it (yes or maybe): every municipality except %2$s.",
                             12, 12, strcmp (lang, "sv") == 0 ? "Trollhättan och Vänersborg" : "Trollhättan and Vänersborg");
      assert_contains (texts[FK_SCENARIO_SECTION_CAPABILITIES], interested);
      /* 12 of 14 take part: Trollhättan and Vänersborg said no. */
      part = expected (lang, "%1$u of the region's %2$u municipalities takes part: %3$s.",
                       "%1$u of the region's %2$u municipalities take part: %3$s.", 12, 12, 14,
                       strcmp (lang, "sv") == 0
                       ? "Bengtsfors, Dals-Ed, Färgelanda, Lysekil, Mellerud, Munkedal, Orust, Sotenäs, Strömstad, Tanum, Uddevalla och Åmål"
                       : "Bengtsfors, Dals-Ed, Färgelanda, Lysekil, Mellerud, Munkedal, Orust, Sotenäs, Strömstad, Tanum, Uddevalla and Åmål");
      assert_contains (texts[FK_SCENARIO_SECTION_PARTICIPANTS], part);
      /* Uddevalla hosts the four security capabilities, Bengtsfors the
       * architecture one. */
      fk_text_push_message_language (lang);
      quoted = g_strdup_printf (g_dpgettext2 (GETTEXT_PACKAGE, "name in a list", "“%s”"),
                                cap_name (candidates, ark_keys[0], lang));
      fk_text_pop_message_language ();
      hosts = expected (lang, "%1$s could host %2$s.", NULL, 0, "Bengtsfors", quoted);
      assert_contains (texts[FK_SCENARIO_SECTION_PARTICIPANTS], hosts);
      assert_contains (texts[FK_SCENARIO_SECTION_PARTICIPANTS], cap_name (candidates, sak_keys[3], lang));
      assert_contains (texts[FK_SCENARIO_SECTION_PARTICIPANTS], "Uddevalla");
      /* Small 5 of 5 and medium 6 of 6 in need: nobody gains clearly more. */
      share = expected (lang, "The need is spread evenly over the size groups: no group of municipalities stands to gain clearly more than another.",
                        NULL, 0);
      assert_contains (texts[FK_SCENARIO_SECTION_PARTICIPANTS], share);
      /* The three large: Uddevalla hosts, the two others said no. */
      large = expected (lang, "The report also warns that the large municipalities carry a larger share of the cost and may choose to stay out. That matters here: %s could host one of these capabilities or has said no to collaborating on one.",
                        "The report also warns that the large municipalities carry a larger share of the cost and may choose to stay out. That matters here: %s could host one of these capabilities or have said no to collaborating on one.",
                        3, strcmp (lang, "sv") == 0 ? "Trollhättan, Uddevalla och Vänersborg"
                                                    : "Trollhättan, Uddevalla and Vänersborg");
      assert_contains (texts[FK_SCENARIO_SECTION_RISKS], large);
      mandate = expected (lang, "As a host, %s needs a mandate from its own leadership to deliver to the others, and the staff to do it.",
                          "As hosts, %s need a mandate from their own leadership to deliver to the others, and the staff to do it.",
                          2, strcmp (lang, "sv") == 0 ? "Bengtsfors och Uddevalla" : "Bengtsfors and Uddevalla");
      assert_contains (texts[FK_SCENARIO_SECTION_REQUIREMENTS], mandate);
    }
}

/* The effect goals come from the capabilities (security: 2A, 2B;
 * architecture: 4A), eSam's principles from the kind (1, 5) and the
 * areas (security 9, 10; architecture 3, 6, 13), in the text's language. */
static void
test_goals_and_principles (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  g_auto(GStrv) sv = generate (FK_SCENARIO_SELECTED, candidates, "sv", NULL);
  g_auto(GStrv) en = generate (FK_SCENARIO_SELECTED, candidates, "en", NULL);
  const char *benefits_sv = sv[FK_SCENARIO_SECTION_BENEFITS];
  const char *benefits_en = en[FK_SCENARIO_SECTION_BENEFITS];

  assert_contains (benefits_sv, "2A (Medborgare och företag känner sig trygga med kommunernas digitala tjänster)");
  assert_contains (benefits_sv, "2B (Informationssäkerhet är en naturlig del av all verksamhet)");
  assert_contains (benefits_sv, "4A (");
  assert_lacks (benefits_sv, "1A (");
  assert_contains (benefits_en, "2B (Information security is a natural part of all operations)");
  for (guint p = 1; p <= FK_ESAM_N_PRINCIPLES; p++)
    {
      const FkEsamPrinciple *principle = fk_esam_principle_lookup (p);
      g_autofree char *item_sv = g_strdup_printf ("%u (%s)", p, principle->name_sv);
      g_autofree char *item_en = g_strdup_printf ("%u (%s)", p, principle->name_en);
      gboolean expect = p == 1 || p == 5 || p == 9 || p == 10 || p == 3 || p == 6 || p == 13;

      g_assert_cmpint (strstr (benefits_sv, item_sv) != NULL, ==, expect);
      g_assert_cmpint (strstr (benefits_en, item_en) != NULL, ==, expect);
    }
  assert_contains (benefits_sv, "9 (Gör det säkert)");
  /* The participants are 2 levels below their target on security
   * (small: 1 → 3) and 2 on architecture (medium 2 → 4), others 0: the
   * mean over 12 municipalities × 5 capabilities is (5 × 4 × 2 + 6 × 2) / 60. */
  {
    g_autofree char *mean_sv = fk_text_format_number ((5.0 * 4 * 2 + 6 * 2) / 60, FALSE, FALSE, "sv");
    g_autofree char *mean_en = fk_text_format_number ((5.0 * 4 * 2 + 6 * 2) / 60, FALSE, FALSE, "en");

    g_assert_cmpstr (mean_sv, ==, "0,9");
    assert_contains (benefits_sv, mean_sv);
    assert_contains (benefits_en, mean_en);
  }
}

/* One municipality or three; a decimal median with the language's mark. */
static void
test_plural_and_numbers (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  const char *languages[] = { "sv", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_autoptr(FkScenario) one = fk_scenario_new (FK_SCENARIO_CUSTOM);
      g_autoptr(FkScenario) three = fk_scenario_new (FK_SCENARIO_CUSTOM);
      g_auto(GStrv) one_text = NULL, three_text = NULL;
      g_autofree char *singular = NULL, *plural = NULL, *median = NULL;

      for (FkScenario **s = (FkScenario *[]) { one, three, NULL }; *s != NULL; s++)
        {
          (*s)->auto_capabilities = FALSE;
          fk_scenario_add_item (*s, INN_KEY, NULL);
          (*s)->auto_municipalities = FALSE;
          g_strfreev ((*s)->municipalities);
        }
      one->municipalities = g_strsplit ("1438", ",", -1);
      three->municipalities = g_strsplit ("1438,1421,1492", ",", -1);
      one_text = fk_scenario_generate (one, candidates, lang, NULL);
      three_text = fk_scenario_generate (three, candidates, lang, NULL);
      assert_well_formed (one_text);

      singular = expected (lang, "%1$u of the region's %2$u municipalities takes part: %3$s.",
                           "%1$u of the region's %2$u municipalities take part: %3$s.", 1, 1, 14, "Dals-Ed");
      plural = expected (lang, "%1$u of the region's %2$u municipalities takes part: %3$s.",
                         "%1$u of the region's %2$u municipalities take part: %3$s.", 3, 3, 14,
                         strcmp (lang, "sv") == 0 ? "Dals-Ed, Orust och Åmål" : "Dals-Ed, Orust and Åmål");
      g_assert_cmpstr (singular, !=, plural);
      assert_contains (one_text[FK_SCENARIO_SECTION_PARTICIPANTS], singular);
      assert_contains (three_text[FK_SCENARIO_SECTION_PARTICIPANTS], plural);
      assert_lacks (three_text[FK_SCENARIO_SECTION_PARTICIPANTS], singular);

      /* Innovation: median 2.5, no host, chosen by hand. */
      median = g_strdup_printf ("%s.", strcmp (lang, "sv") == 0 ? "2,5" : "2.5");
      assert_contains (one_text[FK_SCENARIO_SECTION_CAPABILITIES], median);
      assert_lacks (one_text[FK_SCENARIO_SECTION_CAPABILITIES], strcmp (lang, "sv") == 0 ? "2.5" : "2,5");
      assert_contains (one_text[FK_SCENARIO_SECTION_CAPABILITIES], cap_name (candidates, INN_KEY, lang));
    }
}

/* Åmål no longer weak at the architecture capabilities: the small (5 of 5)
 * now clearly need these capabilities more than the medium-sized (5 of 6). */
static void
amal_strong_in_architecture (FkScore *score,
                             guint    row)
{
  if (row == AMAL && key_in (score->capability, ark_keys, G_N_ELEMENTS (ark_keys)))
    {
      score->current = 4;
      score->sustain = FK_SUSTAIN_YES;
    }
}

static void
test_scores_change_text (void)
{
  g_autoptr(FkCandidates) before = fixture_candidates ();
  g_autoptr(FkCandidates) after = fixture_candidates_full (amal_strong_in_architecture, FALSE);
  g_auto(GStrv) old_text = generate (FK_SCENARIO_SELECTED, before, "en", NULL);
  g_auto(GStrv) new_text = generate (FK_SCENARIO_SELECTED, after, "en", NULL);
  g_auto(GStrv) old_base = generate (FK_SCENARIO_BASELINE, before, "en", NULL);
  g_auto(GStrv) new_base = generate (FK_SCENARIO_BASELINE, after, "en", NULL);
  g_autofree char *small = expected ("en", "%1$u of the %2$u small municipalities is weak at one of these capabilities or cannot sustain it alone, a larger share than in any other size group: the small municipalities stand to gain most.",
                                     "%1$u of the %2$u small municipalities are weak at one of these capabilities or cannot sustain it alone, a larger share than in any other size group: the small municipalities stand to gain most.",
                                     5, 5, 5);

  g_assert_cmpstr (old_text[FK_SCENARIO_SECTION_CAPABILITIES], !=, new_text[FK_SCENARIO_SECTION_CAPABILITIES]);
  assert_lacks (old_text[FK_SCENARIO_SECTION_PARTICIPANTS], small);
  assert_contains (new_text[FK_SCENARIO_SECTION_PARTICIPANTS], small);
  g_assert_cmpstr (old_base[FK_SCENARIO_SECTION_CAPABILITIES], !=, new_base[FK_SCENARIO_SECTION_CAPABILITIES]);
}

static void
test_anonymised (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  FkRegion *region = fk_round_snapshot_get_region (fk_candidates_get_snapshot (candidates));
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (region, 4711, NULL);
  const char *languages[] = { "sv", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (FkScenarioKind kind = FK_SCENARIO_BASELINE; kind <= FK_SCENARIO_JOINT; kind++)
      {
        g_auto(GStrv) texts = generate (kind, candidates, languages[l], anon);
        g_autofree char *all = g_strjoinv ("\n", texts);
        g_autofree char *uddevalla = NULL;

        assert_well_formed (texts);
        for (guint r = 0; r < region->municipalities->len; r++)
          {
            const FkMunicipality *m = g_ptr_array_index (region->municipalities, r);

            assert_lacks (all, m->name);
            assert_lacks (all, m->code);
          }
        /* Uddevalla hosts in SELECTED and JOINT, under its letter. */
        fk_text_push_message_language (languages[l]);
        uddevalla = fk_anonymizer_get_display_name (anon, "1485");
        fk_text_pop_message_language ();
        if (kind == FK_SCENARIO_SELECTED || kind == FK_SCENARIO_JOINT)
          assert_contains (texts[FK_SCENARIO_SECTION_PARTICIPANTS], uddevalla);
      }
}

/* Text from files is taken as it is: a name with <b>& stays so. */
static void
test_literal_names (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fk_test_data_path ("models/minimal.json");
  g_autofree char *json = NULL;
  g_autofree char *odd_json = NULL;
  g_autoptr(FkModel) model = NULL;
  g_autoptr(FkRegion) region = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  g_autoptr(FkCandidates) candidates = NULL;
  g_auto(GStrv) texts = NULL;
  g_autofree char *all = NULL;
  GPtrArray *municipalities = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_municipality_free);
  GPtrArray *scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  FkCandidateWeights weights;
  static const int levels[] = { 1, 1, 5, 4 };

  g_assert_true (g_file_get_contents (path, &json, NULL, &error));
  {
    g_auto(GStrv) parts = g_strsplit (json, "\"sv\": \"Strategi\"", 2);

    odd_json = g_strjoinv ("\"sv\": \"Strategi <b>&amp; mål\"", parts);
  }
  model = fk_model_new_from_data (odd_json, -1, "odd.json", &error);
  g_assert_no_error (error);
  g_ptr_array_add (municipalities, fk_municipality_new ("9001", "Kommun <b>&", 5000));
  g_ptr_array_add (municipalities, fk_municipality_new ("9002", "Lilla Å", 6000));
  g_ptr_array_add (municipalities, fk_municipality_new ("9003", "Stora <i>", 50000));
  g_ptr_array_add (municipalities, fk_municipality_new ("9004", "Mitt", 20000));
  region = fk_region_new ("odd", "Odd", 10000, 35000, municipalities);
  for (guint r = 0; r < G_N_ELEMENTS (levels); r++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, r);
      FkScore *s = fk_score_new (1, m->code, "styrning.strategi");

      s->current = levels[r];
      s->target = 4;
      s->sustain = levels[r] >= 4 ? FK_SUSTAIN_YES : FK_SUSTAIN_NO;
      s->interest = FK_INTEREST_YES;
      g_ptr_array_add (scores, s);
    }
  snapshot = fk_round_snapshot_new (model, region, 1, "R1", "odd", scores);
  fk_candidate_weights_init (&weights);
  candidates = fk_candidates_new (snapshot, &weights);
  texts = generate (FK_SCENARIO_SELECTED, candidates, "sv", NULL);
  all = g_strjoinv ("\n", texts);
  assert_contains (all, "Strategi <b>&amp; mål");
  assert_contains (all, "Kommun <b>&");
  assert_contains (texts[FK_SCENARIO_SECTION_PARTICIPANTS], "Stora <i>");
}

static void
test_language_restored (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  g_autofree char *messages = NULL;
  const char *before;

  g_setenv ("LANGUAGE", "en_GB:en", TRUE);
  messages = g_strdup (setlocale (LC_MESSAGES, NULL));
  before = g_dgettext (GETTEXT_PACKAGE, "Not assessed");
  g_assert_cmpstr (before, ==, "Not assessed");
  {
    g_auto(GStrv) texts = generate (FK_SCENARIO_SELECTED, candidates, "sv", NULL);
    g_autofree char *heading = fk_scenario_section_get_heading (FK_SCENARIO_SECTION_RISKS, "sv");
  }
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "en_GB:en");
  g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, messages);
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Not assessed"), ==, "Not assessed");
  g_unsetenv ("LANGUAGE");
}

static void
test_kinds_differ (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  GStrv texts[FK_SCENARIO_JOINT + 1] = { NULL, };

  for (FkScenarioKind kind = FK_SCENARIO_BASELINE; kind <= FK_SCENARIO_JOINT; kind++)
    {
      texts[kind] = generate (kind, candidates, "en", NULL);
      assert_well_formed (texts[kind]);
    }
  for (FkScenarioKind a = FK_SCENARIO_BASELINE; a <= FK_SCENARIO_JOINT; a++)
    for (FkScenarioKind b = a + 1; b <= FK_SCENARIO_JOINT; b++)
      for (guint s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
        g_assert_cmpstr (texts[a][s], !=, texts[b][s]);
  /* The baseline names the capabilities most cannot sustain alone: the
   * security ones (5 of 14 each). */
  assert_contains (texts[FK_SCENARIO_BASELINE][FK_SCENARIO_SECTION_CAPABILITIES],
                   cap_name (candidates, sak_keys[0], "en"));
  /* The network names the widest spread with someone strong: security
   * (1 to 5). */
  assert_contains (texts[FK_SCENARIO_NETWORK][FK_SCENARIO_SECTION_CAPABILITIES],
                   cap_name (candidates, sak_keys[0], "en"));
  /* Representatives rotating: NETWORK and JOINT only. */
  for (FkScenarioKind kind = FK_SCENARIO_BASELINE; kind <= FK_SCENARIO_JOINT; kind++)
    g_assert_cmpint (strstr (texts[kind][FK_SCENARIO_SECTION_RISKS], "Representatives who change often") != NULL,
                     ==, kind == FK_SCENARIO_NETWORK || kind == FK_SCENARIO_JOINT);
  for (FkScenarioKind kind = FK_SCENARIO_BASELINE; kind <= FK_SCENARIO_JOINT; kind++)
    g_strfreev (texts[kind]);
}

static void
test_no_scores (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates_full (NULL, TRUE);
  g_autofree char *none = expected ("en", "No scores have been entered in this round yet, so there is nothing to describe here.",
                                    NULL, 0);

  for (FkScenarioKind kind = FK_SCENARIO_BASELINE; kind <= FK_SCENARIO_JOINT; kind++)
    {
      g_auto(GStrv) texts = generate (kind, candidates, "en", NULL);
      g_autofree char *all = g_strjoinv ("\n", texts);

      assert_well_formed (texts);
      g_assert_cmpstr (texts[FK_SCENARIO_SECTION_CAPABILITIES], ==, none);
      g_assert_cmpstr (texts[FK_SCENARIO_SECTION_BENEFITS], ==, none);
      if (kind != FK_SCENARIO_NETWORK)
        g_assert_cmpstr (texts[FK_SCENARIO_SECTION_PARTICIPANTS], ==, none);
      /* Never a text of zeros. */
      assert_lacks (all, " 0 ");
    }
}

static void
test_headings (void)
{
  g_autofree char *en = fk_scenario_section_get_heading (FK_SCENARIO_SECTION_SUMMARY, "en");
  g_autofree char *next = fk_scenario_section_get_heading (FK_SCENARIO_SECTION_NEXT_STEP, "en");

  g_assert_cmpstr (en, ==, "What the scenario means");
  g_assert_cmpstr (next, ==, "Next step");
  for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    {
      g_autofree char *sv = fk_scenario_section_get_heading (s, "sv");
      g_autofree char *in_en = fk_scenario_section_get_heading (s, "en");

      g_assert_cmpuint (strlen (sv), >, 0);
      g_assert_cmpuint (strlen (in_en), >, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *localedir = g_build_filename (g_getenv ("FK_BUILD_ROOT"), "po", NULL);

  g_test_init (&argc, &argv, NULL);
  fk_text_init_i18n (localedir);
  g_test_add_func ("/core/scenario-text/selected", test_selected);
  g_test_add_func ("/core/scenario-text/goals-and-principles", test_goals_and_principles);
  g_test_add_func ("/core/scenario-text/plural-and-numbers", test_plural_and_numbers);
  g_test_add_func ("/core/scenario-text/scores-change-text", test_scores_change_text);
  g_test_add_func ("/core/scenario-text/anonymised", test_anonymised);
  g_test_add_func ("/core/scenario-text/literal-names", test_literal_names);
  g_test_add_func ("/core/scenario-text/language-restored", test_language_restored);
  g_test_add_func ("/core/scenario-text/kinds-differ", test_kinds_differ);
  g_test_add_func ("/core/scenario-text/no-scores", test_no_scores);
  g_test_add_func ("/core/scenario-text/headings", test_headings);
  return g_test_run ();
}
