/* fk-scenario-text-data.c — the figures behind a scenario's description
 *
 * No words here: fk-scenario-text.c says what these count
 * (fk-scenario-text-private.h). docs/scenarios.md gives the rules.
 */
#define G_LOG_DOMAIN "fk-scenario-text"
#include "config.h"
#include "fk-scenario-text-private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const FkCandidate *
fk_scenario_ctx_find_candidate (FkScenarioCtx *ctx,
                                guint          col)
{
  for (guint i = 0; i < fk_candidates_get_n (ctx->candidates); i++)
    if (fk_candidates_get (ctx->candidates, i)->col == col)
      return fk_candidates_get (ctx->candidates, i);
  for (guint i = 0; i < fk_candidates_get_n_strong (ctx->candidates); i++)
    if (fk_candidates_get_strong (ctx->candidates, i)->col == col)
      return fk_candidates_get_strong (ctx->candidates, i);
  return NULL;
}

gboolean
fk_scenario_ctx_shares (FkScenarioCtx *ctx)
{
  return ctx->scenario->kind == FK_SCENARIO_SELECTED || ctx->scenario->kind == FK_SCENARIO_JOINT ||
         ctx->scenario->kind == FK_SCENARIO_CUSTOM;
}

gboolean
fk_scenario_score_interested (const FkScore *s)
{
  return s->current >= FK_LEVEL_MIN &&
         (s->interest == FK_INTEREST_YES || s->interest == FK_INTEREST_MAYBE);
}

gboolean
fk_scenario_score_cannot_sustain (const FkScore *s)
{
  return s->current >= FK_LEVEL_MIN &&
         (s->sustain == FK_SUSTAIN_NO || s->sustain == FK_SUSTAIN_DIFFICULT);
}

static gboolean
mostly_unsustainable (const FkCandidate *cand)
{
  return cand->n_assessed > 0 && cand->n_cannot_sustain * 2 >= cand->n_assessed;
}

guint
fk_scenario_ctx_count_mostly_unsustainable (FkScenarioCtx *ctx)
{
  guint n = 0;

  for (guint i = 0; i < fk_candidates_get_n (ctx->candidates); i++)
    n += mostly_unsustainable (fk_candidates_get (ctx->candidates, i));
  return n;
}

int
fk_scenario_compare_rows (const void *a,
                          const void *b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static const FkScore *
assessed (FkScenarioCtx *ctx,
          guint          row,
          guint          col)
{
  const FkScore *s = fk_round_snapshot_get_score (ctx->snapshot, row, col);

  return s != NULL && s->current >= FK_LEVEL_MIN ? s : NULL;
}

int
fk_scenario_ctx_level_spread (FkScenarioCtx *ctx,
                              guint          col,
                              int           *out_min,
                              int           *out_max)
{
  int lo = FK_LEVEL_MAX + 1, hi = -1;

  for (guint r = 0; r < ctx->n_region; r++)
    {
      const FkScore *s = assessed (ctx, r, col);

      if (s != NULL)
        {
          lo = MIN (lo, s->current);
          hi = MAX (hi, s->current);
        }
    }
  *out_min = lo;
  *out_max = hi;
  return hi >= 0 ? hi - lo : -1;
}

guint
fk_scenario_ctx_weak_rows (FkScenarioCtx *ctx,
                           guint          col,
                           guint         *out_rows,
                           int           *out_upto)
{
  int lo, hi, upto;
  guint n = 0;

  if (fk_scenario_ctx_level_spread (ctx, col, &lo, &hi) < 0)
    return 0;
  /* Only a wide spread takes in the level above the lowest: with a
   * spread of 2 that would be the middle. */
  upto = hi - lo >= 3 ? lo + 1 : lo;
  for (guint r = 0; r < ctx->n_region; r++)
    {
      const FkScore *s = assessed (ctx, r, col);

      if (s != NULL && s->current <= upto)
        out_rows[n++] = r;
    }
  *out_upto = upto;
  return n;
}

guint
fk_scenario_ctx_top_rows (FkScenarioCtx *ctx,
                          guint          col,
                          guint         *out_rows)
{
  int lo, hi;
  guint n = 0;

  if (fk_scenario_ctx_level_spread (ctx, col, &lo, &hi) < 0)
    return 0;
  for (guint r = 0; r < ctx->n_region; r++)
    {
      const FkScore *s = assessed (ctx, r, col);

      if (s != NULL && s->current == hi)
        out_rows[n++] = r;
    }
  return n;
}

/* ---- Examples for the baseline and the network ------------------------- */

typedef struct {
  guint  col;
  double key;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->key != y->key)
    return x->key > y->key ? -1 : 1;
  return x->col < y->col ? -1 : x->col > y->col;
}

