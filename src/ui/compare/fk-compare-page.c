/* fk-compare-page.c — the Compare page: every municipality side by side
 *
 * A measure and a round, the orders, the grouping, "View options" and
 * Export above the heatmap (FkHeatmapView), which scrolls. The palette
 * follows Preferences (GSettings "palette"); the arrangement is the
 * "compare" actions of fk-compare-page-options.c. The round chooser
 * follows the study's rounds at once; the heatmap itself recomputes only
 * while shown.
 *
 * The heatmap or the same values as a table ("compare.view"), and the
 * side panel of an activated capability: fk-compare-page-detail.c.
 *
 * Anonymised views (letters instead of names, one name highlighted, the
 * key): fk-compare-page-anon.c.
 *
 * Export (compare.export, Ctrl+E while the page is shown) asks for a file
 * and writes the heatmap shown (fk-heatmap-export.c) in a worker thread;
 * the page's own toast overlay says how it went, since the window has
 * none and the page knows the file.
 */
#define G_LOG_DOMAIN "fk-compare-page"
#include "config.h"
#include "fk-compare-page-private.h"
#include "fk-content-language.h"
#include "fk-error.h"
#include "fk-heatmap-export.h"
#include "fk-measure.h"
#include "fk-round-choice.h"
#include "fk-wrap-layout.h"

#include <glib/gi18n.h>

#define PALETTE_KEY "palette"

G_DEFINE_FINAL_TYPE (FkComparePage, fk_compare_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STUDY,
  PROP_PRESENTING,
  PROP_ANONYMIZER,
  PROP_SHOW_COMMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
fk_compare_page_update_palette (FkComparePage *self)
{
  g_autofree char *name = NULL;
  FkPalette palette = FK_PALETTE_DEFAULT;

  if (self->settings != NULL)
    {
      name = g_settings_get_string (self->settings, PALETTE_KEY);
      palette = fk_palette_from_string (name);
    }
  fk_heatmap_view_set_palette (self->heatmap, fk_compare_page_presentation_palette (self, palette));
}

static gint64
selected_round_id (FkComparePage *self)
{
  return fk_round_choice_get_selected (self->round_dropdown, self->round_ids);
}

/* The study's rounds, keeping the one chosen; else the latest. */
static void
fill_rounds (FkComparePage *self)
{
  self->updating = TRUE;
  fk_round_choice_fill (self->round_dropdown, self->round_ids, self->study);
  self->updating = FALSE;
  fk_heatmap_view_set_round_id (self->heatmap, selected_round_id (self));
  fk_compare_page_update_views (self);
}

static void
on_study_changed (FkStudy             *study,
                  const FkStudyChange *change,
                  FkComparePage       *self)
{
  if (change->what & FK_STUDY_CHANGE_ROUNDS)
    fill_rounds (self);
  fk_compare_page_anon_study_changed (self, change);
}

static void
on_measure_selected (FkComparePage *self)
{
  guint pos = gtk_drop_down_get_selected (self->measure_dropdown);

  if (pos < FK_N_MEASURES)
    fk_heatmap_view_set_measure (self->heatmap, (FkMeasure) pos);
  fk_compare_page_update_overlays (self);
}

static void
on_round_selected (FkComparePage *self)
{
  if (!self->updating)
    {
      fk_heatmap_view_set_round_id (self->heatmap, selected_round_id (self));
      fk_compare_page_update_views (self);
    }
}

void
fk_compare_page_select_round (FkComparePage *self,
                              gint64         round_id)
{
  fk_round_choice_select (self->round_dropdown, self->round_ids, round_id);
}

/* ---- export ---------------------------------------------------------------- */

static const FkRound *
shown_round (FkComparePage *self)
{
  gint64 round_id = selected_round_id (self);
  GPtrArray *rounds = self->study != NULL ? fk_study_get_rounds (self->study) : NULL;

  for (guint i = 0; rounds != NULL && i < rounds->len; i++)
    if (((const FkRound *) g_ptr_array_index (rounds, i))->id == round_id)
      return g_ptr_array_index (rounds, i);
  return NULL;
}

/* Something to export, and no export under way. */
static void
update_export_enabled (FkComparePage *self)
{
  GAction *export = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "export");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (export),
                               !self->exporting && fk_heatmap_view_get_layout (self->heatmap) != NULL);
}

/* Toast titles are Pango markup in libadwaita 1.2: file names and error
 * messages are escaped. */
