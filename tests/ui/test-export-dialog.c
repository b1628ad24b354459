/* test-export-dialog.c — the export dialog: the annex and the data annex from the app
 *
 * Each export runs as the user's would: the choices set on the dialog's
 * own widgets, then fk_export_dialog_export_to() (what the file
 * chooser's answer calls) and the main loop until the worker is done.
 * The files are checked for what they are (a PDF with pages, zips with
 * the right parts, an anonymised CSV without a name or code); a
 * cancelled export leaves the file that was there byte for byte; a
 * target that cannot be written says so in the dialog, which keeps the
 * choices.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <zip.h>

#include "fk-export-dialog.h"
#include "fk-odt-writer.h"
#include "fk-test-util.h"

#include <locale.h>
#include "fk-window.h"
#include "shell-test-util.h"
#include "../bench/bench-util.h"

static char *tmpdir;

/* ---- helpers ------------------------------------------------------------ */

static FkStudy *
filled_study (const char *name,
              const char *language)
{
  FkStudy *study = shell_test_create_study_of (tmpdir, name, "Fyrbodal 2024", NULL, NULL, language);

  fk_test_study_fill (study, fk_study_get_latest_round (study)->id);
  return study;
}

/* A study of 60 municipalities × 120 capabilities: an annex that takes a
 * while, to cancel while it is written. */
static FkStudy *
large_study (const char *name)
{
  g_autoptr(FkModel) model = fk_bench_model (12, 120);
  g_autoptr(FkRegion) region = fk_bench_region (60, "large");
  FkStudy *study = shell_test_create_study_of (tmpdir, name, "Large", model, region, "en");

  fk_bench_fill_round (study, fk_study_get_latest_round (study)->id);
  return study;
}

static GtkWidget *
child (FkExportDialog *dialog,
       const char     *name)
{
  return shell_test_template_child (GTK_WIDGET (dialog), FK_TYPE_EXPORT_DIALOG, name);
}

static void
choose (FkExportDialog *dialog,
        const char     *check)
{
  gtk_check_button_set_active (GTK_CHECK_BUTTON (child (dialog, check)), TRUE);
}

static void
set_switch (FkExportDialog *dialog,
            const char     *name,
            gboolean        active)
{
  gtk_switch_set_active (GTK_SWITCH (child (dialog, name)), active);
}

static void
exported_cb (FkExportDialog *dialog,
             GFile          *file,
             gpointer        user_data)
{
  g_set_object ((GFile **) user_data, file);
}

