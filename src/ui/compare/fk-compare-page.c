/* fk-compare-page.c — the Compare page: every municipality side by side
 *
 * A measure and a round above the heatmap (FkHeatmapView), which scrolls.
 * The palette follows Preferences (GSettings "palette"). The round
 * chooser follows the study's rounds at once; the heatmap itself
 * recomputes only while shown.
 */
#define G_LOG_DOMAIN "fk-compare-page"
#include "config.h"
#include "fk-compare-page.h"
#include "fk-content-language.h"
#include "fk-measure.h"
#include "fk-wrap-layout.h"

#include <glib/gi18n.h>

#define PALETTE_KEY "palette"

struct _FkComparePage
{
  AdwBin         parent_instance;

  FkStudy       *study;
  GSettings     *settings;    /* NULL without an installed schema */
  GArray        *round_ids;   /* gint64, dropdown order */
  gboolean       updating;

  GtkDropDown   *measure_dropdown;
  GtkDropDown   *round_dropdown;
  FkHeatmapView *heatmap;
};

G_DEFINE_FINAL_TYPE (FkComparePage, fk_compare_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STUDY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_palette (FkComparePage *self)
{
  g_autofree char *name = NULL;

  if (self->settings == NULL)
    return;
  name = g_settings_get_string (self->settings, PALETTE_KEY);
  fk_heatmap_view_set_palette (self->heatmap, fk_palette_from_string (name));
}

static gint64
selected_round_id (FkComparePage *self)
{
  guint pos = gtk_drop_down_get_selected (self->round_dropdown);

  return pos < self->round_ids->len ? g_array_index (self->round_ids, gint64, pos) : 0;
}

/* The study's rounds, keeping the one chosen; else the latest. */
static void
fill_rounds (FkComparePage *self)
{
  gint64 old_round_id = selected_round_id (self);
  g_autoptr(GtkStringList) rounds = gtk_string_list_new (NULL);
  guint select_round = 0;

  self->updating = TRUE;
  g_array_set_size (self->round_ids, 0);
  if (self->study != NULL)
    {
      GPtrArray *all_rounds = fk_study_get_rounds (self->study);
      const FkRound *latest = fk_study_get_latest_round (self->study);

      for (guint i = 0; i < all_rounds->len; i++)
        {
          const FkRound *round = g_ptr_array_index (all_rounds, i);

          gtk_string_list_append (rounds, round->name);
          g_array_append_val (self->round_ids, round->id);
          if (latest != NULL && round->id == latest->id)
            select_round = i;
        }
      for (guint i = 0; old_round_id != 0 && i < self->round_ids->len; i++)
        if (g_array_index (self->round_ids, gint64, i) == old_round_id)
          select_round = i;
    }
  gtk_drop_down_set_model (self->round_dropdown, G_LIST_MODEL (rounds));
  gtk_drop_down_set_selected (self->round_dropdown, select_round);
  self->updating = FALSE;
  fk_heatmap_view_set_round_id (self->heatmap, selected_round_id (self));
}

static void
on_study_changed (FkStudy             *study,
                  const FkStudyChange *change,
                  FkComparePage       *self)
{
  if (change->what & FK_STUDY_CHANGE_ROUNDS)
    fill_rounds (self);
}

static void
on_measure_selected (FkComparePage *self)
{
  guint pos = gtk_drop_down_get_selected (self->measure_dropdown);

  if (pos < FK_N_MEASURES)
    fk_heatmap_view_set_measure (self->heatmap, (FkMeasure) pos);
}

static void
on_round_selected (FkComparePage *self)
{
  if (!self->updating)
    fk_heatmap_view_set_round_id (self->heatmap, selected_round_id (self));
}

static void
fk_compare_page_dispose (GObject *object)
{
  FkComparePage *self = FK_COMPARE_PAGE (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_COMPARE_PAGE);
  g_clear_object (&self->study);

  G_OBJECT_CLASS (fk_compare_page_parent_class)->dispose (object);
}

static void
fk_compare_page_finalize (GObject *object)
{
  FkComparePage *self = FK_COMPARE_PAGE (object);

  g_array_unref (self->round_ids);

  G_OBJECT_CLASS (fk_compare_page_parent_class)->finalize (object);
}

static void
fk_compare_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FkComparePage *self = FK_COMPARE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      g_value_set_object (value, self->study);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_compare_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FkComparePage *self = FK_COMPARE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      fk_compare_page_set_study (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_compare_page_class_init (FkComparePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_compare_page_dispose;
  object_class->finalize = fk_compare_page_finalize;
  object_class->get_property = fk_compare_page_get_property;
  object_class->set_property = fk_compare_page_set_property;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL, FK_TYPE_STUDY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FK_TYPE_HEATMAP_VIEW);
  g_type_ensure (FK_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-compare-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, measure_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, round_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, heatmap);
  gtk_widget_class_bind_template_callback (widget_class, on_measure_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_round_selected);
}

static void
fk_compare_page_init (FkComparePage *self)
{
  g_autoptr(GtkStringList) measures = gtk_string_list_new (NULL);

  self->round_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));

  for (int m = 0; m < FK_N_MEASURES; m++)
    gtk_string_list_append (measures, fk_measure_get_label ((FkMeasure) m));
  gtk_drop_down_set_model (self->measure_dropdown, G_LIST_MODEL (measures));
  gtk_drop_down_set_selected (self->measure_dropdown, FK_MEASURE_CURRENT);

  /* Without an installed schema (an uninstalled run) the default palette. */
  self->settings = fk_settings_try_new (PALETTE_KEY);
  if (self->settings != NULL)
    g_signal_connect_swapped (self->settings, "changed::" PALETTE_KEY,
                              G_CALLBACK (update_palette), self);
  update_palette (self);
}

GtkWidget *
fk_compare_page_new (void)
{
  return g_object_new (FK_TYPE_COMPARE_PAGE, NULL);
}

FkStudy *
fk_compare_page_get_study (FkComparePage *self)
{
  g_return_val_if_fail (FK_IS_COMPARE_PAGE (self), NULL);
  return self->study;
}

void
fk_compare_page_set_study (FkComparePage *self,
                           FkStudy       *study)
{
  g_return_if_fail (FK_IS_COMPARE_PAGE (self));
  g_return_if_fail (study == NULL || FK_IS_STUDY (study));

  if (self->study == study)
    return;
  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);
  g_set_object (&self->study, study);
  if (study != NULL)
    g_signal_connect_object (study, "changed", G_CALLBACK (on_study_changed), self, 0);

  g_array_set_size (self->round_ids, 0);
  fill_rounds (self);
  fk_heatmap_view_set_study (self->heatmap, study);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDY]);
}

FkHeatmapView *
fk_compare_page_get_heatmap (FkComparePage *self)
{
  g_return_val_if_fail (FK_IS_COMPARE_PAGE (self), NULL);
  return self->heatmap;
}
