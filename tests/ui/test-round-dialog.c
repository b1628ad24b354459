/* test-round-dialog.c — the New Assessment Round dialog: the suggested name
 * in the study's language, the date checked as it is typed, the round it
 * adds, a refused name kept for fixing, and the window's win.new-round.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fk-profile-view.h"
#include "fk-round-dialog.h"
#include "fk-scoring-view.h"
#include "fk-window.h"
#include "shell-test-util.h"

static char *tmpdir;

static FkStudy *
create_study (const char *file_name,
              const char *language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = fk_region_new_default (&error);
  g_autofree char *path = g_build_filename (tmpdir, file_name, NULL);
  FkStudy *study;

  g_assert_no_error (error);
  study = fk_study_create (path, model, region, "Omgångar", language, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fk_study_get_rounds (study)->len, ==, 1);
  return study;
}

static GtkWidget *
child (FkRoundDialog *dialog,
       const char    *name)
{
  return shell_test_template_child (GTK_WIDGET (dialog), FK_TYPE_ROUND_DIALOG, name);
}

static const char *
text (FkRoundDialog *dialog,
      const char    *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (child (dialog, row)));
}

static void
set_text (FkRoundDialog *dialog,
          const char    *row,
          const char    *value)
{
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, row)), value);
}

static gboolean
can_add (FkRoundDialog *dialog)
{
  gboolean can;

  g_object_get (dialog, "can-add", &can, NULL);
  g_assert_cmpint (can, ==, fk_round_dialog_get_can_add (dialog));
  /* The button follows the action. */
  g_assert_cmpint (can, ==, gtk_widget_get_sensitive (child (dialog, "add_button")));
  return can;
}

