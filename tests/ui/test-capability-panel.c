/* test-capability-panel.c — the Compare page's side panel: one capability
 * across every municipality, comments in full as plain text, "not
 * assessed" in words, the summary's counts, the highlighted municipality
 * scrolled into sight, the order of the heatmap, and closing.
 * Set FK_TEST_OUTPUT_DIR to keep a PNG of the panel. */
#include "fk-capability-panel.h"
#include "fk-core.h"
#include "fk-study-snapshot.h"
#include "shell-test-util.h"

#include <adwaita.h>
#include <glib/gstdio.h>

static const char region_json[] =
  "{\"format\": \"formagekarta-region\", \"format_version\": 1,"
  " \"id\": \"t\", \"name\": \"T\","
  " \"municipalities\": ["
  "  {\"code\": \"1460\", \"name\": \"Bengtsfors\", \"population\": 9750},"
  "  {\"code\": \"1438\", \"name\": \"Dals-Ed\", \"population\": 4813},"
  "  {\"code\": \"1485\", \"name\": \"Uddevalla\", \"population\": 57000},"
  "  {\"code\": \"1439\", \"name\": \"Färgelanda\", \"population\": 6600},"
  "  {\"code\": \"1484\", \"name\": \"Lysekil\", \"population\": 14500}]}";

/* Rows of the region above. */
enum { BENGTSFORS, DALS_ED, UDDEVALLA, FARGELANDA, LYSEKIL, N_MUNICIPALITIES };

static const char long_comment[] =
  "Vi har en beslutad strategi sedan 2021 som följs upp varje år i kommunstyrelsen. "
  "Den omfattar alla förvaltningar men inte de kommunala bolagen, som har egna planer. "
  "Nästa revision är planerad till hösten, och då ska även <b>&amp; bolagen</b> & "
  "förbundet tas med. Slutet av kommentaren.";

typedef struct {
  char            *dir;
  FkStudy         *study;
  FkRoundSnapshot *snapshot;
  GtkWidget       *window;
  FkCapabilityPanel *panel;
} Fixture;

static void
set_score (FkStudy    *study,
           const char *code,
           const char *capability,
           int         current,
           int         target,
           FkSustain   sustain,
           FkKeyPerson key_person,
           FkInterest  interest,
           const char *comment,
           const char *respondent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) score = fk_score_new (fk_study_get_latest_round (study)->id, code, capability);

  score->current = current;
  score->target = target;
  score->sustain = sustain;
  score->key_person = key_person;
  score->interest = interest;
  score->comment = g_strdup (comment);
  score->respondent = g_strdup (respondent);
  fk_study_set_score (study, score, &error);
  g_assert_no_error (error);
}

/* Capability 0 ("Strategy"): Bengtsfors 4, Dals-Ed 2, Uddevalla 1,
 * Färgelanda not applicable, Lysekil nothing stored. */
static void
fixture_setup (Fixture *f,
               int      width,
               int      height)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *model_path = g_build_filename (g_getenv ("FK_SOURCE_ROOT"), "tests", "data", "models", "minimal.json", NULL);
  g_autofree char *path = NULL;
  g_autoptr(FkModel) model = NULL;
  g_autoptr(FkRegion) region = NULL;

  f->dir = g_dir_make_tmp ("fk-panel-XXXXXX", &error);
  g_assert_no_error (error);
  model = fk_model_new_from_file (model_path, &error);
  g_assert_no_error (error);
  region = fk_region_new_from_data (region_json, -1, "region", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "panel.fkarta", NULL);
  f->study = fk_study_create (path, model, region, "Panel", "en", NULL, &error);
  g_assert_no_error (error);

  set_score (f->study, "1460", "styrning.strategi", 4, 5, FK_SUSTAIN_YES, FK_KEY_PERSON_NO,
             FK_INTEREST_NO, long_comment, "Anna <i>&amp;</i> Berg");
  set_score (f->study, "1438", "styrning.strategi", 2, 3, FK_SUSTAIN_DIFFICULT, FK_KEY_PERSON_YES,
             FK_INTEREST_YES, "<b>&", NULL);
  set_score (f->study, "1485", "styrning.strategi", 1, FK_LEVEL_UNSET, FK_SUSTAIN_NO, FK_KEY_PERSON_UNSET,
             FK_INTEREST_UNSET, NULL, NULL);
  set_score (f->study, "1439", "styrning.strategi", FK_LEVEL_NA, FK_LEVEL_UNSET, FK_SUSTAIN_UNSET,
             FK_KEY_PERSON_UNSET, FK_INTEREST_UNSET, "Gäller inte oss.", NULL);
  set_score (f->study, "1484", "styrning.finansiering", 3, 3, FK_SUSTAIN_YES, FK_KEY_PERSON_NO,
             FK_INTEREST_NO, NULL, NULL);
  /* Not assessed, one question answered. */
  set_score (f->study, "1460", "styrning.finansiering", FK_LEVEL_UNSET, FK_LEVEL_UNSET, FK_SUSTAIN_NO,
             FK_KEY_PERSON_UNSET, FK_INTEREST_UNSET, NULL, NULL);

  f->snapshot = fk_study_read_snapshot (f->study, fk_study_get_latest_round (f->study)->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fk_round_snapshot_get_n_rows (f->snapshot), ==, N_MUNICIPALITIES);

  f->window = gtk_window_new ();
  f->panel = FK_CAPABILITY_PANEL (fk_capability_panel_new ());
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->panel));
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_teardown (Fixture *f)
{
  shell_test_destroy_window (f->window);
  fk_round_snapshot_unref (f->snapshot);
  g_assert_finalize_object (f->study);
  shell_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  GtkLabel *label = shell_test_find_label (widget, text);

  if (label == NULL)
    g_error ("no label “%s”", text);
  return label;
}

