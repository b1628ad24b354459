/* fk-score-json.c — a score as a JSON object, and back */
#define G_LOG_DOMAIN "fk-score-json"
#include "config.h"
#include "fk-score-json.h"
#include "fk-error.h"
#include "fk-json.h"
#include "fk-model.h"
#include "fk-score-private.h"
#include "fk-text.h"

#include "fk-i18n.h"

/* The JSON members of the fields, in the order of FkScoreField: their
 * stable names, with the underscore that JSON members use. */
static const char *const field_members[] = {
  "current",
  "target",
  "sustain",
  "key_person",
  "interest",
  "comment",
  "respondent",
};

G_STATIC_ASSERT (G_N_ELEMENTS (field_members) == FK_SCORE_N_FIELDS);

static void
set_string_or_null (JsonObject *object,
                    const char *member,
                    const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, member, value);
  else
    json_object_set_null_member (object, member);
}

static void
set_level (JsonObject *object,
           const char *member,
           int         level)
{
  if (level >= FK_LEVEL_MIN)
    json_object_set_int_member (object, member, level);
  else if (level == FK_LEVEL_NA)
    json_object_set_string_member (object, member, "na");
  else
    json_object_set_null_member (object, member);
}

static void
set_field (JsonObject    *object,
           const FkScore *score,
           FkScoreField   field)
{
  const char *member = field_members[field];

  switch (field)
    {
    case FK_SCORE_FIELD_CURRENT:
      set_level (object, member, score->current);
      break;
    case FK_SCORE_FIELD_TARGET:
      set_level (object, member, score->target);
      break;
    case FK_SCORE_FIELD_SUSTAIN:
      set_string_or_null (object, member, fk_sustain_to_string (score->sustain));
      break;
    case FK_SCORE_FIELD_KEY_PERSON:
      set_string_or_null (object, member, fk_key_person_to_string (score->key_person));
      break;
    case FK_SCORE_FIELD_INTEREST:
      set_string_or_null (object, member, fk_interest_to_string (score->interest));
      break;
    case FK_SCORE_FIELD_COMMENT:
      set_string_or_null (object, member, score->comment);
      break;
    case FK_SCORE_FIELD_RESPONDENT:
    default:
      set_string_or_null (object, member, score->respondent);
      break;
    }
}

/* A string member (or, with @nullable, null: *out = NULL). */
static gboolean
get_string (JsonNode    *node,
            const char  *member,
            gboolean     nullable,
            const char **out,
            GError     **error)
{
  if (nullable && JSON_NODE_HOLDS_NULL (node))
    {
      *out = NULL;
      return TRUE;
    }
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      *out = json_node_get_string (node);
      return TRUE;
    }
  if (nullable)
    fk_json_set_error (error, FK_ERROR_INVALID, NULL, member, _("must be a string or null"));
  else
    fk_json_set_error (error, FK_ERROR_INVALID, NULL, member, _("must be a string"));
  return FALSE;
}

/* A level: a whole number (checked against the scale by fk_score_validate),
 * "na" where @field allows it, or null. */
static gboolean
get_level (JsonNode      *node,
           FkScoreField   field,
           int           *out,
           GError       **error)
{
  gboolean allow_na = field == FK_SCORE_FIELD_CURRENT;

  if (JSON_NODE_HOLDS_NULL (node))
    {
      *out = FK_LEVEL_UNSET;
      return TRUE;
    }
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64 &&
      json_node_get_int (node) >= 0 && json_node_get_int (node) <= G_MAXINT)
    {
      *out = (int) json_node_get_int (node);
      return TRUE;
    }
  if (allow_na && JSON_NODE_HOLDS_VALUE (node) &&
      g_strcmp0 (json_node_get_string (node), "na") == 0)
    {
      *out = FK_LEVEL_NA;
      return TRUE;
    }
  if (allow_na)
    fk_json_set_error (error, FK_ERROR_INVALID, NULL, field_members[field],
                       _("must be a level from %d to %d, “na” or null"), FK_LEVEL_MIN, FK_LEVEL_MAX);
  else
    fk_json_set_error (error, FK_ERROR_INVALID, NULL, field_members[field],
                       _("must be a level from %d to %d or null"), FK_LEVEL_MIN, FK_LEVEL_MAX);
  return FALSE;
}

