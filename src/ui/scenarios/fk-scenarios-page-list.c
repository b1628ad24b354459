/* fk-scenarios-page-list.c — the Scenarios page's list: add, rename, move, delete
 *
 * Each row is a scenario's name in the content language, plain text. The
 * list is rebuilt from self->scenarios after every write (a handful of
 * rows); the selection follows self->position. Adding and renaming ask
 * for the name in a dialog; deleting asks, naming the scenario, since its
 * text (the user's own included) goes with it.
 */
#define G_LOG_DOMAIN "fk-scenarios-page"
#include "config.h"
#include "fk-scenarios-page-private.h"

#include <glib/gi18n.h>

static const char *
scenario_name (FkScenariosPage  *self,
               const FkScenario *s)
{
  return fk_text_get (&s->name, fk_scenarios_page_language (self));
}

void
fk_scenarios_page_fill_list (FkScenariosPage *self)
{
  GtkWidget *child;

  self->filling = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
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

/* Clicking or Enter on a row when folded shows its editor. */
static void
on_row_activated (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  FkScenariosPage *self)
{
  int index = gtk_list_box_row_get_index (row);

  if (index < 0)
    return;
  fk_scenarios_page_set_position (self, index);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* ---- writes ------------------------------------------------------------------------ */

/* Runs a write as the page's own (its "changed" is not news) and reads
 * the scenarios again. */
#define OWN_WRITE(self, call) \
  G_STMT_START { (self)->storing = TRUE; ok = (call); (self)->storing = FALSE; } G_STMT_END

static void
add_scenario (FkScenariosPage *self,
              const char      *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!fk_scenarios_page_can_write (self))
    return;
  fk_scenarios_page_flush (self);
  self->storing = TRUE;
  id = fk_study_add_scenario (self->study, name, &error);
  self->storing = FALSE;
  if (id == 0)
    {
      fk_scenarios_page_fail (self, error);
      return;
    }
  self->selected = id;
  fk_scenarios_page_reload_scenarios (self);
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
    fk_scenarios_page_discard_dirty (self, id);
  fk_scenarios_page_reload_scenarios (self);
}

/* ---- dialogs ------------------------------------------------------------------------- */

static void
on_name_changed (GtkEditable      *entry,
                 AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "ok", name[0] != '\0');
}

static void
on_name_response (AdwMessageDialog *dialog,
                  const char       *response,
                  FkScenariosPage  *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  gboolean adding = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "adding"));

  if (!g_str_equal (response, "ok"))
    return;
  if (adding)
    add_scenario (self, gtk_editable_get_text (entry));
  else
    set_name (self, gtk_editable_get_text (entry));
}

/* The dialog that asks for a name: a new scenario's, or the selected one's. */
static void
ask_name (FkScenariosPage *self,
          gboolean         adding)
{
  const FkScenario *s = fk_scenarios_page_current (self);
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

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
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name"), -1);
  /* Anonymised, the name stored may name a municipality. */
  if (!adding && s != NULL && self->anonymizer == NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), scenario_name (self, s));
  adw_message_dialog_set_extra_child (dialog, entry);
  g_object_set_data (G_OBJECT (dialog), "adding", GINT_TO_POINTER (adding));
  on_name_changed (GTK_EDITABLE (entry), dialog);
  g_signal_connect (entry, "changed", G_CALLBACK (on_name_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_name_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
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
}
