/* fk-score.h — one municipality's answer for one capability in one round */
#pragma once

#include <glib-object.h>

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

/**
 * FkScoreField:
 * @FK_SCORE_FIELD_CURRENT: the current level: 0–5, %FK_LEVEL_UNSET or
 *   %FK_LEVEL_NA
 * @FK_SCORE_FIELD_TARGET: the target level: 0–5 or %FK_LEVEL_UNSET
 * @FK_SCORE_FIELD_SUSTAIN: a #FkSustain
 * @FK_SCORE_FIELD_KEY_PERSON: a #FkKeyPerson
 * @FK_SCORE_FIELD_INTEREST: a #FkInterest
 * @FK_SCORE_FIELD_COMMENT: the comment or evidence (text)
 * @FK_SCORE_FIELD_RESPONDENT: who answered (text)
 *
 * The answer fields of a score: what the scoring view, the CLI and files
 * set one at a time. The first five hold a number
 * (fk_score_set_field_value()), the last two text
 * (fk_score_set_field_text()).
 */
typedef enum {
  FK_SCORE_FIELD_CURRENT,
  FK_SCORE_FIELD_TARGET,
  FK_SCORE_FIELD_SUSTAIN,
  FK_SCORE_FIELD_KEY_PERSON,
  FK_SCORE_FIELD_INTEREST,
  FK_SCORE_FIELD_COMMENT,
  FK_SCORE_FIELD_RESPONDENT,
} FkScoreField;

/* The number of fields, for arrays indexed by FkScoreField. */
#define FK_SCORE_N_FIELDS (FK_SCORE_FIELD_RESPONDENT + 1)

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

/**
 * FK_TYPE_SCORE:
 *
 * The boxed #GType of #FkScore (copied with fk_score_copy(), freed with
 * fk_score_free()), so that a score can be held in a property or a #GValue.
 */
#define FK_TYPE_SCORE (fk_score_get_type ())

GType       fk_score_get_type (void) G_GNUC_CONST;

/**
 * fk_score_new:
 * @round_id: the round the score belongs to
 * @municipality: (transfer none): a municipality code (kommunkod)
 * @capability: (transfer none): a capability key
 *
 * Creates a score with every answer field unset.
 *
 * Returns: (transfer full): a new score; free it with fk_score_free()
 */
FkScore    *fk_score_new      (gint64         round_id,
                               const char    *municipality,
                               const char    *capability);
/**
 * fk_score_copy:
 * @score: (transfer none): a score
 *
 * Returns: (transfer full): a deep copy of @score
 */
FkScore    *fk_score_copy     (const FkScore *score);
/**
 * fk_score_free:
 * @score: (transfer full) (nullable): a score
 *
 * Frees @score and its strings; does nothing for %NULL.
 */
void        fk_score_free     (FkScore       *score);
/**
 * fk_score_equal:
 * @a: (transfer none): a score
 * @b: (transfer none): another score
 *
 * Whether @a and @b hold equal answers for the same round, municipality
 * and capability. @updated is ignored; %NULL and "" texts are equal.
 *
 * Returns: %TRUE when equal
 */
gboolean    fk_score_equal    (const FkScore *a,
                               const FkScore *b);
/**
 * fk_score_is_empty:
 * @score: (transfer none): a score
 *
 * Returns: %TRUE when no answer field is set
 */
gboolean    fk_score_is_empty (const FkScore *score);
/**
 * fk_score_is_assessed:
 * @score: (transfer none): a score
 *
 * Returns: %TRUE when the current level is a level or not applicable
 */
gboolean    fk_score_is_assessed (const FkScore *score);
/**
 * fk_score_clear_answers:
 * @score: a score whose current level was just set to "not applicable" or
 *   "not assessed"
 *
 * What those two mean for the rest of the answer: no target and none of
 * the three answers. The comment and the respondent stay (typed text,
 * which may say why).
 */
void        fk_score_clear_answers (FkScore *score);
/**
 * fk_score_check_consistent:
 *
 * FALSE with @error (FK_ERROR_INVALID) for a score marked "not applicable"
 * that still has a target or one of the three answers. Older studies may
 * hold such scores, so reading them is fine; new writes by the CLI refuse
 * them, and the app never makes them.
 */
gboolean    fk_score_check_consistent (const FkScore *score,
                                       GError       **error);

/**
 * fk_score_validate:
 * @score: (transfer none): a score
 * @error: return location for an error naming the field, or %NULL
 *
 * Checks that levels and answers are in range and texts are UTF-8.
 *
 * Returns: %TRUE when @score is valid
 */
