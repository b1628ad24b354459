/* fk-palette.c — the colour palettes of charts and heatmaps
 *
 * The series colours are samples of the published colour maps, as
 * matplotlib lists them: viridis at 0, 0.25 and 0.5 on light backgrounds
 * and at 1, 0.75 and 0.5 on dark ones; cividis at about 0, 0.3 and 0.6,
 * and 1, 0.75 and 0.6. Each set steps clearly in lightness, so the series
 * stay apart in greyscale too.
 */
#define G_LOG_DOMAIN "fk-palette"
#include "config.h"
#include "fk-palette.h"

#include <string.h>

typedef struct {
  guint8 rgb[FK_PALETTE_N_SERIES][3];
} SeriesColours;

/* [palette][dark background] — current, target, median */
static const SeriesColours series_colours[][2] = {
  [FK_PALETTE_VIRIDIS] = {
    { { { 0x44, 0x01, 0x54 }, { 0x3B, 0x52, 0x8B }, { 0x21, 0x91, 0x8C } } },
    { { { 0xFD, 0xE7, 0x25 }, { 0x5E, 0xC9, 0x62 }, { 0x21, 0x91, 0x8C } } },
  },
  [FK_PALETTE_CIVIDIS] = {
    { { { 0x00, 0x22, 0x4E }, { 0x50, 0x57, 0x6C }, { 0x93, 0x8E, 0x78 } } },
    { { { 0xFE, 0xE8, 0x38 }, { 0xC4, 0xB4, 0x68 }, { 0x93, 0x8E, 0x78 } } },
  },
  [FK_PALETTE_GREYSCALE] = {
    { { { 0x1A, 0x1A, 0x1A }, { 0x59, 0x59, 0x59 }, { 0x8C, 0x8C, 0x8C } } },
    { { { 0xF0, 0xF0, 0xF0 }, { 0xB3, 0xB3, 0xB3 }, { 0x8C, 0x8C, 0x8C } } },
  },
  /* Navy, blue and ochre on light; yellow, light blue and ochre on dark. */
  [FK_PALETTE_HIGH_CONTRAST] = {
    { { { 0x05, 0x0A, 0x28 }, { 0x30, 0x50, 0xB0 }, { 0x9A, 0x74, 0x00 } } },
    { { { 0xFF, 0xFF, 0x33 }, { 0x9D, 0xB4, 0xFF }, { 0xC0, 0x90, 0x20 } } },
  },
};

static const char * const names[] = {
  [FK_PALETTE_VIRIDIS] = "viridis",
  [FK_PALETTE_CIVIDIS] = "cividis",
  [FK_PALETTE_GREYSCALE] = "greyscale",
  [FK_PALETTE_HIGH_CONTRAST] = "high-contrast",
};

G_STATIC_ASSERT (G_N_ELEMENTS (names) == G_N_ELEMENTS (series_colours));

FkPalette
fk_palette_from_string (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    if (strcmp (name, names[i]) == 0)
      return (FkPalette) i;
  return FK_PALETTE_DEFAULT;
}

const char *
fk_palette_to_string (FkPalette palette)
{
  if ((guint) palette >= G_N_ELEMENTS (names))
    palette = FK_PALETTE_DEFAULT;
  return names[palette];
}

void
fk_palette_get_series_rgb (FkPalette        palette,
                           FkPaletteSeries  series,
                           gboolean         dark_background,
                           double           rgb[3])
{
  const guint8 *c;

  if ((guint) palette >= G_N_ELEMENTS (series_colours))
    palette = FK_PALETTE_DEFAULT;
  g_return_if_fail ((guint) series < FK_PALETTE_N_SERIES);

  c = series_colours[palette][dark_background ? 1 : 0].rgb[series];
  for (guint i = 0; i < 3; i++)
    rgb[i] = c[i] / 255.0;
}

