/* test-scenario-choosers.c — choosing a scenario's capabilities (with
 * hosts) and municipalities by hand (issue 14)
 *
 * On the scenario fixture (tests/core/scenario-fixture.h: security weak
 * in the five small municipalities, Uddevalla the strongest host): the
 * chooser of the SELECTED scenario opens with what it covers now, the top
 * five candidates with their hosts; Save stores exactly what is checked,
 * in the order checked, with the hosts chosen; the reset button follows
 * the candidates (or the rule) again; Cancel changes nothing; a failed
 * write keeps the window and the choice. On the page, the buttons open
 * the choosers, the editor shows the new choice at once, and a
 * read-only study or the anonymised view turns them off.
 * Set FK_TEST_OUTPUT_DIR to keep PNGs of the windows. */
#include "config.h"

#include "fk-scenario-chooser.h"
#include "fk-scenarios-page.h"
#include "fk-core.h"
#include "fk-test-util.h"
#include "shell-test-util.h"

/* The fixture's other helpers are for core tests. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#include "scenario-fixture.h"
#pragma GCC diagnostic pop

#include <adwaita.h>
#include <string.h>

typedef struct {
  char         *dir;
  FkStudy      *study;
  FkCandidates *candidates;
  FkScenario   *selected;   /* the SELECTED scenario as stored at setup */
  gint64        id;         /* its id */
} Fixture;

static void
fill_study (FkStudy *study)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  FkRegion *region = fk_study_get_region (study);
  FkModel *model = fk_study_get_model (study);

  for (guint r = 0; r < region->municipalities->len; r++)
    for (guint c = 0; c < model->capabilities->len; c++)
      {
        const FkMunicipality *m = g_ptr_array_index (region->municipalities, r);
        const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
        FkScore *s = fk_score_new (fk_study_get_latest_round (study)->id, m->code, cap->key);

        fixture_score (s, r);
        g_ptr_array_add (scores, s);
      }
  fk_study_set_scores (study, scores, &error);
  g_assert_no_error (error);
}

static FkScenario *
stored (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  FkScenario *s = fk_study_get_scenario (f->study, f->id, &error);

  g_assert_no_error (error);
  return s;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  FkCandidateWeights weights;

  f->dir = g_dir_make_tmp ("fk-scenario-choosers-XXXXXX", &error);
  g_assert_no_error (error);
  f->study = shell_test_create_study (f->dir, "scen.fkarta", "Scenarier", NULL);
  fill_study (f->study);
  snapshot = fk_study_read_snapshot (f->study, fk_study_get_latest_round (f->study)->id, &error);
  g_assert_no_error (error);
  /* The study's weights, as the page ranks with. */
  fk_study_get_candidate_weights (f->study, &weights, &error);
  g_assert_no_error (error);
  f->candidates = fk_candidates_new (snapshot, &weights);
  scenarios = fk_study_list_scenarios (f->study, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < scenarios->len; i++)
    if (((FkScenario *) g_ptr_array_index (scenarios, i))->kind == FK_SCENARIO_SELECTED)
      f->selected = fk_scenario_copy (g_ptr_array_index (scenarios, i));
  g_assert_nonnull (f->selected);
  f->id = f->selected->id;
  g_assert_true (f->selected->auto_capabilities);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_pointer (&f->selected, fk_scenario_free);
  g_clear_pointer (&f->candidates, fk_candidates_unref);
  g_assert_finalize_object (f->study);
  shell_test_remove_tree (f->dir);
  g_free (f->dir);
}

static FkScenarioChooser *
open_chooser (Fixture         *f,
              FkScenarioChoice choice)
{
  FkScenarioChooser *chooser = fk_scenario_chooser_new (choice, f->study, f->selected, f->candidates, "en");

  gtk_window_present (GTK_WINDOW (chooser));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (chooser));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  gtk_test_widget_wait_for_draw (GTK_WIDGET (chooser));
  return chooser;
}

static const char *
code_of (Fixture *f,
         guint    row)
{
  return ((FkMunicipality *) g_ptr_array_index (fk_study_get_region (f->study)->municipalities, row))->code;
}

static void
check (FkScenarioChooser *chooser,
       const char        *key,
       gboolean           active)
{
  GtkCheckButton *button = fk_scenario_chooser_get_check (chooser, key);

  g_assert_nonnull (button);
  gtk_check_button_set_active (button, active);
}

