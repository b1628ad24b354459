/* fk-scoring-label.c — the wrapping label of the Scoring page's cards */
#define G_LOG_DOMAIN "fk-scoring-label"
#include "config.h"

#include "fk-scoring-label.h"

GtkWidget *
fk_scoring_label_new (const char *text,
                      const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  /* Top-aligned beside a taller neighbour (a level's name and caption). */
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}
