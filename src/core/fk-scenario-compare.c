/* fk-scenario-compare.c — what regenerating a scenario's text would do
 *
 * Pure: the stored texts of a scenario against a fresh generation, per
 * section. fk_study_regenerate_scenario() applies the same rule when it
 * writes, so what the comparison shows is what happens.
 */
#define G_LOG_DOMAIN "fk-scenario-compare"
#include "config.h"
#include "fk-scenario.h"

void
fk_scenario_compare (const FkScenario   *scenario,
                     const char         *language,
                     const char * const *fresh,
                     FkScenarioRegen    *out)
{
  g_return_if_fail (scenario != NULL);
  g_return_if_fail (fresh != NULL);
  g_return_if_fail (out != NULL);

  for (guint s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    {
      const FkScenarioText *stored = fk_scenario_get_text (scenario, language, s);

      g_return_if_fail (fresh[s] != NULL);
      if (stored == NULL || stored->text == NULL)
        out[s] = FK_SCENARIO_REGEN_NEW;
      else if (g_str_equal (stored->text, fresh[s]))
        out[s] = FK_SCENARIO_REGEN_SAME;
      else if (stored->edited)
        out[s] = FK_SCENARIO_REGEN_KEEP;
      else
        out[s] = FK_SCENARIO_REGEN_REPLACE;
    }
}