static FkRoundDialog *
new_dialog (FkStudy *study)
{
  FkRoundDialog *dialog = fk_round_dialog_new (NULL, study);

  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
test_suggestion (void)
{
  g_autoptr(FkStudy) sv = create_study ("sv.fkarta", "sv");
  g_autoptr(FkStudy) en = create_study ("en.fkarta", "en");
  g_autofree char *date = today ();
  g_autoptr(GError) error = NULL;
  FkRoundDialog *dialog;

  dialog = new_dialog (sv);
  g_assert_cmpstr (text (dialog, "name_row"), ==, "Omgång 2");
  g_assert_cmpstr (text (dialog, "date_row"), ==, date);
  g_assert_true (can_add (dialog));
  g_assert_false (gtk_widget_get_visible (child (dialog, "error_group")));
  shell_test_destroy_window (dialog);

  dialog = new_dialog (en);
  g_assert_cmpstr (text (dialog, "name_row"), ==, "Round 2");
  shell_test_destroy_window (dialog);

  /* The next free number: "Omgång 3" is taken, two rounds exist. */
  g_assert_nonnull (fk_study_add_round (sv, "Omgång 3", NULL, &error));
  g_assert_no_error (error);
  dialog = new_dialog (sv);
  g_assert_cmpstr (text (dialog, "name_row"), ==, "Omgång 4");
  shell_test_destroy_window (dialog);
}

static void
test_date_validation (void)
{
  g_autoptr(FkStudy) study = create_study ("date.fkarta", "sv");
  FkRoundDialog *dialog = new_dialog (study);
  g_autoptr(GError) error = NULL;
  GtkWidget *date_row = child (dialog, "date_row");
  GtkWidget *error_group = child (dialog, "error_group");
  GtkLabel *error_label = GTK_LABEL (child (dialog, "error_label"));
  const char *bad[] = { "2022-13-45", "2022-02-30", "2022/03/15", "15-03-2022", "2022-3-5", "igår" };

  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      set_text (dialog, "date_row", bad[i]);
      g_assert_false (can_add (dialog));
      g_assert_true (gtk_widget_has_css_class (date_row, "error"));
      /* Said in words too, not only in red. */
      g_assert_true (gtk_widget_get_visible (error_group));
      g_assert_cmpstr (gtk_label_get_text (error_label), ==, "Write the date as 2020-11-15, or leave it empty.");
    }

  /* Add refuses too, and writes nothing. */
  set_text (dialog, "date_row", "2022-13-45");
  g_assert_null (fk_round_dialog_add (dialog, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_assert_cmpuint (fk_study_get_rounds (study)->len, ==, 1);

  set_text (dialog, "date_row", "2024-02-29");
  g_assert_true (can_add (dialog));
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  g_assert_false (gtk_widget_get_visible (error_group));

  /* No date is allowed; no name is not. */
  set_text (dialog, "date_row", "");
  g_assert_true (can_add (dialog));
  set_text (dialog, "name_row", "  ");
  g_assert_false (can_add (dialog));
  shell_test_destroy_window (dialog);
}

static void
on_round_added (FkRoundDialog *dialog,
                gint64         round_id,
                gint64        *out)
{
  *out = round_id;
}

static void
test_add (void)
{
  g_autoptr(FkStudy) study = create_study ("add.fkarta", "sv");
  FkRoundDialog *dialog = new_dialog (study);
  g_autoptr(GError) error = NULL;
  const FkRound *round;
  GPtrArray *rounds;
  gint64 added_id = 0;

  g_signal_connect (dialog, "round-added", G_CALLBACK (on_round_added), &added_id);
  set_text (dialog, "name_row", " Uppföljning 2022 ");
  set_text (dialog, "date_row", "2022-03-15");
  round = fk_round_dialog_add (dialog, &error);
  g_assert_no_error (error);
  g_assert_nonnull (round);

  rounds = fk_study_get_rounds (study);
  g_assert_cmpuint (rounds->len, ==, 2);
  round = g_ptr_array_index (rounds, 1);
  g_assert_cmpstr (round->name, ==, "Uppföljning 2022");
  g_assert_cmpstr (round->date, ==, "2022-03-15");
  g_assert_cmpint (added_id, ==, round->id);
  g_assert_true (fk_study_get_latest_round (study) == round);
  shell_test_destroy_window (dialog);

  /* An empty date adds a round without one. */
  dialog = new_dialog (study);
  set_text (dialog, "date_row", "");
  round = fk_round_dialog_add (dialog, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (round->name, ==, "Omgång 3");
  g_assert_null (round->date);
  shell_test_destroy_window (dialog);
}

static void
test_duplicate (void)
{
  g_autoptr(FkStudy) study = create_study ("duplicate.fkarta", "sv");
  FkRoundDialog *dialog = new_dialog (study);
  g_autoptr(GError) error = NULL;
  GtkWidget *error_group = child (dialog, "error_group");
  GtkLabel *error_label = GTK_LABEL (child (dialog, "error_label"));
  GtkWidget *name_row = child (dialog, "name_row");
  gint64 added_id = 0;

  g_signal_connect (dialog, "round-added", G_CALLBACK (on_round_added), &added_id);
  set_text (dialog, "name_row", "Omgång 1");
  set_text (dialog, "date_row", "2022-03-15");
  g_assert_true (can_add (dialog));
  g_assert_null (fk_round_dialog_add (dialog, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_EXISTS);

  /* Said in the dialog, as plain text; the input stays. */
  g_assert_true (gtk_widget_get_visible (error_group));
  g_assert_cmpstr (error->message, ==, "there is already a round named “Omgång 1”");
  g_assert_cmpstr (gtk_label_get_text (error_label), ==, "There is already a round named “Omgång 1”");
  g_assert_false (gtk_label_get_use_markup (error_label));
  g_assert_true (gtk_widget_has_css_class (name_row, "error"));
  g_assert_cmpstr (text (dialog, "name_row"), ==, "Omgång 1");
  g_assert_cmpstr (text (dialog, "date_row"), ==, "2022-03-15");
  g_assert_cmpuint (fk_study_get_rounds (study)->len, ==, 1);
  g_assert_cmpint (added_id, ==, 0);

  /* Fixing the name clears the message. */
  set_text (dialog, "name_row", "Omgång 1 b");
  g_assert_false (gtk_widget_get_visible (error_group));
  g_assert_false (gtk_widget_has_css_class (name_row, "error"));
  shell_test_destroy_window (dialog);
}

/* ---- the window's action ------------------------------------------------ */

static FkRoundDialog *
find_round_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (FK_IS_ROUND_DIALOG (window))
        return FK_ROUND_DIALOG (window);
    }
  return NULL;
}

static guint
dropdown_n_items (GtkWidget  *view,
                  GType       type,
                  const char *name)
{
  GObject *dropdown = gtk_widget_get_template_child (view, type, name);

  g_assert_true (GTK_IS_DROP_DOWN (dropdown));
  return g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown)));
}