static void
show_toast (FkComparePage *self,
            AdwToast      *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  FkComparePage *self = FK_COMPARE_PAGE (source);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (!fk_compare_page_export_finish (self, result, &error)
      && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;  /* the page went away */
  self->exporting = FALSE;
  update_export_enabled (self);

  name = fk_figure_export_escaped_name (file);
  title = g_strdup_printf (_("Heatmap exported to “%s”"), name);
  show_toast (self, fk_figure_export_done_toast (file, error, title, "compare.open-file"));
}

static void
on_export_file_chosen (GFile           *file,
                       FkHeatmapFormat  format,
                       gboolean         extension_added,
                       gpointer         user_data)
{
  FkComparePage *self = user_data;
  AdwToast *toast;

  g_clear_object (&self->chooser);
  if (file == NULL)
    return;
  g_clear_object (&self->export_folder);
  self->export_folder = g_file_get_parent (file);
  /* The chooser asked before replacing the name typed, not this one. */
  if (extension_added && (toast = fk_figure_export_exists_toast (file)) != NULL)
    {
      show_toast (self, toast);
      return;
    }
  self->exporting = TRUE;
  update_export_enabled (self);
  fk_compare_page_export_async (self, file, format, self->export_cancellable,
                                on_export_done, g_object_ref (file));
}

static void
export_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  FkComparePage *self = user_data;
  const FkRound *round = shown_round (self);
  FkRoundSnapshot *baseline;
  g_autofree char *name = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->chooser != NULL)
    return;
  baseline = fk_heatmap_view_get_baseline (self->heatmap);
  name = fk_heatmap_export_suggest_name (fk_heatmap_view_get_options (self->heatmap)->grid,
                                         fk_heatmap_view_get_measure (self->heatmap),
                                         baseline != NULL ? fk_round_snapshot_get_round_name (baseline) : NULL,
                                         round != NULL ? round->name : NULL,
                                         self->anonymizer != NULL, FK_HEATMAP_FORMAT_PNG);
  self->chooser = fk_heatmap_export_choose_file (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                 self->export_folder, name, on_export_file_chosen, self);
}

/* The toast's Open. */
static void
open_file_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  fk_figure_export_open_uri (GTK_WIDGET (user_data), g_variant_get_string (parameter, NULL));
}

/* ---- the class ------------------------------------------------------------ */

static void
fk_compare_page_dispose (GObject *object)
{
  FkComparePage *self = FK_COMPARE_PAGE (object);

  g_cancellable_cancel (self->export_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  fk_compare_page_dispose_anon (self);
  fk_compare_page_dispose_options (self);
  fk_compare_page_dispose_views (self);
  fk_compare_page_dispose_presentation (self);
  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "compare", NULL);
  /* The bin's child is a template child: unparented here, or both the
   * template and AdwBin would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_COMPARE_PAGE);
  g_clear_object (&self->study);

  G_OBJECT_CLASS (fk_compare_page_parent_class)->dispose (object);
}

static void
fk_compare_page_finalize (GObject *object)
{
  FkComparePage *self = FK_COMPARE_PAGE (object);

  g_array_unref (self->round_ids);
  g_clear_object (&self->actions);
  g_clear_object (&self->export_cancellable);
  g_clear_object (&self->export_folder);

  G_OBJECT_CLASS (fk_compare_page_parent_class)->finalize (object);
}

static void
fk_compare_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FkComparePage *self = FK_COMPARE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      g_value_set_object (value, self->study);
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, fk_compare_page_get_presenting (self));
      break;
    case PROP_ANONYMIZER:
      g_value_set_boxed (value, self->anonymizer);
      break;
    case PROP_SHOW_COMMENTS:
      g_value_set_boolean (value, self->anonymizer != NULL && fk_compare_page_state_boolean (self, "show-comments"));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_compare_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FkComparePage *self = FK_COMPARE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      fk_compare_page_set_study (self, g_value_get_object (value));
      break;
    case PROP_PRESENTING:
      fk_compare_page_set_presenting (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_compare_page_class_init (FkComparePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_compare_page_dispose;
  object_class->finalize = fk_compare_page_finalize;
  object_class->get_property = fk_compare_page_get_property;
  object_class->set_property = fk_compare_page_set_property;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL, FK_TYPE_STUDY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Notified by fk-compare-page-presentation.c. */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The page's one anonymizer (NULL with names) and whether comments
   * show with it: the window hands them to the Candidates page, so both
   * pages show the same letters. Notified by fk-compare-page-anon.c. */
  properties[PROP_ANONYMIZER] =
    g_param_spec_boxed ("anonymizer", NULL, NULL, FK_TYPE_ANONYMIZER,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_COMMENTS] =
    g_param_spec_boolean ("show-comments", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FK_TYPE_HEATMAP_VIEW);
  g_type_ensure (FK_TYPE_WRAP_BOX);
  g_type_ensure (FK_TYPE_HEATMAP_TABLE);
  g_type_ensure (FK_TYPE_CAPABILITY_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-compare-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, measure_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, round_label);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, round_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, order_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, name_orders);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, letter_orders);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, group_check);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, highlight_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, highlight_label);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, capability_order_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, low_check);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, overlay_target_check);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, overlay_sustain_check);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, heatmap);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, notice);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, notice_label);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, flap);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, table);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, panel);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, change_toggle);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, from_box);
  gtk_widget_class_bind_template_child (widget_class, FkComparePage, from_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_measure_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_round_selected);
  gtk_widget_class_bind_template_callback (widget_class, fk_compare_page_on_order_selected);
  gtk_widget_class_bind_template_callback (widget_class, fk_compare_page_on_capability_order_selected);
  gtk_widget_class_bind_template_callback (widget_class, fk_compare_page_on_from_selected);
  gtk_widget_class_bind_template_callback (widget_class, fk_compare_page_on_highlight_selected);
}

