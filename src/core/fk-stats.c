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

/* Puts the @k-th smallest of @buf[0..n) at @buf[k], smaller or equal ones
 * before it, greater or equal ones after: quickselect with a three-way
 * partition, so that the many equal levels of a column cost nothing. */
static void
select_nth (double *buf,
            gsize   n,
            gsize   k)
{
  gsize lo = 0, hi = n;   /* the k-th is in [lo, hi) */

  while (hi - lo > 1)
    {
      double a = buf[lo], b = buf[lo + (hi - lo) / 2], c = buf[hi - 1];
      double pivot = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
      gsize lt = lo, i = lo, gt = hi;

      /* [lo, lt) < pivot, [lt, i) == pivot, [gt, hi) > pivot */
      while (i < gt)
        {
          double v = buf[i];

          if (v < pivot)
            {
              buf[i++] = buf[lt];
              buf[lt++] = v;
            }
          else if (v > pivot)
            {
              buf[i] = buf[--gt];
              buf[gt] = v;
            }
          else
            i++;
        }
      if (k < lt)
        hi = lt;
      else if (k >= gt)
        lo = gt;
      else
        return;   /* buf[k] == pivot */
    }
}

double
fk_stats_median_select (double *buf,
                        gsize   n)
{
  double upper, lower;

  if (n == 0)
    return NAN;
  select_nth (buf, n, n / 2);
  upper = buf[n / 2];
  if (n % 2 == 1)
    return upper;
  /* The lower middle is the greatest of those before. */
  lower = buf[0];
  for (gsize i = 1; i < n / 2; i++)
    if (buf[i] > lower)
      lower = buf[i];
  return (lower + upper) / 2.0;
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
