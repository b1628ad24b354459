/* fk-preferences-window.h — the application's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FK_TYPE_PREFERENCES_WINDOW (fk_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (FkPreferencesWindow, fk_preferences_window, FK, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* The widgets are bound to @settings (schema se.fyrbodal.Formagekarta). */
FkPreferencesWindow *fk_preferences_window_new (GSettings *settings);

G_END_DECLS
