/* fk-radar-data.c — what a radar chart shows: axes, series and legend
 *
 * Built from a profile (one axis per area) or axis by axis; drawn by
 * fk-radar-chart.c.
 */
#define G_LOG_DOMAIN "fk-radar-data"
#include "config.h"
#include "fk-radar-chart.h"
#include "fk-model.h"

#include "fk-i18n.h"

static void
axis_clear (gpointer data)
{
  FkRadarAxis *axis = data;

  g_clear_pointer (&axis->label, g_free);
}

FkRadarData *
fk_radar_data_new (void)
{
  FkRadarData *data = g_atomic_rc_box_new0 (FkRadarData);

  data->current_label = g_strdup (_("Current level"));
  data->target_label = g_strdup (_("Target level"));
  data->median_label = g_strdup (_("Regional median"));
  data->axes = g_array_new (FALSE, TRUE, sizeof (FkRadarAxis));
  g_array_set_clear_func (data->axes, axis_clear);
  data->palette = FK_PALETTE_DEFAULT;
  return data;
}

FkRadarData *
fk_radar_data_new_for_profile (const FkProfile *profile,
                               const char      *language)
{
  FkRadarData *data = fk_radar_data_new ();

  g_return_val_if_fail (profile != NULL, data);

  fk_radar_data_set_title (data, profile->name);
  for (guint i = 0; i < profile->areas->len; i++)
    {
      const FkProfileArea *pa = &g_array_index (profile->areas, FkProfileArea, i);
      const FkArea *area = fk_model_lookup_area (profile->model, pa->area);

      fk_radar_data_add_axis (data, fk_text_get (&area->name, language),
                              pa->current, pa->target, pa->region_median);
    }
  return data;
}

void
fk_radar_data_add_axis (FkRadarData *data,
                        const char  *label,
                        double       current,
                        double       target,
                        double       median)
{
  FkRadarAxis axis = { g_strdup (label), current, target, median };

  g_array_append_val (data->axes, axis);
}

void
fk_radar_data_set_title (FkRadarData *data,
                         const char  *title)
{
  g_free (data->title);
  data->title = g_strdup (title);
}

void
fk_radar_data_set_palette (FkRadarData *data,
                           FkPalette    palette)
{
  g_return_if_fail (data != NULL);
  data->palette = palette;
}

static void
radar_data_clear (FkRadarData *data)
{
  g_array_unref (data->axes);
  g_free (data->title);
  g_free (data->current_label);
  g_free (data->target_label);
  g_free (data->median_label);
}

G_DEFINE_BOXED_TYPE (FkRadarData, fk_radar_data, fk_radar_data_ref, fk_radar_data_unref)

FkRadarData *
fk_radar_data_ref (FkRadarData *data)
{
  g_return_val_if_fail (data != NULL, NULL);
  return g_atomic_rc_box_acquire (data);
}

void
fk_radar_data_unref (FkRadarData *data)
{
  g_return_if_fail (data != NULL);
  g_atomic_rc_box_release_full (data, (GDestroyNotify) radar_data_clear);
}
