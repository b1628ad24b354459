/* fk-scenario-compare.c — what regenerating a scenario's text would do
 *
 * Pure: the stored texts of a scenario against a fresh generation, per
 * section. fk_study_regenerate_scenario() applies the same rule when it
 * writes, so what the comparison shows is what happens. And which
 * sentences of two texts differ, for the regenerate comparison.
 */
#define G_LOG_DOMAIN "fk-scenario-compare"
#include "config.h"
#include "fk-scenario.h"

#include <string.h>

void
fk_scenario_compare (const FkScenario   *scenario,
                     const char         *language,
                     const char * const *fresh,
                     FkScenarioRegen    *out)
{
  g_return_if_fail (scenario != NULL);
  g_return_if_fail (fresh != NULL);
  g_return_if_fail (out != NULL);

  for (guint s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    {
      const FkScenarioText *stored = fk_scenario_get_text (scenario, language, s);

      g_return_if_fail (fresh[s] != NULL);
      if (stored == NULL || stored->text == NULL)
        out[s] = FK_SCENARIO_REGEN_NEW;
      else if (g_str_equal (stored->text, fresh[s]))
        out[s] = FK_SCENARIO_REGEN_SAME;
      else if (stored->edited)
        out[s] = FK_SCENARIO_REGEN_KEEP;
      else
        out[s] = FK_SCENARIO_REGEN_REPLACE;
    }
}

/* ---- sentences that differ --------------------------------------------------- */

typedef struct {
  gsize start, end;   /* the sentence with the spaces after it */
  char *key;          /* its text without the spaces around it: what is compared */
} Sentence;

static void
sentence_clear (Sentence *s)
{
  g_free (s->key);
}

/* A sentence ends after ".", "!" or "?" followed by a space or the end,
 * or at a line's end; the spaces after it are its own. */
static GArray *
split_sentences (const char *text)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Sentence));
  gsize len = strlen (text), start = 0, i = 0;

  g_array_set_clear_func (out, (GDestroyNotify) sentence_clear);
  while (start < len)
    {
      gsize end;
      Sentence s;

      /* Find the end of the sentence's words. */
      for (i = start; i < len; i++)
        {
          if (text[i] == '\n')
            break;
          if (strchr (".!?", text[i]) != NULL && (i + 1 == len || g_ascii_isspace (text[i + 1])))
            {
              i++;
              break;
            }
        }
      end = i;
      while (end < len && g_ascii_isspace (text[end]))
        end++;
      s.start = start;
      s.end = end;
      s.key = g_strstrip (g_strndup (text + start, end - start));
      g_array_append_val (out, s);
      start = end;
    }
  return out;
}

static void
add_run (GArray  *runs,
         gsize    start,
         gsize    end,
         gboolean changed)
{
  FkScenarioTextRun *last = runs->len > 0 ? &g_array_index (runs, FkScenarioTextRun, runs->len - 1) : NULL;
  FkScenarioTextRun run = { start, end, changed };

  if (start == end)
    return;
  if (last != NULL && last->changed == changed && last->end == start)
    last->end = end;
  else
    g_array_append_val (runs, run);
}

/* The runs of @sentences, each changed unless @same marks it. */
static GArray *
runs_of (GArray         *sentences,
         const gboolean *same)
{
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (FkScenarioTextRun));

  for (guint i = 0; i < sentences->len; i++)
    {
      const Sentence *s = &g_array_index (sentences, Sentence, i);

      /* Spaces alone (a blank line at the end) are never a change. */
      add_run (runs, s->start, s->end, !same[i] && s->key[0] != '\0');
    }
  return runs;
}

void
fk_scenario_diff_sentences (const char  *old_text,
                            const char  *new_text,
                            GArray     **out_old,
                            GArray     **out_new)
{
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;
  g_autofree guint *lcs = NULL;
  g_autofree gboolean *same_a = NULL;
  g_autofree gboolean *same_b = NULL;
  guint n, m, i, j;

  g_return_if_fail (out_old != NULL && out_new != NULL);

  a = split_sentences (old_text != NULL ? old_text : "");
  b = split_sentences (new_text != NULL ? new_text : "");
  n = a->len;
  m = b->len;
  /* lcs[i * (m + 1) + j]: the longest common sequence of a[i..] and b[j..]. */
  lcs = g_new0 (guint, (gsize) (n + 1) * (m + 1));
  for (i = n; i-- > 0;)
    for (j = m; j-- > 0;)
      lcs[i * (m + 1) + j] =
        g_str_equal (g_array_index (a, Sentence, i).key, g_array_index (b, Sentence, j).key)
        ? lcs[(i + 1) * (m + 1) + j + 1] + 1
        : MAX (lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
  same_a = g_new0 (gboolean, n + 1);
  same_b = g_new0 (gboolean, m + 1);
  for (i = 0, j = 0; i < n && j < m;)
    {
      if (g_str_equal (g_array_index (a, Sentence, i).key, g_array_index (b, Sentence, j).key))
        {
          same_a[i++] = TRUE;
          same_b[j++] = TRUE;
        }
      else if (lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1])
        i++;
      else
        j++;
    }
  *out_old = runs_of (a, same_a);
  *out_new = runs_of (b, same_b);
}
