/* fk-scenario-chooser.h — choosing a scenario's capabilities (with hosts)
 * or its municipalities by hand (issue 14)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "fk-scenario.h"

G_BEGIN_DECLS

typedef enum {
  FK_SCENARIO_CHOOSE_CAPABILITIES,    /* capabilities by area, each with a host */
  FK_SCENARIO_CHOOSE_MUNICIPALITIES,  /* municipalities in region order */
} FkScenarioChoice;

#define FK_TYPE_SCENARIO_CHOOSER (fk_scenario_chooser_get_type ())
G_DECLARE_FINAL_TYPE (FkScenarioChooser, fk_scenario_chooser, FK, SCENARIO_CHOOSER, AdwWindow)

/**
 * fk_scenario_chooser_new:
 * @choice: what is chosen
 * @study: the study @scenario is stored in (writable)
 * @scenario: the scenario (id > 0)
 * @candidates: (nullable): of the round shown; pre-fills with what the
 *   scenario covers now (fk_scenario_resolve()), else with its stored choice
 * @language: "sv" or "en": names of capabilities
 *
 * A modal window: Save stores the choice (fk_study_set_scenario_items() or
 * _municipalities()) and closes; the reset button makes the scenario
 * follow its rule again; a failed write is shown in the window and the
 * choice stays.
 *
 * Returns: (transfer floating): the window, not yet presented
 */
FkScenarioChooser *fk_scenario_chooser_new (FkScenarioChoice  choice,
                                            FkStudy          *study,
                                            const FkScenario *scenario,
                                            FkCandidates     *candidates,
                                            const char       *language);

/* The check button of a capability key or municipality code. (transfer none) (nullable) */
GtkCheckButton    *fk_scenario_chooser_get_check (FkScenarioChooser *self,
                                                  const char        *key);
/* The host drop-down of a capability key: item 0 is "no host", item i + 1
 * the region's municipality i. (transfer none) (nullable) */
GtkDropDown       *fk_scenario_chooser_get_host  (FkScenarioChooser *self,
                                                  const char        *key);
/* The chosen keys or codes in the order they would be stored. (transfer full) */
GStrv              fk_scenario_chooser_get_chosen (FkScenarioChooser *self);

G_END_DECLS
