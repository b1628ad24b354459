/* fk-session-send.h — "Send back": the filled-in response file, saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fk-window.h"

G_BEGIN_DECLS

/* Called once the file is written. */
typedef void (*FkSessionSentFunc) (gpointer user_data);

/**
 * fk_session_send_back:
 * @window: the window showing @study
 * @study: a response session
 * @sent: (nullable): called after a successful write
 *
 * Asks where to save (a save chooser with the suggested name, response
 * files by default, the CSV form as a choice), then
 * fk_session_send_back_to_file(). Cancelling does nothing.
 */
void      fk_session_send_back         (FkWindow          *window,
                                        FkStudy           *study,
                                        FkSessionSentFunc  sent,
                                        gpointer           user_data,
                                        GDestroyNotify     destroy);
/**
 * fk_session_send_back_to_file:
 *
 * What the chooser's answer does: writes the response to @file
 * (fk_response_session_send_back()) and says so in a toast with "Open
 * Folder", or shows the error naming the file.
 *
 * Returns: %TRUE when written
 */
gboolean  fk_session_send_back_to_file (FkWindow          *window,
                                        FkStudy           *study,
                                        GFile             *file,
                                        gboolean           csv);

G_END_DECLS
