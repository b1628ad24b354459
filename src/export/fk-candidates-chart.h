/* fk-candidates-chart.h — the collaboration candidates drawn with cairo
 *
 * The ranked list as a figure for slides and the annex (issue 11): a
 * title with the round, then one row per candidate, best first: its
 * rank, the capability's name (its area below, smaller), the bar of its
 * potential with the score as a number, the participants and possible
 * hosts by name (or by the anonymizer's names), and the reason in words
 * wrapped below. A legend line says what the bar and the hatched bar
 * mean. Like the heatmap it is a display list computed without GTK
 * (fk_candidates_chart_new()) and replayed with cairo
 * (fk_candidates_chart_draw()), and written to PNG, SVG or PDF with
 * fk_export_write_figure(). Every text is plain text, never markup.
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
#include "fk-candidates.h"
#include "fk-anonymize.h"
#include "fk-export-file.h"

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

/* No text of the figure is smaller than this many pixels times its
 * font_scale: the reasons are read on a projector too. */
#define FK_CANDIDATES_CHART_MIN_FONT_SIZE 14.0

typedef struct {
  const char   *language;    /* "sv" or "en": names and numbers (default "sv") */
  FkPalette     palette;     /* the bars' colour (default FK_PALETTE_DEFAULT) */
  guint         limit;       /* rows at most, best first; 0 for all (default 10) */
  /* Participants and hosts by the anonymizer's names, in its letter
   * order; the highlighted municipality keeps its name, in bold. The
   * reasons too. Borrowed, nullable (default NULL: real names). */
  FkAnonymizer *anonymizer;
  double        font_scale;  /* 1.0 = the default sizes */
  double        width;       /* pixels at scale 1 (default 1600) */
} FkCandidatesChartOptions;

void fk_candidates_chart_options_init (FkCandidatesChartOptions *options);

/* What a text of the figure is. */
typedef enum {
  FK_CANDIDATES_TEXT_TITLE,
  FK_CANDIDATES_TEXT_SUBTITLE,
  FK_CANDIDATES_TEXT_RANK,
  FK_CANDIDATES_TEXT_NAME,          /* the capability */
  FK_CANDIDATES_TEXT_AREA,          /* its area, under the name */
  FK_CANDIDATES_TEXT_SCORE,         /* the potential as a number, beside the bar */
  FK_CANDIDATES_TEXT_PARTICIPANTS,
  FK_CANDIDATES_TEXT_HOSTS,
  FK_CANDIDATES_TEXT_GAIN,          /* the size group that would gain most */
  FK_CANDIDATES_TEXT_REASON,
  FK_CANDIDATES_TEXT_LEGEND,
  FK_CANDIDATES_TEXT_EMPTY,         /* said instead of rows when there are none */
} FkCandidatesTextKind;

typedef struct {
  double               x, y, w, h; /* wrapped at word boundaries within w, h tall */
  char                *text;       /* plain text (never markup) */
  double               font_size;  /* pixels */
  gboolean             bold;
  gboolean             align_right;
  /* Bytes [bold_start, bold_end) of text drawn bold (the highlighted
   * municipality's name); equal for none. */
  guint                bold_start, bold_end;
  FkCandidatesTextKind kind;
  int                  row;        /* index in rows, or −1 */
} FkCandidatesText;

typedef struct {
  double   x, y, w, h;
  double   score;
  gboolean uncertain;
  int      row;                    /* index in rows, or −1 in the legend */
} FkCandidatesBar;

typedef struct {
  double             y, h;         /* the row's band, its rule at y + h */
  guint              rank;         /* 1 for the best */
  const FkCandidate *candidate;    /* in the chart's candidates */
} FkCandidatesRow;

typedef struct {
  double        width, height;
  double        font_size;         /* body text, pixels */
  FkPalette     palette;
  FkCandidates *candidates;        /* kept */
  GArray       *rows;              /* FkCandidatesRow, best first */
  GArray       *texts;             /* FkCandidatesText, in drawing order */
  GArray       *bars;              /* FkCandidatesBar: one per row, then the legend's */
} FkCandidatesChart;

/* The figure of @candidates (the message language should be
 * options->language: the reasons and the figure's own words come from
 * gettext, fk_text_use_message_language()). @options may be NULL for the
 * defaults. Returns: (transfer full) */
FkCandidatesChart *fk_candidates_chart_new   (FkCandidates                   *candidates,
                                              const FkCandidatesChartOptions *options);
void               fk_candidates_chart_free  (FkCandidatesChart              *chart);

/* Replays @chart into (0, 0, chart->width, chart->height) of @cr, white
 * background included. */
void               fk_candidates_chart_draw  (const FkCandidatesChart        *chart,
                                              cairo_t                        *cr);
/* Writes @chart to @path with fk_export_write_figure(). */
gboolean           fk_candidates_chart_write (const FkCandidatesChart        *chart,
                                              const char                     *path,
                                              FkExportFormat                  format,
                                              GError                        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkCandidatesChart, fk_candidates_chart_free)

G_END_DECLS
