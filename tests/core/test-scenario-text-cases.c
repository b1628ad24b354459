/* test-scenario-text-cases.c — the sentences that depend on the data,
 * each on a fixture that triggers it and one that does not: who gains
 * most, the large municipalities' risk, hosts or none, the network's
 * spread, the baseline's compact examples and hardest-hit municipalities,
 * all/none in a capability's paragraph, counts in words, and different
 * scores giving different texts.
 *
 * English is checked as the code writes it. Swedish is checked whole
 * where the catalogue translates the message (Swedish() says so), and
 * always for what comes from data: names with "och", number words,
 * decimal commas. */
#include "scenario-fixture.h"

#include <glib/gi18n-lib.h>

static const char *const languages[] = { "sv", "en" };

/* Whether the Swedish catalogue translates @msgid (new messages wait for
 * the translator; until then their Swedish is not checked whole). */
static gboolean
swedish (const char *msgid)
{
  gboolean translated;

  fk_text_push_message_language ("sv");
  translated = g_dgettext (GETTEXT_PACKAGE, msgid) != msgid;
  fk_text_pop_message_language ();
  return translated;
}

/* @en in English; @sv in Swedish when @msgid is translated. */
static void
assert_sentence (const char *text,
                 const char *lang,
                 const char *msgid,
                 const char *sv,
                 const char *en)
{
  if (strcmp (lang, "en") == 0)
    assert_contains (text, en);
  else if (swedish (msgid))
    assert_contains (text, sv);
}

/* Generated, well formed, and no sentence starting with a digit. */
static GStrv
generate_checked (const FkScenario   *scenario,
                  FkCandidates       *candidates,
                  const char         *language,
                  const FkAnonymizer *anon)
{
  GStrv texts = fk_scenario_generate (scenario, candidates, language, anon);

  assert_well_formed (texts);
  for (guint i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    assert_no_sentence_starts_with_numeral (texts[i]);
  return texts;
}

static GStrv
generate_kind (FkScenarioKind kind,
               FkCandidates  *candidates,
               const char    *language)
{
  g_autoptr(FkScenario) scenario = fk_scenario_new (kind);

  return generate_checked (scenario, candidates, language, NULL);
}

/* A custom scenario of the innovation capability alone, its
 * municipalities by the rule. */
static GStrv
generate_innovation (FkCandidates *candidates,
                     const char   *language)
{
  g_autoptr(FkScenario) scenario = fk_scenario_new (FK_SCENARIO_CUSTOM);

  scenario->auto_capabilities = FALSE;
  fk_scenario_add_item (scenario, INN_KEY, NULL);
  return generate_checked (scenario, candidates, language, NULL);
}

static guint
count_of (const char *text,
          const char *part)
{
  guint n = 0;

  for (const char *p = strstr (text, part); p != NULL; p = strstr (p + 1, part))
    n++;
  return n;
}

/* Everybody weak at innovation: level 2, with difficulty, a key person. */
static void
innovation_all_weak (FkScore *score,
                     guint    row)
{
  if (g_str_equal (score->capability, INN_KEY))
    {
      score->current = 2;
      score->sustain = FK_SUSTAIN_DIFFICULT;
      score->key_person = FK_KEY_PERSON_YES;
    }
}

/* Nobody above level 3. */
static void
at_most_three (FkScore *score,
               guint    row)
{
  score->current = MIN (score->current, 3);
  score->target = MIN (score->target, 3);
}

/* Everybody at level 3 everywhere. */
static void
all_at_three (FkScore *score,
              guint    row)
{
  score->current = 3;
}

/* ---- 1. Who gains most ------------------------------------------------- */

static void
test_gain_small_worse (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_auto(GStrv) texts = generate_kind (FK_SCENARIO_SELECTED, candidates, languages[l]);
      const char *part = texts[FK_SCENARIO_SECTION_PARTICIPANTS];

      /* The small cannot sustain the four security capabilities and are
       * below target there: 20 of their 25 pairs. The medium-sized cannot
       * sustain only architecture (6 of 30); Uddevalla nothing (0 of 5). */
      assert_sentence (part, languages[l],
                       "Those who gain most are %1$s (%2$s): of their %3$u assessments of these capabilities, they cannot sustain %4$u alone, and are below their own target in %5$u.",
                       "Mest att vinna har de små kommunerna (Bengtsfors, Dals-Ed, Färgelanda, Mellerud och Sotenäs): av deras 25 bedömningar av de här förmågorna klarar de inte 20 på egen hand och ligger under sin egen målnivå i 20.",
                       "Those who gain most are the small municipalities (Bengtsfors, Dals-Ed, Färgelanda, Mellerud and Sotenäs): of their 25 assessments of these capabilities, they cannot sustain 20 alone, and are below their own target in 20.");
      /* The others' figures, each with its own group, never one list
       * after two figures of the best group. */
      assert_sentence (part, languages[l], "Among %1$s, %2$u of %3$u assessments are of a capability they cannot sustain alone.",
                       "Bland de mellanstora kommunerna klaras 6 av 30 bedömningar inte på egen hand.",
                       "Among the medium-sized municipalities, 6 of 30 assessments are of a capability they cannot sustain alone.");
      assert_sentence (part, languages[l], "Among %1$s, it is %2$u of %3$u.",
                       "Bland de stora kommunerna är det 0 av 5.",
                       "Among the large municipalities, it is 0 of 5.");
      assert_lacks (part, IN (languages[l], "Som jämförelse", "By comparison"));
      /* Data, whatever the catalogue: the small ones by name, "och". */
      assert_contains (part, IN (languages[l], "Bengtsfors, Dals-Ed, Färgelanda, Mellerud och Sotenäs", "Mellerud and Sotenäs"));
      assert_lacks (part, IN (languages[l], "jämnt fördelat", "spread evenly"));
    }
}

