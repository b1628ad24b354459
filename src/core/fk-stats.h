/* fk-stats.h — small statistics on numbers that may be missing
 *
 * A missing value is NAN: "not assessed" and "not applicable" are never a
 * number. Every function skips NANs, and a statistic of nothing is NAN.
 * Pure functions: no study, no SQLite behind a median.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @values is not reordered. */
double  fk_stats_median (const double *values,
                         gsize         n);
double  fk_stats_mean   (const double *values,
                         gsize         n);
guint   fk_stats_count  (const double *values,
                         gsize         n);

/* The median of the first @n of @buf, which holds no NAN; @buf is sorted
 * in place (for callers that already gathered the values). */
double  fk_stats_median_in_place (double *buf,
                                  gsize   n);

/* The same median in linear time (a selection, not a sort): the first @n
 * of @buf, which holds no NAN, are reordered but not sorted. What the
 * round snapshot uses for its thousands of medians. */
double  fk_stats_median_select (double *buf,
                                gsize   n);

G_END_DECLS
