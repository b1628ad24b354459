/* fk-radar-chart-labels.c — where a radar chart's axis labels go
 *
 * Each label sits just outside the outer ring, placed by its axis's
 * angle: left-aligned right of the chart, right-aligned left of it,
 * centred above and below. It wraps at word boundaries to the room
 * beside it (two lines for the longer area names), and labels on the
 * same side that would still touch are nudged apart vertically. The
 * caller (fk_radar_compute_layout()) tries smaller radii until every
 * label fits whole, apart and inside the plot, so a narrow chart shrinks
 * rather than its text.
 */
#define G_LOG_DOMAIN "fk-radar-chart-labels"
#include "config.h"
#include "fk-radar-chart-private.h"

#include <math.h>

typedef enum {
  SIDE_RIGHT,
  SIDE_LEFT,
  SIDE_CENTRE,
} Side;

static Side
side_of (double c)
{
  return c > 0.25 ? SIDE_RIGHT : c < -0.25 ? SIDE_LEFT : SIDE_CENTRE;
}

PangoLayout *
fk_radar_label_layout (const Ctx          *ctx,
                       const char         *text,
                       const FkRadarLabel *label)
{
  PangoLayout *layout = fk_radar_new_layout (ctx, text != NULL ? text : "", ctx->label_scale, FALSE);

  pango_layout_set_width (layout, label->wrap_width * PANGO_SCALE);
  /* Whole words; a word longer than the room breaks only when nothing
   * else fits (the smallest radius). */
  pango_layout_set_wrap (layout, label->break_words ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -label->max_lines);
  pango_layout_set_alignment (layout, label->align);
  return layout;
}

double
fk_radar_label_longest_word (const Ctx  *ctx,
                             const char *text)
{
  g_auto(GStrv) words = g_strsplit (text != NULL ? text : "", " ", -1);
  double longest = 0;

  for (guint j = 0; words[j] != NULL; j++)
    {
      g_autoptr(PangoLayout) layout = fk_radar_new_layout (ctx, words[j], ctx->label_scale, FALSE);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      longest = MAX (longest, w);
    }
  return longest;
}

static gboolean
overlap_1d (double a0, double a1, double b0, double b1)
{
  return a0 < b1 && b0 < a1;
}

static gboolean
boxes_intersect (const cairo_rectangle_t *a,
                 const cairo_rectangle_t *b)
{
  return overlap_1d (a->x, a->x + a->width, b->x, b->x + b->width)
         && overlap_1d (a->y, a->y + a->height, b->y, b->y + b->height);
}

/* In the order of their axes' ends, top to bottom. */
static int
compare_by_anchor (gconstpointer a,
                gconstpointer b,
                gpointer      labels)
{
  const FkRadarLabel *la = &g_array_index ((GArray *) labels, FkRadarLabel, *(const guint *) a);
  const FkRadarLabel *lb = &g_array_index ((GArray *) labels, FkRadarLabel, *(const guint *) b);

  return (la->anchor_y > lb->anchor_y) - (la->anchor_y < lb->anchor_y);
}

static void
move_to_y (FkRadarLabel *label,
           double        y)
{
  label->origin_y += y - label->box.y;
  label->box.y = y;
}

/* One side's labels (@column, sorted top to bottom) pushed apart: first
 * down from what is above them (the centred label over the chart, the
 * column's earlier labels), then up from what is below them (the bottom
 * of the chart, the room the centred label below the chart needs), so
 * that the column stays inside (@y0, @y1) when there is room for it. */
