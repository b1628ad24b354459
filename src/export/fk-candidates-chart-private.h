/* fk-candidates-chart-private.h — what the candidates figure's layout and drawing share */
#pragma once

#include <pango/pango.h>
#include "fk-candidates-chart.h"

G_BEGIN_DECLS

/* Unhinted metrics, for measuring and drawing alike: hinting rounds
 * glyph advances to the device's pixels (an image surface does, PDF
 * does not), and a line measured one way could wrap otherwise. */
void         fk_candidates_chart_prepare_context (PangoContext           *context);

/* @text shaped as it is measured and drawn: the heatmap's one text style
 * (fk_heatmap_text_layout()), wrapped at words (at characters inside a
 * word too long for the line) within text->w, its bold range applied. */
PangoLayout *fk_candidates_chart_shape (PangoContext           *context,
                                        const FkCandidatesText *text);

G_END_DECLS
