/* fk-score.c — a score and the words for its answers */
#define G_LOG_DOMAIN "fk-score"
#include "config.h"
#include "fk-score.h"
#include "fk-score-private.h"
#include "fk-error.h"
#include "fk-model.h"

#include "fk-i18n.h"

G_DEFINE_BOXED_TYPE (FkScore, fk_score, fk_score_copy, fk_score_free)

FkScore *
fk_score_new (gint64      round_id,
              const char *municipality,
              const char *capability)
{
  FkScore *score = g_new0 (FkScore, 1);

  score->round_id = round_id;
  score->municipality = g_strdup (municipality);
  score->capability = g_strdup (capability);
  score->current = FK_LEVEL_UNSET;
  score->target = FK_LEVEL_UNSET;
  return score;
}

FkScore *
fk_score_copy (const FkScore *score)
{
  FkScore *copy = g_memdup2 (score, sizeof *score);

  copy->municipality = g_strdup (score->municipality);
  copy->capability = g_strdup (score->capability);
  copy->comment = g_strdup (score->comment);
  copy->respondent = g_strdup (score->respondent);
  return copy;
}

void
fk_score_free (FkScore *score)
{
  if (score == NULL)
    return;
  g_free (score->municipality);
  g_free (score->capability);
  g_free (score->comment);
  g_free (score->respondent);
  g_free (score);
}

static const char *
nonempty (const char *s)
{
  return (s != NULL && *s != '\0') ? s : NULL;
}

gboolean
fk_score_equal (const FkScore *a,
                const FkScore *b)
{
  return a->round_id == b->round_id &&
         g_strcmp0 (a->municipality, b->municipality) == 0 &&
         g_strcmp0 (a->capability, b->capability) == 0 &&
         a->current == b->current &&
         a->target == b->target &&
         a->sustain == b->sustain &&
         a->key_person == b->key_person &&
         a->interest == b->interest &&
         g_strcmp0 (nonempty (a->comment), nonempty (b->comment)) == 0 &&
         g_strcmp0 (nonempty (a->respondent), nonempty (b->respondent)) == 0;
}

gboolean
fk_score_is_empty (const FkScore *score)
{
  return score->current == FK_LEVEL_UNSET &&
         score->target == FK_LEVEL_UNSET &&
         score->sustain == FK_SUSTAIN_UNSET &&
         score->key_person == FK_KEY_PERSON_UNSET &&
         score->interest == FK_INTEREST_UNSET &&
         nonempty (score->comment) == NULL &&
         nonempty (score->respondent) == NULL;
}

gboolean
fk_score_is_assessed (const FkScore *score)
{
  return score->current != FK_LEVEL_UNSET;
}

void
fk_score_clear_answers (FkScore *score)
{
  g_return_if_fail (score != NULL);
  score->target = FK_LEVEL_UNSET;
  score->sustain = FK_SUSTAIN_UNSET;
  score->key_person = FK_KEY_PERSON_UNSET;
  score->interest = FK_INTEREST_UNSET;
}

gboolean
fk_score_check_consistent (const FkScore  *score,
                           GError        **error)
{
  g_return_val_if_fail (score != NULL, FALSE);

  if (score->current == FK_LEVEL_NA &&
      (score->target != FK_LEVEL_UNSET || score->sustain != FK_SUSTAIN_UNSET ||
       score->key_person != FK_KEY_PERSON_UNSET || score->interest != FK_INTEREST_UNSET))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("a capability that is not applicable has no target level and no answers"));
      return FALSE;
    }
  return TRUE;
}

gboolean
fk_score_validate (const FkScore *score,
                   GError       **error)
{
  if (score->current != FK_LEVEL_UNSET && score->current != FK_LEVEL_NA &&
      (score->current < FK_LEVEL_MIN || score->current > FK_LEVEL_MAX))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("current level %d is outside the scale %d–%d"),
                   score->current, FK_LEVEL_MIN, FK_LEVEL_MAX);
      return FALSE;
    }
  if (score->target != FK_LEVEL_UNSET &&
      (score->target < FK_LEVEL_MIN || score->target > FK_LEVEL_MAX))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("target level %d is outside the scale %d–%d"),
                   score->target, FK_LEVEL_MIN, FK_LEVEL_MAX);
      return FALSE;
    }
  if ((guint) score->sustain > FK_SUSTAIN_NO ||
      (guint) score->key_person > FK_KEY_PERSON_NO ||
      (guint) score->interest > FK_INTEREST_YES)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID, _("an answer is out of range"));
      return FALSE;
    }
  if ((score->comment != NULL && !g_utf8_validate (score->comment, -1, NULL)) ||
      (score->respondent != NULL && !g_utf8_validate (score->respondent, -1, NULL)))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID, _("text is not valid UTF-8"));
      return FALSE;
    }
  return TRUE;
}

