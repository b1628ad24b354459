/* fk-stats.c — small statistics on numbers that may be missing */
#define G_LOG_DOMAIN "fk-stats"
#include "config.h"
#include "fk-stats.h"

#include <math.h>
#include <stdlib.h>

static int
compare_doubles (const void *a,
                 const void *b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return (da > db) - (da < db);
}

double
fk_stats_median_in_place (double *buf,
                          gsize   n)
{
  if (n == 0)
    return NAN;
  qsort (buf, n, sizeof *buf, compare_doubles);
  if (n % 2 == 1)
    return buf[n / 2];
  return (buf[n / 2 - 1] + buf[n / 2]) / 2.0;
}

double
fk_stats_median (const double *values,
                 gsize         n)
{
  g_autofree double *buf = g_new (double, MAX (n, 1));
  gsize k = 0;

  for (gsize i = 0; i < n; i++)
    if (!isnan (values[i]))
      buf[k++] = values[i];
  return fk_stats_median_in_place (buf, k);
}

double
fk_stats_mean (const double *values,
               gsize         n)
{
  double sum = 0;
  guint k = 0;

  for (gsize i = 0; i < n; i++)
    if (!isnan (values[i]))
      {
        sum += values[i];
        k++;
      }
  return k > 0 ? sum / k : NAN;
}

guint
fk_stats_count (const double *values,
                gsize         n)
{
  guint k = 0;

  for (gsize i = 0; i < n; i++)
    if (!isnan (values[i]))
      k++;
  return k;
}
