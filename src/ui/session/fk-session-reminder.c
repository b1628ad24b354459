/* fk-session-reminder.c — closing a response with answers not sent back
 *
 * The answers are safe in the working study whatever happens; the
 * reminder is about the lead, who gets them only from a file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-session-reminder"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-session-reminder.h"
#include "fk-session-send.h"

typedef struct {
  FkWindow *window;
  FkStudy  *study;
  GFunc     close_now;
} Reminder;

static void
reminder_free (Reminder *reminder)
{
  g_object_unref (reminder->window);
  g_object_unref (reminder->study);
  g_free (reminder);
}

static void
sent_cb (gpointer user_data)
{
  Reminder *reminder = user_data;

  reminder->close_now (reminder->window, NULL);
}

static Reminder *
reminder_new (FkWindow *window,
              FkStudy  *study,
              GFunc     close_now)
{
  Reminder *reminder = g_new0 (Reminder, 1);

  reminder->window = g_object_ref (window);
  reminder->study = g_object_ref (study);
  reminder->close_now = close_now;
  return reminder;
}

/* @reminder belongs to the dialog. */
static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Reminder         *reminder)
{
  if (g_strcmp0 (response, "close") == 0)
    reminder->close_now (reminder->window, NULL);
  else if (g_strcmp0 (response, "send") == 0)
    /* The chooser closes the window once the file is written. */
    fk_session_send_back (reminder->window, reminder->study, sent_cb,
                          reminder_new (reminder->window, reminder->study, reminder->close_now),
                          (GDestroyNotify) reminder_free);
}

gboolean
fk_session_remind_before_close (FkWindow *window,
                                FkStudy  *study,
                                GFunc     close_now)
{
  GtkWidget *dialog;
  Reminder *reminder;

  g_return_val_if_fail (FK_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (close_now != NULL, FALSE);

  if (study == NULL || !fk_response_session_is_session (study) ||
      !fk_response_session_has_unsent_changes (study))
    return FALSE;

  reminder = reminder_new (window, study, close_now);
  dialog = adw_message_dialog_new (GTK_WINDOW (window),
                                   _("Send your answers back before closing?"),
                                   _("Your answers are kept on this computer, but the workshop lead gets them only when you send the file back."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "close", _("Close _Without Sending"),
                                    "send", _("_Send Back…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "send",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "send");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fk-reminder", reminder, (GDestroyNotify) reminder_free);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), reminder);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}
