/* fk-scenario-text-private.h — what the scenario text reads, and the
 * figures it is built from
 *
 * fk-scenario-text.c holds every template sentence (one file for the
 * translators); the counting behind them (examples, who gains, the large
 * municipalities at stake, who has the most to share) is in
 * fk-scenario-text-data.c, without any words.
 */
#pragma once

#include "fk-scenario.h"
#include "fk-goals.h"

G_BEGIN_DECLS

/* For tests: how many times fk_scenario_generate() has run in this
 * process (any thread). */
guint     fk_scenario_text_count_generated (void);

/* How many capabilities or municipalities a section names as examples
 * where it picks "the most" (baseline and network). */
#define FK_SCENARIO_N_EXAMPLES 3

/* What every section reads. */
typedef struct {
  const FkScenario   *scenario;
  FkCandidates       *candidates;
  FkRoundSnapshot    *snapshot;
  FkModel            *model;
  FkRegion           *region;
  const char         *language;
  const FkAnonymizer *anon;
  FkScenarioPlan     *plan;
  guint               n_region;   /* the region's municipalities */
  gboolean            has_levels; /* some score in the round */
  /* BASELINE and NETWORK name these capabilities as examples; the others
   * use the plan's. */
  GArray             *examples;   /* guint columns */
  /* Whether the text has said in full what "cannot sustain alone" means
   * (cannot, or only with difficulty, for three years); after that the
   * short form. */
  gboolean            sustain_said;
} FkScenarioCtx;

const FkCandidate *fk_scenario_ctx_find_candidate (FkScenarioCtx *ctx,
                                                   guint          col);
/* SELECTED, JOINT and CUSTOM: capabilities sustained together. */
gboolean  fk_scenario_ctx_shares          (FkScenarioCtx *ctx);

gboolean  fk_scenario_score_interested     (const FkScore *score);
gboolean  fk_scenario_score_cannot_sustain (const FkScore *score);

/* How many capabilities at least half of those who assessed them cannot
 * sustain alone: the baseline's measure of what continuing alone costs. */
guint     fk_scenario_ctx_count_mostly_unsustainable (FkScenarioCtx *ctx);

/* The lowest and highest assessed current level of @col; returns their
 * difference, -1 when nobody assessed it. */
int       fk_scenario_ctx_level_spread    (FkScenarioCtx *ctx,
                                           guint          col,
                                           int           *out_min,
                                           int           *out_max);
/* The network's threshold: levels that differ by at least this much give
 * the municipalities something to learn from each other. */
#define FK_SCENARIO_MIN_SPREAD 2
/* The weak end of @col for the network: the municipalities at @lo, or at
 * @lo or one above when the spread is 3 or more; into @out_rows (n_region
 * entries), their number returned; @out_upto the highest level counted. */
guint     fk_scenario_ctx_weak_rows       (FkScenarioCtx *ctx,
                                           guint          col,
                                           guint         *out_rows,
                                           int           *out_upto);
/* The municipalities at the highest assessed level of @col. */
guint     fk_scenario_ctx_top_rows        (FkScenarioCtx *ctx,
                                           guint          col,
                                           guint         *out_rows);

/* Fills ctx->examples: BASELINE the capabilities the most municipalities
 * cannot sustain alone (ties: the most at a low level); NETWORK those
 * whose assessed levels differ by at least FK_SCENARIO_MIN_SPREAD, the
 * widest first (ties: the most below the median). At most
 * FK_SCENARIO_N_EXAMPLES, only ones the data backs. */
void      fk_scenario_ctx_choose_examples (FkScenarioCtx *ctx);

typedef struct {
  guint row;
  guint count;
} FkScenarioRankedRow;

/* The municipalities with the most capabilities they cannot sustain alone
 * (@at_top FALSE), or (@at_top TRUE) at the highest level of a capability
 * whose levels differ by at least FK_SCENARIO_MIN_SPREAD; each with a
 * count above 0, the most first (ties in region order): the first
 * FK_SCENARIO_N_EXAMPLES and any tied with the last.
 * Returns: (transfer full) (element-type FkScenarioRankedRow) */
GArray   *fk_scenario_ctx_rank_rows       (FkScenarioCtx *ctx,
                                           gboolean       at_top);

