/* fk-cli-table.c — plain-text tables with aligned columns */
#define G_LOG_DOMAIN "fk-cli-table"
#include "config.h"
#include "fk-cli-table.h"
#include "fk-cli.h"

struct _FkCliTable
{
  GPtrArray *rows;    /* GStrv */
  GArray    *widths;  /* guint, in characters */
};

FkCliTable *
fk_cli_table_new (void)
{
  FkCliTable *table = g_new0 (FkCliTable, 1);

  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  table->widths = g_array_new (FALSE, TRUE, sizeof (guint));
  return table;
}

void
fk_cli_table_free (FkCliTable *table)
{
  g_ptr_array_unref (table->rows);
  g_array_unref (table->widths);
  g_free (table);
}

void
fk_cli_table_add_row (FkCliTable *table,
                      const char *first_cell,
                      ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list args;
  guint column = 0;

  va_start (args, first_cell);
  for (const char *cell = first_cell; cell != NULL; cell = va_arg (args, const char *))
    {
      guint width = g_utf8_strlen (cell, -1);

      if (column >= table->widths->len)
        g_array_set_size (table->widths, column + 1);
      if (width > g_array_index (table->widths, guint, column))
        g_array_index (table->widths, guint, column) = width;
      g_strv_builder_add (builder, cell);
      column++;
    }
  va_end (args);
  g_ptr_array_add (table->rows, g_strv_builder_end (builder));
}

void
fk_cli_table_print (FkCliTable *table)
{
  for (guint i = 0; i < table->rows->len; i++)
    {
      char **cells = g_ptr_array_index (table->rows, i);
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint c = 0; cells[c] != NULL; c++)
        {
          g_string_append (line, cells[c]);
          /* Pad all but the last column; count characters, not bytes. */
          if (cells[c + 1] != NULL)
            {
              guint pad = g_array_index (table->widths, guint, c) - g_utf8_strlen (cells[c], -1) + 2;
              for (guint p = 0; p < pad; p++)
                g_string_append_c (line, ' ');
            }
        }
      fk_cli_print_line (line->str);
    }
}
