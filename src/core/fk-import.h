/* fk-import.h — importing a response file into a study: preview, then apply
 *
 * A preview (fk_import_preview_new()) compares one FkResponse with a study
 * and says what an import would do: the municipality and round, how many
 * scores are new, changed and unchanged, which changed scores are
 * conflicts, which capability keys the study's model lacks and whether the
 * file was made with another model. It never changes and never writes.
 * fk_import_apply() then writes it as one transaction, all or nothing,
 * with a line in the study's import log. A response only ever changes the
 * scores of its own municipality in its own round (docs/import.md).
 */
#pragma once

#include <glib-object.h>
#include "fk-response.h"
#include "fk-study.h"

G_BEGIN_DECLS

/**
 * FkImportOptions:
 * @accept_unknown: import the rest of a file whose capability keys are not
 *   all in the study's model (the unknown ones are skipped and listed);
 *   without it such a file is refused
 * @create_round: add the file's round when the study has none of that
 *   name (in the import's transaction); without it such a file is refused
 * @source: (nullable): the file's name for messages and the import log;
 *   the response's source if %NULL
 * @checksum: (nullable): SHA-256 (hex) of the file's bytes, for the
 *   import log (fk_import_read_response_file() gives it)
 */
typedef struct {
  gboolean    accept_unknown;
  gboolean    create_round;
  const char *source;
  const char *checksum;
} FkImportOptions;

/**
 * fk_import_read_response_file:
 * @path: a response file
 * @out_checksum: (out) (optional) (transfer full): SHA-256 (hex) of the
 *   file's bytes, for the import log
 * @error: return location for an error, or %NULL
 *
 * Reads a response file by its content, whatever its name: JSON (it
 * starts with "{" after an optional BOM) with
 * fk_response_new_from_data(); anything else is the spreadsheet form
 * (CSV), the one place its reader plugs in. Messages name the file's
 * base name.
 *
 * Returns: (transfer full) (nullable): the response, or %NULL with @error
 */
FkResponse      *fk_import_read_response_file (const char  *path,
                                               char       **out_checksum,
                                               GError     **error);

/* What fk_import_read_response_file() decides by: a JSON response starts
 * with "{" after an optional BOM and white space; everything else is
 * taken for the CSV form. */
gboolean         fk_import_data_is_json       (const char  *data,
                                               gsize        length);

/**
 * FkImportResolution:
 * @FK_IMPORT_KEEP_STUDY: keep the study's score (the default)
 * @FK_IMPORT_TAKE_FILE: write the file's score over it
 *
 * What to do with a conflict: a score the study changed after the file
 * was exported.
 */
typedef enum {
  FK_IMPORT_KEEP_STUDY,
  FK_IMPORT_TAKE_FILE,
} FkImportResolution;

typedef struct _FkImportPreview FkImportPreview;

#define FK_TYPE_IMPORT_PREVIEW (fk_import_preview_get_type ())
GType            fk_import_preview_get_type (void) G_GNUC_CONST;
FkImportPreview *fk_import_preview_ref      (FkImportPreview *preview);
void             fk_import_preview_unref    (FkImportPreview *preview);

/**
 * fk_import_preview_new:
 * @study: the study to import into
 * @response: (transfer none): the file, read (kept by the preview)
 * @options: (nullable): as #FkImportOptions; all off if %NULL
 * @error: return location for an error, or %NULL
 *
 * Compares @response with @study. Refused, with one message naming the
 * file: a municipality the study does not have (FK_ERROR_NOT_FOUND); a
 * round the study does not have, unless @options create_round
 * (FK_ERROR_NOT_FOUND; the app can see it first with fk_study_find_round()
 * on fk_response_get_round() and offer to create it); capability keys the
 * study's model lacks, listed, unless @options accept_unknown
 * (FK_ERROR_INVALID); a study that cannot be read.
 *
 * Returns: (transfer full) (nullable): the preview, or %NULL with @error
 */
FkImportPreview *fk_import_preview_new      (FkStudy                *study,
                                             FkResponse             *response,
                                             const FkImportOptions  *options,
                                             GError                **error);

/* What the preview found; strings (transfer none), owned by the preview. */
FkResponse      *fk_import_preview_get_response          (FkImportPreview *preview);
const char      *fk_import_preview_get_source            (FkImportPreview *preview);
const char      *fk_import_preview_get_checksum          (FkImportPreview *preview); /* nullable */
const char      *fk_import_preview_get_municipality      (FkImportPreview *preview);
const char      *fk_import_preview_get_municipality_name (FkImportPreview *preview);
const char      *fk_import_preview_get_round             (FkImportPreview *preview);
/* TRUE when the round is to be added by the import (create_round). */
gboolean         fk_import_preview_creates_round         (FkImportPreview *preview);
const char      *fk_import_preview_get_respondent        (FkImportPreview *preview); /* nullable */
guint            fk_import_preview_get_n_new             (FkImportPreview *preview);
/* Changed scores, conflicts included. */
guint            fk_import_preview_get_n_changed         (FkImportPreview *preview);
guint            fk_import_preview_get_n_unchanged       (FkImportPreview *preview);
/* The conflicts: capability keys of changed scores whose study score was
 * written after the file was exported, in the file's order.
 * Returns: (transfer none) (element-type utf8) */
