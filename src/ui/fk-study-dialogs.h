/* fk-study-dialogs.h — choosing a study file to open, or to create
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fk-application.h"

G_BEGIN_DECLS

/* Asks for a .fkarta file and opens it in @app. */
void     fk_study_dialog_open  (FkApplication *app,
                                GtkWindow     *parent);
/* Asks where to save a new study, creates it with the built-in model and
 * region, and shows it. */
void     fk_study_dialog_new   (FkApplication *app,
                                GtkWindow     *parent);

/* The study behind the "new" dialog, for tests: adds the .fkarta extension
 * if missing and takes the title from the file name. */
FkStudy *fk_study_create_at    (GFile         *file,
                                GError       **error);

G_END_DECLS
