/* fk-csv.c — CSV writing (RFC 4180, UTF-8 with a BOM) and reading (libcsv) */
#define G_LOG_DOMAIN "fk-csv"
#include "config.h"
#include "fk-csv.h"
#include "fk-error.h"
#include "fk-json.h"
#include "fk-text.h"

#include <csv.h>
#include <gio/gio.h>
#include "fk-i18n.h"
#include <math.h>
#include <string.h>

#define UTF8_BOM "\xEF\xBB\xBF"

char
fk_csv_default_separator (const char *language)
{
  return g_strcmp0 (language, "sv") == 0 ? ';' : ',';
}

/* Writing */

struct _FkCsvWriter {
  GString *out;
  char     separator;
  guint    n_fields;   /* in the current row */
  gsize    row_start;  /* where the current row starts in out */
};

FkCsvWriter *
fk_csv_writer_new (char separator)
{
  FkCsvWriter *self;

  g_return_val_if_fail (separator == ';' || separator == ',', NULL);

  self = g_new0 (FkCsvWriter, 1);
  self->separator = separator;
  /* The BOM is how Excel tells UTF-8 from the Windows code page; without
   * it "å" opens as "Ã¥". LibreOffice and our reader skip it. */
  self->out = g_string_new (UTF8_BOM);
  self->row_start = self->out->len;
  return self;
}

void
fk_csv_writer_free (FkCsvWriter *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_free (self);
}

/* RFC 4180 quotes a field holding the separator, a quote or a line end.
 * We also quote one holding the other separator, so that every ';' or ','
 * outside quotes is a separator and a reader that detects it (ours) finds
 * the right one; and one with a space or tab at either end, because
 * readers (libcsv, ours, spreadsheets on import) trim unquoted fields. */
static gboolean
needs_quotes (const char *text)
{
  gsize len = strlen (text);

  if (len == 0)
    return FALSE;
  if (text[0] == ' ' || text[0] == '\t' || text[len - 1] == ' ' || text[len - 1] == '\t')
    return TRUE;
  for (const char *p = text; *p != '\0'; p++)
    if (*p == ';' || *p == ',' || *p == '"' || *p == '\r' || *p == '\n')
      return TRUE;
  return FALSE;
}

static void
start_field (FkCsvWriter *self)
{
  if (self->n_fields > 0)
    g_string_append_c (self->out, self->separator);
  self->n_fields++;
}

void
fk_csv_writer_add_field (FkCsvWriter *self,
                         const char  *text)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  start_field (self);
  if (text == NULL)
    return;
  if (!needs_quotes (text))
    {
      g_string_append (self->out, text);
      return;
    }
  g_string_append_c (self->out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (self->out, '"');
      g_string_append_c (self->out, *p);
    }
  g_string_append_c (self->out, '"');
}

void
fk_csv_writer_add_int (FkCsvWriter *self,
                       gint64       value)
{
  g_return_if_fail (self != NULL);

  start_field (self);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

void
fk_csv_writer_add_number (FkCsvWriter *self,
                          double       value)
{
  g_autofree char *text = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (isfinite (value));

  /* Never printf ("%g"): it follows LC_NUMERIC. The decimal comma of the
   * semicolon dialect cannot be mistaken for the separator. */
  text = fk_text_format_c_number (value);
  if (self->separator == ';')
    g_strdelimit (text, ".", ',');
  start_field (self);
  g_string_append (self->out, text);
}

void
fk_csv_writer_add_fields (FkCsvWriter        *self,
                          const char * const *fields)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (fields != NULL);

  for (guint i = 0; fields[i] != NULL; i++)
    fk_csv_writer_add_field (self, fields[i]);
}