static void
test_gain_even (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates_full (innovation_all_weak, FALSE);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_auto(GStrv) texts = generate_innovation (candidates, languages[l]);
      const char *part = texts[FK_SCENARIO_SECTION_PARTICIPANTS];

      /* All 14 cannot sustain it: 5 of 5, 6 of 6 and 3 of 3. */
      assert_sentence (part, languages[l],
                       "The need is spread evenly over the size groups: no group of municipalities stands to gain clearly more than another.",
                       "Behovet är jämnt fördelat över storleksgrupperna: ingen grupp av kommuner har tydligt mer att vinna än någon annan.",
                       "The need is spread evenly over the size groups: no group of municipalities stands to gain clearly more than another.");
      assert_sentence (part, languages[l], "Among %1$s, %2$u of %3$u assessments are of a capability they cannot sustain alone.",
                       "Bland de små kommunerna klaras 5 av 5 bedömningar inte på egen hand.",
                       "Among the small municipalities, 5 of 5 assessments are of a capability they cannot sustain alone.");
      assert_sentence (part, languages[l], "Among %1$s, it is %2$u of %3$u.",
                       "Bland de mellanstora kommunerna är det 6 av 6. Bland de stora kommunerna är det 3 av 3.",
                       "Among the medium-sized municipalities, it is 6 of 6. Among the large municipalities, it is 3 of 3.");
      assert_lacks (part, IN (languages[l], "Mest att vinna", "Those who gain most"));
    }
}

/* Anonymised, the group that gains is named without its members. */
static void
test_gain_anonymised (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  FkRegion *region = fk_round_snapshot_get_region (fk_candidates_get_snapshot (candidates));
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (region, 4711, NULL);
  g_autoptr(FkScenario) scenario = fk_scenario_new (FK_SCENARIO_SELECTED);
  g_auto(GStrv) texts = generate_checked (scenario, candidates, "en", anon);
  const char *part = texts[FK_SCENARIO_SECTION_PARTICIPANTS];

  assert_contains (part, "Those who gain most are the small municipalities: of their 25 assessments of these capabilities, they cannot sustain 20 alone");
  assert_lacks (part, "Bengtsfors");
}

/* ---- 2. The large municipalities' risk --------------------------------- */

static void
test_large_risk (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_auto(GStrv) texts = generate_kind (FK_SCENARIO_SELECTED, candidates, lang);
      const char *risks = texts[FK_SCENARIO_SECTION_RISKS];
      g_autofree char *uddevalla_en = NULL, *uddevalla_sv = NULL;

      /* Uddevalla: the strongest host of the four security capabilities,
       * not interested in architecture. */
      uddevalla_en = g_strdup_printf ("Uddevalla could host “%s”, “%s”, “%s” and “%s”, so the others depend on it staying in, but has said no to collaborating on “%s”.",
                                      cap_name (candidates, sak_keys[0], "en"), cap_name (candidates, sak_keys[1], "en"),
                                      cap_name (candidates, sak_keys[2], "en"), cap_name (candidates, sak_keys[3], "en"),
                                      cap_name (candidates, ark_keys[0], "en"));
      uddevalla_sv = g_strdup_printf ("Uddevalla kan vara värdkommun för ”%s”, ”%s”, ”%s” och ”%s”, så de andra är beroende av att kommunen är med, men har sagt nej till att samverka kring ”%s”.",
                                      cap_name (candidates, sak_keys[0], "sv"), cap_name (candidates, sak_keys[1], "sv"),
                                      cap_name (candidates, sak_keys[2], "sv"), cap_name (candidates, sak_keys[3], "sv"),
                                      cap_name (candidates, ark_keys[0], "sv"));
      assert_sentence (risks, lang, "%1$s could host %2$s, so the others depend on it staying in, but has said no to collaborating on %3$s.",
                       uddevalla_sv, uddevalla_en);
      /* Trollhättan and Vänersborg: not interested in any of them. */
      assert_sentence (risks, lang, "%s has said no to collaborating on any of these capabilities.",
                       "Trollhättan har sagt nej till att samverka kring alla de här förmågorna.",
                       "Trollhättan has said no to collaborating on any of these capabilities.");
      assert_sentence (risks, lang, "%s has said no to collaborating on any of these capabilities.",
                       "Vänersborg har sagt nej till att samverka kring alla de här förmågorna.",
                       "Vänersborg has said no to collaborating on any of these capabilities.");
      /* Medium-sized hosts are no large municipality's risk. */
      assert_lacks (risks, "Lysekil");
      assert_lacks (risks, IN (lang, "eller har sagt nej", "or has said no"));
    }
}

/* Security alone: Uddevalla could host it; the two others said no. */
static void
test_large_risk_host_only (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  g_autoptr(FkScenario) scenario = fk_scenario_new (FK_SCENARIO_CUSTOM);
  g_auto(GStrv) texts = NULL;
  g_autofree char *expected = NULL;

  scenario->auto_capabilities = FALSE;
  fk_scenario_add_item (scenario, sak_keys[0], NULL);
  texts = generate_checked (scenario, candidates, "en", NULL);
  expected = g_strdup_printf ("Uddevalla could host “%s”, so the others depend on it staying in. Vänersborg has said no to collaborating on “%s”.",
                              cap_name (candidates, sak_keys[0], "en"), cap_name (candidates, sak_keys[0], "en"));
  assert_contains (texts[FK_SCENARIO_SECTION_RISKS], expected);
  assert_contains (texts[FK_SCENARIO_SECTION_RISKS], "Trollhättan has said no to collaborating on “");
}

