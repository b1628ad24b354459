/* fk-pdf-private.h — what the PDF document's files share: blocks, pieces, pages, fonts */
#pragma once

#include "fk-pdf-document.h"

#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef enum {
  FK_PDF_BLOCK_TITLE_PAGE,
  FK_PDF_BLOCK_HEADING,
  FK_PDF_BLOCK_PARAGRAPH,
  FK_PDF_BLOCK_LIST,
  FK_PDF_BLOCK_TABLE,
  FK_PDF_BLOCK_FIGURE,
  FK_PDF_BLOCK_PAGE_BREAK,
  FK_PDF_BLOCK_TOC,
} FkPdfBlockKind;

/* The fonts of the document: the public text styles first. */
typedef enum {
  FK_PDF_FONT_BODY = FK_PDF_TEXT_BODY,
  FK_PDF_FONT_SMALL = FK_PDF_TEXT_SMALL,
  FK_PDF_FONT_CAPTION = FK_PDF_TEXT_CAPTION,
  FK_PDF_FONT_EMPHASIS = FK_PDF_TEXT_EMPHASIS,
  FK_PDF_FONT_H1,
  FK_PDF_FONT_H2,
  FK_PDF_FONT_H3,
  FK_PDF_FONT_TITLE,
  FK_PDF_FONT_SUBTITLE,
  FK_PDF_FONT_LABEL,
  FK_PDF_FONT_TABLE,
  FK_PDF_FONT_TABLE_HEADER,
  FK_PDF_FONT_RUNNING,      /* running header and footer */
  FK_PDF_N_FONTS,
} FkPdfFont;

/* Where a block (or part of it) landed: units [first, first + n) drawn
 * from @y (points below the top of the text area) of page @page (from
 * 0); a table repeats its header row above them. */
typedef struct {
  guint  page;
  double y;
  guint  first;
  guint  n;
} FkPdfPiece;

typedef struct {
  FkPdfBlockKind kind;
  guint          level;          /* heading */
  FkPdfTextStyle style;          /* paragraph */
  char          *text;           /* title, heading, paragraph */
  char          *subtitle;       /* title page */
  char         **items;          /* list; title page labels */
  char         **values;         /* title page values */
  gboolean       numbered;
  FkPdfTable    *table;
  double         width, height;  /* figure, at its own size */
  FkPdfDrawFunc  draw;
  gpointer       draw_data;
  GDestroyNotify draw_destroy;
  FkPdfOrientation orientation;  /* page break */
  gboolean       repeated;       /* heading: repeated at the top of the pages its section continues on */

  /* Measured for a text width of @measured_width (0: not yet): the
   * heights of the units pages are cut between (lines of a paragraph,
   * items, rows, entries), a header repeated on each page (a table's),
   * and what each unit draws. */
  double         measured_width;
  GArray        *units;          /* double */
  double         header_height;
  double         space_before;
  double         space_after;
  double         continued_height; /* repeated heading: its "(continued)" line and the space under it */
  GPtrArray     *layouts;        /* PangoLayout, per kind (a repeated heading: its
                                  * text, then its "(continued)" text) */
  GArray        *baselines;      /* paragraph: double per line */
  double         scale;          /* figure: to fit a page */
  double         shrink;         /* figure: further, to fit under its heading */
  GArray        *entries;        /* contents: guint, the headings listed */

  GArray        *pieces;         /* FkPdfPiece */
} FkPdfBlock;

typedef struct {
  FkPdfOrientation orientation;
  gboolean         title;        /* no header, no footer */
  GArray          *placed;       /* FkPdfPlaced, in drawing order */
  guint            continued;    /* the repeated heading whose section continues at the
                                  * top of the page, drawn "(continued)"; G_MAXUINT for none */
} FkPdfPage;

typedef struct {
  guint block;
  guint piece;
} FkPdfPlaced;