/* Activates @action and returns whether the window went away. */
static gboolean
activate_closes (FkScenarioChooser *chooser,
                 const char        *action)
{
  GtkWidget *weak = GTK_WIDGET (chooser);

  g_object_add_weak_pointer (G_OBJECT (chooser), (gpointer *) &weak);
  gtk_widget_activate_action (GTK_WIDGET (chooser), action, NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  if (weak == NULL)
    return TRUE;
  g_object_remove_weak_pointer (G_OBJECT (chooser), (gpointer *) &weak);
  return FALSE;
}

/* ---- capabilities ------------------------------------------------------------ */

static void
test_capabilities_prefill (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(FkScenarioPlan) plan = fk_scenario_resolve (f->selected, f->candidates);
  FkModel *model = fk_round_snapshot_get_model (fk_candidates_get_snapshot (f->candidates));
  FkScenarioChooser *chooser = open_chooser (f, FK_SCENARIO_CHOOSE_CAPABILITIES);
  g_auto(GStrv) chosen = fk_scenario_chooser_get_chosen (chooser);
  guint n_sak = 0;

  g_assert_cmpuint (plan->n_cols, ==, FK_SCENARIO_DEFAULT_N_SELECTED);
  g_assert_cmpuint (g_strv_length (chosen), ==, plan->n_cols);
  for (guint i = 0; i < plan->n_cols; i++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, plan->cols[i]);
      GtkDropDown *host = fk_scenario_chooser_get_host (chooser, cap->key);

      g_assert_cmpstr (chosen[i], ==, cap->key);
      g_assert_true (gtk_check_button_get_active (fk_scenario_chooser_get_check (chooser, cap->key)));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (host)));
      g_assert_cmpint (gtk_drop_down_get_selected (host), ==, plan->hosts[i] + 1);
      /* The fixture: Uddevalla is the strongest host of security. */
      if (key_in (cap->key, sak_keys, G_N_ELEMENTS (sak_keys)))
        {
          g_assert_cmpint (gtk_drop_down_get_selected (host), ==, UDDEVALLA + 1);
          n_sak++;
        }
    }
  g_assert_cmpuint (n_sak, ==, G_N_ELEMENTS (sak_keys));
  /* The window starts at the first choice, however far down. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (chooser)) == GTK_WIDGET (fk_scenario_chooser_get_check (chooser, chosen[0])));
  /* Every capability of the model is offered; the unchosen without a host. */
  for (guint c = 0; c < model->capabilities->len; c++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, c);

      g_assert_nonnull (fk_scenario_chooser_get_check (chooser, cap->key));
      if (!g_strv_contains ((const char * const *) chosen, cap->key))
        g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fk_scenario_chooser_get_host (chooser, cap->key))));
    }
  /* Following the candidates already: nothing to reset. */
  g_assert_false (gtk_widget_is_sensitive (shell_test_template_child (GTK_WIDGET (chooser), FK_TYPE_SCENARIO_CHOOSER, "follow_button")));
  shell_test_save_png (GTK_WIDGET (chooser), "scenario-choose-capabilities.png");
  gtk_window_destroy (GTK_WINDOW (chooser));
}

static void
test_capabilities_save (Fixture       *f,
                        gconstpointer  data)
{
  FkScenarioChooser *chooser = open_chooser (f, FK_SCENARIO_CHOOSE_CAPABILITIES);
  g_auto(GStrv) before = fk_scenario_chooser_get_chosen (chooser);
  g_autoptr(FkScenario) after = NULL;
  g_autoptr(FkScenarioPlan) plan = NULL;

  /* The first one out, the innovation one in with Dals-Ed, the second
   * without a host: the others keep their order, the new one goes last. */
  check (chooser, before[0], FALSE);
  check (chooser, INN_KEY, TRUE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fk_scenario_chooser_get_host (chooser, INN_KEY))));
  gtk_drop_down_set_selected (fk_scenario_chooser_get_host (chooser, INN_KEY), DALSED + 1);
  gtk_drop_down_set_selected (fk_scenario_chooser_get_host (chooser, before[1]), 0);
  g_assert_true (activate_closes (chooser, "chooser.save"));

  after = stored (f);
  g_assert_false (after->auto_capabilities);
  g_assert_cmpuint (after->items->len, ==, 5);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (((FkScenarioItem *) after->items->pdata[i])->capability, ==, before[i + 1]);
  g_assert_null (((FkScenarioItem *) after->items->pdata[0])->host);
  g_assert_cmpstr (((FkScenarioItem *) after->items->pdata[4])->capability, ==, INN_KEY);
  g_assert_cmpstr (((FkScenarioItem *) after->items->pdata[4])->host, ==, code_of (f, DALSED));
  /* The others keep the hosts they were offered with. */
  plan = fk_scenario_resolve (f->selected, f->candidates);
  for (guint i = 1; i < 4; i++)
    g_assert_cmpstr (((FkScenarioItem *) after->items->pdata[i])->host, ==,
                     plan->hosts[i + 1] >= 0 ? code_of (f, plan->hosts[i + 1]) : NULL);
}