/* Innovation: the large are interested and nobody can host: no warning. */
static void
test_large_risk_none (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_auto(GStrv) texts = generate_innovation (candidates, languages[l]);
      const char *risks = texts[FK_SCENARIO_SECTION_RISKS];

      assert_lacks (risks, "Trollhättan");
      assert_lacks (risks, "Uddevalla");
      assert_lacks (risks, IN (languages[l], "stå utanför", "stay out"));
    }
}

/* ---- 3. Hosts, or none -------------------------------------------------- */

static void
test_hosts_some (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_auto(GStrv) texts = generate_kind (FK_SCENARIO_SELECTED, candidates, lang);

      assert_sentence (texts[FK_SCENARIO_SECTION_SUMMARY], lang,
                       "Where a municipality is already strong, it hosts the capability and delivers it to the others, who pay their share; the rest is built up together.",
                       "Där en kommun redan är stark blir den värdkommun och levererar förmågan till de andra, som betalar sin del; resten byggs upp gemensamt.",
                       "Where a municipality is already strong, it hosts the capability and delivers it to the others, who pay their share; the rest is built up together.");
      assert_sentence (texts[FK_SCENARIO_SECTION_RISKS], lang,
                       "The costs of the capability are shared among the municipalities that take part; a host is paid by the others for what it delivers.",
                       "Kostnaderna för de fem förmågorna delas mellan de kommuner som deltar; en värdkommun får betalt av de andra för det den levererar.",
                       "The costs of the five capabilities are shared among the municipalities that take part; a host is paid by the others for what it delivers.");
      assert_lacks (texts[FK_SCENARIO_SECTION_SUMMARY], IN (lang, "stark nog", "strong enough"));
    }
}

static void
test_hosts_none (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_auto(GStrv) texts = generate_innovation (candidates, lang);
      g_autofree char *all = g_strjoinv ("\n", texts);

      /* Said once, in the hosts' section. */
      assert_sentence (texts[FK_SCENARIO_SECTION_PARTICIPANTS], lang,
                       "No municipality is strong enough to host the capability yet: it would have to be built up together or bought in.",
                       "Ingen kommun är ännu stark nog att vara värdkommun för förmågan: den skulle behöva byggas upp gemensamt eller köpas in.",
                       "No municipality is strong enough to host the capability yet: it would have to be built up together or bought in.");
      /* Either language's words: the catalogue may not have them yet. */
      g_assert_cmpuint (count_of (all, "stark nog") + count_of (all, "strong enough"), ==, 1);
      assert_lacks (all, "Där en kommun redan är stark");
      assert_lacks (all, "Where a municipality is already strong");
      assert_lacks (all, "får betalt av de andra");
      assert_lacks (all, "is paid by the others");
      assert_sentence (texts[FK_SCENARIO_SECTION_RISKS], lang,
                       "The costs of building up the capability are shared among the municipalities that take part.",
                       "Kostnaderna för att bygga upp förmågan delas mellan de kommuner som deltar.",
                       "The costs of building up the capability are shared among the municipalities that take part.");
    }
}

/* ---- 4. The network's spread ------------------------------------------- */

static void
test_network_spread_at_three (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates_full (at_most_three, FALSE);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_auto(GStrv) texts = generate_kind (FK_SCENARIO_NETWORK, candidates, lang);
      const char *caps = texts[FK_SCENARIO_SECTION_CAPABILITIES];
      g_autofree char *en = NULL, *sv = NULL;

      /* Security: the small at 1, everyone else at 3 (spread 2, five
       * below the median); architecture and innovation only 1 apart. */
      en = g_strdup_printf ("Within “%s”, Lysekil, Munkedal, Orust, Strömstad, Tanum, Trollhättan, Uddevalla, Vänersborg and Åmål are at level 3, while five municipalities are at level 1.",
                            cap_name (candidates, sak_keys[0], "en"));
      sv = g_strdup_printf ("Inom ”%s” ligger Lysekil, Munkedal, Orust, Strömstad, Tanum, Trollhättan, Uddevalla, Vänersborg och Åmål på nivå 3, medan fem kommuner ligger på nivå 1.",
                            cap_name (candidates, sak_keys[0], "sv"));
      assert_sentence (caps, lang, "Within %1$s, %2$s are at level %3$d, while one municipality is at level %4$d.", sv, en);
      assert_contains (caps, cap_name (candidates, sak_keys[2], lang));
      assert_lacks (caps, cap_name (candidates, sak_keys[3], lang));   /* three examples */
      assert_lacks (caps, cap_name (candidates, ark_keys[0], lang));
      assert_contains (caps, IN (lang, " fem ", " five "));
      assert_lacks (caps, IN (lang, "lite skillnad", "little difference"));
      assert_sentence (texts[FK_SCENARIO_SECTION_SUMMARY], lang,
                       "Exchange of experience helps most where some municipalities are strong and others weak, and this round has such capabilities.",
                       "Erfarenhetsutbyte gör mest nytta där vissa kommuner är starka och andra svaga, och sådana förmågor finns i den här omgången.",
                       "Exchange of experience helps most where some municipalities are strong and others weak, and this round has such capabilities.");
      /* Those at the top of the four security capabilities have most to share. */
      assert_sentence (texts[FK_SCENARIO_SECTION_PARTICIPANTS], lang,
                       "%1$s are each at the region's highest level in one capability.",
                       "Lysekil, Munkedal, Orust, Strömstad, Tanum, Trollhättan, Uddevalla, Vänersborg och Åmål har var och en den högsta nivån bland kommunerna i fyra förmågor.",
                       "Lysekil, Munkedal, Orust, Strömstad, Tanum, Trollhättan, Uddevalla, Vänersborg and Åmål are each at the region's highest level in four capabilities.");
    }
}

