/* fk-candidate-weights-box.h — the six weights of the collaboration potential
 *
 * One row per term of fk-candidates.h: its name, a line saying what it
 * counts, and a spin button 0–1 (two decimals, the message language's
 * decimal mark; "0,5" and "0.5" both read); then "Restore Default
 * Weights" (the action candidates.reset-weights of the page), its Undo,
 * and a line for what went wrong. The box only shows and reports: the page checks the weights,
 * stores them in the study and puts back the stored ones on a refusal.
 */
#pragma once

#include <gtk/gtk.h>
#include "fk-candidates.h"

G_BEGIN_DECLS

#define FK_TYPE_CANDIDATE_WEIGHTS_BOX (fk_candidate_weights_box_get_type ())
G_DECLARE_FINAL_TYPE (FkCandidateWeightsBox, fk_candidate_weights_box, FK, CANDIDATE_WEIGHTS_BOX, GtkBox)

GtkWidget *fk_candidate_weights_box_new         (void);
/* Shows @weights; emits nothing. */
void       fk_candidate_weights_box_set_weights (FkCandidateWeightsBox    *self,
                                                 const FkCandidateWeights *weights);
void       fk_candidate_weights_box_get_weights (FkCandidateWeightsBox    *self,
                                                 FkCandidateWeights       *out_weights);
/* Not editable (a read-only study): the spin buttons and the reset are
 * insensitive and @reason says why. */
void       fk_candidate_weights_box_set_editable (FkCandidateWeightsBox   *self,
                                                  gboolean                 editable,
                                                  const char              *reason);
/* A plain-text message under the rows (an error), or NULL for none. */
void       fk_candidate_weights_box_set_message (FkCandidateWeightsBox    *self,
                                                 const char               *message);
/* "Default weights restored." with Undo (activating candidates.set-weights
 * with @weights_text, fk_candidate_weights_to_string()'s form); NULL hides
 * it. */
void       fk_candidate_weights_box_show_undo   (FkCandidateWeightsBox    *self,
                                                 const char               *weights_text);
/* Returns: (transfer none) (nullable): the Undo button while it is offered. */
GtkWidget *fk_candidate_weights_box_get_undo_button (FkCandidateWeightsBox *self);
/* Returns: (transfer none): the spin button of @term (tests, focus). */
GtkSpinButton *fk_candidate_weights_box_get_spin (FkCandidateWeightsBox   *self,
                                                  FkCandidateTerm          term);

/* Signals:
 * "changed" (void): the user changed a weight; read them with get_weights(). */

G_END_DECLS