static void
test_capabilities_follow (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  FkScenarioItem item = { .capability = (char *) INN_KEY, .host = NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScenario) after = NULL;
  FkScenarioChooser *chooser;
  g_auto(GStrv) chosen = NULL;

  g_ptr_array_add (items, &item);
  fk_study_set_scenario_items (f->study, f->selected->id, items, &error);
  g_assert_no_error (error);
  g_clear_pointer (&f->selected, fk_scenario_free);
  f->selected = stored (f);

  /* Opens with the user's choice, not the candidates. */
  chooser = open_chooser (f, FK_SCENARIO_CHOOSE_CAPABILITIES);
  chosen = fk_scenario_chooser_get_chosen (chooser);
  g_assert_cmpstrv (chosen, ((const char *[]) { INN_KEY, NULL }));
  g_assert_cmpint (gtk_drop_down_get_selected (fk_scenario_chooser_get_host (chooser, INN_KEY)), ==, 0);
  g_assert_true (gtk_widget_is_sensitive (shell_test_template_child (GTK_WIDGET (chooser), FK_TYPE_SCENARIO_CHOOSER, "follow_button")));
  g_assert_true (activate_closes (chooser, "chooser.follow"));
  after = stored (f);
  g_assert_true (after->auto_capabilities);
  g_assert_cmpuint (after->items->len, ==, 0);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  for (int choice = FK_SCENARIO_CHOOSE_CAPABILITIES; choice <= FK_SCENARIO_CHOOSE_MUNICIPALITIES; choice++)
    {
      FkScenarioChooser *chooser = open_chooser (f, choice);
      g_autoptr(FkScenario) after = NULL;

      if (choice == FK_SCENARIO_CHOOSE_CAPABILITIES)
        check (chooser, INN_KEY, TRUE);
      else
        gtk_widget_activate_action (GTK_WIDGET (chooser), "chooser.none", NULL);
      g_assert_true (activate_closes (chooser, "window.close"));
      after = stored (f);
      g_assert_true (after->auto_capabilities);
      g_assert_true (after->auto_municipalities);
      g_assert_cmpint (after->updated, ==, f->selected->updated);
    }
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  FkScenarioChooser *chooser = open_chooser (f, FK_SCENARIO_CHOOSE_CAPABILITIES);
  GtkWidget *entry = shell_test_template_child (GTK_WIDGET (chooser), FK_TYPE_SCENARIO_CHOOSER, "search_entry");
  FkModel *model = fk_study_get_model (f->study);
  const FkCapability *target = fk_model_lookup (model, INN_KEY);
  g_autofree char *query = g_utf8_strup (fk_text_get (&target->name, "en"), -1);
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (fk_scenario_chooser_get_check (chooser, INN_KEY)),
                                            GTK_TYPE_LIST_BOX_ROW);
  GtkWidget *other = gtk_widget_get_ancestor (GTK_WIDGET (fk_scenario_chooser_get_check (chooser, sak_keys[0])),
                                              GTK_TYPE_LIST_BOX_ROW);
  guint shown = 0;

  /* Any case; the search waits for a pause in the typing. */
  gtk_editable_set_text (GTK_EDITABLE (entry), query);
  while (gtk_widget_get_visible (other))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_visible (row));
  for (guint c = 0; c < model->capabilities->len; c++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
      GtkWidget *r = gtk_widget_get_ancestor (GTK_WIDGET (fk_scenario_chooser_get_check (chooser, cap->key)),
                                              GTK_TYPE_LIST_BOX_ROW);

      if (gtk_widget_get_visible (r))
        shown++;
    }
  g_assert_cmpuint (shown, ==, 1);
  /* Only the area with a match keeps its heading. */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (gtk_widget_get_parent (other))));
  gtk_window_destroy (GTK_WINDOW (chooser));
}

/* A write that fails keeps the window and the choice, and says why. */
static void
test_failed_save (Fixture       *f,
                  gconstpointer  data)
{
  FkScenarioChooser *chooser = open_chooser (f, FK_SCENARIO_CHOOSE_CAPABILITIES);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  check (chooser, INN_KEY, TRUE);
  fk_study_delete_scenario (f->study, f->selected->id, &error);
  g_assert_no_error (error);
  g_assert_false (activate_closes (chooser, "chooser.save"));
  g_assert_true (gtk_check_button_get_active (fk_scenario_chooser_get_check (chooser, INN_KEY)));
  dialog = shell_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (chooser));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (chooser));
}

