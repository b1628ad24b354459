/* fk-json.c — JSON reading helpers with located error messages */
#define G_LOG_DOMAIN "fk-json"
#include "config.h"
#include "fk-json.h"
#include "fk-error.h"
#include "fk-text.h"
#include "fk-core-resources.h"

#include "fk-i18n.h"
#include <math.h>
#include <string.h>

void
fk_json_set_error (GError    **error,
                   int         code,
                   const char *source,
                   const char *where,
                   const char *format,
                   ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  if (source == NULL)
    {
      /* A part of a document: the caller names the document. */
      source = where;
      where = NULL;
    }
  if (source == NULL || *source == '\0')
    g_set_error_literal (error, FK_ERROR, code, what);
  else if (where != NULL && *where != '\0')
    g_set_error (error, FK_ERROR, code, "%s: %s: %s", source, where, what);
  else
    g_set_error (error, FK_ERROR, code, "%s: %s", source, what);
}

/* @value as fk_text_format_c_number() gives it, with a decimal point
 * kept for a JSON reader that tells integers from doubles: "69.2", "1.0". */
static void
append_short_number (GString *out,
                     double   value)
{
  g_autofree char *text = fk_text_format_c_number (value);

  g_string_append (out, text);
  if (strpbrk (text, ".eEn") == NULL)
    g_string_append (out, ".0");
}

/* json-glib 1.6 writes every double with 17 digits ("69.200000000000003"
 * for 69.2): the same number, but not what a person expects to read in
 * the CLI's output or our files. Rewrites each fractional number outside
 * strings in its shortest form that reads back as the same double. */
static char *
shorten_json_numbers (const char *json)
{
  GString *out = g_string_sized_new (strlen (json));
  gboolean in_string = FALSE;
  const char *p = json;

  while (*p != '\0')
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            g_string_append_c (out, *p++);
          else if (*p == '"')
            in_string = FALSE;
          g_string_append_c (out, *p++);
        }
      else if (*p == '"')
        {
          in_string = TRUE;
          g_string_append_c (out, *p++);
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          char *end;
          double value = g_ascii_strtod (p, &end);
          g_autofree char *token = g_strndup (p, end - p);

          /* A token too large for a double stays as it was: never "inf". */
          if (strpbrk (token, ".eE") != NULL && isfinite (value))
            append_short_number (out, value);
          else
            g_string_append (out, token);
          p = end;
        }
      else
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

char *
fk_json_to_string (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  return shorten_json_numbers (text);
}

JsonNode *
fk_json_parse_object (const char  *data,
                      gssize       length,
                      const char  *source,
                      GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (length < 0)
    length = strlen (data);
  if (!g_utf8_validate (data, length, NULL))
    {
      fk_json_set_error (error, FK_ERROR_PARSE, source, NULL,
                         _("not UTF-8 text"));
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* json-glib says "<data>:3:14: Parse error: …"; keep line:column. */
      const char *msg = local_error->message;
      if (g_str_has_prefix (msg, "<data>:"))
        msg += strlen ("<data>:");
      fk_json_set_error (error, FK_ERROR_PARSE, source, NULL,
                         _("not valid JSON (%s)"), msg);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      fk_json_set_error (error, FK_ERROR_PARSE, source, NULL,
                         _("expected a JSON object at the top"));
      return NULL;
    }
  return json_node_ref (root);
}

gboolean
fk_json_check_format (JsonObject  *root,
                      const char  *format,
                      gint64       max_version,
                      const char  *source,
                      GError     **error)
{
  const char *found;
  gint64 version;

  found = fk_json_get_string (root, "format", TRUE, source, NULL, error);
  if (found == NULL)
    return FALSE;
  if (!g_str_equal (found, format))
    {
      fk_json_set_error (error, FK_ERROR_PARSE, source, "format",
                         _("expected “%s”, found “%s”"), format, found);
      return FALSE;
    }
  if (!fk_json_get_int (root, "format_version", TRUE, &version, source, NULL, error))
    return FALSE;
  if (version < 1 || version > max_version)
    {
      fk_json_set_error (error, FK_ERROR_NEWER_VERSION, source, "format_version",
                         _("version %lld is not supported; this program reads versions 1 to %lld"),
                         (long long) version, (long long) max_version);
      return FALSE;
    }
  return TRUE;
}

static char *
member_path (const char *where,
             const char *member)
{
  if (where == NULL || *where == '\0')
    return g_strdup (member);
  return g_strdup_printf ("%s: %s", where, member);
}

static JsonNode *
get_member (JsonObject  *object,
            const char  *member,
            gboolean     required,
            const char  *source,
            const char  *where,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        {
          g_autofree char *path = member_path (where, member);
          fk_json_set_error (error, FK_ERROR_INVALID, source, path, _("is missing"));
        }
      return NULL;
    }
  return node;
}

