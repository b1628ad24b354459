/* fk-export-dialog.c — exporting the annex and the data annex from the app
 *
 * The choices page is an AdwPreferencesPage (it scrolls, so the dialog
 * works in a narrow window); Export… asks where to save, then the
 * progress page shows the worker's progress (fk-export-job.c) until it is
 * done. What and anonymised are kept in GSettings, the language for the
 * session per study (its default is the study's content language); the
 * comments of an anonymised annex are off each time, as the CLI's are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-export-dialog"
#include "config.h"
#include "fk-export-dialog.h"
#include "fk-content-language.h"
#include "fk-csv.h"
#include "fk-heatmap-export.h"
#include "fk-round-choice.h"

#include <glib/gi18n.h>
#include <string.h>

#define KEY_WHAT      "annex-export-what"
#define KEY_ANONYMIZE "annex-export-anonymize"

struct _FkExportDialog
{
  AdwWindow        parent_instance;

  FkStudy         *study;
  GArray          *round_ids;       /* gint64, the round drop-down's */
  GSettings       *settings;        /* nullable: no schema installed */
  GCancellable    *cancellable;     /* of the export that runs */
  GtkNativeDialog *chooser;
  GFile           *pending_file;    /* to be written once the progress page is drawn */
  char            *error_text;
  gboolean         exporting;
  gboolean         closing;         /* closed while exporting: gone when it ends */
  gboolean         separator_chosen; /* by the user: the language no longer sets it */
  gboolean         filling;         /* the code sets rows: not the user */

  /* Template widgets */
  GtkWidget       *export_button;
  GtkStack        *stack;
  AdwPreferencesGroup *error_group;
  GtkLabel        *error_title;
  GtkLabel        *error_label;
  GtkCheckButton  *pdf_check;
  GtkCheckButton  *xlsx_check;
  GtkCheckButton  *csv_check;
  GtkCheckButton  *odt_check;
  GtkDropDown     *round_dropdown;
  AdwComboRow     *language_row;
  AdwComboRow     *separator_row;
  GtkSwitch       *anonymize_switch;
  GtkWidget       *comments_row;
  GtkWidget       *comments_warning;
  GtkSwitch       *comments_switch;
  AdwStatusPage   *progress_page;
  GtkProgressBar  *progress_bar;
};

G_DEFINE_FINAL_TYPE (FkExportDialog, fk_export_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STUDY,
  PROP_EXPORTING,
  N_PROPS
};

enum {
  EXPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* For the session: the language last chosen per study (path → "sv"/"en")
 * and the folder last saved in. */
static GHashTable *session_languages;
static GFile *session_folder;

static const char *const languages[] = { "sv", "en" };

/* ---- the choices ---------------------------------------------------------- */

static GtkCheckButton *
what_check (FkExportDialog *self,
            FkExportWhat    what)
{
  GtkCheckButton *checks[FK_N_EXPORT_WHAT] = {
    [FK_EXPORT_WHAT_PDF] = self->pdf_check,
    [FK_EXPORT_WHAT_XLSX] = self->xlsx_check,
    [FK_EXPORT_WHAT_CSV] = self->csv_check,
    [FK_EXPORT_WHAT_ODT] = self->odt_check,
  };

  return checks[what];
}

static const char *
chosen_language (FkExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);

  return languages[selected < G_N_ELEMENTS (languages) ? selected : 0];
}

static void
select_language (FkExportDialog *self,
                 const char     *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (language, languages[i]) == 0)
      adw_combo_row_set_selected (self->language_row, i);
}

static char
chosen_separator (FkExportDialog *self)
{
  return adw_combo_row_get_selected (self->separator_row) == 1 ? ',' : ';';
}

/* Only the rows that mean something for what is chosen. */
static void
update_rows (FkExportDialog *self)
{
  FkExportWhat what = fk_export_dialog_get_what (self);
  gboolean anonymize = gtk_switch_get_active (self->anonymize_switch);

  gtk_widget_set_visible (GTK_WIDGET (self->separator_row), what == FK_EXPORT_WHAT_CSV);
  gtk_widget_set_visible (self->comments_row, anonymize && what == FK_EXPORT_WHAT_PDF);
  gtk_widget_set_visible (self->comments_warning, gtk_switch_get_active (self->comments_switch));
}