/* ---- municipalities ---------------------------------------------------------- */

static void
test_municipalities (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(FkScenarioPlan) plan = fk_scenario_resolve (f->selected, f->candidates);
  FkRegion *region = fk_study_get_region (f->study);
  FkScenarioChooser *chooser = open_chooser (f, FK_SCENARIO_CHOOSE_MUNICIPALITIES);
  g_auto(GStrv) chosen = fk_scenario_chooser_get_chosen (chooser);
  g_autoptr(FkScenario) after = NULL;
  g_autoptr(FkScenario) again = NULL;

  /* Pre-filled with the participants and hosts of the plan. */
  g_assert_cmpuint (plan->n_rows, >, 0);
  g_assert_cmpuint (g_strv_length (chosen), ==, plan->n_rows);
  for (guint i = 0; i < plan->n_rows; i++)
    g_assert_cmpstr (chosen[i], ==, code_of (f, plan->rows[i]));
  g_assert_null (fk_scenario_chooser_get_host (chooser, code_of (f, 0)));
  g_assert_false (gtk_widget_get_visible (shell_test_template_child (GTK_WIDGET (chooser), FK_TYPE_SCENARIO_CHOOSER, "search_entry")));
  shell_test_save_png (GTK_WIDGET (chooser), "scenario-choose-municipalities.png");

  gtk_widget_activate_action (GTK_WIDGET (chooser), "chooser.all", NULL);
  g_strfreev (chosen);
  chosen = fk_scenario_chooser_get_chosen (chooser);
  g_assert_cmpuint (g_strv_length (chosen), ==, region->municipalities->len);

  /* None, then three checked out of order: stored in region order. */
  gtk_widget_activate_action (GTK_WIDGET (chooser), "chooser.none", NULL);
  check (chooser, code_of (f, AMAL), TRUE);
  check (chooser, code_of (f, DALSED), TRUE);
  check (chooser, code_of (f, UDDEVALLA), TRUE);
  g_assert_true (activate_closes (chooser, "chooser.save"));
  after = stored (f);
  g_assert_false (after->auto_municipalities);
  g_assert_true (after->auto_capabilities);
  g_assert_cmpstrv (after->municipalities,
                    ((const char *[]) { code_of (f, DALSED), code_of (f, UDDEVALLA), code_of (f, AMAL), NULL }));

  /* Back to the rule. */
  g_clear_pointer (&f->selected, fk_scenario_free);
  f->selected = stored (f);
  chooser = open_chooser (f, FK_SCENARIO_CHOOSE_MUNICIPALITIES);
  g_assert_true (activate_closes (chooser, "chooser.follow"));
  again = stored (f);
  g_assert_true (again->auto_municipalities);
}

/* ---- on the page -------------------------------------------------------------- */

static void
wait_done (FkScenariosPage *page)
{
  while (fk_scenarios_page_is_busy (page))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkWidget *
show_page (Fixture          *f,
           FkScenariosPage **out_page)
{
  GtkWidget *window = gtk_window_new ();
  FkScenariosPage *page = FK_SCENARIOS_PAGE (fk_scenarios_page_new ());

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  fk_scenarios_page_set_study (page, f->study);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  wait_done (page);
  fk_scenarios_page_select (page, f->selected->id);
  gtk_test_widget_wait_for_draw (window);
  *out_page = page;
  return window;
}

static void
assert_buttons (FkScenariosPage *page,
                gboolean         sensitive,
                const char      *tooltip)
{
  static const char *const names[] = { "choose_capabilities_button", "choose_municipalities_button" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *button = shell_test_template_child (GTK_WIDGET (page), FK_TYPE_SCENARIOS_PAGE, names[i]);

      g_assert_cmpint (gtk_widget_is_sensitive (button), ==, sensitive);
      if (tooltip != NULL)
        g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, tooltip);
    }
}

/* Dals-Ed and Uddevalla only. */
static void
chosen_municipalities (Fixture           *f,
                       FkScenarioChooser *chooser)
{
  gtk_widget_activate_action (GTK_WIDGET (chooser), "chooser.none", NULL);
  check (chooser, code_of (f, DALSED), TRUE);
  check (chooser, code_of (f, UDDEVALLA), TRUE);
}

