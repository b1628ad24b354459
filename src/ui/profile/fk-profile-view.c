/* fk-profile-view.c — one municipality against the region
 *
 * The page keeps no scores of its own: when the study's scores of the
 * round shown change (any municipality's: the medians are the region's),
 * its rounds or its language, it asks core for a fresh FkProfile and
 * redraws the chart and the lists; the same when the palette or the
 * language of model texts changes in Preferences. A hidden page only
 * notes that it is out of date, and catches up when it is shown.
 *
 * The chart is what people look at, often on a projector: on a wide page it
 * takes at least the left half and the whole height, the tables scroll
 * beside it; on a narrow page (FkSplitBox decides) it sits above them and
 * the whole page scrolls as one.
 */
#define G_LOG_DOMAIN "fk-profile-view"
#include "config.h"
#include "fk-round-choice.h"
#include "fk-profile-view.h"
#include "fk-profile-tables.h"
#include "fk-content-language.h"
#include "fk-radar-view.h"
#include "fk-radar-chart.h"
#include "fk-study-snapshot.h"
#include "fk-ui-resources.h"
#include "fk-split-box.h"
#include "fk-wrap-layout.h"

#include <glib/gi18n.h>

struct _FkProfileView
{
  AdwBin          parent_instance;

  FkStudy        *study;
  FkProfile      *profile;
  GSettings      *settings;    /* NULL without an installed schema */
  GPtrArray      *codes;       /* municipality codes, dropdown order */
  GArray         *round_ids;   /* gint64, dropdown order */
  gboolean        updating;    /* refilling the dropdowns */
  gboolean        stale;       /* the study changed while the page was hidden */
  guint           n_recomputes;
  GtkSizeGroup   *columns[FK_PROFILE_N_COLUMNS];  /* the two lists' columns line up */

  GtkDropDown    *municipality_dropdown;
  GtkDropDown    *round_dropdown;
  GtkStack       *stack;
  AdwStatusPage  *status_page;
  GtkLabel       *name_label;
  GtkLabel       *size_label;
  GtkLabel       *count_label;
  FkSplitBox     *chart_and_tables;
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

/* The id of the round chosen; 0 for none. */
static gint64
selected_round_id (FkProfileView *self)
{
  return fk_round_choice_get_selected (self->round_dropdown, self->round_ids);
}

static void
fk_profile_view_recompute (FkProfileView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRadarData) data = NULL;
  g_autofree char *title = NULL;
  g_autofree char *size = NULL;
  g_autofree char *count = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  const char *code = fk_profile_view_get_municipality (self);
  gint64 round_id = selected_round_id (self);
  guint n_caps;

  if (self->updating)
    return;
  self->n_recomputes++;
  g_clear_pointer (&self->profile, fk_profile_unref);

  if (self->study == NULL || code == NULL || round_id == 0)
    {
      show_status (self, self->study != NULL && self->round_ids->len == 0
                         ? _("This study has no assessment round.") : _("No study"), NULL);
      return;
    }

  snapshot = fk_study_read_snapshot (self->study, round_id, &error);
  if (snapshot != NULL)
    self->profile = fk_profile_new (snapshot, code, &error);
  if (self->profile == NULL)
    {
      show_status (self, _("Could not compute the profile"), error->message);
      return;
    }
  if (fk_profile_is_empty (self->profile))
    {
      title = g_strdup_printf (_("Nothing assessed yet for %s"), self->profile->name);
      show_status (self, title,
                   _("Its profile appears here once its capabilities are assessed in this round."));
      return;
    }

  gtk_label_set_text (self->name_label, self->profile->name);
  size = fk_profile_describe_size (self->profile, NULL);
  gtk_label_set_text (self->size_label, size);
  n_caps = fk_model_get_n_capabilities (fk_study_get_model (self->study));
  count = fk_profile_describe_count (self->profile->n_levels, n_caps, self->profile->n_not_applicable);
  gtk_label_set_text (self->count_label, count);

  data = fk_radar_data_new_for_profile (self->profile, fk_content_language (self->study));
  fk_radar_data_set_title (data, NULL);   /* the page shows the name above */
  fk_radar_data_set_palette (data, get_palette (self));
  fk_radar_view_set_data (self->radar, data);

  fk_profile_tables_fill (self->strengths_grid, self->columns, self->study, self->profile->strengths,
                          fk_profile_describe_none (TRUE));
  fk_profile_tables_fill (self->weaknesses_grid, self->columns, self->study, self->profile->weaknesses,
                          fk_profile_describe_none (FALSE));
  gtk_stack_set_visible_child_name (self->stack, "profile");
}

