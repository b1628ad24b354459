/* fk-import-item.h — one file in the import dialog: read, previewed, applied
 *
 * What the dialog knows about one dropped or chosen file, without any
 * widget: the response read from it (in a thread, by the dialog), the
 * preview made from it on the main thread (fk-import.h), the user's
 * choices (add the round, import the rest of a file with unknown
 * capabilities, keep or take each conflict, include the file) and the
 * outcome of applying it. A choice that changes what the preview would
 * say makes it again; conflict choices are kept by capability key, so a
 * new preview keeps them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "fk-core.h"

G_BEGIN_DECLS

/**
 * FkImportItemState:
 * @FK_IMPORT_ITEM_READING: the file is being read
 * @FK_IMPORT_ITEM_REFUSED: it cannot be imported (the message says why)
 * @FK_IMPORT_ITEM_NEEDS_CHOICE: it adds a round, or has capabilities the
 *   study's model lacks, and the user has not said yes to that
 * @FK_IMPORT_ITEM_READY: a preview that would change the study
 * @FK_IMPORT_ITEM_UNCHANGED: the study has every score of it already
 * @FK_IMPORT_ITEM_IMPORTED: applied
 * @FK_IMPORT_ITEM_FAILED: applying it failed (the message says why);
 *   nothing of it was written
 */
typedef enum {
  FK_IMPORT_ITEM_READING,
  FK_IMPORT_ITEM_REFUSED,
  FK_IMPORT_ITEM_NEEDS_CHOICE,
  FK_IMPORT_ITEM_READY,
  FK_IMPORT_ITEM_UNCHANGED,
  FK_IMPORT_ITEM_IMPORTED,
  FK_IMPORT_ITEM_FAILED,
} FkImportItemState;

#define FK_TYPE_IMPORT_ITEM (fk_import_item_get_type ())
G_DECLARE_FINAL_TYPE (FkImportItem, fk_import_item, FK, IMPORT_ITEM, GObject)

/* A file not read yet (FK_IMPORT_ITEM_READING). */
FkImportItem      *fk_import_item_new              (GFile           *file);

GFile             *fk_import_item_get_file         (FkImportItem    *self);
/* The file's name for people. (transfer none) */
const char        *fk_import_item_get_display_name (FkImportItem    *self);
FkImportItemState  fk_import_item_get_state        (FkImportItem    *self);
/* Why it is refused or failed, naming the file. (transfer none) (nullable) */
const char        *fk_import_item_get_message      (FkImportItem    *self);
/* (transfer none) (nullable): once read */
FkResponse        *fk_import_item_get_response     (FkImportItem    *self);
/* (transfer none) (nullable): READY, UNCHANGED and IMPORTED have one */
FkImportPreview   *fk_import_item_get_preview      (FkImportItem    *self);
/* The municipality's name in the study (else the file's, else its code);
 * NULL while reading or when the file could not be read. (transfer none) */
const char        *fk_import_item_get_municipality_name (FkImportItem *self);

/* The file's round is not in the study. */
gboolean           fk_import_item_get_lacks_round  (FkImportItem    *self);
/* The capability keys the study's model lacks. (transfer none) (nullable):
 * NULL-terminated, NULL when there are none */
const char * const *fk_import_item_get_unknown     (FkImportItem    *self);

/* Another file of the list for the same municipality and round, which
 * the dialog finds (its name; NULL when none): importing both, the
 * second meets scores the first changed. (transfer none) (nullable) */
const char        *fk_import_item_get_same_as      (FkImportItem    *self);
/* Emits "changed" when it differs. */
void               fk_import_item_set_same_as      (FkImportItem    *self,
                                                    const char      *other);

/* Whether the user includes it; only READY files are imported. */
gboolean           fk_import_item_get_included     (FkImportItem    *self);
void               fk_import_item_set_included     (FkImportItem    *self,
                                                    gboolean         included);
/* READY and included. */
gboolean           fk_import_item_will_import      (FkImportItem    *self);

/* The "read" half, for the dialog's thread: reads @path as
 * fk_import_read_response_file() does (no study is touched). */
FkResponse        *fk_import_item_read_file        (GFile           *file,
                                                    char           **out_checksum,
                                                    GError         **error);
/* The read's outcome: @response and @checksum, or @error (REFUSED).
 * Call fk_import_item_update() next. */
void               fk_import_item_set_read_result  (FkImportItem    *self,
                                                    FkResponse      *response,
                                                    const char      *checksum,
                                                    const GError    *error);
/* Compares the file with @study again (main thread): after reading, after
 * a choice, when the study changed. Does nothing while reading, and
 * after the file was applied or refused by its reader. */
void               fk_import_item_update           (FkImportItem    *self,
                                                    FkStudy         *study);

/* The "Add round" and "Import the rest" choices; each makes the preview
 * again on @study. */
gboolean           fk_import_item_get_create_round (FkImportItem    *self);
void               fk_import_item_set_create_round (FkImportItem    *self,
                                                    FkStudy         *study,
                                                    gboolean         create_round);
gboolean           fk_import_item_get_accept_unknown (FkImportItem  *self);
void               fk_import_item_set_accept_unknown (FkImportItem  *self,
                                                      FkStudy       *study,
                                                      gboolean       accept_unknown);

/* How a conflict of the preview (its capability key) is resolved; the
 * study's is kept unless the user takes the file's. */
FkImportResolution fk_import_item_get_resolution   (FkImportItem    *self,
                                                    const char      *capability);
void               fk_import_item_set_resolution   (FkImportItem    *self,
                                                    const char      *capability,
                                                    FkImportResolution resolution);
/* Every conflict of the preview. */
void               fk_import_item_set_all_resolutions (FkImportItem *self,
                                                       FkImportResolution resolution);
/* TRUE when the preview has conflicts and every one takes the file's. */
gboolean           fk_import_item_takes_all        (FkImportItem    *self);
/* The resolutions in the order of the preview's conflicts, for
 * fk_import_apply(). (transfer full) (nullable): NULL without a preview */
GArray            *fk_import_item_dup_resolutions  (FkImportItem    *self);

/* Applies the preview with the chosen resolutions (fk_import_apply_now():
 * all or nothing, never waiting): IMPORTED, or FAILED with the message,
 * or still READY with fk_import_item_get_busy() when another program
 * held the study's write lock. Only a READY item is applied; TRUE when
 * it was. */
gboolean           fk_import_item_apply            (FkImportItem    *self,
                                                    FkStudy         *study);
/* TRUE when the last fk_import_item_apply() wrote nothing because another
 * program held the study's write lock: the file is still ready. */
gboolean           fk_import_item_get_busy         (FkImportItem    *self);

/* A Unix time (UTC) as local time for people, "2020-11-15 14:02";
 * "at an unknown time" for 0. (transfer full) */
char              *fk_import_format_local_time     (gint64           unix_time);

G_END_DECLS
