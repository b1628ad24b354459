/* fk-pdf-table.c — a table of the PDF document: columns, rows cut between pages, its header repeated */
#define G_LOG_DOMAIN "fk-pdf-table"
#include "config.h"
#include "fk-pdf-private.h"

#include <math.h>

#define HEADER_FILL   0xe2e8ee
#define STRIPE_FILL   0xf3f5f7
#define RULE          0xc9d0d7
#define HEADER_RULE   0x7d8a96
/* A measured column takes at most this share of the text width. */
#define MAX_MEASURED  0.4

FkPdfTable *
fk_pdf_table_new (guint n_columns)
{
  FkPdfTable *table = g_new0 (FkPdfTable, 1);

  g_return_val_if_fail (n_columns >= 1, NULL);

  table->n_columns = n_columns;
  table->headers = g_new0 (char *, n_columns + 1);
  table->shares = g_new0 (double, n_columns);
  table->aligns = g_new0 (FkPdfAlign, n_columns);
  table->widths = g_new0 (double, n_columns);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  table->fills = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  return table;
}

void
fk_pdf_table_free (FkPdfTable *table)
{
  if (table == NULL)
    return;
  g_strfreev (table->headers);
  g_free (table->shares);
  g_free (table->aligns);
  g_free (table->widths);
  g_ptr_array_unref (table->rows);
  g_hash_table_unref (table->fills);
  g_free (table);
}

void
fk_pdf_table_set_column (FkPdfTable  *table,
                         guint        column,
                         const char  *header,
                         double       share,
                         FkPdfAlign   align)
{
  g_return_if_fail (column < table->n_columns);

  g_free (table->headers[column]);
  table->headers[column] = g_strdup (header != NULL ? header : "");
  table->shares[column] = MAX (share, 0);
  table->aligns[column] = align;
}

