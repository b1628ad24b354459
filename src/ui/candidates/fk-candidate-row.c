/* fk-candidate-row.c — one collaboration candidate in the page's list
 *
 * Built once from an FkCandidates that never changes; the page makes new
 * rows when the ranking, the language or the anonymizer changes.
 * Anonymised with a municipality highlighted, its name is bold in the
 * participants, hosts and reason, as in the figure: Pango attributes on
 * the plain text, never markup (names come from files).
 */
#define G_LOG_DOMAIN "fk-candidate-row"
#include "config.h"
#include "fk-candidate-row.h"
#include "fk-candidate-bar.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

struct _FkCandidateRow
{
  GtkListBoxRow   parent_instance;

  guint           col;
  guint           rank;
  gboolean        uncertain;
  char           *area;
  gboolean        has_gain;
  FkSizeGroup     gain_group;          /* who would gain most (the anonymizer's group) */
  char           *description;
  FkCandidateBar *bar;
};

G_DEFINE_FINAL_TYPE (FkCandidateRow, fk_candidate_row, GTK_TYPE_LIST_BOX_ROW)

static GtkWidget *
new_label (const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  /* Names and reasons come from files and the model: never markup. */
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

/* Every @name in @label's text from byte @from on, bold. */
static void
embolden (GtkWidget  *label,
          const char *name,
          gsize       from)
{
  const char *text = gtk_label_get_text (GTK_LABEL (label));
  gsize len = name != NULL ? strlen (name) : 0;
  PangoAttrList *attrs;

  if (len == 0 || from > strlen (text))
    return;
  attrs = pango_attr_list_new ();
  for (const char *at = strstr (text + from, name); at != NULL; at = strstr (at + len, name))
    {
      PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      bold->start_index = at - text;
      bold->end_index = bold->start_index + len;
      pango_attr_list_insert (attrs, bold);
    }
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
}

static void
fk_candidate_row_finalize (GObject *object)
{
  FkCandidateRow *self = FK_CANDIDATE_ROW (object);

  g_free (self->area);
  g_free (self->description);

  G_OBJECT_CLASS (fk_candidate_row_parent_class)->finalize (object);
}

static void
fk_candidate_row_class_init (FkCandidateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fk_candidate_row_finalize;
}

static void
fk_candidate_row_init (FkCandidateRow *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "fk-candidate");
}