static void
test_network_no_spread (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates_full (all_at_three, FALSE);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_auto(GStrv) texts = generate_kind (FK_SCENARIO_NETWORK, candidates, lang);
      const char *msgid = "The network shares no capability, and in this round the municipalities' levels of every capability lie within one level of each other, so there is little difference to learn from.";

      if (strcmp (lang, "en") == 0)
        g_assert_cmpstr (texts[FK_SCENARIO_SECTION_CAPABILITIES], ==, msgid);
      else if (swedish (msgid))
        g_assert_cmpstr (texts[FK_SCENARIO_SECTION_CAPABILITIES], ==,
                         "Nätverket delar ingen förmåga, och i den här omgången ligger kommunernas nivåer inom en nivå från varandra i varje förmåga, så det finns lite skillnad att lära av.");
      assert_lacks (texts[FK_SCENARIO_SECTION_PARTICIPANTS], IN (lang, "Mest att dela", "most to share"));
    }
}

/* ---- 5. No repetition; all and none ------------------------------------ */

static void
test_baseline_compact (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_auto(GStrv) texts = generate_kind (FK_SCENARIO_BASELINE, candidates, lang);
      const char *caps = texts[FK_SCENARIO_SECTION_CAPABILITIES];
      g_autofree char *en = NULL, *sv = NULL;

      /* Architecture: the six medium-sized with difficulty; security:
       * the five small. */
      en = g_strdup_printf ("This round's three clearest cases are “%s”, “%s” and “%s”, which six, six and five respectively of the region's 14 municipalities cannot sustain alone; their median levels are 4, 4 and 4 respectively.",
                            cap_name (candidates, ark_keys[0], "en"), cap_name (candidates, ark_keys[1], "en"),
                            cap_name (candidates, sak_keys[0], "en"));
      sv = g_strdup_printf ("Omgångens tre tydligaste exempel är ”%s”, ”%s” och ”%s”, som sex, sex respektive fem av de 14 kommunerna inte klarar på egen hand; mediannivåerna är 4, 4 respektive 4.",
                            cap_name (candidates, ark_keys[0], "sv"), cap_name (candidates, ark_keys[1], "sv"),
                            cap_name (candidates, sak_keys[0], "sv"));
      assert_sentence (caps, lang, "This round's three clearest cases are %1$s, %2$s and %3$s, which %4$s, %5$s and %6$s respectively of the region's %7$u municipalities cannot sustain alone; their median levels are %8$s, %9$s and %10$s respectively.",
                       sv, en);
      /* The three other security capabilities have five too: said, so
       * that the choice among them is not read as a ranking. */
      assert_sentence (caps, lang, "As many municipalities, %1$s, cannot sustain one more capability alone either.",
                       "Lika många kommuner, fem, klarar inte heller ytterligare tre förmågor på egen hand.",
                       "As many municipalities, five, cannot sustain another three capabilities alone either.");
      /* One paragraph, not one per capability. */
      assert_lacks (caps, "\n");
      assert_lacks (caps, IN (lang, "har bedömt den", "assessed it"));
    }
}

static void
test_joint_by_area (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  g_auto(GStrv) selected = generate_kind (FK_SCENARIO_SELECTED, candidates, "en");

  /* The full paragraph is the selected scenario's. */
  assert_contains (selected[FK_SCENARIO_SECTION_CAPABILITIES], "assessed it, and their median level is");
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_auto(GStrv) texts = generate_kind (FK_SCENARIO_JOINT, candidates, lang);
      const char *caps = texts[FK_SCENARIO_SECTION_CAPABILITIES];
      g_autofree char *en = NULL, *sv = NULL;

      assert_lacks (caps, IN (lang, "har bedömt den", "assessed it"));
      /* Security: four of the area's six, medians all 4, five small who
       * cannot sustain each of them. */
      en = g_strdup_printf ("From the area “%s”, the organisation takes up four of its 6 capabilities:",
                            area_of (candidates, sak_keys[0], "en"));
      sv = g_strdup_printf ("Från området ”%s” tar organisationen upp fyra av dess 6 förmågor:",
                            area_of (candidates, sak_keys[0], "sv"));
      assert_sentence (caps, lang, "From the area %1$s, the organisation takes up one of its %2$u capabilities: %3$s.", sv, en);
      assert_sentence (caps, lang, "All of them have median level %s.",
                       "Alla har mediannivå 4. För var och en av dem gäller att fem av de 14 kommunerna inte klarar, eller bara med svårighet klarar, att upprätthålla den på egen hand i tre år.",
                       "All of them have median level 4. For each of them, five of the region's 14 municipalities cannot, or can only with difficulty, sustain it on their own for three years.");
      assert_contains (caps, IN (lang, "fyra", "four"));
    }
}

