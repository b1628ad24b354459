/* fk-collect-page.c — the Collect page: who has sent in, and the import log
 *
 * For the round chosen, a row per municipality says whether it has sent
 * in (when, who, which file), was scored here or has nothing yet
 * (fk-collect.h), with a button to export its response; below, the
 * import log, newest first, where an import that can be undone has
 * "Undo Import…" (a confirmation, then fk_import_undo() and a toast).
 * The exports are in fk-collect-page-export.c.
 *
 * It is the workshop lead's working page and never projected, so it
 * shows names, like the Overview and Scoring pages, whatever the Compare
 * page's anonymiser (docs/anonymization.md). It follows the study's
 * "changed" signal; hidden, it notes that it is stale and rebuilds when
 * it is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-collect-page"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-collect-page-private.h"
#include "fk-collect-forms.h"
#include "fk-error-dialog.h"
#include "fk-import.h"
#include "fk-import-item.h"
#include "fk-round-choice.h"
#include "fk-ui-resources.h"
#include "fk-wrap-layout.h"

G_DEFINE_FINAL_TYPE (FkCollectPage, fk_collect_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STUDY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- text ------------------------------------------------------------------ */

static char *
describe_entry (FkCollectStatus      *status,
                const FkCollectEntry *entry)
{
  g_autofree char *when = NULL;
  guint total = fk_collect_status_get_n_capabilities (status);

  switch (entry->state)
    {
    case FK_COLLECT_SENT_IN:
      /* The time of the import: when the file came in, as the lead knows it. */
      when = fk_import_format_local_time (entry->import_time);
      if (entry->respondent != NULL)
        /* Translators: when it was imported, the file, who answered, then how complete it is: "Imported 2026-11-24 10:12 from “dals-ed.fksvar”, answered by Anna Svensson: 30 of 43 capabilities assessed" */
        return g_strdup_printf (ngettext ("Imported %s from “%s”, answered by %s: %u of %u capability assessed",
                                          "Imported %s from “%s”, answered by %s: %u of %u capabilities assessed", total),
                                when, entry->source, entry->respondent, entry->n_assessed, total);
      /* Translators: when it was imported, the file, then how complete it is */
      return g_strdup_printf (ngettext ("Imported %s from “%s”: %u of %u capability assessed",
                                        "Imported %s from “%s”: %u of %u capabilities assessed", total),
                              when, entry->source, entry->n_assessed, total);
    case FK_COLLECT_SCORED_HERE:
      /* Translators: no file came in, but the study has scores: "Scored here: 30 of 44 capabilities" */
      return g_strdup_printf (ngettext ("Scored here: %u of %u capability",
                                        "Scored here: %u of %u capabilities", total),
                              entry->n_assessed, total);
    case FK_COLLECT_NOTHING:
    default:
      return g_strdup (_("Nothing yet"));
    }
}

static const char *
state_icon (FkCollectState state)
{
  switch (state)
    {
    case FK_COLLECT_SENT_IN:
      return "emblem-ok-symbolic";
    case FK_COLLECT_SCORED_HERE:
      return "document-edit-symbolic";
    case FK_COLLECT_NOTHING:
    default:
      return NULL;
    }
}

/* ---- lists ----------------------------------------------------------------- */

