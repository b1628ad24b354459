/* fk-study.h — a study: one SQLite file holding a model, a region,
 * assessment rounds, scores, scenarios and an import log.
 *
 * Every write is its own transaction and is durable when the call returns;
 * the UI's writes go through a queue that never waits for another
 * program's lock (fk_study_queue_batch()).
 * After any write the study emits "changed" with an FkStudyChange saying
 * what changed; views recompute from core what concerns them.
 */
#pragma once

#include <gio/gio.h>
#include "fk-model.h"
#include "fk-region.h"
#include "fk-score.h"

G_BEGIN_DECLS

/* The schema version this build writes: the number of migration steps
 * in fk-study-schema.c, so that appending a step raises it. */
int             fk_study_schema_version    (void) G_GNUC_CONST;
#define FK_STUDY_SCHEMA_VERSION (fk_study_schema_version ())
#define FK_STUDY_SCHEMA_OLDEST  1   /* the oldest it migrates */
#define FK_STUDY_EXTENSION      ".fkarta"
#define FK_STUDY_MIME_TYPE      "application/x-formagekarta-study"

typedef struct {
  gint64  id;
  char   *name;
  char   *date;   /* ISO 8601 date "2020-11-15", or NULL */
} FkRound;

typedef enum {
  FK_STUDY_OPEN_DEFAULT   = 0,       /* read-write; read-only (with a reason) if it can't be written */
  FK_STUDY_OPEN_READ_ONLY = 1 << 0,
  FK_STUDY_OPEN_NO_MIGRATE = 1 << 1, /* refuse old schemas instead of migrating */
} FkStudyOpenFlags;

/**
 * FkStudyChangeFlags:
 * @FK_STUDY_CHANGE_SCORES: scores of the change's round and municipality
 * @FK_STUDY_CHANGE_ROUNDS: the list of rounds (one added, renamed, …)
 * @FK_STUDY_CHANGE_METADATA: the title, the language or the anonymisation seed
 * @FK_STUDY_CHANGE_SCENARIOS: the scenarios
 * @FK_STUDY_CHANGE_IMPORTS: the import log
 * @FK_STUDY_CHANGE_STATE: read-only or writable again, and the reason
 * @FK_STUDY_CHANGE_RESPONDENTS: who answers for the change's municipality
 *   (see fk_study_set_respondent())
 *
 * What a "changed" signal is about. A GFlags type
 * (FK_TYPE_STUDY_CHANGE_FLAGS, from glib-mkenums in fk-core-enums.h).
 */
typedef enum { /*< flags >*/
  FK_STUDY_CHANGE_SCORES    = 1 << 0,
  FK_STUDY_CHANGE_ROUNDS    = 1 << 1,
  FK_STUDY_CHANGE_METADATA  = 1 << 2,
  FK_STUDY_CHANGE_SCENARIOS = 1 << 3,
  FK_STUDY_CHANGE_IMPORTS   = 1 << 4,
  FK_STUDY_CHANGE_STATE     = 1 << 5,
  FK_STUDY_CHANGE_RESPONDENTS = 1 << 6,
} FkStudyChangeFlags;

/* Everything: what fk_study_check_external_changes() reports. */
#define FK_STUDY_CHANGE_ALL (0x7f)

/**
 * FkStudyChange:
 * @what: what changed
 * @round_id: for FK_STUDY_CHANGE_SCORES, the round whose scores changed;
 *   0 for any or several rounds
 * @municipality: (nullable): for FK_STUDY_CHANGE_SCORES and
 *   FK_STUDY_CHANGE_RESPONDENTS, the municipality whose scores or
 *   respondent changed; NULL for any or several municipalities
 *
 * The argument of FkStudy::changed, a boxed type (FK_TYPE_STUDY_CHANGE).
 * A handler gets it for the emission only (transfer none): to keep it,
 * fk_study_change_copy() it.
 */
typedef struct {
  FkStudyChangeFlags what;
  gint64             round_id;
  const char        *municipality;
} FkStudyChange;


