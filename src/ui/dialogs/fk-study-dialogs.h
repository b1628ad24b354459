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

/* Creates a study at @file, adding the .fkarta extension if missing.
 * With @replace (the user agreed to replace an existing file) the old file
 * is replaced only once the new study is complete, and never while a window
 * of this app shows it. NULL @model or @region means the built-in one; a
 * NULL or empty @title the file name; a NULL @language the user's; a NULL
 * @round_name the default first round ("Omgång 1" or "Round 1"). */
FkStudy *fk_study_create_at_with (GFile       *file,
                                  gboolean     replace,
                                  FkModel     *model,
                                  FkRegion    *region,
                                  const char  *title,
                                  const char  *language,
                                  const char  *round_name,
                                  GError     **error);
/* The same with every choice at its default, never replacing a file. */
FkStudy *fk_study_create_at    (GFile         *file,
                                GError       **error);

G_END_DECLS
