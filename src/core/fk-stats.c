/* fk-stats.c — small statistics on levels, and the score matrix of a round */
#define G_LOG_DOMAIN "fk-stats"
#include "config.h"
#include "fk-stats.h"
#include "fk-error.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

/* ---- statistics --------------------------------------------------------- */

static int
compare_doubles (const void *a,
                 const void *b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return (da > db) - (da < db);
}

/* Sorts the first @n of @buf (no NANs) and returns their median. */
static double
median_of_sorted (double *buf,
                  gsize   n)
{
  if (n == 0)
    return NAN;
  qsort (buf, n, sizeof *buf, compare_doubles);
  if (n % 2 == 1)
    return buf[n / 2];
  return (buf[n / 2 - 1] + buf[n / 2]) / 2.0;
}

static gboolean
is_level (int level)
{
  return level >= FK_LEVEL_MIN && level <= FK_LEVEL_MAX;
}

double
fk_stats_median_levels (const int *levels,
                        gsize      n)
{
  g_autofree double *buf = g_new (double, MAX (n, 1));
  gsize k = 0;

  for (gsize i = 0; i < n; i++)
    if (is_level (levels[i]))
      buf[k++] = levels[i];
  return median_of_sorted (buf, k);
}

double
fk_stats_mean_levels (const int *levels,
                      gsize      n)
{
  double sum = 0;
  guint k = 0;

  for (gsize i = 0; i < n; i++)
    if (is_level (levels[i]))
      {
        sum += levels[i];
        k++;
      }
  return k > 0 ? sum / k : NAN;
}

guint
fk_stats_count_levels (const int *levels,
                       gsize      n)
{
  guint k = 0;

  for (gsize i = 0; i < n; i++)
    if (is_level (levels[i]))
      k++;
  return k;
}

double
fk_stats_median (const double *values,
                 gsize         n)
{
  g_autofree double *buf = g_new (double, MAX (n, 1));
  gsize k = 0;

  for (gsize i = 0; i < n; i++)
    if (!isnan (values[i]))
      buf[k++] = values[i];
  return median_of_sorted (buf, k);
}

double
fk_stats_mean (const double *values,
               gsize         n)
{
  double sum = 0;
  guint k = 0;

  for (gsize i = 0; i < n; i++)
    if (!isnan (values[i]))
      {
        sum += values[i];
        k++;
      }
  return k > 0 ? sum / k : NAN;
}

guint
fk_stats_count (const double *values,
                gsize         n)
{
  guint k = 0;

  for (gsize i = 0; i < n; i++)
    if (!isnan (values[i]))
      k++;
  return k;
}

/* ---- the matrix --------------------------------------------------------- */

static double
score_value (const FkScore *score,
             FkMeasure      measure)
{
  switch (measure)
    {
    case FK_MEASURE_CURRENT:
      return is_level (score->current) ? score->current : NAN;
    case FK_MEASURE_TARGET:
      /* A target for something "not applicable to us" means nothing. */
      if (score->current == FK_LEVEL_NA || !is_level (score->target))
        return NAN;
      return score->target;
    case FK_MEASURE_GAP:
      if (!is_level (score->current) || !is_level (score->target))
        return NAN;
      return score->target - score->current;
    default:
      g_return_val_if_reached (NAN);
    }
}

FkMatrix *
fk_matrix_new_for_round (FkStudy    *study,
                         gint64      round_id,
                         FkMeasure   measure,
                         GError    **error)
{
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GHashTable) row_of = NULL;
  FkMatrix *m;
  gsize n_cells;

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  if (fk_study_get_round_by_id (study, round_id) == NULL)
    {
      g_autofree char *name = g_path_get_basename (fk_study_get_path (study));
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, round_id);

      g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND,
                   _("%s: the study has no round with id %s"), name, id);
      return NULL;
    }

  scores = fk_study_list_scores (study, round_id, NULL, error);
  if (scores == NULL)
    return NULL;

  m = g_new0 (FkMatrix, 1);
  g_atomic_ref_count_init (&m->ref_count);
  m->round_id = round_id;
  m->measure = measure;
  m->model = fk_model_ref (fk_study_get_model (study));
  m->region = fk_region_ref (fk_study_get_region (study));
  m->n_rows = m->region->municipalities->len;
  m->n_cols = m->model->capabilities->len;
  m->n_areas = m->model->areas->len;

  n_cells = (gsize) m->n_rows * m->n_cols;
  m->values = g_new (double, MAX (n_cells, 1));
  for (gsize i = 0; i < n_cells; i++)
    m->values[i] = NAN;
  m->not_applicable = g_new0 (gboolean, MAX (n_cells, 1));

  row_of = g_hash_table_new (g_str_hash, g_str_equal);
  m->row_size = g_new (FkSizeClass, MAX (m->n_rows, 1));
  for (guint r = 0; r < m->n_rows; r++)
    {
      const FkMunicipality *mun = g_ptr_array_index (m->region->municipalities, r);

      m->row_size[r] = fk_region_municipality_size_class (m->region, mun);
      g_hash_table_insert (row_of, mun->code, GUINT_TO_POINTER (r + 1));
    }

  m->col_area = g_new0 (guint, MAX (m->n_cols, 1));
  for (guint c = 0; c < m->n_cols; c++)
    {
      const FkCapability *cap = g_ptr_array_index (m->model->capabilities, c);

      for (guint a = 0; a < m->n_areas; a++)
        {
          const FkArea *area = g_ptr_array_index (m->model->areas, a);

          if (g_strcmp0 (area->key, cap->area) == 0)
            {
              m->col_area[c] = a;
              break;
            }
        }
    }

  for (guint i = 0; i < scores->len; i++)
    {
      const FkScore *score = g_ptr_array_index (scores, i);
      guint row = GPOINTER_TO_UINT (g_hash_table_lookup (row_of, score->municipality));
      int col = fk_model_index_of (m->model, score->capability);
      gsize cell;

      if (row == 0 || col < 0)
        continue;   /* not in this study's region or model any more */
      cell = (gsize) (row - 1) * m->n_cols + col;
      m->values[cell] = score_value (score, measure);
      m->not_applicable[cell] = score->current == FK_LEVEL_NA;
    }

  return m;
}

