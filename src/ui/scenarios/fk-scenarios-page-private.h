/* fk-scenarios-page-private.h — shared by the Scenarios page's files */
#pragma once

#include "fk-scenarios-page.h"
#include "fk-round-snapshot.h"

G_BEGIN_DECLS

struct _FkScenariosPage
{
  AdwBin              parent_instance;

  FkStudy            *study;
  FkAnonymizer       *anonymizer;
  GPtrArray          *scenarios;     /* FkScenario*, the study's order, as read last */
  gint64              selected;      /* the scenario in the editor's id (0 in a read-only study never written) */
  int                 position;      /* its place in self->scenarios, -1 for none */
  FkCandidates       *candidates;    /* of the latest round with levels (else of the latest); keeps its snapshot */
  gint64              round_id;      /* the round being ranked or ranked last, 0 for none */
  GCancellable       *cancellable;   /* the candidates being computed, or NULL */
  gboolean            stale;         /* changed while hidden: read again on map */
  guint               focus_tick;    /* puts the focus in the list once the page is shown */
  gboolean            filling;       /* the code, not the user, sets the list or the texts */
  gboolean            storing;       /* our own write: its "changed" is not news */
  GStrv               fresh;         /* text generated for the scenario shown, or NULL */
  guint               dirty;         /* sections edited and not yet stored (bit mask) */
  char               *dirty_language; /* the language they were typed in (the preference may change) */
  gint64              dirty_id;      /* the scenario they were typed in */
  guint               save_source;   /* stores the dirty sections after a pause */
  guint               retry_source;  /* stores them again after another program's lock */
  gboolean            flushing;      /* in fk_scenarios_page_flush(): its writes' signals come back */
  AdwToast           *failure_toast; /* says the text is not stored, with Try Again; or NULL */
  GSimpleActionGroup *actions;       /* "scenarios" */
  GPtrArray          *replacements;  /* the user's text replaced, for Undo (fk-scenarios-page-undo.c) */
  gint64              shown_id;      /* the scenario the editor showed last: scrolled to the top when it changes */

  AdwToastOverlay    *toast_overlay;
  AdwLeaflet         *leaflet;
  GtkListBox         *list;
  GtkWidget          *row_menu;      /* the rows' context menu (a GtkPopoverMenu on the list) */
  gboolean            pointer_press; /* the row being activated was clicked, not chosen with keys */
  GtkWidget          *back_button;
  GtkStack           *editor_stack;
  AdwStatusPage      *status_page;
  GtkWidget          *editor;
  GtkScrolledWindow  *editor_scroller;
  GtkLabel           *new_note;      /* one line for a scenario with no text yet, above its sections */
  GtkLabel           *name_label;
  GtkWidget          *changed_box;
  GtkLabel           *anon_label;
  GtkLabel           *read_only_label;
  GtkLabel           *coverage_note;
  GtkBox             *capabilities_box;
  GtkLabel           *municipalities_label;
  GtkWidget          *choose_capabilities_button;
  GtkWidget          *choose_municipalities_button;
  GtkBox             *sections_box;
  GtkLabel           *heading[FK_N_SCENARIO_SECTIONS];
  GtkWidget          *mark[FK_N_SCENARIO_SECTIONS];
  GtkWidget          *use_generated[FK_N_SCENARIO_SECTIONS];
  GtkTextView        *view[FK_N_SCENARIO_SECTIONS];
};

/* fk-scenarios-page.c */
/* "sv" or "en": the language the texts are shown and stored in. */
const char        *fk_scenarios_page_language    (FkScenariosPage *self);
/* The study can be written and the page is not anonymised. */
gboolean           fk_scenarios_page_can_edit    (FkScenariosPage *self);
gboolean           fk_scenarios_page_can_write   (FkScenariosPage *self);
/* The anonymizer to name municipalities with, NULL when not anonymised;
 * *out_ok FALSE when it is not of the candidates' region (name nobody). */
