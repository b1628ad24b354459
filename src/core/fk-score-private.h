/* fk-score-private.h — what fk-score.c shares with fk-score-json.c (private to core) */
#pragma once

#include "fk-score.h"

G_BEGIN_DECLS

/* The value @text gives the number field @field (not a text field), as
 * fk_score_parse_field reads it, without setting it; the error names the
 * value but not the field. */
gboolean fk_score_field_value_from_string (FkScoreField   field,
                                           const char    *text,
                                           int           *out,
                                           GError       **error);

G_END_DECLS
