/* test-window-sizes.c — the window shrinks and grows freely, and every
 * page changes its layout with it
 *
 * A window shown at 1920 px can be made 360 px wide (the minimum width of
 * its content is at most that, whatever layout the pages are in), each page
 * fits there in its narrow layout, and goes back to its wide layout when
 * the window is widened again. The narrow profile is one scrolling page
 * whose tables have all the height they need.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fk-overview-page.h"
#include "fk-profile-view.h"
#include "fk-scoring-view.h"
#include "fk-split-box.h"
#include "fk-window.h"
#include "shell-test-util.h"

static char *tmpdir;

static void
resize (FkWindow *window,
        int       width,
        int       height)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  /* The first frame takes the new size, the next ones lay it out. */
  for (int i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

static int
min_width (GtkWidget *widget)
{
  int minimum;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static GtkWidget *
show_page (FkWindow   *window,
           const char *name,
           GType       type)
{
  GtkWidget *page = shell_test_find_descendant (GTK_WIDGET (window), type);

  g_assert_nonnull (page);
  fk_window_set_visible_page (window, name);
  for (int i = 0; i < 2; i++)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (page));
  return page;
}

/* Whether the page's layout is the wide one. */
static gboolean
overview_is_wide (GtkWidget *page)
{
  GtkWidget *columns = shell_test_template_child (page, FK_TYPE_OVERVIEW_PAGE, "columns");

  return fk_split_box_get_wide (FK_SPLIT_BOX (columns));
}

static gboolean
profile_is_wide (GtkWidget *page)
{
  GtkWidget *split = shell_test_template_child (page, FK_TYPE_PROFILE_VIEW, "chart_and_tables");

  return fk_split_box_get_wide (FK_SPLIT_BOX (split));
}

/* The page fits its width: nothing in it needs more than it has. */
static void
assert_fits (GtkWidget *page)
{
  GtkWidget *child = gtk_widget_get_first_child (page);

  g_assert_nonnull (child);
  g_assert_cmpint (min_width (child), <=, gtk_widget_get_width (page));
}

static void
test_window_resizes (void)
{
  g_autoptr(FkStudy) study = shell_test_create_scored_study (tmpdir, "sizes.fkarta");
  FkWindow *window = fk_window_new (NULL, study);
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  GtkWidget *overview, *scoring, *profile;
  GtkWidget *tables, *page_scroller;
  int tables_min, tables_nat;

  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Wide: every page in its wide layout. */
  overview = show_page (window, "overview", FK_TYPE_OVERVIEW_PAGE);
  g_assert_true (overview_is_wide (overview));
  scoring = show_page (window, "scoring", FK_TYPE_SCORING_VIEW);
  profile = show_page (window, "profile", FK_TYPE_PROFILE_VIEW);
  g_assert_true (profile_is_wide (profile));
  g_assert_cmpint (gtk_widget_get_width (profile), >=, 1800);

  /* Shown wide, the window can still be made as narrow as a phone. */
  g_assert_cmpint (min_width (content), <=, 360);

  resize (window, 360, 720);
  g_assert_cmpint (gtk_widget_get_width (profile), <=, 360);
  g_assert_false (profile_is_wide (profile));
  assert_fits (profile);
  /* One scrolling page: the tables are as tall as they need to be. */
  tables = shell_test_template_child (profile, FK_TYPE_PROFILE_VIEW, "tables_scroller");
  page_scroller = shell_test_template_child (profile, FK_TYPE_PROFILE_VIEW, "page_scroller");
  gtk_widget_measure (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (tables)), GTK_ORIENTATION_VERTICAL,
                      gtk_widget_get_width (tables), &tables_min, &tables_nat, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (tables), >=, tables_nat);
  g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page_scroller))),
                     >, gtk_widget_get_height (page_scroller));

  show_page (window, "scoring", FK_TYPE_SCORING_VIEW);
  g_assert_cmpint (gtk_widget_get_width (scoring), <=, 360);
  g_assert_cmpint (min_width (scoring), <=, gtk_widget_get_width (scoring));

  show_page (window, "overview", FK_TYPE_OVERVIEW_PAGE);
  g_assert_cmpint (gtk_widget_get_width (overview), <=, 360);
  g_assert_false (overview_is_wide (overview));
  assert_fits (overview);
  g_assert_cmpint (min_width (content), <=, 360);

  /* And back. */
  resize (window, 1920, 1080);
  g_assert_true (overview_is_wide (overview));
  show_page (window, "profile", FK_TYPE_PROFILE_VIEW);
  g_assert_true (profile_is_wide (profile));
  g_assert_cmpint (min_width (content), <=, 360);

  shell_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tmpdir = shell_test_setup_tmpdir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

  g_test_add_func ("/ui/window-sizes/resize", test_window_resizes);

  ret = g_test_run ();
  shell_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return ret;
}
