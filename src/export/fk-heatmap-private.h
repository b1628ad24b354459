/* fk-heatmap-private.h — what the heatmap's layout, cells and renderer share */
#pragma once

#include <pango/pango.h>
#include "fk-heatmap-layout.h"

G_BEGIN_DECLS

/* The one text style of the heatmap: Sans at @font_size pixels, bold or
 * not, @text as plain text (names from users and files are never markup).
 * Measuring and drawing use it alike, so what was measured is drawn. */
PangoLayout *fk_heatmap_text_layout (PangoContext *context,
                                     const char   *text,
                                     double        font_size,
                                     gboolean      bold);

/* An area header's text for a part that continues the area: "▾ Name
 * (continued)", in the language the layout was made in. Only for
 * layouts of fk_heatmap_layout_new(). (transfer full) */
char        *fk_heatmap_layout_continued_text (const FkHeatmapLayout *layout,
                                               const FkHeatmapLabel  *header);

/* The colour of a difference between two rounds of @measure (NAN:
 * white): the diverging scale of @palette over ±fk_round_change_get_scale(). */
void         fk_heatmap_change_rgb    (FkMeasure    measure,
                                       FkPalette    palette,
                                       double       value,
                                       double       rgb[3]);

/* What an unchanged cell shows instead of its 0, with or without numbers:
 * the mark that tells it apart from a small rise or fall by shape. */
#define FK_HEATMAP_UNCHANGED_TEXT "="

/* Black or white, whichever has the higher WCAG contrast with @bg. */
void         fk_heatmap_contrast_text (const double bg[3],
                                       double       out[3]);
/* "1–4", "3" when both are one value; NULL for none. */
char        *fk_heatmap_format_range  (double      min,
                                       double      max,
                                       gboolean    integral,
                                       gboolean    signed_,
                                       const char *language);

/* The look of a whole value, worked out once per layout: most cells are
 * whole levels, and pow() and printf per cell are what a large grid costs. */
#define FK_HEATMAP_N_WHOLE 11   /* −5 … 5 */

typedef struct {
  double      rgb[3];
  double      text_rgb[3];
  const char *text;     /* in FkHeatmapCellSource.texts, or NULL without numbers */
} FkHeatmapWholeValue;

/* What every cell of one layout is computed from. */
typedef struct {
  FkRoundSnapshot   *snapshot;
  FkMatrix          *matrix;            /* the measure shown */
  FkMatrix          *target;            /* the target levels, for the overlay */
  FkMeasure          measure;
  FkPalette          palette;
  const char        *language;
  gboolean           show_numbers;
  FkHeatmapOverlays  overlays;          /* NONE unless the measure is current */
  FkRoundChange     *change;            /* the change grid's, or NULL (matrix is its differences) */
  gboolean           signed_;           /* numbers with their sign (diverging or a change) */
  GPtrArray         *area_caps;         /* per area: a GArray of its capabilities (guint) */
  double             mean_of_row_means; /* the mean row's MEAN cell */
  guint              n_row_means;       /* how many municipalities it rests on */
  FkHeatmapWholeValue whole[FK_HEATMAP_N_WHOLE]; /* value v at [v + 5] */
  /* The cells' texts, owned by the layout (a cell's text points into it):
   * one copy of each, and none of the 58 000 small allocations and frees
   * of a large study. */
  GStringChunk      *texts;
  /* Each distinct text of a cell other than the whole values (the key:
   * its copy in texts) → the width of the narrowest cell showing it, in
   * whole pixels (GINT_TO_POINTER); NULL without numbers. The layout
   * picks the numbers' font size from it (fk-heatmap-layout.c). */
  GHashTable        *text_room;
} FkHeatmapCellSource;

/* Fills source->whole from the measure, palette, language and numbers,
 * its texts in source->texts. */
void         fk_heatmap_cell_source_init_whole (FkHeatmapCellSource *source);

/* Fills the content of @cell (kind, colours, value, text, n_values,
 * target, cannot_sustain) for the grid position of @row and @column; the
 * text is in source->texts (or a static ""), never to be freed. */
void         fk_heatmap_cell_fill     (const FkHeatmapCellSource *source,
                                       const FkHeatmapRow        *row,
                                       const FkHeatmapColumn     *column,
                                       FkHeatmapCell             *cell);

/* The fill of a count with @share (0–1) of its municipalities: a light
 * grey, somewhat darker the larger the share, never a measure's colour. */
void         fk_heatmap_count_rgb     (double       share,
                                       double       rgb[3]);

G_END_DECLS
