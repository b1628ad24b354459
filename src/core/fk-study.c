/* fk-study.c — the study file (SQLite)
 *
 * Each public write runs in its own BEGIN IMMEDIATE … COMMIT with
 * synchronous=FULL, so it is on disk when the call returns; a busy timeout
 * lets a second process wait for the first instead of failing.
 */
#include "config.h"
#include "fk-study.h"
#include "fk-error.h"
#include "fk-study-schema.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#define BUSY_TIMEOUT_MS 5000
#define SQLITE_MAGIC "SQLite format 3"

struct _FkStudy
{
  GObject    parent_instance;

  sqlite3   *db;
  char      *path;
  char      *display_name;
  char      *read_only_reason;
  gboolean   read_only;

  char      *title;
  char      *language;
  gint64     created;
  FkModel   *model;
  FkRegion  *region;
  GPtrArray *rounds;              /* FkRound* */
  GHashTable *municipality_pos;   /* code → position + 1 */
  int        data_version;
};

G_DEFINE_FINAL_TYPE (FkStudy, fk_study, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* g_set_str() is GLib 2.76; we build against 2.74. */
static void
replace_str (char       **ptr,
             const char  *value)
{
  char *copy = g_strdup (value);
  g_free (*ptr);
  *ptr = copy;
}

static void
round_free (FkRound *round)
{
  g_free (round->name);
  g_free (round->date);
  g_free (round);
}

static void
fk_study_finalize (GObject *object)
{
  FkStudy *self = FK_STUDY (object);

  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
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
fk_study_class_init (FkStudyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fk_study_finalize;

  /**
   * FkStudy::changed:
   *
   * Something in the study changed (a score, a round, the title), through
   * this object or, noticed by fk_study_check_external_changes(), another
   * process.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
fk_study_init (FkStudy *self)
{
  self->rounds = g_ptr_array_new_with_free_func ((GDestroyNotify) round_free);
  self->municipality_pos = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* ---- small SQLite helpers (prepared statements only) ------------------- */

static sqlite3_stmt *
prepare (FkStudy     *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return NULL;
    }
  return stmt;
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL && *text != '\0')
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);
  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

/* Runs a statement that returns no rows; finalizes it. */
static gboolean
step_done (FkStudy       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
begin_write (FkStudy  *self,
             GError  **error)
{
  if (self->read_only)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_READ_ONLY, "%s: %s",
                   self->display_name, self->read_only_reason);
      return FALSE;
    }
  return fk_sqlite_exec (self->db, "BEGIN IMMEDIATE", self->path, error);
}

