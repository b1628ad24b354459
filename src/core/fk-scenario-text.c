/* fk-scenario-text.c — a scenario's description, generated from a round's scores
 *
 * Every template sentence of the scenario descriptions is here, as a
 * gettext message translated into the text's language
 * (fk_text_push_message_language()). docs/scenarios.md says what each
 * section says and how it chooses what to name.
 */
#define G_LOG_DOMAIN "fk-scenario-text"
#include "config.h"
#include "fk-scenario-text-private.h"
#include "fk-esam.h"
#include "fk-goals.h"
#include "fk-names.h"

#include "fk-i18n.h"
#include <math.h>
#include <stdlib.h>

typedef FkScenarioCtx Ctx;

/* ---- Small pieces ------------------------------------------------------ */

static void add (GPtrArray *sentences, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* One sentence of a paragraph. */
static void
add (GPtrArray  *sentences,
     const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (sentences, g_strdup_vprintf (format, args));
  va_end (args);
}

/* Ends a paragraph: its sentences go into @out, after a blank line if
 * there is text before. */
static void
end_paragraph (GString   *out,
               GPtrArray *sentences)
{
  if (sentences->len == 0)
    return;
  if (out->len > 0)
    g_string_append (out, "\n\n");
  for (guint i = 0; i < sentences->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, g_ptr_array_index (sentences, i));
    }
  g_ptr_array_set_size (sentences, 0);
}

static GPtrArray *
sentences_new (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

/* A section of one sentence. */
static char *
one_sentence (const char *sentence)
{
  return g_strdup (sentence);
}

/* A count in words where it stands alone in a sentence ("five
 * capabilities"); 1 is the singular form's own word. */
static char *
count_words (Ctx  *ctx,
             guint n)
{
  return fk_text_count_in_words (n, ctx->language);
}

static const FkCapability *
capability (Ctx  *ctx,
            guint col)
{
  return g_ptr_array_index (ctx->model->capabilities, col);
}

static const char *
capability_name (Ctx  *ctx,
                 guint col)
{
  return fk_text_get (&capability (ctx, col)->name, ctx->language);
}

static const char *
area_name (Ctx  *ctx,
           guint col)
{
  const FkArea *area = fk_model_lookup_area (ctx->model, capability (ctx, col)->area);

  return area != NULL ? fk_text_get (&area->name, ctx->language) : capability (ctx, col)->area;
}

/* "2", "2,5": a level as people read it, one decimal only when needed. */
static char *
level_text (Ctx   *ctx,
            double level)
{
  return fk_text_format_number (level, round (level * 10) == round (level) * 10, FALSE,
                                ctx->language);
}

static char *
names (Ctx         *ctx,
       const guint *rows,
       guint        n)
{
  return fk_names_join_municipalities (ctx->region, rows, n, ctx->anon, FK_NAMES_PLAIN);
}

static char *
quoted (const char *name)
{
  /* Translators: a capability's or an area's name in a list in running
   * text, quoted because names have "and" in them */
  return g_strdup_printf (C_("name in a list", "“%s”"), name);
}

/* Capabilities in a list, each quoted: their names have "and" in them
 * ("Network and connectivity"), which the list's own "and" would blur. */
static char *
capability_list (Ctx         *ctx,
                 const guint *cols,
                 guint        n)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (texts, quoted (capability_name (ctx, cols[i])));
  return fk_names_join_texts ((const char * const *) texts->pdata, n);
}

/* The capabilities a section describes: the plan's, or the examples. */
static const guint *
described_cols (Ctx   *ctx,
                guint *n)
{
  if (fk_scenario_ctx_shares (ctx))
    {
      *n = ctx->plan->n_cols;
      return ctx->plan->cols;
    }
  *n = ctx->examples->len;
  return (const guint *) ctx->examples->data;
}

/* ---- What the scenario means ------------------------------------------- */

static void
summary_plan (Ctx       *ctx,
              GString   *out,
              GPtrArray *s)
{
  g_autofree char *caps = capability_list (ctx, ctx->plan->cols, ctx->plan->n_cols);
  g_autofree char *n_caps = count_words (ctx, ctx->plan->n_cols);
  guint n_hosted = 0;

  for (guint i = 0; i < ctx->plan->n_cols; i++)
    n_hosted += ctx->plan->hosts[i] >= 0;

  if (ctx->scenario->kind == FK_SCENARIO_JOINT)
    {
      g_autoptr(GPtrArray) areas = g_ptr_array_new ();
      g_autoptr(GPtrArray) quoted_areas = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *area_list = NULL;

      add (s, "%s", _("In this scenario, the municipalities form a joint organisation, a digital motor, that takes charge of whole areas on behalf of those who take part, with its own staff, budget and management."));
      for (guint i = 0; i < ctx->plan->n_cols; i++)
        {
          const char *area = area_name (ctx, ctx->plan->cols[i]);

          if (!g_ptr_array_find_with_equal_func (areas, area, g_str_equal, NULL))
            {
              g_ptr_array_add (areas, (gpointer) area);
              g_ptr_array_add (quoted_areas, quoted (area));
            }
        }
      area_list = fk_names_join_texts ((const char * const *) quoted_areas->pdata, quoted_areas->len);
      add (s, ngettext ("It covers the area %s.", "It covers the areas %s.", areas->len), area_list);
      add (s, ngettext ("There, the scenario takes up one capability that the municipalities need to build together: %1$s.",
                        "There, the scenario takes up %2$s capabilities that the municipalities need to build together: %1$s.",
                        ctx->plan->n_cols),
           caps, n_caps);
    }
  else
    {
      add (s, ngettext ("In this scenario, the municipalities sustain one capability together instead of each on its own: %1$s.",
                        "In this scenario, the municipalities sustain %2$s capabilities together instead of each on its own: %1$s.",
                        ctx->plan->n_cols),
           caps, n_caps);
      /* How hosting works only where someone can host; without a host,
       * the hosts' section says once that everything is built together. */
      if (n_hosted > 0)
        add (s, "%s", _("Where a municipality is already strong, it hosts the capability and delivers it to the others, who pay their share; the rest is built up together."));
    }
  end_paragraph (out, s);

  /* Who takes part is the next section's, not repeated here. */
  if (n_hosted == ctx->plan->n_cols && n_hosted > 1)
    add (s, _("Each of the %s capabilities has a possible host municipality."), n_caps);
  else if (n_hosted > 0)
    add (s, ngettext ("Of the %2$u capabilities, %1$u has a possible host municipality.",
                      "Of the %2$u capabilities, %1$u have a possible host municipality.",
                      n_hosted),
         n_hosted, ctx->plan->n_cols);
  end_paragraph (out, s);
}

