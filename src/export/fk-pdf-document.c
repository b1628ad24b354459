/* fk-pdf-document.c — the PDF document: its information, its blocks, where they landed */
#define G_LOG_DOMAIN "fk-pdf-document"
#include "config.h"
#include "fk-pdf-private.h"

#include "fk-i18n.h"

static void
page_clear (gpointer data)
{
  FkPdfPage *page = data;

  g_clear_pointer (&page->placed, g_array_unref);
}

static void
block_free (gpointer data)
{
  FkPdfBlock *block = data;

  fk_pdf_block_clear_measure (block);
  g_free (block->text);
  g_free (block->subtitle);
  g_strfreev (block->items);
  g_strfreev (block->values);
  g_clear_pointer (&block->table, fk_pdf_table_free);
  if (block->draw_destroy != NULL)
    block->draw_destroy (block->draw_data);
  g_clear_pointer (&block->pieces, g_array_unref);
  g_free (block);
}

static guint
add_block (FkPdfDocument *doc,
           FkPdfBlock    *block)
{
  block->pieces = g_array_new (FALSE, FALSE, sizeof (FkPdfPiece));
  g_ptr_array_add (doc->blocks, block);
  doc->laid_out = FALSE;
  return doc->blocks->len - 1;
}

FkPdfDocument *
fk_pdf_document_new (const char *language)
{
  FkPdfDocument *doc = g_new0 (FkPdfDocument, 1);
  cairo_font_options_t *options;

  doc->language = g_strdup (language != NULL ? language : "en");
  /* Translators: the footer of every page of a PDF annex: "Page 3 of 24". */
  doc->footer_format = g_strdup (_("Page %u of %u"));
  /* Translators: the title of the table of contents of a PDF annex. */
  doc->toc_title = g_strdup (_("Contents"));
  /* Translators: a heading repeated at the top of a page its section
   * continues on: "Dals-Ed (continued)" */
  doc->continued_format = g_strdup (_("%s (continued)"));

  /* A font map of its own: pangocairo's default one belongs to the
   * thread that asks for it, and a document may be written in a worker
   * thread; this one goes with the document. */
  doc->font_map = pango_cairo_font_map_new ();
  doc->context = pango_font_map_create_context (doc->font_map);
  pango_cairo_context_set_resolution (doc->context, 72);
  /* Unhinted metrics: what is measured is what the PDF draws. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (doc->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (doc->context, pango_language_from_string (doc->language));

  doc->blocks = g_ptr_array_new_with_free_func (block_free);
  doc->pages = g_array_new (FALSE, TRUE, sizeof (FkPdfPage));
  g_array_set_clear_func (doc->pages, page_clear);
  return doc;
}

void
fk_pdf_document_free (FkPdfDocument *doc)
{
  if (doc == NULL)
    return;
  fk_pdf_clear_running (doc);
  g_ptr_array_unref (doc->blocks);
  g_array_unref (doc->pages);
  for (guint i = 0; i < FK_PDF_N_FONTS; i++)
    g_clear_pointer (&doc->fonts[i], pango_font_description_free);
  g_object_unref (doc->context);
  g_object_unref (doc->font_map);
  g_clear_pointer (&doc->created, g_date_time_unref);
  g_free (doc->language);
  g_free (doc->title);
  g_free (doc->subject);
  g_free (doc->author);
  g_free (doc->keywords);
  g_free (doc->header_left);
  g_free (doc->header_right);
  g_free (doc->footer_format);
  g_free (doc->toc_title);
  g_free (doc->continued_format);
  g_free (doc);
}

static void
replace_string (char       **field,
                const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

void
fk_pdf_document_set_title (FkPdfDocument *doc,
                           const char    *title)
{
  replace_string (&doc->title, title);
}

void
fk_pdf_document_set_subject (FkPdfDocument *doc,
                             const char    *subject)
{
  replace_string (&doc->subject, subject);
}

void
fk_pdf_document_set_author (FkPdfDocument *doc,
                            const char    *author)
{
  replace_string (&doc->author, author);
}

void
fk_pdf_document_set_keywords (FkPdfDocument *doc,
                              const char    *keywords)
{
  replace_string (&doc->keywords, keywords);
}

void
fk_pdf_document_set_creation_date (FkPdfDocument *doc,
                                   GDateTime     *date)
{
  g_clear_pointer (&doc->created, g_date_time_unref);
  if (date != NULL)
    doc->created = g_date_time_ref (date);
}

void
fk_pdf_document_set_running_header (FkPdfDocument *doc,
                                    const char    *left,
                                    const char    *right)
{
  replace_string (&doc->header_left, left);
  replace_string (&doc->header_right, right);
  fk_pdf_clear_running (doc);
}

guint
fk_pdf_document_add_title_page (FkPdfDocument      *doc,
                                const char         *title,
                                const char         *subtitle,
                                const char * const *labels,
                                const char * const *values)
{
  FkPdfBlock *block;

  g_return_val_if_fail (doc->blocks->len == 0, G_MAXUINT);

  block = g_new0 (FkPdfBlock, 1);
  block->kind = FK_PDF_BLOCK_TITLE_PAGE;
  block->text = g_strdup (title);
  block->subtitle = g_strdup (subtitle);
  block->items = g_strdupv ((char **) labels);
  block->values = g_strdupv ((char **) values);
  return add_block (doc, block);
}

guint
fk_pdf_document_add_heading (FkPdfDocument *doc,
                             guint          level,
                             const char    *text)
{
  FkPdfBlock *block = g_new0 (FkPdfBlock, 1);

  block->kind = FK_PDF_BLOCK_HEADING;
  block->level = CLAMP (level, 1, 3);
  block->text = g_strdup (text);
  return add_block (doc, block);
}

void
fk_pdf_document_set_heading_repeated (FkPdfDocument *doc,
                                      guint          index,
                                      gboolean       repeated)
{
  FkPdfBlock *block;

  g_return_if_fail (index < doc->blocks->len);
  block = g_ptr_array_index (doc->blocks, index);
  g_return_if_fail (block->kind == FK_PDF_BLOCK_HEADING);
  block->repeated = repeated;
  fk_pdf_block_clear_measure (block);
  doc->laid_out = FALSE;
}

guint
fk_pdf_document_add_paragraph (FkPdfDocument  *doc,
                               FkPdfTextStyle  style,
                               const char     *text)
{
  FkPdfBlock *block = g_new0 (FkPdfBlock, 1);

  block->kind = FK_PDF_BLOCK_PARAGRAPH;
  block->style = style;
  block->text = g_strdup (text);
  return add_block (doc, block);
}

guint
fk_pdf_document_add_list (FkPdfDocument      *doc,
                          gboolean            numbered,
                          const char * const *items)
{
  FkPdfBlock *block = g_new0 (FkPdfBlock, 1);
  static const char * const none[] = { NULL };

  block->kind = FK_PDF_BLOCK_LIST;
  block->numbered = numbered;
  block->items = g_strdupv ((char **) (items != NULL ? items : none));
  return add_block (doc, block);
}

guint
fk_pdf_document_add_table (FkPdfDocument *doc,
                           FkPdfTable    *table)
{
  FkPdfBlock *block = g_new0 (FkPdfBlock, 1);

  block->kind = FK_PDF_BLOCK_TABLE;
  block->table = table;
  return add_block (doc, block);
}

guint
fk_pdf_document_add_figure (FkPdfDocument  *doc,
                            double          width,
                            double          height,
                            FkPdfDrawFunc   draw,
                            gpointer        user_data,
                            GDestroyNotify  destroy)
{
  FkPdfBlock *block = g_new0 (FkPdfBlock, 1);

  block->kind = FK_PDF_BLOCK_FIGURE;
  block->width = MAX (width, 1);
  block->height = MAX (height, 1);
  block->draw = draw;
  block->draw_data = user_data;
  block->draw_destroy = destroy;
  return add_block (doc, block);
}

guint
fk_pdf_document_add_page_break (FkPdfDocument    *doc,
                                FkPdfOrientation  orientation)
{
  FkPdfBlock *block = g_new0 (FkPdfBlock, 1);

  block->kind = FK_PDF_BLOCK_PAGE_BREAK;
  block->orientation = orientation;
  return add_block (doc, block);
}

guint
fk_pdf_document_add_toc (FkPdfDocument *doc)
{
  FkPdfBlock *block = g_new0 (FkPdfBlock, 1);

  block->kind = FK_PDF_BLOCK_TOC;
  return add_block (doc, block);
}

void
fk_pdf_document_get_content_size (FkPdfOrientation  orientation,
                                  double           *width,
                                  double           *height)
{
  double w = orientation == FK_PDF_LANDSCAPE ? FK_PDF_A4_HEIGHT : FK_PDF_A4_WIDTH;
  double h = orientation == FK_PDF_LANDSCAPE ? FK_PDF_A4_WIDTH : FK_PDF_A4_HEIGHT;

  if (width != NULL)
    *width = w - 2 * FK_PDF_MARGIN;
  if (height != NULL)
    *height = h - 2 * FK_PDF_MARGIN;
}

guint
fk_pdf_document_layout (FkPdfDocument *doc)
{
  if (!doc->laid_out)
    {
      fk_pdf_paginate (doc);
      doc->laid_out = TRUE;
    }
  return doc->pages->len;
}

guint
fk_pdf_document_get_n_pages (FkPdfDocument *doc)
{
  return fk_pdf_document_layout (doc);
}

gboolean
fk_pdf_document_get_block_pages (FkPdfDocument *doc,
                                 guint          index,
                                 guint         *first,
                                 guint         *last)
{
  FkPdfBlock *block;

  fk_pdf_document_layout (doc);
  if (index >= doc->blocks->len)
    return FALSE;
  block = g_ptr_array_index (doc->blocks, index);
  if (block->pieces->len == 0)
    return FALSE;
  if (first != NULL)
    *first = g_array_index (block->pieces, FkPdfPiece, 0).page + 1;
  if (last != NULL)
    *last = g_array_index (block->pieces, FkPdfPiece, block->pieces->len - 1).page + 1;
  return TRUE;
}

FkPdfOrientation
fk_pdf_document_get_page_orientation (FkPdfDocument *doc,
                                      guint          page)
{
  fk_pdf_document_layout (doc);
  g_return_val_if_fail (page >= 1 && page <= doc->pages->len, FK_PDF_PORTRAIT);
  return g_array_index (doc->pages, FkPdfPage, page - 1).orientation;
}
