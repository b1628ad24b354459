/* fk-collect-page-export.c — the Collect page's exports: blank forms for
 * every municipality, and one municipality's response
 *
 * "Export Blank Forms…" asks for the round and the format (response file,
 * spreadsheet form, or both), then a folder, and writes one file per
 * municipality named after it and the round ("Dals-Ed – Omgång 1.fksvar",
 * fk_response_suggest_file_name()); it asks once before replacing files that
 * exist, saying how many. "Export Response…" (a row's button,
 * win.export-response) asks for the round, blank or filled, and the
 * format, then where to save. The responses are made here, on the main
 * thread, and written by an FkFormJob in a worker thread; a toast says
 * how it went, with "Open Folder".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-collect-page-export"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-collect-page-private.h"
#include "fk-collect-forms.h"
#include "fk-heatmap-export.h"
#include "fk-round-choice.h"

/* The choices of the format drop-down of the blank forms, in order. */
static const FkFormFormats blank_formats[] = { FK_FORM_JSON, FK_FORM_CSV, FK_FORM_JSON | FK_FORM_CSV };

static GtkWindow *
parent_window (FkCollectPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* ---- writing ------------------------------------------------------------- */

typedef struct {
  FkCollectPage *self;      /* a reference */
  GFile         *folder;    /* where the files went */
  char          *one_name;  /* the file's name when there is one, or NULL */
  guint          n_files;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->folder);
  g_free (data->one_name);
  g_free (data);
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  WriteData *data = user_data;
  FkCollectPage *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder_name = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;
  g_autofree char *uri = NULL;
  guint n_written = 0;
  AdwToast *toast;

  self->n_writing--;
  if (!fk_form_job_write_finish (result, &n_written, &error))
    {
      /* Cancelled: the page went away or took another study. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fk_collect_page_show_error (self, data->one_name != NULL ? _("The File Was Not Written")
                                                                 : _("The Files Were Not Written"), error);
      write_data_free (data);
      return;
    }
  folder_name = fk_figure_export_escaped_name (data->folder);
  if (data->one_name != NULL)
    {
      escaped = g_markup_escape_text (data->one_name, -1);
      /* Translators: a file, then the folder it was written to */
      title = g_strdup_printf (_("“%s” written to “%s”"), escaped, folder_name);
    }
  else
    /* Translators: how many files, then the folder */
    title = g_strdup_printf (ngettext ("%u form written to “%s”", "%u forms written to “%s”", n_written),
                             n_written, folder_name);
  toast = adw_toast_new (title);
  uri = g_file_get_uri (data->folder);
  adw_toast_set_button_label (toast, _("Open _Folder"));
  adw_toast_set_action_name (toast, "collect.open-uri");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  fk_collect_page_add_toast (self, toast);
  write_data_free (data);
}

/* Writes @job (transfer full) in a worker thread; the toast names
 * @folder, and @one_name (nullable) for a single file. */
static void
start_writing (FkCollectPage *self,
               FkFormJob     *job,
               GFile         *folder,
               const char    *one_name)
{
  WriteData *data = g_new0 (WriteData, 1);

  data->self = g_object_ref (self);
  data->folder = g_object_ref (folder);
  data->one_name = g_strdup (one_name);
  data->n_files = fk_form_job_get_n_files (job);
  self->n_writing++;
  fk_form_job_write_async (job, self->cancellable, write_done_cb, data);
}

/* ---- blank forms ----------------------------------------------------------- */

typedef struct {
  FkCollectPage *self;
  FkFormJob     *job;
  GFile         *folder;
} ReplaceData;

static void
replace_data_free (gpointer  user_data,
                   GClosure *closure)
{
  ReplaceData *data = user_data;

  g_clear_pointer (&data->job, fk_form_job_free);
  g_object_unref (data->folder);
  g_object_unref (data->self);
  g_free (data);
}

/* The data lives as long as the dialog; the job is written at most once. */
static void
replace_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     ReplaceData      *data)
{
  if (g_strcmp0 (response, "replace") == 0 && data->job != NULL)
    start_writing (data->self, g_steal_pointer (&data->job), data->folder, NULL);
  g_clear_pointer (&data->job, fk_form_job_free);
}