static void
fk_compare_page_init (FkComparePage *self)
{
  static const GActionEntry entries[] = {
    { .name = "export", .activate = export_action },
    { .name = "open-file", .activate = open_file_action, .parameter_type = "s" },
  };
  g_autoptr(GtkStringList) measures = gtk_string_list_new (NULL);
  GtkEventController *shortcuts;

  self->round_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->export_cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "compare", G_ACTION_GROUP (self->actions));
  fk_compare_page_init_options (self);
  fk_compare_page_init_anon (self);
  fk_compare_page_init_detail (self);
  fk_compare_page_init_views (self);
  fk_compare_page_init_presentation (self);

  /* Managed by the window, so Ctrl+E works wherever the focus is (the
   * view switcher too), but only while the page is shown: GTK skips
   * the shortcuts of unmapped widgets. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_e, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("compare.export")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  for (int m = 0; m < FK_N_MEASURES; m++)
    gtk_string_list_append (measures, fk_measure_get_label ((FkMeasure) m));
  gtk_drop_down_set_model (self->measure_dropdown, G_LIST_MODEL (measures));
  gtk_drop_down_set_selected (self->measure_dropdown, FK_MEASURE_CURRENT);

  /* Without an installed schema (an uninstalled run) the default palette. */
  self->settings = fk_settings_try_new (PALETTE_KEY);
  if (self->settings != NULL)
    g_signal_connect_swapped (self->settings, "changed::" PALETTE_KEY,
                              G_CALLBACK (fk_compare_page_update_palette), self);
  fk_compare_page_update_palette (self);

  g_signal_connect_swapped (self->heatmap, "layout-changed", G_CALLBACK (update_export_enabled), self);
  update_export_enabled (self);
}

GtkWidget *
fk_compare_page_new (void)
{
  return g_object_new (FK_TYPE_COMPARE_PAGE, NULL);
}

FkStudy *
fk_compare_page_get_study (FkComparePage *self)
{
  g_return_val_if_fail (FK_IS_COMPARE_PAGE (self), NULL);
  return self->study;
}

void
fk_compare_page_set_study (FkComparePage *self,
                           FkStudy       *study)
{
  g_return_if_fail (FK_IS_COMPARE_PAGE (self));
  g_return_if_fail (study == NULL || FK_IS_STUDY (study));

  if (self->study == study)
    return;
  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);
  g_set_object (&self->study, study);
  if (study != NULL)
    g_signal_connect_object (study, "changed", G_CALLBACK (on_study_changed), self, 0);

  g_array_set_size (self->round_ids, 0);
  /* The anonymizer first: the new study's names must never show. */
  fk_compare_page_anon_set_study (self);
  fill_rounds (self);
  fk_heatmap_view_set_study (self->heatmap, study);
  update_export_enabled (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDY]);
}

FkHeatmapView *
fk_compare_page_get_heatmap (FkComparePage *self)
{
  g_return_val_if_fail (FK_IS_COMPARE_PAGE (self), NULL);
  return self->heatmap;
}

void
fk_compare_page_export_async (FkComparePage       *self,
                              GFile               *file,
                              FkHeatmapFormat      format,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  FkRoundSnapshot *snapshot;

  g_return_if_fail (FK_IS_COMPARE_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  /* What is shown now, even behind the table. */
  fk_heatmap_view_ensure_current (self->heatmap);
  snapshot = fk_heatmap_view_get_snapshot (self->heatmap);
  if (snapshot == NULL || fk_heatmap_view_get_layout (self->heatmap) == NULL)
    {
      g_task_report_new_error (self, callback, user_data, fk_compare_page_export_async,
                               FK_ERROR, FK_ERROR_NOT_FOUND,
                               _("There is no heatmap to export: the study has no assessment round."));
      return;
    }
  fk_heatmap_export_async (snapshot,
                           fk_heatmap_view_get_measure (self->heatmap),
                           fk_heatmap_view_get_palette (self->heatmap),
                           fk_content_language (self->study),
                           fk_heatmap_view_get_options (self->heatmap),
                           file, format, self, cancellable, callback, user_data);
}

gboolean
fk_compare_page_export_finish (FkComparePage  *self,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (FK_IS_COMPARE_PAGE (self), FALSE);

  if (g_async_result_is_tagged (result, fk_compare_page_export_async))
    return g_task_propagate_boolean (G_TASK (result), error);
  return fk_heatmap_export_finish (result, error);
}
