/* fk-scenario.h — scenario descriptions for the pre-study report (issue 14)
 *
 * A scenario is one alternative future for collaboration: the
 * capabilities it covers (each with a host municipality where one is
 * strong), the municipalities that take part, and a description in
 * sections under headings, generated from a round's scores in Swedish or
 * English and editable by the user.
 *
 * Every study has the four default scenarios (fk_scenario_kind_*) until
 * the user deletes them. The third and the fourth follow the
 * collaboration candidates (fk-candidates.h) until the user chooses
 * their capabilities or municipalities; from then on the choice is the
 * user's (auto_capabilities / auto_municipalities are FALSE).
 *
 * Text is stored per scenario, language and section. A section the user
 * has edited is never replaced by regenerating; the others are.
 *
 * Storage: fk-study-scenarios.c (fk_study_*_scenario*), schema 5.
 * Text: fk-scenario-text.c (fk_scenario_generate and its helpers).
 */
#pragma once

#include <glib-object.h>
#include "fk-anonymize.h"
#include "fk-candidates.h"
#include "fk-study.h"
#include "fk-text.h"

G_BEGIN_DECLS

typedef enum {
  FK_SCENARIO_CUSTOM,    /* added by the user */
  FK_SCENARIO_BASELINE,  /* "Nollalternativ": each municipality continues alone */
  FK_SCENARIO_NETWORK,   /* "Nätverk och erfarenhetsutbyte": experience shared, nothing else */
  FK_SCENARIO_SELECTED,  /* "Samverkan kring utvalda förmågor": chosen capabilities sustained together */
  FK_SCENARIO_JOINT,     /* "Gemensam digital motor": a joint organisation for chosen areas */
} FkScenarioKind;

/* "custom", "baseline", "network", "selected", "joint": stable (stored,
 * and in the CLI's JSON). */
const char     *fk_scenario_kind_to_string   (FkScenarioKind kind);
gboolean        fk_scenario_kind_from_string (const char     *text,
                                              FkScenarioKind *out_kind);
/* The default name of a kind in both languages ("Nollalternativ" /
 * "Baseline: each municipality alone", …); NULL for FK_SCENARIO_CUSTOM.
 * Returns: (transfer none) */
const FkText   *fk_scenario_kind_get_name    (FkScenarioKind kind);

/* The sections of a description, in the order they are printed. */
typedef enum {
  FK_SCENARIO_SECTION_SUMMARY,       /* what the scenario means */
  FK_SCENARIO_SECTION_CAPABILITIES,  /* which capabilities, and why (levels, who cannot sustain them, who is interested) */
  FK_SCENARIO_SECTION_PARTICIPANTS,  /* who takes part, who could host, who gains most */
  FK_SCENARIO_SECTION_BENEFITS,      /* expected benefits, effect goals 1A–5B, eSam's principles */
  FK_SCENARIO_SECTION_RISKS,         /* costs and the risks the seeds name, where they apply */
  FK_SCENARIO_SECTION_REQUIREMENTS,  /* what it requires */
  FK_SCENARIO_SECTION_NEXT_STEP,     /* the next step in the decision process */
} FkScenarioSection;

#define FK_N_SCENARIO_SECTIONS (FK_SCENARIO_SECTION_NEXT_STEP + 1)

/* "summary", "capabilities", "participants", "benefits", "risks",
 * "requirements", "next-step": stable (stored, and in the CLI's JSON). */
const char     *fk_scenario_section_to_string   (FkScenarioSection section);
gboolean        fk_scenario_section_from_string (const char        *text,
                                                 FkScenarioSection *out_section);

/* One capability of a scenario, and who could host it. */
typedef struct {
  char *capability;  /* a key of the study's model */
  char *host;        /* (nullable) a municipality code of the study */
} FkScenarioItem;

/* One section's stored text in one language. */
typedef struct {
  FkScenarioSection section;
  char             *language;   /* "sv" or "en" */
  char             *text;       /* what the report gets: generated, or the user's own */
  char             *generated;  /* the text as last generated, to compare a regeneration with */
  gboolean          edited;     /* the user changed @text: regenerating leaves it alone */
} FkScenarioText;

/* A scenario as stored. Fields are public and read-only; a copy made for
 * the caller (fk_scenario_copy, fk_study_list_scenarios) is immutable,
 * safe to hand to a worker thread. */
