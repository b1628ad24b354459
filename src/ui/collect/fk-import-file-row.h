/* fk-import-file-row.h — one file of the import dialog, as an expander row
 *
 * The row shows an FkImportItem: at the front a spinner while it is read,
 * the include check button when it can be imported, an icon otherwise;
 * the municipality (or the file's name) and what the import would do;
 * expanded, the file, the respondent, the choices the file needs (add
 * its round, import the rest), the conflicts with a choice each, and why
 * a file cannot be imported.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fk-core.h"
#include "fk-import-item.h"

G_BEGIN_DECLS

#define FK_TYPE_IMPORT_FILE_ROW (fk_import_file_row_get_type ())
G_DECLARE_FINAL_TYPE (FkImportFileRow, fk_import_file_row, FK, IMPORT_FILE_ROW, AdwExpanderRow)

FkImportFileRow *fk_import_file_row_new      (FkImportItem    *item,
                                              FkStudy         *study);
FkImportItem    *fk_import_file_row_get_item (FkImportFileRow *self);

G_END_DECLS
