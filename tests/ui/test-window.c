/* test-window.c — the main window: title, pages, read-only banner, escaping
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "fk-application.h"
#include "fk-help-window.h"
#include "fk-preferences-window.h"
#include "fk-study-dialogs.h"
#include "fk-window.h"
#include "fk-overview-page.h"
#include "fk-profile-view.h"
#include "fk-study-private.h"   /* the connection, to make writes fail */
#include "fk-test-util.h"
#include "fk-scoring-view.h"
#include "shell-test-util.h"

static char *tmpdir;

#define MAX_ITERATIONS 2000

static const char *fyrbodal[] = {
  "Bengtsfors", "Dals-Ed", "Färgelanda", "Lysekil", "Mellerud", "Munkedal", "Orust",
  "Sotenäs", "Strömstad", "Tanum", "Trollhättan", "Uddevalla", "Vänersborg", "Åmål",
};

/* ---- tests -------------------------------------------------------------- */

static void
test_window_title (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "title.fkarta", "Workshop in Vänersborg", NULL);
  FkWindow *window = fk_window_new (NULL, study);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (fk_window_get_study (window) == study);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Workshop in Vänersborg");
  /* The header shows the title and the file name. */
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (window), "title.fkarta"));
  g_assert_cmpuint (shell_test_count_labels (GTK_WIDGET (window), "Workshop in Vänersborg"), >=, 2);
  g_assert_cmpstr (fk_window_get_visible_page (window), ==, "overview");

  shell_test_destroy_window (window);
}

static void
test_window_title_follows_study (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "rename.fkarta", "Before", NULL);
  g_autoptr(GError) error = NULL;
  FkWindow *window = fk_window_new (NULL, study);

  g_assert_true (fk_study_set_title (study, "After", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "After");
  shell_test_destroy_window (window);
}

static void
test_window_overview_lists_municipalities (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "overview.fkarta", "Overview", NULL);
  FkWindow *window = fk_window_new (NULL, study);

  GtkWidget *overview;

  gtk_window_present (GTK_WINDOW (window));
  /* The other pages name municipalities too (their choosers): look in the overview. */
  overview = shell_test_find_descendant (GTK_WIDGET (window), FK_TYPE_OVERVIEW_PAGE);
  g_assert_nonnull (overview);
  for (guint i = 0; i < G_N_ELEMENTS (fyrbodal); i++)
    g_assert_cmpuint (shell_test_count_labels (overview, fyrbodal[i]), ==, 1);
  /* 14 rows, none assessed yet, of the 43 capabilities. */
  g_assert_cmpuint (shell_test_count_labels (overview, "0 of 43"), ==, 14);
  g_assert_nonnull (shell_test_find_label (overview, "9\u202f750"));
  g_assert_nonnull (shell_test_find_label (overview, "1488"));
  shell_test_destroy_window (window);
}

/* Activating a municipality on the overview opens its scoring. */
static void
test_window_overview_opens_scoring (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "activate.fkarta", "Activate", NULL);
  FkWindow *window = fk_window_new (NULL, study);
  GtkWidget *overview;
  GtkWidget *scoring;
  GtkWidget *label;
  GtkWidget *row;

  gtk_window_present (GTK_WINDOW (window));
  fk_window_set_visible_page (window, "overview");
  overview = shell_test_find_descendant (GTK_WIDGET (window), FK_TYPE_OVERVIEW_PAGE);
  scoring = shell_test_find_descendant (GTK_WIDGET (window), FK_TYPE_SCORING_VIEW);
  label = GTK_WIDGET (shell_test_find_label (overview, "Dals-Ed"));
  g_assert_nonnull (label);
  row = gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));

  g_signal_emit_by_name (row, "activate");
  g_assert_cmpstr (fk_window_get_visible_page (window), ==, "scoring");
  g_assert_cmpstr (fk_scoring_view_get_municipality (FK_SCORING_VIEW (scoring)), ==, "1438");
  shell_test_destroy_window (window);
}

/* One window, one study after another with none between (closing a study,
 * then opening the next): the Scoring page's area counts must not keep
 * the first study's model (freed with it) as their keys. Under ASan a
 * use-after-free fails this test. */
