/* fk-import-file-row.c — one file of the import dialog, as an expander row
 *
 * Built in code: its inner rows depend on what the file holds. They are
 * made again when the item's preview changes ("changed"), and only while
 * the row is expanded: a collapsed row makes them when it is opened, so
 * a hundred files that need nothing do not cost a hundred sets of
 * widgets to style and lay out (docs/performance.md); a conflict's
 * choice ("resolutions-changed") only updates the counts and the
 * choices (FkImportConflictRow), so focus stays where the user is.
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-import-file-row"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-import-conflict-row.h"
#include "fk-import-file-row.h"

struct _FkImportFileRow
{
  AdwExpanderRow  parent_instance;

  FkImportItem   *item;
  FkStudy        *study;
  GtkStack       *status;
  GtkCheckButton *include_check;
  GPtrArray      *rows;         /* the inner rows, removed when remade */
  GtkWidget      *counts_row;
  GtkSwitch      *all_switch;   /* "take the file's for all", or NULL */
  GPtrArray      *conflict_rows;
  gboolean        updating;     /* setting toggles from the item */
  gboolean        rows_stale;   /* the item changed while collapsed */
  gboolean        in_header;    /* update_header() sets "expanded": not a user's opening */
  GtkWidget      *round_switch;
  GtkWidget      *unknown_switch;
  enum { REFOCUS_NONE, REFOCUS_ROUND, REFOCUS_UNKNOWN } refocus;  /* the switch whose choice remakes the rows */
};

G_DEFINE_FINAL_TYPE (FkImportFileRow, fk_import_file_row, ADW_TYPE_EXPANDER_ROW)

/* ---- text ------------------------------------------------------------- */

/* "new: 12, changed: 3, …" from core, as a sentence on its own line. */
static char *
counts_text (FkImportItem *item)
{
  FkImportPreview *preview = fk_import_item_get_preview (item);
  g_autoptr(GArray) resolutions = fk_import_item_dup_resolutions (item);
  g_autofree char *counts = fk_import_preview_describe_counts (preview, resolutions);
  gunichar first = g_utf8_get_char (counts);
  char buf[6];
  int len = g_unichar_to_utf8 (g_unichar_toupper (first), buf);

  return g_strdup_printf ("%.*s%s", len, buf, g_utf8_next_char (counts));
}

/* The row's subtitle: what the file would do, or why it would not. */
static char *
status_text (FkImportFileRow *self)
{
  FkImportItem *item = self->item;
  FkResponse *response = fk_import_item_get_response (item);
  const char *name = fk_import_item_get_display_name (item);

  switch (fk_import_item_get_state (item))
    {
    case FK_IMPORT_ITEM_READING:
      return g_strdup_printf (_("Reading %s…"), name);
    case FK_IMPORT_ITEM_REFUSED:
      /* The message, which names the file, is the first inner row. */
      return g_strdup (_("Cannot be imported."));
    case FK_IMPORT_ITEM_FAILED:
      /* Translators: the message names the file and the problem */
      return g_strdup_printf (_("Not imported. %s"), fk_import_item_get_message (item));
    case FK_IMPORT_ITEM_NEEDS_CHOICE:
      if (fk_import_item_get_lacks_round (item) && !fk_import_item_get_create_round (item))
        return g_strdup_printf (_("%s: the study has no round “%s”."),
                                name, fk_response_get_round (response));
      return g_strdup_printf (_("%s: the study’s model lacks some of the file’s capabilities."),
                              name);
    case FK_IMPORT_ITEM_UNCHANGED:
      /* Translators: file name, round */
      return g_strdup_printf (_("%s, round “%s”. Already imported: nothing would change."),
                              name, fk_response_get_round (response));
    case FK_IMPORT_ITEM_READY:
      {
        g_autofree char *counts = counts_text (item);
        /* Translators: file name, round, then the counts ("New: 12, changed: 3, unchanged: 28") */
        return g_strdup_printf (_("%s, round “%s”. %s."), name, fk_response_get_round (response), counts);
      }
    case FK_IMPORT_ITEM_IMPORTED:
      {
        g_autofree char *counts = counts_text (item);
        /* Translators: file name, round, then the counts */
        return g_strdup_printf (_("%s, round “%s”. Imported. %s."), name, fk_response_get_round (response), counts);
      }
    default:
      g_assert_not_reached ();
    }
}

