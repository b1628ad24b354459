/* fk-candidate-row.c — one collaboration candidate in the page's list
 *
 * Built once from an FkCandidates that never changes; the page makes new
 * rows when the ranking, the language or the anonymizer changes.
 */
#define G_LOG_DOMAIN "fk-candidate-row"
#include "config.h"
#include "fk-candidate-row.h"
#include "fk-candidate-bar.h"

#include <adwaita.h>
#include <glib/gi18n.h>

struct _FkCandidateRow
{
  GtkListBoxRow   parent_instance;

  guint           col;
  guint           rank;
  gboolean        uncertain;
  char           *area;
  guint           participant_sizes;   /* bit per FkSizeClass */
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

char *
fk_candidate_row_format_names (FkRoundSnapshot    *snapshot,
                               const guint        *rows,
                               guint               n_rows,
                               const FkAnonymizer *anon)
{
  FkRegion *region = fk_round_snapshot_get_region (snapshot);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree guint *sorted = g_memdup2 (rows, n_rows * sizeof (guint));

  if (anon != NULL)
    {
      /* Letter order: the rows sorted by their place in it. */
      guint n_order = 0;
      const guint *order = fk_anonymizer_get_order (anon, &n_order);
      guint k = 0;

      for (guint i = 0; i < n_order; i++)
        for (guint j = 0; j < n_rows; j++)
          if (rows[j] == order[i])
            sorted[k++] = rows[j];
      n_rows = k;
    }
  for (guint i = 0; i < n_rows; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, sorted[i]);

      if (anon == NULL)
        g_ptr_array_add (names, g_strdup (m->name));
      else if (fk_anonymizer_is_highlighted (anon, m->code))
        g_ptr_array_add (names, fk_anonymizer_get_display_name (anon, m->code));
      else
        g_ptr_array_add (names, g_strdup (fk_anonymizer_get_letter (anon, m->code)));
    }
  g_ptr_array_add (names, NULL);
  /* Translators: between the names (or letters) in a list of municipalities */
  return g_strjoinv (C_("list of municipalities", ", "), (char **) names->pdata);
}

static char *
who_text (FkRoundSnapshot    *snapshot,
          const guint        *rows,
          guint               n,
          gboolean            hosts,
          const FkAnonymizer *anon)
{
  g_autofree char *names = NULL;

  if (n == 0)
    return g_strdup (hosts ? _("No possible host") : _("No participants"));
  names = fk_candidate_row_format_names (snapshot, rows, n, anon);
  if (hosts)
    /* Translators: %u is how many, %s their names or letters */
    return g_strdup_printf (ngettext ("%u possible host: %s", "%u possible hosts: %s", n), n, names);
  /* Translators: %u is how many, %s their names or letters */
  return g_strdup_printf (ngettext ("%u participant: %s", "%u participants: %s", n), n, names);
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
  g_autofree char *score = g_strdup_printf ("%.0f", candidate->score);
  FkCandidateRow *self = g_object_new (FK_TYPE_CANDIDATE_ROW, NULL);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name_label = new_label (name, "heading");

  self->col = candidate->col;
  self->rank = rank;
  self->uncertain = candidate->uncertain;
  self->area = g_strdup (cap->area);
  for (guint i = 0; i < candidate->n_participants; i++)
    self->participant_sizes |= 1u << fk_round_snapshot_get_size_class (snapshot, candidate->participants[i]);

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
  gtk_box_append (GTK_BOX (body), new_label (reason, NULL));
  /* Nobody assessed it: the reason says so, and there is nobody to name. */
  if (rank > 0 && candidate->n_assessed > 0)
    {
      g_autofree char *participants = who_text (snapshot, candidate->participants,
                                                candidate->n_participants, FALSE, anon);
      g_autofree char *hosts = who_text (snapshot, candidate->hosts, candidate->n_hosts, TRUE, anon);

      gtk_box_append (GTK_BOX (body), new_label (participants, "fk-candidate-who"));
      gtk_box_append (GTK_BOX (body), new_label (hosts, "fk-candidate-who"));
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
fk_candidate_row_has_participant_of (FkCandidateRow *self,
                                     FkSizeClass     size)
{
  g_return_val_if_fail (FK_IS_CANDIDATE_ROW (self), FALSE);
  return (self->participant_sizes & (1u << size)) != 0;
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
