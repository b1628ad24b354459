/* test-scoring.c — the scoring view writes every edit to the study at once */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "fk-scoring-view.h"
#include "fk-test-util.h"
#include "fk-capability-row.h"
#include "shell-test-util.h"

typedef struct {
  char      *dir;
  char      *path;
  FkStudy   *study;
  GtkWidget *window;
  GtkWidget *view;
  gint64     round_id;
  const char *key;    /* the first capability */
  const char *key2;   /* the second */
  const char *na_key; /* the first that may be not applicable */
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  FkModel *model;

  f->dir = g_dir_make_tmp ("fk-scoring-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "study.fkarta", NULL);
  f->study = shell_test_create_study (f->dir, "study.fkarta", "Test", NULL);
  f->round_id = fk_study_get_latest_round (f->study)->id;
  model = fk_study_get_model (f->study);
  f->key = ((FkCapability *) g_ptr_array_index (model->capabilities, 0))->key;
  f->key2 = ((FkCapability *) g_ptr_array_index (model->capabilities, 1))->key;
  for (guint i = 0; i < model->capabilities->len && f->na_key == NULL; i++)
    if (fk_model_allows_not_applicable (model, g_ptr_array_index (model->capabilities, i)))
      f->na_key = ((FkCapability *) g_ptr_array_index (model->capabilities, i))->key;
  g_assert_nonnull (f->na_key);
  f->window = shell_test_show_scoring_view (f->study, &f->view);
  g_object_set (f->view, "municipality", "1438", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->window != NULL)
    shell_test_destroy_window (f->window);
  g_clear_object (&f->study);
  fk_test_tmpdir_free (g_steal_pointer (&f->dir));
  g_free (f->path);
  g_free (f->dir);
}

static FkScore *
stored (Fixture    *f,
        const char *key)
{
  g_autoptr(GError) error = NULL;
  FkScore *score = fk_study_get_score (f->study, f->round_id, "1438", key, &error);

  g_assert_no_error (error);
  return score;
}

static int
stored_current (Fixture    *f,
                const char *key)
{
  g_autoptr(FkScore) score = stored (f, key);
  return score->current;
}

static GtkWidget *
level_button (Fixture      *f,
              const char   *key,
              FkScoreField  field,
              int           value)
{
  GtkWidget *row = fk_scoring_view_get_row (FK_SCORING_VIEW (f->view), key);
  GtkWidget *button;

  g_assert_nonnull (row);
  button = fk_capability_row_get_level_button (FK_CAPABILITY_ROW (row), field, value);
  g_assert_nonnull (button);
  return button;
}

static void
click (GtkWidget *button)
{
  /* gtk_widget_activate() clicks after a delay; emit synchronously. */
  g_signal_emit_by_name (button, "clicked");
}

static void
test_scoring_set_level (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(FkScore) score = NULL;
  GtkWidget *three = level_button (f, f->key, FK_SCORE_FIELD_CURRENT, 3);

  g_assert_cmpstr (fk_scoring_view_get_municipality (FK_SCORING_VIEW (f->view)), ==, "1438");
  g_assert_cmpint (stored_current (f, f->key), ==, FK_LEVEL_UNSET);

  click (three);
  g_assert_cmpint (stored_current (f, f->key), ==, 3);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (three)));
  /* Only this municipality was touched. */
  g_assert_cmpuint (fk_test_count_assessed (f->study, f->round_id, "1460"), ==, 0);

  /* The keyboard path: the action on the focused capability. */
  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f->view), f->key2));
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.set-current", "i", 4));
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.set-target", "i", 5));
  score = stored (f, f->key2);
  g_assert_cmpint (score->current, ==, 4);
  g_assert_cmpint (score->target, ==, 5);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (level_button (f, f->key2, FK_SCORE_FIELD_TARGET, 5))));

  /* Sustain, key person and interest. */
  click (level_button (f, f->key2, FK_SCORE_FIELD_SUSTAIN, FK_SUSTAIN_DIFFICULT));
  click (level_button (f, f->key2, FK_SCORE_FIELD_KEY_PERSON, FK_KEY_PERSON_YES));
  click (level_button (f, f->key2, FK_SCORE_FIELD_INTEREST, FK_INTEREST_MAYBE));
  g_clear_pointer (&score, fk_score_free);
  score = stored (f, f->key2);
  g_assert_cmpint (score->sustain, ==, FK_SUSTAIN_DIFFICULT);
  g_assert_cmpint (score->key_person, ==, FK_KEY_PERSON_YES);
  g_assert_cmpint (score->interest, ==, FK_INTEREST_MAYBE);
}