/* Everyone at level 2, with difficulty, with a key person: said as all. */
static void
test_all_of_them (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates_full (innovation_all_weak, FALSE);
  g_autoptr(FkCandidates) mixed = fixture_candidates ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_auto(GStrv) texts = generate_innovation (candidates, lang);
      g_auto(GStrv) half = generate_innovation (mixed, lang);
      const char *caps = texts[FK_SCENARIO_SECTION_CAPABILITIES];

      assert_sentence (caps, lang, "All of them are at level %u or below.",
                       "Alla ligger på nivå 2 eller lägre.", "All of them are at level 2 or below.");
      assert_sentence (caps, lang, "None of them can sustain it on its own for three years without difficulty.",
                       "Ingen av dem klarar att upprätthålla den på egen hand i tre år utan svårighet.",
                       "None of them can sustain it on its own for three years without difficulty.");
      assert_sentence (caps, lang, "For all of them, it depends on a single key person.",
                       "Hos alla hänger den på en enda nyckelperson.",
                       "For all of them, it depends on a single key person.");
      assert_lacks (caps, IN (lang, "Av dem ligger 14", "Of them, 14"));
      /* Seven of fourteen at level 2: a count, not "all". */
      assert_sentence (half[FK_SCENARIO_SECTION_CAPABILITIES], lang, "Of them, one is at level %1$u or below.",
                       "Av dem ligger sju på nivå 2 eller lägre.", "Of them, seven are at level 2 or below.");
      assert_lacks (half[FK_SCENARIO_SECTION_CAPABILITIES], IN (lang, "Alla ligger", "All of them are"));
    }
}

/* ---- 6. The baseline's hardest hit, in one sentence -------------------- */

static guint n_hardest;

/* Nobody says "cannot sustain" but Sotenäs (three security
 * capabilities), then Mellerud (two), Färgelanda (one) and Bengtsfors
 * (one), as many as n_hardest says. */
static void
hardest_alone (FkScore *score,
               guint    row)
{
  static const guint rows[] = { SOTENAS, MELLERUD, FARGELANDA, BENGTSFORS };
  static const guint counts[] = { 3, 2, 1, 1 };

  score->sustain = FK_SUSTAIN_YES;
  for (guint i = 0; i < n_hardest; i++)
    for (guint k = 0; k < counts[i]; k++)
      if (row == rows[i] && g_str_equal (score->capability, sak_keys[k]))
        score->sustain = FK_SUSTAIN_NO;
}

/* @text with "@N@" replaced by @n. */
static char *
with_count (const char *text,
            guint       n)
{
  g_auto(GStrv) parts = g_strsplit (text, "@N@", -1);
  g_autofree char *number = g_strdup_printf ("%u", n);

  return g_strjoinv (number, parts);
}

static void
test_baseline_hardest (void)
{
  static const struct {
    const char *msgid, *sv, *en;
  } cases[] = {
    { "Continuing alone is hardest for %1$s, which cannot sustain %2$u of the model's %3$u capabilities alone.",
      "Svårast blir det för Sotenäs, som inte klarar 3 av modellens @N@ förmågor på egen hand.",
      "Continuing alone is hardest for Sotenäs, which cannot sustain 3 of the model's @N@ capabilities alone." },
    { "Continuing alone is hardest for %1$s and %2$s, which cannot sustain %3$u and %4$u respectively of the model's %5$u capabilities alone.",
      "Svårast blir det för Sotenäs och Mellerud, som inte klarar 3 respektive 2 av modellens @N@ förmågor på egen hand.",
      "Continuing alone is hardest for Sotenäs and Mellerud, which cannot sustain 3 and 2 respectively of the model's @N@ capabilities alone." },
    { "Continuing alone is hardest for %1$s, %2$s and %3$s, which cannot sustain %4$u, %5$u and %6$u respectively of the model's %7$u capabilities alone.",
      "Svårast blir det för Sotenäs, Mellerud och Färgelanda, som inte klarar 3, 2 respektive 1 av modellens @N@ förmågor på egen hand.",
      "Continuing alone is hardest for Sotenäs, Mellerud and Färgelanda, which cannot sustain 3, 2 and 1 respectively of the model's @N@ capabilities alone." },
    /* Bengtsfors ties with Färgelanda: all four, in region order. */
    { "Continuing alone is hardest for %1$s, which each cannot sustain between %2$u and %3$u of the model's %4$u capabilities alone.",
      "Svårast blir det för Bengtsfors, Färgelanda, Mellerud och Sotenäs, som var och en inte klarar mellan 1 och 3 av modellens @N@ förmågor på egen hand.",
      "Continuing alone is hardest for Bengtsfors, Färgelanda, Mellerud and Sotenäs, which each cannot sustain between 1 and 3 of the model's @N@ capabilities alone." },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(FkCandidates) candidates = NULL;
      guint n_cols;

      n_hardest = c + 1;
      candidates = fixture_candidates_full (hardest_alone, FALSE);
      n_cols = fk_round_snapshot_get_n_cols (fk_candidates_get_snapshot (candidates));
      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        {
          g_auto(GStrv) texts = generate_kind (FK_SCENARIO_BASELINE, candidates, languages[l]);
          const char *part = texts[FK_SCENARIO_SECTION_PARTICIPANTS];
          g_autofree char *sv = with_count (cases[c].sv, n_cols);
          g_autofree char *en = with_count (cases[c].en, n_cols);

          assert_sentence (part, languages[l], cases[c].msgid, sv, en);
          /* One sentence for them all, after the one that introduces it. */
          g_assert_cmpuint (count_of (part, ". "), ==, 1);
        }
    }
}

/* ---- 7. Counts in words ------------------------------------------------ */

/* ---- 6. After the user trial ------------------------------------------ */

/* Item 1: the joint organisation says why it took its areas, as the plan
 * chose them: security has four of the top candidates, architecture two,
 * more than innovation (one), the only area left out with any. */
