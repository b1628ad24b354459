/* fk-respondent-dialog.h — which municipality the user scores, and who
 * they are (asked once, the first time a study is shown)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fk-core.h"

G_BEGIN_DECLS

#define FK_TYPE_RESPONDENT_DIALOG (fk_respondent_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FkRespondentDialog, fk_respondent_dialog, FK, RESPONDENT_DIALOG, AdwWindow)

/* Modal and transient for @parent (may be NULL). Start saves the name as
 * the respondent of the chosen municipality in @study, emits "chosen"
 * (its code) and closes; on an error the dialog stays open and says why.
 * Skip emits "skipped" and closes; Cancel and Escape only close. */
FkRespondentDialog *fk_respondent_dialog_new              (GtkWindow          *parent,
                                                           FkStudy            *study);
FkStudy            *fk_respondent_dialog_get_study        (FkRespondentDialog *self);

/* The chosen municipality's code, or NULL while none is chosen. */
const char         *fk_respondent_dialog_get_municipality (FkRespondentDialog *self);
/* Chooses a municipality of the study; FALSE if it has no such code. */
gboolean            fk_respondent_dialog_set_municipality (FkRespondentDialog *self,
                                                           const char         *code);
/* A municipality is chosen and a name given: Start is enabled. */
gboolean            fk_respondent_dialog_get_can_start    (FkRespondentDialog *self);

/* What Start does, without closing: saves the respondent and emits
 * "chosen"; FALSE with @error (also shown in the dialog) otherwise. */
gboolean            fk_respondent_dialog_start            (FkRespondentDialog *self,
                                                           GError            **error);

G_END_DECLS
