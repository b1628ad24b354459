/* test-shortcuts.c — the shortcuts window lists every key the scoring
 * view binds
 *
 * Reads the view's class shortcuts from the shortcut controller every
 * instance gets, and the accelerators of the shortcuts window
 * (gtk/help-overlay.ui in the GResource), and checks that each key and
 * modifier combination bound in the view is shown there. A keypad digit
 * counts as its digit: the window shows "0...5" for both.
 */
#include "config.h"

#include <adwaita.h>

#include "fk-scoring-view.h"
#include "shell-test-util.h"

typedef struct {
  guint           keyval;
  GdkModifierType mods;
} Accel;

static guint
normalize_keyval (guint keyval)
{
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return GDK_KEY_0 + (keyval - GDK_KEY_KP_0);
  return gdk_keyval_to_lower (keyval);
}

/* One accelerator of a GtkShortcutsShortcut: "<ctrl>z", or a range as
 * "0...5" or "<shift>0...5". */
static void
add_accelerator (GArray     *accels,
                 const char *text)
{
  const char *dots = strstr (text, "...");
  guint first, last;
  GdkModifierType mods;

  if (dots != NULL)
    {
      g_autofree char *start = g_strndup (text, dots - text);
      GdkModifierType end_mods;

      g_assert_true (gtk_accelerator_parse (start, &first, &mods));
      g_assert_true (gtk_accelerator_parse (dots + 3, &last, &end_mods));
      /* "<shift>0...5" puts the modifier on the first key only. */
      g_assert_cmpuint (last, >=, first);
    }
  else
    {
      g_assert_true (gtk_accelerator_parse (text, &first, &mods));
      last = first;
    }
  for (guint k = first; k <= last; k++)
    {
      Accel a = { normalize_keyval (k), mods };

      g_array_append_val (accels, a);
    }
}

static GArray *
shortcuts_window_accels (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/se/fyrbodal/Formagekarta/gtk/help-overlay.ui");
  GArray *accels = g_array_new (FALSE, FALSE, sizeof (Accel));
  GSList *objects = gtk_builder_get_objects (builder);
  GtkWidget *window = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      g_auto(GStrv) parts = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, NULL);
      if (accelerator == NULL)
        continue;
      parts = g_strsplit (accelerator, " ", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        if (*parts[i] != '\0')
          add_accelerator (accels, parts[i]);
    }
  g_slist_free (objects);
  g_assert_nonnull (window);
  /* GTK keeps the window (a toplevel) once the builder lets go of it. */
  g_clear_object (&builder);
  shell_test_destroy_window (window);
  return accels;
}

static gboolean
shown (GArray          *accels,
       guint            keyval,
       GdkModifierType  mods)
{
  for (guint i = 0; i < accels->len; i++)
    {
      const Accel *a = &g_array_index (accels, Accel, i);

      if (a->keyval == normalize_keyval (keyval) && a->mods == mods)
        return TRUE;
    }
  return FALSE;
}

static void
test_scoring_keys_listed (void)
{
  g_autoptr(GArray) accels = shortcuts_window_accels ();
  GtkWidget *view = g_object_ref_sink (fk_scoring_view_new ());
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);
  g_autoptr(GString) missing = g_string_new (NULL);
  guint n_checked = 0;

  g_assert_cmpuint (accels->len, >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          guint keyval;
          GdkModifierType mods;

          /* Only the view's own keys (its "scoring." actions). */
          if (!GTK_IS_NAMED_ACTION (action) ||
              !g_str_has_prefix (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "scoring."))
            continue;
          g_assert_true (GTK_IS_KEYVAL_TRIGGER (trigger));
          keyval = gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger));
          mods = gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger));
          n_checked++;
          if (!shown (accels, keyval, mods))
            {
              g_autofree char *name = gtk_accelerator_name (keyval, mods);

              g_string_append_printf (missing, " %s (%s)", name,
                                      gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
            }
        }
    }

  /* The view binds digits, n, arrows, j/k, undo and redo at least. */
  g_assert_cmpuint (n_checked, >=, 20);
  if (missing->len > 0)
    g_error ("Keys bound in the scoring view but not in the shortcuts window:%s", missing->str);

  g_assert_finalize_object (view);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/shortcuts/scoring-keys-listed", test_scoring_keys_listed);

  return g_test_run ();
}