static void
test_scoring_undo_redo (Fixture       *f,
                        gconstpointer  data)
{
  click (level_button (f, f->key, FK_SCORE_FIELD_CURRENT, 2));
  click (level_button (f, f->key, FK_SCORE_FIELD_CURRENT, 5));
  g_assert_cmpint (stored_current (f, f->key), ==, 5);

  g_assert_true (gtk_widget_activate_action (f->view, "scoring.undo", NULL));
  g_assert_cmpint (stored_current (f, f->key), ==, 2);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (level_button (f, f->key, FK_SCORE_FIELD_CURRENT, 2))));
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.undo", NULL));
  g_assert_cmpint (stored_current (f, f->key), ==, FK_LEVEL_UNSET);

  g_assert_true (gtk_widget_activate_action (f->view, "scoring.redo", NULL));
  g_assert_cmpint (stored_current (f, f->key), ==, 2);
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.redo", NULL));
  g_assert_cmpint (stored_current (f, f->key), ==, 5);

  /* Undo follows the edit to another municipality. */
  g_object_set (f->view, "municipality", "1460", NULL);
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.undo", NULL));
  g_assert_cmpint (stored_current (f, f->key), ==, 2);
  g_assert_cmpstr (fk_scoring_view_get_municipality (FK_SCORING_VIEW (f->view)), ==, "1438");

  /* Many steps: 55 edits, all undone. */
  for (int i = 0; i < 55; i++)
    click (level_button (f, f->key2, FK_SCORE_FIELD_CURRENT, i % 6));
  for (int i = 0; i < 55; i++)
    g_assert_true (gtk_widget_activate_action (f->view, "scoring.undo", NULL));
  g_assert_cmpint (stored_current (f, f->key2), ==, FK_LEVEL_UNSET);
}

static void
test_scoring_na_unset (Fixture       *f,
                       gconstpointer  data)
{
  click (level_button (f, f->na_key, FK_SCORE_FIELD_CURRENT, FK_LEVEL_NA));
  g_assert_cmpint (stored_current (f, f->na_key), ==, FK_LEVEL_NA);
  g_assert_cmpuint (fk_test_count_assessed (f->study, f->round_id, "1438"), ==, 1);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (level_button (f, f->na_key, FK_SCORE_FIELD_CURRENT, 0))));

  click (level_button (f, f->na_key, FK_SCORE_FIELD_CURRENT, 0));
  g_assert_cmpint (stored_current (f, f->na_key), ==, 0);

  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f->view), f->na_key));
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.not-assessed", NULL));
  g_assert_cmpint (stored_current (f, f->na_key), ==, FK_LEVEL_UNSET);
  g_assert_cmpuint (fk_test_count_assessed (f->study, f->round_id, "1438"), ==, 0);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (level_button (f, f->na_key, FK_SCORE_FIELD_CURRENT, FK_LEVEL_UNSET))));

  g_assert_true (gtk_widget_activate_action (f->view, "scoring.not-applicable", NULL));
  g_assert_cmpint (stored_current (f, f->na_key), ==, FK_LEVEL_NA);
}

static void
test_scoring_progress (Fixture       *f,
                       gconstpointer  data)
{
  guint n = fk_model_get_n_capabilities (fk_study_get_model (f->study));
  g_autofree char *before = g_strdup_printf ("0 of %u assessed", n);
  g_autofree char *after = g_strdup_printf ("1 of %u assessed", n);

  g_assert_cmpstr (fk_scoring_view_get_progress_text (FK_SCORING_VIEW (f->view)), ==, before);
  click (level_button (f, f->key, FK_SCORE_FIELD_CURRENT, 1));
  g_assert_cmpstr (fk_scoring_view_get_progress_text (FK_SCORING_VIEW (f->view)), ==, after);
}

static void
test_scoring_external_change (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(FkScore) score = fk_score_new (f->round_id, "1438", f->key);
  g_autoptr(GError) error = NULL;
  GtkWidget *focus;

  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f->view), f->key));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);

  score->current = 4;
  g_assert_true (fk_study_set_score (f->study, score, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (level_button (f, f->key, FK_SCORE_FIELD_CURRENT, 4))));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == focus);
}

