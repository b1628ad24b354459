/* fk-window.c — a main window: one study, shown as a stack of pages
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-window"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-overview-page.h"
#include "fk-profile-view.h"
#include "fk-compare-page.h"
#include "fk-export-dialog.h"
#include "fk-heatmap-export.h"
#include "fk-candidates-page.h"
#include "fk-scenarios-page.h"
#include "fk-page-switcher-bar.h"
#include "fk-import-dialog.h"
#include "fk-import-drop.h"
#include "fk-collect-page.h"
#include "fk-respondent-dialog.h"
#include "fk-round-dialog.h"
#include "fk-scoring-view.h"
#include "fk-session-bar.h"
#include "fk-session-reminder.h"
#include "fk-session-send.h"
#include "fk-window.h"
#include "fk-ui-resources.h"

#define MAX_RECENT 10
#define POLL_SECONDS 2

struct _FkWindow
{
  AdwApplicationWindow  parent_instance;

  FkStudy              *study;
  gulong                changed_handler;
  gulong                pending_handler;
  gulong                waiting_handler;
  gulong                failed_handler;
  guint                 poll_source;
  GFileMonitor         *monitors[2];   /* the study file and its -wal */

  GSettings            *settings;
  gboolean              close_anyway;  /* the user chose to close with unsaved comments */
  gboolean              close_when_saved;  /* closing waits for queued answers */
  GtkWidget            *pending_dialog;
  char                 *loading_path;  /* the study being opened for this window */
  gboolean              presenting;    /* follows the Compare or Candidates page's presenting */
  gboolean              was_fullscreen; /* before presenting: restored after */
  gboolean              was_maximized;

  /* Template widgets */
  GtkWidget            *header_bar;
  FkComparePage        *compare_page;
  FkCandidatesPage     *candidates_page;
  FkCollectPage        *collect_page;
  AdwViewSwitcherTitle *switcher_title;
  FkPageSwitcherBar    *switcher_bar;
  AdwViewStack         *view_stack;
  GtkStack             *main_stack;
  AdwToastOverlay      *toast_overlay;
  FkSessionBar         *session_bar;
  AdwStatusPage        *loading_page;
  GtkSpinner           *loading_spinner;
  FkScoringView        *scoring_view;
  GtkRevealer          *read_only_revealer;
  GtkLabel             *read_only_label;
  GtkWidget            *pending_box;
  GtkLabel             *pending_label;
  GMenu                *recent_menu;
};

G_DEFINE_FINAL_TYPE (FkWindow, fk_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STUDY,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_pending (FkWindow *self);
static void update_read_only (FkWindow *self);
static void update_export_annex (FkWindow *self);

FkWindow *
fk_window_new (GtkApplication *application,
               FkStudy        *study)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (study == NULL || FK_IS_STUDY (study), NULL);

  return g_object_new (FK_TYPE_WINDOW,
                       "application", application,
                       "study", study,
                       NULL);
}

FkStudy *
fk_window_get_study (FkWindow *self)
{
  g_return_val_if_fail (FK_IS_WINDOW (self), NULL);

  return self->study;
}

/* ---- pages -------------------------------------------------------------- */