static void
test_entries (void)
{
  Fixture f = { 0 };
  GtkWidget *list, *row, *child;
  GtkLabel *label;
  guint n = 0;

  fixture_setup (&f, 480, 800);
  fk_capability_panel_set_capability (f.panel, f.snapshot, 0, -1, "en");
  g_assert_true (fk_capability_panel_get_snapshot (f.panel) == f.snapshot);
  g_assert_cmpuint (fk_capability_panel_get_capability (f.panel), ==, 0);
  g_assert_cmpint (fk_capability_panel_get_highlight (f.panel), ==, -1);

  /* The capability, its area and description. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (shell_test_template_child (GTK_WIDGET (f.panel), FK_TYPE_CAPABILITY_PANEL, "name_label"))),
                   ==, "Strategy");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (shell_test_template_child (GTK_WIDGET (f.panel), FK_TYPE_CAPABILITY_PANEL, "area_label"))),
                   ==, "Governance");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (shell_test_template_child (GTK_WIDGET (f.panel), FK_TYPE_CAPABILITY_PANEL, "description_label"))),
                   ==, "There is a strategy.");

  /* Every municipality once, in region order. */
  list = shell_test_template_child (GTK_WIDGET (f.panel), FK_TYPE_CAPABILITY_PANEL, "municipality_list");
  for (child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      g_assert_true (child == fk_capability_panel_get_row (f.panel, n));
      n++;
    }
  g_assert_cmpuint (n, ==, N_MUNICIPALITIES);
  g_assert_null (fk_capability_panel_get_row (f.panel, N_MUNICIPALITIES));

  /* Bengtsfors: the whole answer; the comment in full, as typed. */
  row = fk_capability_panel_get_row (f.panel, BENGTSFORS);
  find_label (row, "Bengtsfors");
  find_label (row, "Current level 4: Managed");
  find_label (row, "Target level 5: Optimising");
  find_label (row, "Sustain alone: Yes");
  find_label (row, "Key person: No");
  find_label (row, "Interest: No");
  label = find_label (row, "Answered by Anna <i>&amp;</i> Berg");
  g_assert_false (gtk_label_get_use_markup (label));
  label = find_label (row, long_comment);
  g_assert_false (gtk_label_get_use_markup (label));
  g_assert_true (gtk_label_get_selectable (label));
  g_assert_true (gtk_label_get_wrap (label));
  g_assert_cmpint (gtk_label_get_ellipsize (label), ==, PANGO_ELLIPSIZE_NONE);
  g_assert_cmpint (gtk_label_get_lines (label), ==, -1);

  /* Dals-Ed: "<b>&" is text, not markup. */
  row = fk_capability_panel_get_row (f.panel, DALS_ED);
  label = find_label (row, "<b>&");
  g_assert_false (gtk_label_get_use_markup (label));
  find_label (row, "Sustain alone: With difficulty");
  find_label (row, "Key person: Yes");
  find_label (row, "Interest: Yes");

  /* Uddevalla: no target, questions not answered. */
  row = fk_capability_panel_get_row (f.panel, UDDEVALLA);
  find_label (row, "Current level 1: Initial");
  find_label (row, "No target level");
  find_label (row, "Key person: Not answered");

  /* Färgelanda: not applicable, its comment kept; no answers. */
  row = fk_capability_panel_get_row (f.panel, FARGELANDA);
  find_label (row, "Not applicable");
  find_label (row, "Gäller inte oss.");
  g_assert_null (shell_test_find_label (row, "No target level"));
  g_assert_null (shell_test_find_label (row, "Not assessed"));

  /* Lysekil: nothing stored for this capability, said in words. */
  row = fk_capability_panel_get_row (f.panel, LYSEKIL);
  find_label (row, "Lysekil");
  find_label (row, "Not assessed");
  g_assert_null (shell_test_find_label (row, "No target level"));

  /* Nobody is highlighted. */
  for (guint r = 0; r < N_MUNICIPALITIES; r++)
    g_assert_false (gtk_widget_has_css_class (fk_capability_panel_get_row (f.panel, r), "fk-highlighted"));
  g_assert_null (shell_test_find_label (list, "Selected"));

  /* Another capability replaces it all. */
  fk_capability_panel_set_capability (f.panel, f.snapshot, 1, LYSEKIL, "sv");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (shell_test_template_child (GTK_WIDGET (f.panel), FK_TYPE_CAPABILITY_PANEL, "name_label"))),
                   ==, "Finansiering");
  row = fk_capability_panel_get_row (f.panel, LYSEKIL);
  find_label (row, "Current level 3: Definierad");
  g_assert_null (shell_test_find_label (list, long_comment));
  g_assert_cmpuint (shell_test_count_labels (list, "Not assessed"), ==, 4);
  /* Not assessed with one answer: that answer, not the unanswered ones. */
  row = fk_capability_panel_get_row (f.panel, BENGTSFORS);
  find_label (row, "Not assessed");
  find_label (row, "Sustain alone: No");
  g_assert_null (shell_test_find_label (row, "No target level"));
  g_assert_null (shell_test_find_label (row, "Key person: Not answered"));

  /* No snapshot: empty. */
  fk_capability_panel_set_capability (f.panel, NULL, 0, -1, "en");
  g_assert_null (gtk_widget_get_first_child (list));
  g_assert_null (fk_capability_panel_get_row (f.panel, 0));

  fixture_teardown (&f);
}

