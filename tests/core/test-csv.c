/* test-csv.c — the CSV writer's bytes, the reader on spreadsheet files, refusals */
#include "config.h"
#include "fk-csv.h"
#include "fk-error.h"
#include "fk-test-util.h"

#include <string.h>

#define BOM "\xEF\xBB\xBF"

static FkCsvTable *
read_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  FkCsvTable *table = fk_csv_table_new_from_data (text, strlen (text), "t.csv", &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static FkCsvTable *
read_fixture (const char *name)
{
  g_autofree char *relative = g_build_filename ("csv", name, NULL);
  g_autofree char *path = fk_test_data_path (relative);
  g_autoptr(GError) error = NULL;
  FkCsvTable *table = fk_csv_table_new_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

/* Reading @length bytes fails with @code and exactly @message. */
static void
assert_refused (const char *data,
                gsize       length,
                int         code,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkCsvTable) table = fk_csv_table_new_from_data (data, length, "svar.csv", &error);

  g_assert_null (table);
  g_assert_error (error, FK_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
assert_row (FkCsvTable         *table,
            guint               row,
            guint               line,
            const char * const *fields)
{
  guint n = g_strv_length ((char **) fields);

  g_assert_cmpuint (fk_csv_table_get_line (table, row), ==, line);
  g_assert_cmpuint (fk_csv_table_get_n_fields (table, row), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (fk_csv_table_get_field (table, row, i), ==, fields[i]);
  g_assert_null (fk_csv_table_get_field (table, row, n));
}

#define ROW(...) ((const char * const[]) { __VA_ARGS__, NULL })

static void
test_default_separator (void)
{
  g_assert_cmpint (fk_csv_default_separator ("sv"), ==, ';');
  g_assert_cmpint (fk_csv_default_separator ("en"), ==, ',');
  g_assert_cmpint (fk_csv_default_separator (NULL), ==, ',');
}

/* The exact bytes: BOM, CRLF, quotes only where needed and doubled,
 * numbers with the dialect's decimal mark, a lone empty field as "". */
static void
test_writer_bytes (void)
{
  g_autoptr(FkCsvWriter) sv = fk_csv_writer_new (';');
  g_autoptr(FkCsvWriter) en = fk_csv_writer_new (',');
  const char *data;
  gsize length;

  for (guint i = 0; i < 2; i++)
    {
      FkCsvWriter *w = i == 0 ? sv : en;

      fk_csv_writer_add_fields (w, (const char *[]) { "Nyckel", "Nivå", "Andel", "Kommentar", NULL });
      fk_csv_writer_end_row (w);
      fk_csv_writer_add_field (w, "drift.backup");
      fk_csv_writer_add_int (w, -3);
      fk_csv_writer_add_number (w, 2.5);
      fk_csv_writer_add_field (w, "Sa \"ja\"; sen, nej\r\nslut");
      fk_csv_writer_end_row (w);
      fk_csv_writer_add_field (w, " kant");
      fk_csv_writer_add_field (w, NULL);
      fk_csv_writer_add_number (w, 1e21);
      fk_csv_writer_add_field (w, "tab\t");
      fk_csv_writer_end_row (w);
      fk_csv_writer_add_field (w, "");
      fk_csv_writer_end_row (w);
    }

  data = fk_csv_writer_get_data (sv, &length);
  g_assert_cmpmem (data, length,
                   BOM "Nyckel;Nivå;Andel;Kommentar\r\n"
                   "drift.backup;-3;2,5;\"Sa \"\"ja\"\"; sen, nej\r\nslut\"\r\n"
                   "\" kant\";;1e+21;\"tab\t\"\r\n"
                   "\"\"\r\n",
                   strlen (BOM "Nyckel;Nivå;Andel;Kommentar\r\n"
                           "drift.backup;-3;2,5;\"Sa \"\"ja\"\"; sen, nej\r\nslut\"\r\n"
                           "\" kant\";;1e+21;\"tab\t\"\r\n"
                           "\"\"\r\n"));
  data = fk_csv_writer_get_data (en, &length);
  g_assert_cmpmem (data, length,
                   BOM "Nyckel,Nivå,Andel,Kommentar\r\n"
                   "drift.backup,-3,2.5,\"Sa \"\"ja\"\"; sen, nej\r\nslut\"\r\n"
                   "\" kant\",,1e+21,\"tab\t\"\r\n"
                   "\"\"\r\n",
                   strlen (BOM "Nyckel,Nivå,Andel,Kommentar\r\n"
                           "drift.backup,-3,2.5,\"Sa \"\"ja\"\"; sen, nej\r\nslut\"\r\n"
                           "\" kant\",,1e+21,\"tab\t\"\r\n"
                           "\"\"\r\n"));
}

/* Both separators are quoted in either dialect, so that the separator is
 * detected right even from a header whose names hold the other one. */
static void
test_writer_quotes_both_separators (void)
{
  g_autoptr(FkCsvWriter) w = fk_csv_writer_new (';');
  g_autoptr(FkCsvTable) table = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *expected = BOM "\"Kommun, namn\";\"a,b,c\"\r\n\"x;y\";z\r\n";

  fk_csv_writer_add_field (w, "Kommun, namn");
  fk_csv_writer_add_field (w, "a,b,c");
  fk_csv_writer_end_row (w);
  fk_csv_writer_add_field (w, "x;y");
  fk_csv_writer_add_field (w, "z");
  fk_csv_writer_end_row (w);
  bytes = fk_csv_writer_free_to_bytes (g_steal_pointer (&w));
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   expected, strlen (expected));
  table = fk_csv_table_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      "t.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpint (fk_csv_table_get_separator (table), ==, ';');
  assert_row (table, 0, 1, ROW ("Kommun, namn", "a,b,c"));
  assert_row (table, 1, 2, ROW ("x;y", "z"));
}

static const char *awkward[] = {
  "semi;colon", "com,ma", "\"quoted\"", "\"", "two\nlines", "crlf\r\nend",
  "<b>&amp;</b> & <i>", "åäö ÅÄÖ é ü", "  leading", "trailing  ", "\ttab", "",
  "=1+2", "x", "", NULL,
};

/* Every awkward field reads back as written, with both separators, and
 * the separator is detected. */
static void
test_round_trip (void)
{
  const char separators[] = { ';', ',' };

  for (guint s = 0; s < G_N_ELEMENTS (separators); s++)
    {
      g_autoptr(FkCsvWriter) w = fk_csv_writer_new (separators[s]);
      g_autoptr(FkCsvTable) table = NULL;
      g_autoptr(GError) error = NULL;
      const char *data;
      gsize length;
      guint n = g_strv_length ((char **) awkward);

      /* A header, the fields in a row, then each field alone in a row. */
      for (guint i = 0; i < n; i++)
        fk_csv_writer_add_int (w, i);
      fk_csv_writer_end_row (w);
      fk_csv_writer_add_fields (w, awkward);
      fk_csv_writer_end_row (w);
      for (guint i = 0; i < n; i++)
        {
          fk_csv_writer_add_field (w, awkward[i]);
          fk_csv_writer_end_row (w);
        }
      data = fk_csv_writer_get_data (w, &length);
      table = fk_csv_table_new_from_data (data, length, "round.csv", &error);
      g_assert_no_error (error);
      g_assert_cmpint (fk_csv_table_get_separator (table), ==, separators[s]);
      g_assert_cmpuint (fk_csv_table_get_n_rows (table), ==, 2 + n);
      g_assert_cmpuint (fk_csv_table_get_n_fields (table, 1), ==, n);
      for (guint i = 0; i < n; i++)
        {
          g_assert_cmpstr (fk_csv_table_get_field (table, 1, i), ==, awkward[i]);
          g_assert_cmpuint (fk_csv_table_get_n_fields (table, 2 + i), ==, 1);
          g_assert_cmpstr (fk_csv_table_get_field (table, 2 + i, 0), ==, awkward[i]);
        }
      /* Lines: header 1, the row with two line breaks inside 2–4. */
      g_assert_cmpuint (fk_csv_table_get_line (table, 1), ==, 2);
      g_assert_cmpuint (fk_csv_table_get_line (table, 2), ==, 5);
    }
}

static void
test_libreoffice_swedish (void)
{
  g_autoptr(FkCsvTable) table = read_fixture ("libreoffice-sv.csv");

  g_assert_cmpint (fk_csv_table_get_separator (table), ==, ';');
  g_assert_cmpuint (fk_csv_table_get_n_rows (table), ==, 4);
  g_assert_cmpstr (fk_csv_table_get_field (table, 0, 0), ==, "Kommunkod");
  assert_row (table, 1, 2, ROW ("1480", "Omgång 1", "drift.backup", "Säkerhetskopiering", "3", "4",
                                "Vi har \"bra\" backup;\nmen inte testad"));
  assert_row (table, 2, 4, ROW ("1480", "Omgång 1", "drift.patch", "Uppdateringar", "2", "", ""));
  assert_row (table, 3, 5, ROW ("1480", "Omgång 1", "styr.strategi", "Strategi", "Ej tillämplig", "",
                                "<b>& åäö ÅÄÖ</b>"));
  g_assert_true (g_str_has_suffix (fk_csv_table_get_source (table), "libreoffice-sv.csv"));
}

static void
test_excel_swedish (void)
{
  g_autoptr(FkCsvTable) table = read_fixture ("excel-sv.csv");

  g_assert_cmpint (fk_csv_table_get_separator (table), ==, ';');
  g_assert_cmpuint (fk_csv_table_get_n_rows (table), ==, 4);
  assert_row (table, 0, 1, ROW ("Kommunkod", "Nyckel", "Nuvarande nivå", "Andel", "Kommentar"));
  assert_row (table, 1, 2, ROW ("1488", "drift.backup", "3", "2,5", "Två rader\nhär"));
  assert_row (table, 2, 4, ROW ("", "", "", "", ""));
  g_assert_true (fk_csv_table_row_is_blank (table, 2));
  g_assert_false (fk_csv_table_row_is_blank (table, 1));
  assert_row (table, 3, 5, ROW ("1488", "drift.patch", "Ej bedömd", "0,75", "Citat: \"ja\""));
}

/* No BOM, LF only, no final newline, a last empty field; the header's
 * quoted semicolons do not make it a semicolon file. */
static void
test_comma_lf (void)
{
  g_autoptr(FkCsvTable) table = read_fixture ("comma-lf.csv");

  g_assert_cmpint (fk_csv_table_get_separator (table), ==, ',');
  g_assert_cmpuint (fk_csv_table_get_n_rows (table), ==, 3);
  assert_row (table, 0, 1, ROW ("Level; 0-5", "key", "Comment; free text"));
  assert_row (table, 1, 2, ROW ("3", "drift.backup", "Fine, mostly"));
  assert_row (table, 2, 3, ROW ("4", "drift.patch", ""));
}

/* Separator detection on the first row only, outside quotes, with
 * blank lines before it; a tie goes to ';', a single column to ','. */
static void
test_detect_separator (void)
{
  struct { const char *text; char separator; guint n_fields; } cases[] = {
    { "\"a,b,c\";\"d,e\";f\n1;2;3\n", ';', 3 },
    { "\"a;b;c\",\"d;e\",f\r\n1,2,3\r\n", ',', 3 },
    { "\r\n\n  a;b,c\n", ';', 2 },
    { "a,b;c,d\n", ',', 3 },
    { "\"multi\nline, header\";x\n", ';', 2 },
    { "one column\nx;y\n", ',', 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FkCsvTable) table = read_ok (cases[i].text);

      g_assert_cmpint (fk_csv_table_get_separator (table), ==, cases[i].separator);
      g_assert_cmpuint (fk_csv_table_get_n_fields (table, 0), ==, cases[i].n_fields);
    }
}

/* Blank lines anywhere are no rows, and rows keep their own lines; spaces
 * around unquoted fields are dropped, quoted ones kept. */
static void
test_blank_lines_and_spaces (void)
{
  g_autoptr(FkCsvTable) table = read_ok ("\n\na;b\r\n\r\n   \n \"c \" ; d \n\n\n");

  g_assert_cmpuint (fk_csv_table_get_n_rows (table), ==, 2);
  assert_row (table, 0, 3, ROW ("a", "b"));
  assert_row (table, 1, 6, ROW ("c ", "d"));
}

/* A lone CR ends a line too (old Mac files), for rows and for lines. */
static void
test_cr_line_ends (void)
{
  g_autoptr(FkCsvTable) table = read_ok ("a;b\r\"x\ry\";z\r1;2");

  g_assert_cmpuint (fk_csv_table_get_n_rows (table), ==, 3);
  assert_row (table, 1, 2, ROW ("x\ry", "z"));
  assert_row (table, 2, 4, ROW ("1", "2"));
}

static void
test_find_column (void)
{
  g_autoptr(FkCsvTable) table = read_ok ("Kommunkod; \" Nuvarande NIVÅ \";Målnivå\n1;2;3\n");

  g_assert_cmpint (fk_csv_table_find_column (table, 0, "kommunkod"), ==, 0);
  g_assert_cmpint (fk_csv_table_find_column (table, 0, "nuvarande nivå"), ==, 1);
  /* "Målnivå" with a combining ring (NFD, as macOS may write it). */
  g_assert_cmpint (fk_csv_table_find_column (table, 0, " MA\xCC\x8Alniva\xCC\x8A"), ==, 2);
  g_assert_cmpint (fk_csv_table_find_column (table, 0, "Gap"), ==, -1);
  g_assert_cmpint (fk_csv_table_find_column (table, 1, "3"), ==, 2);
}

static void
test_refuse_encoding (void)
{
  /* "Målnivå" in Windows-1252 on line 3, as Excel's plain "CSV" saves it. */
  const char latin1[] = "a;b\r\n1;2\r\nM\xE5lniv\xE5;3\r\n";
  const char utf16[] = "\xFF\xFE" "a\0;\0b\0";
  const char nul[] = "a;b\n\"x\ny\";c\nd\0;e\n";

  assert_refused (latin1, strlen (latin1), FK_ERROR_PARSE,
                  "svar.csv: line 3: the text is not UTF-8; save the file again as CSV in UTF-8 (in Excel: “CSV UTF-8”)");
  assert_refused (utf16, sizeof utf16 - 1, FK_ERROR_PARSE,
                  "svar.csv: the text is UTF-16, not UTF-8; save the file again as CSV in UTF-8 (in Excel: “CSV UTF-8”)");
  assert_refused (nul, sizeof nul - 1, FK_ERROR_PARSE,
                  "svar.csv: line 4: a NUL byte: this is not a text file");
}

static void
test_refuse_quotes (void)
{
  const char *unclosed = BOM "a;b\r\n1;2\r\n3;\"open\r\nstill\r\nopen\r\n";
  const char *stray = "a;b\n1;5\" disk\n";
  const char *after = "a;b\n\"x\ny\"z;1\n";

  assert_refused (unclosed, strlen (unclosed), FK_ERROR_PARSE,
                  "svar.csv: line 3: a quoted field that starts on this line has no closing quote");
  assert_refused (stray, strlen (stray), FK_ERROR_PARSE,
                  "svar.csv: line 2: a quote inside a field that does not start with one, or text after a closing quote; put the whole field in quotes and double every quote inside it");
  assert_refused (after, strlen (after), FK_ERROR_PARSE,
                  "svar.csv: line 3: a quote inside a field that does not start with one, or text after a closing quote; put the whole field in quotes and double every quote inside it");
}

static void
test_refuse_empty (void)
{
  assert_refused ("", 0, FK_ERROR_PARSE, "svar.csv: the file holds no rows");
  assert_refused (BOM "\r\n  \r\n", strlen (BOM "\r\n  \r\n"), FK_ERROR_PARSE,
                  "svar.csv: the file holds no rows");
}

static void
test_refuse_size (void)
{
  gsize length = FK_CSV_MAX_BYTES + 1;
  g_autofree char *big = g_malloc (length);
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "stor.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkCsvTable) table = NULL;

  memset (big, 'a', length);
  assert_refused (big, length, FK_ERROR_INVALID,
                  "svar.csv: the file is larger than 5 MiB, the most this program reads");
  /* Exactly at the limit it is read (one field of 5 MiB). */
  g_clear_pointer (&table, fk_csv_table_unref);
  table = fk_csv_table_new_from_data (big, length - 1, "svar.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (fk_csv_table_get_field (table, 0, 0)), ==, length - 1);
  g_clear_pointer (&table, fk_csv_table_unref);

  /* From a file, refused with the file's name. */
  g_assert_true (g_file_set_contents (path, big, length, NULL));
  table = fk_csv_table_new_from_file (path, &error);
  g_assert_null (table);
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_assert_true (g_str_has_suffix (error->message, "stor.csv: the file is larger than 5 MiB, the most this program reads"));
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_refuse_limits (void)
{
  g_autoptr(GString) rows = g_string_new (NULL);
  g_autoptr(GString) wide = g_string_new ("a;b\n");
  g_autoptr(GString) many = g_string_new (NULL);
  g_autoptr(FkCsvTable) table = NULL;
  g_autoptr(GError) error = NULL;

  /* FK_CSV_MAX_ROWS rows are read; one more is refused at its line. */
  for (guint i = 0; i < FK_CSV_MAX_ROWS; i++)
    g_string_append (rows, "x\n");
  table = fk_csv_table_new_from_data (rows->str, rows->len, "svar.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fk_csv_table_get_n_rows (table), ==, FK_CSV_MAX_ROWS);
  g_string_append (rows, "\nlast");
  assert_refused (rows->str, rows->len, FK_ERROR_INVALID,
                  "svar.csv: line 10002: more than 10\u202f000 rows, the most this program reads");

  /* One row of FK_CSV_MAX_FIELDS_PER_ROW + 1 fields, on line 2. */
  for (guint i = 0; i < FK_CSV_MAX_FIELDS_PER_ROW; i++)
    g_string_append (wide, "1;");
  g_string_append (wide, "1\n");
  assert_refused (wide->str, wide->len, FK_ERROR_INVALID,
                  "svar.csv: line 2: more than 500 fields in one row, the most this program reads");

  /* FK_CSV_MAX_FIELDS + 1 fields in rows of 400. */
  for (guint i = 0; i <= FK_CSV_MAX_FIELDS / 400; i++)
    {
      for (guint j = 0; j < 399; j++)
        g_string_append_c (many, ';');
      g_string_append_c (many, '\n');
    }
  assert_refused (many->str, many->len, FK_ERROR_INVALID,
                  "svar.csv: line 501: more than 200\u202f000 fields in all, the most this program reads");
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkCsvTable) table = fk_csv_table_new_from_file ("/nonexistent/svar.csv", &error);

  g_assert_null (table);
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "svar.csv"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/csv/default-separator", test_default_separator);
  g_test_add_func ("/core/csv/writer-bytes", test_writer_bytes);
  g_test_add_func ("/core/csv/writer-quotes-both-separators", test_writer_quotes_both_separators);
  g_test_add_func ("/core/csv/round-trip", test_round_trip);
  g_test_add_func ("/core/csv/libreoffice-swedish", test_libreoffice_swedish);
  g_test_add_func ("/core/csv/excel-swedish", test_excel_swedish);
  g_test_add_func ("/core/csv/comma-lf", test_comma_lf);
  g_test_add_func ("/core/csv/detect-separator", test_detect_separator);
  g_test_add_func ("/core/csv/blank-lines-and-spaces", test_blank_lines_and_spaces);
  g_test_add_func ("/core/csv/cr-line-ends", test_cr_line_ends);
  g_test_add_func ("/core/csv/find-column", test_find_column);
  g_test_add_func ("/core/csv/refuse-encoding", test_refuse_encoding);
  g_test_add_func ("/core/csv/refuse-quotes", test_refuse_quotes);
  g_test_add_func ("/core/csv/refuse-empty", test_refuse_empty);
  g_test_add_func ("/core/csv/refuse-size", test_refuse_size);
  g_test_add_func ("/core/csv/refuse-limits", test_refuse_limits);
  g_test_add_func ("/core/csv/missing-file", test_missing_file);
  return g_test_run ();
}