static void
test_scoring_comment (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(FkScore) score = fk_score_new (f->round_id, "1438", f->key);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) now = NULL;
  GtkWidget *row = fk_scoring_view_get_row (FK_SCORING_VIEW (f->view), f->key);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  score->comment = g_strdup ("<b>&amp; Tom & Jerry</b>");
  g_assert_true (fk_study_set_score (f->study, score, &error));

  buffer = fk_capability_row_get_comment_buffer (FK_CAPABILITY_ROW (row));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, "<b>&amp; Tom & Jerry</b>");

  /* Typing is written when the window closes, not lost. */
  gtk_text_buffer_set_text (buffer, "Evidence: policy 2020", -1);
  now = stored (f, f->key);
  g_assert_cmpstr (now->comment, ==, "<b>&amp; Tom & Jerry</b>");
  g_clear_pointer (&now, fk_score_free);
  shell_test_destroy_window (g_steal_pointer (&f->window));
  now = stored (f, f->key);
  g_assert_cmpstr (now->comment, ==, "Evidence: policy 2020");
}

static GtkWidget *
find_respondent_entry (Fixture *f)
{
  GtkWidget *entry = NULL;

  /* The "Answered by" entry, found by its placeholder. */
  for (GtkWidget *w = gtk_widget_get_first_child (f->view); w != NULL; )
    {
      if (GTK_IS_ENTRY (w) && g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (w)), "Answered by") == 0)
        {
          entry = w;
          break;
        }
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w != NULL ? gtk_widget_get_next_sibling (w) : NULL;
        }
    }
  g_assert_nonnull (entry);
  return entry;
}

static void
test_scoring_respondent (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(FkScore) score = NULL;
  GtkWidget *entry = find_respondent_entry (f);

  gtk_editable_set_text (GTK_EDITABLE (entry), "Anna Andersson");
  click (level_button (f, f->key, FK_SCORE_FIELD_CURRENT, 3));
  score = stored (f, f->key);
  g_assert_cmpstr (score->respondent, ==, "Anna Andersson");
}

/* A name typed for one municipality is not carried to the next: the entry
 * shows the respondent stored there, or nothing. */
static void
test_scoring_respondent_per_municipality (Fixture       *f,
                                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) bo = fk_score_new (f->round_id, "1484", f->key);
  g_autoptr(FkScore) written = NULL;
  g_autoptr(FkScore) anna = NULL;
  GtkWidget *entry = find_respondent_entry (f);

  gtk_editable_set_text (GTK_EDITABLE (entry), "Anna");
  click (level_button (f, f->key, FK_SCORE_FIELD_CURRENT, 3));
  anna = stored (f, f->key);
  g_assert_cmpstr (anna->respondent, ==, "Anna");

  bo->current = 2;
  g_free (bo->respondent);
  bo->respondent = g_strdup ("Bo");
  g_assert_true (fk_study_set_score (f->study, bo, &error));
  g_assert_no_error (error);

  fk_scoring_view_set_municipality (FK_SCORING_VIEW (f->view), "1484");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Bo");

  fk_scoring_view_set_municipality (FK_SCORING_VIEW (f->view), "1460");
  g_assert_cmpstr (fk_scoring_view_get_municipality (FK_SCORING_VIEW (f->view)), ==, "1460");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  click (level_button (f, f->key2, FK_SCORE_FIELD_CURRENT, 4));
  written = fk_study_get_score (f->study, f->round_id, "1460", f->key2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (written->current, ==, 4);
  g_assert_null (written->respondent);

  /* Back to the first: its own respondent again. */
  fk_scoring_view_set_municipality (FK_SCORING_VIEW (f->view), "1438");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Anna");
}

static void
test_scoring_remembers_selection (Fixture       *f,
                                  gconstpointer  data)
{
  GtkWidget *view2 = fk_scoring_view_new ();

  g_object_ref_sink (view2);
  g_object_set (f->view, "municipality", "1492", NULL);
  g_object_set (view2, "study", f->study, NULL);
  g_assert_cmpstr (fk_scoring_view_get_municipality (FK_SCORING_VIEW (view2)), ==, "1492");
  g_assert_cmpint (fk_scoring_view_get_round_id (FK_SCORING_VIEW (view2)), ==, f->round_id);
  g_assert_finalize_object (view2);
}

