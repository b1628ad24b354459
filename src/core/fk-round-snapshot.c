/* fk-round-snapshot.c — every score of one round, read once and never changed */
#define G_LOG_DOMAIN "fk-round-snapshot"
#include "config.h"
#include "fk-round-snapshot.h"
#include "fk-error.h"
#include "fk-matrix-private.h"


struct _FkRoundSnapshot
{
  FkModel     *model;
  FkRegion    *region;
  gint64       round_id;
  char        *round_name;
  char        *source;
  guint        n_rows;
  guint        n_cols;
  FkScore    **cells;       /* n_rows × n_cols; NULL = nothing stored */
  FkSizeClass *row_size;
  GHashTable  *row_of;      /* code (in region) → row + 1 */
  FkMatrix    *matrices[FK_N_MEASURES];
  guint       *col_low;             /* FK_N_SIZE_FILTERS × n_cols */
  guint       *col_cannot_sustain;  /* FK_N_SIZE_FILTERS × n_cols */
  guint       *col_interested;      /* FK_N_SIZE_FILTERS × n_cols */
};

/* The three column counts of every size filter. */
static void
compute_column_counts (FkRoundSnapshot *self)
{
  gsize n = (gsize) FK_N_SIZE_FILTERS * self->n_cols;

  self->col_low = g_new0 (guint, MAX (n, 1));
  self->col_cannot_sustain = g_new0 (guint, MAX (n, 1));
  self->col_interested = g_new0 (guint, MAX (n, 1));
  for (guint r = 0; r < self->n_rows; r++)
    for (guint c = 0; c < self->n_cols; c++)
      {
        const FkScore *score = self->cells[(gsize) r * self->n_cols + c];
        gboolean low, cannot, interested;

        if (score == NULL || score->current == FK_LEVEL_NA)
          continue;
        low = score->current >= FK_LEVEL_MIN && score->current <= FK_LEVEL_LOW_MAX;
        cannot = score->sustain == FK_SUSTAIN_NO || score->sustain == FK_SUSTAIN_DIFFICULT;
        interested = score->interest == FK_INTEREST_YES || score->interest == FK_INTEREST_MAYBE;
        for (guint f = 0; f < FK_N_SIZE_FILTERS; f++)
          if (fk_size_filter_matches (f, self->row_size[r]))
            {
              gsize at = (gsize) f * self->n_cols + c;

              self->col_low[at] += low;
              self->col_cannot_sustain[at] += cannot;
              self->col_interested[at] += interested;
            }
      }
}

/* Index into model->areas of each capability. */
static guint *
column_areas (FkModel *model)
{
  guint *col_area = g_new0 (guint, MAX (model->capabilities->len, 1));

  for (guint c = 0; c < model->capabilities->len; c++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, c);

      for (guint a = 0; a < model->areas->len; a++)
        if (g_strcmp0 (((FkArea *) g_ptr_array_index (model->areas, a))->key, cap->area) == 0)
          {
            col_area[c] = a;
            break;
          }
    }
  return col_area;
}

FkRoundSnapshot *
fk_round_snapshot_new (FkModel    *model,
                       FkRegion   *region,
                       gint64      round_id,
                       const char *round_name,
                       const char *source,
                       GPtrArray  *scores)
{
  FkRoundSnapshot *self;
  g_autofree guint *col_area = NULL;
  g_autofree gpointer *stolen = NULL;
  gsize n_scores = 0;

  g_return_val_if_fail (model != NULL && region != NULL && scores != NULL, NULL);

  self = g_atomic_rc_box_new0 (FkRoundSnapshot);
  self->model = fk_model_ref (model);
  self->region = fk_region_ref (region);
  self->round_id = round_id;
  self->round_name = g_strdup (round_name);
  self->source = g_strdup (source);
  self->n_rows = region->municipalities->len;
  self->n_cols = model->capabilities->len;
  self->cells = g_new0 (FkScore *, MAX ((gsize) self->n_rows * self->n_cols, 1));
  self->row_size = g_new (FkSizeClass, MAX (self->n_rows, 1));
  self->row_of = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint r = 0; r < self->n_rows; r++)
    {
      const FkMunicipality *mun = g_ptr_array_index (region->municipalities, r);

      self->row_size[r] = fk_region_municipality_size_class (region, mun);
      g_hash_table_insert (self->row_of, mun->code, GUINT_TO_POINTER (r + 1));
    }

  /* The scores move into the grid; what has no cell is freed. */
  g_ptr_array_set_free_func (scores, NULL);
  stolen = g_ptr_array_steal (scores, &n_scores);
  g_ptr_array_unref (scores);
  for (gsize i = 0; i < n_scores; i++)
    {
      FkScore *score = stolen[i];
      guint row = GPOINTER_TO_UINT (g_hash_table_lookup (self->row_of, score->municipality));
      int col = fk_model_index_of (model, score->capability);
      FkScore **cell;

      if (score->round_id != round_id || row == 0 || col < 0)
        {
          fk_score_free (score);
          continue;
        }
      cell = &self->cells[(gsize) (row - 1) * self->n_cols + col];
      g_clear_pointer (cell, fk_score_free);
      *cell = score;
    }

  col_area = column_areas (model);
  for (guint m = 0; m < FK_N_MEASURES; m++)
    self->matrices[m] = fk_matrix_new (round_id, m, model, region, self->row_size, col_area,
                                       self->cells);
  compute_column_counts (self);
  return self;
}

