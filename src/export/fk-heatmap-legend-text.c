/* fk-heatmap-legend-text.c — the legend of a heatmap in words
 *
 * What a screen reader says for the legend the picture draws: the
 * measure, the range of the colours and what each mark means, from the
 * same legend items, so the words cannot drift from the picture.
 */
#define G_LOG_DOMAIN "fk-heatmap-layout"
#include "config.h"
#include "fk-heatmap-layout.h"

#include <glib/gi18n-lib.h>

static const char *
item_text (const FkHeatmapLegendItem *item)
{
  if (item->value_text != NULL && *item->value_text != '\0')
    return item->value_text;
  return item->label.text != NULL ? item->label.text : "";
}

char *
fk_heatmap_layout_describe_legend (const FkHeatmapLayout *layout)
{
  GString *text;
  const FkHeatmapLegendItem *first = NULL, *last = NULL;
  guint n_steps = 0;

  g_return_val_if_fail (layout != NULL, NULL);

  text = g_string_new (NULL);
  /* Translators: the start of the heatmap's legend read aloud; %s is the
   * measure, e.g. "Current level" */
  g_string_append_printf (text, _("Legend: %s."), layout->legend_title.text);

  for (guint i = 0; i < layout->legend_items->len; i++)
    {
      const FkHeatmapLegendItem *item = &g_array_index (layout->legend_items, FkHeatmapLegendItem, i);

      if (item->kind == FK_HEATMAP_CELL_VALUE && item->overlay == FK_HEATMAP_OVERLAY_NONE)
        {
          if (first == NULL)
            first = item;
          last = item;
          n_steps++;
        }
    }
  if (n_steps > 1)
    {
      g_string_append_c (text, ' ');
      /* Translators: the colour steps of the heatmap's legend, e.g.
       * "Colours from 0 to 5, one per whole value." */
      g_string_append_printf (text, _("Colours from %s to %s, one per whole value."),
                              item_text (first), item_text (last));
    }

  for (guint i = 0; i < layout->legend_items->len; i++)
    {
      const FkHeatmapLegendItem *item = &g_array_index (layout->legend_items, FkHeatmapLegendItem, i);
      const char *name = item->label.text != NULL ? item->label.text : "";

      g_string_append_c (text, ' ');
      if (item->overlay == FK_HEATMAP_OVERLAY_TARGET)
        /* Translators: a mark in the heatmap's legend; %s names it */
        g_string_append_printf (text, _("A notch in a cell: %s."), name);
      else if (item->overlay == FK_HEATMAP_OVERLAY_SUSTAIN)
        g_string_append_printf (text, _("A dashed outline around a cell: %s."), name);
      else if (item->kind == FK_HEATMAP_CELL_NOT_ASSESSED)
        g_string_append_printf (text, _("An empty white cell: %s."), name);
      else if (item->kind == FK_HEATMAP_CELL_NOT_APPLICABLE)
        g_string_append_printf (text, _("A hatched cell: %s."), name);
      else
        g_string_truncate (text, text->len - 1);
    }
  return g_string_free (text, FALSE);
}
