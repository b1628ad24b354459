/* fk-compare-page-anon.c — the Compare page anonymised (issue 10)
 *
 * "compare.anonymize" (boolean, GSettings heatmap-anonymize) shows the
 * municipalities as "Municipality A", … everywhere on the page: the
 * heatmap, its tooltips and screen-reader text, the table, the side panel
 * and the exported files. "compare.highlight" (a code, or "" for none)
 * names one of them, to show a municipality its own place.
 * "compare.show-comments" (boolean, not kept: every session starts with
 * them hidden) shows the comments all the same; who answered is never
 * shown while anonymised. "compare.export-key" writes the key, letter →
 * municipality, for the lead. Presentation mode activates the first two
 * by name: their names and states are an interface.
 *
 * The page makes one FkAnonymizer for the study with
 * fk_anonymizer_new_for_study(), the same function as
 * `formagekarta-cli export --anonymize`, so the letters are the same in
 * both and in every session: the seed is stored in the study the first
 * time. A study that cannot store one (read-only) is anonymised all the
 * same, never shown by name, with a seed kept by the page until the
 * study is closed, and a toast says that these letters will differ next
 * time (docs/anonymization.md, "In the app").
 */
#define G_LOG_DOMAIN "fk-compare-page"
#include "config.h"
#include "fk-compare-page-private.h"
#include "fk-content-language.h"
#include "fk-error.h"

#include <glib/gi18n.h>

#define ANONYMIZE_KEY "heatmap-anonymize"

/* The highlighted code, or NULL. (transfer full) */
static char *
highlight_code (FkComparePage *self)
{
  g_autofree char *code = fk_compare_page_state_string (self, "highlight");

  return code != NULL && *code != '\0' ? g_steal_pointer (&code) : NULL;
}

static void
set_enabled (FkComparePage *self,
             const char    *action,
             gboolean       enabled)
{
  GAction *a = g_action_map_lookup_action (G_ACTION_MAP (self->actions), action);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (a), enabled);
}

static void
show_toast (FkComparePage *self,
            const char    *text,
            gboolean       important)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  if (important)
    {
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_set_timeout (toast, 10);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The study's anonymizer; for a study that cannot store a seed, one from
 * the page's own seed. Never NULL: an anonymised view must never fall
 * back to names. */
static FkAnonymizer *
new_anonymizer (FkComparePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *highlight = highlight_code (self);
  FkAnonymizer *anon;

  /* Storing the first seed emits "changed": the heatmap need not read
   * the round again for it, nor lay it out with names in between. */
  self->making_anonymizer = TRUE;
  g_signal_handlers_block_matched (self->study, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self->heatmap);
  anon = fk_anonymizer_new_for_study (self->study, highlight, &error);
  g_signal_handlers_unblock_matched (self->study, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self->heatmap);
  self->making_anonymizer = FALSE;
  if (anon != NULL)
    return anon;
  g_debug ("No stored anonymisation seed: %s", error->message);
  if (!self->has_session_seed)
    {
      self->session_seed = ((guint64) g_random_int () << 32) | g_random_int ();
      self->has_session_seed = TRUE;
      show_toast (self, _("The study cannot be written, so these letters last only until it is closed: "
                          "next time they will differ."), TRUE);
    }
  /* The highlight was checked when chosen (compare.highlight). */
  return fk_anonymizer_new (fk_study_get_region (self->study), self->session_seed, highlight);
}

static gboolean
same_anonymizer (const FkAnonymizer *a,
                 const FkAnonymizer *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return fk_anonymizer_get_seed (a) == fk_anonymizer_get_seed (b)
         && fk_anonymizer_get_region (a) == fk_anonymizer_get_region (b)
         && g_strcmp0 (fk_anonymizer_get_highlight (a), fk_anonymizer_get_highlight (b)) == 0;
}

/* Everything that names municipalities follows the actions' states. */
static void
update_anonymizer (FkComparePage *self)
{
  gboolean on = fk_compare_page_state_boolean (self, "anonymize");
  gboolean comments = fk_compare_page_state_boolean (self, "show-comments");
  g_autoptr(FkAnonymizer) anon = on && self->study != NULL ? new_anonymizer (self) : NULL;

  if (!same_anonymizer (anon, self->anonymizer))
    {
      g_clear_pointer (&self->anonymizer, fk_anonymizer_unref);
      self->anonymizer = g_steal_pointer (&anon);
      g_object_notify (G_OBJECT (self), "anonymizer");
    }
  g_object_notify (G_OBJECT (self), "show-comments");
  set_enabled (self, "show-comments", on);
  set_enabled (self, "export-key", self->anonymizer != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->highlight_dropdown), on);
  gtk_widget_set_sensitive (self->highlight_label, on);
  fk_heatmap_view_set_show_comments (self->heatmap, comments);
  fk_capability_panel_set_anonymizer (self->panel, self->anonymizer, comments);
  fk_compare_page_update_order_choices (self);
  fk_compare_page_apply_options (self);
}