static void
test_scoring_read_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fk-scoring-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ro.fkarta", NULL);
  FkStudy *study = shell_test_create_study (dir, "ro.fkarta", "Test", NULL);
  gint64 round_id = fk_study_get_latest_round (study)->id;
  const char *key = ((FkCapability *) g_ptr_array_index (fk_study_get_model (study)->capabilities, 0))->key;
  g_autofree char *key_copy = g_strdup (key);
  g_autoptr(FkScore) score = fk_score_new (round_id, "1460", key);
  g_autoptr(FkScore) after = NULL;
  GtkWidget *window, *view, *row, *two, *comment;
  const char *reason;

  score->current = 2;
  g_assert_true (fk_study_set_score (study, score, &error));
  g_object_unref (study);

  study = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  window = gtk_window_new ();
  view = fk_scoring_view_new ();
  gtk_window_set_child (GTK_WINDOW (window), view);
  g_object_set (view, "study", study, "municipality", "1460", NULL);
  gtk_window_present (GTK_WINDOW (window));

  reason = fk_scoring_view_get_read_only_text (FK_SCORING_VIEW (view));
  g_assert_nonnull (reason);
  g_assert_cmpstr (reason, ==, fk_study_get_read_only_reason (study));

  row = fk_scoring_view_get_row (FK_SCORING_VIEW (view), key_copy);
  two = fk_capability_row_get_level_button (FK_CAPABILITY_ROW (row), FK_SCORE_FIELD_CURRENT, 2);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (two)));
  g_assert_false (gtk_widget_is_sensitive (two));
  g_assert_false (gtk_widget_is_sensitive (fk_capability_row_get_level_button (FK_CAPABILITY_ROW (row), FK_SCORE_FIELD_TARGET, 4)));
  g_assert_false (gtk_widget_is_sensitive (fk_capability_row_get_level_button (FK_CAPABILITY_ROW (row), FK_SCORE_FIELD_INTEREST, FK_INTEREST_YES)));

  /* The keyboard actions are off, and a forced click writes nothing and
   * shows the stored value again. */
  fk_scoring_view_focus_capability (FK_SCORING_VIEW (view), key_copy);
  gtk_widget_activate_action (view, "scoring.set-current", "i", 4);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (two)));
  g_signal_emit_by_name (fk_capability_row_get_level_button (FK_CAPABILITY_ROW (row), FK_SCORE_FIELD_CURRENT, 5), "clicked");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (two)));

  /* The comment cannot be changed, but can be selected and copied. */
  comment = shell_test_find_descendant (row, GTK_TYPE_TEXT_VIEW);
  g_assert_nonnull (comment);
  g_assert_true (gtk_widget_is_sensitive (comment));
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (comment)));

  shell_test_destroy_window (window);
  g_object_unref (study);

  study = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  after = fk_study_get_score (study, round_id, "1460", key_copy, &error);
  g_assert_no_error (error);
  g_assert_cmpint (after->current, ==, 2);
  g_assert_cmpuint (fk_test_count_assessed (study, round_id, "1460"), ==, 1);
  g_object_unref (study);
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* Arriving on the page, the keyboard is on the first unanswered capability:
 * digits work without a click. */
static void
test_scoring_focus_on_arrival (Fixture       *f,
                               gconstpointer  data)
{
  GtkWidget *row = fk_scoring_view_get_row (FK_SCORING_VIEW (f->view), f->key);
  GtkWidget *focus;

  gtk_test_widget_wait_for_draw (f->window);
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == row || gtk_widget_is_ancestor (focus, row));
}

static gboolean
has_label_text (GtkWidget  *widget,
                const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (has_label_text (c, text))
      return TRUE;
  return FALSE;
}

/* Next unanswered with a search that finds nothing says so, rather than
 * that every capability shown is assessed. The message is in a toast. */
