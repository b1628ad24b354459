/* fk-score-summary.c — one score in words, for tooltips, screen readers,
 * exports and the CLI */
#define G_LOG_DOMAIN "fk-score-summary"
#include "config.h"
#include "fk-score-summary.h"

#include "fk-i18n.h"
#include <string.h>

char *
fk_score_summary_short (const char    *municipality,
                        const char    *capability,
                        const FkScore *score)
{
  const char *m = municipality, *c = capability;

  g_return_val_if_fail (municipality != NULL, NULL);
  g_return_val_if_fail (capability != NULL, NULL);

  if (score == NULL || score->current == FK_LEVEL_UNSET)
    /* Translators: a heatmap cell read by a screen reader: municipality
     * and capability */
    return g_strdup_printf (_("%s, %s: not assessed"), m, c);
  if (score->current == FK_LEVEL_NA)
    /* Translators: a heatmap cell: municipality and capability */
    return g_strdup_printf (_("%s, %s: not applicable"), m, c);

  /* One whole sentence for each combination of a target (or none) and
   * the answer to "can we sustain it alone". */
  if (score->target >= 0)
    switch (score->sustain)
      {
      case FK_SUSTAIN_YES:
        /* Translators: a heatmap cell read by a screen reader:
         * municipality, capability, current level and target level */
        return g_strdup_printf (_("%s, %s: level %d, target %d, can sustain alone"),
                                m, c, score->current, score->target);
      case FK_SUSTAIN_DIFFICULT:
        /* Translators: municipality, capability, current and target level */
        return g_strdup_printf (_("%s, %s: level %d, target %d, can sustain alone with difficulty"),
                                m, c, score->current, score->target);
      case FK_SUSTAIN_NO:
        /* Translators: municipality, capability, current and target level */
        return g_strdup_printf (_("%s, %s: level %d, target %d, cannot sustain alone"),
                                m, c, score->current, score->target);
      case FK_SUSTAIN_UNSET:
      default:
        /* Translators: municipality, capability, current and target level */
        return g_strdup_printf (_("%s, %s: level %d, target %d"),
                                m, c, score->current, score->target);
      }

  switch (score->sustain)
    {
    case FK_SUSTAIN_YES:
      /* Translators: a heatmap cell read by a screen reader:
       * municipality, capability and current level */
      return g_strdup_printf (_("%s, %s: level %d, can sustain alone"), m, c, score->current);
    case FK_SUSTAIN_DIFFICULT:
      /* Translators: municipality, capability and current level */
      return g_strdup_printf (_("%s, %s: level %d, can sustain alone with difficulty"),
                              m, c, score->current);
    case FK_SUSTAIN_NO:
      /* Translators: municipality, capability and current level */
      return g_strdup_printf (_("%s, %s: level %d, cannot sustain alone"), m, c, score->current);
    case FK_SUSTAIN_UNSET:
    default:
      /* Translators: municipality, capability and current level */
      return g_strdup_printf (_("%s, %s: level %d"), m, c, score->current);
    }
}

char *
fk_score_summary_ellipsize (const char *text,
                            guint       max_chars)
{
  g_autoptr(GString) s = g_string_new (NULL);
  const char *p;
  const char *last_space = NULL;
  guint n = 0;

  g_return_val_if_fail (text != NULL, NULL);

  for (p = text; *p != '\0' && n < max_chars; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\r' || c == '\t')
        c = ' ';
      if (c == ' ')
        last_space = p;
      g_string_append_unichar (s, c);
    }
  while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
    p++;
  if (*p == '\0')
    return g_strchomp (g_string_free (g_steal_pointer (&s), FALSE));

  /* Cut at a word boundary if that leaves at least half. */
  if (last_space != NULL && (gsize) (last_space - text) >= s->len / 2)
    g_string_truncate (s, last_space - text);
  while (s->len > 0 && s->str[s->len - 1] == ' ')
    g_string_truncate (s, s->len - 1);
  g_string_append (s, "…");
  return g_string_free (g_steal_pointer (&s), FALSE);
}

char *
fk_score_summary_long (const char    *municipality,
                       const char    *capability,
                       const FkScore *score,
                       guint          max_comment_chars)
{
  g_autoptr(GString) s = g_string_new (NULL);
  FkSustain sustain = score != NULL ? score->sustain : FK_SUSTAIN_UNSET;
  FkKeyPerson key_person = score != NULL ? score->key_person : FK_KEY_PERSON_UNSET;
  FkInterest interest = score != NULL ? score->interest : FK_INTEREST_UNSET;

  g_return_val_if_fail (municipality != NULL, NULL);
  g_return_val_if_fail (capability != NULL, NULL);

  g_string_append_printf (s, "%s\n%s\n", municipality, capability);
  if (score == NULL || score->current == FK_LEVEL_UNSET)
    g_string_append (s, _("Current level: not assessed"));
  else if (score->current == FK_LEVEL_NA)
    g_string_append (s, _("Current level: not applicable"));
  else
    g_string_append_printf (s, _("Current level: %d"), score->current);
  g_string_append_c (s, '\n');
  if (score != NULL && score->target >= 0)
    g_string_append_printf (s, _("Target level: %d"), score->target);
  else
    g_string_append (s, _("Target level: not set"));
  g_string_append_c (s, '\n');
  g_string_append_printf (s, _("Sustain alone: %s"), fk_sustain_get_label (sustain));
  g_string_append_c (s, '\n');
  g_string_append_printf (s, _("Key person: %s"), fk_key_person_get_label (key_person));
  g_string_append_c (s, '\n');
  g_string_append_printf (s, _("Interest: %s"), fk_interest_get_label (interest));
  if (score != NULL && score->respondent != NULL && *score->respondent != '\0')
    {
      g_string_append_c (s, '\n');
      /* Translators: who answered for the municipality */
      g_string_append_printf (s, _("Answered by: %s"), score->respondent);
    }
  if (score != NULL && score->comment != NULL && *score->comment != '\0')
    {
      g_autofree char *start = fk_score_summary_ellipsize (score->comment, max_comment_chars);

      g_string_append_c (s, '\n');
      /* Translators: the start of the comment or evidence of a score */
      g_string_append_printf (s, _("Comment: %s"), start);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}
