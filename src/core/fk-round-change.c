/* fk-round-change.c — the change of one measure from one round to another */
#define G_LOG_DOMAIN "fk-round-change"
#include "config.h"
#include "fk-round-change.h"
#include "fk-error.h"
#include "fk-matrix-private.h"

#include "fk-i18n.h"
#include <math.h>
#include <string.h>

struct _FkRoundChange {
  FkRoundSnapshot *from;
  FkRoundSnapshot *to;
  FkMeasure        measure;
  FkMatrix        *matrix;    /* the differences, with their aggregates */
  guint8          *states;    /* FkChangeState, n_rows × n_cols */
  guint           *counts;    /* FK_N_SIZE_FILTERS × n_cols × FK_N_CHANGE_STATES */
};

G_DEFINE_BOXED_TYPE (FkRoundChange, fk_round_change, fk_round_change_ref, fk_round_change_unref)

static gboolean
same_region (FkRegion *a,
             FkRegion *b)
{
  if (a == b)
    return TRUE;
  if (g_strcmp0 (a->id, b->id) != 0 || a->municipalities->len != b->municipalities->len)
    return FALSE;
  for (guint i = 0; i < a->municipalities->len; i++)
    {
      const FkMunicipality *x = g_ptr_array_index (a->municipalities, i);
      const FkMunicipality *y = g_ptr_array_index (b->municipalities, i);

      if (g_strcmp0 (x->code, y->code) != 0)
        return FALSE;
    }
  return TRUE;
}

gboolean
fk_round_change_can_compare (FkRoundSnapshot  *from,
                             FkRoundSnapshot  *to,
                             GError          **error)
{
  FkModel *a, *b;
  const char *source;

  g_return_val_if_fail (from != NULL && to != NULL, FALSE);

  a = fk_round_snapshot_get_model (from);
  b = fk_round_snapshot_get_model (to);
  source = fk_round_snapshot_get_source (to) != NULL ? fk_round_snapshot_get_source (to) : "";
  if (a != b && g_strcmp0 (a->checksum, b->checksum) != 0)
    {
      /* Translators: %s is the study's file name */
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("%s: the two rounds were assessed with different capability models and cannot be compared"),
                   source);
      return FALSE;
    }
  if (!same_region (fk_round_snapshot_get_region (from), fk_round_snapshot_get_region (to)))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("%s: the two rounds have different municipalities and cannot be compared"), source);
      return FALSE;
    }
  return TRUE;
}

static FkChangeState
state_of (double   before,
          double   after,
          gboolean na_before,
          gboolean na_after)
{
  if (isnan (before) && isnan (after))
    return na_before || na_after ? FK_CHANGE_NOT_APPLICABLE : FK_CHANGE_NOT_ASSESSED;
  if (isnan (before))
    return FK_CHANGE_NEWLY_ASSESSED;
  if (isnan (after))
    return FK_CHANGE_NO_LONGER_ASSESSED;
  if (after > before)
    return FK_CHANGE_ROSE;
  if (after < before)
    return FK_CHANGE_FELL;
  return FK_CHANGE_UNCHANGED;
}

FkRoundChange *
fk_round_change_new (FkRoundSnapshot  *from,
                     FkRoundSnapshot  *to,
                     FkMeasure         measure,
                     GError          **error)
{
  FkRoundChange *self;
  FkMatrix *before, *after;
  g_autofree double *diff = NULL;
  g_autofree gboolean *na = NULL;
  gsize n_cells;
  guint n_rows, n_cols;

  g_return_val_if_fail (from != NULL && to != NULL, NULL);
  g_return_val_if_fail ((guint) measure < FK_N_MEASURES, NULL);

  if (!fk_round_change_can_compare (from, to, error))
    return NULL;

  before = fk_round_snapshot_get_matrix (from, measure);
  after = fk_round_snapshot_get_matrix (to, measure);
  n_rows = after->n_rows;
  n_cols = after->n_cols;
  n_cells = (gsize) n_rows * n_cols;

  self = g_atomic_rc_box_new0 (FkRoundChange);
  self->from = fk_round_snapshot_ref (from);
  self->to = fk_round_snapshot_ref (to);
  self->measure = measure;
  self->states = g_new (guint8, MAX (n_cells, 1));
  self->counts = g_new0 (guint, MAX ((gsize) FK_N_SIZE_FILTERS * n_cols * FK_N_CHANGE_STATES, 1));
  diff = g_new (double, MAX (n_cells, 1));
  na = g_new (gboolean, MAX (n_cells, 1));

  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < n_cols; c++)
      {
        gsize i = (gsize) r * n_cols + c;
        double b = before->values[i], a = after->values[i];
        FkChangeState state = state_of (b, a, before->not_applicable[i], after->not_applicable[i]);

        self->states[i] = state;
        diff[i] = isnan (a) || isnan (b) ? NAN : a - b;
        na[i] = state == FK_CHANGE_NOT_APPLICABLE;
        for (guint f = 0; f < FK_N_SIZE_FILTERS; f++)
          if (fk_size_filter_matches (f, after->row_size[r]))
            self->counts[((gsize) f * n_cols + c) * FK_N_CHANGE_STATES + state]++;
      }
  self->matrix = fk_matrix_new_from_values (after->round_id, measure, after, diff, na);
  return self;
}

