/* fk-profile.c — one municipality against the region, for one round */
#define G_LOG_DOMAIN "fk-profile"
#include "config.h"
#include "fk-profile.h"
#include "fk-error.h"
#include "fk-matrix.h"
#include "fk-snapshot-task.h"
#include "fk-stats.h"

#include "fk-i18n.h"
#include <math.h>

typedef struct {
  FkProfileItem item;
  guint         col;   /* model order, for ties */
} Candidate;

static int
compare_strengths (gconstpointer a,
                   gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  if (ca->item.difference != cb->item.difference)
    return ca->item.difference > cb->item.difference ? -1 : 1;
  return (ca->col > cb->col) - (ca->col < cb->col);
}

static int
compare_weaknesses (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  if (ca->item.difference != cb->item.difference)
    return ca->item.difference < cb->item.difference ? -1 : 1;
  return (ca->col > cb->col) - (ca->col < cb->col);
}

/* Sorts @candidates and copies the first FK_PROFILE_MAX_ITEMS into a new array. */
static GArray *
pick_items (GArray       *candidates,
            GCompareFunc  compare)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (FkProfileItem));

  g_array_sort (candidates, compare);
  for (guint i = 0; i < candidates->len && i < FK_PROFILE_MAX_ITEMS; i++)
    g_array_append_val (items, g_array_index (candidates, Candidate, i).item);
  return items;
}

/* The size medians of anonymised output: as the matrix's per-class
 * aggregates, but over the rows whose size class is in @group (the
 * matrix keeps none per merged group). @buf holds n_rows values. */
static double
group_column_median (const FkMatrix *matrix,
                     guint           col,
                     FkSizeGroup     group,
                     double         *buf)
{
  gsize n = 0;

  for (guint r = 0; r < matrix->n_rows; r++)
    {
      double value = fk_matrix_get (matrix, r, col);

      if (fk_size_group_contains (group, matrix->row_size[r]) && !isnan (value))
        buf[n++] = value;
    }
  return fk_stats_median_select (buf, n);
}

/* Over the rows of @group that have a value in the area, of their area
 * means (as fk_matrix_area_median()). */
static double
group_area_median (const FkMatrix *matrix,
                   guint           area,
                   FkSizeGroup     group,
                   double         *buf)
{
  gsize n = 0;

  for (guint r = 0; r < matrix->n_rows; r++)
    {
      double mean = fk_matrix_row_area_mean (matrix, r, area);

      if (fk_size_group_contains (group, matrix->row_size[r]) && !isnan (mean))
        buf[n++] = mean;
    }
  return fk_stats_median_select (buf, n);
}

FkProfile *
fk_profile_new (FkRoundSnapshot *snapshot,
                const char      *municipality,
                GError         **error)
{
  return fk_profile_new_anonymized (snapshot, municipality, NULL, error);
}

