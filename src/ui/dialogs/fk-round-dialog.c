/* fk-round-dialog.c — name and date of a new assessment round
 *
 * The name starts as the next free "Omgång N" / "Round N" in the study's
 * language and the date as today. The date is checked as it is typed
 * (GTK 4.8 has no date row): a bad one is marked and disables Add. What
 * only the study can refuse (a name already in use, a read-only file) is
 * shown once Add is pressed, and the input stays for the user to fix.
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-round-dialog"
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fk-round-dialog.h"

struct _FkRoundDialog
{
  AdwWindow            parent_instance;

  FkStudy             *study;
  char                *add_error;   /* why the last Add failed, until an edit */

  /* Template widgets */
  GtkWidget           *add_button;
  AdwPreferencesGroup *error_group;
  GtkLabel            *error_label;
  AdwEntryRow         *name_row;
  AdwEntryRow         *date_row;
};

G_DEFINE_FINAL_TYPE (FkRoundDialog, fk_round_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STUDY,
  PROP_CAN_ADD,
  N_PROPS
};

enum {
  ROUND_ADDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The stripped text of @row; an empty date means "no date". */
static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static gboolean
date_ok (FkRoundDialog *self)
{
  g_autofree char *date = row_text (self->date_row);

  return *date == '\0' || fk_text_is_iso_date (date);
}

gboolean
fk_round_dialog_get_can_add (FkRoundDialog *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (FK_IS_ROUND_DIALOG (self), FALSE);

  name = row_text (self->name_row);
  return self->study != NULL && *name != '\0' && date_ok (self);
}

static void
set_error_style (AdwEntryRow *row,
                 gboolean     error)
{
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static const char *
date_hint (void)
{
  return _("Write the date as 2020-11-15, or leave it empty.");
}

/* The refusal of the last Add, else what is wrong with the date: in words
 * too, not only in red. */
static void
update_state (FkRoundDialog *self)
{
  gboolean can_add = fk_round_dialog_get_can_add (self);
  const char *message = self->add_error;

  if (message == NULL && !date_ok (self))
    message = date_hint ();
  /* Plain text: the message quotes the round name as typed. */
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
  set_error_style (self->date_row, !date_ok (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "round.add", can_add);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_ADD]);
}

/* The last refusal was about the old text. */
static void
input_changed_cb (FkRoundDialog *self)
{
  set_error_style (self->name_row, FALSE);
  g_clear_pointer (&self->add_error, g_free);
  update_state (self);
}

/* Core messages are sentence fragments ("there is already a round …"). */
static char *
capitalize (const char *message)
{
  gunichar first;
  char buf[6];
  int len;

  if (*message == '\0')
    return g_strdup ("");
  first = g_utf8_get_char (message);
  len = g_unichar_to_utf8 (g_unichar_totitle (first), buf);
  return g_strdup_printf ("%.*s%s", len, buf, g_utf8_next_char (message));
}

/* "Omgång 3" / "Round 3": the first number after the study's rounds that
 * no round is named with yet, named by the core in the study's language. */
static char *
suggest_name (FkStudy *study)
{
  for (guint n = fk_study_get_rounds (study)->len + 1; ; n++)
    {
      g_autofree char *name = fk_study_default_round_name (fk_study_get_language (study), n);

      if (fk_study_find_round (study, name) == NULL)
        return g_steal_pointer (&name);
    }
}

static void
fill_defaults (FkRoundDialog *self)
{
  g_autofree char *today = fk_text_today_iso ();
  g_autofree char *name = suggest_name (self->study);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
}

const FkRound *
fk_round_dialog_add (FkRoundDialog  *self,
                     GError        **error)
{
  g_autofree char *name = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GError) local_error = NULL;
  const FkRound *round;

  g_return_val_if_fail (FK_IS_ROUND_DIALOG (self), NULL);

  if (!fk_round_dialog_get_can_add (self))
    {
      g_set_error_literal (error, FK_ERROR, FK_ERROR_INVALID,
                           date_ok (self) ? _("The round needs a name.") : date_hint ());
      return NULL;
    }
  name = row_text (self->name_row);
  date = row_text (self->date_row);
  round = fk_study_add_round (self->study, name, *date != '\0' ? date : NULL, &local_error);
  if (round == NULL)
    {
      g_free (self->add_error);
      self->add_error = capitalize (local_error->message);
      update_state (self);
      set_error_style (self->name_row, g_error_matches (local_error, FK_ERROR, FK_ERROR_EXISTS));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  g_signal_emit (self, signals[ROUND_ADDED], 0, round->id);
  return round;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  FkRoundDialog *self = FK_ROUND_DIALOG (widget);

  if (fk_round_dialog_add (self, NULL) != NULL)
    gtk_window_destroy (GTK_WINDOW (self));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/* ---- GObject ---------------------------------------------------------- */

FkRoundDialog *
fk_round_dialog_new (GtkWindow *parent,
                     FkStudy   *study)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  return g_object_new (FK_TYPE_ROUND_DIALOG,
                       "transient-for", parent,
                       "study", study,
                       NULL);
}

FkStudy *
fk_round_dialog_get_study (FkRoundDialog *self)
{
  g_return_val_if_fail (FK_IS_ROUND_DIALOG (self), NULL);

  return self->study;
}

static void
fk_round_dialog_constructed (GObject *object)
{
  FkRoundDialog *self = FK_ROUND_DIALOG (object);

  G_OBJECT_CLASS (fk_round_dialog_parent_class)->constructed (object);

  if (self->study != NULL)
    fill_defaults (self);
  update_state (self);
}

static void
fk_round_dialog_dispose (GObject *object)
{
  FkRoundDialog *self = FK_ROUND_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_ROUND_DIALOG);
  g_clear_object (&self->study);

  G_OBJECT_CLASS (fk_round_dialog_parent_class)->dispose (object);
}

static void
fk_round_dialog_finalize (GObject *object)
{
  FkRoundDialog *self = FK_ROUND_DIALOG (object);

  g_free (self->add_error);

  G_OBJECT_CLASS (fk_round_dialog_parent_class)->finalize (object);
}

static void
fk_round_dialog_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FkRoundDialog *self = FK_ROUND_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      g_value_set_object (value, self->study);
      break;
    case PROP_CAN_ADD:
      g_value_set_boolean (value, fk_round_dialog_get_can_add (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_round_dialog_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FkRoundDialog *self = FK_ROUND_DIALOG (object);

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
fk_round_dialog_class_init (FkRoundDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fk_round_dialog_constructed;
  object_class->dispose = fk_round_dialog_dispose;
  object_class->finalize = fk_round_dialog_finalize;
  object_class->get_property = fk_round_dialog_get_property;
  object_class->set_property = fk_round_dialog_set_property;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL, FK_TYPE_STUDY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_ADD] =
    g_param_spec_boolean ("can-add", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The round was added to the study (its id). */
  signals[ROUND_ADDED] =
    g_signal_new ("round-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-round-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FkRoundDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, FkRoundDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, FkRoundDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FkRoundDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, FkRoundDialog, date_row);
  gtk_widget_class_bind_template_callback (widget_class, input_changed_cb);

  gtk_widget_class_install_action (widget_class, "round.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fk_round_dialog_init (FkRoundDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}