/* A dialog over no window, shown, held by the test. */
static FkExportDialog *
new_dialog (FkStudy  *study,
            GFile   **exported)
{
  FkExportDialog *dialog = fk_export_dialog_new (NULL, study);

  g_object_ref_sink (dialog);
  if (exported != NULL)
    g_signal_connect (dialog, "exported", G_CALLBACK (exported_cb), exported);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
wait_until_done (FkExportDialog *dialog)
{
  while (fk_export_dialog_is_exporting (dialog))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* The dialog gone: closed, nothing keeps it alive. The worker thread
 * lets go of its task, which holds the dialog, just after the task's
 * callback ran: wait for that (a leak still fails, after 10 s). */
static void
assert_gone (FkExportDialog *dialog)
{
  gint64 give_up = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_object_unref (dialog);
  while (dialog != NULL && g_get_monotonic_time () < give_up)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_null (dialog);
}

static void
close_dialog (FkExportDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* Exports @dialog's choices to DIR/@name; checks it went through and
 * the dialog closed. Returns: the path. */
static char *
export_ok (FkExportDialog *dialog,
           const char     *name)
{
  g_autoptr(GFile) exported = NULL;
  char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_signal_connect (dialog, "exported", G_CALLBACK (exported_cb), &exported);
  g_assert_true (fk_export_dialog_export_to (dialog, file));
  g_assert_true (fk_export_dialog_is_exporting (dialog));
  wait_until_done (dialog);
  g_assert_null (fk_export_dialog_get_error_text (dialog));
  g_assert_nonnull (exported);
  g_assert_true (g_file_equal (exported, file));
  assert_gone (dialog);
  return path;
}

/* The text of @entry in the zip at @path, or NULL if there is none. */
static char *
zip_entry (const char *path,
           const char *entry)
{
  int err = 0;
  zip_t *zip = zip_open (path, ZIP_RDONLY, &err);
  zip_stat_t stat;
  zip_file_t *file;
  char *text;

  g_assert_nonnull (zip);
  if (zip_stat (zip, entry, 0, &stat) != 0)
    {
      zip_discard (zip);
      return NULL;
    }
  text = g_malloc0 (stat.size + 1);
  file = zip_fopen (zip, entry, 0);
  g_assert_nonnull (file);
  g_assert_cmpint (zip_fread (file, text, stat.size), ==, (zip_int64_t) stat.size);
  zip_fclose (file);
  zip_discard (zip);
  return text;
}

/* ---- the window's action ---------------------------------------------------- */

static void
test_action_needs_study (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "action.fkarta", "Action", NULL);
  FkWindow *window = fk_window_new (NULL, NULL);
  FkExportDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (shell_test_menu_offers (GTK_WIDGET (window), "win.export-annex"));
  /* Activating it does nothing then. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-annex", NULL);
  g_assert_null (shell_test_find_toplevel (FK_TYPE_EXPORT_DIALOG));

  fk_window_set_study (window, study);
  g_assert_true (shell_test_menu_offers (GTK_WIDGET (window), "win.export-annex"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-annex", NULL);
  dialog = FK_EXPORT_DIALOG (shell_test_find_toplevel (FK_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (fk_export_dialog_get_study (dialog) == study);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  /* Escape with nothing running closes it. */
  g_object_ref (dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.cancel", NULL);
  assert_gone (dialog);

  fk_window_set_study (window, NULL);
  g_assert_false (shell_test_menu_offers (GTK_WIDGET (window), "win.export-annex"));
  shell_test_destroy_window (window);
}

/* ---- choices ------------------------------------------------------------------ */

static void
test_suggested_names (void)
{
  g_autofree char *pdf = fk_export_suggest_name ("Fyrbodal 2024", "Omgång 1", FK_EXPORT_WHAT_PDF, FALSE);
  g_autofree char *csv = fk_export_suggest_name ("Fyrbodal 2024", "Omgång 1", FK_EXPORT_WHAT_CSV, TRUE);
  g_autofree char *odt = fk_export_suggest_name ("Åmål – test!", NULL, FK_EXPORT_WHAT_ODT, FALSE);
  g_autofree char *xlsx = fk_export_suggest_name ("東京", "R2", FK_EXPORT_WHAT_XLSX, FALSE);

  g_assert_cmpstr (pdf, ==, "fyrbodal-2024-omgang-1-annex.pdf");
  g_assert_cmpstr (csv, ==, "fyrbodal-2024-omgang-1-scores-anonymised.csv");
  g_assert_cmpstr (odt, ==, "amal-test-report-text.odt");
  g_assert_cmpstr (xlsx, ==, "r2-data.xlsx");

  /* In the UI's language: a Swedish user is offered Swedish words, as ASCII. */
  {
    g_autofree char *language = g_strdup (g_getenv ("LANGUAGE"));
    g_autofree char *sv_csv = NULL;
    g_autofree char *sv_pdf = NULL;

    g_autofree char *old_locale = g_strdup (setlocale (LC_MESSAGES, NULL));

    /* gtk_test_init() leaves the "C" locale, where gettext ignores LANGUAGE. */
    setlocale (LC_MESSAGES, "C.UTF-8");
    g_setenv ("LANGUAGE", "sv", TRUE);
    sv_csv = fk_export_suggest_name ("Fyrbodal 2024", "Hösten 2020", FK_EXPORT_WHAT_CSV, TRUE);
    sv_pdf = fk_export_suggest_name ("Fyrbodal 2024", "Hösten 2020", FK_EXPORT_WHAT_PDF, FALSE);
    setlocale (LC_MESSAGES, old_locale);
    if (language != NULL)
      g_setenv ("LANGUAGE", language, TRUE);
    else
      g_unsetenv ("LANGUAGE");
    g_assert_cmpstr (sv_csv, ==, "fyrbodal-2024-hosten-2020-bedomningar-anonymiserad.csv");
    g_assert_cmpstr (sv_pdf, ==, "fyrbodal-2024-hosten-2020-bilaga.pdf");
  }
}

static void
test_choices_follow (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study_of (tmpdir, "choices.fkarta", "Choices", NULL, NULL, "sv");
  FkExportDialog *dialog = new_dialog (study, NULL);
  g_autofree char *name = NULL;

  /* The study's language, and its separator. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (child (dialog, "language_row"))), ==, 0);
  choose (dialog, "csv_check");
  g_assert_true (gtk_widget_get_visible (child (dialog, "separator_row")));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (child (dialog, "separator_row"))), ==, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, "language_row")), 1);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (child (dialog, "separator_row"))), ==, 1);
  /* The comments only for an anonymised PDF. */
  set_switch (dialog, "anonymize_switch", TRUE);
  g_assert_false (gtk_widget_get_visible (child (dialog, "comments_row")));
  choose (dialog, "pdf_check");
  g_assert_false (gtk_widget_get_visible (child (dialog, "separator_row")));
  g_assert_true (gtk_widget_get_visible (child (dialog, "comments_row")));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (child (dialog, "comments_switch"))));
  g_assert_false (gtk_widget_get_visible (child (dialog, "comments_warning")));
  set_switch (dialog, "comments_switch", TRUE);
  g_assert_true (gtk_widget_get_visible (child (dialog, "comments_warning")));
  name = fk_export_dialog_suggest_name (dialog);
  g_assert_cmpstr (name, ==, "choices-omgang-1-annex-anonymised.pdf");
  close_dialog (dialog);

  /* Kept: what, anonymised, this study's language; not the comments. */
  dialog = new_dialog (study, NULL);
  g_assert_cmpint (fk_export_dialog_get_what (dialog), ==, FK_EXPORT_WHAT_PDF);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (child (dialog, "anonymize_switch"))));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (child (dialog, "comments_switch"))));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (child (dialog, "language_row"))), ==, 1);
  choose (dialog, "xlsx_check");
  set_switch (dialog, "anonymize_switch", FALSE);
  close_dialog (dialog);
  dialog = new_dialog (study, NULL);
  g_assert_cmpint (fk_export_dialog_get_what (dialog), ==, FK_EXPORT_WHAT_XLSX);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (child (dialog, "anonymize_switch"))));
  /* The default is Export, and it has the focus: Enter exports. */
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (dialog)) == child (dialog, "export_button"));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (dialog)) == child (dialog, "export_button"));
  close_dialog (dialog);
}

