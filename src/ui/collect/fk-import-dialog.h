/* fk-import-dialog.h — importing response files into the open study
 *
 * A modal window over the main window, for one study and any number of
 * files (chosen, dropped, added while it is open; each file once). Each
 * file is read in a worker thread, then compared with the study on the
 * main thread (fk-import.h) and shown as a row (FkImportFileRow) with
 * what it would do and the choices it needs. Import applies each
 * included file on its own, all or nothing per file, and shows the
 * outcome per row; nothing is written before Import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fk-core.h"

G_BEGIN_DECLS

#define FK_TYPE_IMPORT_DIALOG (fk_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FkImportDialog, fk_import_dialog, FK, IMPORT_DIALOG, AdwWindow)

/* Modal and transient for @parent (may be NULL). */
FkImportDialog *fk_import_dialog_new       (GtkWindow      *parent,
                                            FkStudy        *study);
FkStudy        *fk_import_dialog_get_study (FkImportDialog *self);
/* Adds @files (element-type GFile); a file already listed is skipped. */
void            fk_import_dialog_add_files (FkImportDialog *self,
                                            GListModel     *files);
/* The files, in the order they were added. (transfer none)
 * (element-type FkImportItem) */
GListModel     *fk_import_dialog_get_items (FkImportDialog *self);
/* TRUE while files are read or an import runs (FkImportDialog:busy). */
gboolean        fk_import_dialog_is_busy   (FkImportDialog *self);
/* What Import does: applies every included file that is ready, one at a
 * time from the main loop; "busy" until done. FALSE when nothing can be
 * imported now (reading, a read-only study, no file ready). */
gboolean        fk_import_dialog_import    (FkImportDialog *self);

/**
 * fk_import_dialog_present_files:
 * @parent: the main window
 * @study: its study
 * @files: (element-type GFile): files to import
 *
 * Adds @files to the import dialog already open over @parent for
 * @study, or opens one, and presents it: one dialog for every drop.
 *
 * Returns: (transfer none): the dialog
 */
FkImportDialog *fk_import_dialog_present_files (GtkWindow  *parent,
                                                FkStudy    *study,
                                                GListModel *files);

/* The file chooser for response files and spreadsheet forms (several at
 * once, fk-import-chooser.h), then fk_import_dialog_present_files(). */
void            fk_import_dialog_choose_files  (GtkWindow  *parent,
                                                FkStudy    *study);

G_END_DECLS