static void
test_window_action (void)
{
  g_autoptr(FkStudy) study = create_study ("window.fkarta", "sv");
  FkWindow *window = fk_window_new (NULL, study);
  GtkWidget *scoring, *profile;
  FkRoundDialog *dialog;
  const FkRound *round;
  g_autoptr(GError) error = NULL;

  gtk_window_present (GTK_WINDOW (window));
  scoring = shell_test_find_descendant (GTK_WIDGET (window), FK_TYPE_SCORING_VIEW);
  profile = shell_test_find_descendant (GTK_WIDGET (window), FK_TYPE_PROFILE_VIEW);
  g_assert_nonnull (scoring);
  g_assert_nonnull (profile);
  g_assert_cmpint (fk_scoring_view_get_round_id (FK_SCORING_VIEW (scoring)), ==,
                   fk_study_get_latest_round (study)->id);

  g_assert_true (shell_test_menu_offers (GTK_WIDGET (window), "win.new-round"));
  g_assert_null (find_round_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-round", NULL));
  dialog = find_round_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (fk_round_dialog_get_study (dialog) == study);

  round = fk_round_dialog_add (dialog, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (round->name, ==, "Omgång 2");

  /* Both round choosers list it; the scoring page shows it. */
  g_assert_cmpuint (dropdown_n_items (scoring, FK_TYPE_SCORING_VIEW, "round_dropdown"), ==, 2);
  g_assert_cmpuint (dropdown_n_items (profile, FK_TYPE_PROFILE_VIEW, "round_dropdown"), ==, 2);
  g_assert_cmpint (fk_scoring_view_get_round_id (FK_SCORING_VIEW (scoring)), ==, round->id);

  shell_test_destroy_window (dialog);
  g_assert_null (find_round_dialog ());

  /* No study: nothing to add a round to. */
  fk_window_set_study (window, NULL);
  g_assert_false (shell_test_menu_offers (GTK_WIDGET (window), "win.new-round"));
  shell_test_destroy_window (window);
}

static void
test_window_action_read_only (void)
{
  g_autoptr(FkStudy) created = create_study ("window-ro.fkarta", "sv");
  g_autofree char *path = g_strdup (fk_study_get_path (created));
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(GError) error = NULL;
  FkWindow *window;

  g_clear_object (&created);
  study = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  window = fk_window_new (NULL, study);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (shell_test_menu_offers (GTK_WIDGET (window), "win.new-round"));
  shell_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tmpdir = shell_test_setup_tmpdir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

  g_test_add_func ("/ui/round-dialog/suggestion", test_suggestion);
  g_test_add_func ("/ui/round-dialog/date-validation", test_date_validation);
  g_test_add_func ("/ui/round-dialog/add", test_add);
  g_test_add_func ("/ui/round-dialog/duplicate", test_duplicate);
  g_test_add_func ("/ui/round-dialog/window-action", test_window_action);
  g_test_add_func ("/ui/round-dialog/window-action-read-only", test_window_action_read_only);
  ret = g_test_run ();

  shell_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return ret;
}
