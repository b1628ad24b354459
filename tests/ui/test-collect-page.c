/* test-collect-page.c — the Collect page (issue 12)
 *
 * A Fyrbodal study with two imports (Trollhättan, answered by Anna
 * Svensson, and Dals-Ed) and Tanum scored here: the page says who has
 * sent in, "2 of 14", and lists both imports with Undo; undoing one from
 * the page (confirmed) puts its scores back and marks it; a refused undo
 * changes nothing; blank forms for everyone land in a folder and read
 * back; the page follows a new import without being reopened, and a
 * hidden page catches up when shown. Writing runs in a worker thread:
 * the test iterates the main loop until the page is done, never sleeps.
 * Set FK_TEST_OUTPUT_DIR to keep PNGs of the page. */
#include "config.h"

#include "fk-collect-page.h"
#include "fk-collect-forms.h"
#include "fk-core.h"
#include "fk-scoring-view.h"
#include "fk-test-util.h"
#include "fk-window.h"
#include "shell-test-util.h"

#include <adwaita.h>
#include <string.h>

typedef struct {
  char          *dir;
  FkStudy       *source;   /* every municipality answered: where files come from */
  FkStudy       *study;
  gint64         round_id;
  GtkWidget     *window;
  FkCollectPage *page;
} Fixture;

/* Imports the source's answers of @code into the study as @file_name,
 * answered by @respondent (nullable). */
static void
import_from_source (Fixture    *f,
                    const char *code,
                    const char *respondent,
                    const char *file_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) response = fk_response_new_from_study (f->source, fk_study_get_latest_round (f->source)->id,
                                                               code, FALSE, respondent, &error);
  g_autofree char *path = g_build_filename (f->dir, file_name, NULL);
  g_autoptr(FkResponse) read = NULL;
  g_autoptr(FkImportPreview) preview = NULL;
  g_autofree char *checksum = NULL;
  FkImportOptions options = { FALSE, FALSE, NULL, NULL };

  g_assert_no_error (error);
  g_assert_true (fk_response_write_file (response, path, &error));
  read = fk_import_read_response_file (path, &checksum, &error);
  g_assert_no_error (error);
  options.checksum = checksum;
  preview = fk_import_preview_new (f->study, read, &options, &error);
  g_assert_no_error (error);
  g_assert_true (fk_import_apply (f->study, preview, NULL, &error));
  g_assert_no_error (error);
}

static void
score_here (Fixture    *f,
            const char *code,
            guint       n)
{
  FkModel *model = fk_study_get_model (f->study);

  for (guint i = 0; i < n; i++)
    shell_test_set_levels (f->study, code, ((FkCapability *) model->capabilities->pdata[i])->key, 2, 3);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("fk-collect-page-XXXXXX", &error);
  g_assert_no_error (error);
  f->source = shell_test_create_study (f->dir, "source.fkarta", "Källa", NULL);
  fk_test_study_fill (f->source, fk_study_get_latest_round (f->source)->id);
  f->study = shell_test_create_study (f->dir, "lead.fkarta", "Insamling", NULL);
  f->round_id = fk_study_get_latest_round (f->study)->id;
  /* Both studies name their first round alike: the files fit. */
  g_assert_cmpstr (fk_study_get_latest_round (f->source)->name, ==, fk_study_get_latest_round (f->study)->name);
  import_from_source (f, "1488", "Anna Svensson", "trollhattan.fksvar");
  import_from_source (f, "1438", NULL, "dals-ed.fksvar");
  score_here (f, "1435", 3);
}

static void
draw (GtkWidget *window)
{
  for (int i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (window);
}

static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Answers @dialog as its button would, and closes it. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle ();
}

