/* fk-import-conflict-row.h — one conflict of a file in the import dialog
 *
 * A score the study changed after the file was exported: the capability
 * in the study's language, what the study and the file say where they
 * differ and when each was changed, and the choice, the study's (the
 * default) or the file's, which it sets on the FkImportItem. Side by side
 * when wide, the choice below when narrow (FkSplitBox).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fk-core.h"
#include "fk-import-item.h"

G_BEGIN_DECLS

#define FK_TYPE_IMPORT_CONFLICT_ROW (fk_import_conflict_row_get_type ())
G_DECLARE_FINAL_TYPE (FkImportConflictRow, fk_import_conflict_row, FK, IMPORT_CONFLICT_ROW, GtkListBoxRow)

/* @key: a conflict of @item's preview; @round_id: the study's round of it */
FkImportConflictRow *fk_import_conflict_row_new  (FkImportItem        *item,
                                                  FkStudy             *study,
                                                  const char          *key,
                                                  gint64               round_id);
/* Shows the item's resolution again (after "take the file's for all"). */
void                 fk_import_conflict_row_sync (FkImportConflictRow *self);

G_END_DECLS