static void
test_page (Fixture       *f,
           gconstpointer  data)
{
  FkScenariosPage *page;
  GtkWidget *window = show_page (f, &page);
  GtkWidget *editor = fk_scenarios_page_get_editor (page);
  GtkWidget *note = shell_test_template_child (GTK_WIDGET (page), FK_TYPE_SCENARIOS_PAGE, "coverage_note");
  GtkWidget *changed = shell_test_template_child (GTK_WIDGET (page), FK_TYPE_SCENARIOS_PAGE, "changed_box");
  const FkCapability *inn = fk_model_lookup (fk_study_get_model (f->study), INN_KEY);
  FkScenarioChooser *chooser;
  g_auto(GStrv) chosen = NULL;
  g_autoptr(FkScenario) after = NULL;

  assert_buttons (page, TRUE, NULL);
  g_assert_true (gtk_widget_get_visible (note));
  g_assert_false (gtk_widget_get_visible (changed));
  g_assert_null (shell_test_find_label (editor, fk_text_get (&inn->name, "en")));

  gtk_widget_activate_action (GTK_WIDGET (page), "scenarios.choose-capabilities", NULL);
  chooser = FK_SCENARIO_CHOOSER (shell_test_find_toplevel (FK_TYPE_SCENARIO_CHOOSER));
  g_assert_nonnull (chooser);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (chooser)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (chooser)) == GTK_WINDOW (window));
  chosen = fk_scenario_chooser_get_chosen (chooser);
  g_assert_cmpuint (g_strv_length (chosen), ==, FK_SCENARIO_DEFAULT_N_SELECTED);
  check (chooser, INN_KEY, TRUE);
  g_assert_true (activate_closes (chooser, "chooser.save"));
  gtk_test_widget_wait_for_draw (window);

  /* The editor shows the choice at once, no longer following the
   * candidates, and says the text may be out of date. */
  after = stored (f);
  g_assert_cmpuint (after->items->len, ==, FK_SCENARIO_DEFAULT_N_SELECTED + 1);
  g_assert_nonnull (shell_test_find_label (editor, fk_text_get (&inn->name, "en")));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (note)), "The capabilities are your choice;"));
  g_assert_true (gtk_widget_get_visible (changed));

  gtk_widget_activate_action (GTK_WIDGET (page), "scenarios.choose-municipalities", NULL);
  chooser = FK_SCENARIO_CHOOSER (shell_test_find_toplevel (FK_TYPE_SCENARIO_CHOOSER));
  g_assert_nonnull (chooser);
  chosen_municipalities (f, chooser);
  g_assert_true (activate_closes (chooser, "chooser.save"));
  gtk_test_widget_wait_for_draw (window);
  /* Both chosen: nothing follows the candidates any more. */
  g_assert_false (gtk_widget_get_visible (note));
  g_assert_true (gtk_widget_get_visible (changed));
  shell_test_save_png (window, "scenario-chosen.png");
  shell_test_destroy_window (window);
}

static void
test_page_off (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (fk_study_get_path (f->study));
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new_for_study (f->study, NULL, &error);
  FkScenariosPage *page;
  GtkWidget *window;

  g_assert_no_error (error);
  window = show_page (f, &page);
  fk_scenarios_page_set_anonymizer (page, anon);
  gtk_test_widget_wait_for_draw (window);
  wait_done (page);
  assert_buttons (page, FALSE,
                  "The municipalities are anonymised. Turn off anonymisation on the Compare page to choose.");
  /* Nor through the action. */
  gtk_widget_activate_action (GTK_WIDGET (page), "scenarios.choose-capabilities", NULL);
  g_assert_null (shell_test_find_toplevel (FK_TYPE_SCENARIO_CHOOSER));
  shell_test_destroy_window (window);

  g_assert_finalize_object (f->study);
  f->study = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  window = show_page (f, &page);
  assert_buttons (page, FALSE, "The study is read-only: the scenario’s choice cannot be changed.");
  gtk_widget_activate_action (GTK_WIDGET (page), "scenarios.choose-municipalities", NULL);
  g_assert_null (shell_test_find_toplevel (FK_TYPE_SCENARIO_CHOOSER));
  shell_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmpdir = NULL;
  int ret;

  tmpdir = shell_test_setup_tmpdir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

#define ADD(path, func) g_test_add ("/ui/scenario-choosers/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("capabilities-prefill", test_capabilities_prefill);
  ADD ("capabilities-save", test_capabilities_save);
  ADD ("capabilities-follow", test_capabilities_follow);
  ADD ("cancel", test_cancel);
  ADD ("search", test_search);
  ADD ("failed-save", test_failed_save);
  ADD ("municipalities", test_municipalities);
  ADD ("page", test_page);
  ADD ("page-off", test_page_off);
  ret = g_test_run ();
  shell_test_remove_tree (tmpdir);
  return ret;
}