/* ---- exports ------------------------------------------------------------------- */

static void
test_pdf (void)
{
  g_autoptr(FkStudy) study = filled_study ("pdf.fkarta", "en");
  FkExportDialog *dialog = new_dialog (study, NULL);
  g_autofree char *path = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *info = NULL;
  const char *pages;
  gsize length;

  choose (dialog, "pdf_check");
  path = export_ok (dialog, "annex.pdf");
  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  g_assert_true (g_str_has_prefix (bytes, "%PDF-"));
  {
    const char *argv[] = { "pdfinfo", path, NULL };

    info = fk_test_run_tool (argv);
  }
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  g_assert_cmpuint (g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10), >, 10);
}

static void
test_csv_anonymised (void)
{
  g_autoptr(FkStudy) study = filled_study ("csv.fkarta", "en");
  FkExportDialog *dialog = new_dialog (study, NULL);
  FkRegion *region = fk_study_get_region (study);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  choose (dialog, "csv_check");
  set_switch (dialog, "anonymize_switch", TRUE);
  path = export_ok (dialog, "scores.csv");
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);

      g_assert_null (strstr (text, m->name));
      g_assert_null (strstr (text, m->code));
    }
  /* An English study: commas; a row per municipality and capability. */
  lines = g_strsplit (text, "\n", -1);
  g_assert_nonnull (strchr (lines[0], ','));
  g_assert_null (strchr (lines[0], ';'));
  g_assert_cmpuint (g_strv_length (lines), >=, region->municipalities->len * 43);
  g_assert_nonnull (strstr (text, "Municipality A"));
}

static void
test_xlsx (void)
{
  g_autoptr(FkStudy) study = filled_study ("xlsx.fkarta", "en");
  FkExportDialog *dialog = new_dialog (study, NULL);
  g_autofree char *path = NULL;
  g_autofree char *workbook = NULL;

  choose (dialog, "xlsx_check");
  set_switch (dialog, "anonymize_switch", FALSE);   /* the CSV's test left it on */
  path = export_ok (dialog, "data.xlsx");
  workbook = zip_entry (path, "xl/workbook.xml");
  g_assert_nonnull (workbook);
  for (guint i = 0; i < 5; i++)
    {
      const char *sheets[] = { "Scores", "Current level", "Collaboration candidates", "Scenarios", "Model" };
      g_autofree char *attribute = g_strdup_printf ("name=\"%s\"", sheets[i]);

      g_assert_nonnull (strstr (workbook, attribute));
    }
}

static void
test_odt (void)
{
  g_autoptr(FkStudy) study = filled_study ("odt.fkarta", "sv");
  FkExportDialog *dialog = new_dialog (study, NULL);
  g_autofree char *path = NULL;
  g_autofree char *mimetype = NULL;
  g_autofree char *content = NULL;

  choose (dialog, "odt_check");
  set_switch (dialog, "anonymize_switch", FALSE);   /* the CSV's test left it on */
  path = export_ok (dialog, "report.odt");
  mimetype = zip_entry (path, "mimetype");
  g_assert_cmpstr (mimetype, ==, FK_ODT_MIME_TYPE);
  content = zip_entry (path, "content.xml");
  g_assert_nonnull (content);
  /* The study's language: Swedish headings. */
  g_assert_nonnull (strstr (content, "Samverkanskandidater"));
}

/* ---- cancelling and failing ------------------------------------------------------ */