/* ---- inner rows ------------------------------------------------------- */

static GtkWidget *
add_row (FkImportFileRow *self,
         const char      *title,
         const char      *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
  g_ptr_array_add (self->rows, row);
  return row;
}

static GtkWidget *
add_switch_row (FkImportFileRow *self,
                const char      *title,
                const char      *subtitle,
                gboolean         active,
                GCallback        callback)
{
  GtkWidget *row = add_row (self, title, subtitle);
  GtkWidget *sw = gtk_switch_new ();

  gtk_switch_set_active (GTK_SWITCH (sw), active);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect_object (sw, "notify::active", callback, self, G_CONNECT_SWAPPED);
  return sw;
}

/* A choice remakes the preview, and so these rows: not from inside the
 * switch's own signal, which would destroy it while it is emitted. */
typedef struct {
  FkImportFileRow *row;
  gboolean         create_round;
  gboolean         accept_unknown;
} Choice;

static gboolean
apply_choice_cb (gpointer data)
{
  Choice *choice = data;
  FkImportFileRow *self = choice->row;

  if (self->item != NULL)
    {
      /* The rows are made again: the switch's new self keeps the focus. */
      GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));

      self->refocus = focus != NULL && focus == self->round_switch ? REFOCUS_ROUND
                    : focus != NULL && focus == self->unknown_switch ? REFOCUS_UNKNOWN : REFOCUS_NONE;
      fk_import_item_set_create_round (self->item, self->study, choice->create_round);
      fk_import_item_set_accept_unknown (self->item, self->study, choice->accept_unknown);
      self->refocus = REFOCUS_NONE;
    }
  g_object_unref (self);
  g_free (choice);
  return G_SOURCE_REMOVE;
}

static void
choose_later (FkImportFileRow *self,
              gboolean         create_round,
              gboolean         accept_unknown)
{
  Choice *choice = g_new0 (Choice, 1);

  choice->row = g_object_ref (self);
  choice->create_round = create_round;
  choice->accept_unknown = accept_unknown;
  g_idle_add (apply_choice_cb, choice);
}

static void
create_round_cb (FkImportFileRow *self,
                 GParamSpec      *pspec,
                 GtkSwitch       *sw)
{
  choose_later (self, gtk_switch_get_active (sw), fk_import_item_get_accept_unknown (self->item));
}

static void
accept_unknown_cb (FkImportFileRow *self,
                   GParamSpec      *pspec,
                   GtkSwitch       *sw)
{
  choose_later (self, fk_import_item_get_create_round (self->item), gtk_switch_get_active (sw));
}

static void
take_all_cb (FkImportFileRow *self,
             GParamSpec      *pspec,
             GtkSwitch       *sw)
{
  if (self->updating)
    return;
  fk_import_item_set_all_resolutions (self->item, gtk_switch_get_active (sw) ? FK_IMPORT_TAKE_FILE
                                                                             : FK_IMPORT_KEEP_STUDY);
}