/* The dropdown shows the action's state. */
static void
sync_highlight_dropdown (FkComparePage *self)
{
  g_autofree char *code = highlight_code (self);
  guint pos = 0;

  for (guint i = 1; code != NULL && i < self->highlight_codes->len; i++)
    if (g_str_equal (g_ptr_array_index (self->highlight_codes, i), code))
      pos = i;
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->highlight_dropdown, pos);
  self->updating = FALSE;
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  const FkMunicipality *x = *(const FkMunicipality *const *) a;
  const FkMunicipality *y = *(const FkMunicipality *const *) b;

  return g_utf8_collate (x->name, y->name);
}

/* "None", then the study's municipalities by name: the lead's control
 * (on a projector, open it only where the room cannot see). */
static void
fill_highlight_dropdown (FkComparePage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  FkRegion *region = self->study != NULL ? fk_study_get_region (self->study) : NULL;

  g_ptr_array_set_size (self->highlight_codes, 0);
  /* Translators: the highlight dropdown: no municipality keeps its name */
  gtk_string_list_append (names, C_("highlighted municipality", "None"));
  g_ptr_array_add (self->highlight_codes, g_strdup (""));
  for (guint i = 0; region != NULL && i < region->municipalities->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (region->municipalities, i));
  g_ptr_array_sort (sorted, compare_by_name);
  for (guint i = 0; i < sorted->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (sorted, i);

      gtk_string_list_append (names, m->name);
      g_ptr_array_add (self->highlight_codes, g_strdup (m->code));
    }
  self->updating = TRUE;
  gtk_drop_down_set_model (self->highlight_dropdown, G_LIST_MODEL (names));
  self->updating = FALSE;
  sync_highlight_dropdown (self);
}

/* ---- the actions ----------------------------------------------------------- */

static void
change_anonymize (GSimpleAction *action,
                  GVariant      *state,
                  gpointer       user_data)
{
  FkComparePage *self = user_data;

  g_simple_action_set_state (action, state);
  update_anonymizer (self);
  if (self->view_settings != NULL && g_settings_get_boolean (self->view_settings, ANONYMIZE_KEY) != g_variant_get_boolean (state))
    g_settings_set_boolean (self->view_settings, ANONYMIZE_KEY, g_variant_get_boolean (state));
}

/* "" or a municipality of the study; anything else is ignored. Without a
 * study any code is kept, and checked when one comes. */
static void
change_highlight (GSimpleAction *action,
                  GVariant      *state,
                  gpointer       user_data)
{
  FkComparePage *self = user_data;
  const char *code = g_variant_get_string (state, NULL);

  if (*code != '\0' && self->study != NULL
      && fk_region_lookup (fk_study_get_region (self->study), code) == NULL)
    return;
  g_simple_action_set_state (action, state);
  sync_highlight_dropdown (self);
  update_anonymizer (self);
}

static void
change_show_comments (GSimpleAction *action,
                      GVariant      *state,
                      gpointer       user_data)
{
  FkComparePage *self = user_data;

  g_simple_action_set_state (action, state);
  update_anonymizer (self);
}

void
fk_compare_page_on_highlight_selected (FkComparePage *self)
{
  guint pos = gtk_drop_down_get_selected (self->highlight_dropdown);

  if (!self->updating && pos < self->highlight_codes->len)
    g_action_group_change_action_state (G_ACTION_GROUP (self->actions), "highlight",
                                        g_variant_new_string (g_ptr_array_index (self->highlight_codes, pos)));
}

static void
on_anonymize_key_changed (GSettings     *settings,
                          const char    *key,
                          FkComparePage *self)
{
  gboolean on = g_settings_get_boolean (settings, ANONYMIZE_KEY);

  if (on != fk_compare_page_state_boolean (self, "anonymize"))
    g_action_group_change_action_state (G_ACTION_GROUP (self->actions), "anonymize", g_variant_new_boolean (on));
}

/* ---- the key ------------------------------------------------------------- */

