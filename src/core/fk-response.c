/* fk-response.c — a response file: made from a study, checked, written
 *
 * Reading the JSON form is in fk-response-read.c.
 */
#define G_LOG_DOMAIN "fk-response"
#include "config.h"
#include "fk-response.h"
#include "fk-error.h"
#include "fk-json.h"
#include "fk-score-json.h"
#include "fk-text.h"

#include "fk-i18n.h"
#include <string.h>

struct _FkResponse {
  char       *source;
  char       *model_id;
  char       *model_version;
  char       *model_checksum;
  char       *municipality;
  char       *municipality_name;
  char       *round;
  char       *respondent;
  char       *language;
  gint64      exported;
  char       *application_version;
  FkModel    *model;          /* nullable */
  GPtrArray  *scores;         /* FkScore*, file order */
  GHashTable *by_capability;  /* key → FkScore* in @scores */
};

static void
response_clear (FkResponse *self)
{
  g_free (self->source);
  g_free (self->model_id);
  g_free (self->model_version);
  g_free (self->model_checksum);
  g_free (self->municipality);
  g_free (self->municipality_name);
  g_free (self->round);
  g_free (self->respondent);
  g_free (self->language);
  g_free (self->application_version);
  g_clear_pointer (&self->model, fk_model_unref);
  g_clear_pointer (&self->by_capability, g_hash_table_unref);
  g_clear_pointer (&self->scores, g_ptr_array_unref);
}

G_DEFINE_BOXED_TYPE (FkResponse, fk_response, fk_response_ref, fk_response_unref)

FkResponse *
fk_response_ref (FkResponse *response)
{
  g_return_val_if_fail (response != NULL, NULL);
  return g_atomic_rc_box_acquire (response);
}

void
fk_response_unref (FkResponse *response)
{
  g_return_if_fail (response != NULL);
  g_atomic_rc_box_release_full (response, (GDestroyNotify) response_clear);
}

/* A header member that must be a non-empty string. */
static gboolean
check_required (const char  *value,
                const char  *member,
                const char  *source,
                GError     **error)
{
  if (value == NULL || *value == '\0')
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, member, _("is missing"));
      return FALSE;
    }
  if (!g_utf8_validate (value, -1, NULL))
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, member, _("not UTF-8 text"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_sha256 (const char *text)
{
  if (strlen (text) != 64)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && !(*p >= 'a' && *p <= 'f'))
      return FALSE;
  return TRUE;
}

static gboolean
check_info (const FkResponseInfo *info,
            FkModel              *model,
            const char           *source,
            GError              **error)
{
  if (!check_required (info->model_id, "model: id", source, error) ||
      !check_required (info->model_version, "model: version", source, error) ||
      !check_required (info->model_checksum, "model: checksum", source, error) ||
      !check_required (info->municipality, "municipality: code", source, error) ||
      !check_required (info->round, "round", source, error))
    return FALSE;
  /* 0 is "never" for a time (fk_text_format_time()): no time at all. */
  if (info->exported == 0)
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, "exported", _("is missing"));
      return FALSE;
    }
  if (!is_sha256 (info->model_checksum))
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, "model: checksum",
                         _("must be a SHA-256 checksum: 64 hexadecimal digits 0–9 and a–f"));
      return FALSE;
    }
  if (info->language != NULL && !fk_text_language_is_valid (info->language))
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, "language",
                         _("“%s” is not a study language (use sv or en)"), info->language);
      return FALSE;
    }
  if ((info->municipality_name != NULL && !g_utf8_validate (info->municipality_name, -1, NULL)) ||
      (info->respondent != NULL && !g_utf8_validate (info->respondent, -1, NULL)) ||
      (info->application_version != NULL && !g_utf8_validate (info->application_version, -1, NULL)))
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, NULL, _("not UTF-8 text"));
      return FALSE;
    }
  /* The model carried must be the one named: else the file was edited
   * by hand or damaged, and its scores meant for another model. */
  if (model != NULL &&
      (g_strcmp0 (model->id, info->model_id) != 0 ||
       g_strcmp0 (model->version, info->model_version) != 0 ||
       g_strcmp0 (model->checksum, info->model_checksum) != 0))
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, "model",
                         _("the model in the file is not the one its id, version and checksum name: "
                           "the file was changed or damaged"));
      return FALSE;
    }
  return TRUE;
}

