/* fk-radar-chart.h — a radar (spider) chart of levels by area, drawn with cairo
 *
 * One axis per area, rings for the levels 0–5, and three series: the
 * municipality's current level (filled, solid line, round markers), its
 * target (dashed line, square markers) and the regional median (dotted
 * line, small rings). Line styles and markers differ, so colour is never
 * the only carrier; the colours come from the data's palette (fk-palette.h),
 * all colour-blind safe. The same drawing serves the profile page (through
 * gtk_snapshot_append_cairo), the PDF annex and PNG/SVG figures.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>
#include "fk-palette.h"
#include "fk-profile.h"

G_BEGIN_DECLS

typedef struct {
  char   *label;     /* area name, plain text (never markup) */
  double  current;   /* levels 0–5, NAN = none */
  double  target;
  double  median;
} FkRadarAxis;

typedef struct _FkRadarData FkRadarData;

/* What to draw, already in numbers; fields are public. */
struct _FkRadarData {
  char   *title;          /* drawn above the chart; NULL for none */
  char   *current_label;  /* legend */
  char   *target_label;
  char   *median_label;
  GArray *axes;           /* FkRadarAxis */
  FkPalette palette;      /* the series colours; FK_PALETTE_DEFAULT */
};

#define FK_TYPE_RADAR_DATA (fk_radar_data_get_type ())
GType        fk_radar_data_get_type        (void) G_GNUC_CONST;

/* Empty data with the default legend ("Current level", …). */
FkRadarData *fk_radar_data_new             (void);
/* Axis labels are the profile's area names in @language ("sv"/"en");
 * the title is the municipality's name. */
FkRadarData *fk_radar_data_new_for_profile (const FkProfile *profile,
                                            const char      *language);
void         fk_radar_data_add_axis        (FkRadarData     *data,
                                            const char      *label,
                                            double           current,
                                            double           target,
                                            double           median);
void         fk_radar_data_set_title       (FkRadarData     *data,
                                            const char      *title);
void         fk_radar_data_set_palette     (FkRadarData     *data,
                                            FkPalette        palette);
FkRadarData *fk_radar_data_ref             (FkRadarData     *data);
void         fk_radar_data_unref           (FkRadarData     *data);

/* Draws into the rectangle (0, 0, @width, @height) of @cr without painting
 * a background. @foreground is the text colour as r, g, b in 0–1 (NULL for
 * black); a light foreground (dark background) picks the palette's colours
 * for dark backgrounds. */
void         fk_radar_chart_draw           (const FkRadarData *data,
                                            cairo_t           *cr,
                                            double             width,
                                            double             height,
                                            const double      *foreground);

/* How the chart is drawn in a widget; all zero draws as the exports do. */
typedef struct {
  double   min_font_size;  /* pixels: no text smaller, e.g. the body text */
  gboolean align_top;      /* spare height below the chart, not around it */
} FkRadarOptions;

void         fk_radar_chart_draw_with_options (const FkRadarData    *data,
                                               cairo_t              *cr,
                                               double                width,
                                               double                height,
                                               const double         *foreground,
                                               const FkRadarOptions *options);

/* The text sizes in pixels of the axis labels and the legend, and the top
 * of the chart's title (or plot) in a chart of @width × @height drawn with
 * @options (NULL for none). FALSE if the chart is too small. */
gboolean     fk_radar_chart_get_text_sizes    (const FkRadarData    *data,
                                               double                width,
                                               double                height,
                                               const FkRadarOptions *options,
                                               double               *label_size,
                                               double               *legend_size,
                                               double               *top);

/* How much of @height a chart @width wide drawn with @options (NULL for
 * none) takes from its top, to the end of its legend: less than @height
 * when the chart keeps to the top of a tall area (options->align_top), so
 * a widget can ask for no more. 0 if the chart is too small. */
double       fk_radar_chart_get_used_height   (const FkRadarData    *data,
                                               double                width,
                                               double                height,
                                               const FkRadarOptions *options);

/* Where @level on @axis lands in a chart of @width × @height (for hit
 * tests and tests). FALSE if the chart is too small or @axis is out of range. */
gboolean     fk_radar_chart_get_point      (const FkRadarData *data,
                                            double             width,
                                            double             height,
                                            guint              axis,
                                            double             level,
                                            double            *x,
                                            double            *y);
/* The same in a chart drawn with @options (NULL for none), as a widget does. */
gboolean     fk_radar_chart_get_point_with_options (const FkRadarData    *data,
                                                    double                width,
                                                    double                height,
                                                    const FkRadarOptions *options,
                                                    guint                 axis,
                                                    double                level,
                                                    double               *x,
                                                    double               *y);

/* Black text on white, @width × @height pixels / points, in the data's palette. */
gboolean     fk_radar_chart_write_png      (const FkRadarData *data,
                                            const char        *path,
                                            int                width,
                                            int                height,
                                            GError           **error);
gboolean     fk_radar_chart_write_svg      (const FkRadarData *data,
                                            const char        *path,
                                            double             width,
                                            double             height,
                                            GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkRadarData, fk_radar_data_unref)

G_END_DECLS
