/* fk-level-selector.c — a row of linked toggle buttons choosing one value
 *
 * The buttons form a radio group; "value-chosen" is emitted only when the
 * user picks a value, never when the program shows one.
 *
 * The group is one Tab stop, as a radio group is: only the chosen button
 * (or the first, when none is) takes the focus from Tab, and Left, Right,
 * Home and End move inside the group and choose as they go, over the
 * buttons that are not sensitive.
 */
#define G_LOG_DOMAIN "fk-level-selector"
#include "config.h"

#include "fk-level-selector.h"
#include "fk-wrap-layout.h"

struct _FkLevelSelector
{
  GtkWidget  parent_instance;

  GtkWidget *caption;
  GtkWidget *main_box;
  GtkWidget *extra_box;
  GtkWidget *group;     /* the first button: the group leader */
  GArray    *values;    /* int, parallel to buttons */
  GPtrArray *buttons;   /* GtkToggleButton*, not owned */
  int        value;
  gboolean   updating;
};

G_DEFINE_FINAL_TYPE (FkLevelSelector, fk_level_selector, GTK_TYPE_WIDGET)

enum { VALUE_CHOSEN, N_SIGNALS };
static guint signals[N_SIGNALS];

/* The button Tab stops on: the chosen one, else the first. */
static GtkWidget *
tab_stop (FkLevelSelector *self)
{
  for (guint i = 0; i < self->buttons->len; i++)
    if (gtk_toggle_button_get_active (g_ptr_array_index (self->buttons, i)))
      return g_ptr_array_index (self->buttons, i);
  return self->buttons->len > 0 ? g_ptr_array_index (self->buttons, 0) : NULL;
}

static void
update_tab_stop (FkLevelSelector *self)
{
  GtkWidget *stop = tab_stop (self);

  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);

      /* The focused button keeps its focus until it moves on. */
      gtk_widget_set_focusable (button, button == stop || gtk_widget_has_focus (button));
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                FkLevelSelector       *self)
{
  int n = (int) self->buttons->len;
  int index = -1;
  int step;
  GtkWidget *button;

  if ((state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 || n == 0)
    return FALSE;
  for (int i = 0; i < n && index < 0; i++)
    if (gtk_widget_has_focus (g_ptr_array_index (self->buttons, i)))
      index = i;
  if (index < 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      step = -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      step = 1;
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      index = n - 1;  /* the first sensitive one from the start */
      step = 1;
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      index = 0;      /* the first sensitive one from the end */
      step = -1;
      break;
    default:
      return FALSE;
    }
  /* The next sensitive button; the focused one is, so this ends. */
  do
    index = (index + step + n) % n;
  while (!gtk_widget_get_sensitive (g_ptr_array_index (self->buttons, index)));

  button = g_ptr_array_index (self->buttons, index);
  gtk_widget_set_focusable (button, TRUE);
  gtk_widget_grab_focus (button);
  /* As in a radio group, moving chooses. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  update_tab_stop (self);
  return TRUE;
}

static void
on_toggled (GtkToggleButton *button,
            FkLevelSelector *self)
{
  guint i;

  if (!gtk_toggle_button_get_active (button))
    return;
  if (!g_ptr_array_find (self->buttons, button, &i))
    return;
  self->value = g_array_index (self->values, int, i);
  if (!self->updating)
    {
      update_tab_stop (self);
      g_signal_emit (self, signals[VALUE_CHOSEN], 0, self->value);
    }
}

void
fk_level_selector_add (FkLevelSelector *self,
                       int              value,
                       const char      *label,
                       const char      *tooltip,
                       const char      *accessible_label,
                       gboolean         separate)
{
  GtkWidget *button;
  GtkWidget *box;

  g_return_if_fail (FK_IS_LEVEL_SELECTOR (self));

  button = gtk_toggle_button_new_with_label (label);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (button, tooltip);
  if (accessible_label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                    -1);
  if (self->group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (self->group));
  else
    self->group = button;

  if (separate)
    {
      if (self->extra_box == NULL)
        {
          self->extra_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
          gtk_widget_add_css_class (self->extra_box, "linked");
          gtk_widget_set_parent (self->extra_box, GTK_WIDGET (self));
        }
      box = self->extra_box;
    }
  else
    box = self->main_box;

  gtk_box_append (GTK_BOX (box), button);
  g_array_append_val (self->values, value);
  g_ptr_array_add (self->buttons, button);
  g_signal_connect (button, "toggled", G_CALLBACK (on_toggled), self);

  if (value == self->value)
    fk_level_selector_set_value (self, value);
  else
    update_tab_stop (self);
}

void
fk_level_selector_set_value (FkLevelSelector *self,
                             int              value)
{
  g_return_if_fail (FK_IS_LEVEL_SELECTOR (self));

  self->value = value;
  self->updating = TRUE;
  for (guint i = 0; i < self->buttons->len; i++)
    if (g_array_index (self->values, int, i) == value)
      gtk_toggle_button_set_active (g_ptr_array_index (self->buttons, i), TRUE);
  /* A value without a button: show none chosen. */
  if (fk_level_selector_get_button (self, value) == NULL)
    for (guint i = 0; i < self->buttons->len; i++)
      gtk_toggle_button_set_active (g_ptr_array_index (self->buttons, i), FALSE);
  self->updating = FALSE;
  update_tab_stop (self);
}

gboolean
fk_level_selector_focus (FkLevelSelector *self)
{
  GtkWidget *stop;

  g_return_val_if_fail (FK_IS_LEVEL_SELECTOR (self), FALSE);

  stop = tab_stop (self);
  return stop != NULL && gtk_widget_grab_focus (stop);
}

void
fk_level_selector_set_question (FkLevelSelector *self,
                                GtkWidget       *question)
{
  g_return_if_fail (FK_IS_LEVEL_SELECTOR (self));
  g_return_if_fail (GTK_IS_LABEL (question));

  /* Each button says the question and then its answer, as a radio button
   * in a named group would: GTK 4.8 reads the label property first, then
   * what the button is labelled by. */
  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);

      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gtk_label_get_text (GTK_LABEL (question)),
                                      -1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      gtk_button_get_child (GTK_BUTTON (button)), NULL,
                                      -1);
    }
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, question, NULL,
                                  -1);
}