typedef struct {
  gint64          id;           /* > 0; row id in the study */
  FkScenarioKind  kind;
  FkText          name;         /* both languages; the one the user has not named falls back to the other */
  gboolean        auto_capabilities;    /* follows the candidates (SELECTED, JOINT) until the user chooses */
  GPtrArray      *items;        /* FkScenarioItem*, the user's order; empty while auto_capabilities */
  gboolean        auto_municipalities;  /* follows the kind's rule (fk_scenario_resolve) until the user chooses */
  GStrv           municipalities;       /* codes in region order; empty while auto_municipalities */
  GPtrArray      *texts;        /* FkScenarioText*, any languages and sections, maybe none */
  gint64          generated_round;      /* the round the stored text was generated from; 0 if none */
  gint64          updated;      /* Unix time of the last change */
} FkScenario;

/* The name to show for @scenario in @language. Anonymised (@anon not
 * NULL), a name of the user's that names a municipality of @region (by
 * name, in any case, or by code) gives way to its kind's default name,
 * or for a custom scenario to "Scenario @position" (its place in the
 * list, from 1). @out_replaced (nullable): whether the name was replaced.
 * Returns: (transfer full) */
char           *fk_scenario_get_display_name (const FkScenario         *scenario,
                                              FkRegion                 *region,
                                              const char               *language,
                                              const FkAnonymizer       *anon,
                                              guint                     position,
                                              gboolean                 *out_replaced);

#define FK_TYPE_SCENARIO (fk_scenario_get_type ())
GType           fk_scenario_get_type  (void) G_GNUC_CONST;
/* An empty scenario of @kind: id 0, the kind's default name (none for
 * CUSTOM), following the candidates, no text. For storage and tests.
 * Returns: (transfer full) */
FkScenario     *fk_scenario_new       (FkScenarioKind    kind);
/* Builders for storage and tests (a scenario handed out is not changed). */
void            fk_scenario_add_item  (FkScenario       *scenario,
                                       const char       *capability,
                                       const char       *host);
void            fk_scenario_set_text  (FkScenario       *scenario,
                                       const char       *language,
                                       FkScenarioSection section,
                                       const char       *text,
                                       const char       *generated,
                                       gboolean          edited);
FkScenario     *fk_scenario_copy      (const FkScenario *scenario);
void            fk_scenario_free      (FkScenario       *scenario);
/* The stored text of @section in @language. Returns: (transfer none) (nullable) */
const FkScenarioText *fk_scenario_get_text (const FkScenario *scenario,
                                            const char       *language,
                                            FkScenarioSection section);
/* TRUE if the user edited any section, in any language. */
gboolean        fk_scenario_is_edited (const FkScenario *scenario);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkScenario, fk_scenario_free)

/* ---- What a scenario covers, with the candidates ----------------------- */

/* How many top candidates the SELECTED scenario starts from. */
#define FK_SCENARIO_DEFAULT_N_SELECTED 5

/**
 * FkScenarioPlan:
 *
 * What a scenario covers in one round: its capabilities with hosts and
 * its municipalities, the user's choice where made, otherwise the kind's
 * rule on @candidates:
 * - BASELINE and NETWORK: no capabilities; every municipality of the region;
 * - SELECTED: the top FK_SCENARIO_DEFAULT_N_SELECTED candidates (uncertain
 *   ones only if there are not enough certain ones), each with its first
 *   possible host (the strongest, ties in region order), and as
 *   municipalities the participants and hosts of those capabilities;
 * - JOINT: the candidates of the areas with the most candidates among the
 *   top ten (at most two areas, ties by the best score), hosts as above,
 *   and every municipality that is interested (yes or maybe) in at least
 *   one of them or could host one;
 * - CUSTOM: what the user chose (nothing until then).
 * Rows and cols are the snapshot's of @candidates.
 */
typedef struct {
  guint   *cols;          /* capabilities, model indices, in scenario order */
  int     *hosts;         /* per capability: a row, or -1 for no host */
  guint    n_cols;
  guint   *rows;          /* municipalities, region order */
  guint    n_rows;
  gboolean from_candidates; /* some of it follows the candidates (the UI says so) */
} FkScenarioPlan;

/* Returns: (transfer full): free with fk_scenario_plan_free(). Capability
 * keys or codes the study no longer has are left out. */
