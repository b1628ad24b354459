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
  lxw_format   *top;          /* top-aligned: the rest of a row of long text */
  lxw_format   *number;       /* one decimal */
  lxw_format   *signed_whole; /* a gap or deviation: "+1", "−2", "0" */
  lxw_format   *signed_half;  /* the same with one decimal: "+1.5" */
  lxw_format   *signed_number; /* a mean of gaps or deviations: "+0.4" */
  lxw_format   *datetime;     /* "2020-09-01 08:10:04" */
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
/* The format that shows @value of a diverging measure (the gap, the
 * deviation) with its sign, whole or with one decimal (a deviation from
 * a median of x.5). The value stays a number. */
lxw_format    *fk_xlsx_signed_format (FkXlsxBook   *book,
                                      double        value);
/* 0xRRGGBB of @rgb (0–1). */
lxw_color_t    fk_xlsx_color       (const double   rgb[3]);

/* Layout (fk-export-data-xlsx-layout.c) */

/* The width, in Excel's units, that @text needs on one line. */
double         fk_xlsx_text_width  (const char    *text,
                                    gboolean       bold);
/* The width that fits the longest of @texts on one line, at least @min
 * and at most @max (longer ones wrap or are cut). */
double         fk_xlsx_fit_width   (const char * const *texts,
                                    guint          n,
                                    double         min,
                                    double         max);
/* The width a heading needs for its longest word, bold: narrower, the
 * word would be broken. */
double         fk_xlsx_heading_min_width (const char *heading);
/* The headings of @n columns from A in @row, bold, wrapped: each
 * column's width (@widths, raised where needed) at least the longest
 * word of its heading (plus the filter's button with @filter), so no
 * word is broken, and the row as high as the most lines (at most
 * four). Sets the columns' widths. Call before anything below @row is
 * written (constant memory mode). */
void           fk_xlsx_write_headers (FkXlsxBook    *book,
                                      lxw_worksheet *sheet,
                                      guint          row,
                                      const char   **headers,
                                      double        *widths,
                                      guint          n,
                                      gboolean       filter);
/* Makes @row as high as the most lines any of @texts takes wrapped in
 * its column (@widths), paragraphs ("\n") included: a spreadsheet
 * does not grow a row for wrapped text by itself (LibreOffice draws
 * the lines over the next rows). Before the row's cells are written. */
void           fk_xlsx_fit_row     (FkXlsxBook         *book,
                                    lxw_worksheet      *sheet,
                                    guint               row,
                                    const char * const *texts,
                                    const double       *widths,
                                    guint               n);
/* Print setup: A4, @landscape or not, one page wide, @header_row
 * repeated on every page and the first @n_label_cols columns too, the
 * sheet's name above and "Page 2 of 5" below. */
void           fk_xlsx_set_print   (lxw_worksheet *sheet,
                                    gboolean       landscape,
                                    guint          header_row,
                                    guint          n_label_cols);

/* The sheet of one measure as a matrix (fk-export-data-xlsx-matrix.c). */
void           fk_xlsx_add_measure_sheet (FkXlsxBook *book,
                                          FkMeasure   measure);

/* The mark of a "not applicable" cell. */
const char    *fk_xlsx_not_applicable_text (void);

G_END_DECLS
