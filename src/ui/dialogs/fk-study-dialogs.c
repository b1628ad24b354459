/* fk-study-dialogs.c — choosing a study file to open, or to create
 *
 * GtkFileChooserNative, so that a sandboxed app gets its files through the
 * portal. The New Study form itself is FkNewStudyDialog.
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-study-dialogs"
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "fk-new-study-dialog.h"
#include "fk-study-dialogs.h"
#include "fk-window.h"

GtkFileFilter *
fk_study_file_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Förmågekarta Studies"));
  gtk_file_filter_add_mime_type (filter, FK_STUDY_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, FK_STUDY_EXTENSION + 1);
  return filter;
}

/* ---- open --------------------------------------------------------------- */

static void
open_response_cb (GtkNativeDialog *native,
                  int              response,
                  FkApplication   *app)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        fk_application_open_file (app, file);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (app);
}

void
fk_study_dialog_open (FkApplication *app,
                      GtkWindow     *parent)
{
  GtkFileChooserNative *native;
  GtkFileFilter *filter;

  g_return_if_fail (FK_IS_APPLICATION (app));

  native = gtk_file_chooser_native_new (_("Open Study"), parent,
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  filter = fk_study_file_filter_new ();
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);

  g_signal_connect (native, "response", G_CALLBACK (open_response_cb), g_object_ref (app));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- new ---------------------------------------------------------------- */

/* Whether a window of this app shows the study at @path. */
static gboolean
is_open_in_window (const char *path)
{
  GApplication *app = g_application_get_default ();
  g_autoptr(GFile) file = g_file_new_for_path (path);

  if (!GTK_IS_APPLICATION (app))
    return FALSE;
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (FK_IS_WINDOW (l->data) && fk_window_get_study (l->data) != NULL)
      {
        g_autoptr(GFile) other = g_file_new_for_path (fk_study_get_path (fk_window_get_study (l->data)));

        if (g_file_equal (file, other))
          return TRUE;
      }
  return FALSE;
}

gboolean
fk_study_dialog_check_replace (GFile     *file,
                               gboolean   replace,
                               GError   **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = fk_study_path_for_file (file, &replace, error);
  if (path == NULL)
    return FALSE;
  /* Replacing the study a window shows would pull the file from under it. */
  if (replace && is_open_in_window (path))
    {
      g_autofree char *display = g_filename_display_basename (path);
      g_set_error (error, FK_ERROR, FK_ERROR_BUSY,
                   _("“%s” is open in a window. Close it first, or choose another name."),
                   display);
      return FALSE;
    }
  return TRUE;
}

static void
study_created_cb (FkNewStudyDialog *dialog,
                  FkStudy          *study,
                  FkApplication    *app)
{
  fk_application_show_study (app, study);
}

void
fk_study_dialog_new (FkApplication *app,
                     GtkWindow     *parent)
{
  FkNewStudyDialog *dialog;

  g_return_if_fail (FK_IS_APPLICATION (app));

  dialog = fk_new_study_dialog_new (parent);
  g_signal_connect_object (dialog, "created", G_CALLBACK (study_created_cb), app, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
