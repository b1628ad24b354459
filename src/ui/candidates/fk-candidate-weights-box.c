/* fk-candidate-weights-box.c — the six weights of the collaboration potential */
#define G_LOG_DOMAIN "fk-candidate-weights-box"
#include "config.h"
#include "fk-candidate-weights-box.h"
#include "fk-round-snapshot.h"

#include <glib/gi18n.h>

struct _FkCandidateWeightsBox
{
  GtkBox          parent_instance;

  GtkSpinButton  *spins[FK_N_CANDIDATE_TERMS];
  GtkWidget      *reset_button;
  GtkLabel       *message;
  GtkLabel       *read_only;
  gboolean        updating;
};

G_DEFINE_FINAL_TYPE (FkCandidateWeightsBox, fk_candidate_weights_box, GTK_TYPE_BOX)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The term's name and what it counts (docs/candidates.md). (transfer full) */
static void
describe_term (FkCandidateTerm   term,
               char            **name,
               char            **what)
{
  switch (term)
    {
    case FK_CANDIDATE_TERM_LOW:
      *name = g_strdup (_("_Low level"));
      *what = g_strdup_printf (_("The share of municipalities at level %d or below."), FK_LEVEL_LOW_MAX);
      break;
    case FK_CANDIDATE_TERM_CANNOT_SUSTAIN:
      *name = g_strdup (_("_Cannot sustain alone"));
      *what = g_strdup (_("The share that cannot sustain it alone for three years, or only with difficulty."));
      break;
    case FK_CANDIDATE_TERM_KEY_PERSON:
      *name = g_strdup (_("_Key person"));
      *what = g_strdup (_("The share that depends on a key person."));
      break;
    case FK_CANDIDATE_TERM_INTERESTED:
      *name = g_strdup (_("_Interest in collaborating"));
      *what = g_strdup (_("The share that wants to collaborate (yes or maybe)."));
      break;
    case FK_CANDIDATE_TERM_GAP:
      *name = g_strdup (_("_Gap to target"));
      *what = g_strdup (_("How far below their target level the municipalities are on average."));
      break;
    case FK_CANDIDATE_TERM_SPREAD:
    default:
      *name = g_strdup (_("_Uneven levels"));
      *what = g_strdup (_("How far apart the highest and the lowest level are."));
      break;
    }
}

static void
on_value_changed (FkCandidateWeightsBox *self)
{
  if (!self->updating)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
fk_candidate_weights_box_class_init (FkCandidateWeightsBoxClass *klass)
{
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fk_candidate_weights_box_init (FkCandidateWeightsBox *self)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *intro;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self), "fk-candidate-weights");

  intro = gtk_label_new (_("How much each term counts in the potential. Only the ratios matter: the score is always 0–100."));
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (intro), 40);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_box_append (GTK_BOX (self), intro);

  self->read_only = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (GTK_LABEL (self->read_only), TRUE);
  gtk_label_set_max_width_chars (self->read_only, 40);
  gtk_label_set_xalign (self->read_only, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->read_only), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->read_only), FALSE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->read_only));

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  for (int t = 0; t < FK_N_CANDIDATE_TERMS; t++)
    {
      g_autofree char *name = NULL;
      g_autofree char *what = NULL;
      GtkWidget *name_label, *what_label, *spin;

      describe_term ((FkCandidateTerm) t, &name, &what);
      spin = gtk_spin_button_new_with_range (0, 1, 0.05);
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 2);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      name_label = gtk_label_new_with_mnemonic (name);
      gtk_label_set_mnemonic_widget (GTK_LABEL (name_label), spin);
      gtk_label_set_xalign (GTK_LABEL (name_label), 0);
      gtk_widget_add_css_class (name_label, "heading");
      gtk_widget_set_margin_top (name_label, t > 0 ? 10 : 0);
      what_label = gtk_label_new (what);
      gtk_label_set_xalign (GTK_LABEL (what_label), 0);
      gtk_label_set_wrap (GTK_LABEL (what_label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (what_label), 36);
      gtk_widget_set_hexpand (what_label, TRUE);
      gtk_widget_add_css_class (what_label, "dim-label");
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, what, -1);
      gtk_grid_attach (GTK_GRID (grid), name_label, 0, 2 * t, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), what_label, 0, 2 * t + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), spin, 1, 2 * t, 1, 2);
      g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (on_value_changed), self);
      self->spins[t] = GTK_SPIN_BUTTON (spin);
    }
  gtk_box_append (GTK_BOX (self), grid);

  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_max_width_chars (self->message, 40);
  gtk_label_set_xalign (self->message, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->message));

  self->reset_button = gtk_button_new_with_mnemonic (_("_Restore Default Weights"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->reset_button), "candidates.reset-weights");
  gtk_widget_set_halign (self->reset_button, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (self), self->reset_button);
}

GtkWidget *
fk_candidate_weights_box_new (void)
{
  return g_object_new (FK_TYPE_CANDIDATE_WEIGHTS_BOX, NULL);
}

void
fk_candidate_weights_box_set_weights (FkCandidateWeightsBox    *self,
                                      const FkCandidateWeights *weights)
{
  g_return_if_fail (FK_IS_CANDIDATE_WEIGHTS_BOX (self));

  self->updating = TRUE;
  for (int t = 0; t < FK_N_CANDIDATE_TERMS; t++)
    gtk_spin_button_set_value (self->spins[t], weights->weight[t]);
  self->updating = FALSE;
}

void
fk_candidate_weights_box_get_weights (FkCandidateWeightsBox *self,
                                      FkCandidateWeights    *out_weights)
{
  g_return_if_fail (FK_IS_CANDIDATE_WEIGHTS_BOX (self));

  for (int t = 0; t < FK_N_CANDIDATE_TERMS; t++)
    out_weights->weight[t] = gtk_spin_button_get_value (self->spins[t]);
}

void
fk_candidate_weights_box_set_editable (FkCandidateWeightsBox *self,
                                       gboolean               editable,
                                       const char            *reason)
{
  g_return_if_fail (FK_IS_CANDIDATE_WEIGHTS_BOX (self));

  for (int t = 0; t < FK_N_CANDIDATE_TERMS; t++)
    gtk_widget_set_sensitive (GTK_WIDGET (self->spins[t]), editable);
  gtk_label_set_text (self->read_only, reason != NULL ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->read_only), !editable && reason != NULL);
}

void
fk_candidate_weights_box_set_message (FkCandidateWeightsBox *self,
                                      const char            *message)
{
  g_return_if_fail (FK_IS_CANDIDATE_WEIGHTS_BOX (self));

  gtk_label_set_text (self->message, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), message != NULL);
}

GtkSpinButton *
fk_candidate_weights_box_get_spin (FkCandidateWeightsBox *self,
                                   FkCandidateTerm        term)
{
  g_return_val_if_fail (FK_IS_CANDIDATE_WEIGHTS_BOX (self), NULL);
  g_return_val_if_fail ((int) term < FK_N_CANDIDATE_TERMS, NULL);
  return self->spins[term];
}