static void
round_snapshot_clear (FkRoundSnapshot *self)
{
  gsize n_cells = (gsize) self->n_rows * self->n_cols;

  for (guint m = 0; m < FK_N_MEASURES; m++)
    g_clear_pointer (&self->matrices[m], fk_matrix_unref);
  for (gsize i = 0; i < n_cells; i++)
    g_clear_pointer (&self->cells[i], fk_score_free);
  g_free (self->cells);
  g_free (self->row_size);
  g_free (self->col_low);
  g_free (self->col_cannot_sustain);
  g_free (self->col_interested);
  g_hash_table_unref (self->row_of);
  g_clear_pointer (&self->model, fk_model_unref);
  g_clear_pointer (&self->region, fk_region_unref);
  g_free (self->round_name);
  g_free (self->source);
}

G_DEFINE_BOXED_TYPE (FkRoundSnapshot, fk_round_snapshot, fk_round_snapshot_ref, fk_round_snapshot_unref)

FkRoundSnapshot *
fk_round_snapshot_ref (FkRoundSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, NULL);
  return g_atomic_rc_box_acquire (snapshot);
}

void
fk_round_snapshot_unref (FkRoundSnapshot *snapshot)
{
  g_return_if_fail (snapshot != NULL);
  g_atomic_rc_box_release_full (snapshot, (GDestroyNotify) round_snapshot_clear);
}

FkModel *
fk_round_snapshot_get_model (FkRoundSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, NULL);
  return snapshot->model;
}

FkRegion *
fk_round_snapshot_get_region (FkRoundSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, NULL);
  return snapshot->region;
}

gint64
fk_round_snapshot_get_round_id (FkRoundSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, 0);
  return snapshot->round_id;
}

const char *
fk_round_snapshot_get_round_name (FkRoundSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, NULL);
  return snapshot->round_name;
}

const char *
fk_round_snapshot_get_source (FkRoundSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, NULL);
  return snapshot->source;
}

guint
fk_round_snapshot_get_n_rows (FkRoundSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, 0);
  return snapshot->n_rows;
}

guint
fk_round_snapshot_get_n_cols (FkRoundSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, 0);
  return snapshot->n_cols;
}

int
fk_round_snapshot_find_row (FkRoundSnapshot *snapshot,
                            const char      *code)
{
  g_return_val_if_fail (snapshot != NULL, -1);
  if (code == NULL)
    return -1;
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (snapshot->row_of, code)) - 1;
}

FkSizeClass
fk_round_snapshot_get_size_class (FkRoundSnapshot *snapshot,
                                  guint            row)
{
  g_return_val_if_fail (snapshot != NULL && row < snapshot->n_rows, FK_SIZE_SMALL);
  return snapshot->row_size[row];
}

const FkScore *
fk_round_snapshot_get_score (FkRoundSnapshot *snapshot,
                             guint            row,
                             guint            col)
{
  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail (row < snapshot->n_rows && col < snapshot->n_cols, NULL);
  return snapshot->cells[(gsize) row * snapshot->n_cols + col];
}

guint
fk_round_snapshot_count_assessed (FkRoundSnapshot *snapshot,
                                  guint            row)
{
  guint n = 0;

  g_return_val_if_fail (snapshot != NULL && row < snapshot->n_rows, 0);
  for (guint c = 0; c < snapshot->n_cols; c++)
    {
      const FkScore *score = snapshot->cells[(gsize) row * snapshot->n_cols + c];

      if (score != NULL && fk_score_is_assessed (score))
        n++;
    }
  return n;
}

#define COUNT_ACCESSOR(name, field)                                            \
  guint                                                                        \
  fk_round_snapshot_count_##name (FkRoundSnapshot *snapshot,                   \
                                  guint            col,                        \
                                  FkSizeFilter     filter)                     \
  {                                                                            \
    g_return_val_if_fail (snapshot != NULL, 0);                                \
    g_return_val_if_fail (col < snapshot->n_cols && filter < FK_N_SIZE_FILTERS, 0); \
    return snapshot->field[(gsize) filter * snapshot->n_cols + col];           \
  }

COUNT_ACCESSOR (low, col_low)
COUNT_ACCESSOR (cannot_sustain, col_cannot_sustain)
COUNT_ACCESSOR (interested, col_interested)

FkMatrix *
fk_round_snapshot_get_matrix (FkRoundSnapshot *snapshot,
                              FkMeasure        measure)
{
  g_return_val_if_fail (snapshot != NULL && measure < FK_N_MEASURES, NULL);
  return snapshot->matrices[measure];
}

gboolean
fk_round_snapshot_lookup_row (FkRoundSnapshot *snapshot,
                              const char      *code,
                              guint           *row,
                              GError         **error)
{
  g_return_val_if_fail (snapshot != NULL, FALSE);

  if (!fk_region_check_municipality (snapshot->region, snapshot->source, code, error))
    return FALSE;
  *row = (guint) fk_round_snapshot_find_row (snapshot, code);
  return TRUE;
}
