/* fk-annex-heatmaps.c — the annex's heatmaps: current level, target
 * level, gap, sustainability risk and the area overview, drawn by the
 * heatmap's own code (fk-heatmap.h) on landscape pages
 *
 * A heatmap is scaled down to fit a page, but never so far that its
 * text falls below FK_ANNEX_MIN_FONT points: a larger one is cut into
 * page-sized parts (fk_heatmap_layout_split()), each with the row and
 * column labels of its cells, the legend and a caption saying which
 * rows and columns it shows.
 *
 * When the municipalities do not fit across one page with numbers in
 * their cells (fk_annex_heatmaps_are_compact()), a row runs over several
 * pages and nobody reads its numbers across them: the heatmaps are then
 * compact, colours without numbers in smaller cells, and without the
 * summary columns that are text (range, counts). The numbers are in the
 * data annex (XLSX); the captions and the method chapter say so.
 */
#define G_LOG_DOMAIN "fk-annex-heatmaps"
#include "config.h"
#include "fk-annex-private.h"
#include "fk-heatmap.h"

#include "fk-i18n.h"

/* The smallest text a heatmap is scaled to, in points: its names, and
 * the numbers in its cells (which the layout may set smaller than the
 * names where the widest would not fit its cell). */
#define FK_ANNEX_MIN_FONT 8.0
#define FK_ANNEX_MIN_CELL_FONT 7.0
/* Cells a little smaller than the app's for the same text, so that more
 * rows fit a page at the smallest text. */
#define HEATMAP_CELL_SIZE         32.0
#define HEATMAP_SIGNED_CELL_SIZE  38.0
#define HEATMAP_FONT_SIZE         16.0   /* the layout's text, before scaling */
/* Compact: a cell only as large as the names beside and over it need
 * (a line of 16 px text is about 19 px), the legend's labels under its
 * swatches (0.85 of the names) at no less than FK_ANNEX_MIN_FONT: cells
 * of about 12 pt with names of 9.4 pt on paper. */
#define HEATMAP_COMPACT_CELL_SIZE 20.0
#define HEATMAP_COMPACT_LEGEND    0.85
/* Room on a heatmap's page for its heading and the caption under it. */
#define HEATMAP_PAGE_RESERVE  50.0

/* A layout shared by the figures of its parts, freed with the last. */
typedef struct {
  FkHeatmapLayout *layout;
} SharedLayout;

static void
shared_layout_clear (gpointer data)
{
  SharedLayout *shared = data;

  fk_heatmap_layout_free (shared->layout);
}

typedef struct {
  SharedLayout  *shared;
  FkHeatmapPart  part;
  double         scale;
} PartFigure;

static void
part_figure_free (gpointer data)
{
  PartFigure *figure = data;

  g_atomic_rc_box_release_full (figure->shared, shared_layout_clear);
  g_free (figure);
}

static void
draw_part (cairo_t  *cr,
           gpointer  data)
{
  PartFigure *figure = data;

  cairo_scale (cr, figure->scale, figure->scale);
  fk_heatmap_draw_part (figure->shared->layout, &figure->part, cr);
}

/* How many of the grid's columns before @end are municipalities, and
 * the first of those from @start (1-based, 0 for none). */
static guint
count_municipality_columns (const FkHeatmapLayout *layout,
                            guint                  start,
                            guint                  end,
                            guint                 *first)
{
  guint n = 0;

  *first = 0;
  for (guint c = 0; c < end; c++)
    if (g_array_index (layout->columns, FkHeatmapColumn, c).kind == FK_HEATMAP_COLUMN_MUNICIPALITY)
      {
        n++;
        if (c >= start && *first == 0)
          *first = n;
      }
  return n;
}

/* "Part 2 of 6: rows 21–40 of 44, municipalities 1–14 of 14." */
static char *
describe_part (const FkHeatmapLayout *layout,
               const FkHeatmapPart   *part,
               guint                  index,
               guint                  n_parts)
{
  guint n_rows = layout->rows->len, first_muni, last_muni, n_muni;
  guint first_row = part->row0 + 1, last_row = part->row0 + part->n_rows;

  n_muni = count_municipality_columns (layout, 0, layout->columns->len, &first_muni);
  count_municipality_columns (layout, part->col0, part->col0 + part->n_cols, &first_muni);
  last_muni = count_municipality_columns (layout, 0, part->col0 + part->n_cols, &(guint) { 0 });
  if (first_muni == 0)
    /* Translators: a caption under a part of a large heatmap that shows
     * only the summary columns (mean, median, …) at its right edge */
    return g_strdup_printf (_("Part %u of %u: rows %u–%u of %u, the summary columns."),
                            index, n_parts, first_row, last_row, n_rows);
  /* Translators: a caption under a part of a large heatmap; rows are
   * capabilities (and the mean row), columns municipalities */
  return g_strdup_printf (_("Part %u of %u: rows %u–%u of %u, municipalities %u–%u of %u."),
                          index, n_parts, first_row, last_row, n_rows, first_muni, last_muni, n_muni);
}

