/* fk-candidates-ranking.h — a round's collaboration candidates, ranked off the main thread
 *
 * The Candidates page and the Scenarios page both rank a snapshot with
 * the study's weights in a worker thread (fk_snapshot_task_run_async())
 * and keep only the latest ranking asked for: starting a new one cancels
 * the one under way, and a cancelled or replaced one is dropped when it
 * arrives. The caller keeps the pending ranking's GCancellable (NULL when
 * none is under way) and hands its address to both calls.
 */
#pragma once

#include <gio/gio.h>
#include "fk-candidates.h"

G_BEGIN_DECLS

/* Cancels the ranking *@pending stands for and starts ranking @snapshot
 * with @weights; *@pending becomes the new ranking's cancellable.
 * @callback runs on the main thread with @source_object as its source;
 * its user_data is the ranking's own, for fk_candidates_ranking_finish(). */
void          fk_candidates_ranking_start  (GCancellable            **pending,
                                            FkRoundSnapshot          *snapshot,
                                            const FkCandidateWeights *weights,
                                            gpointer                  source_object,
                                            GAsyncReadyCallback       callback);
/* Cancels the ranking under way, if any; *@pending becomes NULL. */
void          fk_candidates_ranking_cancel (GCancellable            **pending);
/* In @callback, with its @result and @user_data. FALSE if the ranking was
 * cancelled or replaced since: ignore it. Otherwise *@pending becomes
 * NULL and *@out_candidates the candidates (transfer full), or NULL with
 * @error. */
gboolean      fk_candidates_ranking_finish (GCancellable            **pending,
                                            GAsyncResult             *result,
                                            gpointer                  user_data,
                                            FkCandidates            **out_candidates,
                                            GError                  **error);

G_END_DECLS