static void
list_box_clear (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
plain_row (const char *title,
           const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Names and file names come from files: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static GtkWidget *
message_row (const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static GtkWidget *
municipality_row (FkCollectStatus      *status,
                  const FkCollectEntry *entry)
{
  g_autofree char *text = describe_entry (status, entry);
  g_autofree char *label = NULL;
  GtkWidget *row = plain_row (entry->name, text);
  GtkWidget *icon = gtk_image_new_from_icon_name (state_icon (entry->state));
  GtkWidget *button = gtk_button_new_from_icon_name ("document-save-as-symbolic");

  /* An empty image for "nothing yet" keeps the names in one column. */
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 16);
  gtk_widget_set_size_request (icon, 16, 16);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Export Response…"));
  /* Translators: a button's name for screen readers; the municipality */
  label = g_strdup_printf (_("Export the response of %s…"), entry->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "collect.export-response");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", entry->code);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_set_data_full (G_OBJECT (row), "fk-code", g_strdup (entry->code), g_free);
  return row;
}

static const char *
municipality_name (FkStudy    *study,
                   const char *code)
{
  const FkMunicipality *m = code != NULL ? fk_region_lookup (fk_study_get_region (study), code) : NULL;

  return m != NULL ? m->name : (code != NULL ? code : "–");
}

static const char *
round_name (FkStudy *study,
            gint64   round_id)
{
  const FkRound *round = round_id != 0 ? fk_study_get_round_by_id (study, round_id) : NULL;

  return round != NULL ? round->name : "–";
}

static GtkWidget *
log_row (FkCollectPage        *self,
         const FkImportRecord *record)
{
  g_autofree char *when = fk_import_format_local_time (record->time);
  const char *who = municipality_name (self->study, record->municipality);
  const char *round = round_name (self->study, record->round_id);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (record->undoes != 0)
    {
      /* Translators: a line of the import log: the file */
      title = g_strdup_printf (_("Undo of the import of “%s”"), record->source);
      /* Translators: when, the municipality, the round */
      subtitle = g_strdup_printf (_("%s · %s · round “%s”"), when, who, round);
    }
  else if (record->has_counts)
    {
      title = g_strdup (record->source);
      if (record->n_conflicts > 0)
        /* Translators: when, the municipality, the round, then how many scores the file added, changed (conflicts among them, the study's kept or the file's taken) and had already */
        subtitle = g_strdup_printf (_("%s · %s · round “%s” · new: %u, changed: %u (conflicts: %u), unchanged: %u"),
                                    when, who, round, record->n_new, record->n_changed, record->n_conflicts,
                                    record->n_unchanged);
      else
        /* Translators: when, the municipality, the round, then how many scores the file added, changed and had already */
        subtitle = g_strdup_printf (_("%s · %s · round “%s” · new: %u, changed: %u, unchanged: %u"),
                                    when, who, round, record->n_new, record->n_changed, record->n_unchanged);
    }
  else
    {
      title = g_strdup (record->source);
      subtitle = g_strdup_printf (_("%s · %s · round “%s”"), when, who, round);
    }
  row = plain_row (title, subtitle);

  if (fk_import_record_can_undo (record))
    {
      GtkWidget *button = gtk_button_new_with_label (_("Undo Import…"));
      g_autofree char *label = NULL;

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      /* Translators: a button's name for screen readers; the file */
      label = g_strdup_printf (_("Undo the import of “%s”…"), record->source);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "collect.undo-import");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", record->id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  else if (record->undone_by != 0)
    {
      GtkWidget *label = gtk_label_new (_("Undone"));

      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  else if (record->has_counts && !record->recorded)
    gtk_widget_set_tooltip_text (row, _("This import was made by an older version of the program and cannot be undone."));
  return row;
}

static void
fill_log (FkCollectPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = fk_study_list_imports (self->study, &error);

  if (records == NULL)
    {
      /* Said, never shown as an empty log. */
      gtk_list_box_append (self->log_list, message_row (error->message));
      return;
    }
  if (records->len == 0)
    {
      gtk_list_box_append (self->log_list, message_row (_("No responses have been imported yet.")));
      return;
    }
  for (guint i = records->len; i > 0; i--)
    gtk_list_box_append (self->log_list, log_row (self, g_ptr_array_index (records, i - 1)));
}

static void
fill_municipalities (FkCollectPage *self,
                     gint64         round_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  guint n, n_sent;

  if (round_id == 0)
    {
      gtk_label_set_text (self->summary_label, _("No assessment round yet."));
      return;
    }
  self->status = fk_collect_status_new (self->study, round_id, &error);
  if (self->status == NULL)
    {
      gtk_label_set_text (self->summary_label, error->message);
      return;
    }
  n = fk_collect_status_get_n_entries (self->status);
  n_sent = fk_collect_status_count (self->status, FK_COLLECT_SENT_IN);
  /* Translators: "5 of 14 municipalities have sent in" their responses */
  summary = g_strdup_printf (ngettext ("%u of %u municipality has sent in",
                                       "%u of %u municipalities have sent in", n),
                             n_sent, n);
  gtk_label_set_text (self->summary_label, summary);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->municipality_list,
                         municipality_row (self->status, fk_collect_status_get_entry (self->status, i)));
}

static void
update_actions (FkCollectPage *self)
{
  gboolean has_round = self->study != NULL && fk_study_get_latest_round (self->study) != NULL;
  gboolean writable = self->study != NULL && !fk_study_is_read_only (self->study);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "collect.export-blank-forms", has_round);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "collect.export-response", has_round);
  /* A read-only study keeps the log on show, without undo. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "collect.undo-import", writable);
}

static void
rebuild (FkCollectPage *self)
{
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  self->stale = FALSE;
  self->n_rebuilds++;
  g_clear_pointer (&self->status, fk_collect_status_unref);
  list_box_clear (self->municipality_list);
  list_box_clear (self->log_list);

  self->filling = TRUE;
  fk_round_choice_fill (self->round_dropdown, self->round_ids, self->study);
  self->filling = FALSE;
  update_actions (self);
  if (self->study == NULL)
    {
      gtk_label_set_text (self->summary_label, "");
      return;
    }
  fill_municipalities (self, fk_collect_page_get_round_id (self));
  fill_log (self);
}

/* Rebuilds now if the page is shown, else once it is. */
static void
invalidate (FkCollectPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->stale = TRUE;
}

static gboolean
rebuild_cb (gpointer data)
{
  FkCollectPage *self = data;

  self->rebuild_source = 0;
  invalidate (self);
  return G_SOURCE_REMOVE;
}

static void
on_round_selected (FkCollectPage *self)
{
  if (!self->filling)
    invalidate (self);
}

static void
on_study_changed (FkStudy             *study,
                  const FkStudyChange *change,
                  FkCollectPage       *self)
{
  const FkStudyChangeFlags shown = FK_STUDY_CHANGE_IMPORTS | FK_STUDY_CHANGE_ROUNDS |
                                   FK_STUDY_CHANGE_STATE | FK_STUDY_CHANGE_RESPONDENTS;

  /* Once for every change of a main-loop turn, before the next frame:
   * the import dialog writes several files in one turn, and a rebuild
   * per file made an import of n files O(n²) in rows made and laid out. */
  if (((change->what & shown) ||
       fk_study_change_touches_scores (change, fk_collect_page_get_round_id (self), NULL)) &&
      self->rebuild_source == 0)
    self->rebuild_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_cb, self, NULL);
}

