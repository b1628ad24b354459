/* test-preferences.c — the preferences take effect at once: the language
 * of model texts in the scoring, overview and profile views, the palette
 * in the profile's radar chart, numbers in the heatmap's cells. Set
 * FK_TEST_OUTPUT_DIR to keep PNGs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fk-capability-row.h"
#include "fk-compare-page.h"
#include "fk-content-language.h"
#include "fk-overview-page.h"
#include "fk-preferences-window.h"
#include "fk-profile-view.h"
#include "fk-test-util.h"
#include "fk-radar-view.h"
#include "fk-scoring-view.h"
#include "shell-test-util.h"

static char *tmpdir;

/* A Swedish study of the built-in model, every capability scored. */
static FkStudy *
create_swedish_study (const char *file_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = fk_region_new_default (&error);
  g_autofree char *path = g_build_filename (tmpdir, file_name, NULL);
  FkStudy *study;

  g_assert_no_error (error);
  study = fk_study_create (path, model, region, "Studie", "sv", NULL, &error);
  g_assert_no_error (error);
  fk_test_study_fill (study, fk_study_get_latest_round (study)->id);
  return study;
}

/* Settings signals may come through the main context. */
static void
flush_main_context (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
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
  gtk_test_widget_wait_for_draw (widget);
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
close_study (FkStudy *study)
{
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_assert_finalize_object (study);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
}

static void
test_content_language (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  FkStudy *study = create_swedish_study ("language.fkarta");
  FkModel *model = fk_study_get_model (study);
  const FkCapability *cap = g_ptr_array_index (model->capabilities, 0);
  const FkArea *area = g_ptr_array_index (model->areas, 0);
  const char *cap_sv = fk_text_get (&cap->name, "sv");
  const char *cap_en = fk_text_get (&cap->name, "en");
  const char *area_sv = fk_text_get (&area->name, "sv");
  const char *area_en = fk_text_get (&area->name, "en");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scoring = fk_scoring_view_new ();
  GtkWidget *overview = fk_overview_page_new ();
  GtkWidget *profile = fk_profile_view_new ();
  GtkWidget *radar;
  FkRadarData *data;

  /* The texts differ, or the test proves nothing. */
  g_assert_cmpstr (cap_sv, !=, cap_en);
  g_assert_cmpstr (area_sv, !=, area_en);

  g_settings_reset (settings, "export-language");
  g_assert_cmpstr (fk_content_language (study), ==, "sv");
  g_assert_cmpstr (fk_content_language (NULL), ==, fk_text_default_language ());

  gtk_box_append (GTK_BOX (box), scoring);
  gtk_box_append (GTK_BOX (box), overview);
  gtk_box_append (GTK_BOX (box), profile);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  fk_scoring_view_set_study (FK_SCORING_VIEW (scoring), study);
  fk_overview_page_set_study (FK_OVERVIEW_PAGE (overview), study);
  fk_profile_view_set_study (FK_PROFILE_VIEW (profile), study);
  gtk_window_present (GTK_WINDOW (window));
  radar = shell_test_find_descendant (profile, FK_TYPE_RADAR_VIEW);
  g_assert_nonnull (radar);

  /* "auto": the study's Swedish. */
  g_assert_nonnull (shell_test_find_label (scoring, cap_sv));
  g_assert_null (shell_test_find_label (scoring, cap_en));
  g_assert_nonnull (shell_test_find_label (overview, area_sv));
  data = fk_radar_view_get_data (FK_RADAR_VIEW (radar));
  g_assert_cmpstr (g_array_index (data->axes, FkRadarAxis, 0).label, ==, area_sv);

  /* The user picks English: every view follows at once. The row being
   * answered stays. */
  gtk_list_box_select_row (GTK_LIST_BOX (shell_test_find_ancestor (fk_scoring_view_get_row (FK_SCORING_VIEW (scoring), cap->key),
                                                                  GTK_TYPE_LIST_BOX)),
                           GTK_LIST_BOX_ROW (fk_scoring_view_get_row (FK_SCORING_VIEW (scoring), cap->key)));
  g_settings_set_string (settings, "export-language", "en");
  flush_main_context ();
  g_assert_cmpstr (fk_content_language (study), ==, "en");
  g_assert_nonnull (shell_test_find_label (scoring, cap_en));
  g_assert_null (shell_test_find_label (scoring, cap_sv));
  g_assert_nonnull (shell_test_find_label (scoring, area_en));
  g_assert_true (fk_capability_row_get_expanded (FK_CAPABILITY_ROW (fk_scoring_view_get_row (FK_SCORING_VIEW (scoring), cap->key))));
  g_assert_cmpstr (fk_scoring_view_get_municipality (FK_SCORING_VIEW (scoring)), !=, NULL);
  g_assert_nonnull (shell_test_find_label (overview, area_en));
  g_assert_null (shell_test_find_label (overview, area_sv));
  data = fk_radar_view_get_data (FK_RADAR_VIEW (radar));
  g_assert_cmpstr (g_array_index (data->axes, FkRadarAxis, 0).label, ==, area_en);
  save_png (window, "content-language-en.png");

  /* And back to Swedish. */
  g_settings_set_string (settings, "export-language", "sv");
  flush_main_context ();
  g_assert_nonnull (shell_test_find_label (scoring, cap_sv));
  g_assert_null (shell_test_find_label (scoring, cap_en));
  g_assert_nonnull (shell_test_find_label (overview, area_sv));
  data = fk_radar_view_get_data (FK_RADAR_VIEW (radar));
  g_assert_cmpstr (g_array_index (data->axes, FkRadarAxis, 0).label, ==, area_sv);

  g_settings_reset (settings, "export-language");
  flush_main_context ();
  g_assert_cmpstr (fk_content_language (study), ==, "sv");

  /* Views gone: a change reaches nobody, and warns about nothing. */
  shell_test_destroy_window (window);
  g_settings_set_string (settings, "export-language", "en");
  flush_main_context ();
  g_settings_reset (settings, "export-language");
  close_study (study);
}

static void
test_palette (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  FkStudy *study = create_swedish_study ("palette.fkarta");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *profile = fk_profile_view_new ();
  FkRadarView *radar;

  g_settings_reset (settings, "palette");
  gtk_window_set_child (GTK_WINDOW (window), profile);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  fk_profile_view_set_study (FK_PROFILE_VIEW (profile), study);
  gtk_window_present (GTK_WINDOW (window));
  radar = FK_RADAR_VIEW (shell_test_find_descendant (profile, FK_TYPE_RADAR_VIEW));

  g_assert_cmpint (fk_radar_view_get_data (radar)->palette, ==, FK_PALETTE_VIRIDIS);
  g_settings_set_string (settings, "palette", "greyscale");
  flush_main_context ();
  g_assert_cmpint (fk_radar_view_get_data (radar)->palette, ==, FK_PALETTE_GREYSCALE);
  save_png (window, "profile-greyscale.png");
  g_settings_set_string (settings, "palette", "cividis");
  flush_main_context ();
  g_assert_cmpint (fk_radar_view_get_data (radar)->palette, ==, FK_PALETTE_CIVIDIS);
  save_png (window, "profile-cividis.png");
  g_settings_set_string (settings, "palette", "high-contrast");
  flush_main_context ();
  g_assert_cmpint (fk_radar_view_get_data (radar)->palette, ==, FK_PALETTE_HIGH_CONTRAST);
  g_settings_set_string (settings, "palette", "cividis");
  flush_main_context ();

  /* Another municipality keeps the palette. */
  fk_profile_view_set_municipality (FK_PROFILE_VIEW (profile), "1438");
  g_assert_cmpint (fk_radar_view_get_data (radar)->palette, ==, FK_PALETTE_CIVIDIS);

  g_settings_reset (settings, "palette");
  flush_main_context ();
  g_assert_cmpint (fk_radar_view_get_data (radar)->palette, ==, FK_PALETTE_VIRIDIS);

  shell_test_destroy_window (window);
  close_study (study);
}

/* Only settings that do something are offered. */
static void
test_window_rows (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  FkPreferencesWindow *prefs = fk_preferences_window_new (settings);
  GtkLabel *title = shell_test_find_label (GTK_WIDGET (prefs), "Language of model texts");
  AdwComboRow *row;

  g_assert_nonnull (title);
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (prefs),
                                           "Capability names and descriptions and chart labels. Automatic follows the study."));
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (prefs), "Palette"));
  /* What the app does now: no generated text, no printing yet. */
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (prefs), "All palettes are safe for colour-blind readers"));
  /* One switch: numbers in the heatmap's cells (below). */
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (prefs), "Numbers in heatmap cells"));
  g_assert_null (shell_test_find_descendant (GTK_WIDGET (prefs), GTK_TYPE_SPIN_BUTTON));

  row = ADW_COMBO_ROW (shell_test_find_ancestor (GTK_WIDGET (title), ADW_TYPE_COMBO_ROW));
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  adw_combo_row_set_selected (row, 2);
  {
    g_autofree char *value = g_settings_get_string (settings, "export-language");
    g_assert_cmpstr (value, ==, "en");
  }
  g_settings_reset (settings, "export-language");

  /* The fourth palette is the high-contrast one. */
  row = ADW_COMBO_ROW (shell_test_find_ancestor (GTK_WIDGET (shell_test_find_label (GTK_WIDGET (prefs), "Palette")),
                                                 ADW_TYPE_COMBO_ROW));
  adw_combo_row_set_selected (row, 3);
  {
    g_autofree char *value = g_settings_get_string (settings, "palette");
    g_assert_cmpstr (value, ==, "high-contrast");
  }
  g_settings_reset (settings, "palette");

  shell_test_destroy_window (prefs);
}