static void
add_conflict_rows (FkImportFileRow *self)
{
  FkImportPreview *preview = fk_import_item_get_preview (self->item);
  GPtrArray *conflicts = fk_import_preview_get_conflicts (preview);
  const FkRound *round = fk_study_find_round (self->study, fk_import_preview_get_round (preview));
  g_autofree char *title = NULL;

  if (conflicts->len == 0 || round == NULL)
    return;
  title = g_strdup_printf (ngettext ("%u conflict: the study’s answer was changed after the file was exported. The study’s is kept unless you take the file’s.",
                                     "%u conflicts: the study’s answers were changed after the file was exported. The study’s are kept unless you take the file’s.",
                                     conflicts->len),
                           conflicts->len);
  self->all_switch = GTK_SWITCH (add_switch_row (self, _("Take the file’s for all"), title,
                                                 fk_import_item_takes_all (self->item),
                                                 G_CALLBACK (take_all_cb)));
  for (guint i = 0; i < conflicts->len; i++)
    {
      GtkWidget *row = GTK_WIDGET (fk_import_conflict_row_new (self->item, self->study, conflicts->pdata[i], round->id));

      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->conflict_rows, row);
    }
}

static void
clear_rows (FkImportFileRow *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->conflict_rows, 0);
  self->counts_row = NULL;
  self->all_switch = NULL;
  self->round_switch = NULL;
  self->unknown_switch = NULL;
}

/* The file itself: who, what, when. */
static void
add_file_row (FkImportFileRow *self)
{
  FkResponse *response = fk_import_item_get_response (self->item);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *exported = NULL;
  GtkWidget *row;

  /* A file that could not be read is named by the row and its message. */
  if (response == NULL)
    return;
  /* Translators: municipality name, its code, the round */
  g_string_append_printf (subtitle, _("%s (%s), round “%s”"),
                          fk_import_item_get_municipality_name (self->item),
                          fk_response_get_municipality (response),
                          fk_response_get_round (response));
  if (fk_response_get_respondent (response) != NULL)
    {
      g_string_append_c (subtitle, '\n');
      g_string_append_printf (subtitle, _("Answered by %s"), fk_response_get_respondent (response));
    }
  exported = fk_import_format_local_time (fk_response_get_exported (response));
  g_string_append_c (subtitle, '\n');
  g_string_append_printf (subtitle, _("Exported %s"), exported);
  row = add_row (self, fk_import_item_get_display_name (self->item), subtitle->str);
  adw_preferences_row_set_title_selectable (ADW_PREFERENCES_ROW (row), TRUE);
}

static void
add_choice_rows (FkImportFileRow *self)
{
  FkResponse *response = fk_import_item_get_response (self->item);
  const char * const *unknown = fk_import_item_get_unknown (self->item);

  if (fk_import_item_get_lacks_round (self->item))
    {
      g_autofree char *title = g_strdup_printf (_("Add round “%s” to the study"), fk_response_get_round (response));

      GtkWidget *sw = add_switch_row (self, title,
                                      _("The study has no round of this name. The file can only be imported into a new round, added with it."),
                                      fk_import_item_get_create_round (self->item), G_CALLBACK (create_round_cb));

      if (self->refocus == REFOCUS_ROUND)
        gtk_widget_grab_focus (sw);
      self->round_switch = sw;
    }
  if (unknown != NULL)
    {
      guint n = g_strv_length ((char **) unknown);
      g_autofree char *keys = g_strjoinv (", ", (char **) unknown);
      g_autofree char *subtitle =
        g_strdup_printf (ngettext ("The study’s model has no capability %s. It is skipped if you import the rest.",
                                   "The study’s model has no capabilities %s. They are skipped if you import the rest.",
                                   n),
                         keys);

      GtkWidget *sw = add_switch_row (self, _("Import the rest"), subtitle,
                                      fk_import_item_get_accept_unknown (self->item), G_CALLBACK (accept_unknown_cb));

      if (self->refocus == REFOCUS_UNKNOWN)
        gtk_widget_grab_focus (sw);
      self->unknown_switch = sw;
    }
}

