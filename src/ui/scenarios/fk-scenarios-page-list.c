/* fk-scenarios-page-list.c — the Scenarios page's list: add, rename, move, delete
 *
 * Each row is a scenario's name in the content language, plain text. The
 * list is rebuilt from self->scenarios after every write (a handful of
 * rows); the selection follows self->position. Adding and renaming ask
 * for the name in a dialog; deleting asks, naming the scenario, since its
 * text (the user's own included) goes with it.
 *
 * Keys on a row: Up and Down show the scenario at once and leave the
 * focus in the list; Return or Space (activating) show it and move the
 * focus into the editor; F2 renames, Delete deletes (asking), Ctrl+Up
 * and Ctrl+Down move it; the Menu key or Shift+F10 (or a right click)
 * open its menu with the same commands.
 */
#define G_LOG_DOMAIN "fk-scenarios-page"
#include "config.h"
#include "fk-scenarios-page-private.h"

#include <glib/gi18n.h>

void
fk_scenarios_page_focus_list (FkScenariosPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row == NULL || !gtk_widget_grab_focus (GTK_WIDGET (row)))
    gtk_widget_grab_focus (GTK_WIDGET (self->list));
}

void
fk_scenarios_page_fill_list (FkScenariosPage *self)
{
  GtkListBoxRow *row;

  self->filling = TRUE;
  /* Rows only: the list also parents the rows' menu. */
  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));
  for (guint i = 0; self->scenarios != NULL && i < self->scenarios->len; i++)
    {
      const FkScenario *s = g_ptr_array_index (self->scenarios, i);
      g_autofree char *name = fk_scenarios_page_display_name (self, s, i);
      GtkWidget *label = gtk_label_new (name);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_list_box_append (self->list, label);
      if ((int) i == self->position)
        gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, i));
    }
  self->filling = FALSE;
  fk_scenarios_page_update_actions (self);
}

static void
on_row_selected (GtkListBox      *list,
                 GtkListBoxRow   *row,
                 FkScenariosPage *self)
{
  if (self->filling || row == NULL || gtk_list_box_row_get_index (row) < 0)
    return;
  fk_scenarios_page_set_position (self, gtk_list_box_row_get_index (row));
}

/* Return or Space on a row (or a click) shows its editor, folded or not.
 * Keys take the focus there (the first text, else the first control); a
 * click leaves it on the row, so the arrows go on browsing, unless the
 * list is gone from view (folded). */
static void
on_row_activated (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  FkScenariosPage *self)
{
  int index = gtk_list_box_row_get_index (row);

  if (index < 0)
    return;
  fk_scenarios_page_set_position (self, index);
  if (self->position != index)
    return;   /* typed text that cannot be stored keeps its scenario */
  /* Only when folded: unfolded, AdwLeaflet would still move the focus to
   * the editor's first button. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  else if (self->pointer_press)
    return;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->editor_stack), "editor") != 0)
    return;
  if (!gtk_text_view_get_editable (self->view[0]) || !gtk_widget_grab_focus (GTK_WIDGET (self->view[0])))
    gtk_widget_child_focus (self->editor, GTK_DIR_TAB_FORWARD);
}

/* The row with the focus (the one the keys are about), or the selected one. */
static GtkListBoxRow *
focus_row (FkScenariosPage *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self->list)));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  if (row != NULL && gtk_widget_get_parent (row) == GTK_WIDGET (self->list))
    return GTK_LIST_BOX_ROW (row);
  return gtk_list_box_get_selected_row (self->list);
}

/* Shows the scenario of @row, so that the list's actions are about it. */
static gboolean
show_row (FkScenariosPage *self,
          GtkListBoxRow   *row)
{
  if (row == NULL)
    return FALSE;
  fk_scenarios_page_set_position (self, gtk_list_box_row_get_index (row));
  return self->position == gtk_list_box_row_get_index (row);
}

static void
popup_row_menu (FkScenariosPage *self,
                GtkListBoxRow   *row,
                double           x,
                double           y)
{
  graphene_rect_t bounds;
  GdkRectangle at;

  if (!show_row (self, row))
    return;
  if (x < 0 && gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list), &bounds))
    at = (GdkRectangle) { (int) bounds.origin.x + 24, (int) (bounds.origin.y + bounds.size.height / 2), 1, 1 };
  else
    at = (GdkRectangle) { (int) x, (int) y, 1, 1 };
  gtk_popover_set_pointing_to (GTK_POPOVER (self->row_menu), &at);
  gtk_popover_popup (GTK_POPOVER (self->row_menu));
}

