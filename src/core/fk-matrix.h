/* fk-matrix.h — one measure for every municipality × capability of a round
 *
 * A matrix belongs to a round snapshot (fk-round-snapshot.h), which builds
 * one per measure when it is read; every aggregate is computed then, once,
 * so looking one up costs nothing and a matrix never changes afterwards
 * (safe to read from any thread). "Not assessed" and "not applicable" are
 * never a number: their cells are NAN and no aggregate counts them.
 */
#pragma once

#include <glib-object.h>
#include "fk-model.h"
#include "fk-region.h"
#include "fk-measure.h"

G_BEGIN_DECLS

typedef struct _FkMatrix FkMatrix;

/* Fields are public and read-only. */
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
  double       *row_mean;        /* n_rows */
  double       *row_area_mean;   /* n_rows × n_areas */
  double       *col_mean;        /* FK_N_SIZE_FILTERS × n_cols */
  double       *col_median;      /* FK_N_SIZE_FILTERS × n_cols */
  guint        *col_count;       /* FK_N_SIZE_FILTERS × n_cols */
  double       *area_median;     /* FK_N_SIZE_FILTERS × n_areas */
  double       *row_median;      /* n_rows */
  double       *row_min;         /* n_rows */
  double       *row_max;         /* n_rows */
  guint        *row_count;       /* n_rows */
  double       *col_min;         /* FK_N_SIZE_FILTERS × n_cols */
  double       *col_max;         /* FK_N_SIZE_FILTERS × n_cols */
  double       *area_mean;       /* FK_N_SIZE_FILTERS × n_areas */
  double       *area_min;        /* FK_N_SIZE_FILTERS × n_areas */
  double       *area_max;        /* FK_N_SIZE_FILTERS × n_areas */
  guint        *area_count;      /* FK_N_SIZE_FILTERS × n_areas */
};

#define FK_TYPE_MATRIX (fk_matrix_get_type ())
GType                 fk_matrix_get_type       (void) G_GNUC_CONST;

FkMatrix             *fk_matrix_ref            (FkMatrix       *matrix);
void                  fk_matrix_unref          (FkMatrix       *matrix);

double                fk_matrix_get            (const FkMatrix *matrix,
                                                guint           row,
                                                guint           col);
gboolean              fk_matrix_is_not_applicable (const FkMatrix *matrix,
                                                   guint           row,
                                                   guint           col);
/* Returns: (transfer none): points into the matrix's region and model. */
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
/* Column aggregates over the rows that pass @filter. */
double                fk_matrix_column_median  (const FkMatrix *matrix,
                                                guint           col,
                                                FkSizeFilter    filter);
double                fk_matrix_column_mean    (const FkMatrix *matrix,
                                                guint           col,
                                                FkSizeFilter    filter);
guint                 fk_matrix_column_count   (const FkMatrix *matrix,
                                                guint           col,
                                                FkSizeFilter    filter);
/* Median, over the rows that pass @filter and have a value in the area,
 * of their area means. */
double                fk_matrix_area_median    (const FkMatrix *matrix,
                                                guint           area,
                                                FkSizeFilter    filter);

/* More row aggregates, over the row's values (all its capabilities); a
 * row is one municipality, so no size filter. The count is how many values
 * they rest on. */
double                fk_matrix_row_median     (const FkMatrix *matrix,
                                                guint           row);
double                fk_matrix_row_min        (const FkMatrix *matrix,
                                                guint           row);
double                fk_matrix_row_max        (const FkMatrix *matrix,
                                                guint           row);
guint                 fk_matrix_row_count      (const FkMatrix *matrix,
                                                guint           row);
/* More column aggregates over the rows that pass @filter; the count is
 * fk_matrix_column_count(). */
double                fk_matrix_column_min     (const FkMatrix *matrix,
                                                guint           col,
                                                FkSizeFilter    filter);
double                fk_matrix_column_max     (const FkMatrix *matrix,
                                                guint           col,
                                                FkSizeFilter    filter);
/* Area aggregates of the area means of the rows that pass @filter and have
 * a value in the area (as fk_matrix_area_median()); the count is how many
 * such rows. */
double                fk_matrix_area_mean      (const FkMatrix *matrix,
                                                guint           area,
                                                FkSizeFilter    filter);
double                fk_matrix_area_min       (const FkMatrix *matrix,
                                                guint           area,
                                                FkSizeFilter    filter);
double                fk_matrix_area_max       (const FkMatrix *matrix,
                                                guint           area,
                                                FkSizeFilter    filter);
guint                 fk_matrix_area_count     (const FkMatrix *matrix,
                                                guint           area,
                                                FkSizeFilter    filter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkMatrix, fk_matrix_unref)

G_END_DECLS