static void
rebuild (FkImportFileRow *self)
{
  FkImportItem *item = self->item;
  FkImportPreview *preview = fk_import_item_get_preview (item);
  FkResponse *response = fk_import_item_get_response (item);
  FkImportItemState state = fk_import_item_get_state (item);

  clear_rows (self);
  self->rows_stale = FALSE;
  self->updating = TRUE;

  if (state == FK_IMPORT_ITEM_READING)
    {
      self->updating = FALSE;
      return;
    }
  if (state == FK_IMPORT_ITEM_REFUSED || state == FK_IMPORT_ITEM_FAILED)
    {
      GtkWidget *row = add_row (self, fk_import_item_get_message (item), NULL);

      adw_preferences_row_set_title_selectable (ADW_PREFERENCES_ROW (row), TRUE);
      gtk_widget_add_css_class (row, "error");
    }
  add_file_row (self);
  if (state != FK_IMPORT_ITEM_IMPORTED && response != NULL)
    add_choice_rows (self);
  if (state == FK_IMPORT_ITEM_READY && fk_import_item_get_same_as (item) != NULL)
    {
      g_autofree char *text =
        g_strdup_printf (_("%s is for the same municipality and round. Import one of them at a time, or leave one out: the second would meet the scores the first changed."),
                         fk_import_item_get_same_as (item));
      GtkWidget *row = add_row (self, text, NULL);

      gtk_widget_add_css_class (row, "warning");
    }
  if (response != NULL &&
      !fk_response_model_matches (response, fk_study_get_model (self->study)))
    add_row (self, _("Made with another version of the model; scores are matched by capability key."), NULL);
  if (preview != NULL)
    {
      g_autofree char *counts = counts_text (item);

      self->counts_row = add_row (self, counts, NULL);
      if (state == FK_IMPORT_ITEM_READY)
        add_conflict_rows (self);
    }
  self->updating = FALSE;
}

/* ---- the row itself --------------------------------------------------- */

static void
update_header (FkImportFileRow *self)
{
  FkImportItemState state = fk_import_item_get_state (self->item);
  const char *municipality = fk_import_item_get_municipality_name (self->item);
  g_autofree char *subtitle = status_text (self);
  const char *page;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 municipality != NULL ? municipality : fk_import_item_get_display_name (self->item));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  switch (state)
    {
    case FK_IMPORT_ITEM_READING: page = "reading"; break;
    case FK_IMPORT_ITEM_READY: page = "include"; break;
    case FK_IMPORT_ITEM_REFUSED:
    case FK_IMPORT_ITEM_FAILED: page = "error"; break;
    case FK_IMPORT_ITEM_NEEDS_CHOICE: page = "choice"; break;
    case FK_IMPORT_ITEM_UNCHANGED:
    case FK_IMPORT_ITEM_IMPORTED: page = "done"; break;
    default: g_assert_not_reached ();
    }
  gtk_stack_set_visible_child_name (self->status, page);
  gtk_spinner_set_spinning (GTK_SPINNER (gtk_stack_get_child_by_name (self->status, "reading")),
                            state == FK_IMPORT_ITEM_READING);
  /* Enabling expansion expands the row (libadwaita), so only once, when
   * the file is read; then what needs the user's eye is open, the rest
   * closed, so that fifteen files fit. */
  if (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (self)) != (state != FK_IMPORT_ITEM_READING))
    {
      adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (self), state != FK_IMPORT_ITEM_READING);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), FALSE);
    }
  if (state == FK_IMPORT_ITEM_REFUSED || state == FK_IMPORT_ITEM_FAILED || state == FK_IMPORT_ITEM_NEEDS_CHOICE ||
      (state == FK_IMPORT_ITEM_READY &&
       (fk_import_preview_get_conflicts (fk_import_item_get_preview (self->item))->len > 0 ||
        fk_import_item_get_same_as (self->item) != NULL)))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  if (state == FK_IMPORT_ITEM_REFUSED || state == FK_IMPORT_ITEM_FAILED)
    gtk_widget_add_css_class (GTK_WIDGET (self), "fk-import-refused");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "fk-import-refused");
}