FkMatrix *
fk_matrix_ref (FkMatrix *matrix)
{
  g_return_val_if_fail (matrix != NULL, NULL);
  g_atomic_ref_count_inc (&matrix->ref_count);
  return matrix;
}

void
fk_matrix_unref (FkMatrix *matrix)
{
  g_return_if_fail (matrix != NULL);
  if (!g_atomic_ref_count_dec (&matrix->ref_count))
    return;
  g_clear_pointer (&matrix->model, fk_model_unref);
  g_clear_pointer (&matrix->region, fk_region_unref);
  g_free (matrix->values);
  g_free (matrix->not_applicable);
  g_free (matrix->row_size);
  g_free (matrix->col_area);
  g_free (matrix);
}

double
fk_matrix_get (const FkMatrix *matrix,
               guint           row,
               guint           col)
{
  g_return_val_if_fail (row < matrix->n_rows && col < matrix->n_cols, NAN);
  return matrix->values[(gsize) row * matrix->n_cols + col];
}

gboolean
fk_matrix_is_not_applicable (const FkMatrix *matrix,
                             guint           row,
                             guint           col)
{
  g_return_val_if_fail (row < matrix->n_rows && col < matrix->n_cols, FALSE);
  return matrix->not_applicable[(gsize) row * matrix->n_cols + col];
}

const FkMunicipality *
fk_matrix_get_municipality (const FkMatrix *matrix,
                            guint           row)
{
  g_return_val_if_fail (row < matrix->n_rows, NULL);
  return g_ptr_array_index (matrix->region->municipalities, row);
}

const FkCapability *
fk_matrix_get_capability (const FkMatrix *matrix,
                          guint           col)
{
  g_return_val_if_fail (col < matrix->n_cols, NULL);
  return g_ptr_array_index (matrix->model->capabilities, col);
}

int
fk_matrix_find_row (const FkMatrix *matrix,
                    const char     *code)
{
  for (guint r = 0; r < matrix->n_rows; r++)
    {
      const FkMunicipality *mun = g_ptr_array_index (matrix->region->municipalities, r);

      if (g_strcmp0 (mun->code, code) == 0)
        return r;
    }
  return -1;
}

double
fk_matrix_row_mean (const FkMatrix *matrix,
                    guint           row)
{
  g_return_val_if_fail (row < matrix->n_rows, NAN);
  return fk_stats_mean (matrix->values + (gsize) row * matrix->n_cols, matrix->n_cols);
}

double
fk_matrix_row_area_mean (const FkMatrix *matrix,
                         guint           row,
                         guint           area)
{
  double sum = 0;
  guint k = 0;

  g_return_val_if_fail (row < matrix->n_rows && area < matrix->n_areas, NAN);

  for (guint c = 0; c < matrix->n_cols; c++)
    {
      double v = fk_matrix_get (matrix, row, c);

      if (matrix->col_area[c] == area && !isnan (v))
        {
          sum += v;
          k++;
        }
    }
  return k > 0 ? sum / k : NAN;
}

/* The column's values of the rows of @size, NAN elsewhere. */
static double *
column_values (const FkMatrix *matrix,
               guint           col,
               int             size)
{
  double *buf = g_new (double, MAX (matrix->n_rows, 1));

  for (guint r = 0; r < matrix->n_rows; r++)
    buf[r] = (size == FK_SIZE_ANY || (int) matrix->row_size[r] == size)
             ? fk_matrix_get (matrix, r, col) : NAN;
  return buf;
}

double
fk_matrix_column_median (const FkMatrix *matrix,
                         guint           col,
                         int             size)
{
  g_autofree double *buf = NULL;

  g_return_val_if_fail (col < matrix->n_cols, NAN);
  buf = column_values (matrix, col, size);
  return fk_stats_median (buf, matrix->n_rows);
}

double
fk_matrix_column_mean (const FkMatrix *matrix,
                       guint           col,
                       int             size)
{
  g_autofree double *buf = NULL;

  g_return_val_if_fail (col < matrix->n_cols, NAN);
  buf = column_values (matrix, col, size);
  return fk_stats_mean (buf, matrix->n_rows);
}

guint
fk_matrix_column_count (const FkMatrix *matrix,
                        guint           col,
                        int             size)
{
  g_autofree double *buf = NULL;

  g_return_val_if_fail (col < matrix->n_cols, 0);
  buf = column_values (matrix, col, size);
  return fk_stats_count (buf, matrix->n_rows);
}

double
fk_matrix_area_median (const FkMatrix *matrix,
                       guint           area,
                       int             size)
{
  g_autofree double *buf = NULL;

  g_return_val_if_fail (area < matrix->n_areas, NAN);
  buf = g_new (double, MAX (matrix->n_rows, 1));
  for (guint r = 0; r < matrix->n_rows; r++)
    buf[r] = (size == FK_SIZE_ANY || (int) matrix->row_size[r] == size)
             ? fk_matrix_row_area_mean (matrix, r, area) : NAN;
  return fk_stats_median (buf, matrix->n_rows);
}