static void
nudge_column (GArray       *labels,
              const guint  *column,
              guint         n_column,
              const guint  *centred,
              guint         n_centred,
              double        cy,
              double        y0,
              double        y1,
              double        pad)
{
  for (guint k = 0; k < n_column; k++)
    {
      FkRadarLabel *l = &g_array_index (labels, FkRadarLabel, column[k]);
      double top = MAX (l->box.y, y0);

      for (guint j = 0; j < n_centred; j++)
        {
          const FkRadarLabel *c = &g_array_index (labels, FkRadarLabel, centred[j]);

          if (c->box.y + c->box.height / 2 < cy
              && overlap_1d (c->box.x, c->box.x + c->box.width, l->box.x, l->box.x + l->box.width))
            top = MAX (top, c->box.y + c->box.height + pad);
        }
      if (k > 0)
        {
          const FkRadarLabel *above = &g_array_index (labels, FkRadarLabel, column[k - 1]);

          top = MAX (top, above->box.y + above->box.height + pad);
        }
      move_to_y (l, top);
    }
  for (guint k = n_column; k-- > 0;)
    {
      FkRadarLabel *l = &g_array_index (labels, FkRadarLabel, column[k]);
      double bottom = MIN (l->box.y + l->box.height, y1);

      for (guint j = 0; j < n_centred; j++)
        {
          const FkRadarLabel *c = &g_array_index (labels, FkRadarLabel, centred[j]);

          /* Not above the centred label below the chart where it is, but
           * where it can go: it moves down out of the way after. */
          if (c->box.y + c->box.height / 2 > cy
              && overlap_1d (c->box.x, c->box.x + c->box.width, l->box.x, l->box.x + l->box.width))
            bottom = MIN (bottom, y1 - c->box.height - pad);
        }
      if (k + 1 < n_column)
        {
          const FkRadarLabel *below = &g_array_index (labels, FkRadarLabel, column[k + 1]);

          bottom = MIN (bottom, below->box.y - pad);
        }
      move_to_y (l, bottom - l->box.height);
    }
}

