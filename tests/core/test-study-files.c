/* test-study-files.c — study files in trouble: damaged pages give one short
 * line that names the file and says what to do, SQLite's words only as a
 * detail, and nothing is written to the file; a study in a folder where
 * SQLite cannot work is edited in a working copy and written back whole.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "fk-study-private.h"   /* the working copy's path */
#include "fk-test-util.h"

/* A whole sentence with the file's name and what to do: never SQLite's
 * integrity report of thousands of characters. */
#define MESSAGE_MAX_CHARS 300

/* Overwrites 8 KiB in the middle of @path with 0xff: pages of the
 * score table become garbage while the header stays whole. */
static void
damage_pages (const char *path)
{
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, >, 4 * 8192);
  memset (data + length / 2 - 4096, 0xff, 8192);
  g_assert_true (g_file_set_contents (path, data, length, NULL));
}

/* A filled study, closed, then a damaged copy of it. Returns the copy. */
static char *
make_damaged_copy (const char *dir)
{
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "whole.fkarta");
  g_autofree char *whole = g_strdup (fk_study_get_path (study));
  g_autofree char *data = NULL;
  char *damaged = g_build_filename (dir, "skadad.fkarta", NULL);
  gsize length;

  fk_test_study_fill (study, fk_study_get_latest_round (study)->id);
  g_clear_object (&study);
  g_assert_true (g_file_get_contents (whole, &data, &length, NULL));
  g_assert_true (g_file_set_contents (damaged, data, length, NULL));
  damage_pages (damaged);
  return damaged;
}

/* Opens @path, which must be refused as damaged without a change. */
static GError *
open_damaged (const char *path)
{
  g_autofree char *before = fk_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(FkStudy) study = NULL;
  GError *error = NULL;

  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_null (study);
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_A_STUDY);
  after = fk_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  return error;
}

static void
assert_one_short_line (const char *message)
{
  if (strchr (message, '\n') != NULL || g_utf8_strlen (message, -1) > MESSAGE_MAX_CHARS)
    g_error ("not one short line (%ld characters): %s", g_utf8_strlen (message, -1), message);
}

static void
test_damaged_pages (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = make_damaged_copy (dir);
  g_autoptr(GError) error = open_damaged (path);
  const char *detail = fk_error_get_detail (error);

  assert_one_short_line (error->message);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, "the study file is damaged"));
  g_assert_nonnull (strstr (error->message, "Restore it from a backup"));
  /* SQLite's words are the detail, the first problem only. */
  g_assert_nonnull (detail);
  g_assert_null (strchr (detail, '\n'));
  g_assert_cmpint (g_utf8_strlen (detail, -1), <=, 160);
  g_assert_null (strstr (error->message, detail));
  /* A copy keeps it. */
  {
    g_autoptr(GError) copy = g_error_copy (error);
    g_assert_cmpstr (fk_error_get_detail (copy), ==, detail);
  }
  fk_test_tmpdir_free (dir);
}

static void
test_damaged_with_backup (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = make_damaged_copy (dir);
  g_autofree char *old_backup = g_strconcat (path, ".v1.bak", NULL);
  g_autofree char *backup = g_strconcat (path, ".v2.bak", NULL);
  g_autoptr(GError) error = NULL;

  /* The newest backup the migrations left beside it is the one named. */
  g_assert_true (g_file_set_contents (old_backup, "old", -1, NULL));
  g_assert_true (g_file_set_contents (backup, "newer", -1, NULL));
  error = open_damaged (path);
  assert_one_short_line (error->message);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, "skadad.fkarta.v2.bak"));
  g_assert_null (strstr (error->message, "skadad.fkarta.v1.bak"));
  fk_test_tmpdir_free (dir);
}

/* In Swedish once sv.po has the sentence; until then the English one. */
static void
test_damaged_swedish (void)
{
  const char *msgid = "%s: the study file is damaged. Restore it from a backup, or ask whoever sent it for a new copy.";
  const char *translated;
  char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = make_damaged_copy (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) expected = NULL;

  g_setenv ("LANGUAGE", "sv", TRUE);
  translated = g_dgettext (GETTEXT_PACKAGE, msgid);
  error = open_damaged (path);
  g_unsetenv ("LANGUAGE");
  expected = g_string_new (translated);
  g_string_replace (expected, "%s", path, 1);
  g_assert_cmpstr (error->message, ==, expected->str);
  if (translated == msgid)
    g_test_skip ("the sentence is not in po/sv.po yet");
  fk_test_tmpdir_free (dir);
}

/* Where SQLite cannot work: the document portal's folders. A folder that
 * takes no new files needs a user namespace to stop root (tests/cli does
 * that); here FK_STUDY_WORKING_COPY=always stands in for it. */
static void
test_working_copy_needed (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "lokal.fkarta");

  g_assert_true (fk_study_needs_working_copy ("/run/user/1000/doc/3f2a9c1e/studie.fkarta"));
  g_assert_true (fk_study_needs_working_copy ("/run/flatpak/doc/3f2a9c1e/studie.fkarta"));
  g_assert_false (fk_study_needs_working_copy ("/run/user/1000/studie.fkarta"));
  g_assert_false (fk_study_needs_working_copy (fk_study_get_path (study)));
  g_assert_null (study->db_path);
  fk_test_tmpdir_free (dir);
}

