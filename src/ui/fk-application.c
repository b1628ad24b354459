/* fk-application.c — the Förmågekarta application
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-application"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-application.h"
#include "fk-help-window.h"
#include "fk-preferences-window.h"
#include "fk-error-dialog.h"
#include "fk-session-open.h"
#include "fk-study-dialogs.h"
#include "fk-window.h"

struct _FkApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  gboolean        asked_who_scores;   /* once per run: Cancel means "not now" */
};

G_DEFINE_FINAL_TYPE (FkApplication, fk_application, ADW_TYPE_APPLICATION)

FkApplication *
fk_application_new (void)
{
  return g_object_new (FK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/se/fyrbodal/Formagekarta",
                       NULL);
}

GSettings *
fk_application_get_settings (FkApplication *self)
{
  g_return_val_if_fail (FK_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);
  return self->settings;
}

/* ---- windows ------------------------------------------------------------ */

static FkWindow *
find_window_for_file (FkApplication *self,
                      GFile         *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      FkStudy *study;
      g_autoptr(GFile) other = NULL;

      if (!FK_IS_WINDOW (l->data))
        continue;
      /* One being opened counts: it shows the study in a moment. */
      if (fk_window_get_loading_path (l->data) != NULL)
        {
          g_autoptr(GFile) loading = g_file_new_for_path (fk_window_get_loading_path (l->data));
          if (g_file_equal (file, loading))
            return l->data;
        }
      study = fk_window_get_study (l->data);
      if (study == NULL)
        continue;
      other = g_file_new_for_path (fk_study_get_path (study));
      if (g_file_equal (file, other))
        return l->data;
    }
  return NULL;
}

/* A window to put a newly opened study in: the active window if it shows
 * nothing yet, otherwise a new one. */
static FkWindow *
get_target_window (FkApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (FK_IS_WINDOW (active) && fk_window_get_study (FK_WINDOW (active)) == NULL &&
      fk_window_get_loading_path (FK_WINDOW (active)) == NULL)
    return FK_WINDOW (active);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (FK_IS_WINDOW (l->data) && fk_window_get_study (l->data) == NULL &&
        fk_window_get_loading_path (l->data) == NULL)
      return l->data;
  return fk_window_new (GTK_APPLICATION (self), NULL);
}

static void
show_open_error (FkApplication *self,
                 const char    *display_name,
                 const GError  *error)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *heading = NULL;

  /* Never leave the user with nothing: an empty window offers Open and New. */
  if (parent == NULL)
    {
      parent = GTK_WINDOW (fk_window_new (GTK_APPLICATION (self), NULL));
      gtk_window_present (parent);
    }

  heading = g_strdup_printf (_("Could Not Open “%s”"), display_name);
  fk_error_dialog_present (parent, heading, error);
}

/* The first study shown, however it was opened: who scores which
 * municipality? Asked once per run. */
static void
ask_who_scores_once (FkApplication *self,
                     FkWindow      *window)
{
  if (!self->asked_who_scores && fk_window_ask_who_scores (window) != NULL)
    self->asked_who_scores = TRUE;
}

void
fk_application_show_study (FkApplication *self,
                           FkStudy       *study)
{
  g_autoptr(GFile) file = NULL;
  FkWindow *window;

  g_return_if_fail (FK_IS_APPLICATION (self));
  g_return_if_fail (FK_IS_STUDY (study));

  file = g_file_new_for_path (fk_study_get_path (study));
  window = find_window_for_file (self, file);
  if (window == NULL)
    {
      window = get_target_window (self);
      fk_window_set_study (window, study);
    }
  gtk_window_present (GTK_WINDOW (window));
  ask_who_scores_once (self, window);
}

/* What a background open needs when it ends. */
typedef struct {
  FkApplication *app;
  FkWindow      *window;
  char          *path;
} Opening;

static void
opening_free (Opening *opening)
{
  g_object_unref (opening->app);
  g_object_unref (opening->window);
  g_free (opening->path);
  g_free (opening);
}