static void
test_summary (void)
{
  Fixture f = { 0 };
  GtkWidget *box;
  GtkWidget *child;
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  /* Current levels 4, 2 and 1 (Färgelanda not applicable and Lysekil
   * not assessed do not count): mean 7/3, median 2, two at 2 or below.
   * Sustain answered by three, two of them no or with difficulty;
   * interest answered by two, one of them yes. */
  const char *expected[] = {
    "Regional mean 2.3 and median 2, from 3 municipalities.",
    "At level 2 or below: 2 of 3 municipalities.",
    "Cannot sustain it alone (no or with difficulty): 2 of 3 municipalities.",
    "Interested in collaborating (yes or maybe): 1 of 2 municipalities.",
  };

  fixture_setup (&f, 480, 800);
  fk_capability_panel_set_capability (f.panel, f.snapshot, 0, -1, "en");
  box = shell_test_template_child (GTK_WIDGET (f.panel), FK_TYPE_CAPABILITY_PANEL, "summary_box");
  for (child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (lines, (gpointer) gtk_label_get_text (GTK_LABEL (child)));
  g_assert_cmpuint (lines->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (lines, i), ==, expected[i]);

  /* In Swedish notation the decimal is a comma. */
  fk_capability_panel_set_capability (f.panel, f.snapshot, 0, -1, "sv");
  child = gtk_widget_get_first_child (box);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child)), ==, "Regional mean 2,3 and median 2, from 3 municipalities.");

  /* Capability 2: nobody answered anything. */
  fk_capability_panel_set_capability (f.panel, f.snapshot, 2, -1, "en");
  g_ptr_array_set_size (lines, 0);
  for (child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (lines, (gpointer) gtk_label_get_text (GTK_LABEL (child)));
  g_assert_cmpuint (lines->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "No municipality has a current level for this capability yet.");
  g_assert_cmpstr (g_ptr_array_index (lines, 1), ==, "No municipality has said whether it can sustain it alone.");
  g_assert_cmpstr (g_ptr_array_index (lines, 2), ==, "No municipality has said whether it is interested in collaborating.");

  fixture_teardown (&f);
}

