/* fk-cli-scenarios.c — "formagekarta-cli scenarios": the scenario descriptions for the report
 *
 * Prints every scenario of a study (fk-scenario.h, docs/scenarios.md)
 * with its description, section by section under the headings: the text
 * the study stores in the language asked for, or where it has none, the
 * text generated now from the round's collaboration candidates (not
 * stored). As plain text to paste into the pre-study report, or as a JSON
 * array for scripts. --regenerate stores new text where the user has not
 * edited it and says on stderr where it kept the user's text; without
 * it, stderr names each scenario whose stored text is older than the
 * scores ("stale" in the JSON).
 * --anonymize generates every section anew with the study's letters:
 * stored text, the user's above all, may name municipalities. Everything
 * is worded in core; this file only chooses the text and shapes it.
 * See docs/cli.md, "scenarios".
 */
#define G_LOG_DOMAIN "fk-cli-scenarios"
#include "config.h"
#include "fk-cli.h"
#include "fk-cli-json.h"
#include "fk-json.h"

#include "fk-i18n.h"
#include <stdio.h>
#include <string.h>

/* Everything the output needs from one run. */
typedef struct {
  FkStudy            *study;
  FkCandidates       *candidates;
  FkModel            *model;
  FkRegion           *region;
  const FkRound      *round;     /* the round the generated text is about */
  const FkAnonymizer *anon;      /* NULL: names and codes */
  const char         *language;
} Listing;

/* One scenario as printed. */
typedef struct {
  const FkScenario *scenario;
  FkScenarioPlan   *plan;
  char             *name;                              /* the name printed */
  gboolean          name_replaced;                     /* anonymised: the user's name named a municipality */
  char             *text[FK_N_SCENARIO_SECTIONS];      /* what is printed */
  gboolean          stored[FK_N_SCENARIO_SECTIONS];    /* the study's text, not generated now */
  gboolean          edited[FK_N_SCENARIO_SECTIONS];    /* the user edited the stored text of this language */
  char             *whole;                             /* the sections under their headings */
  gboolean          stale;                             /* stored text of this round older than its scores */
} Description;

