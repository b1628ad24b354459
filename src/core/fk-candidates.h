/* fk-candidates.h — which capabilities to build together (issue 11)
 *
 * From one round snapshot, every capability gets a collaboration
 * potential: how many municipalities are weak at it, cannot sustain it
 * alone, depend on a key person, want to collaborate, how far they are
 * from their target and how unevenly the level is spread. Each term is a
 * share of the municipalities that assessed the capability, the terms
 * are combined with weights kept in the study, and the capabilities are
 * ranked. Made once and never changed, like the snapshot it reads (safe
 * for a worker thread). docs/candidates.md has every rule and a worked
 * example.
 */
#pragma once

#include <glib-object.h>
#include "fk-round-snapshot.h"
#include "fk-anonymize.h"
#include "fk-names.h"
#include "fk-study.h"

G_BEGIN_DECLS

/* The terms of the potential, each 0–1. */
typedef enum {
  FK_CANDIDATE_TERM_LOW,            /* share at level FK_LEVEL_LOW_MAX or below */
  FK_CANDIDATE_TERM_CANNOT_SUSTAIN, /* share that cannot sustain it alone, or only with difficulty */
  FK_CANDIDATE_TERM_KEY_PERSON,     /* share that depends on a key person */
  FK_CANDIDATE_TERM_INTERESTED,     /* share interested in collaborating (yes or maybe) */
  FK_CANDIDATE_TERM_GAP,            /* mean gap to target / FK_LEVEL_MAX (a negative mean counts 0) */
  FK_CANDIDATE_TERM_SPREAD,         /* (highest − lowest current level) / FK_LEVEL_MAX */
} FkCandidateTerm;

#define FK_N_CANDIDATE_TERMS (FK_CANDIDATE_TERM_SPREAD + 1)

/* "low", "cannot-sustain", "key-person", "interested", "gap", "spread":
 * stable, for the stored text and the CLI. */
const char   *fk_candidate_term_to_string (FkCandidateTerm term);

/* How much each term counts. Weights are 0–1 and not all 0 (the range
 * the app's weights offer, so a stored weight always shows as it is); only their
 * ratios matter (the score divides by their sum). */
typedef struct {
  double weight[FK_N_CANDIDATE_TERMS];
} FkCandidateWeights;

/* The defaults of docs/candidates.md. */
void          fk_candidate_weights_init   (FkCandidateWeights       *weights);
/* FALSE with @error (FK_ERROR_INVALID) for a weight outside 0–1, non-finite
 * weight, or all 0. */
gboolean      fk_candidate_weights_check  (const FkCandidateWeights *weights,
                                           GError                  **error);
/* "low=0.25;cannot-sustain=0.25;…": every term once, in term order,
 * numbers in the C locale. Returns: (transfer full) */
char         *fk_candidate_weights_to_string   (const FkCandidateWeights *weights);
/* Reads what fk_candidate_weights_to_string() writes (terms in any order,
 * each exactly once); FALSE with @error (FK_ERROR_INVALID, quoting @text)
 * for anything else, leaving @weights untouched. */
gboolean      fk_candidate_weights_from_string (FkCandidateWeights       *weights,
                                                const char               *text,
                                                GError                  **error);

/* The weights kept in the study (fk-study-candidates.c, meta key
 * "candidate-weights"). A study without them has the defaults (TRUE);
 * stored text that cannot be read is an error (FK_ERROR_NOT_A_STUDY,
 * naming the study and the text), never silently the defaults. */
gboolean      fk_study_get_candidate_weights (FkStudy            *study,
                                              FkCandidateWeights *out_weights,
                                              GError            **error);
/* Checks and stores @weights; emits "changed" with
 * FK_STUDY_CHANGE_METADATA. */
gboolean      fk_study_set_candidate_weights (FkStudy                  *study,
                                              const FkCandidateWeights *weights,
                                              GError                  **error);

/* A capability is uncertain when fewer than half the region's
 * municipalities assessed it: n_assessed × 2 < the number of rows. */

/* One capability's potential. Fields are public and read-only. Rows are
 * the snapshot's rows (region order). */
