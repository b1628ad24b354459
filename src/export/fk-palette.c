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
};

static const char * const names[] = {
  [FK_PALETTE_VIRIDIS] = "viridis",
  [FK_PALETTE_CIVIDIS] = "cividis",
  [FK_PALETTE_GREYSCALE] = "greyscale",
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