/* A score as a response holds it: its municipality, once, valid. */
static gboolean
check_score (const FkScore  *score,
             const char     *municipality,
             GHashTable     *seen,
             const char     *source,
             GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *where = NULL;

  if (score->capability == NULL || !fk_json_is_key (score->capability, ".-"))
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, "scores",
                         _("“%s” is not a capability key (lower-case letters a–z, digits, “.” and “-”)"),
                         score->capability != NULL ? score->capability : "");
      return FALSE;
    }
  where = g_strdup_printf ("scores: %s", score->capability);
  if (g_hash_table_contains (seen, score->capability))
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, "scores",
                         _("“%s” appears twice"), score->capability);
      return FALSE;
    }
  if (g_strcmp0 (score->municipality, municipality) != 0)
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, where,
                         _("a score of municipality %s in a response of municipality %s"),
                         score->municipality != NULL ? score->municipality : "", municipality);
      return FALSE;
    }
  if (!fk_score_validate (score, &local_error) || !fk_score_check_consistent (score, &local_error))
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, where, "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}

FkResponse *
fk_response_new (const FkResponseInfo *info,
                 FkModel              *model,
                 GPtrArray            *scores,
                 const char           *source,
                 GError              **error)
{
  g_autoptr(FkResponse) self = NULL;

  g_return_val_if_fail (info != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_info (info, model, source, error))
    return NULL;

  self = g_atomic_rc_box_new0 (FkResponse);
  self->scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  self->by_capability = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; scores != NULL && i < scores->len; i++)
    {
      const FkScore *given = g_ptr_array_index (scores, i);
      FkScore *score;

      if (!check_score (given, info->municipality, self->by_capability, source, error))
        return NULL;
      score = fk_score_copy (given);
      score->round_id = 0;
      g_ptr_array_add (self->scores, score);
      g_hash_table_insert (self->by_capability, score->capability, score);
    }

  self->source = g_strdup (source);
  self->model_id = g_strdup (info->model_id);
  self->model_version = g_strdup (info->model_version);
  self->model_checksum = g_strdup (info->model_checksum);
  self->municipality = g_strdup (info->municipality);
  self->municipality_name = g_strdup (info->municipality_name);
  self->round = g_strdup (info->round);
  self->respondent = g_strdup (info->respondent);
  self->language = g_strdup (info->language);
  self->exported = info->exported;
  self->application_version = g_strdup (info->application_version);
  self->model = model != NULL ? fk_model_ref (model) : NULL;
  return g_steal_pointer (&self);
}

FkResponse *
fk_response_new_from_study (FkStudy     *study,
                            gint64       round_id,
                            const char  *municipality,
                            gboolean     blank,
                            const char  *respondent,
                            GError     **error)
{
  FkModel *model;
  const FkMunicipality *m;
  const FkRound *round;
  g_autofree char *known_respondent = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  g_autofree char *display = NULL;
  FkResponseInfo info = { 0 };

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);
  g_return_val_if_fail (municipality != NULL, NULL);

  if (!fk_study_check_round (study, round_id, error) ||
      !fk_study_check_municipality (study, municipality, error))
    return NULL;
  round = fk_study_get_round_by_id (study, round_id);
  m = fk_region_lookup (fk_study_get_region (study), municipality);
  model = fk_study_get_model (study);
  if (respondent == NULL &&
      !fk_study_get_respondent (study, municipality, &known_respondent, error))
    return NULL;
  if (!blank && (scores = fk_study_list_scores (study, round_id, municipality, error)) == NULL)
    return NULL;

  info.model_id = model->id;
  info.model_version = model->version;
  info.model_checksum = model->checksum;
  info.municipality = municipality;
  info.municipality_name = m->name;
  info.round = round->name;
  info.respondent = respondent != NULL ? respondent : known_respondent;
  info.language = fk_study_get_language (study);
  info.exported = g_get_real_time () / G_USEC_PER_SEC;
  info.application_version = PACKAGE_VERSION;
  display = g_filename_display_name (fk_study_get_path (study));
  return fk_response_new (&info, model, scores, display, error);
}

