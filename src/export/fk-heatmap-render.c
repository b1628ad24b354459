/* fk-heatmap-render.c — replays the heatmap display list with cairo and
 * writes it to PNG, SVG and PDF files (fk_export_write_figure())
 */
#define G_LOG_DOMAIN "fk-heatmap-render"
#include "config.h"
#include "fk-heatmap.h"
#include "fk-heatmap-private.h"
#include "fk-export-file.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

/* Outline of "not assessed" and hatch of "not applicable": #595959 keeps
 * 7:1 against white, so both marks show on a projector and in print. */
static const double mark_grey[3] = { 0x59 / 255.0, 0x59 / 255.0, 0x59 / 255.0 };

gboolean
fk_heatmap_format_from_string (const char      *name,
                               FkHeatmapFormat *format)
{
  return fk_export_format_from_string (name, format);
}

/* What one fk_heatmap_draw shares: one pango context for @cr (made once,
 * not per text: the context is what a text costs most to set up), each
 * distinct text of a cell or swatch laid out once (a grid repeats a few
 * dozen numbers thousands of times), and the extents of the clip,
 * outside which nothing is drawn (a view draws the part in sight). */
typedef struct {
  cairo_t      *cr;
  PangoContext *context;
  GHashTable   *numbers;   /* text → Shaped, at font_size, regular */
  double        font_size;
  double        x0, y0, x1, y1;
  gboolean      vector;    /* a PDF, SVG or PS file: fills are grouped by colour */
} Painter;

typedef struct {
  PangoLayout *layout;
  int          w, h;
} Shaped;

static void
shaped_free (gpointer data)
{
  Shaped *shaped = data;

  g_object_unref (shaped->layout);
  g_free (shaped);
}

static void
painter_init (Painter *p,
              cairo_t *cr,
              double   font_size)
{
  p->cr = cr;
  /* Made for the transformation of @cr now: texts are laid out before
   * any translation or rotation of their own, as pango_cairo_create_context
   * per text did. */
  p->context = pango_cairo_create_context (cr);
  p->numbers = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, shaped_free);
  p->font_size = font_size;
  cairo_clip_extents (cr, &p->x0, &p->y0, &p->x1, &p->y1);
  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_SVG:
    case CAIRO_SURFACE_TYPE_PS:
      p->vector = TRUE;
      break;
    default:
      p->vector = FALSE;
      break;
    }
}

static void
painter_clear (Painter *p)
{
  g_clear_pointer (&p->numbers, g_hash_table_unref);
  g_clear_object (&p->context);
}

/* Whether the box (@x, @y, @w, @h) grown by @margin on every side
 * reaches into the clip. */
static gboolean
painter_sees (const Painter *p,
              double         x,
              double         y,
              double         w,
              double         h,
              double         margin)
{
  return x - margin < p->x1 && x + w + margin > p->x0 &&
         y - margin < p->y1 && y + h + margin > p->y0;
}

/* @text laid out at the body size, once per distinct text and draw.
 * The table's keys are the layouts' own copies of the texts. */
static const Shaped *
painter_number (Painter    *p,
                const char *text)
{
  Shaped *shaped = g_hash_table_lookup (p->numbers, text);

  if (shaped == NULL)
    {
      shaped = g_new0 (Shaped, 1);
      shaped->layout = fk_heatmap_text_layout (p->context, text, p->font_size, FALSE);
      pango_layout_get_pixel_size (shaped->layout, &shaped->w, &shaped->h);
      g_hash_table_insert (p->numbers, (gpointer) pango_layout_get_text (shaped->layout), shaped);
    }
  return shaped;
}