/* ---- undo ------------------------------------------------------------------ */

static void
undo_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  FkCollectPage    *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "fk-import-id"));
  guint n = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "fk-n-scores"));
  const char *source = g_object_get_data (G_OBJECT (dialog), "fk-source");
  g_autoptr(GError) error = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;

  if (g_strcmp0 (response, "undo") != 0 || self->study == NULL)
    return;
  /* The main thread never waits for another program's lock. */
  if (!fk_import_undo_now (self->study, id, &error))
    {
      fk_collect_page_show_error (self, _("The Import Was Not Undone"), error);
      return;
    }
  escaped = g_markup_escape_text (source, -1);
  /* Translators: the file, then how many scores were put back */
  title = g_strdup_printf (ngettext ("Import of “%s” undone: %u score put back",
                                     "Import of “%s” undone: %u scores put back", n),
                           escaped, n);
  fk_collect_page_add_toast (self, adw_toast_new (title));
}

/* "collect.undo-import" (x): asks, naming the file, the municipality and
 * how many scores go back. */
static void
undo_import_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  FkCollectPage *self = FK_COLLECT_PAGE (widget);
  gint64 id = g_variant_get_int64 (param);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkImportRecord) record = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (self->study == NULL)
    return;
  record = fk_import_find_record (self->study, id, &error);
  if (record == NULL ||
      !fk_study_get_import_changes (self->study, id, &before, &after, &error))
    {
      fk_collect_page_show_error (self, _("The Import Was Not Undone"), error);
      return;
    }
  /* Translators: the question before undoing; the file */
  heading = g_strdup_printf (_("Undo the Import of “%s”?"), record->source);
  /* Translators: how many scores, then the municipality */
  body = g_strdup_printf (ngettext ("The %u score this file wrote for %s goes back to what it was before the import. If it was changed since, nothing is undone.",
                                    "The %u scores this file wrote for %s go back to what they were before the import. If one of them was changed since, nothing is undone.",
                                    after->len),
                          after->len, municipality_name (self->study, record->municipality));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "undo", _("_Undo Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "undo", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "fk-import-id", GSIZE_TO_POINTER ((gsize) id));
  g_object_set_data (G_OBJECT (dialog), "fk-n-scores", GUINT_TO_POINTER (after->len));
  g_object_set_data_full (G_OBJECT (dialog), "fk-source", g_strdup (record->source), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (undo_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- toasts ---------------------------------------------------------------- */

void
fk_collect_page_add_toast (FkCollectPage *self,
                           AdwToast      *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
fk_collect_page_show_error (FkCollectPage *self,
                            const char    *heading,
                            const GError  *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* A dialog, not a toast: the message names a file and a capability
   * and would be cut short in a toast's one line. */
  fk_error_dialog_present (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, error);
}

/* ---- public ---------------------------------------------------------------- */

GtkWidget *
fk_collect_page_new (void)
{
  return g_object_new (FK_TYPE_COLLECT_PAGE, NULL);
}

FkStudy *
fk_collect_page_get_study (FkCollectPage *self)
{
  g_return_val_if_fail (FK_IS_COLLECT_PAGE (self), NULL);
  return self->study;
}

void
fk_collect_page_set_study (FkCollectPage *self,
                           FkStudy       *study)
{
  g_return_if_fail (FK_IS_COLLECT_PAGE (self));
  g_return_if_fail (study == NULL || FK_IS_STUDY (study));

  if (self->study == study)
    return;
  if (self->study != NULL)
    g_clear_signal_handler (&self->changed_handler, self->study);
  /* Another study's files are another job. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_set_object (&self->study, study);
  if (study != NULL)
    self->changed_handler = g_signal_connect_object (study, "changed", G_CALLBACK (on_study_changed), self, 0);
  /* The new study's latest round, not the old one's choice. */
  g_array_set_size (self->round_ids, 0);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDY]);
}

gint64
fk_collect_page_get_round_id (FkCollectPage *self)
{
  g_return_val_if_fail (FK_IS_COLLECT_PAGE (self), 0);
  return fk_round_choice_get_selected (self->round_dropdown, self->round_ids);
}

gboolean
fk_collect_page_set_round_id (FkCollectPage *self,
                              gint64         round_id)
{
  g_return_val_if_fail (FK_IS_COLLECT_PAGE (self), FALSE);
  return fk_round_choice_select (self->round_dropdown, self->round_ids, round_id);
}

gboolean
fk_collect_page_is_writing (FkCollectPage *self)
{
  g_return_val_if_fail (FK_IS_COLLECT_PAGE (self), FALSE);
  return self->n_writing > 0;
}

guint
fk_collect_page_get_n_rebuilds (FkCollectPage *self)
{
  g_return_val_if_fail (FK_IS_COLLECT_PAGE (self), 0);
  return self->n_rebuilds;
}

/* ---- GtkWidget, GObject ------------------------------------------------------ */

static void
fk_collect_page_map (GtkWidget *widget)
{
  FkCollectPage *self = FK_COLLECT_PAGE (widget);

  GTK_WIDGET_CLASS (fk_collect_page_parent_class)->map (widget);
  if (self->stale)
    rebuild (self);
}

static void
fk_collect_page_dispose (GObject *object)
{
  FkCollectPage *self = FK_COLLECT_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  if (self->study != NULL)
    g_clear_signal_handler (&self->changed_handler, self->study);
  g_clear_object (&self->study);
  g_clear_pointer (&self->status, fk_collect_status_unref);
  /* The bin lets go of its child first: the template child is the bin's. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_COLLECT_PAGE);
  G_OBJECT_CLASS (fk_collect_page_parent_class)->dispose (object);
}

static void
fk_collect_page_finalize (GObject *object)
{
  FkCollectPage *self = FK_COLLECT_PAGE (object);

  g_array_unref (self->round_ids);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (fk_collect_page_parent_class)->finalize (object);
}

static void
fk_collect_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FkCollectPage *self = FK_COLLECT_PAGE (object);

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
fk_collect_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FkCollectPage *self = FK_COLLECT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      fk_collect_page_set_study (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_collect_page_class_init (FkCollectPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_collect_page_dispose;
  object_class->finalize = fk_collect_page_finalize;
  object_class->get_property = fk_collect_page_get_property;
  object_class->set_property = fk_collect_page_set_property;
  widget_class->map = fk_collect_page_map;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL, FK_TYPE_STUDY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) fk_ui_get_resource ();
  g_type_ensure (FK_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-collect-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FkCollectPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FkCollectPage, round_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkCollectPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FkCollectPage, municipality_list);
  gtk_widget_class_bind_template_child (widget_class, FkCollectPage, log_list);
  gtk_widget_class_bind_template_callback (widget_class, on_round_selected);

  gtk_widget_class_install_action (widget_class, "collect.undo-import", "x", undo_import_action);
  fk_collect_page_export_class_init (widget_class);
}

static void
fk_collect_page_init (FkCollectPage *self)
{
  self->round_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  rebuild (self);
}
