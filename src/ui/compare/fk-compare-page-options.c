/* fk-compare-page-options.c — how the Compare page's heatmap is arranged
 *
 * Every choice is a stateful action of the page's "compare" group, so the
 * check buttons of the bar and of the "View options" popover follow it by
 * their action-name, and a shortcut or a test can activate it. The
 * actions' states are the truth: a change sets the heatmap's options and
 * is written to GSettings (the heatmap-* keys), so that the projector's
 * setup survives a restart; a change of a key (another window, the
 * Preferences' numbers switch) sets the states again. Without an
 * installed schema the choices start at the layout's defaults and are
 * forgotten at exit.
 *
 * Anonymised, the order dropdown offers "Letter" and "Mean" only: the
 * layout ignores the orders by name, code and population then, which
 * would tell who is who. "Letter" leaves the "order" state at the last
 * of those, so that names come back in the order they left in.
 */
#define G_LOG_DOMAIN "fk-compare-page"
#include "config.h"
#include "fk-compare-page-private.h"
#include "fk-content-language.h"
#include "fk-order.h"

#include <glib/gi18n.h>

#define ORDER_KEY            "heatmap-order"
#define CAPABILITY_ORDER_KEY "heatmap-capability-order"
#define GROUP_KEY            "heatmap-group-by-size"
#define AGGREGATES_KEY       "heatmap-aggregates"
#define OVERLAYS_KEY         "heatmap-overlays"
#define NUMBERS_KEY          "heatmap-numbers"

/* The dropdowns list the orders in this order (data/ui/fk-compare-page.ui). */
static const FkMunicipalityOrder municipality_orders[] = {
  FK_MUNICIPALITY_ORDER_NAME, FK_MUNICIPALITY_ORDER_CODE,
  FK_MUNICIPALITY_ORDER_POPULATION, FK_MUNICIPALITY_ORDER_MEAN,
};
/* Anonymised: "Letter", "Mean" (letter_orders in the .ui). */
enum {
  LETTER_ORDER_LETTER,
  LETTER_ORDER_MEAN,
};
static const FkCapabilityOrder capability_orders[] = {
  FK_CAPABILITY_ORDER_MODEL, FK_CAPABILITY_ORDER_MEAN, FK_CAPABILITY_ORDER_SPREAD,
};

/* A boolean action and where it is kept: a "b" key, or a word in an "as"
 * key (set: the word is there). @flag is its bit in options.aggregates or
 * options.overlays. */
typedef struct {
  const char *action;
  const char *key;
  const char *word;
  guint       flag;
} Toggle;

static const Toggle toggles[] = {
  { "group-by-size", GROUP_KEY, NULL, 0 },
  { "numbers", NUMBERS_KEY, NULL, 0 },
  { "aggregate-mean", AGGREGATES_KEY, "mean", FK_HEATMAP_AGGREGATE_MEAN },
  { "aggregate-median", AGGREGATES_KEY, "median", FK_HEATMAP_AGGREGATE_MEDIAN },
  { "aggregate-min-max", AGGREGATES_KEY, "min-max", FK_HEATMAP_AGGREGATE_MIN_MAX },
  { "aggregate-low", AGGREGATES_KEY, "low", FK_HEATMAP_AGGREGATE_LOW },
  { "aggregate-cannot-sustain", AGGREGATES_KEY, "cannot-sustain", FK_HEATMAP_AGGREGATE_CANNOT_SUSTAIN },
  { "aggregate-interested", AGGREGATES_KEY, "interested", FK_HEATMAP_AGGREGATE_INTERESTED },
  { "aggregate-row-mean", AGGREGATES_KEY, "row-mean", FK_HEATMAP_AGGREGATE_ROW_MEAN },
  { "aggregate-rose", AGGREGATES_KEY, "rose", FK_HEATMAP_AGGREGATE_ROSE },
  { "aggregate-fell", AGGREGATES_KEY, "fell", FK_HEATMAP_AGGREGATE_FELL },
  { "overlay-target", OVERLAYS_KEY, "target", FK_HEATMAP_OVERLAY_TARGET },
  { "overlay-sustain", OVERLAYS_KEY, "sustain", FK_HEATMAP_OVERLAY_SUSTAIN },
};

