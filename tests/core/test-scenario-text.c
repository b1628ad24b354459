/* test-scenario-text.c — the generated scenario descriptions on the
 * fixture of scenario-fixture.h: numbers, names and plural forms in both
 * languages, effect goals and principles, anonymisation, text from files
 * taken literally, the language put back, and no scores at all.
 *
 * Expected sentences are written out as literals: English as in the code,
 * Swedish as po/sv.po translates it (for messages that have their
 * Swedish), so a missing or wrong translation fails. Catalogue-free
 * checks come beside them: the Swedish text differs from the English one,
 * no sentence starts with a numeral, and Swedish from data (names, goals,
 * principles, numbers). */
#include "scenario-fixture.h"
#include "fk-scenario-text-private.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

static void
test_selected (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  const char *languages[] = { "sv", "en" };
  g_auto(GStrv) sv = generate (FK_SCENARIO_SELECTED, candidates, "sv", NULL);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_auto(GStrv) texts = generate (FK_SCENARIO_SELECTED, candidates, lang, NULL);
      g_autofree char *levels_en = NULL, *hosts_en = NULL;
      const char *caps = texts[FK_SCENARIO_SECTION_CAPABILITIES];
      const char *part = texts[FK_SCENARIO_SECTION_PARTICIPANTS];

      assert_well_formed (texts);
      /* ledningssystem: all 14 assessed it, median 4, the five small at
       * level 1 who cannot sustain it, Bengtsfors with a key person. */
      levels_en = g_strdup_printf ("%s (%s): all 14 municipalities assessed it, and their median level is 4.",
                                   cap_name (candidates, sak_keys[0], "en"), area_of (candidates, sak_keys[0], "en"));
      assert_contains (caps, IN (lang, "Ledningssystem för informationssäkerhet (Informationssäkerhet och rättsliga krav): alla 14 kommuner har bedömt den, och mediannivån är 4.",
                                 levels_en));
      /* 12 interested: the two who are not are the shorter list. */
      assert_contains (caps, IN (lang, "Trollhättan och Vänersborg", "Trollhättan and Vänersborg"));
      assert_lacks (caps, "Bengtsfors");
      if (strcmp (lang, "en") == 0)
        {
          assert_contains (caps, "Of them, five are at level 2 or below.");
          assert_contains (caps, "Of them, five cannot, or can only with difficulty, sustain it on their own for three years.");
          assert_contains (caps, "For one of them, it depends on a single key person.");
          assert_contains (caps, "Every municipality except Trollhättan and Vänersborg wants to collaborate on it (answered yes or maybe).");
          /* Architecture: 6 medium-sized at level 2. */
          assert_contains (caps, "Of them, six are at level 2 or below.");
          assert_contains (part, "Of the region's 14 municipalities, 12 take part: Bengtsfors, Dals-Ed, Färgelanda, Lysekil, Mellerud, Munkedal, Orust, Sotenäs, Strömstad, Tanum, Uddevalla and Åmål.");
          assert_contains (texts[FK_SCENARIO_SECTION_SUMMARY], "Each of the five capabilities has a possible host municipality.");
        }
      /* 12 of 14 take part: Trollhättan and Vänersborg said no. */
      assert_contains (part, IN (lang, "Bengtsfors, Dals-Ed, Färgelanda, Lysekil, Mellerud, Munkedal, Orust, Sotenäs, Strömstad, Tanum, Uddevalla och Åmål.",
                                 "Bengtsfors, Dals-Ed, Färgelanda, Lysekil, Mellerud, Munkedal, Orust, Sotenäs, Strömstad, Tanum, Uddevalla and Åmål."));
      /* Uddevalla hosts the four security capabilities, Bengtsfors the
       * architecture one. */
      hosts_en = g_strdup_printf ("Bengtsfors could host “%s”.", cap_name (candidates, ark_keys[0], "en"));
      assert_contains (part, IN (lang, "Bengtsfors kan vara värdkommun för ”Verksamhets- och IT-arkitektur”.", hosts_en));
      assert_contains (part, cap_name (candidates, sak_keys[3], lang));
      assert_contains (part, "Uddevalla");
      /* The small cannot sustain the security capabilities (20 of their
       * 25 pairs), the medium-sized only architecture (6 of 30), Uddevalla
       * nothing: the small gain most (test-scenario-text-cases.c has the
       * sentence whole). */
      assert_lacks (part, IN (lang, "Behovet är jämnt fördelat", "The need is spread evenly"));
      /* The three large: Uddevalla could host, the two others said no. */
      assert_contains (texts[FK_SCENARIO_SECTION_RISKS], "Uddevalla");
      assert_contains (texts[FK_SCENARIO_SECTION_RISKS], "Trollhättan");
      assert_contains (texts[FK_SCENARIO_SECTION_RISKS], "Vänersborg");
      assert_lacks (texts[FK_SCENARIO_SECTION_RISKS], "Lysekil");
      assert_contains (texts[FK_SCENARIO_SECTION_REQUIREMENTS],
                       IN (lang, "Som värdkommuner behöver Bengtsfors och Uddevalla var sitt mandat från den egna ledningen att leverera till de andra, och personal att göra det.",
                           "As hosts, Bengtsfors and Uddevalla need a mandate from their own leadership to deliver to the others, and the staff to do it."));
      if (strcmp (lang, "en") == 0)
        for (guint i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
          g_assert_cmpstr (texts[i], !=, sv[i]);
    }
}