static void
item_changed_cb (FkImportFileRow *self)
{
  self->rows_stale = TRUE;
  /* What needs the user's eye is expanded here, and so built. (Enabling
   * expansion opens a row for a moment: that builds nothing.) */
  self->in_header = TRUE;
  update_header (self);
  self->in_header = FALSE;
  if (self->rows_stale && adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    rebuild (self);
}

static void
expanded_cb (FkImportFileRow *self)
{
  if (!self->in_header && self->rows_stale && adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    rebuild (self);
}

static void
resolutions_changed_cb (FkImportFileRow *self)
{
  self->updating = TRUE;
  for (guint i = 0; i < self->conflict_rows->len; i++)
    fk_import_conflict_row_sync (self->conflict_rows->pdata[i]);
  if (self->all_switch != NULL)
    gtk_switch_set_active (self->all_switch, fk_import_item_takes_all (self->item));
  if (self->counts_row != NULL)
    {
      g_autofree char *counts = counts_text (self->item);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->counts_row), counts);
    }
  self->updating = FALSE;
  update_header (self);
}

static GtkWidget *
status_icon (const char *icon_name,
             const char *css_class,
             const char *tooltip)
{
  GtkWidget *image = gtk_image_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (image, css_class);
  gtk_widget_set_tooltip_text (image, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return image;
}

static void
fk_import_file_row_dispose (GObject *object)
{
  FkImportFileRow *self = FK_IMPORT_FILE_ROW (object);

  g_clear_object (&self->item);
  g_clear_object (&self->study);

  G_OBJECT_CLASS (fk_import_file_row_parent_class)->dispose (object);
}

static void
fk_import_file_row_finalize (GObject *object)
{
  FkImportFileRow *self = FK_IMPORT_FILE_ROW (object);

  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->conflict_rows);

  G_OBJECT_CLASS (fk_import_file_row_parent_class)->finalize (object);
}

static void
fk_import_file_row_class_init (FkImportFileRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fk_import_file_row_dispose;
  object_class->finalize = fk_import_file_row_finalize;
}

static void
fk_import_file_row_init (FkImportFileRow *self)
{
  GtkWidget *spinner = gtk_spinner_new ();

  self->rows = g_ptr_array_new ();
  self->conflict_rows = g_ptr_array_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);

  self->status = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->status), GTK_ALIGN_CENTER);
  gtk_stack_set_hhomogeneous (self->status, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spinner), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reading the file"), -1);
  gtk_stack_add_named (self->status, spinner, "reading");
  self->include_check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_stack_add_named (self->status, GTK_WIDGET (self->include_check), "include");
  gtk_stack_add_named (self->status,
                       status_icon ("dialog-error-symbolic", "error", _("Cannot be imported")), "error");
  gtk_stack_add_named (self->status,
                       status_icon ("dialog-warning-symbolic", "warning", _("Needs your choice")), "choice");
  gtk_stack_add_named (self->status,
                       status_icon ("object-select-symbolic", "success", _("Nothing to import")), "done");
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->status));
}

FkImportFileRow *
fk_import_file_row_new (FkImportItem *item,
                        FkStudy      *study)
{
  FkImportFileRow *self;
  g_autofree char *include_label = NULL;

  g_return_val_if_fail (FK_IS_IMPORT_ITEM (item), NULL);
  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  self = g_object_new (FK_TYPE_IMPORT_FILE_ROW, NULL);
  self->item = g_object_ref (item);
  self->study = g_object_ref (study);
  g_object_bind_property (item, "included", self->include_check, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  include_label = g_strdup_printf (_("Import %s"), fk_import_item_get_display_name (item));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->include_check), include_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->include_check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, include_label, -1);
  g_signal_connect_object (item, "changed", G_CALLBACK (item_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "resolutions-changed", G_CALLBACK (resolutions_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::expanded", G_CALLBACK (expanded_cb), NULL);
  item_changed_cb (self);
  return self;
}

FkImportItem *
fk_import_file_row_get_item (FkImportFileRow *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_FILE_ROW (self), NULL);
  return self->item;
}