static char *
write_summary (Ctx *ctx)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) s = sentences_new ();
  guint n;

  switch (ctx->scenario->kind)
    {
    case FK_SCENARIO_BASELINE:
      add (s, "%s", _("In the baseline, each municipality goes on building and sustaining its capabilities on its own, as today: nothing new is shared and nothing new is agreed."));
      end_paragraph (out, s);
      if (!ctx->has_levels)
        break;
      n = fk_scenario_ctx_count_mostly_unsustainable (ctx);
      if (n == 0)
        add (s, "%s", _("In this round, there is no capability that at least half of the municipalities who assessed it cannot sustain alone, so continuing alone looks possible for now."));
      else
        {
          /* The first time the text says it: in full. */
          ctx->sustain_said = TRUE;
          add (s, ngettext ("In this round, %1$u of the model's %2$u capabilities is one that at least half of the municipalities who assessed it cannot, or can only with difficulty, sustain on their own for three years.",
                            "In this round, %1$u of the model's %2$u capabilities are ones that at least half of the municipalities who assessed them cannot, or can only with difficulty, sustain on their own for three years.",
                            n),
               n, fk_round_snapshot_get_n_cols (ctx->snapshot));
        }
      end_paragraph (out, s);
      break;

    case FK_SCENARIO_NETWORK:
      add (s, "%s", _("In this scenario, the municipalities meet regularly in a network, run by a process leader, to exchange experience and learn from each other. They share no staff, systems or money: each still builds and sustains its own capabilities."));
      end_paragraph (out, s);
      if (!ctx->has_levels)
        break;
      if (ctx->examples->len == 0)
        add (s, "%s", _("In this round, the municipalities' levels of every capability lie within one level of each other, so the exchange would start from much the same level everywhere."));
      else
        add (s, "%s", _("Exchange of experience helps most where some municipalities are strong and others weak, and this round has such capabilities."));
      end_paragraph (out, s);
      break;

    case FK_SCENARIO_SELECTED:
    case FK_SCENARIO_JOINT:
    case FK_SCENARIO_CUSTOM:
    default:
      if (ctx->plan->n_cols > 0)
        summary_plan (ctx, out, s);
      else if (!ctx->has_levels)
        add (s, "%s", _("No scores have been entered in this round yet, so there is nothing to describe here."));
      else
        add (s, "%s", _("No capabilities have been chosen for this scenario yet, so there is nothing to describe here."));
      end_paragraph (out, s);
      break;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- Capabilities and why --------------------------------------------- */

/* The municipalities whose score of @col passes @test. */
typedef gboolean (*ScoreTest) (const FkScore *score);

static guint
rows_where (Ctx       *ctx,
            guint      col,
            ScoreTest  test,
            guint     *out_rows)
{
  guint n = 0;

  for (guint r = 0; r < ctx->n_region; r++)
    {
      const FkScore *s = fk_round_snapshot_get_score (ctx->snapshot, r, col);

      if (s != NULL && test (s))
        out_rows[n++] = r;
    }
  return n;
}

/* Whether to say "cannot sustain alone" in full: the first time in a
 * text, then the short form (ctx->sustain_said). */
static gboolean
sustain_in_full (Ctx *ctx)
{
  gboolean full = !ctx->sustain_said;

  ctx->sustain_said = TRUE;
  return full;
}

/* Who cannot sustain @cand alone and for whom it hangs on one person, in
 * one sentence where both are a few. Counts are after "Of them" so that
 * no sentence starts with a figure. */
static void
say_sustain_and_key_person (Ctx               *ctx,
                            const FkCandidate *cand,
                            GPtrArray         *s)
{
  g_autofree char *n_cannot = count_words (ctx, cand->n_cannot_sustain);
  g_autofree char *n_key = count_words (ctx, cand->n_key_person);
  gboolean all_cannot = cand->n_cannot_sustain == cand->n_assessed && cand->n_assessed > 1;
  gboolean all_key = cand->n_key_person == cand->n_assessed && cand->n_assessed > 1;
  gboolean full = cand->n_cannot_sustain > 0 && sustain_in_full (ctx);

  if (cand->n_cannot_sustain == 0)
    add (s, "%s", _("None of them says it cannot sustain it alone."));
  else if (all_cannot)
    add (s, "%s", full ? _("None of them can sustain it on its own for three years without difficulty.")
                       : _("None of them can sustain it alone without difficulty."));
  else if (cand->n_key_person >= 2 && !all_key)
    {
      /* The common case, in one sentence. */
      if (full)
        add (s, ngettext ("Of them, one cannot, or can only with difficulty, sustain it on its own for three years, and for %1$s it depends on a single key person.",
                          "Of them, %2$s cannot, or can only with difficulty, sustain it on their own for three years, and for %1$s it depends on a single key person.",
                          cand->n_cannot_sustain),
             n_key, n_cannot);
      else
        add (s, ngettext ("Of them, one cannot sustain it alone, and for %1$s it depends on a single key person.",
                          "Of them, %2$s cannot sustain it alone, and for %1$s it depends on a single key person.",
                          cand->n_cannot_sustain),
             n_key, n_cannot);
      return;
    }
  else if (full)
    add (s, ngettext ("Of them, one cannot, or can only with difficulty, sustain it on its own for three years.",
                      "Of them, %s cannot, or can only with difficulty, sustain it on their own for three years.",
                      cand->n_cannot_sustain),
         n_cannot);
  else
    add (s, ngettext ("Of them, one cannot sustain it alone.",
                      "Of them, %s cannot sustain it alone.",
                      cand->n_cannot_sustain),
         n_cannot);
  if (all_key)
    add (s, "%s", _("For all of them, it depends on a single key person."));
  else if (cand->n_key_person > 0)
    add (s, ngettext ("For one of them, it depends on a single key person.",
                      "For %s of them, it depends on a single key person.",
                      cand->n_key_person),
         n_key);
}

/* Who wants to collaborate on @col: everyone, everyone but a few, or the
 * few by name. */
static void
say_interest (Ctx       *ctx,
              guint      col,
              GPtrArray *s)
{
  g_autofree guint *rows = g_new (guint, MAX (ctx->n_region, 1));
  g_autofree char *who = NULL;
  guint n = rows_where (ctx, col, fk_scenario_score_interested, rows);

  if (n > 0 && n == ctx->n_region)
    /* Everyone: a list of the whole region says nothing. */
    add (s, "%s", _("Every municipality wants to collaborate on it (answered yes or maybe)."));
  else if (n * 2 > ctx->n_region)
    {
      /* Most do: the few who do not are the shorter list. */
      g_autofree guint *others = g_new (guint, ctx->n_region);
      guint n_others = 0;

      for (guint r = 0, i = 0; r < ctx->n_region; r++)
        {
          if (i < n && rows[i] == r)
            i++;
          else
            others[n_others++] = r;
        }
      who = names (ctx, others, n_others);
      add (s, _("Every municipality except %s wants to collaborate on it (answered yes or maybe)."), who);
    }
  else if (n > 0)
    {
      who = names (ctx, rows, n);
      add (s, ngettext ("%s wants to collaborate on it (answered yes or maybe).",
                        "%s want to collaborate on it (answered yes or maybe).",
                        n),
           who);
    }
  else
    add (s, "%s", _("None of them has said it is interested in collaborating on it."));
}

/* One paragraph on one capability: its levels, who cannot sustain it
 * alone, who depends on a key person, who is interested. Only where the
 * capabilities are the scenario's own: the baseline and the joint
 * organisation say less, so the report does not repeat itself. */
static void
describe_capability (Ctx       *ctx,
                     guint      col,
                     GPtrArray *s)
{
  const FkCandidate *cand = fk_scenario_ctx_find_candidate (ctx, col);
  g_autofree char *median = NULL;

  if (cand == NULL || cand->n_assessed == 0)
    {
      add (s, _("%1$s (%2$s) has not been assessed by any municipality in this round."),
           capability_name (ctx, col), area_name (ctx, col));
      return;
    }
  median = level_text (ctx, cand->median);
  if (cand->n_assessed == ctx->n_region)
    add (s, ngettext ("%1$s (%2$s): the region's %3$u municipality assessed it, and its level is %4$s.",
                      "%1$s (%2$s): all %3$u municipalities assessed it, and their median level is %4$s.",
                      cand->n_assessed),
         capability_name (ctx, col), area_name (ctx, col), cand->n_assessed, median);
  else
    add (s, ngettext ("%1$s (%2$s): %3$u of the %4$u municipalities assessed it, and its level is %5$s.",
                      "%1$s (%2$s): %3$u of the %4$u municipalities assessed it, and their median level is %5$s.",
                      cand->n_assessed),
         capability_name (ctx, col), area_name (ctx, col), cand->n_assessed, ctx->n_region, median);
  /* All or none are said as such, not as "14 of them". */
  if (cand->n_low == cand->n_assessed && cand->n_assessed > 1)
    add (s, _("All of them are at level %u or below."), (guint) FK_LEVEL_LOW_MAX);
  else if (cand->n_low > 0)
    {
      g_autofree char *n_low = count_words (ctx, cand->n_low);

      add (s, ngettext ("Of them, one is at level %1$u or below.",
                        "Of them, %2$s are at level %1$u or below.",
                        cand->n_low),
           (guint) FK_LEVEL_LOW_MAX, n_low);
    }
  else
    add (s, _("None of them is below level %u."), (guint) FK_LEVEL_LOW_MAX + 1);
  say_sustain_and_key_person (ctx, cand, s);
  say_interest (ctx, col, s);
}

/* The baseline's examples, compactly: the full paragraphs belong to the
 * scenario that takes these capabilities up. One sentence per number of
 * examples, so that Swedish can say "10, 9 respektive 9"; when the counts
 * are all the same, "vardera"; and when capabilities left out have as
 * many as the last, so the choice among them is not taken for a ranking,
 * how many. */
static void
describe_baseline_examples (Ctx       *ctx,
                            GPtrArray *s)
{
  const guint *cols = (const guint *) ctx->examples->data;
  char *cap[FK_SCENARIO_N_EXAMPLES] = { NULL, }, *median[FK_SCENARIO_N_EXAMPLES] = { NULL, };
  char *count[FK_SCENARIO_N_EXAMPLES] = { NULL, };
  guint n = MIN (ctx->examples->len, FK_SCENARIO_N_EXAMPLES);
  guint last = 0, n_tied = 0;
  gboolean same = TRUE;

  G_STATIC_ASSERT (FK_SCENARIO_N_EXAMPLES == 3);
  for (guint i = 0; i < n; i++)
    {
      const FkCandidate *cand = fk_scenario_ctx_find_candidate (ctx, cols[i]);

      cap[i] = quoted (capability_name (ctx, cols[i]));
      median[i] = level_text (ctx, cand->median);
      count[i] = count_words (ctx, cand->n_cannot_sustain);
      same &= i == 0 || cand->n_cannot_sustain == last;
      last = cand->n_cannot_sustain;
    }
  for (guint i = 0; i < fk_candidates_get_n (ctx->candidates); i++)
    {
      const FkCandidate *cand = fk_candidates_get (ctx->candidates, i);
      gboolean example = FALSE;

      for (guint e = 0; e < n; e++)
        example |= cols[e] == cand->col;
      n_tied += !example && cand->n_assessed > 0 && cand->n_cannot_sustain == last;
    }
  if (n == 1)
    add (s, _("This round's clearest case is %1$s, which %2$s of the region's %3$u municipalities cannot sustain alone; its median level is %4$s."),
         cap[0], count[0], ctx->n_region, median[0]);
  else if (n == 2 && same)
    /* Translators: Swedish: "… som nio av de 14 kommunerna vardera inte klarar på egen hand; deras mediannivåer är 1 respektive 2." */
    add (s, _("This round's two clearest cases are %1$s and %2$s, which %3$s of the region's %4$u municipalities each cannot sustain alone; their median levels are %5$s and %6$s respectively."),
         cap[0], cap[1], count[0], ctx->n_region, median[0], median[1]);
  else if (n == 2)
    /* Translators: Swedish: "… som tio respektive nio av de 14 kommunerna inte klarar på egen hand; deras mediannivåer är 1 respektive 2." */
    add (s, _("This round's two clearest cases are %1$s and %2$s, which %3$s and %4$s respectively of the region's %5$u municipalities cannot sustain alone; their median levels are %6$s and %7$s respectively."),
         cap[0], cap[1], count[0], count[1], ctx->n_region, median[0], median[1]);
  else if (same)
    /* Translators: Swedish: "… som nio av de 14 kommunerna vardera inte klarar på egen hand; deras mediannivåer är 1, 2 respektive 2." */
    add (s, _("This round's three clearest cases are %1$s, %2$s and %3$s, which %4$s of the region's %5$u municipalities each cannot sustain alone; their median levels are %6$s, %7$s and %8$s respectively."),
         cap[0], cap[1], cap[2], count[0], ctx->n_region, median[0], median[1], median[2]);
  else
    /* Translators: Swedish: "… som tio, nio respektive nio av de 14 kommunerna inte klarar på egen hand; deras mediannivåer är 1, 2 respektive 2." */
    add (s, _("This round's three clearest cases are %1$s, %2$s and %3$s, which %4$s, %5$s and %6$s respectively of the region's %7$u municipalities cannot sustain alone; their median levels are %8$s, %9$s and %10$s respectively."),
         cap[0], cap[1], cap[2], count[0], count[1], count[2], ctx->n_region, median[0], median[1], median[2]);
  if (n_tied > 0)
    {
      g_autofree char *n_tied_text = count_words (ctx, n_tied);

      /* Translators: Swedish: "Lika många, nio, klarar inte heller ytterligare två förmågor på egen hand." */
      add (s, ngettext ("As many municipalities, %1$s, cannot sustain one more capability alone either.",
                        "As many municipalities, %1$s, cannot sustain another %2$s capabilities alone either.",
                        n_tied),
           count[n - 1], n_tied_text);
    }
  for (guint i = 0; i < n; i++)
    {
      g_free (cap[i]);
      g_free (median[i]);
      g_free (count[i]);
    }
}

/* The network's examples: who is at the top of the range and how many
 * are at its bottom, so that the network knows who to ask. */
static void
describe_spread (Ctx       *ctx,
                 guint      col,
                 GPtrArray *s)
{
  g_autofree guint *top = g_new (guint, MAX (ctx->n_region, 1));
  g_autofree guint *weak = g_new (guint, MAX (ctx->n_region, 1));
  g_autofree char *cap = quoted (capability_name (ctx, col));
  g_autofree char *who = NULL, *n_weak_text = NULL;
  int lo, hi, upto;
  guint n_top = fk_scenario_ctx_top_rows (ctx, col, top);
  guint n_weak = fk_scenario_ctx_weak_rows (ctx, col, weak, &upto);

  fk_scenario_ctx_level_spread (ctx, col, &lo, &hi);
  who = names (ctx, top, n_top);
  n_weak_text = count_words (ctx, n_weak);
  if (upto == lo && n_top == 1)
    add (s, ngettext ("Within %1$s, %2$s is at level %3$d, while one municipality is at level %4$d.",
                      "Within %1$s, %2$s is at level %3$d, while %5$s municipalities are at level %4$d.",
                      n_weak),
         cap, who, hi, lo, n_weak_text);
  else if (upto == lo)
    add (s, ngettext ("Within %1$s, %2$s are at level %3$d, while one municipality is at level %4$d.",
                      "Within %1$s, %2$s are at level %3$d, while %5$s municipalities are at level %4$d.",
                      n_weak),
         cap, who, hi, lo, n_weak_text);
  else if (n_top == 1)
    add (s, ngettext ("Within %1$s, %2$s is at level %3$d, while one municipality is at level %4$d or %5$d.",
                      "Within %1$s, %2$s is at level %3$d, while %6$s municipalities are at level %4$d or %5$d.",
                      n_weak),
         cap, who, hi, lo, upto, n_weak_text);
  else
    add (s, ngettext ("Within %1$s, %2$s are at level %3$d, while one municipality is at level %4$d or %5$d.",
                      "Within %1$s, %2$s are at level %3$d, while %6$s municipalities are at level %4$d or %5$d.",
                      n_weak),
         cap, who, hi, lo, upto, n_weak_text);
}

/* Two capabilities of an area, side by side: "Both have median level 1.
 * Ten and five respectively of the region's 14 municipalities …". */
static void
describe_two (Ctx         *ctx,
              const guint *cols,
              gboolean     full,
              GPtrArray   *s)
{
  const FkCandidate *a = fk_scenario_ctx_find_candidate (ctx, cols[0]);
  const FkCandidate *b = fk_scenario_ctx_find_candidate (ctx, cols[1]);
  g_autofree char *med_a = NULL, *med_b = NULL, *n_a = NULL, *n_b = NULL;

  if (a == NULL || b == NULL || a->n_assessed == 0 || b->n_assessed == 0)
    return;
  med_a = level_text (ctx, a->median);
  med_b = level_text (ctx, b->median);
  n_a = count_words (ctx, a->n_cannot_sustain);
  n_b = count_words (ctx, b->n_cannot_sustain);
  if (g_str_equal (med_a, med_b))
    add (s, _("Both have median level %s."), med_a);
  else
    add (s, _("Their median levels are %1$s and %2$s respectively."), med_a, med_b);
  /* The counts follow "Of the region's" so that no sentence starts with
   * a figure. */
  if (a->n_cannot_sustain == b->n_cannot_sustain)
    add (s, full ? _("For each of them, %1$s of the region's %2$u municipalities cannot, or can only with difficulty, sustain it on their own for three years.")
                 : _("For each of them, %1$s of the region's %2$u municipalities cannot sustain it alone."),
         n_a, ctx->n_region);
  else
    add (s, full ? _("Of the region's %1$u municipalities, %2$s and %3$s respectively cannot, or can only with difficulty, sustain them on their own for three years.")
                 : _("Of the region's %1$u municipalities, %2$s and %3$s respectively cannot sustain them alone."),
         ctx->n_region, n_a, n_b);
}

/* The joint organisation by area: how much of each area it takes up, the
 * range of medians and of those who cannot sustain its capabilities. */
static void
describe_areas (Ctx       *ctx,
                GString   *out,
                GPtrArray *s)
{
  g_autofree gboolean *done = g_new0 (gboolean, MAX (ctx->plan->n_cols, 1));
  g_autofree guint *cols = g_new (guint, MAX (ctx->plan->n_cols, 1));

  for (guint i = 0; i < ctx->plan->n_cols; i++)
    {
      const char *area_key = capability (ctx, ctx->plan->cols[i])->area;
      g_autofree char *area = quoted (area_name (ctx, ctx->plan->cols[i]));
      g_autofree char *caps = NULL, *n_words = NULL, *lo_text = NULL, *hi_text = NULL;
      double lo_median = INFINITY, hi_median = -INFINITY;
      guint n = 0, n_in_model = 0, lo_cannot = G_MAXUINT, hi_cannot = 0;
      gboolean full;

      if (done[i])
        continue;
      for (guint j = i; j < ctx->plan->n_cols; j++)
        {
          const FkCandidate *cand;

          if (!g_str_equal (capability (ctx, ctx->plan->cols[j])->area, area_key))
            continue;
          done[j] = TRUE;
          cols[n++] = ctx->plan->cols[j];
          cand = fk_scenario_ctx_find_candidate (ctx, ctx->plan->cols[j]);
          if (cand == NULL || cand->n_assessed == 0)
            continue;
          lo_median = MIN (lo_median, cand->median);
          hi_median = MAX (hi_median, cand->median);
          lo_cannot = MIN (lo_cannot, cand->n_cannot_sustain);
          hi_cannot = MAX (hi_cannot, cand->n_cannot_sustain);
        }
      for (guint c = 0; c < ctx->model->capabilities->len; c++)
        n_in_model += g_str_equal (capability (ctx, c)->area, area_key);
      caps = capability_list (ctx, cols, n);
      n_words = count_words (ctx, n);
      if (n == n_in_model)
        add (s, ngettext ("The organisation takes up the whole area %1$s, with its one capability %2$s.",
                          "The organisation takes up the whole area %1$s, with its %3$s capabilities: %2$s.",
                          n),
             area, caps, n_words);
      else
        add (s, ngettext ("From the area %1$s, the organisation takes up one of its %2$u capabilities: %3$s.",
                          "From the area %1$s, the organisation takes up %4$s of its %2$u capabilities: %3$s.",
                          n),
             area, n_in_model, caps, n_words);
      if (hi_cannot == 0 && lo_cannot == G_MAXUINT)
        {
          end_paragraph (out, s);
          continue;
        }
      lo_text = level_text (ctx, lo_median);
      hi_text = level_text (ctx, hi_median);
      full = sustain_in_full (ctx);
      if (n == 1)
        {
          g_autofree char *cannot = count_words (ctx, lo_cannot);

          add (s, full ? _("Its median level is %1$s, and %2$s of the region's %3$u municipalities cannot, or can only with difficulty, sustain it on their own for three years.")
                       : _("Its median level is %1$s, and %2$s of the region's %3$u municipalities cannot sustain it alone."),
               lo_text, cannot, ctx->n_region);
        }
      else if (n == 2)
        describe_two (ctx, cols, full, s);
      else
        {
          g_autofree char *lo_words = count_words (ctx, lo_cannot);
          g_autofree char *hi_words = count_words (ctx, hi_cannot);

          if (lo_median == hi_median)
            add (s, _("All of them have median level %s."), lo_text);
          else
            add (s, _("Their median levels range from %1$s to %2$s."), lo_text, hi_text);
          if (lo_cannot == hi_cannot)
            add (s, full ? _("For each of them, %1$s of the region's %2$u municipalities cannot, or can only with difficulty, sustain it on their own for three years.")
                         : _("For each of them, %1$s of the region's %2$u municipalities cannot sustain it alone."),
                 lo_words, ctx->n_region);
          else
            add (s, full ? _("For each of them, between %1$s and %2$s of the region's %3$u municipalities cannot, or can only with difficulty, sustain it on their own for three years.")
                         : _("For each of them, between %1$s and %2$s of the region's %3$u municipalities cannot sustain it alone."),
                 lo_words, hi_words, ctx->n_region);
        }
      end_paragraph (out, s);
    }
}

/* Why the joint organisation took its areas, as fk-scenario-plan.c
 * chose them: the most of the top ten candidates, or, tied with an area
 * left out, the better-ranked best candidate. */
static void
say_why_areas (Ctx       *ctx,
               GPtrArray *s)
{
  g_autoptr(GArray) areas = fk_scenario_ctx_joint_areas (ctx);
  guint n_outside = fk_scenario_ctx_count_outside_top (ctx);
  guint n_tied_said = 0;

  for (guint a = 0; a < areas->len; a++)
    {
      const FkScenarioJointArea *area = &g_array_index (areas, FkScenarioJointArea, a);
      const FkArea *model_area = fk_model_lookup_area (ctx->model, area->area);
      g_autofree char *name = quoted (model_area != NULL ? fk_text_get (&model_area->name, ctx->language)
                                                         : area->area);
      g_autofree char *n_top = count_words (ctx, area->n_top);
      g_autofree char *best = NULL;

      if (area->n_top == 0)
        continue;
      best = quoted (capability_name (ctx, area->best_col));
      if (area->by_count)
        add (s, ngettext ("The area %1$s has more capabilities among the round's ten highest-ranked collaboration candidates than any area left out (one).",
                          "The area %1$s has more capabilities among the round's ten highest-ranked collaboration candidates than any area left out (%2$s).",
                          area->n_top),
             name, n_top);
      else if (area->best_rank == 0)
        add (s, _("The area %1$s holds the round's highest-ranked collaboration candidate, %2$s."),
             name, best);
      else if (n_tied_said == 0)
        add (s, ngettext ("Of the areas with one capability each among the round's ten highest-ranked collaboration candidates, %1$s has the best-ranked one, %2$s, at place %3$u.",
                          "Of the areas with %4$s capabilities each among the round's ten highest-ranked collaboration candidates, %1$s has the best-ranked one, %2$s, at place %3$u.",
                          area->n_top),
             name, best, area->best_rank + 1, n_top);
      else
        add (s, ngettext ("Of the other areas with one capability each among them, %1$s has the best-ranked one, %2$s, at place %3$u.",
                          "Of the other areas with %4$s capabilities each among them, %1$s has the best-ranked one, %2$s, at place %3$u.",
                          area->n_top),
             name, best, area->best_rank + 1, n_top);
      n_tied_said += !area->by_count;
    }
  if (n_outside > 0)
    {
      g_autofree char *n_words = count_words (ctx, n_outside);

      add (s, ngettext ("The areas' other capability comes along because the organisation takes charge of whole areas.",
                        "The areas' other %s capabilities come along because the organisation takes charge of whole areas.",
                        n_outside),
           n_words);
    }
}

static char *
write_capabilities (Ctx *ctx)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) s = sentences_new ();
  guint n_uncertain = 0;

  if (!ctx->has_levels)
    return one_sentence (_("No scores have been entered in this round yet, so there is nothing to describe here."));

  if (ctx->scenario->kind == FK_SCENARIO_BASELINE)
    {
      if (ctx->examples->len == 0)
        return one_sentence (_("No municipality has said in this round that it cannot sustain a capability alone."));
      add (s, "%s", _("Continuing alone weighs heaviest where many municipalities cannot sustain a capability on their own."));
      describe_baseline_examples (ctx, s);
      end_paragraph (out, s);
      return g_string_free (g_steal_pointer (&out), FALSE);
    }
  if (ctx->scenario->kind == FK_SCENARIO_NETWORK)
    {
      if (ctx->examples->len == 0)
        return one_sentence (_("The network shares no capability, and in this round the municipalities' levels of every capability lie within one level of each other, so there is little difference to learn from."));
      add (s, "%s", _("The network shares no capability, but exchange of experience helps most where the municipalities' levels lie far apart, so that the weaker can learn from the stronger."));
      for (guint i = 0; i < ctx->examples->len; i++)
        describe_spread (ctx, g_array_index (ctx->examples, guint, i), s);
      end_paragraph (out, s);
      return g_string_free (g_steal_pointer (&out), FALSE);
    }
  if (ctx->plan->n_cols == 0)
    return one_sentence (_("No capabilities have been chosen for this scenario yet, so there is nothing to describe here."));

  if (ctx->scenario->kind == FK_SCENARIO_JOINT)
    describe_areas (ctx, out, s);
  else
    for (guint i = 0; i < ctx->plan->n_cols; i++)
      {
        describe_capability (ctx, ctx->plan->cols[i], s);
        end_paragraph (out, s);
      }
  for (guint i = 0; i < ctx->plan->n_cols; i++)
    {
      const FkCandidate *cand = fk_scenario_ctx_find_candidate (ctx, ctx->plan->cols[i]);

      n_uncertain += cand != NULL && cand->uncertain;
    }

  if (!ctx->scenario->auto_capabilities || ctx->scenario->kind == FK_SCENARIO_CUSTOM)
    add (s, "%s", _("The capabilities were chosen for this scenario by hand, not taken from the ranking of collaboration candidates."));
  else if (ctx->scenario->kind == FK_SCENARIO_SELECTED)
    {
      g_autofree char *n_words = count_words (ctx, ctx->plan->n_cols);

      /* A new singular: the old message took a number, not a word. */
      add (s, ngettext ("It is the round's highest-ranked collaboration candidate: a capability where many municipalities are weak or cannot sustain it alone, and want to collaborate.",
                        "These are the round's %s highest-ranked collaboration candidates: capabilities where many municipalities are weak or cannot sustain them alone, and want to collaborate.",
                        ctx->plan->n_cols),
           n_words);
    }
  else
    say_why_areas (ctx, s);
  if (n_uncertain > 0)
    add (s, ngettext ("Of them, %u is uncertain: fewer than half of the municipalities assessed it.",
                      "Of them, %u are uncertain: fewer than half of the municipalities assessed them.",
                      n_uncertain),
         n_uncertain);
  end_paragraph (out, s);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- Participants and hosts ------------------------------------------- */

