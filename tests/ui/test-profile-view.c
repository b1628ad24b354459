/* test-profile-view.c — the profile page shows core's strengths and
 * weaknesses, an empty state, follows the study, and shows file text
 * literally. Set FK_TEST_OUTPUT_DIR to keep a PNG of the page. */
#include "fk-profile-view.h"
#include "fk-test-util.h"
#include "fk-radar-view.h"
#include "fk-core.h"
#include "shell-test-util.h"

#include <adwaita.h>
#include <glib/gstdio.h>

/* Bengtsfors' name is markup-looking on purpose: it must show as typed. */
static const char region_json[] =
  "{\"format\": \"formagekarta-region\", \"format_version\": 1,"
  " \"id\": \"t\", \"name\": \"T\","
  " \"municipalities\": ["
  "  {\"code\": \"1460\", \"name\": \"<b>Bengtsfors</b> & Co\", \"population\": 9750},"
  "  {\"code\": \"1438\", \"name\": \"Dals-Ed\", \"population\": 4813},"
  "  {\"code\": \"1484\", \"name\": \"Lysekil\", \"population\": 14555},"
  "  {\"code\": \"1421\", \"name\": \"Orust\", \"population\": 15177},"
  "  {\"code\": \"1488\", \"name\": \"Trollhättan\", \"population\": 59058}]}";

static void
collect_labels (GtkWidget *widget,
                GPtrArray *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    {
      g_assert_false (gtk_label_get_use_markup (GTK_LABEL (widget)) &&
                      g_strstr_len (gtk_label_get_label (GTK_LABEL (widget)), -1, "Bengtsfors") != NULL);
      g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  collect_labels (widget, texts);
  for (guint i = 0; i < texts->len; i++)
    if (g_strcmp0 (g_ptr_array_index (texts, i), text) == 0)
      return TRUE;
  return FALSE;
}

static GtkWidget *
child (GtkWidget  *view,
       const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (view, FK_TYPE_PROFILE_VIEW, name));
}

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  const char *dir = g_getenv ("FK_TEST_OUTPUT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot,
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node, NULL);
  path = g_build_filename (dir, name, NULL);
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
test_profile_view (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fk-profile-view-XXXXXX", &error);
  g_autofree char *model_path = g_build_filename (g_getenv ("FK_SOURCE_ROOT"), "tests", "data", "models", "minimal.json", NULL);
  g_autofree char *path = g_build_filename (dir, "view.fkarta", NULL);
  g_autoptr(FkModel) model = fk_model_new_from_file (model_path, &error);
  g_autoptr(FkRegion) region = fk_region_new_from_data (region_json, -1, "region", &error);
  g_autoptr(FkStudy) study = NULL;
  GtkWidget *window, *view;
  FkRadarData *data;

  g_assert_no_error (error);
  study = fk_study_create (path, model, region, "View", "en", NULL, &error);
  g_assert_no_error (error);

  /* strategi: 4 2 1 5 → median 3 (Bengtsfors +1); finansiering: 1 2 3 3 → 2.5 (−1.5). */
  shell_test_set_levels (study, "1460", "styrning.strategi", 4, 5);
  shell_test_set_levels (study, "1460", "styrning.finansiering", 1, 3);
  shell_test_set_levels (study, "1460", "drift.sakerhetskopiering", FK_LEVEL_NA, FK_LEVEL_UNSET);
  shell_test_set_levels (study, "1438", "styrning.strategi", 2, 3);
  shell_test_set_levels (study, "1438", "styrning.finansiering", 2, 2);
  shell_test_set_levels (study, "1484", "styrning.strategi", 1, 2);
  shell_test_set_levels (study, "1484", "styrning.finansiering", 3, 4);
  shell_test_set_levels (study, "1488", "styrning.strategi", 5, 5);
  shell_test_set_levels (study, "1488", "styrning.finansiering", 3, 4);

  view = fk_profile_view_new ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), view);
  g_object_set (view, "study", study, NULL);
  g_assert_true (fk_profile_view_get_study (FK_PROFILE_VIEW (view)) == study);
  gtk_window_present (GTK_WINDOW (window));

  /* The first municipality is shown by default. */
  g_assert_cmpstr (fk_profile_view_get_municipality (FK_PROFILE_VIEW (view)), ==, "1460");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (view, "stack"))), ==, "profile");
  g_assert_nonnull (fk_profile_view_get_profile (FK_PROFILE_VIEW (view)));

  /* File text is literal. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (view, "name_label"))), ==, "<b>Bengtsfors</b> & Co");
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (child (view, "name_label"))));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (view, "size_label"))), ==,
                   "Small municipality (9\u202f750 inhabitants)");

  /* The lists: labelled columns, core's numbers. */
  g_assert_true (has_label (child (view, "strengths_grid"), "Capability"));
  g_assert_true (has_label (child (view, "strengths_grid"), "Regional median"));
  g_assert_true (has_label (child (view, "strengths_grid"), "Size class median"));
  g_assert_true (has_label (child (view, "strengths_grid"), "Strategy"));
  g_assert_true (has_label (child (view, "strengths_grid"), "Governance"));
  g_assert_true (has_label (child (view, "strengths_grid"), "+1"));
  g_assert_false (has_label (child (view, "strengths_grid"), "Funding"));
  g_assert_true (has_label (child (view, "weaknesses_grid"), "Funding"));
  g_assert_true (has_label (child (view, "weaknesses_grid"), "2.5"));
  g_assert_true (has_label (child (view, "weaknesses_grid"), "−1.5"));
  /* Not applicable is in neither list. */
  g_assert_false (has_label (view, "Säkerhetskopiering"));

  data = fk_radar_view_get_data (FK_RADAR_VIEW (child (view, "radar")));
  g_assert_nonnull (data);
  g_assert_cmpuint (data->axes->len, ==, 2);
  g_assert_cmpfloat (g_array_index (data->axes, FkRadarAxis, 0).current, ==, 2.5);

  gtk_test_widget_wait_for_draw (window);
  save_png (window, "profile-view.png");

  /* Nothing scored: the empty state names the municipality. */
  fk_profile_view_set_municipality (FK_PROFILE_VIEW (view), "1421");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (view, "stack"))), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (child (view, "status_page"))), ==,
                   "Nothing assessed yet for Orust");
  g_assert_null (fk_radar_view_get_data (FK_RADAR_VIEW (child (view, "radar"))));

  /* The study changes: the page follows, keeping the municipality. */
  shell_test_set_levels (study, "1421", "styrning.finansiering", 5, 5);
  g_assert_cmpstr (fk_profile_view_get_municipality (FK_PROFILE_VIEW (view)), ==, "1421");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (view, "stack"))), ==, "profile");
  g_assert_true (has_label (child (view, "strengths_grid"), "Funding"));
  g_assert_true (has_label (child (view, "weaknesses_grid"), "No capability is below the regional median."));

  /* The markup-looking name in the empty state too. */
  fk_profile_view_set_municipality (FK_PROFILE_VIEW (view), "1460");
  shell_test_set_levels (study, "1460", "styrning.strategi", FK_LEVEL_UNSET, FK_LEVEL_UNSET);
  shell_test_set_levels (study, "1460", "styrning.finansiering", FK_LEVEL_UNSET, FK_LEVEL_UNSET);
  shell_test_set_levels (study, "1460", "drift.sakerhetskopiering", FK_LEVEL_UNSET, FK_LEVEL_UNSET);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (view, "stack"))), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (child (view, "status_page"))), ==,
                   "Nothing assessed yet for <b>Bengtsfors</b> & Co");
  g_assert_true (has_label (child (view, "status_page"), "Nothing assessed yet for <b>Bengtsfors</b> & Co"));

  g_object_ref (view);
  shell_test_destroy_window (window);
  g_object_set (view, "study", NULL, NULL);
  g_assert_finalize_object (view);
  g_assert_finalize_object (g_steal_pointer (&study));

  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
    g_unlink (path);
    g_rmdir (dir);
  }
}

