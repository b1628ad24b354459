/* fk-radar-chart-private.h — shared by fk-radar-chart.c (drawing) and
 * fk-radar-chart-layout.c (sizes and positions) */
#pragma once

#include <pango/pangocairo.h>
#include "fk-radar-chart.h"

G_BEGIN_DECLS

typedef enum {
  SERIES_CURRENT = FK_PALETTE_SERIES_CURRENT,
  SERIES_TARGET = FK_PALETTE_SERIES_TARGET,
  SERIES_MEDIAN = FK_PALETTE_SERIES_MEDIAN,
} Series;

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

G_END_DECLS
