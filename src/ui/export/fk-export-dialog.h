/* fk-export-dialog.h — exporting the annex and the data annex from the app
 *
 * A modal window over the main window (win.export-annex): what (the PDF
 * annex, the workbook, the scores as CSV, the report text), which round,
 * the language, anonymised or not (with the PDF: the comments all the
 * same), for the CSV the separator. Export… asks where to save
 * (GtkFileChooserNative), then the work runs in a worker thread
 * (fk-export-job.h) with a progress bar; Cancel, Escape and closing the
 * dialog cancel it, and an existing file stays as it was. Done, the
 * dialog emits "exported" and closes; failed, it says why and keeps the
 * choices for another try.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fk-core.h"
#include "fk-export-job.h"

G_BEGIN_DECLS

#define FK_TYPE_EXPORT_DIALOG (fk_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FkExportDialog, fk_export_dialog, FK, EXPORT_DIALOG, AdwWindow)

/* Modal and transient for @parent (may be NULL); @study has a round. */
FkExportDialog *fk_export_dialog_new            (GtkWindow      *parent,
                                                 FkStudy        *study);
FkStudy        *fk_export_dialog_get_study      (FkExportDialog *self);
FkExportWhat    fk_export_dialog_get_what       (FkExportDialog *self);
/* The name Export… offers, from the choices as they stand.
 * Returns: (transfer full) */
char           *fk_export_dialog_suggest_name   (FkExportDialog *self);
/* What the file chooser's answer does: shows the progress page, then
 * reads the study and writes @file with the choices as they stand; a
 * study that cannot be read (a round gone) is a failure like any other,
 * shown in the dialog. FALSE, doing nothing, while an export runs. */
gboolean        fk_export_dialog_export_to      (FkExportDialog *self,
                                                 GFile          *file);
/* TRUE while an export runs (FkExportDialog:exporting). */
gboolean        fk_export_dialog_is_exporting   (FkExportDialog *self);
/* What Cancel and Escape do: stops an export that runs (the dialog shows
 * its choices again), else closes the dialog. */
void            fk_export_dialog_cancel         (FkExportDialog *self);
/* The reason shown for the last failure, NULL when none is shown.
 * (transfer none) */
const char     *fk_export_dialog_get_error_text (FkExportDialog *self);

G_END_DECLS
