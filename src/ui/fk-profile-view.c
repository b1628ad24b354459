/* fk-profile-view.c — one municipality against the region
 *
 * The page keeps no scores of its own: on every "changed" of the study it
 * asks core for a fresh FkProfile and redraws the chart and the lists. It
 * does the same when the palette or the language of model texts changes
 * in Preferences.
 *
 * The chart is what people look at, often on a projector: on a wide page it
 * takes at least the left half and the whole height, the tables scroll
 * beside it; on a narrow page it sits above them.
 */
#include "config.h"
#include "fk-profile-view.h"
#include "fk-content-language.h"
#include "fk-radar-view.h"
#include "fk-radar-chart.h"
#include "fk-ui-resources.h"

#include <glib/gi18n.h>
#include <math.h>

/* From this page width on, the chart and the tables sit side by side. */
#define WIDE_LAYOUT 1150

struct _FkProfileView
{
  AdwBin          parent_instance;

  FkStudy        *study;
  FkProfile      *profile;
  GSettings      *settings;    /* NULL without an installed schema */
  GPtrArray      *codes;       /* municipality codes, dropdown order */
  GArray         *round_ids;   /* gint64, dropdown order */
  gboolean        updating;    /* refilling the dropdowns */
  GtkSizeGroup   *columns[5];  /* the two lists' columns line up */

  GtkDropDown    *municipality_dropdown;
  GtkDropDown    *round_dropdown;
  GtkStack       *stack;
  AdwStatusPage  *status_page;
  GtkLabel       *name_label;
  GtkLabel       *size_label;
  GtkLabel       *count_label;
  GtkBox         *chart_and_tables;
  FkRadarView    *radar;
  GtkGrid        *strengths_grid;
  GtkGrid        *weaknesses_grid;
};

G_DEFINE_FINAL_TYPE (FkProfileView, fk_profile_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STUDY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PALETTE_KEY "palette"

/* The chart palette from Preferences; the default without a schema. */
static FkPalette
get_palette (FkProfileView *self)
{
  g_autofree char *name = NULL;

  if (self->settings == NULL)
    return FK_PALETTE_DEFAULT;
  name = g_settings_get_string (self->settings, PALETTE_KEY);
  return fk_palette_from_string (name);
}

/* "2.5", "3" (in the locale's notation); "–" for none. */
static char *
format_level (double value)
{
  if (isnan (value))
    return g_strdup ("–");
  if (value == floor (value))
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

static char *
format_difference (double value)
{
  g_autofree char *abs_text = format_level (fabs (value));

  /* U+2212 MINUS SIGN reads better than a hyphen in a table. */
  return g_strdup_printf ("%s%s", value > 0 ? "+" : value < 0 ? "−" : "", abs_text);
}

static GtkWidget *
cell_label (const char *text,
            gboolean    numeric)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_text (GTK_LABEL (label), text);   /* never markup */
  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), !numeric);
  if (!numeric)
    gtk_label_set_max_width_chars (GTK_LABEL (label), 17);
  else
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

/* The capability with its area below it, dimmed: one column less, so
 * that the table fits beside the chart. */
static GtkWidget *
capability_cell (const char *name,
                 const char *area)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *area_label = cell_label (area, FALSE);

  gtk_box_append (GTK_BOX (box), cell_label (name, FALSE));
  gtk_widget_add_css_class (area_label, "dim-label");
  gtk_box_append (GTK_BOX (box), area_label);
  return box;
}