static void
what_toggled_cb (FkExportDialog *self,
                 GtkCheckButton *check)
{
  if (!gtk_check_button_get_active (check))
    return;
  update_rows (self);
  if (self->settings != NULL && !self->filling)
    g_settings_set_string (self->settings, KEY_WHAT,
                           fk_export_what_to_string (fk_export_dialog_get_what (self)));
}

static void
set_default_separator (FkExportDialog *self)
{
  self->filling = TRUE;
  adw_combo_row_set_selected (self->separator_row,
                              fk_csv_default_separator (chosen_language (self)) == ',' ? 1 : 0);
  self->filling = FALSE;
}

static void
language_changed_cb (FkExportDialog *self)
{
  if (self->filling)
    return;
  if (session_languages == NULL)
    session_languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_insert (session_languages, g_strdup (fk_study_get_path (self->study)),
                       (gpointer) chosen_language (self));
  if (!self->separator_chosen)
    set_default_separator (self);
}

static void
separator_changed_cb (FkExportDialog *self)
{
  if (!self->filling)
    self->separator_chosen = TRUE;
}

static void
anonymize_changed_cb (FkExportDialog *self)
{
  update_rows (self);
  if (self->settings != NULL && !self->filling)
    g_settings_set_boolean (self->settings, KEY_ANONYMIZE, gtk_switch_get_active (self->anonymize_switch));
}

static void
comments_changed_cb (FkExportDialog *self)
{
  update_rows (self);
}

static void
fill_rounds (FkExportDialog *self)
{
  fk_round_choice_fill (self->round_dropdown, self->round_ids, self->study);
}

static void
study_changed_cb (FkExportDialog      *self,
                  const FkStudyChange *change)
{
  if (change->what & FK_STUDY_CHANGE_ROUNDS)
    fill_rounds (self);
}

/* The choices as they were last time (what, anonymised), this session's
 * language for the study, else the study's content language. */
static void
restore_choices (FkExportDialog *self)
{
  FkExportWhat what = FK_EXPORT_WHAT_PDF;
  const char *language = NULL;
  g_autofree char *word = NULL;

  self->filling = TRUE;
  if (self->settings != NULL)
    {
      word = g_settings_get_string (self->settings, KEY_WHAT);
      fk_export_what_from_string (word, &what);
      gtk_switch_set_active (self->anonymize_switch, g_settings_get_boolean (self->settings, KEY_ANONYMIZE));
    }
  gtk_check_button_set_active (what_check (self, what), TRUE);
  if (session_languages != NULL)
    language = g_hash_table_lookup (session_languages, fk_study_get_path (self->study));
  select_language (self, language != NULL ? language : fk_content_language (self->study));
  self->filling = FALSE;
  set_default_separator (self);
  fill_rounds (self);
  update_rows (self);
}

/* ---- failure ---------------------------------------------------------------- */

static void
hide_error (FkExportDialog *self)
{
  g_clear_pointer (&self->error_text, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), FALSE);
}

/* The file and the reason, above the choices, which stay as they were. */
static void
show_error (FkExportDialog *self,
            GFile          *file,
            const GError   *error)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (base);
  g_autofree char *title = NULL;
  const char *detail = fk_error_get_detail (error);

  /* Translators: %s is a file name */
  title = g_strdup_printf (_("“%s” was not saved."), name);
  g_free (self->error_text);
  self->error_text = detail != NULL ? g_strdup_printf ("%s\n%s", error->message, detail)
                                    : g_strdup (error->message);
  gtk_label_set_text (self->error_title, title);
  gtk_label_set_text (self->error_label, self->error_text);
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), TRUE);
  /* Focused, so that it is scrolled into view and read out. */
  gtk_widget_grab_focus (GTK_WIDGET (self->error_label));
  /* Focus selects a selectable label's whole text: read, not replaced. */
  gtk_label_select_region (self->error_label, 0, 0);
}

/* ---- exporting ------------------------------------------------------------------ */

static void
set_exporting (FkExportDialog *self,
               gboolean        exporting)
{
  self->exporting = exporting;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose", !exporting);
  gtk_stack_set_visible_child_name (self->stack, exporting ? "progress" : "choices");
  if (!exporting)
    gtk_widget_grab_focus (self->export_button);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPORTING]);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  FkExportDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

