/* fk-pdf-measure.c — a block measured for a text width: the units pages are cut between */
#define G_LOG_DOMAIN "fk-pdf-measure"
#include "config.h"
#include "fk-pdf-private.h"

#include <math.h>

void
fk_pdf_block_clear_measure (FkPdfBlock *block)
{
  g_clear_pointer (&block->units, g_array_unref);
  g_clear_pointer (&block->layouts, g_ptr_array_unref);
  g_clear_pointer (&block->baselines, g_array_unref);
  g_clear_pointer (&block->entries, g_array_unref);
  block->measured_width = 0;
  block->header_height = 0;
  block->continued_height = 0;
}

/* A table's empty cells have no layout. */
static void
unref_layout (gpointer layout)
{
  if (layout != NULL)
    g_object_unref (layout);
}

static void
add_unit (FkPdfBlock *block,
          double      height)
{
  g_array_append_val (block->units, height);
}

/* A paragraph is cut between its lines. */
static void
measure_paragraph (FkPdfDocument *doc,
                   FkPdfBlock    *block,
                   double         width)
{
  PangoLayout *layout = fk_pdf_layout_new (doc, (FkPdfFont) block->style, block->text,
                                           width, PANGO_ALIGN_LEFT);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double total = fk_pdf_layout_height (layout);
  double previous = 0;
  gboolean first = TRUE;

  g_ptr_array_add (block->layouts, layout);
  block->baselines = g_array_new (FALSE, FALSE, sizeof (double));
  do
    {
      int y0, y1;
      double top, baseline;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = (double) y0 / PANGO_SCALE;
      baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      if (!first)
        add_unit (block, top - previous);
      g_array_append_val (block->baselines, baseline);
      previous = top;
      first = FALSE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  add_unit (block, MAX (total - previous, 0));
  block->space_after = block->style == FK_PDF_TEXT_CAPTION ? 12 : 7;
}

static void
measure_list (FkPdfDocument *doc,
              FkPdfBlock    *block,
              double         width)
{
  guint n = g_strv_length (block->items);
  g_autofree char *widest = block->numbered ? g_strdup_printf ("%u.", MAX (n, 1)) : g_strdup ("•");
  PangoLayout *probe = fk_pdf_layout_new (doc, FK_PDF_FONT_BODY, widest, -1, PANGO_ALIGN_LEFT);
  double marker = ceil (fk_pdf_layout_width (probe));
  double indent = 12 + marker + FK_PDF_LIST_GAP;

  g_object_unref (probe);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *mark = block->numbered ? g_strdup_printf ("%u.", i + 1) : g_strdup ("•");
      PangoLayout *marker_layout = fk_pdf_layout_new (doc, FK_PDF_FONT_BODY, mark, marker, PANGO_ALIGN_RIGHT);
      PangoLayout *text = fk_pdf_layout_new (doc, FK_PDF_FONT_BODY, block->items[i],
                                             width - indent, PANGO_ALIGN_LEFT);

      g_ptr_array_add (block->layouts, marker_layout);
      g_ptr_array_add (block->layouts, text);
      add_unit (block, fk_pdf_layout_height (text) + 3);
    }
  block->space_after = 7;
}

/* The contents: its title, then an entry per heading of level 1 and 2,
 * with a page-number column of a fixed width, so that the numbers never
 * change the contents' height and one pagination is enough. */
