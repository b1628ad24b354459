/* fk-heatmap-export.h — the Compare page's heatmap written to a PNG, SVG or
 * PDF file, off the main thread, and the file chooser that asks where */
#pragma once

#include <adwaita.h>
#include "fk-heatmap.h"
#include "fk-measure.h"

G_BEGIN_DECLS

/* "png", "svg" or "pdf". */
const char *fk_heatmap_export_extension        (FkHeatmapFormat  format);
/* The format @name's extension asks for (".png", ".svg", ".pdf", any
 * case); FALSE, leaving @format alone, for another or none. */
gboolean    fk_heatmap_export_format_from_name (const char      *name,
                                                FkHeatmapFormat *format);
/* A file name to offer, "heatmap-current-round-1.png": the grid's stable
 * name ("areas-…", "change-…"; "heatmap-…" for the capabilities), the
 * measure's, and the round's name (@round_name nullable; for the change,
 * the baseline's @from_name, nullable, before it) in lower-case ASCII
 * letters, digits and hyphens; "…-anonymised.png" when @anonymized
 * (never a municipality's name or code).
 * Returns: (transfer full) */
char       *fk_heatmap_export_suggest_name     (FkHeatmapGrid    grid,
                                                FkMeasure        measure,
                                                const char      *from_name,
                                                const char      *round_name,
                                                gboolean         anonymized,
                                                FkHeatmapFormat  format);

/**
 * fk_heatmap_export_async:
 * @snapshot: (transfer none): the round, as the view read it (held)
 * @options: copied, collapsed_areas included, the anonymizer held
 * @file: a local file (g_file_get_path() not NULL), else the export fails
 * @source_object: (nullable): the task's source object
 *
 * Lays out the heatmap with fk_heatmap_layout_new() and writes it with
 * fk_heatmap_write() (a temporary file beside @file, renamed into place)
 * in a worker thread (fk_snapshot_task_run_async()): the window never
 * waits for the drawing or the disk.
 */
void        fk_heatmap_export_async            (FkRoundSnapshot        *snapshot,
                                                FkMeasure               measure,
                                                FkPalette               palette,
                                                const char             *language,
                                                const FkHeatmapOptions *options,
                                                GFile                  *file,
                                                FkHeatmapFormat         format,
                                                gpointer                source_object,
                                                GCancellable           *cancellable,
                                                GAsyncReadyCallback     callback,
                                                gpointer                user_data);
gboolean    fk_heatmap_export_finish           (GAsyncResult           *result,
                                                GError                **error);

/* Called with the file chosen and its format, or @file NULL when the user
 * cancelled. @extension_added: the name had no extension and got the
 * filter's, so the chooser did not ask before replacing that file. */
typedef void (*FkHeatmapExportChosen) (GFile           *file,
                                       FkHeatmapFormat  format,
                                       gboolean         extension_added,
                                       gpointer         user_data);

/* Asks where to save, in a GtkFileChooserNative (the portal's dialog in a
 * sandbox), with a filter per format and @suggested_name filled in, in
 * @folder (nullable: the chooser's choice). The
 * format is the name's extension's; a name without one gets the chosen
 * filter's format and extension.
 * Returns: (transfer full): the dialog, shown; gtk_native_dialog_destroy()
 *   ends it without calling @callback (a page going away). */
GtkNativeDialog *fk_heatmap_export_choose_file (GtkWindow              *parent,
                                                GFile                  *folder,
                                                const char             *suggested_name,
                                                FkHeatmapExportChosen   callback,
                                                gpointer                user_data);

/* ---- any figure (the heatmap, the Candidates page's) ---------------------- */

/* A file name to offer for a figure other than the heatmap:
 * "@figure-omgang-1.png" (the round's name, nullable, as in
 * fk_heatmap_export_suggest_name(); "…-anonymised" when @anonymized).
 * Returns: (transfer full) */
char            *fk_figure_export_suggest_name  (const char             *figure,
                                                 const char             *round_name,
                                                 gboolean                anonymized,
                                                 FkHeatmapFormat         format);
/* fk_heatmap_export_choose_file() with the dialog's @title. */
GtkNativeDialog *fk_figure_export_choose_file   (GtkWindow              *parent,
                                                 const char             *title,
                                                 GFile                  *folder,
                                                 const char             *suggested_name,
                                                 FkHeatmapExportChosen   callback,
                                                 gpointer                user_data);
/* When the chooser added the extension (it asked before replacing the
 * name typed, not this one) and @file exists: a toast saying so, and
 * nothing is written. NULL when @file does not exist.
 * Returns: (transfer full) (nullable) */
AdwToast        *fk_figure_export_exists_toast  (GFile                  *file);
/* @file's name for a toast's title (libadwaita 1.2 reads those as Pango
 * markup): displayable and escaped. Returns: (transfer full) */
char            *fk_figure_export_escaped_name  (GFile                  *file);
/* How an export to @file went: @error's message, or @done_title (markup,
 * with the name from fk_figure_export_escaped_name()) with an "Open"
 * button that activates @open_action with the file's URI.
 * Returns: (transfer full) */
AdwToast        *fk_figure_export_done_toast    (GFile                  *file,
                                                 const GError           *error,
                                                 const char             *done_title,
                                                 const char             *open_action);
/* Opens @uri in the user's viewer, the dialog parented to @widget's window. */
void             fk_figure_export_open_uri      (GtkWidget              *widget,
                                                 const char             *uri);

/* Appends @text (nullable) to @name in lower-case ASCII letters and
 * digits, anything else one hyphen ("Omgång 1" is "omgang-1"), after a
 * hyphen when @name is not empty; nothing for a text only in other
 * scripts. The words of every file name offered (the export dialog's too). */
void             fk_export_name_append_part     (GString                *name,
                                                 const char             *text);

G_END_DECLS