/* F2, Delete, the Menu key and Shift+F10 on the list. */
static gboolean
on_list_key (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  FkScenariosPage *self = g_object_get_data (G_OBJECT (widget), "fk-scenarios-page");
  const char *what = g_variant_get_string (args, NULL);
  GtkListBoxRow *row;

  if (self == NULL || (row = focus_row (self)) == NULL)
    return FALSE;
  if (g_str_equal (what, "menu"))
    {
      popup_row_menu (self, row, -1, -1);
      return TRUE;
    }
  if (!show_row (self, row))
    return TRUE;
  return gtk_widget_activate_action (GTK_WIDGET (self), what, NULL);
}

static void
on_list_pressed (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 FkScenariosPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_y (self->list, (int) y);

  if (row == NULL)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  popup_row_menu (self, row, x, y);
}

/* A primary click marks the activation it causes as the pointer's; the
 * mark goes once the release (which activates the row) is handled. */
static gboolean
forget_pointer_press (gpointer user_data)
{
  FkScenariosPage *self = user_data;

  self->pointer_press = FALSE;
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

static void
on_list_primary_pressed (GtkGestureClick *gesture,
                         int              n_press,
                         double           x,
                         double           y,
                         FkScenariosPage *self)
{
  self->pointer_press = TRUE;
}

static void
on_list_primary_released (GtkGestureClick *gesture,
                          int              n_press,
                          double           x,
                          double           y,
                          FkScenariosPage *self)
{
  g_idle_add (forget_pointer_press, g_object_ref (self));
}

static void
init_row_menu (FkScenariosPage *self)
{
  static const struct { guint key; GdkModifierType mods; const char *what; } keys[] = {
    { GDK_KEY_F2, 0, "scenarios.rename" },
    { GDK_KEY_Delete, 0, "scenarios.delete" },
    { GDK_KEY_KP_Delete, 0, "scenarios.delete" },
    { GDK_KEY_Menu, 0, "menu" },
    { GDK_KEY_F10, GDK_SHIFT_MASK, "menu" },
  };
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *primary;

  static const struct { const char *label, *action, *accel; } items[] = {
    { N_("_Rename…"), "scenarios.rename", "F2" },
    { N_("Move _Up"), "scenarios.move-up", "<Control>Up" },
    { N_("Move _Down"), "scenarios.move-down", "<Control>Down" },
    { N_("_Delete…"), "scenarios.delete", "Delete" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), items[i].action);

      /* Shown beside the item: the key that does the same on a row. */
      g_menu_item_set_attribute (item, "accel", "s", items[i].accel);
      g_menu_append_item (menu, item);
    }
  self->row_menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->row_menu), FALSE);
  gtk_widget_set_halign (self->row_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->row_menu, GTK_WIDGET (self->list));

  g_object_set_data (G_OBJECT (self->list), "fk-scenarios-page", self);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (keys[i].key, keys[i].mods),
                                                                           gtk_callback_action_new (on_list_key, NULL, NULL),
                                                                           "s", keys[i].what));
  gtk_widget_add_controller (GTK_WIDGET (self->list), controller);

  /* In the capture phase: before the list's own click activates the row. */
  primary = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (primary), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (primary), GTK_PHASE_CAPTURE);
  g_signal_connect (primary, "pressed", G_CALLBACK (on_list_primary_pressed), self);
  g_signal_connect (primary, "released", G_CALLBACK (on_list_primary_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list), GTK_EVENT_CONTROLLER (primary));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_list_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list), GTK_EVENT_CONTROLLER (click));
}

void
fk_scenarios_page_dispose_list (FkScenariosPage *self)
{
  if (self->row_menu != NULL)
    {
      gtk_widget_unparent (self->row_menu);
      self->row_menu = NULL;
    }
  if (self->list != NULL)
    g_object_set_data (G_OBJECT (self->list), "fk-scenarios-page", NULL);
}

/* ---- writes ------------------------------------------------------------------------ */

/* Runs a write as the page's own (its "changed" is not news) and reads
 * the scenarios again. */
#define OWN_WRITE(self, call) \
  G_STMT_START { (self)->storing = TRUE; ok = (call); (self)->storing = FALSE; } G_STMT_END

/* Adds a scenario named @name and selects it; FALSE if it could not. */
static gboolean
add_scenario (FkScenariosPage *self,
              const char      *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!fk_scenarios_page_can_write (self))
    return FALSE;
  fk_scenarios_page_flush (self);
  self->storing = TRUE;
  id = fk_study_add_scenario (self->study, name, &error);
  self->storing = FALSE;
  if (id == 0)
    return fk_scenarios_page_fail (self, error);
  self->selected = id;
  fk_scenarios_page_reload_scenarios (self);
  return TRUE;
}

