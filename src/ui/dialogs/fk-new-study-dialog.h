/* fk-new-study-dialog.h — title, language, first round, model and
 * municipalities of a new study
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fk-core.h"

G_BEGIN_DECLS

#define FK_TYPE_NEW_STUDY_DIALOG (fk_new_study_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FkNewStudyDialog, fk_new_study_dialog, FK, NEW_STUDY_DIALOG, AdwWindow)

/* Modal and transient for @parent (may be NULL). Create asks where to save,
 * creates the study, emits "created" (FkStudy *) and closes; on an error
 * the dialog stays open and says what went wrong. */
FkNewStudyDialog *fk_new_study_dialog_new            (GtkWindow        *parent);

/* Loads a model or a region file at once. On failure the row shows the
 * loader's message and Create is disabled until another choice. */
gboolean          fk_new_study_dialog_load_model     (FkNewStudyDialog *self,
                                                      const char       *path);
void              fk_new_study_dialog_use_default_model (FkNewStudyDialog *self);
gboolean          fk_new_study_dialog_load_region    (FkNewStudyDialog *self,
                                                      const char       *path);
void              fk_new_study_dialog_use_default_region (FkNewStudyDialog *self);

/* Creates the study the dialog describes at @path (".fkarta" is added if
 * missing); what Create does once the file is chosen. */
FkStudy          *fk_new_study_dialog_create_at      (FkNewStudyDialog *self,
                                                      const char       *path,
                                                      GError          **error);

G_END_DECLS