static void
cancel_at_progress_cb (FkExportDialog *dialog)
{
  GtkProgressBar *bar = GTK_PROGRESS_BAR (child (dialog, "progress_bar"));

  if (gtk_progress_bar_get_fraction (bar) > 0.0 && fk_export_dialog_is_exporting (dialog))
    fk_export_dialog_cancel (dialog);
}

static void
test_cancel_keeps_file (void)
{
  g_autoptr(FkStudy) study = large_study ("large.fkarta");
  g_autofree char *dir = g_build_filename (tmpdir, "cancel", NULL);
  g_autofree char *path = g_build_filename (dir, "annex.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) exported = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  FkExportDialog *dialog;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, "%PDF-1.5 the annex sent last week\n", -1, NULL));
  before = fk_test_file_checksum (path);

  /* Cancel, at the first progress the bar shows. */
  dialog = new_dialog (study, &exported);
  choose (dialog, "pdf_check");
  g_signal_connect_swapped (child (dialog, "progress_bar"), "notify::fraction",
                            G_CALLBACK (cancel_at_progress_cb), dialog);
  g_assert_true (fk_export_dialog_export_to (dialog, file));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (dialog, "stack"))), ==, "progress");
  wait_until_done (dialog);
  after = fk_test_file_checksum (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (fk_test_count_files (dir), ==, 1);
  g_assert_null (exported);
  /* No error; the choices again, to try once more. */
  g_assert_null (fk_export_dialog_get_error_text (dialog));
  g_assert_false (gtk_widget_get_visible (child (dialog, "error_group")));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (dialog, "stack"))), ==, "choices");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* Escape before the study is even read: the choices again. */
  g_signal_handlers_disconnect_by_func (child (dialog, "progress_bar"), cancel_at_progress_cb, dialog);
  g_assert_true (fk_export_dialog_export_to (dialog, file));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.cancel", NULL);
  wait_until_done (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (dialog, "stack"))), ==, "choices");
  g_assert_null (fk_export_dialog_get_error_text (dialog));

  /* Closing the dialog while it writes cancels too. */
  g_assert_true (fk_export_dialog_export_to (dialog, file));
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  wait_until_done (dialog);
  g_free (after);
  after = fk_test_file_checksum (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (fk_test_count_files (dir), ==, 1);
  g_assert_null (exported);
  assert_gone (dialog);
}

static void
test_unwritable_target (void)
{
  g_autoptr(FkStudy) study = filled_study ("unwritable.fkarta", "en");
  g_autofree char *blocker = g_build_filename (tmpdir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "annex.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) exported = NULL;
  FkExportDialog *dialog;
  const char *text;

  /* A file where the folder should be: unwritable even for root. */
  g_assert_true (g_file_set_contents (blocker, "a file", -1, NULL));
  dialog = new_dialog (study, &exported);
  choose (dialog, "xlsx_check");
  set_switch (dialog, "anonymize_switch", TRUE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, "language_row")), 0);
  g_assert_true (fk_export_dialog_export_to (dialog, file));
  wait_until_done (dialog);

  g_assert_null (exported);
  text = fk_export_dialog_get_error_text (dialog);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "annex.pdf"));
  g_assert_true (gtk_widget_get_visible (child (dialog, "error_group")));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (dialog, "error_title"))), "annex.pdf"));
  /* The choices as they were. */
  g_assert_cmpint (fk_export_dialog_get_what (dialog), ==, FK_EXPORT_WHAT_XLSX);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (child (dialog, "anonymize_switch"))));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (child (dialog, "language_row"))), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (dialog, "stack"))), ==, "choices");

  /* Another try somewhere else goes through, and the message goes. */
  g_free (path);
  path = export_ok (dialog, "retry.xlsx");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *localedir = g_build_filename (g_getenv ("FK_BUILD_ROOT"), "po", NULL);
  int ret;

  /* The build's catalogue, for a Swedish annex; the dialog stays English. */
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* As main.c: the UI's _() looks in the default domain. */
  textdomain (GETTEXT_PACKAGE);
  tmpdir = shell_test_setup_tmpdir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

  g_test_add_func ("/ui/export-dialog/action-needs-study", test_action_needs_study);
  g_test_add_func ("/ui/export-dialog/suggested-names", test_suggested_names);
  g_test_add_func ("/ui/export-dialog/choices-follow", test_choices_follow);
  g_test_add_func ("/ui/export-dialog/pdf", test_pdf);
  g_test_add_func ("/ui/export-dialog/csv-anonymised", test_csv_anonymised);
  g_test_add_func ("/ui/export-dialog/xlsx", test_xlsx);
  g_test_add_func ("/ui/export-dialog/odt", test_odt);
  g_test_add_func ("/ui/export-dialog/cancel-keeps-file", test_cancel_keeps_file);
  g_test_add_func ("/ui/export-dialog/unwritable-target", test_unwritable_target);
  ret = g_test_run ();
  shell_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return ret;
}
