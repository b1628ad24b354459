/* fk-stats.h — small statistics on levels, and the score matrix of a round
 *
 * "Not assessed" and "not applicable" are never a number: level arrays skip
 * FK_LEVEL_UNSET and FK_LEVEL_NA, double arrays skip NAN, and a statistic
 * of nothing is NAN. Views and exports draw these numbers; they never
 * compute their own.
 */
#pragma once

#include <glib.h>
#include "fk-model.h"
#include "fk-region.h"
#include "fk-study.h"

G_BEGIN_DECLS

double  fk_stats_median_levels (const int    *levels,
                                gsize         n);
double  fk_stats_mean_levels   (const int    *levels,
                                gsize         n);
guint   fk_stats_count_levels  (const int    *levels,
                                gsize         n);
/* The same on doubles; @values is not reordered. */
double  fk_stats_median        (const double *values,
                                gsize         n);
double  fk_stats_mean          (const double *values,
                                gsize         n);
guint   fk_stats_count         (const double *values,
                                gsize         n);

typedef enum {
  FK_MEASURE_CURRENT,  /* the current level */
  FK_MEASURE_TARGET,   /* the target level; none where current is "not applicable" */
  FK_MEASURE_GAP,      /* target − current, where both are levels */
} FkMeasure;

/* For the @size argument of the column aggregates: every municipality. */
#define FK_SIZE_ANY (-1)

typedef struct _FkMatrix FkMatrix;

/* One measure for every municipality × capability of a round. Fields are
 * public and read-only. */
struct _FkMatrix {
  gint64        round_id;
  FkMeasure     measure;
  FkModel      *model;
  FkRegion     *region;
  guint         n_rows;          /* municipalities, in region order */
  guint         n_cols;          /* capabilities, in model order */
  guint         n_areas;         /* areas, in model order */
  double       *values;          /* n_rows × n_cols, row-major; NAN = no value */
  gboolean     *not_applicable;  /* n_rows × n_cols: marked "not applicable" */
  FkSizeClass  *row_size;        /* size class of each row */
  guint        *col_area;        /* index into model->areas of each column */

  /*< private >*/
  gatomicrefcount ref_count;
};

FkMatrix             *fk_matrix_new_for_round  (FkStudy        *study,
                                                gint64          round_id,
                                                FkMeasure       measure,
                                                GError        **error);
FkMatrix             *fk_matrix_ref            (FkMatrix       *matrix);
void                  fk_matrix_unref          (FkMatrix       *matrix);

double                fk_matrix_get            (const FkMatrix *matrix,
                                                guint           row,
                                                guint           col);
gboolean              fk_matrix_is_not_applicable (const FkMatrix *matrix,
                                                   guint           row,
                                                   guint           col);
const FkMunicipality *fk_matrix_get_municipality (const FkMatrix *matrix,
                                                  guint           row);
const FkCapability   *fk_matrix_get_capability (const FkMatrix *matrix,
                                                guint           col);
/* Row of a municipality code, or -1. */
int                   fk_matrix_find_row       (const FkMatrix *matrix,
                                                const char     *code);

/* Row aggregates: mean over the row's values (of one area). */
double                fk_matrix_row_mean       (const FkMatrix *matrix,
                                                guint           row);
double                fk_matrix_row_area_mean  (const FkMatrix *matrix,
                                                guint           row,
                                                guint           area);
/* Column aggregates over the rows of size class @size (or FK_SIZE_ANY). */
double                fk_matrix_column_median  (const FkMatrix *matrix,
                                                guint           col,
                                                int             size);
double                fk_matrix_column_mean    (const FkMatrix *matrix,
                                                guint           col,
                                                int             size);
guint                 fk_matrix_column_count   (const FkMatrix *matrix,
                                                guint           col,
                                                int             size);
/* Median over rows of size @size of their area means (rows with no value
 * in the area are left out). */
double                fk_matrix_area_median    (const FkMatrix *matrix,
                                                guint           area,
                                                int             size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkMatrix, fk_matrix_unref)

G_END_DECLS