struct _FkPdfDocument {
  char         *language;
  char         *title;
  char         *subject;
  char         *author;
  char         *keywords;
  GDateTime    *created;
  char         *header_left;
  char         *header_right;
  char         *footer_format;   /* translated "Page %u of %u" */
  char         *toc_title;       /* translated "Contents" */
  char         *continued_format; /* translated "%s (continued)" */

  /* The running header's two texts, laid out once per orientation
   * ([orientation][side]) rather than on every page. */
  PangoLayout  *running[2][2];
  PangoFontMap *font_map;
  PangoContext *context;
  PangoFontDescription *fonts[FK_PDF_N_FONTS];   /* made when first used */

  GPtrArray    *blocks;          /* FkPdfBlock */
  GArray       *pages;           /* FkPdfPage */
  gboolean      laid_out;
};

struct _FkPdfTable {
  guint       n_columns;
  char      **headers;
  double     *shares;
  FkPdfAlign *aligns;
  GPtrArray  *rows;              /* char ** of n_columns */
  gboolean    striped;
  GHashTable *fills;             /* row * n_columns + column → double[3] */
  double     *widths;            /* measured */
};

/* Text areas and spacing, in points. */
#define FK_PDF_RUNNING_GAP   18.0  /* header and footer text from the text area */
#define FK_PDF_CELL_PAD_X     4.0
#define FK_PDF_CELL_PAD_Y     3.0
#define FK_PDF_TOC_NUMBER    36.0  /* the page-number column of the contents */
#define FK_PDF_TOC_INDENT    16.0  /* a level-2 entry */
#define FK_PDF_LIST_GAP       6.0  /* between a list's marker and its text */

/* fk-pdf-style.c */
PangoLayout *fk_pdf_layout_new   (FkPdfDocument *doc,
                                  FkPdfFont      font,
                                  const char    *text,
                                  double         width,
                                  PangoAlignment align);
double       fk_pdf_layout_height (PangoLayout  *layout);
double       fk_pdf_layout_width  (PangoLayout  *layout);
/* The font of a heading of @level (1–3). */
FkPdfFont    fk_pdf_heading_font  (guint         level);
void         fk_pdf_font_color    (FkPdfFont     font,
                                   double       *rgb);
void         fk_pdf_set_rgb       (cairo_t      *cr,
                                   guint32       rgb);

/* fk-pdf-measure.c */
void   fk_pdf_block_measure      (FkPdfDocument *doc,
                                  FkPdfBlock    *block,
                                  double         width,
                                  double         height);
double fk_pdf_block_unit         (FkPdfBlock    *block,
                                  guint          unit);
/* What must go on the same page as what comes before it: the first
 * unit(s) and the header of @block. */
double fk_pdf_block_first_height (FkPdfBlock   *block);
void   fk_pdf_block_clear_measure (FkPdfBlock  *block);

/* fk-pdf-table.c */
/* TRUE if any column has a heading: the table has a header row. */
gboolean fk_pdf_table_has_header (FkPdfTable    *table);
void   fk_pdf_table_measure      (FkPdfDocument *doc,
                                  FkPdfBlock    *block,
                                  double         width);
void   fk_pdf_table_draw_piece   (FkPdfDocument *doc,
                                  FkPdfBlock    *block,
                                  const FkPdfPiece *piece,
                                  cairo_t       *cr,
                                  double         x,
                                  double         y);

/* fk-pdf-paginate.c */
void   fk_pdf_paginate           (FkPdfDocument *doc);

/* fk-pdf-draw.c */
void   fk_pdf_clear_running      (FkPdfDocument *doc);
/* @outline: the outline item of the last heading of each level (0 for
 * none), carried from page to page. */
void   fk_pdf_draw_page          (FkPdfDocument   *doc,
                                  guint            page,
                                  cairo_surface_t *surface,
                                  cairo_t         *cr,
                                  int              outline[4]);
const char *fk_pdf_block_dest    (guint          block,
                                  char          *buffer,
                                  gsize          size);

G_END_DECLS