/* One line, ellipsized to the box's length, vertically centred in it. */
static void
draw_label (Painter              *p,
            const FkHeatmapLabel *label,
            PangoAlignment        align)
{
  cairo_t *cr = p->cr;
  g_autoptr(PangoLayout) layout = NULL;
  int w, h;

  if (label->text == NULL || *label->text == '\0')
    return;
  /* The box, turned with the text when rotated (it then lies above y),
   * with room for ink beyond it. */
  if (label->angle != 0
      ? !painter_sees (p, label->x, label->y - label->w, label->h, label->w, label->font_size)
      : !painter_sees (p, label->x, label->y, label->w, label->h, label->font_size))
    return;
  layout = fk_heatmap_text_layout (p->context, label->text, label->font_size, label->bold);
  pango_layout_set_width (layout, MAX (label->w, 1) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  if (label->max_lines > 1)
    {
      /* Wrapped at spaces onto at most max_lines, then ellipsized. */
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_height (layout, -label->max_lines);
      pango_layout_set_spacing (layout, 0);
    }
  pango_layout_set_alignment (layout, align);
  pango_layout_get_pixel_size (layout, &w, &h);

  cairo_save (cr);
  cairo_translate (cr, label->x, label->y);
  if (label->angle != 0)
    {
      /* The box is below its origin once turned: text runs upwards from y. */
      cairo_rotate (cr, label->angle);
      cairo_move_to (cr, 0, (label->h - h) / 2);
    }
  else
    cairo_move_to (cr, 0, (label->h - h) / 2);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
  cairo_restore (cr);
}

static void
draw_cell_shape (cairo_t           *cr,
                 FkHeatmapCellKind  kind,
                 const double       rgb[3],
                 double             x,
                 double             y,
                 double             w,
                 double             h)
{
  switch (kind)
    {
    case FK_HEATMAP_CELL_VALUE:
    case FK_HEATMAP_CELL_TEXT:
    case FK_HEATMAP_CELL_UNCHANGED:   /* its "=" is its text */
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      cairo_rectangle (cr, x, y, w, h);
      cairo_fill (cr);
      break;

    case FK_HEATMAP_CELL_NEWLY_ASSESSED:
    case FK_HEATMAP_CELL_NO_LONGER_ASSESSED:
      /* The outline of "not assessed" with a dot (something came) or a
       * ring (something went) in the middle. */
      cairo_set_source_rgb (cr, mark_grey[0], mark_grey[1], mark_grey[2]);
      cairo_set_line_width (cr, 1);
      cairo_rectangle (cr, x + 0.5, y + 0.5, w - 1, h - 1);
      cairo_stroke (cr);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x + w / 2, y + h / 2, MIN (w, h) * 0.2, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 0.15, 0.15, 0.15);
      if (kind == FK_HEATMAP_CELL_NEWLY_ASSESSED)
        cairo_fill (cr);
      else
        {
          cairo_set_line_width (cr, MAX (1.5, MIN (w, h) / 14));
          cairo_stroke (cr);
        }
      break;

    case FK_HEATMAP_CELL_NOT_ASSESSED:
      /* Empty, with a thin outline. */
      cairo_set_source_rgb (cr, mark_grey[0], mark_grey[1], mark_grey[2]);
      cairo_set_line_width (cr, 1);
      cairo_rectangle (cr, x + 0.5, y + 0.5, w - 1, h - 1);
      cairo_stroke (cr);
      break;

    case FK_HEATMAP_CELL_NOT_APPLICABLE:
    default:
      /* Diagonal hatch, clipped to the cell, and the same thin outline. */
      cairo_save (cr);
      cairo_rectangle (cr, x, y, w, h);
      cairo_clip (cr);
      cairo_set_source_rgb (cr, mark_grey[0], mark_grey[1], mark_grey[2]);
      cairo_set_line_width (cr, MAX (1.0, w / 24));
      for (double d = -h; d < w; d += MAX (w / 5, 4))
        {
          cairo_move_to (cr, x + d, y + h);
          cairo_line_to (cr, x + d + h, y);
        }
      cairo_stroke (cr);
      cairo_restore (cr);
      cairo_set_source_rgb (cr, mark_grey[0], mark_grey[1], mark_grey[2]);
      cairo_set_line_width (cr, 1);
      cairo_rectangle (cr, x + 0.5, y + 0.5, w - 1, h - 1);
      cairo_stroke (cr);
      break;
    }
}

static void
draw_centred_text (Painter      *p,
                   const char   *text,
                   const double  rgb[3],
                   double        x,
                   double        y,
                   double        w,
                   double        h)
{
  const Shaped *shaped;

  if (text == NULL || *text == '\0')
    return;
  shaped = painter_number (p, text);
  cairo_set_source_rgb (p->cr, rgb[0], rgb[1], rgb[2]);
  cairo_move_to (p->cr, x + (w - shaped->w) / 2, y + (h - shaped->h) / 2);
  pango_cairo_show_layout (p->cr, shaped->layout);
  cairo_new_path (p->cr);
}