FkProfile *
fk_profile_new_anonymized (FkRoundSnapshot    *snapshot,
                           const char         *municipality,
                           const FkAnonymizer *anon,
                           GError            **error)
{
  g_autofree double *buf = NULL;
  g_autoptr(GArray) stronger = NULL;
  g_autoptr(GArray) weaker = NULL;
  const FkMunicipality *mun;
  FkMatrix *current;
  FkMatrix *target;
  FkProfile *profile;
  FkSizeFilter own_size;
  guint row;

  g_return_val_if_fail (snapshot != NULL, NULL);

  if (!fk_round_snapshot_lookup_row (snapshot, municipality, &row, error))
    return NULL;
  current = fk_round_snapshot_get_matrix (snapshot, FK_MEASURE_CURRENT);
  target = fk_round_snapshot_get_matrix (snapshot, FK_MEASURE_TARGET);
  mun = fk_matrix_get_municipality (current, row);

  profile = g_atomic_rc_box_new0 (FkProfile);
  profile->model = fk_model_ref (current->model);
  profile->round_id = current->round_id;
  profile->municipality = g_strdup (mun->code);
  profile->name = g_strdup (mun->name);
  profile->population = mun->population;
  profile->size = current->row_size[row];
  own_size = fk_size_filter_for_class (profile->size);
  if (anon != NULL)
    {
      profile->by_size_group = TRUE;
      profile->size_group = fk_anonymizer_get_size_group (anon, mun->code);
      buf = g_new (double, MAX (current->n_rows, 1));
    }
  profile->areas = g_array_new (FALSE, TRUE, sizeof (FkProfileArea));

  for (guint a = 0; a < current->n_areas; a++)
    {
      const FkArea *area = g_ptr_array_index (current->model->areas, a);
      FkProfileArea pa = { 0, };

      pa.area = area->key;
      for (guint c = 0; c < current->n_cols; c++)
        if (current->col_area[c] == a && !isnan (fk_matrix_get (current, row, c)))
          pa.n_levels++;
      pa.current = fk_matrix_row_area_mean (current, row, a);
      pa.target = fk_matrix_row_area_mean (target, row, a);
      pa.region_median = fk_matrix_area_median (current, a, FK_SIZE_FILTER_ALL);
      pa.size_median = anon != NULL ? group_area_median (current, a, profile->size_group, buf)
                                    : fk_matrix_area_median (current, a, own_size);
      g_array_append_val (profile->areas, pa);
    }

  stronger = g_array_new (FALSE, FALSE, sizeof (Candidate));
  weaker = g_array_new (FALSE, FALSE, sizeof (Candidate));
  for (guint c = 0; c < current->n_cols; c++)
    {
      const FkCapability *cap = fk_matrix_get_capability (current, c);
      double level = fk_matrix_get (current, row, c);
      Candidate cand = { { 0, }, c };

      if (fk_matrix_is_not_applicable (current, row, c))
        profile->n_not_applicable++;
      if (isnan (level))
        continue;
      profile->n_levels++;

      cand.item.capability = cap->key;
      cand.item.area = cap->area;
      cand.item.level = (int) level;
      cand.item.region_median = fk_matrix_column_median (current, c, FK_SIZE_FILTER_ALL);
      cand.item.size_median = anon != NULL ? group_column_median (current, c, profile->size_group, buf)
                                           : fk_matrix_column_median (current, c, own_size);
      cand.item.difference = level - cand.item.region_median;
      if (cand.item.difference > 0)
        g_array_append_val (stronger, cand);
      else if (cand.item.difference < 0)
        g_array_append_val (weaker, cand);
    }

  profile->strengths = pick_items (stronger, compare_strengths);
  profile->weaknesses = pick_items (weaker, compare_weaknesses);
  return profile;
}

static void
profile_clear (FkProfile *profile)
{
  g_clear_pointer (&profile->areas, g_array_unref);
  g_clear_pointer (&profile->strengths, g_array_unref);
  g_clear_pointer (&profile->weaknesses, g_array_unref);
  g_clear_pointer (&profile->model, fk_model_unref);
  g_free (profile->municipality);
  g_free (profile->name);
}

G_DEFINE_BOXED_TYPE (FkProfile, fk_profile, g_atomic_rc_box_acquire, fk_profile_unref)

void
fk_profile_unref (FkProfile *profile)
{
  g_return_if_fail (profile != NULL);
  g_atomic_rc_box_release_full (profile, (GDestroyNotify) profile_clear);
}

gboolean
fk_profile_is_empty (const FkProfile *profile)
{
  g_return_val_if_fail (profile != NULL, TRUE);
  return profile->n_levels == 0 && profile->n_not_applicable == 0;
}

GPtrArray *
fk_profile_compute_all (FkRoundSnapshot  *snapshot,
                        GCancellable     *cancellable,
                        GError          **error)
{
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_profile_unref);
  FkRegion *region;

  g_return_val_if_fail (snapshot != NULL, NULL);

  region = fk_round_snapshot_get_region (snapshot);
  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *mun = g_ptr_array_index (region->municipalities, i);
      FkProfile *profile;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      profile = fk_profile_new (snapshot, mun->code, error);
      if (profile == NULL)
        return NULL;
      g_ptr_array_add (profiles, profile);
    }
  return g_steal_pointer (&profiles);
}

static gpointer
compute_all_work (FkRoundSnapshot  *snapshot,
                  gpointer          data,
                  GCancellable     *cancellable,
                  GError          **error)
{
  return fk_profile_compute_all (snapshot, cancellable, error);
}

void
fk_profile_compute_all_async (FkRoundSnapshot     *snapshot,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  fk_snapshot_task_run_async (snapshot, compute_all_work, NULL, NULL,
                              (GDestroyNotify) g_ptr_array_unref, NULL,
                              cancellable, callback, user_data);
}

GPtrArray *
fk_profile_compute_all_finish (GAsyncResult  *result,
                               GError       **error)
{
  return fk_snapshot_task_run_finish (result, error);
}
