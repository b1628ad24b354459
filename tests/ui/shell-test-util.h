/* shell-test-util.h — helpers shared by the application shell's widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>

#include "fk-core.h"
#include "fk-scoring-view.h"

/* A temporary folder; XDG_DATA_HOME points into it so that neither the
 * default study nor recently-used.xbel touch the real home. Call before
 * gtk_test_init. */
G_GNUC_UNUSED static char *
shell_test_setup_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("fk-ui-test-XXXXXX", &error);
  g_autofree char *data = NULL;

  g_assert_no_error (error);
  data = g_build_filename (dir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  return dir;
}

/* The application's style sheet, which AdwApplication loads from its
 * resource base path: for widgets tested without the application, so
 * that they look as they do in it. Call after gtk_test_init. */
G_GNUC_UNUSED static void
shell_test_load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/se/fyrbodal/Formagekarta/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* Destroys @window and checks that it is finalised: nothing (a signal
 * handler, a binding, a cycle) keeps it alive. For windows the test owns,
 * as libadwaita's widget tests end. */
G_GNUC_UNUSED static void
shell_test_destroy_window (gpointer window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

G_GNUC_UNUSED static gboolean
shell_test_flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds: for waiting out an animation
 * (a widget destroyed while one runs can leak it), never to wait for
 * work, which tests wait for by its signal or state. */
G_GNUC_UNUSED static void
shell_test_wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, shell_test_flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

G_GNUC_UNUSED static void
shell_test_remove_tree (const char *path)
{
  GDir *dir;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      const char *name;

      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          shell_test_remove_tree (child);
        }
      g_clear_pointer (&dir, g_dir_close);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/* Every GtkLabel under @widget, depth first. */
static void
shell_test_collect_labels_into (GtkWidget *widget,
                                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    shell_test_collect_labels_into (child, labels);
}

G_GNUC_UNUSED static GPtrArray *
shell_test_collect_labels (GtkWidget *widget)
{
  GPtrArray *labels = g_ptr_array_new ();

  shell_test_collect_labels_into (widget, labels);
  return labels;
}

/* The first label under @widget whose text is exactly @text, or NULL. */
G_GNUC_UNUSED static GtkLabel *
shell_test_find_label (GtkWidget  *widget,
                       const char *text)
{
  g_autoptr(GPtrArray) labels = shell_test_collect_labels (widget);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
      return labels->pdata[i];
  return NULL;
}

/* The first visible toplevel window of @type (a dialog, a chooser), or
 * NULL. (transfer none): GTK's list holds it. */
G_GNUC_UNUSED static GtkWidget *
shell_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      GtkWidget *w = g_list_model_get_item (toplevels, i);

      g_object_unref (w);  /* the list holds it */
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (w))
        return w;
    }
  return NULL;
}

/* For shell_test_find_matching(): a label whose text starts with @prefix. */
G_GNUC_UNUSED static gboolean
shell_test_has_label_prefix (GtkWidget     *widget,
                             gconstpointer  prefix)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix);
}

G_GNUC_UNUSED static guint
shell_test_count_labels (GtkWidget  *widget,
                         const char *text)
{
  g_autoptr(GPtrArray) labels = shell_test_collect_labels (widget);
  guint n = 0;

  for (guint i = 0; i < labels->len; i++)
    n += g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0;
  return n;
}

/* The closest ancestor of @widget of @type, or NULL. */
G_GNUC_UNUSED static GtkWidget *
shell_test_find_ancestor (GtkWidget *widget,
                          GType      type)
{
  return gtk_widget_get_ancestor (widget, type);
}

typedef gboolean (*ShellTestMatch) (GtkWidget     *widget,
                                    gconstpointer  data);

