/* fk-score-summary.h — one score in words, for tooltips, screen readers,
 * exports and the CLI
 *
 * Plain text, never markup: names and comments are shown as typed. Every
 * phrase is a whole translated sentence with placeholders, one template
 * per combination of the fields that are present.
 */
#pragma once

#include <glib.h>
#include "fk-score.h"

G_BEGIN_DECLS

/* How much of a comment the long summary shows, in characters. */
#define FK_SCORE_SUMMARY_COMMENT_CHARS 120

/* "Uddevalla, Informationssäkerhet: level 3, target 4, cannot sustain
 * alone": the short form a screen reader speaks for a cell. @score may be
 * NULL (nothing stored: not assessed).
 * Returns: (transfer full) */
char *fk_score_summary_short (const char    *municipality,
                              const char    *capability,
                              const FkScore *score);

/* The whole score, one item per line: the municipality, the capability,
 * current and target level, sustain alone, key person, interest, who
 * answered (when known) and the start of the comment (when there is
 * one, fk_score_summary_ellipsize() to @max_comment_chars). @score may be
 * NULL.
 * Returns: (transfer full) */
char *fk_score_summary_long  (const char    *municipality,
                              const char    *capability,
                              const FkScore *score,
                              guint          max_comment_chars);

/* The first @max_chars characters of @text with line breaks as spaces,
 * cut at the last space if there is one in the second half, and "…"
 * when anything was left out.
 * Returns: (transfer full) */
char *fk_score_summary_ellipsize (const char *text,
                                  guint       max_chars);

G_END_DECLS