/* The target overlay: a tick at each side of the cell, black with a
 * white edge, at the height of @target on the measure's scale (bottom:
 * the lowest level, top: the highest), visible on every colour and
 * clear of the number in the middle. */
static void
draw_target_notch (cairo_t   *cr,
                   FkMeasure  measure,
                   double     target,
                   double     x,
                   double     y,
                   double     w,
                   double     h)
{
  double min = fk_measure_get_min (measure), max = fk_measure_get_max (measure);
  double bar_h = MAX (3, h / 10), bar_w = MAX (4, w * 0.22);
  double cy = y + h - (target - min) / (max - min) * h;

  cy = CLAMP (cy, y + bar_h / 2 + 1.5, y + h - bar_h / 2 - 1.5);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, cy - bar_h / 2 - 1.5, bar_w + 1.5, bar_h + 3);
  cairo_rectangle (cr, x + w - bar_w - 1.5, cy - bar_h / 2 - 1.5, bar_w + 1.5, bar_h + 3);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_rectangle (cr, x, cy - bar_h / 2, bar_w, bar_h);
  cairo_rectangle (cr, x + w - bar_w, cy - bar_h / 2, bar_w, bar_h);
  cairo_fill (cr);
}

/* The sustain overlay: a thick dashed outline, black dashes on white, just
 * inside the cell; unlike the thin grey outline of "not assessed". */
