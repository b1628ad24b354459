/* test-undo.c — FkUndo: the undo/redo history of score edits */
#include "fk-test-util.h"
#include "fk-undo.h"

static FkScore *
score_with (const char *capability,
            int         current)
{
  FkScore *score = fk_score_new (1, "1460", capability);

  score->current = current;
  return score;
}

static void
test_undo_push_undo_redo (void)
{
  g_autoptr(FkUndo) undo = fk_undo_new (0);
  g_autoptr(FkScore) a = score_with ("x", FK_LEVEL_UNSET);
  g_autoptr(FkScore) b = score_with ("x", 2);
  g_autoptr(FkScore) c = score_with ("x", 4);

  g_assert_false (fk_undo_can_undo (undo));
  g_assert_false (fk_undo_can_redo (undo));
  g_assert_null (fk_undo_peek_undo (undo));
  g_assert_cmpuint (fk_undo_get_limit (undo), ==, FK_UNDO_DEFAULT_LIMIT);

  fk_undo_push (undo, a, b, FALSE);
  fk_undo_push (undo, b, c, FALSE);
  g_assert_cmpuint (fk_undo_get_n_undo (undo), ==, 2);
  g_assert_cmpint (fk_undo_peek_undo (undo)->current, ==, 2);
  g_assert_null (fk_undo_peek_redo (undo));
}

static void
test_undo_merge (void)
{
  g_autoptr(FkUndo) undo = fk_undo_new (10);
  g_autoptr(FkScore) a = score_with ("x", 1);
  g_autoptr(FkScore) b = score_with ("x", 1);
  g_autoptr(FkScore) c = score_with ("x", 1);
  g_autoptr(FkScore) other = score_with ("y", 1);

  b->comment = g_strdup ("Ev");
  c->comment = g_strdup ("Evidence");
  fk_undo_push (undo, a, b, TRUE);   /* nothing to merge with: a new step */
  fk_undo_push (undo, b, c, TRUE);
  g_assert_cmpuint (fk_undo_get_n_undo (undo), ==, 1);
  g_assert_null (fk_undo_peek_undo (undo)->comment);

  /* Another capability never merges. */
  fk_undo_push (undo, other, other, TRUE);
  g_assert_cmpuint (fk_undo_get_n_undo (undo), ==, 2);
}

static void
test_undo_limit (void)
{
  g_autoptr(FkUndo) undo = fk_undo_new (3);

  for (int i = 0; i < 6; i++)
    {
      g_autoptr(FkScore) before = score_with ("x", i % 6);
      g_autoptr(FkScore) after = score_with ("x", (i + 1) % 6);
      fk_undo_push (undo, before, after, FALSE);
    }
  g_assert_cmpuint (fk_undo_get_n_undo (undo), ==, 3);
  /* The newest three survive: the newest step's before is 5. */
  g_assert_cmpint (fk_undo_peek_undo (undo)->current, ==, 5);

  fk_undo_clear (undo);
  g_assert_false (fk_undo_can_undo (undo));
}

/* The default history holds at least 50 steps, and undoing all of them
 * through a study gives back the first value. */
static void
test_undo_study_capacity (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "undo.fkarta");
  g_autoptr(FkUndo) undo = fk_undo_new (0);
  g_autoptr(GError) error = NULL;
  const FkRound *round = fk_study_get_latest_round (study);
  FkModel *model = fk_study_get_model (study);
  const FkCapability *cap = g_ptr_array_index (model->capabilities, 0);
  g_autoptr(FkScore) stored = NULL;
  const guint n = 60;

  g_assert_cmpuint (fk_undo_get_limit (undo), >=, 50);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FkScore) before = fk_study_get_score (study, round->id, "1460", cap->key, &error);
      g_autoptr(FkScore) after = NULL;

      g_assert_no_error (error);
      after = fk_score_copy (before);
      after->current = (int) (i % 6);
      after->target = (int) ((i + 1) % 6);
      g_assert_true (fk_study_set_score (study, after, &error));
      g_assert_no_error (error);
      fk_undo_push (undo, before, after, FALSE);
    }
  g_assert_cmpuint (fk_undo_get_n_undo (undo), ==, n);

  for (guint i = 0; i < n; i++)
    {
      g_assert_true (fk_undo_undo (undo, study, &error));
      g_assert_no_error (error);
    }
  g_assert_false (fk_undo_can_undo (undo));
  g_assert_cmpuint (fk_undo_get_n_redo (undo), ==, n);
  /* Undoing the first edit deletes the row: back to "not assessed". */
  stored = fk_study_get_score (study, round->id, "1460", cap->key, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored->current, ==, FK_LEVEL_UNSET);
  g_assert_cmpint (stored->target, ==, FK_LEVEL_UNSET);
  g_assert_cmpuint (fk_test_count_assessed (study, round->id, "1460"), ==, 0);

  /* An undo with nothing left succeeds and changes nothing. */
  g_assert_true (fk_undo_undo (undo, study, &error));

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