void
fk_csv_writer_end_row (FkCsvWriter *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->n_fields > 0);

  /* A row of one empty field would be an empty line, which readers skip:
   * "" keeps it a row. */
  if (self->n_fields == 1 && self->out->len == self->row_start)
    g_string_append (self->out, "\"\"");
  /* CRLF, as RFC 4180 says and as Excel and LibreOffice write: a file we
   * write then looks the same as one the user saved, and Windows tools
   * that still expect CRLF (Notepad before 2018) show its lines. */
  g_string_append (self->out, "\r\n");
  self->n_fields = 0;
  self->row_start = self->out->len;
}

const char *
fk_csv_writer_get_data (FkCsvWriter *self,
                        gsize       *length)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (length != NULL)
    *length = self->out->len;
  return self->out->str;
}

GBytes *
fk_csv_writer_free_to_bytes (FkCsvWriter *self)
{
  GBytes *bytes;

  g_return_val_if_fail (self != NULL, NULL);

  bytes = g_string_free_to_bytes (self->out);
  g_free (self);
  return bytes;
}

/* Reading */

typedef struct {
  guint32 first;     /* index of its first field in offsets */
  guint32 n_fields;
  guint32 line;      /* 1-based line where it starts */
} Row;

struct _FkCsvTable {
  char   *source;
  char    separator;
  char   *text;      /* every field, each ending in a NUL */
  GArray *offsets;   /* guint32: where each field starts in text */
  GArray *rows;      /* Row */
};

typedef enum {
  LIMIT_NONE,
  LIMIT_ROWS,
  LIMIT_FIELDS_PER_ROW,
  LIMIT_FIELDS,
} Limit;

/* What the libcsv callbacks build, and where in the input they are. */
typedef struct {
  GString *text;
  GArray  *offsets;
  GArray  *rows;
  guint    line;        /* of the line being fed */
  gboolean row_open;    /* a row has begun and not ended */
  guint    row_line;    /* where the open row began */
  guint    field_line;  /* where its current field began */
  guint    n_row_fields;
  Limit    limit;       /* the first limit passed: stop there */
  guint    limit_line;
} ParseState;

static void
table_clear (FkCsvTable *self)
{
  g_free (self->source);
  g_free (self->text);
  g_array_unref (self->offsets);
  g_array_unref (self->rows);
}

G_DEFINE_BOXED_TYPE (FkCsvTable, fk_csv_table, fk_csv_table_ref, fk_csv_table_unref)

FkCsvTable *
fk_csv_table_ref (FkCsvTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

void
fk_csv_table_unref (FkCsvTable *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, (GDestroyNotify) table_clear);
}

/* The number of line ends in @data before @offset: LF, CRLF and a lone
 * CR each end a line, as for libcsv. */
static guint
line_at (const char *data,
         gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= offset || data[i + 1] != '\n')))
      line++;
  return line;
}

/* Where the line starting at @pos ends (past its CRLF, LF or CR). */
static gsize
line_end (const char *data,
          gsize       length,
          gsize       pos)
{
  while (pos < length && data[pos] != '\n' && data[pos] != '\r')
    pos++;
  if (pos < length && data[pos] == '\r' && pos + 1 < length && data[pos + 1] == '\n')
    return pos + 2;
  return pos < length ? pos + 1 : pos;
}

static gboolean
is_blank_byte (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* The separator of the first row (the first line that is not blank, to
 * its first line end outside quotes): ';' or ',', whichever it holds more
 * often outside quotes; ';' on a tie, ',' (RFC 4180) when it holds
 * neither (one column). Quoted headers such as "Nivå; 0–5" or
 * "Kommun, namn" do not count. */
static char
detect_separator (const char *data,
                  gsize       length)
{
  gboolean quoted = FALSE;
  gboolean started = FALSE;
  gsize semicolons = 0, commas = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (!started && is_blank_byte (c))
        continue;
      started = TRUE;
      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted && c == ';')
        semicolons++;
      else if (!quoted && c == ',')
        commas++;
    }
  if (semicolons == 0 && commas == 0)
    return ',';
  return semicolons >= commas ? ';' : ',';
}

