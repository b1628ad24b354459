/* fk-round-choice.h — a drop-down of a study's assessment rounds
 *
 * The pages that show one round (Profile, Compare, Candidates) each have
 * a drop-down of the study's rounds in study order, beside an array of
 * their ids in the same order. Filled again when the rounds change, it
 * keeps the round chosen before (by id) while it exists, else the latest.
 * The caller guards its own "selected" handler while filling.
 */
#pragma once

#include <gtk/gtk.h>
#include "fk-study.h"

G_BEGIN_DECLS

/* Fills @dropdown with the rounds of @study (NULL: none) and @round_ids
 * (gint64) with their ids, selecting the round chosen before if it is
 * still there (the ids in @round_ids when called), else the latest. */
void     fk_round_choice_fill         (GtkDropDown *dropdown,
                                       GArray      *round_ids,
                                       FkStudy     *study);
/* The id of the round chosen; 0 for none. */
gint64   fk_round_choice_get_selected (GtkDropDown *dropdown,
                                       GArray      *round_ids);
/* Chooses @round_id; FALSE (nothing changed) if it is not in the list. */
gboolean fk_round_choice_select       (GtkDropDown *dropdown,
                                       GArray      *round_ids,
                                       gint64       round_id);

G_END_DECLS