void
fk_collect_page_write_blank_forms (FkCollectPage *self,
                                   gint64         round_id,
                                   guint          formats,
                                   GFile         *folder)
{
  g_autoptr(FkFormJob) job = fk_form_job_new ();
  g_autofree char *folder_path = NULL;
  const FkRound *round;
  FkRegion *region;
  guint n_existing;

  g_return_if_fail (FK_IS_COLLECT_PAGE (self));
  g_return_if_fail (G_IS_FILE (folder));

  if (self->study == NULL || (round = fk_study_get_round_by_id (self->study, round_id)) == NULL)
    return;
  folder_path = g_file_get_path (folder);
  if (folder_path == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *uri = g_file_get_uri (folder);

      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not on this computer. Choose a folder on this computer."), uri);
      fk_collect_page_show_error (self, _("The Files Were Not Written"), error);
      return;
    }
  region = fk_study_get_region (self->study);
  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(FkResponse) response = fk_response_new_from_study (self->study, round_id, m->code, TRUE, NULL, &error);

      if (response == NULL)
        {
          fk_collect_page_show_error (self, _("The Files Were Not Written"), error);
          return;
        }
      for (guint f = 0; f < 2; f++)
        {
          FkFormFormats format = f == 0 ? FK_FORM_JSON : FK_FORM_CSV;
          g_autofree char *name = NULL;
          g_autofree char *path = NULL;

          if (!(formats & format))
            continue;
          name = fk_response_suggest_file_name (m->name, round->name, format == FK_FORM_CSV);
          path = g_build_filename (folder_path, name, NULL);
          fk_form_job_add (job, response, format, path);
        }
    }

  n_existing = fk_form_job_count_existing (job);
  if (n_existing > 0)
    {
      ReplaceData *data = g_new0 (ReplaceData, 1);
      g_autofree char *display = g_file_get_parse_name (folder);
      g_autofree char *body = NULL;
      GtkWidget *dialog;

      /* Translators: how many of the files, then the folder */
      body = g_strdup_printf (ngettext ("%u of the %u files exists already in “%s”. Replace it with a blank form?",
                                        "%u of the %u files exist already in “%s”. Replace them with blank forms?",
                                        n_existing),
                              n_existing, fk_form_job_get_n_files (job), display);
      dialog = adw_message_dialog_new (parent_window (self), _("Replace Existing Files?"), body);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "replace", _("_Replace"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      data->self = g_object_ref (self);
      data->job = g_steal_pointer (&job);
      data->folder = g_object_ref (folder);
      g_signal_connect_data (dialog, "response", G_CALLBACK (replace_response_cb), data,
                             replace_data_free, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  start_writing (self, g_steal_pointer (&job), folder, NULL);
}

/* ---- the option dialogs -------------------------------------------------- */

/* A grid of labelled drop-downs for a message dialog's extra child. */
static GtkDropDown *
add_choice (GtkGrid    *grid,
            int         row,
            const char *label_text,
            GtkDropDown *dropdown)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (dropdown));
  gtk_widget_set_hexpand (GTK_WIDGET (dropdown), TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, GTK_WIDGET (dropdown), 1, row, 1, 1);
  return dropdown;
}

static GtkDropDown *
strings_dropdown (const char *const *strings)
{
  return GTK_DROP_DOWN (gtk_drop_down_new_from_strings (strings));
}

/* The dialog's round drop-down, filled and set to the page's round; its
 * ids are kept on the dialog as "fk-round-ids". */
static GtkDropDown *
round_dropdown_for (FkCollectPage *self,
                    GtkWidget     *dialog)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_object_set_data_full (G_OBJECT (dialog), "fk-round-ids", ids, (GDestroyNotify) g_array_unref);
  fk_round_choice_fill (dropdown, ids, self->study);
  fk_round_choice_select (dropdown, ids, fk_collect_page_get_round_id (self));
  return dropdown;
}