/* Who gains most, per size group (the size class; with an anonymizer the
 * merged group): over the pairs of a municipality taking part and a
 * capability of the plan it assessed, those it cannot sustain alone, or
 * only with difficulty (what decides), and those below its own target
 * (said beside it). */
typedef struct {
  guint members[FK_N_SIZE_GROUPS];   /* municipalities taking part */
  guint pairs[FK_N_SIZE_GROUPS];     /* assessed (municipality, capability) pairs */
  guint in_need[FK_N_SIZE_GROUPS];   /* of them, cannot sustain alone */
  guint below[FK_N_SIZE_GROUPS];     /* of them, below the municipality's own target */
  int   best;                        /* the group with the largest share in need, or -1 */
  gboolean even;                     /* no group's share is clearly above another's */
  guint n_groups;                    /* groups with any assessed pair */
} FkScenarioGain;

/* Shares within this many percentage points count as even. */
#define FK_SCENARIO_EVEN_POINTS 15

FkSizeGroup fk_scenario_ctx_size_group    (FkScenarioCtx *ctx,
                                           guint          row);
void      fk_scenario_ctx_gain            (FkScenarioCtx  *ctx,
                                           FkScenarioGain *out);

/* What a large municipality has at stake in the plan: the capabilities
 * it could host (the plan's host or any possible host) and those it said
 * no to collaborating on, each in plan order. */
typedef struct {
  guint  row;
  guint *hosts;
  guint  n_hosts;
  guint *refused;
  guint  n_refused;
} FkScenarioLargeStake;

/* Returns: (transfer full) (element-type FkScenarioLargeStake): the large
 * municipalities (FK_SIZE_LARGE) with something at stake, region order. */
GArray   *fk_scenario_ctx_large_at_stake  (FkScenarioCtx *ctx);

/* The mean distance to their own target of the municipalities taking
 * part, over the plan's capabilities (a target already reached counts
 * 0); NAN without any target. */
double    fk_scenario_ctx_mean_gap        (FkScenarioCtx *ctx);

/* How many of the top candidates decide the JOINT scenario's areas
 * (fk-scenario-plan.c) and the text that says why. */
#define FK_SCENARIO_JOINT_TOP_CANDIDATES 10

/* Why the JOINT plan took an area: its candidates among the top ten, and
 * its best-ranked one. @by_count: it has more of them than any area left
 * out; otherwise it was tied with one left out and won on rank. */
typedef struct {
  const char *area;       /* area key */
  guint       n_top;
  guint       best_rank;  /* 0-based, valid when n_top > 0 */
  guint       best_col;
  gboolean    by_count;
} FkScenarioJointArea;

/* Returns: (transfer full) (element-type FkScenarioJointArea): the plan's
 * areas in plan order. */
GArray   *fk_scenario_ctx_joint_areas     (FkScenarioCtx *ctx);
/* The plan's capabilities that are not among the top ten candidates. */
guint     fk_scenario_ctx_count_outside_top (FkScenarioCtx *ctx);

/* An effect goal and how many of the capabilities at least half cannot
 * sustain alone are meant to serve it. */
typedef struct {
  const FkGoal *goal;
  guint         index;  /* in the action plan's order */
  guint         count;
} FkScenarioGoalCount;

/* Returns: (transfer full) (element-type FkScenarioGoalCount): the goals
 * served by any capability at least half of those who assessed it cannot
 * sustain alone, the most served first (ties in the plan's order);
 * @out_n_cols how many such capabilities there are. */
GArray   *fk_scenario_ctx_goals_at_stake  (FkScenarioCtx *ctx,
                                           guint         *out_n_cols);

/* A ranked candidate outside the plan with possible hosts. */
typedef struct {
  guint        col;
  const guint *hosts;   /* rows, the candidate's */
  guint        n_hosts;
} FkScenarioHostedCandidate;

/* Returns: (transfer full) (element-type FkScenarioHostedCandidate): up
 * to @max of the best-ranked candidates not in the plan that have a
 * possible host. */
GArray   *fk_scenario_ctx_hosts_elsewhere (FkScenarioCtx *ctx,
                                           guint          max);

/* Rows in region order (qsort). */
int       fk_scenario_compare_rows        (const void *a,
                                           const void *b);

G_END_DECLS
