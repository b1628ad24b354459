/* fk-study.c — the study file (SQLite)
 *
 * Each public write runs in its own BEGIN IMMEDIATE … COMMIT with
 * synchronous=FULL, so it is on disk when the call returns; a busy timeout
 * lets a second process wait for the first instead of failing.
 */
#define G_LOG_DOMAIN "fk-study"
#include "config.h"
#include "fk-study-private.h"
#include "fk-error.h"
#include "fk-study-schema.h"

#include "fk-i18n.h"
#include <string.h>

G_DEFINE_FINAL_TYPE (FkStudy, fk_study, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (FkStudyChange, fk_study_change, fk_study_change_copy, fk_study_change_free)

enum {
  CHANGED,
  WRITE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_READ_ONLY,
  PROP_N_PENDING,
  PROP_WAITING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
fk_study_round_free (FkRound *round)
{
  g_free (round->name);
  g_free (round->date);
  g_free (round);
}

static void
fk_study_finalize (GObject *object)
{
  FkStudy *self = FK_STUDY (object);

  /* A window waits for the queue before it lets go (fk-window.c). */
  if (!g_queue_is_empty (&self->pending))
    g_warning ("%s: %u queued writes were dropped", self->display_name, self->pending.length);
  fk_study_clear_queue (self);
  fk_study_presence_before_close (self);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  fk_study_presence_end (self);
  fk_study_drop_working_copy (self);
  g_clear_pointer (&self->model, fk_model_unref);
  g_clear_pointer (&self->region, fk_region_unref);
  g_clear_pointer (&self->rounds, g_ptr_array_unref);
  g_clear_pointer (&self->municipality_pos, g_hash_table_unref);
  g_free (self->path);
  g_free (self->display_name);
  g_free (self->read_only_reason);
  g_free (self->title);
  g_free (self->language);

  G_OBJECT_CLASS (fk_study_parent_class)->finalize (object);
}

static void
fk_study_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  FkStudy *self = FK_STUDY (object);

  switch (prop_id)
    {
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_N_PENDING:
      g_value_set_uint (value, self->pending.length);
      break;
    case PROP_WAITING:
      g_value_set_boolean (value, self->waiting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_study_class_init (FkStudyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fk_study_finalize;
  object_class->get_property = fk_study_get_property;

  /* FkStudy:read-only: TRUE when nothing can be written; see
   * fk_study_get_read_only_reason(). It can turn TRUE while the study is
   * open, when the disk fills up or the file stops being writable. */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* FkStudy:n-pending: batches queued by fk_study_queue_batch() and not
   * yet written. */
  properties[PROP_N_PENDING] =
    g_param_spec_uint ("n-pending", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* FkStudy:waiting: the oldest queued batch was refused because another
   * program is writing; it is tried again until it is written. */
  properties[PROP_WAITING] =
    g_param_spec_boolean ("waiting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FkStudy::changed:
   * @study: the study
   * @change: (transfer none): what changed; valid during the emission only
   *
   * Something in the study changed (scores, a round, the title), through
   * this object or, noticed by fk_study_check_external_changes(), another
   * process (then FK_STUDY_CHANGE_ALL). A view recomputes what @change
   * concerns, and only once it is shown.
   *
   * The signal is detailed for later use; no emission has a detail yet,
   * so connect to plain "changed".
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL,
                                   g_cclosure_marshal_VOID__BOXED,
                                   G_TYPE_NONE, 1, FK_TYPE_STUDY_CHANGE | G_SIGNAL_TYPE_STATIC_SCOPE);
  g_signal_set_va_marshaller (signals[CHANGED], G_TYPE_FROM_CLASS (klass),
                              g_cclosure_marshal_VOID__BOXEDv);

  /**
   * FkStudy::write-failed:
   * @study: the study
   * @error: (transfer none): why
   *
   * A batch queued with fk_study_queue_batch() was dropped because it can
   * never be written (its score was changed elsewhere meanwhile). A full
   * disk or a file that cannot be written makes the study read-only
   * instead and keeps the queue.
   */
  signals[WRITE_FAILED] = g_signal_new ("write-failed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                        g_cclosure_marshal_VOID__BOXED,
                                        G_TYPE_NONE, 1, G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
fk_study_init (FkStudy *self)
{
  self->presence_fd = -1;
  self->rounds = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_study_round_free);
  self->municipality_pos = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
fk_study_emit_changed (FkStudy            *self,
                       FkStudyChangeFlags  what,
                       gint64              round_id,
                       const char         *municipality)
{
  const FkStudyChange change = { what, round_id, municipality };

  /* Our own writes change data_version only for other connections. */
  g_signal_emit (self, signals[CHANGED], 0, &change);
}

void
fk_study_notify_queue (FkStudy *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WAITING]);
}

void
fk_study_emit_write_failed (FkStudy      *self,
                            const GError *error)
{
  g_signal_emit (self, signals[WRITE_FAILED], 0, error);
}

/* ---- FkStudyChange ------------------------------------------------------- */

FkStudyChange *
fk_study_change_copy (const FkStudyChange *change)
{
  gsize length;
  FkStudyChange *copy;

  g_return_val_if_fail (change != NULL, NULL);

  /* One block: the municipality's bytes follow the struct. */
  length = change->municipality != NULL ? strlen (change->municipality) + 1 : 0;
  copy = g_malloc (sizeof (FkStudyChange) + length);
  *copy = *change;
  if (change->municipality != NULL)
    copy->municipality = memcpy ((char *) (copy + 1), change->municipality, length);
  return copy;
}

void
fk_study_change_free (FkStudyChange *change)
{
  g_free (change);
}

gboolean
fk_study_change_touches_scores (const FkStudyChange *change,
                                gint64               round_id,
                                const char          *municipality)
{
  g_return_val_if_fail (change != NULL, TRUE);

  return (change->what & FK_STUDY_CHANGE_SCORES) != 0 &&
         (change->round_id == 0 || round_id == 0 || change->round_id == round_id) &&
         (change->municipality == NULL || municipality == NULL ||
          strcmp (change->municipality, municipality) == 0);
}

void
fk_study_note_write_failure (FkStudy *self,
                             int      sqlite_rc)
{
  const char *reason;

  switch (sqlite_rc & 0xff)
    {
    case SQLITE_FULL:
      reason = _("The disk is full, so nothing more can be saved. Free some space and open the study again.");
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      reason = _("The file can no longer be written. Open the study again when it can.");
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      reason = _("The file could not be written (an input/output error). Open the study again to retry.");
      break;
    default:
      return;
    }
  if (self->read_only)
    return;
  self->read_only = TRUE;
  fk_study_replace_str (&self->read_only_reason, reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  fk_study_emit_changed (self, FK_STUDY_CHANGE_STATE, 0, NULL);
}

FkStudy *
fk_study_new_for_path (const char *path)
{
  FkStudy *self = g_object_new (FK_TYPE_STUDY, NULL);

  self->path = g_strdup (path);
  self->display_name = g_filename_display_name (path);
  return self;
}

/* ---- getters ------------------------------------------------------------- */

const char *
fk_study_get_path (FkStudy *self)
{
  g_return_val_if_fail (FK_IS_STUDY (self), NULL);
  return self->path;
}

const char *
fk_study_get_title (FkStudy *self)
{
  g_return_val_if_fail (FK_IS_STUDY (self), NULL);
  return self->title;
}

const char *
fk_study_get_language (FkStudy *self)
{
  g_return_val_if_fail (FK_IS_STUDY (self), NULL);
  return self->language;
}

gint64
fk_study_get_created (FkStudy *self)
{
  g_return_val_if_fail (FK_IS_STUDY (self), 0);
  return self->created;
}

FkModel *
fk_study_get_model (FkStudy *self)
{
  g_return_val_if_fail (FK_IS_STUDY (self), NULL);
  return self->model;
}

FkRegion *
fk_study_get_region (FkStudy *self)
{
  g_return_val_if_fail (FK_IS_STUDY (self), NULL);
  return self->region;
}

gboolean
fk_study_is_read_only (FkStudy *self)
{
  g_return_val_if_fail (FK_IS_STUDY (self), TRUE);
  return self->read_only;
}

const char *
fk_study_get_read_only_reason (FkStudy *self)
{
  g_return_val_if_fail (FK_IS_STUDY (self), NULL);
  return self->read_only ? self->read_only_reason : NULL;
}

/* ---- metadata -------------------------------------------------------------- */

static gboolean
write_meta (FkStudy     *self,
            const char  *key,
            const char  *value,
            char       **cache,
            GError     **error)
{
  if (!fk_study_begin_write (self, error) ||
      !fk_study_end_write (self, fk_study_set_meta (self, key, value, error), error))
    return FALSE;
  fk_study_replace_str (cache, value);
  fk_study_emit_changed (self, FK_STUDY_CHANGE_METADATA, 0, NULL);
  return TRUE;
}

gboolean
fk_study_retry_writable (FkStudy *self)
{
  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);

  if (!self->read_only)
    return TRUE;
  if (self->open_flags & FK_STUDY_OPEN_READ_ONLY)
    return FALSE;
  /* Ask once, briefly: a person is waiting for the answer. Taking the
   * write lock writes nothing, so a disk that is still full shows at the
   * next save, which turns the study read-only again. */
  sqlite3_busy_timeout (self->db, 250);
  fk_study_probe_writable (self, self->open_flags);
  sqlite3_busy_timeout (self->db, FK_STUDY_BUSY_TIMEOUT_MS);
  if (self->read_only)
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  fk_study_emit_changed (self, FK_STUDY_CHANGE_STATE, 0, NULL);
  /* What was queued when the writes failed goes now. */
  fk_study_run_queue (self);
  return TRUE;
}

gboolean
fk_study_set_title (FkStudy     *self,
                    const char  *title,
                    GError     **error)
{
  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);

  if (title == NULL || *title == '\0' || !g_utf8_validate (title, -1, NULL))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID, _("the title must not be empty"));
      return FALSE;
    }
  return write_meta (self, "title", title, &self->title, error);
}

gboolean
fk_study_set_language (FkStudy     *self,
                       const char  *language,
                       GError     **error)
{
  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);

  if (!fk_text_language_is_valid (language))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("“%s” is not a study language (use sv or en)"), language ? language : "");
      return FALSE;
    }
  return write_meta (self, "language", language, &self->language, error);
}