/* Done, cancelled or failed: the dialog closes, or shows the choices
 * again (with the reason when it failed). */
static void
export_finished (FkExportDialog *self,
                 GFile          *file,
                 const GError   *error)
{
  g_clear_object (&self->cancellable);
  set_exporting (self, FALSE);
  if (error == NULL)
    {
      g_signal_emit (self, signals[EXPORTED], 0, file);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (self->closing)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  /* Cancelled: the choices again, nothing said; the file is as it was. */
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, file, error);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  FkExportDialog *self = FK_EXPORT_DIALOG (source);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;

  fk_export_job_run_finish (result, &error);
  export_finished (self, file, error);
}

/* The choices as they stand. FALSE with @error for a round gone. */
static gboolean
get_choices (FkExportDialog   *self,
             FkExportChoices  *choices,
             char            **palette_name,
             GError          **error)
{
  gint64 round_id = fk_round_choice_get_selected (self->round_dropdown, self->round_ids);
  const FkRound *round = fk_study_get_round_by_id (self->study, round_id);

  /* The one message for a round that is gone. */
  if (round == NULL && !fk_study_check_round (self->study, round_id, error))
    return FALSE;
  choices->what = fk_export_dialog_get_what (self);
  choices->round_name = round->name;
  choices->language = chosen_language (self);
  choices->anonymize = gtk_switch_get_active (self->anonymize_switch);
  choices->comments = gtk_switch_get_active (self->comments_switch);
  choices->separator = chosen_separator (self);
  if (self->settings != NULL)
    *palette_name = g_settings_get_string (self->settings, "palette");
  choices->palette = fk_palette_from_string (*palette_name);
  return TRUE;
}

/* Once the progress page is on screen: the study is read here, on the
 * main thread (a study is single-threaded; a large one takes a moment),
 * then written in the worker. */
static gboolean
start_export (gpointer user_data)
{
  g_autoptr(FkExportDialog) self = user_data;
  g_autoptr(GFile) file = g_steal_pointer (&self->pending_file);
  g_autoptr(GError) error = NULL;
  g_autofree char *palette_name = NULL;
  FkExportChoices choices = { 0 };
  FkExportJob *job;

  if (file == NULL)
    return G_SOURCE_REMOVE;
  if (g_cancellable_set_error_if_cancelled (self->cancellable, &error)
      || !get_choices (self, &choices, &palette_name, &error)
      || (job = fk_export_job_new (self->study, &choices, &error)) == NULL)
    {
      export_finished (self, file, error);
      return G_SOURCE_REMOVE;
    }
  gtk_progress_bar_set_text (self->progress_bar, NULL);
  fk_export_job_run_async (job, file, self->cancellable, progress_cb, self,
                           self, export_done_cb, g_object_ref (file));
  return G_SOURCE_REMOVE;
}

static void
progress_page_drawn_cb (GdkFrameClock  *clock,
                        FkExportDialog *self)
{
  g_signal_handlers_disconnect_by_func (clock, progress_page_drawn_cb, self);
  g_idle_add (start_export, g_object_ref (self));
}

gboolean
fk_export_dialog_export_to (FkExportDialog *self,
                            GFile          *file)
{
  g_autofree char *escaped = NULL;
  GdkFrameClock *clock;

  g_return_val_if_fail (FK_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->exporting)
    return FALSE;
  hide_error (self);
  escaped = fk_figure_export_escaped_name (file);
  adw_status_page_set_description (self->progress_page, escaped);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, _("Reading the study…"));
  self->cancellable = g_cancellable_new ();
  g_set_object (&self->pending_file, file);
  set_exporting (self, TRUE);
  /* Read after the progress page is drawn, so that it shows while the
   * study is read. */
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  if (clock != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (progress_page_drawn_cb), self, 0);
  else
    g_idle_add (start_export, g_object_ref (self));
  return TRUE;
}

/* ---- the file chooser -------------------------------------------------------------- */

/* "Bilaga.PDF" has its extension too. */
static gboolean
has_suffix_nocase (const char *name,
                   const char *suffix)
{
  gsize n = strlen (name), m = strlen (suffix);

  return n >= m && g_ascii_strcasecmp (name + n - m, suffix) == 0;
}

