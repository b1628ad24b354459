/* fk-odt-content.c — content.xml of the OpenDocument text: one element per block
 *
 * Named styles (styles.xml) carry the look; the automatic styles written
 * here carry what belongs to one place: a page break before the element
 * that follows it, a table's and its columns' widths, a cell's fill, a
 * number column's alignment.
 */
#define G_LOG_DOMAIN "fk-odt-content"
#include "config.h"
#include "fk-odt-private.h"

#include <math.h>

#define HEADER_FILL 0xe2e8ee   /* the PDF's (fk-pdf-table.c) */
#define STRIPE_FILL 0xf3f5f7

typedef struct {
  FkPdfDocument *doc;
  GString       *body;
  GString       *styles;       /* automatic styles */
  GHashTable    *written;      /* automatic style names already in @styles */
  GPtrArray     *pictures;
  guint          n_tables;
  gboolean       break_pending;
} Content;

static const char * const text_styles[] = {
  [FK_PDF_TEXT_BODY] = "Text_20_body",
  [FK_PDF_TEXT_SMALL] = "Small_20_text",
  [FK_PDF_TEXT_CAPTION] = "Caption",
  [FK_PDF_TEXT_EMPHASIS] = "Text_20_body_20_bold",
};

static void
open_p (Content    *c,
        const char *style)
{
  g_string_append_printf (c->body, "<text:p text:style-name=\"%s\">", style);
}

/* @style, or after a page break a style like it that starts a page. */
static const char *
paragraph_style (Content    *c,
                 const char *style)
{
  char *name;

  if (!c->break_pending)
    return style;
  c->break_pending = FALSE;
  name = g_strconcat ("Break_", style, NULL);
  if (g_hash_table_add (c->written, name))
    g_string_append_printf (c->styles,
                            "<style:style style:name=\"%s\" style:family=\"paragraph\" style:parent-style-name=\"%s\">"
                            "<style:paragraph-properties fo:break-before=\"page\"/></style:style>",
                            name, style);
  return g_hash_table_lookup (c->written, name);
}

/* A table paragraph style aligned as @align: @style itself at the start. */
static const char *
aligned_style (Content    *c,
               const char *style,
               FkPdfAlign  align)
{
  const char *where = align == FK_PDF_ALIGN_END ? "end" : "center";
  char *name;

  if (align == FK_PDF_ALIGN_START)
    return style;
  name = g_strdup_printf ("%s_%s", style, where);
  if (g_hash_table_add (c->written, name))
    g_string_append_printf (c->styles,
                            "<style:style style:name=\"%s\" style:family=\"paragraph\" style:parent-style-name=\"%s\">"
                            "<style:paragraph-properties fo:text-align=\"%s\"/></style:style>",
                            name, style, where);
  return g_hash_table_lookup (c->written, name);
}

/* The cell style with background @rgb (0xRRGGBB). */
static const char *
cell_style (Content *c,
            guint32  rgb)
{
  char *name = g_strdup_printf ("Cell_%06X", rgb & 0xffffff);

  if (g_hash_table_add (c->written, name))
    g_string_append_printf (c->styles,
                            "<style:style style:name=\"%s\" style:family=\"table-cell\">"
                            "<style:table-cell-properties fo:background-color=\"#%06x\" fo:padding=\"0.07cm\""
                            " fo:border=\"0.5pt solid #c9d0d7\"/></style:style>",
                            name, rgb & 0xffffff);
  return g_hash_table_lookup (c->written, name);
}

static guint32
rgb_of (const double *rgb)
{
  guint32 r = (guint32) lround (CLAMP (rgb[0], 0, 1) * 255);
  guint32 g = (guint32) lround (CLAMP (rgb[1], 0, 1) * 255);
  guint32 b = (guint32) lround (CLAMP (rgb[2], 0, 1) * 255);

  return (r << 16) | (g << 8) | b;
}

static void
add_cell (Content    *c,
          const char *cell,
          const char *paragraph,
          const char *text)
{
  g_string_append_printf (c->body, "<table:table-cell table:style-name=\"%s\" office:value-type=\"string\">", cell);
  open_p (c, paragraph);
  fk_odt_append_text (c->body, text);
  g_string_append (c->body, "</text:p></table:table-cell>");
}

