/* fk-matrix-private.h — how a round snapshot builds its matrices (core only) */
#pragma once

#include "fk-matrix.h"
#include "fk-score.h"

G_BEGIN_DECLS

/* The matrix of @measure over @cells (n_rows × n_cols, row-major; NULL
 * where nothing is stored), with every aggregate computed. @row_size and
 * @col_area are copied. */
FkMatrix *fk_matrix_new (gint64              round_id,
                         FkMeasure           measure,
                         FkModel            *model,
                         FkRegion           *region,
                         const FkSizeClass  *row_size,
                         const guint        *col_area,
                         FkScore * const    *cells);

G_END_DECLS