static void
show_page (Fixture *f,
           int      width)
{
  f->window = gtk_window_new ();
  f->page = FK_COLLECT_PAGE (fk_collect_page_new ());
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, 900);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  fk_collect_page_set_study (f->page, f->study);
  gtk_window_present (GTK_WINDOW (f->window));
  draw (f->window);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  AdwMessageDialog *dialog;

  while ((dialog = shell_test_find_message_dialog ()) != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  if (f->window != NULL)
    {
      /* Toasts animate in: let them before the window goes. */
      shell_test_wait_ms (300);
      shell_test_destroy_window (f->window);
    }
  g_assert_finalize_object (f->study);
  g_assert_finalize_object (f->source);
  shell_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GtkListBox *
list_of (Fixture    *f,
         const char *name)
{
  return GTK_LIST_BOX (shell_test_template_child (GTK_WIDGET (f->page), FK_TYPE_COLLECT_PAGE, name));
}

static AdwActionRow *
municipality_row (Fixture    *f,
                  const char *code)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list_of (f, "municipality_list"), i)) != NULL; i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "fk-code"), code) == 0)
      return ADW_ACTION_ROW (row);
  return NULL;
}

static const char *
status_of (Fixture    *f,
           const char *code)
{
  AdwActionRow *row = municipality_row (f, code);

  g_assert_nonnull (row);
  return adw_action_row_get_subtitle (row);
}

static const char *
summary (Fixture *f)
{
  return gtk_label_get_text (GTK_LABEL (shell_test_template_child (GTK_WIDGET (f->page), FK_TYPE_COLLECT_PAGE,
                                                                   "summary_label")));
}

/* The log's row titled @title, or NULL. */
static AdwActionRow *
log_row (Fixture    *f,
         const char *title)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list_of (f, "log_list"), i)) != NULL; i++)
    if (ADW_IS_ACTION_ROW (row) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return ADW_ACTION_ROW (row);
  return NULL;
}

static gboolean
is_undo_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "collect.undo-import") == 0;
}

static GtkWidget *
undo_button (AdwActionRow *row)
{
  return shell_test_find_matching (GTK_WIDGET (row), is_undo_button, NULL);
}

static guint
n_log_rows (Fixture *f)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list_of (f, "log_list"), n) != NULL)
    n++;
  return n;
}

static void
test_statuses (Fixture       *f,
               gconstpointer  data)
{
  guint n_caps = fk_study_get_model (f->study)->capabilities->len;
  g_autofree char *scored = g_strdup_printf ("Scored here: 3 of %u capabilities", n_caps);
  const char *status;

  show_page (f, 1280);
  shell_test_save_png (f->window, "collect-page.png");
  g_assert_cmpint (fk_collect_page_get_round_id (f->page), ==, f->round_id);
  g_assert_cmpstr (summary (f), ==, "2 of 14 municipalities have sent in");

  status = status_of (f, "1488");
  g_assert_true (g_str_has_prefix (status, "Imported "));
  g_assert_nonnull (strstr (status, " from “trollhattan.fksvar”, answered by Anna Svensson: "));
  g_assert_true (g_str_has_suffix (status, " capabilities assessed"));
  status = status_of (f, "1438");
  g_assert_true (g_str_has_prefix (status, "Imported "));
  g_assert_nonnull (strstr (status, " from “dals-ed.fksvar”: "));
  g_assert_null (strstr (status, "answered by"));
  g_assert_cmpstr (status_of (f, "1435"), ==, scored);
  g_assert_cmpstr (status_of (f, "1460"), ==, "Nothing yet");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (municipality_row (f, "1438"))), ==, "Dals-Ed");
  /* Fourteen rows in the region's order. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (list_of (f, "municipality_list"), 13));
  g_assert_null (gtk_list_box_get_row_at_index (list_of (f, "municipality_list"), 14));
  g_assert_cmpstr (g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (list_of (f, "municipality_list"), 0)), "fk-code"),
                   ==, "1460");

  /* The log, newest first, both imports can be undone. */
  g_assert_cmpuint (n_log_rows (f), ==, 2);
  g_assert_true (gtk_list_box_get_row_at_index (list_of (f, "log_list"), 0) ==
                 GTK_LIST_BOX_ROW (log_row (f, "dals-ed.fksvar")));
  g_assert_nonnull (undo_button (log_row (f, "trollhattan.fksvar")));
  g_assert_nonnull (undo_button (log_row (f, "dals-ed.fksvar")));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (log_row (f, "trollhattan.fksvar")), "Trollhättan"));

  /* Narrow: the same page fits 360 px. */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 700);
  draw (f->window);
  shell_test_save_png (f->window, "collect-page-narrow.png");
  g_assert_cmpint (gtk_widget_get_width (f->window), <=, 400);
}

