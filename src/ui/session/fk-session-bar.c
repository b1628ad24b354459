/* fk-session-bar.c — the strip over a window filling in a response
 *
 * libadwaita 1.2 has no AdwBanner: a revealer with a styled box, like the
 * window's read-only banner. It reads the session once per study; a
 * session's municipality and round never change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-session-bar"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-session-bar.h"
#include "fk-split-box.h"

struct _FkSessionBar
{
  GtkWidget    parent_instance;

  FkStudy     *study;

  /* Template widgets */
  GtkRevealer *revealer;
  GtkLabel    *label;
  GtkWidget   *send_button;
};

G_DEFINE_FINAL_TYPE (FkSessionBar, fk_session_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STUDY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (FkSessionBar *self)
{
  g_autofree char *code = NULL;
  g_autofree char *text = NULL;
  const FkMunicipality *municipality = NULL;
  const FkRound *round = NULL;

  if (self->study != NULL && fk_response_session_is_session (self->study))
    {
      code = fk_response_session_get_municipality (self->study);
      municipality = fk_region_lookup (fk_study_get_region (self->study), code);
      round = fk_study_get_round_by_id (self->study, fk_response_session_get_round_id (self->study));
    }
  if (municipality == NULL || round == NULL)
    {
      gtk_revealer_set_reveal_child (self->revealer, FALSE);
      gtk_label_set_text (self->label, "");
      return;
    }
  /* Translators: the first %s is a municipality, the second a round's name. */
  text = g_strdup_printf (_("You are filling in the response for %s, round “%s”. Your answers are saved on this computer as you go."),
                          municipality->name, round->name);
  gtk_label_set_text (self->label, text);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}

FkStudy *
fk_session_bar_get_study (FkSessionBar *self)
{
  g_return_val_if_fail (FK_IS_SESSION_BAR (self), NULL);

  return self->study;
}

void
fk_session_bar_set_study (FkSessionBar *self,
                          FkStudy      *study)
{
  g_return_if_fail (FK_IS_SESSION_BAR (self));
  g_return_if_fail (study == NULL || FK_IS_STUDY (study));

  if (!g_set_object (&self->study, study))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDY]);
}

const char *
fk_session_bar_get_text (FkSessionBar *self)
{
  g_return_val_if_fail (FK_IS_SESSION_BAR (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->revealer))
    return NULL;
  return gtk_label_get_text (self->label);
}

static void
fk_session_bar_dispose (GObject *object)
{
  FkSessionBar *self = FK_SESSION_BAR (object);

  g_clear_object (&self->study);
  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_SESSION_BAR);

  G_OBJECT_CLASS (fk_session_bar_parent_class)->dispose (object);
}

static void
fk_session_bar_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FkSessionBar *self = FK_SESSION_BAR (object);

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
fk_session_bar_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FkSessionBar *self = FK_SESSION_BAR (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      fk_session_bar_set_study (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_session_bar_class_init (FkSessionBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_session_bar_dispose;
  object_class->get_property = fk_session_bar_get_property;
  object_class->set_property = fk_session_bar_set_property;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL,
                         FK_TYPE_STUDY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FK_TYPE_SPLIT_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-session-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, FkSessionBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, FkSessionBar, label);
  gtk_widget_class_bind_template_child (widget_class, FkSessionBar, send_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fk_session_bar_init (FkSessionBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
