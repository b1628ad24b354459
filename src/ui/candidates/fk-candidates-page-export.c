/* fk-candidates-page-export.c — the Candidates page's figure written to a file
 *
 * "candidates.export" (its parameter: how many candidates, 0 for all;
 * the Export menu offers the ten best and all of them, Ctrl+E the ten
 * best) asks for a file and writes the candidates figure
 * (fk_candidates_chart_new(), fk_candidates_chart_write()) as PNG, SVG
 * or PDF, the way the Compare page exports its heatmap and with the
 * same parts (fk-heatmap-export.h): the file chooser, the name offered,
 * the toasts, Open.
 *
 * The figure is the ranking the page shows: its round and the study's
 * weights (the FkCandidates it ranked, not a second ranking), the
 * palette of Preferences and, anonymised, the page's anonymizer, so the
 * participants, hosts and reasons are letters and the name offered ends
 * in "-anonymised". The area and size filters narrow the list on screen
 * only: the figure is the top of the whole ranking, with its ranks.
 * The drawing and the disk are a worker thread's (fk_snapshot_task_run_async()
 * on the ranking's snapshot): the figure reads only the immutable
 * ranking, its own copy of the options and a held anonymizer. Its words
 * are in the content language, like its names, whatever the UI's.
 */
#define G_LOG_DOMAIN "fk-candidates-page"
#include "config.h"
#include "fk-candidates-page-private.h"
#include "fk-candidates-chart.h"
#include "fk-content-language.h"
#include "fk-error.h"
#include "fk-heatmap-export.h"
#include "fk-snapshot-task.h"
#include "fk-text.h"

#include <glib/gi18n.h>

#define DEFAULT_LIMIT 10

typedef struct _FkCandidatesExport
{
  GtkNativeDialog *chooser;      /* while open */
  guint            limit;        /* of the export the chooser asks for */
  GCancellable    *cancellable;  /* cancelled when the page goes */
  GFile           *folder;       /* where the last export went: the next starts there */
  gboolean         exporting;
} FkCandidatesExport;

typedef struct {
  FkCandidates             *candidates;
  FkCandidatesChartOptions  options;   /* its anonymizer held */
  char                     *language;
  char                     *path;
  FkExportFormat            format;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  fk_candidates_unref (job->candidates);
  g_clear_pointer (&job->options.anonymizer, fk_anonymizer_unref);
  g_free (job->language);
  g_free (job->path);
  g_free (job);
}

/* In the worker thread. */
static gpointer
export_work (FkRoundSnapshot  *snapshot,
             gpointer          data,
             GCancellable     *cancellable,
             GError          **error)
{
  ExportJob *job = data;
  g_autoptr(FkCandidatesChart) chart = NULL;

  /* Titles, legend and reasons in the language of the names (the
   * content language), not the UI's: the chart holds every text, so only
   * its making is in that language (this thread's own), and an error
   * writing the file is in the UI's. */
  fk_text_push_message_language (job->language);
  chart = fk_candidates_chart_new (job->candidates, &job->options);
  fk_text_pop_message_language ();
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (!fk_candidates_chart_write (chart, job->path, job->format, error))
    return NULL;
  return g_strdup (job->path);
}

static FkPalette
preferred_palette (FkCandidatesPage *self)
{
  g_autofree char *name = self->settings != NULL ? g_settings_get_string (self->settings, "palette") : NULL;

  return fk_palette_from_string (name);
}

void
fk_candidates_page_export_async (FkCandidatesPage    *self,
                                 GFile               *file,
                                 FkExportFormat       format,
                                 guint                limit,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autofree char *path = NULL;
  ExportJob *job;

  g_return_if_fail (FK_IS_CANDIDATES_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (self->candidates == NULL)
    {
      g_task_report_new_error (self, callback, user_data, fk_candidates_page_export_async,
                               FK_ERROR, FK_ERROR_NOT_FOUND,
                               _("There are no candidates to export: the round is not ranked yet."));
      return;
    }
  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_task_report_new_error (self, callback, user_data, fk_candidates_page_export_async,
                               FK_ERROR, FK_ERROR_IO,
                               _("%s: the candidates can only be exported to a folder on this computer or a mounted folder"),
                               name);
      return;
    }
  job = g_new0 (ExportJob, 1);
  job->candidates = fk_candidates_ref (self->candidates);
  job->language = g_strdup (fk_content_language (self->study));
  fk_candidates_chart_options_init (&job->options);
  job->options.language = job->language;
  job->options.palette = preferred_palette (self);
  job->options.limit = limit;
  /* Held by the job: the page may get new letters while the thread draws. */
  job->options.anonymizer = self->anonymizer != NULL ? fk_anonymizer_ref (self->anonymizer) : NULL;
  job->path = g_steal_pointer (&path);
  job->format = format;
  fk_snapshot_task_run_async (fk_candidates_get_snapshot (self->candidates), export_work,
                              job, (GDestroyNotify) export_job_free, g_free,
                              self, cancellable, callback, user_data);
}

