/* fk-study-candidates.c — the candidate weights a study keeps
 *
 * Kept in the meta table under "candidate-weights" in the text form of
 * fk_candidate_weights_to_string(), like the anonymisation seed
 * (fk-study-anon.c). A study without them uses the defaults; text that
 * cannot be read is reported, never replaced by the defaults, so a
 * workshop never ranks with weights nobody chose.
 */
#define G_LOG_DOMAIN "fk-study-candidates"
#include "config.h"
#include "fk-candidates.h"
#include "fk-study-private.h"
#include "fk-error.h"

#include "fk-i18n.h"

#define WEIGHTS_KEY "candidate-weights"

gboolean
fk_study_get_candidate_weights (FkStudy            *study,
                                FkCandidateWeights *out_weights,
                                GError            **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);
  g_return_val_if_fail (out_weights != NULL, FALSE);

  if (!fk_study_get_meta (study, WEIGHTS_KEY, &text, error))
    return FALSE;
  if (text == NULL)
    {
      fk_candidate_weights_init (out_weights);
      return TRUE;
    }
  if (!fk_candidate_weights_from_string (out_weights, text, &local))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_A_STUDY,
                   _("%s: the study is damaged (its setting “%s” is “%s”, not a set of weights)"),
                   study->display_name, WEIGHTS_KEY, text);
      return FALSE;
    }
  return TRUE;
}

gboolean
fk_study_set_candidate_weights (FkStudy                  *study,
                                const FkCandidateWeights *weights,
                                GError                  **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);
  g_return_val_if_fail (weights != NULL, FALSE);

  if (!fk_candidate_weights_check (weights, error))
    return FALSE;
  text = fk_candidate_weights_to_string (weights);
  if (!fk_study_begin_write (study, error) ||
      !fk_study_end_write (study, fk_study_set_meta (study, WEIGHTS_KEY, text, error), error))
    return FALSE;
  fk_study_emit_changed (study, FK_STUDY_CHANGE_METADATA, 0, NULL);
  return TRUE;
}
