/* fk-palette.h — the colour palettes of charts and heatmaps
 *
 * Every palette is safe for colour-blind readers: viridis and cividis are
 * perceptually uniform maps whose lightness rises steadily (cividis is
 * also readable with no red-green vision at all), and greyscale prints on
 * a black-and-white printer. High contrast runs from near-black navy
 * through grey to bright yellow (the blue–yellow axis that colour-blind
 * readers keep) with every whole level of 0–5 clearly lighter than the
 * one below, for projectors and low vision. Colour is never the only carrier: charts also
 * differ in line style and markers.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  FK_PALETTE_VIRIDIS,
  FK_PALETTE_CIVIDIS,
  FK_PALETTE_GREYSCALE,
  FK_PALETTE_HIGH_CONTRAST,
} FkPalette;

#define FK_PALETTE_DEFAULT FK_PALETTE_VIRIDIS

/* The series of a profile chart, in the order they are listed. */
typedef enum {
  FK_PALETTE_SERIES_CURRENT,
  FK_PALETTE_SERIES_TARGET,
  FK_PALETTE_SERIES_MEDIAN,
} FkPaletteSeries;

#define FK_PALETTE_N_SERIES 3

/* "viridis", "cividis", "greyscale", "high-contrast" (the GSettings choices). An unknown
 * name or NULL gives FK_PALETTE_DEFAULT. */
FkPalette   fk_palette_from_string (const char *name);
const char *fk_palette_to_string   (FkPalette   palette);

/* The colour of @series as r, g, b in 0–1. On a light background the
 * current level is the darkest series, on a dark one the lightest; every
 * series keeps a contrast of at least 3:1 with white (@dark_background
 * FALSE) or with a #242424 background (TRUE). */
void        fk_palette_get_series_rgb (FkPalette        palette,
                                       FkPaletteSeries  series,
                                       gboolean         dark_background,
                                       double           rgb[3]);

/* A sequential ramp for heatmap cells: @t in 0–1 (clamped) gives r, g, b
 * in 0–1, dark at 0 and light at 1, lightness rising steadily so that the
 * order survives greyscale printing. Viridis and cividis are sampled at
 * eleven points of the published maps and interpolated; greyscale runs
 * from #1A1A1A to #E0E0E0 (never white, which is "not assessed"); high
 * contrast from #050A28 to #FFFF33, neighbouring whole levels (t = 0,
 * 0.2, … 1) at a luminance contrast of at least 1.75 : 1. */
void        fk_palette_get_ramp_rgb      (FkPalette        palette,
                                          double           t,
                                          double           rgb[3]);
/* A diverging ramp for signed measures (the gap): @t in −1…1 (clamped),
 * light grey at 0, orange-brown below and purple above (ColorBrewer PuOr,
 * safe for colour-blind readers), darker the further from 0. With
 * FK_PALETTE_GREYSCALE it is the grey ramp over (t + 1) / 2: print keeps
 * the order, the cell numbers carry the sign. FK_PALETTE_HIGH_CONTRAST
 * has the same hues with stronger ends (#4A1A00 at −1, #1E0046 at 1) and
 * steeper steps near 0. */
void        fk_palette_get_diverging_rgb (FkPalette        palette,
                                          double           t,
                                          double           rgb[3]);

G_END_DECLS
