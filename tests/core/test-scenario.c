/* test-scenario.c — a scenario's kinds, sections, copies and stored text */
#include "fk-test-util.h"

#include <string.h>

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

/* Anonymised, a name of the user's that names a municipality (by name in
 * any case, or by code) is replaced; other names and plain output keep it. */
static void
test_display_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRegion) region = fk_region_new_default (&error);
  g_autoptr(FkAnonymizer) anon = NULL;
  g_autoptr(FkScenario) custom = fk_scenario_new (FK_SCENARIO_CUSTOM);
  g_autoptr(FkScenario) joint = fk_scenario_new (FK_SCENARIO_JOINT);
  g_autofree char *plain = NULL;
  g_autofree char *hidden = NULL;
  g_autofree char *by_code = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *default_name = NULL;
  gboolean replaced = TRUE;

  g_assert_no_error (error);
  anon = fk_anonymizer_new (region, 7, NULL);
  custom->name.sv = g_strdup ("Uddevalla–Trollhättan IT");

  plain = fk_scenario_get_display_name (custom, region, "sv", NULL, 5, &replaced);
  g_assert_cmpstr (plain, ==, "Uddevalla–Trollhättan IT");
  g_assert_false (replaced);

  hidden = fk_scenario_get_display_name (custom, region, "sv", anon, 5, &replaced);
  g_assert_true (replaced);
  g_assert_null (strstr (hidden, "Uddevalla"));
  g_assert_null (strstr (hidden, "Trollhättan"));
  g_assert_nonnull (strstr (hidden, "5"));

  /* A code, and the anonymizer's own region when none is given. */
  g_free (custom->name.sv);
  custom->name.sv = g_strdup ("Samverkan 1485");
  by_code = fk_scenario_get_display_name (custom, NULL, "sv", anon, 2, &replaced);
  g_assert_true (replaced);
  g_assert_null (strstr (by_code, "1485"));

  g_free (custom->name.sv);
  custom->name.sv = g_strdup ("Norra klustret");
  kept = fk_scenario_get_display_name (custom, region, "sv", anon, 2, NULL);
  g_assert_cmpstr (kept, ==, "Norra klustret");

  /* A default scenario falls back to its kind's name. */
  g_free (joint->name.sv);
  joint->name.sv = g_strdup ("Motor i UDDEVALLA");
  default_name = fk_scenario_get_display_name (joint, region, "sv", anon, 4, &replaced);
  g_assert_true (replaced);
  g_assert_cmpstr (default_name, ==, fk_scenario_kind_get_name (FK_SCENARIO_JOINT)->sv);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scenario/strings", test_strings);
  g_test_add_func ("/scenario/copy-and-text", test_copy_and_text);
  g_test_add_func ("/scenario/display-name", test_display_name);
  return g_test_run ();
}