static void
test_joint_why_areas (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_auto(GStrv) texts = generate_kind (FK_SCENARIO_JOINT, candidates, lang);
      const char *caps = texts[FK_SCENARIO_SECTION_CAPABILITIES];
      g_autofree char *en = g_strdup_printf ("The area “%s” has more capabilities among the round's ten highest-ranked collaboration candidates than any area left out (four).",
                                             area_of (candidates, sak_keys[0], "en"));
      g_autofree char *en2 = g_strdup_printf ("The area “%s” has more capabilities among the round's ten highest-ranked collaboration candidates than any area left out (two).",
                                              area_of (candidates, ark_keys[0], "en"));
      g_autofree char *sv = g_strdup_printf ("Området ”%s” har fler förmågor bland omgångens tio högst rankade samverkanskandidater än något område som inte kom med (fyra).",
                                             area_of (candidates, sak_keys[0], "sv"));

      assert_sentence (caps, lang, "The area %1$s has more capabilities among the round's ten highest-ranked collaboration candidates than any area left out (one).", sv, en);
      if (strcmp (lang, "en") == 0)
        assert_contains (caps, en2);
      assert_lacks (caps, IN (lang, "flest kandidater", "the areas with the most candidates"));
      /* Every capability of the plan is among the top ten: nothing comes
       * along only because of its area. */
      assert_lacks (caps, IN (lang, "följer med", "come along"));
    }
}

/* The second architecture capability strong and even everywhere: the
 * area keeps one top candidate, as many as innovation. */
static void
architecture_one_candidate (FkScore *s,
                            guint    row)
{
  if (g_str_equal (s->capability, ark_keys[1]))
    {
      s->current = s->target = 4;
      s->sustain = FK_SUSTAIN_YES;
      s->interest = FK_INTEREST_NO;
    }
}

/* Item 1, the tie: architecture and innovation have one top candidate
 * each; the plan takes the area whose candidate ranks higher, and the
 * text says so with the place, not that it has the most. */
static void
test_joint_why_tied (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates_full (architecture_one_candidate, FALSE);
  g_auto(GStrv) texts = generate_kind (FK_SCENARIO_JOINT, candidates, "en");
  const char *caps = texts[FK_SCENARIO_SECTION_CAPABILITIES];
  const FkCandidate *ark = NULL, *inn = NULL;
  guint ark_rank = 0, inn_rank = 0;
  g_autofree char *expected = NULL;

  for (guint i = 0; i < fk_candidates_get_n (candidates); i++)
    {
      const FkCandidate *c = fk_candidates_get (candidates, i);
      const FkCapability *cap = g_ptr_array_index (fk_round_snapshot_get_model (fk_candidates_get_snapshot (candidates))->capabilities, c->col);

      if (g_str_equal (cap->key, ark_keys[0]))
        ark = c, ark_rank = i;
      else if (g_str_equal (cap->key, INN_KEY))
        inn = c, inn_rank = i;
    }
  g_assert_nonnull (ark);
  g_assert_nonnull (inn);
  /* Security's four decide by count. */
  assert_contains (caps, "than any area left out (four).");
  /* Architecture ranks above innovation in this fixture, and is taken. */
  g_assert_cmpuint (ark_rank, <, inn_rank);
  g_assert_cmpuint (ark_rank, >, 0);
  expected = g_strdup_printf ("Of the areas with one capability each among the round's ten highest-ranked collaboration candidates, “%s” has the best-ranked one, “%s”, at place %u.",
                              area_of (candidates, ark_keys[0], "en"), cap_name (candidates, ark_keys[0], "en"), ark_rank + 1);
  assert_contains (caps, expected);
  assert_lacks (caps, "than any area left out (one).");
}

/* Item 9: an area with two capabilities says "both" and gives the two
 * figures, not a range. */
static void
test_joint_two_in_area (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_auto(GStrv) texts = generate_kind (FK_SCENARIO_JOINT, candidates, lang);
      const char *caps = texts[FK_SCENARIO_SECTION_CAPABILITIES];

      /* Architecture: eight at 4, six at 2 (median 4), the six
       * medium-sized with difficulty in both. */
      assert_sentence (caps, lang, "Both have median level %s.", "Båda har mediannivå 4.", "Both have median level 4.");
      assert_sentence (caps, lang, "For each of them, %1$s of the region's %2$u municipalities cannot sustain it alone.",
                       "För var och en av dem gäller att sex av de 14 kommunerna inte klarar den på egen hand.",
                       "For each of them, six of the region's 14 municipalities cannot sustain it alone.");
      assert_lacks (caps, IN (lang, "mellan sex och sex", "between six and six"));
    }
}

/* The security capabilities: ten of the fourteen cannot sustain them
 * (the small ones and five more). */
static void
security_mostly_weak (FkScore *s,
                      guint    row)
{
  if (key_in (s->capability, sak_keys, G_N_ELEMENTS (sak_keys)) && row < 10)
    s->sustain = FK_SUSTAIN_NO;
}

/* Item 2: the baseline's goals at stake are counted over every
 * capability at least half cannot sustain alone, with their counts. */
