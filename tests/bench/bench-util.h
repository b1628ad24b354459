/* bench-util.h — what the benchmarks share */
#pragma once

#include "fk-core.h"

G_BEGIN_DECLS

/* A region of @n municipalities ("Kommun 0", …, codes from 1000), with
 * populations spread over every size class; @id names it. */
FkRegion *fk_bench_region (guint       n,
                           const char *id);

/* A synthetic model: @n_capabilities ("Förmåga 0", …) in @n_areas areas.
 * Returns: (transfer full) */
FkModel  *fk_bench_model  (guint       n_areas,
                           guint       n_capabilities);
/* The score of municipality @m for capability @c: every answer varies,
 * with some not assessed, some not applicable and some comments.
 * Returns: (transfer full) */
FkScore  *fk_bench_score  (gint64      round,
                           const char *code,
                           const char *key,
                           guint       m,
                           guint       c);

/* Every score of @round of @study, fk_bench_score() for each
 * municipality and capability of the study, one batch per municipality. */
void      fk_bench_fill_round (FkStudy   *study,
                               gint64     round);

G_END_DECLS