/* Lysekil, last in a short window, is marked and scrolled into sight. */
static void
test_highlight (void)
{
  Fixture f = { 0 };
  GtkWidget *row, *scrolled, *content;
  GtkAdjustment *vadj;
  graphene_rect_t bounds;

  fixture_setup (&f, 360, 420);
  gtk_test_widget_wait_for_draw (f.window);
  fk_capability_panel_set_capability (f.panel, f.snapshot, 0, LYSEKIL, "en");
  g_assert_cmpint (fk_capability_panel_get_highlight (f.panel), ==, LYSEKIL);
  for (int i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (f.window);

  row = fk_capability_panel_get_row (f.panel, LYSEKIL);
  g_assert_true (gtk_widget_has_css_class (row, "fk-highlighted"));
  find_label (row, "Selected");
  for (guint r = 0; r < LYSEKIL; r++)
    {
      g_assert_false (gtk_widget_has_css_class (fk_capability_panel_get_row (f.panel, r), "fk-highlighted"));
      g_assert_null (shell_test_find_label (fk_capability_panel_get_row (f.panel, r), "Selected"));
    }

  scrolled = shell_test_template_child (GTK_WIDGET (f.panel), FK_TYPE_CAPABILITY_PANEL, "scrolled_window");
  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  content = gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled))));
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadj), >, gtk_adjustment_get_page_size (vadj));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, 0);
  g_assert_true (gtk_widget_compute_bounds (row, content, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, gtk_adjustment_get_value (vadj));
  g_assert_cmpfloat (bounds.origin.y, <, gtk_adjustment_get_value (vadj) + gtk_adjustment_get_page_size (vadj));
  shell_test_save_png (f.window, "capability-panel.png");

  /* Focus goes to the highlighted row. */
  gtk_widget_grab_focus (GTK_WIDGET (f.panel));
  g_assert_true (gtk_widget_has_focus (row));

  /* Without a highlight it starts at the top, focus on the close button. */
  fk_capability_panel_set_capability (f.panel, f.snapshot, 0, -1, "en");
  gtk_test_widget_wait_for_draw (f.window);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), ==, 0);
  gtk_widget_grab_focus (GTK_WIDGET (f.panel));
  g_assert_true (gtk_widget_has_focus (shell_test_template_child (GTK_WIDGET (f.panel), FK_TYPE_CAPABILITY_PANEL, "close_button")));

  fixture_teardown (&f);
}

static void
test_order (void)
{
  Fixture f = { 0 };
  const guint order[] = { UDDEVALLA, 99, BENGTSFORS, UDDEVALLA };
  const guint expected[] = { UDDEVALLA, BENGTSFORS, DALS_ED, FARGELANDA, LYSEKIL };
  g_autoptr(FkHeatmapLayout) layout = NULL;
  g_autofree guint *from_layout = NULL;
  GtkWidget *list, *child;
  guint n = 0, n_layout = 0;

  fixture_setup (&f, 480, 800);
  fk_capability_panel_set_order (f.panel, order, G_N_ELEMENTS (order));
  fk_capability_panel_set_capability (f.panel, f.snapshot, 0, -1, "en");
  list = shell_test_template_child (GTK_WIDGET (f.panel), FK_TYPE_CAPABILITY_PANEL, "municipality_list");
  for (child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child), n++)
    g_assert_true (child == fk_capability_panel_get_row (f.panel, expected[n]));
  g_assert_cmpuint (n, ==, N_MUNICIPALITIES);

  /* The heatmap's columns, left to right (by name by default). */
  layout = fk_heatmap_layout_new (f.snapshot, FK_MEASURE_CURRENT, FK_PALETTE_VIRIDIS, "en", NULL);
  from_layout = fk_capability_panel_order_from_layout (layout, &n_layout);
  g_assert_cmpuint (n_layout, ==, N_MUNICIPALITIES);
  for (guint i = 0, k = 0; i < layout->columns->len; i++)
    {
      const FkHeatmapColumn *column = &g_array_index (layout->columns, FkHeatmapColumn, i);

      if (column->kind == FK_HEATMAP_COLUMN_MUNICIPALITY)
        g_assert_cmpuint (from_layout[k++], ==, (guint) column->municipality);
    }
  fk_capability_panel_set_order (f.panel, from_layout, n_layout);
  n = 0;
  for (child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child), n++)
    g_assert_true (child == fk_capability_panel_get_row (f.panel, from_layout[n]));
  g_assert_null (fk_capability_panel_order_from_layout (NULL, &n_layout));
  g_assert_cmpuint (n_layout, ==, 0);

  /* Back to region order. */
  fk_capability_panel_set_order (f.panel, NULL, 0);
  n = 0;
  for (child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child), n++)
    g_assert_true (child == fk_capability_panel_get_row (f.panel, n));

  fixture_teardown (&f);
}