static void
test_baseline_goals_counted (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates_full (security_mostly_weak, FALSE);
  g_autoptr(FkCandidates) one = fixture_candidates_full (innovation_all_weak, FALSE);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_auto(GStrv) texts = generate_kind (FK_SCENARIO_BASELINE, candidates, lang);
      g_auto(GStrv) one_texts = generate_kind (FK_SCENARIO_BASELINE, one, lang);
      const char *benefits = texts[FK_SCENARIO_SECTION_BENEFITS];
      guint n_goals;
      const FkGoal *goals = fk_goals_get_all (&n_goals);
      const FkGoal *g2a = fk_goal_lookup ("2A"), *g2b = fk_goal_lookup ("2B");
      /* Only three of the four security capabilities serve 2B, and one
       * 2A: counted, whatever the examples. */
      g_autofree char *en = g_strdup_printf ("Most at stake is effect goal 2B (%s), served by three of the 4 capabilities. Of them, one serves 2A (%s).",
                                             g2b->text_en, g2a->text_en);
      g_autofree char *sv = g_strdup_printf ("Mest på spel står effektmålet 2B (%s), som tre av de 4 förmågorna ska bidra till. Av dem bidrar en till 2A (%s).",
                                             g2b->text_sv, g2a->text_sv);

      g_assert_nonnull (goals);
      assert_sentence (benefits, lang, "Most at stake is effect goal %1$s, served by one of the %2$u capabilities.", sv, en);
      /* Architecture (4A) is not at stake: only six of fourteen cannot
       * sustain it. */
      assert_lacks (benefits, "4A (");
      assert_sentence (one_texts[FK_SCENARIO_SECTION_BENEFITS], lang,
                       "Most at stake is effect goal %s, which that one capability is meant to serve.",
                       "som den enda förmågan ska bidra till.", "which that one capability is meant to serve.");
    }
}

/* Item 12: a plan without any host says where in the ranking hosting is
 * possible; a plan with hosts does not. */
static void
test_hosts_elsewhere (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_auto(GStrv) texts = generate_innovation (candidates, lang);
      g_auto(GStrv) selected = generate_kind (FK_SCENARIO_SELECTED, candidates, lang);
      const char *part = texts[FK_SCENARIO_SECTION_PARTICIPANTS];
      /* Security: seven who are at level 4, sustain it and said maybe
       * or yes. */
      g_autofree char *hosted = g_strdup_printf (IN (lang, "”%s” (Lysekil, Munkedal, Orust, Strömstad, Tanum, Uddevalla och Åmål)",
                                                     "“%s” (Lysekil, Munkedal, Orust, Strömstad, Tanum, Uddevalla and Åmål)"),
                                                 cap_name (candidates, sak_keys[0], lang));

      assert_sentence (part, lang, "Hosting is possible elsewhere in the ranking of collaboration candidates: %s has a possible host.",
                       "Värdskap är möjligt på andra håll i rangordningen av samverkanskandidater:",
                       "Hosting is possible elsewhere in the ranking of collaboration candidates: ");
      assert_contains (part, hosted);
      assert_lacks (selected[FK_SCENARIO_SECTION_PARTICIPANTS], IN (lang, "på andra håll", "elsewhere"));
    }
  /* Anonymised: the hosts elsewhere by letter, never by name. */
  {
    FkRegion *region = fk_round_snapshot_get_region (fk_candidates_get_snapshot (candidates));
    g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (region, 4711, NULL);
    g_autoptr(FkScenario) scenario = fk_scenario_new (FK_SCENARIO_CUSTOM);
    g_auto(GStrv) texts = NULL;

    scenario->auto_capabilities = FALSE;
    fk_scenario_add_item (scenario, INN_KEY, NULL);
    texts = generate_checked (scenario, candidates, "en", anon);
    assert_contains (texts[FK_SCENARIO_SECTION_PARTICIPANTS], "Hosting is possible elsewhere");
    for (guint r = 0; r < region->municipalities->len; r++)
      assert_lacks (texts[FK_SCENARIO_SECTION_PARTICIPANTS],
                    ((const FkMunicipality *) g_ptr_array_index (region->municipalities, r))->name);
  }
}

static void
test_count_in_words (void)
{
  static const struct {
    guint       n;
    const char *sv, *en;
  } cases[] = {
    { 0, "0", "0" }, { 1, "1", "1" }, { 2, "två", "two" }, { 5, "fem", "five" },
    { 7, "sju", "seven" }, { 12, "tolv", "twelve" }, { 13, "13", "13" }, { 43, "43", "43" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *sv = fk_text_count_in_words (cases[i].n, "sv");
      g_autofree char *en = fk_text_count_in_words (cases[i].n, "en");

      g_assert_cmpstr (sv, ==, cases[i].sv);
      g_assert_cmpstr (en, ==, cases[i].en);
    }
}

static void
test_counts_in_text (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_auto(GStrv) texts = generate_kind (FK_SCENARIO_SELECTED, candidates, lang);

      /* Five capabilities standing alone: a word, in the text's language
       * whatever the catalogue. */
      assert_contains (texts[FK_SCENARIO_SECTION_SUMMARY], IN (lang, " fem ", " five "));
      assert_contains (texts[FK_SCENARIO_SECTION_NEXT_STEP], IN (lang, " fem ", " five "));
      assert_sentence (texts[FK_SCENARIO_SECTION_CAPABILITIES], lang,
                       "It is the round's highest-ranked collaboration candidate: a capability where many municipalities are weak or cannot sustain it alone, and want to collaborate.",
                       "Det här är omgångens fem högst rankade samverkanskandidater:",
                       "These are the round's five highest-ranked collaboration candidates:");
      /* Twelve have said they are interested (not Trollhättan and
       * Vänersborg). */
      assert_sentence (texts[FK_SCENARIO_SECTION_NEXT_STEP], lang,
                       "In this round, one municipality has already said it is interested in collaborating on at least one of them.",
                       "I den här omgången har tolv kommuner redan sagt att de är intresserade av att samverka kring minst en av dem.",
                       "In this round, twelve municipalities have already said they are interested in collaborating on at least one of them.");
      assert_contains (texts[FK_SCENARIO_SECTION_NEXT_STEP], IN (lang, " tolv ", " twelve "));
      /* Compared figures stay digits. */
      assert_contains (texts[FK_SCENARIO_SECTION_CAPABILITIES], IN (lang, "alla 14 kommuner", "all 14 municipalities"));
      assert_lacks (texts[FK_SCENARIO_SECTION_SUMMARY], IN (lang, "kommunerna 5 förmågor", "sustain 5 capabilities"));
      /* All five have a host: said as each, not "5 of the 5". */
      assert_sentence (texts[FK_SCENARIO_SECTION_SUMMARY], lang, "Each of the %s capabilities has a possible host municipality.",
                       "Var och en av de fem förmågorna har en möjlig värdkommun.",
                       "Each of the five capabilities has a possible host municipality.");
    }
}