GPtrArray       *fk_import_preview_get_conflicts         (FkImportPreview *preview);
/* The capability keys skipped because the study's model lacks them
 * (accept_unknown). Returns: (transfer none) (element-type utf8) */
GPtrArray       *fk_import_preview_get_unknown           (FkImportPreview *preview);
/* FALSE when the file was made with another model than the study's (its
 * scores are matched by capability key). */
gboolean         fk_import_preview_model_matches         (FkImportPreview *preview);
/* TRUE when importing would change nothing: no new or changed score and
 * no round to add (the same file imported twice). */
gboolean         fk_import_preview_is_unchanged          (FkImportPreview *preview);
/**
 * fk_import_preview_describe_counts:
 * @resolutions: (nullable): as for fk_import_apply()
 *
 * The counts for people, the same in the CLI's line and the import log:
 * "new: 12, changed: 3, unchanged: 28, conflicts: 1 (study’s kept: 1,
 * file’s taken: 0)".
 *
 * Returns: (transfer full): the text
 */
char            *fk_import_preview_describe_counts       (FkImportPreview *preview,
                                                          GArray          *resolutions);

/**
 * fk_import_apply:
 * @study: the study the preview was made for
 * @preview: a preview
 * @resolutions: (nullable) (element-type FkImportResolution): a GArray
 *   of FkImportResolution, one per conflict, in the order of
 *   fk_import_preview_get_conflicts(); %NULL keeps the study's score for
 *   every conflict
 * @error: return location for an error, or %NULL
 *
 * Writes the preview's new and changed scores (and the taken conflicts)
 * and a line in the import log, with the round added first if the
 * preview creates it, in one transaction (fk_study_apply_batch()'s
 * path): all or nothing. Each written score must still be what the
 * preview saw, or nothing is written (FK_ERROR_CHANGED: preview again).
 * Writes nothing, not even the log, when fk_import_preview_is_unchanged().
 * Emits the study's "changed" once.
 *
 * Returns: %TRUE, or %FALSE with @error (and the study as it was)
 */
gboolean         fk_import_apply                         (FkStudy          *study,
                                                          FkImportPreview  *preview,
                                                          GArray           *resolutions,
                                                          GError          **error);
/* fk_import_apply() for the app's main thread, which never waits for
 * another program: its write lock is FK_ERROR_BUSY at once, with nothing
 * written (try again later). */
gboolean         fk_import_apply_now                     (FkStudy          *study,
                                                          FkImportPreview  *preview,
                                                          GArray           *resolutions,
                                                          GError          **error);

/**
 * fk_import_find_record:
 * @import_id: a line of the import log
 *
 * Returns: (transfer full) (nullable): that line, or %NULL with @error
 *   (FK_ERROR_NOT_FOUND when the log has no such line)
 */
FkImportRecord  *fk_import_find_record                   (FkStudy          *study,
                                                          gint64            import_id,
                                                          GError          **error);

/**
 * fk_import_undo:
 * @study: a study
 * @import_id: the import's line in the log (#FkImportRecord id)
 * @error: return location for an error, or %NULL
 *
 * Puts back every score the import wrote as it was before, in one batch
 * (fk_study_apply_batch()) whose checks are the scores as the import wrote
 * them, with a line in the log that marks the import undone
 * (#FkImportRecord undone_by). All or nothing; refused, changing nothing:
 * a score changed since the import (FK_ERROR_CHANGED, naming the
 * municipality and the capability), an import undone already
 * (FK_ERROR_CHANGED), a line that is no import or an import made before
 * imports were recorded (schema 4) (FK_ERROR_INVALID), no such line
 * (FK_ERROR_NOT_FOUND). A round the import created stays. Emits the
 * study's "changed" once.
 *
 * Returns: %TRUE, or %FALSE with @error
 */
gboolean         fk_import_undo                          (FkStudy          *study,
                                                          gint64            import_id,
                                                          GError          **error);
/* fk_import_undo() for the app's main thread, which never waits for
 * another program's write lock (HACKING.md): while another program
 * writes, FK_ERROR_BUSY at once and nothing changes; try again later. */
gboolean         fk_import_undo_now                      (FkStudy          *study,
                                                          gint64            import_id,
                                                          GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkImportPreview, fk_import_preview_unref)

G_END_DECLS