static void
say_who_takes_part (Ctx       *ctx,
                    GPtrArray *s)
{
  g_autofree char *who = names (ctx, ctx->plan->rows, ctx->plan->n_rows);

  if (ctx->plan->n_rows == 0)
    add (s, "%s", _("No municipality takes part yet."));
  else if (ctx->plan->n_rows == ctx->n_region)
    add (s, ngettext ("All %u municipality of the region takes part.",
                      "All %u municipalities of the region take part.",
                      ctx->n_region),
         ctx->n_region);
  else
    add (s, ngettext ("Of the region's %2$u municipalities, %1$u takes part: %3$s.",
                      "Of the region's %2$u municipalities, %1$u take part: %3$s.",
                      ctx->plan->n_rows),
         ctx->plan->n_rows, ctx->n_region, who);
}

/* How many candidates outside the plan say_hosts_elsewhere names. */
#define FK_SCENARIO_N_HOSTS_ELSEWHERE 3

/* When the plan has no host: where in the ranking hosting is possible,
 * so that the reader does not take it for none anywhere. */
static void
say_hosts_elsewhere (Ctx       *ctx,
                     GPtrArray *s)
{
  g_autoptr(GArray) found = fk_scenario_ctx_hosts_elsewhere (ctx, FK_SCENARIO_N_HOSTS_ELSEWHERE);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;

  if (found->len == 0)
    return;
  for (guint i = 0; i < found->len; i++)
    {
      const FkScenarioHostedCandidate *c = &g_array_index (found, FkScenarioHostedCandidate, i);
      g_autofree char *cap = quoted (capability_name (ctx, c->col));
      g_autofree guint *sorted = fk_names_sort_rows (c->hosts, c->n_hosts, ctx->anon);
      g_autofree char *who = names (ctx, sorted, c->n_hosts);

      /* Translators: a capability with its possible hosts in a list: "“Nyttorealisering” (Trollhättan)" */
      g_ptr_array_add (items, g_strdup_printf (C_("capability with hosts in a list", "%1$s (%2$s)"), cap, who));
    }
  list = fk_names_join_texts ((const char * const *) items->pdata, items->len);
  add (s, ngettext ("Hosting is possible elsewhere in the ranking of collaboration candidates: %s has a possible host.",
                    "Hosting is possible elsewhere in the ranking of collaboration candidates: %s have possible hosts.",
                    found->len),
       list);
}