const char *
fk_window_get_visible_page (FkWindow *self)
{
  g_return_val_if_fail (FK_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
fk_window_set_visible_page (FkWindow   *self,
                            const char *name)
{
  g_return_if_fail (FK_IS_WINDOW (self));

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* "win.show-page" (s): Alt+1 … Alt+7, the pages in switcher order; a
 * page the window hides (a response being filled in) is not shown. */
static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FkWindow *self = FK_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  GtkWidget *child = adw_view_stack_get_child_by_name (self->view_stack, name);

  if (child != NULL && gtk_widget_get_visible (child) &&
      adw_view_stack_page_get_visible (adw_view_stack_get_page (self->view_stack, child)))
    fk_window_set_visible_page (self, name);
}

/* A municipality activated on the overview: score it. */
static void
overview_municipality_activated_cb (FkOverviewPage *overview,
                                    const char     *code,
                                    FkWindow       *self)
{
  fk_scoring_view_set_municipality (self->scoring_view, code);
  fk_window_set_visible_page (self, "scoring");
}

/* "Show in Heatmap" on the Candidates page: the capability on the
 * Compare page, in the same round. */
static void
candidates_show_in_heatmap_cb (FkCandidatesPage *page,
                               gint64            round_id,
                               guint             capability,
                               FkWindow         *self)
{
  fk_window_set_visible_page (self, "compare");
  fk_compare_page_show_capability (self->compare_page, round_id, capability);
}

/* ---- presentation mode -------------------------------------------------- */

/* The page that presents, or NULL: the Compare page (presentation mode)
 * or the Candidates page (its list for a room). */
static const char *
presenting_page (FkWindow *self)
{
  if (fk_compare_page_get_presenting (self->compare_page))
    return "compare";
  if (fk_candidates_page_get_presenting (self->candidates_page))
    return "candidates";
  return NULL;
}

/* The page decides (its button, F11 here, Escape there); the window
 * follows: fullscreen, without the header bar, the view switcher, the
 * read-only banner and the response strip, and back to how it was. */
static void
follow_presentation (FkWindow *self)
{
  const char *page = presenting_page (self);
  gboolean on = page != NULL;

  if (on == self->presenting)
    return;
  self->presenting = on;
  if (on)
    {
      self->was_fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self));
      self->was_maximized = gtk_window_is_maximized (GTK_WINDOW (self));
      fk_window_set_visible_page (self, page);
    }
  gtk_widget_set_visible (self->header_bar, !on);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), !on);
  gtk_widget_set_visible (GTK_WIDGET (self->read_only_revealer), !on);
  gtk_widget_set_visible (GTK_WIDGET (self->session_bar), !on);
  /* The file chooser's recent files would show on the wall. */
  update_read_only (self);
  if (!self->was_fullscreen)
    {
      if (on)
        gtk_window_fullscreen (GTK_WINDOW (self));
      else
        gtk_window_unfullscreen (GTK_WINDOW (self));
    }
  if (!on && self->was_maximized && !gtk_window_is_maximized (GTK_WINDOW (self)))
    gtk_window_maximize (GTK_WINDOW (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

/* Another page shown (a shortcut that switches pages): presenting ends. */
static void
visible_page_changed_cb (FkWindow *self)
{
  const char *page = presenting_page (self);

  if (page == NULL || g_strcmp0 (fk_window_get_visible_page (self), page) == 0)
    return;
  fk_compare_page_set_presenting (self->compare_page, FALSE);
  fk_candidates_page_set_presenting (self->candidates_page, FALSE);
}

gboolean
fk_window_get_presenting (FkWindow *self)
{
  g_return_val_if_fail (FK_IS_WINDOW (self), FALSE);

  return self->presenting;
}

void
fk_window_set_presenting (FkWindow *self,
                          gboolean  presenting)
{
  g_return_if_fail (FK_IS_WINDOW (self));

  if (presenting && self->study == NULL)
    return;
  if (!presenting)
    {
      fk_compare_page_set_presenting (self->compare_page, FALSE);
      fk_candidates_page_set_presenting (self->candidates_page, FALSE);
      return;
    }
  /* The Candidates page presents itself; from any other page, the
   * Compare page, which is what a room is shown. */
  if (g_strcmp0 (fk_window_get_visible_page (self), "candidates") == 0)
    {
      fk_candidates_page_set_presenting (self->candidates_page, TRUE);
      return;
    }
  fk_window_set_visible_page (self, "compare");
  fk_compare_page_set_presenting (self->compare_page, TRUE);
}

/* ---- the study ---------------------------------------------------------- */

static void
update_title (FkWindow *self)
{
  if (self->study == NULL)
    {
      adw_view_switcher_title_set_title (self->switcher_title, _("Förmågekarta"));
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Förmågekarta"));
      /* No study, no pages to switch to: just the title. */
      adw_view_switcher_title_set_stack (self->switcher_title, NULL);
      fk_page_switcher_bar_set_stack (self->switcher_bar, NULL);
    }
  else
    {
      g_autofree char *file_name = g_filename_display_basename (fk_study_get_path (self->study));
      const char *title = fk_study_get_title (self->study);

      /* A response being filled in: the file it came from, not the
       * working study's made-up name. */
      if (fk_response_session_is_session (self->study))
        {
          g_autofree char *source = fk_response_session_get_source_name (self->study);

          if (source != NULL)
            {
              g_free (file_name);
              file_name = g_filename_display_name (source);
            }
        }

      adw_view_switcher_title_set_title (self->switcher_title, title);
      adw_view_switcher_title_set_subtitle (self->switcher_title, file_name);
      gtk_window_set_title (GTK_WINDOW (self), title);
      adw_view_switcher_title_set_stack (self->switcher_title, self->view_stack);
      fk_page_switcher_bar_set_stack (self->switcher_bar, self->view_stack);
    }
}

static void
update_read_only (FkWindow *self)
{
  const char *reason = NULL;

  if (self->study != NULL && fk_study_is_read_only (self->study))
    {
      reason = fk_study_get_read_only_reason (self->study);
      if (reason == NULL)
        reason = _("Changes to this study cannot be saved.");
    }
  /* Plain text: the reason may quote a file name. */
  gtk_label_set_text (self->read_only_label, reason ? reason : "");
  gtk_revealer_set_reveal_child (self->read_only_revealer, reason != NULL);

  /* Actions that write to the study. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-round",
                                 self->study != NULL && !fk_study_is_read_only (self->study) &&
                                 /* A response is for the round it names. */
                                 !fk_response_session_is_session (self->study));
  /* Responses go into the lead's study, not into one being filled in. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import",
                                 self->study != NULL && !fk_study_is_read_only (self->study) &&
                                 !fk_response_session_is_session (self->study) &&
                                 !self->presenting);
}

/* The title bar shows the title; the banner and the actions follow the
 * read-only state. Nothing else here depends on the study's contents. */
static void
study_changed_cb (FkWindow            *self,
                  const FkStudyChange *change)
{
  if (change->what & FK_STUDY_CHANGE_METADATA)
    update_title (self);
  if (change->what & FK_STUDY_CHANGE_STATE)
    {
      update_read_only (self);
      update_pending (self);
    }
  if (change->what & FK_STUDY_CHANGE_ROUNDS)
    update_export_annex (self);
}

static gboolean
poll_cb (gpointer user_data)
{
  FkWindow *self = user_data;

  if (self->study != NULL)
    fk_study_check_external_changes (self->study);
  return G_SOURCE_CONTINUE;
}

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 FkWindow          *self)
{
  if (self->study != NULL && event != G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED)
    fk_study_check_external_changes (self->study);
}

static void
stop_watching (FkWindow *self)
{
  g_clear_handle_id (&self->poll_source, g_source_remove);
  for (guint i = 0; i < G_N_ELEMENTS (self->monitors); i++)
    if (self->monitors[i] != NULL)
      {
        g_signal_handlers_disconnect_by_data (self->monitors[i], self);
        g_file_monitor_cancel (self->monitors[i]);
        g_clear_object (&self->monitors[i]);
      }
}

/* Every window follows edits by other processes (the CLI, a second copy),
 * focused or not: a projected window must not go stale. The file monitors
 * see most writes at once; inotify may miss writes to the -wal file on
 * some file systems, so a cheap poll (one PRAGMA) runs as well. */
static void
start_watching (FkWindow *self)
{
  const char *path = fk_study_get_path (self->study);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  const char *paths[] = { path, wal };

  stop_watching (self);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);

      /* No monitor (no inotify, a remote file system): the poll does it. */
      self->monitors[i] = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, NULL);
      if (self->monitors[i] != NULL)
        g_signal_connect (self->monitors[i], "changed", G_CALLBACK (file_changed_cb), self);
    }
  self->poll_source = g_timeout_add_seconds (POLL_SECONDS, poll_cb, self);
}