static gboolean
end_write (FkStudy  *self,
           gboolean  ok,
           GError  **error)
{
  if (!ok)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  if (!fk_sqlite_exec (self->db, "COMMIT", self->path, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

static gboolean
set_meta (FkStudy     *self,
          const char  *key,
          const char  *value,
          GError     **error)
{
  sqlite3_stmt *stmt = prepare (self, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  bind_text_or_null (stmt, 2, value);
  return step_done (self, stmt, error);
}

static char *
get_meta (FkStudy    *self,
          const char *key)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT value FROM meta WHERE key = ?", NULL);
  char *value = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = column_dup (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gint64
get_meta_int (FkStudy    *self,
              const char *key,
              gint64      fallback)
{
  g_autofree char *value = get_meta (self, key);
  gint64 result;

  if (value == NULL || !g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &result, NULL))
    return fallback;
  return result;
}

static int
pragma_int (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
emit_changed (FkStudy *self)
{
  /* Our own writes change data_version only for other connections. */
  g_signal_emit (self, signals[CHANGED], 0);
}

/* ---- loading ------------------------------------------------------------ */

static gboolean
load_rounds (FkStudy  *self,
             GError  **error)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT id, name, date FROM round ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  g_ptr_array_set_size (self->rounds, 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FkRound *round = g_new0 (FkRound, 1);
      round->id = sqlite3_column_int64 (stmt, 0);
      round->name = column_dup (stmt, 1);
      round->date = column_dup (stmt, 2);
      g_ptr_array_add (self->rounds, round);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_contents (FkStudy  *self,
               GError  **error)
{
  g_autoptr(GPtrArray) municipalities = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_municipality_free);
  g_autofree char *region_id = NULL;
  g_autofree char *region_name = NULL;
  g_autofree char *model_json = NULL;
  sqlite3_stmt *stmt;
  int rc;

  self->title = get_meta (self, "title");
  self->language = get_meta (self, "language");
  if (!fk_text_language_is_valid (self->language))
    replace_str (&self->language, "sv");
  if (self->title == NULL)
    self->title = g_strdup ("");
  self->created = get_meta_int (self, "created", 0);

  stmt = prepare (self, "SELECT json FROM model WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    model_json = column_dup (stmt, 0);
  sqlite3_finalize (stmt);
  if (model_json == NULL)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_A_STUDY,
                   _("%s: the study holds no capability model; the file is damaged"),
                   self->display_name);
      return FALSE;
    }
  {
    g_autofree char *source = g_strdup_printf (_("the model inside %s"), self->display_name);
    self->model = fk_model_new_from_data (model_json, -1, source, error);
    if (self->model == NULL)
      return FALSE;
  }

  stmt = prepare (self, "SELECT code, name, population FROM municipality ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FkMunicipality *m = fk_municipality_new ((const char *) sqlite3_column_text (stmt, 0),
                                               (const char *) sqlite3_column_text (stmt, 1),
                                               sqlite3_column_int64 (stmt, 2));
      g_ptr_array_add (municipalities, m);
      g_hash_table_insert (self->municipality_pos, g_strdup (m->code),
                           GUINT_TO_POINTER (municipalities->len));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return FALSE;
    }

  region_id = get_meta (self, "region_id");
  region_name = get_meta (self, "region_name");
  self->region = fk_region_new (region_id != NULL ? region_id : "",
                                region_name != NULL ? region_name : "",
                                get_meta_int (self, "small_below", FK_REGION_DEFAULT_SMALL_BELOW),
                                get_meta_int (self, "large_above", FK_REGION_DEFAULT_LARGE_ABOVE),
                                g_steal_pointer (&municipalities));
  return load_rounds (self, error);
}

/* Decides once, at open, whether we may write: an explicit request, a
 * read-only file or folder, or another program holding the write lock. */
static void
probe_writable (FkStudy          *self,
                FkStudyOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;

  if (flags & FK_STUDY_OPEN_READ_ONLY)
    {
      self->read_only = TRUE;
      self->read_only_reason = g_strdup (_("The study was opened read-only."));
      return;
    }
  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      self->read_only = TRUE;
      self->read_only_reason = g_strdup (_("You do not have permission to change this file."));
      return;
    }
  if (!fk_sqlite_exec (self->db, "BEGIN IMMEDIATE", self->path, &error))
    {
      self->read_only = TRUE;
      if (g_error_matches (error, FK_ERROR, FK_ERROR_BUSY))
        self->read_only_reason = g_strdup (_("Another program is writing to this study."));
      else
        self->read_only_reason = g_strdup_printf (_("The study cannot be written: %s"), error->message);
      return;
    }
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
check_header (const char  *path,
              const char  *display,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, &local_error);
  char header[16] = { 0, };
  gsize n = 0;

  if (in == NULL)
    {
      int code = g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ? FK_ERROR_NOT_FOUND : FK_ERROR_IO;
      g_set_error (error, FK_ERROR, code, _("%s: cannot open the file (%s)"), display, local_error->message);
      return FALSE;
    }
  if (!g_input_stream_read_all (G_INPUT_STREAM (in), header, sizeof header, &n, NULL, &local_error))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_IO, _("%s: cannot read the file (%s)"), display, local_error->message);
      return FALSE;
    }
  if (n < sizeof header || memcmp (header, SQLITE_MAGIC, sizeof SQLITE_MAGIC) != 0)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_A_STUDY,
                   _("%s: not a Förmågekarta study (the file is empty or of another kind)"), display);
      return FALSE;
    }
  return TRUE;
}