static void
say_hosts (Ctx       *ctx,
           GString   *out,
           GPtrArray *s)
{
  g_autofree guint *unhosted = g_new (guint, MAX (ctx->plan->n_cols, 1));
  g_autofree guint *host_rows = g_new (guint, MAX (ctx->plan->n_cols, 1));
  g_autofree guint *sorted = NULL;
  guint n_unhosted = 0, n_hosts = 0;

  for (guint i = 0; i < ctx->plan->n_cols; i++)
    {
      int host = ctx->plan->hosts[i];
      gboolean seen = FALSE;

      if (host < 0)
        {
          unhosted[n_unhosted++] = ctx->plan->cols[i];
          continue;
        }
      for (guint h = 0; h < n_hosts; h++)
        seen |= host_rows[h] == (guint) host;
      if (!seen)
        host_rows[n_hosts++] = host;
    }

  qsort (host_rows, n_hosts, sizeof (guint), fk_scenario_compare_rows);
  add (s, _("A possible host is at level %u or above, can sustain the capability alone and has not said no to collaborating on it."),
       (guint) FK_LEVEL_MAX - 1);
  if (n_hosts == 0)
    {
      /* The one place that says so (not the summary as well). */
      add (s, "%s", ngettext ("No municipality is strong enough to host the capability yet: it would have to be built up together or bought in.",
                              "No municipality is strong enough to host any of these capabilities yet: everything would have to be built up together or bought in.",
                              ctx->plan->n_cols));
      say_hosts_elsewhere (ctx, s);
      end_paragraph (out, s);
      return;
    }
  /* In the list's order: with anonymisation the letters', never one that
   * would tell who is who. */
  sorted = fk_names_sort_rows (host_rows, n_hosts, ctx->anon);
  for (guint h = 0; h < n_hosts; h++)
    {
      g_autofree guint *cols = g_new (guint, ctx->plan->n_cols);
      g_autofree char *host = names (ctx, &sorted[h], 1);
      g_autofree char *caps = NULL;
      guint n = 0;

      for (guint i = 0; i < ctx->plan->n_cols; i++)
        if (ctx->plan->hosts[i] == (int) sorted[h])
          cols[n++] = ctx->plan->cols[i];
      caps = capability_list (ctx, cols, n);
      /* Translators: "Uddevalla could host Backup and IT strategy." */
      add (s, _("%1$s could host %2$s."), host, caps);
    }
  if (n_unhosted > 0)
    {
      g_autofree char *caps = capability_list (ctx, unhosted, n_unhosted);

      add (s, ngettext ("No municipality is strong enough to host %s yet: it would have to be built up together or bought in.",
                        "No municipality is strong enough to host %s yet: they would have to be built up together or bought in.",
                        n_unhosted),
           caps);
    }
  end_paragraph (out, s);
}

/* "the small municipalities", … as the subject or object of a sentence. */
static const char *
size_group_name (FkSizeGroup group)
{
  switch (group)
    {
    case FK_SIZE_GROUP_SMALL:
      return C_("size group in a sentence", "the small municipalities");
    case FK_SIZE_GROUP_MEDIUM:
      return C_("size group in a sentence", "the medium-sized municipalities");
    case FK_SIZE_GROUP_LARGE:
      return C_("size group in a sentence", "the large municipalities");
    case FK_SIZE_GROUP_SMALL_MEDIUM:
      return C_("size group in a sentence", "the small and medium-sized municipalities");
    case FK_SIZE_GROUP_MEDIUM_LARGE:
      return C_("size group in a sentence", "the medium-sized and large municipalities");
    case FK_SIZE_GROUP_ALL:
    default:
      return C_("size group in a sentence", "the municipalities");
    }
}

/* The other size groups' figures, one sentence each: "Among the
 * medium-sized municipalities, 11 of 30 assessments are of a capability
 * they cannot sustain alone. Among the large, it is 6 of 15." Every
 * group with figures but @skip. */
