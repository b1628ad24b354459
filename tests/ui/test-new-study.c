/* test-new-study.c — the New Study dialog: built-in or chosen model and
 * region, broken files reported in their row, defaults that follow the
 * language, and the study it creates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fk-new-study-dialog.h"
#include "fk-study-dialogs.h"
#include "shell-test-util.h"

static char *tmpdir;

static char *
test_data (const char *kind,
           const char *name)
{
  const char *root = g_getenv ("FK_SOURCE_ROOT");

  g_assert_nonnull (root);
  return g_build_filename (root, "tests", "data", kind, name, NULL);
}

static GtkWidget *
child (FkNewStudyDialog *dialog,
       const char       *name)
{
  return shell_test_template_child (GTK_WIDGET (dialog), FK_TYPE_NEW_STUDY_DIALOG, name);
}

static const char *
subtitle (FkNewStudyDialog *dialog,
          const char       *row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (child (dialog, row)));
}

static const char *
text (FkNewStudyDialog *dialog,
      const char       *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (child (dialog, row)));
}

static void
set_text (FkNewStudyDialog *dialog,
          const char       *row,
          const char       *value)
{
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, row)), value);
}

static void
set_language (FkNewStudyDialog *dialog,
              const char       *language)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, "language_row")),
                              g_str_equal (language, "en") ? 1 : 0);
}

/* The row (its subtitle, through style.css), or a visible widget in it
 * (an icon), is styled as an error. */
static gboolean
shows_error (GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget))
    return FALSE;
  if (gtk_widget_has_css_class (widget, "error") ||
      gtk_widget_has_css_class (widget, "fk-source-error"))
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (shows_error (c))
      return TRUE;
  return FALSE;
}

static gboolean
can_create (FkNewStudyDialog *dialog)
{
  gboolean can;

  g_object_get (dialog, "can-create", &can, NULL);
  /* The button follows the action. */
  g_assert_cmpint (can, ==, gtk_widget_get_sensitive (child (dialog, "create_button")));
  return can;
}

static FkNewStudyDialog *
new_dialog (void)
{
  FkNewStudyDialog *dialog = fk_new_study_dialog_new (NULL);

  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
test_defaults (void)
{
  FkNewStudyDialog *dialog = new_dialog ();

  /* Model text is in the study's language. */
  set_language (dialog, "sv");
  g_assert_cmpstr (subtitle (dialog, "model_row"), ==, "Built-in: Digital motor 2.0.0 (43 capabilities)");
  g_assert_cmpstr (text (dialog, "title_row"), ==, "Digital motor Fyrbodal");
  g_assert_cmpstr (text (dialog, "round_row"), ==, "Omgång 1");
  set_language (dialog, "en");
  g_assert_cmpstr (subtitle (dialog, "model_row"), ==, "Built-in: Digital motor 2.0.0 (43 capabilities)");
  g_assert_cmpstr (subtitle (dialog, "region_row"), ==, "Built-in: Fyrbodal (14 municipalities)");
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (child (dialog, "model_row"))));
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (child (dialog, "region_row"))));
  g_assert_false (gtk_widget_get_visible (child (dialog, "model_builtin_button")));
  g_assert_cmpstr (text (dialog, "title_row"), ==, "Digital motor Fyrbodal");
  g_assert_cmpstr (text (dialog, "round_row"), ==, "Round 1");
  g_assert_true (can_create (dialog));
  g_assert_false (gtk_widget_get_visible (child (dialog, "error_group")));
  shell_test_destroy_window (dialog);
}

static void
test_model_file (void)
{
  FkNewStudyDialog *dialog = new_dialog ();
  g_autofree char *good = test_data ("models", "minimal.json");
  g_autofree char *bad = test_data ("models", "bad-goal.json");
  GtkWidget *row = child (dialog, "model_row");

  set_language (dialog, "en");
  g_assert_true (fk_new_study_dialog_load_model (dialog, good));
  g_assert_cmpstr (subtitle (dialog, "model_row"), ==, "minimal.json: Minimal model 1.0.0 (3 capabilities)");
  g_assert_false (shows_error (row));
  g_assert_true (gtk_widget_get_visible (child (dialog, "model_builtin_button")));
  g_assert_true (can_create (dialog));

  /* Model text follows the study's language. */
  set_language (dialog, "sv");
  g_assert_nonnull (strstr (subtitle (dialog, "model_row"), "Minimal modell"));
  set_language (dialog, "en");

  g_assert_false (fk_new_study_dialog_load_model (dialog, bad));
  g_assert_nonnull (strstr (subtitle (dialog, "model_row"), "bad-goal.json"));
  g_assert_true (shows_error (row));
  g_assert_false (can_create (dialog));

  fk_new_study_dialog_use_default_model (dialog);
  g_assert_cmpstr (subtitle (dialog, "model_row"), ==, "Built-in: Digital motor 2.0.0 (43 capabilities)");
  g_assert_false (shows_error (row));
  g_assert_false (gtk_widget_get_visible (child (dialog, "model_builtin_button")));
  g_assert_true (can_create (dialog));
  shell_test_destroy_window (dialog);
}