static guint
count_below_median (FkScenarioCtx     *ctx,
                    const FkCandidate *cand)
{
  guint n = 0;

  for (guint r = 0; r < ctx->n_region; r++)
    {
      const FkScore *s = assessed (ctx, r, cand->col);

      n += s != NULL && s->current < cand->median;
    }
  return n;
}

void
fk_scenario_ctx_choose_examples (FkScenarioCtx *ctx)
{
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  guint n_cols = fk_round_snapshot_get_n_cols (ctx->snapshot);

  for (guint col = 0; col < n_cols; col++)
    {
      const FkCandidate *cand = fk_scenario_ctx_find_candidate (ctx, col);
      Ranked item = { col, 0 };
      int lo, hi;

      if (cand == NULL || cand->n_assessed == 0)
        continue;
      if (ctx->scenario->kind == FK_SCENARIO_BASELINE)
        {
          if (cand->n_cannot_sustain == 0)
            continue;
          item.key = cand->n_cannot_sustain * 100.0 + cand->n_low;
        }
      else
        {
          int spread = fk_scenario_ctx_level_spread (ctx, col, &lo, &hi);

          if (spread < FK_SCENARIO_MIN_SPREAD)
            continue;
          item.key = spread * 100.0 + count_below_median (ctx, cand);
        }
      g_array_append_val (ranked, item);
    }
  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len && i < FK_SCENARIO_N_EXAMPLES; i++)
    g_array_append_val (ctx->examples, g_array_index (ranked, Ranked, i).col);
}

/* ---- Municipalities ranked -------------------------------------------- */

static int
compare_ranked_rows (gconstpointer a,
                     gconstpointer b)
{
  const FkScenarioRankedRow *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return x->row < y->row ? -1 : x->row > y->row;
}

GArray *
fk_scenario_ctx_rank_rows (FkScenarioCtx *ctx,
                           gboolean       at_top)
{
  GArray *ranked = g_array_new (FALSE, FALSE, sizeof (FkScenarioRankedRow));
  guint n_cols = fk_round_snapshot_get_n_cols (ctx->snapshot);
  g_autofree int *top = g_new (int, MAX (n_cols, 1));
  guint keep = 0;

  /* The highest level of each capability with a spread worth exchanging. */
  for (guint c = 0; c < n_cols; c++)
    {
      int lo, hi;

      top[c] = fk_scenario_ctx_level_spread (ctx, c, &lo, &hi) >= FK_SCENARIO_MIN_SPREAD ? hi : -1;
    }
  for (guint r = 0; r < ctx->n_region; r++)
    {
      FkScenarioRankedRow item = { r, 0 };

      for (guint c = 0; c < n_cols; c++)
        {
          const FkScore *sc = assessed (ctx, r, c);

          if (sc != NULL)
            item.count += at_top ? (top[c] >= 0 && sc->current == top[c]) : fk_scenario_score_cannot_sustain (sc);
        }
      if (item.count > 0)
        g_array_append_val (ranked, item);
    }
  g_array_sort (ranked, compare_ranked_rows);
  while (keep < ranked->len &&
         (keep < FK_SCENARIO_N_EXAMPLES ||
          g_array_index (ranked, FkScenarioRankedRow, keep).count ==
            g_array_index (ranked, FkScenarioRankedRow, keep - 1).count))
    keep++;
  g_array_set_size (ranked, keep);
  return ranked;
}

/* ---- Who gains most ---------------------------------------------------- */

FkSizeGroup
fk_scenario_ctx_size_group (FkScenarioCtx *ctx,
                            guint          row)
{
  const FkMunicipality *m = g_ptr_array_index (ctx->region->municipalities, row);

  /* Anonymised, a class of fewer than four would narrow down who is who. */
  if (ctx->anon != NULL)
    return fk_anonymizer_get_size_group (ctx->anon, m->code);
  switch (fk_round_snapshot_get_size_class (ctx->snapshot, row))
    {
    case FK_SIZE_SMALL:
      return FK_SIZE_GROUP_SMALL;
    case FK_SIZE_MEDIUM:
      return FK_SIZE_GROUP_MEDIUM;
    case FK_SIZE_LARGE:
    default:
      return FK_SIZE_GROUP_LARGE;
    }
}

