/* fk-cli-table.h — plain-text tables with aligned columns */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FkCliTable FkCliTable;

FkCliTable *fk_cli_table_new     (void);
void        fk_cli_table_free    (FkCliTable *table);
/* Adds a row of UTF-8 cells; the list ends with NULL. */
void        fk_cli_table_add_row (FkCliTable *table,
                                  const char *first_cell,
                                  ...) G_GNUC_NULL_TERMINATED;
/* Prints the rows to stdout; the first row is the header. */
void        fk_cli_table_print   (FkCliTable *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkCliTable, fk_cli_table_free)

G_END_DECLS
