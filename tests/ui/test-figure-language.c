/* test-figure-language.c — a figure exported from the app speaks one
 * language: its words (titles, legend, reasons) are in the content
 * language, like its names, not the UI's
 *
 * The UI is in English (the test's C locale); the "export-language"
 * preference sets the content language to Swedish, then English. The
 * Compare page's heatmap and the Candidates page's figure are exported
 * as PDF and read back with pdftotext (their SVGs have glyphs, no text).
 * The Swedish words come from the catalogue built in this tree. Set
 * FK_TEST_OUTPUT_DIR to keep the PDFs for a look. */
#include "config.h"

#include "fk-candidates-page-private.h"
#include "fk-compare-page.h"
#include "fk-window.h"
#include "fk-core.h"
#include "fk-test-util.h"
#include "shell-test-util.h"

#include <adwaita.h>
#include <string.h>

typedef struct {
  char             *dir;
  FkStudy          *study;
  GtkWidget        *window;
  GSettings        *settings;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->settings = g_settings_new (APP_ID);
  g_settings_reset (f->settings, "export-language");
  f->dir = g_dir_make_tmp ("fk-figure-language-XXXXXX", &error);
  g_assert_no_error (error);
  /* An English study: only the preference makes the content Swedish. */
  f->study = shell_test_create_study (f->dir, "figures.fkarta", "Figurer", NULL);
  fk_test_study_fill (f->study, fk_study_get_latest_round (f->study)->id);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_pointer (&f->window, shell_test_destroy_window);
  g_clear_object (&f->study);
  shell_test_remove_tree (f->dir);
  g_free (f->dir);
  g_settings_reset (f->settings, "export-language");
  g_clear_object (&f->settings);
}

static void
draw (GtkWidget *window)
{
  for (int i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (window);
}

static FkCandidatesPage *
show_candidates (Fixture *f)
{
  FkCandidatesPage *page;

  fk_window_set_visible_page (FK_WINDOW (f->window), "candidates");
  page = FK_CANDIDATES_PAGE (shell_test_find_descendant (f->window, FK_TYPE_CANDIDATES_PAGE));
  g_assert_nonnull (page);
  draw (f->window);
  while (fk_candidates_page_is_busy (page))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return page;
}

static FkComparePage *
show_compare (Fixture *f)
{
  fk_window_set_visible_page (FK_WINDOW (f->window), "compare");
  draw (f->window);
  return FK_COMPARE_PAGE (shell_test_find_descendant (f->window, FK_TYPE_COMPARE_PAGE));
}

static void
on_candidates_exported (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  GError **error = user_data;

  if (!fk_candidates_page_export_finish (FK_CANDIDATES_PAGE (source), result, error))
    g_assert_nonnull (*error);
  else
    *error = (GError *) 1;   /* done, no error */
}

static void
on_heatmap_exported (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  GError **error = user_data;

  if (!fk_compare_page_export_finish (FK_COMPARE_PAGE (source), result, error))
    g_assert_nonnull (*error);
  else
    *error = (GError *) 1;
}

/* The text of the PDF at @path by pdftotext, every run of white space
 * one space (it may break a line anywhere). */
static char *
pdf_words (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = fk_test_run_tool (argv);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, out, -1, 0, " ", 0, NULL);
}

/* Both figures exported as PDF; their words. */
static void
export_figures (Fixture     *f,
                const char  *tag,
                char       **candidates_text,
                char       **heatmap_text)
{
  g_autofree char *candidates_name = g_strdup_printf ("candidates-%s.pdf", tag);
  g_autofree char *heatmap_name = g_strdup_printf ("heatmap-%s.pdf", tag);
  g_autofree char *candidates_path = g_build_filename (f->dir, candidates_name, NULL);
  g_autofree char *heatmap_path = g_build_filename (f->dir, heatmap_name, NULL);
  g_autoptr(GFile) candidates_file = g_file_new_for_path (candidates_path);
  g_autoptr(GFile) heatmap_file = g_file_new_for_path (heatmap_path);
  GError *error = NULL;

  fk_candidates_page_export_async (show_candidates (f), candidates_file, FK_EXPORT_FORMAT_PDF, 10,
                                   NULL, on_candidates_exported, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (error != (GError *) 1)
    g_error ("%s", error->message);

  error = NULL;
  fk_compare_page_export_async (show_compare (f), heatmap_file, FK_HEATMAP_FORMAT_PDF, NULL,
                                on_heatmap_exported, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (error != (GError *) 1)
    g_error ("%s", error->message);

  *candidates_text = pdf_words (candidates_path);
  *heatmap_text = pdf_words (heatmap_path);
  if (g_getenv ("FK_TEST_OUTPUT_DIR") != NULL)
    {
      const char *paths[] = { candidates_path, heatmap_path };

      for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
        {
          g_autofree char *name = g_path_get_basename (paths[i]);
          g_autoptr(GFile) kept = g_file_new_build_filename (g_getenv ("FK_TEST_OUTPUT_DIR"), name, NULL);
          g_autoptr(GFile) file = g_file_new_for_path (paths[i]);

          g_assert_true (g_file_copy (file, kept, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL));
        }
    }
}

static void
test_content_language (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *candidates_sv = NULL, *heatmap_sv = NULL;
  g_autofree char *candidates_en = NULL, *heatmap_en = NULL;

  if (program == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is needed to read the PDF");
      return;
    }
  /* The UI is in English, and stays so. */
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Collaboration candidates"), ==, "Collaboration candidates");
  g_settings_set_string (f->settings, "export-language", "sv");
  f->window = GTK_WIDGET (fk_window_new (NULL, f->study));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1600, 1000);
  gtk_window_present (GTK_WINDOW (f->window));

  export_figures (f, "sv", &candidates_sv, &heatmap_sv);
  g_assert_nonnull (strstr (candidates_sv, "Samverkanskandidater"));
  g_assert_null (strstr (candidates_sv, "Collaboration candidates"));
  g_assert_null (strstr (candidates_sv, "Hatched bar"));
  g_assert_nonnull (strstr (heatmap_sv, "Medelvärde"));
  g_assert_null (strstr (heatmap_sv, "Mean"));
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Collaboration candidates"), ==, "Collaboration candidates");

  /* English content: English words, whatever was used before. */
  g_settings_set_string (f->settings, "export-language", "en");
  export_figures (f, "en", &candidates_en, &heatmap_en);
  g_assert_nonnull (strstr (candidates_en, "Collaboration candidates"));
  g_assert_null (strstr (candidates_en, "Samverkanskandidater"));
  g_assert_nonnull (strstr (heatmap_en, "Mean"));
  g_assert_null (strstr (heatmap_en, "Medelvärde"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *localedir = g_build_filename (g_getenv ("FK_BUILD_ROOT"), "po", NULL);

  /* Where the figures' Swedish words are read from (core's own
   * catalogue lookup, fk-i18n.c); gettext is not bound, so the UI stays
   * in English. */
  g_setenv ("FK_LOCALEDIR", localedir, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

  g_test_add ("/figure-language/content-language", Fixture, NULL, fixture_setup, test_content_language, fixture_teardown);
  return g_test_run ();
}
