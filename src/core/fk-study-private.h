/* fk-study-private.h — what the fk-study-*.c files share (private to core) */
#pragma once

#include <sqlite3.h>
#include "fk-study.h"

G_BEGIN_DECLS

/* How long a write waits for another process's write lock. */
#define FK_STUDY_BUSY_TIMEOUT_MS 5000

struct _FkStudy
{
  GObject    parent_instance;

  sqlite3   *db;
  int        presence_fd;         /* fk-study-presence.c, or -1 */
  char      *path;                /* the user's file */
  char      *db_path;             /* the working copy SQLite opens, or NULL (fk-study-copy.c) */
  gboolean   copy_unsaved;        /* a write-back failed: keep the working copy */
  char      *display_name;
  char      *read_only_reason;
  gboolean   read_only;
  FkStudyOpenFlags open_flags;

  char      *title;
  char      *language;
  gint64     created;
  FkModel   *model;
  FkRegion  *region;
  GPtrArray *rounds;              /* FkRound* */
  GHashTable *municipality_pos;   /* code → position + 1 */
  int        data_version;

  /* fk-study-queue.c: batches from fk_study_queue_batch(), oldest first */
  GQueue     pending;
  guint      retry_source;
  gboolean   waiting;        /* the oldest was refused: another program writes */
  gboolean   running_queue;  /* guards against writing from a "changed" handler */
};

/* fk-study-presence.c: keeping SQLite's -wal and -shm files while
 * another FkStudy has the study open. begin once the study is accepted,
 * before_close just before sqlite3_close, end after it. */
void          fk_study_presence_begin        (FkStudy *self);
void          fk_study_presence_before_close (FkStudy *self);
void          fk_study_presence_end          (FkStudy *self);

/* fk-study-sql.c: SQLite helpers, prepared statements only */
sqlite3_stmt *fk_study_prepare      (FkStudy *self, const char *sql, GError **error);
void          fk_study_bind_text    (sqlite3_stmt *stmt, int index, const char *text);
char         *fk_study_column_dup   (sqlite3_stmt *stmt, int column);
gboolean      fk_study_step_done    (FkStudy *self, sqlite3_stmt *stmt, GError **error);
/* After a loop of sqlite3_step() while SQLITE_ROW: finalizes @stmt; FALSE
 * with @error unless the last step @rc was SQLITE_DONE. */
gboolean      fk_study_rows_done    (FkStudy *self, sqlite3_stmt *stmt, int rc, GError **error);
gboolean      fk_study_begin_write  (FkStudy *self, GError **error);
gboolean      fk_study_end_write    (FkStudy *self, gboolean ok, GError **error);
gboolean      fk_study_set_meta     (FkStudy *self, const char *key, const char *value, GError **error);
/* A missing key gives NULL (the integer: @fallback) and TRUE; a read that
 * fails, or a number that is not one, FALSE with @error. */
gboolean      fk_study_get_meta     (FkStudy *self, const char *key, char **out_value, GError **error);
gboolean      fk_study_get_meta_int (FkStudy *self, const char *key, gint64 fallback,
                                     gint64 *out_value, GError **error);
/* The first row's value of @sql, a SELECT of one text column with one "?"
 * for @param; NULL without a row. @out_found (nullable): whether there
 * was a row (a row's value may be NULL too). FALSE with @error if the
 * query fails. */
gboolean      fk_study_query_text   (FkStudy *self, const char *sql, const char *param,
                                     gboolean *out_found, char **out_value, GError **error);
/* The integer a PRAGMA (or a one-value SELECT) returns. */
gboolean      fk_study_pragma_int   (FkStudy *self, const char *sql, int *out_value, GError **error);
gboolean      fk_study_load_rounds  (FkStudy *self, GError **error);
void          fk_study_round_free   (FkRound *round);
void          fk_study_replace_str  (char **ptr, const char *value);

/* fk-study-scores.c: the write behind fk_study_apply_batch(), which with
 * @wait FALSE does not wait for another program's lock (FK_ERROR_BUSY at
 * once); and the checks of scores that do not need the file. */
gboolean      fk_study_write_batch  (FkStudy *self, GPtrArray *scores, GPtrArray *expected,
                                     const FkImportLogEntry *log_entry, gboolean wait,
                                     GError **error);
gboolean      fk_study_check_batch  (FkStudy *self, GPtrArray *scores, GError **error);
/* A batch of one score, @expected (nullable) its check; through the
 * queue (fk_study_queue_batch()) or fk_study_apply_batch(). */
