/* fk-help-window.h — the user guide, in the user's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FK_TYPE_HELP_WINDOW (fk_help_window_get_type ())
G_DECLARE_FINAL_TYPE (FkHelpWindow, fk_help_window, FK, HELP_WINDOW, AdwWindow)

FkHelpWindow *fk_help_window_new            (void);
/* The resource path of the guide for @language_names (as from
 * g_get_language_names()): Swedish for "sv*", English otherwise. */
char         *fk_help_get_guide_resource    (const char * const *language_names);

G_END_DECLS
