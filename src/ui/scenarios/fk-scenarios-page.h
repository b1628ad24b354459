/* fk-scenarios-page.h — the Scenarios page: descriptions for the pre-study report (issue 14)
 *
 * The study's scenarios in a list at the left (add, rename, move, delete),
 * the one selected at the right: what it covers (from the collaboration
 * candidates of the latest round, computed in a worker thread) and its
 * description, section by section, generated on first show and editable.
 * "Regenerate…" shows what new text would change before it is applied;
 * "Copy Text" puts the whole description on the clipboard as plain text,
 * "Copy All Scenarios" (Ctrl+Shift+C) every scenario's
 * (fk_scenario_format_plain(), as the CLI prints them).
 * Anonymised (the Compare page's anonymizer), the page shows generated
 * text with letters and allows no editing: stored text has real names.
 *
 * Actions (group "scenarios"): "new" (asks for a name), "add" (s: a name),
 * "rename" (asks), "set-name" (s), "move-up", "move-down" (Ctrl+Up,
 * Ctrl+Down), "delete" (asks; Delete on the list), "regenerate", "copy",
 * "copy-all" (Ctrl+Shift+C), "use-generated" (i: a section; a toast
 * offers Undo), "restore-text" ((xsis): scenario, language, section,
 * text: the Undo, a toast that stays until dismissed), "undo" (Ctrl+Z:
 * the last "use-generated" undone, while the page lives), "back" (the list, when folded). F2 on the list
 * renames; the Menu key, Shift+F10 or a right click opens the row's menu.
 */
#pragma once

#include <adwaita.h>
#include "fk-study.h"
#include "fk-anonymize.h"
#include "fk-candidates.h"
#include "fk-scenario.h"

G_BEGIN_DECLS

#define FK_TYPE_SCENARIOS_PAGE (fk_scenarios_page_get_type ())
G_DECLARE_FINAL_TYPE (FkScenariosPage, fk_scenarios_page, FK, SCENARIOS_PAGE, AdwBin)

GtkWidget    *fk_scenarios_page_new            (void);
FkStudy      *fk_scenarios_page_get_study      (FkScenariosPage *self);
void          fk_scenarios_page_set_study      (FkScenariosPage *self,
                                                FkStudy         *study);
/* (transfer none) (nullable): bound to the Compare page's "anonymizer". */
FkAnonymizer *fk_scenarios_page_get_anonymizer (FkScenariosPage *self);
void          fk_scenarios_page_set_anonymizer (FkScenariosPage *self,
                                                FkAnonymizer    *anonymizer);

/* The candidates are being computed, or wait for the page to be shown. */
gboolean      fk_scenarios_page_is_busy        (FkScenariosPage *self);
/* The scenario selected, 0 for none. */
gint64        fk_scenarios_page_get_selected   (FkScenariosPage *self);
void          fk_scenarios_page_select         (FkScenariosPage *self,
                                                gint64           id);
/* Writes the edits waiting for a pause in the typing, now. Returns
 * FALSE if some could not be written: they stay in the editor, marked,
 * a toast offers Try Again, and another program's lock is tried again
 * on its own a moment later. */
gboolean      fk_scenarios_page_flush          (FkScenariosPage *self);
/* The number of sections typed and not yet stored. */
guint         fk_scenarios_page_count_unsaved  (FkScenariosPage *self);
/* The whole description shown, as plain text (what "copy" copies).
 * Returns: (transfer full) (nullable) */
char         *fk_scenarios_page_get_text       (FkScenariosPage *self);
/* Every scenario of the study, each as fk_scenario_format_plain() gives
 * it, a blank line between (what "copy-all" copies): the scenario shown
 * as in the editor, the others as stored, or generated now where they
 * have no text. Returns: (transfer full) (nullable) */
char         *fk_scenarios_page_get_all_text   (FkScenariosPage *self);
/* Opens the comparison of the stored text with new text for the scenario
 * selected. Returns: (transfer none) (nullable): the dialog, or NULL when
 * nothing would change (a toast says so). */
GtkWindow    *fk_scenarios_page_regenerate     (FkScenariosPage *self);

/* (transfer none): for tests. */
GtkListBox   *fk_scenarios_page_get_list       (FkScenariosPage *self);
GtkTextView  *fk_scenarios_page_get_section_view (FkScenariosPage  *self,
                                                  FkScenarioSection section);
GtkWidget    *fk_scenarios_page_get_editor     (FkScenariosPage *self);

G_END_DECLS