static void
study_opened_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Opening *opening = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_study_open_finish (result, &error);

  /* The window was closed, or given another study, meanwhile. */
  if (g_strcmp0 (fk_window_get_loading_path (opening->window), opening->path) != 0)
    {
      opening_free (opening);
      return;
    }
  if (study == NULL)
    {
      g_autofree char *name = g_filename_display_basename (opening->path);

      fk_window_set_loading (opening->window, NULL);
      show_open_error (opening->app, name, error);
    }
  else
    {
      fk_window_set_study (opening->window, study);
      ask_who_scores_once (opening->app, opening->window);
    }
  opening_free (opening);
}

/* Shows a window at once and opens the study in the background: another
 * program holding the file must not leave the user without a window. */
static void
open_in_background (FkApplication *self,
                    const char    *path,
                    gboolean       is_default)
{
  Opening *opening = g_new0 (Opening, 1);

  opening->app = g_object_ref (self);
  opening->window = g_object_ref (get_target_window (self));
  opening->path = g_strdup (path);
  fk_window_set_loading (opening->window, path);
  gtk_window_present (GTK_WINDOW (opening->window));
  if (fk_window_get_loading_path (opening->window) == NULL)
    {
      opening_free (opening);
      return;
    }
  /* The default study is created on first use. */
  if (is_default)
    fk_study_open_default_async (NULL, study_opened_cb, opening);
  else
    fk_study_open_async (path, FK_STUDY_OPEN_DEFAULT, NULL, study_opened_cb, opening);
}

/* ---- a response file to fill in (src/ui/session) ---------------------- */

static void
session_opened_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Opening *opening = user_data;
  g_autoptr(GError) error = NULL;
  gboolean resumed = FALSE;
  g_autoptr(FkStudy) study = fk_session_open_finish (result, &resumed, &error);
  g_autoptr(GFile) working = NULL;
  FkWindow *shown;

  if (g_strcmp0 (fk_window_get_loading_path (opening->window), opening->path) != 0)
    {
      opening_free (opening);
      return;
    }
  if (study == NULL)
    {
      g_autofree char *name = g_filename_display_basename (opening->path);

      fk_window_set_loading (opening->window, NULL);
      show_open_error (opening->app, name, error);
      opening_free (opening);
      return;
    }
  /* The same response opened twice: the window that fills it in. */
  working = g_file_new_for_path (fk_study_get_path (study));
  shown = find_window_for_file (opening->app, working);
  if (shown != NULL)
    {
      fk_window_set_loading (opening->window, NULL);
      gtk_window_destroy (GTK_WINDOW (opening->window));
      gtk_window_present (GTK_WINDOW (shown));
      opening_free (opening);
      return;
    }
  fk_window_set_study (opening->window, study);
  if (resumed)
    fk_window_add_toast (opening->window, adw_toast_new (_("Your earlier answers were kept.")));
  opening_free (opening);
}

/* A response file opens in a window of its own (never in place of a
 * study shown), as a scoring session in a working study. */
static void
open_session_in_background (FkApplication *self,
                            const char    *path)
{
  Opening *opening = g_new0 (Opening, 1);

  opening->app = g_object_ref (self);
  opening->window = g_object_ref (get_target_window (self));
  opening->path = g_strdup (path);
  fk_window_set_loading (opening->window, path);
  gtk_window_present (GTK_WINDOW (opening->window));
  fk_session_open_async (path, NULL, session_opened_cb, opening);
}

void
fk_application_open_file (FkApplication *self,
                          GFile         *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  FkWindow *window;

  g_return_if_fail (FK_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  /* The same study twice: show the window that has it. */
  window = find_window_for_file (self, file);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Only studies on this computer can be opened."));
      show_open_error (self, uri, error);
      return;
    }
  if (fk_session_is_response_file (file))
    open_session_in_background (self, path);
  else
    open_in_background (self, path, FALSE);
}