FkScenarioPlan *fk_scenario_resolve   (const FkScenario *scenario,
                                       FkCandidates     *candidates);
void            fk_scenario_plan_free (FkScenarioPlan   *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkScenarioPlan, fk_scenario_plan_free)

/* ---- Generated text (fk-scenario-text.c) -------------------------------- */

/**
 * fk_scenario_generate:
 * @scenario: the scenario
 * @candidates: the candidates of the round the text is about
 * @language: "sv" or "en": the text's language, whatever the user's locale
 * @anon: (nullable): anonymise every municipality's name
 *
 * The description of @scenario from the data, one text per section
 * (index = FkScenarioSection), each plain text in paragraphs separated by
 * a blank line: readable prose with the numbers and plural forms right.
 * The template sentences are gettext messages of this file, translated
 * into @language through fk_text_push_message_language(), which is the
 * calling thread's own: any thread may call it.
 *
 * Returns: (transfer full): FK_N_SCENARIO_SECTIONS strings, NULL-terminated
 */
GStrv           fk_scenario_generate            (const FkScenario   *scenario,
                                                 FkCandidates       *candidates,
                                                 const char         *language,
                                                 const FkAnonymizer *anon);
/* The heading of @section in @language ("Vad scenariot innebär" / "What
 * the scenario means"). Returns: (transfer full) */
char           *fk_scenario_section_get_heading (FkScenarioSection   section,
                                                 const char         *language);

/* ---- Regenerating ---------------------------------------------------------- */

typedef enum {
  FK_SCENARIO_REGEN_SAME,      /* the new text is what is stored */
  FK_SCENARIO_REGEN_REPLACE,   /* not edited by the user: the new text replaces it */
  FK_SCENARIO_REGEN_NEW,       /* nothing stored yet: the new text is stored */
  FK_SCENARIO_REGEN_KEEP,      /* edited by the user: kept; the new text is only shown beside it */
} FkScenarioRegen;

/* What regenerating @scenario in @language with @fresh (from
 * fk_scenario_generate()) would do to each section: one FkScenarioRegen
 * per section, into @out (FK_N_SCENARIO_SECTIONS entries). Pure. */
void            fk_scenario_compare  (const FkScenario   *scenario,
                                      const char         *language,
                                      const char * const *fresh,
                                      FkScenarioRegen    *out);

/* Where two versions of a section's text differ, for showing them side
 * by side (fk-scenario-compare.c). Each text is split into sentences (up
 * to and with ".", "!" or "?" before a space, or a line's end; the
 * spaces after it belong to it); a sentence is the same on both sides if
 * it matches, spaces around it aside, one of the other side's in the
 * longest common sequence of sentences. */
typedef struct {
  gsize    start;    /* byte offsets into the text: [start, end) */
  gsize    end;
  gboolean changed;  /* not in the other text */
} FkScenarioTextRun;

/* Runs covering each whole text in order, neighbours of the same kind
 * merged: @out_old for @old_text, @out_new for @new_text. Pure.
 * Returns (via the out arguments): (transfer full) (element-type FkScenarioTextRun) */
void            fk_scenario_diff_sentences (const char  *old_text,
                                            const char  *new_text,
                                            GArray     **out_old,
                                            GArray     **out_new);

/* ---- Plain text for the report (fk-scenario-plain.c) --------------------- */

/* Every section of @texts (FK_N_SCENARIO_SECTIONS strings, index =
 * FkScenarioSection) that has text, under its heading in @language, a
 * blank line between sections; trailing space of a text dropped; a
 * section left empty is left out, heading and all. "" if none has text.
 * Returns: (transfer full) */
char           *fk_scenario_format_sections_plain (const char         *language,
                                                   const char * const *texts);
/* One scenario for the report: @name, a blank line, then the sections as
 * above (just @name when none has text). No newline at the end. What
 * `formagekarta-cli scenarios` prints for each scenario and what the
 * Scenarios page copies. Returns: (transfer full) */
char           *fk_scenario_format_plain          (const char         *name,
                                                   const char         *language,
                                                   const char * const *texts);
/* The text of each section as a report gets it: what the study stores
 * in @language, else the text generated now from @candidates (NULL: ""
 * instead). Anonymised (@anon), every section is generated anew, since
 * stored text (the user's above all) may name municipalities. @stored
 * (nullable) gets, per section, whether the text is the stored one. One
 * rule for the CLI, the page's copy and the annexes. Generates only when
 * a section needs it; the main thread or the CLI (fk_scenario_generate()).
 * Returns: (transfer full): FK_N_SCENARIO_SECTIONS strings, NULL-terminated */