void
fk_level_selector_set_caption (FkLevelSelector *self,
                               const char      *caption)
{
  g_return_if_fail (FK_IS_LEVEL_SELECTOR (self));

  if (self->caption == NULL)
    {
      self->caption = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->caption, "heading");
      gtk_widget_set_valign (self->caption, GTK_ALIGN_CENTER);
      gtk_widget_insert_after (self->caption, GTK_WIDGET (self), NULL);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->caption, NULL,
                                      -1);
    }
  gtk_label_set_text (GTK_LABEL (self->caption), caption);
}

GtkWidget *
fk_level_selector_get_button (FkLevelSelector *self,
                              int              value)
{
  g_return_val_if_fail (FK_IS_LEVEL_SELECTOR (self), NULL);

  for (guint i = 0; i < self->buttons->len; i++)
    if (g_array_index (self->values, int, i) == value)
      return g_ptr_array_index (self->buttons, i);
  return NULL;
}

static void
fk_level_selector_dispose (GObject *object)
{
  FkLevelSelector *self = FK_LEVEL_SELECTOR (object);

  g_clear_pointer (&self->caption, gtk_widget_unparent);
  g_clear_pointer (&self->main_box, gtk_widget_unparent);
  g_clear_pointer (&self->extra_box, gtk_widget_unparent);
  if (self->buttons != NULL)
    g_ptr_array_set_size (self->buttons, 0);
  self->group = NULL;

  G_OBJECT_CLASS (fk_level_selector_parent_class)->dispose (object);
}

static void
fk_level_selector_finalize (GObject *object)
{
  FkLevelSelector *self = FK_LEVEL_SELECTOR (object);

  g_clear_pointer (&self->values, g_array_unref);
  g_clear_pointer (&self->buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (fk_level_selector_parent_class)->finalize (object);
}

static void
fk_level_selector_class_init (FkLevelSelectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_level_selector_dispose;
  object_class->finalize = fk_level_selector_finalize;

  /**
   * FkLevelSelector::value-chosen:
   * @value: the value the user picked
   */
  signals[VALUE_CHOSEN] = g_signal_new ("value-chosen", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "fklevelselector");
  /* The groups wrap onto a second line in a narrow window. */
  gtk_widget_class_set_layout_manager_type (widget_class, FK_TYPE_WRAP_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fk_level_selector_init (FkLevelSelector *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkEventController *keys = gtk_event_controller_key_new ();

  fk_wrap_layout_set_spacing (FK_WRAP_LAYOUT (layout), 12);
  fk_wrap_layout_set_line_spacing (FK_WRAP_LAYOUT (layout), 6);
  self->value = G_MININT;   /* nothing chosen yet */
  self->values = g_array_new (FALSE, FALSE, sizeof (int));
  self->buttons = g_ptr_array_new ();
  self->main_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->main_box, "linked");
  gtk_widget_set_parent (self->main_box, GTK_WIDGET (self));

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
fk_level_selector_new (void)
{
  return g_object_new (FK_TYPE_LEVEL_SELECTOR, NULL);
}