static void
round_change_clear (FkRoundChange *self)
{
  g_clear_pointer (&self->from, fk_round_snapshot_unref);
  g_clear_pointer (&self->to, fk_round_snapshot_unref);
  g_clear_pointer (&self->matrix, fk_matrix_unref);
  g_free (self->states);
  g_free (self->counts);
}

FkRoundChange *
fk_round_change_ref (FkRoundChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);
  return g_atomic_rc_box_acquire (change);
}

void
fk_round_change_unref (FkRoundChange *change)
{
  g_return_if_fail (change != NULL);
  g_atomic_rc_box_release_full (change, (GDestroyNotify) round_change_clear);
}

FkRoundSnapshot *
fk_round_change_get_from (FkRoundChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);
  return change->from;
}

FkRoundSnapshot *
fk_round_change_get_to (FkRoundChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);
  return change->to;
}

FkMeasure
fk_round_change_get_measure (FkRoundChange *change)
{
  g_return_val_if_fail (change != NULL, FK_MEASURE_CURRENT);
  return change->measure;
}

FkMatrix *
fk_round_change_get_matrix (FkRoundChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);
  return change->matrix;
}

FkChangeState
fk_round_change_get_state (FkRoundChange *change,
                           guint          row,
                           guint          col)
{
  g_return_val_if_fail (change != NULL, FK_CHANGE_NOT_ASSESSED);
  g_return_val_if_fail (row < change->matrix->n_rows && col < change->matrix->n_cols, FK_CHANGE_NOT_ASSESSED);
  return (FkChangeState) change->states[(gsize) row * change->matrix->n_cols + col];
}

double
fk_round_change_get_difference (FkRoundChange *change,
                                guint          row,
                                guint          col)
{
  g_return_val_if_fail (change != NULL, NAN);
  return fk_matrix_get (change->matrix, row, col);
}

double
fk_round_change_get_before (FkRoundChange *change,
                            guint          row,
                            guint          col)
{
  g_return_val_if_fail (change != NULL, NAN);
  return fk_matrix_get (fk_round_snapshot_get_matrix (change->from, change->measure), row, col);
}

double
fk_round_change_get_after (FkRoundChange *change,
                           guint          row,
                           guint          col)
{
  g_return_val_if_fail (change != NULL, NAN);
  return fk_matrix_get (fk_round_snapshot_get_matrix (change->to, change->measure), row, col);
}

guint
fk_round_change_count (FkRoundChange *change,
                       guint          col,
                       FkChangeState  state,
                       FkSizeFilter   filter)
{
  g_return_val_if_fail (change != NULL, 0);
  g_return_val_if_fail (col < change->matrix->n_cols && (guint) state < FK_N_CHANGE_STATES
                        && (guint) filter < FK_N_SIZE_FILTERS, 0);
  return change->counts[((gsize) filter * change->matrix->n_cols + col) * FK_N_CHANGE_STATES + state];
}

double
fk_round_change_get_scale (FkMeasure measure)
{
  return MIN (fk_measure_get_max (measure) - fk_measure_get_min (measure), 5);
}

const char *
fk_round_change_get_label (FkMeasure measure)
{
  switch (measure)
    {
    case FK_MEASURE_CURRENT:
      /* Translators: the change of a measure between two rounds, a heading */
      return _("Change in current level");
    case FK_MEASURE_TARGET:
      return _("Change in target level");
    case FK_MEASURE_GAP:
      return _("Change in gap to target");
    case FK_MEASURE_RISK:
      return _("Change in sustainability risk");
    case FK_MEASURE_INTEREST:
      return _("Change in interest in collaborating");
    case FK_MEASURE_DEVIATION:
      return _("Change in deviation from the regional median");
    default:
      return "";
    }
}