static gboolean
backup_before_migration (FkStudy  *self,
                         int       version,
                         GError  **error)
{
  g_autofree char *backup = g_strdup_printf ("%s.v%d.bak", self->path, version);
  sqlite3_stmt *stmt;

  /* VACUUM INTO writes a consistent copy, WAL contents included; an old
   * backup from an earlier attempt is kept, not overwritten. */
  if (g_file_test (backup, G_FILE_TEST_EXISTS))
    return TRUE;
  stmt = prepare (self, "VACUUM INTO ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, backup, -1, SQLITE_TRANSIENT);
  return step_done (self, stmt, error);
}

static gboolean
migrate (FkStudy          *self,
         int               version,
         FkStudyOpenFlags  flags,
         GError          **error)
{
  gboolean ok;

  if (self->read_only || (flags & FK_STUDY_OPEN_NO_MIGRATE))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_READ_ONLY,
                   _("%s: the study was made by an older version (file format %d) and must be updated to format %d, but it cannot be written here"),
                   self->display_name, version, FK_STUDY_SCHEMA_VERSION);
      return FALSE;
    }
  if (!backup_before_migration (self, version, error))
    return FALSE;
  if (!begin_write (self, error))
    return FALSE;
  ok = fk_study_schema_upgrade (self->db, version, FK_STUDY_SCHEMA_VERSION, self->path, error);
  return end_write (self, ok, error);
}

/* Reads the whole file once: catches truncated and damaged files before
 * anything is written to them. */
static gboolean
quick_check (FkStudy  *self,
             GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
      if (!ok)
        g_set_error (error, FK_ERROR, FK_ERROR_NOT_A_STUDY,
                     _("%s: the file is damaged (%s)"), self->display_name,
                     (const char *) sqlite3_column_text (stmt, 0));
    }
  else
    fk_sqlite_set_error (error, self->db, rc, self->path);
  sqlite3_finalize (stmt);
  return ok;
}

static FkStudy *
study_new (const char *path)
{
  FkStudy *self = g_object_new (FK_TYPE_STUDY, NULL);

  self->path = g_strdup (path);
  self->display_name = g_filename_display_name (path);
  return self;
}

static gboolean
open_db (FkStudy     *self,
         int          sqlite_flags,
         GError     **error)
{
  int rc = sqlite3_open_v2 (self->path, &self->db, sqlite_flags, NULL);

  if (rc != SQLITE_OK)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, 0);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  return TRUE;
}

