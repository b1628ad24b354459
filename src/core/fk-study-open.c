/* fk-study-open.c — opening, checking, migrating and creating study files
 *
 * Nothing is written to a file before it is known to be a study of a
 * version we read; a new study is built beside its name and moved into
 * place, so a failure never leaves half a study behind.
 */
#define G_LOG_DOMAIN "fk-study-open"
#include "config.h"
#include "fk-study-private.h"
#include "fk-error.h"
#include "fk-study-schema.h"

#include "fk-i18n.h"
#include <glib/gstdio.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#define SQLITE_MAGIC "SQLite format 3"

/* ---- loading ------------------------------------------------------------ */


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

  gint64 small_below, large_above;

  if (!fk_study_get_meta (self, "title", &self->title, error) ||
      !fk_study_get_meta (self, "language", &self->language, error) ||
      !fk_study_get_meta_int (self, "created", 0, &self->created, error) ||
      !fk_study_get_meta (self, "region_id", &region_id, error) ||
      !fk_study_get_meta (self, "region_name", &region_name, error) ||
      !fk_study_get_meta_int (self, "small_below", FK_REGION_DEFAULT_SMALL_BELOW, &small_below, error) ||
      !fk_study_get_meta_int (self, "large_above", FK_REGION_DEFAULT_LARGE_ABOVE, &large_above, error))
    return FALSE;
  /* Missing values (a file written by hand or by another tool) have defaults. */
  if (!fk_text_language_is_valid (self->language))
    fk_study_replace_str (&self->language, "sv");
  if (self->title == NULL)
    self->title = g_strdup ("");

  stmt = fk_study_prepare (self, "SELECT json FROM model WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    model_json = fk_study_column_dup (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return FALSE;
    }
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

  stmt = fk_study_prepare (self, "SELECT code, name, population FROM municipality ORDER BY position", error);
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

  self->region = fk_region_new (region_id != NULL ? region_id : "",
                                region_name != NULL ? region_name : "",
                                small_below, large_above,
                                g_steal_pointer (&municipalities));
  return fk_study_load_rounds (self, error);
}

/* Decides once, at open, whether we may write: an explicit request, a
 * read-only file or folder, or another program holding the write lock. */
void
fk_study_probe_writable (FkStudy          *self,
                         FkStudyOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;

  self->open_flags = flags;
  self->read_only = TRUE;
  g_clear_pointer (&self->read_only_reason, g_free);
  if (flags & FK_STUDY_OPEN_READ_ONLY)
    {
      self->read_only_reason = g_strdup (_("The study was opened read-only."));
      return;
    }
  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      self->read_only_reason = g_strdup (_("You do not have permission to change this file."));
      return;
    }
  if (!fk_sqlite_exec (self->db, "BEGIN IMMEDIATE", self->path, &error))
    {
      if (g_error_matches (error, FK_ERROR, FK_ERROR_BUSY))
        self->read_only_reason = g_strdup (_("Another program is writing to this study."));
      else
        self->read_only_reason = g_strdup_printf (_("The study cannot be written: %s"), error->message);
      return;
    }
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->read_only = FALSE;
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
  /* Beside the file SQLite has open: a working copy's backup stays in
   * the working-copy folder. */
  g_autofree char *backup = g_strdup_printf ("%s.v%d.bak", self->db_path != NULL ? self->db_path : self->path, version);
  sqlite3_stmt *stmt;

  /* VACUUM INTO writes a consistent copy, WAL contents included; an old
   * backup from an earlier attempt is kept, not overwritten. */
  if (g_file_test (backup, G_FILE_TEST_EXISTS))
    return TRUE;
  stmt = fk_study_prepare (self, "VACUUM INTO ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, backup, -1, SQLITE_TRANSIENT);
  return fk_study_step_done (self, stmt, error);
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
  if (!fk_study_begin_write (self, error))
    return FALSE;
  ok = fk_study_schema_upgrade (self->db, version, FK_STUDY_SCHEMA_VERSION, self->path, error);
  return fk_study_end_write (self, ok, error);
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
      /* A damaged file gives one row holding every problem found: the
       * error names the first, the user reads what to do. */
      ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
      if (!ok)
        fk_study_set_damaged_error (error, self->path, (const char *) sqlite3_column_text (stmt, 0));
    }
  else
    fk_sqlite_set_error (error, self->db, rc, self->path);
  sqlite3_finalize (stmt);
  return ok;
}


