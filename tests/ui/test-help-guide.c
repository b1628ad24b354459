/* test-help-guide.c — command lines in the user guide
 *
 * Lines marked "$ " in data/help/<lang>/guide.txt are shown on their own
 * in monospace, without the "$ ". In a narrow window no line of the guide
 * breaks inside a command line's word or inside an option such as
 * "--language" (Pango would break after the hyphens).
 */
#include "config.h"

#include <adwaita.h>

#include "fk-help-window.h"
#include "shell-test-util.h"

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_labels (c, labels);
}

/* The word of @text around byte @index. */
static char *
word_at (const char *text,
         int         index)
{
  int start = index, end = index;

  while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\n')
    start--;
  while (text[end] != '\0' && text[end] != ' ' && text[end] != '\n')
    end++;
  return g_strndup (text + start, end - start);
}

/* The guide follows g_get_language_names(), which reads LANGUAGE first. */
static void
check_guide (const char *language,
             const char *example,
             const char *help_lines)
{
  FkHelpWindow *help;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  gboolean found_example = FALSE, found_help = FALSE;
  guint n_broken_lines = 0;

  g_setenv ("LANGUAGE", language, TRUE);
  help = fk_help_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (help), 360, 600);
  gtk_window_present (GTK_WINDOW (help));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (help));

  collect_labels (GTK_WIDGET (help), labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      const char *text = gtk_label_get_text (label);
      gboolean code = gtk_widget_has_css_class (GTK_WIDGET (label), "monospace");
      PangoLayout *layout;
      GSList *lines;

      g_assert_false (g_str_has_prefix (text, "$ "));
      g_assert_null (strstr (text, "\n$ "));
      if (code)
        {
          found_example |= g_str_equal (text, example);
          found_help |= g_str_equal (text, help_lines);
        }
      if (!gtk_widget_get_mapped (GTK_WIDGET (label)))
        continue;

      layout = gtk_label_get_layout (label);
      g_assert_true (g_str_equal (pango_layout_get_text (layout), text));
      lines = pango_layout_get_lines_readonly (layout);
      for (GSList *l = lines != NULL ? lines->next : NULL; l != NULL; l = l->next)
        {
          int start = ((PangoLayoutLine *) l->data)->start_index;
          g_autofree char *word = NULL;

          if (start == 0 || text[start - 1] == ' ' || text[start - 1] == '\n')
            continue;
          /* A break inside a word: never in a command line, never in an
           * option or the command's name. */
          word = word_at (text, start);
          n_broken_lines++;
          if (code || g_str_has_prefix (word, "-") || strstr (word, "formagekarta-cli") != NULL)
            g_error ("“%s” breaks inside “%s” at %d", text, word, start);
        }
    }
  g_assert_true (found_example);
  g_assert_true (found_help);
  shell_test_destroy_window (help);
}

static void
test_guide_english (void)
{
  check_guide ("en",
               "formagekarta-cli set study.fkarta --municipality 1488 --capability styrning.digital-strategi --current 3 --target 4",
               "formagekarta-cli --help\nformagekarta-cli set --help");
}

static void
test_guide_swedish (void)
{
  check_guide ("sv",
               "formagekarta-cli set studie.fkarta --municipality 1488 --capability styrning.digital-strategi --current 3 --target 4",
               "formagekarta-cli --help\nformagekarta-cli set --help");
}

/* What a line of the guide is: title, section, list item, command line,
 * paragraph or blank. */
static char
line_kind (const char *line)
{
  if (*line == '\0')
    return ' ';
  if (g_str_has_prefix (line, "## "))
    return 's';
  if (g_str_has_prefix (line, "# "))
    return 't';
  if (g_str_has_prefix (line, "- "))
    return 'i';
  if (g_str_has_prefix (line, "$ "))
    return 'c';
  return 'p';
}

static char **
guide_lines (const char *language)
{
  const char *names[] = { language, NULL };
  g_autofree char *path = fk_help_get_guide_resource (names);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  /* Loads the UI resource, which holds the guides. */
  g_type_ensure (FK_TYPE_HELP_WINDOW);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  return g_strsplit (text, "\n", -1);
}

/* The two guides say the same: the same sections, list items, command
 * lines and paragraphs, line by line. */
static void
test_guides_same_shape (void)
{
  g_auto(GStrv) en = guide_lines ("en");
  g_auto(GStrv) sv = guide_lines ("sv");
  guint n_sections = 0;

  g_assert_cmpuint (g_strv_length (en), ==, g_strv_length (sv));
  for (guint i = 0; en[i] != NULL; i++)
    {
      if (line_kind (en[i]) != line_kind (sv[i]))
        g_error ("line %u: “%s” and “%s” are not the same kind of line", i + 1, en[i], sv[i]);
      n_sections += line_kind (en[i]) == 's';
    }
  g_assert_cmpuint (n_sections, >, 10);
}

/* Every scoring rule of the built-in model is a list item of the guide
 * in its language, word for word: the item starts with the rule, which
 * ends there or before the item's further sentences. */
static void
test_guide_has_scoring_rules (void)
{
  static const char *languages[] = { "sv", "en" };
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);

  g_assert_no_error (error);
  g_assert_cmpuint (model->scoring_rules->len, >, 0);
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_auto(GStrv) lines = guide_lines (languages[l]);

      for (guint r = 0; r < model->scoring_rules->len; r++)
        {
          const char *rule = fk_text_get (g_ptr_array_index (model->scoring_rules, r), languages[l]);
          g_autofree char *item = g_strconcat ("- ", rule, NULL);
          gboolean found = FALSE;

          for (guint i = 0; lines[i] != NULL && !found; i++)
            found = line_kind (lines[i]) == 'i' && g_str_has_prefix (lines[i], item) &&
                    (lines[i][strlen (item)] == '\0' || lines[i][strlen (item)] == ' ');
          if (!found)
            g_error ("The %s guide has no list item with scoring rule %u: “%s”", languages[l], r + 1, rule);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/help-guide/english", test_guide_english);
  g_test_add_func ("/ui/help-guide/swedish", test_guide_swedish);
  g_test_add_func ("/ui/help-guide/same-shape", test_guides_same_shape);
  g_test_add_func ("/ui/help-guide/scoring-rules", test_guide_has_scoring_rules);

  return g_test_run ();
}
