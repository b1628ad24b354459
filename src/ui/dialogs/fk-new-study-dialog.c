/* fk-new-study-dialog.c — title, language, first round, model and
 * municipalities of a new study
 *
 * Model and region files are loaded as soon as they are chosen, so that a
 * broken file is reported in its row (and Create disabled) before anything
 * is written. Create then asks where to save; if creating fails, the
 * dialog stays open with everything the user entered and says why.
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-new-study-dialog"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-new-study-dialog.h"
#include "fk-study-dialogs.h"

struct _FkNewStudyDialog
{
  AdwWindow             parent_instance;

  FkModel              *model;        /* NULL while the chosen file is broken */
  FkRegion             *region;
  char                 *model_file;   /* NULL: the built-in one */
  char                 *region_file;
  char                 *model_error;  /* why the chosen file is broken */
  char                 *region_error;
  char                 *auto_title;   /* the title the dialog filled in last */
  GtkFileChooserNative *chooser;      /* the file chooser that is open, if any */

  /* Template widgets */
  GtkWidget            *create_button;
  AdwPreferencesGroup  *error_group;
  GtkLabel             *error_label;
  AdwEntryRow          *title_row;
  AdwComboRow          *language_row;
  AdwEntryRow          *round_row;
  AdwActionRow         *model_row;
  GtkWidget            *model_error_icon;
  GtkWidget            *model_builtin_button;
  AdwActionRow         *region_row;
  GtkWidget            *region_error_icon;
  GtkWidget            *region_builtin_button;
};

G_DEFINE_FINAL_TYPE (FkNewStudyDialog, fk_new_study_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CAN_CREATE,
  N_PROPS
};

enum {
  CREATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The language row lists these, in this order. */
static const char * const languages[] = { "sv", "en" };

static guint
language_index (FkNewStudyDialog *self)
{
  guint i = adw_combo_row_get_selected (self->language_row);

  return i < G_N_ELEMENTS (languages) ? i : 0;
}

static gboolean
can_create (FkNewStudyDialog *self)
{
  return self->model != NULL && self->region != NULL;
}

/* ---- what the rows show ----------------------------------------------- */

static void
show_source (AdwActionRow *row,
             GtkWidget    *error_icon,
             GtkWidget    *builtin_button,
             const char   *file,
             const char   *error_message,
             const char   *description)
{
  g_autofree char *subtitle = NULL;

  if (error_message != NULL)
    subtitle = g_strdup (error_message);
  else if (file == NULL)
    subtitle = g_strdup_printf (_("Built-in: %s"), description);
  else
    {
      g_autofree char *name = g_filename_display_basename (file);
      /* Translators: a file name, then what it holds, e.g.
       * "minimal.json: Minimal model 1.0.0 (3 capabilities)" */
      subtitle = g_strdup_printf (_("%s: %s"), name, description);
    }
  adw_action_row_set_subtitle (row, subtitle);

  /* style.css colours the subtitle as an error (only the subtitle: red
   * buttons would look disabled); the icon beside the buttons says
   * "error" at full strength, and not by colour alone. */
  if (error_message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "fk-source-error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "fk-source-error");
  gtk_widget_set_visible (error_icon, error_message != NULL);

  /* The full path, as plain text. */
  if (file != NULL)
    {
      g_autofree char *display = g_filename_display_name (file);
      gtk_widget_set_tooltip_text (GTK_WIDGET (row), display);
    }
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (row), NULL);
  gtk_widget_set_visible (builtin_button, file != NULL);
}

static void
update_rows (FkNewStudyDialog *self)
{
  const char *language = languages[language_index (self)];
  g_autofree char *model_text = NULL;
  g_autofree char *region_text = NULL;

  if (self->model != NULL)
    {
      guint n = fk_model_get_n_capabilities (self->model);
      g_autofree char *count = g_strdup_printf (ngettext ("%u capability", "%u capabilities", n), n);

      model_text = g_strdup_printf ("%s %s (%s)", fk_text_get (&self->model->name, language),
                                    self->model->version, count);
    }
  show_source (self->model_row, self->model_error_icon, self->model_builtin_button, self->model_file,
               self->model == NULL ? self->model_error : NULL, model_text);

  if (self->region != NULL)
    {
      guint n = self->region->municipalities->len;
      g_autofree char *count = g_strdup_printf (ngettext ("%u municipality", "%u municipalities", n), n);

      region_text = g_strdup_printf ("%s (%s)", self->region->name, count);
    }
  show_source (self->region_row, self->region_error_icon, self->region_builtin_button, self->region_file,
               self->region == NULL ? self->region_error : NULL, region_text);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-study.create", can_create (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_CREATE]);
}

/* The title and the round name follow the model, region and language
 * until the user writes their own. */
static void
update_defaults (FkNewStudyDialog *self)
{
  guint lang = language_index (self);
  const char *round = gtk_editable_get_text (GTK_EDITABLE (self->round_row));
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  g_autofree char *default_round = fk_study_default_round_name (languages[lang], 1);
  gboolean round_is_default = *round == '\0';

  /* The core's name for a first round, in the study's language. */
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *name = fk_study_default_round_name (languages[i], 1);
      round_is_default |= g_str_equal (round, name);
    }
  if (round_is_default && !g_str_equal (round, default_round))
    gtk_editable_set_text (GTK_EDITABLE (self->round_row), default_round);