/* Coming back to the window: look at once, not at the next poll. */
static void
active_changed_cb (FkWindow *self)
{
  if (self->study != NULL && gtk_window_is_active (GTK_WINDOW (self)))
    fk_study_check_external_changes (self->study);
}

/* ---- answers waiting to be written --------------------------------------- */

static void
update_pending (FkWindow *self)
{
  guint n = self->study != NULL ? fk_study_get_n_pending (self->study) : 0;

  gtk_widget_set_visible (self->pending_box, n > 0);
  if (n == 0)
    {
      if (self->close_when_saved)
        {
          /* What closing waited for is written. */
          self->close_when_saved = FALSE;
          self->close_anyway = TRUE;
          if (self->pending_dialog != NULL)
            gtk_window_destroy (GTK_WINDOW (self->pending_dialog));
          gtk_window_close (GTK_WINDOW (self));
        }
      return;
    }
  if (fk_study_is_read_only (self->study))
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u answer not saved", "%u answers not saved", n), n);
      gtk_label_set_text (self->pending_label, text);
    }
  else if (fk_study_is_waiting (self->study))
    gtk_label_set_text (self->pending_label, _("Waiting for another program…"));
  else
    gtk_label_set_text (self->pending_label, _("Saving…"));
}

/* A queued undo that met an answer changed elsewhere: say it. */
static void
write_failed_cb (FkWindow     *self,
                 const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("A Change Was Not Saved"), NULL);

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_to_recent (FkWindow *self)
{
  g_autoptr(GFile) file = g_file_new_for_path (fk_study_get_path (self->study));
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = (char *) fk_study_get_title (self->study),
    .mime_type = (char *) FK_STUDY_MIME_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "formagekarta %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static void
disconnect_study (FkWindow *self)
{
  if (self->study == NULL)
    return;
  g_clear_signal_handler (&self->changed_handler, self->study);
  g_clear_signal_handler (&self->pending_handler, self->study);
  g_clear_signal_handler (&self->waiting_handler, self->study);
  g_clear_signal_handler (&self->failed_handler, self->study);
}

/* The pages a window filling in a response does without. */
static const char *const session_hidden_pages[] = { "overview", "profile", "compare", "candidates", "scenarios", "collect" };

/* A response being filled in opens on its municipality's Scoring page;
 * the file says who scores, so nobody is asked. */
static void
show_session (FkWindow *self)
{
  g_autofree char *code = NULL;
  gboolean session = self->study != NULL && fk_response_session_is_session (self->study);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.send-back", session);
  /* Collecting is the lead's work: a window filling in a response has
   * nothing to collect and sends its one response back instead. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-response",
                                 self->study != NULL && !session);
  /* A working study holds one municipality: only its Scoring page says
   * anything (the others would compare it with itself, in a "region" of
   * one without a population). */
  for (guint i = 0; i < G_N_ELEMENTS (session_hidden_pages); i++)
    {
      GtkWidget *child = adw_view_stack_get_child_by_name (self->view_stack, session_hidden_pages[i]);

      if (child != NULL)
        adw_view_stack_page_set_visible (adw_view_stack_get_page (self->view_stack, child), !session);
    }
  if (!session)
    return;
  code = fk_response_session_get_municipality (self->study);
  fk_scoring_view_set_municipality (self->scoring_view, code);
  fk_scoring_view_set_round_id (self->scoring_view, fk_response_session_get_round_id (self->study));
  fk_window_set_visible_page (self, "scoring");
}

void
fk_window_add_toast (FkWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (FK_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
fk_window_set_study (FkWindow *self,
                     FkStudy  *study)
{
  g_return_if_fail (FK_IS_WINDOW (self));
  g_return_if_fail (study == NULL || FK_IS_STUDY (study));

  if (self->study == study)
    return;

  fk_window_set_presenting (self, FALSE);
  stop_watching (self);
  disconnect_study (self);
  g_set_object (&self->study, study);

  if (study != NULL)
    {
      self->changed_handler = g_signal_connect_object (study, "changed",
                                                       G_CALLBACK (study_changed_cb),
                                                       self, G_CONNECT_SWAPPED);
      self->pending_handler = g_signal_connect_object (study, "notify::n-pending",
                                                       G_CALLBACK (update_pending),
                                                       self, G_CONNECT_SWAPPED);
      self->waiting_handler = g_signal_connect_object (study, "notify::waiting",
                                                       G_CALLBACK (update_pending),
                                                       self, G_CONNECT_SWAPPED);
      self->failed_handler = g_signal_connect_object (study, "write-failed",
                                                      G_CALLBACK (write_failed_cb),
                                                      self, G_CONNECT_SWAPPED);
      start_watching (self);
      /* A working study is reached through its response file, never
       * reopened as a study of its own at the next start. */
      if (!fk_response_session_is_session (study))
        {
          add_to_recent (self);
          g_settings_set_string (self->settings, "last-study", fk_study_get_path (study));
        }
    }

  /* The pages bind their "study" to ours (fk-window.ui): they have it
   * before they are shown. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDY]);

  g_clear_pointer (&self->loading_path, g_free);
  gtk_spinner_stop (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->main_stack, study ? "study" : "empty");
  update_title (self);
  update_read_only (self);
  update_pending (self);
  /* Presenting needs a study (and switches to its Compare page). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present", study != NULL);
  show_session (self);
  update_export_annex (self);
}

void
fk_window_set_loading (FkWindow   *self,
                       const char *path)
{
  g_autofree char *name = NULL;
  g_autofree char *escaped = NULL;

  g_return_if_fail (FK_IS_WINDOW (self));

  if (path == NULL)
    {
      g_clear_pointer (&self->loading_path, g_free);
      gtk_spinner_stop (self->loading_spinner);
      gtk_stack_set_visible_child_name (self->main_stack, self->study ? "study" : "empty");
      return;
    }
  g_return_if_fail (self->study == NULL);
  g_free (self->loading_path);
  self->loading_path = g_strdup (path);
  /* The file's name as it is: AdwStatusPage's description is markup. */
  name = g_filename_display_basename (path);
  escaped = g_markup_escape_text (name, -1);
  adw_status_page_set_description (self->loading_page, escaped);
  gtk_spinner_start (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
}

const char *
fk_window_get_loading_path (FkWindow *self)
{
  g_return_val_if_fail (FK_IS_WINDOW (self), NULL);

  return self->loading_path;
}

/* ---- new round ---------------------------------------------------------- */

/* The round just added is the one to score next. */
static void
round_added_cb (FkWindow *self,
                gint64    round_id)
{
  fk_scoring_view_set_round_id (self->scoring_view, round_id);
}

static void
new_round_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  FkWindow *self = FK_WINDOW (widget);
  FkRoundDialog *dialog;

  if (self->study == NULL || fk_study_is_read_only (self->study))
    return;
  dialog = fk_round_dialog_new (GTK_WINDOW (self), self->study);
  g_signal_connect_object (dialog, "round-added", G_CALLBACK (round_added_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- import ------------------------------------------------------------- */

/* Response files and spreadsheet forms, chosen, then the import dialog
 * (src/ui/collect/fk-import-dialog.c); dropped files go there too. */
static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  FkWindow *self = FK_WINDOW (widget);

  if (self->study == NULL || fk_study_is_read_only (self->study) ||
      fk_response_session_is_session (self->study))
    return;
  fk_import_dialog_choose_files (GTK_WINDOW (self), self->study);
}

/* "win.export-response" (s): a municipality's response file, through the
 * Collect page's dialog; "" (the primary menu) is the municipality the
 * user scores. */
static void
export_response_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  FkWindow *self = FK_WINDOW (widget);
  const char *code = g_variant_get_string (param, NULL);

  if (self->study == NULL)
    return;
  if (*code == '\0')
    code = fk_scoring_view_get_municipality (self->scoring_view);
  if (code != NULL)
    {
      fk_collect_page_export_response (self->collect_page, code);
      return;
    }
  /* Nobody scored here yet: every municipality's row has the export. */
  fk_window_set_visible_page (self, "collect");
  fk_window_add_toast (self, adw_toast_new (_("Choose the municipality whose response to export.")));
}

/* ---- the annex and the data annex ----------------------------------------- */

/* A round to export, in the lead's study (a response being filled in
 * holds one municipality: no annex of it). */
static void
update_export_annex (FkWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-annex",
                                 self->study != NULL && fk_study_get_latest_round (self->study) != NULL &&
                                 !fk_response_session_is_session (self->study));
}

static void
annex_exported_cb (FkWindow *self,
                   GFile    *file)
{
  g_autofree char *name = fk_figure_export_escaped_name (file);
  /* Translators: %s is a file name */
  g_autofree char *title = g_strdup_printf (_("Saved as “%s”."), name);

  fk_window_add_toast (self, fk_figure_export_done_toast (file, NULL, title, "win.open-export"));
}

/* "win.export-annex": the export dialog (src/ui/export/). */
static void
export_annex_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  FkWindow *self = FK_WINDOW (widget);
  FkExportDialog *dialog;

  if (self->study == NULL || fk_study_get_latest_round (self->study) == NULL)
    return;
  dialog = fk_export_dialog_new (GTK_WINDOW (self), self->study);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (annex_exported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* "win.open-export" (s): the toast's Open, the file's URI. */
static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  fk_figure_export_open_uri (widget, g_variant_get_string (param, NULL));
}

/* The banner's "Try Again": another program may have let go of the
 * study, or space may have been freed. */
static void
retry_write_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  FkWindow *self = FK_WINDOW (widget);

  if (self->study == NULL)
    return;
  if (!fk_study_retry_writable (self->study))
    {
      /* The reason may have changed (another program, now a full disk). */
      update_read_only (self);
      gtk_widget_error_bell (GTK_WIDGET (self));
    }
}

/* ---- sending back a response ---------------------------------------------- */

/* What is typed and queued goes into the file too. */
static void
send_back_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  FkWindow *self = FK_WINDOW (widget);

  if (self->study == NULL || !fk_response_session_is_session (self->study))
    return;
  fk_scoring_view_flush (self->scoring_view);
  fk_study_flush_pending (self->study);
  fk_session_send_back (self, self->study, NULL, NULL, NULL);
}

/* ---- who is scoring ----------------------------------------------------- */

/* Answered or skipped: not asked again, in any study. */
static void
stop_asking_who_scores (FkWindow *self)
{
  g_settings_set_boolean (self->settings, "ask-who-scores", FALSE);
}

/* Scoring starts in the chosen municipality, under the name given. */
static void
who_scores_chosen_cb (FkWindow   *self,
                      const char *code)
{
  stop_asking_who_scores (self);
  fk_scoring_view_set_municipality (self->scoring_view, code);
  fk_window_set_visible_page (self, "scoring");
}

GtkWindow *
fk_window_ask_who_scores (FkWindow *self)
{
  gboolean known = TRUE;
  FkRespondentDialog *dialog;

  g_return_val_if_fail (FK_IS_WINDOW (self), NULL);

  /* A study that cannot be read says so on its pages; not asking is enough. */
  if (self->study == NULL || fk_study_is_read_only (self->study) ||
      fk_response_session_is_session (self->study) ||
      !g_settings_get_boolean (self->settings, "ask-who-scores") ||
      !fk_study_has_respondents (self->study, &known, NULL) || known)
    return NULL;

  dialog = fk_respondent_dialog_new (GTK_WINDOW (self), self->study);
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (who_scores_chosen_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "skipped", G_CALLBACK (stop_asking_who_scores), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

/* ---- recent studies ----------------------------------------------------- */

static gboolean
is_study (GtkRecentInfo *info)
{
  const char *uri = gtk_recent_info_get_uri (info);

  if (!gtk_recent_info_is_local (info) || !gtk_recent_info_exists (info))
    return FALSE;
  return g_strcmp0 (gtk_recent_info_get_mime_type (info), FK_STUDY_MIME_TYPE) == 0 ||
         g_str_has_suffix (uri, FK_STUDY_EXTENSION);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ma = gtk_recent_info_get_modified (*(GtkRecentInfo **) a);
  GDateTime *mb = gtk_recent_info_get_modified (*(GtkRecentInfo **) b);

  return g_date_time_compare (mb, ma);
}

static void
update_recent_menu (FkWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autoptr(GPtrArray) studies = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  GList *items = gtk_recent_manager_get_items (manager);

  for (GList *l = items; l; l = l->next)
    if (is_study (l->data))
      g_ptr_array_add (studies, gtk_recent_info_ref (l->data));
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (studies, compare_recent);

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < studies->len && i < MAX_RECENT; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (studies, i);
      g_autofree char *path = g_filename_from_uri (gtk_recent_info_get_uri (info), NULL, NULL);
      g_autofree char *name = g_filename_display_basename (path);
      g_auto(GStrv) parts = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      /* Menu labels take "_" as a mnemonic; file names must show as they are. */
      parts = g_strsplit (name, "_", -1);
      label = g_strjoinv ("__", parts);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "app.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
    }
}

/* ---- GtkWindow ---------------------------------------------------------- */

static void
save_state (FkWindow *self)
{
  const char *page = fk_window_get_visible_page (self);
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (page != NULL)
    g_settings_set_string (self->settings, "last-view", page);
  g_settings_apply (self->settings);
}

static gboolean
close_later_cb (gpointer window)
{
  gtk_window_close (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

/* The user decided: close without asking again. */
static void
close_now (gpointer window,
           gpointer unused)
{
  FkWindow *self = window;

  self->close_anyway = TRUE;
  /* Not from inside a dialog's own signal: it is transient for us. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_later_cb, g_object_ref (self), g_object_unref);
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   FkWindow         *self)
{
  if (g_strcmp0 (response, "close") != 0)
    return;
  self->close_anyway = TRUE;
  /* Not from inside the dialog's own signal: it is transient for us. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_later_cb, g_object_ref (self), g_object_unref);
}

/* "Keep Open" (the default) or @close_label (response "close"). */
static void
ask_before_closing (FkWindow   *self,
                    GtkWidget  *dialog,
                    const char *close_label,
                    GCallback   response_cb)
{
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Open"),
                                    "close", close_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", response_cb, self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Comments that could not be written (full disk, lost permission) are
 * still on screen, selectable: closing would lose them, so ask first. */
static gboolean
confirm_unsaved_comments (FkWindow *self)
{
  GtkWidget *dialog;
  guint n;

  if (self->close_anyway)
    return FALSE;
  n = fk_scoring_view_count_unsaved (self->scoring_view);
  if (n == 0)
    return FALSE;

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   ngettext ("A Comment Is Not Saved", "Comments Are Not Saved", n),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  ngettext ("%u comment could not be written to the study. It is marked on the Scoring page; select and copy it before closing, or it is lost.",
                                            "%u comments could not be written to the study. They are marked on the Scoring page; select and copy them before closing, or they are lost.",
                                            n),
                                  n);
  fk_window_set_visible_page (self, "scoring");
  ask_before_closing (self, dialog, _("_Close Anyway"), G_CALLBACK (close_response_cb));
  return TRUE;
}

static void
pending_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     FkWindow         *self)
{
  self->pending_dialog = NULL;
  if (g_strcmp0 (response, "close") != 0)
    self->close_when_saved = FALSE;
  close_response_cb (dialog, response, self);
}

/* Answers still queued are written before the window goes: waiting for
 * another program, the window closes once they are; if they cannot be
 * written (full disk), the user decides. */
static gboolean
confirm_pending (FkWindow *self)
{
  GtkWidget *dialog;
  guint n;

  if (self->close_anyway || self->study == NULL || fk_study_flush_pending (self->study))
    return FALSE;
  if (self->pending_dialog != NULL)
    return TRUE;
  n = fk_study_get_n_pending (self->study);
  if (fk_study_is_read_only (self->study))
    {
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Answers Are Not Saved"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      ngettext ("%u answer could not be written to the study yet. Use Try Again once the problem is solved, or it is lost.",
                                                "%u answers could not be written to the study yet. Use Try Again once the problem is solved, or they are lost.",
                                                n),
                                      n);
    }
  else
    {
      self->close_when_saved = TRUE;
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Waiting to Save Answers"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      ngettext ("Another program is writing to the study. %u answer waits to be saved; the window closes as soon as it is.",
                                                "Another program is writing to the study. %u answers wait to be saved; the window closes as soon as they are.",
                                                n),
                                      n);
    }
  self->pending_dialog = dialog;
  ask_before_closing (self, dialog, _("Close _Without Saving"), G_CALLBACK (pending_response_cb));
  return TRUE;
}

