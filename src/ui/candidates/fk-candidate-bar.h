/* fk-candidate-bar.h — a candidate's potential as a bar, on screen
 *
 * A small widget whose snapshot draws fk_candidates_draw_bar() (the one
 * bar of export, shared with the exported figure) in the palette of
 * Preferences, for the light or dark style. It has no text of its own:
 * the row beside it says the score.
 */
#pragma once

#include <gtk/gtk.h>
#include "fk-palette.h"

G_BEGIN_DECLS

#define FK_TYPE_CANDIDATE_BAR (fk_candidate_bar_get_type ())
G_DECLARE_FINAL_TYPE (FkCandidateBar, fk_candidate_bar, FK, CANDIDATE_BAR, GtkWidget)

GtkWidget *fk_candidate_bar_new          (void);
/* @score 0–100; @uncertain draws the hatched bar. */
void       fk_candidate_bar_set_score    (FkCandidateBar *self,
                                          double          score,
                                          gboolean        uncertain);
void       fk_candidate_bar_set_palette  (FkCandidateBar *self,
                                          FkPalette       palette,
                                          gboolean        dark);

G_END_DECLS