#define FK_TYPE_STUDY_CHANGE (fk_study_change_get_type ())
GType           fk_study_change_get_type   (void) G_GNUC_CONST;
/* Returns: (transfer full): a copy owning its municipality string. */
FkStudyChange  *fk_study_change_copy       (const FkStudyChange *change);
void            fk_study_change_free       (FkStudyChange     *change);
/**
 * fk_study_change_touches_scores:
 * @change: (transfer none): a change from FkStudy::changed
 * @round_id: the round a view shows; 0 for any
 * @municipality: (nullable): the municipality a view shows; NULL for any
 *
 * Returns: TRUE if scores of @round_id (0: of any round) and of
 *   @municipality (NULL: of any municipality) may have changed.
 */
gboolean        fk_study_change_touches_scores (const FkStudyChange *change,
                                                gint64               round_id,
                                                const char          *municipality);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkStudyChange, fk_study_change_free)

#define FK_TYPE_STUDY (fk_study_get_type ())
G_DECLARE_FINAL_TYPE (FkStudy, fk_study, FK, STUDY, GObject)

/* Creates a new study at @path (refuses an existing file). @model and
 * @region: (transfer none), copied into the file. @language is "sv" or
 * "en" (NULL: the user's); @title (nullable) defaults to the model's name,
 * @round_name (nullable) to the default name.
 * Returns: (transfer full) (nullable): the study, opened; NULL with @error. */
FkStudy        *fk_study_create            (const char        *path,
                                            FkModel           *model,
                                            FkRegion          *region,
                                            const char        *title,
                                            const char        *language,
                                            const char        *round_name,
                                            GError           **error);
/* The same, replacing a file at @path, but only once the new study is
 * complete: if anything fails, the old file is untouched. The caller makes
 * sure no window has the old study open.
 * Returns: (transfer full) (nullable) */
FkStudy        *fk_study_create_replacing  (const char        *path,
                                            FkModel           *model,
                                            FkRegion          *region,
                                            const char        *title,
                                            const char        *language,
                                            const char        *round_name,
                                            GError           **error);
/**
 * fk_study_path_for_file:
 * @file: where the user wants a new study
 * @replace: (inout) (optional): whether the user agreed to replace
 *   @file; cleared when the extension had to be added, for agreeing to
 *   replace the name typed is no agreement to replace another file
 *
 * Returns: (transfer full) (nullable): @file's local path, with
 *   FK_STUDY_EXTENSION added if missing; NULL with FK_ERROR_INVALID,
 *   naming @file, when it is not on this computer.
 */
char           *fk_study_path_for_file     (GFile             *file,
                                            gboolean          *replace,
                                            GError           **error);
/**
 * fk_study_create_for_file:
 * @file: where the user wants the study; see fk_study_path_for_file()
 * @replace: the user agreed to replace @file: the old study goes only
 *   once the new one is complete (fk_study_create_replacing())
 * @model: (nullable) (transfer none): the built-in model if NULL
 * @region: (nullable) (transfer none): the built-in region if NULL
 * @title: (nullable): the file's name without the extension if NULL or
 *   empty ("Ny studie.fkarta" is titled "Ny studie")
 * @language: (nullable): the user's language if NULL
 * @round_name: (nullable): the default first round if NULL or empty
 *
 * Creates a study where a file chooser pointed, with a default for every
 * choice not made. The caller makes sure no window shows the study it
 * replaces.
 *
 * Returns: (transfer full) (nullable): the new study, or NULL with @error.
 */
FkStudy        *fk_study_create_for_file   (GFile             *file,
                                            gboolean           replace,
                                            FkModel           *model,
                                            FkRegion          *region,
                                            const char        *title,
                                            const char        *language,
                                            const char        *round_name,
                                            GError           **error);
/* "Omgång N" in a Swedish study, "Round N" in an English one.
 * Returns: (transfer full) */
char           *fk_study_default_round_name (const char       *language,
                                             guint             number);
/* Opens a study, migrating an older schema forward (after a backup copy
 * "<file>.v<N>.bak" beside it). Refuses files that are not studies and
 * files from a newer schema.
 * Returns: (transfer full) (nullable): the study; NULL with @error. */
FkStudy        *fk_study_open              (const char        *path,
                                            FkStudyOpenFlags   flags,
                                            GError           **error);

/**
 * fk_study_open_async:
 * @path: as for fk_study_open()
 * @cancellable: (nullable): cancelling drops the result (the open goes on)
 *
 * fk_study_open() in a worker thread, for the UI: opening waits for
 * another program's write lock and may migrate. The study is handed to
 * the calling thread (whose main context runs @callback) and is used only
 * there afterwards. fk_study_open_default_async() does the same for
 * fk_study_open_default(). Finish both with fk_study_open_finish().
 */