GStrv           fk_scenario_get_report_texts      (const FkScenario   *scenario,
                                                   FkCandidates       *candidates,
                                                   const char         *language,
                                                   const FkAnonymizer *anon,
                                                   gboolean           *stored);
/* The same, and @stale (nullable) gets whether some section given as
 * stored, and not edited by the user, reads otherwise than the text
 * generated now: the scores changed since it was stored. Only text of
 * @candidates' round (or of no recorded round) is compared; anonymised
 * or without @candidates, none is stale. The text is generated at most
 * once for both. Returns: (transfer full) as above */
GStrv           fk_scenario_get_report_texts_full (const FkScenario   *scenario,
                                                   FkCandidates       *candidates,
                                                   const char         *language,
                                                   const FkAnonymizer *anon,
                                                   gboolean           *stored,
                                                   gboolean           *stale);

/* ---- Stored in the study (fk-study-scenarios.c) ------------------------- */

/* Scenarios in the user's order. A study that has never had scenarios
 * gets the four defaults when it is created or first opened by this
 * version (writable studies; a read-only one lists them unsaved, id 0).
 * Returns: (transfer full) (element-type FkScenario) (nullable): NULL with @error. */
GPtrArray      *fk_study_list_scenarios      (FkStudy            *study,
                                              GError            **error);
/* With @wait FALSE (the UI: the main thread never blocks), the scenario
 * writes below fail at once with FK_ERROR_BUSY while another program
 * holds the study's write lock, for the caller to try again later; with
 * TRUE (the default) they wait up to the study's busy timeout. */
void            fk_study_set_scenario_writes_wait (FkStudy       *study,
                                                   gboolean       wait);
/* Returns: (transfer full) (nullable): NULL with FK_ERROR_NOT_FOUND. */
FkScenario     *fk_study_get_scenario        (FkStudy            *study,
                                              gint64              id,
                                              GError            **error);

/* Each of these is one transaction and emits "changed" with
 * FK_STUDY_CHANGE_SCENARIOS. Names are stripped; an empty name is refused.
 * Those on a scenario refuse an id <= 0 (one never stored) with
 * FK_ERROR_NOT_FOUND, writing nothing. */
gint64          fk_study_add_scenario        (FkStudy            *study,
                                              const char         *name,
                                              GError            **error);   /* a CUSTOM one at the end; its id, or 0 */
gboolean        fk_study_rename_scenario     (FkStudy            *study,
                                              gint64              id,
                                              const char         *language,
                                              const char         *name,
                                              GError            **error);
gboolean        fk_study_move_scenario       (FkStudy            *study,
                                              gint64              id,
                                              guint               position,
                                              GError            **error);
gboolean        fk_study_delete_scenario     (FkStudy            *study,
                                              gint64              id,
                                              GError            **error);
/* @items NULL: follow the candidates again (auto). Unknown keys or codes
 * are refused (FK_ERROR_NOT_FOUND, naming them). */
gboolean        fk_study_set_scenario_items  (FkStudy            *study,
                                              gint64              id,
                                              GPtrArray          *items,
                                              GError            **error);
gboolean        fk_study_set_scenario_municipalities (FkStudy    *study,
                                              gint64              id,
                                              const char * const *codes,
                                              GError            **error);
/* The user's own text of one section: stored as edited. Text equal to the
 * generated one clears the edited mark. */
gboolean        fk_study_set_scenario_text   (FkStudy            *study,
                                              gint64              id,
                                              const char         *language,
                                              FkScenarioSection   section,
                                              const char         *text,
                                              GError            **error);
/* Stores @fresh (from fk_scenario_generate() on @round_id) as the generated
 * text of every section of @language; replaces the text of sections the
 * user has not edited, keeps the others (their "generated" is updated).
 * @out_kept (nullable) gets how many edited sections were left alone. */
gboolean        fk_study_regenerate_scenario (FkStudy            *study,
                                              gint64              id,
                                              const char         *language,
                                              gint64              round_id,
                                              const char * const *fresh,
                                              guint              *out_kept,
                                              GError            **error);

G_END_DECLS