FkStudy *
fk_study_open (const char        *path,
               FkStudyOpenFlags   flags,
               GError           **error)
{
  g_autoptr(FkStudy) self = NULL;
  int app_id;
  int version;
  int sqlite_flags;

  g_return_val_if_fail (path != NULL, NULL);

  self = study_new (path);
  if (!check_header (path, self->display_name, error))
    return NULL;

  sqlite_flags = (flags & FK_STUDY_OPEN_READ_ONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (!open_db (self, sqlite_flags, error))
    return NULL;

  /* Look before touching anything: nothing is written to a file that is
   * not ours, nor to one from a newer version. */
  if (!quick_check (self, error))
    return NULL;
  app_id = pragma_int (self->db, "PRAGMA application_id");
  version = pragma_int (self->db, "PRAGMA user_version");
  if (app_id != FK_STUDY_APPLICATION_ID)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_A_STUDY,
                   _("%s: not a Förmågekarta study (it is a database of another program)"),
                   self->display_name);
      return NULL;
    }
  if (version > FK_STUDY_SCHEMA_VERSION)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NEWER_VERSION,
                   _("%s: the study was saved by a newer version of Förmågekarta (file format %d); this version reads formats %d to %d. Update the program to open it."),
                   self->display_name, version, FK_STUDY_SCHEMA_OLDEST, FK_STUDY_SCHEMA_VERSION);
      return NULL;
    }
  if (version < FK_STUDY_SCHEMA_OLDEST)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_A_STUDY,
                   _("%s: the study has an unknown file format (%d)"), self->display_name, version);
      return NULL;
    }

  if (!(flags & FK_STUDY_OPEN_READ_ONLY))
    {
      /* WAL lets readers go on while one process writes; FULL makes each
       * commit durable. Both need write access: skip them when we have none. */
      if (sqlite3_db_readonly (self->db, "main") != 1)
        sqlite3_exec (self->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
    }
  sqlite3_exec (self->db, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON", NULL, NULL, NULL);

  probe_writable (self, flags);

  if (version < FK_STUDY_SCHEMA_VERSION && !migrate (self, version, flags, error))
    return NULL;

  if (!load_contents (self, error))
    return NULL;
  self->data_version = pragma_int (self->db, "PRAGMA data_version");
  return g_steal_pointer (&self);
}

/* ---- creating ------------------------------------------------------------ */

static gboolean
fill_new_study (FkStudy     *self,
                FkModel     *model,
                FkRegion    *region,
                const char  *title,
                const char  *language,
                const char  *round_name,
                GError     **error)
{
  g_autofree char *now = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_real_time () / G_USEC_PER_SEC);
  g_autofree char *small = g_strdup_printf ("%" G_GINT64_FORMAT, region->small_below);
  g_autofree char *large = g_strdup_printf ("%" G_GINT64_FORMAT, region->large_above);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (today, "%Y-%m-%d");
  sqlite3_stmt *stmt;

  if (!fk_study_schema_upgrade (self->db, 0, FK_STUDY_SCHEMA_VERSION, self->path, error) ||
      !set_meta (self, "app", "formagekarta", error) ||
      !set_meta (self, "app_version", PACKAGE_VERSION, error) ||
      !set_meta (self, "title", title, error) ||
      !set_meta (self, "language", language, error) ||
      !set_meta (self, "created", now, error) ||
      !set_meta (self, "region_id", region->id, error) ||
      !set_meta (self, "region_name", region->name, error) ||
      !set_meta (self, "small_below", small, error) ||
      !set_meta (self, "large_above", large, error))
    return FALSE;

  stmt = prepare (self, "INSERT INTO model (id, model_id, version, checksum, json) VALUES (1, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, model->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, model->version, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, model->checksum, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, model->json, -1, SQLITE_STATIC);
  if (!step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < region->municipalities->len; i++)
    {
      FkMunicipality *m = g_ptr_array_index (region->municipalities, i);

      stmt = prepare (self, "INSERT INTO municipality (code, name, population, position) VALUES (?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, m->code, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, m->name, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, m->population);
      sqlite3_bind_int (stmt, 4, i);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  stmt = prepare (self, "INSERT INTO round (name, date) VALUES (?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, round_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_STATIC);
  return step_done (self, stmt, error);
}

FkStudy *
fk_study_create (const char  *path,
                 FkModel     *model,
                 FkRegion    *region,
                 const char  *title,
                 const char  *language,
                 const char  *round_name,
                 GError     **error)
{
  g_autoptr(FkStudy) self = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *display = NULL;
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (model != NULL, NULL);
  g_return_val_if_fail (region != NULL, NULL);

  display = g_filename_display_name (path);
  if (language == NULL)
    language = fk_text_default_language ();
  if (!fk_text_language_is_valid (language))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("“%s” is not a study language (use sv or en)"), language);
      return NULL;
    }
  if (title == NULL || *title == '\0')
    title = fk_text_get (&model->name, language);
  if (round_name == NULL || *round_name == '\0')
    round_name = g_str_equal (language, "en") ? "Round 1" : "Omgång 1";
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_EXISTS,
                   _("%s: the file already exists; choose another name"), display);
      return NULL;
    }

  /* Build the study beside its final name and move it into place at the
   * end, so that a failure never leaves half a study behind. */
  tmp_path = g_strdup_printf ("%s.part-%d", path, (int) getpid ());
  self = study_new (tmp_path);
  if (!open_db (self, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error))
    {
      g_unlink (tmp_path);
      return NULL;
    }
  ok = fk_sqlite_exec (self->db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; BEGIN IMMEDIATE", tmp_path, error);
  if (ok)
    ok = end_write (self, fill_new_study (self, model, region, title, language, round_name, error), error);
  sqlite3_close_v2 (self->db);
  self->db = NULL;
  if (ok && g_rename (tmp_path, path) != 0)
    {
      int saved = errno;
      g_set_error (error, FK_ERROR, FK_ERROR_IO, _("%s: cannot create the file (%s)"),
                   display, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    {
      g_unlink (tmp_path);
      /* Errors mention the temporary name; say the real one. */
      if (error != NULL && *error != NULL && strstr ((*error)->message, tmp_path) != NULL)
        {
          g_autofree char *msg = g_strdup ((*error)->message);
          g_autoptr(GString) s = g_string_new (msg);
          g_string_replace (s, tmp_path, display, 0);
          g_free ((*error)->message);
          (*error)->message = g_string_free (g_steal_pointer (&s), FALSE);
        }
      return NULL;
    }
  return fk_study_open (path, FK_STUDY_OPEN_DEFAULT, error);
}

char *
fk_study_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "formagekarta", "digital-motor" FK_STUDY_EXTENSION, NULL);
}

FkStudy *
fk_study_open_default (GError **error)
{
  g_autofree char *path = fk_study_get_default_path ();
  g_autofree char *dir = NULL;
  g_autoptr(FkModel) model = NULL;
  g_autoptr(FkRegion) region = NULL;
  const char *language;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return fk_study_open (path, FK_STUDY_OPEN_DEFAULT, error);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (dir);
      g_set_error (error, FK_ERROR, FK_ERROR_IO, _("%s: cannot create the folder (%s)"),
                   display, g_strerror (saved));
      return NULL;
    }
  model = fk_model_new_default (error);
  if (model == NULL)
    return NULL;
  region = fk_region_new_default (error);
  if (region == NULL)
    return NULL;
  language = fk_text_default_language ();
  return fk_study_create (path, model, region, "Digital motor Fyrbodal", language, NULL, error);
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
  if (!begin_write (self, error) ||
      !end_write (self, set_meta (self, key, value, error), error))
    return FALSE;
  replace_str (cache, value);
  emit_changed (self);
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

const FkRound *
fk_study_get_latest_round (FkStudy *self)
{
  g_return_val_if_fail (FK_IS_STUDY (self), NULL);
  if (self->rounds->len == 0)
    return NULL;
  return g_ptr_array_index (self->rounds, self->rounds->len - 1);
}

const FkRound *
fk_study_add_round (FkStudy     *self,
                    const char  *name,
                    const char  *date,
                    GError     **error)
{
  sqlite3_stmt *stmt;
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
      g_autoptr(GDate) parsed = g_date_new ();
      g_date_set_parse (parsed, date);
      if (strlen (date) != 10 || !g_date_valid (parsed))
        {
          g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                       _("“%s” is not a date like 2020-11-15"), date);
          return NULL;
        }
    }
  if (!begin_write (self, error))
    return NULL;
  stmt = prepare (self, "INSERT INTO round (name, date) VALUES (?, ?)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      bind_text_or_null (stmt, 2, date);
      ok = step_done (self, stmt, error);
    }
  if (!end_write (self, ok, error) || !load_rounds (self, error))
    return NULL;
  emit_changed (self);
  return fk_study_find_round (self, name);
}

