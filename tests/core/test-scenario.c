/* test-scenario.c — a scenario's kinds, sections, copies and stored text */
#include "fk-test-util.h"

static void
test_strings (void)
{
  for (FkScenarioKind kind = FK_SCENARIO_CUSTOM; kind <= FK_SCENARIO_JOINT; kind++)
    {
      FkScenarioKind back = FK_SCENARIO_CUSTOM;

      g_assert_true (fk_scenario_kind_from_string (fk_scenario_kind_to_string (kind), &back));
      g_assert_cmpint (back, ==, kind);
    }
  for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    {
      FkScenarioSection back = FK_SCENARIO_SECTION_SUMMARY;

      g_assert_true (fk_scenario_section_from_string (fk_scenario_section_to_string (s), &back));
      g_assert_cmpint (back, ==, s);
    }
  g_assert_cmpstr (fk_scenario_section_to_string (FK_SCENARIO_SECTION_NEXT_STEP), ==, "next-step");
  {
    FkScenarioKind kind;
    FkScenarioSection section;

    g_assert_false (fk_scenario_kind_from_string ("Baseline", &kind));
    g_assert_false (fk_scenario_kind_from_string (NULL, &kind));
    g_assert_false (fk_scenario_section_from_string ("next_step", &section));
  }
  /* The pre-study's four, in both languages; a user's has no default. */
  g_assert_cmpstr (fk_scenario_kind_get_name (FK_SCENARIO_BASELINE)->sv, ==, "Nollalternativ");
  g_assert_cmpstr (fk_scenario_kind_get_name (FK_SCENARIO_JOINT)->sv, ==, "Gemensam digital motor");
  g_assert_nonnull (fk_scenario_kind_get_name (FK_SCENARIO_NETWORK)->en);
  g_assert_null (fk_scenario_kind_get_name (FK_SCENARIO_CUSTOM));
}

static void
test_copy_and_text (void)
{
  g_autoptr(FkScenario) scenario = fk_scenario_new (FK_SCENARIO_SELECTED);
  g_autoptr(FkScenario) copy = NULL;

  g_assert_cmpstr (scenario->name.sv, ==, "Samverkan kring utvalda förmågor");
  g_assert_true (scenario->auto_capabilities);
  g_assert_true (scenario->auto_municipalities);
  g_assert_cmpuint (g_strv_length (scenario->municipalities), ==, 0);
  g_assert_false (fk_scenario_is_edited (scenario));

  fk_scenario_add_item (scenario, "drift.sakerhetskopiering", "1488");
  fk_scenario_add_item (scenario, "styrning.prioritering", NULL);
  fk_scenario_set_text (scenario, "sv", FK_SCENARIO_SECTION_RISKS, "Egen <b>&</b>", "Genererad", TRUE);
  fk_scenario_set_text (scenario, "en", FK_SCENARIO_SECTION_RISKS, "Generated", "Generated", FALSE);
  g_assert_true (fk_scenario_is_edited (scenario));
  /* Setting again replaces, never adds a second text for the section. */
  fk_scenario_set_text (scenario, "en", FK_SCENARIO_SECTION_RISKS, "Again", "Again", FALSE);
  g_assert_cmpuint (scenario->texts->len, ==, 2);

  copy = fk_scenario_copy (scenario);
  fk_scenario_set_text (scenario, "sv", FK_SCENARIO_SECTION_RISKS, "Changed", "Changed", FALSE);
  g_assert_cmpuint (copy->items->len, ==, 2);
  g_assert_cmpstr (((FkScenarioItem *) g_ptr_array_index (copy->items, 0))->host, ==, "1488");
  g_assert_null (((FkScenarioItem *) g_ptr_array_index (copy->items, 1))->host);
  g_assert_cmpstr (fk_scenario_get_text (copy, "sv", FK_SCENARIO_SECTION_RISKS)->text, ==, "Egen <b>&</b>");
  g_assert_cmpstr (fk_scenario_get_text (copy, "en", FK_SCENARIO_SECTION_RISKS)->text, ==, "Again");
  g_assert_null (fk_scenario_get_text (copy, "sv", FK_SCENARIO_SECTION_SUMMARY));
  g_assert_true (fk_scenario_is_edited (copy));
  g_assert_false (fk_scenario_is_edited (scenario));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scenario/strings", test_strings);
  g_test_add_func ("/scenario/copy-and-text", test_copy_and_text);
  return g_test_run ();
}
