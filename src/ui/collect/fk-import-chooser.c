/* fk-import-chooser.c — choosing response files to import
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-import-chooser"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-import-chooser.h"
#include "fk-import-dialog.h"

GtkFileChooserNative *
fk_import_file_chooser_new (GtkWindow *parent)
{
  GtkFileChooserNative *native;
  GtkFileFilter *filter;

  native = gtk_file_chooser_native_new (_("Import Responses"), parent,
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Responses and Spreadsheet Forms"));
  gtk_file_filter_add_mime_type (filter, FK_RESPONSE_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, FK_RESPONSE_EXTENSION + 1);
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Response Files"));
  gtk_file_filter_add_mime_type (filter, FK_RESPONSE_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, FK_RESPONSE_EXTENSION + 1);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Spreadsheet Forms (CSV)"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("All Files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);
  return native;
}

typedef struct {
  GtkWindow *parent;   /* the main window */
  FkStudy   *study;
} Choosing;

static void
choosing_free (Choosing *choosing)
{
  g_object_unref (choosing->parent);
  g_object_unref (choosing->study);
  g_free (choosing);
}

static void
chooser_response_cb (GtkNativeDialog *native,
                     int              response,
                     Choosing        *choosing)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));

      if (g_list_model_get_n_items (files) > 0)
        fk_import_dialog_present_files (choosing->parent, choosing->study, files);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  choosing_free (choosing);
}

void
fk_import_dialog_choose_files (GtkWindow *parent,
                               FkStudy   *study)
{
  GtkFileChooserNative *native;
  Choosing *choosing;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (FK_IS_STUDY (study));

  native = fk_import_file_chooser_new (parent);
  choosing = g_new0 (Choosing, 1);
  choosing->parent = g_object_ref (parent);
  choosing->study = g_object_ref (study);
  g_signal_connect (native, "response", G_CALLBACK (chooser_response_cb), choosing);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