gboolean
fk_compare_page_state_boolean (FkComparePage *self,
                               const char    *action)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (self->actions), action);

  return state != NULL && g_variant_is_of_type (state, G_VARIANT_TYPE_BOOLEAN) && g_variant_get_boolean (state);
}

char *
fk_compare_page_state_string (FkComparePage *self,
                              const char    *action)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (self->actions), action);

  if (state == NULL || !g_variant_is_of_type (state, G_VARIANT_TYPE_STRING))
    return NULL;
  return g_variant_dup_string (state, NULL);
}

/* compare.anonymize is on (fk-compare-page-anon.c; not yet made while
 * the options are set up). */
static gboolean
anonymized (FkComparePage *self)
{
  return g_action_group_has_action (G_ACTION_GROUP (self->actions), "anonymize")
         && fk_compare_page_state_boolean (self, "anonymize");
}

static guint
state_flags (FkComparePage *self,
             const char    *key)
{
  guint flags = 0;

  for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
    if (g_str_equal (toggles[i].key, key) && fk_compare_page_state_boolean (self, toggles[i].action))
      flags |= toggles[i].flag;
  return flags;
}

static void
set_state (FkComparePage *self,
           const char    *action,
           GVariant      *state)
{
  GAction *a = g_action_map_lookup_action (G_ACTION_MAP (self->actions), action);

  g_simple_action_set_state (G_SIMPLE_ACTION (a), state);
}

/* The dropdowns show the actions' states. */
static void
sync_dropdowns (FkComparePage *self)
{
  g_autofree char *order = fk_compare_page_state_string (self, "order");
  g_autofree char *capability_order = fk_compare_page_state_string (self, "capability-order");
  FkMunicipalityOrder m = FK_MUNICIPALITY_ORDER_NAME;
  FkCapabilityOrder c = FK_CAPABILITY_ORDER_MODEL;

  fk_municipality_order_from_string (order, &m);
  fk_capability_order_from_string (capability_order, &c);
  self->updating = TRUE;
  if (anonymized (self))
    gtk_drop_down_set_selected (self->order_dropdown,
                                m == FK_MUNICIPALITY_ORDER_MEAN ? LETTER_ORDER_MEAN : LETTER_ORDER_LETTER);
  else
    for (guint i = 0; i < G_N_ELEMENTS (municipality_orders); i++)
      if (municipality_orders[i] == m)
        gtk_drop_down_set_selected (self->order_dropdown, i);
  for (guint i = 0; i < G_N_ELEMENTS (capability_orders); i++)
    if (capability_orders[i] == c)
      gtk_drop_down_set_selected (self->capability_order_dropdown, i);
  self->updating = FALSE;
}

/* The heatmap's options from the actions' states and the page's
 * anonymizer; the options the page does not choose (collapsed areas,
 * cell size: the view's own) stay. */
void
fk_compare_page_apply_options (FkComparePage *self)
{
  const FkHeatmapOptions *old = fk_heatmap_view_get_options (self->heatmap);
  g_auto(GStrv) collapsed = g_strdupv ((char **) old->collapsed_areas);
  g_autofree char *order = fk_compare_page_state_string (self, "order");
  g_autofree char *capability_order = fk_compare_page_state_string (self, "capability-order");
  FkHeatmapOptions options = *old;

  options.collapsed_areas = (const char *const *) collapsed;
  fk_municipality_order_from_string (order, &options.municipality_order);
  fk_capability_order_from_string (capability_order, &options.capability_order);
  options.group_by_size = fk_compare_page_state_boolean (self, "group-by-size");
  options.show_numbers = fk_compare_page_state_boolean (self, "numbers");
  options.aggregates = (FkHeatmapAggregates) state_flags (self, AGGREGATES_KEY);
  options.overlays = (FkHeatmapOverlays) state_flags (self, OVERLAYS_KEY);
  options.anonymizer = self->anonymizer;
  if (options.municipality_order != FK_MUNICIPALITY_ORDER_MEAN)
    self->revealing_order = options.municipality_order;

  sync_dropdowns (self);
  /* A key written by this page comes back as a change: nothing new. */
  if (options.municipality_order == old->municipality_order
      && options.capability_order == old->capability_order
      && options.group_by_size == old->group_by_size
      && options.show_numbers == old->show_numbers
      && options.aggregates == old->aggregates
      && options.overlays == old->overlays
      && options.anonymizer == old->anonymizer)
    return;
  fk_heatmap_view_set_options (self->heatmap, &options);
}

