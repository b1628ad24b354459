/* fuzz-csv.c — libFuzzer target: any bytes given to the CSV reader end in
 * a table or a GError, never a crash, a hang or a leak; a table holds
 * only UTF-8 fields within the limits, and what the writer makes of it
 * reads back as the same table.
 *
 *   see tests/fuzz/README.md for building and running it */
#include <glib.h>
#include "fk-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* The writer's text of @table reads back as the same rows and fields. */
static void
check_round_trip (FkCsvTable *table)
{
  g_autoptr(FkCsvWriter) writer = fk_csv_writer_new (fk_csv_table_get_separator (table));
  g_autoptr(FkCsvTable) back = NULL;
  g_autoptr(GError) error = NULL;
  guint n_rows = fk_csv_table_get_n_rows (table);
  const char *text;
  gsize length;

  for (guint row = 0; row < n_rows; row++)
    {
      for (guint i = 0; i < fk_csv_table_get_n_fields (table, row); i++)
        fk_csv_writer_add_field (writer, fk_csv_table_get_field (table, row, i));
      fk_csv_writer_end_row (writer);
    }
  text = fk_csv_writer_get_data (writer, &length);
  /* Quoting can make the text longer than the limit: nothing to compare. */
  if (length > FK_CSV_MAX_BYTES)
    return;
  back = fk_csv_table_new_from_data (text, length, "back.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fk_csv_table_get_n_rows (back), ==, n_rows);
  for (guint row = 0; row < n_rows; row++)
    {
      guint n = fk_csv_table_get_n_fields (table, row);

      g_assert_cmpuint (fk_csv_table_get_n_fields (back, row), ==, n);
      for (guint i = 0; i < n; i++)
        g_assert_cmpstr (fk_csv_table_get_field (back, row, i), ==,
                         fk_csv_table_get_field (table, row, i));
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkCsvTable) table = fk_csv_table_new_from_data ((const char *) data, size, "fuzz.csv", &error);
  guint n_rows;

  /* Exactly one of the two. */
  g_assert ((table == NULL) != (error == NULL));
  if (table == NULL)
    return 0;

  n_rows = fk_csv_table_get_n_rows (table);
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpuint (n_rows, <=, FK_CSV_MAX_ROWS);
  for (guint row = 0; row < n_rows; row++)
    {
      guint n = fk_csv_table_get_n_fields (table, row);

      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (n, <=, FK_CSV_MAX_FIELDS_PER_ROW);
      g_assert_cmpuint (fk_csv_table_get_line (table, row), >=, 1);
      if (row > 0)
        g_assert_cmpuint (fk_csv_table_get_line (table, row), >, fk_csv_table_get_line (table, row - 1));
      for (guint i = 0; i < n; i++)
        g_assert_true (g_utf8_validate (fk_csv_table_get_field (table, row, i), -1, NULL));
      g_assert_null (fk_csv_table_get_field (table, row, n));
    }
  (void) fk_csv_table_find_column (table, 0, "Nyckel");
  check_round_trip (table);
  return 0;
}