static AdwMessageDialog *
click_undo (Fixture    *f,
            const char *file)
{
  AdwActionRow *row = log_row (f, file);
  AdwMessageDialog *dialog;

  g_assert_nonnull (row);
  g_assert_nonnull (undo_button (row));
  g_signal_emit_by_name (undo_button (row), "clicked");
  settle ();
  dialog = shell_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  return dialog;
}

static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  guint n_caps = fk_study_get_model (f->study)->capabilities->len;
  g_autofree char *n_scores = g_strdup_printf ("The %u scores this file wrote for Trollhättan", n_caps);
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  show_page (f, 1280);
  g_assert_cmpuint (fk_test_count_assessed (f->study, f->round_id, "1488"), ==, n_caps);

  /* Cancel changes nothing. */
  dialog = click_undo (f, "trollhattan.fksvar");
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "trollhattan.fksvar"));
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), n_scores));
  respond (dialog, "cancel");
  g_assert_cmpuint (fk_test_count_assessed (f->study, f->round_id, "1488"), ==, n_caps);

  dialog = click_undo (f, "trollhattan.fksvar");
  respond (dialog, "undo");
  draw (f->window);
  g_assert_cmpuint (fk_test_count_assessed (f->study, f->round_id, "1488"), ==, 0);
  g_assert_cmpuint (fk_test_count_assessed (f->study, f->round_id, "1438"), ==, n_caps);
  log = fk_study_list_imports (f->study, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (log->len, ==, 3);
  g_assert_cmpint (((FkImportRecord *) log->pdata[0])->undone_by, ==, ((FkImportRecord *) log->pdata[2])->id);

  /* The page followed: marked undone, the undo's own line, one sent in. */
  g_assert_cmpstr (summary (f), ==, "1 of 14 municipalities have sent in");
  g_assert_cmpstr (status_of (f, "1488"), ==, "Nothing yet");
  g_assert_cmpuint (n_log_rows (f), ==, 3);
  g_assert_null (undo_button (log_row (f, "trollhattan.fksvar")));
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (log_row (f, "trollhattan.fksvar")), "Undone"));
  g_assert_nonnull (log_row (f, "Undo of the import of “trollhattan.fksvar”"));
  g_assert_null (undo_button (log_row (f, "Undo of the import of “trollhattan.fksvar”")));
  shell_test_save_png (f->window, "collect-page-undone.png");
}

/* A score changed after the import: the undo is refused, nothing changes. */
static void
test_undo_refused (Fixture       *f,
                   gconstpointer  data)
{
  FkModel *model = fk_study_get_model (f->study);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  show_page (f, 1280);
  shell_test_set_levels (f->study, "1438", ((FkCapability *) model->capabilities->pdata[4])->key, 0, 0);
  before = fk_study_list_scores (f->study, 0, NULL, &error);
  dialog = click_undo (f, "dals-ed.fksvar");
  respond (dialog, "undo");
  /* Refused, in words that name the answer. */
  dialog = shell_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Import Was Not Undone");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "dals-ed.fksvar: the answer of Dals-Ed for"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "undo refused"));
  respond (dialog, "close");
  after = fk_study_list_scores (f->study, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->len, ==, after->len);
  for (guint i = 0; i < before->len; i++)
    g_assert_true (fk_score_equal (before->pdata[i], after->pdata[i]));
  g_assert_nonnull (undo_button (log_row (f, "dals-ed.fksvar")));
  g_assert_cmpstr (summary (f), ==, "2 of 14 municipalities have sent in");
}

static void
wait_written (FkCollectPage *page)
{
  while (fk_collect_page_is_writing (page))
    g_main_context_iteration (NULL, TRUE);
  settle ();
}

/* Every file in @folder with @extension read back: blank, one per
 * municipality of the study, for @round. */
