/* fk-pdf-document.h — a paginated A4 PDF made of blocks: the base of the PDF annex
 *
 * Blocks (a title page, headings, paragraphs, lists, tables, figures,
 * page breaks, a table of contents) are appended in reading order. Layout
 * (fk_pdf_document_layout()) measures them with pango and cuts them into
 * pages; writing (fk_pdf_document_write()) draws those pages. The page a
 * block landed on can be asked without reading the PDF. Every text is
 * plain text, never Pango markup. See docs/pdf-document.md.
 *
 * A document belongs to one thread at a time: build it anywhere, then
 * lay it out and write it in a worker thread if you like. It has its own
 * font map and shares no state with other documents.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _FkPdfDocument FkPdfDocument;
typedef struct _FkPdfTable    FkPdfTable;

typedef enum {
  FK_PDF_PORTRAIT,
  FK_PDF_LANDSCAPE,
} FkPdfOrientation;

typedef enum {
  FK_PDF_TEXT_BODY,       /* 10.5 pt */
  FK_PDF_TEXT_SMALL,      /* 8.5 pt, for notes and sources */
  FK_PDF_TEXT_CAPTION,    /* 9 pt italic, under a figure or a table */
  FK_PDF_TEXT_EMPHASIS,   /* 10.5 pt bold */
} FkPdfTextStyle;

typedef enum {
  FK_PDF_ALIGN_START,
  FK_PDF_ALIGN_CENTER,
  FK_PDF_ALIGN_END,       /* numbers */
} FkPdfAlign;

/* A4 in points, and the margins around the text. */
#define FK_PDF_A4_WIDTH   595.0
#define FK_PDF_A4_HEIGHT  842.0
#define FK_PDF_MARGIN      56.0

/* Draws a figure into (0, 0, width, height) of @cr, in points. */
typedef void (*FkPdfDrawFunc) (cairo_t  *cr,
                               gpointer  user_data);

/* Called while writing, after each page, with the share done (0–1), in
 * the thread that writes. */
typedef void (*FkPdfProgressFunc) (double   fraction,
                                   gpointer user_data);

/* The words the engine draws itself (the footer's "Page 3 of 24", the
 * table of contents' title) are translated here, in the message language
 * in effect on the calling thread: build the document inside
 * fk_text_push_message_language (@language). @language ("sv" or "en")
 * also sets pango's language for line breaking. */
FkPdfDocument *fk_pdf_document_new  (const char    *language);
void           fk_pdf_document_free (FkPdfDocument *doc);

/* ---- what the PDF says about itself ---- */
void fk_pdf_document_set_title         (FkPdfDocument *doc,
                                        const char    *title);
void fk_pdf_document_set_subject       (FkPdfDocument *doc,
                                        const char    *subject);
void fk_pdf_document_set_author        (FkPdfDocument *doc,
                                        const char    *author);
void fk_pdf_document_set_keywords      (FkPdfDocument *doc,
                                        const char    *keywords);
/* Now unless set. */
void fk_pdf_document_set_creation_date (FkPdfDocument *doc,
                                        GDateTime     *date);
/* The running header of every page but the title page: @left (the
 * study) and @right (the round), either NULL for none. */
void fk_pdf_document_set_running_header (FkPdfDocument *doc,
                                         const char    *left,
                                         const char    *right);

/* ---- blocks, in reading order; each returns its index ---- */

/* Page 1 alone, without header or footer: @title large, @subtitle
 * (nullable) under it, then @labels[i]: @values[i] lines (both
 * NULL-terminated, nullable). Only as the first block. */
guint fk_pdf_document_add_title_page (FkPdfDocument      *doc,
                                      const char         *title,
                                      const char         *subtitle,
                                      const char * const *labels,
                                      const char * const *values);
/* @level 1–3. In the PDF outline, nested by level; levels 1 and 2 in
 * the table of contents. Never the last thing on a page. */
guint fk_pdf_document_add_heading    (FkPdfDocument  *doc,
                                      guint           level,
                                      const char     *text);
/* Heading @block (an index fk_pdf_document_add_heading() returned)
 * repeated: each further page its section continues on (up to the next
 * heading of its level or above) starts with "Heading (continued)" in
 * the heading's style, e.g. a municipality's comments that spill onto
 * the next page. Not in the contents or the outline. */
