/* fk-candidates-chart.h — the collaboration candidates drawn with cairo
 *
 * The potential of a candidate (0–100, fk-candidates.h) is drawn as a
 * bar by one function, so the app's candidates page and the exported
 * figure show the same thing. An uncertain candidate (too few
 * municipalities assessed it) is a hatched, lighter bar with a dashed
 * outline: told apart by shape, not only by colour.
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include "fk-palette.h"

G_BEGIN_DECLS

/* Draws the bar of @score (0–100, clamped) in the rectangle (@x, @y,
 * @w, @h) of @cr: a light track the whole width, the filled part in
 * proportion, in the current-level colour of @palette (for a dark
 * background with @dark_background). */
void fk_candidates_draw_bar (cairo_t   *cr,
                             double     x,
                             double     y,
                             double     w,
                             double     h,
                             double     score,
                             gboolean   uncertain,
                             FkPalette  palette,
                             gboolean   dark_background);

G_END_DECLS
