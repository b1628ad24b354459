/* fk-json-strict.c — a strict, bounded check of JSON bytes (RFC 8259) */
#define G_LOG_DOMAIN "fk-json-strict"
#include "config.h"
#include "fk-json-strict.h"
#include "fk-error.h"
#include "fk-json.h"

#include "fk-i18n.h"
#include <string.h>

typedef struct {
  const char *start;
  const char *p;
  const char *end;
  guint       depth;
  guint       max_depth;
  const char *source;
  GString    *path;    /* where we are: "scores: drift.backup", "list[3]" */
} Scan;

/* An error at the scan's position: "SOURCE: line L, column C: WHAT". */
static gboolean G_GNUC_PRINTF (3, 4)
fail_at (Scan        *scan,
         GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *what = NULL;
  g_autofree char *where = NULL;
  guint line = 1;
  const char *line_start = scan->start;
  va_list args;

  for (const char *q = scan->start; q < scan->p; q++)
    if (*q == '\n')
      {
        line++;
        line_start = q + 1;
      }
  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  /* Columns count characters, as an editor shows them (UTF-8 checked). */
  where = g_strdup_printf (_("line %u, column %ld"), line,
                           g_utf8_pointer_to_offset (line_start, scan->p) + 1);
  fk_json_set_error (error, FK_ERROR_PARSE, scan->source != NULL ? scan->source : "", where, "%s", what);
  return FALSE;
}

static gboolean
at_end (Scan *scan)
{
  return scan->p >= scan->end;
}

static void
skip_space (Scan *scan)
{
  while (!at_end (scan) &&
         (*scan->p == ' ' || *scan->p == '\t' || *scan->p == '\n' || *scan->p == '\r'))
    scan->p++;
}