void  fk_pdf_document_set_heading_repeated (FkPdfDocument *doc,
                                            guint          block,
                                            gboolean       repeated);
guint fk_pdf_document_add_paragraph  (FkPdfDocument  *doc,
                                      FkPdfTextStyle  style,
                                      const char     *text);
/* Bullets, or 1., 2., … when @numbered. @items NULL-terminated. */
guint fk_pdf_document_add_list       (FkPdfDocument      *doc,
                                      gboolean            numbered,
                                      const char * const *items);
/* Takes @table. */
guint fk_pdf_document_add_table      (FkPdfDocument  *doc,
                                      FkPdfTable     *table);
/* A figure of @width × @height points, scaled down (never up) to fit
 * the text width and height of its page, kept on one page (the next one
 * if it does not fit below what comes before it); right under headings at
 * the top of a page, scaled down further to fit under them. Size
 * figures with fk_pdf_document_get_content_size() to keep their text
 * readable. @destroy (nullable) frees @user_data with the document. */
guint fk_pdf_document_add_figure     (FkPdfDocument  *doc,
                                      double          width,
                                      double          height,
                                      FkPdfDrawFunc   draw,
                                      gpointer        user_data,
                                      GDestroyNotify  destroy);
/* What follows starts on a new page in @orientation, and so do the
 * pages after it until the next page break. */
guint fk_pdf_document_add_page_break (FkPdfDocument    *doc,
                                      FkPdfOrientation  orientation);
/* The table of contents, here: its title, then every heading of level
 * 1 and 2 with its page, each a link to it. */
guint fk_pdf_document_add_toc        (FkPdfDocument  *doc);

/* ---- tables ---- */

/* @n_columns ≥ 1. */
FkPdfTable *fk_pdf_table_new        (guint        n_columns);
void        fk_pdf_table_free       (FkPdfTable  *table);
/* Column @column's header and share of the text width: columns with a
 * share split what the others leave, in proportion; 0 (the default) makes
 * the column as wide as its widest text unwrapped, up to 40% of the text
 * width. Text wraps in its cell. */
void        fk_pdf_table_set_column (FkPdfTable  *table,
                                     guint        column,
                                     const char  *header,
                                     double       share,
                                     FkPdfAlign   align);
/* Appends a row of n_columns plain texts (a NULL cell is empty);
 * returns its index. */
guint       fk_pdf_table_add_row    (FkPdfTable         *table,
                                     const char * const *cells);
/* Every second row lightly shaded. */
void        fk_pdf_table_set_striped (FkPdfTable *table,
                                      gboolean    striped);
/* A cell's background, e.g. the colour of a legend (components 0–1). */
void        fk_pdf_table_set_cell_fill (FkPdfTable *table,
                                        guint       row,
                                        guint       column,
                                        double      red,
                                        double      green,
                                        double      blue);

/* ---- layout: where everything lands ---- */

/* The text area of a page (without margins, header and footer): what a
 * figure may fill at its natural size. */
void  fk_pdf_document_get_content_size (FkPdfOrientation  orientation,
                                        double           *width,
                                        double           *height);
/* Cuts the blocks into pages (again after new blocks); returns the
 * number of pages. Writing lays out by itself. */
guint fk_pdf_document_layout           (FkPdfDocument *doc);
guint fk_pdf_document_get_n_pages      (FkPdfDocument *doc);
/* The first and last page (from 1) of block @block; FALSE for a block
 * that draws nothing (a page break) or an unknown index. */
gboolean fk_pdf_document_get_block_pages (FkPdfDocument *doc,
                                          guint          block,
                                          guint         *first,
                                          guint         *last);
FkPdfOrientation fk_pdf_document_get_page_orientation (FkPdfDocument *doc,
                                                       guint          page);

/* ---- writing ---- */

/* Lays out and writes @path through a temporary file beside it
 * (fk_export_write_replacing()). Cancelled between pages: FALSE with
 * G_IO_ERROR_CANCELLED and @path untouched. Other failures: FK_ERROR_IO
 * naming @path. */
gboolean fk_pdf_document_write (FkPdfDocument      *doc,
                                const char         *path,
                                GCancellable       *cancellable,
                                FkPdfProgressFunc   progress,
                                gpointer            progress_data,
                                GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkPdfDocument, fk_pdf_document_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkPdfTable, fk_pdf_table_free)

G_END_DECLS
