/* fk-export-data.c — what the data annex exports, gathered once and never changed */
#define G_LOG_DOMAIN "fk-export-data"
#include "config.h"
#include "fk-export-data-private.h"

#include <string.h>

G_DEFINE_BOXED_TYPE (FkExportData, fk_export_data, fk_export_data_ref, fk_export_data_unref)

gboolean
fk_data_format_from_string (const char   *name,
                            FkDataFormat *format)
{
  static const char * const words[] = {
    [FK_DATA_FORMAT_CSV] = "csv",
    [FK_DATA_FORMAT_XLSX] = "xlsx",
    [FK_DATA_FORMAT_ODT] = "odt",
  };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (words); i++)
    if (strcmp (name, words[i]) == 0)
      {
        *format = (FkDataFormat) i;
        return TRUE;
      }
  return FALSE;
}

void
fk_export_scenario_free (FkExportScenario *scenario)
{
  if (scenario == NULL)
    return;
  g_free (scenario->name);
  for (guint s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    g_free (scenario->sections[s]);
  g_free (scenario);
}

GPtrArray *
fk_export_scenarios_describe (GPtrArray          *scenarios,
                              FkCandidates       *candidates,
                              const char         *language,
                              const FkAnonymizer *anon)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_export_scenario_free);
  FkRegion *region = fk_round_snapshot_get_region (fk_candidates_get_snapshot (candidates));

  for (guint i = 0; i < scenarios->len; i++)
    {
      const FkScenario *scenario = scenarios->pdata[i];
      g_auto(GStrv) texts = fk_scenario_get_report_texts (scenario, candidates, language, anon, NULL);
      FkExportScenario *e = g_new0 (FkExportScenario, 1);

      e->name = fk_scenario_get_display_name (scenario, region, language, anon, i + 1, NULL);
      for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
        e->sections[s] = g_steal_pointer (&texts[s]);
      g_ptr_array_add (out, e);
    }
  return out;
}

FkExportData *
fk_export_data_new (FkCandidates *candidates,
                    GPtrArray    *scenarios,
                    const char   *language,
                    FkAnonymizer *anon,
                    FkPalette     palette)
{
  FkExportData *data;

  g_return_val_if_fail (candidates != NULL && language != NULL, NULL);

  data = g_atomic_rc_box_new0 (FkExportData);
  data->candidates = fk_candidates_ref (candidates);
  data->snapshot = fk_round_snapshot_ref (fk_candidates_get_snapshot (candidates));
  data->scenarios = scenarios != NULL ? g_ptr_array_ref (scenarios) : g_ptr_array_new ();
  data->language = g_strdup (language);
  data->anon = anon != NULL ? fk_anonymizer_ref (anon) : NULL;
  data->palette = palette;
  return data;
}

FkExportData *
fk_export_data_ref (FkExportData *data)
{
  return g_atomic_rc_box_acquire (data);
}

static void
export_data_clear (FkExportData *data)
{
  fk_candidates_unref (data->candidates);
  fk_round_snapshot_unref (data->snapshot);
  g_ptr_array_unref (data->scenarios);
  g_free (data->language);
  g_clear_pointer (&data->anon, fk_anonymizer_unref);
}

void
fk_export_data_unref (FkExportData *data)
{
  g_atomic_rc_box_release_full (data, (GDestroyNotify) export_data_clear);
}

guint *
fk_export_data_get_rows (FkExportData *data,
                         guint        *out_n)
{
  guint n = fk_round_snapshot_get_n_rows (data->snapshot);
  guint *rows = g_new (guint, n);

  if (data->anon != NULL)
    {
      guint n_order;
      const guint *order = fk_anonymizer_get_order (data->anon, &n_order);

      g_assert (n_order == n);
      memcpy (rows, order, n * sizeof (guint));
    }
  else
    for (guint i = 0; i < n; i++)
      rows[i] = i;
  *out_n = n;
  return rows;
}

static const FkMunicipality *
municipality_at (FkExportData *data,
                 guint         row)
{
  return g_ptr_array_index (fk_round_snapshot_get_region (data->snapshot)->municipalities, row);
}

const char *
fk_export_data_get_id (FkExportData *data,
                       guint         row)
{
  const FkMunicipality *m = municipality_at (data, row);

  return data->anon != NULL ? fk_anonymizer_get_letter (data->anon, m->code) : m->code;
}

char *
fk_export_data_get_name (FkExportData *data,
                         guint         row)
{
  const FkMunicipality *m = municipality_at (data, row);

  return data->anon != NULL ? fk_anonymizer_get_display_name (data->anon, m->code) : g_strdup (m->name);
}

const char *
fk_export_data_level_text (int level)
{
  static const char * const levels[] = { "0", "1", "2", "3", "4", "5" };

  if (level == FK_LEVEL_NA)
    return "na";
  if (level >= FK_LEVEL_MIN && level <= FK_LEVEL_MAX)
    return levels[level - FK_LEVEL_MIN];
  return NULL;
}