/* Opens a table of @n columns of @widths (any unit: only their ratio
 * counts) across the text width. Returns the table's number. */
static guint
open_table (Content      *c,
            guint         n,
            const double *widths)
{
  guint t = ++c->n_tables;
  double sum = 0;
  g_autofree char *width = fk_odt_length_cm (FK_ODT_TEXT_WIDTH);

  for (guint i = 0; i < n; i++)
    sum += widths[i];
  g_string_append_printf (c->styles,
                          "<style:style style:name=\"Table%u\" style:family=\"table\">"
                          "<style:table-properties style:width=\"%s\" table:align=\"margins\"%s/></style:style>",
                          t, width, c->break_pending ? " fo:break-before=\"page\"" : "");
  c->break_pending = FALSE;
  g_string_append_printf (c->body, "<table:table table:name=\"Table%u\" table:style-name=\"Table%u\">", t, t);
  for (guint i = 0; i < n; i++)
    {
      double share = sum > 0 ? widths[i] / sum : 1.0 / n;
      g_autofree char *cm = fk_odt_length_cm (share * FK_ODT_TEXT_WIDTH);

      g_string_append_printf (c->styles,
                              "<style:style style:name=\"Table%u.C%u\" style:family=\"table-column\">"
                              "<style:table-column-properties style:column-width=\"%s\" style:rel-column-width=\"%u*\"/>"
                              "</style:style>",
                              t, i, cm, (guint) lround (share * 65535));
      g_string_append_printf (c->body, "<table:table-column table:style-name=\"Table%u.C%u\"/>", t, i);
    }
  return t;
}

/* ---- the blocks ------------------------------------------------------------------ */

static void
write_title_page (Content    *c,
                  FkPdfBlock *block)
{
  guint n = block->items != NULL ? g_strv_length (block->items) : 0;

  open_p (c, paragraph_style (c, "Title"));
  fk_odt_append_text (c->body, block->text);
  g_string_append (c->body, "</text:p>");
  if (block->subtitle != NULL)
    {
      open_p (c, "Subtitle");
      fk_odt_append_text (c->body, block->subtitle);
      g_string_append (c->body, "</text:p>");
    }
  if (n > 0)
    {
      const double widths[] = { 0.3, 0.7 };

      open_table (c, 2, widths);
      for (guint i = 0; i < n; i++)
        {
          const char *value = block->values != NULL && i < g_strv_length (block->values) ? block->values[i] : "";

          g_string_append (c->body, "<table:table-row>");
          add_cell (c, "Cell_20_plain", "Table_20_Heading", block->items[i]);
          add_cell (c, "Cell_20_plain", "Table_20_Contents", value);
          g_string_append (c->body, "</table:table-row>");
        }
      g_string_append (c->body, "</table:table>");
    }
  /* The title page stands alone, as in the PDF. */
  c->break_pending = TRUE;
}

static void
write_heading (Content    *c,
               FkPdfBlock *block)
{
  guint level = CLAMP (block->level, 1, 3);
  g_autofree char *style = g_strdup_printf ("Heading_20_%u", level);

  g_string_append_printf (c->body, "<text:h text:style-name=\"%s\" text:outline-level=\"%u\">",
                          paragraph_style (c, style), level);
  fk_odt_append_text (c->body, block->text);
  g_string_append (c->body, "</text:h>");
}

static void
write_paragraph (Content    *c,
                 FkPdfBlock *block)
{
  guint style = block->style < G_N_ELEMENTS (text_styles) ? block->style : FK_PDF_TEXT_BODY;

  open_p (c, paragraph_style (c, text_styles[style]));
  fk_odt_append_text (c->body, block->text);
  g_string_append (c->body, "</text:p>");
}

static void
write_list (Content    *c,
            FkPdfBlock *block)
{
  g_string_append_printf (c->body, "<text:list text:style-name=\"%s\">",
                          block->numbered ? "Numbering_20_123" : "List_20_1");
  for (guint i = 0; block->items != NULL && block->items[i] != NULL; i++)
    {
      g_string_append (c->body, "<text:list-item>");
      open_p (c, paragraph_style (c, "List"));
      fk_odt_append_text (c->body, block->items[i]);
      g_string_append (c->body, "</text:p></text:list-item>");
    }
  g_string_append (c->body, "</text:list>");
}

