/* fk-esam.h — eSam's 13 principles for digital collaboration
 *
 * The Swedish framework for digital collaboration that the Fyrbodal
 * action plan 2020–2022 builds on (its annex 5.3), as bilingual data
 * like the effect goals (fk-goals.h): the scenario descriptions name the
 * principles a scenario rests on.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  guint       number;   /* 1–13 */
  const char *name_sv;  /* "Samverka som förstahandsval" */
  const char *name_en;  /* "Collaborate as the first choice" */
} FkEsamPrinciple;

#define FK_ESAM_N_PRINCIPLES 13

/* NULL if @number is not 1–13. */
const FkEsamPrinciple *fk_esam_principle_lookup   (guint       number);
/* The principle's name in @language ("sv" or "en"; anything else: Swedish). */
const char            *fk_esam_principle_get_name (const FkEsamPrinciple *principle,
                                                   const char            *language);

G_END_DECLS