void            fk_study_open_async        (const char          *path,
                                            FkStudyOpenFlags     flags,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
void            fk_study_open_default_async (GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
/* Returns: (transfer full) (nullable): the study; NULL with @error. */
FkStudy        *fk_study_open_finish       (GAsyncResult        *result,
                                            GError             **error);

/* The default study in the user data directory, and opening it (created
 * with the built-in model and region on first use). Both (transfer full);
 * fk_study_open_default() (nullable), NULL with @error. */
char           *fk_study_get_default_path  (void);
FkStudy        *fk_study_open_default      (GError           **error);

/* The getters return what the study owns: (transfer none). */
const char     *fk_study_get_path          (FkStudy           *self);
const char     *fk_study_get_title         (FkStudy           *self);
const char     *fk_study_get_language      (FkStudy           *self);
gint64          fk_study_get_created       (FkStudy           *self);
FkModel        *fk_study_get_model         (FkStudy           *self);
FkRegion       *fk_study_get_region        (FkStudy           *self);

gboolean        fk_study_is_read_only      (FkStudy           *self);
/* Why the study is read-only, for a banner; NULL when writable.
 * Returns: (transfer none) (nullable) */
const char     *fk_study_get_read_only_reason (FkStudy        *self);

/* A study that became read-only for a passing reason (another program
 * held the lock, the disk was full) tries to write again; TRUE if it can
 * now. Emits "changed" (FK_STUDY_CHANGE_STATE) when it becomes writable. */
gboolean        fk_study_retry_writable    (FkStudy           *self);

/* Both emit "changed" with FK_STUDY_CHANGE_METADATA. */
gboolean        fk_study_set_title         (FkStudy           *self,
                                            const char        *title,
                                            GError           **error);
gboolean        fk_study_set_language      (FkStudy           *self,
                                            const char        *language,
                                            GError           **error);

/* Rounds, oldest first. (transfer none) (element-type FkRound): the array
 * and rounds belong to the study and stay valid until the next round is
 * added or the next fk_study_check_external_changes() that finds a change
 * (views re-read them on "changed"). The same for every FkRound below. */
GPtrArray      *fk_study_get_rounds        (FkStudy           *self);
/* Returns: (transfer none) (nullable): the round named @name. */
const FkRound  *fk_study_find_round        (FkStudy           *self,
                                            const char        *name);
/* Returns: (transfer none) (nullable): the round with this id. */
const FkRound  *fk_study_get_round_by_id   (FkStudy           *self,
                                            gint64             id);
/**
 * fk_study_get_round_by_name:
 * @name: a round's name, as people type it
 *
 * Returns: (transfer none) (nullable): the round named @name; NULL with
 *   FK_ERROR_NOT_FOUND and the one message for an unknown round
 *   (see fk_study_check_round()) if there is none.
 */
const FkRound  *fk_study_get_round_by_name (FkStudy           *self,
                                            const char        *name,
                                            GError           **error);
/**
 * fk_study_check_round:
 * @round_id: a round's id
 *
 * Returns: TRUE if the study has a round with this id; otherwise FALSE
 *   with FK_ERROR_NOT_FOUND and the one message for an unknown round,
 *   naming the file. Every "no such round" error comes from here.
 */
gboolean        fk_study_check_round       (FkStudy           *self,
                                            gint64             round_id,
                                            GError           **error);
/* Returns: (transfer none) (nullable): the newest round. */
const FkRound  *fk_study_get_latest_round  (FkStudy           *self);
/* Adds a round after the others; @date (nullable) is "2020-11-15". Emits
 * "changed" with FK_STUDY_CHANGE_ROUNDS.
 * Returns: (transfer none) (nullable): the new round; NULL with @error. */
const FkRound  *fk_study_add_round         (FkStudy           *self,
                                            const char        *name,
                                            const char        *date,
                                            GError           **error);

/* TRUE if the study has a municipality with this code; otherwise the one
 * message for it, naming the file. */
gboolean        fk_study_check_municipality (FkStudy          *self,
                                             const char       *code,
                                             GError          **error);

/**
 * fk_study_get_respondent:
 * @municipality: a municipality code of the study
 * @out_name: (out) (transfer full) (nullable): who answers for
 *   @municipality: the name given to fk_study_set_respondent(), else (in
 *   a study that never had one set) the respondent of its most recently
 *   written score in any round; NULL if nobody is known or the name was
 *   cleared
 *
 * Returns: TRUE, or FALSE with @error for an unknown municipality or a
 *   study that cannot be read.
 */
gboolean        fk_study_get_respondent    (FkStudy           *self,
                                            const char        *municipality,
                                            char             **out_name,
                                            GError           **error);
/**
 * fk_study_list_respondents:
 * @out_names: (out) (transfer full): municipality code → who answers for
 *   it, as fk_study_get_respondent() gives it, for every municipality
 *   someone is known for
 *
 * What fk_study_get_respondent() says for each municipality, in two
 * queries for the whole study rather than two per municipality (which
 * took seconds on a study of 290 municipalities).
 *
 * Returns: TRUE, or FALSE with @error for a study that cannot be read.
 */
gboolean        fk_study_list_respondents  (FkStudy           *self,
                                            GHashTable       **out_names,
                                            GError           **error);
/**
 * fk_study_set_respondent:
 * @municipality: a municipality code of the study
 * @name: (nullable): who answers for @municipality, valid UTF-8; it is
 *   stripped of surrounding spaces, and NULL or "" clears it
 *
 * Remembers in the study file who answers for @municipality: in this
 * study only, for this municipality only. One transaction; emits
 * "changed" with FK_STUDY_CHANGE_RESPONDENTS and @municipality, unless
 * the name was stored already.
 *
 * Returns: TRUE, or FALSE with @error.
 */
gboolean        fk_study_set_respondent    (FkStudy           *self,
                                            const char        *municipality,
                                            const char        *name,
                                            GError           **error);
/**
 * fk_study_has_respondents:
 * @out_any: (out): whether the study knows anyone who answered: a name
 *   set with fk_study_set_respondent() or on a score
 *
 * Returns: TRUE, or FALSE with @error when the study cannot be read.
 */
gboolean        fk_study_has_respondents   (FkStudy           *self,
                                            gboolean          *out_any,
                                            GError           **error);

/* Returns: (transfer full) (nullable): the stored score, or a new
 * all-unset one if nothing is stored; NULL with @error for an unknown
 * round, municipality or capability. */
FkScore        *fk_study_get_score         (FkStudy           *self,
                                            gint64             round_id,
                                            const char        *municipality,
                                            const char        *capability,
                                            GError           **error);
/* Stored scores; @round_id 0 means all rounds, @municipality (nullable)
 * NULL all municipalities. Ordered by round, municipality (region order),
 * capability (model order).
 * Returns: (transfer full) (element-type FkScore) (nullable): NULL with
 * @error. */
GPtrArray      *fk_study_list_scores       (FkStudy           *self,
                                            gint64             round_id,
                                            const char        *municipality,
                                            GError           **error);
/**
 * FkImportLogEntry:
 * @source: where the scores came from: a file name, "cli", …
 * @municipality: (nullable): the municipality the import was for
 * @round_id: the round it was for; 0 for none (or @new_round)
 * @summary: (nullable): what it did, for people ("43 answers")
 * @new_round: (nullable): a round to add first, in the batch's
 *   transaction (an import with create-round, fk-import.h): the batch's
 *   scores with round_id 0, and @round_id 0, mean this round. Emits
 *   FK_STUDY_CHANGE_ROUNDS too.
 * @checksum: (nullable): SHA-256 (hex) of the imported file's bytes
 * @has_counts: whether the four counts below are given (an import's);
 *   stored as NULL otherwise
 * @n_new: scores the study did not have
 * @n_changed: scores the study had otherwise (conflicts included)
 * @n_unchanged: scores the study had already
 * @n_conflicts: changed scores the study wrote after the file was made
 * @respondent: (nullable): who answered, as the file says
 * @undoes: the id of the import this line undoes (fk_import_undo()), or
 *   0; the batch fails unless that import has its changes recorded and
 *   is not undone yet, and marks it undone
 *
 * A line of the study's import log, as given to fk_study_apply_batch().
 * A line with @has_counts is an import's: each score the batch writes is
 * recorded as it was before and after (fk_study_get_import_changes()),
 * so that it can be undone. The strings belong to the caller.
 */
typedef struct {
  const char *source;
  const char *municipality;
  gint64      round_id;
  const char *summary;
  const char *new_round;
  const char *checksum;
  gboolean    has_counts;
  guint       n_new;
  guint       n_changed;
  guint       n_unchanged;
  guint       n_conflicts;
  const char *respondent;
  gint64      undoes;
} FkImportLogEntry;

/**
 * FkImportRecord:
 * @id: the line's id
 * @time: when it was written (Unix time, UTC)
 * @source: the file name (or "cli", …)
 * @municipality: (nullable): the municipality code
 * @round_id: the round; 0 for none
 * @summary: (nullable): what it did, for people
 * @checksum: (nullable): SHA-256 of the file's bytes
 * @has_counts: whether the counts are known (lines of an import)
 * @n_new: as in #FkImportLogEntry, and the three others
 * @respondent: (nullable): who answered, when the file said so
 * @recorded: whether the scores it wrote were recorded (imports since
 *   schema 4); only those can be undone
 * @undone_by: the id of the line that undid it, or 0
 * @undoes: the id of the import this line undid, or 0
 *
 * A line of the import log as read back (fk_study_list_imports()).
 * It can be undone when it is an import (@has_counts), @recorded and not
 * undone: fk_import_record_can_undo().
 */
typedef struct {
  gint64   id;
  gint64   time;
  char    *source;
  char    *municipality;
  gint64   round_id;
  char    *summary;
  char    *checksum;
  gboolean has_counts;
  guint    n_new;
  guint    n_changed;
  guint    n_unchanged;
  guint    n_conflicts;
  char    *respondent;
  gboolean recorded;
  gint64   undone_by;
  gint64   undoes;
} FkImportRecord;

void            fk_import_record_free      (FkImportRecord    *record);
gboolean        fk_import_record_can_undo  (const FkImportRecord *record);
/**
 * fk_study_list_imports:
 *
 * The import log, oldest first.
 *
 * Returns: (transfer full) (element-type FkImportRecord) (nullable): the
 *   lines, or %NULL with @error when the study cannot be read
 */
GPtrArray      *fk_study_list_imports      (FkStudy           *self,
                                            GError           **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkImportRecord, fk_import_record_free)
/**
 * fk_study_get_import_changes:
 * @import_id: a line of the import log
 * @out_before: (out) (transfer full) (element-type FkScore): each score
 *   the import wrote as it was before (an empty score where there was none)
 * @out_after: (out) (transfer full) (element-type FkScore): and as the
 *   import wrote it (an empty one where it deleted it), in the same order
 *
 * What an import changed, as recorded in its transaction. An import
 * without a record (older than schema 4, or no such line) gives two
 * empty arrays.
 *
 * Returns: %FALSE with @error when the study cannot be read
 */
gboolean        fk_study_get_import_changes (FkStudy          *self,
                                             gint64            import_id,
                                             GPtrArray       **out_before,
                                             GPtrArray       **out_after,
                                             GError          **error);

/**
 * fk_study_apply_batch:
 * @scores: (element-type FkScore) (transfer none) (nullable): the scores
 *   to write, in order; each replaces the stored one, an all-empty one
 *   deletes it, and @updated 0 means "now"
 * @expected: (element-type FkScore) (transfer none) (nullable): as long
 *   as @scores; where an element is not NULL, the stored score must still
 *   equal it (fk_score_equal()) when its score is written, or nothing is
 *   written and the error is FK_ERROR_CHANGED naming the capability and
 *   the municipality
 * @log_entry: (transfer none) (nullable): a line for the import log
 *
 * The one write path for scores and the import log: everything in one
 * transaction, the @expected checks inside it (nobody can write between
 * the check and the write), all or nothing. Emits "changed" once, for
 * what it wrote.
 *
 * Returns: TRUE when all of it was written.
 */
gboolean        fk_study_apply_batch       (FkStudy                *self,
                                            GPtrArray              *scores,
                                            GPtrArray              *expected,
                                            const FkImportLogEntry *log_entry,
                                            GError                **error);
/* Writes one score (replacing the stored one). @score->updated 0 means
 * "now". An all-empty score deletes the row. A batch of one. */
gboolean        fk_study_set_score         (FkStudy           *self,
                                            const FkScore     *score,
                                            GError           **error);
/* Writes @score only if the stored score still equals @expected (ignoring
 * times); FK_ERROR_CHANGED otherwise, with nothing written. For undo: it
 * must not overwrite what another window or program wrote meanwhile.
 * A batch of one with a check. */
gboolean        fk_study_replace_score     (FkStudy           *self,
                                            const FkScore     *expected,
                                            const FkScore     *score,
                                            GError           **error);
/* Writes several scores in one transaction: all or nothing. A batch
 * without checks or log line. @scores: (element-type FkScore) (transfer none) */
gboolean        fk_study_set_scores        (FkStudy           *self,
                                            GPtrArray         *scores,
                                            GError           **error);
/**
 * fk_study_queue_batch:
 * @scores: (element-type FkScore) (transfer none): as in
 *   fk_study_apply_batch() (copied)
 * @expected: (element-type FkScore) (transfer none) (nullable): as there
 *
 * The UI's write: never waits for another program. The batch is checked
 * at once (an unknown key or a wrong value is @error, and nothing is
 * queued; so is a read-only study), then queued behind the batches not
 * yet written and written in order, each one transaction with its
 * @expected checks, as soon as the file's write lock is free (at once
 * when it is). Until then FkStudy:n-pending counts it, FkStudy:waiting is
 * TRUE, and fk_study_get_score() and fk_study_list_scores() return the
 * queued scores (snapshots and counts show what is written). "changed" is
 * emitted when a batch is written. A batch whose @expected check fails is
 * dropped with FkStudy::write-failed; a full disk or a file that cannot
 * be written makes the study read-only and keeps the queue, written by a
 * successful fk_study_retry_writable(). The CLI uses
 * fk_study_apply_batch(), which waits.
 *
 * Returns: TRUE when queued (perhaps already written).
 */
gboolean        fk_study_queue_batch       (FkStudy           *self,
                                            GPtrArray         *scores,
                                            GPtrArray         *expected,
                                            GError           **error);
/* fk_study_set_score() and fk_study_replace_score() through the queue. */
gboolean        fk_study_queue_score       (FkStudy           *self,
                                            const FkScore     *score,
                                            GError           **error);
gboolean        fk_study_queue_replace_score (FkStudy         *self,
                                              const FkScore   *expected,
                                              const FkScore   *score,
                                              GError         **error);
/* Queued batches not yet written (FkStudy:n-pending). */
guint           fk_study_get_n_pending     (FkStudy           *self);
/* TRUE while the oldest of them waits for another program (FkStudy:waiting). */
gboolean        fk_study_is_waiting        (FkStudy           *self);
/* Tries the queue once more now, without waiting; TRUE if it is empty. */
gboolean        fk_study_flush_pending     (FkStudy           *self);

/**
 * fk_study_get_n_assessed:
 * @out_n: (out): how many capabilities of the model @municipality has
 *   assessed in @round_id: a current level or "not applicable"
 *
 * Returns: TRUE, or FALSE with @error when the study cannot be read
 *   (never a 0 that is not true).
 */
gboolean        fk_study_get_n_assessed    (FkStudy           *self,
                                            gint64             round_id,
                                            const char        *municipality,
                                            guint             *out_n,
                                            GError           **error);
/**
 * fk_study_count_assessed_all:
 * @out_counts: (out) (transfer full) (element-type utf8 guint): every
 *   municipality code of the region → its count as in
 *   fk_study_get_n_assessed() (GUINT_TO_POINTER)
 *
 * The same for every municipality, in one query.
 *
 * Returns: TRUE, or FALSE with @error (and @out_counts untouched).
 */
gboolean        fk_study_count_assessed_all (FkStudy          *self,
                                             gint64            round_id,
                                             GHashTable      **out_counts,
                                             GError          **error);

/* Appends a line to the import log. A batch without scores. */
gboolean        fk_study_log_import        (FkStudy           *self,
                                            const char        *source,
                                            const char        *municipality,
                                            gint64             round_id,
                                            const char        *summary,
                                            GError           **error);

/* Asks the study to look for writes by other processes (cheap: one
 * PRAGMA); emits "changed" (FK_STUDY_CHANGE_ALL, any round and
 * municipality) if there were any. */
void            fk_study_check_external_changes (FkStudy      *self);

G_END_DECLS