static gboolean
read_field (FkScore       *score,
            FkScoreField   field,
            JsonNode      *node,
            GError       **error)
{
  const char *member = field_members[field];
  g_autoptr(GError) local_error = NULL;
  const char *text;
  int value;

  if (fk_score_field_is_text (field))
    {
      if (!get_string (node, member, TRUE, &text, error))
        return FALSE;
      fk_score_set_field_text (score, field, text);
      return TRUE;
    }
  if (field == FK_SCORE_FIELD_CURRENT || field == FK_SCORE_FIELD_TARGET)
    {
      if (!get_level (node, field, &value, error))
        return FALSE;
    }
  else
    {
      /* An answer: its word, or null for none. */
      if (!get_string (node, member, TRUE, &text, error))
        return FALSE;
      if (!fk_score_field_value_from_string (field, text != NULL ? text : "none", &value, &local_error))
        {
          fk_json_set_error (error, FK_ERROR_INVALID, NULL, member, "%s", local_error->message);
          return FALSE;
        }
    }
  fk_score_set_field_value (score, field, value);
  return TRUE;
}

static gboolean
read_member (FkScore     *score,
             const char  *member,
             JsonNode    *node,
             GError     **error)
{
  const char *text;

  if (g_str_equal (member, "capability"))
    return TRUE;   /* read first, by fk_score_from_json */
  if (g_str_equal (member, "municipality"))
    {
      if (!get_string (node, member, FALSE, &text, error))
        return FALSE;
      if (!g_str_equal (text, score->municipality))
        {
          fk_json_set_error (error, FK_ERROR_INVALID, NULL, member,
                             _("expected “%s”, found “%s”"), score->municipality, text);
          return FALSE;
        }
      return TRUE;
    }
  if (g_str_equal (member, "round"))
    return get_string (node, member, TRUE, &text, error);
  if (g_str_equal (member, "updated"))
    {
      if (!get_string (node, member, TRUE, &text, error))
        return FALSE;
      score->updated = 0;
      if (text != NULL && !fk_text_parse_time (text, &score->updated))
        {
          fk_json_set_error (error, FK_ERROR_INVALID, NULL, member,
                             _("“%s” is not a time in ISO 8601 such as 2020-09-01T08:00:00Z"), text);
          return FALSE;
        }
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (field_members); i++)
    if (g_str_equal (member, field_members[i]))
      return read_field (score, (FkScoreField) i, node, error);

  fk_json_set_error (error, FK_ERROR_INVALID, NULL, member, _("is not a member of a score"));
  return FALSE;
}

JsonNode *
fk_score_to_json (const FkScore *score,
                  const char    *round_name)
{
  g_autoptr(JsonObject) object = NULL;
  g_autofree char *updated = NULL;
  JsonNode *node;

  g_return_val_if_fail (score != NULL, NULL);

  object = json_object_new ();
  updated = fk_text_format_time (score->updated);
  set_string_or_null (object, "municipality", score->municipality);
  set_string_or_null (object, "capability", score->capability);
  if (round_name != NULL)
    json_object_set_string_member (object, "round", round_name);
  for (guint i = 0; i < FK_SCORE_N_FIELDS; i++)
    set_field (object, score, (FkScoreField) i);
  set_string_or_null (object, "updated", updated);

  node = json_node_alloc ();
  json_node_init_object (node, object);
  return node;
}

FkScore *
fk_score_from_json (JsonObject  *object,
                    gint64       round_id,
                    const char  *municipality,
                    GError     **error)
{
  g_autoptr(FkScore) score = NULL;
  JsonObjectIter iter;
  const char *capability;
  const char *member;
  JsonNode *node;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (municipality != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  capability = fk_json_get_string (object, "capability", TRUE, NULL, NULL, error);
  if (capability == NULL)
    return NULL;
  score = fk_score_new (round_id, municipality, capability);

  /* In the document's order, so that the first problem is reported. */
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &member, &node))
    if (!read_member (score, member, node, error))
      return NULL;

  if (!fk_score_validate (score, error))
    return NULL;
  return g_steal_pointer (&score);
}