static void
set_name (FkScenariosPage *self,
          const char      *name)
{
  g_autoptr(GError) error = NULL;
  const FkScenario *s = fk_scenarios_page_current (self);
  gboolean ok;

  if (s == NULL || !fk_scenarios_page_can_write (self))
    return;
  OWN_WRITE (self, fk_study_rename_scenario (self->study, s->id, fk_scenarios_page_language (self), name, &error));
  if (!ok)
    fk_scenarios_page_fail (self, error);
  fk_scenarios_page_reload_scenarios (self);
}

/* The name the user gave in @language, "" for none (fk_text_get() would
 * give the other language's). */
static const char *
own_name (const FkScenario *s,
          const char       *language)
{
  const char *name = g_str_equal (language, "en") ? s->name.en : s->name.sv;

  return name != NULL ? name : "";
}

/* The names typed in the dialog, Swedish and English: each one that is
 * given and differs from the stored name is stored; an empty one leaves
 * that language as it is (it falls back to the other). A scenario being
 * added is added with the study's language's name, or the other if that
 * is empty. */
static void
set_names (FkScenariosPage *self,
           gboolean         adding,
           const char      *sv,
           const char      *en)
{
  static const char *const languages[] = { "sv", "en" };
  const char *names[] = { sv, en };
  g_autoptr(GError) error = NULL;
  const FkScenario *s;
  gint64 id;
  gboolean ok = TRUE;

  if (!fk_scenarios_page_can_write (self))
    return;
  fk_scenarios_page_flush (self);
  if (adding)
    {
      gboolean english = g_strcmp0 (fk_study_get_language (self->study), "en") == 0;
      const char *first = names[english][0] != '\0' ? names[english] : names[!english];

      if (!add_scenario (self, first))
        return;
    }
  s = fk_scenarios_page_current (self);
  if (s == NULL)
    return;
  id = s->id;
  for (guint i = 0; i < G_N_ELEMENTS (languages) && ok; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (names[i]));

      if (name[0] == '\0' || g_str_equal (name, own_name (s, languages[i])))
        continue;
      OWN_WRITE (self, fk_study_rename_scenario (self->study, id, languages[i], name, &error));
      if (!ok)
        fk_scenarios_page_fail (self, error);
    }
  fk_scenarios_page_reload_scenarios (self);
}

static void
move_by (FkScenariosPage *self,
         int              delta)
{
  g_autoptr(GError) error = NULL;
  const FkScenario *s = fk_scenarios_page_current (self);
  int to = self->position + delta;
  gboolean ok;

  if (s == NULL || !fk_scenarios_page_can_write (self) || to < 0 || to >= (int) self->scenarios->len)
    return;
  fk_scenarios_page_flush (self);
  OWN_WRITE (self, fk_study_move_scenario (self->study, s->id, to, &error));
  if (!ok)
    fk_scenarios_page_fail (self, error);
  fk_scenarios_page_reload_scenarios (self);
  /* The focus stays on the row moved, so the keys can move it on. */
  if (self->position >= 0)
    gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, self->position)));
}

static void
delete_now (FkScenariosPage *self,
            gint64           id)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!fk_scenarios_page_can_write (self))
    return;
  /* What is typed in another scenario is stored first; what is typed in
   * this one goes with it. */
  fk_scenarios_page_flush (self);
  OWN_WRITE (self, fk_study_delete_scenario (self->study, id, &error));
  if (!ok)
    fk_scenarios_page_fail (self, error);
  else
    {
      fk_scenarios_page_discard_dirty (self, id);
      fk_scenarios_page_forget_replacements_of (self, id);
    }
  fk_scenarios_page_reload_scenarios (self);
}

/* ---- dialogs ------------------------------------------------------------------------- */

/* The dialog's two name entries: Swedish first, English beside it. */
static GtkEditable *
name_entry (AdwMessageDialog *dialog,
            const char       *language)
{
  return g_object_get_data (G_OBJECT (dialog), language);
}

static void
on_name_changed (GtkEditable      *entry,
                 AdwMessageDialog *dialog)
{
  g_autofree char *sv = g_strstrip (g_strdup (gtk_editable_get_text (name_entry (dialog, "sv"))));
  g_autofree char *en = g_strstrip (g_strdup (gtk_editable_get_text (name_entry (dialog, "en"))));

  adw_message_dialog_set_response_enabled (dialog, "ok", sv[0] != '\0' || en[0] != '\0');
}

