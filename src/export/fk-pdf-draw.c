/* fk-pdf-draw.c — drawing a laid-out page: its blocks, running header, footer, links and outline */
#define G_LOG_DOMAIN "fk-pdf-draw"
#include "config.h"
#include "fk-pdf-private.h"

#include <cairo-pdf.h>
#include <math.h>

#define RUNNING_RULE 0xb4bcc4
#define TITLE_ACCENT 0x1c3f5e

const char *
fk_pdf_block_dest (guint  block,
                   char  *buffer,
                   gsize  size)
{
  g_snprintf (buffer, size, "fk-block-%u", block);
  return buffer;
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             FkPdfFont    font,
             double       x,
             double       y)
{
  double rgb[3];

  fk_pdf_font_color (font, rgb);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

void
fk_pdf_clear_running (FkPdfDocument *doc)
{
  for (guint o = 0; o < 2; o++)
    for (guint side = 0; side < 2; side++)
      g_clear_object (&doc->running[o][side]);
}

/* The running header's text at @side (0 left, 1 right) for a page of
 * @orientation, laid out once; NULL for none. */
static PangoLayout *
running_layout (FkPdfDocument    *doc,
                FkPdfOrientation  orientation,
                guint             side,
                double            width)
{
  const char *text = side == 0 ? doc->header_left : doc->header_right;
  PangoLayout **layout = &doc->running[orientation == FK_PDF_LANDSCAPE][side];

  if (text == NULL)
    return NULL;
  if (*layout == NULL)
    {
      *layout = fk_pdf_layout_new (doc, FK_PDF_FONT_RUNNING, text, width / 2 - 8,
                                   side == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
      pango_layout_set_ellipsize (*layout, PANGO_ELLIPSIZE_END);
    }
  return *layout;
}

static void
draw_running (FkPdfDocument   *doc,
              guint            page_index,
              FkPdfOrientation orientation,
              cairo_t         *cr,
              double           page_width,
              double           page_height)
{
  double width = page_width - 2 * FK_PDF_MARGIN;
  g_autofree char *footer = NULL;
  PangoLayout *layout;

  /* The format is the translation of "Page %u of %u", made when the
   * document was (in its language); msgfmt -c checks its placeholders. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  footer = g_strdup_printf (doc->footer_format, page_index + 1, doc->pages->len);
#pragma GCC diagnostic pop

  if (doc->header_left != NULL || doc->header_right != NULL)
    {
      double y = FK_PDF_MARGIN - FK_PDF_RUNNING_GAP;

      for (guint side = 0; side < 2; side++)
        {
          layout = running_layout (doc, orientation, side, width);
          if (layout != NULL)
            show_layout (cr, layout, FK_PDF_FONT_RUNNING,
                         FK_PDF_MARGIN + side * (width / 2 + 8), y - fk_pdf_layout_height (layout));
        }
      fk_pdf_set_rgb (cr, RUNNING_RULE);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, FK_PDF_MARGIN, y + 4);
      cairo_rel_line_to (cr, width, 0);
      cairo_stroke (cr);
    }
  layout = fk_pdf_layout_new (doc, FK_PDF_FONT_RUNNING, footer, width, PANGO_ALIGN_CENTER);
  show_layout (cr, layout, FK_PDF_FONT_RUNNING, FK_PDF_MARGIN,
               page_height - FK_PDF_MARGIN + FK_PDF_RUNNING_GAP - 4);
  g_object_unref (layout);
}

static void
draw_title_page (FkPdfDocument *doc,
                 FkPdfBlock    *block,
                 cairo_t       *cr,
                 double         x,
                 double         y)
{
  double width = block->measured_width;
  double label_width = 0;
  PangoLayout *layout;
  guint n = block->items != NULL && block->values != NULL
            ? MIN (g_strv_length (block->items), g_strv_length (block->values)) : 0;

  y += 0.22 * fk_pdf_block_unit (block, 0);
  fk_pdf_set_rgb (cr, TITLE_ACCENT);
  cairo_rectangle (cr, x, y, 56, 5);
  cairo_fill (cr);
  y += 22;
  layout = fk_pdf_layout_new (doc, FK_PDF_FONT_TITLE, block->text, width, PANGO_ALIGN_LEFT);
  show_layout (cr, layout, FK_PDF_FONT_TITLE, x, y);
  y += fk_pdf_layout_height (layout) + 10;
  g_object_unref (layout);
  if (block->subtitle != NULL)
    {
      layout = fk_pdf_layout_new (doc, FK_PDF_FONT_SUBTITLE, block->subtitle, width, PANGO_ALIGN_LEFT);
      show_layout (cr, layout, FK_PDF_FONT_SUBTITLE, x, y);
      y += fk_pdf_layout_height (layout);
      g_object_unref (layout);
    }
  y += 40;
  for (guint i = 0; i < n; i++)
    {
      layout = fk_pdf_layout_new (doc, FK_PDF_FONT_LABEL, block->items[i], -1, PANGO_ALIGN_LEFT);
      label_width = MAX (label_width, fk_pdf_layout_width (layout));
      g_object_unref (layout);
    }
  label_width = MIN (ceil (label_width) + 16, 0.4 * width);
  for (guint i = 0; i < n; i++)
    {
      PangoLayout *value = fk_pdf_layout_new (doc, FK_PDF_FONT_BODY, block->values[i],
                                              width - label_width, PANGO_ALIGN_LEFT);

      layout = fk_pdf_layout_new (doc, FK_PDF_FONT_LABEL, block->items[i],
                                  label_width - 8, PANGO_ALIGN_LEFT);
      show_layout (cr, layout, FK_PDF_FONT_LABEL, x, y);
      show_layout (cr, value, FK_PDF_FONT_BODY, x + label_width, y);
      y += MAX (fk_pdf_layout_height (layout), fk_pdf_layout_height (value)) + 5;
      g_object_unref (layout);
      g_object_unref (value);
    }
}

static void
draw_heading (FkPdfDocument   *doc,
              guint            index,
              FkPdfBlock      *block,
              cairo_surface_t *surface,
              cairo_t         *cr,
              double           x,
              double           y,
              int              outline[4])
{
  char dest[32], attributes[64];
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  fk_pdf_block_dest (index, dest, sizeof dest);
  g_snprintf (attributes, sizeof attributes, "name='%s'", dest);
  cairo_tag_begin (cr, CAIRO_TAG_DEST, attributes);
  show_layout (cr, g_ptr_array_index (block->layouts, 0), fk_pdf_heading_font (block->level), x, y);
  cairo_tag_end (cr, CAIRO_TAG_DEST);

  /* Nested under the last heading of a higher level. */
  for (guint level = block->level - 1; level >= 1 && parent == CAIRO_PDF_OUTLINE_ROOT; level--)
    parent = outline[level];
  g_snprintf (attributes, sizeof attributes, "dest='%s'", dest);
  outline[block->level] = cairo_pdf_surface_add_outline (surface, parent, block->text, attributes,
                                                         block->level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
  for (guint level = block->level + 1; level <= 3; level++)
    outline[level] = CAIRO_PDF_OUTLINE_ROOT;
}

static void
draw_paragraph_lines (FkPdfBlock       *block,
                      const FkPdfPiece *piece,
                      cairo_t          *cr,
                      double            x,
                      double            y)
{
  PangoLayout *layout = g_ptr_array_index (block->layouts, 0);
  double top = 0, rgb[3];

  for (guint i = 0; i < piece->first; i++)
    top += fk_pdf_block_unit (block, i);
  fk_pdf_font_color ((FkPdfFont) block->style, rgb);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  for (guint i = piece->first; i < piece->first + piece->n; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);

      cairo_move_to (cr, x, y + g_array_index (block->baselines, double, i) - top);
      pango_cairo_show_layout_line (cr, line);
    }
}

static void
draw_list_items (FkPdfBlock       *block,
                 const FkPdfPiece *piece,
                 cairo_t          *cr,
                 double            x,
                 double            y)
{
  for (guint i = piece->first; i < piece->first + piece->n; i++)
    {
      PangoLayout *marker = g_ptr_array_index (block->layouts, 2 * i);
      PangoLayout *text = g_ptr_array_index (block->layouts, 2 * i + 1);
      double marker_width = pango_layout_get_width (marker) / (double) PANGO_SCALE;

      show_layout (cr, marker, FK_PDF_FONT_BODY, x + 12, y);
      show_layout (cr, text, FK_PDF_FONT_BODY, x + 12 + marker_width + FK_PDF_LIST_GAP, y);
      y += fk_pdf_block_unit (block, i);
    }
}

/* The ink of a right-aligned number, from the left of its column. */
static double
number_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* An entry of the contents: the heading's text, dot leaders on its last
 * line, its page number at the right, all one link to the heading. */
static void
draw_toc_entry (FkPdfDocument *doc,
                FkPdfBlock    *block,
                guint          entry,
                cairo_t       *cr,
                double         x,
                double         y)
{
  guint index = g_array_index (block->entries, guint, entry);
  FkPdfBlock *heading = g_ptr_array_index (doc->blocks, index);
  PangoLayout *text = g_ptr_array_index (block->layouts, entry + 1);
  FkPdfFont font = heading->level == 1 ? FK_PDF_FONT_EMPHASIS : FK_PDF_FONT_BODY;
  double indent = heading->level == 2 ? FK_PDF_TOC_INDENT : 0;
  double width = block->measured_width;
  guint page = 0;
  char dest[32], attributes[160], number[16];
  PangoLayoutIter *iter;
  PangoRectangle last;
  PangoLayout *number_layout;
  double baseline, dots_from, dots_to;

  fk_pdf_document_get_block_pages (doc, index, &page, NULL);
  g_snprintf (number, sizeof number, "%u", page);
  number_layout = fk_pdf_layout_new (doc, font, number, FK_PDF_TOC_NUMBER, PANGO_ALIGN_RIGHT);

  iter = pango_layout_get_iter (text);
  while (!pango_layout_iter_at_last_line (iter))
    pango_layout_iter_next_line (iter);
  pango_layout_iter_get_line_extents (iter, NULL, &last);
  baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
  pango_layout_iter_free (iter);

  fk_pdf_block_dest (index, dest, sizeof dest);
  g_snprintf (attributes, sizeof attributes, "dest='%s' rect=[%.2f %.2f %.2f %.2f]", dest,
              x + indent, y, width - indent, fk_pdf_layout_height (text));
  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
  show_layout (cr, text, font, x + indent, y);
  show_layout (cr, number_layout, font, x + width - FK_PDF_TOC_NUMBER, y + baseline
               - (double) pango_layout_get_baseline (number_layout) / PANGO_SCALE);
  /* Leaders: dots, not text, so that copied text stays clean; one
   * dashed line of round dots per entry, not a filled circle per dot:
   * hundreds of small fills made the contents page cost cairo's PDF
   * output ten times what a heatmap page does. */
  dots_from = ceil ((x + indent + (double) (last.x + last.width) / PANGO_SCALE + 6) / 4.5) * 4.5;
  dots_to = x + width - number_width (number_layout) - 5;
  fk_pdf_set_rgb (cr, 0x8a8a8a);
  if (dots_to >= dots_from)
    {
      static const double dots[] = { 0, 4.5 };

      cairo_save (cr);
      cairo_set_line_width (cr, 1.3);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, dots, 2, 0);
      cairo_move_to (cr, dots_from, y + baseline - 0.8);
      cairo_line_to (cr, dots_from + floor ((dots_to - dots_from) / 4.5) * 4.5, y + baseline - 0.8);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  cairo_tag_end (cr, CAIRO_TAG_LINK);
  g_object_unref (number_layout);
}

static void
draw_toc (FkPdfDocument    *doc,
          guint             index,
          FkPdfBlock       *block,
          const FkPdfPiece *piece,
          cairo_surface_t  *surface,
          cairo_t          *cr,
          double            x,
          double            y)
{
  for (guint i = piece->first; i < piece->first + piece->n; i++)
    {
      if (i == 0)
        {
          char dest[32], attributes[64];

          fk_pdf_block_dest (index, dest, sizeof dest);
          g_snprintf (attributes, sizeof attributes, "name='%s'", dest);
          cairo_tag_begin (cr, CAIRO_TAG_DEST, attributes);
          show_layout (cr, g_ptr_array_index (block->layouts, 0), FK_PDF_FONT_H1, x, y);
          cairo_tag_end (cr, CAIRO_TAG_DEST);
          g_snprintf (attributes, sizeof attributes, "dest='%s'", dest);
          cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, doc->toc_title, attributes, 0);
        }
      else
        draw_toc_entry (doc, block, i - 1, cr, x, y);
      y += fk_pdf_block_unit (block, i);
    }
}

static void
draw_figure (FkPdfBlock *block,
             cairo_t    *cr,
             double      x,
             double      y)
{
  cairo_save (cr);
  /* At the left of the text, like the caption under it. */
  cairo_translate (cr, x, y);
  cairo_scale (cr, block->scale * block->shrink, block->scale * block->shrink);
  cairo_rectangle (cr, 0, 0, block->width, block->height);
  cairo_clip (cr);
  block->draw (cr, block->draw_data);
  cairo_restore (cr);
}

void
fk_pdf_draw_page (FkPdfDocument   *doc,
                  guint            page_index,
                  cairo_surface_t *surface,
                  cairo_t         *cr,
                  int              outline[4])
{
  FkPdfPage *page = &g_array_index (doc->pages, FkPdfPage, page_index);
  gboolean landscape = page->orientation == FK_PDF_LANDSCAPE;
  double page_width = landscape ? FK_PDF_A4_HEIGHT : FK_PDF_A4_WIDTH;
  double page_height = landscape ? FK_PDF_A4_WIDTH : FK_PDF_A4_HEIGHT;
  double x = FK_PDF_MARGIN, top = FK_PDF_MARGIN;

  if (!page->title)
    draw_running (doc, page_index, page->orientation, cr, page_width, page_height);
  if (page->continued != G_MAXUINT)
    {
      FkPdfBlock *heading = g_ptr_array_index (doc->blocks, page->continued);

      show_layout (cr, g_ptr_array_index (heading->layouts, 1), fk_pdf_heading_font (heading->level), x, top);
    }
  /* Within the text area: a table row taller than a page is cut off
   * rather than drawn over the footer. */
  cairo_save (cr);
  cairo_rectangle (cr, x - 2, top - 2, page_width - 2 * FK_PDF_MARGIN + 4, page_height - 2 * FK_PDF_MARGIN + 4);
  cairo_clip (cr);
  for (guint i = 0; i < page->placed->len; i++)
    {
      FkPdfPlaced *placed = &g_array_index (page->placed, FkPdfPlaced, i);
      FkPdfBlock *block = g_ptr_array_index (doc->blocks, placed->block);
      FkPdfPiece *piece = &g_array_index (block->pieces, FkPdfPiece, placed->piece);
      double y = top + piece->y;

      switch (block->kind)
        {
        case FK_PDF_BLOCK_TITLE_PAGE:
          draw_title_page (doc, block, cr, x, y);
          break;
        case FK_PDF_BLOCK_HEADING:
          draw_heading (doc, placed->block, block, surface, cr, x, y, outline);
          break;
        case FK_PDF_BLOCK_PARAGRAPH:
          draw_paragraph_lines (block, piece, cr, x, y);
          break;
        case FK_PDF_BLOCK_LIST:
          draw_list_items (block, piece, cr, x, y);
          break;
        case FK_PDF_BLOCK_TABLE:
          fk_pdf_table_draw_piece (doc, block, piece, cr, x, y);
          break;
        case FK_PDF_BLOCK_FIGURE:
          draw_figure (block, cr, x, y);
          break;
        case FK_PDF_BLOCK_TOC:
          draw_toc (doc, placed->block, block, piece, surface, cr, x, y);
          break;
        case FK_PDF_BLOCK_PAGE_BREAK:
        default:
          break;
        }
    }
  cairo_restore (cr);
}
