/* fk-page-switcher-bar.c — the window's bottom view switcher for narrow widths */
#define G_LOG_DOMAIN "fk-page-switcher-bar"
#include "config.h"
#include "fk-page-switcher-bar.h"

struct _FkPageSwitcherBar
{
  AdwBin        parent_instance;

  AdwViewStack *stack;
  /* The stack's pages, held: the stack keeps only a weak pointer to
   * them, and "items-changed" must reach us while we show them. */
  GtkSelectionModel *pages;
  GtkWidget    *revealer;
  GtkWidget    *box;
  gboolean      updating;   /* the code, not the user, toggles the buttons */
};

G_DEFINE_FINAL_TYPE (FkPageSwitcherBar, fk_page_switcher_bar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STACK,
  PROP_REVEAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
disconnect_stack (FkPageSwitcherBar *self)
{
  if (self->stack == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->stack, self);
  g_signal_handlers_disconnect_by_data (self->pages, self);
  g_clear_object (&self->pages);
  g_clear_object (&self->stack);
}

/* Each button's label shows only while its page is the visible one. */
static void
update_active (FkPageSwitcherBar *self)
{
  const char *visible = self->stack ? adw_view_stack_get_visible_child_name (self->stack) : NULL;

  self->updating = TRUE;
  for (GtkWidget *button = gtk_widget_get_first_child (self->box); button != NULL;
       button = gtk_widget_get_next_sibling (button))
    {
      const char *name = g_object_get_data (G_OBJECT (button), "fk-page");
      gboolean active = g_strcmp0 (name, visible) == 0;
      GtkWidget *label = g_object_get_data (G_OBJECT (button), "fk-label");

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), active);
      gtk_widget_set_visible (label, active);
    }
  self->updating = FALSE;
}

static void
on_toggled (GtkToggleButton   *button,
            FkPageSwitcherBar *self)
{
  if (self->updating || self->stack == NULL)
    return;
  if (gtk_toggle_button_get_active (button))
    adw_view_stack_set_visible_child_name (self->stack, g_object_get_data (G_OBJECT (button), "fk-page"));
  /* A click on the page shown leaves it shown. */
  update_active (self);
}

static GtkWidget *
button_new (FkPageSwitcherBar *self,
            AdwViewStackPage  *page)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name (adw_view_stack_page_get_icon_name (page));
  GtkWidget *label = gtk_label_new (adw_view_stack_page_get_title (page));
  const char *title = adw_view_stack_page_get_title (page);

  gtk_box_append (GTK_BOX (content), icon);
  gtk_box_append (GTK_BOX (content), label);
  gtk_widget_set_halign (content, GTK_ALIGN_CENTER);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "fk-page-switcher-button");
  gtk_widget_set_tooltip_text (button, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data_full (G_OBJECT (button), "fk-page", g_strdup (adw_view_stack_page_get_name (page)), g_free);
  g_object_set_data (G_OBJECT (button), "fk-label", label);
  g_signal_connect (button, "toggled", G_CALLBACK (on_toggled), self);
  return button;
}

/* One button per visible page, in the stack's order. */
static void
rebuild (FkPageSwitcherBar *self)
{
  GtkWidget *child;
  GListModel *pages = (GListModel *) self->pages;

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);
  if (pages == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);

      if (adw_view_stack_page_get_visible (page) && adw_view_stack_page_get_name (page) != NULL)
        gtk_box_append (GTK_BOX (self->box), button_new (self, page));
    }
  update_active (self);
}

static void
fk_page_switcher_bar_dispose (GObject *object)
{
  FkPageSwitcherBar *self = FK_PAGE_SWITCHER_BAR (object);

  disconnect_stack (self);
  G_OBJECT_CLASS (fk_page_switcher_bar_parent_class)->dispose (object);
}

static void
fk_page_switcher_bar_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  FkPageSwitcherBar *self = FK_PAGE_SWITCHER_BAR (object);

  switch (prop_id)
    {
    case PROP_STACK:
      g_value_set_object (value, self->stack);
      break;
    case PROP_REVEAL:
      g_value_set_boolean (value, fk_page_switcher_bar_get_reveal (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_page_switcher_bar_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  FkPageSwitcherBar *self = FK_PAGE_SWITCHER_BAR (object);

  switch (prop_id)
    {
    case PROP_STACK:
      fk_page_switcher_bar_set_stack (self, g_value_get_object (value));
      break;
    case PROP_REVEAL:
      fk_page_switcher_bar_set_reveal (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_page_switcher_bar_class_init (FkPageSwitcherBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_page_switcher_bar_dispose;
  object_class->get_property = fk_page_switcher_bar_get_property;
  object_class->set_property = fk_page_switcher_bar_set_property;

  properties[PROP_STACK] =
    g_param_spec_object ("stack", NULL, NULL, ADW_TYPE_VIEW_STACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVEAL] =
    g_param_spec_boolean ("reveal", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_css_name (widget_class, "viewswitcherbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fk_page_switcher_bar_init (FkPageSwitcherBar *self)
{
  GtkWidget *bar = gtk_action_bar_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_action_bar_set_center_widget (GTK_ACTION_BAR (bar), self->box);
  self->revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP);
  gtk_revealer_set_child (GTK_REVEALER (self->revealer), bar);
  adw_bin_set_child (ADW_BIN (self), self->revealer);
}

GtkWidget *
fk_page_switcher_bar_new (void)
{
  return g_object_new (FK_TYPE_PAGE_SWITCHER_BAR, NULL);
}

AdwViewStack *
fk_page_switcher_bar_get_stack (FkPageSwitcherBar *self)
{
  g_return_val_if_fail (FK_IS_PAGE_SWITCHER_BAR (self), NULL);
  return self->stack;
}

void
fk_page_switcher_bar_set_stack (FkPageSwitcherBar *self,
                                AdwViewStack      *stack)
{
  g_return_if_fail (FK_IS_PAGE_SWITCHER_BAR (self));
  g_return_if_fail (stack == NULL || ADW_IS_VIEW_STACK (stack));

  if (self->stack == stack)
    return;
  disconnect_stack (self);
  if (stack != NULL)
    {
      self->stack = g_object_ref (stack);
      g_signal_connect_object (stack, "notify::visible-child", G_CALLBACK (update_active), self, G_CONNECT_SWAPPED);
      self->pages = adw_view_stack_get_pages (stack);
      g_signal_connect_object (self->pages, "items-changed", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
    }
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STACK]);
}

gboolean
fk_page_switcher_bar_get_reveal (FkPageSwitcherBar *self)
{
  g_return_val_if_fail (FK_IS_PAGE_SWITCHER_BAR (self), FALSE);
  return gtk_revealer_get_reveal_child (GTK_REVEALER (self->revealer));
}

void
fk_page_switcher_bar_set_reveal (FkPageSwitcherBar *self,
                                 gboolean           reveal)
{
  g_return_if_fail (FK_IS_PAGE_SWITCHER_BAR (self));

  reveal = !!reveal;
  if (fk_page_switcher_bar_get_reveal (self) == reveal)
    return;
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), reveal);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEAL]);
}
