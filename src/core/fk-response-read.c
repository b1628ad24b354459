/* fk-response-read.c — reading a response file (JSON), strictly
 *
 * In this order, each refusal one message naming the file: the size (before
 * anything is read), a strict pass over the bytes (UTF-8, syntax, nesting
 * depth, members twice: fk_json_check_strict()), then json-glib, the format
 * and version, the header and the embedded model, every score
 * (fk_score_from_json()), and what every response holds (fk_response_new()).
 */
#define G_LOG_DOMAIN "fk-response-read"
#include "config.h"
#include "fk-response.h"
#include "fk-error.h"
#include "fk-json.h"
#include "fk-json-strict.h"
#include "fk-score-json.h"
#include "fk-text.h"

#include "fk-i18n.h"
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The members of a score in a response: fk-score-json's fields, without
 * the municipality, capability and round that the file names once. */
static const char *const score_members[] = {
  "current", "target", "sustain", "key_person", "interest", "comment", "respondent", "updated",
};

static gboolean
is_score_member (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (score_members); i++)
    if (g_str_equal (name, score_members[i]))
      return TRUE;
  return FALSE;
}

/* One score, at "scores: KEY". */
static FkScore *
read_score (const char  *key,
            JsonNode    *node,
            const char  *municipality,
            const char  *source,
            GError     **error)
{
  g_autofree char *where = g_strdup_printf ("scores: %s", key);
  g_autoptr(JsonObject) copy = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;
  FkScore *score;

  if (!fk_json_is_key (key, ".-"))
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, "scores",
                         _("“%s” is not a capability key (lower-case letters a–z, digits, “.” and “-”)"), key);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, where, _("must be an object"));
      return NULL;
    }
  /* fk_score_from_json() reads a score that names its capability. */
  copy = json_object_new ();
  json_object_set_string_member (copy, "capability", key);
  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &member, &value))
    {
      if (!is_score_member (member))
        {
          fk_json_set_error (error, FK_ERROR_INVALID, source, where,
                             _("“%s” is not a field of a score (use current, target, sustain, key_person, "
                               "interest, comment, respondent or updated)"), member);
          return NULL;
        }
      json_object_set_member (copy, member, json_node_copy (value));
    }
  score = fk_score_from_json (copy, 0, municipality, &local_error);
  if (score == NULL)
    fk_json_set_error (error, FK_ERROR_INVALID, source, where, "%s", local_error->message);
  return score;
}

/* The embedded model, checked as any model file is. */
static FkModel *
read_model (JsonObject  *model_object,
            const char  *source,
            GError     **error)
{
  g_autofree char *model_source = NULL;
  const char *document;

  document = fk_json_get_string (model_object, "document", FALSE, source, "model", error);
  if (document == NULL)
    return NULL;
  model_source = g_strdup_printf ("%s: model: document", source != NULL ? source : "");
  return fk_model_new_from_data (document, -1, model_source, error);
}