static gboolean
fk_window_close_request (GtkWindow *window)
{
  FkWindow *self = FK_WINDOW (window);

  if (confirm_pending (self))
    return TRUE;   /* stay open until written, or until the user decides */
  if (confirm_unsaved_comments (self))
    return TRUE;   /* stay open */
  if (!self->close_anyway &&
      fk_session_remind_before_close (self, self->study, close_now))
    return TRUE;   /* stay open until the user decides */
  save_state (self);

  return GTK_WINDOW_CLASS (fk_window_parent_class)->close_request (window);
}

/* ---- GObject ------------------------------------------------------------ */

static void
fk_window_dispose (GObject *object)
{
  FkWindow *self = FK_WINDOW (object);

  stop_watching (self);
  disconnect_study (self);
  g_clear_object (&self->study);
  g_clear_pointer (&self->loading_path, g_free);   /* a late open is dropped */

  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_WINDOW);

  G_OBJECT_CLASS (fk_window_parent_class)->dispose (object);
}

static void
fk_window_finalize (GObject *object)
{
  FkWindow *self = FK_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fk_window_parent_class)->finalize (object);
}

static void
fk_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FkWindow *self = FK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      g_value_set_object (value, self->study);
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  FkWindow *self = FK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      fk_window_set_study (self, g_value_get_object (value));
      break;
    case PROP_PRESENTING:
      fk_window_set_presenting (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_window_class_init (FkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fk_window_dispose;
  object_class->finalize = fk_window_finalize;
  object_class->get_property = fk_window_get_property;
  object_class->set_property = fk_window_set_property;

  window_class->close_request = fk_window_close_request;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL,
                         FK_TYPE_STUDY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FK_TYPE_OVERVIEW_PAGE);
  g_type_ensure (FK_TYPE_SCORING_VIEW);
  g_type_ensure (FK_TYPE_PROFILE_VIEW);
  g_type_ensure (FK_TYPE_COMPARE_PAGE);
  g_type_ensure (FK_TYPE_CANDIDATES_PAGE);
  g_type_ensure (FK_TYPE_SCENARIOS_PAGE);
  g_type_ensure (FK_TYPE_COLLECT_PAGE);
  g_type_ensure (FK_TYPE_SESSION_BAR);
  g_type_ensure (FK_TYPE_PAGE_SWITCHER_BAR);
  /* Referencing the resource links it in from the static library, whose
   * constructor registers it. */
  (void) fk_ui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FkWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, compare_page);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, candidates_page);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, collect_page);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, session_bar);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, scoring_view);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, pending_box);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, pending_label);
  gtk_widget_class_bind_template_child (widget_class, FkWindow, recent_menu);
  gtk_widget_class_bind_template_callback (widget_class, overview_municipality_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, candidates_show_in_heatmap_cb);

  /* "win." as GtkApplicationWindow's own actions (win.show-help-overlay). */
  gtk_widget_class_install_action (widget_class, "win.new-round", NULL, new_round_action);
  gtk_widget_class_install_action (widget_class, "win.retry-write", NULL, retry_write_action);
  gtk_widget_class_install_action (widget_class, "win.export-response", "s", export_response_action);
  gtk_widget_class_install_action (widget_class, "win.send-back", NULL, send_back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.send-back", NULL);
  gtk_widget_class_install_action (widget_class, "win.export-annex", NULL, export_annex_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-annex", NULL);
  gtk_widget_class_install_action (widget_class, "win.open-export", "s", open_export_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  {
    static const char *const pages[] = { "overview", "scoring", "profile", "compare", "candidates", "scenarios", "collect" };

    for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK, "win.show-page", "s", pages[i]);
  }
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
  /* Presentation mode: a toggle of "presenting", F11 in and out. A
   * binding of the window's class rather than an application accelerator:
   * every window has it, with or without the application (tests). */
  gtk_widget_class_install_property_action (widget_class, "win.present", "presenting");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.present", NULL);
}

static void
fk_window_init (FkWindow *self)
{
  g_autofree char *last_view = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  last_view = g_settings_get_string (self->settings, "last-view");
  fk_window_set_visible_page (self, last_view);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);

  g_signal_connect (self, "notify::is-active", G_CALLBACK (active_changed_cb), NULL);

  /* Response files dropped anywhere on the window are imported, studies
   * opened (fk-import-drop.c). */
  gtk_widget_add_controller (GTK_WIDGET (self->main_stack),
                             GTK_EVENT_CONTROLLER (fk_import_drop_target_new ()));

  /* The read-only banner says it for every page. */
  fk_scoring_view_set_read_only_notice (self->scoring_view, FALSE);

  g_signal_connect_object (self->compare_page, "notify::presenting",
                           G_CALLBACK (follow_presentation), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->candidates_page, "notify::presenting",
                           G_CALLBACK (follow_presentation), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (visible_page_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.send-back", FALSE);
  update_export_annex (self);

  update_title (self);
  update_read_only (self);
}
