/* test-scenario-plan.c — what each kind of scenario covers
 * (fk_scenario_resolve) on the fixture of scenario-fixture.h */
#include "scenario-fixture.h"

static void
assert_rows (const FkScenarioPlan *plan,
             const guint          *rows,
             guint                 n)
{
  g_assert_cmpuint (plan->n_rows, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (plan->rows[i], ==, rows[i]);
}

/* Every municipality but Trollhättan and Vänersborg (not interested, and
 * so neither participants nor hosts), in region order. */
static const guint all_but_two_large[] = {
  BENGTSFORS, DALSED, FARGELANDA, LYSEKIL, MELLERUD, MUNKEDAL, ORUST,
  SOTENAS, STROMSTAD, TANUM, UDDEVALLA, AMAL,
};

static void
test_selected (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  g_autoptr(FkScenario) scenario = fk_scenario_new (FK_SCENARIO_SELECTED);
  g_autoptr(FkScenarioPlan) plan = fk_scenario_resolve (scenario, candidates);

  /* The top five: the four security capabilities, then the first
   * architecture one (ties in model order). */
  g_assert_cmpuint (plan->n_cols, ==, FK_SCENARIO_DEFAULT_N_SELECTED);
  for (guint i = 0; i < G_N_ELEMENTS (sak_keys); i++)
    {
      g_assert_cmpint (plan->cols[i], ==, fixture_col (candidates, sak_keys[i]));
      /* The strongest host, not the first in region order (Lysekil). */
      g_assert_cmpint (plan->hosts[i], ==, UDDEVALLA);
    }
  g_assert_cmpint (plan->cols[4], ==, fixture_col (candidates, ark_keys[0]));
  /* All hosts at level 4: the first in region order. */
  g_assert_cmpint (plan->hosts[4], ==, BENGTSFORS);
  assert_rows (plan, all_but_two_large, G_N_ELEMENTS (all_but_two_large));
  g_assert_true (plan->from_candidates);
}

static void
test_joint (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  g_autoptr(FkScenario) scenario = fk_scenario_new (FK_SCENARIO_JOINT);
  g_autoptr(FkScenarioPlan) plan = fk_scenario_resolve (scenario, candidates);

  /* Among the top ten (all seven candidates): security 4, architecture 2,
   * innovation 1: the two first areas, every candidate of each. */
  g_assert_cmpuint (plan->n_cols, ==, 6);
  for (guint i = 0; i < G_N_ELEMENTS (sak_keys); i++)
    g_assert_cmpint (plan->cols[i], ==, fixture_col (candidates, sak_keys[i]));
  g_assert_cmpint (plan->cols[4], ==, fixture_col (candidates, ark_keys[0]));
  g_assert_cmpint (plan->cols[5], ==, fixture_col (candidates, ark_keys[1]));
  g_assert_cmpint (plan->hosts[5], ==, BENGTSFORS);
  for (guint i = 0; i < plan->n_cols; i++)
    g_assert_cmpint (plan->cols[i], !=, fixture_col (candidates, INN_KEY));
  assert_rows (plan, all_but_two_large, G_N_ELEMENTS (all_but_two_large));
  g_assert_true (plan->from_candidates);
}

/* Trollhättan interested (maybe) in one architecture capability only, at
 * level 3 (so neither weak nor a host): JOINT takes it in, SELECTED (which
 * takes only the first architecture capability) does not. */
static void
trollhattan_interested (FkScore *score,
                        guint    row)
{
  if (row == TROLLHATTAN && g_str_equal (score->capability, ark_keys[1]))
    {
      score->current = 3;
      score->interest = FK_INTEREST_MAYBE;
    }
}

static void
test_joint_interest (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates_full (trollhattan_interested, FALSE);
  g_autoptr(FkScenario) joint = fk_scenario_new (FK_SCENARIO_JOINT);
  g_autoptr(FkScenario) selected = fk_scenario_new (FK_SCENARIO_SELECTED);
  g_autoptr(FkScenarioPlan) joint_plan = fk_scenario_resolve (joint, candidates);
  g_autoptr(FkScenarioPlan) selected_plan = fk_scenario_resolve (selected, candidates);

  g_assert_cmpuint (joint_plan->n_rows, ==, G_N_ELEMENTS (all_but_two_large) + 1);
  g_assert_cmpuint (joint_plan->rows[10], ==, TROLLHATTAN);
  assert_rows (selected_plan, all_but_two_large, G_N_ELEMENTS (all_but_two_large));
}

/* innovation.automatisering scored like the security capabilities: among
 * the top ten, security 4, innovation 2 (best 45.4) and architecture 2
 * (best 44.8). Innovation wins the tie on its best score, although
 * architecture comes first in the model. */
static void
automation_like_security (FkScore *score,
                          guint    row)
{
  if (g_str_equal (score->capability, "innovation.automatisering"))
    {
      g_autoptr(FkScore) like = fk_score_new (1, score->municipality, sak_keys[0]);

      fixture_score (like, row);
      score->current = like->current;
      score->target = like->target;
      score->sustain = like->sustain;
      score->key_person = like->key_person;
      score->interest = like->interest;
    }
}

static void
test_joint_area_tie (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates_full (automation_like_security, FALSE);
  g_autoptr(FkScenario) scenario = fk_scenario_new (FK_SCENARIO_JOINT);
  g_autoptr(FkScenarioPlan) plan = fk_scenario_resolve (scenario, candidates);

  g_assert_cmpuint (plan->n_cols, ==, 6);
  for (guint i = 0; i < plan->n_cols; i++)
    {
      const FkCapability *cap = g_ptr_array_index (fk_round_snapshot_get_model (fk_candidates_get_snapshot (candidates))->capabilities,
                                                   plan->cols[i]);

      g_assert_true (g_str_equal (cap->area, "sakerhet") || g_str_equal (cap->area, "innovation"));
    }
  g_assert_cmpint (plan->cols[5], ==, fixture_col (candidates, INN_KEY));
}

static void
test_everyone_nothing_shared (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();

  for (FkScenarioKind kind = FK_SCENARIO_BASELINE; kind <= FK_SCENARIO_NETWORK; kind++)
    {
      g_autoptr(FkScenario) scenario = fk_scenario_new (kind);
      g_autoptr(FkScenarioPlan) plan = fk_scenario_resolve (scenario, candidates);

      g_assert_cmpuint (plan->n_cols, ==, 0);
      g_assert_cmpuint (plan->n_rows, ==, N_ROWS);
      for (guint r = 0; r < N_ROWS; r++)
        g_assert_cmpuint (plan->rows[r], ==, r);
      g_assert_false (plan->from_candidates);
    }
}

/* The user's choice wins where made; keys and codes the study does not
 * have are left out; municipalities come back in region order. */
static void
test_user_choice (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  g_autoptr(FkScenario) scenario = fk_scenario_new (FK_SCENARIO_SELECTED);
  g_autoptr(FkScenarioPlan) plan = NULL;
  static const guint chosen_rows[] = { BENGTSFORS, TROLLHATTAN };

  scenario->auto_capabilities = FALSE;
  fk_scenario_add_item (scenario, INN_KEY, "1485");
  fk_scenario_add_item (scenario, "no.such-capability", NULL);
  fk_scenario_add_item (scenario, sak_keys[2], "9999");
  fk_scenario_add_item (scenario, INN_KEY, NULL);   /* twice: once */
  scenario->auto_municipalities = FALSE;
  g_strfreev (scenario->municipalities);
  scenario->municipalities = g_strsplit ("1488,0000,1460", ",", -1);

  plan = fk_scenario_resolve (scenario, candidates);
  g_assert_cmpuint (plan->n_cols, ==, 2);
  g_assert_cmpint (plan->cols[0], ==, fixture_col (candidates, INN_KEY));
  g_assert_cmpint (plan->hosts[0], ==, UDDEVALLA);
  g_assert_cmpint (plan->cols[1], ==, fixture_col (candidates, sak_keys[2]));
  g_assert_cmpint (plan->hosts[1], ==, -1);
  assert_rows (plan, chosen_rows, G_N_ELEMENTS (chosen_rows));
  g_assert_false (plan->from_candidates);

  /* Chosen capabilities, municipalities still by the rule: participants
   * and hosts of those capabilities (innovation: the seven weak ones;
   * dataskydd: the small, the medium-sized and Uddevalla). */
  scenario->auto_municipalities = TRUE;
  g_clear_pointer (&plan, fk_scenario_plan_free);
  plan = fk_scenario_resolve (scenario, candidates);
  g_assert_cmpuint (plan->n_rows, ==, G_N_ELEMENTS (all_but_two_large));
  g_assert_true (plan->from_candidates);
}

static void
test_custom_and_empty (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  g_autoptr(FkCandidates) empty = fixture_candidates_full (NULL, TRUE);
  g_autoptr(FkScenario) custom = fk_scenario_new (FK_SCENARIO_CUSTOM);
  g_autoptr(FkScenario) selected = fk_scenario_new (FK_SCENARIO_SELECTED);
  g_autoptr(FkScenarioPlan) plan = fk_scenario_resolve (custom, candidates);
  g_autoptr(FkScenarioPlan) empty_plan = fk_scenario_resolve (selected, empty);

  /* A new scenario of the user's own covers nothing until chosen. */
  g_assert_cmpuint (plan->n_cols, ==, 0);
  g_assert_cmpuint (plan->n_rows, ==, 0);
  /* No scores, no candidates: nothing to select. */
  g_assert_cmpuint (empty_plan->n_cols, ==, 0);
  g_assert_cmpuint (empty_plan->n_rows, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/scenario-plan/selected", test_selected);
  g_test_add_func ("/core/scenario-plan/joint", test_joint);
  g_test_add_func ("/core/scenario-plan/joint-interest", test_joint_interest);
  g_test_add_func ("/core/scenario-plan/joint-area-tie", test_joint_area_tie);
  g_test_add_func ("/core/scenario-plan/everyone-nothing-shared", test_everyone_nothing_shared);
  g_test_add_func ("/core/scenario-plan/user-choice", test_user_choice);
  g_test_add_func ("/core/scenario-plan/custom-and-empty", test_custom_and_empty);
  return g_test_run ();
}
