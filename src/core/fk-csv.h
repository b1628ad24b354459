/* fk-csv.h — the one place the program writes and reads CSV
 *
 * The dialect, what the reader accepts and its limits are in docs/csv.md.
 * Writing: FkCsvWriter gives UTF-8 with a BOM, RFC 4180 quoting and CRLF
 * line ends, separated by ';' (a Swedish study) or ',' (English).
 * Reading: FkCsvTable is a parsed, immutable table (rows of fields, each
 * row with the line it starts on), parsed with libcsv; every refusal is
 * one FK_ERROR whose message reads "SOURCE: line N: what is wrong".
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The reader's limits (docs/csv.md): bigger input is refused, not read. */
#define FK_CSV_MAX_BYTES          (5 * 1024 * 1024)
#define FK_CSV_MAX_ROWS           10000
#define FK_CSV_MAX_FIELDS_PER_ROW 500
#define FK_CSV_MAX_FIELDS         200000

/* ';' for a Swedish study ("sv": Swedish spreadsheets split on
 * semicolons, the comma being the decimal mark), ',' for any other. */
char          fk_csv_default_separator (const char *language);

/* Writing */

typedef struct _FkCsvWriter FkCsvWriter;

/* A writer of a CSV text separated by @separator (';' or ','); the BOM
 * is its first bytes. */
FkCsvWriter  *fk_csv_writer_new          (char         separator);
void          fk_csv_writer_free         (FkCsvWriter *self);

/* Adds a field to the current row; @text (nullable, UTF-8) is quoted when
 * it must be. NULL is an empty field. */
void          fk_csv_writer_add_field    (FkCsvWriter *self,
                                          const char  *text);
void          fk_csv_writer_add_int      (FkCsvWriter *self,
                                          gint64       value);
/* A finite number in its shortest exact form ("2.5", "3"), with a decimal
 * comma when the separator is ';' ("2,5"), as a Swedish spreadsheet
 * reads it; never depends on the program's locale. */
void          fk_csv_writer_add_number   (FkCsvWriter *self,
                                          double       value);
/* Adds every field of @fields (NULL-terminated) to the current row. */
void          fk_csv_writer_add_fields   (FkCsvWriter        *self,
                                          const char * const *fields);
/* Ends the current row, which must have at least one field. */
void          fk_csv_writer_end_row      (FkCsvWriter *self);

/* The bytes written so far. (transfer none): valid until the next call. */
const char   *fk_csv_writer_get_data     (FkCsvWriter *self,
                                          gsize       *length);
/* Frees the writer and returns its bytes. (transfer full) */
GBytes       *fk_csv_writer_free_to_bytes (FkCsvWriter *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkCsvWriter, fk_csv_writer_free)

/* Reading */

typedef struct _FkCsvTable FkCsvTable;

#define FK_TYPE_CSV_TABLE (fk_csv_table_get_type ())
GType         fk_csv_table_get_type      (void) G_GNUC_CONST;

/**
 * fk_csv_table_new_from_data:
 * @data: the bytes of a CSV file (a UTF-8 BOM is skipped)
 * @length: their number
 * @source: the file's name for messages ("svar.csv")
 * @error: FK_ERROR_PARSE for text that is not CSV we read (not UTF-8, a
 *   NUL byte, a quote out of place, a quote not closed, no rows),
 *   FK_ERROR_INVALID for input over a limit
 *
 * Parses @data with the separator detected from its first row.
 *
 * Returns: (transfer full) (nullable): the table, or NULL and @error
 */
FkCsvTable   *fk_csv_table_new_from_data (const char  *data,
                                          gsize        length,
                                          const char  *source,
                                          GError     **error);
/* Reads the file at @path (refused unread when over FK_CSV_MAX_BYTES)
 * with fk_csv_table_new_from_data(), named by its display name. */
FkCsvTable   *fk_csv_table_new_from_file (const char  *path,
                                          GError     **error);

FkCsvTable   *fk_csv_table_ref           (FkCsvTable  *self);
void          fk_csv_table_unref         (FkCsvTable  *self);

/* Returns: (transfer none): the name given for messages. */
const char   *fk_csv_table_get_source    (FkCsvTable  *self);
/* The separator detected: ';' or ','. */
char          fk_csv_table_get_separator (FkCsvTable  *self);
/* Rows with at least one field; blank lines are no rows. */
guint         fk_csv_table_get_n_rows    (FkCsvTable  *self);
guint         fk_csv_table_get_n_fields  (FkCsvTable  *self,
                                          guint        row);
/* Returns: (transfer none) (nullable): the text of field @column of @row
 * (never NULL below get_n_fields(), "" for an empty field), NULL past the
 * end of a short row. */
const char   *fk_csv_table_get_field     (FkCsvTable  *self,
                                          guint        row,
                                          guint        column);
/* The 1-based line of the file where @row starts, for messages. */
guint         fk_csv_table_get_line      (FkCsvTable  *self,
                                          guint        row);
/* TRUE if every field of @row is empty (";;;" that a spreadsheet writes
 * for an empty row in its range). */
gboolean      fk_csv_table_row_is_blank  (FkCsvTable  *self,
                                          guint        row);
/* The column of @row (a header) whose text is @name, ignoring case and
 * spaces around either; -1 if none. */
int           fk_csv_table_find_column   (FkCsvTable  *self,
                                          guint        row,
                                          const char  *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkCsvTable, fk_csv_table_unref)

G_END_DECLS
