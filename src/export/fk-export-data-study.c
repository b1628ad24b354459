/* fk-export-data-study.c — the data annex gathered from a study, for the CLI and the app alike
 *
 * One place reads what fk_export_data_new() needs (round, snapshot,
 * candidates, anonymizer, scenario texts), so that
 * `formagekarta-cli export` and the export dialog write the same file
 * from the same study.
 */
#define G_LOG_DOMAIN "fk-export-data-study"
#include "config.h"
#include "fk-export-data-private.h"
#include "fk-error.h"
#include "fk-study-snapshot.h"

#include "fk-i18n.h"

FkExportData *
fk_export_data_new_for_study (FkStudy     *study,
                              const char  *round_name,
                              const char  *language,
                              gboolean     anonymize,
                              gboolean     describe_scenarios,
                              FkPalette    palette,
                              GError     **error)
{
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  g_autoptr(FkCandidates) candidates = NULL;
  g_autoptr(FkAnonymizer) anonymizer = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  FkCandidateWeights weights;
  const FkRound *round;

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  round = round_name != NULL ? fk_study_get_round_by_name (study, round_name, error)
                             : fk_study_get_latest_round (study);
  if (round == NULL)
    {
      if (round_name == NULL)
        g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND, _("The study has no assessment round."));
      return NULL;
    }
  if (language == NULL)
    language = fk_study_get_language (study);
  snapshot = fk_study_read_snapshot (study, round->id, error);
  if (snapshot == NULL)
    return NULL;
  /* Stored weights that cannot be read are an error, never the defaults. */
  if (!fk_study_get_candidate_weights (study, &weights, error))
    return NULL;
  candidates = fk_candidates_new (snapshot, &weights);
  if (anonymize)
    {
      anonymizer = fk_anonymizer_new_for_study (study, NULL, error);
      if (anonymizer == NULL)
        return NULL;
    }
  if (describe_scenarios)
    {
      g_autoptr(GPtrArray) scenarios = fk_study_list_scenarios (study, error);

      if (scenarios == NULL)
        return NULL;
      texts = fk_export_scenarios_describe (scenarios, candidates, language, anonymizer);
    }
  return fk_export_data_new (candidates, texts, language, anonymizer, palette);
}

FkAnonymizer *
fk_export_data_get_anonymizer (FkExportData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return data->anon;
}