/* ---- GSettings ----------------------------------------------------------- */

static void
save_toggle (FkComparePage *self,
             const Toggle  *toggle)
{
  g_autoptr(GStrvBuilder) words = NULL;
  g_auto(GStrv) strv = NULL;

  if (self->view_settings == NULL)
    return;
  if (toggle->word == NULL)
    {
      g_settings_set_boolean (self->view_settings, toggle->key, fk_compare_page_state_boolean (self, toggle->action));
      return;
    }
  words = g_strv_builder_new ();
  for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
    if (g_str_equal (toggles[i].key, toggle->key) && fk_compare_page_state_boolean (self, toggles[i].action))
      g_strv_builder_add (words, toggles[i].word);
  strv = g_strv_builder_end (words);
  g_settings_set_strv (self->view_settings, toggle->key, (const char *const *) strv);
}

static void
load_settings (FkComparePage *self)
{
  g_autofree char *order = NULL;
  g_autofree char *capability_order = NULL;

  if (self->view_settings == NULL)
    return;
  order = g_settings_get_string (self->view_settings, ORDER_KEY);
  capability_order = g_settings_get_string (self->view_settings, CAPABILITY_ORDER_KEY);
  set_state (self, "order", g_variant_new_string (order));
  set_state (self, "capability-order", g_variant_new_string (capability_order));
  for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
    {
      gboolean on;

      if (toggles[i].word == NULL)
        on = g_settings_get_boolean (self->view_settings, toggles[i].key);
      else
        {
          g_auto(GStrv) words = g_settings_get_strv (self->view_settings, toggles[i].key);

          on = g_strv_contains ((const char *const *) words, toggles[i].word);
        }
      set_state (self, toggles[i].action, g_variant_new_boolean (on));
    }
}

static void
on_settings_changed (GSettings     *settings,
                     const char    *key,
                     FkComparePage *self)
{
  if (!g_str_has_prefix (key, "heatmap-"))
    return;
  load_settings (self);
  fk_compare_page_apply_options (self);
}

/* ---- the actions ----------------------------------------------------------- */

static void
change_toggle (GSimpleAction *action,
               GVariant      *state,
               gpointer       user_data)
{
  FkComparePage *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));

  g_simple_action_set_state (action, state);
  fk_compare_page_apply_options (self);
  for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
    if (g_str_equal (toggles[i].action, name))
      save_toggle (self, &toggles[i]);
}

static void
change_order (GSimpleAction *action,
              GVariant      *state,
              gpointer       user_data)
{
  FkComparePage *self = user_data;
  const char *word = g_variant_get_string (state, NULL);
  gboolean municipalities = g_str_equal (g_action_get_name (G_ACTION (action)), "order");
  FkMunicipalityOrder m;
  FkCapabilityOrder c;

  /* Only the words the key allows. */
  if (municipalities ? !fk_municipality_order_from_string (word, &m)
                     : !fk_capability_order_from_string (word, &c))
    return;
  g_simple_action_set_state (action, state);
  fk_compare_page_apply_options (self);
  if (self->view_settings != NULL)
    g_settings_set_string (self->view_settings, municipalities ? ORDER_KEY : CAPABILITY_ORDER_KEY, word);
}

void
fk_compare_page_on_order_selected (FkComparePage *self)
{
  guint pos = gtk_drop_down_get_selected (self->order_dropdown);
  FkMunicipalityOrder order;

  if (self->updating)
    return;
  if (anonymized (self))
    /* "Letter": the order the names had, which the layout ignores. */
    order = pos == LETTER_ORDER_MEAN ? FK_MUNICIPALITY_ORDER_MEAN : self->revealing_order;
  else if (pos < G_N_ELEMENTS (municipality_orders))
    order = municipality_orders[pos];
  else
    return;
  g_action_group_change_action_state (G_ACTION_GROUP (self->actions), "order",
                                      g_variant_new_string (fk_municipality_order_to_string (order)));
}