static void
test_scoring_next_unanswered_none_shown (Fixture       *f,
                                         gconstpointer  data)
{
  GtkWidget *entry = GTK_WIDGET (gtk_widget_get_template_child (f->view, FK_TYPE_SCORING_VIEW, "search_entry"));
  GtkWidget *overlay = GTK_WIDGET (gtk_widget_get_template_child (f->view, FK_TYPE_SCORING_VIEW, "toast_overlay"));
  const char *none_shown = "No capability is shown. Clear the search or choose All areas.";
  const char *all_assessed = "Every capability shown is assessed.";

  g_assert_nonnull (entry);
  g_assert_nonnull (overlay);
  gtk_editable_set_text (GTK_EDITABLE (entry), "qqxqzzy");
  /* The entry waits a moment before it says; say it now. */
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.next-unanswered", NULL));
  g_assert_true (has_label_text (overlay, none_shown));
  g_assert_false (has_label_text (overlay, all_assessed));

  /* With hits it moves to one instead. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.next-unanswered", NULL));
  g_assert_false (has_label_text (overlay, all_assessed));
  g_assert_nonnull (gtk_list_box_get_selected_row (GTK_LIST_BOX (shell_test_find_descendant (f->view, GTK_TYPE_LIST_BOX))));
}


/* ---- keeping the place ------------------------------------------------------ */

static void
settle (Fixture *f)
{
  /* The view scrolls over a few frames while the cards change size. */
  for (int i = 0; i < 15; i++)
    gtk_test_widget_wait_for_draw (f->window);
}

static GtkWidget *
template_child (Fixture    *f,
                const char *name)
{
  return shell_test_template_child (f->view, FK_TYPE_SCORING_VIEW, name);
}

/* The card's name and its level buttons are inside the scrolled window. */
static void
assert_card_in_view (Fixture         *f,
                     FkCapabilityRow *row)
{
  GtkWidget *scrolled = template_child (f, "scrolled");
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (row)));
  GtkWidget *levels = fk_capability_row_get_level_row (row);
  graphene_rect_t t, l;
  int height = gtk_widget_get_height (scrolled);

  g_assert_true (GTK_IS_LABEL (title));
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (row)));
  g_assert_true (gtk_widget_compute_bounds (title, scrolled, &t));
  g_assert_true (gtk_widget_compute_bounds (levels, scrolled, &l));
  if (t.origin.y < 0 || l.origin.y + l.size.height > height)
    g_error ("%s is not in view: title at %.0f, level buttons end at %.0f, view %d high",
             fk_capability_row_get_key (row), t.origin.y, l.origin.y + l.size.height, height);
}

static FkCapabilityRow *
selected_row (Fixture *f)
{
  GtkListBox *list = GTK_LIST_BOX (template_child (f, "list_box"));

  g_assert_nonnull (gtk_list_box_get_selected_row (list));
  return FK_CAPABILITY_ROW (gtk_list_box_get_selected_row (list));
}

static void
answer (Fixture    *f,
        const char *key,
        int         current)
{
  g_autoptr(FkScore) score = fk_score_new (f->round_id, "1438", key);
  g_autoptr(GError) error = NULL;

  score->current = current;
  g_assert_true (fk_study_set_score (f->study, score, &error));
  g_assert_no_error (error);
}

static const char *
nth_key (Fixture *f,
         guint    n)
{
  return ((FkCapability *) g_ptr_array_index (fk_study_get_model (f->study)->capabilities, n))->key;
}

/* After J, K, Ctrl+J, "Only unanswered" and undo, the selected card is the
 * one the user sees. */
static void
test_scoring_selected_in_view (Fixture       *f,
                               gconstpointer  data)
{
  GtkWidget *unanswered = template_child (f, "unanswered_toggle");
  FkCapabilityRow *row;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 600);
  settle (f);
  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f->view), f->key));
  for (int i = 0; i < 20; i++)
    {
      g_assert_true (gtk_widget_activate_action (f->view, "scoring.next", NULL));
      if (i % 5 == 4)
        {
          settle (f);
          assert_card_in_view (f, selected_row (f));
        }
    }
  row = selected_row (f);
  g_assert_cmpstr (fk_capability_row_get_key (row), ==, nth_key (f, 20));
  for (int i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (f->view, "scoring.previous", NULL));
  settle (f);
  assert_card_in_view (f, selected_row (f));

  /* Ctrl+J past answered ones. */
  for (guint i = 18; i < 30; i++)
    answer (f, nth_key (f, i), 2);
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.next-unanswered", NULL));
  settle (f);
  g_assert_cmpstr (fk_capability_row_get_key (selected_row (f)), ==, nth_key (f, 30));
  assert_card_in_view (f, selected_row (f));

  /* Only unanswered hides the answered cards above it. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (unanswered), TRUE);
  settle (f);
  assert_card_in_view (f, selected_row (f));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (unanswered), FALSE);
  settle (f);
  assert_card_in_view (f, selected_row (f));

  /* Undo goes to the card it changed, far above, and shows it. */
  click (level_button (f, f->key2, FK_SCORE_FIELD_CURRENT, 4));
  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f->view), nth_key (f, 35)));
  settle (f);
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.undo", NULL));
  settle (f);
  g_assert_cmpstr (fk_capability_row_get_key (selected_row (f)), ==, f->key2);
  assert_card_in_view (f, selected_row (f));
}

/* J and Ctrl+J show where the keyboard is. */
static void
test_scoring_focus_visible (Fixture       *f,
                            gconstpointer  data)
{
  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f->view), f->key));
  gtk_window_set_focus_visible (GTK_WINDOW (f->window), FALSE);
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.next", NULL));
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (f->window)));
  gtk_window_set_focus_visible (GTK_WINDOW (f->window), FALSE);
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.next-unanswered", NULL));
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (f->window)));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (selected_row (f))));
}

