/* fk-candidate-weights-box.c — the six weights of the collaboration potential
 *
 * The spin buttons read and write their numbers themselves ("input",
 * "output"): GTK's own reading follows the C library's locale, in which
 * "0,5" is 0 and was stored as such. A weight is shown with two decimals
 * and the decimal mark of the message language, and typed with either
 * mark; anything else is refused and the value stays.
 *
 * Wrapped texts ask for the width they wrap at (width-chars =
 * max-width-chars), so the box has one natural width; the page's popover
 * gives it exactly that (an AdwClamp, fk-candidates-page.c), since GTK
 * 4.8 measured the popover's height at a wider width than it gave, and
 * cut off the last row ("Restore Default Weights").
 */
#define G_LOG_DOMAIN "fk-candidate-weights-box"
#include "config.h"
#include "fk-candidate-weights-box.h"
#include "fk-round-snapshot.h"
#include "fk-text.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

/* Characters per line of the texts that wrap. */
#define TEXT_CHARS 26

struct _FkCandidateWeightsBox
{
  GtkBox          parent_instance;

  GtkSpinButton  *spins[FK_N_CANDIDATE_TERMS];
  GtkWidget      *reset_button;
  GtkLabel       *message;
  GtkLabel       *read_only;
  GtkRevealer    *undo;
  GtkWidget      *undo_button;
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

/* A label that wraps at TEXT_CHARS and asks for that width. */
static GtkWidget *
wrapped_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), TEXT_CHARS);
  gtk_label_set_max_width_chars (GTK_LABEL (label), TEXT_CHARS);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

/* "0,5" or "0.5" (spaces around allowed); FALSE for anything else. */
static gboolean
parse_weight (const char *text,
              double     *out)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;
  double value;

  if (*copy == '\0' || (strchr (copy, '.') != NULL && strchr (copy, ',') != NULL))
    return FALSE;
  g_strdelimit (copy, ",", '.');
  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (value))
    return FALSE;
  *out = value;
  return TRUE;
}

static int
on_spin_input (GtkSpinButton *spin,
               double        *new_value)
{
  if (parse_weight (gtk_editable_get_text (GTK_EDITABLE (spin)), new_value))
    return TRUE;
  *new_value = gtk_spin_button_get_value (spin);
  gtk_widget_error_bell (GTK_WIDGET (spin));
  return GTK_INPUT_ERROR;
}

static gboolean
on_spin_output (GtkSpinButton *spin)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buf, sizeof buf, "%.2f", gtk_spin_button_get_value (spin));
  /* The message language's decimal mark: the words around it are in it. */
  if (g_strcmp0 (fk_text_default_language (), "en") != 0)
    g_strdelimit (buf, ".", ',');
  if (g_strcmp0 (buf, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), buf);
  return TRUE;
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
  /* One box per term, not a grid: GtkGrid measured the wrapped texts too
   * short in the popover. */
  GtkWidget *rows = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *intro;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self), "fk-candidate-weights");

  intro = wrapped_label (_("How much each term counts in the potential. Only the ratios matter: the score is always 0–100."));
  gtk_box_append (GTK_BOX (self), intro);

  self->read_only = GTK_LABEL (wrapped_label (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->read_only), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->read_only), FALSE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->read_only));

  for (int t = 0; t < FK_N_CANDIDATE_TERMS; t++)
    {
      g_autofree char *name = NULL;
      g_autofree char *what = NULL;
      GtkWidget *name_label, *what_label, *spin;
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
      GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      describe_term ((FkCandidateTerm) t, &name, &what);
      spin = gtk_spin_button_new_with_range (0, 1, 0.05);
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 2);
      /* Numeric (new_with_range()'s default) would drop a comma as typed. */
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), FALSE);
      /* A refused text leaves the value as it was (GTK_UPDATE_ALWAYS
       * would take whatever the refusal left in it). */
      gtk_spin_button_set_update_policy (GTK_SPIN_BUTTON (spin), GTK_UPDATE_IF_VALID);
      gtk_editable_set_width_chars (GTK_EDITABLE (spin), 4);
      g_signal_connect (spin, "input", G_CALLBACK (on_spin_input), NULL);
      g_signal_connect (spin, "output", G_CALLBACK (on_spin_output), NULL);
      on_spin_output (GTK_SPIN_BUTTON (spin));
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      name_label = gtk_label_new_with_mnemonic (name);
      gtk_label_set_mnemonic_widget (GTK_LABEL (name_label), spin);
      gtk_label_set_xalign (GTK_LABEL (name_label), 0);
      gtk_widget_add_css_class (name_label, "heading");
      what_label = wrapped_label (what);
      gtk_widget_add_css_class (what_label, "dim-label");
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, what, -1);
      gtk_widget_set_hexpand (texts, TRUE);
      gtk_box_append (GTK_BOX (texts), name_label);
      gtk_box_append (GTK_BOX (texts), what_label);
      gtk_box_append (GTK_BOX (row), texts);
      gtk_box_append (GTK_BOX (row), spin);
      gtk_box_append (GTK_BOX (rows), row);
      g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (on_value_changed), self);
      self->spins[t] = GTK_SPIN_BUTTON (spin);
    }
  gtk_box_append (GTK_BOX (self), rows);

  self->message = GTK_LABEL (wrapped_label (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->message));

  /* After a reset, Undo beside it until the next edit or the popover
   * closes. It fades in and keeps its place: a popover that grows while
   * it is open cut off its last line (GTK 4.8). */
  {
    GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

    self->reset_button = gtk_button_new_with_mnemonic (_("_Restore Default Weights"));
    gtk_actionable_set_action_name (GTK_ACTIONABLE (self->reset_button), "candidates.reset-weights");
    gtk_box_append (GTK_BOX (line), self->reset_button);
    /* Its action is set with its target (show_undo()). */
    self->undo_button = gtk_button_new_with_mnemonic (_("_Undo"));
    gtk_widget_set_tooltip_text (self->undo_button, _("Default weights restored. Undo brings back the weights set before."));
    self->undo = GTK_REVEALER (gtk_revealer_new ());
    gtk_revealer_set_transition_type (self->undo, GTK_REVEALER_TRANSITION_TYPE_CROSSFADE);
    gtk_revealer_set_child (self->undo, self->undo_button);
    gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->undo));
    gtk_box_append (GTK_BOX (self), line);
  }
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

void
fk_candidate_weights_box_show_undo (FkCandidateWeightsBox *self,
                                    const char            *weights_text)
{
  g_return_if_fail (FK_IS_CANDIDATE_WEIGHTS_BOX (self));

  if (weights_text != NULL)
    {
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->undo_button),
                                              g_variant_new_string (weights_text));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->undo_button), "candidates.set-weights");
    }
  gtk_revealer_set_reveal_child (self->undo, weights_text != NULL);
}

GtkWidget *
fk_candidate_weights_box_get_undo_button (FkCandidateWeightsBox *self)
{
  g_return_val_if_fail (FK_IS_CANDIDATE_WEIGHTS_BOX (self), NULL);
  return gtk_revealer_get_reveal_child (self->undo) ? self->undo_button : NULL;
}
