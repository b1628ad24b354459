/* fk-export-data-xlsx-layout.c — how the workbook's sheets look on screen
 * and on paper: column widths from their text, heading rows high enough
 * for their wrapped words, print setup
 *
 * A spreadsheet does not size anything by itself: a column is as wide as
 * the file says and a row as high, and LibreOffice breaks a word that
 * does not fit in the middle ("Nyckelpers|on"). So the widths are
 * estimated from the text, generously, since the reader's font may be
 * wider than Excel's Calibri (LibreOffice without Carlito draws DejaVu
 * Sans): a column is at least as wide as the longest word of its
 * heading, and the heading row as high as its most lines.
 */
#define G_LOG_DOMAIN "fk-export-data-xlsx"
#include "config.h"
#include "fk-export-data-xlsx-private.h"

#include "fk-i18n.h"
#include <math.h>
#include <string.h>

/* Excel's width unit is one digit of the default font; a letter of
 * running text takes a little less on average, a bold one more (and a
 * heading's word must never be broken, so it is given more room). The padding is the
 * cell's margins, and the filter's button where a column has one. */
#define CHAR_WIDTH       0.9
#define BOLD_CHAR_WIDTH  1.1
#define PADDING          1.5
#define FILTER_BUTTON    2.0
#define LINE_HEIGHT      15.0   /* points, LXW_DEF_ROW_HEIGHT */
#define MAX_HEADING_LINES 4
#define MAX_ROW_HEIGHT   409.0

/* A4 in Excel's paper numbering. */
#define PAPER_A4 9

static double
chars_width (glong    n_chars,
             gboolean bold)
{
  return n_chars * (bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH);
}

double
fk_xlsx_text_width (const char *text,
                    gboolean    bold)
{
  if (text == NULL)
    return 0;
  return chars_width (g_utf8_strlen (text, -1), bold) + PADDING;
}

/* How many lines @text takes wrapped at spaces in a column @width wide
 * (a word longer than the column is one line of its own), and the width
 * its longest word needs. */
static guint
wrap_paragraph (const char *text,
                double      width,
                gboolean    bold,
                double     *longest_word)
{
  g_auto(GStrv) words = g_strsplit (text != NULL ? text : "", " ", -1);
  double space = bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH;
  double room = width - PADDING;
  double line = 0;
  guint lines = 1;

  *longest_word = 0;
  for (guint i = 0; words[i] != NULL; i++)
    {
      double w = chars_width (g_utf8_strlen (words[i], -1), bold);

      if (*words[i] == '\0')
        continue;
      *longest_word = MAX (*longest_word, w + PADDING);
      if (line == 0)
        line = w;
      else if (line + space + w <= room)
        line += space + w;
      else
        {
          lines++;
          line = w;
        }
    }
  return lines;
}

/* A heading's lines and longest word, bold. */
static guint
wrap (const char *heading,
      double      width,
      double     *longest_word)
{
  return wrap_paragraph (heading, width, TRUE, longest_word);
}

double
fk_xlsx_heading_min_width (const char *heading)
{
  double longest;

  wrap (heading, G_MAXDOUBLE, &longest);
  return longest;
}

void
fk_xlsx_write_headers (FkXlsxBook    *book,
                       lxw_worksheet *sheet,
                       guint          row,
                       const char   **headers,
                       double        *widths,
                       guint          n,
                       gboolean       filter)
{
  guint lines = 1;

  for (guint i = 0; i < n; i++)
    {
      double longest;

      wrap (headers[i], widths[i], &longest);
      /* A word is never broken: the column takes the longest one. */
      widths[i] = MAX (widths[i], longest + (filter ? FILTER_BUTTON : 0));
      lines = MAX (lines, wrap (headers[i], widths[i] - (filter ? FILTER_BUTTON : 0), &longest));
    }
  /* The height first: in constant memory mode a row is written out
   * when the next one starts, so it is set while it is the current one. */
  worksheet_set_row (sheet, row, LINE_HEIGHT * MIN (lines, MAX_HEADING_LINES) + 2, NULL);
  for (guint i = 0; i < n; i++)
    {
      fk_xlsx_write_text (sheet, row, i, headers[i], book->header);
      worksheet_set_column (sheet, i, i, widths[i], NULL);
    }
}

double
fk_xlsx_fit_width (const char * const *texts,
                   guint               n,
                   double              min,
                   double              max)
{
  double width = min;

  for (guint i = 0; i < n; i++)
    width = MAX (width, fk_xlsx_text_width (texts[i], FALSE));
  return MIN (width, max);
}

void
fk_xlsx_fit_row (FkXlsxBook         *book,
                 lxw_worksheet      *sheet,
                 guint               row,
                 const char * const *texts,
                 const double       *widths,
                 guint               n)
{
  guint lines = 1;

  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) paragraphs = g_strsplit (texts[i] != NULL ? texts[i] : "", "\n", -1);
      guint text_lines = 0;
      double longest;

      for (guint p = 0; paragraphs[p] != NULL; p++)
        text_lines += wrap_paragraph (paragraphs[p], widths[i], FALSE, &longest);
      lines = MAX (lines, text_lines);
    }
  /* Excel's highest row; a text that long is cut either way. The row's
   * format puts its cells without one of their own at the top, beside
   * the wrapped text, not at the bottom. */
  if (lines > 1)
    worksheet_set_row (sheet, row, MIN (LINE_HEIGHT * lines + 2, MAX_ROW_HEIGHT), book->top);
}

void
fk_xlsx_set_print (lxw_worksheet *sheet,
                   gboolean       landscape,
                   guint          header_row,
                   guint          n_label_cols)
{
  g_autofree char *footer = NULL;

  worksheet_set_paper (sheet, PAPER_A4);
  if (landscape)
    worksheet_set_landscape (sheet);
  /* One page wide, as many high as it takes: a matrix is read across. */
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_repeat_rows (sheet, header_row, header_row);
  if (n_label_cols > 0)
    worksheet_repeat_columns (sheet, 0, n_label_cols - 1);
  /* "&A" is the sheet's name. */
  worksheet_set_header (sheet, "&C&A");
  /* Translators: a printed spreadsheet's footer; keep "&P" (the page's
   * number) and "&N" (how many pages) as they are */
  footer = g_strdup_printf ("&C%s", _("Page &P of &N"));
  worksheet_set_footer (sheet, footer);
}