/* Escape in the search goes back to the card chosen before; results
 * start at the top. */
static void
test_scoring_search_escape (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *entry = template_child (f, "search_entry");
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (template_child (f, "scrolled")));
  const char *where = nth_key (f, 25);

  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f->view), where));
  settle (f);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), >, 0);
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "a");
  g_signal_emit_by_name (entry, "search-changed");
  settle (f);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), ==, 0);

  g_signal_emit_by_name (entry, "stop-search");
  settle (f);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpstr (fk_capability_row_get_key (selected_row (f)), ==, where);
  assert_card_in_view (f, selected_row (f));
}

/* Keys without modifiers act only in a card: a word typed with the focus
 * on a toolbar button changes nothing. */
/* Runs the view's own shortcut for @keyval (no modifiers) as a key press
 * would: FALSE if it did not act, so the key goes on to GTK. */
static gboolean
activate_view_key (GtkWidget *view,
                   guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                 GTK_SHORTCUT_ACTION_EXCLUSIVE, view,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_assert_not_reached ();
}

static void
test_scoring_keys_only_in_card (Fixture       *f,
                                gconstpointer  data)
{
  GtkWidget *unanswered = template_child (f, "unanswered_toggle");
  FkCapabilityRow *row;

  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f->view), f->key2));
  row = selected_row (f);
  gtk_widget_grab_focus (unanswered);
  g_assert_true (gtk_widget_has_focus (unanswered));
  gtk_widget_activate_action (f->view, "scoring.set-current", "i", 3);
  gtk_widget_activate_action (f->view, "scoring.not-applicable", NULL);
  gtk_widget_activate_action (f->view, "scoring.previous", NULL);
  gtk_widget_activate_action (f->view, "scoring.focus-field", "i", FK_SCORE_FIELD_COMMENT);
  g_assert_cmpint (stored_current (f, f->key2), ==, FK_LEVEL_UNSET);
  g_assert_true (selected_row (f) == row);
  g_assert_true (gtk_widget_has_focus (unanswered));
  /* Moving between cards is off outside a card, so that Up and Down reach
   * GTK and move the focus between the toolbar's buttons. */
  g_assert_false (activate_view_key (f->view, GDK_KEY_Down));
  g_assert_false (activate_view_key (f->view, GDK_KEY_Up));
  g_assert_true (selected_row (f) == row);

  /* In the card they work. */
  gtk_widget_grab_focus (GTK_WIDGET (row));
  g_assert_true (activate_view_key (f->view, GDK_KEY_Down));
  g_assert_true (selected_row (f) != row);
  g_assert_true (activate_view_key (f->view, GDK_KEY_Up));
  g_assert_true (selected_row (f) == row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.set-current", "i", 3));
  g_assert_cmpint (stored_current (f, f->key2), ==, 3);
}

/* Not applicable removes the target and the three answers in one write,
 * which one undo restores; Backspace removes the whole answer but the
 * comment; both say so in a toast with Undo. */
