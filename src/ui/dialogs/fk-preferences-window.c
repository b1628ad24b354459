/* fk-preferences-window.c — the application's preferences
 *
 * Every widget is bound to its GSettings key: there is no Apply button, a
 * change takes effect at once.
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-preferences-window"
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fk-preferences-window.h"
#include "fk-ui-resources.h"

struct _FkPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwComboRow          *language_row;
  AdwComboRow          *palette_row;
  GtkSwitch            *numbers_switch;
  AdwComboRow          *presentation_scale_row;
};

G_DEFINE_FINAL_TYPE (FkPreferencesWindow, fk_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The combo rows list the key's choices in this order. */
static const char * const language_choices[] = { "auto", "sv", "en", NULL };
static const char * const palette_choices[] = { "viridis", "cividis", "greyscale", "high-contrast", NULL };

/* The presentation's text sizes, as in the combo row. */
static const double scale_choices[] = { 1.25, 1.5, 1.75, 2.0 };

/* The choice nearest the key's value (another program may write any
 * number in the key's range). */
static gboolean
scale_to_index (GValue   *value,
                GVariant *variant,
                gpointer  user_data)
{
  double scale = g_variant_get_double (variant);
  guint best = 0;

  for (guint i = 1; i < G_N_ELEMENTS (scale_choices); i++)
    if (fabs (scale_choices[i] - scale) < fabs (scale_choices[best] - scale))
      best = i;
  g_value_set_uint (value, best);
  return TRUE;
}

static GVariant *
index_to_scale (const GValue       *value,
                const GVariantType *expected_type,
                gpointer            user_data)
{
  guint index = g_value_get_uint (value);

  if (index >= G_N_ELEMENTS (scale_choices))
    return NULL;
  return g_variant_new_double (scale_choices[index]);
}

static gboolean
choice_to_index (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  const char * const *choices = user_data;
  const char *str = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], str))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
index_to_choice (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  const char * const *choices = user_data;
  guint index = g_value_get_uint (value);

  if (index >= g_strv_length ((char **) choices))
    return NULL;
  return g_variant_new_string (choices[index]);
}

static void
bind_choice (GSettings   *settings,
             const char  *key,
             AdwComboRow *row,
             const char * const *choices)
{
  g_settings_bind_with_mapping (settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                choice_to_index, index_to_choice,
                                (gpointer) choices, NULL);
}

FkPreferencesWindow *
fk_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (FK_TYPE_PREFERENCES_WINDOW, "settings", settings, NULL);
}

static void
fk_preferences_window_constructed (GObject *object)
{
  FkPreferencesWindow *self = FK_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (fk_preferences_window_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);

  bind_choice (self->settings, "export-language", self->language_row, language_choices);
  bind_choice (self->settings, "palette", self->palette_row, palette_choices);
  g_settings_bind (self->settings, "heatmap-numbers", self->numbers_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "presentation-scale", self->presentation_scale_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, scale_to_index, index_to_scale, NULL, NULL);
}

static void
fk_preferences_window_dispose (GObject *object)
{
  FkPreferencesWindow *self = FK_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fk_preferences_window_parent_class)->dispose (object);
}

static void
fk_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  FkPreferencesWindow *self = FK_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  FkPreferencesWindow *self = FK_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_preferences_window_class_init (FkPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fk_preferences_window_constructed;
  object_class->dispose = fk_preferences_window_dispose;
  object_class->get_property = fk_preferences_window_get_property;
  object_class->set_property = fk_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the resource links it in from the static library, whose
   * constructor registers it. */
  (void) fk_ui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FkPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, FkPreferencesWindow, palette_row);
  gtk_widget_class_bind_template_child (widget_class, FkPreferencesWindow, numbers_switch);
  gtk_widget_class_bind_template_child (widget_class, FkPreferencesWindow, presentation_scale_row);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fk_preferences_window_init (FkPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