static void
test_window_study_after_study (void)
{
  FkStudy *first = shell_test_create_study (tmpdir, "first.fkarta", "First", NULL);
  g_autoptr(FkStudy) second = shell_test_create_study (tmpdir, "second.fkarta", "Second", NULL);
  FkWindow *window = fk_window_new (NULL, first);
  GtkWidget *scoring;

  gtk_window_present (GTK_WINDOW (window));
  fk_window_set_visible_page (window, "scoring");
  shell_test_wait_ms (100);
  fk_window_set_study (window, NULL);
  g_object_unref (first);  /* the window held the last other reference */
  shell_test_wait_ms (50);
  fk_window_set_study (window, second);
  fk_window_set_visible_page (window, "scoring");
  shell_test_wait_ms (100);
  scoring = shell_test_find_descendant (GTK_WIDGET (window), FK_TYPE_SCORING_VIEW);
  /* Every area heading counts this study's capabilities afresh. */
  g_assert_cmpuint (shell_test_count_labels (scoring, "0 of 4"), >=, 1);
  shell_test_destroy_window (window);
}

/* A comment that could not be written is not lost by closing the window
 * without a question. */
static void
test_window_close_with_unsaved_comment (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "unsaved.fkarta", "Unsaved", NULL);
  const char *key = ((FkCapability *) fk_study_get_model (study)->capabilities->pdata[0])->key;
  FkWindow *window = fk_window_new (NULL, study);
  AdwMessageDialog *dialog;
  GtkWidget *scoring;
  GtkWidget *view;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  fk_window_set_visible_page (window, "scoring");
  scoring = shell_test_find_descendant (GTK_WIDGET (window), FK_TYPE_SCORING_VIEW);
  fk_scoring_view_set_municipality (FK_SCORING_VIEW (scoring), "1460");
  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (scoring), key));
  view = shell_test_find_descendant (fk_scoring_view_get_row (FK_SCORING_VIEW (scoring), key),
                                     GTK_TYPE_TEXT_VIEW);
  g_assert_nonnull (view);

  /* From now on every write fails, as on a disk that filled up. */
  g_assert_cmpint (sqlite3_exec (study->db, "PRAGMA query_only = 1", NULL, NULL, NULL), ==, SQLITE_OK);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (buffer, "Underlag som inte får försvinna", -1);
  g_assert_cmpuint (fk_scoring_view_count_unsaved (FK_SCORING_VIEW (scoring)), ==, 1);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, "Underlag som inte får försvinna");

  /* It would land under the wrong municipality: the view stays. */
  fk_scoring_view_set_municipality (FK_SCORING_VIEW (scoring), "1438");
  g_assert_cmpstr (fk_scoring_view_get_municipality (FK_SCORING_VIEW (scoring)), ==, "1460");

  /* Closing asks first; keeping it open keeps the text. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_nonnull (window);
  dialog = shell_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  /* As a click does: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, "cancel");
  shell_test_destroy_window (dialog);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (shell_test_find_message_dialog ());
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* Asked again, the user closes anyway. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = shell_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  while (window != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (window);
}

static void
test_window_read_only_banner (void)
{
  g_autoptr(FkStudy) created = shell_test_create_study (tmpdir, "ro.fkarta", "Read-only study", NULL);
  g_autofree char *path = g_strdup (fk_study_get_path (created));
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(GError) error = NULL;
  FkWindow *window;
  const char *reason;
  GtkLabel *label;
  GtkWidget *revealer;

  g_clear_object (&created);
  study = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (fk_study_is_read_only (study));
  reason = fk_study_get_read_only_reason (study);

  window = fk_window_new (NULL, study);
  gtk_window_present (GTK_WINDOW (window));

  label = shell_test_find_label (GTK_WIDGET (window),
                                 reason ? reason : "Changes to this study cannot be saved.");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));
  revealer = shell_test_find_ancestor (GTK_WIDGET (label), GTK_TYPE_REVEALER);
  g_assert_nonnull (revealer);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  shell_test_destroy_window (window);
}

static guint
count_visible_labels (GtkWidget  *widget,
                      const char *text)
{
  g_autoptr(GPtrArray) labels = shell_test_collect_labels (widget);
  guint n = 0;

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_is_visible (labels->pdata[i]) &&
        g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
      n++;
  return n;
}

/* Another program holds the study: the banner says so once (not again on
 * the scoring page), and Try Again makes it writable once it lets go. */
