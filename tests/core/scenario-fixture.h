/* scenario-fixture.h — a round with known scores for the scenario tests
 *
 * The default model and the Fyrbodal region. Every capability starts at
 * level 4 (target 4), sustained alone, no key person, not interested:
 * strong and even, not a candidate. Then:
 *
 * - SAK, four capabilities of "sakerhet": the five small municipalities
 *   at level 1 (target 3), cannot sustain them, interested (yes),
 *   Bengtsfors with a key person; the medium-sized at 4, interested
 *   (maybe): possible hosts; Uddevalla at 5, interested: the strongest
 *   host; Trollhättan and Vänersborg at 4, not interested.
 * - ARK, two capabilities of "arkitektur": the medium-sized at 2 (target
 *   4), with difficulty, interested (maybe); the small at 4, interested
 *   (maybe): hosts, the first in region order Bengtsfors; the large at
 *   4, not interested.
 * - INN, innovation.e-tjanster: rows 0–6 at 2, rows 7–13 at 3 (median
 *   2.5), target 4, sustained alone, all interested (maybe): no host.
 */
#pragma once

#include "fk-test-util.h"

#include <string.h>

enum {
  BENGTSFORS, DALSED, FARGELANDA, LYSEKIL, MELLERUD, MUNKEDAL, ORUST,
  SOTENAS, STROMSTAD, TANUM, TROLLHATTAN, UDDEVALLA, VANERSBORG, AMAL,
  N_ROWS
};

static const char *const sak_keys[] = {
  "sakerhet.ledningssystem", "sakerhet.informationsklassning",
  "sakerhet.dataskydd", "sakerhet.molntjanster",
};
static const char *const ark_keys[] = {
  "arkitektur.helhetsarkitektur", "arkitektur.informationsforvaltning",
};
#define INN_KEY "innovation.e-tjanster"

static gboolean
fixture_is_small (guint row)
{
  return row == BENGTSFORS || row == DALSED || row == FARGELANDA || row == MELLERUD || row == SOTENAS;
}

static gboolean
fixture_is_large (guint row)
{
  return row == TROLLHATTAN || row == UDDEVALLA || row == VANERSBORG;
}

static gboolean
key_in (const char         *key,
        const char * const *keys,
        guint               n)
{
  for (guint i = 0; i < n; i++)
    if (g_str_equal (key, keys[i]))
      return TRUE;
  return FALSE;
}

static void
fixture_score (FkScore *s,
               guint    row)
{
  const char *key = s->capability;

  s->current = 4;
  s->target = 4;
  s->sustain = FK_SUSTAIN_YES;
  s->key_person = FK_KEY_PERSON_NO;
  s->interest = FK_INTEREST_NO;
  if (key_in (key, sak_keys, G_N_ELEMENTS (sak_keys)))
    {
      if (fixture_is_small (row))
        {
          s->current = 1;
          s->target = 3;
          s->sustain = FK_SUSTAIN_NO;
          s->interest = FK_INTEREST_YES;
          s->key_person = row == BENGTSFORS ? FK_KEY_PERSON_YES : FK_KEY_PERSON_NO;
        }
      else if (row == UDDEVALLA)
        {
          s->current = s->target = 5;
          s->interest = FK_INTEREST_YES;
        }
      else if (!fixture_is_large (row))
        s->interest = FK_INTEREST_MAYBE;
    }
  else if (key_in (key, ark_keys, G_N_ELEMENTS (ark_keys)))
    {
      if (!fixture_is_small (row) && !fixture_is_large (row))
        {
          s->current = 2;
          s->sustain = FK_SUSTAIN_DIFFICULT;
        }
      if (!fixture_is_large (row))
        s->interest = FK_INTEREST_MAYBE;
    }
  else if (g_str_equal (key, INN_KEY))
    {
      s->current = row <= ORUST ? 2 : 3;
      s->interest = FK_INTEREST_MAYBE;
    }
}

/* The fixture's snapshot; @change (nullable) may alter each score after
 * the fixture has set it. With @empty, no scores at all. */
static FkRoundSnapshot *
fixture_snapshot_full (FkModel  *model,
                       FkRegion *region,
                       void    (*change) (FkScore *score, guint row),
                       gboolean  empty)
{
  GPtrArray *scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);

  for (guint r = 0; r < region->municipalities->len && !empty; r++)
    for (guint c = 0; c < model->capabilities->len; c++)
      {
        const FkMunicipality *m = g_ptr_array_index (region->municipalities, r);
        const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
        FkScore *s = fk_score_new (1, m->code, cap->key);

        fixture_score (s, r);
        if (change != NULL)
          change (s, r);
        g_ptr_array_add (scores, s);
      }
  return fk_round_snapshot_new (model, region, 1, "Hösten 2026", "fixture", scores);
}

static FkCandidates *
fixture_candidates_full (void    (*change) (FkScore *score, guint row),
                         gboolean  empty)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = fk_region_new_default (&error);
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  FkCandidateWeights weights;

  g_assert_no_error (error);
  g_assert_cmpuint (region->municipalities->len, ==, N_ROWS);
  snapshot = fixture_snapshot_full (model, region, change, empty);
  fk_candidate_weights_init (&weights);
  return fk_candidates_new (snapshot, &weights);
}

static FkCandidates *
fixture_candidates (void)
{
  return fixture_candidates_full (NULL, FALSE);
}

G_GNUC_UNUSED static int
fixture_col (FkCandidates *candidates,
             const char   *key)
{
  return fk_model_index_of (fk_round_snapshot_get_model (fk_candidates_get_snapshot (candidates)), key);
}

/* ---- Checks on generated text (test-scenario-text*.c) ------------------ */

/* The Swedish or the English of a pair, by @lang. */
#define IN(lang, sv, en) (strcmp ((lang), "sv") == 0 ? (sv) : (en))

G_GNUC_UNUSED static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in:\n%s", part, text);
}

G_GNUC_UNUSED static void
assert_lacks (const char *text,
              const char *part)
{
  if (strstr (text, part) != NULL)
    g_error ("“%s” should not be in:\n%s", part, text);
}

G_GNUC_UNUSED static GStrv
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
G_GNUC_UNUSED static void
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

G_GNUC_UNUSED static const char *
cap_name (FkCandidates *candidates,
          const char   *key,
          const char   *language)
{
  FkModel *model = fk_round_snapshot_get_model (fk_candidates_get_snapshot (candidates));

  return fk_text_get (&fk_model_lookup (model, key)->name, language);
}

G_GNUC_UNUSED static const char *
area_of (FkCandidates *candidates,
         const char   *key,
         const char   *language)
{
  FkModel *model = fk_round_snapshot_get_model (fk_candidates_get_snapshot (candidates));

  return fk_text_get (&fk_model_lookup_area (model, fk_model_lookup (model, key)->area)->name, language);
}

/* No sentence of @text starts with a digit: "Of them, 5 are …", never
 * "5 of them are …". */
G_GNUC_UNUSED static void
assert_no_sentence_starts_with_numeral (const char *text)
{
  gboolean start = TRUE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (start && g_ascii_isdigit (*p))
        g_error ("a sentence starts with a numeral at “%.40s” in:\n%s", p, text);
      if ((*p == '.' && (p[1] == ' ' || p[1] == '\n')) || *p == '\n')
        start = TRUE;
      else if (*p != ' ')
        start = FALSE;
    }
}