/* The engine's column widths: as the PDF measured them, or measured now
 * for a portrait page; their ratios are what the word processor gets. */
static const double *
column_widths (Content    *c,
               FkPdfBlock *block)
{
  if (block->measured_width <= 0)
    fk_pdf_block_measure (c->doc, block, FK_ODT_TEXT_WIDTH, FK_ODT_TEXT_HEIGHT);
  return block->table->widths;
}

static void
write_table (Content    *c,
             FkPdfBlock *block)
{
  FkPdfTable *table = block->table;
  guint n = table->n_columns;

  /* ODF has no table without a row. */
  if (table->rows->len == 0 && !fk_pdf_table_has_header (table))
    return;
  open_table (c, n, column_widths (c, block));
  /* Repeated at the top of each page by word processors. */
  if (fk_pdf_table_has_header (table))
    {
      g_string_append (c->body, "<table:table-header-rows><table:table-row>");
      for (guint i = 0; i < n; i++)
        add_cell (c, cell_style (c, HEADER_FILL), aligned_style (c, "Table_20_Heading", table->aligns[i]),
                  table->headers[i]);
      g_string_append (c->body, "</table:table-row></table:table-header-rows>");
    }
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      g_string_append (c->body, "<table:table-row>");
      for (guint i = 0; i < n; i++)
        {
          const double *fill = g_hash_table_lookup (table->fills, GUINT_TO_POINTER (r * n + i));
          const char *cell = fill != NULL ? cell_style (c, rgb_of (fill))
                             : table->striped && r % 2 == 1 ? cell_style (c, STRIPE_FILL)
                             : "Cell_20_plain";

          add_cell (c, cell, aligned_style (c, "Table_20_Contents", table->aligns[i]), row[i]);
        }
      g_string_append (c->body, "</table:table-row>");
    }
  g_string_append (c->body, "</table:table>");
}

static void
write_figure (Content    *c,
              FkPdfBlock *block)
{
  double scale = 1.0, width, height;
  g_autofree char *cm_width = NULL, *cm_height = NULL;
  FkOdtPicture *picture;

  if (block->width <= 0 || block->height <= 0)
    return;
  /* Scaled down, never up, to fit a portrait page, as the PDF does. */
  scale = MIN (scale, FK_ODT_TEXT_WIDTH / block->width);
  scale = MIN (scale, FK_ODT_TEXT_HEIGHT / block->height);
  width = block->width * scale;
  height = block->height * scale;
  picture = g_new0 (FkOdtPicture, 1);
  picture->name = g_strdup_printf ("Pictures/figure%u.png", c->pictures->len + 1);
  picture->png = fk_odt_figure_png (block, width, height);
  g_ptr_array_add (c->pictures, picture);

  cm_width = fk_odt_length_cm (width);
  cm_height = fk_odt_length_cm (height);
  open_p (c, paragraph_style (c, "Figure"));
  g_string_append_printf (c->body,
                          "<draw:frame draw:name=\"Figure %u\" text:anchor-type=\"as-char\""
                          " svg:width=\"%s\" svg:height=\"%s\" draw:z-index=\"0\">"
                          "<draw:image xlink:href=\"%s\" xlink:type=\"simple\" xlink:show=\"embed\""
                          " xlink:actuate=\"onLoad\"/></draw:frame></text:p>",
                          c->pictures->len, cm_width, cm_height, picture->name);
}

/* The contents over outline levels 1–2, filled with the headings as they
 * are now; the word processor adds the page numbers when it updates it. */