gboolean      fk_study_write_one    (FkStudy *self, const FkScore *expected, const FkScore *score,
                                     gboolean queued, GError **error);

/* The stored score, or an all-unset one, not what is queued; keys
 * already checked. */
FkScore      *fk_study_read_stored_score (FkStudy *self, gint64 round_id, const char *municipality,
                                          const char *capability, GError **error);

/* fk-study-import-changes.c, inside the batch's transaction: records what
 * import @import_id wrote (@before[i] became @after[i]), and marks
 * @import_id undone by line @undo_id (FK_ERROR_CHANGED when it cannot be
 * undone: no record, or undone already). */
gboolean      fk_study_record_import_changes (FkStudy *self, gint64 import_id, GPtrArray *before,
                                              GPtrArray *after, GError **error);
gboolean      fk_study_mark_import_undone   (FkStudy *self, gint64 import_id, gint64 undo_id,
                                             GError **error);

/* fk-study-queue.c: the newest queued score for these keys, or NULL; and
 * @scores (read for @round_id, 0 any, and @municipality, NULL any) with
 * the queued scores put in (an empty one removes the stored one). */
const FkScore *fk_study_find_pending (FkStudy *self, gint64 round_id,
                                      const char *municipality, const char *capability);
void          fk_study_overlay_pending (FkStudy *self, gint64 round_id,
                                        const char *municipality, GPtrArray *scores);
/* Writes what is queued, in order, as far as it can without waiting. */
void          fk_study_run_queue    (FkStudy *self);
void          fk_study_clear_queue  (FkStudy *self);
/* fk-study.c: notifies "n-pending" and "waiting". */
void          fk_study_notify_queue (FkStudy *self);
void          fk_study_emit_write_failed (FkStudy *self, const GError *error);

/* fk-study-scenarios.c: gives a study that never had them the four
 * default scenarios, once (meta key "scenarios-seeded"): inside the
 * caller's write transaction (creating a study), or in a write of its
 * own (opening one; TRUE without writing if seeded already or read-only). */
gboolean      fk_study_add_default_scenarios (FkStudy *self, GError **error);
gboolean      fk_study_seed_scenarios (FkStudy *self, GError **error);

/* fk-study-open.c: decides read_only and its reason (the write-lock test
 * waits for the busy timeout). */
void          fk_study_probe_writable (FkStudy *self, FkStudyOpenFlags flags);

/* fk-study-copy.c: a study in a folder where SQLite cannot work (the
 * document portal, a folder that takes no new files) is opened as a
 * working copy in the user data folder and written back after each
 * write. FK_STUDY_WORKING_COPY=always in the environment forces it
 * (for tests). */
gboolean      fk_study_needs_working_copy (const char *path);
/* Copies self->path into a new working copy and sets self->db_path. */
gboolean      fk_study_make_working_copy  (FkStudy *self, GError **error);
/* A new study at @path is built in the working-copy folder (a new empty
 * file from fk_study_new_working_file()) and copied to @path whole by
 * fk_study_copy_into_place(), which deletes @tmp_path; without @replace
 * it never writes over an existing file. */
gboolean      fk_study_create_needs_working_copy (const char *path);
char         *fk_study_new_working_file   (const char *path, GError **error);
gboolean      fk_study_copy_into_place    (const char *tmp_path, const char *path,
                                           gboolean replace, GError **error);
/* After a committed write: the working copy, whole, replaces the user's
 * file (atomically where the folder allows). TRUE without a working copy. */
gboolean      fk_study_write_back         (FkStudy *self, GError **error);
/* Deletes the working copy (after the connection is closed), unless it
 * holds a change that could not be written back. */
void          fk_study_drop_working_copy  (FkStudy *self);

/* fk-study.c */
FkStudy      *fk_study_new_for_path (const char *path);
/* Inserts a round (its name checked by the caller) inside the caller's
 * write transaction and reloads the rounds; its id in @out_id. */
gboolean      fk_study_insert_round (FkStudy *self, const char *name, const char *date,
                                     gint64 *out_id, GError **error);
/* Emits "changed" with @what; @round_id and @municipality say whose scores
 * (0 and NULL: any). */
void          fk_study_emit_changed (FkStudy            *self,
                                     FkStudyChangeFlags  what,
                                     gint64              round_id,
                                     const char         *municipality);
/* After a failed write: if the disk or the file caused it (full, read-only,
 * I/O error), later writes would fail too, so the study becomes read-only
 * with the reason and tells its views. Other failures change nothing. */
void          fk_study_note_write_failure (FkStudy *self, int sqlite_rc);

G_END_DECLS