  if (self->model != NULL && self->region != NULL)
    {
      g_autofree char *auto_title = g_strdup_printf ("%s %s",
                                                     fk_text_get (&self->model->name, languages[lang]),
                                                     self->region->name);

      if (*title == '\0' || g_strcmp0 (title, self->auto_title) == 0)
        gtk_editable_set_text (GTK_EDITABLE (self->title_row), auto_title);
      g_free (self->auto_title);
      self->auto_title = g_steal_pointer (&auto_title);
    }
}

static void
language_changed_cb (FkNewStudyDialog *self)
{
  update_defaults (self);
  update_rows (self);
}

/* ---- model and region ------------------------------------------------- */

gboolean
fk_new_study_dialog_load_model (FkNewStudyDialog *self,
                                const char       *path)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FK_IS_NEW_STUDY_DIALOG (self), FALSE);

  g_clear_pointer (&self->model, fk_model_unref);
  g_clear_pointer (&self->model_error, g_free);
  g_free (self->model_file);
  self->model_file = g_strdup (path);

  self->model = path != NULL ? fk_model_new_from_file (path, &error)
                             : fk_model_new_default (&error);
  if (self->model == NULL)
    self->model_error = g_strdup (error->message);
  update_defaults (self);
  update_rows (self);
  return self->model != NULL;
}

void
fk_new_study_dialog_use_default_model (FkNewStudyDialog *self)
{
  fk_new_study_dialog_load_model (self, NULL);
}

gboolean
fk_new_study_dialog_load_region (FkNewStudyDialog *self,
                                 const char       *path)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FK_IS_NEW_STUDY_DIALOG (self), FALSE);

  g_clear_pointer (&self->region, fk_region_unref);
  g_clear_pointer (&self->region_error, g_free);
  g_free (self->region_file);
  self->region_file = g_strdup (path);

  self->region = path != NULL ? fk_region_new_from_file (path, &error)
                              : fk_region_new_default (&error);
  if (self->region == NULL)
    self->region_error = g_strdup (error->message);
  update_defaults (self);
  update_rows (self);
  return self->region != NULL;
}

void
fk_new_study_dialog_use_default_region (FkNewStudyDialog *self)
{
  fk_new_study_dialog_load_region (self, NULL);
}

/* ---- file choosers ---------------------------------------------------- */

static void
close_chooser (FkNewStudyDialog *self)
{
  if (self->chooser == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->chooser, self);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
}

/* Opens a chooser for the dialog; @response_cb gets the chosen file. */
static void
run_chooser (FkNewStudyDialog     *self,
             GtkFileChooserNative *native,
             GtkFileFilter        *filter,
             GCallback             response_cb)
{
  close_chooser (self);
  self->chooser = native;
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);
  g_signal_connect_swapped (native, "response", response_cb, self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* The chosen file as a path; closes the chooser. */
static char *
take_chosen_path (FkNewStudyDialog *self,
                  int               response)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  close_chooser (self);
  return file != NULL ? g_file_get_path (file) : NULL;
}

static void
model_chosen_cb (FkNewStudyDialog *self,
                 int               response)
{
  g_autofree char *path = take_chosen_path (self, response);

  if (path != NULL)
    fk_new_study_dialog_load_model (self, path);
}

static void
region_chosen_cb (FkNewStudyDialog *self,
                  int               response)
{
  g_autofree char *path = take_chosen_path (self, response);

  if (path != NULL)
    fk_new_study_dialog_load_region (self, path);
}

static GtkFileFilter *
json_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("JSON Files"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  return filter;
}

static void
choose_model_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  run_chooser (FK_NEW_STUDY_DIALOG (widget),
               gtk_file_chooser_native_new (_("Choose a Capability Model"), GTK_WINDOW (widget),
                                            GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel")),
               json_filter (), G_CALLBACK (model_chosen_cb));
}

static void
choose_region_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  run_chooser (FK_NEW_STUDY_DIALOG (widget),
               gtk_file_chooser_native_new (_("Choose Municipalities"), GTK_WINDOW (widget),
                                            GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel")),
               json_filter (), G_CALLBACK (region_chosen_cb));
}

static void
builtin_model_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  fk_new_study_dialog_use_default_model (FK_NEW_STUDY_DIALOG (widget));
}

static void
builtin_region_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  fk_new_study_dialog_use_default_region (FK_NEW_STUDY_DIALOG (widget));
}

/* ---- create ----------------------------------------------------------- */

static FkStudy *
create_in_file (FkNewStudyDialog  *self,
                GFile             *file,
                gboolean           replace,
                GError           **error)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autofree char *round = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->round_row))));

  if (!can_create (self))
    {
      g_set_error_literal (error, FK_ERROR, FK_ERROR_INVALID,
                           self->model == NULL ? self->model_error : self->region_error);
      return NULL;
    }
  if (!fk_study_dialog_check_replace (file, replace, error))
    return NULL;
  return fk_study_create_for_file (file, replace, self->model, self->region, title,
                                   languages[language_index (self)], round, error);
}