static void
say_gain_figures (const FkScenarioGain *gain,
                  int                   skip,
                  GPtrArray            *s)
{
  gboolean first = TRUE;

  for (guint g = 0; g < FK_N_SIZE_GROUPS; g++)
    {
      if ((int) g == skip || gain->pairs[g] == 0)
        continue;
      if (first)
        /* Translators: "Among the medium-sized municipalities, 11 of 30 assessments are of a capability they cannot sustain alone." */
        add (s, _("Among %1$s, %2$u of %3$u assessments are of a capability they cannot sustain alone."),
             size_group_name (g), gain->in_need[g], gain->pairs[g]);
      else
        /* Translators: follows the sentence above: "Among the large municipalities, it is 6 of 15." */
        add (s, _("Among %1$s, it is %2$u of %3$u."),
             size_group_name (g), gain->in_need[g], gain->pairs[g]);
      first = FALSE;
    }
}

/* Who gains most: per size group, the share of the pairs of a
 * municipality taking part and one of the capabilities that it cannot
 * sustain alone (fk_scenario_ctx_gain), with how many are below target. Named with its figures and, when few and not
 * anonymised, its municipalities; "even" only when it is. */
static void
say_who_gains (Ctx       *ctx,
               GString   *out,
               GPtrArray *s)
{
  FkScenarioGain gain;
  g_autofree char *group = NULL;
  guint total = 0;

  fk_scenario_ctx_gain (ctx, &gain);
  if (gain.n_groups < 2)
    return;
  for (guint g = 0; g < FK_N_SIZE_GROUPS; g++)
    total += gain.in_need[g];
  if (total == 0)
    {
      add (s, "%s", _("None of the municipalities taking part says it cannot sustain these capabilities alone, so no size group stands to gain more than another from sharing them."));
      end_paragraph (out, s);
      return;
    }
  if (gain.even)
    {
      add (s, "%s", _("The need is spread evenly over the size groups: no group of municipalities stands to gain clearly more than another."));
      say_gain_figures (&gain, -1, s);
      end_paragraph (out, s);
      return;
    }
  group = g_strdup (size_group_name (gain.best));
  /* A handful is named (never with an anonymizer: letters with their
   * size group would tell who is who). */
  if (ctx->anon == NULL && gain.members[gain.best] <= 6)
    {
      g_autofree guint *rows = g_new (guint, MAX (ctx->plan->n_rows, 1));
      g_autofree char *who = NULL;
      guint n = 0;

      for (guint i = 0; i < ctx->plan->n_rows; i++)
        if ((int) fk_scenario_ctx_size_group (ctx, ctx->plan->rows[i]) == gain.best)
          rows[n++] = ctx->plan->rows[i];
      who = names (ctx, rows, n);
      /* Translators: "Those who gain most are the small municipalities (Dals-Ed, Färgelanda and Mellerud): of their 15 assessments of these capabilities, they cannot sustain 13 alone, and …" */
      add (s, _("Those who gain most are %1$s (%2$s): of their %3$u assessments of these capabilities, they cannot sustain %4$u alone, and are below their own target in %5$u."),
           group, who, gain.pairs[gain.best], gain.in_need[gain.best], gain.below[gain.best]);
    }
  else
    add (s, _("Those who gain most are %1$s: of their %2$u assessments of these capabilities, they cannot sustain %3$u alone, and are below their own target in %4$u."),
         group, gain.pairs[gain.best], gain.in_need[gain.best], gain.below[gain.best]);
  say_gain_figures (&gain, gain.best, s);
  end_paragraph (out, s);
}

/* The baseline: the municipalities that can sustain the fewest
 * capabilities alone, in one sentence. One message per number of names
 * so that Swedish can say "34, 33 respektive 32". */
static void
say_hardest_alone (Ctx       *ctx,
                   GArray    *ranked,
                   GPtrArray *s)
{
  guint n_cols = fk_round_snapshot_get_n_cols (ctx->snapshot);
  char *who[FK_SCENARIO_N_EXAMPLES] = { NULL, };
  guint count[FK_SCENARIO_N_EXAMPLES] = { 0, };
  guint n = ranked->len;

  G_STATIC_ASSERT (FK_SCENARIO_N_EXAMPLES == 3);
  if (n > FK_SCENARIO_N_EXAMPLES)
    {
      guint most = g_array_index (ranked, FkScenarioRankedRow, 0).count;
      guint least = g_array_index (ranked, FkScenarioRankedRow, n - 1).count;
      /* Ties with the third: all of them, with the range. */
      g_autofree guint *rows = g_new (guint, n);
      g_autofree char *all = NULL;

      for (guint i = 0; i < n; i++)
        rows[i] = g_array_index (ranked, FkScenarioRankedRow, i).row;
      qsort (rows, n, sizeof (guint), fk_scenario_compare_rows);
      all = names (ctx, rows, n);
      if (most == least)
        add (s, _("Continuing alone is hardest for %1$s, which each cannot sustain %2$u of the model's %3$u capabilities alone."),
             all, most, n_cols);
      else
        add (s, _("Continuing alone is hardest for %1$s, which each cannot sustain between %2$u and %3$u of the model's %4$u capabilities alone."),
             all, least, most, n_cols);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      guint row = g_array_index (ranked, FkScenarioRankedRow, i).row;

      who[i] = names (ctx, &row, 1);
      count[i] = g_array_index (ranked, FkScenarioRankedRow, i).count;
    }
  if (n == 1)
    add (s, _("Continuing alone is hardest for %1$s, which cannot sustain %2$u of the model's %3$u capabilities alone."),
         who[0], count[0], n_cols);
  else if (n == 2)
    /* Translators: Swedish: "Svårast blir det för Sotenäs och Mellerud, som inte klarar 34 respektive 33 av modellens 43 förmågor på egen hand." */
    add (s, _("Continuing alone is hardest for %1$s and %2$s, which cannot sustain %3$u and %4$u respectively of the model's %5$u capabilities alone."),
         who[0], who[1], count[0], count[1], n_cols);
  else
    /* Translators: Swedish: "Svårast blir det för Sotenäs, Mellerud och Färgelanda, som inte klarar 34, 33 respektive 32 av modellens 43 förmågor på egen hand." */
    add (s, _("Continuing alone is hardest for %1$s, %2$s and %3$s, which cannot sustain %4$u, %5$u and %6$u respectively of the model's %7$u capabilities alone."),
         who[0], who[1], who[2], count[0], count[1], count[2], n_cols);
  for (guint i = 0; i < n; i++)
    g_free (who[i]);
}

/* The network: the municipalities most often at the top of a capability
 * whose levels lie apart, grouped by count. */
static void
say_most_to_share (Ctx       *ctx,
                   GArray    *ranked,
                   GPtrArray *s)
{
  g_autofree guint *rows = g_new (guint, MAX (ranked->len, 1));

  for (guint i = 0; i < ranked->len;)
    {
      guint count = g_array_index (ranked, FkScenarioRankedRow, i).count, n = 0;
      g_autofree char *who = NULL, *count_text = count_words (ctx, count);

      for (; i < ranked->len && g_array_index (ranked, FkScenarioRankedRow, i).count == count; i++)
        rows[n++] = g_array_index (ranked, FkScenarioRankedRow, i).row;
      who = names (ctx, rows, n);
      if (n == 1)
        add (s, ngettext ("%1$s is at the region's highest level in one capability.",
                          "%1$s is at the region's highest level in %2$s capabilities.",
                          count),
             who, count_text);
      else
        add (s, ngettext ("%1$s are each at the region's highest level in one capability.",
                          "%1$s are each at the region's highest level in %2$s capabilities.",
                          count),
             who, count_text);
    }
}

static char *
write_participants (Ctx *ctx)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) s = sentences_new ();
  g_autoptr(GArray) ranked = NULL;

  if (!ctx->has_levels)
    return one_sentence (_("No scores have been entered in this round yet, so there is nothing to describe here."));

  switch (ctx->scenario->kind)
    {
    case FK_SCENARIO_BASELINE:
      ranked = fk_scenario_ctx_rank_rows (ctx, FALSE);
      if (ranked->len == 0)
        return one_sentence (_("No municipality has said in this round that it cannot sustain a capability alone."));
      add (s, "%s", _("Every municipality goes on by itself."));
      say_hardest_alone (ctx, ranked, s);
      end_paragraph (out, s);
      break;

    case FK_SCENARIO_NETWORK:
      say_who_takes_part (ctx, s);
      end_paragraph (out, s);
      ranked = fk_scenario_ctx_rank_rows (ctx, TRUE);
      if (ranked->len > 0)
        {
          add (s, "%s", _("Those with the most to share are the municipalities that most often have the region's highest level in a capability where the levels lie apart."));
          say_most_to_share (ctx, ranked, s);
          end_paragraph (out, s);
        }
      break;

    case FK_SCENARIO_SELECTED:
    case FK_SCENARIO_JOINT:
    case FK_SCENARIO_CUSTOM:
    default:
      if (ctx->plan->n_cols == 0)
        return one_sentence (_("No capabilities have been chosen for this scenario yet, so there is nothing to describe here."));
      say_who_takes_part (ctx, s);
      end_paragraph (out, s);
      say_hosts (ctx, out, s);
      say_who_gains (ctx, out, s);
      break;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- Benefits, effect goals and principles ----------------------------- */

/* eSam's principles by kind, and by area where one clearly applies (the
 * default model's area keys); docs/scenarios.md lists them. */
static const guint baseline_principles[] = { 0 };
static const guint network_principles[] = { 1, 5, 0 };
static const guint selected_principles[] = { 1, 5, 0 };
static const guint joint_principles[] = { 1, 2, 5, 0 };

static const struct {
  const char *area;
  guint       principles[4];
} area_principles[] = {
  { "sakerhet", { 9, 10, 0 } },
  { "beredskap", { 9, 0 } },
  { "arkitektur", { 3, 6, 13, 0 } },
  { "digitalt-arv", { 6, 13, 0 } },
  { "innovation", { 7, 8, 11, 12 } },
  { "upphandling", { 2, 0 } },
};

static void
mark_principles (gboolean    *on,
                 const guint *numbers,
                 guint        max)
{
  for (guint i = 0; i < max && numbers[i] != 0; i++)
    on[numbers[i]] = TRUE;
}

/* At most this many principles beside the kind's own, from the areas
 * of the capabilities named, and at most FK_SCENARIO_MAX_PRINCIPLES in
 * all: the ones the scenario rests on, not every one that could apply. */
#define FK_SCENARIO_MAX_AREA_PRINCIPLES 2
#define FK_SCENARIO_MAX_PRINCIPLES 4

static void
mark_area_principles (Ctx         *ctx,
                      const guint *cols,
                      guint        n_cols,
                      gboolean    *on)
{
  guint n_on = 0, added = 0;

  for (guint p = 1; p <= FK_ESAM_N_PRINCIPLES; p++)
    n_on += on[p];
  for (guint i = 0; i < n_cols; i++)
    for (guint a = 0; a < G_N_ELEMENTS (area_principles); a++)
      {
        if (!g_str_equal (capability (ctx, cols[i])->area, area_principles[a].area))
          continue;
        for (guint k = 0; k < G_N_ELEMENTS (area_principles[a].principles); k++)
          {
            guint p = area_principles[a].principles[k];

            if (p == 0 || on[p] || added == FK_SCENARIO_MAX_AREA_PRINCIPLES ||
                n_on == FK_SCENARIO_MAX_PRINCIPLES)
              continue;
            on[p] = TRUE;
            added++;
            n_on++;
          }
      }
}

static char *
principle_list (Ctx            *ctx,
                const gboolean *on,
                guint          *out_n)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  for (guint p = 1; p <= FK_ESAM_N_PRINCIPLES; p++)
    if (on[p])
      /* Translators: one of eSam's principles in a list: "9 (Gör det säkert)" */
      g_ptr_array_add (items, g_strdup_printf (C_("eSam principle in a list", "%1$u (%2$s)"), p,
                                               fk_esam_principle_get_name (fk_esam_principle_lookup (p),
                                                                           ctx->language)));
  *out_n = items->len;
  return fk_names_join_texts ((const char * const *) items->pdata, items->len);
}