gboolean
fk_candidates_page_export_finish (FkCandidatesPage  *self,
                                  GAsyncResult      *result,
                                  GError           **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (FK_IS_CANDIDATES_PAGE (self), FALSE);

  if (g_async_result_is_tagged (result, fk_candidates_page_export_async))
    return g_task_propagate_boolean (G_TASK (result), error);
  path = fk_snapshot_task_run_finish (result, error);
  return path != NULL;
}

/* ---- the action ---------------------------------------------------------------- */

static void
set_exporting (FkCandidatesPage *self,
               gboolean          exporting)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "export");

  self->export->exporting = exporting;
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), !exporting);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  FkCandidatesPage *self = FK_CANDIDATES_PAGE (source);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (!fk_candidates_page_export_finish (self, result, &error)
      && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;  /* the page went away */
  if (self->export == NULL)
    return;
  set_exporting (self, FALSE);
  name = fk_figure_export_escaped_name (file);
  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Candidates exported to “%s”"), name);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               fk_figure_export_done_toast (file, error, title, "candidates.open-file"));
}

static void
on_file_chosen (GFile          *file,
                FkExportFormat  format,
                gboolean        extension_added,
                gpointer        user_data)
{
  FkCandidatesPage *self = user_data;
  FkCandidatesExport *e = self->export;
  AdwToast *toast;

  g_clear_object (&e->chooser);
  if (file == NULL)
    return;
  g_clear_object (&e->folder);
  e->folder = g_file_get_parent (file);
  if (extension_added && (toast = fk_figure_export_exists_toast (file)) != NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }
  set_exporting (self, TRUE);
  fk_candidates_page_export_async (self, file, format, e->limit, e->cancellable,
                                   on_export_done, g_object_ref (file));
}

static void
export_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  FkCandidatesPage *self = user_data;
  FkCandidatesExport *e = self->export;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  FkRoundSnapshot *snapshot = self->candidates != NULL ? fk_candidates_get_snapshot (self->candidates) : NULL;
  g_autofree char *name = NULL;

  if (e->chooser != NULL || e->exporting)
    return;
  e->limit = g_variant_get_uint32 (parameter);
  name = fk_figure_export_suggest_name ("candidates",
                                        snapshot != NULL ? fk_round_snapshot_get_round_name (snapshot) : NULL,
                                        self->anonymizer != NULL, FK_EXPORT_FORMAT_PNG);
  e->chooser = fk_figure_export_choose_file (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                             _("Export Candidates"), e->folder, name,
                                             on_file_chosen, self);
}

static void
open_file_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  fk_figure_export_open_uri (GTK_WIDGET (user_data), g_variant_get_string (parameter, NULL));
}

void
fk_candidates_page_init_export (FkCandidatesPage *self)
{
  static const GActionEntry entries[] = {
    { .name = "export", .activate = export_action, .parameter_type = "u" },
    { .name = "open-file", .activate = open_file_action, .parameter_type = "s" },
  };
  GtkEventController *shortcuts;
  GtkShortcut *shortcut;

  self->export = g_new0 (FkCandidatesExport, 1);
  self->export->cancellable = g_cancellable_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  /* Ctrl+E, as on the Compare page: the ten best. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_e, GDK_CONTROL_MASK),
                               gtk_named_action_new ("candidates.export"));
  gtk_shortcut_set_arguments (shortcut, g_variant_new_uint32 (DEFAULT_LIMIT));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

void
fk_candidates_page_dispose_export (FkCandidatesPage *self)
{
  FkCandidatesExport *e = self->export;

  if (e == NULL)
    return;
  self->export = NULL;
  g_cancellable_cancel (e->cancellable);
  g_clear_object (&e->cancellable);
  if (e->chooser != NULL)
    gtk_native_dialog_destroy (e->chooser);
  g_clear_object (&e->chooser);
  g_clear_object (&e->folder);
  g_free (e);
}
