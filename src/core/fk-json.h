/* fk-json.h — reading our JSON documents with errors that say where
 *
 * Every error message has the shape "SOURCE: WHERE: WHAT", e.g.
 * "model.json: capabilities[3] (drift.backup): name.sv is missing".
 */
#pragma once

#include <json-glib/json-glib.h>
#include "fk-text.h"

G_BEGIN_DECLS

/* Parses @data; the root must be an object. */
JsonNode   *fk_json_parse_object (const char  *data,
                                  gssize       length,
                                  const char  *source,
                                  GError     **error);

/* Checks "format" and "format_version" of a document. */
gboolean    fk_json_check_format (JsonObject  *root,
                                  const char  *format,
                                  gint64       max_version,
                                  const char  *source,
                                  GError     **error);

/* A string member; NULL (no error) when absent and not @required. */
const char *fk_json_get_string   (JsonObject  *object,
                                  const char  *member,
                                  gboolean     required,
                                  const char  *source,
                                  const char  *where,
                                  GError     **error);
gboolean    fk_json_get_int      (JsonObject  *object,
                                  const char  *member,
                                  gboolean     required,
                                  gint64      *out,
                                  const char  *source,
                                  const char  *where,
                                  GError     **error);
/* {"sv": "...", "en": "..."}; with @required, "sv" must be non-empty. */
gboolean    fk_json_get_text     (JsonObject  *object,
                                  const char  *member,
                                  gboolean     required,
                                  FkText      *out,
                                  const char  *source,
                                  const char  *where,
                                  GError     **error);
JsonArray  *fk_json_get_array    (JsonObject  *object,
                                  const char  *member,
                                  gboolean     required,
                                  const char  *source,
                                  const char  *where,
                                  GError     **error);
JsonObject *fk_json_get_object   (JsonObject  *object,
                                  const char  *member,
                                  gboolean     required,
                                  const char  *source,
                                  const char  *where,
                                  GError     **error);
/* The element @index of @array as an object, or an error. */
JsonObject *fk_json_array_get_object (JsonArray  *array,
                                      guint       index,
                                      const char *source,
                                      const char *where,
                                      GError    **error);
/* The element @index of @array as a text ("sv" required), or an error. */
gboolean    fk_json_array_get_text (JsonArray  *array,
                                    guint       index,
                                    FkText     *out,
                                    const char *source,
                                    const char *where,
                                    GError    **error);

/* A parser of one kind of document (fk_model_new_from_data, …). */
typedef gpointer (*FkJsonLoader) (const char  *data,
                                  gssize       length,
                                  const char  *source,
                                  GError     **error);

/* Reads the file at @path and hands it to @loader, named for messages. */
gpointer    fk_json_load_file     (const char    *path,
                                   FkJsonLoader   loader,
                                   GError       **error);
/* The same for a document embedded in core ("models/digital-motor.json"). */
gpointer    fk_json_load_resource (const char    *name,
                                   FkJsonLoader   loader,
                                   GError       **error);

/* Pretty-printed UTF-8 text of @node (two-space indent, letters such as
 * å not escaped; every fractional number in the shortest form that reads
 * back as the same double: 69.2, not 69.200000000000003): what the CLI
 * prints and our files hold. */
char       *fk_json_to_string    (JsonNode    *node);

/* Sets @error to "SOURCE: WHERE: message" (SOURCE and WHERE may be NULL,
 * for a part of a document that the caller places). */
void        fk_json_set_error    (GError     **error,
                                  int          code,
                                  const char  *source,
                                  const char  *where,
                                  const char  *format,
                                  ...) G_GNUC_PRINTF (5, 6);

/* TRUE if @str is non-empty and made only of characters in @allowed
 * (plus a–z and 0–9). */
gboolean    fk_json_is_key       (const char  *str,
                                  const char  *allowed);

G_END_DECLS
