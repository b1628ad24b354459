/* fk-study-copy.c — studies in folders where SQLite cannot work: a working
 * copy in the app's data folder, written back after each change
 *
 * SQLite keeps a WAL study's -wal and -shm files beside it and locks the
 * file. In the document portal's FUSE folder (/run/user/UID/doc/…, where a
 * sandboxed app sees the files the user picked) it cannot open a database
 * at all (xdg-desktop-portal issue 1117), and in a folder where no file
 * can be created it cannot keep its journal. Such a study is copied into
 * $XDG_DATA_HOME/formagekarta/working-copies/, opened there with a
 * rollback journal, and after every committed write copied back whole
 * through g_file_replace(): a temporary file beside the original renamed
 * over it where the folder allows, so the original is always a whole study.
 */
#define G_LOG_DOMAIN "fk-study-copy"
#include "config.h"
#include "fk-study-private.h"
#include "fk-error.h"
#include "fk-study-schema.h"

#include "fk-i18n.h"
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

/* Inside the sandbox the document portal is mounted at one of these. */
static gboolean
is_document_portal (const char *path)
{
  g_auto(GStrv) parts = NULL;

  if (g_str_has_prefix (path, "/run/flatpak/doc/"))
    return TRUE;
  if (!g_str_has_prefix (path, "/run/user/"))
    return FALSE;
  /* "", "run", "user", UID, "doc", … */
  parts = g_strsplit (path, "/", 6);
  return g_strv_length (parts) >= 6 && g_str_equal (parts[4], "doc");
}

/* Writes @from's bytes to @to through g_file_replace() (with @replace) or
 * g_file_create(): a local file is written beside @to and renamed over it
 * where the folder allows. The error is GIO's. */
static gboolean
copy_whole (const char  *from,
            const char  *to,
            gboolean     replace,
            GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GFileOutputStream) out = NULL;

  in = g_file_read (source, NULL, error);
  if (in == NULL)
    return FALSE;
  out = replace ? g_file_replace (dest, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error)
                : g_file_create (dest, G_FILE_CREATE_NONE, NULL, error);
  if (out == NULL)
    return FALSE;
  return g_output_stream_splice (G_OUTPUT_STREAM (out), G_INPUT_STREAM (in),
                                 G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                 NULL, error) >= 0;
}

gboolean
fk_study_needs_working_copy (const char *path)
{
  const char *force = g_getenv ("FK_STUDY_WORKING_COPY");
  g_autofree char *dir = NULL;

  /* For tests: "always" takes the working-copy path anywhere. */
  if (g_strcmp0 (force, "always") == 0)
    return TRUE;
  if (is_document_portal (path))
    return TRUE;
  /* A file nobody may write opens read-only in place, as before. */
  if (g_access (path, W_OK) != 0)
    return FALSE;
  /* SQLite must create the -wal and -shm files beside it (a read-only
   * file system refuses even root). */
  dir = g_path_get_dirname (path);
  return g_access (dir, W_OK | X_OK) != 0;
}

gboolean
fk_study_create_needs_working_copy (const char *path)
{
  return g_strcmp0 (g_getenv ("FK_STUDY_WORKING_COPY"), "always") == 0 ||
         is_document_portal (path);
}

static void
set_copy_error (GError     **error,
                const char  *path,
                const char  *dir,
                const char  *reason)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *dir_display = g_filename_display_name (dir);

  g_set_error (error, FK_ERROR, FK_ERROR_IO,
               _("%s: cannot make a working copy of the study in %s (%s)"),
               display, dir_display, reason);
}

char *
fk_study_new_working_file (const char  *path,
                           GError     **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "formagekarta", "working-copies", NULL);
  g_autofree char *base = g_path_get_basename (path);
  /* One file per opening: two windows or programs never share one. */
  g_autofree char *template = g_strconcat (dir, G_DIR_SEPARATOR_S, "XXXXXX-", base, NULL);
  int fd = -1;

  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      (fd = g_mkstemp_full (template, O_RDWR, 0600)) < 0)
    {
      set_copy_error (error, path, dir, g_strerror (errno));
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&template);
}

gboolean
fk_study_make_working_copy (FkStudy  *self,
                            GError  **error)
{
  g_autofree char *copy_path = fk_study_new_working_file (self->path, error);
  g_autoptr(GFile) source = g_file_new_for_path (self->path);
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) local_error = NULL;

  if (copy_path == NULL)
    return FALSE;
  copy = g_file_new_for_path (copy_path);
  if (!g_file_copy (source, copy, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &local_error))
    {
      g_autofree char *dir = g_path_get_dirname (copy_path);
      g_unlink (copy_path);
      set_copy_error (error, self->path, dir, local_error->message);
      return FALSE;
    }
  self->db_path = g_steal_pointer (&copy_path);
  return TRUE;
}

gboolean
fk_study_copy_into_place (const char  *tmp_path,
                          const char  *path,
                          gboolean     replace,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = g_filename_display_name (path);
  gboolean ok = copy_whole (tmp_path, path, replace, &local_error);

  g_unlink (tmp_path);
  if (ok && replace)
    {
      /* The old study's journal must not be replayed into the new one. */
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      g_unlink (wal);
      g_unlink (shm);
    }
  if (ok)
    return TRUE;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    g_set_error (error, FK_ERROR, FK_ERROR_EXISTS,
                 _("%s: the file already exists; choose another name"), display);
  else
    g_set_error (error, FK_ERROR, FK_ERROR_IO, _("%s: cannot create the file (%s)"),
                 display, local_error->message);
  return FALSE;
}

gboolean
fk_study_write_back (FkStudy  *self,
                     GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  if (self->db_path == NULL)
    return TRUE;
  /* A read transaction: no other connection commits while we copy. */
  if (!fk_sqlite_exec (self->db, "BEGIN; SELECT count(*) FROM meta", self->path, error))
    return FALSE;
  ok = copy_whole (self->db_path, self->path, TRUE, &local_error);
  sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  if (!ok)
    {
      g_autofree char *copy_display = g_filename_display_name (self->db_path);
      self->copy_unsaved = TRUE;
      g_set_error (error, FK_ERROR, FK_ERROR_IO,
                   _("%s: the change could not be written to the file (%s). It is kept in the working copy %s."),
                   self->display_name, local_error->message, copy_display);
      return FALSE;
    }
  return TRUE;
}

void
fk_study_drop_working_copy (FkStudy *self)
{
  g_autofree char *journal = NULL;

  if (self->db_path == NULL)
    return;
  if (self->copy_unsaved)
    {
      g_message ("%s: changes that could not be written back are kept in %s",
                 self->path, self->db_path);
      g_clear_pointer (&self->db_path, g_free);
      return;
    }
  journal = g_strconcat (self->db_path, "-journal", NULL);
  g_unlink (self->db_path);
  g_unlink (journal);
  g_clear_pointer (&self->db_path, g_free);
}