static void
test_window_read_only_try_again (void)
{
  g_autoptr(FkStudy) created = shell_test_create_study (tmpdir, "held.fkarta", "Held", NULL);
  g_autofree char *path = g_strdup (fk_study_get_path (created));
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(GError) error = NULL;
  FkWindow *window;
  sqlite3 *db = NULL;
  GtkLabel *label;
  GtkWidget *revealer;

  g_clear_object (&created);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  study = fk_study_open (path, 0, &error);
  g_assert_no_error (error);
  g_assert_true (fk_study_is_read_only (study));

  window = fk_window_new (NULL, study);
  gtk_window_present (GTK_WINDOW (window));
  fk_window_set_visible_page (window, "scoring");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpuint (count_visible_labels (GTK_WIDGET (window), fk_study_get_read_only_reason (study)), ==, 1);
  label = shell_test_find_label (GTK_WIDGET (window), fk_study_get_read_only_reason (study));
  revealer = shell_test_find_ancestor (GTK_WIDGET (label), GTK_TYPE_REVEALER);

  /* Still held: nothing changes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.retry-write", NULL));
  g_assert_true (fk_study_is_read_only (study));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.retry-write", NULL));
  g_assert_false (fk_study_is_read_only (study));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  shell_test_destroy_window (window);
}

static void
test_window_writable_has_no_banner (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "rw.fkarta", "Writable", NULL);
  FkWindow *window = fk_window_new (NULL, study);
  GtkLabel *heading = shell_test_find_label (GTK_WIDGET (window), "Read-only");
  GtkWidget *revealer;

  g_assert_nonnull (heading);
  revealer = shell_test_find_ancestor (GTK_WIDGET (heading), GTK_TYPE_REVEALER);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  shell_test_destroy_window (window);
}

static void
test_window_markup_is_literal (void)
{
  static const char region_json[] =
    "{\"format\": \"formagekarta-region\", \"format_version\": 1, \"id\": \"test\","
    " \"name\": \"Test <i>region</i>\","
    " \"municipalities\": ["
    "  {\"code\": \"0001\", \"name\": \"<b>Bold & Co</b>\", \"population\": 1234},"
    "  {\"code\": \"0002\", \"name\": \"Plain\", \"population\": 50000}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRegion) region = fk_region_new_from_data (region_json, -1, "test region", &error);
  g_autoptr(FkStudy) study = NULL;
  FkWindow *window;
  GtkLabel *label;

  g_assert_no_error (error);
  study = shell_test_create_study (tmpdir, "markup.fkarta", "<i>Title</i> & more", region);
  window = fk_window_new (NULL, study);
  gtk_window_present (GTK_WINDOW (window));

  label = shell_test_find_label (GTK_WIDGET (window), "<b>Bold & Co</b>");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));
  g_assert_cmpstr (gtk_label_get_label (label), ==, "<b>Bold & Co</b>");
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (window), "1\u202f234"));

  /* The title, in the overview heading and the header bar, shown as is. */
  g_assert_cmpuint (shell_test_count_labels (GTK_WIDGET (window), "<i>Title</i> & more"), >=, 2);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "<i>Title</i> & more");
  shell_test_destroy_window (window);
}

/* The study of each page (overview, scoring, profile). */
static void
assert_pages_study (FkWindow *window,
                    FkStudy  *study)
{
  const GType types[] = { FK_TYPE_OVERVIEW_PAGE, FK_TYPE_SCORING_VIEW, FK_TYPE_PROFILE_VIEW };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidget *page = shell_test_find_descendant (GTK_WIDGET (window), types[i]);
      g_autoptr(FkStudy) page_study = NULL;

      g_assert_nonnull (page);
      g_object_get (page, "study", &page_study, NULL);
      g_assert_true (page_study == study);
    }
}

static void
test_window_pages_follow_study (void)
{
  g_autoptr(FkStudy) first = shell_test_create_study (tmpdir, "page1.fkarta", "First", NULL);
  g_autoptr(FkStudy) second = shell_test_create_study (tmpdir, "page2.fkarta", "Second", NULL);
  FkWindow *window = fk_window_new (NULL, first);

  assert_pages_study (window, first);

  fk_window_set_study (window, second);
  assert_pages_study (window, second);
  g_assert_true (fk_window_get_study (window) == second);

  fk_window_set_visible_page (window, "profile");
  g_assert_cmpstr (fk_window_get_visible_page (window), ==, "profile");
  fk_window_set_visible_page (window, "no-such-page");
  g_assert_cmpstr (fk_window_get_visible_page (window), ==, "profile");

  fk_window_set_study (window, NULL);
  assert_pages_study (window, NULL);

  shell_test_destroy_window (window);
}

