/* fk-model.c — loading and validating a capability model */
#define G_LOG_DOMAIN "fk-model"
#include "config.h"
#include "fk-model.h"
#include "fk-error.h"
#include "fk-goals.h"
#include "fk-json.h"

#include "fk-i18n.h"

static void
area_free (FkArea *area)
{
  g_free (area->key);
  fk_text_clear (&area->name);
  fk_text_clear (&area->description);
  g_free (area);
}

static void
capability_free (FkCapability *cap)
{
  g_free (cap->key);
  g_free (cap->area);
  fk_text_clear (&cap->name);
  fk_text_clear (&cap->description);
  for (guint i = 0; i < FK_N_LEVELS; i++)
    fk_text_clear (&cap->levels[i]);
  fk_text_clear (&cap->not_applicable);
  g_strfreev (cap->goals);
  g_free (cap);
}

static void
text_free (FkText *text)
{
  fk_text_clear (text);
  g_free (text);
}

static FkModel *
model_new (void)
{
  FkModel *model = g_atomic_rc_box_new0 (FkModel);

  model->areas = g_ptr_array_new_with_free_func ((GDestroyNotify) area_free);
  model->capabilities = g_ptr_array_new_with_free_func ((GDestroyNotify) capability_free);
  model->scoring_rules = g_ptr_array_new_with_free_func ((GDestroyNotify) text_free);
  model->capability_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  model->area_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  return model;
}

static void
model_clear (FkModel *model)
{
  g_free (model->id);
  g_free (model->version);
  fk_text_clear (&model->name);
  fk_text_clear (&model->description);
  for (guint i = 0; i < FK_N_LEVELS; i++)
    {
      fk_text_clear (&model->scale[i].name);
      fk_text_clear (&model->scale[i].meaning);
    }
  g_hash_table_unref (model->capability_by_key);
  g_hash_table_unref (model->area_by_key);
  g_ptr_array_unref (model->capabilities);
  g_ptr_array_unref (model->areas);
  g_ptr_array_unref (model->scoring_rules);
  g_free (model->json);
  g_free (model->checksum);
}

G_DEFINE_BOXED_TYPE (FkModel, fk_model, fk_model_ref, fk_model_unref)

FkModel *
fk_model_ref (FkModel *model)
{
  g_return_val_if_fail (model != NULL, NULL);
  return g_atomic_rc_box_acquire (model);
}

void
fk_model_unref (FkModel *model)
{
  g_return_if_fail (model != NULL);
  g_atomic_rc_box_release_full (model, (GDestroyNotify) model_clear);
}

static gboolean
load_scale (FkModel     *model,
            JsonObject  *root,
            const char  *source,
            GError     **error)
{
  JsonArray *scale = fk_json_get_array (root, "scale", TRUE, source, NULL, error);
  gboolean seen[FK_N_LEVELS] = { FALSE, };

  if (scale == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (scale); i++)
    {
      g_autofree char *where = g_strdup_printf ("scale[%u]", i);
      JsonObject *obj = fk_json_array_get_object (scale, i, source, where, error);
      FkScaleLevel *level;
      gint64 value;

      if (obj == NULL ||
          !fk_json_get_int (obj, "level", TRUE, &value, source, where, error))
        return FALSE;
      if (value < FK_LEVEL_MIN || value > FK_LEVEL_MAX)
        {
          fk_json_set_error (error, FK_ERROR_INVALID, source, where,
                             _("level %lld is outside the scale %d–%d"),
                             (long long) value, FK_LEVEL_MIN, FK_LEVEL_MAX);
          return FALSE;
        }
      if (seen[value])
        {
          fk_json_set_error (error, FK_ERROR_INVALID, source, where,
                             _("level %lld is listed twice"), (long long) value);
          return FALSE;
        }
      seen[value] = TRUE;
      level = &model->scale[value];
      level->level = value;
      if (!fk_json_get_text (obj, "name", TRUE, &level->name, source, where, error) ||
          !fk_json_get_text (obj, "meaning", TRUE, &level->meaning, source, where, error))
        return FALSE;
    }
  for (int l = FK_LEVEL_MIN; l <= FK_LEVEL_MAX; l++)
    if (!seen[l])
      {
        fk_json_set_error (error, FK_ERROR_INVALID, source, "scale",
                           _("level %d is missing (the scale must have levels %d to %d)"),
                           l, FK_LEVEL_MIN, FK_LEVEL_MAX);
        return FALSE;
      }
  return TRUE;
}