void
fk_compare_page_update_order_choices (FkComparePage *self)
{
  gboolean anon = anonymized (self);
  GListModel *model = G_LIST_MODEL (anon ? self->letter_orders : self->name_orders);

  if (gtk_drop_down_get_model (self->order_dropdown) != model)
    {
      self->updating = TRUE;
      gtk_drop_down_set_model (self->order_dropdown, model);
      self->updating = FALSE;
    }
  gtk_widget_set_tooltip_text (self->group_check,
                               anon ? _("Municipalities in groups by size, a group of fewer than four merged with its neighbour")
                                    : _("Large, medium-size and small municipalities in three groups"));
  sync_dropdowns (self);
}

void
fk_compare_page_on_capability_order_selected (FkComparePage *self)
{
  guint pos = gtk_drop_down_get_selected (self->capability_order_dropdown);

  if (!self->updating && pos < G_N_ELEMENTS (capability_orders))
    g_action_group_change_action_state (G_ACTION_GROUP (self->actions), "capability-order",
                                        g_variant_new_string (fk_capability_order_to_string (capability_orders[pos])));
}

void
fk_compare_page_update_overlays (FkComparePage *self)
{
  gboolean current = fk_heatmap_view_get_measure (self->heatmap) == FK_MEASURE_CURRENT;
  const char *why = _("Marks only the current level: choose Current level as the measure to show it");

  for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
    if (g_str_equal (toggles[i].key, OVERLAYS_KEY))
      g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions),
                                                                               toggles[i].action)),
                                   current);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->overlay_target_check),
                               current ? _("A notch in each cell at the height of the municipality's target level") : why);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->overlay_sustain_check),
                               current ? _("An outline around each cell the municipality cannot sustain alone") : why);
}

void
fk_compare_page_init_options (FkComparePage *self)
{
  FkHeatmapOptions defaults;
  g_autofree char *low = NULL;

  fk_heatmap_options_init (&defaults);
  for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
    {
      gboolean on;
      g_autoptr(GSimpleAction) action = NULL;

      if (g_str_equal (toggles[i].key, GROUP_KEY))
        on = defaults.group_by_size;
      else if (g_str_equal (toggles[i].key, NUMBERS_KEY))
        on = defaults.show_numbers;
      else if (g_str_equal (toggles[i].key, AGGREGATES_KEY))
        on = (defaults.aggregates & toggles[i].flag) != 0;
      else
        on = (defaults.overlays & toggles[i].flag) != 0;
      action = g_simple_action_new_stateful (toggles[i].action, NULL, g_variant_new_boolean (on));
      g_signal_connect (action, "change-state", G_CALLBACK (change_toggle), self);
      g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (action));
    }
  {
    g_autoptr(GSimpleAction) order =
      g_simple_action_new_stateful ("order", G_VARIANT_TYPE_STRING,
                                    g_variant_new_string (fk_municipality_order_to_string (defaults.municipality_order)));
    g_autoptr(GSimpleAction) capability_order =
      g_simple_action_new_stateful ("capability-order", G_VARIANT_TYPE_STRING,
                                    g_variant_new_string (fk_capability_order_to_string (defaults.capability_order)));

    g_signal_connect (order, "change-state", G_CALLBACK (change_order), self);
    g_signal_connect (capability_order, "change-state", G_CALLBACK (change_order), self);
    g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (order));
    g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (capability_order));
  }

  /* Translators: a check button in the heatmap's "View options": a column
   * counting the municipalities at this level or lower. */
  low = g_strdup_printf (_("How many at _level %d or below"), FK_LEVEL_LOW_MAX);
  gtk_check_button_set_label (self->low_check, low);

  self->view_settings = fk_settings_try_new (NUMBERS_KEY);
  if (self->view_settings != NULL)
    g_signal_connect (self->view_settings, "changed", G_CALLBACK (on_settings_changed), self);
  load_settings (self);
  fk_compare_page_apply_options (self);
  fk_compare_page_update_overlays (self);
}

void
fk_compare_page_dispose_options (FkComparePage *self)
{
  if (self->view_settings != NULL)
    g_signal_handlers_disconnect_by_data (self->view_settings, self);
  g_clear_object (&self->view_settings);
}
