/* fk-scenario-plain.c — a scenario's description as plain text for the report
 *
 * One formatter for every place that hands the text on as plain text:
 * the CLI's "scenarios" output (and its JSON "text") and the Scenarios
 * page's Copy Text and Copy All Scenarios. Unwrapped, paragraphs as
 * written: a word processor wraps them. And the one rule for which text
 * a report gets, stored or generated (fk_scenario_get_report_texts()).
 */
#define G_LOG_DOMAIN "fk-scenario-plain"
#include "config.h"
#include "fk-scenario.h"

char *
fk_scenario_format_sections_plain (const char         *language,
                                   const char * const *texts)
{
  GString *whole = g_string_new (NULL);

  g_return_val_if_fail (texts != NULL, NULL);

  for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    {
      g_autofree char *heading = NULL;
      g_autofree char *text = g_strchomp (g_strdup (texts[s] != NULL ? texts[s] : ""));

      if (*text == '\0')
        continue;
      heading = fk_scenario_section_get_heading (s, language);
      if (whole->len > 0)
        g_string_append (whole, "\n\n");
      g_string_append_printf (whole, "%s\n%s", heading, text);
    }
  return g_string_free (whole, FALSE);
}

char *
fk_scenario_format_plain (const char         *name,
                          const char         *language,
                          const char * const *texts)
{
  g_autofree char *sections = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  sections = fk_scenario_format_sections_plain (language, texts);
  if (*sections == '\0')
    return g_strdup (name);
  return g_strdup_printf ("%s\n\n%s", name, sections);
}

GStrv
fk_scenario_get_report_texts (const FkScenario   *scenario,
                              FkCandidates       *candidates,
                              const char         *language,
                              const FkAnonymizer *anon,
                              gboolean           *stored)
{
  return fk_scenario_get_report_texts_full (scenario, candidates, language, anon, stored, NULL);
}

/* Whether stored text of @scenario can be compared with text generated
 * from @candidates: it was generated from their round (or no round is
 * recorded). Text of another round has its own note in the CLI. */
static gboolean
of_candidates_round (const FkScenario *scenario,
                     FkCandidates     *candidates)
{
  return scenario->generated_round == 0
         || scenario->generated_round == fk_round_snapshot_get_round_id (fk_candidates_get_snapshot (candidates));
}

GStrv
fk_scenario_get_report_texts_full (const FkScenario   *scenario,
                                   FkCandidates       *candidates,
                                   const char         *language,
                                   const FkAnonymizer *anon,
                                   gboolean           *stored,
                                   gboolean           *stale)
{
  g_auto(GStrv) fresh = NULL;
  GStrv texts = g_new0 (char *, FK_N_SCENARIO_SECTIONS + 1);
  const FkScenarioText *t[FK_N_SCENARIO_SECTIONS];
  gboolean any_stored = FALSE, all_stored = TRUE, check_stale;

  if (stale != NULL)
    *stale = FALSE;
  g_return_val_if_fail (scenario != NULL, texts);

  for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    {
      t[s] = anon == NULL ? fk_scenario_get_text (scenario, language, s) : NULL;
      if (t[s] != NULL && t[s]->text == NULL)
        t[s] = NULL;
      any_stored = any_stored || t[s] != NULL;
      all_stored = all_stored && t[s] != NULL;
    }
  /* One generation serves both the sections without stored text and the
   * check of those with it (anonymised, nothing is stored). */
  check_stale = stale != NULL && any_stored && candidates != NULL
                && of_candidates_round (scenario, candidates);
  if (candidates != NULL && (!all_stored || check_stale))
    fresh = fk_scenario_generate (scenario, candidates, language, anon);

  for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    {
      texts[s] = g_strdup (t[s] != NULL ? t[s]->text : fresh != NULL ? fresh[s] : "");
      if (stored != NULL)
        stored[s] = t[s] != NULL;
    }
  if (check_stale)
    {
      FkScenarioRegen what[FK_N_SCENARIO_SECTIONS];

      fk_scenario_compare (scenario, language, (const char * const *) fresh, what);
      for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
        if (t[s] != NULL && what[s] == FK_SCENARIO_REGEN_REPLACE)
          *stale = TRUE;
    }
  return texts;
}