static void
attach (FkProfileView *self,
        GtkGrid       *grid,
        GtkWidget     *cell,
        guint          column,
        guint          row)
{
  gtk_grid_attach (grid, cell, column, row, 1, 1);
  gtk_size_group_add_widget (self->columns[column], cell);
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static void
fill_grid (FkProfileView *self,
           GtkGrid       *grid,
           GArray        *items,
           const char    *none_text)
{
  const char *headers[] = {
    N_("Capability"), N_("Level"),
    N_("Regional median"), N_("Size class median"), N_("Difference"),
  };
  FkModel *model = fk_study_get_model (self->study);
  const char *language = fk_content_language (self->study);

  clear_grid (grid);
  if (items->len == 0)
    {
      GtkWidget *label = cell_label (none_text, FALSE);

      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_grid_attach (grid, label, 0, 0, 1, 1);
      return;
    }

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    {
      GtkWidget *label = cell_label (_(headers[c]), c >= 1);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), c >= 1 ? 7 : 17);
      gtk_widget_add_css_class (label, "heading");
      attach (self, grid, label, c, 0);
    }

  for (guint i = 0; i < items->len; i++)
    {
      const FkProfileItem *item = &g_array_index (items, FkProfileItem, i);
      const FkCapability *cap = fk_model_lookup (model, item->capability);
      const FkArea *area = fk_model_lookup_area (model, item->area);
      g_autofree char *level = g_strdup_printf ("%d", item->level);
      g_autofree char *region = format_level (item->region_median);
      g_autofree char *size = format_level (item->size_median);
      g_autofree char *diff = format_difference (item->difference);

      attach (self, grid, capability_cell (fk_text_get (&cap->name, language),
                                           area ? fk_text_get (&area->name, language) : ""), 0, i + 1);
      attach (self, grid, cell_label (level, TRUE), 1, i + 1);
      attach (self, grid, cell_label (region, TRUE), 2, i + 1);
      attach (self, grid, cell_label (size, TRUE), 3, i + 1);
      attach (self, grid, cell_label (diff, TRUE), 4, i + 1);
    }
}

static char *
describe_size (const FkProfile *profile)
{
  g_autofree char *population = fk_text_format_thousands (profile->population);

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

/* "3 of 40 capabilities have a level · 1 not applicable": each number
 * with its own plural, the second part only when there is one. */
static char *
describe_count (guint n_levels,
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

static void
show_status (FkProfileView *self,
             const char    *title,
             const char    *description)
{
  g_autofree char *escaped = description ? g_markup_escape_text (description, -1) : NULL;

  adw_status_page_set_title (self->status_page, title);
  /* The description is markup: file and user text must be escaped. */
  adw_status_page_set_description (self->status_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  fk_radar_view_set_data (self->radar, NULL);
}

static void
fk_profile_view_recompute (FkProfileView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRadarData) data = NULL;
  g_autofree char *title = NULL;
  g_autofree char *size = NULL;
  g_autofree char *count = NULL;
  const char *code = fk_profile_view_get_municipality (self);
  guint round_pos = gtk_drop_down_get_selected (self->round_dropdown);
  guint n_caps;

  if (self->updating)
    return;
  g_clear_pointer (&self->profile, fk_profile_unref);

  if (self->study == NULL || code == NULL || round_pos >= self->round_ids->len)
    {
      show_status (self, _("No study"), NULL);
      return;
    }

  self->profile = fk_profile_compute (self->study, g_array_index (self->round_ids, gint64, round_pos),
                                      code, &error);
  if (self->profile == NULL)
    {
      show_status (self, _("Could not compute the profile"), error->message);
      return;
    }
  if (fk_profile_is_empty (self->profile))
    {
      title = g_strdup_printf (_("No scores yet for %s"), self->profile->name);
      show_status (self, title,
                   _("Its profile appears here once its capabilities are scored in this round."));
      return;
    }

  gtk_label_set_text (self->name_label, self->profile->name);
  size = describe_size (self->profile);
  gtk_label_set_text (self->size_label, size);
  n_caps = fk_model_get_n_capabilities (fk_study_get_model (self->study));
  count = describe_count (self->profile->n_levels, n_caps, self->profile->n_not_applicable);
  gtk_label_set_text (self->count_label, count);

  data = fk_radar_data_new_for_profile (self->profile, fk_content_language (self->study));
  fk_radar_data_set_title (data, NULL);   /* the page shows the name above */
  fk_radar_data_set_palette (data, get_palette (self));
  fk_radar_view_set_data (self->radar, data);

  fill_grid (self, self->strengths_grid, self->profile->strengths,
             _("No capability is above the regional median."));
  fill_grid (self, self->weaknesses_grid, self->profile->weaknesses,
             _("No capability is below the regional median."));
  gtk_stack_set_visible_child_name (self->stack, "profile");
}

/* Refills the dropdowns from the study, keeping the selection when it
 * still exists; a new study starts at its first municipality and latest round. */
static void
fill_choices (FkProfileView *self)
{
  g_autofree char *old_code = g_strdup (fk_profile_view_get_municipality (self));
  guint old_round = gtk_drop_down_get_selected (self->round_dropdown);
  gint64 old_round_id = old_round < self->round_ids->len ? g_array_index (self->round_ids, gint64, old_round) : 0;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) rounds = gtk_string_list_new (NULL);
  guint select_code = 0, select_round = 0;

  self->updating = TRUE;
  g_ptr_array_set_size (self->codes, 0);
  g_array_set_size (self->round_ids, 0);

  if (self->study != NULL)
    {
      FkRegion *region = fk_study_get_region (self->study);
      GPtrArray *all_rounds = fk_study_get_rounds (self->study);
      const FkRound *latest = fk_study_get_latest_round (self->study);

      for (guint i = 0; i < region->municipalities->len; i++)
        {
          const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);

          gtk_string_list_append (names, m->name);
          g_ptr_array_add (self->codes, g_strdup (m->code));
          if (g_strcmp0 (m->code, old_code) == 0)
            select_code = i;
        }
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

  gtk_drop_down_set_model (self->municipality_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_model (self->round_dropdown, G_LIST_MODEL (rounds));
  gtk_drop_down_set_selected (self->municipality_dropdown, select_code);
  gtk_drop_down_set_selected (self->round_dropdown, select_round);
  self->updating = FALSE;
}

static void
on_study_changed (FkProfileView *self)
{
  fill_choices (self);
  fk_profile_view_recompute (self);
}

static void
on_selection_changed (FkProfileView *self)
{
  fk_profile_view_recompute (self);
}

/* The palette or the language of model texts. */
static void
on_preferences_changed (FkProfileView *self)
{
  fk_profile_view_recompute (self);
}

/* libadwaita 1.2 has no breakpoints: the layout follows the width we get,
 * as on the overview page. Either layout fits any width above WIDE_LAYOUT,
 * so it cannot flip back and forth. */
static void
fk_profile_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;
  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size,
                        minimum, natural, minimum_baseline, natural_baseline);
}

