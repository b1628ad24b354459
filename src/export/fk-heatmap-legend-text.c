/* fk-heatmap-legend-text.c — the legend of a heatmap in words
 *
 * What a screen reader says for the legend the picture draws: the
 * measure, the range of the colours and what each mark means, from the
 * same legend items, so the words cannot drift from the picture; and the
 * names of the marks and a changed cell in words.
 */
#define G_LOG_DOMAIN "fk-heatmap-layout"
#include "config.h"
#include "fk-heatmap-layout.h"
#include "fk-heatmap-private.h"

#include "fk-i18n.h"
#include <math.h>

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
      else if (item->kind == FK_HEATMAP_CELL_UNCHANGED)
        /* Translators: a mark in the legend of the change between rounds;
         * %s names it ("Unchanged") */
        g_string_append_printf (text, _("A cell with an equals sign: %s."), name);
      else if (item->kind == FK_HEATMAP_CELL_NEWLY_ASSESSED)
        /* Translators: a mark in the legend of the change between rounds;
         * %s names it ("Newly assessed") */
        g_string_append_printf (text, _("A white cell with a dot: %s."), name);
      else if (item->kind == FK_HEATMAP_CELL_NO_LONGER_ASSESSED)
        /* Translators: a mark in the legend of the change between rounds;
         * %s names it ("No longer assessed") */
        g_string_append_printf (text, _("A white cell with a ring: %s."), name);
      else
        g_string_truncate (text, text->len - 1);
    }
  return g_string_free (text, FALSE);
}

const char *
fk_heatmap_mark_name (FkHeatmapCellKind kind)
{
  switch (kind)
    {
    case FK_HEATMAP_CELL_NOT_ASSESSED:
      return _("Not assessed");
    case FK_HEATMAP_CELL_NOT_APPLICABLE:
      return _("Not applicable");
    case FK_HEATMAP_CELL_UNCHANGED:
      /* Translators: a mark of the change between rounds: the same value in both */
      return _("Unchanged");
    case FK_HEATMAP_CELL_NEWLY_ASSESSED:
      /* Translators: a mark of the change between rounds: a value in the
       * later round, none in the earlier one */
      return _("Newly assessed");
    case FK_HEATMAP_CELL_NO_LONGER_ASSESSED:
      /* Translators: a mark of the change between rounds: a value in the
       * earlier round, none in the later one */
      return _("No longer assessed");
    case FK_HEATMAP_CELL_VALUE:
    case FK_HEATMAP_CELL_TEXT:
    default:
      return "";
    }
}

static char *
format_level (double      value,
              const char *language)
{
  return fk_text_format_number (value, value == floor (value), FALSE, language);
}

char *
fk_heatmap_cell_describe_change (const FkHeatmapLayout *layout,
                                 const FkHeatmapCell   *cell,
                                 const char            *language)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *by = NULL;

  g_return_val_if_fail (layout != NULL && cell != NULL, NULL);

  if (layout->grid != FK_HEATMAP_GRID_CHANGE || cell->row_kind != FK_HEATMAP_ROW_CAPABILITY
      || cell->column_kind != FK_HEATMAP_COLUMN_MUNICIPALITY)
    return NULL;
  before = isnan (cell->before) ? NULL : format_level (cell->before, language);
  after = isnan (cell->after) ? NULL : format_level (cell->after, language);
  switch (cell->kind)
    {
    case FK_HEATMAP_CELL_VALUE:
      if (before == NULL || after == NULL)
        return NULL;
      by = format_level (fabs (cell->value), language);
      if (cell->value > 0)
        /* Translators: a cell of the change between rounds in words, e.g.
         * "Rose by 2, from 1 to 3" */
        return g_strdup_printf (_("Rose by %1$s, from %2$s to %3$s"), by, before, after);
      /* Translators: a cell of the change between rounds in words, e.g.
       * "Fell by 1, from 3 to 2" */
      return g_strdup_printf (_("Fell by %1$s, from %2$s to %3$s"), by, before, after);
    case FK_HEATMAP_CELL_UNCHANGED:
      /* Translators: a cell of the change between rounds in words, e.g. "Unchanged at 3" */
      return after != NULL ? g_strdup_printf (_("Unchanged at %s"), after) : NULL;
    case FK_HEATMAP_CELL_NEWLY_ASSESSED:
      /* Translators: a cell of the change between rounds in words: no value
       * in the earlier round, %s in the later one */
      return after != NULL ? g_strdup_printf (_("Newly assessed: %s"), after) : NULL;
    case FK_HEATMAP_CELL_NO_LONGER_ASSESSED:
      /* Translators: a cell of the change between rounds in words: %s in the
       * earlier round, no value in the later one */
      return before != NULL ? g_strdup_printf (_("No longer assessed (was %s)"), before) : NULL;
    case FK_HEATMAP_CELL_NOT_ASSESSED:
    case FK_HEATMAP_CELL_NOT_APPLICABLE:
      return g_strdup (fk_heatmap_mark_name (cell->kind));
    case FK_HEATMAP_CELL_TEXT:
    default:
      return NULL;
    }
}
