/* fk-candidates.c — which capabilities to build together (issue 11)
 *
 * docs/candidates.md has the rules this file follows.
 */
#define G_LOG_DOMAIN "fk-candidates"
#include "config.h"
#include "fk-candidates.h"
#include "fk-text.h"
#include "fk-error.h"

#include "fk-i18n.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

struct _FkCandidates {
  FkRoundSnapshot *snapshot;
  FkCandidate     *all;       /* one per capability, in model order */
  guint            n_all;
  guint           *ranked;    /* indices into all */
  guint            n_ranked;
  guint           *strong;    /* indices into all, model order */
  guint            n_strong;
};

G_DEFINE_BOXED_TYPE (FkCandidates, fk_candidates, fk_candidates_ref, fk_candidates_unref)

static const char *const term_names[FK_N_CANDIDATE_TERMS] = {
  "low", "cannot-sustain", "key-person", "interested", "gap", "spread",
};

/* Why these defaults: docs/candidates.md, "Default weights". */
static const double default_weights[FK_N_CANDIDATE_TERMS] = {
  0.25, 0.25, 0.10, 0.25, 0.10, 0.05,
};

const char *
fk_candidate_term_to_string (FkCandidateTerm term)
{
  g_return_val_if_fail ((guint) term < FK_N_CANDIDATE_TERMS, NULL);
  return term_names[term];
}

void
fk_candidate_weights_init (FkCandidateWeights *weights)
{
  g_return_if_fail (weights != NULL);
  memcpy (weights->weight, default_weights, sizeof default_weights);
}

gboolean
fk_candidate_weights_check (const FkCandidateWeights *weights,
                            GError                  **error)
{
  double sum = 0;

  g_return_val_if_fail (weights != NULL, FALSE);
  for (guint t = 0; t < FK_N_CANDIDATE_TERMS; t++)
    {
      if (!isfinite (weights->weight[t]) || weights->weight[t] < 0 || weights->weight[t] > 1)
        {
          /* Translators: %s is a term's stable name, e.g. "cannot-sustain" */
          g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                       _("The weight of “%s” must be a number from 0 to 1"), term_names[t]);
          return FALSE;
        }
      sum += weights->weight[t];
    }
  if (sum <= 0)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("At least one weight of the collaboration potential must be more than 0"));
      return FALSE;
    }
  return TRUE;
}

char *
fk_candidate_weights_to_string (const FkCandidateWeights *weights)
{
  GString *s = g_string_new (NULL);

  g_return_val_if_fail (weights != NULL, NULL);
  for (guint t = 0; t < FK_N_CANDIDATE_TERMS; t++)
    {
      g_autofree char *number = fk_text_format_c_number (weights->weight[t]);

      g_string_append_printf (s, "%s%s=%s", t > 0 ? ";" : "", term_names[t], number);
    }
  return g_string_free (s, FALSE);
}

static int
term_from_string (const char *name)
{
  for (guint t = 0; t < FK_N_CANDIDATE_TERMS; t++)
    if (strcmp (name, term_names[t]) == 0)
      return (int) t;
  return -1;
}

gboolean
fk_candidate_weights_from_string (FkCandidateWeights *weights,
                                  const char         *text,
                                  GError            **error)
{
  g_auto(GStrv) parts = NULL;
  FkCandidateWeights read;
  gboolean seen[FK_N_CANDIDATE_TERMS] = { FALSE, };
  guint n_seen = 0;

  g_return_val_if_fail (weights != NULL && text != NULL, FALSE);

  parts = g_strsplit (text, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *eq = strchr (parts[i], '=');
      g_autofree char *name = eq != NULL ? g_strndup (parts[i], eq - parts[i]) : NULL;
      int term = name != NULL ? term_from_string (name) : -1;
      char *end = NULL;
      double value;

      if (term < 0 || seen[term])
        goto bad;
      value = g_ascii_strtod (eq + 1, &end);
      if (end == eq + 1 || *end != '\0')
        goto bad;
      read.weight[term] = value;
      seen[term] = TRUE;
      n_seen++;
    }
  if (n_seen != FK_N_CANDIDATE_TERMS || !fk_candidate_weights_check (&read, NULL))
    goto bad;
  *weights = read;
  return TRUE;

bad:
  /* Translators: %s is the text that was read */
  g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
               _("“%s” is not a set of weights: give each of low, cannot-sustain, key-person, interested, gap and spread once as name=number, separated by “;”, with numbers of 0 or more, not all 0"),
               text);
  return FALSE;
}