/* ---- rounds ---------------------------------------------------------------- */

GPtrArray *
fk_study_get_rounds (FkStudy *self)
{
  g_return_val_if_fail (FK_IS_STUDY (self), NULL);
  return self->rounds;
}

const FkRound *
fk_study_find_round (FkStudy    *self,
                     const char *name)
{
  g_return_val_if_fail (FK_IS_STUDY (self), NULL);
  for (guint i = 0; i < self->rounds->len; i++)
    {
      const FkRound *round = g_ptr_array_index (self->rounds, i);
      if (g_strcmp0 (round->name, name) == 0)
        return round;
    }
  return NULL;
}

const FkRound *
fk_study_get_round_by_id (FkStudy *self,
                          gint64   id)
{
  g_return_val_if_fail (FK_IS_STUDY (self), NULL);
  for (guint i = 0; i < self->rounds->len; i++)
    {
      const FkRound *round = g_ptr_array_index (self->rounds, i);
      if (round->id == id)
        return round;
    }
  return NULL;
}

/* The one message for an unknown round: @round is its name, or its id
 * written out. */
static void
set_no_round_error (FkStudy     *self,
                    const char  *round,
                    GError     **error)
{
  g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND, _("%s: the study has no round “%s”"),
               self->display_name, round);
}

