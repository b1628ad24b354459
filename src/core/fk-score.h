/* fk-score.h — one municipality's answer for one capability in one round */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Values of FkScore.current and .target besides the levels 0–5.
 * "Not assessed" and "not applicable" are never a level. */
#define FK_LEVEL_UNSET (-1)   /* not assessed */
#define FK_LEVEL_NA    (-2)   /* not applicable to us (current only) */

typedef enum {
  FK_SUSTAIN_UNSET,
  FK_SUSTAIN_YES,
  FK_SUSTAIN_DIFFICULT,
  FK_SUSTAIN_NO,
} FkSustain;

typedef enum {
  FK_KEY_PERSON_UNSET,
  FK_KEY_PERSON_YES,
  FK_KEY_PERSON_NO,
} FkKeyPerson;

typedef enum {
  FK_INTEREST_UNSET,
  FK_INTEREST_NO,
  FK_INTEREST_MAYBE,
  FK_INTEREST_YES,
} FkInterest;

typedef struct {
  gint64      round_id;
  char       *municipality;  /* kommunkod */
  char       *capability;    /* capability key */
  int         current;       /* 0–5, FK_LEVEL_UNSET or FK_LEVEL_NA */
  int         target;        /* 0–5 or FK_LEVEL_UNSET */
  FkSustain   sustain;
  FkKeyPerson key_person;
  FkInterest  interest;
  char       *comment;       /* NULL when unset */
  char       *respondent;    /* NULL when unset */
  gint64      updated;       /* Unix time (UTC) of the last change; 0 = never */
} FkScore;

/* A score with every field unset. */
FkScore    *fk_score_new      (gint64         round_id,
                               const char    *municipality,
                               const char    *capability);
FkScore    *fk_score_copy     (const FkScore *score);
void        fk_score_free     (FkScore       *score);
/* Equal answers (ignores @updated; NULL and "" comments are equal). */
gboolean    fk_score_equal    (const FkScore *a,
                               const FkScore *b);
/* TRUE when no answer field is set. */
gboolean    fk_score_is_empty (const FkScore *score);
/* TRUE when current is a level or not applicable. */
gboolean    fk_score_is_assessed (const FkScore *score);
/* Checks ranges; the message names the field. */
gboolean    fk_score_validate (const FkScore *score,
                               GError       **error);

/* Stable strings for files and the CLI; NULL for UNSET. */
const char *fk_sustain_to_string     (FkSustain   value);
const char *fk_key_person_to_string  (FkKeyPerson value);
const char *fk_interest_to_string    (FkInterest  value);
/* Parsers accept exactly the strings above; FALSE (with @error) otherwise. */
gboolean    fk_sustain_from_string    (const char *str, FkSustain   *out, GError **error);
gboolean    fk_key_person_from_string (const char *str, FkKeyPerson *out, GError **error);
gboolean    fk_interest_from_string   (const char *str, FkInterest  *out, GError **error);
/* "0".."5", "none" (FK_LEVEL_UNSET) and, if @allow_na, "na" (FK_LEVEL_NA). */
gboolean    fk_level_from_string      (const char *str,
                                       gboolean    allow_na,
                                       int        *out,
                                       GError    **error);

/* Translated labels for people ("Yes", "With difficulty", …; "Not assessed"). */
const char *fk_sustain_get_label    (FkSustain   value);
const char *fk_key_person_get_label (FkKeyPerson value);
const char *fk_interest_get_label   (FkInterest  value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkScore, fk_score_free)

G_END_DECLS
