/* fk-study-snapshot.c — reading a round snapshot from a study */
#define G_LOG_DOMAIN "fk-study-snapshot"
#include "config.h"
#include "fk-study-snapshot.h"
#include "fk-error.h"

FkRoundSnapshot *
fk_study_read_snapshot (FkStudy  *study,
                        gint64    round_id,
                        GError  **error)
{
  const FkRound *round;
  GPtrArray *scores;
  g_autofree char *source = NULL;

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  source = g_path_get_basename (fk_study_get_path (study));
  if (!fk_study_check_round (study, round_id, error))
    return NULL;
  round = fk_study_get_round_by_id (study, round_id);

  scores = fk_study_list_scores (study, round_id, NULL, error);
  if (scores == NULL)
    return NULL;
  return fk_round_snapshot_new (fk_study_get_model (study), fk_study_get_region (study),
                                round_id, round->name, source, scores);
}