static void
assert_blank_forms (Fixture    *f,
                    const char *folder,
                    const char *extension)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  FkRegion *region = fk_study_get_region (f->study);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(FkResponse) response = NULL;
      const FkMunicipality *m;
      g_autofree char *expected = NULL;

      if (!g_str_has_suffix (name, extension))
        continue;
      response = fk_import_read_response_file (path, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (fk_response_get_round (response), ==, fk_study_get_latest_round (f->study)->name);
      g_assert_cmpuint (fk_response_get_scores (response)->len, ==, 0);
      m = fk_region_lookup (region, fk_response_get_municipality (response));
      g_assert_nonnull (m);
      expected = fk_response_suggest_file_name (m->name, fk_response_get_round (response),
                                                g_str_equal (extension, ".csv"));
      g_assert_cmpstr (name, ==, expected);
      g_hash_table_add (seen, g_strdup (m->code));
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, region->municipalities->len);
}

static void
test_blank_forms (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "forms", NULL);
  g_autofree char *both = g_build_filename (f->dir, "both", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (folder);
  g_autoptr(GFile) both_file = g_file_new_for_path (both);
  g_autofree char *dals_ed = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *checksum_after = NULL;
  AdwMessageDialog *dialog;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (both, 0700), ==, 0);
  show_page (f, 1280);

  fk_collect_page_write_blank_forms (f->page, f->round_id, FK_FORM_JSON, file);
  g_assert_true (fk_collect_page_is_writing (f->page));
  wait_written (f->page);
  g_assert_cmpuint (fk_test_count_files (folder), ==, 14);
  assert_blank_forms (f, folder, ".fksvar");

  fk_collect_page_write_blank_forms (f->page, f->round_id, FK_FORM_JSON | FK_FORM_CSV, both_file);
  wait_written (f->page);
  g_assert_cmpuint (fk_test_count_files (both), ==, 28);
  assert_blank_forms (f, both, ".fksvar");
  assert_blank_forms (f, both, ".csv");

  /* Again into the first folder: asked once; Cancel writes nothing. */
  dals_ed = g_strdup_printf ("%s/Dals-Ed – %s.fksvar", folder, fk_study_get_latest_round (f->study)->name);
  g_assert_true (g_file_test (dals_ed, G_FILE_TEST_EXISTS));
  checksum = fk_test_file_checksum (dals_ed);
  g_assert_true (g_file_set_contents (dals_ed, "changed", -1, NULL));
  g_free (checksum);
  checksum = fk_test_file_checksum (dals_ed);
  fk_collect_page_write_blank_forms (f->page, f->round_id, FK_FORM_JSON, file);
  g_assert_false (fk_collect_page_is_writing (f->page));
  dialog = shell_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "14 of the 14 files exist already"));
  respond (dialog, "cancel");
  g_assert_false (fk_collect_page_is_writing (f->page));
  checksum_after = fk_test_file_checksum (dals_ed);
  g_assert_cmpstr (checksum, ==, checksum_after);

  fk_collect_page_write_blank_forms (f->page, f->round_id, FK_FORM_JSON, file);
  dialog = shell_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  respond (dialog, "replace");
  wait_written (f->page);
  assert_blank_forms (f, folder, ".fksvar");
  g_assert_cmpuint (fk_test_count_files (folder), ==, 14);
}

/* A new import reaches the page as it is shown; a hidden page catches up
 * when it is shown again, not before. */
static void
test_follows_study (Fixture       *f,
                    gconstpointer  data)
{
  guint rebuilds;

  show_page (f, 1280);
  import_from_source (f, "1460", "Per Persson", "bengtsfors.fksvar");
  settle ();
  g_assert_cmpstr (summary (f), ==, "3 of 14 municipalities have sent in");
  g_assert_nonnull (strstr (status_of (f, "1460"), "by Per Persson"));
  g_assert_nonnull (log_row (f, "bengtsfors.fksvar"));

  gtk_widget_set_visible (GTK_WIDGET (f->page), FALSE);
  rebuilds = fk_collect_page_get_n_rebuilds (f->page);
  import_from_source (f, "1430", NULL, "munkedal.fksvar");
  settle ();
  g_assert_cmpuint (fk_collect_page_get_n_rebuilds (f->page), ==, rebuilds);
  gtk_widget_set_visible (GTK_WIDGET (f->page), TRUE);
  draw (f->window);
  g_assert_cmpuint (fk_collect_page_get_n_rebuilds (f->page), ==, rebuilds + 1);
  g_assert_cmpstr (summary (f), ==, "4 of 14 municipalities have sent in");
  g_assert_nonnull (log_row (f, "munkedal.fksvar"));
}