/* ---- scores ---------------------------------------------------------------- */

#define SCORE_COLUMNS "round_id, municipality, capability, current, not_applicable, target, " \
                      "sustain, key_person, interest, comment, respondent, updated"

static FkScore *
score_from_row (sqlite3_stmt *stmt)
{
  FkScore *score = fk_score_new (sqlite3_column_int64 (stmt, 0),
                                 (const char *) sqlite3_column_text (stmt, 1),
                                 (const char *) sqlite3_column_text (stmt, 2));

  if (sqlite3_column_int (stmt, 4))
    score->current = FK_LEVEL_NA;
  else if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
    score->current = sqlite3_column_int (stmt, 3);
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    score->target = sqlite3_column_int (stmt, 5);
  /* The CHECK constraints allow only our strings; unknown stays unset. */
  fk_sustain_from_string ((const char *) sqlite3_column_text (stmt, 6), &score->sustain, NULL);
  fk_key_person_from_string ((const char *) sqlite3_column_text (stmt, 7), &score->key_person, NULL);
  fk_interest_from_string ((const char *) sqlite3_column_text (stmt, 8), &score->interest, NULL);
  score->comment = column_dup (stmt, 9);
  score->respondent = column_dup (stmt, 10);
  score->updated = sqlite3_column_int64 (stmt, 11);
  return score;
}

