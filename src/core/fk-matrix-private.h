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

/* A matrix of the same municipalities, capabilities, sizes and areas as
 * @shape over @values and @not_applicable (n_rows × n_cols each, copied),
 * with every aggregate computed: how fk-round-change.c gets the means,
 * medians and ranges of a change without a second copy of them. */
FkMatrix *fk_matrix_new_from_values (gint64             round_id,
                                     FkMeasure          measure,
                                     const FkMatrix    *shape,
                                     const double      *values,
                                     const gboolean    *not_applicable);

G_END_DECLS