static void
set_optional_string (JsonObject *object,
                     const char *member,
                     const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, member, value);
}

/* A score as a response file holds it: every field, without the
 * municipality and the capability that the file says once. */
static JsonNode *
score_to_json (const FkScore *score)
{
  JsonNode *node = fk_score_to_json (score, NULL);
  JsonObject *object = json_node_get_object (node);

  json_object_remove_member (object, "municipality");
  json_object_remove_member (object, "capability");
  return node;
}

char *
fk_response_to_json (FkResponse *response)
{
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonNode) root_node = json_node_alloc ();
  g_autofree char *exported = NULL;
  g_autofree char *text = NULL;
  JsonObject *model;
  JsonObject *municipality;
  JsonObject *scores;

  g_return_val_if_fail (response != NULL, NULL);

  exported = fk_text_format_time (response->exported);
  model = json_object_new ();
  municipality = json_object_new ();
  scores = json_object_new ();

  json_object_set_string_member (root, "format", FK_RESPONSE_FORMAT);
  json_object_set_int_member (root, "format_version", FK_RESPONSE_FORMAT_VERSION);

  json_object_set_string_member (model, "id", response->model_id);
  json_object_set_string_member (model, "version", response->model_version);
  json_object_set_string_member (model, "checksum", response->model_checksum);
  /* Its exact text, so that the checksum holds (docs/response-format.md). */
  if (response->model != NULL)
    json_object_set_string_member (model, "document", response->model->json);
  json_object_set_object_member (root, "model", model);

  json_object_set_string_member (municipality, "code", response->municipality);
  set_optional_string (municipality, "name", response->municipality_name);
  json_object_set_object_member (root, "municipality", municipality);

  json_object_set_string_member (root, "round", response->round);
  if (response->respondent != NULL)
    json_object_set_string_member (root, "respondent", response->respondent);
  else
    json_object_set_null_member (root, "respondent");
  set_optional_string (root, "language", response->language);
  json_object_set_string_member (root, "exported", exported);
  set_optional_string (root, "application_version", response->application_version);

  for (guint i = 0; i < response->scores->len; i++)
    {
      const FkScore *score = g_ptr_array_index (response->scores, i);
      json_object_set_member (scores, score->capability, score_to_json (score));
    }
  json_object_set_object_member (root, "scores", scores);

  json_node_init_object (root_node, root);
  text = fk_json_to_string (root_node);
  return g_strconcat (text, "\n", NULL);
}

gboolean
fk_response_write_data (const char  *path,
                        const char  *data,
                        gsize        length,
                        GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL && data != NULL, FALSE);

  /* A temporary file beside @path, synced and renamed over it. */
  if (!g_file_set_contents_full (path, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0666, &local_error))
    {
      g_autofree char *display = g_filename_display_name (path);
      GError *io_error = g_error_new (FK_ERROR, FK_ERROR_IO,
                                      _("%s: could not write the response file"), display);

      fk_error_set_detail (io_error, local_error->message);
      g_propagate_error (error, io_error);
      return FALSE;
    }
  return TRUE;
}

