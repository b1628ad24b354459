/* fk-candidate-row.h — one collaboration candidate in the page's list
 *
 * Its overall rank, the capability's name and area (in the language of
 * model content), the potential as a bar and a number, the reason in
 * words, the participants, the possible hosts and who would gain most
 * (the highlighted municipality in bold), and "Uncertain" when
 * too few municipalities assessed it. With an anonymizer every
 * municipality is its letter (the highlighted one its name), listed in
 * letter order: the region's order is by name and would tell who is who.
 * Its accessible label says the rank, name, score and reason.
 */
#pragma once

#include <gtk/gtk.h>
#include "fk-candidates.h"
#include "fk-palette.h"

G_BEGIN_DECLS

#define FK_TYPE_CANDIDATE_ROW (fk_candidate_row_get_type ())
G_DECLARE_FINAL_TYPE (FkCandidateRow, fk_candidate_row, FK, CANDIDATE_ROW, GtkListBoxRow)

/* @rank: 1 for the best; 0 for a strong-and-even capability (no rank,
 * no bar, only the reason). @anon (nullable). */
GtkWidget  *fk_candidate_row_new        (FkCandidates       *candidates,
                                         const FkCandidate  *candidate,
                                         guint               rank,
                                         const char         *language,
                                         const FkAnonymizer *anon);
guint       fk_candidate_row_get_capability (FkCandidateRow *self);
guint       fk_candidate_row_get_rank       (FkCandidateRow *self);
gboolean    fk_candidate_row_get_uncertain  (FkCandidateRow *self);
/* The area's key, for the page's filter. */
const char *fk_candidate_row_get_area       (FkCandidateRow *self);
/* The size group that would gain most (fk_candidates_get_gain_group()
 * with the row's anonymizer); FALSE when nobody takes part. */
gboolean    fk_candidate_row_get_gain_group (FkCandidateRow *self,
                                             FkSizeGroup    *out_group);
/* What the screen reader says (also its accessible label). */
const char *fk_candidate_row_get_description (FkCandidateRow *self);
void        fk_candidate_row_set_palette    (FkCandidateRow *self,
                                             FkPalette       palette,
                                             gboolean        dark);

G_END_DECLS
