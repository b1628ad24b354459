/* fk-json-strict.h — a strict, bounded check of JSON bytes before json-glib reads them
 *
 * json-glib 1.6 has no nesting limit (its parser recurses), keeps only the
 * last of two members with the same name, and accepts more than JSON
 * (single quotes, comments, leading zeros, raw tabs in strings, a second
 * document after the first). A file that people send us is checked here
 * first, without recursion deeper than @max_depth, so that what json-glib
 * then reads is plain RFC 8259 JSON with every member name once.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * fk_json_check_strict:
 * @data: (array length=length): the document
 * @length: its length in bytes
 * @max_depth: the deepest nesting of objects and arrays allowed (the
 *   top-level object is depth 1)
 * @source: (nullable): the document's name for messages
 * @error: return location for an error, or %NULL
 *
 * Checks that @data is UTF-8 text and exactly one JSON value (RFC 8259, with nothing but
 * white space after it), nested no deeper than @max_depth, with no member
 * twice in one object (compared after unescaping: "a" and "\u0061" are
 * the same name), and no "\u0000" or lone UTF-16 surrogate in a string
 * (json-glib would cut the text or refuse it with an unclear message).
 *
 * Errors: FK_ERROR_PARSE "SOURCE: line L, column C: not valid JSON: …"
 * for bytes that are not UTF-8, syntax and nesting; FK_ERROR_INVALID "SOURCE: WHERE: “name”
 * appears twice" for a repeated member, WHERE being the path of the
 * object ("scores", "" for the top level).
 *
 * Returns: %TRUE when @data passed every check
 */
gboolean fk_json_check_strict (const char  *data,
                               gsize        length,
                               guint        max_depth,
                               const char  *source,
                               GError     **error);

G_END_DECLS
