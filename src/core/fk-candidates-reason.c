/* fk-candidates-reason.c — why a capability is (or is not) a candidate, in words
 *
 * Whole sentences, one number each, so that every plural is the
 * translator's (ngettext) and each sentence reads out loud as it stands.
 * Names come from the region, or from an anonymizer so that an
 * anonymised view never shows a name in its reasons either
 * (fk_names_join_municipalities(): letter order, never the region's).
 */
#define G_LOG_DOMAIN "fk-candidates"
#include "config.h"
#include "fk-candidates.h"
#include "fk-names.h"

#include "fk-i18n.h"
#include <math.h>
#include <string.h>

static void
append_sentence (GString    *text,
                 const char *sentence)
{
  if (text->len > 0)
    g_string_append_c (text, ' ');
  g_string_append (text, sentence);
}

static void
append_hosts (GString            *text,
              FkRegion           *region,
              const FkCandidate  *cand,
              const FkAnonymizer *anon)
{
  g_autofree char *names = NULL;
  g_autofree char *sentence = NULL;

  if (cand->n_hosts == 0)
    {
      /* Translators: the two numbers are the top levels of the scale, 4 and
       * 5. "Host": lead the collaboration for the others. */
      sentence = g_strdup_printf (_("No municipality can host: none at level %d or %d sustains it alone and is open to collaborating."),
                                  FK_LEVEL_MAX - 1, FK_LEVEL_MAX);
      append_sentence (text, sentence);
      return;
    }
  names = fk_names_join_municipalities (region, cand->hosts, cand->n_hosts, anon, FK_NAMES_PLAIN);
  /* Translators: %s is one municipality or a list of them ("Uddevalla
   * and Trollhättan"); the numbers are the top levels of the scale, 4
   * and 5. "Host": lead the collaboration for the others. */
  sentence = g_strdup_printf (ngettext ("%s is at level %d or %d, sustains it alone and could host.",
                                        "%s are at level %d or %d, sustain it alone and could host.",
                                        cand->n_hosts),
                              names, FK_LEVEL_MAX - 1, FK_LEVEL_MAX);
  append_sentence (text, sentence);
}

