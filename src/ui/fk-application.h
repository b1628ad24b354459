/* fk-application.h — the Förmågekarta application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fk-core.h"

G_BEGIN_DECLS

#define FK_TYPE_APPLICATION (fk_application_get_type ())
G_DECLARE_FINAL_TYPE (FkApplication, fk_application, FK, APPLICATION, AdwApplication)

FkApplication *fk_application_new          (void);
GSettings     *fk_application_get_settings (FkApplication *self);
/* Opens @file in a window (or presents the window that already shows it).
 * Errors are shown to the user in a dialog. */
void           fk_application_open_file    (FkApplication *self,
                                            GFile         *file);
/* Opens the default study in the user data folder (created on first use). */
void           fk_application_open_default (FkApplication *self);
/* Shows @study (already opened, e.g. just created) in a window. */
void           fk_application_show_study   (FkApplication *self,
                                            FkStudy       *study);

G_END_DECLS