/* The stable names of the fields, in the order of FkScoreField. */
static const char *const field_names[] = {
  "current",
  "target",
  "sustain",
  "key-person",
  "interest",
  "comment",
  "respondent",
};

G_STATIC_ASSERT (G_N_ELEMENTS (field_names) == FK_SCORE_N_FIELDS);

const char *
fk_score_field_to_string (FkScoreField field)
{
  return (guint) field < G_N_ELEMENTS (field_names) ? field_names[field] : NULL;
}

gboolean
fk_score_field_from_string (const char    *str,
                            FkScoreField  *out,
                            GError       **error)
{
  g_autoptr(GString) allowed = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (field_names); i++)
    {
      if (g_strcmp0 (field_names[i], str) == 0)
        {
          *out = (FkScoreField) i;
          return TRUE;
        }
      g_string_append_printf (allowed, "%s%s", i > 0 ? ", " : "", field_names[i]);
    }
  g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
               _("“%s” is not a field of a score (use %s)"),
               str != NULL ? str : "", allowed->str);
  return FALSE;
}

gboolean
fk_score_field_is_text (FkScoreField field)
{
  return field == FK_SCORE_FIELD_COMMENT || field == FK_SCORE_FIELD_RESPONDENT;
}

void
fk_score_set_field_value (FkScore      *score,
                          FkScoreField  field,
                          int           value)
{
  g_return_if_fail (score != NULL);

  switch (field)
    {
    case FK_SCORE_FIELD_CURRENT:
      score->current = value;
      break;
    case FK_SCORE_FIELD_TARGET:
      score->target = value;
      break;
    case FK_SCORE_FIELD_SUSTAIN:
      score->sustain = (FkSustain) value;
      break;
    case FK_SCORE_FIELD_KEY_PERSON:
      score->key_person = (FkKeyPerson) value;
      break;
    case FK_SCORE_FIELD_INTEREST:
      score->interest = (FkInterest) value;
      break;
    case FK_SCORE_FIELD_COMMENT:
    case FK_SCORE_FIELD_RESPONDENT:
    default:
      g_return_if_reached ();
    }
}

void
fk_score_set_field_text (FkScore      *score,
                         FkScoreField  field,
                         const char   *text)
{
  char *copy = nonempty (text) != NULL ? g_strdup (text) : NULL;

  g_return_if_fail (score != NULL);

  switch (field)
    {
    case FK_SCORE_FIELD_COMMENT:
      g_free (score->comment);
      score->comment = copy;
      break;
    case FK_SCORE_FIELD_RESPONDENT:
      g_free (score->respondent);
      score->respondent = copy;
      break;
    case FK_SCORE_FIELD_CURRENT:
    case FK_SCORE_FIELD_TARGET:
    case FK_SCORE_FIELD_SUSTAIN:
    case FK_SCORE_FIELD_KEY_PERSON:
    case FK_SCORE_FIELD_INTEREST:
    default:
      g_free (copy);
      g_return_if_reached ();
    }
}

gboolean
fk_score_field_value_from_string (FkScoreField   field,
                                  const char    *text,
                                  int           *out,
                                  GError       **error)
{
  FkSustain sustain;
  FkKeyPerson key_person;
  FkInterest interest;

  switch (field)
    {
    case FK_SCORE_FIELD_CURRENT:
      return fk_level_from_string (text, TRUE, out, error);
    case FK_SCORE_FIELD_TARGET:
      return fk_level_from_string (text, FALSE, out, error);
    case FK_SCORE_FIELD_SUSTAIN:
      if (!fk_sustain_from_string (text, &sustain, error))
        return FALSE;
      *out = sustain;
      return TRUE;
    case FK_SCORE_FIELD_KEY_PERSON:
      if (!fk_key_person_from_string (text, &key_person, error))
        return FALSE;
      *out = key_person;
      return TRUE;
    case FK_SCORE_FIELD_INTEREST:
      if (!fk_interest_from_string (text, &interest, error))
        return FALSE;
      *out = interest;
      return TRUE;
    case FK_SCORE_FIELD_COMMENT:
    case FK_SCORE_FIELD_RESPONDENT:
    default:
      g_return_val_if_reached (FALSE);
    }
}

