/* fk-candidates-page.h — the Candidates page: where collaboration pays (issue 11)
 *
 * The capabilities of a round ranked by their collaboration potential
 * (FkCandidates, computed in a worker thread), each with its bar, score,
 * reason, participants and hosts; filters by area and size; the weights;
 * the capabilities the region is already strong and even at; and a
 * capability opened beside the list (the Compare page's FkCapabilityPanel).
 *
 * Actions (group "candidates"): "set-weights" (s: the text form of
 * fk_candidate_weights_to_string()), "reset-weights", "close-detail"
 * (Escape while the detail is open), "show-in-heatmap" (the window
 * switches to the Compare page at the capability opened).
 */
#pragma once

#include <adwaita.h>
#include "fk-study.h"
#include "fk-anonymize.h"
#include "fk-candidates.h"
#include "fk-capability-panel.h"

G_BEGIN_DECLS

#define FK_TYPE_CANDIDATES_PAGE (fk_candidates_page_get_type ())
G_DECLARE_FINAL_TYPE (FkCandidatesPage, fk_candidates_page, FK, CANDIDATES_PAGE, AdwBin)

GtkWidget    *fk_candidates_page_new            (void);
FkStudy      *fk_candidates_page_get_study      (FkCandidatesPage *self);
void          fk_candidates_page_set_study      (FkCandidatesPage *self,
                                                 FkStudy          *study);
/* The municipalities as letters ("anonymizer" property): the window binds
 * it to the Compare page's, so both pages show the same letters.
 * (transfer none) (nullable) */
FkAnonymizer *fk_candidates_page_get_anonymizer (FkCandidatesPage *self);
void          fk_candidates_page_set_anonymizer (FkCandidatesPage *self,
                                                 FkAnonymizer     *anonymizer);
/* Anonymised, the detail shows comments only with this ("show-comments"). */
void          fk_candidates_page_set_show_comments (FkCandidatesPage *self,
                                                    gboolean          show);
gint64        fk_candidates_page_get_round_id   (FkCandidatesPage *self);
/* What the list shows. (transfer none) (nullable) */
FkCandidates *fk_candidates_page_get_candidates (FkCandidatesPage *self);
/* A ranking is being computed, or waits for the page to be shown. */
gboolean      fk_candidates_page_is_busy        (FkCandidatesPage *self);
/* (transfer none): for tests and the window. */
GtkListBox   *fk_candidates_page_get_list       (FkCandidatesPage *self);
FkCapabilityPanel *fk_candidates_page_get_panel (FkCandidatesPage *self);
/* Opens @capability (a model index) beside the list; closes it. */
void          fk_candidates_page_open           (FkCandidatesPage *self,
                                                 guint             capability);
void          fk_candidates_page_close_detail   (FkCandidatesPage *self);
gboolean      fk_candidates_page_get_detail_shown (FkCandidatesPage *self);
/* Presenting the list to a room (fk-candidates-page-zoom.c): the window
 * follows "presenting" (fullscreen, no header bar). */
gboolean      fk_candidates_page_get_presenting (FkCandidatesPage *self);
void          fk_candidates_page_set_presenting (FkCandidatesPage *self,
                                                 gboolean          presenting);

/* Signals:
 * "show-in-heatmap" (gint64 round_id, guint capability): "Show in
 *   Heatmap" was chosen for the capability opened. */

G_END_DECLS
