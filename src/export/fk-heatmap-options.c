/* fk-heatmap-options.c — the heatmap's options: defaults and the stable
 * names of its grids, aggregates and overlays (for the CLI and settings)
 */
#define G_LOG_DOMAIN "fk-heatmap-options"
#include "config.h"
#include "fk-heatmap-layout.h"

#include <string.h>

typedef struct {
  const char *name;
  guint       flag;
} FlagName;

static const FlagName aggregate_names[] = {
  { "mean", FK_HEATMAP_AGGREGATE_MEAN },
  { "median", FK_HEATMAP_AGGREGATE_MEDIAN },
  { "min-max", FK_HEATMAP_AGGREGATE_MIN_MAX },
  { "low", FK_HEATMAP_AGGREGATE_LOW },
  { "cannot-sustain", FK_HEATMAP_AGGREGATE_CANNOT_SUSTAIN },
  { "interested", FK_HEATMAP_AGGREGATE_INTERESTED },
  { "row-mean", FK_HEATMAP_AGGREGATE_ROW_MEAN },
  { "rose", FK_HEATMAP_AGGREGATE_ROSE },
  { "fell", FK_HEATMAP_AGGREGATE_FELL },
};

static const FlagName grid_names[] = {
  { "capabilities", FK_HEATMAP_GRID_CAPABILITIES },
  { "areas", FK_HEATMAP_GRID_AREAS },
  { "change", FK_HEATMAP_GRID_CHANGE },
};

static const FlagName overlay_names[] = {
  { "target", FK_HEATMAP_OVERLAY_TARGET },
  { "sustain", FK_HEATMAP_OVERLAY_SUSTAIN },
};

static gboolean
flag_from_name (const FlagName *names,
                guint           n_names,
                const char     *name,
                guint          *flag)
{
  for (guint i = 0; name != NULL && i < n_names; i++)
    if (strcmp (name, names[i].name) == 0)
      {
        *flag = names[i].flag;
        return TRUE;
      }
  return FALSE;
}

static const char *
name_of_flag (const FlagName *names,
              guint           n_names,
              guint           flag)
{
  for (guint i = 0; i < n_names; i++)
    if (names[i].flag == flag)
      return names[i].name;
  return NULL;
}

void
fk_heatmap_options_init (FkHeatmapOptions *options)
{
  g_return_if_fail (options != NULL);

  options->show_numbers = TRUE;
  options->cell_size = 40;
  options->font_scale = 1.0;
  options->max_label_width = 420;
  options->municipality_order = FK_MUNICIPALITY_ORDER_NAME;
  options->group_by_size = FALSE;
  options->capability_order = FK_CAPABILITY_ORDER_MODEL;
  options->collapsed_areas = NULL;
  options->aggregates = FK_HEATMAP_AGGREGATES_ALL;
  options->overlays = FK_HEATMAP_OVERLAY_NONE;
  options->anonymizer = NULL;
  options->grid = FK_HEATMAP_GRID_CAPABILITIES;
  options->baseline = NULL;
  options->compact = FALSE;
  options->disclosure = FALSE;
}

gboolean
fk_heatmap_aggregate_from_string (const char          *name,
                                  FkHeatmapAggregates *flag)
{
  guint f;

  if (!flag_from_name (aggregate_names, G_N_ELEMENTS (aggregate_names), name, &f))
    return FALSE;
  *flag = (FkHeatmapAggregates) f;
  return TRUE;
}

const char *
fk_heatmap_aggregate_to_string (FkHeatmapAggregates flag)
{
  return name_of_flag (aggregate_names, G_N_ELEMENTS (aggregate_names), flag);
}

gboolean
fk_heatmap_overlay_from_string (const char        *name,
                                FkHeatmapOverlays *flag)
{
  guint f;

  if (!flag_from_name (overlay_names, G_N_ELEMENTS (overlay_names), name, &f))
    return FALSE;
  *flag = (FkHeatmapOverlays) f;
  return TRUE;
}

const char *
fk_heatmap_overlay_to_string (FkHeatmapOverlays flag)
{
  return name_of_flag (overlay_names, G_N_ELEMENTS (overlay_names), flag);
}

gboolean
fk_heatmap_grid_from_string (const char    *name,
                             FkHeatmapGrid *grid)
{
  guint g;

  if (!flag_from_name (grid_names, G_N_ELEMENTS (grid_names), name, &g))
    return FALSE;
  *grid = (FkHeatmapGrid) g;
  return TRUE;
}

const char *
fk_heatmap_grid_to_string (FkHeatmapGrid grid)
{
  return name_of_flag (grid_names, G_N_ELEMENTS (grid_names), grid);
}
