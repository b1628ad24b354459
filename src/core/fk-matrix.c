/* fk-matrix.c — one measure for every municipality × capability of a round */
#define G_LOG_DOMAIN "fk-matrix"
#include "config.h"
#include "fk-matrix-private.h"
#include "fk-stats.h"

#include <math.h>
#include <string.h>

static gboolean
is_level (int level)
{
  return level >= FK_LEVEL_MIN && level <= FK_LEVEL_MAX;
}

/* The number a score gives @measure; NAN for none. */
static double
score_value (const FkScore *score,
             FkMeasure      measure)
{
  double risk;

  if (score == NULL)
    return NAN;
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
    case FK_MEASURE_RISK:
      if (score->current == FK_LEVEL_NA)
        return NAN;
      switch (score->sustain)
        {
        case FK_SUSTAIN_NO:        risk = 2; break;
        case FK_SUSTAIN_DIFFICULT: risk = 1; break;
        case FK_SUSTAIN_YES:       risk = 0; break;
        case FK_SUSTAIN_UNSET:
        default:
          return NAN;
        }
      return risk + (score->key_person == FK_KEY_PERSON_YES ? 1 : 0);
    case FK_MEASURE_INTEREST:
      if (score->current == FK_LEVEL_NA)
        return NAN;
      switch (score->interest)
        {
        case FK_INTEREST_NO:    return 0;
        case FK_INTEREST_MAYBE: return 1;
        case FK_INTEREST_YES:   return 2;
        case FK_INTEREST_UNSET:
        default:
          return NAN;
        }
    case FK_MEASURE_DEVIATION:
      /* The current level here; fk_matrix_new() subtracts the median. */
      return is_level (score->current) ? score->current : NAN;
    default:
      g_return_val_if_reached (NAN);
    }
}

static void
compute_row_aggregates (FkMatrix *m)
{
  g_autofree double *sum = g_new (double, MAX (m->n_areas, 1));
  g_autofree guint *count = g_new (guint, MAX (m->n_areas, 1));
  g_autofree double *buf = g_new (double, MAX (m->n_cols, 1));

  for (guint r = 0; r < m->n_rows; r++)
    {
      const double *row = m->values + (gsize) r * m->n_cols;
      double total = 0, min = INFINITY, max = -INFINITY;
      guint n = 0;

      memset (sum, 0, sizeof (double) * m->n_areas);
      memset (count, 0, sizeof (guint) * m->n_areas);
      for (guint c = 0; c < m->n_cols; c++)
        if (!isnan (row[c]))
          {
            sum[m->col_area[c]] += row[c];
            count[m->col_area[c]]++;
            total += row[c];
            min = MIN (min, row[c]);
            max = MAX (max, row[c]);
            buf[n++] = row[c];
          }
      m->row_mean[r] = n > 0 ? total / n : NAN;
      m->row_count[r] = n;
      m->row_median[r] = fk_stats_median_select (buf, n);
      m->row_min[r] = n > 0 ? min : NAN;
      m->row_max[r] = n > 0 ? max : NAN;
      for (guint a = 0; a < m->n_areas; a++)
        m->row_area_mean[(gsize) r * m->n_areas + a] = count[a] > 0 ? sum[a] / count[a] : NAN;
    }
}

/* Mean, count, median, min and max of @buf's first @n values (no NAN;
 * reordered). */
static void
summarise (double *buf,
           guint   n,
           double *mean,
           guint  *count,
           double *median,
           double *min,
           double *max)
{
  double total = 0, lo = INFINITY, hi = -INFINITY;

  for (guint i = 0; i < n; i++)
    {
      total += buf[i];
      lo = MIN (lo, buf[i]);
      hi = MAX (hi, buf[i]);
    }
  *mean = n > 0 ? total / n : NAN;
  *count = n;
  *min = n > 0 ? lo : NAN;
  *max = n > 0 ? hi : NAN;
  *median = fk_stats_median_select (buf, n);
}

static void
compute_column_aggregates (FkMatrix *m)
{
  g_autofree double *buf = g_new (double, MAX (m->n_rows, 1));

  for (guint f = 0; f < FK_N_SIZE_FILTERS; f++)
    {
      for (guint c = 0; c < m->n_cols; c++)
        {
          gsize at = (gsize) f * m->n_cols + c;
          guint n = 0;

          for (guint r = 0; r < m->n_rows; r++)
            {
              double v = m->values[(gsize) r * m->n_cols + c];

              if (!isnan (v) && fk_size_filter_matches (f, m->row_size[r]))
                buf[n++] = v;
            }
          summarise (buf, n, &m->col_mean[at], &m->col_count[at], &m->col_median[at],
                     &m->col_min[at], &m->col_max[at]);
        }

      for (guint a = 0; a < m->n_areas; a++)
        {
          gsize at = (gsize) f * m->n_areas + a;
          guint n = 0;

          for (guint r = 0; r < m->n_rows; r++)
            {
              double v = m->row_area_mean[(gsize) r * m->n_areas + a];

              if (!isnan (v) && fk_size_filter_matches (f, m->row_size[r]))
                buf[n++] = v;
            }
          summarise (buf, n, &m->area_mean[at], &m->area_count[at], &m->area_median[at],
                     &m->area_min[at], &m->area_max[at]);
        }
    }
}

