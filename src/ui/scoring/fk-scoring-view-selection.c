/* fk-scoring-view-selection.c — the municipality and round choosers
 *
 * The dropdowns follow the view's municipality and round and set them when
 * the user picks another. The choice is remembered per study file in
 * GSettings, so that reopening a study continues where it was left.
 */
#define G_LOG_DOMAIN "fk-scoring-view-selection"
#include "config.h"

#include <adwaita.h>

#include "fk-scoring-view-private.h"
#include "fk-content-language.h"

#define SELECTION_KEY "scoring-selection"

void
fk_scoring_view_save_selection (FkScoringView *self)
{
  g_autoptr(GVariant) old = NULL;
  g_autofree char *value = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *path, *k, *v;

  if (self->settings == NULL || self->study == NULL || self->municipality == NULL)
    return;

  path = fk_study_get_path (self->study);
  value = g_strdup_printf ("%s|%" G_GINT64_FORMAT, self->municipality, self->round_id);
  old = g_settings_get_value (self->settings, SELECTION_KEY);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&s&s}", &k, &v))
    if (g_strcmp0 (k, path) != 0)
      g_variant_builder_add (&builder, "{ss}", k, v);
  g_variant_builder_add (&builder, "{ss}", path, value);
  g_settings_set_value (self->settings, SELECTION_KEY, g_variant_builder_end (&builder));
}

/* The remembered municipality and round for this study, if still valid. */
void
fk_scoring_view_load_selection (FkScoringView  *self,
                                char          **code,
                                gint64         *round_id)
{
  FkRegion *region = fk_study_get_region (self->study);
  const FkRound *latest = fk_study_get_latest_round (self->study);
  const char *stored = NULL;

  *code = NULL;
  *round_id = latest != NULL ? latest->id : 0;

  if (self->settings != NULL)
    {
      g_autoptr(GVariant) dict = g_settings_get_value (self->settings, SELECTION_KEY);

      if (g_variant_lookup (dict, fk_study_get_path (self->study), "&s", &stored))
        {
          g_auto(GStrv) parts = g_strsplit (stored, "|", 2);
          gint64 id;

          if (g_strv_length (parts) == 2 && fk_region_lookup (region, parts[0]) != NULL)
            {
              *code = g_strdup (parts[0]);
              id = g_ascii_strtoll (parts[1], NULL, 10);
              if (fk_study_get_round_by_id (self->study, id) != NULL)
                *round_id = id;
            }
        }
    }

  if (*code == NULL && region->municipalities->len > 0)
    *code = g_strdup (((FkMunicipality *) g_ptr_array_index (region->municipalities, 0))->code);
}

void
fk_scoring_view_sync_selectors (FkScoringView *self)
{
  FkRegion *region;
  GPtrArray *rounds;

  if (self->study == NULL)
    return;
  self->updating = TRUE;
  region = fk_study_get_region (self->study);
  for (guint i = 0; i < region->municipalities->len; i++)
    if (g_strcmp0 (((FkMunicipality *) g_ptr_array_index (region->municipalities, i))->code,
                   self->municipality) == 0)
      gtk_drop_down_set_selected (self->municipality_dropdown, i);
  rounds = fk_study_get_rounds (self->study);
  for (guint i = 0; i < rounds->len; i++)
    if (((FkRound *) g_ptr_array_index (rounds, i))->id == self->round_id)
      gtk_drop_down_set_selected (self->round_dropdown, i);
  self->updating = FALSE;
}

static void
on_municipality_selected (GObject       *dropdown,
                          GParamSpec    *pspec,
                          FkScoringView *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));
  FkRegion *region;

  if (self->updating || self->study == NULL)
    return;
  region = fk_study_get_region (self->study);
  if (selected < region->municipalities->len)
    fk_scoring_view_set_municipality (self, ((FkMunicipality *) g_ptr_array_index (region->municipalities, selected))->code);
}

static void
on_round_selected (GObject       *dropdown,
                   GParamSpec    *pspec,
                   FkScoringView *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));
  GPtrArray *rounds;

  if (self->updating || self->study == NULL)
    return;
  rounds = fk_study_get_rounds (self->study);
  if (selected < rounds->len)
    fk_scoring_view_set_round_id (self, ((FkRound *) g_ptr_array_index (rounds, selected))->id);
}

void
fk_scoring_view_init_selection (FkScoringView *self)
{
  /* Remembering the selection is a nicety: without an installed schema
   * (an uninstalled run) the view works the same, it just forgets. */
  self->settings = fk_settings_try_new (SELECTION_KEY);

  g_signal_connect (self->municipality_dropdown, "notify::selected", G_CALLBACK (on_municipality_selected), self);
  g_signal_connect (self->round_dropdown, "notify::selected", G_CALLBACK (on_round_selected), self);
}