/* The built-in model and region: one axis per area on the chart, at most five
 * items a list. */
static void
test_default_model (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fk-profile-view-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "default.fkarta", NULL);
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = fk_region_new_default (&error);
  g_autoptr(FkStudy) study = NULL;
  GtkWidget *window, *view;
  FkProfile *profile;
  gint64 round_id;

  g_assert_no_error (error);
  study = fk_study_create (path, model, region, "Default", "sv", NULL, &error);
  g_assert_no_error (error);
  round_id = fk_study_get_latest_round (study)->id;
  fk_test_study_fill (study, round_id);

  view = fk_profile_view_new ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), view);
  fk_profile_view_set_study (FK_PROFILE_VIEW (view), study);
  gtk_window_present (GTK_WINDOW (window));

  profile = fk_profile_view_get_profile (FK_PROFILE_VIEW (view));
  g_assert_nonnull (profile);
  g_assert_cmpuint (profile->strengths->len, <=, FK_PROFILE_MAX_ITEMS);
  g_assert_cmpuint (profile->strengths->len, >, 0);
  g_assert_cmpuint (fk_radar_view_get_data (FK_RADAR_VIEW (child (view, "radar")))->axes->len, ==, model->areas->len);
  g_assert_true (has_label (child (view, "strengths_grid"),
                            fk_text_get (&fk_model_lookup (model, g_array_index (profile->strengths, FkProfileItem, 0).capability)->name, "sv")));

  gtk_test_widget_wait_for_draw (window);
  save_png (window, "profile-view-default.png");

  shell_test_destroy_window (window);
  g_clear_object (&study);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
    g_unlink (path);
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/profile-view/lists-and-states", test_profile_view);
  g_test_add_func ("/ui/profile-view/default-model", test_default_model);

  return g_test_run ();
}