/* Refills the dropdowns from the study, keeping the selection when it
 * still exists; a new study starts at its first municipality and latest round. */
static void
fill_choices (FkProfileView *self)
{
  g_autofree char *old_code = g_strdup (fk_profile_view_get_municipality (self));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint select_code = 0;

  self->updating = TRUE;
  g_ptr_array_set_size (self->codes, 0);

  if (self->study != NULL)
    {
      FkRegion *region = fk_study_get_region (self->study);

      for (guint i = 0; i < region->municipalities->len; i++)
        {
          const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);

          gtk_string_list_append (names, m->name);
          g_ptr_array_add (self->codes, g_strdup (m->code));
          if (g_strcmp0 (m->code, old_code) == 0)
            select_code = i;
        }
    }

  gtk_drop_down_set_model (self->municipality_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->municipality_dropdown, select_code);
  fk_round_choice_fill (self->round_dropdown, self->round_ids, self->study);
  self->updating = FALSE;
}

/* The study's rounds, or the study itself. */
static void
reload (FkProfileView *self)
{
  self->stale = FALSE;
  fill_choices (self);
  fk_profile_view_recompute (self);
}

/* Recomputes now if the page is shown, else once it is. Also for the
 * palette or the language of model texts in Preferences. */
static void
invalidate (FkProfileView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    fk_profile_view_recompute (self);
  else
    self->stale = TRUE;
}

static void
on_study_changed (FkStudy             *study,
                  const FkStudyChange *change,
                  FkProfileView       *self)
{
  /* Rounds: the chooser. The language: the names. Scores of the round
   * shown, of any municipality: the medians. Nothing else is shown. */
  if (!(change->what & (FK_STUDY_CHANGE_ROUNDS | FK_STUDY_CHANGE_METADATA)) &&
      !fk_study_change_touches_scores (change, selected_round_id (self), NULL))
    return;
  /* The choosers are cheap and follow at once, shown or not; the profile
   * waits until the page is shown. */
  if (change->what & FK_STUDY_CHANGE_ROUNDS)
    fill_choices (self);
  invalidate (self);
}

static void
on_selection_changed (FkProfileView *self)
{
  fk_profile_view_recompute (self);
}


/* A page hidden while the study changed catches up when it is shown. */
static void
fk_profile_view_map (GtkWidget *widget)
{
  FkProfileView *self = FK_PROFILE_VIEW (widget);

  GTK_WIDGET_CLASS (fk_profile_view_parent_class)->map (widget);
  if (self->stale)
    reload (self);
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
  widget_class->map = fk_profile_view_map;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL,
                         FK_TYPE_STUDY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Pulls the resource object (and its constructor) out of the static library. */
  (void) fk_ui_get_resource ();
  g_type_ensure (FK_TYPE_RADAR_VIEW);
  g_type_ensure (FK_TYPE_SPLIT_BOX);
  g_type_ensure (FK_TYPE_WRAP_BOX);
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
  gtk_widget_class_bind_template_child_full (widget_class, "page_scroller", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, FkProfileView, radar);
  gtk_widget_class_bind_template_child (widget_class, FkProfileView, strengths_grid);
  gtk_widget_class_bind_template_child (widget_class, FkProfileView, weaknesses_grid);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
}

static void
fk_profile_view_init (FkProfileView *self)
{
  self->codes = g_ptr_array_new_with_free_func (g_free);
  self->round_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    self->columns[i] = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Without an installed schema (an uninstalled run) the chart keeps the
   * default palette. */
  self->settings = fk_settings_try_new (PALETTE_KEY);
  if (self->settings != NULL)
    g_signal_connect_swapped (self->settings, "changed::" PALETTE_KEY,
                              G_CALLBACK (invalidate), self);
  fk_content_language_connect (self, G_CALLBACK (invalidate));
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
    g_signal_connect_object (study, "changed", G_CALLBACK (on_study_changed), self, 0);

  /* A different study: start from its first municipality. */
  g_ptr_array_set_size (self->codes, 0);
  g_array_set_size (self->round_ids, 0);
  reload (self);
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

guint
fk_profile_view_get_n_recomputes (FkProfileView *self)
{
  g_return_val_if_fail (FK_IS_PROFILE_VIEW (self), 0);
  return self->n_recomputes;
}