static gboolean
check_score_keys (FkStudy     *self,
                  gint64       round_id,
                  const char  *municipality,
                  const char  *capability,
                  GError     **error)
{
  if (fk_study_get_round_by_id (self, round_id) == NULL)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND, _("%s: there is no round %lld"),
                   self->display_name, (long long) round_id);
      return FALSE;
    }
  if (municipality != NULL && fk_region_lookup (self->region, municipality) == NULL)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND, _("%s: no municipality has the code “%s” in this study"),
                   self->display_name, municipality);
      return FALSE;
    }
  if (capability != NULL && fk_model_lookup (self->model, capability) == NULL)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND, _("%s: the model has no capability “%s”"),
                   self->display_name, capability);
      return FALSE;
    }
  return TRUE;
}

FkScore *
fk_study_get_score (FkStudy     *self,
                    gint64       round_id,
                    const char  *municipality,
                    const char  *capability,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  FkScore *score = NULL;
  int rc;

  g_return_val_if_fail (FK_IS_STUDY (self), NULL);
  g_return_val_if_fail (municipality != NULL && capability != NULL, NULL);

  if (!check_score_keys (self, round_id, municipality, capability, error))
    return NULL;
  stmt = prepare (self, "SELECT " SCORE_COLUMNS " FROM score WHERE round_id = ? AND municipality = ? AND capability = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, round_id);
  sqlite3_bind_text (stmt, 2, municipality, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, capability, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    score = score_from_row (stmt);
  else if (rc == SQLITE_DONE)
    score = fk_score_new (round_id, municipality, capability);
  else
    fk_sqlite_set_error (error, self->db, rc, self->path);
  sqlite3_finalize (stmt);
  return score;
}

static int
compare_scores (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  FkStudy *self = user_data;
  const FkScore *sa = *(FkScore * const *) a;
  const FkScore *sb = *(FkScore * const *) b;
  int pa, pb;

  if (sa->round_id != sb->round_id)
    return sa->round_id < sb->round_id ? -1 : 1;
  pa = GPOINTER_TO_INT (g_hash_table_lookup (self->municipality_pos, sa->municipality));
  pb = GPOINTER_TO_INT (g_hash_table_lookup (self->municipality_pos, sb->municipality));
  if (pa != pb)
    return pa - pb;
  /* Capabilities no longer in the model (none yet) sort last. */
  pa = fk_model_index_of (self->model, sa->capability);
  pb = fk_model_index_of (self->model, sb->capability);
  if (pa != pb)
    return (pa < 0 ? G_MAXINT : pa) < (pb < 0 ? G_MAXINT : pb) ? -1 : 1;
  return g_strcmp0 (sa->capability, sb->capability);
}

GPtrArray *
fk_study_list_scores (FkStudy     *self,
                      gint64       round_id,
                      const char  *municipality,
                      GError     **error)
{
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FK_IS_STUDY (self), NULL);

  stmt = prepare (self, "SELECT " SCORE_COLUMNS " FROM score"
                        " WHERE (?1 = 0 OR round_id = ?1) AND (?2 IS NULL OR municipality = ?2)", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, round_id);
  bind_text_or_null (stmt, 2, municipality);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (scores, score_from_row (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return NULL;
    }
  g_ptr_array_sort_with_data (scores, compare_scores, self);
  return g_steal_pointer (&scores);
}

static gboolean
write_score (FkStudy        *self,
             const FkScore  *score,
             gint64          now,
             GError        **error)
{
  sqlite3_stmt *stmt;

  if (!check_score_keys (self, score->round_id, score->municipality, score->capability, error))
    return FALSE;
  if (score->municipality == NULL || score->capability == NULL)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID, _("a score needs a municipality and a capability"));
      return FALSE;
    }
  if (!fk_score_validate (score, error))
    return FALSE;

  if (fk_score_is_empty (score))
    {
      stmt = prepare (self, "DELETE FROM score WHERE round_id = ? AND municipality = ? AND capability = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, score->round_id);
      sqlite3_bind_text (stmt, 2, score->municipality, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, score->capability, -1, SQLITE_STATIC);
      return step_done (self, stmt, error);
    }

  stmt = prepare (self, "INSERT OR REPLACE INTO score (" SCORE_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, score->round_id);
  sqlite3_bind_text (stmt, 2, score->municipality, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, score->capability, -1, SQLITE_STATIC);
  if (score->current >= FK_LEVEL_MIN)
    sqlite3_bind_int (stmt, 4, score->current);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_int (stmt, 5, score->current == FK_LEVEL_NA);
  if (score->target >= FK_LEVEL_MIN)
    sqlite3_bind_int (stmt, 6, score->target);
  else
    sqlite3_bind_null (stmt, 6);
  bind_text_or_null (stmt, 7, fk_sustain_to_string (score->sustain));
  bind_text_or_null (stmt, 8, fk_key_person_to_string (score->key_person));
  bind_text_or_null (stmt, 9, fk_interest_to_string (score->interest));
  bind_text_or_null (stmt, 10, score->comment);
  bind_text_or_null (stmt, 11, score->respondent);
  sqlite3_bind_int64 (stmt, 12, score->updated != 0 ? score->updated : now);
  return step_done (self, stmt, error);
}

gboolean
fk_study_set_scores (FkStudy    *self,
                     GPtrArray  *scores,
                     GError    **error)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gboolean ok = TRUE;

  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);
  g_return_val_if_fail (scores != NULL, FALSE);

  if (!begin_write (self, error))
    return FALSE;
  for (guint i = 0; ok && i < scores->len; i++)
    ok = write_score (self, g_ptr_array_index (scores, i), now, error);
  if (!end_write (self, ok, error))
    return FALSE;
  emit_changed (self);
  return TRUE;
}