static void
chooser_response_cb (FkExportDialog  *self,
                     int              response,
                     GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *base = NULL;
  g_autofree char *suffix = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;
  g_clear_object (&session_folder);
  session_folder = g_file_get_parent (file);
  /* A name typed without the extension gets it; the chooser did not ask
   * about that name, so an existing file is not replaced unasked. */
  base = g_file_get_basename (file);
  suffix = g_strconcat (".", fk_export_what_to_string (fk_export_dialog_get_what (self)), NULL);
  if (!has_suffix_nocase (base, suffix) && session_folder != NULL)
    {
      g_autofree char *named = g_strconcat (base, suffix, NULL);

      g_object_unref (file);
      file = g_file_get_child (session_folder, named);
      if (g_file_query_exists (file, NULL))
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *display = g_filename_display_name (named);

          g_set_error (&error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       _("“%s” exists already. To replace it, choose it in the file window."), display);
          show_error (self, file, error);
          return;
        }
    }
  fk_export_dialog_export_to (self, file);
}

static const char *
filter_name (FkExportWhat what)
{
  switch (what)
    {
    case FK_EXPORT_WHAT_XLSX:
      return _("Spreadsheet (XLSX)");
    case FK_EXPORT_WHAT_CSV:
      return _("CSV file");
    case FK_EXPORT_WHAT_ODT:
      return _("OpenDocument text");
    case FK_EXPORT_WHAT_PDF:
    default:
      return _("PDF document");
    }
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  FkExportDialog *self = FK_EXPORT_DIALOG (widget);
  FkExportWhat what = fk_export_dialog_get_what (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooser *file_chooser;

  if (self->exporting || self->chooser != NULL)
    return;
  /* A GtkFileChooserNative: the portal's dialog in a sandbox (GTK 4.8
   * has no GtkFileDialog). */
  self->chooser = GTK_NATIVE_DIALOG (gtk_file_chooser_native_new (_("Export Annex and Data"), GTK_WINDOW (self),
                                                                  GTK_FILE_CHOOSER_ACTION_SAVE,
                                                                  _("_Export"), _("_Cancel")));
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  file_chooser = GTK_FILE_CHOOSER (self->chooser);
  gtk_file_filter_set_name (filter, filter_name (what));
  gtk_file_filter_add_mime_type (filter, fk_export_what_mime_type (what));
  gtk_file_filter_add_suffix (filter, fk_export_what_to_string (what));
  gtk_file_chooser_add_filter (file_chooser, filter);
  if (session_folder != NULL)
    gtk_file_chooser_set_current_folder (file_chooser, session_folder, NULL);
  else
    {
      /* Not the program's working folder, nor the default study's (in
       * the program's data): where the user keeps documents. */
      const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
      g_autoptr(GFile) folder = g_file_new_for_path (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR)
                                                     ? documents : g_get_home_dir ());

      gtk_file_chooser_set_current_folder (file_chooser, folder, NULL);
    }
  name = fk_export_dialog_suggest_name (self);
  gtk_file_chooser_set_current_name (file_chooser, name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->chooser);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  fk_export_dialog_cancel (FK_EXPORT_DIALOG (widget));
}

/* ---- GObject ---------------------------------------------------------------------- */

/* Cancels the export, also one whose study is not read yet: that one
 * is waiting for a frame a hidden dialog would never draw. */
static void
cancel_export (FkExportDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  if (self->pending_file != NULL)
    g_idle_add (start_export, g_object_ref (self));
}

/* Closing cancels: the dialog hides at once and goes when the worker
 * has stopped (it holds the dialog until then). */
static gboolean
fk_export_dialog_close_request (GtkWindow *window)
{
  FkExportDialog *self = FK_EXPORT_DIALOG (window);

  if (!self->exporting)
    return GTK_WINDOW_CLASS (fk_export_dialog_parent_class)->close_request (window);
  self->closing = TRUE;
  cancel_export (self);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  return TRUE;
}

static void
fk_export_dialog_dispose (GObject *object)
{
  FkExportDialog *self = FK_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_EXPORT_DIALOG);
  G_OBJECT_CLASS (fk_export_dialog_parent_class)->dispose (object);
}

static void
fk_export_dialog_finalize (GObject *object)
{
  FkExportDialog *self = FK_EXPORT_DIALOG (object);

  g_clear_object (&self->study);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->pending_file);
  g_clear_pointer (&self->round_ids, g_array_unref);
  g_free (self->error_text);
  G_OBJECT_CLASS (fk_export_dialog_parent_class)->finalize (object);
}

