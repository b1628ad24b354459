/* fk-profile-text.c — a profile in words: the strengths and weaknesses
 * rows, their column headings, the size and count lines (the Profile
 * page's and the annex's)
 */
#define G_LOG_DOMAIN "fk-profile-text"
#include "config.h"
#include "fk-profile-text.h"
#include "fk-text.h"

#include "fk-i18n.h"
#include <math.h>

/* A whole number without decimals ("3", "+1"), others with one ("2.5"),
 * "–" for none: medians of even counts are halves. */
static char *
format_value (double      value,
              gboolean    signed_,
              const char *language)
{
  if (isnan (value))
    return g_strdup ("–");
  return fk_text_format_number (value, round (value * 10) == round (value) * 10, signed_, language);
}

void
fk_profile_row_free (FkProfileRow *row)
{
  if (row == NULL)
    return;
  g_free (row->capability);
  g_free (row->area);
  g_free (row->level);
  g_free (row->region_median);
  g_free (row->size_median);
  g_free (row->difference);
  g_free (row);
}

const char *
fk_profile_column_get_heading (FkProfileColumn column)
{
  return fk_profile_column_get_heading_for (column, FALSE);
}

const char *
fk_profile_column_get_heading_for (FkProfileColumn column,
                                   gboolean        by_size_group)
{
  switch (column)
    {
    case FK_PROFILE_COLUMN_CAPABILITY:
      return _("Capability");
    case FK_PROFILE_COLUMN_LEVEL:
      return _("Level");
    case FK_PROFILE_COLUMN_REGION_MEDIAN:
      return _("Regional median");
    case FK_PROFILE_COLUMN_SIZE_MEDIAN:
      /* Translators: anonymised, the median over a merged size group
       * ("Medium and large"), not over the real size class */
      return by_size_group ? _("Size group median") : _("Size class median");
    case FK_PROFILE_COLUMN_DIFFERENCE:
      return _("Difference");
    case FK_PROFILE_N_COLUMNS:
    default:
      g_return_val_if_reached ("");
    }
}

GPtrArray *
fk_profile_rows_new (GArray     *items,
                     FkModel    *model,
                     const char *language)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_profile_row_free);

  for (guint i = 0; i < items->len; i++)
    {
      const FkProfileItem *item = &g_array_index (items, FkProfileItem, i);
      const FkCapability *capability = fk_model_lookup (model, item->capability);
      const FkArea *area = fk_model_lookup_area (model, item->area);
      FkProfileRow *row = g_new0 (FkProfileRow, 1);

      row->capability = g_strdup (fk_text_get (&capability->name, language));
      row->area = g_strdup (area != NULL ? fk_text_get (&area->name, language) : "");
      row->level = fk_text_format_number (item->level, TRUE, FALSE, language);
      row->region_median = format_value (item->region_median, FALSE, language);
      row->size_median = format_value (item->size_median, FALSE, language);
      row->difference = format_value (item->difference, TRUE, language);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

char *
fk_profile_describe_size (const FkProfile    *profile,
                          const FkAnonymizer *anon)
{
  g_autofree char *population = NULL;

  if (anon != NULL)
    /* Translators: an anonymised municipality's size group ("Small", "Medium and large") */
    return g_strdup_printf (_("Size group: %s"),
                            fk_size_group_get_label (fk_anonymizer_get_size_group (anon, profile->municipality)));
  population = fk_text_format_thousands (profile->population);
  switch (profile->size)
    {
    case FK_SIZE_SMALL:
      return g_strdup_printf (_("Small municipality (%s inhabitants)"), population);
    case FK_SIZE_LARGE:
      return g_strdup_printf (_("Large municipality (%s inhabitants)"), population);
    case FK_SIZE_MEDIUM:
    default:
      return g_strdup_printf (_("Medium-size municipality (%s inhabitants)"), population);
    }
}

char *
fk_profile_describe_count (guint n_levels,
                           guint n_capabilities,
                           guint n_not_applicable)
{
  /* Translators: the plural follows the second number, the model's total */
  g_autofree char *levels = g_strdup_printf (ngettext ("%u of %u capability has a level",
                                                       "%u of %u capabilities have a level",
                                                       n_capabilities),
                                             n_levels, n_capabilities);
  g_autofree char *na = NULL;

  if (n_not_applicable == 0)
    return g_steal_pointer (&levels);
  /* Translators: capabilities marked not applicable, after "… have a level · " */
  na = g_strdup_printf (ngettext ("%u not applicable", "%u not applicable", n_not_applicable),
                        n_not_applicable);
  return g_strconcat (levels, " · ", na, NULL);
}

const char *
fk_profile_describe_none (gboolean above)
{
  return above ? _("No capability is above the regional median.")
               : _("No capability is below the regional median.");
}
