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

/* Before fk_study_create_for_file() (@file and @replace as there): FALSE
 * with FK_ERROR_BUSY when it would replace a study that a window of this
 * app shows, or with fk_study_path_for_file()'s error. */
gboolean fk_study_dialog_check_replace (GFile     *file,
                                        gboolean   replace,
                                        GError   **error);

G_END_DECLS
