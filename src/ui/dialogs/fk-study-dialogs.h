/* fk-study-dialogs.h — choosing a study file to open, or to create
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fk-application.h"

G_BEGIN_DECLS

/* "Förmågekarta Studies": *.fkarta files. Transfer full. */
GtkFileFilter *fk_study_file_filter_new (void);

/* Asks for a .fkarta file and opens it in @app. */
void     fk_study_dialog_open  (FkApplication *app,
                                GtkWindow     *parent);
/* Shows the New Study dialog (FkNewStudyDialog); the study it creates is
 * shown in a window of @app. */
void     fk_study_dialog_new   (FkApplication *app,
                                GtkWindow     *parent);

/**
 * fk_study_dialog_create:
 *
 * fk_study_create_for_file() (the arguments are the same), but refusing
 * with FK_ERROR_BUSY to replace a study that a window of this app shows.
 *
 * Returns: (transfer full) (nullable): the new study, or NULL with @error.
 */
FkStudy *fk_study_dialog_create  (GFile       *file,
                                  gboolean     replace,
                                  FkModel     *model,
                                  FkRegion    *region,
                                  const char  *title,
                                  const char  *language,
                                  const char  *round_name,
                                  GError     **error);

G_END_DECLS