char *
fk_candidates_get_reason (FkCandidates       *candidates,
                          const FkCandidate  *cand,
                          const FkAnonymizer *anon)
{
  FkRoundSnapshot *snapshot;
  FkRegion *region;
  guint n_rows;
  GString *text;
  g_autofree char *low = NULL;
  g_autofree char *cannot = NULL;
  g_autofree char *key = NULL;
  g_autofree char *interested = NULL;

  g_return_val_if_fail (candidates != NULL && cand != NULL, NULL);

  snapshot = fk_candidates_get_snapshot (candidates);
  region = fk_round_snapshot_get_region (snapshot);
  n_rows = fk_round_snapshot_get_n_rows (snapshot);
  text = g_string_new (NULL);

  if (cand->n_assessed == 0)
    {
      g_string_append (text, _("No municipality has assessed it."));
      return g_string_free (text, FALSE);
    }

  if (cand->strong_and_even)
    {
      g_autofree char *sentence = NULL;
      int median = (int) floor (cand->median);

      /* The median of whole levels is whole or half-way between two:
       * said in words, never as a decimal in the wrong language's style. */
      if (cand->median == median)
        /* Translators: %d is the median level of the region, e.g. 4 */
        sentence = g_strdup_printf (_("The region is already strong and even here: the median level is %d and no two municipalities are more than one level apart."),
                                    median);
      else
        /* Translators: the median level lies half-way between two levels, e.g. 4 and 5 */
        sentence = g_strdup_printf (_("The region is already strong and even here: the median level is between %d and %d and no two municipalities are more than one level apart."),
                                    median, median + 1);
      g_string_append (text, sentence);
      return g_string_free (text, FALSE);
    }

  /* No sentence starts with a figure ("10 klarar den inte…" reads badly
   * aloud and looks like a list number): each count follows a word. */
  if (cand->n_low > 0 && cand->n_low == cand->n_assessed && cand->n_assessed == 1)
    /* Translators: %d is the highest weak level (2) */
    low = g_strdup_printf (_("The only municipality that assessed it is at level %d or below."), FK_LEVEL_LOW_MAX);
  else if (cand->n_low > 0 && cand->n_low == cand->n_assessed && cand->n_assessed == n_rows)
    /* Translators: %u is how many municipalities there are (2 or more,
     * all assessed it and all are weak), %d the highest weak level (2) */
    low = g_strdup_printf (ngettext ("All %u municipalities are at level %d or below.",
                                     "All %u municipalities are at level %d or below.",
                                     cand->n_assessed),
                           cand->n_assessed, FK_LEVEL_LOW_MAX);
  else if (cand->n_low > 0 && cand->n_low == cand->n_assessed)
    /* Translators: %u is how many assessed the capability (2 or more,
     * fewer than all; all of them are weak), %d the highest weak level (2) */
    low = g_strdup_printf (ngettext ("All %u municipalities that assessed it are at level %d or below.",
                                     "All %u municipalities that assessed it are at level %d or below.",
                                     cand->n_assessed),
                           cand->n_assessed, FK_LEVEL_LOW_MAX);
  else if (cand->n_low > 0 && cand->n_assessed == n_rows)
    /* Translators: first number: how many municipalities there are (all
     * assessed it), second: how many of them are weak, third: the highest
     * weak level (2). The plural follows the second number. */
    low = g_strdup_printf (ngettext ("Of the %u municipalities, %u is at level %d or below.",
                                     "Of the %u municipalities, %u are at level %d or below.",
                                     cand->n_low),
                           cand->n_assessed, cand->n_low, FK_LEVEL_LOW_MAX);
  else if (cand->n_low > 0)
    /* Translators: first number: how many assessed the capability (fewer
     * than all), second: how many of them are weak, third: the highest
     * weak level (2). The plural follows the second number. */
    low = g_strdup_printf (ngettext ("Of the %u municipalities that assessed it, %u is at level %d or below.",
                                     "Of the %u municipalities that assessed it, %u are at level %d or below.",
                                     cand->n_low),
                           cand->n_assessed, cand->n_low, FK_LEVEL_LOW_MAX);
  else if (cand->n_assessed == 1)
    /* Translators: %d is the highest weak level (2) */
    low = g_strdup_printf (_("The only municipality that assessed it is above level %d."), FK_LEVEL_LOW_MAX);
  else
    /* Translators: first number: how many assessed the capability (2 or
     * more), second: the highest weak level (2) */
    low = g_strdup_printf (ngettext ("None of the %u municipality that assessed it is at level %d or below.",
                                     "None of the %u municipalities that assessed it is at level %d or below.",
                                     cand->n_assessed),
                           cand->n_assessed, FK_LEVEL_LOW_MAX);
  append_sentence (text, low);
  if (cand->n_cannot_sustain > 0)
    /* Translators: a number of municipalities that answered that they
     * cannot sustain the capability alone, or only with difficulty */
    cannot = g_strdup_printf (ngettext ("For %u municipality, sustaining it alone is impossible or difficult.",
                                        "For %u municipalities, sustaining it alone is impossible or difficult.",
                                        cand->n_cannot_sustain),
                              cand->n_cannot_sustain);
  else
    cannot = g_strdup (_("No one has said they cannot sustain it alone."));
  append_sentence (text, cannot);
  if (cand->n_key_person > 0)
    {
      /* Translators: a number of municipalities where the capability
       * depends on a single key person */
      key = g_strdup_printf (ngettext ("For %u municipality, it depends on a key person.",
                                       "For %u municipalities, it depends on a key person.",
                                       cand->n_key_person),
                             cand->n_key_person);
      append_sentence (text, key);
    }
  if (cand->n_interested > 0)
    /* Translators: a number of municipalities that answered yes or maybe
     * to collaborating ("Intresse av samverkan") */
    interested = g_strdup_printf (ngettext ("There is interest in collaborating in %u municipality.",
                                            "There is interest in collaborating in %u municipalities.",
                                            cand->n_interested),
                                  cand->n_interested);
  else
    interested = g_strdup (_("No municipality has said it wants to collaborate."));
  append_sentence (text, interested);
  append_hosts (text, region, cand, anon);
  if (cand->uncertain)
    append_sentence (text, _("Uncertain: fewer than half the municipalities have assessed it."));
  return g_string_free (text, FALSE);
}