static gboolean
open_db (FkStudy     *self,
         int          sqlite_flags,
         GError     **error)
{
  int rc = sqlite3_open_v2 (self->db_path != NULL ? self->db_path : self->path,
                            &self->db, sqlite_flags, NULL);

  if (rc != SQLITE_OK)
    {
      fk_sqlite_set_error (error, self->db, rc, self->path);
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, 0);
  sqlite3_busy_timeout (self->db, FK_STUDY_BUSY_TIMEOUT_MS);
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

  self = fk_study_new_for_path (path);
  if (!check_header (path, self->display_name, error))
    return NULL;

  if (fk_study_needs_working_copy (path) && !fk_study_make_working_copy (self, error))
    return NULL;
  sqlite_flags = (flags & FK_STUDY_OPEN_READ_ONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  /* FULLMUTEX: a study opened in a worker (fk_study_open_async()) is
   * handed to the main thread; one thread at a time uses it. */
  if (!open_db (self, sqlite_flags | SQLITE_OPEN_FULLMUTEX, error))
    return NULL;

  /* Look before touching anything: nothing is written to a file that is
   * not ours, nor to one from a newer version. */
  if (!quick_check (self, error))
    return NULL;
  if (!fk_study_pragma_int (self, "PRAGMA application_id", &app_id, error) ||
      !fk_study_pragma_int (self, "PRAGMA user_version", &version, error))
    return NULL;
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

  /* A study, ours (a file refused above leaves no -wal behind): its -wal
   * and -shm files stay while another program has it open. */
  if (self->db_path == NULL)
    fk_study_presence_begin (self);
  if (!(flags & FK_STUDY_OPEN_READ_ONLY))
    {
      /* WAL lets readers go on while one process writes; FULL makes each
       * commit durable. Both need write access: skip them when we have none. */
      if (sqlite3_db_readonly (self->db, "main") != 1)
        sqlite3_exec (self->db, self->db_path == NULL ? "PRAGMA journal_mode = WAL"
                                                      : "PRAGMA journal_mode = DELETE",
                      NULL, NULL, NULL);
    }
  sqlite3_exec (self->db, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON", NULL, NULL, NULL);

  fk_study_probe_writable (self, flags);

  if (version < FK_STUDY_SCHEMA_VERSION && !migrate (self, version, flags, error))
    return NULL;

  if (!load_contents (self, error))
    return NULL;
  /* An older study gets the default scenarios here, once (a new one got
   * them when it was made). One that cannot take them now (another
   * program writes) still opens and lists them unsaved; a full disk made
   * it read-only with the reason. */
  {
    g_autoptr(GError) seed_error = NULL;
    if (!fk_study_seed_scenarios (self, &seed_error))
      g_debug ("%s: default scenarios not stored: %s", self->display_name, seed_error->message);
  }
  if (!fk_study_pragma_int (self, "PRAGMA data_version", &self->data_version, error))
    return NULL;
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
  g_autofree char *date = fk_text_today_iso ();
  sqlite3_stmt *stmt;

  if (!fk_study_schema_upgrade (self->db, 0, FK_STUDY_SCHEMA_VERSION, self->path, error) ||
      !fk_study_set_meta (self, "app", "formagekarta", error) ||
      !fk_study_set_meta (self, "app_version", PACKAGE_VERSION, error) ||
      !fk_study_set_meta (self, "title", title, error) ||
      !fk_study_set_meta (self, "language", language, error) ||
      !fk_study_set_meta (self, "created", now, error) ||
      !fk_study_set_meta (self, "region_id", region->id, error) ||
      !fk_study_set_meta (self, "region_name", region->name, error) ||
      !fk_study_set_meta (self, "small_below", small, error) ||
      !fk_study_set_meta (self, "large_above", large, error) ||
      !fk_study_add_default_scenarios (self, error))
    return FALSE;

  stmt = fk_study_prepare (self, "INSERT INTO model (id, model_id, version, checksum, json) VALUES (1, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, model->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, model->version, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, model->checksum, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, model->json, -1, SQLITE_STATIC);
  if (!fk_study_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < region->municipalities->len; i++)
    {
      FkMunicipality *m = g_ptr_array_index (region->municipalities, i);

      stmt = fk_study_prepare (self, "INSERT INTO municipality (code, name, population, position) VALUES (?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, m->code, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, m->name, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, m->population);
      sqlite3_bind_int (stmt, 4, i);
      if (!fk_study_step_done (self, stmt, error))
        return FALSE;
    }

  stmt = fk_study_prepare (self, "INSERT INTO round (name, date) VALUES (?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, round_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_STATIC);
  return fk_study_step_done (self, stmt, error);
}

/* Moves the finished study to @path. Without @replace, never over a file
 * that appeared meanwhile (link() fails on an existing name, rename() does
 * not); with it, the old study's journal goes once it is replaced, so it is
 * never replayed into the new one, and stays if the move fails. */
static gboolean
move_into_place (const char  *tmp_path,
                 const char  *path,
                 const char  *display,
                 gboolean     replace,
                 GError     **error)
{
  int saved = 0;

  if (!replace)
    {
      if (link (tmp_path, path) == 0)
        {
          g_unlink (tmp_path);
          return TRUE;
        }
      saved = errno;
      if (saved == EEXIST)
        {
          g_set_error (error, FK_ERROR, FK_ERROR_EXISTS,
                       _("%s: the file already exists; choose another name"), display);
          return FALSE;
        }
      /* A file system without hard links: check, then rename. */
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, FK_ERROR, FK_ERROR_EXISTS,
                       _("%s: the file already exists; choose another name"), display);
          return FALSE;
        }
    }
  if (g_rename (tmp_path, path) != 0)
    {
      saved = errno;
      g_set_error (error, FK_ERROR, FK_ERROR_IO, _("%s: cannot create the file (%s)"),
                   display, g_strerror (saved));
      return FALSE;
    }
  if (replace)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      g_unlink (wal);
      g_unlink (shm);
    }
  return TRUE;
}

static FkStudy *
create_study (const char  *path,
              FkModel     *model,
              FkRegion    *region,
              const char  *title,
              const char  *language,
              const char  *round_name,
              gboolean     replace,
              GError     **error)
{
  g_autoptr(FkStudy) self = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *display = NULL;
  g_autofree char *default_round = NULL;
  gboolean via_copy;
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
    round_name = default_round = fk_study_default_round_name (language, 1);
  if (!replace && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_EXISTS,
                   _("%s: the file already exists; choose another name"), display);
      return NULL;
    }

  /* Build the study beside its final name and move it into place at the
   * end, so that a failure never leaves half a study behind; where SQLite
   * cannot work beside it, in the working-copy folder, copied at the end. */
  via_copy = fk_study_create_needs_working_copy (path);
  if (via_copy)
    tmp_path = fk_study_new_working_file (path, error);
  else
    tmp_path = g_strdup_printf ("%s.part-%d", path, (int) getpid ());
  if (tmp_path == NULL)
    return NULL;
  self = fk_study_new_for_path (tmp_path);
  if (!open_db (self, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error))
    {
      g_unlink (tmp_path);
      return NULL;
    }
  ok = fk_sqlite_exec (self->db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; BEGIN IMMEDIATE", tmp_path, error);
  if (ok)
    ok = fk_study_end_write (self, fill_new_study (self, model, region, title, language, round_name, error), error);
  sqlite3_close_v2 (self->db);
  self->db = NULL;
  if (ok)
    ok = via_copy ? fk_study_copy_into_place (tmp_path, path, replace, error)
                  : move_into_place (tmp_path, path, display, replace, error);
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

FkStudy *
fk_study_create (const char  *path,
                 FkModel     *model,
                 FkRegion    *region,
                 const char  *title,
                 const char  *language,
                 const char  *round_name,
                 GError     **error)
{
  return create_study (path, model, region, title, language, round_name, FALSE, error);
}

FkStudy *
fk_study_create_replacing (const char  *path,
                           FkModel     *model,
                           FkRegion    *region,
                           const char  *title,
                           const char  *language,
                           const char  *round_name,
                           GError     **error)
{
  return create_study (path, model, region, title, language, round_name, TRUE, error);
}

char *
fk_study_path_for_file (GFile     *file,
                        gboolean  *replace,
                        GError   **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *display = g_file_get_parse_name (file);
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("%s: a study can only be created in a folder on this computer"), display);
      return NULL;
    }
  if (g_str_has_suffix (path, FK_STUDY_EXTENSION))
    return g_steal_pointer (&path);
  if (replace != NULL)
    *replace = FALSE;
  return g_strconcat (path, FK_STUDY_EXTENSION, NULL);
}

FkStudy *
fk_study_create_for_file (GFile       *file,
                          gboolean     replace,
                          FkModel     *model,
                          FkRegion    *region,
                          const char  *title,
                          const char  *language,
                          const char  *round_name,
                          GError     **error)
{
  g_autoptr(FkModel) default_model = NULL;
  g_autoptr(FkRegion) default_region = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *file_title = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = fk_study_path_for_file (file, &replace, error);
  if (path == NULL)
    return NULL;
  if (title == NULL || *title == '\0')
    {
      basename = g_filename_display_basename (path);
      file_title = g_strndup (basename, strlen (basename) - strlen (FK_STUDY_EXTENSION));
      title = *file_title != '\0' ? file_title : _("New Study");
    }
  if (model == NULL)
    {
      model = default_model = fk_model_new_default (error);
      if (model == NULL)
        return NULL;
    }
  if (region == NULL)
    {
      region = default_region = fk_region_new_default (error);
      if (region == NULL)
        return NULL;
    }
  return create_study (path, model, region, title, language, round_name, replace, error);
}

char *
fk_study_default_round_name (const char *language,
                             guint       number)
{
  /* Not gettext: the name belongs to the study's language, not the UI's. */
  return g_strdup_printf (g_strcmp0 (language, "en") == 0 ? "Round %u" : "Omgång %u", number);
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
