/* fk-profile.c — one municipality against the region, for one round */
#define G_LOG_DOMAIN "fk-profile"
#include "config.h"
#include "fk-profile.h"
#include "fk-error.h"
#include "fk-stats.h"

#include <glib/gi18n-lib.h>
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

FkProfile *
fk_profile_compute (FkStudy    *study,
                    gint64      round_id,
                    const char *municipality,
                    GError    **error)
{
  g_autoptr(FkMatrix) current = NULL;
  g_autoptr(FkMatrix) target = NULL;

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);
  g_return_val_if_fail (municipality != NULL, NULL);

  if (!fk_study_check_municipality (study, municipality, error))
    return NULL;

  current = fk_matrix_new_for_round (study, round_id, FK_MEASURE_CURRENT, error);
  if (current == NULL)
    return NULL;
  target = fk_matrix_new_for_round (study, round_id, FK_MEASURE_TARGET, error);
  if (target == NULL)
    return NULL;
  return fk_profile_compute_from (current, target, municipality);
}

FkProfile *
fk_profile_compute_from (FkMatrix   *current,
                         FkMatrix   *target,
                         const char *municipality)
{
  g_autoptr(GArray) stronger = NULL;
  g_autoptr(GArray) weaker = NULL;
  const FkMunicipality *mun;
  FkProfile *profile;
  gint64 round_id;
  int row;

  g_return_val_if_fail (current != NULL && target != NULL, NULL);
  g_return_val_if_fail (current->round_id == target->round_id, NULL);

  mun = fk_region_lookup (current->region, municipality);
  row = fk_matrix_find_row (current, municipality);
  g_return_val_if_fail (mun != NULL && row >= 0, NULL);
  round_id = current->round_id;

  profile = g_new0 (FkProfile, 1);
  g_atomic_ref_count_init (&profile->ref_count);
  profile->model = fk_model_ref (current->model);
  profile->round_id = round_id;
  profile->municipality = g_strdup (mun->code);
  profile->name = g_strdup (mun->name);
  profile->population = mun->population;
  profile->size = current->row_size[row];
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
      pa.region_median = fk_matrix_area_median (current, a, FK_SIZE_ANY);
      pa.size_median = fk_matrix_area_median (current, a, profile->size);
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
      cand.item.region_median = fk_matrix_column_median (current, c, FK_SIZE_ANY);
      cand.item.size_median = fk_matrix_column_median (current, c, profile->size);
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

FkProfile *
fk_profile_ref (FkProfile *profile)
{
  g_return_val_if_fail (profile != NULL, NULL);
  g_atomic_ref_count_inc (&profile->ref_count);
  return profile;
}

void
fk_profile_unref (FkProfile *profile)
{
  g_return_if_fail (profile != NULL);
  if (!g_atomic_ref_count_dec (&profile->ref_count))
    return;
  g_clear_pointer (&profile->areas, g_array_unref);
  g_clear_pointer (&profile->strengths, g_array_unref);
  g_clear_pointer (&profile->weaknesses, g_array_unref);
  g_clear_pointer (&profile->model, fk_model_unref);
  g_free (profile->municipality);
  g_free (profile->name);
  g_free (profile);
}

gboolean
fk_profile_is_empty (const FkProfile *profile)
{
  g_return_val_if_fail (profile != NULL, TRUE);
  return profile->n_levels == 0 && profile->n_not_applicable == 0;
}