/* The effect goals of @cols, in the action plan's order. */
static char *
goal_list (Ctx         *ctx,
           const guint *cols,
           guint        n_cols,
           guint       *out_n)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  guint n_goals;
  const FkGoal *goals = fk_goals_get_all (&n_goals);

  for (guint g = 0; g < n_goals; g++)
    {
      gboolean used = FALSE;

      for (guint i = 0; i < n_cols && !used; i++)
        {
          char **ids = capability (ctx, cols[i])->goals;

          used = ids != NULL && g_strv_contains ((const char * const *) ids, goals[g].id);
        }
      if (used)
        /* Translators: an effect goal in a list: "2B (Informationssäkerhet är en naturlig del av all verksamhet)" */
        g_ptr_array_add (items, g_strdup_printf (C_("effect goal in a list", "%1$s (%2$s)"), goals[g].id,
                                                 g_strcmp0 (ctx->language, "en") == 0 ? goals[g].text_en
                                                                                     : goals[g].text_sv));
    }
  *out_n = items->len;
  return fk_names_join_texts ((const char * const *) items->pdata, items->len);
}

/* "%1$s (%2$s)" for each goal of @counts from @from to @to. */
static char *
goal_count_list (Ctx          *ctx,
                 const GArray *counts,
                 guint         from,
                 guint         to)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  for (guint i = from; i < to; i++)
    {
      const FkGoal *goal = g_array_index (counts, FkScenarioGoalCount, i).goal;

      g_ptr_array_add (items, g_strdup_printf (C_("effect goal in a list", "%1$s (%2$s)"), goal->id,
                                               g_strcmp0 (ctx->language, "en") == 0 ? goal->text_en
                                                                                   : goal->text_sv));
    }
  return fk_names_join_texts ((const char * const *) items->pdata, items->len);
}

/* The end of the run of goals from @from with the same count. */
static guint
same_count_end (const GArray *counts,
                guint         from)
{
  guint to = from;

  while (to < counts->len &&
         g_array_index (counts, FkScenarioGoalCount, to).count ==
         g_array_index (counts, FkScenarioGoalCount, from).count)
    to++;
  return to;
}

/* The baseline's goals at stake, counted over every capability at least
 * half cannot sustain alone (not only the examples): the most served,
 * and, when they are fewer than three, the next with their count. */
static void
say_goals_at_stake (Ctx       *ctx,
                    GPtrArray *s)
{
  guint n_cols;
  g_autoptr(GArray) counts = fk_scenario_ctx_goals_at_stake (ctx, &n_cols);
  g_autofree char *first = NULL, *first_count = NULL;
  guint end;

  if (counts->len == 0)
    return;
  end = same_count_end (counts, 0);
  first = goal_count_list (ctx, counts, 0, end);
  first_count = count_words (ctx, g_array_index (counts, FkScenarioGoalCount, 0).count);
  if (n_cols == 1)
    {
      g_autofree char *all = goal_count_list (ctx, counts, 0, counts->len);

      add (s, ngettext ("Most at stake is effect goal %s, which that one capability is meant to serve.",
                        "Most at stake are effect goals %s, which that one capability is meant to serve.",
                        counts->len),
           all);
      return;
    }
  if (end == 1)
    /* Translators: Swedish: "Mest på spel står effektmålet 4B (…), som fem av de 22 förmågorna ska bidra till." */
    add (s, ngettext ("Most at stake is effect goal %1$s, served by one of the %2$u capabilities.",
                      "Most at stake is effect goal %1$s, served by %3$s of the %2$u capabilities.",
                      g_array_index (counts, FkScenarioGoalCount, 0).count),
         first, n_cols, first_count);
  else
    /* Translators: Swedish: "Mest på spel står effektmålen 4B (…) och 5B (…), som fem vardera av de 22 förmågorna ska bidra till." */
    add (s, ngettext ("Most at stake are effect goals %1$s, each served by one of the %2$u capabilities.",
                      "Most at stake are effect goals %1$s, each served by %3$s of the %2$u capabilities.",
                      g_array_index (counts, FkScenarioGoalCount, 0).count),
         first, n_cols, first_count);
  /* The next goal, when fewer than three come first and it is alone
   * with its count (several would blur whether the count is each's). */
  if (end < FK_SCENARIO_N_EXAMPLES && end < counts->len && same_count_end (counts, end) == end + 1)
    {
      g_autofree char *next = goal_count_list (ctx, counts, end, end + 1);
      guint count = g_array_index (counts, FkScenarioGoalCount, end).count;
      g_autofree char *next_count = count_words (ctx, count);

      /* Translators: Swedish: "Av dem bidrar fyra till 2B (…)." */
      add (s, ngettext ("Of them, one serves %1$s.",
                        "Of them, %2$s serve %1$s.",
                        count),
           next, next_count);
    }
}

static char *
write_benefits (Ctx *ctx)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) s = sentences_new ();
  gboolean on[FK_ESAM_N_PRINCIPLES + 1] = { FALSE, };
  g_autofree char *goals = NULL;
  g_autofree char *principles = NULL;
  const guint *cols;
  guint n_cols, n_goals, n_principles;

  if (!ctx->has_levels)
    return one_sentence (_("No scores have been entered in this round yet, so there is nothing to describe here."));
  if (fk_scenario_ctx_shares (ctx) && ctx->plan->n_cols == 0)
    return one_sentence (_("No capabilities have been chosen for this scenario yet, so there is nothing to describe here."));

  cols = described_cols (ctx, &n_cols);
  goals = goal_list (ctx, cols, n_cols, &n_goals);

  switch (ctx->scenario->kind)
    {
    case FK_SCENARIO_BASELINE:
      mark_principles (on, baseline_principles, G_N_ELEMENTS (baseline_principles));
      add (s, "%s", _("The baseline brings no new benefit from collaboration; what it saves is the work of agreeing on anything."));
      say_goals_at_stake (ctx, s);
      end_paragraph (out, s);
      add (s, _("It sets aside eSam's first principle for digital collaboration, “%s”."),
           fk_esam_principle_get_name (fk_esam_principle_lookup (1), ctx->language));
      end_paragraph (out, s);
      return g_string_free (g_steal_pointer (&out), FALSE);

    case FK_SCENARIO_NETWORK:
      mark_principles (on, network_principles, G_N_ELEMENTS (network_principles));
      add (s, "%s", _("The network's benefit is shared knowledge: the municipalities learn from each other's solutions, procurements and mistakes, and can reuse them instead of each finding out alone."));
      if (n_goals > 0)
        add (s, ngettext ("Through the capabilities above, it serves the action plan's effect goal %s.",
                          "Through the capabilities above, it serves the action plan's effect goals %s.",
                          n_goals),
             goals);
      break;

    case FK_SCENARIO_JOINT:
    case FK_SCENARIO_SELECTED:
    case FK_SCENARIO_CUSTOM:
    default:
      {
        double gap = fk_scenario_ctx_mean_gap (ctx);

        if (ctx->scenario->kind == FK_SCENARIO_JOINT)
          mark_principles (on, joint_principles, G_N_ELEMENTS (joint_principles));
        else
          mark_principles (on, selected_principles, G_N_ELEMENTS (selected_principles));
        if (!isnan (gap))
          {
            g_autofree char *levels = fk_text_format_number (gap, FALSE, FALSE, ctx->language);

            /* Shown as "0" (one decimal): the targets are reached. */
            if (gap < 0.05)
              add (s, "%s", _("On these capabilities, the municipalities taking part have on average reached the target level they set themselves. The benefit lies in sustaining that level together, at a lower cost and for longer than each on its own."));
            else
              add (s, ctx->scenario->kind == FK_SCENARIO_JOINT
                      ? _("On these capabilities, the municipalities taking part are on average %s below the target level they set themselves. A joint organisation builds it up once for all of them, instead of each municipality on its own.")
                      : _("On these capabilities, the municipalities taking part are on average %s below the target level they set themselves. Reaching it together should cost less, and last longer, than each reaching it alone."),
                   levels);
          }
        if (n_goals > 0)
          add (s, ngettext ("The capabilities serve the action plan's effect goal %s.",
                            "The capabilities serve the action plan's effect goals %s.",
                            n_goals),
               goals);
        else
          add (s, "%s", _("The model links none of the capabilities to an effect goal of the action plan."));
      }
      break;
    }
  end_paragraph (out, s);

  mark_area_principles (ctx, cols, n_cols, on);
  principles = principle_list (ctx, on, &n_principles);
  add (s, ngettext ("It rests on eSam's principle for digital collaboration %s.",
                    "It rests on eSam's principles for digital collaboration %s.",
                    n_principles),
       principles);
  if (ctx->scenario->kind == FK_SCENARIO_JOINT)
    add (s, "%s", _("A joint organisation also needs a legal form that lets the municipalities share staff, systems and information, which is why working actively with the law is among them."));
  else if (ctx->scenario->kind != FK_SCENARIO_NETWORK)
    add (s, "%s", _("Collaborating is the first choice, and what one municipality has built is reused by the others instead of being built again."));
  end_paragraph (out, s);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- Costs and risks --------------------------------------------------- */