static void
fk_profile_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  FkProfileView *self = FK_PROFILE_VIEW (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));
  GtkOrientation orientation = width >= WIDE_LAYOUT ? GTK_ORIENTATION_HORIZONTAL
                                                    : GTK_ORIENTATION_VERTICAL;

  /* Side by side, the tables take their natural width (less than the
   * chart's) and the chart all the rest; stacked, the chart gets its
   * natural height and the tables scroll in what is left. */
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->chart_and_tables)) != orientation)
    {
      gtk_orientable_set_orientation (GTK_ORIENTABLE (self->chart_and_tables), orientation);
      gtk_widget_set_vexpand (GTK_WIDGET (self->radar), orientation == GTK_ORIENTATION_HORIZONTAL);
    }

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
fk_profile_view_dispose (GObject *object)
{
  FkProfileView *self = FK_PROFILE_VIEW (object);

  /* No recompute once the template's widgets are gone. */
  fk_content_language_disconnect (self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_PROFILE_VIEW);
  g_clear_object (&self->study);
  g_clear_pointer (&self->profile, fk_profile_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    g_clear_object (&self->columns[i]);

  G_OBJECT_CLASS (fk_profile_view_parent_class)->dispose (object);
}

static void
fk_profile_view_finalize (GObject *object)
{
  FkProfileView *self = FK_PROFILE_VIEW (object);

  g_ptr_array_unref (self->codes);
  g_array_unref (self->round_ids);

  G_OBJECT_CLASS (fk_profile_view_parent_class)->finalize (object);
}

static void
fk_profile_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FkProfileView *self = FK_PROFILE_VIEW (object);

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
fk_profile_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FkProfileView *self = FK_PROFILE_VIEW (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      fk_profile_view_set_study (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_profile_view_class_init (FkProfileViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_profile_view_dispose;
  object_class->finalize = fk_profile_view_finalize;
  object_class->get_property = fk_profile_view_get_property;
  object_class->set_property = fk_profile_view_set_property;
  widget_class->measure = fk_profile_view_measure;
  widget_class->size_allocate = fk_profile_view_size_allocate;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL,
                         FK_TYPE_STUDY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Pulls the resource object (and its constructor) out of the static library. */
  (void) fk_ui_get_resource ();
  g_type_ensure (FK_TYPE_RADAR_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-profile-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FkProfileView, municipality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkProfileView, round_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkProfileView, stack);
  gtk_widget_class_bind_template_child (widget_class, FkProfileView, status_page);
  gtk_widget_class_bind_template_child (widget_class, FkProfileView, name_label);
  gtk_widget_class_bind_template_child (widget_class, FkProfileView, size_label);
  gtk_widget_class_bind_template_child (widget_class, FkProfileView, count_label);
  gtk_widget_class_bind_template_child (widget_class, FkProfileView, chart_and_tables);
  /* Only for tests (gtk_widget_get_template_child). */
  gtk_widget_class_bind_template_child_full (widget_class, "tables_scroller", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, FkProfileView, radar);
  gtk_widget_class_bind_template_child (widget_class, FkProfileView, strengths_grid);
  gtk_widget_class_bind_template_child (widget_class, FkProfileView, weaknesses_grid);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
}

static void
fk_profile_view_init (FkProfileView *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  self->codes = g_ptr_array_new_with_free_func (g_free);
  self->round_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    self->columns[i] = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* AdwBin's layout manager would bypass measure() and size_allocate(). */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);

  /* Without an installed schema (an uninstalled run) the chart keeps the
   * default palette. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, PALETTE_KEY))
    {
      self->settings = g_settings_new (APP_ID);
      g_signal_connect_swapped (self->settings, "changed::" PALETTE_KEY,
                                G_CALLBACK (on_preferences_changed), self);
    }
  fk_content_language_connect (self, G_CALLBACK (on_preferences_changed));
  fk_profile_view_recompute (self);
}

GtkWidget *
fk_profile_view_new (void)
{
  return g_object_new (FK_TYPE_PROFILE_VIEW, NULL);
}

FkStudy *
fk_profile_view_get_study (FkProfileView *self)
{
  g_return_val_if_fail (FK_IS_PROFILE_VIEW (self), NULL);
  return self->study;
}

void
fk_profile_view_set_study (FkProfileView *self,
                           FkStudy       *study)
{
  g_return_if_fail (FK_IS_PROFILE_VIEW (self));
  g_return_if_fail (study == NULL || FK_IS_STUDY (study));

  if (self->study == study)
    return;
  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);
  g_set_object (&self->study, study);
  if (study != NULL)
    g_signal_connect_object (study, "changed", G_CALLBACK (on_study_changed), self, G_CONNECT_SWAPPED);

  /* A different study: start from its first municipality. */
  g_ptr_array_set_size (self->codes, 0);
  g_array_set_size (self->round_ids, 0);
  on_study_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDY]);
}

const char *
fk_profile_view_get_municipality (FkProfileView *self)
{
  guint pos;

  g_return_val_if_fail (FK_IS_PROFILE_VIEW (self), NULL);

  pos = gtk_drop_down_get_selected (self->municipality_dropdown);
  if (pos >= self->codes->len)
    return NULL;
  return g_ptr_array_index (self->codes, pos);
}

void
fk_profile_view_set_municipality (FkProfileView *self,
                                  const char    *code)
{
  g_return_if_fail (FK_IS_PROFILE_VIEW (self));

  for (guint i = 0; i < self->codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->codes, i), code) == 0)
      {
        gtk_drop_down_set_selected (self->municipality_dropdown, i);
        return;
      }
}

FkProfile *
fk_profile_view_get_profile (FkProfileView *self)
{
  g_return_val_if_fail (FK_IS_PROFILE_VIEW (self), NULL);
  return self->profile;
}