static gboolean
ended_early (Scan    *scan,
             GError **error)
{
  return fail_at (scan, error, _("not valid JSON: the text ends too early"));
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Four hex digits after "\u" (at scan->p), or -1. */
static int
read_hex4 (Scan *scan)
{
  int value = 0;

  if (scan->end - scan->p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      int digit = hex_value (scan->p[i]);
      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  scan->p += 4;
  return value;
}

/* The escape after a backslash (at scan->p), appended to @out (nullable). */
static gboolean
scan_escape (Scan     *scan,
             GString  *out,
             GError  **error)
{
  static const char simple[] = "\"\\/bfnrt";
  static const char meaning[] = "\"\\/\b\f\n\r\t";
  const char *found;
  int unit;
  gunichar c;

  if (at_end (scan))
    return ended_early (scan, error);
  found = strchr (simple, *scan->p);
  if (*scan->p != '\0' && found != NULL)
    {
      if (out != NULL)
        g_string_append_c (out, meaning[found - simple]);
      scan->p++;
      return TRUE;
    }
  if (*scan->p != 'u')
    return fail_at (scan, error, _("not valid JSON: an unknown escape in a text"));
  scan->p++;
  if ((unit = read_hex4 (scan)) < 0)
    return fail_at (scan, error, _("not valid JSON: “\\u” must be followed by four hexadecimal digits"));
  c = (gunichar) unit;
  if (unit == 0)
    return fail_at (scan, error, _("a text holds the character “\\u0000”, which is not allowed"));
  if (unit >= 0xdc00 && unit <= 0xdfff)
    return fail_at (scan, error, _("not valid JSON: half of a UTF-16 surrogate pair in a text"));
  if (unit >= 0xd800 && unit <= 0xdbff)
    {
      int low;

      if (scan->end - scan->p < 2 || scan->p[0] != '\\' || scan->p[1] != 'u')
        return fail_at (scan, error, _("not valid JSON: half of a UTF-16 surrogate pair in a text"));
      scan->p += 2;
      low = read_hex4 (scan);
      if (low < 0xdc00 || low > 0xdfff)
        return fail_at (scan, error, _("not valid JSON: half of a UTF-16 surrogate pair in a text"));
      c = 0x10000 + (((gunichar) unit - 0xd800) << 10) + ((gunichar) low - 0xdc00);
    }
  if (out != NULL)
    g_string_append_unichar (out, c);
  return TRUE;
}

/* A string at scan->p (its opening quote); its text to @out (nullable). */
static gboolean
scan_string (Scan     *scan,
             GString  *out,
             GError  **error)
{
  scan->p++;   /* the opening quote */
  while (!at_end (scan))
    {
      guchar c = (guchar) *scan->p;

      if (c == '"')
        {
          scan->p++;
          return TRUE;
        }
      if (c < 0x20)
        return fail_at (scan, error,
                        _("not valid JSON: a line break or other control character in a text must be "
                          "written as an escape such as \\n"));
      if (c == '\\')
        {
          scan->p++;
          if (!scan_escape (scan, out, error))
            return FALSE;
          continue;
        }
      if (out != NULL)
        g_string_append_c (out, (char) c);
      scan->p++;
    }
  return ended_early (scan, error);
}

static gboolean
scan_digits (Scan *scan)
{
  const char *first = scan->p;

  while (!at_end (scan) && g_ascii_isdigit (*scan->p))
    scan->p++;
  return scan->p > first;
}

/* -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)? */
static gboolean
scan_number (Scan    *scan,
             GError **error)
{
  const char *number = scan->p;

  if (*scan->p == '-')
    scan->p++;
  if (!at_end (scan) && *scan->p == '0')
    scan->p++;
  else if (!scan_digits (scan))
    goto bad;
  if (!at_end (scan) && *scan->p == '.')
    {
      scan->p++;
      if (!scan_digits (scan))
        goto bad;
    }
  if (!at_end (scan) && (*scan->p == 'e' || *scan->p == 'E'))
    {
      scan->p++;
      if (!at_end (scan) && (*scan->p == '+' || *scan->p == '-'))
        scan->p++;
      if (!scan_digits (scan))
        goto bad;
    }
  /* "01", "1x": a number runs into something that is not a separator. */
  if (!at_end (scan) && (g_ascii_isalnum (*scan->p) || *scan->p == '.'))
    goto bad;
  return TRUE;

bad:
  scan->p = number;
  return fail_at (scan, error, _("not valid JSON: a number is not written as JSON numbers are"));
}

static gboolean
scan_word (Scan       *scan,
           const char *word,
           GError    **error)
{
  gsize n = strlen (word);

  if ((gsize) (scan->end - scan->p) < n || memcmp (scan->p, word, n) != 0 ||
      ((gsize) (scan->end - scan->p) > n && g_ascii_isalnum (scan->p[n])))
    return fail_at (scan, error, _("not valid JSON: expected a value"));
  scan->p += n;
  return TRUE;
}

static gboolean scan_value (Scan *scan, GError **error);

/* Enters an object or array: one level deeper, refused past the limit. */
static gboolean
enter (Scan    *scan,
       GError **error)
{
  if (scan->depth >= scan->max_depth)
    return fail_at (scan, error,
                    _("nested deeper than %u levels of objects and lists: refused as hostile"),
                    scan->max_depth);
  scan->depth++;
  scan->p++;
  skip_space (scan);
  return TRUE;
}

static void
path_push (Scan       *scan,
           gsize       mark,
           const char *member)
{
  g_string_truncate (scan->path, mark);
  if (mark > 0)
    g_string_append (scan->path, ": ");
  g_string_append (scan->path, member);
}

static gboolean
scan_object (Scan    *scan,
             GError **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gsize mark = scan->path->len;

  if (!enter (scan, error))
    return FALSE;
  if (!at_end (scan) && *scan->p == '}')
    goto done;
  for (;;)
    {
      g_autoptr(GString) name = g_string_new (NULL);

      skip_space (scan);
      if (at_end (scan))
        return ended_early (scan, error);
      if (*scan->p != '"')
        return fail_at (scan, error, _("not valid JSON: expected a member name in double quotes"));
      if (!scan_string (scan, name, error))
        return FALSE;
      if (g_hash_table_contains (seen, name->str))
        {
          g_string_truncate (scan->path, mark);
          fk_json_set_error (error, FK_ERROR_INVALID, scan->source != NULL ? scan->source : "",
                             scan->path->str, _("“%s” appears twice"), name->str);
          return FALSE;
        }
      path_push (scan, mark, name->str);
      g_hash_table_add (seen, g_string_free (g_steal_pointer (&name), FALSE));
      skip_space (scan);
      if (at_end (scan))
        return ended_early (scan, error);
      if (*scan->p != ':')
        return fail_at (scan, error, _("not valid JSON: expected “:” after a member name"));
      scan->p++;
      if (!scan_value (scan, error))
        return FALSE;
      skip_space (scan);
      if (at_end (scan))
        return ended_early (scan, error);
      if (*scan->p == '}')
        break;
      if (*scan->p != ',')
        return fail_at (scan, error, _("not valid JSON: expected “,” or “}”"));
      scan->p++;
    }
done:
  scan->p++;
  scan->depth--;
  g_string_truncate (scan->path, mark);
  return TRUE;
}

static gboolean
scan_array (Scan    *scan,
            GError **error)
{
  gsize mark = scan->path->len;

  if (!enter (scan, error))
    return FALSE;
  if (!at_end (scan) && *scan->p == ']')
    goto done;
  for (guint index = 0;; index++)
    {
      g_string_truncate (scan->path, mark);
      g_string_append_printf (scan->path, "[%u]", index);
      if (!scan_value (scan, error))
        return FALSE;
      skip_space (scan);
      if (at_end (scan))
        return ended_early (scan, error);
      if (*scan->p == ']')
        break;
      if (*scan->p != ',')
        return fail_at (scan, error, _("not valid JSON: expected “,” or “]”"));
      scan->p++;
    }
done:
  scan->p++;
  scan->depth--;
  g_string_truncate (scan->path, mark);
  return TRUE;
}

/* Recursion is bounded: scan_object and scan_array refuse past max_depth. */
static gboolean
scan_value (Scan    *scan,
            GError **error)
{
  skip_space (scan);
  if (at_end (scan))
    return ended_early (scan, error);
  switch (*scan->p)
    {
    case '{':
      return scan_object (scan, error);
    case '[':
      return scan_array (scan, error);
    case '"':
      return scan_string (scan, NULL, error);
    case 't':
      return scan_word (scan, "true", error);
    case 'f':
      return scan_word (scan, "false", error);
    case 'n':
      return scan_word (scan, "null", error);
    default:
      if (*scan->p == '-' || g_ascii_isdigit (*scan->p))
        return scan_number (scan, error);
      return fail_at (scan, error, _("not valid JSON: expected a value"));
    }
}

gboolean
fk_json_check_strict (const char  *data,
                      gsize        length,
                      guint        max_depth,
                      const char  *source,
                      GError     **error)
{
  g_autoptr(GString) path = g_string_new (NULL);
  Scan scan = { data, data, data + length, 0, max_depth, source, path };
  const char *valid_end;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (!g_utf8_validate (data, length, &valid_end))
    {
      scan.p = valid_end;
      return fail_at (&scan, error, _("not UTF-8 text"));
    }
  if (!scan_value (&scan, error))
    return FALSE;
  skip_space (&scan);
  if (!at_end (&scan))
    return fail_at (&scan, error, _("not valid JSON: more text after the end of the document"));
  return TRUE;
}