static void
on_field (void   *field,
          size_t  length,
          void   *data)
{
  ParseState *state = data;
  guint32 offset;

  if (state->limit != LIMIT_NONE)
    return;
  if (state->n_row_fields >= FK_CSV_MAX_FIELDS_PER_ROW)
    state->limit = LIMIT_FIELDS_PER_ROW;
  else if (state->offsets->len >= FK_CSV_MAX_FIELDS)
    state->limit = LIMIT_FIELDS;
  if (state->limit != LIMIT_NONE)
    {
      state->limit_line = state->line;
      return;
    }
  offset = state->text->len;
  g_array_append_val (state->offsets, offset);
  g_string_append_len (state->text, field, length);
  g_string_append_c (state->text, '\0');
  state->n_row_fields++;
  /* The next field begins after the separator that ended this one, on
   * this line (a line end outside quotes would have ended the row). */
  state->field_line = state->line;
}

static void
on_row_end (int   terminator,
            void *data)
{
  ParseState *state = data;
  Row row;

  state->row_open = FALSE;
  if (state->limit != LIMIT_NONE)
    return;
  if (state->rows->len >= FK_CSV_MAX_ROWS)
    {
      state->limit = LIMIT_ROWS;
      state->limit_line = state->row_line;
      return;
    }
  row.first = state->offsets->len - state->n_row_fields;
  row.n_fields = state->n_row_fields;
  row.line = state->row_line;
  g_array_append_val (state->rows, row);
  state->n_row_fields = 0;
}

static void
set_line_error (GError    **error,
                int         code,
                const char *source,
                guint       line,
                const char *message)
{
  /* Translators: where in a CSV file a problem is: "svar.csv: line 12: …" */
  g_autofree char *where = g_strdup_printf (_("line %u"), line);

  fk_json_set_error (error, code, source, where, "%s", message);
}

static void
set_limit_error (GError    **error,
                 const char *source,
                 Limit       limit,
                 guint       line)
{
  g_autofree char *message = NULL;
  g_autofree char *n = NULL;

  switch (limit)
    {
    case LIMIT_ROWS:
      n = fk_text_format_thousands (FK_CSV_MAX_ROWS);
      message = g_strdup_printf (ngettext ("more than %s row, the most this program reads",
                                           "more than %s rows, the most this program reads",
                                           FK_CSV_MAX_ROWS), n);
      break;
    case LIMIT_FIELDS_PER_ROW:
      n = fk_text_format_thousands (FK_CSV_MAX_FIELDS_PER_ROW);
      message = g_strdup_printf (ngettext ("more than %s field in one row, the most this program reads",
                                           "more than %s fields in one row, the most this program reads",
                                           FK_CSV_MAX_FIELDS_PER_ROW), n);
      break;
    case LIMIT_FIELDS:
      n = fk_text_format_thousands (FK_CSV_MAX_FIELDS);
      message = g_strdup_printf (ngettext ("more than %s field in all, the most this program reads",
                                           "more than %s fields in all, the most this program reads",
                                           FK_CSV_MAX_FIELDS), n);
      break;
    case LIMIT_NONE:
    default:
      g_assert_not_reached ();
    }
  set_line_error (error, FK_ERROR_INVALID, source, line, message);
}

/* Refuses what is not UTF-8 text before libcsv sees it. */
static gboolean
check_text (const char  *data,
            gsize        length,
            const char  *source,
            GError     **error)
{
  const char *nul = length > 0 ? memchr (data, '\0', length) : NULL;
  const char *end = NULL;

  if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
                      || ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      /* What Excel's "Unicode text" gives. */
      fk_json_set_error (error, FK_ERROR_PARSE, source, NULL,
                         _("the text is UTF-16, not UTF-8; save the file again as CSV in UTF-8 (in Excel: “CSV UTF-8”)"));
      return FALSE;
    }
  if (nul != NULL)
    {
      set_line_error (error, FK_ERROR_PARSE, source, line_at (data, nul - data),
                      _("a NUL byte: this is not a text file"));
      return FALSE;
    }
  if (!g_utf8_validate_len (data, length, &end))
    {
      /* Excel's plain "CSV" is in the Windows code page: "å" is one byte. */
      set_line_error (error, FK_ERROR_PARSE, source, line_at (data, end - data),
                      _("the text is not UTF-8; save the file again as CSV in UTF-8 (in Excel: “CSV UTF-8”)"));
      return FALSE;
    }
  return TRUE;
}