static void
test_window_empty (void)
{
  FkWindow *window = fk_window_new (NULL, NULL);
  GtkLabel *label;

  gtk_window_present (GTK_WINDOW (window));
  label = shell_test_find_label (GTK_WIDGET (window), "No Study Open");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (label)));
  g_assert_null (fk_window_get_study (window));
  shell_test_destroy_window (window);
}

static void
test_window_restores_last_view (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "view.fkarta", "View", NULL);
  g_autofree char *last_view = NULL;
  g_autofree char *last_study = NULL;
  FkWindow *window;

  g_settings_set_string (settings, "last-view", "profile");
  window = fk_window_new (NULL, study);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (fk_window_get_visible_page (window), ==, "profile");

  /* Closing saves the visible page and the study (close needs a realized
   * window). */
  fk_window_set_visible_page (window, "overview");
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  last_view = g_settings_get_string (settings, "last-view");
  last_study = g_settings_get_string (settings, "last-study");
  g_assert_cmpstr (last_view, ==, "overview");
  g_assert_cmpstr (last_study, ==, fk_study_get_path (study));
  g_settings_reset (settings, "last-view");
  g_settings_reset (settings, "last-study");
}

static void
test_create_at_adds_extension (void)
{
  g_autofree char *base = g_build_filename (tmpdir, "Ny studie", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (base);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = fk_study_create_for_file (file, FALSE, NULL, NULL, NULL, NULL, NULL, &error);
  g_autoptr(FkStudy) again = NULL;

  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (fk_study_get_path (study), "/Ny studie.fkarta"));
  g_assert_cmpstr (fk_study_get_title (study), ==, "Ny studie");
  g_assert_cmpuint (fk_study_get_region (study)->municipalities->len, ==, 14);

  /* An existing file is refused, never overwritten. */
  again = fk_study_create_for_file (file, FALSE, NULL, NULL, NULL, NULL, NULL, &error);
  g_assert_null (again);
  g_assert_nonnull (error);
}

static void
test_help_language (void)
{
  const char *sv[] = { "sv_SE.UTF-8", "sv_SE", "sv", "C", NULL };
  const char *en[] = { "en_GB.UTF-8", "en", "C", NULL };
  const char *de[] = { "de_DE", "de", "C", NULL };
  const char *en_then_sv[] = { "en", "sv", "C", NULL };
  g_autofree char *p_sv = fk_help_get_guide_resource (sv);
  g_autofree char *p_en = fk_help_get_guide_resource (en);
  g_autofree char *p_de = fk_help_get_guide_resource (de);
  g_autofree char *p_en_sv = fk_help_get_guide_resource (en_then_sv);

  g_assert_cmpstr (p_sv, ==, "/se/fyrbodal/Formagekarta/help/sv/guide.txt");
  g_assert_cmpstr (p_en, ==, "/se/fyrbodal/Formagekarta/help/en/guide.txt");
  g_assert_cmpstr (p_de, ==, p_en);
  g_assert_cmpstr (p_en_sv, ==, p_en);
  g_assert_true (g_resources_get_info (p_sv, 0, NULL, NULL, NULL));
  g_assert_true (g_resources_get_info (p_en, 0, NULL, NULL, NULL));
}

static void
test_help_window (void)
{
  FkHelpWindow *help = fk_help_window_new ();

  /* LC_ALL=C.UTF-8 in the test environment: the English guide. */
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (help), "Scoring a municipality"));
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (help), "•  0–5: current level"));
  shell_test_destroy_window (help);
}

static void
test_preferences_bound (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  FkPreferencesWindow *prefs;
  GtkLabel *title;
  AdwComboRow *palette;

  g_settings_set_string (settings, "palette", "cividis");
  prefs = fk_preferences_window_new (settings);

  title = shell_test_find_label (GTK_WIDGET (prefs), "Palette");
  g_assert_nonnull (title);
  palette = ADW_COMBO_ROW (shell_test_find_ancestor (GTK_WIDGET (title), ADW_TYPE_COMBO_ROW));
  g_assert_cmpuint (adw_combo_row_get_selected (palette), ==, 1);

  adw_combo_row_set_selected (palette, 2);
  {
    g_autofree char *value = g_settings_get_string (settings, "palette");
    g_assert_cmpstr (value, ==, "greyscale");
  }
  g_settings_reset (settings, "palette");
  shell_test_destroy_window (prefs);
}

