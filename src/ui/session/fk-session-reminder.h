/* fk-session-reminder.h — closing a response with answers not sent back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fk-window.h"

G_BEGIN_DECLS

/**
 * fk_session_remind_before_close:
 * @window: a window about to close
 * @study: (nullable): its study
 * @close_now: what closes @window without asking again
 *
 * If @study is a response session with answers not sent back
 * (fk_response_session_has_unsent_changes()), asks "Send your answers
 * back before closing?": Cancel, Close Without Sending (@close_now), or
 * Send Back… (fk_session_send_back(), then @close_now once written).
 * The working study stays whatever the answer: nothing is lost.
 *
 * Returns: %TRUE when it asks (the window stays open for now)
 */
gboolean   fk_session_remind_before_close (FkWindow *window,
                                           FkStudy  *study,
                                           GFunc     close_now);

G_END_DECLS
