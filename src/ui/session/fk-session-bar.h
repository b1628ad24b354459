/* fk-session-bar.h — the strip over a window filling in a response
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fk-core.h"

G_BEGIN_DECLS

#define FK_TYPE_SESSION_BAR (fk_session_bar_get_type ())
G_DECLARE_FINAL_TYPE (FkSessionBar, fk_session_bar, FK, SESSION_BAR, GtkWidget)

/* Shown when its "study" is a response session
 * (fk_response_session_is_session()): whose response it is, that the
 * answers are kept on this computer, and a "Send Back…" button for
 * win.send-back. Hidden otherwise. */
FkStudy     *fk_session_bar_get_study (FkSessionBar *self);
void         fk_session_bar_set_study (FkSessionBar *self,
                                       FkStudy      *study);
/* Returns: (nullable): the text shown, or NULL when hidden (tests). */
const char  *fk_session_bar_get_text  (FkSessionBar *self);

G_END_DECLS