/* "scoring_rules": optional; when present, a list of texts (maybe empty). */
static gboolean
load_scoring_rules (FkModel     *model,
                    JsonObject  *root,
                    const char  *source,
                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  JsonArray *rules = fk_json_get_array (root, "scoring_rules", FALSE, source, NULL, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  for (guint i = 0; rules != NULL && i < json_array_get_length (rules); i++)
    {
      g_autofree char *where = g_strdup_printf ("scoring_rules[%u]", i);
      FkText *rule = g_new0 (FkText, 1);

      g_ptr_array_add (model->scoring_rules, rule);
      if (!fk_json_array_get_text (rules, i, rule, source, where, error))
        return FALSE;
    }
  return TRUE;
}

/* An optional text that, when present, must be a text with "sv". */
static gboolean
load_optional_text (JsonObject  *obj,
                    const char  *member,
                    FkText      *out,
                    const char  *source,
                    const char  *where,
                    GError     **error)
{
  JsonNode *node = json_object_get_member (obj, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  return fk_json_get_text (obj, member, TRUE, out, source, where, error);
}

static gboolean
load_areas (FkModel     *model,
            JsonObject  *root,
            const char  *source,
            GError     **error)
{
  JsonArray *areas = fk_json_get_array (root, "areas", TRUE, source, NULL, error);

  if (areas == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (areas); i++)
    {
      g_autofree char *where = g_strdup_printf ("areas[%u]", i);
      JsonObject *obj = fk_json_array_get_object (areas, i, source, where, error);
      const char *key;
      FkArea *area;

      if (obj == NULL)
        return FALSE;
      key = fk_json_get_string (obj, "key", TRUE, source, where, error);
      if (key == NULL)
        return FALSE;
      if (!fk_json_is_key (key, "-"))
        {
          fk_json_set_error (error, FK_ERROR_INVALID, source, where,
                             _("key “%s” may only contain a–z, 0–9 and “-”"), key);
          return FALSE;
        }
      if (g_hash_table_contains (model->area_by_key, key))
        {
          fk_json_set_error (error, FK_ERROR_INVALID, source, where,
                             _("area key “%s” is used twice"), key);
          return FALSE;
        }
      area = g_new0 (FkArea, 1);
      area->key = g_strdup (key);
      g_ptr_array_add (model->areas, area);
      g_hash_table_insert (model->area_by_key, area->key, area);
      if (!fk_json_get_text (obj, "name", TRUE, &area->name, source, where, error) ||
          !fk_json_get_text (obj, "description", FALSE, &area->description, source, where, error))
        return FALSE;
    }
  if (model->areas->len == 0)
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, "areas", _("the model has no areas"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_levels (FkCapability *cap,
             JsonObject   *obj,
             const char   *source,
             const char   *where,
             GError      **error)
{
  g_autofree char *levels_where = g_strdup_printf ("%s: levels", where);
  g_autoptr(GError) local_error = NULL;
  JsonObject *levels = fk_json_get_object (obj, "levels", FALSE, source, where, &local_error);
  g_autoptr(GList) members = NULL;

  /* Absent or null: the scale's meanings stand in for every level. */
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (levels == NULL)
    return TRUE;
  members = json_object_get_members (levels);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      guint64 level;

      if (!g_ascii_string_to_unsigned (name, 10, FK_LEVEL_MIN, FK_LEVEL_MAX, &level, NULL))
        {
          fk_json_set_error (error, FK_ERROR_INVALID, source, levels_where,
                             _("“%s” is not a level of the scale (%d–%d)"),
                             name, FK_LEVEL_MIN, FK_LEVEL_MAX);
          return FALSE;
        }
      if (!fk_json_get_text (levels, name, TRUE, &cap->levels[level], source, levels_where, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_goals (FkCapability *cap,
            JsonObject   *obj,
            const char   *source,
            const char   *where,
            GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  JsonArray *goals = fk_json_get_array (obj, "goals", FALSE, source, where, &local_error);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  for (guint i = 0; goals != NULL && i < json_array_get_length (goals); i++)
    {
      JsonNode *node = json_array_get_element (goals, i);
      const char *goal = NULL;

      if (json_node_get_value_type (node) == G_TYPE_STRING)
        goal = json_node_get_string (node);
      if (fk_goal_lookup (goal) == NULL)
        {
          g_autofree char *goals_where = g_strdup_printf ("%s: goals[%u]", where, i);
          fk_json_set_error (error, FK_ERROR_INVALID, source, goals_where,
                             _("“%s” is not an effect goal (1A, 1B, 1C, 2A, 2B, 3A, 3B, 4A, 4B, 5A, 5B)"),
                             goal != NULL ? goal : "?");
          return FALSE;
        }
      g_strv_builder_add (builder, goal);
    }
  cap->goals = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
load_capabilities (FkModel     *model,
                   JsonObject  *root,
                   const char  *source,
                   GError     **error)
{
  JsonArray *caps = fk_json_get_array (root, "capabilities", TRUE, source, NULL, error);
  int area_index = 0;

  if (caps == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (caps); i++)
    {
      g_autofree char *where = g_strdup_printf ("capabilities[%u]", i);
      JsonObject *obj = fk_json_array_get_object (caps, i, source, where, error);
      const char *key;
      const char *area_key;
      const FkArea *area;
      FkCapability *cap;

      if (obj == NULL)
        return FALSE;
      key = fk_json_get_string (obj, "key", TRUE, source, where, error);
      if (key == NULL)
        return FALSE;
      g_free (where);
      where = g_strdup_printf ("capabilities[%u] (%s)", i, key);
      if (!fk_json_is_key (key, ".-"))
        {
          fk_json_set_error (error, FK_ERROR_INVALID, source, where,
                             _("key “%s” may only contain a–z, 0–9, “.” and “-”"), key);
          return FALSE;
        }
      if (g_hash_table_contains (model->capability_by_key, key))
        {
          fk_json_set_error (error, FK_ERROR_INVALID, source, where,
                             _("capability key “%s” is used twice"), key);
          return FALSE;
        }
      area_key = fk_json_get_string (obj, "area", TRUE, source, where, error);
      if (area_key == NULL)
        return FALSE;
      area = g_hash_table_lookup (model->area_by_key, area_key);
      if (area == NULL)
        {
          fk_json_set_error (error, FK_ERROR_INVALID, source, where,
                             _("area “%s” is not one of the model’s areas"), area_key);
          return FALSE;
        }
      /* Capabilities come grouped by area, in area order, so that every
       * view and export can walk the model once. */
      while (area_index < (int) model->areas->len &&
             g_ptr_array_index (model->areas, area_index) != area)
        area_index++;
      if (area_index == (int) model->areas->len)
        {
          fk_json_set_error (error, FK_ERROR_INVALID, source, where,
                             _("capabilities must be listed grouped by area, in the order of “areas”; area “%s” comes too late"),
                             area_key);
          return FALSE;
        }

      cap = g_new0 (FkCapability, 1);
      cap->key = g_strdup (key);
      cap->area = g_strdup (area_key);
      cap->index = model->capabilities->len;
      g_ptr_array_add (model->capabilities, cap);
      g_hash_table_insert (model->capability_by_key, cap->key, cap);

      if (!fk_json_get_text (obj, "name", TRUE, &cap->name, source, where, error) ||
          !fk_json_get_text (obj, "description", TRUE, &cap->description, source, where, error) ||
          !load_levels (cap, obj, source, where, error) ||
          !load_optional_text (obj, "not_applicable", &cap->not_applicable, source, where, error) ||
          !load_goals (cap, obj, source, where, error))
        return FALSE;
      if (!fk_text_is_empty (&cap->not_applicable))
        model->says_not_applicable = TRUE;
    }
  if (model->capabilities->len == 0)
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, "capabilities",
                         _("the model has no capabilities"));
      return FALSE;
    }
  return TRUE;
}

FkModel *
fk_model_new_from_data (const char  *data,
                        gssize       length,
                        const char  *source,
                        GError     **error)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(FkModel) model = NULL;
  JsonObject *root;
  const char *id;
  const char *version;

  g_return_val_if_fail (data != NULL, NULL);

  if (length < 0)
    length = strlen (data);
  if (source == NULL)
    source = _("model");

  node = fk_json_parse_object (data, length, source, error);
  if (node == NULL)
    return NULL;
  root = json_node_get_object (node);
  if (!fk_json_check_format (root, FK_MODEL_FORMAT, FK_MODEL_FORMAT_VERSION, source, error))
    return NULL;

  model = model_new ();
  id = fk_json_get_string (root, "id", TRUE, source, NULL, error);
  if (id == NULL)
    return NULL;
  if (!fk_json_is_key (id, "-"))
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, "id",
                         _("“%s” may only contain a–z, 0–9 and “-”"), id);
      return NULL;
    }
  version = fk_json_get_string (root, "version", TRUE, source, NULL, error);
  if (version == NULL)
    return NULL;
  model->id = g_strdup (id);
  model->version = g_strdup (version);

  if (!fk_json_get_text (root, "name", TRUE, &model->name, source, NULL, error) ||
      !fk_json_get_text (root, "description", FALSE, &model->description, source, NULL, error) ||
      !load_scale (model, root, source, error) ||
      !load_scoring_rules (model, root, source, error) ||
      !load_areas (model, root, source, error) ||
      !load_capabilities (model, root, source, error))
    return NULL;

  model->json = g_strndup (data, length);
  model->checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
  return g_steal_pointer (&model);
}

FkModel *
fk_model_new_from_file (const char  *path,
                        GError     **error)
{
  return fk_json_load_file (path, (FkJsonLoader) fk_model_new_from_data, error);
}

FkModel *
fk_model_new_default (GError **error)
{
  return fk_json_load_resource ("models/digital-motor.json", (FkJsonLoader) fk_model_new_from_data, error);
}

const FkCapability *
fk_model_lookup (FkModel    *model,
                 const char *capability_key)
{
  if (capability_key == NULL)
    return NULL;
  return g_hash_table_lookup (model->capability_by_key, capability_key);
}

const FkArea *
fk_model_lookup_area (FkModel    *model,
                      const char *area_key)
{
  if (area_key == NULL)
    return NULL;
  return g_hash_table_lookup (model->area_by_key, area_key);
}

guint
fk_model_get_n_capabilities (FkModel *model)
{
  return model->capabilities->len;
}

GPtrArray *
fk_model_get_area_capabilities (FkModel    *model,
                                const char *area_key)
{
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < model->capabilities->len; i++)
    {
      FkCapability *cap = g_ptr_array_index (model->capabilities, i);
      if (g_str_equal (cap->area, area_key))
        g_ptr_array_add (result, cap);
    }
  return result;
}

int
fk_model_index_of (FkModel    *model,
                   const char *capability_key)
{
  const FkCapability *cap = fk_model_lookup (model, capability_key);

  return cap != NULL ? (int) cap->index : -1;
}

gboolean
fk_model_level_is_own (const FkCapability *capability,
                       int                 level)
{
  g_return_val_if_fail (capability != NULL, FALSE);
  g_return_val_if_fail (level >= 0 && level < FK_N_LEVELS, FALSE);

  return !fk_text_is_empty (&capability->levels[level]);
}

const FkText *
fk_model_get_level_meaning (FkModel            *model,
                            const FkCapability *capability,
                            int                 level)
{
  g_return_val_if_fail (model != NULL && capability != NULL, NULL);
  g_return_val_if_fail (level >= 0 && level < FK_N_LEVELS, NULL);

  if (fk_model_level_is_own (capability, level))
    return &capability->levels[level];
  return &model->scale[level].meaning;
}

char *
fk_model_describe_level (FkModel            *model,
                         const FkCapability *capability,
                         int                 level,
                         const char         *language)
{
  const char *name;
  const char *meaning;

  g_return_val_if_fail (model != NULL && capability != NULL, NULL);
  g_return_val_if_fail (level >= 0 && level < FK_N_LEVELS, NULL);

  name = fk_text_get (&model->scale[level].name, language);
  meaning = fk_text_get (fk_model_get_level_meaning (model, capability, level), language);
  if (fk_model_level_is_own (capability, level))
    return g_strdup_printf ("%s: %s", name, meaning);
  /* Model content, not program text: in the model's language like the
   * name and meaning around it (a Swedish form says it in Swedish
   * whatever language the program speaks). */
  return g_strdup_printf ("%s (%s): %s", name,
                          g_strcmp0 (language, "en") == 0 ? "general description" : "allmän beskrivning",
                          meaning);
}

gboolean
fk_model_allows_not_applicable (FkModel            *model,
                                const FkCapability *capability)
{
  g_return_val_if_fail (model != NULL && capability != NULL, FALSE);

  return !model->says_not_applicable || !fk_text_is_empty (&capability->not_applicable);
}
