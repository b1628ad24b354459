/* fk-measure.h — what a matrix of a round measures, and how to show it
 *
 * Every measure is a number per municipality × capability of a round
 * (fk-matrix.h), NAN where there is none: "not assessed" and "not
 * applicable" are never a number. docs/measures.md says what each means,
 * its formula and its range.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  FK_MEASURE_CURRENT,    /* the current level */
  FK_MEASURE_TARGET,     /* the target level; none where current is "not applicable" */
  FK_MEASURE_GAP,        /* target − current, where both are levels */
  FK_MEASURE_RISK,       /* sustain (no 2, with difficulty 1, yes 0) + 1 for a key person */
  FK_MEASURE_INTEREST,   /* interest in collaborating: no 0, maybe 1, yes 2 */
  FK_MEASURE_DEVIATION,  /* current − the region's median current of the capability */
} FkMeasure;

#define FK_N_MEASURES (FK_MEASURE_DEVIATION + 1)

/* The range of the measure's values, for colour scales and legends. */
double       fk_measure_get_min       (FkMeasure    measure);
double       fk_measure_get_max       (FkMeasure    measure);
/* TRUE for measures centred on 0 (gap, deviation): a diverging scale. */
gboolean     fk_measure_is_diverging  (FkMeasure    measure);
/* TRUE where a higher value is the worse one (the sustainability risk):
 * its colour scale runs the other way, so that dark means worrying on
 * every heatmap, as a low level is dark. */
gboolean     fk_measure_higher_is_worse (FkMeasure  measure);

/* Stable names for files and the CLI: "current", "target", "gap", "risk",
 * "interest", "deviation". Returns: (transfer none) (nullable): a static
 * string, NULL when @measure is not a measure. */
const char  *fk_measure_to_string     (FkMeasure    measure);
/* Accepts exactly the names above; FALSE with @error (FK_ERROR_INVALID)
 * naming @str (transfer none, nullable) otherwise. */
gboolean     fk_measure_from_string   (const char  *str,
                                       FkMeasure   *out,
                                       GError     **error);
/* Translated label for people ("Current level", "Sustainability risk"):
 * Returns: (transfer none): a static string, "" when not a measure. */
const char  *fk_measure_get_label     (FkMeasure    measure);

G_END_DECLS
