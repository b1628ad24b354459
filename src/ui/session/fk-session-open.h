/* fk-session-open.h — opening a response file as a scoring session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fk-core.h"

G_BEGIN_DECLS

/* TRUE if @file is to be opened as a response to fill in rather than as
 * a study: its name ends in FK_RESPONSE_EXTENSION or its type, guessed
 * from the name, is FK_RESPONSE_MIME_TYPE. Reads nothing. */
gboolean  fk_session_is_response_file (GFile               *file);

/* fk_response_session_open() in a worker thread, with the app's folder
 * of working studies (fk_response_session_default_dir()): the file is
 * read and the working study made there, and the study is used only on
 * the calling thread afterwards, as fk_study_open_async() does. */
void      fk_session_open_async       (const char          *response_path,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
/* Returns: (transfer full) (nullable): the working study; NULL with @error. */
FkStudy  *fk_session_open_finish      (GAsyncResult        *result,
                                       gboolean            *out_resumed,
                                       GError             **error);

G_END_DECLS