static void
assert_nothing_beside (const char *path)
{
  const char *suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *other = g_strconcat (path, suffixes[i], NULL);
      if (g_file_test (other, G_FILE_TEST_EXISTS))
        g_error ("%s is beside the study", other);
    }
}

/* Open → edit → the original is replaced whole (a new file renamed over
 * it) and is a valid study holding the edit; closing drops the copy. */
static void
test_working_copy_round_trip (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = NULL;
  g_autofree char *copy_path = NULL;
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkStudy) direct = NULL;
  g_autoptr(FkScore) score = NULL;
  g_autoptr(FkScore) stored = NULL;
  g_autoptr(GError) error = NULL;
  const char *capability;
  gint64 round_id;
  GStatBuf before, after;

  {
    g_autoptr(FkStudy) created = fk_test_study_new_default (dir, "portal.fkarta");
    path = g_strdup (fk_study_get_path (created));
  }
  assert_nothing_beside (path);
  g_assert_cmpint (g_stat (path, &before), ==, 0);

  g_setenv ("FK_STUDY_WORKING_COPY", "always", TRUE);
  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
  g_unsetenv ("FK_STUDY_WORKING_COPY");
  g_assert_no_error (error);
  g_assert_false (fk_study_is_read_only (study));
  g_assert_cmpstr (fk_study_get_path (study), ==, path);
  g_assert_nonnull (study->db_path);
  g_assert_true (g_str_has_prefix (study->db_path, g_get_user_data_dir ()));
  copy_path = g_strdup (study->db_path);
  assert_nothing_beside (path);

  round_id = fk_study_get_latest_round (study)->id;
  capability = ((FkCapability *) fk_study_get_model (study)->capabilities->pdata[0])->key;
  score = fk_study_get_score (study, round_id, "1460", capability, &error);
  g_assert_no_error (error);
  score->current = 3;
  score->comment = g_strdup ("Skrivet i arbetskopian");
  g_assert_true (fk_study_set_score (study, score, &error));
  g_assert_no_error (error);

  /* Replaced, not rewritten in place: a new inode, nothing beside it. */
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (before.st_ino, !=, after.st_ino);
  assert_nothing_beside (path);

  /* The original alone is a whole study with the edit. */
  direct = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_null (direct->db_path);
  stored = fk_study_get_score (direct, round_id, "1460", capability, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored->current, ==, 3);
  g_assert_cmpstr (stored->comment, ==, "Skrivet i arbetskopian");
  g_clear_object (&direct);

  g_clear_object (&study);
  g_assert_false (g_file_test (copy_path, G_FILE_TEST_EXISTS));
  fk_test_tmpdir_free (dir);
}

/* The original cannot be written (its folder went away): the write says
 * so, naming the working copy that keeps the change, the study turns
 * read-only, and closing it does not delete that copy. */
static void
test_working_copy_write_back_fails (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autofree char *sub = g_build_filename (dir, "mapp", NULL);
  g_autofree char *moved = g_build_filename (dir, "flyttad", NULL);
  g_autofree char *copy_path = NULL;
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkScore) score = NULL;
  g_autoptr(GError) error = NULL;
  const char *capability;

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  {
    g_autoptr(FkStudy) created = fk_test_study_new_default (sub, "borta.fkarta");
  }
  g_setenv ("FK_STUDY_WORKING_COPY", "always", TRUE);
  {
    g_autofree char *path = g_build_filename (sub, "borta.fkarta", NULL);
    study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
  }
  g_unsetenv ("FK_STUDY_WORKING_COPY");
  g_assert_no_error (error);
  copy_path = g_strdup (study->db_path);
  g_assert_cmpint (g_rename (sub, moved), ==, 0);

  capability = ((FkCapability *) fk_study_get_model (study)->capabilities->pdata[0])->key;
  score = fk_study_get_score (study, fk_study_get_latest_round (study)->id, "1460", capability, &error);
  g_assert_no_error (error);
  score->current = 2;
  g_assert_false (fk_study_set_score (study, score, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "borta.fkarta"));
  g_assert_nonnull (strstr (error->message, copy_path));
  g_assert_true (fk_study_is_read_only (study));

  g_clear_object (&study);
  g_assert_true (g_file_test (copy_path, G_FILE_TEST_EXISTS));
  g_unlink (copy_path);
  {
    g_autofree char *gone = g_build_filename (moved, "borta.fkarta", NULL);
    g_unlink (gone);
  }
  g_rmdir (moved);
  fk_test_tmpdir_free (dir);
}