/* Whatever the kind and the language, no sentence starts with a number. */
static void
test_no_leading_numerals (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  const char *languages[] = { "sv", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (FkScenarioKind kind = FK_SCENARIO_BASELINE; kind <= FK_SCENARIO_JOINT; kind++)
      {
        g_auto(GStrv) texts = generate (kind, candidates, languages[l], NULL);

        for (guint i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
          assert_no_sentence_starts_with_numeral (texts[i]);
      }
}

/* The effect goals come from the capabilities (security: 2A, 2B;
 * architecture: 4A), eSam's principles from the kind (1, 5) and at most
 * two from the areas of the capabilities named (security first: 9, 10;
 * not architecture's 3, 6, 13), in the text's language. */
static void
test_goals_and_principles (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  g_auto(GStrv) sv = generate (FK_SCENARIO_SELECTED, candidates, "sv", NULL);
  g_auto(GStrv) en = generate (FK_SCENARIO_SELECTED, candidates, "en", NULL);
  const char *benefits_sv = sv[FK_SCENARIO_SECTION_BENEFITS];
  const char *benefits_en = en[FK_SCENARIO_SECTION_BENEFITS];

  assert_contains (benefits_sv, "2A (Invånare och företag känner sig trygga i användandet av de digitala tjänster och produkter som finns hos Fyrbodals kommuner)");
  assert_contains (benefits_sv, "2B (Informationssäkerhetsarbete är en naturlig del av verksamheterna i Fyrbodals kommuner)");
  assert_contains (benefits_sv, "4A (");
  assert_lacks (benefits_sv, "1A (");
  assert_contains (benefits_en, "2B (Information security work is a natural part of the operations in Fyrbodal's municipalities)");
  for (guint p = 1; p <= FK_ESAM_N_PRINCIPLES; p++)
    {
      const FkEsamPrinciple *principle = fk_esam_principle_lookup (p);
      g_autofree char *item_sv = g_strdup_printf ("%u (%s)", p, principle->name_sv);
      g_autofree char *item_en = g_strdup_printf ("%u (%s)", p, principle->name_en);
      gboolean expect = p == 1 || p == 5 || p == 9 || p == 10;

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
    assert_contains (benefits_en, "On these capabilities, the municipalities taking part are on average 0.9 below the target level they set themselves.");
    assert_lacks (benefits_en, "reached the target");
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

      singular = g_strdup (IN (lang, "Dals-Ed.", "Of the region's 14 municipalities, 1 takes part: Dals-Ed."));
      plural = g_strdup (IN (lang, "Dals-Ed, Orust och Åmål.", "Of the region's 14 municipalities, 3 take part: Dals-Ed, Orust and Åmål."));
      assert_contains (one_text[FK_SCENARIO_SECTION_PARTICIPANTS], singular);
      assert_contains (three_text[FK_SCENARIO_SECTION_PARTICIPANTS], plural);
      assert_lacks (three_text[FK_SCENARIO_SECTION_PARTICIPANTS], "takes part");
      assert_lacks (one_text[FK_SCENARIO_SECTION_PARTICIPANTS], "take part:");

      /* Innovation: all 14 interested (maybe). The whole region is not
       * listed by name: it is said that all are. */
      assert_lacks (one_text[FK_SCENARIO_SECTION_CAPABILITIES], "Bengtsfors");
      assert_lacks (one_text[FK_SCENARIO_SECTION_CAPABILITIES], "Uddevalla");
      if (strcmp (lang, "en") == 0)
        assert_contains (one_text[FK_SCENARIO_SECTION_CAPABILITIES],
                         "Every municipality wants to collaborate on it (answered yes or maybe).");

      /* Innovation: median 2.5, no host, chosen by hand. */
      median = g_strdup_printf ("%s.", strcmp (lang, "sv") == 0 ? "2,5" : "2.5");
      assert_contains (one_text[FK_SCENARIO_SECTION_CAPABILITIES], median);
      assert_lacks (one_text[FK_SCENARIO_SECTION_CAPABILITIES], strcmp (lang, "sv") == 0 ? "2.5" : "2,5");
      assert_contains (one_text[FK_SCENARIO_SECTION_CAPABILITIES], cap_name (candidates, INN_KEY, lang));
    }
}

/* Åmål no longer weak at the architecture capabilities: it no longer takes
 * part in it, and the medium-sized need it less. */
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

  g_assert_cmpstr (old_text[FK_SCENARIO_SECTION_CAPABILITIES], !=, new_text[FK_SCENARIO_SECTION_CAPABILITIES]);
  /* Who takes part and who gains change with it. */
  g_assert_cmpstr (old_text[FK_SCENARIO_SECTION_PARTICIPANTS], !=, new_text[FK_SCENARIO_SECTION_PARTICIPANTS]);
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
        /* The large municipalities' risk without saying that some of them
         * host: next to the hosts' letters it would tell which are large. */
        assert_lacks (texts[FK_SCENARIO_SECTION_RISKS], IN (languages[l], "Det gäller här", "That matters here"));
        assert_lacks (texts[FK_SCENARIO_SECTION_RISKS], IN (languages[l], "några av dem", "some of them"));
        if (kind == FK_SCENARIO_SELECTED && strcmp (languages[l], "en") == 0)
          assert_contains (texts[FK_SCENARIO_SECTION_RISKS],
                           "The report also warns that the large municipalities carry a larger share of the cost and may choose to stay out.");
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
      /* Not everyone interested, so that the interested are named. */
      s->interest = r == 3 ? FK_INTEREST_NO : FK_INTEREST_YES;
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
  /* The seeds' risks in full where they weigh most, briefly or not at
   * all elsewhere: representatives rotating in full in the network
   * (with the seed's figure), briefly in the joint organisation; the
   * process leader's paragraph in the network; the financing model in
   * full in the joint organisation, briefly in the selected. */
  for (FkScenarioKind kind = FK_SCENARIO_BASELINE; kind <= FK_SCENARIO_JOINT; kind++)
    {
      const char *risks = texts[kind][FK_SCENARIO_SECTION_RISKS];

      g_assert_cmpint (strstr (risks, "eight representatives have left") != NULL, ==, kind == FK_SCENARIO_NETWORK);
      g_assert_cmpint (strstr (risks, "whose representatives change often") != NULL, ==, kind == FK_SCENARIO_JOINT);
      g_assert_cmpint (strstr (risks, "several participants want the collaboration to remain") != NULL, ==, kind == FK_SCENARIO_NETWORK);
      g_assert_cmpint (strstr (risks, "names an overriding risk") != NULL, ==, kind == FK_SCENARIO_JOINT);
      g_assert_cmpint (strstr (risks, "warns that the discussion of the financing model can get stuck") != NULL, ==, kind == FK_SCENARIO_SELECTED);
      /* Who acts next: not the e-council, whose work has ended. */
      assert_lacks (texts[kind][FK_SCENARIO_SECTION_NEXT_STEP], "from the e-council");
      if (kind != FK_SCENARIO_BASELINE)
        assert_contains (texts[kind][FK_SCENARIO_SECTION_NEXT_STEP],
                         "from Fyrbodals kommunalförbund, on behalf of the municipal directors' network (kommundirektörsnätverket), to the municipalities");
    }
  for (FkScenarioKind kind = FK_SCENARIO_BASELINE; kind <= FK_SCENARIO_JOINT; kind++)
    g_strfreev (texts[kind]);
}

static void
test_no_scores (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates_full (NULL, TRUE);
  const char *none = "No scores have been entered in this round yet, so there is nothing to describe here.";

  for (FkScenarioKind kind = FK_SCENARIO_BASELINE; kind <= FK_SCENARIO_JOINT; kind++)
    {
      g_auto(GStrv) sv = generate (kind, candidates, "sv", NULL);

      g_auto(GStrv) texts = generate (kind, candidates, "en", NULL);
      g_autofree char *all = g_strjoinv ("\n", texts);

      assert_well_formed (texts);
      g_assert_cmpstr (texts[FK_SCENARIO_SECTION_CAPABILITIES], ==, none);
      g_assert_cmpstr (sv[FK_SCENARIO_SECTION_CAPABILITIES], ==,
                       "Inga bedömningar har förts in i den här omgången ännu, så det finns inget att beskriva här.");
      g_assert_cmpstr (texts[FK_SCENARIO_SECTION_BENEFITS], ==, none);
      if (kind != FK_SCENARIO_NETWORK)
        g_assert_cmpstr (texts[FK_SCENARIO_SECTION_PARTICIPANTS], ==, none);
      /* Never a text of zeros. */
      assert_lacks (all, " 0 ");
    }
}

extern int _nl_msg_cat_cntr;   /* GNU gettext: bumped at each language switch */

static void
test_headings (void)
{
  static const char *const sv[] = {
    "Vad scenariot innebär", "Förmågor och varför", "Deltagare och värdkommuner",
    "Nytta, effektmål och principer", "Kostnader och risker", "Vad som krävs", "Nästa steg",
  };
  static const char *const en[] = {
    "What the scenario means", "Capabilities and why", "Participants and hosts",
    "Benefits, effect goals and principles", "Costs and risks", "What it requires", "Next step",
  };
  int switches;

  G_STATIC_ASSERT (G_N_ELEMENTS (sv) == FK_N_SCENARIO_SECTIONS);
  for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    {
      g_autofree char *in_sv = fk_scenario_section_get_heading (s, "sv");
      g_autofree char *in_en = fk_scenario_section_get_heading (s, "en");
      g_autofree char *fallback = fk_scenario_section_get_heading (s, "de");

      g_assert_cmpstr (in_sv, ==, sv[s]);
      g_assert_cmpstr (in_en, ==, en[s]);
      g_assert_cmpstr (fallback, ==, sv[s]);
    }

  /* Once looked up, the headings need no language switch: gettext's
   * cache, shared by every thread, is left alone. */
  fk_text_push_message_language ("en");
  switches = _nl_msg_cat_cntr;
  for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    {
      g_autofree char *in_sv = fk_scenario_section_get_heading (s, "sv");

      g_assert_cmpstr (in_sv, ==, sv[s]);
    }
  g_assert_cmpint (_nl_msg_cat_cntr, ==, switches);
  fk_text_pop_message_language ();
}

/* A generation in another language switches nothing process-wide: the
 * language is the thread's own, and gettext's shared cache is left alone. */
static void
test_one_switch_per_generation (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  int before;

  fk_text_push_message_language ("en");
  before = _nl_msg_cat_cntr;
  {
    g_auto(GStrv) texts = generate (FK_SCENARIO_SELECTED, candidates, "sv", NULL);
  }
  g_assert_cmpint (_nl_msg_cat_cntr - before, ==, 0);
  before = _nl_msg_cat_cntr;
  {
    g_auto(GStrv) texts = generate (FK_SCENARIO_SELECTED, candidates, "en", NULL);
  }
  g_assert_cmpint (_nl_msg_cat_cntr, ==, before);
  fk_text_pop_message_language ();
}

/* Participants already at their targets: no "on average 0 levels below",
 * but that the targets are reached and the benefit is in sustaining the
 * level together. */
static void
test_targets_reached (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  const char *languages[] = { "sv", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(FkScenario) scenario = fk_scenario_new (FK_SCENARIO_CUSTOM);
      g_auto(GStrv) texts = NULL;
      const char *benefits;

      /* Everyone at level 4 with target 4. */
      scenario->auto_capabilities = FALSE;
      fk_scenario_add_item (scenario, "styrning.digital-strategi", NULL);
      scenario->auto_municipalities = FALSE;
      g_strfreev (scenario->municipalities);
      scenario->municipalities = g_strsplit ("1438,1421", ",", -1);
      texts = fk_scenario_generate (scenario, candidates, languages[l], NULL);
      assert_well_formed (texts);
      benefits = texts[FK_SCENARIO_SECTION_BENEFITS];
      assert_lacks (benefits, IN (languages[l], "i genomsnitt 0", "on average 0"));
      assert_lacks (benefits, IN (languages[l], "0,0", "0.0"));
      if (strcmp (languages[l], "en") == 0)
        assert_contains (benefits, "On these capabilities, the municipalities taking part have on average reached the target level they set themselves. The benefit lies in sustaining that level together, at a lower cost and for longer than each on its own.");
    }
}

/* What a report gets (fk_scenario_get_report_texts()): the stored text
 * where there is one, generated text elsewhere; anonymised, all of it
 * generated anew, the stored names gone; without candidates, "". */
static void
test_report_texts (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  FkRegion *region = fk_round_snapshot_get_region (fk_candidates_get_snapshot (candidates));
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (region, 4711, NULL);
  g_autoptr(FkScenario) scenario = fk_scenario_new (FK_SCENARIO_SELECTED);
  g_auto(GStrv) fresh = fk_scenario_generate (scenario, candidates, "en", NULL);
  g_auto(GStrv) texts = NULL;
  g_auto(GStrv) anonymised = NULL;
  g_auto(GStrv) bare = NULL;
  gboolean stored[FK_N_SCENARIO_SECTIONS];

  fk_scenario_set_text (scenario, "en", FK_SCENARIO_SECTION_RISKS, "Uddevalla <b>& ours", "x", TRUE);
  texts = fk_scenario_get_report_texts (scenario, candidates, "en", NULL, stored);
  g_assert_cmpuint (g_strv_length (texts), ==, FK_N_SCENARIO_SECTIONS);
  for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    {
      g_assert_cmpint (stored[s], ==, s == FK_SCENARIO_SECTION_RISKS);
      g_assert_cmpstr (texts[s], ==, s == FK_SCENARIO_SECTION_RISKS ? "Uddevalla <b>& ours" : fresh[s]);
    }

  anonymised = fk_scenario_get_report_texts (scenario, candidates, "en", anon, stored);
  for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    {
      g_assert_false (stored[s]);
      assert_lacks (anonymised[s], "Uddevalla");
      g_assert_cmpstr (anonymised[s], !=, "");
    }

  bare = fk_scenario_get_report_texts (scenario, NULL, "en", NULL, NULL);
  for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    g_assert_cmpstr (bare[s], ==, s == FK_SCENARIO_SECTION_RISKS ? "Uddevalla <b>& ours" : "");
}

/* fk_scenario_get_report_texts_full() with @stale: stored text is stale
 * when a section stored and not edited reads otherwise than the text
 * generated now; one call generates the text at most once, for the
 * sections not stored and the check together. */
static FkScenario *
stored_from (GStrv              texts,
             gboolean           only_section,
             FkScenarioSection  section,
             gboolean           edited)
{
  FkScenario *scenario = fk_scenario_new (FK_SCENARIO_SELECTED);

  for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    if (!only_section || s == section)
      fk_scenario_set_text (scenario, "en", s, texts[s], texts[s], edited);
  return scenario;
}

/* The report texts of @scenario from @candidates with @stale asked;
 * checks how many generations the call took. */
static GStrv
report_texts (FkScenario         *scenario,
              FkCandidates       *candidates,
              const FkAnonymizer *anon,
              gboolean           *stored,
              gboolean           *stale,
              guint               generations)
{
  guint before = fk_scenario_text_count_generated ();
  GStrv texts = fk_scenario_get_report_texts_full (scenario, candidates, "en", anon, stored, stale);

  g_assert_cmpuint (fk_scenario_text_count_generated () - before, ==, generations);
  return texts;
}

static void
test_report_texts_stale (void)
{
  g_autoptr(FkCandidates) before = fixture_candidates ();
  g_autoptr(FkCandidates) after = fixture_candidates_full (amal_strong_in_architecture, FALSE);
  FkRegion *region = fk_round_snapshot_get_region (fk_candidates_get_snapshot (before));
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (region, 4711, NULL);
  g_auto(GStrv) old_text = generate (FK_SCENARIO_SELECTED, before, "en", NULL);
  g_auto(GStrv) new_text = generate (FK_SCENARIO_SELECTED, after, "en", NULL);
  const FkScenarioSection changed = FK_SCENARIO_SECTION_CAPABILITIES, other = FK_SCENARIO_SECTION_RISKS;
  gboolean stored[FK_N_SCENARIO_SECTIONS];
  gboolean stale;

  g_assert_cmpstr (old_text[changed], !=, new_text[changed]);

  /* Stored whole and fresh: one generation, for the check; not stale.
   * Without the check, none. */
  {
    g_autoptr(FkScenario) scenario = stored_from (old_text, FALSE, 0, FALSE);
    g_auto(GStrv) texts = report_texts (scenario, before, NULL, stored, &stale, 1);
    g_auto(GStrv) unchecked = report_texts (scenario, before, NULL, NULL, NULL, 0);

    g_assert_false (stale);
    for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
      {
        g_assert_true (stored[s]);
        g_assert_cmpstr (texts[s], ==, old_text[s]);
        g_assert_cmpstr (unchecked[s], ==, old_text[s]);
      }
  }
  /* Stored whole, the scores changed since: stale. */
  {
    g_autoptr(FkScenario) scenario = stored_from (old_text, FALSE, 0, FALSE);
    g_auto(GStrv) texts = report_texts (scenario, after, NULL, stored, &stale, 1);

    g_assert_true (stale);
    g_assert_cmpstr (texts[changed], ==, old_text[changed]);
  }
  /* Stored partly: the one generation gives both the missing sections
   * and the check. The scores changed since: stale; they did not: not. */
  {
    g_autoptr(FkScenario) scenario = stored_from (old_text, TRUE, changed, FALSE);
    g_auto(GStrv) texts = report_texts (scenario, after, NULL, stored, &stale, 1);
    g_auto(GStrv) fresh_texts = NULL;

    g_assert_true (stale);
    for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
      {
        g_assert_cmpint (stored[s], ==, s == changed);
        g_assert_cmpstr (texts[s], ==, s == changed ? old_text[s] : new_text[s]);
      }
    fresh_texts = report_texts (scenario, before, NULL, stored, &stale, 1);
    g_assert_false (stale);
    g_assert_cmpstr (fresh_texts[other], ==, old_text[other]);
  }
  /* The user's edit is never stale; nor is text of another round, nor
   * anything anonymised (all generated anew). */
  {
    g_autoptr(FkScenario) edited = stored_from (old_text, TRUE, changed, TRUE);
    g_autoptr(FkScenario) other_round = stored_from (old_text, FALSE, 0, FALSE);
    g_autoptr(FkScenario) partly_other = stored_from (old_text, TRUE, changed, FALSE);
    g_auto(GStrv) edited_texts = report_texts (edited, after, NULL, stored, &stale, 1);
    g_auto(GStrv) other_texts = NULL;
    g_auto(GStrv) partly_texts = NULL;
    g_auto(GStrv) anon_texts = NULL;

    g_assert_false (stale);
    other_round->generated_round = fk_round_snapshot_get_round_id (fk_candidates_get_snapshot (after)) + 1;
    other_texts = report_texts (other_round, after, NULL, stored, &stale, 0);
    g_assert_false (stale);
    partly_other->generated_round = other_round->generated_round;
    partly_texts = report_texts (partly_other, after, NULL, stored, &stale, 1);
    g_assert_false (stale);
    anon_texts = report_texts (other_round, after, anon, stored, &stale, 1);
    g_assert_false (stale);
    g_assert_false (stored[changed]);
  }
  /* Without candidates: nothing generated, nothing stale. */
  {
    g_autoptr(FkScenario) scenario = stored_from (old_text, TRUE, changed, FALSE);
    g_auto(GStrv) texts = report_texts (scenario, NULL, NULL, stored, &stale, 0);

    g_assert_false (stale);
    g_assert_cmpstr (texts[other], ==, "");
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
  g_test_add_func ("/core/scenario-text/one-switch-per-generation", test_one_switch_per_generation);
  g_test_add_func ("/core/scenario-text/targets-reached", test_targets_reached);
  g_test_add_func ("/core/scenario-text/no-leading-numerals", test_no_leading_numerals);
  g_test_add_func ("/core/scenario-text/report-texts", test_report_texts);
  g_test_add_func ("/core/scenario-text/report-texts-stale", test_report_texts_stale);
  return g_test_run ();
}