gboolean
fk_response_write_file (FkResponse  *response,
                        const char  *path,
                        GError     **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (response != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  text = fk_response_to_json (response);
  return fk_response_write_data (path, text, strlen (text), error);
}

const char *
fk_response_get_source (FkResponse *response)
{
  g_return_val_if_fail (response != NULL, NULL);
  return response->source;
}

const char *
fk_response_get_model_id (FkResponse *response)
{
  g_return_val_if_fail (response != NULL, NULL);
  return response->model_id;
}

const char *
fk_response_get_model_version (FkResponse *response)
{
  g_return_val_if_fail (response != NULL, NULL);
  return response->model_version;
}

const char *
fk_response_get_model_checksum (FkResponse *response)
{
  g_return_val_if_fail (response != NULL, NULL);
  return response->model_checksum;
}

const char *
fk_response_get_municipality (FkResponse *response)
{
  g_return_val_if_fail (response != NULL, NULL);
  return response->municipality;
}

const char *
fk_response_get_municipality_name (FkResponse *response)
{
  g_return_val_if_fail (response != NULL, NULL);
  return response->municipality_name;
}

const char *
fk_response_get_round (FkResponse *response)
{
  g_return_val_if_fail (response != NULL, NULL);
  return response->round;
}

const char *
fk_response_get_respondent (FkResponse *response)
{
  g_return_val_if_fail (response != NULL, NULL);
  return response->respondent;
}

const char *
fk_response_get_language (FkResponse *response)
{
  g_return_val_if_fail (response != NULL, NULL);
  return response->language;
}

gint64
fk_response_get_exported (FkResponse *response)
{
  g_return_val_if_fail (response != NULL, 0);
  return response->exported;
}

const char *
fk_response_get_application_version (FkResponse *response)
{
  g_return_val_if_fail (response != NULL, NULL);
  return response->application_version;
}

FkModel *
fk_response_get_model (FkResponse *response)
{
  g_return_val_if_fail (response != NULL, NULL);
  return response->model;
}

GPtrArray *
fk_response_get_scores (FkResponse *response)
{
  g_return_val_if_fail (response != NULL, NULL);
  return response->scores;
}

const FkScore *
fk_response_lookup_score (FkResponse *response,
                          const char *capability)
{
  g_return_val_if_fail (response != NULL, NULL);
  if (capability == NULL)
    return NULL;
  return g_hash_table_lookup (response->by_capability, capability);
}

gboolean
fk_response_is_blank (FkResponse *response)
{
  g_return_val_if_fail (response != NULL, FALSE);
  return response->scores->len == 0;
}

gboolean
fk_response_model_matches (FkResponse *response,
                           FkModel    *model)
{
  g_return_val_if_fail (response != NULL, FALSE);
  g_return_val_if_fail (model != NULL, FALSE);
  return g_strcmp0 (response->model_checksum, model->checksum) == 0;
}

char **
fk_response_get_unknown_capabilities (FkResponse *response,
                                      FkModel    *model)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (response != NULL, NULL);
  g_return_val_if_fail (model != NULL, NULL);

  for (guint i = 0; i < response->scores->len; i++)
    {
      const FkScore *score = g_ptr_array_index (response->scores, i);
      if (fk_model_lookup (model, score->capability) == NULL)
        g_strv_builder_add (builder, score->capability);
    }
  return g_strv_builder_end (builder);
}

static gboolean
is_unsafe_in_name (gunichar c)
{
  return c < 0x20 || c == 0x7f || strchr ("/\\:*?\"<>|", (int) c) != NULL;
}

char *
fk_response_suggest_file_name (const char *municipality_name,
                               const char *round_name,
                               gboolean    csv)
{
  /* Translators: a file name: the municipality, then the round ("Dals-Ed – Omgång 1") */
  g_autofree char *stem = g_strdup_printf (_("%s – %s"), municipality_name, round_name);
  g_autoptr(GString) name = g_string_new (NULL);

  for (const char *p = stem; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_unsafe_in_name (c))
        g_string_append_c (name, '-');
      else if (name->len == 0 && (c == '.' || g_unichar_isspace (c)))
        continue;
      else
        g_string_append_unichar (name, c);
    }
  if (name->len == 0)
    /* Translators: a file name for a response when nothing else names it */
    g_string_append (name, _("response"));
  g_string_append (name, csv ? FK_RESPONSE_CSV_EXTENSION : FK_RESPONSE_EXTENSION);
  return g_string_free (g_steal_pointer (&name), FALSE);
}