static void
test_undo_study_redo (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "redo.fkarta");
  g_autoptr(FkUndo) undo = fk_undo_new (0);
  g_autoptr(GError) error = NULL;
  const FkRound *round = fk_study_get_latest_round (study);
  FkModel *model = fk_study_get_model (study);
  const FkCapability *cap = g_ptr_array_index (model->capabilities, 1);
  g_autoptr(FkScore) empty = fk_study_get_score (study, round->id, "1438", cap->key, &error);
  g_autoptr(FkScore) three = fk_score_copy (empty);
  g_autoptr(FkScore) na = fk_score_copy (empty);
  g_autoptr(FkScore) five = fk_score_copy (empty);
  FkScore *s;

  g_assert_no_error (error);
  three->current = 3;
  na->current = FK_LEVEL_NA;
  five->current = 5;

  g_assert_true (fk_study_set_score (study, three, &error));
  fk_undo_push (undo, empty, three, FALSE);
  g_assert_true (fk_study_set_score (study, na, &error));
  fk_undo_push (undo, three, na, FALSE);

  g_assert_true (fk_undo_undo (undo, study, &error));
  g_assert_no_error (error);
  s = fk_study_get_score (study, round->id, "1438", cap->key, &error);
  g_assert_cmpint (s->current, ==, 3);
  fk_score_free (s);
  g_assert_true (fk_undo_can_redo (undo));
  g_assert_cmpint (fk_undo_peek_redo (undo)->current, ==, FK_LEVEL_NA);

  g_assert_true (fk_undo_redo (undo, study, &error));
  s = fk_study_get_score (study, round->id, "1438", cap->key, &error);
  g_assert_cmpint (s->current, ==, FK_LEVEL_NA);
  fk_score_free (s);

  /* A new edit after an undo clears the redo stack. */
  g_assert_true (fk_undo_undo (undo, study, &error));
  fk_undo_push (undo, three, five, FALSE);
  g_assert_false (fk_undo_can_redo (undo));
  g_assert_cmpuint (fk_undo_get_n_undo (undo), ==, 2);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* A failed write (read-only study) keeps the step where it was. */
static void
test_undo_study_read_only (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "ro.fkarta");
  g_autoptr(FkStudy) ro = NULL;
  g_autoptr(FkUndo) undo = fk_undo_new (0);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  const FkRound *round = fk_study_get_latest_round (study);
  gint64 round_id = round->id;
  FkModel *model = fk_study_get_model (study);
  const FkCapability *cap = g_ptr_array_index (model->capabilities, 0);
  g_autoptr(FkScore) before = fk_score_new (round_id, "1460", cap->key);
  g_autoptr(FkScore) after = fk_score_new (round_id, "1460", cap->key);

  after->current = 2;
  g_assert_true (fk_study_set_score (study, after, &error));
  g_clear_object (&study);

  ro = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  fk_undo_push (undo, before, after, FALSE);
  g_assert_false (fk_undo_undo (undo, ro, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_READ_ONLY);
  g_assert_cmpuint (fk_undo_get_n_undo (undo), ==, 1);
  g_assert_false (fk_undo_can_redo (undo));

  g_clear_object (&ro);
  fk_test_tmpdir_free (dir);
}

/* Another program changed the answer after our edit: undo must not erase
 * their change. It is refused, nothing is written, and the step is gone. */
static void
test_undo_changed_elsewhere (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "elsewhere.fkarta");
  g_autoptr(FkStudy) other = NULL;
  g_autoptr(FkUndo) undo = fk_undo_new (0);
  g_autoptr(GError) error = NULL;
  gint64 round = fk_study_get_latest_round (study)->id;
  const FkCapability *cap = g_ptr_array_index (fk_study_get_model (study)->capabilities, 2);
  g_autoptr(FkScore) empty = fk_study_get_score (study, round, "1488", cap->key, &error);
  g_autoptr(FkScore) three = fk_score_copy (empty);
  g_autoptr(FkScore) theirs = NULL;
  g_autoptr(FkScore) stored = NULL;

  three->current = 3;
  g_assert_true (fk_study_set_score (study, three, &error));
  fk_undo_push (undo, empty, three, FALSE);

  other = fk_study_open (fk_study_get_path (study), 0, &error);
  g_assert_no_error (error);
  theirs = fk_score_copy (three);
  theirs->comment = g_strdup ("Underlag från en annan dator");
  g_assert_true (fk_study_set_score (other, theirs, &error));

  g_assert_false (fk_undo_undo (undo, study, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_CHANGED);
  g_clear_error (&error);
  stored = fk_study_get_score (study, round, "1488", cap->key, &error);
  g_assert_cmpint (stored->current, ==, 3);
  g_assert_cmpstr (stored->comment, ==, "Underlag från en annan dator");
  g_assert_false (fk_undo_can_undo (undo));

  g_clear_object (&other);
  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/undo/push-undo-redo", test_undo_push_undo_redo);
  g_test_add_func ("/core/undo/merge", test_undo_merge);
  g_test_add_func ("/core/undo/limit", test_undo_limit);
  g_test_add_func ("/core/undo/study-capacity", test_undo_study_capacity);
  g_test_add_func ("/core/undo/study-redo", test_undo_study_redo);
  g_test_add_func ("/core/undo/study-read-only", test_undo_study_read_only);
  g_test_add_func ("/core/undo/changed-elsewhere", test_undo_changed_elsewhere);
  return g_test_run ();
}