static void
test_scoring_na_clears (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *overlay = template_child (f, "toast_overlay");
  GtkWidget *row = fk_scoring_view_get_row (FK_SCORING_VIEW (f->view), f->na_key);
  g_autoptr(FkScore) score = fk_score_new (f->round_id, "1438", f->na_key);
  g_autoptr(FkScore) now = NULL;
  g_autoptr(GError) error = NULL;
  const char *name = fk_text_get (&fk_capability_row_get_capability (FK_CAPABILITY_ROW (row))->name, "en");
  g_autofree char *na_text = g_strdup_printf ("“%s” is not applicable now. Its level, target and answers were removed.", name);
  g_autofree char *removed_text = g_strdup_printf ("The answer to “%s” was removed.", name);

  score->current = 2;
  score->target = 4;
  score->sustain = FK_SUSTAIN_NO;
  score->key_person = FK_KEY_PERSON_YES;
  score->interest = FK_INTEREST_YES;
  score->comment = g_strdup ("Why");
  g_assert_true (fk_study_set_score (f->study, score, &error));
  g_assert_no_error (error);

  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f->view), f->na_key));
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.not-applicable", NULL));
  now = stored (f, f->na_key);
  g_assert_cmpint (now->current, ==, FK_LEVEL_NA);
  g_assert_cmpint (now->target, ==, FK_LEVEL_UNSET);
  g_assert_cmpint (now->sustain, ==, FK_SUSTAIN_UNSET);
  g_assert_cmpint (now->key_person, ==, FK_KEY_PERSON_UNSET);
  g_assert_cmpint (now->interest, ==, FK_INTEREST_UNSET);
  g_assert_cmpstr (now->comment, ==, "Why");
  g_assert_true (has_label_text (overlay, na_text));
  /* Their buttons are off while it does not apply. */
  g_assert_false (gtk_widget_is_sensitive (level_button (f, f->na_key, FK_SCORE_FIELD_TARGET, 3)));

  /* A target for what does not apply is refused, with a reason. */
  gtk_widget_activate_action (f->view, "scoring.set-target", "i", 3);
  g_clear_pointer (&now, fk_score_free);
  now = stored (f, f->na_key);
  g_assert_cmpint (now->target, ==, FK_LEVEL_UNSET);
  g_assert_true (has_label_text (overlay, "This capability is marked not applicable. Give it a level before a target or answers."));

  /* One undo restores it all. */
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.undo", NULL));
  g_clear_pointer (&now, fk_score_free);
  now = stored (f, f->na_key);
  g_assert_cmpint (now->current, ==, 2);
  g_assert_cmpint (now->target, ==, 4);
  g_assert_cmpint (now->sustain, ==, FK_SUSTAIN_NO);
  g_assert_cmpint (now->key_person, ==, FK_KEY_PERSON_YES);
  g_assert_cmpint (now->interest, ==, FK_INTEREST_YES);

  /* Backspace: the whole answer, not the comment. */
  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f->view), f->na_key));
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.not-assessed", NULL));
  g_clear_pointer (&now, fk_score_free);
  now = stored (f, f->na_key);
  g_assert_cmpint (now->current, ==, FK_LEVEL_UNSET);
  g_assert_cmpint (now->target, ==, FK_LEVEL_UNSET);
  g_assert_cmpint (now->sustain, ==, FK_SUSTAIN_UNSET);
  g_assert_cmpint (now->interest, ==, FK_INTEREST_UNSET);
  g_assert_cmpstr (now->comment, ==, "Why");
  g_assert_true (has_label_text (overlay, removed_text));
}

/* A target below the current level is kept, and the card says so. */
static void
test_scoring_target_below (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *row = fk_scoring_view_get_row (FK_SCORING_VIEW (f->view), f->key);
  GtkLabel *note;

  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f->view), f->key));
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.set-current", "i", 4));
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.set-target", "i", 2));
  g_assert_cmpint (stored_current (f, f->key), ==, 4);
  note = shell_test_find_label (row, "The target level is below the current level.");
  g_assert_nonnull (note);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (note)));
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.set-target", "i", 5));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (note)));
}

/* Gives @keyval to @widget's own key controllers, as a key press would. */
static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
    }
  return handled;
}

static guint
count_focusable_buttons (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_TOGGLE_BUTTON (widget) && gtk_widget_get_focusable (widget))
    n++;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_focusable_buttons (c);
  return n;
}