/* ---- Anonymised --------------------------------------------------------- */

/* On every fixture above, anonymised: no name or code anywhere. */
static void
test_anonymised_everywhere (void)
{
  void (*changes[]) (FkScore *, guint) = { NULL, at_most_three, innovation_all_weak, hardest_alone };

  n_hardest = 3;
  for (guint c = 0; c < G_N_ELEMENTS (changes); c++)
    {
      g_autoptr(FkCandidates) candidates = fixture_candidates_full (changes[c], FALSE);
      FkRegion *region = fk_round_snapshot_get_region (fk_candidates_get_snapshot (candidates));
      g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (region, 4711, NULL);

      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        for (FkScenarioKind kind = FK_SCENARIO_CUSTOM; kind <= FK_SCENARIO_JOINT; kind++)
          {
            g_autoptr(FkScenario) scenario = fk_scenario_new (kind);
            g_auto(GStrv) texts = NULL;
            g_autofree char *all = NULL;

            if (kind == FK_SCENARIO_CUSTOM)
              {
                scenario->auto_capabilities = FALSE;
                fk_scenario_add_item (scenario, sak_keys[0], NULL);
                fk_scenario_add_item (scenario, INN_KEY, NULL);
              }
            texts = generate_checked (scenario, candidates, languages[l], anon);
            all = g_strjoinv ("\n", texts);
            for (guint r = 0; r < region->municipalities->len; r++)
              {
                const FkMunicipality *m = g_ptr_array_index (region->municipalities, r);

                assert_lacks (all, m->name);
                assert_lacks (all, m->code);
              }
          }
    }
}

/* ---- Data-driven -------------------------------------------------------- */

/* Two fixtures with different scores: every scenario's text differs. */
static void
test_scores_make_the_text (void)
{
  g_autoptr(FkCandidates) one = fixture_candidates ();
  g_autoptr(FkCandidates) other = fixture_candidates_full (at_most_three, FALSE);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (FkScenarioKind kind = FK_SCENARIO_BASELINE; kind <= FK_SCENARIO_JOINT; kind++)
      {
        g_auto(GStrv) a = generate_kind (kind, one, languages[l]);
        g_auto(GStrv) b = generate_kind (kind, other, languages[l]);
        g_autofree char *all_a = g_strjoinv ("\n", a);
        g_autofree char *all_b = g_strjoinv ("\n", b);

        g_assert_cmpstr (all_a, !=, all_b);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *localedir = g_build_filename (g_getenv ("FK_BUILD_ROOT"), "po", NULL);

  g_test_init (&argc, &argv, NULL);
  fk_text_init_i18n (localedir);
  g_test_add_func ("/core/scenario-text-cases/gain-small-worse", test_gain_small_worse);
  g_test_add_func ("/core/scenario-text-cases/gain-even", test_gain_even);
  g_test_add_func ("/core/scenario-text-cases/gain-anonymised", test_gain_anonymised);
  g_test_add_func ("/core/scenario-text-cases/large-risk", test_large_risk);
  g_test_add_func ("/core/scenario-text-cases/large-risk-host-only", test_large_risk_host_only);
  g_test_add_func ("/core/scenario-text-cases/large-risk-none", test_large_risk_none);
  g_test_add_func ("/core/scenario-text-cases/hosts-some", test_hosts_some);
  g_test_add_func ("/core/scenario-text-cases/hosts-none", test_hosts_none);
  g_test_add_func ("/core/scenario-text-cases/network-spread-at-three", test_network_spread_at_three);
  g_test_add_func ("/core/scenario-text-cases/network-no-spread", test_network_no_spread);
  g_test_add_func ("/core/scenario-text-cases/baseline-compact", test_baseline_compact);
  g_test_add_func ("/core/scenario-text-cases/joint-by-area", test_joint_by_area);
  g_test_add_func ("/core/scenario-text-cases/all-of-them", test_all_of_them);
  g_test_add_func ("/core/scenario-text-cases/baseline-hardest", test_baseline_hardest);
  g_test_add_func ("/core/scenario-text-cases/joint-why-areas", test_joint_why_areas);
  g_test_add_func ("/core/scenario-text-cases/joint-why-tied", test_joint_why_tied);
  g_test_add_func ("/core/scenario-text-cases/joint-two-in-area", test_joint_two_in_area);
  g_test_add_func ("/core/scenario-text-cases/baseline-goals-counted", test_baseline_goals_counted);
  g_test_add_func ("/core/scenario-text-cases/hosts-elsewhere", test_hosts_elsewhere);
  g_test_add_func ("/core/scenario-text-cases/count-in-words", test_count_in_words);
  g_test_add_func ("/core/scenario-text-cases/counts-in-text", test_counts_in_text);
  g_test_add_func ("/core/scenario-text-cases/anonymised-everywhere", test_anonymised_everywhere);
  g_test_add_func ("/core/scenario-text-cases/scores-make-the-text", test_scores_make_the_text);
  return g_test_run ();
}