static void
draw_sustain_outline (cairo_t *cr,
                      double   x,
                      double   y,
                      double   w,
                      double   h)
{
  double lw = MAX (3, w / 12);
  double dash[] = { lw * 1.5, lw };

  cairo_save (cr);
  cairo_set_line_width (cr, lw);
  cairo_rectangle (cr, x + lw / 2, y + lw / 2, w - lw, h - lw);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_stroke_preserve (cr);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* How far a cell's or a swatch's drawing may reach beyond its box: a
 * centred text wider than the box (no glyph here is wider than a font
 * size, and a byte is at most a glyph); nothing else leaves the box. */
static double
text_margin (const char *text,
             double      font_size)
{
  return text == NULL || *text == '\0' ? 0 : MAX (1.0, strlen (text) / 2.0) * font_size;
}

/* Whether a cell's shape is a plain fill of its colour. */
static gboolean
is_plain_fill (FkHeatmapCellKind kind)
{
  return kind == FK_HEATMAP_CELL_VALUE || kind == FK_HEATMAP_CELL_TEXT || kind == FK_HEATMAP_CELL_UNCHANGED;
}

static gboolean
cell_is_drawn (const Painter       *p,
               const FkHeatmapCell *c)
{
  /* An undefined one is blank space: no box, unlike "not assessed". */
  return painter_sees (p, c->x, c->y, c->w, c->h, text_margin (c->text, p->font_size)) &&
         fk_heatmap_cell_is_defined (c);
}

static int
compare_fill (gconstpointer a,
              gconstpointer b)
{
  const FkHeatmapCell *x = *(const FkHeatmapCell * const *) a;
  const FkHeatmapCell *y = *(const FkHeatmapCell * const *) b;

  return memcmp (x->rgb, y->rgb, sizeof x->rgb);
}

/* The cells in sight: those of the rows and columns that reach into the
 * clip, with one more each side (a number may be wider than its cell),
 * without a pass over every cell of a large grid for each part of it;
 * every cell of a layout that is not a whole grid (the app draws
 * layouts holding a few of its cells). */
static GPtrArray *
cells_in_sight (const Painter         *p,
                const FkHeatmapLayout *layout)
{
  GPtrArray *seen = g_ptr_array_new ();
  guint r0 = 0, r1 = 0, c0 = 0, c1 = 0;

  if (layout->cells->len != layout->n_rows * layout->n_cols ||
      layout->rows->len != layout->n_rows || layout->columns->len != layout->n_cols)
    {
      for (guint i = 0; i < layout->cells->len; i++)
        if (cell_is_drawn (p, &g_array_index (layout->cells, FkHeatmapCell, i)))
          g_ptr_array_add (seen, &g_array_index (layout->cells, FkHeatmapCell, i));
      return seen;
    }
  for (guint r = 0; r < layout->n_rows; r++)
    {
      const FkHeatmapRow *row = &g_array_index (layout->rows, FkHeatmapRow, r);

      if (row->y < p->y1 && row->y + row->h > p->y0)
        {
          r0 = r1 == 0 ? r : r0;
          r1 = r + 1;
        }
    }
  for (guint c = 0; c < layout->n_cols; c++)
    {
      const FkHeatmapColumn *column = &g_array_index (layout->columns, FkHeatmapColumn, c);

      if (column->x < p->x1 && column->x + column->w > p->x0)
        {
          c0 = c1 == 0 ? c : c0;
          c1 = c + 1;
        }
    }
  if (r1 == 0 || c1 == 0)
    return seen;
  r0 = r0 > 0 ? r0 - 1 : 0;
  c0 = c0 > 0 ? c0 - 1 : 0;
  r1 = MIN (r1 + 1, layout->n_rows);
  c1 = MIN (c1 + 1, layout->n_cols);
  for (guint r = r0; r < r1; r++)
    for (guint c = c0; c < c1; c++)
      {
        FkHeatmapCell *cell = &g_array_index (layout->cells, FkHeatmapCell, r * layout->n_cols + c);

        if (cell_is_drawn (p, cell))
          g_ptr_array_add (seen, cell);
      }
  return seen;
}

/* Whether a file draws the cell's shape with others (fill_cells_by_colour()). */
static gboolean
is_drawn_together (FkHeatmapCellKind kind)
{
  return is_plain_fill (kind) || kind == FK_HEATMAP_CELL_NOT_ASSESSED || kind == FK_HEATMAP_CELL_NOT_APPLICABLE;
}

/* For a file: the marks of "not assessed" and "not applicable" as
 * draw_cell_shape() draws them, but their outlines one stroke, and the
 * hatch one stroke per line width, its lines cut to their cell by
 * arithmetic instead of a clip per cell. */
static void
draw_marks_together (Painter   *p,
                     GPtrArray *cells)
{
  cairo_t *cr = p->cr;
  double hatch_width = -1;
  gboolean any = FALSE;

  cairo_set_source_rgb (cr, mark_grey[0], mark_grey[1], mark_grey[2]);
  for (guint i = 0; i < cells->len; i++)
    {
      const FkHeatmapCell *c = cells->pdata[i];
      double lw = MAX (1.0, c->w / 24);

      if (c->kind != FK_HEATMAP_CELL_NOT_APPLICABLE)
        continue;
      if (hatch_width >= 0 && lw != hatch_width)
        {
          cairo_set_line_width (cr, hatch_width);
          cairo_stroke (cr);
        }
      hatch_width = lw;
      for (double d = -c->h; d < c->w; d += MAX (c->w / 5, 4))
        {
          /* The line from (x + d, y + h) up to (x + d + h, y), within x … x + w. */
          double t0 = MAX (0, -d / c->h), t1 = MIN (1, (c->w - d) / c->h);

          if (t0 >= t1)
            continue;
          cairo_move_to (cr, c->x + d + t0 * c->h, c->y + c->h - t0 * c->h);
          cairo_line_to (cr, c->x + d + t1 * c->h, c->y + c->h - t1 * c->h);
        }
    }
  if (hatch_width >= 0)
    {
      cairo_set_line_width (cr, hatch_width);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < cells->len; i++)
    {
      const FkHeatmapCell *c = cells->pdata[i];

      if (c->kind != FK_HEATMAP_CELL_NOT_ASSESSED && c->kind != FK_HEATMAP_CELL_NOT_APPLICABLE)
        continue;
      cairo_rectangle (cr, c->x + 0.5, c->y + 0.5, c->w - 1, c->h - 1);
      any = TRUE;
    }
  if (any)
    {
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
}

/* For a file: the plain fills of the cells in sight, one path and one
 * fill per colour, then the marks (draw_marks_together()). A PDF page of a large heatmap holds a thousand or
 * more cells, and cairo's PDF output costs per operation (it records,
 * analyses and writes each): a dozen colours make far fewer. Cells do
 * not overlap (a gap between them) and their texts and marks are drawn
 * after all fills, so the page shows the same; the app's pixels are
 * drawn cell by cell as ever. */
static void
fill_cells_by_colour (Painter   *p,
                      GPtrArray *cells)
{
  g_autoptr(GPtrArray) plain = g_ptr_array_sized_new (cells->len);
  const double *colour = NULL;

  for (guint i = 0; i < cells->len; i++)
    {
      const FkHeatmapCell *c = cells->pdata[i];

      if (is_plain_fill (c->kind))
        g_ptr_array_add (plain, (gpointer) c);
    }
  g_ptr_array_sort (plain, compare_fill);
  for (guint i = 0; i < plain->len; i++)
    {
      const FkHeatmapCell *c = plain->pdata[i];

      if (colour != NULL && memcmp (colour, c->rgb, sizeof c->rgb) != 0)
        cairo_fill (p->cr);
      colour = c->rgb;
      cairo_set_source_rgb (p->cr, c->rgb[0], c->rgb[1], c->rgb[2]);
      cairo_rectangle (p->cr, c->x, c->y, c->w, c->h);
    }
  if (colour != NULL)
    cairo_fill (p->cr);
  draw_marks_together (p, cells);
}

/* A cell in sight; @filled: its fill or mark is drawn already
 * (fill_cells_by_colour()). */
static void
draw_cell (Painter             *p,
           const FkHeatmapCell *c,
           FkMeasure            measure,
           gboolean             filled)
{
  if (!filled || !is_drawn_together (c->kind))
    draw_cell_shape (p->cr, c->kind, c->rgb, c->x, c->y, c->w, c->h);
  draw_centred_text (p, c->text, c->text_rgb, c->x, c->y, c->w, c->h);
  if (c->cannot_sustain)
    draw_sustain_outline (p->cr, c->x, c->y, c->w, c->h);
  if (!isnan (c->target))
    draw_target_notch (p->cr, measure, c->target, c->x, c->y, c->w, c->h);
}

/* What draw_elements() draws: a whole heatmap is all of them; a part
 * (fk_heatmap_draw_part()) draws each pane with its own clip and shift. */
typedef enum {
  ELEMENT_TITLE        = 1 << 0,
  ELEMENT_AREA_HEADERS = 1 << 1,
  ELEMENT_GROUPS       = 1 << 2,   /* size group labels and their rules */
  ELEMENT_DIVIDERS     = 1 << 3,
  ELEMENT_ROW_LABELS   = 1 << 4,
  ELEMENT_COL_LABELS   = 1 << 5,
  ELEMENT_CELLS        = 1 << 6,
  ELEMENT_LEGEND       = 1 << 7,
  ELEMENT_ALL          = 0xff,
} Elements;

/* An area's name with the rule under it, @width long (the layout's own
 * width for a whole heatmap, the part's for a part). */
static void
draw_area_header (Painter              *p,
                  const FkHeatmapLabel *header,
                  double                width)
{
  cairo_t *cr = p->cr;
  FkHeatmapLabel l = *header;

  l.w = width;
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_label (p, &l, PANGO_ALIGN_LEFT);
  /* A rule under the area's name groups its rows. */
  cairo_set_source_rgb (cr, mark_grey[0], mark_grey[1], mark_grey[2]);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, l.x, floor (l.y + l.h) - 0.5);
  cairo_line_to (cr, l.x + l.w, floor (l.y + l.h) - 0.5);
  cairo_stroke (cr);
}

static void
draw_elements (Painter               *painter,
               const FkHeatmapLayout *layout,
               Elements               what)
{
  cairo_t *cr = painter->cr;

  if (what & ELEMENT_TITLE)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_label (painter, &layout->title, PANGO_ALIGN_LEFT);
    }

  if (what & ELEMENT_AREA_HEADERS)
    for (guint i = 0; i < layout->area_headers->len; i++)
      {
        const FkHeatmapLabel *l = &g_array_index (layout->area_headers, FkHeatmapLabel, i);

        draw_area_header (painter, l, l->w);
      }

  cairo_set_source_rgb (cr, 0, 0, 0);
  if (what & ELEMENT_GROUPS)
    for (guint i = 0; i < layout->group_labels->len; i++)
      {
        const FkHeatmapLabel *l = &g_array_index (layout->group_labels, FkHeatmapLabel, i);

        draw_label (painter, l, PANGO_ALIGN_CENTER);
        /* A rule under the group's name spans its columns. */
        cairo_set_line_width (cr, 1);
        cairo_move_to (cr, l->x + 2, floor (l->y + l->h) - 0.5);
        cairo_line_to (cr, l->x + l->w - 2, floor (l->y + l->h) - 0.5);
        cairo_stroke (cr);
      }
  if (what & ELEMENT_DIVIDERS)
    for (guint i = 0; i < layout->dividers->len; i++)
      {
        const FkHeatmapDivider *d = &g_array_index (layout->dividers, FkHeatmapDivider, i);

        cairo_set_line_width (cr, 2);
        cairo_move_to (cr, d->x0, d->y0);
        cairo_line_to (cr, d->x1, d->y1);
        cairo_stroke (cr);
      }

  if (what & ELEMENT_ROW_LABELS)
    for (guint i = 0; i < layout->row_labels->len; i++)
      draw_label (painter, &g_array_index (layout->row_labels, FkHeatmapLabel, i), PANGO_ALIGN_RIGHT);
  if (what & ELEMENT_COL_LABELS)
    for (guint i = 0; i < layout->col_labels->len; i++)
      draw_label (painter, &g_array_index (layout->col_labels, FkHeatmapLabel, i), PANGO_ALIGN_LEFT);

  if (what & ELEMENT_CELLS)
    {
      g_autoptr(GPtrArray) cells = cells_in_sight (painter, layout);

      if (painter->vector)
        fill_cells_by_colour (painter, cells);
      for (guint i = 0; i < cells->len; i++)
        draw_cell (painter, cells->pdata[i], layout->measure, painter->vector);
    }

  if (!(what & ELEMENT_LEGEND))
    return;
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_label (painter, &layout->legend_title, PANGO_ALIGN_LEFT);
  for (guint i = 0; i < layout->legend_items->len; i++)
    {
      const FkHeatmapLegendItem *item = &g_array_index (layout->legend_items, FkHeatmapLegendItem, i);

      if (painter_sees (painter, item->x, item->y, item->w, item->h,
                        text_margin (item->value_text, layout->font_size)))
        {
          draw_cell_shape (cr, item->kind, item->rgb, item->x, item->y, item->w, item->h);
          draw_centred_text (painter, item->value_text, item->text_rgb, item->x, item->y, item->w, item->h);
          if (item->overlay & FK_HEATMAP_OVERLAY_SUSTAIN)
            draw_sustain_outline (cr, item->x, item->y, item->w, item->h);
          if ((item->overlay & FK_HEATMAP_OVERLAY_TARGET) && !isnan (item->target))
            draw_target_notch (cr, layout->measure, item->target, item->x, item->y, item->w, item->h);
        }
      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_label (painter, &item->label, item->kind == FK_HEATMAP_CELL_VALUE ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
    }
}

static double
cell_font (const FkHeatmapLayout *layout)
{
  return layout->cell_font_size > 0 ? layout->cell_font_size : layout->font_size;
}

void
fk_heatmap_draw (const FkHeatmapLayout *layout,
                 cairo_t               *cr)
{
  Painter painter;

  g_return_if_fail (layout != NULL && cr != NULL);

  cairo_save (cr);
  painter_init (&painter, cr, cell_font (layout));
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_fill (cr);
  draw_elements (&painter, layout, ELEMENT_ALL);
  painter_clear (&painter);
  cairo_restore (cr);
}

/* Draws @what of @layout shifted by (@dx, @dy), clipped to the box
 * (@x, @y, @w, @h) of the part; the painter culls what the clip hides. */
static void
draw_pane (const FkHeatmapLayout *layout,
           cairo_t               *cr,
           Elements               what,
           double                 x,
           double                 y,
           double                 w,
           double                 h,
           double                 dx,
           double                 dy)
{
  Painter painter;

  if (w <= 0 || h <= 0)
    return;
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  cairo_translate (cr, dx, dy);
  painter_init (&painter, cr, cell_font (layout));
  draw_elements (&painter, layout, what);
  painter_clear (&painter);
  cairo_restore (cr);
}

void
fk_heatmap_draw_part (const FkHeatmapLayout *layout,
                      const FkHeatmapPart   *part,
                      cairo_t               *cr)
{
  double grid_w = part->x1 - part->x0, grid_h = part->y1 - part->y0;
  /* The rows start under the continued area's name, if any. */
  double rows_y = layout->grid_y + part->continued_height;
  double dx = layout->grid_x - part->x0, dy = rows_y - part->y0;
  double legend_top = part->height - part->legend_height;
  FkHeatmapLabel title = layout->title;
  Painter painter;

  g_return_if_fail (layout != NULL && part != NULL && cr != NULL);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, part->width, part->height);
  cairo_fill (cr);

  /* The title, ellipsized to the part's width. */
  painter_init (&painter, cr, cell_font (layout));
  title.w = MIN (title.w, part->width - 2 * title.x);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_label (&painter, &title, PANGO_ALIGN_LEFT);
  painter_clear (&painter);

  /* The column labels of the part's columns, over them. */
  draw_pane (layout, cr, ELEMENT_GROUPS | ELEMENT_COL_LABELS | ELEMENT_DIVIDERS,
             layout->grid_x, 0, grid_w, layout->grid_y, dx, 0);
  /* The row labels of the part's rows, beside them. */
  draw_pane (layout, cr, ELEMENT_ROW_LABELS,
             0, rows_y, layout->grid_x, grid_h, 0, dy);
  /* The cells. */
  draw_pane (layout, cr, ELEMENT_CELLS | ELEMENT_DIVIDERS,
             layout->grid_x, rows_y, grid_w, grid_h, dx, dy);
  /* The names of the areas whose rows the part shows, across its width. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, rows_y, part->width, grid_h);
  cairo_clip (cr);
  cairo_translate (cr, 0, dy);
  painter_init (&painter, cr, cell_font (layout));
  for (guint i = 0; i < layout->area_headers->len; i++)
    {
      const FkHeatmapLabel *l = &g_array_index (layout->area_headers, FkHeatmapLabel, i);

      if (l->y >= part->y0 - 0.5 && l->y + l->h <= part->y1 + 0.5)
        draw_area_header (&painter, l, part->width - 2 * l->x);
    }
  painter_clear (&painter);
  cairo_restore (cr);
  /* Over the first rows, the name of the area they continue, drawn as
   * its header is, in the band above them. */
  for (guint i = 0; part->continued_height > 0 && i < layout->area_headers->len; i++)
    {
      const FkHeatmapLabel *l = &g_array_index (layout->area_headers, FkHeatmapLabel, i);
      FkHeatmapLabel continued;

      if (l->index != part->continued_area)
        continue;
      continued = *l;
      continued.text = fk_heatmap_layout_continued_text (layout, l);
      /* Where the header sits in its own band (it ends at the band's foot). */
      continued.y = layout->grid_y + part->continued_height - l->h;
      cairo_save (cr);
      cairo_rectangle (cr, 0, layout->grid_y, part->width, part->continued_height);
      cairo_clip (cr);
      painter_init (&painter, cr, cell_font (layout));
      draw_area_header (&painter, &continued, part->width - 2 * l->x);
      painter_clear (&painter);
      cairo_restore (cr);
      g_free (continued.text);
    }
  /* The legend, at the foot. */
  draw_pane (layout, cr, ELEMENT_LEGEND,
             0, legend_top, part->width, part->legend_height, 0, legend_top - (layout->height - part->legend_height));
  cairo_restore (cr);
}

/* ---- files -------------------------------------------------------------- */

static void
draw_figure (cairo_t  *cr,
             gpointer  layout)
{
  fk_heatmap_draw (layout, cr);
}

gboolean
fk_heatmap_write (const FkHeatmapLayout *layout,
                  const char            *path,
                  FkHeatmapFormat        format,
                  GError               **error)
{
  g_return_val_if_fail (layout != NULL && path != NULL, FALSE);

  return fk_export_write_figure (path, format, layout->width, layout->height,
                                 draw_figure, (gpointer) layout, error);
}
