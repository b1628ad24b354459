/* fk-respondent-dialog.c — which municipality the user scores, and who
 * they are
 *
 * Shown by the window the first time a study is shown (see
 * fk_window_ask_who_scores()). No municipality is chosen at first, so
 * that nobody answers for the first one in the list by mistake; Start
 * needs a municipality and a name. The municipality chooser searches
 * like the one on the Scoring page, and from the keyboard: open it with
 * Space, type, press Enter.
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-respondent-dialog"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-respondent-dialog.h"
#include "fk-drop-down-search.h"

struct _FkRespondentDialog
{
  AdwWindow            parent_instance;

  FkStudy             *study;

  /* Template widgets */
  GtkWidget           *start_button;
  AdwPreferencesGroup *error_group;
  GtkLabel            *error_label;
  GtkDropDown         *municipality_dropdown;
  AdwEntryRow         *name_row;
};

G_DEFINE_FINAL_TYPE (FkRespondentDialog, fk_respondent_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STUDY,
  PROP_CAN_START,
  N_PROPS
};

enum {
  CHOSEN,
  SKIPPED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
name_text (FkRespondentDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
}

static void
show_error (FkRespondentDialog *self,
            const char         *message)
{
  /* Plain text: the message may quote a file name. */
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
}

static void
update_state (FkRespondentDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "respondent.start",
                                 fk_respondent_dialog_get_can_start (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_START]);
}

/* The last refusal was about the old input. */
static void
input_changed_cb (FkRespondentDialog *self)
{
  show_error (self, NULL);
  update_state (self);
}

static void
fill_municipalities (FkRespondentDialog *self)
{
  FkRegion *region = fk_study_get_region (self->study);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < region->municipalities->len; i++)
    {
      FkMunicipality *m = g_ptr_array_index (region->municipalities, i);
      g_autofree char *label = g_strdup_printf ("%s (%s)", m->name, m->code);
      gtk_string_list_append (labels, label);
    }
  gtk_drop_down_set_model (self->municipality_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->municipality_dropdown, GTK_INVALID_LIST_POSITION);
}

const char *
fk_respondent_dialog_get_municipality (FkRespondentDialog *self)
{
  FkRegion *region;
  guint selected;

  g_return_val_if_fail (FK_IS_RESPONDENT_DIALOG (self), NULL);

  if (self->study == NULL)
    return NULL;
  region = fk_study_get_region (self->study);
  selected = gtk_drop_down_get_selected (self->municipality_dropdown);
  if (selected >= region->municipalities->len)
    return NULL;
  return ((FkMunicipality *) g_ptr_array_index (region->municipalities, selected))->code;
}

gboolean
fk_respondent_dialog_set_municipality (FkRespondentDialog *self,
                                       const char         *code)
{
  FkRegion *region;

  g_return_val_if_fail (FK_IS_RESPONDENT_DIALOG (self), FALSE);

  if (self->study == NULL)
    return FALSE;
  region = fk_study_get_region (self->study);
  for (guint i = 0; i < region->municipalities->len; i++)
    if (g_strcmp0 (((FkMunicipality *) g_ptr_array_index (region->municipalities, i))->code, code) == 0)
      {
        gtk_drop_down_set_selected (self->municipality_dropdown, i);
        return TRUE;
      }
  return FALSE;
}

gboolean
fk_respondent_dialog_get_can_start (FkRespondentDialog *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (FK_IS_RESPONDENT_DIALOG (self), FALSE);

  name = name_text (self);
  return fk_respondent_dialog_get_municipality (self) != NULL && *name != '\0';
}

gboolean
fk_respondent_dialog_start (FkRespondentDialog  *self,
                            GError             **error)
{
  g_autofree char *name = NULL;
  g_autofree char *code = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (FK_IS_RESPONDENT_DIALOG (self), FALSE);

  if (!fk_respondent_dialog_get_can_start (self))
    {
      g_set_error_literal (error, FK_ERROR, FK_ERROR_INVALID,
                           _("Choose your municipality and write your name."));
      return FALSE;
    }
  name = name_text (self);
  code = g_strdup (fk_respondent_dialog_get_municipality (self));
  if (!fk_study_set_respondent (self->study, code, name, &local_error))
    {
      show_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_signal_emit (self, signals[CHOSEN], 0, code);
  return TRUE;
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  FkRespondentDialog *self = FK_RESPONDENT_DIALOG (widget);

  if (fk_respondent_dialog_start (self, NULL))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  FkRespondentDialog *self = FK_RESPONDENT_DIALOG (widget);

  g_signal_emit (self, signals[SKIPPED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- GObject ---------------------------------------------------------- */

FkRespondentDialog *
fk_respondent_dialog_new (GtkWindow *parent,
                          FkStudy   *study)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  return g_object_new (FK_TYPE_RESPONDENT_DIALOG,
                       "transient-for", parent,
                       "study", study,
                       NULL);
}

FkStudy *
fk_respondent_dialog_get_study (FkRespondentDialog *self)
{
  g_return_val_if_fail (FK_IS_RESPONDENT_DIALOG (self), NULL);

  return self->study;
}

static void
fk_respondent_dialog_constructed (GObject *object)
{
  FkRespondentDialog *self = FK_RESPONDENT_DIALOG (object);

  G_OBJECT_CLASS (fk_respondent_dialog_parent_class)->constructed (object);

  if (self->study != NULL)
    fill_municipalities (self);
  update_state (self);
}

static void
fk_respondent_dialog_dispose (GObject *object)
{
  FkRespondentDialog *self = FK_RESPONDENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_RESPONDENT_DIALOG);
  g_clear_object (&self->study);

  G_OBJECT_CLASS (fk_respondent_dialog_parent_class)->dispose (object);
}

static void
fk_respondent_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  FkRespondentDialog *self = FK_RESPONDENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      g_value_set_object (value, self->study);
      break;
    case PROP_CAN_START:
      g_value_set_boolean (value, fk_respondent_dialog_get_can_start (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_respondent_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  FkRespondentDialog *self = FK_RESPONDENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      self->study = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_respondent_dialog_class_init (FkRespondentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fk_respondent_dialog_constructed;
  object_class->dispose = fk_respondent_dialog_dispose;
  object_class->get_property = fk_respondent_dialog_get_property;
  object_class->set_property = fk_respondent_dialog_set_property;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL, FK_TYPE_STUDY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_START] =
    g_param_spec_boolean ("can-start", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The respondent of this municipality (its code) was saved. */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* The user only compares and does not want to be asked again. */
  signals[SKIPPED] =
    g_signal_new ("skipped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-respondent-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FkRespondentDialog, start_button);
  gtk_widget_class_bind_template_child (widget_class, FkRespondentDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, FkRespondentDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FkRespondentDialog, municipality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkRespondentDialog, name_row);
  gtk_widget_class_bind_template_callback (widget_class, input_changed_cb);

  gtk_widget_class_install_action (widget_class, "respondent.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "respondent.skip", NULL, skip_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fk_respondent_dialog_init (FkRespondentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fk_drop_down_search_by_keyboard (self->municipality_dropdown);
  g_signal_connect_swapped (self->municipality_dropdown, "notify::selected",
                            G_CALLBACK (input_changed_cb), self);
  gtk_widget_grab_focus (GTK_WIDGET (self->municipality_dropdown));
}
