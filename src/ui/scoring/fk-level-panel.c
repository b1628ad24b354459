/* fk-level-panel.c — what each level means for one capability, and the
 * model's rules for scoring
 *
 * A model may describe any of the levels 0–5 for a capability; the scale's
 * general meaning stands in for the rest (fk_model_get_level_meaning). A
 * general text is dimmed and captioned "General description" in words, so
 * that a room scoring from a projector, and a screen reader, can tell it
 * from the capability's own text. The scoring rules are the same for every
 * capability, so they sit behind one button instead of under each level
 * grid.
 */
#define G_LOG_DOMAIN "fk-level-panel"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-level-panel.h"
#include "fk-scoring-label.h"

struct _FkLevelPanel
{
  GtkBox     parent_instance;

  GtkWidget *rules_button;  /* NULL when the model has no rules */
  GtkWidget *focus_before;  /* weak: the focus when the rules opened */
};

G_DEFINE_FINAL_TYPE (FkLevelPanel, fk_level_panel, GTK_TYPE_BOX)

/* One level: its number and name, a caption if the text is the scale's,
 * and what it means. */
static void
attach_level (GtkGrid            *grid,
              FkModel            *model,
              const FkCapability *capability,
              int                 level,
              const char         *language)
{
  gboolean own = fk_model_level_is_own (capability, level);
  const char *meaning = fk_text_get (fk_model_get_level_meaning (model, capability, level), language);
  g_autofree char *title = g_strdup_printf ("%d  %s", level,
                                            fk_text_get (&model->scale[level].name, language));
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = fk_scoring_label_new (title, "heading");
  GtkWidget *text = fk_scoring_label_new (meaning, NULL);

  gtk_label_set_wrap (GTK_LABEL (name), FALSE);
  gtk_box_append (GTK_BOX (head), name);
  if (!own)
    {
      /* Translators: beside a level on the Scoring page whose text is the
       * scale's description, the same for every capability, because the
       * model does not describe this level for the capability itself. */
      GtkWidget *caption = fk_scoring_label_new (_("General description"), "dim-label");
      const char *why = _("The model does not describe this level for this capability. "
                          "The text is the scale’s description, the same for every capability.");

      gtk_widget_add_css_class (text, "dim-label");
      gtk_widget_set_tooltip_text (caption, why);
      gtk_accessible_update_property (GTK_ACCESSIBLE (caption),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, why,
                                      -1);
      gtk_box_append (GTK_BOX (head), caption);
    }
  gtk_widget_set_hexpand (text, TRUE);
  gtk_grid_attach (grid, head, 0, level, 1, 1);
  gtk_grid_attach (grid, text, 1, level, 1, 1);
}

/* GTK 4.8 drops the focus when a popover closes with Escape. Give it back
 * to where it was when the rules opened (the card after R, the button
 * after a click), so that the card's keys work on. Focus that went
 * elsewhere (a click on another card) stays there. */
static void
on_rules_shown (GtkPopover   *popover,
                FkLevelPanel *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_set_weak_pointer (&self->focus_before, root != NULL ? gtk_root_get_focus (root) : NULL);
}

static void
on_rules_closed (GtkPopover   *popover,
                 FkLevelPanel *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *back = self->focus_before != NULL ? self->focus_before : self->rules_button;

  g_clear_weak_pointer (&self->focus_before);
  if (focus == NULL || focus == GTK_WIDGET (popover) || gtk_widget_is_ancestor (focus, GTK_WIDGET (popover)))
    gtk_widget_grab_focus (back);
}

/* The rules, numbered, in a popover of the button. */
static GtkWidget *
make_rules_button (FkModel    *model,
                   const char *language)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  const char *title = _("Scoring rules");

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), title);
  gtk_widget_add_css_class (button, "fk-scoring-rules");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (box), fk_scoring_label_new (title, "heading"));
  gtk_box_append (GTK_BOX (box), fk_scoring_label_new (_("These rules hold for every capability of the model."),
                                             "dim-label"));
  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_widget_add_css_class (grid, "fk-scoring-rules-list");
  for (guint i = 0; i < model->scoring_rules->len; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *text = fk_scoring_label_new (fk_text_get (g_ptr_array_index (model->scoring_rules, i), language), NULL);

      gtk_label_set_max_width_chars (GTK_LABEL (text), 56);
      gtk_label_set_width_chars (GTK_LABEL (text), 30);
      gtk_grid_attach (GTK_GRID (grid), fk_scoring_label_new (number, "heading"), 0, i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), text, 1, i, 1, 1);
    }
  gtk_box_append (GTK_BOX (box), grid);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (popover),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  return button;
}