void
fk_scenario_ctx_gain (FkScenarioCtx  *ctx,
                      FkScenarioGain *out)
{
  double lo = 2, hi = -1;

  memset (out, 0, sizeof *out);
  out->best = -1;
  for (guint i = 0; i < ctx->plan->n_rows; i++)
    {
      guint row = ctx->plan->rows[i];
      FkSizeGroup g = fk_scenario_ctx_size_group (ctx, row);

      out->members[g]++;
      for (guint c = 0; c < ctx->plan->n_cols; c++)
        {
          const FkScore *s = assessed (ctx, row, ctx->plan->cols[c]);

          if (s == NULL)
            continue;
          out->pairs[g]++;
          out->in_need[g] += fk_scenario_score_cannot_sustain (s);
          out->below[g] += s->target >= FK_LEVEL_MIN && s->current < s->target;
        }
    }
  for (guint g = 0; g < FK_N_SIZE_GROUPS; g++)
    {
      double share;

      if (out->pairs[g] == 0)
        continue;
      share = (double) out->in_need[g] / out->pairs[g];
      out->n_groups++;
      lo = MIN (lo, share);
      if (share > hi)
        {
          hi = share;
          out->best = g;
        }
    }
  out->even = out->n_groups < 2 || (hi - lo) * 100 < FK_SCENARIO_EVEN_POINTS;
}

/* ---- The large municipalities ------------------------------------------ */

static void
clear_stake (gpointer data)
{
  FkScenarioLargeStake *stake = data;

  g_free (stake->hosts);
  g_free (stake->refused);
}

GArray *
fk_scenario_ctx_large_at_stake (FkScenarioCtx *ctx)
{
  GArray *out = g_array_new (FALSE, TRUE, sizeof (FkScenarioLargeStake));

  g_array_set_clear_func (out, clear_stake);
  for (guint r = 0; r < ctx->n_region; r++)
    {
      FkScenarioLargeStake stake = { r, NULL, 0, NULL, 0 };

      if (fk_round_snapshot_get_size_class (ctx->snapshot, r) != FK_SIZE_LARGE)
        continue;
      stake.hosts = g_new (guint, MAX (ctx->plan->n_cols, 1));
      stake.refused = g_new (guint, MAX (ctx->plan->n_cols, 1));
      for (guint i = 0; i < ctx->plan->n_cols; i++)
        {
          guint col = ctx->plan->cols[i];
          const FkCandidate *cand = fk_scenario_ctx_find_candidate (ctx, col);
          const FkScore *sc = fk_round_snapshot_get_score (ctx->snapshot, r, col);
          gboolean host = ctx->plan->hosts[i] == (int) r;

          for (guint h = 0; cand != NULL && h < cand->n_hosts; h++)
            host |= cand->hosts[h] == r;
          if (host)
            stake.hosts[stake.n_hosts++] = col;
          else if (sc != NULL && sc->interest == FK_INTEREST_NO)
            stake.refused[stake.n_refused++] = col;
        }
      if (stake.n_hosts + stake.n_refused > 0)
        g_array_append_val (out, stake);
      else
        clear_stake (&stake);
    }
  return out;
}

double
fk_scenario_ctx_mean_gap (FkScenarioCtx *ctx)
{
  double sum = 0;
  guint n = 0;

  for (guint i = 0; i < ctx->plan->n_rows; i++)
    for (guint c = 0; c < ctx->plan->n_cols; c++)
      {
        const FkScore *sc = assessed (ctx, ctx->plan->rows[i], ctx->plan->cols[c]);

        if (sc == NULL || sc->target < FK_LEVEL_MIN)
          continue;
        sum += MAX (0, sc->target - sc->current);
        n++;
      }
  return n > 0 ? sum / n : NAN;
}

/* ---- The joint organisation's areas ------------------------------------ */