gboolean
fk_study_set_score (FkStudy        *self,
                    const FkScore  *score,
                    GError        **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_return_val_if_fail (score != NULL, FALSE);
  g_ptr_array_add (one, (gpointer) score);
  return fk_study_set_scores (self, one, error);
}

guint
fk_study_count_assessed (FkStudy    *self,
                         gint64      round_id,
                         const char *municipality)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (FK_IS_STUDY (self), 0);

  stmt = prepare (self, "SELECT capability FROM score WHERE round_id = ? AND municipality = ?"
                        " AND (current IS NOT NULL OR not_applicable = 1)", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, round_id);
  bind_text_or_null (stmt, 2, municipality);
  /* Count only capabilities the model has. */
  while (sqlite3_step (stmt) == SQLITE_ROW)
    if (fk_model_lookup (self->model, (const char *) sqlite3_column_text (stmt, 0)) != NULL)
      count++;
  sqlite3_finalize (stmt);
  return count;
}

gboolean
fk_study_log_import (FkStudy     *self,
                     const char  *source,
                     const char  *municipality,
                     gint64       round_id,
                     const char  *summary,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (FK_IS_STUDY (self), FALSE);

  if (!begin_write (self, error))
    return FALSE;
  stmt = prepare (self, "INSERT INTO import_log (time, source, municipality, round_id, summary) VALUES (?, ?, ?, ?, ?)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, g_get_real_time () / G_USEC_PER_SEC);
      sqlite3_bind_text (stmt, 2, source, -1, SQLITE_TRANSIENT);
      bind_text_or_null (stmt, 3, municipality);
      if (round_id > 0)
        sqlite3_bind_int64 (stmt, 4, round_id);
      else
        sqlite3_bind_null (stmt, 4);
      bind_text_or_null (stmt, 5, summary);
      ok = step_done (self, stmt, error);
    }
  if (!end_write (self, ok, error))
    return FALSE;
  emit_changed (self);
  return TRUE;
}

void
fk_study_check_external_changes (FkStudy *self)
{
  int version;

  g_return_if_fail (FK_IS_STUDY (self));

  version = pragma_int (self->db, "PRAGMA data_version");
  if (version == self->data_version)
    return;
  self->data_version = version;
  load_rounds (self, NULL);
  {
    g_autofree char *title = get_meta (self, "title");
    g_autofree char *language = get_meta (self, "language");
    if (title != NULL)
      replace_str (&self->title, title);
    if (fk_text_language_is_valid (language))
      replace_str (&self->language, language);
  }
  emit_changed (self);
}