static void
on_close (FkCapabilityPanel *panel,
          guint             *n)
{
  (*n)++;
}

/* The Escape binding of the panel's class, as a key press would run it. */
static gboolean
press_escape (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (trigger, "Escape") == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

static void
test_close (void)
{
  Fixture f = { 0 };
  GtkWidget *button;
  guint n = 0;
  int min, nat;

  fixture_setup (&f, 480, 800);
  fk_capability_panel_set_capability (f.panel, f.snapshot, 0, DALS_ED, "en");
  g_signal_connect (f.panel, "close", G_CALLBACK (on_close), &n);

  button = shell_test_template_child (GTK_WIDGET (f.panel), FK_TYPE_CAPABILITY_PANEL, "close_button");
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (press_escape (GTK_WIDGET (f.panel)));
  g_assert_cmpuint (n, ==, 2);

  /* It fits 300 px. */
  gtk_widget_measure (GTK_WIDGET (f.panel), GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, <=, 300);

  fixture_teardown (&f);
}

/* Anonymised: the anonymizer's names (one highlighted keeps its own),
 * no respondent ever, comments only with show_comments; the anonymizer
 * is held. Real names again with NULL. */
static void
test_anonymized (void)
{
  Fixture f = { 0 };
  FkRegion *region;
  FkAnonymizer *anon;
  g_autofree char *bengtsfors = NULL;

  fixture_setup (&f, 480, 800);
  region = fk_round_snapshot_get_region (f.snapshot);
  anon = fk_anonymizer_new (region, 42, "1485");
  bengtsfors = fk_anonymizer_get_display_name (anon, "1460");
  fk_capability_panel_set_capability (f.panel, f.snapshot, 0, DALS_ED, "en");
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (f.panel), "Answered by Anna <i>&amp;</i> Berg"));
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (f.panel), long_comment));

  fk_capability_panel_set_anonymizer (f.panel, anon, FALSE);
  fk_anonymizer_unref (anon);  /* the panel holds it */
  g_assert_true (fk_capability_panel_get_anonymizer (f.panel) == anon);
  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);
      g_autofree char *shown = fk_anonymizer_get_display_name (anon, m->code);

      g_assert_cmpuint (shell_test_count_labels (GTK_WIDGET (f.panel), shown), ==, 1);
      if (!g_str_equal (m->code, "1485"))
        g_assert_null (shell_test_find_label (GTK_WIDGET (f.panel), m->name));
    }
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (f.panel), "Uddevalla"));
  g_assert_true (g_str_has_prefix (bengtsfors, "Municipality "));
  g_assert_null (shell_test_find_label (GTK_WIDGET (f.panel), "Answered by Anna <i>&amp;</i> Berg"));
  g_assert_null (shell_test_find_label (GTK_WIDGET (f.panel), long_comment));
  g_assert_null (shell_test_find_label (GTK_WIDGET (f.panel), "Gäller inte oss."));
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (f.panel), "Anonymised: who answered and the comments are not shown."));

  /* Comments when asked for; who answered still not. */
  fk_capability_panel_set_anonymizer (f.panel, anon, TRUE);
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (f.panel), long_comment));
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (f.panel), "Gäller inte oss."));
  g_assert_null (shell_test_find_label (GTK_WIDGET (f.panel), "Answered by Anna <i>&amp;</i> Berg"));
  shell_test_save_png (f.window, "capability-panel-anonymized.png");

  fk_capability_panel_set_anonymizer (f.panel, NULL, FALSE);
  g_assert_null (fk_capability_panel_get_anonymizer (f.panel));
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (f.panel), "Bengtsfors"));
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (f.panel), "Answered by Anna <i>&amp;</i> Berg"));
  g_assert_false (gtk_widget_get_visible (shell_test_template_child (GTK_WIDGET (f.panel), FK_TYPE_CAPABILITY_PANEL,
                                                                      "anonymous_note")));
  fixture_teardown (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmpdir = shell_test_setup_tmpdir ();
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

  g_test_add_func ("/ui/capability-panel/entries", test_entries);
  g_test_add_func ("/ui/capability-panel/summary", test_summary);
  g_test_add_func ("/ui/capability-panel/highlight", test_highlight);
  g_test_add_func ("/ui/capability-panel/order", test_order);
  g_test_add_func ("/ui/capability-panel/close", test_close);
  g_test_add_func ("/ui/capability-panel/anonymized", test_anonymized);

  ret = g_test_run ();
  shell_test_remove_tree (tmpdir);
  return ret;
}