gboolean
fk_score_parse_field (FkScore       *score,
                      FkScoreField   field,
                      const char    *text,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  int value;

  g_return_val_if_fail (score != NULL, FALSE);
  g_return_val_if_fail ((guint) field < FK_SCORE_N_FIELDS, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (fk_score_field_is_text (field))
    {
      if (!g_utf8_validate (text, -1, NULL))
        {
          g_set_error (error, FK_ERROR, FK_ERROR_INVALID, "%s: %s",
                       field_names[field], _("text is not valid UTF-8"));
          return FALSE;
        }
      fk_score_set_field_text (score, field, text);
      return TRUE;
    }
  if (!fk_score_field_value_from_string (field, text, &value, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", field_names[field]);
      return FALSE;
    }
  fk_score_set_field_value (score, field, value);
  return TRUE;
}

/* One table per answer: stable string for files, label for people. */
typedef struct {
  const char *id;
  const char *label;  /* N_() marked, translated on use */
} Choice;

static const Choice sustain_choices[] = {
  { NULL, N_("Not answered") },
  { "yes", N_("Yes") },
  { "difficult", N_("With difficulty") },
  { "no", N_("No") },
};

static const Choice key_person_choices[] = {
  { NULL, N_("Not answered") },
  { "yes", N_("Yes") },
  { "no", N_("No") },
};

static const Choice interest_choices[] = {
  { NULL, N_("Not answered") },
  { "no", N_("No") },
  { "maybe", N_("Maybe") },
  { "yes", N_("Yes") },
};

typedef enum {
  ASKS_SUSTAIN,
  ASKS_KEY_PERSON,
  ASKS_INTEREST,
} Question;

static gboolean
choice_from_string (const Choice *choices,
                    guint         n_choices,
                    Question      question,
                    const char   *str,
                    guint        *out,
                    GError      **error)
{
  g_autoptr(GString) allowed = g_string_new (NULL);

  for (guint i = 1; i < n_choices; i++)
    {
      if (g_strcmp0 (choices[i].id, str) == 0)
        {
          *out = i;
          return TRUE;
        }
      g_string_append_printf (allowed, "%s%s", i > 1 ? ", " : "", choices[i].id);
    }
  if (g_strcmp0 (str, "none") == 0)
    {
      *out = 0;
      return TRUE;
    }
  /* Whole sentences, so that translations can follow their own grammar. */
  if (str == NULL)
    str = "";
  switch (question)
    {
    case ASKS_SUSTAIN:
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("“%s” is not an answer to “can we sustain it alone” (use %s or none)"), str, allowed->str);
      break;
    case ASKS_KEY_PERSON:
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("“%s” is not an answer to “does it depend on a key person” (use %s or none)"), str, allowed->str);
      break;
    case ASKS_INTEREST:
    default:
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("“%s” is not an answer to “interest in collaborating” (use %s or none)"), str, allowed->str);
      break;
    }
  return FALSE;
}

#define CHOICE_FUNCS(prefix, Type, table, question)                               \
  const char *                                                                \
  prefix##_to_string (Type value)                                             \
  {                                                                           \
    return (guint) value < G_N_ELEMENTS (table) ? table[value].id : NULL;    \
  }                                                                           \
  const char *                                                                \
  prefix##_get_label (Type value)                                             \
  {                                                                           \
    return (guint) value < G_N_ELEMENTS (table) ? _(table[value].label) : ""; \
  }                                                                           \
  gboolean                                                                    \
  prefix##_from_string (const char *str, Type *out, GError **error)           \
  {                                                                           \
    guint value;                                                              \
    if (!choice_from_string (table, G_N_ELEMENTS (table), question, str,     \
                             &value, error))                                  \
      return FALSE;                                                           \
    *out = (Type) value;                                                      \
    return TRUE;                                                              \
  }

CHOICE_FUNCS (fk_sustain, FkSustain, sustain_choices, ASKS_SUSTAIN)
CHOICE_FUNCS (fk_key_person, FkKeyPerson, key_person_choices, ASKS_KEY_PERSON)
CHOICE_FUNCS (fk_interest, FkInterest, interest_choices, ASKS_INTEREST)

gboolean
fk_level_from_string (const char *str,
                      gboolean    allow_na,
                      int        *out,
                      GError    **error)
{
  guint64 level;

  if (g_strcmp0 (str, "none") == 0)
    {
      *out = FK_LEVEL_UNSET;
      return TRUE;
    }
  if (allow_na && g_strcmp0 (str, "na") == 0)
    {
      *out = FK_LEVEL_NA;
      return TRUE;
    }
  if (str != NULL &&
      g_ascii_string_to_unsigned (str, 10, FK_LEVEL_MIN, FK_LEVEL_MAX, &level, NULL))
    {
      *out = (int) level;
      return TRUE;
    }
  if (allow_na)
    g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                 _("“%s” is not a level (use %d–%d, na or none)"),
                 str != NULL ? str : "", FK_LEVEL_MIN, FK_LEVEL_MAX);
  else
    g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                 _("“%s” is not a level (use %d–%d or none)"),
                 str != NULL ? str : "", FK_LEVEL_MIN, FK_LEVEL_MAX);
  return FALSE;
}
