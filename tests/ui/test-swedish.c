/* test-swedish.c — in Swedish, the main views show no English
 *
 * Runs the window on a Swedish study with LANGUAGE=sv and the translations
 * built in this tree, shows each page, and reads every label, tooltip and
 * placeholder. A text fails when it is one of our English strings left
 * untranslated (gettext would change it), or when it holds a common English
 * word that Swedish never uses.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "fk-profile-view.h"
#include "fk-scoring-view.h"
#include "fk-window.h"
#include "shell-test-util.h"

static char *tmpdir;

/* Whole words that only English text has (model and region data are
 * Swedish); not "all" or "median", which Swedish has too. */
static const char *english_words[] = {
  "the", "of", "and", "not", "level", "levels", "assessed", "municipality",
  "municipalities", "capability", "capabilities", "round", "search", "yes",
  "no", "maybe", "target", "current", "area", "areas", "overview", "scoring",
  "profile", "strengths", "weaknesses", "answered", "comment", "next",
  "previous", "only", "size", "population", "code",
  "small", "medium", "large", "study", "open", "new", "help", "difference",
};

static void
collect_texts (GtkWidget *widget,
               GPtrArray *texts)
{
  const char *tooltip;

  /* Only what is on screen: the page shown, not the others. */
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  if (GTK_IS_EDITABLE (widget) && GTK_IS_TEXT (widget))
    {
      const char *placeholder = gtk_text_get_placeholder_text (GTK_TEXT (widget));
      if (placeholder != NULL)
        g_ptr_array_add (texts, g_strdup (placeholder));
    }
  tooltip = gtk_widget_get_tooltip_text (widget);
  if (tooltip != NULL)
    g_ptr_array_add (texts, g_strdup (tooltip));
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

static char *
find_english (const char *text)
{
  g_auto(GStrv) words = NULL;
  const char *translated = g_dgettext (GETTEXT_PACKAGE, text);

  if (*text != '\0' && g_strcmp0 (translated, text) != 0)
    return g_strdup_printf ("“%s” is shown untranslated (Swedish: “%s”)", text, translated);

  words = g_regex_split_simple ("[^[:alpha:]]+", text, G_REGEX_CASELESS, 0);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = g_utf8_strdown (words[i], -1);
      for (guint j = 0; j < G_N_ELEMENTS (english_words); j++)
        if (g_str_equal (word, english_words[j]))
          return g_strdup_printf ("“%s” has the English word “%s”", text, words[i]);
    }
  return NULL;
}

static guint
check_page (FkWindow   *window,
            const char *page)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint failures = 0;

  fk_window_set_visible_page (window, page);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  collect_texts (GTK_WIDGET (window), texts);
  g_test_message ("%s page: %u texts", page, texts->len);
  g_assert_cmpuint (texts->len, >, 10);
  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *problem = find_english (g_ptr_array_index (texts, i));
      if (problem != NULL)
        {
          g_test_message ("%s page: %s", page, problem);
          failures++;
        }
    }
  return failures;
}

static void
test_main_views_in_swedish (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "sv.fkarta", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) default_model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = fk_region_new_default (&error);
  g_autoptr(FkStudy) study = fk_study_create (path, default_model, region, "Digital motor Fyrbodal",
                                             "sv", NULL, &error);
  g_autoptr(FkScore) score = NULL;
  FkModel *model;
  FkWindow *window;
  guint failures = 0;

  g_assert_no_error (error);
  model = fk_study_get_model (study);
  /* One score, so the profile page shows its chart and tables. */
  score = fk_score_new (fk_study_get_latest_round (study)->id, "1460",
                        ((FkCapability *) model->capabilities->pdata[0])->key);
  score->current = 3;
  score->target = 4;
  g_assert_true (fk_study_set_score (study, score, &error));
  g_assert_no_error (error);

  window = fk_window_new (NULL, study);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));

  failures += check_page (window, "overview");
  failures += check_page (window, "scoring");
  failures += check_page (window, "profile");
  if (failures > 0)
    g_error ("%u English texts in the Swedish main views (see the messages above)", failures);

  shell_test_destroy_window (window);
}

int
main (int argc, char *argv[])
{
  g_autofree char *localedir = g_build_filename (g_getenv ("FK_BUILD_ROOT"), "po", NULL);
  int status;

  g_setenv ("LANGUAGE", "sv", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  tmpdir = shell_test_setup_tmpdir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

  /* The translations must be there, or the test proves nothing. */
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Overview"), ==, "Översikt");

  g_test_add_func ("/ui/swedish/main-views", test_main_views_in_swedish);
  status = g_test_run ();
  shell_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
