/* fk-import-drop.h — files dropped on a main window
 *
 * Studies (.fkarta) are opened as app.open would; everything else is a
 * response file or spreadsheet form for the import dialog of the
 * window's study (one dialog for all the files of a drop, and for later
 * drops while it is open). Without a study, or in a window that fills in
 * a response (src/ui/session), nothing can be imported, and a message
 * says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fk-window.h"

G_BEGIN_DECLS

/* A drop target for GDK_TYPE_FILE_LIST that calls fk_import_drop_files()
 * on the FkWindow it belongs to. */
GtkDropTarget *fk_import_drop_target_new (void);

/**
 * fk_import_drop_files:
 * @window: the window the files were dropped on
 * @files: (element-type GFile): the files
 *
 * What a drop does: opens the studies among @files (through the
 * application; ignored without one), and gives the others to the import
 * dialog of @window's study, or says that a study must be open first.
 *
 * Returns: TRUE if anything was done with the files
 */
gboolean       fk_import_drop_files      (FkWindow   *window,
                                          GListModel *files);

G_END_DECLS