FkStudy *
fk_new_study_dialog_create_at (FkNewStudyDialog  *self,
                               const char        *path,
                               GError           **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (FK_IS_NEW_STUDY_DIALOG (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  file = g_file_new_for_path (path);
  return create_in_file (self, file, FALSE, error);
}

static void
show_error (FkNewStudyDialog *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
}

static void
save_chosen_cb (FkNewStudyDialog *self,
                int               response)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  close_chooser (self);
  if (file == NULL)
    return;

  /* The chooser has asked before replacing a file. */
  study = create_in_file (self, file, TRUE, &error);
  if (study == NULL)
    {
      show_error (self, error->message);
      return;
    }
  g_object_ref (self);
  g_signal_emit (self, signals[CREATED], 0, study);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  FkNewStudyDialog *self = FK_NEW_STUDY_DIALOG (widget);
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;
  const char *title;

  if (!can_create (self))
    return;
  show_error (self, NULL);

  title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  if (*title == '\0')
    title = self->auto_title != NULL ? self->auto_title : _("New Study");
  /* A title may hold characters a file name cannot. */
  name = g_strconcat (title, FK_STUDY_EXTENSION, NULL);
  g_strdelimit (name, "/\\", '-');

  native = gtk_file_chooser_native_new (_("New Study"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("C_reate"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  run_chooser (self, native, fk_study_file_filter_new (), G_CALLBACK (save_chosen_cb));
}

/* ---- GObject ---------------------------------------------------------- */

FkNewStudyDialog *
fk_new_study_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (FK_TYPE_NEW_STUDY_DIALOG, "transient-for", parent, NULL);
}

static void
fk_new_study_dialog_dispose (GObject *object)
{
  FkNewStudyDialog *self = FK_NEW_STUDY_DIALOG (object);

  close_chooser (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_NEW_STUDY_DIALOG);

  G_OBJECT_CLASS (fk_new_study_dialog_parent_class)->dispose (object);
}

static void
fk_new_study_dialog_finalize (GObject *object)
{
  FkNewStudyDialog *self = FK_NEW_STUDY_DIALOG (object);

  g_clear_pointer (&self->model, fk_model_unref);
  g_clear_pointer (&self->region, fk_region_unref);
  g_free (self->model_file);
  g_free (self->region_file);
  g_free (self->model_error);
  g_free (self->region_error);
  g_free (self->auto_title);

  G_OBJECT_CLASS (fk_new_study_dialog_parent_class)->finalize (object);
}

static void
fk_new_study_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  FkNewStudyDialog *self = FK_NEW_STUDY_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CAN_CREATE:
      g_value_set_boolean (value, can_create (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_new_study_dialog_class_init (FkNewStudyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_new_study_dialog_dispose;
  object_class->finalize = fk_new_study_dialog_finalize;
  object_class->get_property = fk_new_study_dialog_get_property;

  /* Whether the model and region are usable, i.e. Create is enabled. */
  properties[PROP_CAN_CREATE] =
    g_param_spec_boolean ("can-create", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The study was created (and the dialog is about to close). */
  signals[CREATED] =
    g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, FK_TYPE_STUDY);

  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-new-study-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FkNewStudyDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, FkNewStudyDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, FkNewStudyDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FkNewStudyDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, FkNewStudyDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, FkNewStudyDialog, round_row);
  gtk_widget_class_bind_template_child (widget_class, FkNewStudyDialog, model_row);
  gtk_widget_class_bind_template_child (widget_class, FkNewStudyDialog, model_error_icon);
  gtk_widget_class_bind_template_child (widget_class, FkNewStudyDialog, model_builtin_button);
  gtk_widget_class_bind_template_child (widget_class, FkNewStudyDialog, region_row);
  gtk_widget_class_bind_template_child (widget_class, FkNewStudyDialog, region_error_icon);
  gtk_widget_class_bind_template_child (widget_class, FkNewStudyDialog, region_builtin_button);

  gtk_widget_class_install_action (widget_class, "new-study.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "new-study.choose-model", NULL, choose_model_action);
  gtk_widget_class_install_action (widget_class, "new-study.choose-region", NULL, choose_region_action);
  gtk_widget_class_install_action (widget_class, "new-study.builtin-model", NULL, builtin_model_action);
  gtk_widget_class_install_action (widget_class, "new-study.builtin-region", NULL, builtin_region_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fk_new_study_dialog_init (FkNewStudyDialog *self)
{
  const char *language = fk_text_default_language ();

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_selected (self->language_row, g_str_equal (language, "en") ? 1 : 0);
  g_signal_connect_swapped (self->language_row, "notify::selected",
                            G_CALLBACK (language_changed_cb), self);
  fk_new_study_dialog_use_default_model (self);
  fk_new_study_dialog_use_default_region (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
