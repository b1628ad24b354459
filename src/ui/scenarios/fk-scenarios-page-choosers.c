/* fk-scenarios-page-choosers.c — the Scenarios page's "Choose Capabilities…"
 * and "Choose Municipalities…" (FkScenarioChooser)
 *
 * Choosing names municipalities and writes the study, so it is off in a
 * read-only study and in the anonymised view; the buttons say why. The
 * editor shows the new choice through the study's "changed" signal
 * (FK_STUDY_CHANGE_SCENARIOS), like any other write.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-scenarios-page"
#include "config.h"
#include "fk-scenarios-page-private.h"
#include "fk-scenario-chooser.h"

#include <glib/gi18n.h>

static void
open_chooser (FkScenariosPage *self,
              FkScenarioChoice choice)
{
  const FkScenario *s = fk_scenarios_page_current (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  FkScenarioChooser *chooser;

  if (s == NULL || s->id == 0 || !fk_scenarios_page_can_edit (self))
    return;
  /* What is typed is stored before the scenario is read again. */
  fk_scenarios_page_flush (self);
  s = fk_scenarios_page_current (self);
  chooser = fk_scenario_chooser_new (choice, self->study, s, self->candidates,
                                     fk_scenarios_page_language (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (chooser), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
choose_capabilities_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  open_chooser (user_data, FK_SCENARIO_CHOOSE_CAPABILITIES);
}

static void
choose_municipalities_action (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  open_chooser (user_data, FK_SCENARIO_CHOOSE_MUNICIPALITIES);
}

void
fk_scenarios_page_init_choosers (FkScenariosPage *self)
{
  static const GActionEntry entries[] = {
    { .name = "choose-capabilities", .activate = choose_capabilities_action },
    { .name = "choose-municipalities", .activate = choose_municipalities_action },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
}

void
fk_scenarios_page_update_choosers (FkScenariosPage *self)
{
  const FkScenario *s = fk_scenarios_page_current (self);
  GAction *capabilities = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "choose-capabilities");
  GAction *municipalities = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "choose-municipalities");
  const char *why = NULL;

  if (capabilities == NULL || municipalities == NULL || self->choose_capabilities_button == NULL)
    return;
  if (!fk_scenarios_page_can_write (self))
    why = _("The study is read-only: the scenario’s choice cannot be changed.");
  else if (self->anonymizer != NULL)
    why = _("The municipalities are anonymised. Turn off anonymisation on the Compare page to choose.");
  else if (self->cancellable != NULL)
    why = _("The scores are still being read.");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (capabilities), why == NULL && s != NULL && s->id != 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (municipalities), why == NULL && s != NULL && s->id != 0);
  gtk_widget_set_tooltip_text (self->choose_capabilities_button,
                               why ? why : _("Choose the capabilities this scenario covers and who could host each"));
  gtk_widget_set_tooltip_text (self->choose_municipalities_button,
                               why ? why : _("Choose the municipalities that take part in this scenario"));
}