static void
description_free (Description *d)
{
  g_clear_pointer (&d->plan, fk_scenario_plan_free);
  g_free (d->name);
  for (guint s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    g_free (d->text[s]);
  g_free (d->whole);
  g_free (d);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Description, description_free)

static void
print_note (const char *message)
{
  fprintf (stderr, "%s: %s\n", FK_CLI_NAME, message);
}

static const FkCapability *
capability_at (const Listing *listing,
               guint          col)
{
  return g_ptr_array_index (listing->model->capabilities, col);
}

/* A municipality as the JSON gives it: its code, or anonymised its letter. */
static const char *
municipality_id (const Listing *listing,
                 guint          row)
{
  const FkMunicipality *m = g_ptr_array_index (listing->region->municipalities, row);

  return listing->anon != NULL ? fk_anonymizer_get_letter (listing->anon, m->code) : m->code;
}

static Description *
describe (const Listing    *listing,
          const FkScenario *scenario,
          guint             position)
{
  g_autoptr(Description) d = g_new0 (Description, 1);
  /* The text and, from the same generation, whether stored text of the
   * listing's round is older than its scores. */
  g_auto(GStrv) texts = fk_scenario_get_report_texts_full (scenario, listing->candidates, listing->language,
                                                           listing->anon, d->stored, &d->stale);

  d->scenario = scenario;
  d->plan = fk_scenario_resolve (scenario, listing->candidates);
  d->name = fk_scenario_get_display_name (scenario, listing->region, listing->language, listing->anon,
                                          position, &d->name_replaced);
  for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    {
      const FkScenarioText *t = fk_scenario_get_text (scenario, listing->language, s);

      d->edited[s] = t != NULL && t->edited;
      d->text[s] = g_steal_pointer (&texts[s]);
    }
  /* The JSON's "text": the sections as the plain output prints them. */
  d->whole = fk_scenario_format_sections_plain (listing->language, (const char * const *) d->text);
  return g_steal_pointer (&d);
}

/* ---- --regenerate ---------------------------------------------------------- */

/* FALSE if regenerating would leave the section's row as it is: the
 * same generated text, and the same text and mark. */
static gboolean
section_changes (const FkScenario  *scenario,
                 const char        *language,
                 FkScenarioSection  section,
                 const char        *fresh,
                 FkScenarioRegen    what)
{
  const FkScenarioText *stored = fk_scenario_get_text (scenario, language, section);

  switch (what)
    {
    case FK_SCENARIO_REGEN_SAME:
      /* The user's text that reads like the new one loses its mark. */
      return stored->edited || g_strcmp0 (stored->generated, fresh) != 0;
    case FK_SCENARIO_REGEN_KEEP:
      return g_strcmp0 (stored->generated, fresh) != 0;
    case FK_SCENARIO_REGEN_NEW:
    case FK_SCENARIO_REGEN_REPLACE:
    default:
      return TRUE;
    }
}

/* Stores newly generated text for every scenario in the listing's
 * language where the user has not edited it; one line on stderr for
 * each scenario where the user's text was kept, naming its sections
 * (every run: it is kept every time). A scenario whose rows would not
 * change is not written, so running it twice changes the file once. */
static gboolean
regenerate (const Listing *listing,
            GPtrArray     *scenarios,
            GError       **error)
{
  for (guint i = 0; i < scenarios->len; i++)
    {
      const FkScenario *scenario = scenarios->pdata[i];
      g_auto(GStrv) fresh = fk_scenario_generate (scenario, listing->candidates, listing->language, NULL);
      g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
      gboolean unchanged = scenario->generated_round == listing->round->id;
      FkScenarioRegen what[FK_N_SCENARIO_SECTIONS];
      g_autofree char *list = NULL;
      g_autofree char *note = NULL;

      fk_scenario_compare (scenario, listing->language, (const char * const *) fresh, what);
      for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
        {
          g_autofree char *heading = NULL;

          unchanged = unchanged && !section_changes (scenario, listing->language, s, fresh[s], what[s]);
          if (what[s] != FK_SCENARIO_REGEN_KEEP)
            continue;
          heading = fk_scenario_section_get_heading (s, listing->language);
          /* Translators: a section's heading in a list of them, in quotes */
          g_ptr_array_add (kept, g_strdup_printf (_("“%s”"), heading));
        }
      if (!unchanged &&
          !fk_study_regenerate_scenario (listing->study, scenario->id, listing->language, listing->round->id,
                                         (const char * const *) fresh, NULL, error))
        return FALSE;
      if (kept->len == 0)
        continue;
      list = fk_names_join_texts ((const char * const *) kept->pdata, kept->len);
      /* Translators: said after regenerating the scenario texts; the
       * first %s is a scenario's name, %u how many of its sections the
       * user had edited, the last %s their headings as a list */
      note = g_strdup_printf (ngettext ("Scenario “%s”: kept your own text in %u section: %s",
                                        "Scenario “%s”: kept your own text in %u sections: %s", kept->len),
                              fk_text_get (&scenario->name, listing->language), kept->len, list);
      print_note (note);
    }
  return TRUE;
}

/* ---- JSON ------------------------------------------------------------------ */

static void
add_boolean (JsonBuilder *builder,
             const char  *member,
             gboolean     value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_boolean_value (builder, value);
}

static void
add_plan (JsonBuilder          *builder,
          const Listing        *listing,
          const FkScenarioPlan *plan)
{
  g_autofree guint *rows = fk_names_sort_rows (plan->rows, plan->n_rows, listing->anon);

  json_builder_set_member_name (builder, "capabilities");
  json_builder_begin_array (builder);
  for (guint i = 0; i < plan->n_cols; i++)
    json_builder_add_string_value (builder, capability_at (listing, plan->cols[i])->key);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "hosts");
  json_builder_begin_object (builder);
  for (guint i = 0; i < plan->n_cols; i++)
    if (plan->hosts[i] >= 0)
      fk_cli_json_add_string (builder, capability_at (listing, plan->cols[i])->key,
                  municipality_id (listing, (guint) plan->hosts[i]));
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "municipalities");
  json_builder_begin_array (builder);
  for (guint i = 0; i < plan->n_rows; i++)
    json_builder_add_string_value (builder, municipality_id (listing, rows[i]));
  json_builder_end_array (builder);
}