static void
on_name_response (AdwMessageDialog *dialog,
                  const char       *response,
                  FkScenariosPage  *self)
{
  gboolean adding = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "adding"));

  if (!g_str_equal (response, "ok"))
    return;
  set_names (self, adding,
             gtk_editable_get_text (name_entry (dialog, "sv")),
             gtk_editable_get_text (name_entry (dialog, "en")));
}

/* A labelled entry for the name in one language, in @box. */
static GtkWidget *
add_name_entry (AdwMessageDialog *dialog,
                GtkBox           *box,
                const char       *language,
                const char       *label_text,
                const char       *text)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Also the entry's accessible label. */
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (box, label);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_box_append (box, entry);
  g_object_set_data (G_OBJECT (dialog), language, entry);
  return entry;
}

/* The dialog that asks for a name, in Swedish and in English (model
 * content is Swedish first, English beside it): a new scenario's, or the
 * selected one's. */
static void
ask_name (FkScenariosPage *self,
          gboolean         adding)
{
  const FkScenario *s = fk_scenarios_page_current (self);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *sv, *en, *hint;
  AdwMessageDialog *dialog;
  /* Anonymised, the name stored may name a municipality. */
  gboolean show = !adding && s != NULL && self->anonymizer == NULL;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       adding ? _("New Scenario") : _("Rename the Scenario"),
                                                       NULL));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "ok", adding ? _("_Add") : _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "ok");
  adw_message_dialog_set_close_response (dialog, "cancel");
  sv = add_name_entry (dialog, GTK_BOX (box), "sv", _("Name in _Swedish"), show ? own_name (s, "sv") : "");
  en = add_name_entry (dialog, GTK_BOX (box), "en", _("Name in _English"), show ? own_name (s, "en") : "");
  hint = gtk_label_new (_("A name left empty shows the other language’s name."));
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (box), hint);
  adw_message_dialog_set_extra_child (dialog, box);
  g_object_set_data (G_OBJECT (dialog), "adding", GINT_TO_POINTER (adding));
  on_name_changed (GTK_EDITABLE (sv), dialog);
  g_signal_connect (sv, "changed", G_CALLBACK (on_name_changed), dialog);
  g_signal_connect (en, "changed", G_CALLBACK (on_name_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_name_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (g_strcmp0 (fk_scenarios_page_language (self), "en") == 0 ? en : sv);
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    FkScenariosPage  *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (dialog), "id");

  if (g_str_equal (response, "delete"))
    delete_now (self, *id);
}

static void
ask_delete (FkScenariosPage *self)
{
  const FkScenario *s = fk_scenarios_page_current (self);
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;
  g_autofree char *name = NULL;

  if (s == NULL)
    return;
  /* Translators: %s is a scenario's name */
  name = fk_scenarios_page_display_name (self, s, self->position);
  heading = g_strdup_printf (_("Delete “%s”?"), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       heading,
                                                       _("The scenario and its whole description, your own text included, are removed from the study.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "id", g_memdup2 (&s->id, sizeof s->id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- actions -------------------------------------------------------------------------- */

static void
new_action (GSimpleAction *action, GVariant *parameter, gpointer self)
{
  ask_name (self, TRUE);
}

static void
add_action (GSimpleAction *action, GVariant *parameter, gpointer self)
{
  add_scenario (self, g_variant_get_string (parameter, NULL));
}

static void
rename_action (GSimpleAction *action, GVariant *parameter, gpointer self)
{
  ask_name (self, FALSE);
}

static void
set_name_action (GSimpleAction *action, GVariant *parameter, gpointer self)
{
  set_name (self, g_variant_get_string (parameter, NULL));
}

static void
move_up_action (GSimpleAction *action, GVariant *parameter, gpointer self)
{
  move_by (self, -1);
}

static void
move_down_action (GSimpleAction *action, GVariant *parameter, gpointer self)
{
  move_by (self, 1);
}

static void
delete_action (GSimpleAction *action, GVariant *parameter, gpointer self)
{
  ask_delete (self);
}

static void
back_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  FkScenariosPage *self = user_data;

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

void
fk_scenarios_page_init_list (FkScenariosPage *self)
{
  static const GActionEntry entries[] = {
    { .name = "new", .activate = new_action },
    { .name = "add", .activate = add_action, .parameter_type = "s" },
    { .name = "rename", .activate = rename_action },
    { .name = "set-name", .activate = set_name_action, .parameter_type = "s" },
    { .name = "move-up", .activate = move_up_action },
    { .name = "move-down", .activate = move_down_action },
    { .name = "delete", .activate = delete_action },
    { .name = "back", .activate = back_action },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  g_signal_connect (self->list, "row-selected", G_CALLBACK (on_row_selected), self);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
  init_row_menu (self);
}