/* Feeds libcsv one line at a time (up to and with its line end), so that
 * the callbacks know the line they are on. */
static gboolean
parse (struct csv_parser  *parser,
       ParseState         *state,
       const char         *data,
       gsize               length,
       const char         *source,
       GError            **error)
{
  gsize pos = 0;

  for (state->line = 1; pos < length; state->line++)
    {
      gsize end = line_end (data, length, pos);

      /* libcsv starts a row at the first byte that is not a space, a tab
       * or a line end; a row only ends at a line end, so at most one row
       * starts on a line. */
      if (!state->row_open)
        for (gsize i = pos; i < end; i++)
          if (!is_blank_byte (data[i]))
            {
              state->row_open = TRUE;
              state->row_line = state->field_line = state->line;
              break;
            }
      if (csv_parse (parser, data + pos, end - pos, on_field, on_row_end, state) != end - pos)
        {
          if (csv_error (parser) == CSV_EPARSE)
            set_line_error (error, FK_ERROR_PARSE, source, state->line,
                            _("a quote inside a field that does not start with one, or text after a closing quote; put the whole field in quotes and double every quote inside it"));
          else
            {
              /* Out of memory in libcsv: its words go to the details. */
              fk_json_set_error (error, FK_ERROR_FAILED, source, NULL,
                                 _("could not read the CSV text"));
              if (error != NULL)
                fk_error_set_detail (*error, csv_strerror (csv_error (parser)));
            }
          return FALSE;
        }
      if (state->limit != LIMIT_NONE)
        {
          set_limit_error (error, source, state->limit, state->limit_line);
          return FALSE;
        }
      pos = end;
    }
  state->line--;
  if (csv_fini (parser, on_field, on_row_end, state) != 0)
    {
      set_line_error (error, FK_ERROR_PARSE, source, state->field_line,
                      _("a quoted field that starts on this line has no closing quote"));
      return FALSE;
    }
  if (state->limit != LIMIT_NONE)
    {
      set_limit_error (error, source, state->limit, state->limit_line);
      return FALSE;
    }
  return TRUE;
}

FkCsvTable *
fk_csv_table_new_from_data (const char  *data,
                            gsize        length,
                            const char  *source,
                            GError     **error)
{
  struct csv_parser parser;
  ParseState state = { 0, };
  FkCsvTable *self;
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > FK_CSV_MAX_BYTES)
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, NULL,
                         _("the file is larger than %u MiB, the most this program reads"),
                         (guint) (FK_CSV_MAX_BYTES / (1024 * 1024)));
      return NULL;
    }
  if (length >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!check_text (data, length, source, error))
    return NULL;

  /* CSV_STRICT: a quote out of place ("5" disk", "a"b) is refused with
   * its line rather than guessed: the values are scores, and spreadsheets
   * never write such text. CSV_STRICT_FINI: a quote still open at the end
   * is refused too (it would swallow the rest of the file). */
  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
    g_error ("csv_init failed");
  csv_set_delim (&parser, (unsigned char) detect_separator (data, length));
  /* libcsv grows its field buffer by this many bytes at a time (128 by
   * default: a 5 MiB field would take 40 000 reallocs, each maybe a
   * copy). No field is longer than the input, so one block will do. */
  csv_set_blk_size (&parser, MAX (length + 1, 128));

  state.text = g_string_sized_new (length + 64);
  state.offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  state.rows = g_array_new (FALSE, FALSE, sizeof (Row));
  ok = parse (&parser, &state, data, length, source, error);
  if (ok && state.rows->len == 0)
    {
      fk_json_set_error (error, FK_ERROR_PARSE, source, NULL, _("the file holds no rows"));
      ok = FALSE;
    }

  self = g_atomic_rc_box_new0 (FkCsvTable);
  self->source = g_strdup (source != NULL ? source : "");
  self->separator = (char) csv_get_delim (&parser);
  self->text = g_string_free (state.text, FALSE);
  self->offsets = state.offsets;
  self->rows = state.rows;
  csv_free (&parser);
  if (!ok)
    g_clear_pointer (&self, fk_csv_table_unref);
  return self;
}