static void
add_sections (JsonBuilder       *builder,
              const Listing     *listing,
              const Description *d)
{
  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    {
      g_autofree char *heading = fk_scenario_section_get_heading (s, listing->language);

      json_builder_begin_object (builder);
      fk_cli_json_add_string (builder, "section", fk_scenario_section_to_string (s));
      fk_cli_json_add_string (builder, "heading", heading);
      fk_cli_json_add_string (builder, "text", d->text[s]);
      add_boolean (builder, "edited", d->edited[s]);
      add_boolean (builder, "stored", d->stored[s]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_description (JsonBuilder       *builder,
                 const Listing     *listing,
                 const Description *d)
{
  const FkScenario *scenario = d->scenario;
  const FkRound *generated = scenario->generated_round != 0
                             ? fk_study_get_round_by_id (listing->study, scenario->generated_round) : NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, scenario->id);
  fk_cli_json_add_string (builder, "kind", fk_scenario_kind_to_string (scenario->kind));
  fk_cli_json_add_string (builder, "name", d->name);
  fk_cli_json_add_string (builder, "round", listing->round->name);
  fk_cli_json_add_string (builder, "generated_round", generated != NULL ? generated->name : NULL);
  add_boolean (builder, "follows_candidates", d->plan->from_candidates);
  add_plan (builder, listing, d->plan);
  add_boolean (builder, "edited", fk_scenario_is_edited (scenario));
  add_boolean (builder, "stale", d->stale);
  fk_cli_json_add_string (builder, "text", d->whole);
  add_sections (builder, listing, d);
  json_builder_end_object (builder);
}

static void
print_json (const Listing *listing,
            GPtrArray     *descriptions)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < descriptions->len; i++)
    add_description (builder, listing, descriptions->pdata[i]);
  json_builder_end_array (builder);
  node = json_builder_get_root (builder);
  text = fk_json_to_string (node);
  fk_cli_print_line (text);
}

/* ---- text ------------------------------------------------------------------ */

/* Each scenario as fk_scenario_format_plain() gives it (what the
 * Scenarios page copies), a blank line after each. */
static void
print_text (const Listing *listing,
            GPtrArray     *descriptions)
{
  g_autoptr(GString) out = g_string_new (NULL);

  /* Translators: the heading of the scenario descriptions; %s is the
   * name of the round whose scores they describe */
  g_string_append_printf (out, _("Scenarios — %s"), listing->round->name);
  g_string_append (out, "\n\n");
  for (guint i = 0; i < descriptions->len; i++)
    {
      const Description *d = descriptions->pdata[i];
      g_autofree char *plain = fk_scenario_format_plain (d->name, listing->language, (const char * const *) d->text);

      g_string_append_printf (out, "%s\n\n", plain);
    }
  fputs (out->str, stdout);
}

/* On stderr, after the output: what was not printed as stored, and
 * stored text about another round than the one named. */
static void
print_notes (const Listing *listing,
             GPtrArray     *descriptions)
{
  guint n_replaced = 0, n_names = 0, n_other_round = 0;

  for (guint i = 0; i < descriptions->len; i++)
    {
      const Description *d = descriptions->pdata[i];
      gboolean uses_stored = FALSE;

      for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
        {
          n_replaced += d->edited[s] && !d->stored[s];
          uses_stored = uses_stored || d->stored[s];
        }
      n_names += d->name_replaced;
      if (d->stale)
        {
          /* Translators: %s is a scenario's name */
          g_autofree char *note = g_strdup_printf (_("“%s” is based on older scores: run with --regenerate to update the text you have not edited."),
                                                   d->name);
          print_note (note);
        }
      n_other_round += uses_stored && d->scenario->generated_round != 0 &&
                       d->scenario->generated_round != listing->round->id;
    }
  if (n_replaced > 0)
    {
      g_autofree char *note = g_strdup_printf (ngettext ("%u section you edited was replaced by generated text to keep the output anonymous.",
                                                         "%u sections you edited were replaced by generated text to keep the output anonymous.",
                                                         n_replaced), n_replaced);
      print_note (note);
    }
  if (n_names > 0)
    {
      g_autofree char *note = g_strdup_printf (ngettext ("%u scenario name that names a municipality was replaced to keep the output anonymous.",
                                                         "%u scenario names that name a municipality were replaced to keep the output anonymous.",
                                                         n_names), n_names);
      print_note (note);
    }
  if (n_other_round > 0)
    {
      /* Translators: %u is a number of scenarios, %s the round named in the output */
      g_autofree char *note = g_strdup_printf (ngettext ("The stored text of %u scenario was generated from another round than “%s”: run with --regenerate to update what you have not edited.",
                                                         "The stored text of %u scenarios was generated from another round than “%s”: run with --regenerate to update what you have not edited.",
                                                         n_other_round), n_other_round, listing->round->name);
      print_note (note);
    }
}