const FkAnonymizer *fk_scenarios_page_names      (FkScenariosPage *self,
                                                  gboolean        *out_ok);
/* The name to show for @s at @position in the list: anonymised, one of
 * the user's that names a municipality is replaced. */
char              *fk_scenarios_page_display_name (FkScenariosPage  *self,
                                                   const FkScenario *s,
                                                   guint             position);
/* Whether the candidates are current and have levels: generated text
 * may be stored (and regenerated) only then. */
gboolean           fk_scenarios_page_has_levels  (FkScenariosPage *self);
/* The scenario in the editor. (transfer none) (nullable) */
const FkScenario  *fk_scenarios_page_current     (FkScenariosPage *self);
/* Puts @position (-1: none) in the editor, storing what is typed first. */
void               fk_scenarios_page_set_position (FkScenariosPage *self,
                                                   int              position);
void               fk_scenarios_page_toast       (FkScenariosPage *self,
                                                  const char      *title);
/* Shows @error's message in a toast; FALSE for the caller's return. */
gboolean           fk_scenarios_page_fail        (FkScenariosPage *self,
                                                  GError          *error);
/* Reads the scenarios again (after a write), keeping the selection. */
void               fk_scenarios_page_reload_scenarios (FkScenariosPage *self);
void               fk_scenarios_page_update_actions   (FkScenariosPage *self);

/* fk-scenarios-page-list.c: the list and its actions. */
void fk_scenarios_page_init_list (FkScenariosPage *self);
void fk_scenarios_page_fill_list (FkScenariosPage *self);
void fk_scenarios_page_dispose_list (FkScenariosPage *self);
/* The focus on the selected scenario's row (the list itself if none). */
void fk_scenarios_page_focus_list (FkScenariosPage *self);

/* fk-scenarios-page-editor.c: the scenario selected. */
void fk_scenarios_page_init_editor (FkScenariosPage *self);
/* Shows the scenario selected from self->scenarios and the candidates
 * (generating and storing its text on first show). */
void fk_scenarios_page_show_editor (FkScenariosPage *self);
void fk_scenarios_page_dispose_editor (FkScenariosPage *self);
/* The text in @section's view. Returns: (transfer full) */
char *fk_scenarios_page_section_text (FkScenariosPage  *self,
                                      FkScenarioSection section);
/* Forgets what is typed in scenario @id (it was deleted). */
void fk_scenarios_page_discard_dirty (FkScenariosPage *self,
                                      gint64           id);

/* fk-scenarios-page-choosers.c: "choose-capabilities" and
 * "choose-municipalities", and why they are off. */
void fk_scenarios_page_init_choosers   (FkScenariosPage *self);
void fk_scenarios_page_update_choosers (FkScenariosPage *self);

/* fk-scenarios-page-regen.c: "regenerate". */
void fk_scenarios_page_init_regen (FkScenariosPage *self);

/* fk-scenarios-page-undo.c: "undo" (Ctrl+Z), the user's text back after
 * "use-generated". */
void fk_scenarios_page_init_undo    (FkScenariosPage *self);
void fk_scenarios_page_update_undo  (FkScenariosPage *self);
void fk_scenarios_page_dispose_undo (FkScenariosPage *self);
/* Keeps @text, the user's text of @section replaced by generated text;
 * @toast (nullable) offers it back and is dismissed when Ctrl+Z does. */
void fk_scenarios_page_push_replacement (FkScenariosPage *self,
                                         gint64           id,
                                         const char      *language,
                                         int              section,
                                         const char      *text,
                                         AdwToast        *toast);
/* @text is restored: Ctrl+Z no longer offers it. */
void fk_scenarios_page_forget_replacement (FkScenariosPage *self,
                                           gint64           id,
                                           const char      *language,
                                           int              section,
                                           const char      *text);
/* Scenario @id is deleted: nothing of it to restore. */
void fk_scenarios_page_forget_replacements_of (FkScenariosPage *self,
                                               gint64           id);

G_END_DECLS
