/* fk-scenario-plain.c — a scenario's description as plain text for the report
 *
 * One formatter for every place that hands the text on as plain text:
 * the CLI's "scenarios" output (and its JSON "text") and the Scenarios
 * page's Copy Text and Copy All Scenarios. Unwrapped, paragraphs as
 * written: a word processor wraps them.
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