static void
test_region_file (void)
{
  FkNewStudyDialog *dialog = new_dialog ();
  g_autofree char *good = test_data ("regions", "minimal.json");
  g_autofree char *bad = test_data ("regions", "bad-duplicate-code.json");
  GtkWidget *row = child (dialog, "region_row");

  set_language (dialog, "en");
  g_assert_true (fk_new_study_dialog_load_region (dialog, good));
  g_assert_cmpstr (subtitle (dialog, "region_row"), ==, "minimal.json: Minimal (3 municipalities)");
  g_assert_true (can_create (dialog));

  g_assert_false (fk_new_study_dialog_load_region (dialog, bad));
  g_assert_nonnull (strstr (subtitle (dialog, "region_row"), "bad-duplicate-code.json"));
  g_assert_true (shows_error (row));
  g_assert_false (can_create (dialog));

  /* A broken model and a broken region: Create stays off until both are fixed. */
  fk_new_study_dialog_load_model (dialog, bad);
  fk_new_study_dialog_use_default_region (dialog);
  g_assert_false (can_create (dialog));
  fk_new_study_dialog_use_default_model (dialog);
  g_assert_true (can_create (dialog));
  g_assert_cmpstr (subtitle (dialog, "region_row"), ==, "Built-in: Fyrbodal (14 municipalities)");
  shell_test_destroy_window (dialog);
}

static void
test_defaults_follow_language (void)
{
  FkNewStudyDialog *dialog = new_dialog ();
  g_autofree char *model = test_data ("models", "minimal.json");
  g_autofree char *region = test_data ("regions", "minimal.json");

  set_language (dialog, "sv");
  g_assert_cmpstr (text (dialog, "round_row"), ==, "Omgång 1");
  set_language (dialog, "en");
  g_assert_cmpstr (text (dialog, "round_row"), ==, "Round 1");
  set_text (dialog, "round_row", "Workshop");
  set_language (dialog, "sv");
  g_assert_cmpstr (text (dialog, "round_row"), ==, "Workshop");

  /* The title follows the model and region until the user writes one. */
  fk_new_study_dialog_load_model (dialog, model);
  g_assert_cmpstr (text (dialog, "title_row"), ==, "Minimal modell Fyrbodal");
  set_text (dialog, "title_row", "Vår studie");
  fk_new_study_dialog_load_region (dialog, region);
  g_assert_cmpstr (text (dialog, "title_row"), ==, "Vår studie");
  shell_test_destroy_window (dialog);
}