/* In full where it weighs most (the joint organisation), briefly where
 * less is shared. */
static void
say_financing_dispute (GPtrArray *s,
                       gboolean   full)
{
  if (full)
    add (s, "%s", _("The e-council's final report names an overriding risk: getting stuck in the discussion of what the financing model should look like and what mandate and influence each municipality should have over the work. The agreement should be shaped with care, preferably on a model that already exists in Fyrbodal."));
  else
    add (s, "%s", _("The e-council's final report warns that the discussion of the financing model can get stuck; the agreement should preferably build on a model that already exists in Fyrbodal."));
}

/* The e-council's warning that the large municipalities may stay out,
 * and for each large municipality what it has at stake here: what it
 * could host (the others depend on it) and what it said no to. */
static void
say_large_opting_out (Ctx       *ctx,
                      GPtrArray *s)
{
  g_autoptr(GArray) stakes = fk_scenario_ctx_large_at_stake (ctx);

  if (stakes->len == 0)
    return;
  add (s, "%s", _("The report also warns that the large municipalities carry a larger share of the cost and may choose to stay out."));
  if (ctx->anon != NULL)
    /* Anything said about which of them host, next to the hosts'
     * letters, would tell which letters are large: the warning alone. */
    return;
  for (guint i = 0; i < stakes->len; i++)
    {
      const FkScenarioLargeStake *stake = &g_array_index (stakes, FkScenarioLargeStake, i);
      g_autofree char *who = names (ctx, &stake->row, 1);
      g_autofree char *hosts = capability_list (ctx, stake->hosts, stake->n_hosts);
      g_autofree char *refused = capability_list (ctx, stake->refused, stake->n_refused);
      gboolean refused_all = stake->n_refused == ctx->plan->n_cols && stake->n_refused > 1;

      if (stake->n_hosts > 0 && stake->n_refused > 0)
        /* Translators: "Uddevalla could host “A” and “B”, so the others depend on it staying in, but has said no to collaborating on “C”." */
        add (s, _("%1$s could host %2$s, so the others depend on it staying in, but has said no to collaborating on %3$s."),
             who, hosts, refused);
      else if (stake->n_hosts > 0)
        add (s, _("%1$s could host %2$s, so the others depend on it staying in."), who, hosts);
      else if (refused_all)
        add (s, _("%s has said no to collaborating on any of these capabilities."), who);
      else
        add (s, _("%1$s has said no to collaborating on %2$s."), who, refused);
    }
}

/* The network's own risk, said in full there (seed 001, sections 6.3
 * and 7); the other scenarios say in their requirements that a process
 * leader is needed. */
static void
say_no_process_leader (GPtrArray *s)
{
  add (s, "%s", _("According to the e-council's final report, several participants want the collaboration to remain as long as there is a process leader, and the e-council recommended that networks without a process leader be closed down."));
  add (s, "%s", _("If Fyrbodals kommunalförbund is to act as process leader, the municipalities taking part have to secure its funding."));
}

/* Seed 001, section 5: eight of the e-council's ten seats changed hands
 * from April 2019. In full in the network, where the representatives are
 * all there is; briefly for the joint organisation's steering group. */
static void
say_rotating_representatives (GPtrArray *s,
                              gboolean   full)
{
  if (full)
    add (s, "%s", _("Representatives who change often break the continuity: since the e-council's assignment started in April 2019, eight representatives have left or handed over the assignment, in a council of ten, and its work took longer as a result."));
  else
    add (s, "%s", _("A steering group whose representatives change often loses pace, as the e-council did when most of its seats changed hands."));
}

