/* fk-cli-json.c — studies and scores as JSON (json-glib); the shape of one
 * score is core's (fk-score-json.c) */
#define G_LOG_DOMAIN "fk-cli-json"
#include "config.h"
#include "fk-cli-json.h"
#include "fk-cli.h"

void
fk_cli_json_add_string (JsonBuilder *builder,
                        const char  *member,
                        const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_model (JsonBuilder *builder,
           FkModel     *model,
           const char  *language)
{
  json_builder_set_member_name (builder, "model");
  json_builder_begin_object (builder);
  fk_cli_json_add_string (builder, "id", model->id);
  fk_cli_json_add_string (builder, "version", model->version);
  fk_cli_json_add_string (builder, "checksum", model->checksum);
  fk_cli_json_add_string (builder, "name", fk_text_get (&model->name, language));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "areas");
  json_builder_begin_array (builder);
  for (guint i = 0; i < model->areas->len; i++)
    {
      const FkArea *area = g_ptr_array_index (model->areas, i);

      json_builder_begin_object (builder);
      fk_cli_json_add_string (builder, "key", area->key);
      fk_cli_json_add_string (builder, "name", fk_text_get (&area->name, language));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "capabilities");
  json_builder_begin_array (builder);
  for (guint i = 0; i < model->capabilities->len; i++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, i);

      json_builder_begin_object (builder);
      fk_cli_json_add_string (builder, "key", cap->key);
      fk_cli_json_add_string (builder, "area", cap->area);
      fk_cli_json_add_string (builder, "name", fk_text_get (&cap->name, language));
      json_builder_set_member_name (builder, "goals");
      json_builder_begin_array (builder);
      for (guint j = 0; cap->goals != NULL && cap->goals[j] != NULL; j++)
        json_builder_add_string_value (builder, cap->goals[j]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_region (JsonBuilder *builder,
            FkStudy     *study,
            GHashTable  *counts)
{
  FkRegion *region = fk_study_get_region (study);

  json_builder_set_member_name (builder, "region");
  json_builder_begin_object (builder);
  fk_cli_json_add_string (builder, "id", region->id);
  fk_cli_json_add_string (builder, "name", region->name);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "municipalities");
  json_builder_begin_array (builder);
  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);
      FkSizeClass size = fk_region_municipality_size_class (region, m);

      json_builder_begin_object (builder);
      fk_cli_json_add_string (builder, "code", m->code);
      fk_cli_json_add_string (builder, "name", m->name);
      json_builder_set_member_name (builder, "population");
      json_builder_add_int_value (builder, m->population);
      fk_cli_json_add_string (builder, "size", fk_size_class_to_string (size));
      json_builder_set_member_name (builder, "assessed");
      json_builder_add_int_value (builder, counts != NULL
                                  ? GPOINTER_TO_UINT (g_hash_table_lookup (counts, m->code)) : 0);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

JsonNode *
fk_cli_json_study_info (FkStudy    *study,
                        GHashTable *counts)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autofree char *created = NULL;
  const char *language;
  GPtrArray *rounds;

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  builder = json_builder_new ();
  created = fk_text_format_time (fk_study_get_created (study));
  language = fk_study_get_language (study);
  rounds = fk_study_get_rounds (study);

  json_builder_begin_object (builder);
  fk_cli_json_add_string (builder, "title", fk_study_get_title (study));
  fk_cli_json_add_string (builder, "language", language);
  fk_cli_json_add_string (builder, "created", created);
  json_builder_set_member_name (builder, "schema_version");
  json_builder_add_int_value (builder, FK_STUDY_SCHEMA_VERSION);
  json_builder_set_member_name (builder, "read_only");
  json_builder_add_boolean_value (builder, fk_study_is_read_only (study));
  fk_cli_json_add_string (builder, "read_only_reason", fk_study_get_read_only_reason (study));

  add_model (builder, fk_study_get_model (study), language);
  add_region (builder, study, counts);

  json_builder_set_member_name (builder, "rounds");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rounds->len; i++)
    {
      const FkRound *round = g_ptr_array_index (rounds, i);

      json_builder_begin_object (builder);
      fk_cli_json_add_string (builder, "name", round->name);
      fk_cli_json_add_string (builder, "date", round->date);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

JsonNode *
fk_cli_json_scores (FkStudy   *study,
                    GPtrArray *scores)
{
  g_autoptr(JsonArray) array = NULL;
  JsonNode *node;

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);
  g_return_val_if_fail (scores != NULL, NULL);

  array = json_array_sized_new (scores->len);
  for (guint i = 0; i < scores->len; i++)
    {
      const FkScore *score = g_ptr_array_index (scores, i);
      const FkRound *round = fk_study_get_round_by_id (study, score->round_id);

      json_array_add_element (array, fk_score_to_json (score, round != NULL ? round->name : NULL));
    }
  node = json_node_alloc ();
  json_node_init_array (node, array);
  return node;
}