static gint64
chosen_round (GtkWidget   *dialog,
              GtkDropDown *dropdown)
{
  return fk_round_choice_get_selected (dropdown, g_object_get_data (G_OBJECT (dialog), "fk-round-ids"));
}

static GtkWidget *
options_dialog (FkCollectPage *self,
                const char    *heading,
                const char    *body,
                const char    *go_label,
                GtkGrid      **out_grid)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, body);
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), grid);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "choose", go_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "choose", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "choose");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  *out_grid = GTK_GRID (grid);
  return dialog;
}

/* What the folder or file chooser needs once the options are chosen. */
typedef struct {
  FkCollectPage *self;
  gint64         round_id;
  guint          formats;
  gboolean       blank;
  char          *code;     /* one municipality, or NULL for all */
} ExportChoice;

static void
export_choice_free (ExportChoice *choice)
{
  g_object_unref (choice->self);
  g_free (choice->code);
  g_free (choice);
}

static void
folder_chosen_cb (GtkNativeDialog *chooser,
                  int              response,
                  ExportChoice    *choice)
{
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    fk_collect_page_write_blank_forms (choice->self, choice->round_id, choice->formats, folder);
  export_choice_free (choice);
  g_object_unref (chooser);
}

static void
blank_options_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  FkCollectPage    *self)
{
  GtkDropDown *round_dropdown = g_object_get_data (G_OBJECT (dialog), "fk-round");
  GtkDropDown *format_dropdown = g_object_get_data (G_OBJECT (dialog), "fk-format");
  guint format = gtk_drop_down_get_selected (format_dropdown);
  ExportChoice *choice;
  GtkFileChooserNative *chooser;

  if (g_strcmp0 (response, "choose") != 0 || self->study == NULL)
    return;
  choice = g_new0 (ExportChoice, 1);
  choice->self = g_object_ref (self);
  choice->round_id = chosen_round (GTK_WIDGET (dialog), round_dropdown);
  choice->formats = blank_formats[MIN (format, G_N_ELEMENTS (blank_formats) - 1)];
  choice->blank = TRUE;
  chooser = gtk_file_chooser_native_new (_("Choose a Folder for the Blank Forms"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (folder_chosen_cb), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* "collect.export-blank-forms" */
static void
export_blank_forms_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  FkCollectPage *self = FK_COLLECT_PAGE (widget);
  const char *const formats[] = { _("Response files (.fksvar)"), _("Spreadsheet forms (.csv)"),
                                  _("Both"), NULL };
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkGrid *grid;
  guint n;

  if (self->study == NULL)
    return;
  n = fk_study_get_region (self->study)->municipalities->len;
  body = g_strdup_printf (ngettext ("One blank form for the %u municipality, to fill in and send back. Each file is named after the municipality and the round.",
                                    "One blank form for each of the %u municipalities, to fill in and send back. Each file is named after the municipality and the round.",
                                    n), n);
  dialog = options_dialog (self, _("Export Blank Forms"), body, _("_Select Folder…"), &grid);
  g_object_set_data (G_OBJECT (dialog), "fk-round",
                     add_choice (grid, 0, _("_Round"), round_dropdown_for (self, dialog)));
  g_object_set_data (G_OBJECT (dialog), "fk-format",
                     add_choice (grid, 1, _("_Format"), strings_dropdown (formats)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (blank_options_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- one response ---------------------------------------------------------- */

static void
file_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                ExportChoice    *choice)
{
  FkCollectPage *self = choice->self;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) made = NULL;
  g_autoptr(FkFormJob) job = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->study != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not on this computer. Choose a folder on this computer."), uri);
      fk_collect_page_show_error (self, _("The File Was Not Written"), error);
    }
  else if (path != NULL)
    {
      made = fk_response_new_from_study (self->study, choice->round_id, choice->code, choice->blank, NULL, &error);
      if (made == NULL)
        fk_collect_page_show_error (self, _("The File Was Not Written"), error);
      else
        {
          job = fk_form_job_new ();
          fk_form_job_add (job, made, choice->formats, path);
          folder = g_file_get_parent (file);
          name = g_file_get_basename (file);
          start_writing (self, g_steal_pointer (&job), folder, name);
        }
    }
  export_choice_free (choice);
  g_object_unref (chooser);
}

static void
response_options_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     FkCollectPage    *self)
{
  GtkDropDown *round_dropdown = g_object_get_data (G_OBJECT (dialog), "fk-round");
  GtkDropDown *content_dropdown = g_object_get_data (G_OBJECT (dialog), "fk-content");
  GtkDropDown *format_dropdown = g_object_get_data (G_OBJECT (dialog), "fk-format");
  const char *code = g_object_get_data (G_OBJECT (dialog), "fk-code");
  const FkMunicipality *m;
  const FkRound *round;
  g_autofree char *name = NULL;
  ExportChoice *choice;
  GtkFileChooserNative *chooser;

  if (g_strcmp0 (response, "choose") != 0 || self->study == NULL ||
      (m = fk_region_lookup (fk_study_get_region (self->study), code)) == NULL)
    return;
  choice = g_new0 (ExportChoice, 1);
  choice->self = g_object_ref (self);
  choice->round_id = chosen_round (GTK_WIDGET (dialog), round_dropdown);
  choice->blank = gtk_drop_down_get_selected (content_dropdown) == 1;
  choice->formats = gtk_drop_down_get_selected (format_dropdown) == 1 ? FK_FORM_CSV : FK_FORM_JSON;
  choice->code = g_strdup (code);
  round = fk_study_get_round_by_id (self->study, choice->round_id);
  if (round == NULL)
    {
      export_choice_free (choice);
      return;
    }
  name = fk_response_suggest_file_name (m->name, round->name, choice->formats == FK_FORM_CSV);
  chooser = gtk_file_chooser_native_new (_("Export Response"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen_cb), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
fk_collect_page_export_response (FkCollectPage *self,
                                 const char    *code)
{
  const char *const contents[] = { _("Filled in with the study’s answers"), _("Blank"), NULL };
  const char *const formats[] = { _("Response file (.fksvar)"), _("Spreadsheet form (.csv)"), NULL };
  const FkMunicipality *m;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  GtkGrid *grid;

  g_return_if_fail (FK_IS_COLLECT_PAGE (self));

  if (self->study == NULL || fk_study_get_latest_round (self->study) == NULL ||
      (m = fk_region_lookup (fk_study_get_region (self->study), code)) == NULL)
    return;
  /* Translators: the municipality */
  heading = g_strdup_printf (_("Export the Response of %s"), m->name);
  dialog = options_dialog (self, heading,
                           _("A file to send to the municipality, or to keep: filled in with what the study has, or blank."),
                           _("_Select File…"), &grid);
  g_object_set_data_full (G_OBJECT (dialog), "fk-code", g_strdup (code), g_free);
  g_object_set_data (G_OBJECT (dialog), "fk-round",
                     add_choice (grid, 0, _("_Round"), round_dropdown_for (self, dialog)));
  g_object_set_data (G_OBJECT (dialog), "fk-content",
                     add_choice (grid, 1, _("C_ontent"), strings_dropdown (contents)));
  g_object_set_data (G_OBJECT (dialog), "fk-format",
                     add_choice (grid, 2, _("_Format"), strings_dropdown (formats)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (response_options_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* "collect.export-response" (s: a municipality code) */
static void
export_response_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  fk_collect_page_export_response (FK_COLLECT_PAGE (widget), g_variant_get_string (param, NULL));
}

/* "collect.open-uri" (s): the toast's "Open Folder" */
static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  fk_figure_export_open_uri (widget, g_variant_get_string (param, NULL));
}

void
fk_collect_page_export_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "collect.export-blank-forms", NULL, export_blank_forms_action);
  gtk_widget_class_install_action (widget_class, "collect.export-response", "s", export_response_action);
  gtk_widget_class_install_action (widget_class, "collect.open-uri", "s", open_uri_action);
}