static char *
write_risks (Ctx *ctx)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) s = sentences_new ();
  g_autofree char *n_rows = count_words (ctx, ctx->plan->n_rows);

  switch (ctx->scenario->kind)
    {
    case FK_SCENARIO_BASELINE:
      add (s, "%s", _("The costs stay where they are today: each municipality pays for its own staff, systems and procurements, also where the others pay for the same."));
      end_paragraph (out, s);
      if (!ctx->has_levels)
        break;
      {
        guint n_key = 0;

        for (guint r = 0; r < ctx->n_region; r++)
          {
            gboolean key = FALSE;

            for (guint c = 0; c < fk_round_snapshot_get_n_cols (ctx->snapshot) && !key; c++)
              {
                const FkScore *sc = fk_round_snapshot_get_score (ctx->snapshot, r, c);

                key = sc != NULL && sc->current >= FK_LEVEL_MIN && sc->key_person == FK_KEY_PERSON_YES;
              }
            n_key += key;
          }
        if (n_key == ctx->n_region)
          add (s, ngettext ("The region's %u municipality depends on a single key person for at least one capability, and stays exposed alone when that person leaves.",
                            "All %u municipalities depend on a single key person for at least one capability, and stay exposed alone when that person leaves.",
                            n_key),
               n_key);
        else if (n_key > 0)
          add (s, ngettext ("Of the %2$u municipalities, %1$u depends on a single key person for at least one capability, and stays exposed alone when that person leaves.",
                            "Of the %2$u municipalities, %1$u depend on a single key person for at least one capability, and stay exposed alone when that person leaves.",
                            n_key),
               n_key, ctx->n_region);
        if (ctx->examples->len > 0)
          {
            g_autofree char *caps = capability_list (ctx, (const guint *) ctx->examples->data,
                                                     ctx->examples->len);

            add (s, ngettext ("Where many cannot sustain a capability alone, as with %s, it weakens wherever staff or money run short, and the gap between the strongest and the weakest municipalities grows.",
                              "Where many cannot sustain a capability alone, as with %s, they weaken wherever staff or money run short, and the gap between the strongest and the weakest municipalities grows.",
                              ctx->examples->len),
                 caps);
          }
        end_paragraph (out, s);
      }
      break;

    case FK_SCENARIO_NETWORK:
      add (s, ngettext ("The costs are small: a process leader's time and the hours of a representative from the one municipality that takes part.",
                        "The costs are small: a process leader's time and the hours of a representative from each of the %s municipalities that take part.",
                        ctx->plan->n_rows),
           n_rows);
      add (s, "%s", _("Nothing is shared, so nothing is saved on staff or systems."));
      end_paragraph (out, s);
      say_no_process_leader (s);
      say_rotating_representatives (s, TRUE);
      end_paragraph (out, s);
      break;

    case FK_SCENARIO_SELECTED:
    case FK_SCENARIO_JOINT:
    case FK_SCENARIO_CUSTOM:
    default:
      if (ctx->plan->n_cols == 0)
        return one_sentence (ctx->has_levels
                             ? _("No capabilities have been chosen for this scenario yet, so there is nothing to describe here.")
                             : _("No scores have been entered in this round yet, so there is nothing to describe here."));
      if (ctx->scenario->kind == FK_SCENARIO_JOINT)
        add (s, ngettext ("The joint organisation's staff, systems and management are paid for by the one municipality that takes part.",
                          "The joint organisation's staff, systems and management are paid for by the %s municipalities that take part, in proportions the financing model sets.",
                          ctx->plan->n_rows),
             n_rows);
      else
        {
          g_autofree char *n_caps = count_words (ctx, ctx->plan->n_cols);
          gboolean hosted = FALSE;

          for (guint i = 0; i < ctx->plan->n_cols; i++)
            hosted |= ctx->plan->hosts[i] >= 0;
          if (hosted)
            add (s, ngettext ("The costs of the capability are shared among the municipalities that take part; a host is paid by the others for what it delivers.",
                              "The costs of the %s capabilities are shared among the municipalities that take part; a host is paid by the others for what it delivers.",
                              ctx->plan->n_cols),
                 n_caps);
          else
            add (s, ngettext ("The costs of building up the capability are shared among the municipalities that take part.",
                              "The costs of building up the %s capabilities are shared among the municipalities that take part.",
                              ctx->plan->n_cols),
                 n_caps);
        }
      end_paragraph (out, s);
      say_financing_dispute (s, ctx->scenario->kind == FK_SCENARIO_JOINT);
      say_large_opting_out (ctx, s);
      if (ctx->scenario->kind == FK_SCENARIO_JOINT)
        say_rotating_representatives (s, FALSE);
      end_paragraph (out, s);
      break;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- What it requires -------------------------------------------------- */

static char *
write_requirements (Ctx *ctx)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) s = sentences_new ();
  g_autofree char *n_rows = count_words (ctx, ctx->plan->n_rows);

  switch (ctx->scenario->kind)
    {
    case FK_SCENARIO_BASELINE:
      add (s, "%s", _("It requires no agreement, but each municipality has to fund and staff every capability itself."));
      if (ctx->has_levels)
        {
          guint n = fk_scenario_ctx_count_mostly_unsustainable (ctx);

          if (n > 0)
            add (s, ngettext ("For the %u capability that at least half of the municipalities cannot sustain alone, that means recruiting or buying in what is missing, one municipality at a time.",
                              "For the %u capabilities that at least half of the municipalities cannot sustain alone, that means recruiting or buying in what is missing, one municipality at a time.",
                              n),
                 n);
        }
      end_paragraph (out, s);
      break;

    case FK_SCENARIO_NETWORK:
      add (s, "%s", _("It requires a process leader, funded by the municipalities that take part, and representatives who know their task in the network and can set aside time for it."));
      add (s, ngettext ("The one municipality that takes part appoints its representative.",
                        "Each of the %s municipalities that take part appoints its representative.",
                        ctx->plan->n_rows),
           n_rows);
      end_paragraph (out, s);
      break;

    case FK_SCENARIO_SELECTED:
    case FK_SCENARIO_JOINT:
    case FK_SCENARIO_CUSTOM:
    default:
      if (ctx->plan->n_cols == 0)
        return one_sentence (ctx->has_levels
                             ? _("No capabilities have been chosen for this scenario yet, so there is nothing to describe here.")
                             : _("No scores have been entered in this round yet, so there is nothing to describe here."));
      if (ctx->scenario->kind == FK_SCENARIO_JOINT)
        {
          add (s, "%s", _("It requires a decision by every municipality that joins, a collaboration agreement that gives the joint organisation its mandate, and a financing model for its staff and budget."));
          add (s, ngettext ("A steering group needs a representative of the one municipality that takes part, with time set aside for it, and the organisation needs a manager.",
                            "A steering group needs representatives of the %s municipalities that take part, with time set aside for it, and the organisation needs a manager.",
                            ctx->plan->n_rows),
               n_rows);
        }
      else
        add (s, "%s", _("It requires a collaboration agreement between the municipalities that take part, and a financing model that says how the costs are shared."));
      {
        g_autofree guint *hosts = g_new (guint, MAX (ctx->plan->n_cols, 1));
        g_autofree char *who = NULL;
        guint n = 0;

        for (guint i = 0; i < ctx->plan->n_cols; i++)
          {
            gboolean seen = FALSE;

            if (ctx->plan->hosts[i] < 0)
              continue;
            for (guint h = 0; h < n; h++)
              seen |= hosts[h] == (guint) ctx->plan->hosts[i];
            if (!seen)
              hosts[n++] = ctx->plan->hosts[i];
          }
        if (n > 0)
          {
            qsort (hosts, n, sizeof (guint), fk_scenario_compare_rows);
            who = names (ctx, hosts, n);
            add (s, ngettext ("As a host, %s needs a mandate from its own leadership to deliver to the others, and the staff to do it.",
                              "As hosts, %s need a mandate from their own leadership to deliver to the others, and the staff to do it.",
                              n),
                 who);
          }
      }
      add (s, "%s", _("A process leader has to hold the collaboration together after the project ends, funded by the municipalities that take part."));
      end_paragraph (out, s);
      break;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- The next step ----------------------------------------------------- */

static char *
write_next_step (Ctx *ctx)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) s = sentences_new ();

  switch (ctx->scenario->kind)
    {
    case FK_SCENARIO_BASELINE:
      add (s, "%s", _("The baseline needs no interest request, but choosing it is a decision too: the municipal directors' network should record it, and the scores should be looked at again after the next round."));
      end_paragraph (out, s);
      break;

    case FK_SCENARIO_NETWORK:
      add (s, "%s", _("The next step is an interest request (intresseförfrågan) from Fyrbodals kommunalförbund, on behalf of the municipal directors' network (kommundirektörsnätverket), to the municipalities about a network with a process leader and how it is funded. Each municipality's management decides whether to take part; with enough interest, a project directive with a benefit calculation follows."));
      /* Why not the e-council, as in the action plan (seed 003, annex
       * 5.1): its work ended with 2020 (seed 001, section 6.2). */
      add (s, "%s", _("In the action plan, the e-council sends such requests, but its work has ended, and its final report hands the results over to the municipal directors' network, which commissioned it, with Fyrbodals kommunalförbund taking care of them."));
      end_paragraph (out, s);
      break;

    case FK_SCENARIO_SELECTED:
    case FK_SCENARIO_JOINT:
    case FK_SCENARIO_CUSTOM:
    default:
      if (ctx->plan->n_cols == 0)
        return one_sentence (ctx->has_levels
                             ? _("No capabilities have been chosen for this scenario yet, so there is nothing to describe here.")
                             : _("No scores have been entered in this round yet, so there is nothing to describe here."));
      {
        g_autofree char *caps = capability_list (ctx, ctx->plan->cols, ctx->plan->n_cols);
        g_autofree gboolean *interested = g_new0 (gboolean, MAX (ctx->n_region, 1));
        guint n_interested = 0;

        if (ctx->scenario->kind == FK_SCENARIO_JOINT)
          add (s, "%s", _("The next step is an interest request (intresseförfrågan) from Fyrbodals kommunalförbund, on behalf of the municipal directors' network (kommundirektörsnätverket), to the municipalities about a joint organisation for these capabilities. Each municipality's management decides whether to take part."));
        else
          {
            g_autofree char *n_caps = count_words (ctx, ctx->plan->n_cols);

            add (s, ngettext ("The next step is an interest request (intresseförfrågan) from Fyrbodals kommunalförbund, on behalf of the municipal directors' network (kommundirektörsnätverket), to the municipalities about one capability: %1$s. Each municipality's management decides whether to take part.",
                              "The next step is an interest request (intresseförfrågan) from Fyrbodals kommunalförbund, on behalf of the municipal directors' network (kommundirektörsnätverket), to the municipalities about %2$s capabilities: %1$s. Each municipality's management decides whether to take part.",
                              ctx->plan->n_cols),
                 caps, n_caps);
          }
        for (guint i = 0; i < ctx->plan->n_cols; i++)
          for (guint r = 0; r < ctx->n_region; r++)
            {
              const FkScore *sc = fk_round_snapshot_get_score (ctx->snapshot, r, ctx->plan->cols[i]);

              interested[r] |= sc != NULL && fk_scenario_score_interested (sc);
            }
        for (guint r = 0; r < ctx->n_region; r++)
          n_interested += interested[r];
        if (n_interested == ctx->n_region && n_interested > 1)
          add (s, _("In this round, all %u municipalities have already said they are interested in collaborating on at least one of them."),
               n_interested);
        else if (n_interested > 0)
          {
            g_autofree char *n_words = count_words (ctx, n_interested);

            add (s, ngettext ("In this round, one municipality has already said it is interested in collaborating on at least one of them.",
                              "In this round, %s municipalities have already said they are interested in collaborating on at least one of them.",
                              n_interested),
                 n_words);
          }
        end_paragraph (out, s);
        if (ctx->scenario->kind == FK_SCENARIO_JOINT)
          add (s, "%s", _("With enough interest, the kommunalförbund and the interested municipalities draw up a pre-study directive or a project directive with a benefit calculation (förstudiedirektiv eller projektdirektiv med nyttokalkyl), and a steering group with their representatives is formed."));
        else
          add (s, "%s", _("Where enough municipalities say yes, a pre-study or project directive with a benefit calculation follows, with a steering group of their representatives."));
        end_paragraph (out, s);
      }
      break;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- Public ------------------------------------------------------------ */

static gint n_generated;

guint
fk_scenario_text_count_generated (void)
{
  return (guint) g_atomic_int_get (&n_generated);
}

GStrv
fk_scenario_generate (const FkScenario   *scenario,
                      FkCandidates       *candidates,
                      const char         *language,
                      const FkAnonymizer *anon)
{
  Ctx ctx = { 0, };
  GStrv texts;

  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (candidates != NULL, NULL);
  g_return_val_if_fail (fk_text_language_is_valid (language), NULL);

  g_atomic_int_inc (&n_generated);
  ctx.scenario = scenario;
  ctx.candidates = candidates;
  ctx.snapshot = fk_candidates_get_snapshot (candidates);
  ctx.model = fk_round_snapshot_get_model (ctx.snapshot);
  ctx.region = fk_round_snapshot_get_region (ctx.snapshot);
  ctx.language = language;
  ctx.anon = anon;
  ctx.n_region = fk_round_snapshot_get_n_rows (ctx.snapshot);
  ctx.has_levels = fk_candidates_has_levels (candidates);
  ctx.plan = fk_scenario_resolve (scenario, candidates);
  ctx.examples = g_array_new (FALSE, FALSE, sizeof (guint));
  if (ctx.has_levels && !fk_scenario_ctx_shares (&ctx))
    fk_scenario_ctx_choose_examples (&ctx);

  /* Everything translated below, names of anonymised municipalities and
   * list patterns included, in @language. */
  fk_text_push_message_language (language);
  texts = g_new0 (char *, FK_N_SCENARIO_SECTIONS + 1);
  texts[FK_SCENARIO_SECTION_SUMMARY] = write_summary (&ctx);
  texts[FK_SCENARIO_SECTION_CAPABILITIES] = write_capabilities (&ctx);
  texts[FK_SCENARIO_SECTION_PARTICIPANTS] = write_participants (&ctx);
  texts[FK_SCENARIO_SECTION_BENEFITS] = write_benefits (&ctx);
  texts[FK_SCENARIO_SECTION_RISKS] = write_risks (&ctx);
  texts[FK_SCENARIO_SECTION_REQUIREMENTS] = write_requirements (&ctx);
  texts[FK_SCENARIO_SECTION_NEXT_STEP] = write_next_step (&ctx);
  fk_text_pop_message_language ();

  fk_scenario_plan_free (ctx.plan);
  g_array_unref (ctx.examples);
  return texts;
}

/* The headings in the language in effect. */
static const char *
heading_text (FkScenarioSection section)
{
  switch (section)
    {
    case FK_SCENARIO_SECTION_SUMMARY:
      return _("What the scenario means");
    case FK_SCENARIO_SECTION_CAPABILITIES:
      return _("Capabilities and why");
    case FK_SCENARIO_SECTION_PARTICIPANTS:
      return _("Participants and hosts");
    case FK_SCENARIO_SECTION_BENEFITS:
      return _("Benefits, effect goals and principles");
    case FK_SCENARIO_SECTION_RISKS:
      return _("Costs and risks");
    case FK_SCENARIO_SECTION_REQUIREMENTS:
      return _("What it requires");
    case FK_SCENARIO_SECTION_NEXT_STEP:
    default:
      return _("Next step");
    }
}

char *
fk_scenario_section_get_heading (FkScenarioSection section,
                                 const char       *language)
{
  char *heading;

  g_return_val_if_fail (section < FK_N_SCENARIO_SECTIONS, NULL);

  if (!fk_text_language_is_valid (language))
    language = "sv";
  /* The language is this thread's own: any thread may ask. */
  fk_text_push_message_language (language);
  heading = g_strdup (heading_text (section));
  fk_text_pop_message_language ();
  return heading;
}
