/* fk-heatmap-export.c — the Compare page's heatmap written to a file,
 * and what every figure's export shares (the Candidates page's too)
 *
 * The layout is made again in a worker thread from the snapshot the view
 * shows (immutable, so safe there), with the view's measure, palette,
 * language and options but at the default cell size: the file does not
 * depend on how far the screen is zoomed. fk_heatmap_write() makes the
 * write atomic. The file chooser is a GtkFileChooserNative (GTK 4.8 has
 * no GtkFileDialog), so a sandboxed app gets the portal's.
 *
 * The worker draws in the content language it is given, words and
 * names alike (fk_text_push_message_language()), whatever the UI's.
 *
 * Anonymised (options.anonymizer), the file shows what the page shows:
 * letters, the highlighted name, merged size groups; the layout puts no
 * name anywhere in it, and the PDF gets no metadata (cairo writes only
 * its producer). The name offered ends in "-anonymised".
 */
#define G_LOG_DOMAIN "fk-heatmap-export"
#include "config.h"
#include "fk-heatmap-export.h"
#include "fk-error.h"
#include "fk-snapshot-task.h"
#include "fk-text.h"

#include <glib/gi18n.h>

static const char *const extensions[] = {
  [FK_HEATMAP_FORMAT_PNG] = "png",
  [FK_HEATMAP_FORMAT_SVG] = "svg",
  [FK_HEATMAP_FORMAT_PDF] = "pdf",
};

const char *
fk_heatmap_export_extension (FkHeatmapFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (extensions), "png");
  return extensions[format];
}

gboolean
fk_heatmap_export_format_from_name (const char      *name,
                                    FkHeatmapFormat *format)
{
  const char *dot;

  g_return_val_if_fail (name != NULL, FALSE);

  dot = strrchr (name, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_ascii_strcasecmp (dot + 1, extensions[i]) == 0)
      {
        if (format != NULL)
          *format = (FkHeatmapFormat) i;
        return TRUE;
      }
  return FALSE;
}

/* Lower-case ASCII letters and digits, anything else one hyphen:
 * "Omgång 1" is "omgang-1". */
static void
append_slug (GString    *out,
             const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  gboolean hyphen = FALSE;

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (hyphen)
            g_string_append_c (out, '-');
          g_string_append_c (out, g_ascii_tolower (*p));
          hyphen = FALSE;
        }
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        hyphen = TRUE;
    }
}

void
fk_export_name_append_part (GString    *name,
                            const char *text)
{
  gsize before = name->len;

  g_return_if_fail (name != NULL);

  if (text == NULL)
    return;
  if (name->len > 0)
    g_string_append_c (name, '-');
  append_slug (name, text);
  /* Only the hyphen: a text in other scripts adds nothing. */
  if (name->len > before && name->str[name->len - 1] == '-')
    g_string_truncate (name, before);
}

/* The end of every name offered: "-anonymised" (says what the file is,
 * and nothing of who), and the format's extension. */
static char *
finish_name (GString         *name,
             gboolean         anonymized,
             FkHeatmapFormat  format)
{
  if (anonymized)
    g_string_append (name, "-anonymised");
  g_string_append_printf (name, ".%s", fk_heatmap_export_extension (format));
  return g_string_free (name, FALSE);
}

char *
fk_heatmap_export_suggest_name (FkHeatmapGrid    grid,
                                FkMeasure        measure,
                                const char      *from_name,
                                const char      *round_name,
                                gboolean         anonymized,
                                FkHeatmapFormat  format)
{
  GString *name = g_string_new (grid == FK_HEATMAP_GRID_CAPABILITIES ? "heatmap"
                                : fk_heatmap_grid_to_string (grid));

  g_string_append_c (name, '-');
  append_slug (name, fk_measure_to_string (measure));
  if (grid == FK_HEATMAP_GRID_CHANGE)
    fk_export_name_append_part (name, from_name);
  fk_export_name_append_part (name, round_name);
  return finish_name (name, anonymized, format);
}

char *
fk_figure_export_suggest_name (const char      *figure,
                               const char      *round_name,
                               gboolean         anonymized,
                               FkHeatmapFormat  format)
{
  GString *name = g_string_new (figure);

  g_return_val_if_fail (figure != NULL, NULL);

  fk_export_name_append_part (name, round_name);
  return finish_name (name, anonymized, format);
}

/* ---- writing ------------------------------------------------------------- */