static FkResponse *
read_root (JsonObject  *root,
           const char  *source,
           GError     **error)
{
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  g_autoptr(FkModel) model = NULL;
  g_autoptr(GError) local_error = NULL;
  FkResponseInfo info = { 0 };
  JsonObject *model_object;
  JsonObject *municipality;
  JsonObject *scores_object;
  const char *exported = NULL;
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  if (!fk_json_check_format (root, FK_RESPONSE_FORMAT, FK_RESPONSE_FORMAT_VERSION, source, error))
    return NULL;

  if ((model_object = fk_json_get_object (root, "model", TRUE, source, NULL, error)) == NULL ||
      (info.model_id = fk_json_get_string (model_object, "id", TRUE, source, "model", error)) == NULL ||
      (info.model_version = fk_json_get_string (model_object, "version", TRUE, source, "model", error)) == NULL ||
      (info.model_checksum = fk_json_get_string (model_object, "checksum", TRUE, source, "model", error)) == NULL)
    return NULL;
  model = read_model (model_object, source, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if ((municipality = fk_json_get_object (root, "municipality", TRUE, source, NULL, error)) == NULL ||
      (info.municipality = fk_json_get_string (municipality, "code", TRUE, source, "municipality", error)) == NULL)
    return NULL;
  info.municipality_name = fk_json_get_string (municipality, "name", FALSE, source, "municipality", &local_error);
  if (local_error == NULL)
    info.round = fk_json_get_string (root, "round", TRUE, source, NULL, &local_error);
  if (local_error == NULL)
    info.respondent = fk_json_get_string (root, "respondent", FALSE, source, NULL, &local_error);
  if (local_error == NULL)
    info.language = fk_json_get_string (root, "language", FALSE, source, NULL, &local_error);
  if (local_error == NULL)
    info.application_version = fk_json_get_string (root, "application_version", FALSE, source, NULL, &local_error);
  if (local_error == NULL)
    exported = fk_json_get_string (root, "exported", TRUE, source, NULL, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (!fk_text_parse_time (exported, &info.exported))
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, "exported",
                         _("“%s” is not a time in ISO 8601 such as 2020-09-01T08:00:00Z"), exported);
      return NULL;
    }

  if ((scores_object = fk_json_get_object (root, "scores", TRUE, source, NULL, error)) == NULL)
    return NULL;
  json_object_iter_init_ordered (&iter, scores_object);
  while (json_object_iter_next_ordered (&iter, &key, &node))
    {
      FkScore *score = read_score (key, node, info.municipality, source, error);
      if (score == NULL)
        return NULL;
      g_ptr_array_add (scores, score);
    }

  return fk_response_new (&info, model, scores, source, error);
}

FkResponse *
fk_response_new_from_data (const char  *data,
                           gsize        length,
                           const char  *source,
                           GError     **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > FK_RESPONSE_MAX_BYTES)
    {
      g_autofree char *limit = g_format_size_full (FK_RESPONSE_MAX_BYTES, G_FORMAT_SIZE_IEC_UNITS);
      fk_json_set_error (error, FK_ERROR_INVALID, source, NULL,
                         _("the file is larger than %s, the most a response file may be"), limit);
      return NULL;
    }
  /* A byte order mark, as some Windows editors write: RFC 8259 lets a
   * reader ignore it. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!fk_json_check_strict (data, length, FK_RESPONSE_MAX_DEPTH, source, error))
    return NULL;
  root = fk_json_parse_object (data, length, source, error);
  if (root == NULL)
    return NULL;
  return read_root (json_node_get_object (root), source, error);
}

gboolean
fk_response_read_file_data (const char  *path,
                            char       **out_data,
                            gsize       *out_length,
                            GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *data = NULL;
  gsize length = 0;
  struct stat st;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  /* Non-blocking, so that opening a FIFO never waits for a writer; then
   * only a regular file is read (a device or a FIFO could go on for ever). */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND, _("%s: could not read the file (%s)"),
                   display, g_strerror (saved));
      return FALSE;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_close (fd, NULL);
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("%s: this is not a regular file, so it cannot be read as a response file"), display);
      return FALSE;
    }
  /* One byte more than the limit, never more: a file too large is
   * refused by its size without being read whole. */
  data = g_malloc (FK_RESPONSE_MAX_BYTES + 2);
  while (length < FK_RESPONSE_MAX_BYTES + 1)
    {
      gssize n = read (fd, data + length, FK_RESPONSE_MAX_BYTES + 1 - length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          g_close (fd, NULL);
          g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND, _("%s: could not read the file (%s)"),
                       display, g_strerror (saved));
          return FALSE;
        }
      if (n == 0)
        break;
      length += n;
    }
  g_close (fd, NULL);
  data[length] = '\0';
  *out_data = g_steal_pointer (&data);
  *out_length = length;
  return TRUE;
}

FkResponse *
fk_response_new_from_file (const char  *path,
                           GError     **error)
{
  g_autofree char *display = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!fk_response_read_file_data (path, &data, &length, error))
    return NULL;
  display = g_filename_display_name (path);
  return fk_response_new_from_data (data, length, display, error);
}