static guint
count_working_copies (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "formagekarta", "working-copies", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* A new study where SQLite cannot work beside it is built in the
 * working-copy folder and copied into place: nothing is made beside it
 * (a folder in the way of the usual "<file>.part-PID" proves it). */
static void
test_working_copy_create (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "ny.fkarta", NULL);
  g_autofree char *part = g_strdup_printf ("%s.part-%d", path, (int) getpid ());
  g_autoptr(FkModel) model = fk_model_new_default (NULL);
  g_autoptr(FkRegion) region = fk_region_new_default (NULL);
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpint (g_mkdir (part, 0700), ==, 0);
  g_setenv ("FK_STUDY_WORKING_COPY", "always", TRUE);
  study = fk_study_create (path, model, region, "Ny", "sv", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_study_get_path (study), ==, path);
  g_assert_nonnull (study->db_path);
  g_assert_cmpuint (count_working_copies (), ==, 1);
  g_clear_object (&study);
  g_assert_cmpuint (count_working_copies (), ==, 0);

  /* Never over an existing file without being asked. */
  before = fk_test_file_checksum (path);
  g_assert_null (fk_study_create (path, model, region, "Igen", "sv", NULL, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_EXISTS);
  g_clear_error (&error);
  after = fk_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  study = fk_study_create_replacing (path, model, region, "Ersatt", "sv", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_study_get_title (study), ==, "Ersatt");
  g_clear_object (&study);
  g_unsetenv ("FK_STUDY_WORKING_COPY");

  /* The file alone is the study. */
  study = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_null (study->db_path);
  g_assert_cmpstr (fk_study_get_title (study), ==, "Ersatt");
  g_clear_object (&study);
  g_assert_cmpuint (count_working_copies (), ==, 0);
  g_rmdir (part);
  fk_test_tmpdir_free (dir);
}

/* Another program must never delete the study's -wal and -shm files from
 * under us. This process loses its SQLite locks on the study whenever any
 * descriptor of the file closes (POSIX locks), as when GTK's file chooser
 * reads the study to guess its type; a program that then closes the study
 * took itself for the last one and deleted both files, and what we wrote
 * next was lost. The other program is a subprocess here. */
static void
test_locks_lost (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *bytes = NULL;
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkScore) score = NULL;
  const char *key;
  gint64 round_id;

  if (g_test_subprocess ())
    {
      g_autoptr(FkStudy) other = fk_study_open (g_getenv ("FK_TEST_STUDY"), FK_STUDY_OPEN_DEFAULT, &error);

      g_assert_no_error (error);
      if (g_strcmp0 (g_getenv ("FK_TEST_EXPECT"), "4") == 0)
        {
          g_autoptr(FkScore) seen = fk_study_get_score (other, fk_study_get_latest_round (other)->id, "1438",
                                                        g_getenv ("FK_TEST_KEY"), &error);

          g_assert_no_error (error);
          g_assert_nonnull (seen);
          g_assert_cmpint (seen->current, ==, 4);
        }
      return;  /* closing it is the point */
    }

  dir = fk_test_tmpdir_new ();
  study = fk_test_study_new_default (dir, "locks.fkarta");
  path = g_strdup (fk_study_get_path (study));
  wal = g_strconcat (path, "-wal", NULL);
  round_id = fk_study_get_latest_round (study)->id;
  key = ((FkCapability *) fk_study_get_model (study)->capabilities->pdata[0])->key;
  score = fk_score_new (round_id, "1438", key);
  score->current = 2;
  g_assert_true (fk_study_set_score (study, score, &error));

  /* As the file chooser does: the process's locks on the study are gone. */
  g_assert_true (g_file_get_contents (path, &bytes, NULL, NULL));
  g_setenv ("FK_TEST_STUDY", path, TRUE);
  g_setenv ("FK_TEST_KEY", key, TRUE);
  g_setenv ("FK_TEST_EXPECT", "", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* What we write now, another program sees. */
  score->current = 4;
  g_assert_true (fk_study_set_score (study, score, &error));
  g_assert_no_error (error);
  g_setenv ("FK_TEST_EXPECT", "4", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  g_clear_object (&study);
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int argc, char **argv)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("FK_BUILD_ROOT"), "po", NULL);
  char *data_home = fk_test_tmpdir_new ();
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* The working copies go to a temporary user data folder (set before
   * GLib reads it; G_TEST_OPTION_ISOLATE_DIRS leaks in GLib 2.74). */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/study-files/damaged-pages", test_damaged_pages);
  g_test_add_func ("/core/study-files/locks-lost", test_locks_lost);
  g_test_add_func ("/core/study-files/damaged-with-backup", test_damaged_with_backup);
  g_test_add_func ("/core/study-files/damaged-swedish", test_damaged_swedish);
  g_test_add_func ("/core/study-files/working-copy-needed", test_working_copy_needed);
  g_test_add_func ("/core/study-files/working-copy-round-trip", test_working_copy_round_trip);
  g_test_add_func ("/core/study-files/working-copy-write-back-fails", test_working_copy_write_back_fails);
  g_test_add_func ("/core/study-files/working-copy-create", test_working_copy_create);

  status = g_test_run ();
  {
    g_autofree char *copies = g_build_filename (data_home, "formagekarta", "working-copies", NULL);
    g_autofree char *parent = g_path_get_dirname (copies);
    g_rmdir (copies);
    g_rmdir (parent);
  }
  fk_test_tmpdir_free (data_home);
  return status;
}