const FkRound *
fk_study_get_round_by_name (FkStudy     *self,
                            const char  *name,
                            GError     **error)
{
  const FkRound *round;

  g_return_val_if_fail (FK_IS_STUDY (self), NULL);

  round = fk_study_find_round (self, name);
  if (round == NULL)
    set_no_round_error (self, name != NULL ? name : "", error);
  return round;
}

gboolean
fk_study_check_round (FkStudy  *self,
                      gint64    round_id,
                      GError  **error)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);

  if (fk_study_get_round_by_id (self, round_id) != NULL)
    return TRUE;
  id = g_strdup_printf ("%" G_GINT64_FORMAT, round_id);
  set_no_round_error (self, id, error);
  return FALSE;
}

const FkRound *
fk_study_get_latest_round (FkStudy *self)
{
  g_return_val_if_fail (FK_IS_STUDY (self), NULL);
  if (self->rounds->len == 0)
    return NULL;
  return g_ptr_array_index (self->rounds, self->rounds->len - 1);
}

gboolean
fk_study_insert_round (FkStudy     *self,
                       const char  *name,
                       const char  *date,
                       gint64      *out_id,
                       GError     **error)
{
  sqlite3_stmt *stmt = fk_study_prepare (self, "INSERT INTO round (name, date) VALUES (?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  fk_study_bind_text (stmt, 2, date);
  if (!fk_study_step_done (self, stmt, error))
    return FALSE;
  if (out_id != NULL)
    *out_id = sqlite3_last_insert_rowid (self->db);
  return fk_study_load_rounds (self, error);
}

const FkRound *
fk_study_add_round (FkStudy     *self,
                    const char  *name,
                    const char  *date,
                    GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (FK_IS_STUDY (self), NULL);

  if (name == NULL || *name == '\0' || !g_utf8_validate (name, -1, NULL))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID, _("a round needs a name"));
      return NULL;
    }
  if (fk_study_find_round (self, name) != NULL)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_EXISTS, _("there is already a round named “%s”"), name);
      return NULL;
    }
  if (date != NULL)
    {
      if (!fk_text_is_iso_date (date))
        {
          g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                       _("“%s” is not a date like 2020-11-15"), date);
          return NULL;
        }
    }
  if (!fk_study_begin_write (self, error))
    return NULL;
  ok = fk_study_insert_round (self, name, date, NULL, error);
  if (!fk_study_end_write (self, ok, error))
    {
      /* Forget the round the rollback took back. */
      fk_study_load_rounds (self, NULL);
      return NULL;
    }
  fk_study_emit_changed (self, FK_STUDY_CHANGE_ROUNDS, 0, NULL);
  return fk_study_find_round (self, name);
}

void
fk_study_check_external_changes (FkStudy *self)
{
  g_autofree char *title = NULL;
  g_autofree char *language = NULL;
  int version;

  g_return_if_fail (FK_IS_STUDY (self));

  /* A check that cannot read is tried again at the next one: the version
   * is remembered only once everything is read. */
  if (!fk_study_pragma_int (self, "PRAGMA data_version", &version, NULL) ||
      version == self->data_version)
    return;
  if (!fk_study_get_meta (self, "title", &title, NULL) ||
      !fk_study_get_meta (self, "language", &language, NULL) ||
      !fk_study_load_rounds (self, NULL))
    return;
  self->data_version = version;
  if (title != NULL)
    fk_study_replace_str (&self->title, title);
  if (fk_text_language_is_valid (language))
    fk_study_replace_str (&self->language, language);
  fk_study_emit_changed (self, FK_STUDY_CHANGE_ALL, 0, NULL);
}