static void
test_application_opens_once (void)
{
  FkApplication *app = shell_test_get_application ();
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "twice.fkarta", "Twice", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fk_study_get_path (study));
  g_autoptr(GError) error = NULL;
  GList *windows;

  fk_application_open_file (app, file);
  fk_application_open_file (app, file);
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (FK_IS_WINDOW (windows->data));
  /* Opened in the background. */
  for (guint i = 0; i < MAX_ITERATIONS && fk_window_get_study (windows->data) == NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  fk_application_open_file (app, file);
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_cmpstr (gtk_window_get_title (windows->data), ==, "Twice");

  /* A study shown in a window is not replaced by a new one. */
  g_assert_true (g_application_get_default () == G_APPLICATION (app));
  g_assert_false (fk_study_dialog_check_replace (file, TRUE, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_cmpstr (fk_study_get_title (study), ==, "Twice");

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    shell_test_destroy_window (windows->data);
}

/* A damaged study: the dialog says what to do in one sentence; SQLite's
 * words wait behind "Details". */
static void
test_application_open_damaged (void)
{
  FkApplication *app = shell_test_get_application ();
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "skadad.fkarta", "Skadad", NULL);
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *data = NULL;
  AdwMessageDialog *dialog = NULL;
  GtkWidget *expander;
  GtkLabel *detail;
  GList *windows;
  gsize length;

  fk_test_study_fill (study, fk_study_get_latest_round (study)->id);
  g_clear_object (&study);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  memset (data + length / 2 - 4096, 0xff, 8192);
  g_assert_true (g_file_set_contents (path, data, length, NULL));

  fk_application_open_file (app, file);
  /* The study is opened in the background; the refusal comes after. */
  for (guint i = 0; i < MAX_ITERATIONS && (dialog = shell_test_find_message_dialog ()) == NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "the study file is damaged"));
  g_assert_null (strchr (adw_message_dialog_get_body (dialog), '\n'));
  expander = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_EXPANDER (expander));
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
  detail = GTK_LABEL (gtk_expander_get_child (GTK_EXPANDER (expander)));
  g_assert_true (gtk_label_get_selectable (detail));
  g_assert_cmpuint (strlen (gtk_label_get_text (detail)), >, 0);
  g_assert_null (strstr (adw_message_dialog_get_body (dialog), gtk_label_get_text (detail)));

  gtk_window_destroy (GTK_WINDOW (dialog));
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    shell_test_destroy_window (windows->data);
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

  g_test_add_func ("/ui/window/title", test_window_title);
  g_test_add_func ("/ui/window/study-after-study", test_window_study_after_study);
  g_test_add_func ("/ui/window/read-only-try-again", test_window_read_only_try_again);
  g_test_add_func ("/ui/window/close-with-unsaved-comment", test_window_close_with_unsaved_comment);
  g_test_add_func ("/ui/window/title-follows-study", test_window_title_follows_study);
  g_test_add_func ("/ui/window/overview-municipalities", test_window_overview_lists_municipalities);
  g_test_add_func ("/ui/window/overview-opens-scoring", test_window_overview_opens_scoring);
  g_test_add_func ("/ui/window/read-only-banner", test_window_read_only_banner);
  g_test_add_func ("/ui/window/writable-no-banner", test_window_writable_has_no_banner);
  g_test_add_func ("/ui/window/markup-is-literal", test_window_markup_is_literal);
  g_test_add_func ("/ui/window/pages-follow-study", test_window_pages_follow_study);
  g_test_add_func ("/ui/window/empty", test_window_empty);
  g_test_add_func ("/ui/window/restores-last-view", test_window_restores_last_view);
  g_test_add_func ("/ui/study-dialogs/create-at", test_create_at_adds_extension);
  g_test_add_func ("/ui/help/language", test_help_language);
  g_test_add_func ("/ui/help/window", test_help_window);
  g_test_add_func ("/ui/preferences/bound", test_preferences_bound);
  g_test_add_func ("/ui/application/opens-once", test_application_opens_once);
  g_test_add_func ("/ui/application/open-damaged", test_application_open_damaged);

  ret = g_test_run ();
  shell_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return ret;
}