static void
fk_level_panel_dispose (GObject *object)
{
  FkLevelPanel *self = FK_LEVEL_PANEL (object);

  g_clear_weak_pointer (&self->focus_before);
  G_OBJECT_CLASS (fk_level_panel_parent_class)->dispose (object);
}

static void
fk_level_panel_class_init (FkLevelPanelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fk_level_panel_dispose;
}

static void
fk_level_panel_init (FkLevelPanel *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self), "fk-level-panel");
}

GtkWidget *
fk_level_panel_new (FkModel            *model,
                    const FkCapability *capability,
                    const char         *language)
{
  FkLevelPanel *self;
  GtkWidget *header;
  GtkWidget *heading;
  GtkWidget *grid;

  g_return_val_if_fail (model != NULL && capability != NULL, NULL);

  self = g_object_new (FK_TYPE_LEVEL_PANEL, NULL);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  heading = fk_scoring_label_new (_("What each level means here"), "heading");
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_widget_set_valign (heading, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), heading);
  if (model->scoring_rules->len > 0)
    {
      GtkPopover *popover;

      self->rules_button = make_rules_button (model, language);
      popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->rules_button));
      g_signal_connect_object (popover, "show", G_CALLBACK (on_rules_shown), self, 0);
      g_signal_connect_object (popover, "closed", G_CALLBACK (on_rules_closed), self, 0);
      gtk_box_append (GTK_BOX (header), self->rules_button);
    }
  gtk_box_append (GTK_BOX (self), header);

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_add_css_class (grid, "fk-levels");
  for (int level = FK_LEVEL_MIN; level <= FK_LEVEL_MAX; level++)
    attach_level (GTK_GRID (grid), model, capability, level, language);
  if (!fk_text_is_empty (&capability->not_applicable))
    {
      GtkWidget *name = fk_scoring_label_new (_("Not applicable"), "heading");
      GtkWidget *text = fk_scoring_label_new (fk_text_get (&capability->not_applicable, language),
                                    "fk-not-applicable");

      gtk_label_set_wrap (GTK_LABEL (name), FALSE);
      gtk_widget_add_css_class (name, "fk-not-applicable");
      gtk_grid_attach (GTK_GRID (grid), name, 0, FK_N_LEVELS, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), text, 1, FK_N_LEVELS, 1, 1);
    }
  gtk_box_append (GTK_BOX (self), grid);
  return GTK_WIDGET (self);
}

gboolean
fk_level_panel_show_rules (FkLevelPanel *self)
{
  g_return_val_if_fail (FK_IS_LEVEL_PANEL (self), FALSE);

  if (self->rules_button == NULL)
    return FALSE;
  gtk_menu_button_popup (GTK_MENU_BUTTON (self->rules_button));
  return TRUE;
}

char *
fk_level_panel_not_applicable_refusal (const FkCapability *capability,
                                       const char         *language)
{
  g_return_val_if_fail (capability != NULL, NULL);

  /* Translators: the tooltip of the unavailable "Not applicable" button,
   * and the message after the key N, for a capability of a model that
   * names where "not applicable" fits; %s is the capability's name. */
  return g_strdup_printf (_("“%s” applies to every municipality: a capability you lack is level 0."),
                          fk_text_get (&capability->name, language));
}

char *
fk_level_panel_not_applicable_tooltip (FkModel            *model,
                                       const FkCapability *capability,
                                       const char         *language)
{
  /* Translators: what the "Not applicable" button on the Scoring page
   * does; N is its key. */
  const char *action = _("Removes the level, the target and the answers, not the comment (N)");

  g_return_val_if_fail (model != NULL && capability != NULL, NULL);

  if (!fk_model_allows_not_applicable (model, capability))
    return fk_level_panel_not_applicable_refusal (capability, language);
  /* A model that says nothing of applicability leaves it to the user:
   * no rule of one model stated as the program's. */
  if (fk_text_is_empty (&capability->not_applicable))
    return g_strdup (_("This capability does not apply to us. "
                       "Removes the level, the target and the answers, not the comment (N)"));
  /* The model's sentence (the study's language) and the program's (the
   * program's language) on lines of their own, never run together. */
  return g_strdup_printf ("%s\n\n%s", fk_text_get (&capability->not_applicable, language), action);
}
