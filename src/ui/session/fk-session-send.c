/* fk-session-send.c — "Send back": the filled-in response file, saved
 *
 * A GtkFileChooserNative (GTK 4.8 has no GtkFileDialog), so that a
 * sandboxed app gets the place through the portal. JSON is the default:
 * it carries the model, which the lead's import checks; the CSV form is
 * offered for a lead who works in a spreadsheet. The write itself is
 * fk_session_send_back_to_file(), which tests call directly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-session-send"
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fk-error-dialog.h"
#include "fk-session-send.h"


typedef struct {
  FkWindow          *window;
  FkStudy           *study;
  GtkFileFilter     *csv_filter;
  FkSessionSentFunc  sent;
  gpointer           user_data;
  GDestroyNotify     destroy;
} Sending;

static void
sending_free (Sending *sending)
{
  if (sending->destroy != NULL)
    sending->destroy (sending->user_data);
  g_object_unref (sending->window);
  g_object_unref (sending->study);
  g_object_unref (sending->csv_filter);
  g_free (sending);
}

static void
show_error (FkWindow     *window,
            const GError *error)
{
  fk_error_dialog_present (GTK_WINDOW (window), _("Could Not Send Back the Response"), error);
}

static void
open_folder_cb (AdwToast *toast)
{
  GFile *folder = g_object_get_data (G_OBJECT (toast), "folder");
  g_autofree char *uri = g_file_get_uri (folder);
  GtkApplication *app = GTK_APPLICATION (g_application_get_default ());
  GtkWindow *parent = app != NULL ? gtk_application_get_active_window (app) : NULL;

  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

gboolean
fk_session_send_back_to_file (FkWindow *window,
                              FkStudy  *study,
                              GFile    *file,
                              gboolean  csv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_val_if_fail (FK_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  name = g_file_get_parse_name (file);
  if (path == NULL)
    g_set_error (&error, FK_ERROR, FK_ERROR_IO,
                 _("“%s” is not on this computer. Choose a folder on this computer."), name);
  if (path == NULL || !fk_response_session_send_back (study, path, csv, &error))
    {
      show_error (window, error);
      return FALSE;
    }

  g_free (name);
  name = g_file_get_basename (file);
  /* A toast's title is markup in libadwaita 1.2: the name is escaped. */
  escaped = g_markup_escape_text (name, -1);
  title = g_strdup_printf (_("Response saved to “%s”. Send this file to the workshop lead."),
                           escaped);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("Open _Folder"));
  g_object_set_data_full (G_OBJECT (toast), "folder", g_file_get_parent (file), g_object_unref);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (open_folder_cb), NULL);
  fk_window_add_toast (window, toast);
  return TRUE;
}

/* @path with the extension of what is written, if it has none of it.
 * (transfer full) */
static char *
with_extension (const char *path,
                gboolean    csv)
{
  const char *wanted = csv ? FK_RESPONSE_CSV_EXTENSION : FK_RESPONSE_EXTENSION;
  const char *other = csv ? FK_RESPONSE_EXTENSION : FK_RESPONSE_CSV_EXTENSION;
  g_autofree char *lower = g_utf8_strdown (path, -1);

  if (g_str_has_suffix (lower, wanted))
    return g_strdup (path);
  /* "Dals-Ed – Omgång 1.fksvar" with the CSV filter chosen. */
  if (g_str_has_suffix (lower, other))
    {
      g_autofree char *stem = g_strndup (path, strlen (path) - strlen (other));
      return g_strconcat (stem, wanted, NULL);
    }
  return g_strconcat (path, wanted, NULL);
}

static void
chooser_response_cb (GtkNativeDialog *native,
                     int              response,
                     Sending         *sending)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *fixed = NULL;
  gboolean csv;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;
  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  path = chosen != NULL ? g_file_get_path (chosen) : NULL;
  if (path == NULL)
    {
      file = g_steal_pointer (&chosen);
      csv = FALSE;
    }
  else
    {
      g_autofree char *lower = g_utf8_strdown (path, -1);

      csv = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (native)) == sending->csv_filter ||
            g_str_has_suffix (lower, FK_RESPONSE_CSV_EXTENSION);
      fixed = with_extension (path, csv);
      /* The chooser asked about replacing the name chosen, not this one. */
      if (g_strcmp0 (fixed, path) != 0 && g_file_test (fixed, G_FILE_TEST_EXISTS))
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *display = g_filename_display_basename (fixed);

          g_set_error (&error, FK_ERROR, FK_ERROR_EXISTS,
                       _("A file named “%s” already exists. Choose another name."), display);
          show_error (sending->window, error);
          goto out;
        }
      file = g_file_new_for_path (fixed);
    }
  if (fk_session_send_back_to_file (sending->window, sending->study, file, csv) &&
      sending->sent != NULL)
    sending->sent (sending->user_data);

out:
  g_object_unref (native);
  sending_free (sending);
}

void
fk_session_send_back (FkWindow          *window,
                      FkStudy           *study,
                      FkSessionSentFunc  sent,
                      gpointer           user_data,
                      GDestroyNotify     destroy)
{
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  GtkFileChooserNative *native;
  GtkFileFilter *json_filter;
  Sending *sending;

  g_return_if_fail (FK_IS_WINDOW (window));
  g_return_if_fail (FK_IS_STUDY (study));

  sending = g_new0 (Sending, 1);
  sending->window = g_object_ref (window);
  sending->study = g_object_ref (study);
  sending->sent = sent;
  sending->user_data = user_data;
  sending->destroy = destroy;

  native = gtk_file_chooser_native_new (_("Send Back Response"), GTK_WINDOW (window),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  json_filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (json_filter, _("Response Files"));
  gtk_file_filter_add_mime_type (json_filter, FK_RESPONSE_MIME_TYPE);
  gtk_file_filter_add_suffix (json_filter, FK_RESPONSE_EXTENSION + 1);
  sending->csv_filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (sending->csv_filter, _("Spreadsheet Form (CSV)"));
  gtk_file_filter_add_suffix (sending->csv_filter, FK_RESPONSE_CSV_EXTENSION + 1);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), json_filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), sending->csv_filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), json_filter);
  g_object_unref (json_filter);

  name = fk_response_session_suggest_name (study);
  folder = fk_response_session_get_folder (study);
  if (folder != NULL && g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) dir = g_file_new_for_path (folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), dir, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect (native, "response", G_CALLBACK (chooser_response_cb), sending);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