/* The first descendant of @widget (depth first) that @match accepts, or NULL. */
G_GNUC_UNUSED static GtkWidget *
shell_test_find_matching (GtkWidget      *widget,
                          ShellTestMatch  match,
                          gconstpointer   data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (match (child, data))
        return child;
      if ((found = shell_test_find_matching (child, match, data)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
shell_test_is_a (GtkWidget     *widget,
                 gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

/* The first descendant of @widget (depth first) of @type, or NULL. */
G_GNUC_UNUSED static GtkWidget *
shell_test_find_descendant (GtkWidget *widget,
                            GType      type)
{
  return shell_test_find_matching (widget, shell_test_is_a, GSIZE_TO_POINTER (type));
}

/* The template child @name of @widget's class @type; fails the test if absent. */
G_GNUC_UNUSED static GtkWidget *
shell_test_template_child (GtkWidget  *widget,
                           GType       type,
                           const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

/* Saves what @widget shows as @name in $FK_TEST_OUTPUT_DIR, when set: the
 * screenshots a person looks at after a test run. */
G_GNUC_UNUSED static void
shell_test_save_png (GtkWidget  *widget,
                     const char *name)
{
  const char *dir = g_getenv ("FK_TEST_OUTPUT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;

  if (dir == NULL)
    return;
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node, NULL);
  path = g_build_filename (dir, name, NULL);
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* Sets the current and target level of one score in the latest round. */
G_GNUC_UNUSED static void
shell_test_set_levels (FkStudy    *study,
                       const char *code,
                       const char *capability,
                       int         current,
                       int         target)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) score = fk_score_new (fk_study_get_latest_round (study)->id, code, capability);

  score->current = current;
  score->target = target;
  fk_study_set_score (study, score, &error);
  g_assert_no_error (error);
}

/* A new study of @model (NULL: the built-in one) and @region (NULL: the
 * built-in one) in @dir, its content in @language. */
G_GNUC_UNUSED static FkStudy *
shell_test_create_study_of (const char *dir,
                            const char *file_name,
                            const char *title,
                            FkModel    *model,
                            FkRegion   *region,
                            const char *language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) default_model = NULL;
  g_autoptr(FkRegion) default_region = NULL;
  g_autofree char *path = g_build_filename (dir, file_name, NULL);
  FkStudy *study;

  if (model == NULL)
    {
      default_model = fk_model_new_default (&error);
      g_assert_no_error (error);
      model = default_model;
    }
  if (region == NULL)
    {
      default_region = fk_region_new_default (&error);
      g_assert_no_error (error);
      region = default_region;
    }
  study = fk_study_create (path, model, region, title, language, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (study);
  return study;
}

/* A new study with the built-in model, in @dir, in English. */
G_GNUC_UNUSED static FkStudy *
shell_test_create_study (const char *dir,
                         const char *file_name,
                         const char *title,
                         FkRegion   *region)
{
  return shell_test_create_study_of (dir, file_name, title, NULL, region, "en");
}

/* A 1000 × 700 window showing the Scoring page of @study on its own
 * (no application); the page in @view. Destroy with
 * shell_test_destroy_window(). */
G_GNUC_UNUSED static GtkWidget *
shell_test_show_scoring_view (FkStudy    *study,
                              GtkWidget **view)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  *view = fk_scoring_view_new ();
  g_object_set (*view, "study", study, NULL);
  gtk_window_set_child (GTK_WINDOW (window), *view);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* The message dialog shown, or NULL. */
G_GNUC_UNUSED static AdwMessageDialog *
shell_test_find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* Activates the shortcut for @keyval with @mods among @widget's own
 * controllers, capture phase first, as GTK would (GTK 4 has no public
 * way to make a key event); TRUE if one handled it. */
G_GNUC_UNUSED static gboolean
shell_test_press (gpointer        widget,
                  guint           keyval,
                  GdkModifierType mods)
{
  static const GtkPropagationPhase phases[] = { GTK_PHASE_CAPTURE, GTK_PHASE_BUBBLE, GTK_PHASE_TARGET };
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint k = 0; k < G_N_ELEMENTS (phases); k++)
    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (!GTK_IS_SHORTCUT_CONTROLLER (controller)
            || gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) != phases[k])
          continue;
        for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
          {
            g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
            GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

            if (GTK_IS_KEYVAL_TRIGGER (trigger)
                && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
                && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods
                && gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                 GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                 gtk_shortcut_get_arguments (shortcut)))
              return TRUE;
          }
      }
  return FALSE;
}

/* The label of the item of @menu (or of its sections and submenus) that
 * activates @action, or NULL. */
G_GNUC_UNUSED static char *
shell_test_menu_action_label (GMenuModel *menu,
                   const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SUBMENU);
      char *label = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        {
          g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
          return label;
        }
      if ((section != NULL && (label = shell_test_menu_action_label (section, action)) != NULL) ||
          (submenu != NULL && (label = shell_test_menu_action_label (submenu, action)) != NULL))
        return label;
    }
  return NULL;
}

/* A widget whose "text" is @text: the menu's items, as GtkPopoverMenu
 * builds them from its model (without the mnemonic's underscore). */
G_GNUC_UNUSED static gboolean
shell_test_has_text (GtkWidget     *widget,
          gconstpointer  text)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "text");
  g_autofree char *value = NULL;

  if (pspec == NULL || pspec->value_type != G_TYPE_STRING)
    return FALSE;
  g_object_get (widget, "text", &value, NULL);
  return g_strcmp0 (value, text) == 0;
}

/* Whether the window's main menu offers @action: its item is there and
 * sensitive. (GTK has no getter for a widget action's enabled state; the
 * menu item shows it.) */
G_GNUC_UNUSED static gboolean
shell_test_menu_offers (GtkWidget  *window,
                        const char *action)
{
  GtkWidget *menu_button = shell_test_find_descendant (window, GTK_TYPE_MENU_BUTTON);
  g_autofree char *label = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *text = NULL;
  GtkWidget *item;

  g_assert_nonnull (menu_button);
  label = shell_test_menu_action_label (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)), action);
  g_assert_nonnull (label);
  parts = g_strsplit (label, "_", -1);
  text = g_strjoinv ("", parts);
  item = shell_test_find_matching (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button))),
                                   shell_test_has_text, text);
  g_assert_nonnull (item);
  return gtk_widget_get_sensitive (item);
}

/* One application for the tests that need it (it can be registered once
 * per process), opening files, several instances allowed. Needs
 * fk-application.h included before this header. */
#ifdef FK_TYPE_APPLICATION
G_GNUC_UNUSED static FkApplication *
shell_test_get_application (void)
{
  static FkApplication *app;

  if (app == NULL)
    {
      g_autoptr(GError) error = NULL;

      app = fk_application_new ();
      g_application_set_flags (G_APPLICATION (app),
                               G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }
  return app;
}
#endif