typedef struct {
  FkMeasure        measure;
  FkPalette        palette;
  char            *language;
  FkHeatmapOptions options;
  GStrv            collapsed_areas;  /* owned; options.collapsed_areas */
  FkRoundSnapshot *baseline;         /* owned; options.baseline (the change's "from") */
  char            *path;
  FkHeatmapFormat  format;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->language);
  g_strfreev (job->collapsed_areas);
  g_clear_pointer (&job->baseline, fk_round_snapshot_unref);
  g_clear_pointer (&job->options.anonymizer, fk_anonymizer_unref);
  g_free (job->path);
  g_free (job);
}

/* In the worker thread: only the snapshot and the job are read. */
static gpointer
export_work (FkRoundSnapshot  *snapshot,
             gpointer          data,
             GCancellable     *cancellable,
             GError          **error)
{
  ExportJob *job = data;
  g_autoptr(FkHeatmapLayout) layout = NULL;

  /* The figure's words (legend, titles, "Not assessed") in the language
   * of its names, the content language, not the UI's: the layout holds
   * every text, so only its making is in that language (this thread's
   * own), and an error writing the file is in the UI's. */
  fk_text_push_message_language (job->language);
  layout = fk_heatmap_layout_new (snapshot, job->measure, job->palette, job->language, &job->options);
  fk_text_pop_message_language ();
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (!fk_heatmap_write (layout, job->path, job->format, error))
    return NULL;
  return g_strdup (job->path);
}

void
fk_heatmap_export_async (FkRoundSnapshot        *snapshot,
                         FkMeasure               measure,
                         FkPalette               palette,
                         const char             *language,
                         const FkHeatmapOptions *options,
                         GFile                  *file,
                         FkHeatmapFormat         format,
                         gpointer                source_object,
                         GCancellable           *cancellable,
                         GAsyncReadyCallback     callback,
                         gpointer                user_data)
{
  g_autofree char *path = NULL;
  FkHeatmapOptions defaults;
  ExportJob *job;

  g_return_if_fail (snapshot != NULL);
  g_return_if_fail (options != NULL);
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_task_report_new_error (source_object, callback, user_data, fk_heatmap_export_async,
                               FK_ERROR, FK_ERROR_IO,
                               _("%s: the heatmap can only be exported to a folder on this computer or a mounted folder"),
                               name);
      return;
    }

  fk_heatmap_options_init (&defaults);
  job = g_new0 (ExportJob, 1);
  job->measure = measure;
  job->palette = palette;
  job->language = g_strdup (language);
  job->options = *options;
  job->collapsed_areas = g_strdupv ((char **) options->collapsed_areas);
  job->options.collapsed_areas = (const char *const *) job->collapsed_areas;
  /* The worker thread reads the baseline too: kept until the job ends. */
  job->baseline = options->baseline != NULL ? fk_round_snapshot_ref (options->baseline) : NULL;
  job->options.baseline = job->baseline;
  /* Held by the job: the page may drop its own while the thread draws. */
  if (job->options.anonymizer != NULL)
    fk_anonymizer_ref (job->options.anonymizer);
  job->options.cell_size = defaults.cell_size;  /* not the screen's zoom */
  job->path = g_steal_pointer (&path);
  job->format = format;

  fk_snapshot_task_run_async (snapshot, export_work, job, (GDestroyNotify) export_job_free,
                              g_free, source_object, cancellable, callback, user_data);
}

gboolean
fk_heatmap_export_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_autofree char *path = NULL;

  if (g_async_result_is_tagged (result, fk_heatmap_export_async))
    return g_task_propagate_boolean (G_TASK (result), error);
  path = fk_snapshot_task_run_finish (result, error);
  return path != NULL;
}

/* ---- the file chooser ---------------------------------------------------- */

typedef struct {
  FkHeatmapExportChosen callback;
  gpointer              user_data;
} Chooser;

static GtkFileFilter *
new_filter (const char      *name,
            const char      *mime_type,
            FkHeatmapFormat  format)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, fk_heatmap_export_extension (format));
  /* The portal hands back a filter of the same name, not this object:
   * without the tag the format is PNG's. */
  g_object_set_data (G_OBJECT (filter), "fk-format", GINT_TO_POINTER (format + 1));
  return filter;
}