char *
fk_candidates_get_people (FkCandidates       *candidates,
                          const FkCandidate  *cand,
                          FkCandidateRole     role,
                          const FkAnonymizer *anon,
                          FkNamesFlags        flags,
                          gsize              *out_list_at)
{
  FkRegion *region;
  const guint *rows;
  guint n;
  g_autofree char *names = NULL;
  g_autofree char *marked = NULL;
  const char *mark;

  g_return_val_if_fail (candidates != NULL && cand != NULL, NULL);

  region = fk_round_snapshot_get_region (fk_candidates_get_snapshot (candidates));
  rows = role == FK_CANDIDATE_HOSTS ? cand->hosts : cand->participants;
  n = role == FK_CANDIDATE_HOSTS ? cand->n_hosts : cand->n_participants;
  if (out_list_at != NULL)
    *out_list_at = 0;
  if (n == 0)
    /* Translators: no municipality could host, or take part */
    return g_strdup (role == FK_CANDIDATE_HOSTS ? _("Possible hosts: none") : _("Participants: none"));

  names = fk_names_join_municipalities (region, rows, n, anon, flags);
  /* The list goes where the translation puts its %s: found by a mark. */
  marked = role == FK_CANDIDATE_HOSTS
    /* Translators: %u is how many, %s their names ("Uddevalla and Trollhättan"):
     * municipalities at level 4 or 5 that sustain it alone and could host */
    ? g_strdup_printf (_("Possible hosts (%u): %s"), n, "\x01")
    /* Translators: %u is how many, %s their names: municipalities that are
     * weak or cannot sustain it alone, and are open to collaborating */
    : g_strdup_printf (_("Participants (%u): %s"), n, "\x01");
  mark = strchr (marked, '\x01');
  if (mark == NULL)
    return g_steal_pointer (&marked);
  if (out_list_at != NULL)
    *out_list_at = mark - marked;
  return g_strdup_printf ("%.*s%s%s", (int) (mark - marked), marked, names, mark + 1);
}

gboolean
fk_candidates_get_gain_group (FkCandidates       *candidates,
                              const FkCandidate  *cand,
                              const FkAnonymizer *anon,
                              FkSizeGroup        *out_group)
{
  FkRoundSnapshot *snapshot;
  FkRegion *region;

  g_return_val_if_fail (candidates != NULL && cand != NULL && out_group != NULL, FALSE);

  if (!cand->has_gain_class)
    return FALSE;
  if (anon == NULL)
    {
      *out_group = cand->gain_class == FK_SIZE_SMALL ? FK_SIZE_GROUP_SMALL
                 : cand->gain_class == FK_SIZE_MEDIUM ? FK_SIZE_GROUP_MEDIUM
                 : FK_SIZE_GROUP_LARGE;
      return TRUE;
    }
  /* The merged group of any member of the class. */
  snapshot = fk_candidates_get_snapshot (candidates);
  region = fk_round_snapshot_get_region (snapshot);
  for (guint row = 0; row < fk_round_snapshot_get_n_rows (snapshot); row++)
    if (fk_round_snapshot_get_size_class (snapshot, row) == cand->gain_class)
      {
        const FkMunicipality *m = g_ptr_array_index (region->municipalities, row);

        *out_group = fk_anonymizer_get_size_group (anon, m->code);
        return TRUE;
      }
  *out_group = FK_SIZE_GROUP_ALL;
  return TRUE;
}

char *
fk_candidates_get_gain (FkCandidates       *candidates,
                        const FkCandidate  *cand,
                        const FkAnonymizer *anon)
{
  FkSizeGroup group;

  if (!fk_candidates_get_gain_group (candidates, cand, anon, &group))
    return NULL;
  switch (group)
    {
    case FK_SIZE_GROUP_SMALL:
      return g_strdup (_("The small municipalities would gain most."));
    case FK_SIZE_GROUP_MEDIUM:
      return g_strdup (_("The medium-sized municipalities would gain most."));
    case FK_SIZE_GROUP_LARGE:
      return g_strdup (_("The large municipalities would gain most."));
    case FK_SIZE_GROUP_SMALL_MEDIUM:
      return g_strdup (_("The small and medium-sized municipalities would gain most."));
    case FK_SIZE_GROUP_MEDIUM_LARGE:
      return g_strdup (_("The medium-sized and large municipalities would gain most."));
    case FK_SIZE_GROUP_ALL:
    default:
      /* Anonymised with every size in one group: saying which would tell
       * nothing, or too much. */
      return NULL;
    }
}

gboolean
fk_candidates_has_levels (FkCandidates *candidates)
{
  g_return_val_if_fail (candidates != NULL, FALSE);

  for (guint i = 0; i < fk_candidates_get_n (candidates); i++)
    if (fk_candidates_get (candidates, i)->n_assessed > 0)
      return TRUE;
  return fk_candidates_get_n_strong (candidates) > 0;
}
