/* fk-export-data-xlsx-private.h — what the workbook's sheets share */
#pragma once

#include <xlsxwriter.h>
#include "fk-export-data-private.h"

G_BEGIN_DECLS

/* One workbook being written, and its formats. */
typedef struct {
  lxw_workbook *workbook;
  FkExportData *data;
  GHashTable   *sheet_names;  /* the names given so far, folded, for uniqueness */
  lxw_format   *title;        /* a sheet's first line */
  lxw_format   *header;       /* column headings: bold, on grey, wrapped */
  lxw_format   *bold;
  lxw_format   *wrap;         /* long text, top-aligned */
  lxw_format   *number;       /* one decimal */
  lxw_format   *not_applicable; /* the "not applicable" mark: hatched grey */
} FkXlsxBook;

/* A new sheet named @label made fit for Excel: at most 31 characters,
 * none of []:*?/\, unique in the workbook. */
lxw_worksheet *fk_xlsx_add_sheet   (FkXlsxBook    *book,
                                    const char    *label);
/* Writes @text, leaving the cell empty for NULL or "". */
void           fk_xlsx_write_text  (lxw_worksheet *sheet,
                                    guint          row,
                                    guint          col,
                                    const char    *text,
                                    lxw_format    *format);
/* Writes @value, leaving the cell empty for NAN. */
void           fk_xlsx_write_number (lxw_worksheet *sheet,
                                     guint          row,
                                     guint          col,
                                     double         value,
                                     lxw_format    *format);
/* 0xRRGGBB of @rgb (0–1). */
lxw_color_t    fk_xlsx_color       (const double   rgb[3]);

/* The sheet of one measure as a matrix (fk-export-data-xlsx-matrix.c). */
void           fk_xlsx_add_measure_sheet (FkXlsxBook *book,
                                          FkMeasure   measure);

/* The mark of a "not applicable" cell. */
const char    *fk_xlsx_not_applicable_text (void);

G_END_DECLS