gboolean    fk_score_validate (const FkScore *score,
                               GError       **error);

/**
 * fk_score_field_to_string:
 * @field: a field
 *
 * The stable name of @field, the same as the option of
 * `formagekarta-cli set`: "current", "target", "sustain", "key-person",
 * "interest", "comment", "respondent".
 *
 * Returns: (transfer none) (nullable): a static string, %NULL when @field
 *   is not a field
 */
const char *fk_score_field_to_string   (FkScoreField   field);
/**
 * fk_score_field_from_string:
 * @str: (transfer none) (nullable): a field's name
 * @out: (out): the field
 * @error: return location for an error naming @str, or %NULL
 *
 * Accepts exactly the names of fk_score_field_to_string().
 *
 * Returns: %TRUE when @str names a field
 */
gboolean    fk_score_field_from_string (const char    *str,
                                        FkScoreField  *out,
                                        GError       **error);
/**
 * fk_score_field_is_text:
 * @field: a field
 *
 * Returns: %TRUE for the fields holding text (comment and respondent)
 */
gboolean    fk_score_field_is_text     (FkScoreField   field);
/**
 * fk_score_set_field_value:
 * @score: (transfer none): a score
 * @field: a field holding a number (not text)
 * @value: a level, %FK_LEVEL_UNSET, %FK_LEVEL_NA, or a value of the
 *   field's enum (#FkSustain, #FkKeyPerson, #FkInterest)
 *
 * Sets one field of @score. @value is not checked: fk_score_validate()
 * does that before a score is stored.
 */
void        fk_score_set_field_value   (FkScore       *score,
                                        FkScoreField   field,
                                        int            value);
/**
 * fk_score_set_field_text:
 * @score: (transfer none): a score
 * @field: %FK_SCORE_FIELD_COMMENT or %FK_SCORE_FIELD_RESPONDENT
 * @text: (transfer none) (nullable): the new text; %NULL or "" clears it
 *
 * Sets one text field of @score to a copy of @text.
 */
void        fk_score_set_field_text    (FkScore       *score,
                                        FkScoreField   field,
                                        const char    *text);
/**
 * fk_score_parse_field:
 * @score: (transfer none): a score
 * @field: a field
 * @text: (transfer none): the field's value as text, as the CLI takes it:
 *   "0".."5", "na" (current only) or "none" for levels; the words of
 *   fk_sustain_to_string() and the like, or "none", for answers; any
 *   UTF-8 text for text fields, "" clearing them
 * @error: return location for an error, or %NULL
 *
 * Parses @text and sets @field of @score to it. On failure @score is
 * unchanged and @error says "FIELD: problem", naming the field (by its
 * stable name) and the value.
 *
 * Returns: %TRUE when @text was a value of @field
 */
gboolean    fk_score_parse_field       (FkScore       *score,
                                        FkScoreField   field,
                                        const char    *text,
                                        GError       **error);

/* Stable strings for files and the CLI: "yes", "difficult", … The results
 * are static strings (transfer none), %NULL for UNSET. */
const char *fk_sustain_to_string     (FkSustain   value);
const char *fk_key_person_to_string  (FkKeyPerson value);
const char *fk_interest_to_string    (FkInterest  value);
/* Parsers accept exactly the strings above and "none" (UNSET); %FALSE,
 * with @error naming the value and the question, otherwise. @str is
 * (transfer none) (nullable). */
gboolean    fk_sustain_from_string    (const char *str, FkSustain   *out, GError **error);
gboolean    fk_key_person_from_string (const char *str, FkKeyPerson *out, GError **error);
gboolean    fk_interest_from_string   (const char *str, FkInterest  *out, GError **error);
/**
 * fk_level_from_string:
 * @str: (transfer none) (nullable): the text to parse
 * @allow_na: whether "na" (%FK_LEVEL_NA) is allowed
 * @out: (out): the level
 * @error: return location for an error naming the value, or %NULL
 *
 * Parses "0".."5", "none" (%FK_LEVEL_UNSET) and, if @allow_na, "na".
 *
 * Returns: %TRUE when @str is a level
 */
gboolean    fk_level_from_string      (const char *str,
                                       gboolean    allow_na,
                                       int        *out,
                                       GError    **error);

/* Translated labels for people ("Yes", "With difficulty", …; "Not
 * answered" for UNSET): static strings (transfer none), never %NULL. */
const char *fk_sustain_get_label    (FkSustain   value);
const char *fk_key_person_get_label (FkKeyPerson value);
const char *fk_interest_get_label   (FkInterest  value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkScore, fk_score_free)

G_END_DECLS