const char *
fk_json_get_string (JsonObject  *object,
                    const char  *member,
                    gboolean     required,
                    const char  *source,
                    const char  *where,
                    GError     **error)
{
  JsonNode *node = get_member (object, member, required, source, where, error);
  const char *value;

  if (node == NULL)
    return NULL;
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *path = member_path (where, member);
      fk_json_set_error (error, FK_ERROR_INVALID, source, path, _("must be a string"));
      return NULL;
    }
  value = json_node_get_string (node);
  if (required && *value == '\0')
    {
      g_autofree char *path = member_path (where, member);
      fk_json_set_error (error, FK_ERROR_INVALID, source, path, _("is empty"));
      return NULL;
    }
  return value;
}

gboolean
fk_json_get_int (JsonObject  *object,
                 const char  *member,
                 gboolean     required,
                 gint64      *out,
                 const char  *source,
                 const char  *where,
                 GError     **error)
{
  JsonNode *node = get_member (object, member, required, source, where, error);

  if (node == NULL)
    return !required;
  if (json_node_get_value_type (node) != G_TYPE_INT64)
    {
      g_autofree char *path = member_path (where, member);
      fk_json_set_error (error, FK_ERROR_INVALID, source, path, _("must be a whole number"));
      return FALSE;
    }
  *out = json_node_get_int (node);
  return TRUE;
}

/* The "sv" and "en" of the text object @text, placed at @path. */
static gboolean
text_from_object (JsonObject  *text,
                  gboolean     required,
                  FkText      *out,
                  const char  *source,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *sv;
  const char *en = NULL;

  sv = fk_json_get_string (text, "sv", required, source, path, &local_error);
  if (local_error == NULL)
    en = fk_json_get_string (text, "en", FALSE, source, path, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  out->sv = g_strdup (sv);
  out->en = g_strdup (en);
  return TRUE;
}

gboolean
fk_json_get_text (JsonObject  *object,
                  const char  *member,
                  gboolean     required,
                  FkText      *out,
                  const char  *source,
                  const char  *where,
                  GError     **error)
{
  g_autofree char *path = member_path (where, member);
  g_autoptr(GError) local_error = NULL;
  JsonObject *text;

  text = fk_json_get_object (object, member, required, source, where, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (text == NULL)
    {
      out->sv = NULL;
      out->en = NULL;
      return TRUE;
    }
  return text_from_object (text, required, out, source, path, error);
}

/* A member that must hold a node of @type (an array or an object). */
static JsonNode *
get_container (JsonObject   *object,
               const char   *member,
               gboolean      required,
               JsonNodeType  type,
               const char   *source,
               const char   *where,
               GError      **error)
{
  JsonNode *node = get_member (object, member, required, source, where, error);

  if (node != NULL && JSON_NODE_TYPE (node) != type)
    {
      g_autofree char *path = member_path (where, member);
      fk_json_set_error (error, FK_ERROR_INVALID, source, path,
                         type == JSON_NODE_ARRAY ? _("must be a list") : _("must be an object"));
      return NULL;
    }
  return node;
}

JsonArray *
fk_json_get_array (JsonObject  *object,
                   const char  *member,
                   gboolean     required,
                   const char  *source,
                   const char  *where,
                   GError     **error)
{
  JsonNode *node = get_container (object, member, required, JSON_NODE_ARRAY, source, where, error);
  return node != NULL ? json_node_get_array (node) : NULL;
}

JsonObject *
fk_json_get_object (JsonObject  *object,
                    const char  *member,
                    gboolean     required,
                    const char  *source,
                    const char  *where,
                    GError     **error)
{
  JsonNode *node = get_container (object, member, required, JSON_NODE_OBJECT, source, where, error);
  return node != NULL ? json_node_get_object (node) : NULL;
}

JsonObject *
fk_json_array_get_object (JsonArray  *array,
                          guint       index,
                          const char *source,
                          const char *where,
                          GError    **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, where, _("must be an object"));
      return NULL;
    }
  return json_node_get_object (node);
}

gboolean
fk_json_array_get_text (JsonArray  *array,
                        guint       index,
                        FkText     *out,
                        const char *source,
                        const char *where,
                        GError    **error)
{
  JsonObject *text = fk_json_array_get_object (array, index, source, where, error);

  return text != NULL && text_from_object (text, TRUE, out, source, where, error);
}

gboolean
fk_json_is_key (const char *str,
                const char *allowed)
{
  if (str == NULL || *str == '\0')
    return FALSE;
  for (const char *p = str; *p != '\0'; p++)
    {
      if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
        continue;
      if (allowed != NULL && strchr (allowed, *p) != NULL)
        continue;
      return FALSE;
    }
  return TRUE;
}

gpointer
fk_json_load_file (const char    *path,
                   FkJsonLoader   loader,
                   GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *data = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND, "%s", local_error->message);
      return NULL;
    }
  return loader (data, length, display, error);
}

gpointer
fk_json_load_resource (const char    *name,
                       FkJsonLoader   loader,
                       GError       **error)
{
  g_autofree char *path = g_strconcat ("/se/fyrbodal/Formagekarta/core/", name, NULL);
  g_autofree char *base = g_path_get_basename (name);
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  bytes = g_resource_lookup_data (fk_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return loader (data, length, base, error);
}