GtkWidget *
fk_candidate_row_new (FkCandidates       *candidates,
                      const FkCandidate  *candidate,
                      guint               rank,
                      const char         *language,
                      const FkAnonymizer *anon)
{
  FkRoundSnapshot *snapshot = fk_candidates_get_snapshot (candidates);
  FkModel *model = fk_round_snapshot_get_model (snapshot);
  const FkCapability *cap = g_ptr_array_index (model->capabilities, candidate->col);
  const FkArea *area = fk_model_lookup_area (model, cap->area);
  const char *name = fk_text_get (&cap->name, language);
  g_autofree char *reason = fk_candidates_get_reason (candidates, candidate, anon);
  g_autofree char *score = fk_text_format_number (candidate->score, FALSE, FALSE, language);
  const char *highlight_code = anon != NULL ? fk_anonymizer_get_highlight (anon) : NULL;
  g_autofree char *highlight = highlight_code != NULL ? fk_anonymizer_get_display_name (anon, highlight_code) : NULL;
  FkCandidateRow *self = g_object_new (FK_TYPE_CANDIDATE_ROW, NULL);
  GtkWidget *reason_label;
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name_label = new_label (name, "heading");

  self->col = candidate->col;
  self->rank = rank;
  self->uncertain = candidate->uncertain;
  self->area = g_strdup (cap->area);
  self->has_gain = fk_candidates_get_gain_group (candidates, candidate, anon, &self->gain_group);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 10);
  gtk_widget_set_margin_bottom (grid, 10);
  if (rank > 0)
    {
      g_autofree char *rank_text = g_strdup_printf ("%u", rank);
      GtkWidget *rank_label = new_label (rank_text, "title-3");

      gtk_label_set_width_chars (GTK_LABEL (rank_label), 2);
      gtk_label_set_xalign (GTK_LABEL (rank_label), 1);
      gtk_widget_set_valign (rank_label, GTK_ALIGN_START);
      gtk_widget_add_css_class (rank_label, "numeric");
      gtk_grid_attach (GTK_GRID (grid), rank_label, 0, 0, 1, 1);
    }
  gtk_widget_set_hexpand (body, TRUE);
  gtk_grid_attach (GTK_GRID (grid), body, 1, 0, 1, 1);

  /* The name, "Uncertain", then the bar and the number at the end. The
   * name breaks between words only; on a narrow page the bar gives way. */
  gtk_label_set_wrap_mode (GTK_LABEL (name_label), PANGO_WRAP_WORD);
  gtk_widget_set_hexpand (name_label, TRUE);
  gtk_box_append (GTK_BOX (title), name_label);
  if (candidate->uncertain)
    {
      GtkWidget *tag = new_label (_("Uncertain"), "fk-uncertain");

      gtk_label_set_wrap (GTK_LABEL (tag), FALSE);
      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (tag, _("Fewer than half the municipalities have assessed it: listed after the others."));
      gtk_box_append (GTK_BOX (title), tag);
    }
  gtk_box_append (GTK_BOX (body), title);
  if (area != NULL)
    gtk_box_append (GTK_BOX (body), new_label (fk_text_get (&area->name, language), "dim-label"));
  /* The bar and the number on a line of their own, at the same place in
   * every row so that the bars compare, and never widening a narrow page. */
  if (rank > 0)
    {
      GtkWidget *potential = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *score_label = new_label (score, "heading");

      self->bar = FK_CANDIDATE_BAR (fk_candidate_bar_new ());
      fk_candidate_bar_set_score (self->bar, candidate->score, candidate->uncertain);
      gtk_widget_set_size_request (GTK_WIDGET (self->bar), -1, 14);
      gtk_box_append (GTK_BOX (potential), GTK_WIDGET (self->bar));
      gtk_label_set_wrap (GTK_LABEL (score_label), FALSE);
      gtk_widget_add_css_class (score_label, "numeric");
      gtk_widget_set_tooltip_text (score_label, _("Collaboration potential, 0–100"));
      gtk_box_append (GTK_BOX (potential), score_label);
      gtk_widget_set_margin_top (potential, 2);
      gtk_widget_set_margin_bottom (potential, 2);
      gtk_box_append (GTK_BOX (body), potential);
    }
  reason_label = new_label (reason, NULL);
  embolden (reason_label, highlight, 0);
  gtk_box_append (GTK_BOX (body), reason_label);
  /* Nobody assessed it: the reason says so, and there is nobody to name. */
  if (rank > 0 && candidate->n_assessed > 0)
    {
      /* As the figure and the CLI name them: letter order when anonymised. */
      for (FkCandidateRole role = FK_CANDIDATE_PARTICIPANTS; role <= FK_CANDIDATE_HOSTS; role++)
        {
          gsize list_at = 0;
          g_autofree char *people = fk_candidates_get_people (candidates, candidate, role,
                                                              anon, FK_NAMES_PLAIN, &list_at);
          GtkWidget *label = new_label (people, "fk-candidate-who");

          embolden (label, highlight, list_at);
          gtk_box_append (GTK_BOX (body), label);
        }
      {
        g_autofree char *gain = fk_candidates_get_gain (candidates, candidate, anon);

        if (gain != NULL)
          gtk_box_append (GTK_BOX (body), new_label (gain, "fk-candidate-who"));
      }
    }
  if (rank > 0)
    {
      /* Translators: what a screen reader says for a candidate: its rank,
       * the capability, its potential (0–100) and the reason */
      self->description = g_strdup_printf (_("Rank %u: %s, potential %s of 100. %s"),
                                           rank, name, score, reason);
    }
  else
    /* Translators: a capability the region is already strong and even at, then why */
    self->description = g_strdup_printf (_("%s: %s"), name, reason);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), grid);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->description,
                                  -1);
  return GTK_WIDGET (self);
}

guint
fk_candidate_row_get_capability (FkCandidateRow *self)
{
  g_return_val_if_fail (FK_IS_CANDIDATE_ROW (self), 0);
  return self->col;
}

guint
fk_candidate_row_get_rank (FkCandidateRow *self)
{
  g_return_val_if_fail (FK_IS_CANDIDATE_ROW (self), 0);
  return self->rank;
}

gboolean
fk_candidate_row_get_uncertain (FkCandidateRow *self)
{
  g_return_val_if_fail (FK_IS_CANDIDATE_ROW (self), FALSE);
  return self->uncertain;
}

const char *
fk_candidate_row_get_area (FkCandidateRow *self)
{
  g_return_val_if_fail (FK_IS_CANDIDATE_ROW (self), NULL);
  return self->area;
}

gboolean
fk_candidate_row_get_gain_group (FkCandidateRow *self,
                                 FkSizeGroup    *out_group)
{
  g_return_val_if_fail (FK_IS_CANDIDATE_ROW (self), FALSE);
  if (self->has_gain)
    *out_group = self->gain_group;
  return self->has_gain;
}

const char *
fk_candidate_row_get_description (FkCandidateRow *self)
{
  g_return_val_if_fail (FK_IS_CANDIDATE_ROW (self), NULL);
  return self->description;
}

void
fk_candidate_row_set_palette (FkCandidateRow *self,
                              FkPalette       palette,
                              gboolean        dark)
{
  g_return_if_fail (FK_IS_CANDIDATE_ROW (self));
  if (self->bar != NULL)
    fk_candidate_bar_set_palette (self->bar, palette, dark);
}