static void
fk_export_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  FkExportDialog *self = FK_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      g_value_set_object (value, self->study);
      break;
    case PROP_EXPORTING:
      g_value_set_boolean (value, self->exporting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_export_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FkExportDialog *self = FK_EXPORT_DIALOG (object);

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
fk_export_dialog_constructed (GObject *object)
{
  FkExportDialog *self = FK_EXPORT_DIALOG (object);

  G_OBJECT_CLASS (fk_export_dialog_parent_class)->constructed (object);
  g_return_if_fail (FK_IS_STUDY (self->study));

  g_signal_connect_object (self->study, "changed", G_CALLBACK (study_changed_cb), self, G_CONNECT_SWAPPED);
  restore_choices (self);
}

static void
fk_export_dialog_class_init (FkExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fk_export_dialog_dispose;
  object_class->finalize = fk_export_dialog_finalize;
  object_class->get_property = fk_export_dialog_get_property;
  object_class->set_property = fk_export_dialog_set_property;
  object_class->constructed = fk_export_dialog_constructed;
  window_class->close_request = fk_export_dialog_close_request;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL, FK_TYPE_STUDY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPORTING] =
    g_param_spec_boolean ("exporting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FkExportDialog::exported:
   * @file: the file written
   *
   * Emitted when an export is done, just before the dialog closes.
   */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, error_title);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, pdf_check);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, xlsx_check);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, csv_check);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, odt_check);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, round_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, separator_row);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, anonymize_switch);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, comments_row);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, comments_warning);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, comments_switch);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, progress_page);
  gtk_widget_class_bind_template_child (widget_class, FkExportDialog, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, what_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, language_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, separator_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, anonymize_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, comments_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "export.cancel", NULL);
}

static void
fk_export_dialog_init (FkExportDialog *self)
{
  self->round_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->settings = fk_settings_try_new (KEY_WHAT);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Enter exports at once (Cancel would have the focus); Tab goes on to
   * the choices. */
  gtk_window_set_focus (GTK_WINDOW (self), self->export_button);
}

/* ---- public ------------------------------------------------------------------------- */

FkExportDialog *
fk_export_dialog_new (GtkWindow *parent,
                      FkStudy   *study)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  return g_object_new (FK_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "study", study,
                       NULL);
}

FkStudy *
fk_export_dialog_get_study (FkExportDialog *self)
{
  g_return_val_if_fail (FK_IS_EXPORT_DIALOG (self), NULL);

  return self->study;
}

FkExportWhat
fk_export_dialog_get_what (FkExportDialog *self)
{
  g_return_val_if_fail (FK_IS_EXPORT_DIALOG (self), FK_EXPORT_WHAT_PDF);

  for (guint i = 0; i < FK_N_EXPORT_WHAT; i++)
    if (gtk_check_button_get_active (what_check (self, (FkExportWhat) i)))
      return (FkExportWhat) i;
  return FK_EXPORT_WHAT_PDF;
}

char *
fk_export_dialog_suggest_name (FkExportDialog *self)
{
  const FkRound *round;

  g_return_val_if_fail (FK_IS_EXPORT_DIALOG (self), NULL);

  round = fk_study_get_round_by_id (self->study, fk_round_choice_get_selected (self->round_dropdown, self->round_ids));
  return fk_export_suggest_name (fk_study_get_title (self->study), round != NULL ? round->name : NULL,
                                 fk_export_dialog_get_what (self),
                                 gtk_switch_get_active (self->anonymize_switch));
}

gboolean
fk_export_dialog_is_exporting (FkExportDialog *self)
{
  g_return_val_if_fail (FK_IS_EXPORT_DIALOG (self), FALSE);

  return self->exporting;
}

void
fk_export_dialog_cancel (FkExportDialog *self)
{
  g_return_if_fail (FK_IS_EXPORT_DIALOG (self));

  if (self->exporting)
    cancel_export (self);
  else
    gtk_window_close (GTK_WINDOW (self));
}

const char *
fk_export_dialog_get_error_text (FkExportDialog *self)
{
  g_return_val_if_fail (FK_IS_EXPORT_DIALOG (self), NULL);

  return self->error_text;
}