static void
test_create (void)
{
  FkNewStudyDialog *dialog = new_dialog ();
  g_autofree char *model = test_data ("models", "minimal.json");
  g_autofree char *region = test_data ("regions", "minimal.json");
  g_autofree char *bad = test_data ("models", "bad-goal.json");
  g_autofree char *path = g_build_filename (tmpdir, "created", NULL);
  g_autofree char *full_path = g_build_filename (tmpdir, "created.fkarta", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkStudy) again = NULL;
  GPtrArray *rounds;

  g_assert_true (fk_new_study_dialog_load_model (dialog, model));
  g_assert_true (fk_new_study_dialog_load_region (dialog, region));
  set_language (dialog, "en");
  set_text (dialog, "title_row", "  Test <b>study</b> ");
  set_text (dialog, "round_row", "Workshop spring");

  study = fk_new_study_dialog_create_at (dialog, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (study);
  g_assert_cmpstr (fk_study_get_path (study), ==, full_path);
  g_clear_object (&study);

  /* What was written, read back from the file. */
  study = fk_study_open (full_path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_study_get_model (study)->id, ==, "minimal");
  g_assert_cmpuint (fk_model_get_n_capabilities (fk_study_get_model (study)), ==, 3);
  g_assert_cmpstr (fk_study_get_region (study)->id, ==, "minimal");
  g_assert_cmpstr (fk_study_get_language (study), ==, "en");
  g_assert_cmpstr (fk_study_get_title (study), ==, "Test <b>study</b>");
  rounds = fk_study_get_rounds (study);
  g_assert_cmpuint (rounds->len, ==, 1);
  g_assert_cmpstr (((FkRound *) g_ptr_array_index (rounds, 0))->name, ==, "Workshop spring");
  g_clear_object (&study);

  /* The same name again is refused and nothing the user entered is lost. */
  again = fk_new_study_dialog_create_at (dialog, full_path, &error);
  g_assert_null (again);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "created.fkarta"));
  g_clear_error (&error);
  g_assert_cmpstr (text (dialog, "title_row"), ==, "  Test <b>study</b> ");
  g_assert_cmpstr (text (dialog, "round_row"), ==, "Workshop spring");

  /* With a broken model nothing is created. */
  fk_new_study_dialog_load_model (dialog, bad);
  g_clear_pointer (&path, g_free);
  path = g_build_filename (tmpdir, "broken.fkarta", NULL);
  again = fk_new_study_dialog_create_at (dialog, path, &error);
  g_assert_null (again);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "bad-goal.json"));
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  shell_test_destroy_window (dialog);
}

/* An empty title takes the file name, an empty round the default name. */
static void
test_create_empty_fields (void)
{
  FkNewStudyDialog *dialog = new_dialog ();
  g_autofree char *path = g_build_filename (tmpdir, "Ny studie.fkarta", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = NULL;
  GPtrArray *rounds;

  set_language (dialog, "sv");
  set_text (dialog, "title_row", "");
  set_text (dialog, "round_row", " ");
  study = fk_new_study_dialog_create_at (dialog, path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_study_get_title (study), ==, "Ny studie");
  g_assert_cmpstr (fk_study_get_language (study), ==, "sv");
  g_assert_cmpstr (fk_study_get_model (study)->id, ==, "digital-motor");
  g_assert_cmpuint (fk_study_get_region (study)->municipalities->len, ==, 14);
  rounds = fk_study_get_rounds (study);
  g_assert_cmpstr (((FkRound *) g_ptr_array_index (rounds, 0))->name, ==, "Omgång 1");
  shell_test_destroy_window (dialog);
}

/* Replacing a study (the user agreed in the chooser) gives the new study;
 * a creation that fails leaves the old file as it was. */
static void
test_create_replacing (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "replace.fkarta", NULL);
  g_autofree char *bare = g_build_filename (tmpdir, "replace", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bare_file = g_file_new_for_path (bare);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;

  study = fk_study_create_for_file (file, FALSE, NULL, NULL, "Old", "sv", NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&study);

  /* Without agreement the file is kept. */
  study = fk_study_create_for_file (file, FALSE, NULL, NULL, "New", "en", NULL, &error);
  g_assert_null (study);
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Agreement to replace "replace" is not agreement to replace "replace.fkarta". */
  study = fk_study_create_for_file (bare_file, TRUE, NULL, NULL, "New", "en", NULL, &error);
  g_assert_null (study);
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* A creation that fails: the old bytes stay. */
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));
  study = fk_study_create_for_file (file, TRUE, NULL, NULL, "New", "xx", NULL, &error);
  g_assert_null (study);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);

  study = fk_study_create_for_file (file, TRUE, NULL, NULL, "New", "en", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_study_get_title (study), ==, "New");
  g_clear_object (&study);
  study = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_study_get_title (study), ==, "New");
  g_assert_cmpstr (fk_study_get_language (study), ==, "en");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tmpdir = shell_test_setup_tmpdir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/new-study/defaults", test_defaults);
  g_test_add_func ("/ui/new-study/model-file", test_model_file);
  g_test_add_func ("/ui/new-study/region-file", test_region_file);
  g_test_add_func ("/ui/new-study/defaults-follow-language", test_defaults_follow_language);
  g_test_add_func ("/ui/new-study/create", test_create);
  g_test_add_func ("/ui/new-study/create-empty-fields", test_create_empty_fields);
  g_test_add_func ("/ui/new-study/create-replacing", test_create_replacing);
  ret = g_test_run ();

  shell_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return ret;
}