/* What a part shows (@about, nullable), which part it is when there
 * are several, and that a compact one is colours only; NULL for nothing
 * to say. */
static char *
part_caption (const FkHeatmapLayout *layout,
              const FkHeatmapPart   *part,
              guint                  index,
              guint                  n_parts,
              const char            *about,
              gboolean               compact)
{
  g_autofree char *caption = about != NULL ? g_strdup (about) : NULL;

  if (n_parts > 1)
    {
      g_autofree char *which = describe_part (layout, part, index, n_parts);
      g_autofree char *shown = g_steal_pointer (&caption);

      /* Translators: a heatmap's caption: what it shows, then which part of it this is */
      caption = shown != NULL ? g_strdup_printf (_("%s %s"), shown, which) : g_steal_pointer (&which);
    }
  if (compact)
    {
      g_autofree char *shown = g_steal_pointer (&caption);
      /* Translators: under a compact heatmap (see "How to read the heatmaps") */
      const char *colours = _("Colours only: the numbers are in the data annex (XLSX).");

      /* Translators: a heatmap's caption: what it shows, then that it is colours only */
      caption = shown != NULL ? g_strdup_printf (_("%s %s"), shown, colours) : g_strdup (colours);
    }
  return g_steal_pointer (&caption);
}

static void
options_init (FkAnnexInput     *input,
              FkHeatmapOptions *options,
              FkMeasure         measure,
              FkHeatmapGrid     grid,
              gboolean          compact)
{
  fk_heatmap_options_init (options);
  options->anonymizer = input->anon;
  options->grid = grid;
  if (compact)
    {
      options->show_numbers = FALSE;
      options->cell_size = HEATMAP_COMPACT_CELL_SIZE;
      /* The summaries that are colours; range and counts are text. */
      options->aggregates = FK_HEATMAP_AGGREGATE_MEAN | FK_HEATMAP_AGGREGATE_MEDIAN |
                            FK_HEATMAP_AGGREGATE_ROW_MEAN;
    }
  else
    /* Signed numbers ("+1,5") need wider cells for the same text. */
    options->cell_size = fk_measure_get_min (measure) < 0 ? HEATMAP_SIGNED_CELL_SIZE : HEATMAP_CELL_SIZE;
  options->font_scale = HEATMAP_FONT_SIZE / (options->cell_size * 0.4);
}

/* The scale of @layout on the page: down to fit (@cw × @ch), but no
 * text below its smallest readable size. */
static double
page_scale (const FkHeatmapLayout *layout,
            gboolean               compact,
            double                 cw,
            double                 ch)
{
  double cell_font = layout->cell_font_size > 0 ? layout->cell_font_size : layout->font_size;
  double scale = MIN (1.0, MIN (cw / layout->width, ch / layout->height));

  if (compact)
    return MIN (1.0, MAX (scale, FK_ANNEX_MIN_FONT / (HEATMAP_COMPACT_LEGEND * layout->font_size)));
  scale = MAX (scale, FK_ANNEX_MIN_FONT / layout->font_size);
  return MIN (1.0, MAX (scale, FK_ANNEX_MIN_CELL_FONT / cell_font));
}

gboolean
fk_annex_heatmaps_are_compact (const FkAnnexInput *input)
{
  FkHeatmapOptions options;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  g_autoptr(GArray) parts = NULL;
  double cw, ch, scale;

  if (input->heatmaps != FK_ANNEX_HEATMAPS_AUTO)
    return input->heatmaps == FK_ANNEX_HEATMAPS_COMPACT;
  /* The gap: signed numbers, the widest cells of the four. */
  options_init ((FkAnnexInput *) input, &options, FK_MEASURE_GAP, FK_HEATMAP_GRID_CAPABILITIES, FALSE);
  layout = fk_heatmap_layout_new (input->snapshot, FK_MEASURE_GAP, FK_PALETTE_DEFAULT, input->language, &options);
  if (layout == NULL)
    return FALSE;
  fk_pdf_document_get_content_size (FK_PDF_LANDSCAPE, &cw, &ch);
  ch -= HEATMAP_PAGE_RESERVE;
  scale = page_scale (layout, FALSE, cw, ch);
  parts = fk_heatmap_layout_split (layout, cw / scale, ch / scale);
  for (guint i = 0; i < parts->len; i++)
    if (g_array_index (parts, FkHeatmapPart, i).col0 > 0)
      return TRUE;
  return FALSE;
}

