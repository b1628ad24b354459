/* bench-util.h — what the benchmarks share */
#pragma once

#include "fk-core.h"

G_BEGIN_DECLS

/* A region of @n municipalities ("Kommun 0", …, codes from 1000), with
 * populations spread over every size class; @id names it. */
FkRegion *fk_bench_region (guint       n,
                           const char *id);

G_END_DECLS