/* Reads at most FK_CSV_MAX_BYTES + 1 bytes: enough to know a file is too
 * big without holding more of it. */
FkCsvTable *
fk_csv_table_new_from_file (const char  *path,
                            GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  guint8 chunk[64 * 1024];

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_name (path);
  file = g_file_new_for_path (path);
  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND, "%s", local_error->message);
      return NULL;
    }
  bytes = g_byte_array_new ();
  while (bytes->len <= FK_CSV_MAX_BYTES)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk, NULL, &local_error);

      if (n < 0)
        {
          fk_json_set_error (error, FK_ERROR_IO, display, NULL, "%s", local_error->message);
          return NULL;
        }
      if (n == 0)
        break;
      g_byte_array_append (bytes, chunk, n);
    }
  return fk_csv_table_new_from_data ((const char *) bytes->data, bytes->len, display, error);
}

const char *
fk_csv_table_get_source (FkCsvTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->source;
}

char
fk_csv_table_get_separator (FkCsvTable *self)
{
  g_return_val_if_fail (self != NULL, ',');
  return self->separator;
}

guint
fk_csv_table_get_n_rows (FkCsvTable *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->rows->len;
}

static const Row *
get_row (FkCsvTable *self,
         guint       row)
{
  return &g_array_index (self->rows, Row, row);
}

guint
fk_csv_table_get_n_fields (FkCsvTable *self,
                           guint       row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->rows->len, 0);
  return get_row (self, row)->n_fields;
}

const char *
fk_csv_table_get_field (FkCsvTable *self,
                        guint       row,
                        guint       column)
{
  const Row *r;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  r = get_row (self, row);
  if (column >= r->n_fields)
    return NULL;
  return self->text + g_array_index (self->offsets, guint32, r->first + column);
}

guint
fk_csv_table_get_line (FkCsvTable *self,
                       guint       row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->rows->len, 0);
  return get_row (self, row)->line;
}

gboolean
fk_csv_table_row_is_blank (FkCsvTable *self,
                           guint       row)
{
  guint n = fk_csv_table_get_n_fields (self, row);

  for (guint i = 0; i < n; i++)
    if (*fk_csv_table_get_field (self, row, i) != '\0')
      return FALSE;
  return TRUE;
}

/* @text trimmed, in composed form, case-folded: what find_column compares. */
static char *
column_key (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  g_autofree char *normal = g_utf8_normalize (copy, -1, G_NORMALIZE_DEFAULT_COMPOSE);

  return g_utf8_casefold (normal != NULL ? normal : copy, -1);
}

int
fk_csv_table_find_column (FkCsvTable *self,
                          guint       row,
                          const char *name)
{
  g_autofree char *wanted = NULL;
  guint n;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (row < self->rows->len, -1);
  g_return_val_if_fail (name != NULL, -1);

  wanted = column_key (name);
  n = fk_csv_table_get_n_fields (self, row);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *key = column_key (fk_csv_table_get_field (self, row, i));

      if (g_str_equal (key, wanted))
        return (int) i;
    }
  return -1;
}
