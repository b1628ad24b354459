/* fk-measure.c — what a matrix of a round measures, and how to show it */
#define G_LOG_DOMAIN "fk-measure"
#include "config.h"
#include "fk-measure.h"
#include "fk-error.h"

#include "fk-i18n.h"

typedef struct {
  const char *id;
  const char *label;
  double      min;
  double      max;
  gboolean    diverging;
  gboolean    higher_is_worse;
} MeasureInfo;

static const MeasureInfo measures[FK_N_MEASURES] = {
  [FK_MEASURE_CURRENT]   = { "current",   N_("Current level"),            0, 5, FALSE, FALSE },
  [FK_MEASURE_TARGET]    = { "target",    N_("Target level"),             0, 5, FALSE, FALSE },
  [FK_MEASURE_GAP]       = { "gap",       N_("Gap to target"),           -5, 5, TRUE, FALSE },
  [FK_MEASURE_RISK]      = { "risk",      N_("Sustainability risk"),      0, 3, FALSE, TRUE },
  [FK_MEASURE_INTEREST]  = { "interest",  N_("Interest in collaborating"), 0, 2, FALSE, FALSE },
  [FK_MEASURE_DEVIATION] = { "deviation", N_("Deviation from the regional median"), -5, 5, TRUE, FALSE },
};

double
fk_measure_get_min (FkMeasure measure)
{
  g_return_val_if_fail ((guint) measure < FK_N_MEASURES, 0);
  return measures[measure].min;
}

double
fk_measure_get_max (FkMeasure measure)
{
  g_return_val_if_fail ((guint) measure < FK_N_MEASURES, 0);
  return measures[measure].max;
}

gboolean
fk_measure_is_diverging (FkMeasure measure)
{
  g_return_val_if_fail ((guint) measure < FK_N_MEASURES, FALSE);
  return measures[measure].diverging;
}

gboolean
fk_measure_higher_is_worse (FkMeasure measure)
{
  g_return_val_if_fail ((guint) measure < FK_N_MEASURES, FALSE);
  return measures[measure].higher_is_worse;
}

const char *
fk_measure_to_string (FkMeasure measure)
{
  return (guint) measure < FK_N_MEASURES ? measures[measure].id : NULL;
}

gboolean
fk_measure_from_string (const char  *str,
                        FkMeasure   *out,
                        GError     **error)
{
  g_autoptr(GString) allowed = g_string_new (NULL);

  for (guint m = 0; m < FK_N_MEASURES; m++)
    {
      if (g_strcmp0 (measures[m].id, str) == 0)
        {
          *out = (FkMeasure) m;
          return TRUE;
        }
      g_string_append_printf (allowed, "%s%s", m > 0 ? ", " : "", measures[m].id);
    }
  g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
               _("“%s” is not a measure (use %s)"), str != NULL ? str : "", allowed->str);
  return FALSE;
}

const char *
fk_measure_get_label (FkMeasure measure)
{
  return (guint) measure < FK_N_MEASURES ? _(measures[measure].label) : "";
}