/* Eleven samples (t = 0, 0.1, … 1) of each sequential map. */
static const guint8 ramp_stops[][11][3] = {
  [FK_PALETTE_VIRIDIS] = {
    { 0x44, 0x01, 0x54 }, { 0x48, 0x24, 0x75 }, { 0x41, 0x44, 0x87 }, { 0x35, 0x5F, 0x8D },
    { 0x2A, 0x78, 0x8E }, { 0x21, 0x91, 0x8C }, { 0x22, 0xA8, 0x84 }, { 0x44, 0xBF, 0x70 },
    { 0x7A, 0xD1, 0x51 }, { 0xBD, 0xDF, 0x26 }, { 0xFD, 0xE7, 0x25 },
  },
  [FK_PALETTE_CIVIDIS] = {
    { 0x00, 0x22, 0x4E }, { 0x12, 0x35, 0x70 }, { 0x3B, 0x49, 0x6C }, { 0x57, 0x5D, 0x6D },
    { 0x70, 0x71, 0x73 }, { 0x8A, 0x87, 0x79 }, { 0xA6, 0x9D, 0x75 }, { 0xC4, 0xB5, 0x6C },
    { 0xE4, 0xCF, 0x5B }, { 0xF4, 0xDC, 0x4A }, { 0xFE, 0xE8, 0x38 },
  },
  [FK_PALETTE_GREYSCALE] = {
    { 0x1A, 0x1A, 0x1A }, { 0x2E, 0x2E, 0x2E }, { 0x42, 0x42, 0x42 }, { 0x56, 0x56, 0x56 },
    { 0x6A, 0x6A, 0x6A }, { 0x7D, 0x7D, 0x7D }, { 0x91, 0x91, 0x91 }, { 0xA5, 0xA5, 0xA5 },
    { 0xB9, 0xB9, 0xB9 }, { 0xCC, 0xCC, 0xCC }, { 0xE0, 0xE0, 0xE0 },
  },
  /* The whole levels (even stops) are chosen for their relative luminance,
   * about 0.004, 0.047, 0.12, 0.25, 0.49 and 0.93: each 1.77–1.8 times the
   * one below (with the WCAG 0.05 flare); the odd stops lie halfway. */
  [FK_PALETTE_HIGH_CONTRAST] = {
    { 0x05, 0x0A, 0x28 }, { 0x15, 0x1F, 0x56 }, { 0x26, 0x35, 0x85 }, { 0x38, 0x49, 0x93 },
    { 0x4A, 0x5E, 0xA2 }, { 0x6B, 0x74, 0x8F }, { 0x8C, 0x8A, 0x7C }, { 0xAF, 0xA2, 0x66 },
    { 0xD2, 0xBA, 0x50 }, { 0xE8, 0xDC, 0x41 }, { 0xFF, 0xFF, 0x33 },
  },
};

G_STATIC_ASSERT (G_N_ELEMENTS (ramp_stops) == G_N_ELEMENTS (names));

/* ColorBrewer PuOr, t = −1 … 1 in eleven steps; the middle is darkened
 * from #F7F7F7 to #E6E6E6 so that a gap of 0 is not read as a blank cell. */
static const guint8 diverging_stops[11][3] = {
  { 0x7F, 0x3B, 0x08 }, { 0xB3, 0x58, 0x06 }, { 0xE0, 0x82, 0x14 }, { 0xFD, 0xB8, 0x63 },
  { 0xFE, 0xE0, 0xB6 }, { 0xE6, 0xE6, 0xE6 }, { 0xD8, 0xDA, 0xEB }, { 0xB2, 0xAB, 0xD2 },
  { 0x80, 0x73, 0xAC }, { 0x54, 0x27, 0x88 }, { 0x2D, 0x00, 0x4B },
};

/* PuOr's hues with darker ends and steeper steps, for high contrast. */
static const guint8 diverging_strong_stops[11][3] = {
  { 0x4A, 0x1A, 0x00 }, { 0x8A, 0x38, 0x00 }, { 0xCC, 0x62, 0x00 }, { 0xF2, 0x9A, 0x3A },
  { 0xFB, 0xCF, 0x9A }, { 0xE0, 0xE0, 0xE0 }, { 0xC8, 0xC4, 0xEA }, { 0x98, 0x8C, 0xCE },
  { 0x66, 0x4C, 0xAE }, { 0x3E, 0x14, 0x88 }, { 0x1E, 0x00, 0x46 },
};

static void
interpolate (const guint8 stops[11][3],
             double       t,
             double       rgb[3])
{
  double pos, frac;
  guint i;

  if (!(t > 0))   /* NAN too */
    t = 0;
  if (t > 1)
    t = 1;
  pos = t * 10;
  i = MIN ((guint) pos, 9);
  frac = pos - i;
  for (guint k = 0; k < 3; k++)
    rgb[k] = (stops[i][k] * (1 - frac) + stops[i + 1][k] * frac) / 255.0;
}

void
fk_palette_get_ramp_rgb (FkPalette palette,
                         double    t,
                         double    rgb[3])
{
  if ((guint) palette >= G_N_ELEMENTS (ramp_stops))
    palette = FK_PALETTE_DEFAULT;
  interpolate (ramp_stops[palette], t, rgb);
}

void
fk_palette_get_diverging_rgb (FkPalette palette,
                              double    t,
                              double    rgb[3])
{
  double u = (t + 1) / 2;

  if (palette == FK_PALETTE_GREYSCALE)
    interpolate (ramp_stops[FK_PALETTE_GREYSCALE], u, rgb);
  else if (palette == FK_PALETTE_HIGH_CONTRAST)
    interpolate (diverging_strong_stops, u, rgb);
  else
    interpolate (diverging_stops, u, rgb);
}
