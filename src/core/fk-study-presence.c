/* fk-study-presence.c — who else has the study open, for SQLite's -wal
 * and -shm files
 *
 * SQLite's locks are POSIX locks, and a process loses all of them on a
 * file whenever it closes any descriptor of that file: GTK's file chooser
 * reading the study to guess its type is enough. A program that closes the
 * study meanwhile takes itself for the last one and deletes the -wal and
 * -shm files from under the other, whose later writes are then lost.
 *
 * So every FkStudy also holds a shared open-file-description lock (OFD,
 * Linux), which no other descriptor's close can drop, on one byte beyond
 * SQLite's own lock bytes. SQLite is told to keep the -wal and -shm files
 * on closing (SQLITE_FCNTL_PERSIST_WAL) unless that byte can then be
 * locked exclusively: nobody else has the study open. Where OFD locks are
 * missing, the files are always kept (journal_size_limit 0 leaves the -wal
 * empty, so the study file alone is whole either way).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#include "config.h"
#include "fk-study-private.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

/* Past SQLite's lock bytes (the pending byte at 1 GiB, the reserved byte
 * and 510 shared bytes after it), in a range no page is ever read from. */
#define PRESENCE_BYTE (0x40000000 + 4096)

static gboolean
ofd_lock (int   fd,
          short type)
{
#ifdef F_OFD_SETLK
  struct flock lock = { 0 };

  lock.l_type = type;
  lock.l_whence = SEEK_SET;
  lock.l_start = PRESENCE_BYTE;
  lock.l_len = 1;
  return fcntl (fd, F_OFD_SETLK, &lock) == 0;
#else
  return FALSE;
#endif
}

static void
set_persist (FkStudy *self,
             int      persist)
{
  sqlite3_file_control (self->db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
}

void
fk_study_presence_begin (FkStudy *self)
{
  g_return_if_fail (self->db != NULL);

  set_persist (self, 1);
  sqlite3_exec (self->db, "PRAGMA journal_size_limit = 0", NULL, NULL, NULL);
  /* Opening a descriptor never drops a lock; closing one would, so it
   * stays open until SQLite has closed the study (fk_study_presence_end()). */
  /* Writable, for the exclusive lock's test at the end; a file we may
   * only read keeps its -wal and -shm files. */
  self->presence_fd = g_open (self->path, O_RDWR | O_CLOEXEC, 0);
  if (self->presence_fd < 0)
    self->presence_fd = g_open (self->path, O_RDONLY | O_CLOEXEC, 0);
  if (self->presence_fd >= 0 && !ofd_lock (self->presence_fd, F_RDLCK))
    {
      g_close (self->presence_fd, NULL);
      self->presence_fd = -1;
    }
}

void
fk_study_presence_before_close (FkStudy *self)
{
  if (self->db == NULL || self->presence_fd < 0)
    return;
  /* Alone: SQLite may delete its files as usual. Not alone: another
   * FkStudy keeps using them. */
  if (ofd_lock (self->presence_fd, F_WRLCK))
    set_persist (self, 0);
}

void
fk_study_presence_end (FkStudy *self)
{
  if (self->presence_fd >= 0)
    g_close (self->presence_fd, NULL);
  self->presence_fd = -1;
}
