/* fk-scenario.c — a scenario: its kind, sections, copies and stored text
 *
 * Storage is in fk-study-scenarios.c, the plan in fk-scenario-plan.c and
 * the generated text in fk-scenario-text.c.
 */
#define G_LOG_DOMAIN "fk-scenario"
#include "config.h"
#include "fk-scenario.h"

#include "fk-i18n.h"
#include <string.h>

static const char *const kind_strings[] = {
  [FK_SCENARIO_CUSTOM] = "custom",
  [FK_SCENARIO_BASELINE] = "baseline",
  [FK_SCENARIO_NETWORK] = "network",
  [FK_SCENARIO_SELECTED] = "selected",
  [FK_SCENARIO_JOINT] = "joint",
};

/* The names of the pre-study's four scenarios: stored in the study in
 * both languages (model-like content, not program text). */
static const FkText kind_names[] = {
  [FK_SCENARIO_BASELINE] = { (char *) "Nollalternativ", (char *) "Baseline" },
  [FK_SCENARIO_NETWORK] = { (char *) "Nätverk och erfarenhetsutbyte", (char *) "Network and exchange of experience" },
  [FK_SCENARIO_SELECTED] = { (char *) "Samverkan kring utvalda förmågor", (char *) "Collaboration on selected capabilities" },
  [FK_SCENARIO_JOINT] = { (char *) "Gemensam digital motor", (char *) "Joint digital motor" },
};

static const char *const section_strings[] = {
  [FK_SCENARIO_SECTION_SUMMARY] = "summary",
  [FK_SCENARIO_SECTION_CAPABILITIES] = "capabilities",
  [FK_SCENARIO_SECTION_PARTICIPANTS] = "participants",
  [FK_SCENARIO_SECTION_BENEFITS] = "benefits",
  [FK_SCENARIO_SECTION_RISKS] = "risks",
  [FK_SCENARIO_SECTION_REQUIREMENTS] = "requirements",
  [FK_SCENARIO_SECTION_NEXT_STEP] = "next-step",
};

G_STATIC_ASSERT (G_N_ELEMENTS (section_strings) == FK_N_SCENARIO_SECTIONS);

const char *
fk_scenario_kind_to_string (FkScenarioKind kind)
{
  g_return_val_if_fail (kind <= FK_SCENARIO_JOINT, NULL);
  return kind_strings[kind];
}

gboolean
fk_scenario_kind_from_string (const char     *text,
                              FkScenarioKind *out_kind)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (kind_strings); i++)
    if (g_str_equal (text, kind_strings[i]))
      {
        *out_kind = i;
        return TRUE;
      }
  return FALSE;
}

const FkText *
fk_scenario_kind_get_name (FkScenarioKind kind)
{
  g_return_val_if_fail (kind <= FK_SCENARIO_JOINT, NULL);
  return kind == FK_SCENARIO_CUSTOM ? NULL : &kind_names[kind];
}

const char *
fk_scenario_section_to_string (FkScenarioSection section)
{
  g_return_val_if_fail (section < FK_N_SCENARIO_SECTIONS, NULL);
  return section_strings[section];
}

gboolean
fk_scenario_section_from_string (const char        *text,
                                 FkScenarioSection *out_section)
{
  for (guint i = 0; text != NULL && i < FK_N_SCENARIO_SECTIONS; i++)
    if (g_str_equal (text, section_strings[i]))
      {
        *out_section = i;
        return TRUE;
      }
  return FALSE;
}

static FkScenarioItem *
item_copy (const FkScenarioItem *item)
{
  FkScenarioItem *copy = g_new0 (FkScenarioItem, 1);

  copy->capability = g_strdup (item->capability);
  copy->host = g_strdup (item->host);
  return copy;
}

static void
item_free (FkScenarioItem *item)
{
  g_free (item->capability);
  g_free (item->host);
  g_free (item);
}

static FkScenarioText *
text_copy (const FkScenarioText *text)
{
  FkScenarioText *copy = g_new0 (FkScenarioText, 1);

  copy->section = text->section;
  copy->language = g_strdup (text->language);
  copy->text = g_strdup (text->text);
  copy->generated = g_strdup (text->generated);
  copy->edited = text->edited;
  return copy;
}

static void
text_free (FkScenarioText *text)
{
  g_free (text->language);
  g_free (text->text);
  g_free (text->generated);
  g_free (text);
}

/**
 * fk_scenario_new:
 *
 * An empty scenario of @kind (id 0, following the candidates, no text),
 * for storage code and tests to fill in.
 *
 * Returns: (transfer full)
 */
FkScenario *
fk_scenario_new (FkScenarioKind kind)
{
  FkScenario *scenario = g_new0 (FkScenario, 1);

  scenario->kind = kind;
  scenario->auto_capabilities = TRUE;
  scenario->auto_municipalities = TRUE;
  scenario->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  scenario->municipalities = g_new0 (char *, 1);
  scenario->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) text_free);
  if (kind != FK_SCENARIO_CUSTOM)
    {
      scenario->name.sv = g_strdup (kind_names[kind].sv);
      scenario->name.en = g_strdup (kind_names[kind].en);
    }
  return scenario;
}

