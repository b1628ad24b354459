/* test-study-queue.c — the UI's write queue: never waits, keeps order,
 * keeps what it could not write */
#include "fk-test-util.h"
#include "fk-study-private.h"   /* the connection, to simulate a full disk */

#include <sqlite3.h>
#include <string.h>

/* Upper bound of main-loop iterations while waiting for a retry: the
 * retry is a timeout, so each blocking iteration ends with one. */
#define MAX_ITERATIONS 1000

static void
count_cb (gpointer data)
{
  (*(guint *) data)++;
}

static gboolean
idle_count_cb (gpointer data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

typedef struct {
  guint max;       /* the highest n-pending seen */
  guint notified;
} Pending;

static void
pending_cb (FkStudy    *study,
            GParamSpec *pspec,
            Pending    *pending)
{
  pending->notified++;
  pending->max = MAX (pending->max, fk_study_get_n_pending (study));
}

static void
wait_until_written (FkStudy *study)
{
  for (guint i = 0; i < MAX_ITERATIONS && fk_study_get_n_pending (study) > 0; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (fk_study_get_n_pending (study), ==, 0);
}

static FkScore *
stored_score (FkStudy    *study,
              gint64      round,
              const char *capability)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = NULL;

  /* Straight from the file, not through the queue. */
  g_assert_cmpuint (fk_study_get_n_pending (study), ==, 0);
  scores = fk_study_list_scores (study, round, "1460", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < scores->len; i++)
    {
      FkScore *score = g_ptr_array_index (scores, i);
      if (strcmp (score->capability, capability) == 0)
        return fk_score_copy (score);
    }
  return NULL;
}

/* With another connection holding the write lock, queued writes return
 * at once, the main loop keeps running, reads see them, and they land
 * in order once the lock is released. */
static void
test_locked (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "queue.fkarta");
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) stored = NULL;
  g_autoptr(FkScore) read = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  FkModel *model = fk_study_get_model (study);
  const char *key = ((FkCapability *) model->capabilities->pdata[0])->key;
  gint64 round = fk_study_get_latest_round (study)->id;
  Pending pending = { 0 };
  guint changed = 0;
  guint idles = 0;
  guint idle_id;
  sqlite3 *other;

  g_signal_connect_swapped (study, "changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect (study, "notify::n-pending", G_CALLBACK (pending_cb), &pending);

  other = fk_test_lock_study (study);
  for (int level = 1; level <= 3; level++)
    {
      g_autoptr(FkScore) score = fk_score_new (round, "1460", key);

      score->current = level;
      g_assert_true (fk_study_queue_score (study, score, &error));
      g_assert_no_error (error);
    }
  /* Nothing written yet, nothing lost, and no wait. */
  g_assert_cmpuint (fk_study_get_n_pending (study), ==, 3);
  g_assert_true (fk_study_is_waiting (study));
  g_assert_cmpuint (changed, ==, 0);
  /* Reads show what the user chose. */
  read = fk_study_get_score (study, round, "1460", key, &error);
  g_assert_no_error (error);
  g_assert_cmpint (read->current, ==, 3);
  listed = fk_study_list_scores (study, round, "1460", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpint (((FkScore *) listed->pdata[0])->current, ==, 3);

  /* The main loop goes on while the lock is held: idle callbacks run and
   * the retries keep failing without blocking. */
  idle_id = g_idle_add (idle_count_cb, &idles);
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_source_remove (idle_id);
  g_assert_cmpuint (idles, >=, 25);
  g_assert_cmpuint (fk_study_get_n_pending (study), ==, 3);
  g_assert_false (fk_study_flush_pending (study));

  fk_test_unlock_study (other);
  wait_until_written (study);
  g_assert_false (fk_study_is_waiting (study));
  g_assert_cmpuint (changed, ==, 3);   /* one per batch, as each lands */
  g_assert_cmpuint (pending.max, ==, 3);
  g_assert_cmpuint (pending.notified, >=, 6);
  stored = stored_score (study, round, key);
  g_assert_nonnull (stored);
  g_assert_cmpint (stored->current, ==, 3);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* Many writes in a row, alternately to two capabilities, with the lock
 * taken and released in between: the last of each wins. */
static void
test_order (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "order.fkarta");
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) first = NULL;
  g_autoptr(FkScore) second = NULL;
  FkModel *model = fk_study_get_model (study);
  const char *keys[2] = { ((FkCapability *) model->capabilities->pdata[0])->key,
                          ((FkCapability *) model->capabilities->pdata[1])->key };
  gint64 round = fk_study_get_latest_round (study)->id;
  sqlite3 *other = NULL;

  for (int i = 0; i < 40; i++)
    {
      g_autoptr(FkScore) score = fk_score_new (round, "1460", keys[i % 2]);

      if (i % 10 == 3)
        other = fk_test_lock_study (study);
      if (i % 10 == 8)
        g_clear_pointer (&other, fk_test_unlock_study);
      score->current = i % 5;
      score->target = (i + 1) % 5;
      g_assert_true (fk_study_queue_score (study, score, &error));
      g_assert_no_error (error);
      g_main_context_iteration (NULL, FALSE);
    }
  g_clear_pointer (&other, fk_test_unlock_study);
  wait_until_written (study);
  first = stored_score (study, round, keys[0]);
  second = stored_score (study, round, keys[1]);
  g_assert_cmpint (first->current, ==, 38 % 5);
  g_assert_cmpint (second->current, ==, 39 % 5);
  g_assert_cmpint (second->target, ==, 40 % 5);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* A wrong value is refused at once, nothing queued. */
static void
test_invalid (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "invalid.fkarta");
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) score = fk_score_new (fk_study_get_latest_round (study)->id, "1460", "no-such-capability");

  score->current = 2;
  g_assert_false (fk_study_queue_score (study, score, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_assert_cmpuint (fk_study_get_n_pending (study), ==, 0);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* An undo whose score was changed elsewhere while it waited is dropped
 * with write-failed; the batches behind it are written. */
static void
test_changed_meanwhile (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "changed.fkarta");
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) expected = NULL;
  g_autoptr(FkScore) undo = NULL;
  g_autoptr(FkScore) next = NULL;
  g_autoptr(FkScore) stored = NULL;
  FkModel *model = fk_study_get_model (study);
  const char *key = ((FkCapability *) model->capabilities->pdata[0])->key;
  const char *key2 = ((FkCapability *) model->capabilities->pdata[1])->key;
  gint64 round = fk_study_get_latest_round (study)->id;
  g_autofree char *sql = NULL;
  guint failed = 0;
  sqlite3 *other;

  g_signal_connect_swapped (study, "write-failed", G_CALLBACK (count_cb), &failed);
  expected = fk_score_new (round, "1460", key);   /* nothing stored */
  undo = fk_score_new (round, "1460", key);
  undo->current = 1;
  next = fk_score_new (round, "1460", key2);
  next->current = 4;

  other = fk_test_lock_study (study);
  g_assert_true (fk_study_queue_replace_score (study, expected, undo, &error));
  g_assert_true (fk_study_queue_score (study, next, &error));
  g_assert_no_error (error);
  /* The other program writes the score meanwhile. */
  sql = g_strdup_printf ("INSERT INTO score (round_id, municipality, capability, current, not_applicable, updated)"
                         " VALUES (%" G_GINT64_FORMAT ", '1460', '%s', 2, 0, 1)", round, key);
  g_assert_cmpint (sqlite3_exec (other, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  fk_test_unlock_study (other);
  wait_until_written (study);
  g_assert_cmpuint (failed, ==, 1);
  stored = stored_score (study, round, key);
  g_assert_cmpint (stored->current, ==, 2);
  g_clear_pointer (&stored, fk_score_free);
  stored = stored_score (study, round, key2);
  g_assert_cmpint (stored->current, ==, 4);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* A full disk makes the study read-only and keeps the queued answers;
 * Try Again (fk_study_retry_writable) writes them once there is room. */
static void
test_disk_full_keeps_queue (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "full.fkarta");
  g_autoptr(GError) error = NULL;
  g_autofree char *pragma = NULL;
  g_autofree char *big = g_strnfill (64 * 1024, 'x');
  FkModel *model = fk_study_get_model (study);
  gint64 round = fk_study_get_latest_round (study)->id;
  guint n_queued = 0;
  guint n_kept;
  int page_count = 0;
  sqlite3 *other;

  g_assert_true (fk_study_pragma_int (study, "PRAGMA page_count", &page_count, NULL));
  pragma = g_strdup_printf ("PRAGMA max_page_count = %d", page_count + 2);
  g_assert_cmpint (sqlite3_exec (study->db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);

  /* Queued behind another program's lock; the disk fills up when they
   * are written. */
  other = fk_test_lock_study (study);
  for (guint i = 0; i < model->capabilities->len; i++)
    {
      g_autoptr(FkScore) score = fk_score_new (round, "1460",
                                               ((FkCapability *) model->capabilities->pdata[i])->key);
      score->current = 3;
      score->comment = g_strdup (big);
      g_assert_true (fk_study_queue_score (study, score, &error));
      g_assert_no_error (error);
      n_queued++;
    }
  fk_test_unlock_study (other);
  for (guint i = 0; i < MAX_ITERATIONS && !fk_study_is_read_only (study); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (fk_study_is_read_only (study));
  g_assert_nonnull (strstr (fk_study_get_read_only_reason (study), "disk is full"));
  g_assert_cmpuint (fk_study_get_n_pending (study), >=, 1);
  n_kept = fk_study_get_n_pending (study);
  /* Nothing more happens to them while read-only. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (fk_study_get_n_pending (study), ==, n_kept);
  g_assert_false (fk_study_is_waiting (study));
  /* New answers are refused while read-only, as any write. */
  {
    g_autoptr(FkScore) score = fk_score_new (round, "1460", ((FkCapability *) model->capabilities->pdata[0])->key);
    score->current = 1;
    g_assert_false (fk_study_queue_score (study, score, &error));
    g_assert_error (error, FK_ERROR, FK_ERROR_READ_ONLY);
    g_clear_error (&error);
  }
  /* The kept answer is still what reads show. */
  {
    const char *key = ((FkCapability *) model->capabilities->pdata[n_queued - 1])->key;
    g_autoptr(FkScore) read = fk_study_get_score (study, round, "1460", key, &error);

    g_assert_no_error (error);
    g_assert_cmpint (read->current, ==, 3);
  }

  /* Room again: Try Again writes it. */
  g_assert_cmpint (sqlite3_exec (study->db, "PRAGMA max_page_count = 1000000", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (fk_study_retry_writable (study));
  g_assert_cmpuint (fk_study_get_n_pending (study), ==, 0);
  g_assert_cmpuint (fk_test_count_assessed (study, round, "1460"), ==, n_queued);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  FkStudy **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = fk_study_open_finish (result, &error);
  g_assert_no_error (error);
}

/* Opening a study another program writes to happens in the background:
 * the main loop keeps running until the study arrives, and it arrives
 * writable once the lock is gone. */
static void
test_open_async_locked (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) created = fk_test_study_new_default (dir, "async.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (created));
  g_autoptr(FkStudy) study = NULL;
  guint idles = 0;
  guint idle_id;
  sqlite3 *other;

  other = fk_test_lock_study (created);
  g_clear_object (&created);

  fk_study_open_async (path, FK_STUDY_OPEN_DEFAULT, NULL, opened_cb, &study);
  idle_id = g_idle_add (idle_count_cb, &idles);
  for (guint i = 0; i < 100; i++)
    g_main_context_iteration (NULL, TRUE);
  /* Still waiting for the lock, and the loop ran all along. */
  g_assert_null (study);
  g_assert_cmpuint (idles, >=, 50);
  g_source_remove (idle_id);

  fk_test_unlock_study (other);
  while (study == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (fk_study_is_read_only (study));
  g_assert_cmpstr (fk_study_get_path (study), ==, path);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/study-queue/locked", test_locked);
  g_test_add_func ("/core/study-queue/order", test_order);
  g_test_add_func ("/core/study-queue/invalid", test_invalid);
  g_test_add_func ("/core/study-queue/changed-meanwhile", test_changed_meanwhile);
  g_test_add_func ("/core/study-queue/disk-full", test_disk_full_keeps_queue);
  g_test_add_func ("/core/study-queue/open-async-locked", test_open_async_locked);
  return g_test_run ();
}