/* What one capability's column says; see docs/candidates.md. */
static void
candidate_fill (FkCandidate              *cand,
                FkRoundSnapshot          *snapshot,
                guint                     col,
                const FkCandidateWeights *weights)
{
  FkMatrix *current = fk_round_snapshot_get_matrix (snapshot, FK_MEASURE_CURRENT);
  FkMatrix *gap = fk_round_snapshot_get_matrix (snapshot, FK_MEASURE_GAP);
  guint n_rows = fk_round_snapshot_get_n_rows (snapshot);
  guint in_class[FK_SIZE_LARGE + 1] = { 0, }, taking_part[FK_SIZE_LARGE + 1] = { 0, };
  double sum = 0, mean_gap, best_share = -1;

  cand->col = col;
  cand->participants = g_new (guint, MAX (n_rows, 1));
  cand->hosts = g_new (guint, MAX (n_rows, 1));
  for (guint r = 0; r < n_rows; r++)
    {
      const FkScore *s = fk_round_snapshot_get_score (snapshot, r, col);
      gboolean weak, cannot;

      /* Only a level counts: "not assessed" and "not applicable" never
       * make a municipality weak, a participant or a host. */
      if (s == NULL || s->current < FK_LEVEL_MIN)
        continue;
      weak = s->current <= FK_LEVEL_LOW_MAX;
      cannot = s->sustain == FK_SUSTAIN_NO || s->sustain == FK_SUSTAIN_DIFFICULT;
      cand->n_assessed++;
      cand->n_low += weak;
      cand->n_cannot_sustain += cannot;
      cand->n_key_person += s->key_person == FK_KEY_PERSON_YES;
      cand->n_interested += s->interest == FK_INTEREST_YES || s->interest == FK_INTEREST_MAYBE;
      in_class[fk_round_snapshot_get_size_class (snapshot, r)]++;
      if ((weak || cannot) && s->interest != FK_INTEREST_NO)
        {
          cand->participants[cand->n_participants++] = r;
          taking_part[fk_round_snapshot_get_size_class (snapshot, r)]++;
        }
      if (s->current >= FK_LEVEL_MAX - 1 && s->sustain == FK_SUSTAIN_YES &&
          s->interest != FK_INTEREST_NO)
        cand->hosts[cand->n_hosts++] = r;
    }

  cand->median = fk_matrix_column_median (current, col, FK_SIZE_FILTER_ALL);
  cand->uncertain = cand->n_assessed * 2 < n_rows;
  cand->strong_and_even = !cand->uncertain && cand->n_assessed > 0 &&
                          cand->median >= FK_LEVEL_MAX - 1 &&
                          fk_matrix_column_max (current, col, FK_SIZE_FILTER_ALL) -
                          fk_matrix_column_min (current, col, FK_SIZE_FILTER_ALL) <= 1;

  for (guint k = FK_SIZE_SMALL; k <= FK_SIZE_LARGE; k++)
    if (taking_part[k] > 0 && (double) taking_part[k] / in_class[k] > best_share)
      {
        best_share = (double) taking_part[k] / in_class[k];
        cand->gain_class = k;
        cand->has_gain_class = TRUE;
      }

  if (cand->n_assessed > 0)
    {
      mean_gap = fk_matrix_column_mean (gap, col, FK_SIZE_FILTER_ALL);
      cand->term[FK_CANDIDATE_TERM_LOW] = (double) cand->n_low / cand->n_assessed;
      cand->term[FK_CANDIDATE_TERM_CANNOT_SUSTAIN] = (double) cand->n_cannot_sustain / cand->n_assessed;
      cand->term[FK_CANDIDATE_TERM_KEY_PERSON] = (double) cand->n_key_person / cand->n_assessed;
      cand->term[FK_CANDIDATE_TERM_INTERESTED] = (double) cand->n_interested / cand->n_assessed;
      cand->term[FK_CANDIDATE_TERM_GAP] = isnan (mean_gap) ? 0 : CLAMP (mean_gap / FK_LEVEL_MAX, 0, 1);
      cand->term[FK_CANDIDATE_TERM_SPREAD] =
        (fk_matrix_column_max (current, col, FK_SIZE_FILTER_ALL) -
         fk_matrix_column_min (current, col, FK_SIZE_FILTER_ALL)) / FK_LEVEL_MAX;
    }

  for (guint t = 0; t < FK_N_CANDIDATE_TERMS; t++)
    {
      cand->score += weights->weight[t] * cand->term[t];
      sum += weights->weight[t];
    }
  cand->score = 100 * cand->score / sum;
}