typedef struct {
  guint        col;           /* the capability, in model order */
  double       score;         /* 0–100: 100 × Σ weight × term / Σ weight */
  double       term[FK_N_CANDIDATE_TERMS];
  guint        n_assessed;    /* municipalities with a current level (not "not applicable") */
  guint        n_low;
  guint        n_cannot_sustain;
  guint        n_key_person;
  guint        n_interested;
  gboolean     uncertain;
  gboolean     strong_and_even;
  double       median;        /* of the current levels; NAN if none */
  guint       *participants;  /* rows: weak or cannot sustain, and interest ≠ no */
  guint        n_participants;
  guint       *hosts;         /* rows: level FK_LEVEL_MAX − 1 or above, sustains alone, interest ≠ no */
  guint        n_hosts;
  gboolean     has_gain_class;
  FkSizeClass  gain_class;    /* the size class with the largest share of its assessed members participating */
} FkCandidate;

typedef struct _FkCandidates FkCandidates;

#define FK_TYPE_CANDIDATES (fk_candidates_get_type ())
GType         fk_candidates_get_type  (void) G_GNUC_CONST;

/* Returns: (transfer full): the candidates of @snapshot (kept). */
FkCandidates *fk_candidates_new       (FkRoundSnapshot          *snapshot,
                                       const FkCandidateWeights *weights);
FkCandidates *fk_candidates_ref       (FkCandidates             *candidates);
void          fk_candidates_unref     (FkCandidates             *candidates);

/* Returns: (transfer none) */
FkRoundSnapshot   *fk_candidates_get_snapshot (FkCandidates *candidates);
/* The ranked candidates: best score first, ties in model order, the
 * uncertain ones after all the certain ones; the strong and even are not
 * among them. */
guint              fk_candidates_get_n       (FkCandidates *candidates);
/* Returns: (transfer none) */
const FkCandidate *fk_candidates_get         (FkCandidates *candidates,
                                              guint         index);
/* Capabilities the region is already strong and even at, in model order. */
guint              fk_candidates_get_n_strong (FkCandidates *candidates);
/* Returns: (transfer none) */
const FkCandidate *fk_candidates_get_strong  (FkCandidates *candidates,
                                              guint         index);

/* The reason in words, in the program's message language (the CLI sets
 * it to the study's with fk_text_use_message_language()), with the
 * municipalities' names, or with @anon their anonymised names.
 * Returns: (transfer full) */
char              *fk_candidates_get_reason  (FkCandidates       *candidates,
                                              const FkCandidate  *candidate,
                                              const FkAnonymizer *anon);

/* Who a candidate names: those who would take part, or could host. */
typedef enum {
  FK_CANDIDATE_PARTICIPANTS,
  FK_CANDIDATE_HOSTS,
} FkCandidateRole;

/* "Participants (3): A, B and C" or "Participants: none", "Possible
 * hosts (2): …", in the message language, the names as
 * fk_names_join_municipalities() gives them with @anon and @flags: the
 * one line the app's page, the CLI and the figure show. @out_list_at
 * (nullable) gets where the list starts in the text (0 for none).
 * Returns: (transfer full) */
char              *fk_candidates_get_people  (FkCandidates       *candidates,
                                              const FkCandidate  *candidate,
                                              FkCandidateRole     role,
                                              const FkAnonymizer *anon,
                                              FkNamesFlags        flags,
                                              gsize              *out_list_at);

/* The size group that would gain most: the candidate's gain class, or
 * with @anon the merged group it is in (docs/anonymization.md: a class
 * of fewer than four would narrow down who takes part). FALSE when
 * nobody takes part. */
gboolean           fk_candidates_get_gain_group (FkCandidates       *candidates,
                                                 const FkCandidate  *candidate,
                                                 const FkAnonymizer *anon,
                                                 FkSizeGroup        *out_group);
/* "The small municipalities would gain most.", in the message language,
 * for that group; NULL when nobody takes part. Returns: (transfer full) */
char              *fk_candidates_get_gain       (FkCandidates       *candidates,
                                                 const FkCandidate  *candidate,
                                                 const FkAnonymizer *anon);
/* TRUE when some municipality gave a current level (not "not
 * applicable") to some capability of the round: without one there is
 * nothing to rank, and every view says so instead of a list of zeros. */
gboolean           fk_candidates_has_levels     (FkCandidates       *candidates);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkCandidates, fk_candidates_unref)

G_END_DECLS