gboolean
fk_radar_place_labels (Ctx               *ctx,
                       const FkRadarData *data,
                       double             x0,
                       double             y0,
                       double             w,
                       double             h,
                       double             break_radius,
                       int                max_lines)
{
  double gap = ctx->unit * 0.6, pad = ctx->unit * 0.25;
  double neighbour_c = 1;
  g_autofree guint *columns = g_new (guint, 3 * MAX (ctx->n, 1));
  guint n_side[3] = { 0, 0, 0 };
  gboolean fits = TRUE;

  if (ctx->labels == NULL)
    ctx->labels = g_array_new (FALSE, TRUE, sizeof (FkRadarLabel));
  g_array_set_size (ctx->labels, ctx->n);

  /* A centred label is no wider than the gap between its neighbours'
   * anchors (the nearest axes that point sideways). */
  for (guint i = 0; i < ctx->n; i++)
    {
      double c = fabs (cos (fk_radar_axis_angle (ctx, i)));

      if (c > 0.25)
        neighbour_c = MIN (neighbour_c, c);
    }

  for (guint i = 0; i < ctx->n; i++)
    {
      const FkRadarAxis *axis = &g_array_index (data->axes, FkRadarAxis, i);
      FkRadarLabel *l = &g_array_index (ctx->labels, FkRadarLabel, i);
      double a = fk_radar_axis_angle (ctx, i);
      double c = cos (a), s = sin (a);
      double ax = ctx->cx + (ctx->radius + gap) * c;
      double ay = ctx->cy + (ctx->radius + gap) * s;
      Side side = side_of (c);
      g_autoptr(PangoLayout) layout = NULL;
      PangoRectangle logical;
      double room;

      if (l->longest_word <= 0)
        l->longest_word = fk_radar_label_longest_word (ctx, axis->label);
      switch (side)
        {
        case SIDE_RIGHT:
          room = x0 + w - ax;
          l->align = PANGO_ALIGN_LEFT;
          break;
        case SIDE_LEFT:
          room = ax - x0;
          l->align = PANGO_ALIGN_RIGHT;
          break;
        case SIDE_CENTRE:
        default:
          /* Between the neighbours' anchors, but never narrower than its
           * longest word: the neighbours are nudged down instead. */
          room = MAX (2 * (ctx->radius + gap) * neighbour_c - 2 * pad,
                      MAX (ctx->unit * 9, l->longest_word + 1));
          room = MIN (room, w);
          l->align = PANGO_ALIGN_CENTER;
          break;
        }
      l->wrap_width = CLAMP (room, 1, ctx->unit * 14);
      l->max_lines = max_lines;
      /* A word wider than its room at @break_radius breaks; any other
       * stays whole, and a radius that has no room for it does not fit. */
      l->break_words = FALSE;
      if (break_radius > 0 && side != SIDE_CENTRE)
        {
          double edge = ctx->cx + (break_radius + gap) * c;
          double room_then = side == SIDE_RIGHT ? x0 + w - edge : edge - x0;

          l->break_words = l->longest_word > MIN (room_then, ctx->unit * 14);
        }
      layout = fk_radar_label_layout (ctx, axis->label, l);
      /* More lines than allowed (pango_layout_is_ellipsized() tells only
       * of lines cut at the width, not of those cut after the last), a
       * line cut, or a word wider than the room: this radius does not fit. */
      pango_layout_set_height (layout, -(max_lines + 1));
      if (pango_layout_get_line_count (layout) > max_lines || pango_layout_is_ellipsized (layout))
        fits = FALSE;
      pango_layout_set_height (layout, -max_lines);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      /* (Pixel extents round outwards: a pixel of slack.) */
      if (logical.x < -1 || logical.x + logical.width > l->wrap_width + 1.5)
        fits = FALSE;

      l->anchor_y = ay;
      l->box.width = logical.width;
      l->box.height = logical.height;
      switch (side)
        {
        case SIDE_RIGHT:
          l->box.x = ax;
          break;
        case SIDE_LEFT:
          l->box.x = ax - l->box.width;
          break;
        case SIDE_CENTRE:
        default:
          l->box.x = ax - l->box.width / 2;
          break;
        }
      if (side == SIDE_CENTRE)
        l->box.y = s < 0 ? ay - l->box.height : ay;
      else
        /* Beside its axis end, drawn away from the chart towards the
         * top and the bottom. */
        l->box.y = ay - l->box.height / 2 + s * l->box.height / 2;
      l->box.x = CLAMP (l->box.x, x0, MAX (x0, x0 + w - l->box.width));
      /* The layout is wrap_width wide; its text starts logical.x in. */
      l->origin_x = l->box.x - logical.x;
      l->origin_y = l->box.y - logical.y;
      columns[side * ctx->n + n_side[side]++] = i;
    }

  for (Side side = SIDE_RIGHT; side <= SIDE_LEFT; side++)
    {
      guint *column = columns + side * ctx->n;

      g_qsort_with_data (column, n_side[side], sizeof (guint), compare_by_anchor, ctx->labels);
      nudge_column (ctx->labels, column, n_side[side], columns + SIDE_CENTRE * ctx->n,
                    n_side[SIDE_CENTRE], ctx->cy, y0, y0 + h, pad);
    }

  /* A column too tall for the room between the centred labels went back
   * over them: those move out of its way, up above the chart or down
   * below it (a tall chart has the room). */
  for (guint j = 0; j < n_side[SIDE_CENTRE]; j++)
    {
      FkRadarLabel *c = &g_array_index (ctx->labels, FkRadarLabel, columns[SIDE_CENTRE * ctx->n + j]);
      gboolean above = c->box.y + c->box.height / 2 < ctx->cy;

      for (guint i = 0; i < ctx->n; i++)
        {
          const FkRadarLabel *l = &g_array_index (ctx->labels, FkRadarLabel, i);

          if (l == c || side_of (cos (fk_radar_axis_angle (ctx, i))) == SIDE_CENTRE
              || !overlap_1d (c->box.x, c->box.x + c->box.width, l->box.x, l->box.x + l->box.width)
              || !overlap_1d (c->box.y - pad, c->box.y + c->box.height + pad, l->box.y, l->box.y + l->box.height))
            continue;
          if (above)
            move_to_y (c, l->box.y - pad - c->box.height);
          else
            move_to_y (c, l->box.y + l->box.height + pad);
        }
    }

  /* Whatever is left: inside, and apart. */
  for (guint i = 0; i < ctx->n && fits; i++)
    {
      const cairo_rectangle_t *a = &g_array_index (ctx->labels, FkRadarLabel, i).box;

      if (a->x < x0 - 0.5 || a->y < y0 - 0.5
          || a->x + a->width > x0 + w + 0.5 || a->y + a->height > y0 + h + 0.5)
        fits = FALSE;
      for (guint j = i + 1; j < ctx->n && fits; j++)
        if (boxes_intersect (a, &g_array_index (ctx->labels, FkRadarLabel, j).box))
          fits = FALSE;
    }
  return fits;
}

void
fk_radar_shift_labels (Ctx    *ctx,
                       double  dy)
{
  for (guint i = 0; ctx->labels != NULL && i < ctx->labels->len; i++)
    {
      FkRadarLabel *l = &g_array_index (ctx->labels, FkRadarLabel, i);

      l->box.y += dy;
      l->origin_y += dy;
    }
}

void
fk_radar_ctx_clear (Ctx *ctx)
{
  g_clear_pointer (&ctx->labels, g_array_unref);
}
