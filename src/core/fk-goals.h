/* fk-goals.h — the effect goals (effektmål) 1A–5B of the Fyrbodal action plan */
#pragma once

#include <glib.h>
#include "fk-text.h"

G_BEGIN_DECLS

typedef struct {
  const char *id;       /* "1A" */
  const char *area_sv;  /* "Digital kompetens" */
  const char *area_en;
  const char *text_sv;
  const char *text_en;
} FkGoal;

/* NULL if @id is not one of 1A, 1B, 1C, 2A, 2B, 3A, 3B, 4A, 4B, 5A, 5B. */
const FkGoal *fk_goal_lookup (const char *id);
/* All goals, in order; sets *n_goals. */
const FkGoal *fk_goals_get_all (guint *n_goals);

G_END_DECLS
