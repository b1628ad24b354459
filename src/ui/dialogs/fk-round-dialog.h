/* fk-round-dialog.h — name and date of a new assessment round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fk-core.h"

G_BEGIN_DECLS

#define FK_TYPE_ROUND_DIALOG (fk_round_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FkRoundDialog, fk_round_dialog, FK, ROUND_DIALOG, AdwWindow)

/* Modal and transient for @parent (may be NULL). Add creates the round in
 * @study, emits "round-added" (gint64 round id) and closes; on an error
 * the dialog stays open with the input and says what went wrong. */
FkRoundDialog  *fk_round_dialog_new      (GtkWindow     *parent,
                                          FkStudy       *study);
FkStudy        *fk_round_dialog_get_study (FkRoundDialog *self);

/* Whether the name and date can be used, i.e. Add is enabled. */
gboolean        fk_round_dialog_get_can_add (FkRoundDialog *self);

/* What Add does, without closing the dialog: adds the round the dialog
 * describes, emits "round-added" and returns it; NULL with @error (also
 * shown in the dialog) when the study refuses it. */
const FkRound  *fk_round_dialog_add      (FkRoundDialog *self,
                                          GError       **error);

/* "YYYY-MM-DD" of a real day. */

G_END_DECLS