/* Each question is one Tab stop, and has a key. */
static void
test_scoring_question_tab_stops (Fixture       *f,
                                 gconstpointer  data)
{
  GtkWidget *row = fk_scoring_view_get_row (FK_SCORING_VIEW (f->view), f->key);
  GtkWidget *sustain_no = level_button (f, f->key, FK_SCORE_FIELD_SUSTAIN, FK_SUSTAIN_NO);
  GtkWidget *sustain = gtk_widget_get_ancestor (sustain_no, GTK_TYPE_WIDGET);
  GtkWidget *focus;
  guint tabs = 0;

  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f->view), f->key));
  settle (f);
  /* Current, the model's Scoring rules (the built-in model has rules),
   * target, sustain, key person, interest: one stop each. */
  g_assert_cmpuint (fk_study_get_model (f->study)->scoring_rules->len, >, 0);
  g_assert_cmpuint (count_focusable_buttons (row), ==, 6);

  /* From the card, Tab reaches "Can we sustain it…" on the fourth press. */
  while (tabs < 40)
    {
      tabs++;
      g_assert_true (gtk_widget_child_focus (f->window, GTK_DIR_TAB_FORWARD));
      focus = gtk_root_get_focus (GTK_ROOT (f->window));
      while (sustain != NULL && !g_type_is_a (G_OBJECT_TYPE (sustain), g_type_from_name ("FkLevelSelector")))
        sustain = gtk_widget_get_parent (sustain);
      if (focus != NULL && sustain != NULL && gtk_widget_is_ancestor (focus, sustain))
        break;
    }
  g_assert_cmpuint (tabs, ==, 4);

  /* Right from "Not answered" goes round to "Yes" and chooses it. */
  g_assert_true (press_key (sustain, GDK_KEY_Right));
  {
    g_autoptr(FkScore) score = stored (f, f->key);

    g_assert_cmpint (score->sustain, ==, FK_SUSTAIN_YES);
    g_assert_true (gtk_widget_has_focus (level_button (f, f->key, FK_SCORE_FIELD_SUSTAIN, FK_SUSTAIN_YES)));
    g_assert_true (gtk_widget_get_focusable (level_button (f, f->key, FK_SCORE_FIELD_SUSTAIN, FK_SUSTAIN_YES)));
    g_assert_false (gtk_widget_get_focusable (level_button (f, f->key, FK_SCORE_FIELD_SUSTAIN, FK_SUSTAIN_UNSET)));
  }
  g_assert_true (press_key (sustain, GDK_KEY_Right));
  {
    g_autoptr(FkScore) score = stored (f, f->key);

    g_assert_cmpint (score->sustain, ==, FK_SUSTAIN_DIFFICULT);
  }

  /* Its key goes there at once. */
  gtk_widget_grab_focus (row);
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.focus-field", "i", FK_SCORE_FIELD_INTEREST));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus == level_button (f, f->key, FK_SCORE_FIELD_INTEREST, FK_INTEREST_UNSET));
  gtk_widget_grab_focus (row);
  g_assert_true (gtk_widget_activate_action (f->view, "scoring.focus-field", "i", FK_SCORE_FIELD_COMMENT));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (GTK_IS_TEXT_VIEW (focus));

  /* Escape in the comment goes back to the card, where the keys work. */
  g_assert_true (press_key (focus, GDK_KEY_Escape));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == row);
}

/* The municipality chooser can be searched from the keyboard alone: typing
 * in the open list goes to its search field, Enter picks the first match. */
static void
test_scoring_municipality_search (Fixture       *f,
                                  gconstpointer  data)
{
  GtkWidget *dropdown = shell_test_template_child (f->view, FK_TYPE_SCORING_VIEW, "municipality_dropdown");
  GtkWidget *popover = shell_test_find_descendant (dropdown, GTK_TYPE_POPOVER);
  GtkWidget *search = shell_test_find_descendant (dropdown, GTK_TYPE_SEARCH_ENTRY);

  g_assert_nonnull (popover);
  g_assert_nonnull (search);
  /* Synthetic key presses do not reach a popover under Xvfb; the capture
   * is what makes typing work. */
  g_assert_true (gtk_search_entry_get_key_capture_widget (GTK_SEARCH_ENTRY (search)) == popover);

  gtk_editable_set_text (GTK_EDITABLE (search), "troll");
  g_signal_emit_by_name (search, "search-changed");
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpstr (fk_scoring_view_get_municipality (FK_SCORING_VIEW (f->view)), ==, "1488");
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

#define ADD(name, func) g_test_add ("/ui/scoring/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("set-level", test_scoring_set_level);
  ADD ("undo-redo", test_scoring_undo_redo);
  ADD ("not-applicable-not-assessed", test_scoring_na_unset);
  ADD ("progress", test_scoring_progress);
  ADD ("external-change", test_scoring_external_change);
  ADD ("comment", test_scoring_comment);
  ADD ("respondent", test_scoring_respondent);
  ADD ("respondent-per-municipality", test_scoring_respondent_per_municipality);
  ADD ("remembers-selection", test_scoring_remembers_selection);
  ADD ("focus-on-arrival", test_scoring_focus_on_arrival);
  ADD ("next-unanswered-none-shown", test_scoring_next_unanswered_none_shown);
  ADD ("selected-in-view", test_scoring_selected_in_view);
  ADD ("focus-visible", test_scoring_focus_visible);
  ADD ("search-escape", test_scoring_search_escape);
  ADD ("keys-only-in-card", test_scoring_keys_only_in_card);
  ADD ("not-applicable-clears", test_scoring_na_clears);
  ADD ("target-below-current", test_scoring_target_below);
  ADD ("question-tab-stops", test_scoring_question_tab_stops);
  ADD ("municipality-search", test_scoring_municipality_search);
#undef ADD
  g_test_add_func ("/ui/scoring/read-only", test_scoring_read_only);
  return g_test_run ();
}