void
fk_scenario_add_item (FkScenario *scenario,
                      const char *capability,
                      const char *host)
{
  FkScenarioItem item = { (char *) capability, (char *) host };

  g_return_if_fail (capability != NULL);
  g_ptr_array_add (scenario->items, item_copy (&item));
}

void
fk_scenario_set_text (FkScenario        *scenario,
                      const char        *language,
                      FkScenarioSection  section,
                      const char        *text,
                      const char        *generated,
                      gboolean           edited)
{
  FkScenarioText *stored = (FkScenarioText *) fk_scenario_get_text (scenario, language, section);

  if (stored == NULL)
    {
      stored = g_new0 (FkScenarioText, 1);
      stored->section = section;
      stored->language = g_strdup (language);
      g_ptr_array_add (scenario->texts, stored);
    }
  /* Copied before freeing: @text may be the stored text itself. */
  {
    char *new_text = g_strdup (text);
    char *new_generated = g_strdup (generated);

    g_free (stored->text);
    g_free (stored->generated);
    stored->text = new_text;
    stored->generated = new_generated;
  }
  stored->edited = edited;
}

FkScenario *
fk_scenario_copy (const FkScenario *scenario)
{
  FkScenario *copy = g_new0 (FkScenario, 1);

  copy->id = scenario->id;
  copy->kind = scenario->kind;
  copy->name.sv = g_strdup (scenario->name.sv);
  copy->name.en = g_strdup (scenario->name.en);
  copy->auto_capabilities = scenario->auto_capabilities;
  copy->items = g_ptr_array_new_full (scenario->items->len, (GDestroyNotify) item_free);
  for (guint i = 0; i < scenario->items->len; i++)
    g_ptr_array_add (copy->items, item_copy (g_ptr_array_index (scenario->items, i)));
  copy->auto_municipalities = scenario->auto_municipalities;
  copy->municipalities = g_strdupv (scenario->municipalities);
  copy->texts = g_ptr_array_new_full (scenario->texts->len, (GDestroyNotify) text_free);
  for (guint i = 0; i < scenario->texts->len; i++)
    g_ptr_array_add (copy->texts, text_copy (g_ptr_array_index (scenario->texts, i)));
  copy->generated_round = scenario->generated_round;
  copy->updated = scenario->updated;
  return copy;
}

void
fk_scenario_free (FkScenario *scenario)
{
  if (scenario == NULL)
    return;
  fk_text_clear (&scenario->name);
  g_ptr_array_unref (scenario->items);
  g_strfreev (scenario->municipalities);
  g_ptr_array_unref (scenario->texts);
  g_free (scenario);
}

G_DEFINE_BOXED_TYPE (FkScenario, fk_scenario, fk_scenario_copy, fk_scenario_free)

const FkScenarioText *
fk_scenario_get_text (const FkScenario  *scenario,
                      const char        *language,
                      FkScenarioSection  section)
{
  for (guint i = 0; i < scenario->texts->len; i++)
    {
      const FkScenarioText *text = g_ptr_array_index (scenario->texts, i);

      if (text->section == section && g_strcmp0 (text->language, language) == 0)
        return text;
    }
  return NULL;
}

gboolean
fk_scenario_is_edited (const FkScenario *scenario)
{
  for (guint i = 0; i < scenario->texts->len; i++)
    if (((const FkScenarioText *) g_ptr_array_index (scenario->texts, i))->edited)
      return TRUE;
  return FALSE;
}

/* ---- the name shown ------------------------------------------------------------- */

/* TRUE if @text mentions a municipality of @region by name (in any case)
 * or by code: such a name of the user's cannot go into anonymised output. */
static gboolean
names_a_municipality (FkRegion   *region,
                      const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; region != NULL && i < region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);
      g_autofree char *name = g_utf8_casefold (m->name, -1);

      if (strstr (folded, name) != NULL || strstr (text, m->code) != NULL)
        return TRUE;
    }
  return FALSE;
}

char *
fk_scenario_get_display_name (const FkScenario   *scenario,
                              FkRegion           *region,
                              const char         *language,
                              const FkAnonymizer *anon,
                              guint               position,
                              gboolean           *out_replaced)
{
  const char *name;
  const FkText *default_name;

  g_return_val_if_fail (scenario != NULL, NULL);

  name = fk_text_get (&scenario->name, language);
  if (out_replaced != NULL)
    *out_replaced = FALSE;
  if (name == NULL)
    name = "";
  if (anon != NULL && region == NULL)
    region = fk_anonymizer_get_region (anon);
  if (anon == NULL || !names_a_municipality (region, name))
    return g_strdup (name);
  if (out_replaced != NULL)
    *out_replaced = TRUE;
  default_name = fk_scenario_kind_get_name (scenario->kind);
  if (default_name != NULL)
    return g_strdup (fk_text_get (default_name, language));
  /* Translators: a scenario's name in anonymised output, in place of the
   * user's name for it, which names a municipality; %u is its place in
   * the list of scenarios */
  return g_strdup_printf (_("Scenario %u"), position);
}