/* ---- the command ----------------------------------------------------------- */

gboolean
fk_cli_command_scenarios (int      argc,
                          char   **argv,
                          GError **error)
{
  g_autofree char *round_name = NULL;
  g_autofree char *language = NULL;
  gboolean json = FALSE;
  gboolean regenerate_text = FALSE;
  gboolean anonymize = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_name, N_("Assessment round (default: the latest)"), N_("NAME") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "regenerate", 0, 0, G_OPTION_ARG_NONE, &regenerate_text, N_("Store newly generated text wherever you have not edited it"), NULL },
    { "anonymize", 0, 0, G_OPTION_ARG_NONE, &anonymize, N_("Show the municipalities as “Municipality A”, “Municipality B”, … in the study’s letter order"), NULL },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language of the text: sv or en (default: the study's)"), N_("LANGUAGE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    fk_cli_option_context_new ("scenarios",
                               _("Print the scenario descriptions of a study for the pre-study report."),
                               entries);
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  g_autoptr(FkCandidates) candidates = NULL;
  g_autoptr(FkAnonymizer) anonymizer = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(GPtrArray) descriptions = g_ptr_array_new_with_free_func ((GDestroyNotify) description_free);
  const FkRound *round;
  const char *path;
  Listing listing;

  if (!fk_cli_parse (context, "scenarios", argc, argv, error))
    return FALSE;
  if ((path = fk_cli_one_file ("scenarios", files, error)) == NULL)
    return FALSE;

  /* Every option before the study. */
  if (language != NULL && !fk_text_language_is_valid (language))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--language: “%s” is not a study language (use sv or en)"), language);
      return FALSE;
    }
  if (regenerate_text && anonymize)
    {
      fk_cli_set_usage_error (error, "scenarios",
                              _("--regenerate cannot be used with --anonymize: the study would store anonymised text"));
      return FALSE;
    }

  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, error);
  if (study == NULL)
    return FALSE;
  if (regenerate_text && fk_study_is_read_only (study))
    {
      g_autofree char *display = g_filename_display_basename (path);

      g_set_error (error, FK_ERROR, FK_ERROR_READ_ONLY, "%s: %s", display, fk_study_get_read_only_reason (study));
      return FALSE;
    }
  /* A round without levels is described in words ("no scores yet"), but
   * never stored over the text of a round that had some. */
  if (!fk_cli_open_round_candidates (study, round_name, &language, !regenerate_text, anonymize,
                                     &round, &snapshot, &candidates, &anonymizer, error))
    return FALSE;

  listing = (Listing) {
    .study = study,
    .candidates = candidates,
    .model = fk_round_snapshot_get_model (snapshot),
    .region = fk_round_snapshot_get_region (snapshot),
    .round = round,
    .anon = anonymizer,
    .language = language,
  };
  scenarios = fk_study_list_scenarios (study, error);
  if (scenarios == NULL)
    return FALSE;
  if (regenerate_text)
    {
      if (!regenerate (&listing, scenarios, error))
        return FALSE;
      /* What is stored now. */
      g_clear_pointer (&scenarios, g_ptr_array_unref);
      scenarios = fk_study_list_scenarios (study, error);
      if (scenarios == NULL)
        return FALSE;
    }

  for (guint i = 0; i < scenarios->len; i++)
    g_ptr_array_add (descriptions, describe (&listing, scenarios->pdata[i], i + 1));
  if (json)
    print_json (&listing, descriptions);
  else
    print_text (&listing, descriptions);
  print_notes (&listing, descriptions);
  return TRUE;
}
