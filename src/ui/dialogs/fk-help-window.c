/* fk-help-window.c — the user guide, in the user's language
 *
 * The guide is plain text in the GResource (data/help/<lang>/guide.txt):
 * "# " starts the title, "## " a section, "- " a list item, "$ " a command
 * line (shown without the "$ ", consecutive ones in one block), and a
 * blank line ends a paragraph. It is shown as labels, never as markup.
 *
 * Command lines and options such as "--language" never wrap at their
 * hyphens: Pango would break "--" from "language". Their words are kept
 * whole with allow-breaks attributes, so that copied text stays the same.
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-help-window"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-help-window.h"
#include "fk-ui-resources.h"

#define HELP_PATH "/se/fyrbodal/Formagekarta/help"

struct _FkHelpWindow
{
  AdwWindow  parent_instance;

  /* Template widgets */
  GtkBox            *content_box;
  GtkScrolledWindow *scroller;
};

G_DEFINE_FINAL_TYPE (FkHelpWindow, fk_help_window, ADW_TYPE_WINDOW)

char *
fk_help_get_guide_resource (const char * const *language_names)
{
  for (guint i = 0; language_names != NULL && language_names[i] != NULL; i++)
    {
      const char *name = language_names[i];

      if (g_str_has_prefix (name, "sv"))
        return g_strdup (HELP_PATH "/sv/guide.txt");
      if (g_str_has_prefix (name, "en") || g_str_equal (name, "C"))
        break;
    }
  return g_strdup (HELP_PATH "/en/guide.txt");
}

FkHelpWindow *
fk_help_window_new (void)
{
  return g_object_new (FK_TYPE_HELP_WINDOW, NULL);
}

static gboolean
is_command_word (const char *word,
                 gsize       length)
{
  g_autofree char *copy = g_strndup (word, length);

  return g_str_has_prefix (copy, "-") || strstr (copy, "formagekarta-cli") != NULL;
}

/* Lines may break between words only: every word of @text when @all, else
 * options ("--round") and the command's name. */
static void
keep_words_whole (GtkLabel   *label,
                  const char *text,
                  gboolean    all)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  const char *p = text;

  while (*p != '\0')
    {
      const char *end;

      if (*p == ' ' || *p == '\n')
        {
          p++;
          continue;
        }
      end = p;
      while (*end != '\0' && *end != ' ' && *end != '\n')
        end++;
      if (all || is_command_word (p, end - p))
        {
          PangoAttribute *attr = pango_attr_allow_breaks_new (FALSE);

          attr->start_index = p - text;
          attr->end_index = end - text;
          pango_attr_list_insert (attrs, attr);
        }
      p = end;
    }
  gtk_label_set_attributes (label, attrs);
  pango_attr_list_unref (attrs);
}

static GtkWidget *
text_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);
  gboolean heading = g_str_has_prefix (css_class, "title-");

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Text can be copied; headings need not take a Tab stop. */
  gtk_label_set_selectable (GTK_LABEL (label), !heading);
  keep_words_whole (GTK_LABEL (label), text, FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* Command lines in monospace on a card, wrapped only between words. */
static GtkWidget *
code_block (const char *text)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  keep_words_whole (GTK_LABEL (label), text, TRUE);
  gtk_widget_add_css_class (label, "monospace");
  gtk_widget_add_css_class (label, "fk-help-code");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_widget_add_css_class (card, "card");
  gtk_box_append (GTK_BOX (card), label);
  return card;
}

static void
flush_code (FkHelpWindow *self,
            GString      *code)
{
  if (code->len == 0)
    return;
  gtk_box_append (self->content_box, code_block (code->str));
  g_string_truncate (code, 0);
}

static void
flush_paragraph (FkHelpWindow *self,
                 GString      *paragraph)
{
  if (paragraph->len == 0)
    return;
  gtk_box_append (self->content_box, text_label (paragraph->str, "fk-help-paragraph"));
  g_string_truncate (paragraph, 0);
}

static void
load_guide (FkHelpWindow *self)
{
  g_autofree char *path = fk_help_get_guide_resource (g_get_language_names ());
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) paragraph = g_string_new (NULL);
  g_autoptr(GString) code = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  gsize size;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      g_critical ("Cannot load the user guide %s: %s", path, error->message);
      return;
    }

  {
    const char *data = g_bytes_get_data (bytes, &size);
    g_autofree char *text = g_strndup (data, size);
    lines = g_strsplit (text, "\n", -1);
  }

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (g_str_has_prefix (line, "$ "))
        {
          flush_paragraph (self, paragraph);
          if (code->len > 0)
            g_string_append_c (code, '\n');
          g_string_append (code, line + 2);
          continue;
        }
      flush_code (self, code);

      if (*line == '\0')
        flush_paragraph (self, paragraph);
      else if (g_str_has_prefix (line, "## "))
        {
          GtkWidget *heading = text_label (line + 3, "title-3");

          flush_paragraph (self, paragraph);
          gtk_widget_add_css_class (heading, "fk-help-section");
          gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                          GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
          gtk_box_append (self->content_box, heading);
        }
      else if (g_str_has_prefix (line, "# "))
        {
          flush_paragraph (self, paragraph);
          gtk_box_append (self->content_box, text_label (line + 2, "title-1"));
        }
      else if (g_str_has_prefix (line, "- "))
        {
          g_autofree char *item = g_strconcat ("•  ", line + 2, NULL);
          GtkWidget *label = text_label (item, "fk-help-item");

          flush_paragraph (self, paragraph);
          gtk_box_append (self->content_box, label);
        }
      else
        {
          if (paragraph->len > 0)
            g_string_append_c (paragraph, ' ');
          g_string_append (paragraph, line);
        }
    }
  flush_paragraph (self, paragraph);
  flush_code (self, code);
}

static void
fk_help_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FK_TYPE_HELP_WINDOW);

  G_OBJECT_CLASS (fk_help_window_parent_class)->dispose (object);
}

static void
fk_help_window_class_init (FkHelpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_help_window_dispose;

  /* Referencing the resource links it in from the static library, whose
   * constructor registers it. */
  (void) fk_ui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-help-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FkHelpWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, FkHelpWindow, scroller);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fk_help_window_init (FkHelpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  load_guide (self);
  /* Start on the scroller, not on the first paragraph, which would get
   * all its text selected. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->scroller));
}
