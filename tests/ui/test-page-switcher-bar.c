/* test-page-switcher-bar.c — the window's bottom view switcher at narrow widths
 *
 * Seven pages with the app's longest (Swedish) names in a 360 px window:
 * the visible page's name is shown whole (not ellipsized), the others
 * show their icon and name themselves in a tooltip; a button shows its
 * page and follows the stack when something else switches it. */
#include "config.h"

#include "fk-page-switcher-bar.h"
#include "shell-test-util.h"

#include <adwaita.h>

static const char *const titles[] = { "Översikt", "Bedömning", "Profil", "Jämför", "Kandidater", "Scenarier", "Insamling" };

static GtkWidget *
button_for (FkPageSwitcherBar *bar,
            const char        *tooltip)
{
  GtkWidget *found = shell_test_find_matching (GTK_WIDGET (bar), shell_test_is_a, GSIZE_TO_POINTER (GTK_TYPE_TOGGLE_BUTTON));

  for (; found != NULL; found = gtk_widget_get_next_sibling (found))
    if (g_strcmp0 (gtk_widget_get_tooltip_text (found), tooltip) == 0)
      return found;
  return NULL;
}

static GtkLabel *
label_of (GtkWidget *button)
{
  return GTK_LABEL (shell_test_find_matching (button, shell_test_is_a, GSIZE_TO_POINTER (GTK_TYPE_LABEL)));
}

static void
assert_only_visible_named (FkPageSwitcherBar *bar,
                           AdwViewStack      *stack)
{
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkWidget *button = button_for (bar, titles[i]);
      GtkLabel *label;
      gboolean shown;

      g_assert_nonnull (button);
      label = label_of (button);
      shown = g_strcmp0 (adw_view_stack_get_visible_child_name (stack), titles[i]) == 0;
      g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)) == shown);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (label)) == shown);
      if (shown)
        {
          /* The whole name, in the width it got. */
          g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (label)), >=,
                           ({ int nat; gtk_widget_measure (GTK_WIDGET (label), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat, NULL, NULL); nat; }));
        }
    }
}

static void
test_narrow (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  AdwViewStack *stack = ADW_VIEW_STACK (adw_view_stack_new ());
  FkPageSwitcherBar *bar = FK_PAGE_SWITCHER_BAR (fk_page_switcher_bar_new ());

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    adw_view_stack_add_titled_with_icon (stack, gtk_label_new (titles[i]), titles[i], titles[i], "view-grid-symbolic");
  gtk_widget_set_vexpand (GTK_WIDGET (stack), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (stack));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (bar));
  fk_page_switcher_bar_set_stack (bar, stack);
  fk_page_switcher_bar_set_reveal (bar, TRUE);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 600);
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (window);
  g_assert_cmpint (gtk_widget_get_width (window), <=, 360);

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      /* A click shows the page. */
      g_signal_emit_by_name (button_for (bar, titles[i]), "clicked");
      gtk_test_widget_wait_for_draw (window);
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, titles[i]);
      assert_only_visible_named (bar, stack);
    }
  /* Switched from elsewhere (Alt+1): the bar follows. */
  adw_view_stack_set_visible_child_name (stack, titles[1]);
  gtk_test_widget_wait_for_draw (window);
  assert_only_visible_named (bar, stack);
  /* A click on the page shown leaves it shown. */
  g_signal_emit_by_name (button_for (bar, titles[1]), "clicked");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, titles[1]);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button_for (bar, titles[1]))));
  shell_test_save_png (window, "page-switcher-bar-360.png");
  shell_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/ui/page-switcher-bar/narrow", test_narrow);
  return g_test_run ();
}