/* Deviation: each current level minus the median of its column's current
 * levels over the whole region. */
static void
subtract_column_medians (FkMatrix *m)
{
  g_autofree double *buf = g_new (double, MAX (m->n_rows, 1));

  for (guint c = 0; c < m->n_cols; c++)
    {
      guint n = 0;
      double median;

      for (guint r = 0; r < m->n_rows; r++)
        {
          double v = m->values[(gsize) r * m->n_cols + c];

          if (!isnan (v))
            buf[n++] = v;
        }
      median = fk_stats_median_select (buf, n);
      for (guint r = 0; r < m->n_rows; r++)
        m->values[(gsize) r * m->n_cols + c] -= median;   /* NAN stays NAN */
    }
}

/* A matrix with its dimensions, sizes and areas, values not yet set. */
static FkMatrix *
matrix_alloc (gint64             round_id,
              FkMeasure          measure,
              FkModel           *model,
              FkRegion          *region,
              const FkSizeClass *row_size,
              const guint       *col_area)
{
  FkMatrix *m = g_atomic_rc_box_new0 (FkMatrix);
  gsize n_cells;

  m->round_id = round_id;
  m->measure = measure;
  m->model = fk_model_ref (model);
  m->region = fk_region_ref (region);
  m->n_rows = region->municipalities->len;
  m->n_cols = model->capabilities->len;
  m->n_areas = model->areas->len;
  n_cells = (gsize) m->n_rows * m->n_cols;

  m->row_size = g_memdup2 (row_size, sizeof (FkSizeClass) * MAX (m->n_rows, 1));
  m->col_area = g_memdup2 (col_area, sizeof (guint) * MAX (m->n_cols, 1));
  m->values = g_new (double, MAX (n_cells, 1));
  m->not_applicable = g_new0 (gboolean, MAX (n_cells, 1));
  return m;
}

/* Every aggregate of @m, whose values are set. */
static FkMatrix *
matrix_finish (FkMatrix *m)
{
  m->row_mean = g_new (double, MAX (m->n_rows, 1));
  m->row_area_mean = g_new (double, MAX ((gsize) m->n_rows * m->n_areas, 1));
  m->col_mean = g_new (double, MAX ((gsize) FK_N_SIZE_FILTERS * m->n_cols, 1));
  m->col_median = g_new (double, MAX ((gsize) FK_N_SIZE_FILTERS * m->n_cols, 1));
  m->col_count = g_new (guint, MAX ((gsize) FK_N_SIZE_FILTERS * m->n_cols, 1));
  m->area_median = g_new (double, MAX ((gsize) FK_N_SIZE_FILTERS * m->n_areas, 1));
  m->row_median = g_new (double, MAX (m->n_rows, 1));
  m->row_min = g_new (double, MAX (m->n_rows, 1));
  m->row_max = g_new (double, MAX (m->n_rows, 1));
  m->row_count = g_new (guint, MAX (m->n_rows, 1));
  m->col_min = g_new (double, MAX ((gsize) FK_N_SIZE_FILTERS * m->n_cols, 1));
  m->col_max = g_new (double, MAX ((gsize) FK_N_SIZE_FILTERS * m->n_cols, 1));
  m->area_mean = g_new (double, MAX ((gsize) FK_N_SIZE_FILTERS * m->n_areas, 1));
  m->area_min = g_new (double, MAX ((gsize) FK_N_SIZE_FILTERS * m->n_areas, 1));
  m->area_max = g_new (double, MAX ((gsize) FK_N_SIZE_FILTERS * m->n_areas, 1));
  m->area_count = g_new (guint, MAX ((gsize) FK_N_SIZE_FILTERS * m->n_areas, 1));
  compute_row_aggregates (m);
  compute_column_aggregates (m);
  return m;
}

FkMatrix *
fk_matrix_new (gint64             round_id,
               FkMeasure          measure,
               FkModel           *model,
               FkRegion          *region,
               const FkSizeClass *row_size,
               const guint       *col_area,
               FkScore * const   *cells)
{
  FkMatrix *m = matrix_alloc (round_id, measure, model, region, row_size, col_area);
  gsize n_cells = (gsize) m->n_rows * m->n_cols;

  for (gsize i = 0; i < n_cells; i++)
    {
      m->values[i] = score_value (cells[i], measure);
      m->not_applicable[i] = cells[i] != NULL && cells[i]->current == FK_LEVEL_NA;
    }
  if (measure == FK_MEASURE_DEVIATION)
    subtract_column_medians (m);
  return matrix_finish (m);
}