void
fk_application_open_default (FkApplication *self)
{
  g_autofree char *path = fk_study_get_default_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  FkWindow *window;

  g_return_if_fail (FK_IS_APPLICATION (self));

  window = find_window_for_file (self, file);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }
  open_in_background (self, path, TRUE);
}

/* ---- actions ------------------------------------------------------------ */

static void
new_action (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  FkApplication *self = user_data;

  fk_study_dialog_new (self, gtk_application_get_active_window (GTK_APPLICATION (self)));
}

static void
open_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  FkApplication *self = user_data;

  fk_study_dialog_open (self, gtk_application_get_active_window (GTK_APPLICATION (self)));
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  FkApplication *self = user_data;
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  fk_application_open_file (self, file);
}

static void
open_default_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  fk_application_open_default (user_data);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  FkApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *prefs;

  prefs = GTK_WINDOW (fk_preferences_window_new (fk_application_get_settings (self)));
  gtk_window_set_transient_for (prefs, parent);
  gtk_window_set_modal (prefs, TRUE);
  gtk_window_present (prefs);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  FkApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "Fyrbodals kommunalförbund", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Förmågekarta"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", "Fyrbodals kommunalförbund",
                        "developers", developers,
                        "copyright", "© 2020–2024 Fyrbodals kommunalförbund",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://www.fyrbodal.se",
                        "comments", _("Capability mapping for municipalities that plan to collaborate on IT and digitalisation"),
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
help_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  FkApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *help;

  /* One help window is enough. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (FK_IS_HELP_WINDOW (l->data))
      {
        gtk_window_present (l->data);
        return;
      }

  help = GTK_WINDOW (fk_help_window_new ());
  gtk_window_set_transient_for (help, parent);
  gtk_window_set_application (help, GTK_APPLICATION (self));
  gtk_window_present (help);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  FkApplication *self = user_data;
  GList *windows;

  /* Close (not destroy) the windows, so they save their size and view; the
   * application ends with its last window. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "new", new_action },
  { "open", open_action },
  { "open-recent", open_recent_action, "s" },
  { "open-default", open_default_action },
  { "preferences", preferences_action },
  { "about", about_action },
  { "help", help_action },
  { "quit", quit_action },
};

/* ---- GApplication ------------------------------------------------------- */

static void
fk_application_startup (GApplication *application)
{
  GtkApplication *app = GTK_APPLICATION (application);

  G_APPLICATION_CLASS (fk_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);

  gtk_application_set_accels_for_action (app, "app.new", (const char *[]) { "<Control>n", NULL });
  gtk_application_set_accels_for_action (app, "app.open", (const char *[]) { "<Control>o", NULL });
  gtk_application_set_accels_for_action (app, "app.preferences", (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (app, "app.help", (const char *[]) { "F1", NULL });
  gtk_application_set_accels_for_action (app, "app.quit", (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (app, "window.close", (const char *[]) { "<Control>w", NULL });
  gtk_application_set_accels_for_action (app, "win.show-help-overlay", (const char *[]) { "<Control>question", NULL });
}

static void
fk_application_activate (GApplication *application)
{
  FkApplication *self = FK_APPLICATION (application);
  GtkWindow *window;
  g_autofree char *last = NULL;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  /* Reopen the study of last time if it is still there, else the default. */
  last = g_settings_get_string (fk_application_get_settings (self), "last-study");
  if (last[0] != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GFile) file = g_file_new_for_path (last);
      fk_application_open_file (self, file);
    }
  else
    fk_application_open_default (self);
}

static void
fk_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  FkApplication *self = FK_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    fk_application_open_file (self, files[i]);
}

static void
fk_application_dispose (GObject *object)
{
  FkApplication *self = FK_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fk_application_parent_class)->dispose (object);
}

static void
fk_application_class_init (FkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = fk_application_dispose;

  app_class->startup = fk_application_startup;
  app_class->activate = fk_application_activate;
  app_class->open = fk_application_open;
}

static void
fk_application_init (FkApplication *self)
{
}
