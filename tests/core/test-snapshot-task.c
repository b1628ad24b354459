/* test-snapshot-task.c — long work on a round snapshot in a worker thread */
#include "fk-test-util.h"

#include <math.h>

typedef struct {
  GMainLoop   *loop;
  GAsyncResult *result;
  GThread     *callback_thread;
} Wait;

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
  wait->callback_thread = g_thread_self ();
  g_main_loop_quit (wait->loop);
}

static FkRoundSnapshot *
filled_snapshot (const char *dir,
                 FkStudy   **out_study)
{
  g_autoptr(GError) error = NULL;
  FkStudy *study = fk_test_study_new_default (dir, "task.fkarta");
  gint64 round_id = fk_study_get_latest_round (study)->id;
  FkRoundSnapshot *snapshot;

  fk_test_study_fill (study, round_id);
  snapshot = fk_study_read_snapshot (study, round_id, &error);
  g_assert_no_error (error);
  *out_study = study;
  return snapshot;
}

static void
assert_same (double a,
             double b)
{
  if (isnan (a) || isnan (b))
    g_assert_true (isnan (a) && isnan (b));
  else
    g_assert_cmpfloat (a, ==, b);
}

/* The profiles computed in a worker equal those computed here, the
 * callback runs on this thread, and the task holds the snapshot itself. */
static void
test_profiles_async (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = NULL;
  FkRoundSnapshot *snapshot = filled_snapshot (dir, &study);
  g_autoptr(FkRoundSnapshot) again = fk_round_snapshot_ref (snapshot);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) expected = fk_profile_compute_all (snapshot, NULL, &error);
  g_autoptr(GPtrArray) profiles = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Wait wait = { loop, NULL, NULL };

  g_assert_no_error (error);
  fk_profile_compute_all_async (snapshot, NULL, on_done, &wait);
  fk_round_snapshot_unref (snapshot);   /* ours; the task keeps its own */
  g_main_loop_run (loop);

  g_assert_true (wait.callback_thread == g_thread_self ());
  profiles = fk_profile_compute_all_finish (wait.result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (profiles->len, ==, 14);
  g_assert_cmpuint (profiles->len, ==, expected->len);
  for (guint i = 0; i < profiles->len; i++)
    {
      const FkProfile *a = g_ptr_array_index (profiles, i);
      const FkProfile *b = g_ptr_array_index (expected, i);

      g_assert_cmpstr (a->municipality, ==, b->municipality);
      g_assert_cmpuint (a->n_levels, ==, b->n_levels);
      g_assert_cmpuint (a->areas->len, ==, b->areas->len);
      for (guint k = 0; k < a->areas->len; k++)
        {
          assert_same (g_array_index (a->areas, FkProfileArea, k).current,
                       g_array_index (b->areas, FkProfileArea, k).current);
          assert_same (g_array_index (a->areas, FkProfileArea, k).region_median,
                       g_array_index (b->areas, FkProfileArea, k).region_median);
        }
      g_assert_cmpuint (a->strengths->len, ==, b->strengths->len);
      g_assert_cmpuint (a->weaknesses->len, ==, b->weaknesses->len);
    }

  g_clear_object (&wait.result);
  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

static void
test_cancelled_before (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = filled_snapshot (dir, &study);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  Wait wait = { loop, NULL, NULL };

  g_cancellable_cancel (cancellable);
  fk_profile_compute_all_async (snapshot, cancellable, on_done, &wait);
  g_main_loop_run (loop);
  g_assert_null (fk_profile_compute_all_finish (wait.result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  g_clear_object (&wait.result);
  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* A work function that waits until it is cancelled, checking as long work
 * does between steps. */
static gpointer
wait_for_cancel (FkRoundSnapshot  *snapshot,
                 gpointer          data,
                 GCancellable     *cancellable,
                 GError          **error)
{
  gint *started = data;

  g_atomic_int_set (started, 1);
  for (guint i = 0; i < 10000; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      g_usleep (1000);
    }
  return g_strdup ("not cancelled");
}

static gboolean
cancel_when_started (gpointer user_data)
{
  GCancellable *cancellable = user_data;
  gint *started = g_object_get_data (G_OBJECT (cancellable), "started");

  if (!g_atomic_int_get (started))
    return G_SOURCE_CONTINUE;
  g_cancellable_cancel (cancellable);
  return G_SOURCE_REMOVE;
}

static void
test_cancelled_while_running (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = filled_snapshot (dir, &study);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  gint *started = g_new0 (gint, 1);
  Wait wait = { loop, NULL, NULL };

  g_object_set_data (G_OBJECT (cancellable), "started", started);
  fk_snapshot_task_run_async (snapshot, wait_for_cancel, started, g_free, g_free, NULL,
                              cancellable, on_done, &wait);
  g_timeout_add (5, cancel_when_started, cancellable);
  g_main_loop_run (loop);
  g_assert_null (fk_snapshot_task_run_finish (wait.result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  g_clear_object (&wait.result);
  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

static gpointer
fail (FkRoundSnapshot  *snapshot,
      gpointer          data,
      GCancellable     *cancellable,
      GError          **error)
{
  g_set_error (error, FK_ERROR, FK_ERROR_INVALID, "%s: %u rows are too many",
               fk_round_snapshot_get_source (snapshot), fk_round_snapshot_get_n_rows (snapshot));
  return NULL;
}

static void
test_error_reaches_caller (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = filled_snapshot (dir, &study);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  Wait wait = { loop, NULL, NULL };

  fk_snapshot_task_run_async (snapshot, fail, NULL, NULL, NULL, NULL, NULL, on_done, &wait);
  g_main_loop_run (loop);
  g_assert_null (fk_snapshot_task_run_finish (wait.result, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "task.fkarta: 14 rows are too many");

  g_clear_object (&wait.result);
  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/snapshot-task/profiles-async", test_profiles_async);
  g_test_add_func ("/core/snapshot-task/cancelled-before", test_cancelled_before);
  g_test_add_func ("/core/snapshot-task/cancelled-while-running", test_cancelled_while_running);
  g_test_add_func ("/core/snapshot-task/error-reaches-caller", test_error_reaches_caller);

  return g_test_run ();
}
