/* fk-scenario-plan.c — what a scenario covers in one round (FkScenarioPlan)
 *
 * The user's choice where made, otherwise the kind's rule on the
 * collaboration candidates; docs/scenarios.md has the rules.
 */
#define G_LOG_DOMAIN "fk-scenario-plan"
#include "config.h"
#include "fk-scenario-text-private.h"

/* How many of the top candidates decide the areas of the JOINT scenario,
 * and how many areas it takes at most. A capability nobody assessed is
 * ranked (as uncertain) but never taken: there is nothing to say of it. */
#define JOINT_TOP_CANDIDATES FK_SCENARIO_JOINT_TOP_CANDIDATES
#define JOINT_MAX_AREAS 2

/* The candidate (ranked, or strong and even) of column @col. */
static const FkCandidate *
find_candidate (FkCandidates *candidates,
                guint         col)
{
  for (guint i = 0; i < fk_candidates_get_n (candidates); i++)
    if (fk_candidates_get (candidates, i)->col == col)
      return fk_candidates_get (candidates, i);
  for (guint i = 0; i < fk_candidates_get_n_strong (candidates); i++)
    if (fk_candidates_get_strong (candidates, i)->col == col)
      return fk_candidates_get_strong (candidates, i);
  return NULL;
}

/* The strongest possible host of @cand (highest current level, ties in
 * region order, which is the order of cand->hosts), or -1. */
static int
strongest_host (FkRoundSnapshot   *snapshot,
                const FkCandidate *cand)
{
  int best = -1, best_level = -1;

  for (guint i = 0; cand != NULL && i < cand->n_hosts; i++)
    {
      const FkScore *s = fk_round_snapshot_get_score (snapshot, cand->hosts[i], cand->col);

      if (s != NULL && s->current > best_level)
        {
          best = cand->hosts[i];
          best_level = s->current;
        }
    }
  return best;
}

static void
add_col (GArray *cols,
         GArray *hosts,
         guint   col,
         int     host)
{
  for (guint i = 0; i < cols->len; i++)
    if (g_array_index (cols, guint, i) == col)
      return;
  g_array_append_val (cols, col);
  g_array_append_val (hosts, host);
}

static void
cols_from_items (const FkScenario *scenario,
                 FkRoundSnapshot  *snapshot,
                 GArray           *cols,
                 GArray           *hosts)
{
  FkModel *model = fk_round_snapshot_get_model (snapshot);

  for (guint i = 0; i < scenario->items->len; i++)
    {
      const FkScenarioItem *item = g_ptr_array_index (scenario->items, i);
      int col = fk_model_index_of (model, item->capability);
      int host = item->host != NULL ? fk_round_snapshot_find_row (snapshot, item->host) : -1;

      if (col >= 0)
        add_col (cols, hosts, col, host);
    }
}

static void
cols_selected (FkCandidates *candidates,
               GArray       *cols,
               GArray       *hosts)
{
  FkRoundSnapshot *snapshot = fk_candidates_get_snapshot (candidates);

  /* The ranking already puts the uncertain after all the certain ones. */
  for (guint i = 0; i < fk_candidates_get_n (candidates) && cols->len < FK_SCENARIO_DEFAULT_N_SELECTED; i++)
    {
      const FkCandidate *cand = fk_candidates_get (candidates, i);

      if (cand->n_assessed > 0)
        add_col (cols, hosts, cand->col, strongest_host (snapshot, cand));
    }
}

typedef struct {
  const char *area;
  guint       n;      /* candidates among the top ten */
  guint       best;   /* rank of its best candidate */
} AreaCount;

static int
compare_area_counts (gconstpointer a,
                     gconstpointer b)
{
  const AreaCount *x = a, *y = b;

  if (x->n != y->n)
    return x->n > y->n ? -1 : 1;
  return x->best < y->best ? -1 : x->best > y->best;
}

static void
cols_joint (FkCandidates *candidates,
            GArray       *cols,
            GArray       *hosts)
{
  FkRoundSnapshot *snapshot = fk_candidates_get_snapshot (candidates);
  FkModel *model = fk_round_snapshot_get_model (snapshot);
  g_autoptr(GArray) areas = g_array_new (FALSE, FALSE, sizeof (AreaCount));
  guint n_top = MIN (fk_candidates_get_n (candidates), JOINT_TOP_CANDIDATES);

  for (guint i = 0; i < n_top; i++)
    {
      const FkCandidate *cand = fk_candidates_get (candidates, i);
      const FkCapability *cap = g_ptr_array_index (model->capabilities, cand->col);
      guint a;

      if (cand->n_assessed == 0)
        continue;
      for (a = 0; a < areas->len; a++)
        if (g_str_equal (g_array_index (areas, AreaCount, a).area, cap->area))
          break;
      if (a == areas->len)
        {
          AreaCount count = { cap->area, 0, i };
          g_array_append_val (areas, count);
        }
      g_array_index (areas, AreaCount, a).n++;
    }
  g_array_sort (areas, compare_area_counts);
  g_array_set_size (areas, MIN (areas->len, JOINT_MAX_AREAS));

  /* Every candidate of those areas, in rank order. */
  for (guint i = 0; i < fk_candidates_get_n (candidates); i++)
    {
      const FkCandidate *cand = fk_candidates_get (candidates, i);
      const FkCapability *cap = g_ptr_array_index (model->capabilities, cand->col);

      for (guint a = 0; a < areas->len && cand->n_assessed > 0; a++)
        if (g_str_equal (g_array_index (areas, AreaCount, a).area, cap->area))
          add_col (cols, hosts, cand->col, strongest_host (snapshot, cand));
    }
}