static void
measure_toc (FkPdfDocument *doc,
             FkPdfBlock    *block,
             double         width)
{
  PangoLayout *title = fk_pdf_layout_new (doc, FK_PDF_FONT_H1, doc->toc_title, width, PANGO_ALIGN_LEFT);

  g_ptr_array_add (block->layouts, title);
  add_unit (block, fk_pdf_layout_height (title) + 14);
  block->entries = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      FkPdfBlock *heading = g_ptr_array_index (doc->blocks, i);
      double indent;
      PangoLayout *entry;

      if (heading->kind != FK_PDF_BLOCK_HEADING || heading->level > 2)
        continue;
      indent = heading->level == 2 ? FK_PDF_TOC_INDENT : 0;
      entry = fk_pdf_layout_new (doc, heading->level == 1 ? FK_PDF_FONT_EMPHASIS : FK_PDF_FONT_BODY,
                                 heading->text, width - indent - FK_PDF_TOC_NUMBER - 12,
                                 PANGO_ALIGN_LEFT);
      /* A little air before each chapter: after the entry above it. */
      if (heading->level == 1 && block->entries->len > 0)
        g_array_index (block->units, double, block->units->len - 1) += 6;
      g_array_append_val (block->entries, i);
      g_ptr_array_add (block->layouts, entry);
      add_unit (block, fk_pdf_layout_height (entry) + 2);
    }
  block->space_after = 0;
}

void
fk_pdf_block_measure (FkPdfDocument *doc,
                      FkPdfBlock    *block,
                      double         width,
                      double         height)
{
  if (block->measured_width == width)
    return;
  fk_pdf_block_clear_measure (block);
  block->measured_width = width;
  block->units = g_array_new (FALSE, FALSE, sizeof (double));
  block->layouts = g_ptr_array_new_with_free_func (unref_layout);
  block->space_before = 0;
  block->space_after = 0;

  switch (block->kind)
    {
    case FK_PDF_BLOCK_HEADING:
      {
        static const double before[] = { 0, 22, 16, 11 };
        static const double after[] = { 0, 9, 6, 4 };
        PangoLayout *layout = fk_pdf_layout_new (doc, fk_pdf_heading_font (block->level), block->text,
                                                 width, PANGO_ALIGN_LEFT);

        g_ptr_array_add (block->layouts, layout);
        add_unit (block, fk_pdf_layout_height (layout));
        block->space_before = before[block->level];
        block->space_after = after[block->level];
        if (block->repeated)
          {
            g_autofree char *text = NULL;
            PangoLayout *continued;

            /* The format is the translation of "%s (continued)", made
             * with the document; msgfmt -c checks its placeholder. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
            text = g_strdup_printf (doc->continued_format, block->text);
#pragma GCC diagnostic pop
            continued = fk_pdf_layout_new (doc, fk_pdf_heading_font (block->level), text, width, PANGO_ALIGN_LEFT);
            block->continued_height = fk_pdf_layout_height (continued) + block->space_after;
            g_ptr_array_add (block->layouts, continued);
          }
      }
      break;
    case FK_PDF_BLOCK_PARAGRAPH:
      measure_paragraph (doc, block, width);
      break;
    case FK_PDF_BLOCK_LIST:
      measure_list (doc, block, width);
      break;
    case FK_PDF_BLOCK_TABLE:
      fk_pdf_table_measure (doc, block, width);
      block->space_before = 6;
      block->space_after = 10;
      break;
    case FK_PDF_BLOCK_FIGURE:
      /* Down to the text area if larger, never up. */
      block->scale = MIN (1.0, MIN (width / block->width, height / block->height));
      block->shrink = 1.0;
      add_unit (block, block->height * block->scale);
      block->space_before = 4;
      block->space_after = 8;
      break;
    case FK_PDF_BLOCK_TOC:
      measure_toc (doc, block, width);
      break;
    case FK_PDF_BLOCK_TITLE_PAGE:
      add_unit (block, height);
      break;
    case FK_PDF_BLOCK_PAGE_BREAK:
    default:
      break;
    }
}

double
fk_pdf_block_unit (FkPdfBlock *block,
                   guint       unit)
{
  return g_array_index (block->units, double, unit);
}

double
fk_pdf_block_first_height (FkPdfBlock *block)
{
  guint n = block->units != NULL ? block->units->len : 0;
  guint together = (block->kind == FK_PDF_BLOCK_PARAGRAPH || block->kind == FK_PDF_BLOCK_TOC) ? 2 : 1;
  double height = block->header_height;

  for (guint i = 0; i < MIN (together, n); i++)
    height += fk_pdf_block_unit (block, i);
  return height;
}
