/* fk-compare-page-views.c — what the Compare page's rows are: the
 * capabilities, the areas, or the change between two rounds
 *
 * "compare.grid" is a stateful action ("capabilities", "areas",
 * "change": fk_heatmap_grid_to_string()) that the linked toggle buttons
 * of the bar follow; its state is kept in GSettings "heatmap-grid". The
 * change is offered only in a study with two rounds or more: its button
 * is insensitive otherwise and its tooltip says why, and a "change" kept
 * from another study shows the capabilities (the key keeps the choice,
 * shown again once the study has two rounds).
 * For the change, the round dropdown is the later round ("to") and the
 * "From" dropdown the earlier one, by default the round before it (for
 * the first round, the latest other: the change backwards, as the title
 * says). The heatmap reads both rounds (fk_heatmap_view_set_grid()).
 */
#define G_LOG_DOMAIN "fk-compare-page"
#include "config.h"
#include "fk-compare-page-private.h"
#include "fk-content-language.h"

#include <glib/gi18n.h>

#define GRID_KEY "heatmap-grid"

static gboolean
can_compare_rounds (FkComparePage *self)
{
  return self->round_ids->len >= 2;
}

static FkHeatmapGrid
state_grid (FkComparePage *self)
{
  g_autofree char *word = fk_compare_page_state_string (self, "grid");
  FkHeatmapGrid grid = FK_HEATMAP_GRID_CAPABILITIES;

  if (word != NULL)
    fk_heatmap_grid_from_string (word, &grid);
  return grid;
}

static void
set_grid_state (FkComparePage *self,
                FkHeatmapGrid  grid)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "grid");

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (fk_heatmap_grid_to_string (grid)));
}

/* The position in the round dropdowns of @round_id, or G_MAXUINT. */
static guint
round_position (FkComparePage *self,
                gint64         round_id)
{
  for (guint i = 0; round_id != 0 && i < self->round_ids->len; i++)
    if (g_array_index (self->round_ids, gint64, i) == round_id)
      return i;
  return G_MAXUINT;
}

/* The "from" round: the user's, while the study has it; else the one
 * before the round shown, or for the first the latest other. */
static guint
from_position (FkComparePage *self)
{
  guint to = gtk_drop_down_get_selected (self->round_dropdown);
  guint chosen = round_position (self, self->from_round_id);

  if (chosen != G_MAXUINT)
    return chosen;
  if (to == GTK_INVALID_LIST_POSITION || to >= self->round_ids->len)
    return 0;
  return to > 0 ? to - 1 : self->round_ids->len - 1;
}

static void
apply_grid (FkComparePage *self)
{
  FkHeatmapGrid grid = state_grid (self);
  guint from = from_position (self);

  if (grid == FK_HEATMAP_GRID_CHANGE && !can_compare_rounds (self))
    {
      grid = FK_HEATMAP_GRID_CAPABILITIES;
      set_grid_state (self, grid);
    }
  gtk_widget_set_visible (self->from_box, grid == FK_HEATMAP_GRID_CHANGE);
  /* Translators: the round a change is counted to, beside "From". */
  gtk_label_set_text_with_mnemonic (self->round_label, grid == FK_HEATMAP_GRID_CHANGE ? _("_To") : _("_Round"));
  fk_heatmap_view_set_baseline_round_id (self->heatmap,
                                         from < self->round_ids->len
                                         ? g_array_index (self->round_ids, gint64, from) : 0);
  fk_heatmap_view_set_grid (self->heatmap, grid);
}

static void
load_grid (FkComparePage *self)
{
  g_autofree char *word = NULL;
  FkHeatmapGrid grid = FK_HEATMAP_GRID_CAPABILITIES;

  if (self->grid_settings == NULL)
    return;
  word = g_settings_get_string (self->grid_settings, GRID_KEY);
  fk_heatmap_grid_from_string (word, &grid);
  set_grid_state (self, grid);
}

static void
on_grid_key_changed (FkComparePage *self)
{
  load_grid (self);
  apply_grid (self);
}

static void
change_grid (GSimpleAction *action,
             GVariant      *state,
             gpointer       user_data)
{
  FkComparePage *self = user_data;
  const char *word = g_variant_get_string (state, NULL);
  FkHeatmapGrid grid;

  /* Only the three words, and the change only with two rounds. */
  if (!fk_heatmap_grid_from_string (word, &grid)
      || (grid == FK_HEATMAP_GRID_CHANGE && !can_compare_rounds (self)))
    return;
  g_simple_action_set_state (action, state);
  apply_grid (self);
  if (self->grid_settings != NULL)
    {
      g_autofree char *kept = g_settings_get_string (self->grid_settings, GRID_KEY);

      if (!g_str_equal (kept, word))
        g_settings_set_string (self->grid_settings, GRID_KEY, word);
    }
}

void
fk_compare_page_update_views (FkComparePage *self)
{
  GListModel *rounds = gtk_drop_down_get_model (self->round_dropdown);
  gboolean can = can_compare_rounds (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->change_toggle), can);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->change_toggle),
                               can ? _("The change of each capability from an earlier round to the round chosen")
                                   : _("The change between rounds needs two assessment rounds, and this study has one"));
  /* The same rounds as the round dropdown, in the same order. */
  self->updating = TRUE;
  gtk_drop_down_set_model (self->from_dropdown, rounds);
  if (round_position (self, self->from_round_id) == G_MAXUINT)
    self->from_round_id = 0;
  gtk_drop_down_set_selected (self->from_dropdown, from_position (self));
  self->updating = FALSE;
  /* The choice kept, which a study of one round could not show. */
  load_grid (self);
  apply_grid (self);
}

void
fk_compare_page_on_from_selected (FkComparePage *self)
{
  guint pos = gtk_drop_down_get_selected (self->from_dropdown);

  if (self->updating || pos >= self->round_ids->len)
    return;
  self->from_round_id = g_array_index (self->round_ids, gint64, pos);
  apply_grid (self);
}

void
fk_compare_page_init_views (FkComparePage *self)
{
  g_autoptr(GSimpleAction) grid =
    g_simple_action_new_stateful ("grid", G_VARIANT_TYPE_STRING,
                                  g_variant_new_string (fk_heatmap_grid_to_string (FK_HEATMAP_GRID_CAPABILITIES)));

  g_signal_connect (grid, "change-state", G_CALLBACK (change_grid), self);
  g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (grid));
  self->grid_settings = fk_settings_try_new (GRID_KEY);
  if (self->grid_settings != NULL)
    g_signal_connect_swapped (self->grid_settings, "changed::" GRID_KEY, G_CALLBACK (on_grid_key_changed), self);
  load_grid (self);
  fk_compare_page_update_views (self);
}

void
fk_compare_page_dispose_views (FkComparePage *self)
{
  if (self->grid_settings != NULL)
    g_signal_handlers_disconnect_by_data (self->grid_settings, self);
  g_clear_object (&self->grid_settings);
}