guint
fk_pdf_table_add_row (FkPdfTable         *table,
                      const char * const *cells)
{
  char **row = g_new0 (char *, table->n_columns + 1);

  for (guint i = 0; i < table->n_columns; i++)
    row[i] = g_strdup (cells != NULL && cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
  return table->rows->len - 1;
}

void
fk_pdf_table_set_striped (FkPdfTable *table,
                          gboolean    striped)
{
  table->striped = striped;
}

void
fk_pdf_table_set_cell_fill (FkPdfTable *table,
                            guint       row,
                            guint       column,
                            double      red,
                            double      green,
                            double      blue)
{
  double *rgb = g_new (double, 3);

  g_return_if_fail (column < table->n_columns);

  rgb[0] = red;
  rgb[1] = green;
  rgb[2] = blue;
  g_hash_table_insert (table->fills, GUINT_TO_POINTER (row * table->n_columns + column), rgb);
}

gboolean
fk_pdf_table_has_header (FkPdfTable *table)
{
  for (guint c = 0; c < table->n_columns; c++)
    if (table->headers[c] != NULL && table->headers[c][0] != '\0')
      return TRUE;
  return FALSE;
}

static double
inner_width (FkPdfTable *table,
             guint       column)
{
  return MAX (table->widths[column] - 2 * FK_PDF_CELL_PAD_X, 1);
}

/* Measured columns as wide as their widest text (up to MAX_MEASURED of
 * @width), the others sharing what is left in proportion to their
 * shares; all scaled down together if that is still too wide.
 * @natural: the widest unwrapped text of each column. */
static void
set_column_widths (FkPdfTable   *table,
                   const double *natural,
                   double        width)
{
  double measured = 0, shares = 0, sum = 0;

  for (guint c = 0; c < table->n_columns; c++)
    {
      if (table->shares[c] > 0)
        {
          shares += table->shares[c];
          continue;
        }
      table->widths[c] = MIN (ceil (natural[c]) + 2 * FK_PDF_CELL_PAD_X, MAX_MEASURED * width);
      measured += table->widths[c];
    }
  for (guint c = 0; c < table->n_columns; c++)
    if (table->shares[c] > 0)
      table->widths[c] = MAX (width - measured, 0.3 * width) * table->shares[c] / shares;
  for (guint c = 0; c < table->n_columns; c++)
    sum += table->widths[c];
  if (sum > width)
    for (guint c = 0; c < table->n_columns; c++)
      table->widths[c] *= width / sum;
}

static PangoAlignment
pango_align (FkPdfAlign align)
{
  switch (align)
    {
    case FK_PDF_ALIGN_CENTER:
      return PANGO_ALIGN_CENTER;
    case FK_PDF_ALIGN_END:
      return PANGO_ALIGN_RIGHT;
    case FK_PDF_ALIGN_START:
    default:
      return PANGO_ALIGN_LEFT;
    }
}

/* A cell's layout (NULL for an empty cell), each text shaped once: in
 * a column with a share, at the column's width, wrapped (its width is
 * known before any text is measured); in a measured column unwrapped,
 * its width noted in @natural, and wrapped later (fit_cell) only if it
 * turns out wider than its column. */
static PangoLayout *
cell_layout (FkPdfDocument *doc,
             FkPdfTable    *table,
             guint          column,
             FkPdfFont      font,
             const char    *text,
             double        *natural)
{
  PangoLayout *layout;

  if (text == NULL || text[0] == '\0')
    return NULL;
  if (table->shares[column] > 0)
    return fk_pdf_layout_new (doc, font, text, inner_width (table, column),
                              pango_align (table->aligns[column]));
  layout = fk_pdf_layout_new (doc, font, text, -1, PANGO_ALIGN_LEFT);
  *natural = MAX (*natural, fk_pdf_layout_width (layout));
  return layout;
}

static double
fit_cell (FkPdfTable  *table,
          PangoLayout *layout,
          guint        column)
{
  if (layout == NULL)
    return 0;
  if (pango_layout_get_width (layout) < 0 && fk_pdf_layout_width (layout) > inner_width (table, column))
    {
      pango_layout_set_width (layout, (int) (inner_width (table, column) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (layout, pango_align (table->aligns[column]));
    }
  return fk_pdf_layout_height (layout);
}

/* The layouts of the cells of @texts (a row, or the header) in
 * @columns' kind (measured or with a share), into @layouts from @first. */
static void
add_cell_layouts (FkPdfDocument *doc,
                  FkPdfTable    *table,
                  GPtrArray     *layouts,
                  guint          first,
                  char         **texts,
                  FkPdfFont      font,
                  gboolean       shared,
                  double        *natural)
{
  for (guint c = 0; c < table->n_columns; c++)
    if ((table->shares[c] > 0) == shared)
      layouts->pdata[first + c] = cell_layout (doc, table, c, font, texts[c], &natural[c]);
}

/* One layout per header cell (when there is a header), then one per
 * cell, row by row (NULL where empty); a unit per row. The measured
 * columns first, which set the widths of the others. */
void
fk_pdf_table_measure (FkPdfDocument *doc,
                      FkPdfBlock    *block,
                      double         width)
{
  FkPdfTable *table = block->table;
  guint n = table->n_columns;
  g_autofree double *natural = g_new0 (double, n);
  gboolean header = fk_pdf_table_has_header (table);
  guint first_row = header ? n : 0;
  double height;

  g_ptr_array_set_size (block->layouts, first_row + table->rows->len * n);
  for (int shared = FALSE; shared <= TRUE; shared++)
    {
      if (shared)
        set_column_widths (table, natural, width);
      if (header)
        add_cell_layouts (doc, table, block->layouts, 0, table->headers, FK_PDF_FONT_TABLE_HEADER,
                          shared, natural);
      for (guint r = 0; r < table->rows->len; r++)
        add_cell_layouts (doc, table, block->layouts, first_row + r * n, g_ptr_array_index (table->rows, r),
                          FK_PDF_FONT_TABLE, shared, natural);
    }

  if (header)
    {
      height = 0;
      for (guint c = 0; c < n; c++)
        height = MAX (height, fit_cell (table, g_ptr_array_index (block->layouts, c), c));
      block->header_height = height + 2 * FK_PDF_CELL_PAD_Y + 1;
    }
  for (guint r = 0; r < table->rows->len; r++)
    {
      guint first = first_row + r * n;
      PangoLayout *probe = NULL;

      height = 0;
      for (guint c = 0; c < n; c++)
        height = MAX (height, fit_cell (table, g_ptr_array_index (block->layouts, first + c), c));
      /* An empty row keeps the height of a line. */
      if (height == 0)
        {
          probe = fk_pdf_layout_new (doc, FK_PDF_FONT_TABLE, " ", -1, PANGO_ALIGN_LEFT);
          height = fk_pdf_layout_height (probe);
          g_object_unref (probe);
        }
      height += 2 * FK_PDF_CELL_PAD_Y;
      g_array_append_val (block->units, height);
    }
}

static void
draw_cells (cairo_t     *cr,
            FkPdfTable  *table,
            GPtrArray   *layouts,
            guint        first_layout,
            double       x,
            double       y,
            FkPdfFont    font)
{
  double rgb[3];

  fk_pdf_font_color (font, rgb);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  for (guint c = 0; c < table->n_columns; c++)
    {
      PangoLayout *layout = g_ptr_array_index (layouts, first_layout + c);

      if (layout != NULL)
        {
          double offset = 0;

          /* An unwrapped text is aligned here; a wrapped one by pango. */
          if (pango_layout_get_width (layout) < 0)
            {
              double room = inner_width (table, c) - fk_pdf_layout_width (layout);

              if (table->aligns[c] == FK_PDF_ALIGN_END)
                offset = room;
              else if (table->aligns[c] == FK_PDF_ALIGN_CENTER)
                offset = room / 2;
            }
          cairo_move_to (cr, x + FK_PDF_CELL_PAD_X + offset, y + FK_PDF_CELL_PAD_Y);
          pango_cairo_show_layout (cr, layout);
        }
      x += table->widths[c];
    }
}

void
fk_pdf_table_draw_piece (FkPdfDocument    *doc,
                         FkPdfBlock       *block,
                         const FkPdfPiece *piece,
                         cairo_t          *cr,
                         double            x,
                         double            y)
{
  FkPdfTable *table = block->table;
  guint n = table->n_columns;
  guint header_layouts = block->header_height > 0 ? n : 0;
  double width = 0;

  for (guint c = 0; c < n; c++)
    width += table->widths[c];

  cairo_save (cr);
  cairo_set_line_width (cr, 0.5);
  if (header_layouts > 0)
    {
      fk_pdf_set_rgb (cr, HEADER_FILL);
      cairo_rectangle (cr, x, y, width, block->header_height);
      cairo_fill (cr);
      draw_cells (cr, table, block->layouts, 0, x, y, FK_PDF_FONT_TABLE_HEADER);
      fk_pdf_set_rgb (cr, HEADER_RULE);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, x, y + block->header_height - 0.5);
      cairo_rel_line_to (cr, width, 0);
      cairo_stroke (cr);
      cairo_set_line_width (cr, 0.5);
      y += block->header_height;
    }
  for (guint r = piece->first; r < piece->first + piece->n; r++)
    {
      double height = fk_pdf_block_unit (block, r);
      double cx = x;

      if (table->striped && r % 2 == 1)
        {
          fk_pdf_set_rgb (cr, STRIPE_FILL);
          cairo_rectangle (cr, x, y, width, height);
          cairo_fill (cr);
        }
      for (guint c = 0; c < n; c++)
        {
          double *rgb = g_hash_table_lookup (table->fills, GUINT_TO_POINTER (r * n + c));

          if (rgb != NULL)
            {
              cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
              cairo_rectangle (cr, cx, y, table->widths[c], height);
              cairo_fill (cr);
            }
          cx += table->widths[c];
        }
      draw_cells (cr, table, block->layouts, header_layouts + r * n, x, y, FK_PDF_FONT_TABLE);
      fk_pdf_set_rgb (cr, RULE);
      cairo_move_to (cr, x, y + height - 0.25);
      cairo_rel_line_to (cr, width, 0);
      cairo_stroke (cr);
      y += height;
    }
  cairo_restore (cr);
}