/* In a worker thread: the anonymizer never changes, so it can be read there. */
static void
write_key_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  FkAnonymizer *anon = g_object_get_data (G_OBJECT (task), "fk-anonymizer");
  GError *error = NULL;

  if (fk_anonymizer_write_key (anon, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_key_written (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  FkComparePage *self = FK_COMPARE_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *display = NULL;
  g_autofree char *text = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error)
      && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;  /* the page went away */
  if (error != NULL)
    {
      show_toast (self, error->message, TRUE);
      return;
    }
  name = g_path_get_basename (g_task_get_task_data (G_TASK (result)));
  display = g_filename_display_name (name);
  text = g_strdup_printf (_("Anonymisation key saved as “%s”. It names every municipality: "
                            "keep it for the workshop lead's eyes only."), display);
  show_toast (self, text, TRUE);
}

static void
on_key_chooser_response (GtkNativeDialog *dialog,
                         int              response,
                         FkComparePage   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GTask) task = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_signal_handlers_disconnect_by_data (dialog, self);
  g_clear_object (&self->key_chooser);
  if (file == NULL)
    return;
  g_clear_object (&self->export_folder);
  self->export_folder = g_file_get_parent (file);
  path = g_file_get_path (file);
  if (path == NULL || self->anonymizer == NULL)
    {
      g_autofree char *where = g_file_get_parse_name (file);
      g_autofree char *text = g_strdup_printf (_("%s: the key can only be saved in a folder on this computer or a mounted folder"),
                                               where);

      show_toast (self, text, TRUE);
      return;
    }
  task = g_task_new (self, self->export_cancellable, on_key_written, NULL);
  g_task_set_source_tag (task, on_key_chooser_response);
  g_task_set_task_data (task, g_steal_pointer (&path), g_free);
  g_object_set_data_full (G_OBJECT (task), "fk-anonymizer", fk_anonymizer_ref (self->anonymizer),
                          (GDestroyNotify) fk_anonymizer_unref);
  g_task_run_in_thread (task, write_key_thread);
}

static void
export_key_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  FkComparePage *self = user_data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *native;

  if (self->key_chooser != NULL || self->anonymizer == NULL)
    return;
  native = gtk_file_chooser_native_new (_("Export Anonymisation Key"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _("CSV file"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (self->export_folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), self->export_folder, NULL);
  /* Translators: the file name offered for the key; ASCII letters,
   * digits and hyphens only */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), _("anonymisation-key.csv"));
  g_signal_connect (native, "response", G_CALLBACK (on_key_chooser_response), self);
  self->key_chooser = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_show (self->key_chooser);
}

/* ---- the page ------------------------------------------------------------ */

void
fk_compare_page_init_anon (FkComparePage *self)
{
  static const GActionEntry entries[] = {
    { .name = "anonymize", .state = "false", .change_state = change_anonymize },
    { .name = "highlight", .parameter_type = "s", .state = "''", .change_state = change_highlight },
    { .name = "show-comments", .state = "false", .change_state = change_show_comments },
    { .name = "export-key", .activate = export_key_action },
  };

  self->highlight_codes = g_ptr_array_new_with_free_func (g_free);
  self->revealing_order = FK_MUNICIPALITY_ORDER_NAME;
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  if (self->view_settings != NULL)
    {
      /* Set before anything is shown: names must not flash first. */
      g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "anonymize")),
                                 g_variant_new_boolean (g_settings_get_boolean (self->view_settings, ANONYMIZE_KEY)));
      g_signal_connect (self->view_settings, "changed::" ANONYMIZE_KEY, G_CALLBACK (on_anonymize_key_changed), self);
    }
  fill_highlight_dropdown (self);
  update_anonymizer (self);
}

void
fk_compare_page_dispose_anon (FkComparePage *self)
{
  if (self->key_chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->key_chooser, self);
      gtk_native_dialog_destroy (self->key_chooser);
    }
  g_clear_object (&self->key_chooser);
  g_clear_pointer (&self->anonymizer, fk_anonymizer_unref);
  g_clear_pointer (&self->highlight_codes, g_ptr_array_unref);
}

void
fk_compare_page_anon_set_study (FkComparePage *self)
{
  g_autofree char *code = highlight_code (self);

  self->has_session_seed = FALSE;
  g_clear_pointer (&self->anonymizer, fk_anonymizer_unref);
  /* A code of another study's region is dropped. */
  if (code != NULL && (self->study == NULL || fk_region_lookup (fk_study_get_region (self->study), code) == NULL))
    g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "highlight")),
                               g_variant_new_string (""));
  fill_highlight_dropdown (self);
  update_anonymizer (self);
}

void
fk_compare_page_anon_study_changed (FkComparePage       *self,
                                    const FkStudyChange *change)
{
  /* A new seed (another program, or the first one stored): new letters.
   * Not while the page itself stores one. */
  if ((change->what & FK_STUDY_CHANGE_METADATA) && !self->making_anonymizer && self->anonymizer != NULL)
    update_anonymizer (self);
}