static void
write_toc (Content *c)
{
  g_string_append (c->styles,
                   "<style:style style:name=\"Contents\" style:family=\"section\">"
                   "<style:section-properties style:editable=\"false\"/></style:style>");
  if (c->break_pending)
    {
      /* A section cannot start a page: an empty paragraph before it does. */
      open_p (c, paragraph_style (c, "Standard"));
      g_string_append (c->body, "</text:p>");
    }
  g_string_append (c->body,
                   "<text:table-of-content text:style-name=\"Contents\" text:protected=\"true\" text:name=\"Contents\">"
                   "<text:table-of-content-source text:outline-level=\"2\">"
                   "<text:index-title-template text:style-name=\"Contents_20_Heading\">");
  fk_odt_append_escaped (c->body, c->doc->toc_title);
  g_string_append (c->body, "</text:index-title-template>");
  for (guint level = 1; level <= 2; level++)
    g_string_append_printf (c->body,
                            "<text:table-of-content-entry-template text:outline-level=\"%u\" text:style-name=\"Contents_20_%u\">"
                            "<text:index-entry-link-start/><text:index-entry-text/>"
                            "<text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/>"
                            "<text:index-entry-page-number/><text:index-entry-link-end/>"
                            "</text:table-of-content-entry-template>",
                            level, level);
  g_string_append (c->body,
                   "</text:table-of-content-source><text:index-body>"
                   "<text:index-title text:name=\"Contents_Head\">");
  open_p (c, "Contents_20_Heading");
  fk_odt_append_text (c->body, c->doc->toc_title);
  g_string_append (c->body, "</text:p></text:index-title>");
  for (guint i = 0; i < c->doc->blocks->len; i++)
    {
      FkPdfBlock *block = g_ptr_array_index (c->doc->blocks, i);
      g_autofree char *style = NULL;

      if (block->kind != FK_PDF_BLOCK_HEADING || block->level < 1 || block->level > 2)
        continue;
      style = g_strdup_printf ("Contents_20_%u", block->level);
      open_p (c, style);
      fk_odt_append_text (c->body, block->text);
      g_string_append (c->body, "</text:p>");
    }
  g_string_append (c->body, "</text:index-body></text:table-of-content>");
}

static void
write_block (Content    *c,
             FkPdfBlock *block)
{
  switch (block->kind)
    {
    case FK_PDF_BLOCK_TITLE_PAGE:
      write_title_page (c, block);
      break;
    case FK_PDF_BLOCK_HEADING:
      write_heading (c, block);
      break;
    case FK_PDF_BLOCK_PARAGRAPH:
      write_paragraph (c, block);
      break;
    case FK_PDF_BLOCK_LIST:
      write_list (c, block);
      break;
    case FK_PDF_BLOCK_TABLE:
      write_table (c, block);
      break;
    case FK_PDF_BLOCK_FIGURE:
      write_figure (c, block);
      break;
    case FK_PDF_BLOCK_PAGE_BREAK:
      /* Not before the first thing of the document. */
      c->break_pending = c->body->len > 0;
      break;
    case FK_PDF_BLOCK_TOC:
      write_toc (c);
      break;
    default:
      g_assert_not_reached ();
    }
}

char *
fk_odt_content_xml (FkPdfDocument *doc,
                    GPtrArray     *pictures,
                    GCancellable  *cancellable,
                    GError       **error)
{
  /* The cell every table uses unless it is filled. */
  Content c = { doc, g_string_new (NULL),
                g_string_new ("<style:style style:name=\"Cell_20_plain\" style:family=\"table-cell\">"
                              "<style:table-cell-properties fo:padding=\"0.07cm\" fo:border=\"0.5pt solid #c9d0d7\"/>"
                              "</style:style>"),
                g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL), pictures, 0, FALSE };
  GString *xml;

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_string_free (c.body, TRUE);
          g_string_free (c.styles, TRUE);
          g_hash_table_unref (c.written);
          return NULL;
        }
      write_block (&c, g_ptr_array_index (doc->blocks, i));
    }

  xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<office:document-content" FK_ODT_NAMESPACES
                      " office:version=\"" FK_ODT_VERSION "\">"
                      "<office:automatic-styles>");
  g_string_append_len (xml, c.styles->str, c.styles->len);
  g_string_append (xml, "</office:automatic-styles><office:body><office:text>");
  g_string_append_len (xml, c.body->str, c.body->len);
  g_string_append (xml, "</office:text></office:body></office:document-content>\n");
  g_string_free (c.body, TRUE);
  g_string_free (c.styles, TRUE);
  g_hash_table_unref (c.written);
  return g_string_free (xml, FALSE);
}
