/* fk-study-dialogs.c — choosing a study file to open, or to create
 *
 * GtkFileChooserNative, so that a sandboxed app gets its files through the
 * portal.
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "fk-study-dialogs.h"
#include "fk-window.h"

static GtkFileFilter *
study_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Förmågekarta Studies"));
  gtk_file_filter_add_mime_type (filter, FK_STUDY_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, FK_STUDY_EXTENSION + 1);
  return filter;
}

static void
show_error (GtkWindow    *parent,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
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
  filter = study_filter ();
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);

  g_signal_connect (native, "response", G_CALLBACK (open_response_cb), g_object_ref (app));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- new ---------------------------------------------------------------- */

FkStudy *
fk_study_create_at (GFile   *file,
                    GError **error)
{
  g_autoptr(FkModel) model = NULL;
  g_autoptr(FkRegion) region = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("A study can only be created on this computer."));
      return NULL;
    }
  if (!g_str_has_suffix (path, FK_STUDY_EXTENSION))
    {
      char *with_ext = g_strconcat (path, FK_STUDY_EXTENSION, NULL);
      g_free (path);
      path = with_ext;
    }

  /* "Ny studie.fkarta" is titled "Ny studie". */
  basename = g_filename_display_basename (path);
  title = g_strndup (basename, strlen (basename) - strlen (FK_STUDY_EXTENSION));
  if (*title == '\0')
    {
      g_free (title);
      title = g_strdup (_("New Study"));
    }

  model = fk_model_new_default (error);
  if (model == NULL)
    return NULL;
  region = fk_region_new_default (error);
  if (region == NULL)
    return NULL;
  return fk_study_create (path, model, region, title, fk_text_default_language (), NULL, error);
}

static void
new_response_cb (GtkNativeDialog *native,
                 int              response,
                 FkApplication   *app)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(FkStudy) study = NULL;
      g_autoptr(GError) error = NULL;

      /* The chooser has asked before replacing a file; move the old one to
       * the trash (recoverable) rather than refuse. A study that is open
       * somewhere is never replaced: the core then refuses it. */
      if (file != NULL && g_file_query_exists (file, NULL))
        {
          gboolean open = FALSE;

          for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
            if (FK_IS_WINDOW (l->data) && fk_window_get_study (l->data) != NULL)
              {
                g_autoptr(GFile) other = g_file_new_for_path (fk_study_get_path (fk_window_get_study (l->data)));
                open |= g_file_equal (file, other);
              }
          if (!open)
            g_file_trash (file, NULL, NULL);
        }

      if (file != NULL)
        study = fk_study_create_at (file, &error);
      if (study != NULL)
        fk_application_show_study (app, study);
      else if (error != NULL)
        show_error (gtk_application_get_active_window (GTK_APPLICATION (app)),
                    _("Could Not Create the Study"), error);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (app);
}

void
fk_study_dialog_new (FkApplication *app,
                     GtkWindow     *parent)
{
  GtkFileChooserNative *native;
  GtkFileFilter *filter;

  g_return_if_fail (FK_IS_APPLICATION (app));

  native = gtk_file_chooser_native_new (_("New Study"), parent,
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("C_reate"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  /* Translators: the suggested file name of a new study; keep ".fkarta" */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), _("New study.fkarta"));
  filter = study_filter ();
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);

  g_signal_connect (native, "response", G_CALLBACK (new_response_cb), g_object_ref (app));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