static int
compare_ranked (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const FkCandidate *all = user_data;
  const FkCandidate *x = &all[*(const guint *) a], *y = &all[*(const guint *) b];

  if (x->uncertain != y->uncertain)
    return x->uncertain ? 1 : -1;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->col < y->col ? -1 : x->col > y->col;
}

FkCandidates *
fk_candidates_new (FkRoundSnapshot          *snapshot,
                   const FkCandidateWeights *weights)
{
  FkCandidates *self;
  guint n_cols;

  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail (weights != NULL && fk_candidate_weights_check (weights, NULL), NULL);

  n_cols = fk_round_snapshot_get_n_cols (snapshot);
  self = g_atomic_rc_box_new0 (FkCandidates);
  self->snapshot = fk_round_snapshot_ref (snapshot);
  self->n_all = n_cols;
  self->all = g_new0 (FkCandidate, MAX (n_cols, 1));
  self->ranked = g_new (guint, MAX (n_cols, 1));
  self->strong = g_new (guint, MAX (n_cols, 1));
  for (guint c = 0; c < n_cols; c++)
    {
      candidate_fill (&self->all[c], snapshot, c, weights);
      if (self->all[c].strong_and_even)
        self->strong[self->n_strong++] = c;
      else
        self->ranked[self->n_ranked++] = c;
    }
  g_qsort_with_data (self->ranked, self->n_ranked, sizeof (guint), compare_ranked, self->all);
  return self;
}

static void
candidates_clear (FkCandidates *self)
{
  for (guint c = 0; c < self->n_all; c++)
    {
      g_free (self->all[c].participants);
      g_free (self->all[c].hosts);
    }
  g_free (self->all);
  g_free (self->ranked);
  g_free (self->strong);
  g_clear_pointer (&self->snapshot, fk_round_snapshot_unref);
}

FkCandidates *
fk_candidates_ref (FkCandidates *candidates)
{
  g_return_val_if_fail (candidates != NULL, NULL);
  return g_atomic_rc_box_acquire (candidates);
}

void
fk_candidates_unref (FkCandidates *candidates)
{
  g_return_if_fail (candidates != NULL);
  g_atomic_rc_box_release_full (candidates, (GDestroyNotify) candidates_clear);
}

FkRoundSnapshot *
fk_candidates_get_snapshot (FkCandidates *candidates)
{
  g_return_val_if_fail (candidates != NULL, NULL);
  return candidates->snapshot;
}

guint
fk_candidates_get_n (FkCandidates *candidates)
{
  g_return_val_if_fail (candidates != NULL, 0);
  return candidates->n_ranked;
}

const FkCandidate *
fk_candidates_get (FkCandidates *candidates,
                   guint         index)
{
  g_return_val_if_fail (candidates != NULL && index < candidates->n_ranked, NULL);
  return &candidates->all[candidates->ranked[index]];
}

guint
fk_candidates_get_n_strong (FkCandidates *candidates)
{
  g_return_val_if_fail (candidates != NULL, 0);
  return candidates->n_strong;
}

const FkCandidate *
fk_candidates_get_strong (FkCandidates *candidates,
                          guint         index)
{
  g_return_val_if_fail (candidates != NULL && index < candidates->n_strong, NULL);
  return &candidates->all[candidates->strong[index]];
}