/* The numbers switch is the "heatmap-numbers" key, both ways, and the
 * Compare page's heatmap follows it. */
static void
test_numbers_switch (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  FkPreferencesWindow *prefs;
  GtkLabel *title;
  GtkSwitch *numbers;
  GtkWidget *row;
  FkStudy *study = create_swedish_study ("numbers.fkarta");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = fk_compare_page_new ();
  FkHeatmapView *heatmap = fk_compare_page_get_heatmap (FK_COMPARE_PAGE (page));

  g_settings_reset (settings, "heatmap-numbers");
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  fk_compare_page_set_study (FK_COMPARE_PAGE (page), study);
  gtk_window_present (GTK_WINDOW (window));

  prefs = fk_preferences_window_new (settings);
  title = shell_test_find_label (GTK_WIDGET (prefs), "Numbers in heatmap cells");
  g_assert_nonnull (title);
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (prefs),
                                           "Each cell shows its value as well as its colour, on the Compare page and in exported images"));
  row = shell_test_find_ancestor (GTK_WIDGET (title), ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (row);
  numbers = GTK_SWITCH (shell_test_find_descendant (row, GTK_TYPE_SWITCH));
  g_assert_nonnull (numbers);
  g_assert_true (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) == GTK_WIDGET (numbers));

  /* On by default. */
  g_assert_true (gtk_switch_get_active (numbers));
  g_assert_true (fk_heatmap_view_get_options (heatmap)->show_numbers);

  /* Off from the switch: the key, then the heatmap. */
  gtk_switch_set_active (numbers, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "heatmap-numbers"));
  flush_main_context ();
  g_assert_false (fk_heatmap_view_get_options (heatmap)->show_numbers);

  /* On from the key (the Compare page's own check button): the switch. */
  g_settings_set_boolean (settings, "heatmap-numbers", TRUE);
  flush_main_context ();
  g_assert_true (gtk_switch_get_active (numbers));
  g_assert_true (fk_heatmap_view_get_options (heatmap)->show_numbers);

  /* Activating the row toggles it, as a click on the row does (at the
   * end of the switch's animation). */
  gtk_window_present (GTK_WINDOW (prefs));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (prefs));
  g_assert_true (gtk_widget_activate (row));
  for (guint i = 0; i < 3000 && gtk_switch_get_active (numbers); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_false (gtk_switch_get_active (numbers));
  g_assert_false (g_settings_get_boolean (settings, "heatmap-numbers"));

  g_settings_reset (settings, "heatmap-numbers");
  shell_test_destroy_window (prefs);
  shell_test_destroy_window (window);
  close_study (study);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = shell_test_setup_tmpdir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

  g_test_add_func ("/ui/preferences/content-language", test_content_language);
  g_test_add_func ("/ui/preferences/palette", test_palette);
  g_test_add_func ("/ui/preferences/window-rows", test_window_rows);
  g_test_add_func ("/ui/preferences/numbers-switch", test_numbers_switch);

  status = g_test_run ();
  shell_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