static void
add_heatmap (FkAnnexInput    *input,
             FkPdfDocument   *doc,
             const char      *heading,
             const char      *about,      /* nullable: no caption */
             FkMeasure        measure,
             FkHeatmapGrid    grid,
             gboolean         compact,
             gboolean         new_page,
             double           reserve)
{
  FkHeatmapOptions options;
  SharedLayout *shared;
  g_autoptr(GArray) parts = NULL;
  double cw, ch, scale;
  FkHeatmapLayout *layout;

  options_init (input, &options, measure, grid, compact);
  layout = fk_heatmap_layout_new (input->snapshot, measure, FK_PALETTE_DEFAULT, input->language, &options);
  if (layout == NULL)
    return;
  shared = g_atomic_rc_box_new0 (SharedLayout);
  shared->layout = layout;

  fk_pdf_document_get_content_size (FK_PDF_LANDSCAPE, &cw, &ch);
  ch -= reserve;
  scale = page_scale (layout, compact, cw, ch);
  parts = fk_heatmap_layout_split (layout, cw / scale, ch / scale);

  for (guint i = 0; i < parts->len; i++)
    {
      PartFigure *figure = g_new0 (PartFigure, 1);
      g_autofree char *caption = NULL;

      figure->shared = g_atomic_rc_box_acquire (shared);
      figure->part = g_array_index (parts, FkHeatmapPart, i);
      figure->scale = scale;
      if (i > 0 || new_page)
        fk_pdf_document_add_page_break (doc, FK_PDF_LANDSCAPE);
      /* The figure right under its heading: the engine scales it down
       * rather than leave the heading alone on a page. */
      if (i == 0)
        fk_pdf_document_add_heading (doc, 2, heading);
      fk_pdf_document_add_figure (doc, figure->part.width * scale, figure->part.height * scale,
                                  draw_part, figure, part_figure_free);
      caption = part_caption (layout, &figure->part, i + 1, parts->len, about, compact);
      if (caption != NULL)
        fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_CAPTION, caption);
    }
  g_atomic_rc_box_release_full (shared, shared_layout_clear);
}

void
fk_annex_add_heatmaps (FkAnnexInput  *input,
                       FkPdfDocument *doc)
{
  gboolean compact = fk_annex_heatmaps_are_compact (input);

  fk_pdf_document_add_page_break (doc, FK_PDF_LANDSCAPE);
  fk_pdf_document_add_heading (doc, 1, _("Heatmaps"));
  /* The overview first, right under the chapter's heading: it is small.
   * How to read the heatmaps is told in the method chapter, so that
   * nothing comes between the headings and the figure. */
  /* No caption under it: the figure fills the page under the two
   * headings; the method chapter says what it shows. */
  add_heatmap (input, doc, _("Area overview"), NULL,
               FK_MEASURE_CURRENT, FK_HEATMAP_GRID_AREAS, compact, FALSE,
               HEATMAP_PAGE_RESERVE);
  add_heatmap (input, doc, fk_measure_get_label (FK_MEASURE_CURRENT),
               _("The level each municipality has reached today, 0–5."),
               FK_MEASURE_CURRENT, FK_HEATMAP_GRID_CAPABILITIES, compact, TRUE, HEATMAP_PAGE_RESERVE);
  add_heatmap (input, doc, fk_measure_get_label (FK_MEASURE_TARGET),
               _("The level each municipality aims for, 0–5."),
               FK_MEASURE_TARGET, FK_HEATMAP_GRID_CAPABILITIES, compact, TRUE, HEATMAP_PAGE_RESERVE);
  add_heatmap (input, doc, fk_measure_get_label (FK_MEASURE_GAP),
               _("The distance from the current level to the target level."),
               FK_MEASURE_GAP, FK_HEATMAP_GRID_CAPABILITIES, compact, TRUE, HEATMAP_PAGE_RESERVE);
  add_heatmap (input, doc, fk_measure_get_label (FK_MEASURE_RISK),
               _("Whether the municipality can sustain the capability alone, and whether it depends on a key person: 0 no risk, 3 the highest."),
               FK_MEASURE_RISK, FK_HEATMAP_GRID_CAPABILITIES, compact, TRUE, HEATMAP_PAGE_RESERVE);
}
