/* fk-radar-chart-private.h — shared by fk-radar-chart.c (drawing),
 * fk-radar-chart-layout.c (sizes and positions) and
 * fk-radar-chart-labels.c (the axis labels); tests read the labels'
 * boxes through fk_radar_chart_get_label_boxes() */
#pragma once

#include <pango/pangocairo.h>
#include "fk-radar-chart.h"

G_BEGIN_DECLS

typedef enum {
  SERIES_CURRENT = FK_PALETTE_SERIES_CURRENT,
  SERIES_TARGET = FK_PALETTE_SERIES_TARGET,
  SERIES_MEDIAN = FK_PALETTE_SERIES_MEDIAN,
} Series;

/* One axis label as placed: the box its text takes (logical extents,
 * in the chart's coordinates) and where its layout is drawn from. */
typedef struct {
  cairo_rectangle_t box;
  double            origin_x, origin_y;
  double            anchor_y;      /* where its axis ends, outside the ring */
  double            wrap_width;    /* the layout's width */
  PangoAlignment    align;
  gboolean          break_words;   /* a word longer than the room breaks */
  double            longest_word;  /* its widest word's width; 0: not measured yet */
  int               max_lines;     /* after these, the text is cut (ellipsized) */
} FkRadarLabel;

typedef struct {
  cairo_t *cr;
  double   unit;       /* font size in pixels; everything scales with it */
  double   fg[3];
  double   colour[3][3];
  double   cx, cy, radius;
  guint    n;
  double   margin, title_y, top, legend_h, legend_y, plot_h;
  double   label_scale;
  double   min_text;   /* no text smaller, in pixels (0: no floor) */
  gboolean dark;       /* light text on a dark background */
  GArray  *labels;     /* FkRadarLabel, one per axis; fk_radar_ctx_clear() */
  gboolean labels_fit; /* whole, uncut, apart and inside (else the best try) */
} Ctx;

/* The angle of axis @i: the first points up, the rest follow clockwise. */
double       fk_radar_axis_angle     (const Ctx            *ctx,
                                      guint                 i);
/* Where @level on axis @i lands. */
void         fk_radar_point_at       (const Ctx            *ctx,
                                      guint                 i,
                                      double                level,
                                      double               *x,
                                      double               *y);
/* Plain text (never markup) at @scale times the unit, never below the
 * minimum text size. */
PangoLayout *fk_radar_new_layout     (const Ctx            *ctx,
                                      const char           *text,
                                      double                scale,
                                      gboolean              bold);
/* Fills @ctx; fk_radar_ctx_clear() it after, even when it fails. */
gboolean     fk_radar_compute_layout (Ctx                  *ctx,
                                      const FkRadarData    *data,
                                      cairo_t              *cr,
                                      double                width,
                                      double                height,
                                      const double         *foreground,
                                      const FkRadarOptions *options);
/* In fk-radar-chart.c; measures as well as draws. */
double       fk_radar_draw_legend    (const Ctx            *ctx,
                                      const FkRadarData    *data,
                                      double                x0,
                                      double                y0,
                                      double                w,
                                      gboolean              draw);

void         fk_radar_ctx_clear      (Ctx                  *ctx);

/* In fk-radar-chart-labels.c. Places every axis label around the ring
 * of @ctx's centre and radius, inside (@x0, @y0, @w, @h), in at most
 * @max_lines lines each; TRUE if each fits (no line cut, no word wider
 * than its room), inside and apart from the others. A label whose
 * longest word would not fit beside a ring of @break_radius (a small
 * one) breaks its words; 0: none does. */
gboolean     fk_radar_place_labels   (Ctx                  *ctx,
                                      const FkRadarData    *data,
                                      double                x0,
                                      double                y0,
                                      double                w,
                                      double                h,
                                      double                break_radius,
                                      int                   max_lines);
/* Moves every placed label down by @dy. */
void         fk_radar_shift_labels   (Ctx                  *ctx,
                                      double                dy);
/* The width of @text's widest word as an axis label. */
double       fk_radar_label_longest_word (const Ctx        *ctx,
                                          const char       *text);
/* The layout @label is drawn with, @text in it. */
PangoLayout *fk_radar_label_layout   (const Ctx            *ctx,
                                      const char           *text,
                                      const FkRadarLabel   *label);

/* For tests: the axis labels' boxes (cairo_rectangle_t, one per axis, in
 * the chart's coordinates) in a chart of @width × @height drawn with
 * @options (NULL for none); NULL if the chart is too small. @fit
 * (nullable) gets whether they fitted as fk_radar_place_labels() wants
 * (FALSE: the last resort was drawn, lines maybe cut). */
GArray      *fk_radar_chart_get_label_boxes (const FkRadarData    *data,
                                             double                width,
                                             double                height,
                                             const FkRadarOptions *options,
                                             gboolean             *fit);

G_END_DECLS