/* A read-only study keeps the log on show without undo. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) read_only = fk_study_open (fk_study_get_path (f->study), FK_STUDY_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  show_page (f, 1280);
  fk_collect_page_set_study (f->page, read_only);
  draw (f->window);
  g_assert_cmpuint (n_log_rows (f), ==, 2);
  g_assert_false (gtk_widget_is_sensitive (undo_button (log_row (f, "dals-ed.fksvar"))));
  fk_collect_page_set_study (f->page, f->study);
  draw (f->window);
  g_assert_true (gtk_widget_is_sensitive (undo_button (log_row (f, "dals-ed.fksvar"))));
}

/* In the window: the Collect page is there, and win.export-response asks
 * about the municipality given, or ("" from the menu) the one scored. */
static void
test_window_export_response (Fixture       *f,
                             gconstpointer  data)
{
  FkWindow *window = fk_window_new (NULL, f->study);
  FkScoringView *scoring;
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  draw (GTK_WIDGET (window));
  fk_window_set_visible_page (window, "collect");
  g_assert_cmpstr (fk_window_get_visible_page (window), ==, "collect");
  draw (GTK_WIDGET (window));
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (window), "2 of 14 municipalities have sent in"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-response", "s", "1438"));
  dialog = shell_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Export the Response of Dals-Ed");
  respond (dialog, "cancel");

  scoring = FK_SCORING_VIEW (shell_test_find_descendant (GTK_WIDGET (window), FK_TYPE_SCORING_VIEW));
  fk_scoring_view_set_municipality (scoring, "1488");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-response", "s", ""));
  dialog = shell_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Export the Response of Trollhättan");
  respond (dialog, "cancel");
  shell_test_wait_ms (300);

  /* Closed on the Collect page, the next window opens there. */
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  settle ();
  g_assert_finalize_object (window);
  {
    g_autoptr(GSettings) settings = g_settings_new ("se.fyrbodal.Formagekarta");
    g_autofree char *last_view = g_settings_get_string (settings, "last-view");

    g_assert_cmpstr (last_view, ==, "collect");
    window = fk_window_new (NULL, f->study);
    g_assert_cmpstr (fk_window_get_visible_page (window), ==, "collect");
    shell_test_destroy_window (window);
    g_settings_reset (settings, "last-view");
  }
}

static void
test_file_names (void)
{
  g_autofree char *plain = fk_response_suggest_file_name ("Dals-Ed", "Omgång 1", FALSE);
  g_autofree char *csv = fk_response_suggest_file_name ("Dals-Ed", "Omgång 1", TRUE);
  g_autofree char *unsafe = fk_response_suggest_file_name (". A/B", "C:D*?\"<>|\\\n", FALSE);

  g_assert_cmpstr (plain, ==, "Dals-Ed – Omgång 1.fksvar");
  g_assert_cmpstr (csv, ==, "Dals-Ed – Omgång 1.csv");
  g_assert_cmpstr (unsafe, ==, "A-B – C-D--------.fksvar");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

  g_test_add_func ("/ui/collect-page/file-names", test_file_names);
#define ADD(path, func) g_test_add ("/ui/collect-page/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("statuses", test_statuses);
  ADD ("undo", test_undo);
  ADD ("undo-refused", test_undo_refused);
  ADD ("blank-forms", test_blank_forms);
  ADD ("follows-study", test_follows_study);
  ADD ("read-only", test_read_only);
  ADD ("window-export-response", test_window_export_response);
#undef ADD
  return g_test_run ();
}