FkMatrix *
fk_matrix_new_from_values (gint64             round_id,
                           FkMeasure          measure,
                           const FkMatrix    *shape,
                           const double      *values,
                           const gboolean    *not_applicable)
{
  FkMatrix *m = matrix_alloc (round_id, measure, shape->model, shape->region, shape->row_size, shape->col_area);
  gsize n_cells = (gsize) m->n_rows * m->n_cols;

  if (n_cells > 0)
    {
      memcpy (m->values, values, sizeof (double) * n_cells);
      memcpy (m->not_applicable, not_applicable, sizeof (gboolean) * n_cells);
    }
  return matrix_finish (m);
}

static void
matrix_clear (FkMatrix *matrix)
{
  g_clear_pointer (&matrix->model, fk_model_unref);
  g_clear_pointer (&matrix->region, fk_region_unref);
  g_free (matrix->values);
  g_free (matrix->not_applicable);
  g_free (matrix->row_size);
  g_free (matrix->col_area);
  g_free (matrix->row_mean);
  g_free (matrix->row_area_mean);
  g_free (matrix->col_mean);
  g_free (matrix->col_median);
  g_free (matrix->col_count);
  g_free (matrix->area_median);
  g_free (matrix->row_median);
  g_free (matrix->row_min);
  g_free (matrix->row_max);
  g_free (matrix->row_count);
  g_free (matrix->col_min);
  g_free (matrix->col_max);
  g_free (matrix->area_mean);
  g_free (matrix->area_min);
  g_free (matrix->area_max);
  g_free (matrix->area_count);
}

G_DEFINE_BOXED_TYPE (FkMatrix, fk_matrix, fk_matrix_ref, fk_matrix_unref)

FkMatrix *
fk_matrix_ref (FkMatrix *matrix)
{
  g_return_val_if_fail (matrix != NULL, NULL);
  return g_atomic_rc_box_acquire (matrix);
}

void
fk_matrix_unref (FkMatrix *matrix)
{
  g_return_if_fail (matrix != NULL);
  g_atomic_rc_box_release_full (matrix, (GDestroyNotify) matrix_clear);
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
  return matrix->row_mean[row];
}

double
fk_matrix_row_area_mean (const FkMatrix *matrix,
                         guint           row,
                         guint           area)
{
  g_return_val_if_fail (row < matrix->n_rows && area < matrix->n_areas, NAN);
  return matrix->row_area_mean[(gsize) row * matrix->n_areas + area];
}

double
fk_matrix_column_median (const FkMatrix *matrix,
                         guint           col,
                         FkSizeFilter    filter)
{
  g_return_val_if_fail (col < matrix->n_cols && filter < FK_N_SIZE_FILTERS, NAN);
  return matrix->col_median[(gsize) filter * matrix->n_cols + col];
}

double
fk_matrix_column_mean (const FkMatrix *matrix,
                       guint           col,
                       FkSizeFilter    filter)
{
  g_return_val_if_fail (col < matrix->n_cols && filter < FK_N_SIZE_FILTERS, NAN);
  return matrix->col_mean[(gsize) filter * matrix->n_cols + col];
}

guint
fk_matrix_column_count (const FkMatrix *matrix,
                        guint           col,
                        FkSizeFilter    filter)
{
  g_return_val_if_fail (col < matrix->n_cols && filter < FK_N_SIZE_FILTERS, 0);
  return matrix->col_count[(gsize) filter * matrix->n_cols + col];
}

double
fk_matrix_area_median (const FkMatrix *matrix,
                       guint           area,
                       FkSizeFilter    filter)
{
  g_return_val_if_fail (area < matrix->n_areas && filter < FK_N_SIZE_FILTERS, NAN);
  return matrix->area_median[(gsize) filter * matrix->n_areas + area];
}

#define ROW_ACCESSOR(Type, name, field, none)                                 \
  Type                                                                        \
  fk_matrix_row_##name (const FkMatrix *matrix,                               \
                        guint           row)                                  \
  {                                                                           \
    g_return_val_if_fail (row < matrix->n_rows, none);                        \
    return matrix->field[row];                                                \
  }

ROW_ACCESSOR (double, median, row_median, NAN)
ROW_ACCESSOR (double, min, row_min, NAN)
ROW_ACCESSOR (double, max, row_max, NAN)
ROW_ACCESSOR (guint, count, row_count, 0)

#define FILTERED_ACCESSOR(Type, prefix, index, n, field, none)                \
  Type                                                                        \
  fk_matrix_##prefix (const FkMatrix *matrix,                                 \
                      guint           index,                                  \
                      FkSizeFilter    filter)                                 \
  {                                                                           \
    g_return_val_if_fail (index < matrix->n && filter < FK_N_SIZE_FILTERS,    \
                          none);                                              \
    return matrix->field[(gsize) filter * matrix->n + index];                 \
  }

FILTERED_ACCESSOR (double, column_min, col, n_cols, col_min, NAN)
FILTERED_ACCESSOR (double, column_max, col, n_cols, col_max, NAN)
FILTERED_ACCESSOR (double, area_mean, area, n_areas, area_mean, NAN)
FILTERED_ACCESSOR (double, area_min, area, n_areas, area_min, NAN)
FILTERED_ACCESSOR (double, area_max, area, n_areas, area_max, NAN)
FILTERED_ACCESSOR (guint, area_count, area, n_areas, area_count, 0)