/* Participants and hosts of the plan's capabilities (SELECTED, CUSTOM),
 * or with @joint everyone interested in one of them or able to host one. */
static void
rows_from_cols (FkCandidates *candidates,
                const GArray *cols,
                const GArray *hosts,
                gboolean      joint,
                gboolean     *in_plan)
{
  FkRoundSnapshot *snapshot = fk_candidates_get_snapshot (candidates);
  guint n_rows = fk_round_snapshot_get_n_rows (snapshot);

  for (guint i = 0; i < cols->len; i++)
    {
      guint col = g_array_index (cols, guint, i);
      int host = g_array_index (hosts, int, i);
      const FkCandidate *cand = find_candidate (candidates, col);

      if (host >= 0)
        in_plan[host] = TRUE;
      for (guint h = 0; cand != NULL && h < cand->n_hosts; h++)
        in_plan[cand->hosts[h]] = TRUE;
      if (!joint)
        {
          for (guint p = 0; cand != NULL && p < cand->n_participants; p++)
            in_plan[cand->participants[p]] = TRUE;
          continue;
        }
      for (guint r = 0; r < n_rows; r++)
        {
          const FkScore *s = fk_round_snapshot_get_score (snapshot, r, col);

          /* As the candidates count interest: only beside a level. */
          if (s != NULL && s->current >= FK_LEVEL_MIN &&
              (s->interest == FK_INTEREST_YES || s->interest == FK_INTEREST_MAYBE))
            in_plan[r] = TRUE;
        }
    }
}

FkScenarioPlan *
fk_scenario_resolve (const FkScenario *scenario,
                     FkCandidates     *candidates)
{
  FkRoundSnapshot *snapshot;
  g_autoptr(GArray) cols = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) hosts = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree gboolean *in_plan = NULL;
  FkScenarioPlan *plan;
  guint n_rows;

  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (candidates != NULL, NULL);

  snapshot = fk_candidates_get_snapshot (candidates);
  n_rows = fk_round_snapshot_get_n_rows (snapshot);
  in_plan = g_new0 (gboolean, MAX (n_rows, 1));
  plan = g_new0 (FkScenarioPlan, 1);

  if (!scenario->auto_capabilities || scenario->kind == FK_SCENARIO_CUSTOM)
    cols_from_items (scenario, snapshot, cols, hosts);
  else if (scenario->kind == FK_SCENARIO_SELECTED)
    cols_selected (candidates, cols, hosts);
  else if (scenario->kind == FK_SCENARIO_JOINT)
    cols_joint (candidates, cols, hosts);

  if (!scenario->auto_municipalities)
    {
      for (guint i = 0; scenario->municipalities[i] != NULL; i++)
        {
          int row = fk_round_snapshot_find_row (snapshot, scenario->municipalities[i]);

          if (row >= 0)
            in_plan[row] = TRUE;
        }
    }
  else if (scenario->kind == FK_SCENARIO_BASELINE || scenario->kind == FK_SCENARIO_NETWORK)
    {
      for (guint r = 0; r < n_rows; r++)
        in_plan[r] = TRUE;
    }
  else
    rows_from_cols (candidates, cols, hosts, scenario->kind == FK_SCENARIO_JOINT, in_plan);

  for (guint r = 0; r < n_rows; r++)
    if (in_plan[r])
      g_array_append_val (rows, r);

  plan->n_cols = cols->len;
  plan->cols = (guint *) g_array_free (g_steal_pointer (&cols), FALSE);
  plan->hosts = (int *) g_array_free (g_steal_pointer (&hosts), FALSE);
  plan->n_rows = rows->len;
  plan->rows = (guint *) g_array_free (g_steal_pointer (&rows), FALSE);
  plan->from_candidates =
    (scenario->kind == FK_SCENARIO_SELECTED || scenario->kind == FK_SCENARIO_JOINT) &&
    (scenario->auto_capabilities || scenario->auto_municipalities);
  if (scenario->kind == FK_SCENARIO_CUSTOM && scenario->auto_municipalities && plan->n_cols > 0)
    plan->from_candidates = TRUE;
  return plan;
}

void
fk_scenario_plan_free (FkScenarioPlan *plan)
{
  if (plan == NULL)
    return;
  g_free (plan->cols);
  g_free (plan->hosts);
  g_free (plan->rows);
  g_free (plan);
}