static void
on_chooser_response (GtkNativeDialog *dialog,
                     int              response,
                     Chooser         *chooser)
{
  g_autoptr(GFile) file = NULL;
  FkHeatmapFormat format = FK_HEATMAP_FORMAT_PNG;
  gboolean extension_added = FALSE;

  g_signal_handlers_disconnect_by_data (dialog, chooser);
  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    {
      g_autofree char *base = g_file_get_basename (file);
      g_autoptr(GFile) parent = g_file_get_parent (file);

      /* A name without a known extension gets the filter's. */
      if (!fk_heatmap_export_format_from_name (base, &format) && parent != NULL)
        {
          GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
          int tagged = filter != NULL ? GPOINTER_TO_INT (g_object_get_data (G_OBJECT (filter), "fk-format")) : 0;
          g_autofree char *named = NULL;

          if (tagged > 0)
            format = (FkHeatmapFormat) (tagged - 1);
          named = g_strdup_printf ("%s.%s", base, fk_heatmap_export_extension (format));
          g_object_unref (file);
          file = g_file_get_child (parent, named);
          extension_added = TRUE;
        }
    }
  chooser->callback (file, format, extension_added, chooser->user_data);
}

GtkNativeDialog *
fk_heatmap_export_choose_file (GtkWindow             *parent,
                               GFile                 *folder,
                               const char            *suggested_name,
                               FkHeatmapExportChosen  callback,
                               gpointer               user_data)
{
  return fk_figure_export_choose_file (parent, _("Export Heatmap"), folder, suggested_name,
                                       callback, user_data);
}

GtkNativeDialog *
fk_figure_export_choose_file (GtkWindow             *parent,
                              const char            *title,
                              GFile                 *folder,
                              const char            *suggested_name,
                              FkHeatmapExportChosen  callback,
                              gpointer               user_data)
{
  GtkFileChooserNative *native;
  GtkFileChooser *file_chooser;
  Chooser *chooser;
  FkHeatmapFormat format = FK_HEATMAP_FORMAT_PNG;
  struct {
    const char      *name;
    const char      *mime_type;
    FkHeatmapFormat  format;
  } filters[] = {
    { N_("PNG image"), "image/png", FK_HEATMAP_FORMAT_PNG },
    { N_("SVG image"), "image/svg+xml", FK_HEATMAP_FORMAT_SVG },
    { N_("PDF document"), "application/pdf", FK_HEATMAP_FORMAT_PDF },
  };

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (title != NULL && suggested_name != NULL && callback != NULL, NULL);

  native = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  file_chooser = GTK_FILE_CHOOSER (native);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  fk_heatmap_export_format_from_name (suggested_name, &format);
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = new_filter (_(filters[i].name), filters[i].mime_type, filters[i].format);

      gtk_file_chooser_add_filter (file_chooser, filter);
      if (filters[i].format == format)
        gtk_file_chooser_set_filter (file_chooser, filter);
    }
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (file_chooser, folder, NULL);
  gtk_file_chooser_set_current_name (file_chooser, suggested_name);

  chooser = g_new0 (Chooser, 1);
  chooser->callback = callback;
  chooser->user_data = user_data;
  /* Freed with the dialog, answered or not. */
  g_object_set_data_full (G_OBJECT (native), "fk-chooser", chooser, g_free);
  g_signal_connect (native, "response", G_CALLBACK (on_chooser_response), chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  return GTK_NATIVE_DIALOG (native);
}

/* ---- after the export ----------------------------------------------------- */

char *
fk_figure_export_escaped_name (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *display = g_filename_display_name (name);

  return g_markup_escape_text (display, -1);
}

AdwToast *
fk_figure_export_exists_toast (GFile *file)
{
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_query_exists (file, NULL))
    return NULL;
  escaped = fk_figure_export_escaped_name (file);
  title = g_strdup_printf (_("“%s” exists already. To replace it, choose it in the file window."), escaped);
  toast = adw_toast_new (title);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);
  return toast;
}

AdwToast *
fk_figure_export_done_toast (GFile        *file,
                             const GError *error,
                             const char   *done_title,
                             const char   *open_action)
{
  AdwToast *toast;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (error != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      toast = adw_toast_new (escaped);
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_set_timeout (toast, 10);
    }
  else
    {
      g_autofree char *uri = g_file_get_uri (file);

      toast = adw_toast_new (done_title);
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, open_action);
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    }
  return toast;
}

void
fk_figure_export_open_uri (GtkWidget  *widget,
                           const char *uri)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  /* The user's viewer (the portal's, in a sandbox). gtk_show_uri() is
   * GTK 4.8's way; GtkFileLauncher is 4.10. */
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}
