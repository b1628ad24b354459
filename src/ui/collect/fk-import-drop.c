/* fk-import-drop.c — files dropped on a main window
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-import-drop"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-application.h"
#include "fk-import-dialog.h"
#include "fk-import-drop.h"

/* A study by its name, as the file manager and app.open see it; anything
 * else is read by its content in the import dialog. */
static gboolean
is_study_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folded = name != NULL ? g_utf8_strdown (name, -1) : NULL;

  return folded != NULL && g_str_has_suffix (folded, FK_STUDY_EXTENSION);
}

/* @session: the window fills in a response (src/ui/session), whose
 * working study takes no other responses. */
static void
say_no_study (FkWindow  *window,
              GPtrArray *names,
              gboolean   session)
{
  g_autofree char *list = NULL;
  GtkWidget *dialog;
  guint n = names->len;

  g_ptr_array_add (names, NULL);
  list = g_strjoinv (", ", (char **) names->pdata);
  dialog = adw_message_dialog_new (GTK_WINDOW (window), _("No Study to Import Into"), NULL);
  if (session)
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    ngettext ("This window fills in a response, so this file cannot be imported into it: %s. Open the study to import into, then drop it there.",
                                              "This window fills in a response, so these files cannot be imported into it: %s. Open the study to import into, then drop them there.",
                                              n),
                                    list);
  else
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    ngettext ("No study is open, so this file cannot be imported: %s. Open or create a study first, then drop it again.",
                                              "No study is open, so these files cannot be imported: %s. Open or create a study first, then drop them again.",
                                              n),
                                    list);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
fk_import_drop_files (FkWindow   *window,
                      GListModel *files)
{
  GtkApplication *app;
  FkStudy *study;
  g_autoptr(GListStore) responses = g_list_store_new (G_TYPE_FILE);
  gboolean done = FALSE;

  g_return_val_if_fail (FK_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (files), FALSE);

  app = gtk_window_get_application (GTK_WINDOW (window));
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);

      if (!is_study_file (file))
        g_list_store_append (responses, file);
      else if (FK_IS_APPLICATION (app))
        {
          fk_application_open_file (FK_APPLICATION (app), file);
          done = TRUE;
        }
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (responses)) == 0)
    return done;

  study = fk_window_get_study (window);
  if (study == NULL || fk_response_session_is_session (study))
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (responses)); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (G_LIST_MODEL (responses), i);
          g_autofree char *base = g_file_get_basename (file);

          g_ptr_array_add (names, base != NULL ? g_filename_display_name (base) : g_file_get_parse_name (file));
        }
      say_no_study (window, names, study != NULL);
      return done;
    }
  fk_import_dialog_present_files (GTK_WINDOW (window), study, G_LIST_MODEL (responses));
  return TRUE;
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  GtkRoot *root = gtk_widget_get_root (widget);
  GSList *list = gdk_file_list_get_files (g_value_get_boxed (value));
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);

  for (GSList *l = list; l != NULL; l = l->next)
    g_list_store_append (files, l->data);
  g_slist_free (list);
  if (!FK_IS_WINDOW (root))
    return FALSE;
  return fk_import_drop_files (FK_WINDOW (root), G_LIST_MODEL (files));
}

GtkDropTarget *
fk_import_drop_target_new (void)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), NULL);
  return target;
}
