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

#include <glib/gi18n-lib.h>
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
fk_study_make_working_copy (FkStudy  *self,
                            GError  **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "formagekarta", "working-copies", NULL);
  g_autofree char *base = g_path_get_basename (self->path);
  g_autofree char *template = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *dir_display = NULL;
  g_autoptr(GError) local_error = NULL;
  int fd = -1;

  /* One copy per opening: two windows or programs never share one. */
  template = g_strconcat (dir, G_DIR_SEPARATOR_S, "XXXXXX-", base, NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      (fd = g_mkstemp_full (template, O_RDWR, 0600)) < 0)
    reason = g_strdup (g_strerror (errno));
  else
    {
      g_autoptr(GFile) source = g_file_new_for_path (self->path);
      g_autoptr(GFile) copy = g_file_new_for_path (template);

      close (fd);
      if (!g_file_copy (source, copy, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &local_error))
        {
          g_unlink (template);
          reason = g_strdup (local_error->message);
        }
    }
  if (reason != NULL)
    {
      dir_display = g_filename_display_name (dir);
      g_set_error (error, FK_ERROR, FK_ERROR_IO,
                   _("%s: cannot make a working copy of the study in %s (%s)"),
                   self->display_name, dir_display, reason);
      return FALSE;
    }
  self->db_path = g_steal_pointer (&template);
  return TRUE;
}

gboolean
fk_study_write_back (FkStudy  *self,
                     GError  **error)
{
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GFile) original = NULL;
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok = FALSE;

  if (self->db_path == NULL)
    return TRUE;
  /* A read transaction: no other connection commits while we copy. */
  if (!fk_sqlite_exec (self->db, "BEGIN; SELECT count(*) FROM meta", self->path, error))
    return FALSE;
  copy = g_file_new_for_path (self->db_path);
  original = g_file_new_for_path (self->path);
  in = g_file_read (copy, NULL, &local_error);
  if (in != NULL)
    out = g_file_replace (original, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &local_error);
  if (out != NULL)
    ok = g_output_stream_splice (G_OUTPUT_STREAM (out), G_INPUT_STREAM (in),
                                 G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                 NULL, &local_error) >= 0;
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