GArray *
fk_scenario_ctx_joint_areas (FkScenarioCtx *ctx)
{
  GArray *areas = g_array_new (FALSE, TRUE, sizeof (FkScenarioJointArea));
  guint n_top = MIN (fk_candidates_get_n (ctx->candidates), FK_SCENARIO_JOINT_TOP_CANDIDATES);
  /* The most top candidates of an area the plan left out. */
  guint most_left_out = 0;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < ctx->plan->n_cols; i++)
    {
      const char *area = ((const FkCapability *) g_ptr_array_index (ctx->model->capabilities,
                                                                     ctx->plan->cols[i]))->area;
      gboolean seen = FALSE;

      for (guint a = 0; a < areas->len; a++)
        seen |= g_str_equal (g_array_index (areas, FkScenarioJointArea, a).area, area);
      if (!seen)
        {
          FkScenarioJointArea entry = { area, 0, 0, 0, FALSE };

          g_array_append_val (areas, entry);
        }
    }
  for (guint i = 0; i < n_top; i++)
    {
      const FkCandidate *cand = fk_candidates_get (ctx->candidates, i);
      const char *area = ((const FkCapability *) g_ptr_array_index (ctx->model->capabilities,
                                                                     cand->col))->area;
      gboolean in_plan = FALSE;

      if (cand->n_assessed == 0)
        continue;
      for (guint a = 0; a < areas->len; a++)
        {
          FkScenarioJointArea *entry = &g_array_index (areas, FkScenarioJointArea, a);

          if (!g_str_equal (entry->area, area))
            continue;
          in_plan = TRUE;
          if (entry->n_top++ == 0)
            {
              entry->best_rank = i;
              entry->best_col = cand->col;
            }
        }
      if (!in_plan)
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, area)) + 1;

          g_hash_table_insert (counts, (gpointer) area, GUINT_TO_POINTER (n));
          most_left_out = MAX (most_left_out, n);
        }
    }
  for (guint a = 0; a < areas->len; a++)
    {
      FkScenarioJointArea *entry = &g_array_index (areas, FkScenarioJointArea, a);

      entry->by_count = entry->n_top > most_left_out;
    }
  return areas;
}

guint
fk_scenario_ctx_count_outside_top (FkScenarioCtx *ctx)
{
  guint n_top = MIN (fk_candidates_get_n (ctx->candidates), FK_SCENARIO_JOINT_TOP_CANDIDATES);
  guint n = 0;

  for (guint i = 0; i < ctx->plan->n_cols; i++)
    {
      gboolean top = FALSE;

      for (guint r = 0; r < n_top && !top; r++)
        top = fk_candidates_get (ctx->candidates, r)->col == ctx->plan->cols[i];
      n += !top;
    }
  return n;
}

/* ---- The effect goals the baseline puts at stake ------------------------ */

static int
compare_goal_counts (gconstpointer a,
                     gconstpointer b)
{
  const FkScenarioGoalCount *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

GArray *
fk_scenario_ctx_goals_at_stake (FkScenarioCtx *ctx,
                                guint         *out_n_cols)
{
  GArray *counts = g_array_new (FALSE, TRUE, sizeof (FkScenarioGoalCount));
  guint n_goals, n_cols = 0;
  const FkGoal *goals = fk_goals_get_all (&n_goals);

  for (guint g = 0; g < n_goals; g++)
    {
      FkScenarioGoalCount entry = { &goals[g], g, 0 };

      g_array_append_val (counts, entry);
    }
  for (guint i = 0; i < fk_candidates_get_n (ctx->candidates); i++)
    {
      const FkCandidate *cand = fk_candidates_get (ctx->candidates, i);
      char **ids = ((const FkCapability *) g_ptr_array_index (ctx->model->capabilities,
                                                               cand->col))->goals;

      if (!mostly_unsustainable (cand))
        continue;
      n_cols++;
      for (guint g = 0; g < n_goals; g++)
        if (ids != NULL && g_strv_contains ((const char * const *) ids, goals[g].id))
          g_array_index (counts, FkScenarioGoalCount, g).count++;
    }
  g_array_sort (counts, compare_goal_counts);
  while (counts->len > 0 && g_array_index (counts, FkScenarioGoalCount, counts->len - 1).count == 0)
    g_array_set_size (counts, counts->len - 1);
  *out_n_cols = n_cols;
  return counts;
}

/* ---- Hosts elsewhere ---------------------------------------------------- */

GArray *
fk_scenario_ctx_hosts_elsewhere (FkScenarioCtx *ctx,
                                 guint          max)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (FkScenarioHostedCandidate));

  for (guint i = 0; i < fk_candidates_get_n (ctx->candidates) && found->len < max; i++)
    {
      const FkCandidate *cand = fk_candidates_get (ctx->candidates, i);
      gboolean in_plan = FALSE;

      if (cand->n_hosts == 0)
        continue;
      for (guint c = 0; c < ctx->plan->n_cols; c++)
        in_plan |= ctx->plan->cols[c] == cand->col;
      if (!in_plan)
        {
          FkScenarioHostedCandidate entry = { cand->col, cand->hosts, cand->n_hosts };

          g_array_append_val (found, entry);
        }
    }
  return found;
}
