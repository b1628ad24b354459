/* fk-scenario-text.c — a scenario's description, generated from a round's scores
 *
 * Every template sentence of the scenario descriptions is here, as a
 * gettext message translated into the text's language
 * (fk_text_push_message_language()). docs/scenarios.md says what each
 * section says and how it chooses what to name.
 */
#define G_LOG_DOMAIN "fk-scenario-text"
#include "config.h"
#include "fk-scenario.h"
#include "fk-esam.h"
#include "fk-goals.h"
#include "fk-names.h"

#include "fk-i18n.h"
#include <math.h>
#include <stdlib.h>

/* How many capabilities or municipalities a section names as examples
 * where it picks "the most" (baseline and network). */
#define N_EXAMPLES 3

/* What every section reads. */
typedef struct {
  const FkScenario   *scenario;
  FkCandidates       *candidates;
  FkRoundSnapshot    *snapshot;
  FkModel            *model;
  FkRegion           *region;
  const char         *language;
  const FkAnonymizer *anon;
  FkScenarioPlan     *plan;
  guint               n_region;   /* the region's municipalities */
  gboolean            has_levels; /* some score in the round */
  /* BASELINE and NETWORK name these capabilities as examples; the others
   * use the plan's. */
  GArray             *examples;   /* guint columns */
} Ctx;

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

/* Rows in region order. */
static int
compare_rows (const void *a,
              const void *b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
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

static const FkCandidate *
find_candidate (Ctx  *ctx,
                guint col)
{
  for (guint i = 0; i < fk_candidates_get_n (ctx->candidates); i++)
    if (fk_candidates_get (ctx->candidates, i)->col == col)
      return fk_candidates_get (ctx->candidates, i);
  for (guint i = 0; i < fk_candidates_get_n_strong (ctx->candidates); i++)
    if (fk_candidates_get_strong (ctx->candidates, i)->col == col)
      return fk_candidates_get_strong (ctx->candidates, i);
  return NULL;
}

static gboolean
kind_shares (Ctx *ctx)
{
  return ctx->scenario->kind == FK_SCENARIO_SELECTED || ctx->scenario->kind == FK_SCENARIO_JOINT ||
         ctx->scenario->kind == FK_SCENARIO_CUSTOM;
}

/* The capabilities a section describes: the plan's, or the examples. */
static const guint *
described_cols (Ctx   *ctx,
                guint *n)
{
  if (kind_shares (ctx))
    {
      *n = ctx->plan->n_cols;
      return ctx->plan->cols;
    }
  *n = ctx->examples->len;
  return (const guint *) ctx->examples->data;
}

/* Rows whose score of @col passes @test. */
typedef gboolean (*ScoreTest) (const FkScore *score);

static gboolean
is_interested (const FkScore *s)
{
  return s->current >= FK_LEVEL_MIN &&
         (s->interest == FK_INTEREST_YES || s->interest == FK_INTEREST_MAYBE);
}

static gboolean
cannot_sustain (const FkScore *s)
{
  return s->current >= FK_LEVEL_MIN &&
         (s->sustain == FK_SUSTAIN_NO || s->sustain == FK_SUSTAIN_DIFFICULT);
}

static gboolean
is_strong (const FkScore *s)
{
  return s->current >= FK_LEVEL_MAX - 1;
}

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

/* How many capabilities at least half of those who assessed them cannot
 * sustain alone: the baseline's measure of what continuing alone costs. */
static gboolean
mostly_unsustainable (const FkCandidate *cand)
{
  return cand->n_assessed > 0 && cand->n_cannot_sustain * 2 >= cand->n_assessed;
}

static guint
count_mostly_unsustainable (Ctx *ctx)
{
  guint n = 0;

  for (guint i = 0; i < fk_candidates_get_n (ctx->candidates); i++)
    n += mostly_unsustainable (fk_candidates_get (ctx->candidates, i));
  return n;
}

/* ---- Examples for the baseline and the network ------------------------- */

typedef struct {
  guint  col;
  double key;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->key != y->key)
    return x->key > y->key ? -1 : 1;
  return x->col < y->col ? -1 : x->col > y->col;
}

static int
level_spread (Ctx  *ctx,
              guint col,
              int  *out_min,
              int  *out_max)
{
  int lo = FK_LEVEL_MAX + 1, hi = -1;

  for (guint r = 0; r < ctx->n_region; r++)
    {
      const FkScore *s = fk_round_snapshot_get_score (ctx->snapshot, r, col);

      if (s != NULL && s->current >= FK_LEVEL_MIN)
        {
          lo = MIN (lo, s->current);
          hi = MAX (hi, s->current);
        }
    }
  *out_min = lo;
  *out_max = hi;
  return hi >= 0 ? hi - lo : -1;
}

/* BASELINE: the capabilities the most municipalities cannot sustain
 * alone (ties: the most at a low level). NETWORK: those with the widest
 * spread of levels and someone strong to learn from (ties: the most
 * interested). At most N_EXAMPLES, only ones the data backs. */
static void
choose_examples (Ctx *ctx)
{
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  guint n_cols = fk_round_snapshot_get_n_cols (ctx->snapshot);

  for (guint col = 0; col < n_cols; col++)
    {
      const FkCandidate *cand = find_candidate (ctx, col);
      Ranked item = { col, 0 };
      int lo, hi;

      if (cand == NULL || cand->n_assessed == 0)
        continue;
      if (ctx->scenario->kind == FK_SCENARIO_BASELINE)
        {
          if (cand->n_cannot_sustain == 0)
            continue;
          item.key = cand->n_cannot_sustain * 100.0 + cand->n_low;
        }
      else
        {
          if (level_spread (ctx, col, &lo, &hi) < 3 || hi < FK_LEVEL_MAX - 1)
            continue;
          item.key = (hi - lo) * 100.0 + cand->n_interested;
        }
      g_array_append_val (ranked, item);
    }
  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len && i < N_EXAMPLES; i++)
    g_array_append_val (ctx->examples, g_array_index (ranked, Ranked, i).col);
}

/* ---- What the scenario means ------------------------------------------- */

static void
summary_plan (Ctx       *ctx,
              GString   *out,
              GPtrArray *s)
{
  g_autofree char *caps = capability_list (ctx, ctx->plan->cols, ctx->plan->n_cols);
  guint n_hosted = 0;

  for (guint i = 0; i < ctx->plan->n_cols; i++)
    n_hosted += ctx->plan->hosts[i] >= 0;

  if (ctx->scenario->kind == FK_SCENARIO_JOINT)
    {
      g_autoptr(GPtrArray) areas = g_ptr_array_new ();
      g_autofree char *area_list = NULL;

      add (s, "%s", _("In this scenario, the municipalities form a joint organisation, a digital motor, that takes charge of whole areas on behalf of those who take part, with its own staff, budget and management."));
      g_autoptr(GPtrArray) quoted_areas = g_ptr_array_new_with_free_func (g_free);

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
      add (s, ngettext ("Within it, the scenario takes up %1$u capability that the municipalities need to build together: %2$s.",
                        "Within it, the scenario takes up %1$u capabilities that the municipalities need to build together: %2$s.",
                        ctx->plan->n_cols),
           ctx->plan->n_cols, caps);
    }
  else
    {
      add (s, ngettext ("In this scenario, the municipalities sustain %1$u capability together instead of each on its own: %2$s.",
                        "In this scenario, the municipalities sustain %1$u capabilities together instead of each on its own: %2$s.",
                        ctx->plan->n_cols),
           ctx->plan->n_cols, caps);
      add (s, "%s", _("Where a municipality is already strong, it hosts the capability and delivers it to the others, who pay their share; the rest is built up together."));
    }
  end_paragraph (out, s);

  if (n_hosted == 0)
    add (s, "%s", ngettext ("No municipality is strong enough to host it yet.",
                            "No municipality is strong enough to host any of them yet.",
                            ctx->plan->n_cols));
  else
    add (s, ngettext ("Of the %2$u capabilities, %1$u has a possible host municipality.",
                      "Of the %2$u capabilities, %1$u have a possible host municipality.",
                      n_hosted),
         n_hosted, ctx->plan->n_cols);
  if (ctx->plan->n_rows == 0)
    add (s, "%s", _("No municipality takes part yet."));
  else if (ctx->plan->n_rows == ctx->n_region)
    add (s, ngettext ("All %u municipality of the region takes part.",
                      "All %u municipalities of the region take part.",
                      ctx->n_region),
         ctx->n_region);
  else
    add (s, ngettext ("Of the region's %2$u municipalities, %1$u takes part.",
                      "Of the region's %2$u municipalities, %1$u take part.",
                      ctx->plan->n_rows),
         ctx->plan->n_rows, ctx->n_region);
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
      n = count_mostly_unsustainable (ctx);
      if (n == 0)
        add (s, "%s", _("In this round, there is no capability that at least half of the municipalities who assessed it cannot sustain alone, so continuing alone looks possible for now."));
      else
        add (s, ngettext ("In this round, %1$u of the model's %2$u capabilities is one that at least half of the municipalities who assessed it cannot sustain alone for three years, or only with difficulty.",
                          "In this round, %1$u of the model's %2$u capabilities are ones that at least half of the municipalities who assessed them cannot sustain alone for three years, or only with difficulty.",
                          n),
             n, fk_round_snapshot_get_n_cols (ctx->snapshot));
      end_paragraph (out, s);
      break;

    case FK_SCENARIO_NETWORK:
      add (s, "%s", _("In this scenario, the municipalities meet regularly in a network, run by a process leader, to exchange experience and learn from each other. They share no staff, systems or money: each still builds and sustains its own capabilities."));
      end_paragraph (out, s);
      if (!ctx->has_levels)
        break;
      if (ctx->examples->len == 0)
        add (s, "%s", _("In this round, no capability has both municipalities at a high level and others far below them, so the exchange would start from much the same level everywhere."));
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

/* One paragraph on one capability: its levels, who cannot sustain it
 * alone, who depends on a key person, who is interested. */
static void
describe_capability (Ctx       *ctx,
                     guint      col,
                     GString   *out,
                     GPtrArray *s)
{
  const FkCandidate *cand = find_candidate (ctx, col);
  g_autofree guint *rows = g_new (guint, MAX (ctx->n_region, 1));
  g_autofree char *median = NULL;
  g_autofree char *who = NULL;
  guint n;

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
  if (cand->n_low > 0)
    add (s, ngettext ("Of them, %1$u is at level %2$u or below.",
                      "Of them, %1$u are at level %2$u or below.",
                      cand->n_low),
         cand->n_low, (guint) FK_LEVEL_LOW_MAX);
  else
    add (s, _("None of them is below level %u."), (guint) FK_LEVEL_LOW_MAX + 1);
  if (cand->n_cannot_sustain > 0)
    add (s, ngettext ("Alone, %u of them cannot sustain it for three years, or only with difficulty.",
                      "Alone, %u of them cannot sustain it for three years, or only with difficulty.",
                      cand->n_cannot_sustain),
         cand->n_cannot_sustain);
  else
    add (s, "%s", _("None of them says it cannot sustain it alone."));
  if (cand->n_key_person > 0)
    add (s, ngettext ("For %u of them, it depends on a single key person.",
                      "For %u of them, it depends on a single key person.",
                      cand->n_key_person),
         cand->n_key_person);
  n = rows_where (ctx, col, is_interested, rows);
  if (n > 0 && n == ctx->n_region)
    /* Everyone: a list of the whole region says nothing. */
    add (s, ngettext ("The region's %u municipality is interested in collaborating on it (yes or maybe).",
                      "All %u municipalities are interested in collaborating on it (yes or maybe).",
                      n),
         n);
  else if (n * 2 > ctx->n_region)
    {
      /* Most are: the few who are not are the shorter list. */
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
      add (s, ngettext ("In all, %1$u municipality is interested in collaborating on it (yes or maybe): every municipality except %2$s.",
                        "In all, %1$u municipalities are interested in collaborating on it (yes or maybe): every municipality except %2$s.",
                        n),
           n, who);
    }
  else if (n > 0)
    {
      who = names (ctx, rows, n);
      add (s, ngettext ("In all, %1$u municipality is interested in collaborating on it (yes or maybe): %2$s.",
                        "In all, %1$u municipalities are interested in collaborating on it (yes or maybe): %2$s.",
                        n),
           n, who);
    }
  else
    add (s, "%s", _("None of them has said it is interested in collaborating on it."));
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
      add (s, ngettext ("Continuing alone weighs heaviest where many municipalities cannot sustain a capability on their own. This round's clearest case is described below.",
                        "Continuing alone weighs heaviest where many municipalities cannot sustain a capability on their own. This round's %u clearest cases are described below.",
                        ctx->examples->len),
           ctx->examples->len);
      end_paragraph (out, s);
    }
  else if (ctx->scenario->kind == FK_SCENARIO_NETWORK)
    {
      if (ctx->examples->len == 0)
        return one_sentence (_("The network shares no capability, and no capability in this round has both strong and weak municipalities to learn from each other."));
      add (s, ngettext ("The network shares no capability, but exchange of experience helps most where some municipalities are strong and others weak. In this round, that is clearest for the capability below.",
                        "The network shares no capability, but exchange of experience helps most where some municipalities are strong and others weak. In this round, that is clearest for the %u capabilities below.",
                        ctx->examples->len),
           ctx->examples->len);
      end_paragraph (out, s);
    }
  else if (ctx->plan->n_cols == 0)
    return one_sentence (_("No capabilities have been chosen for this scenario yet, so there is nothing to describe here."));

  {
    guint n;
    const guint *cols = described_cols (ctx, &n);

    for (guint i = 0; i < n; i++)
      {
        const FkCandidate *cand = find_candidate (ctx, cols[i]);

        describe_capability (ctx, cols[i], out, s);
        n_uncertain += cand != NULL && cand->uncertain;
        if (ctx->scenario->kind == FK_SCENARIO_NETWORK)
          {
            g_autofree guint *rows = g_new (guint, MAX (ctx->n_region, 1));
            guint n_strong = rows_where (ctx, cols[i], is_strong, rows);
            g_autofree char *who = names (ctx, rows, n_strong);

            add (s, ngettext ("%1$s is at level %2$u or above and could share how it works.",
                              "%1$s are at level %2$u or above and could share how they work.",
                              n_strong),
                 who, (guint) FK_LEVEL_MAX - 1);
          }
        end_paragraph (out, s);
      }
  }

  if (kind_shares (ctx))
    {
      if (!ctx->scenario->auto_capabilities || ctx->scenario->kind == FK_SCENARIO_CUSTOM)
        add (s, "%s", _("The capabilities were chosen for this scenario by hand, not taken from the ranking of collaboration candidates."));
      else if (ctx->scenario->kind == FK_SCENARIO_SELECTED)
        add (s, ngettext ("This is the round's highest-ranked collaboration candidate: a capability where many municipalities are weak or cannot sustain it alone, and want to collaborate.",
                          "These are the round's %u highest-ranked collaboration candidates: capabilities where many municipalities are weak or cannot sustain them alone, and want to collaborate.",
                          ctx->plan->n_cols),
             ctx->plan->n_cols);
      else
        add (s, "%s", _("They are the collaboration candidates of the areas with the most candidates among the round's ten highest-ranked."));
      if (n_uncertain > 0)
        add (s, ngettext ("Of them, %u is uncertain: fewer than half of the municipalities assessed it.",
                          "Of them, %u are uncertain: fewer than half of the municipalities assessed them.",
                          n_uncertain),
             n_uncertain);
      end_paragraph (out, s);
    }
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

  qsort (host_rows, n_hosts, sizeof (guint), compare_rows);
  add (s, _("A possible host is at level %u or above, can sustain the capability alone and has not said no to collaborating on it."),
       (guint) FK_LEVEL_MAX - 1);
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

/* The size group of @row: its class, or with anonymisation its merged
 * group (a class of fewer than four would narrow down who is who). */
static FkSizeGroup
size_group (Ctx  *ctx,
            guint row)
{
  const FkMunicipality *m = g_ptr_array_index (ctx->region->municipalities, row);

  if (ctx->anon != NULL)
    return fk_anonymizer_get_size_group (ctx->anon, m->code);
  switch (fk_round_snapshot_get_size_class (ctx->snapshot, row))
    {
    case FK_SIZE_SMALL:
      return FK_SIZE_GROUP_SMALL;
    case FK_SIZE_MEDIUM:
      return FK_SIZE_GROUP_MEDIUM;
    case FK_SIZE_LARGE:
    default:
      return FK_SIZE_GROUP_LARGE;
    }
}

/* Who gains most: the size group with the largest share of its members
 * in need (weak at, or unable to sustain, one of the capabilities, and
 * not against collaborating), said only when one group clearly leads. */
static void
say_who_gains (Ctx       *ctx,
               GString   *out,
               GPtrArray *s)
{
  guint members[FK_N_SIZE_GROUPS] = { 0, }, in_need[FK_N_SIZE_GROUPS] = { 0, };
  g_autofree gboolean *needs = g_new0 (gboolean, MAX (ctx->n_region, 1));
  int best = -1;
  gboolean tie = FALSE;
  guint total = 0;

  for (guint i = 0; i < ctx->plan->n_cols; i++)
    {
      const FkCandidate *cand = find_candidate (ctx, ctx->plan->cols[i]);

      for (guint p = 0; cand != NULL && p < cand->n_participants; p++)
        needs[cand->participants[p]] = TRUE;
    }
  for (guint r = 0; r < ctx->n_region; r++)
    {
      FkSizeGroup g = size_group (ctx, r);

      members[g]++;
      in_need[g] += needs[r];
      total += needs[r];
    }
  if (total == 0)
    return;
  for (guint g = 0; g < FK_N_SIZE_GROUPS; g++)
    {
      if (members[g] == 0 || in_need[g] == 0)
        continue;
      if (best < 0 || in_need[g] * members[best] > in_need[best] * members[g])
        {
          best = g;
          tie = FALSE;
        }
      else if (in_need[g] * members[best] == in_need[best] * members[g])
        tie = TRUE;
    }
  if (tie || best == FK_SIZE_GROUP_ALL)
    {
      add (s, "%s", _("The need is spread evenly over the size groups: no group of municipalities stands to gain clearly more than another."));
      end_paragraph (out, s);
      return;
    }
  switch (best)
    {
    case FK_SIZE_GROUP_SMALL:
      add (s, ngettext ("Of the %2$u small municipalities, %1$u is weak at one of these capabilities or cannot sustain it alone, a larger share than in any other size group: the small municipalities stand to gain most.",
                        "Of the %2$u small municipalities, %1$u are weak at one of these capabilities or cannot sustain it alone, a larger share than in any other size group: the small municipalities stand to gain most.",
                        in_need[best]),
           in_need[best], members[best]);
      break;
    case FK_SIZE_GROUP_MEDIUM:
      add (s, ngettext ("Of the %2$u medium-sized municipalities, %1$u is weak at one of these capabilities or cannot sustain it alone, a larger share than in any other size group: the medium-sized municipalities stand to gain most.",
                        "Of the %2$u medium-sized municipalities, %1$u are weak at one of these capabilities or cannot sustain it alone, a larger share than in any other size group: the medium-sized municipalities stand to gain most.",
                        in_need[best]),
           in_need[best], members[best]);
      break;
    case FK_SIZE_GROUP_LARGE:
      add (s, ngettext ("Of the %2$u large municipalities, %1$u is weak at one of these capabilities or cannot sustain it alone, a larger share than in any other size group: the large municipalities stand to gain most.",
                        "Of the %2$u large municipalities, %1$u are weak at one of these capabilities or cannot sustain it alone, a larger share than in any other size group: the large municipalities stand to gain most.",
                        in_need[best]),
           in_need[best], members[best]);
      break;
    case FK_SIZE_GROUP_SMALL_MEDIUM:
      add (s, ngettext ("Of the %2$u small and medium-sized municipalities, %1$u is weak at one of these capabilities or cannot sustain it alone, a larger share than among the large ones: they stand to gain most.",
                        "Of the %2$u small and medium-sized municipalities, %1$u are weak at one of these capabilities or cannot sustain it alone, a larger share than among the large ones: they stand to gain most.",
                        in_need[best]),
           in_need[best], members[best]);
      break;
    case FK_SIZE_GROUP_MEDIUM_LARGE:
    default:
      add (s, ngettext ("Of the %2$u medium-sized and large municipalities, %1$u is weak at one of these capabilities or cannot sustain it alone, a larger share than among the small ones: they stand to gain most.",
                        "Of the %2$u medium-sized and large municipalities, %1$u are weak at one of these capabilities or cannot sustain it alone, a larger share than among the small ones: they stand to gain most.",
                        in_need[best]),
           in_need[best], members[best]);
      break;
    }
  end_paragraph (out, s);
}

typedef struct {
  guint  row;
  double key;
  guint  count;
} RankedRow;

static int
compare_ranked_rows (gconstpointer a,
                     gconstpointer b)
{
  const RankedRow *x = a, *y = b;

  if (x->key != y->key)
    return x->key > y->key ? -1 : 1;
  return x->row < y->row ? -1 : x->row > y->row;
}

/* The municipalities with the most capabilities they cannot sustain
 * alone (@strong FALSE), or at level 4 or above (@strong TRUE), each with
 * a count above 0: the first N_EXAMPLES and any tied with the last. */
static GArray *
rank_rows (Ctx      *ctx,
           gboolean  strong)
{
  GArray *ranked = g_array_new (FALSE, FALSE, sizeof (RankedRow));
  guint n_cols = fk_round_snapshot_get_n_cols (ctx->snapshot);
  guint keep = 0;

  for (guint r = 0; r < ctx->n_region; r++)
    {
      RankedRow item = { r, 0, 0 };

      for (guint c = 0; c < n_cols; c++)
        {
          const FkScore *sc = fk_round_snapshot_get_score (ctx->snapshot, r, c);

          if (sc != NULL && sc->current >= FK_LEVEL_MIN)
            item.count += strong ? is_strong (sc) : cannot_sustain (sc);
        }
      if (item.count == 0)
        continue;
      item.key = item.count;
      g_array_append_val (ranked, item);
    }
  g_array_sort (ranked, compare_ranked_rows);
  while (keep < ranked->len &&
         (keep < N_EXAMPLES ||
          g_array_index (ranked, RankedRow, keep).count == g_array_index (ranked, RankedRow, keep - 1).count))
    keep++;
  g_array_set_size (ranked, keep);
  return ranked;
}

/* One sentence per count of the rows of rank_rows(), naming those with
 * that count together. */
static void
say_ranked_rows (Ctx       *ctx,
                 GArray    *ranked,
                 gboolean   strong,
                 GPtrArray *s)
{
  g_autofree guint *rows = g_new (guint, MAX (ranked->len, 1));

  for (guint i = 0; i < ranked->len;)
    {
      guint count = g_array_index (ranked, RankedRow, i).count, n = 0;
      g_autofree char *who = NULL;

      for (; i < ranked->len && g_array_index (ranked, RankedRow, i).count == count; i++)
        rows[n++] = g_array_index (ranked, RankedRow, i).row;
      who = names (ctx, rows, n);
      if (strong && n == 1)
        add (s, ngettext ("%1$s is at level %2$u or above in %3$u capability.",
                          "%1$s is at level %2$u or above in %3$u capabilities.",
                          count),
             who, (guint) FK_LEVEL_MAX - 1, count);
      else if (strong)
        add (s, ngettext ("%1$s are each at level %2$u or above in %3$u capability.",
                          "%1$s are each at level %2$u or above in %3$u capabilities.",
                          count),
             who, (guint) FK_LEVEL_MAX - 1, count);
      else if (n == 1)
        add (s, ngettext ("%1$s cannot sustain %2$u capability alone, or only with difficulty.",
                          "%1$s cannot sustain %2$u capabilities alone, or only with difficulty.",
                          count),
             who, count);
      else
        add (s, ngettext ("%1$s each cannot sustain %2$u capability alone, or only with difficulty.",
                          "%1$s each cannot sustain %2$u capabilities alone, or only with difficulty.",
                          count),
             who, count);
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
      ranked = rank_rows (ctx, FALSE);
      if (ranked->len == 0)
        return one_sentence (_("No municipality has said in this round that it cannot sustain a capability alone."));
      add (s, "%s", _("Every municipality goes on by itself, and continuing alone is hardest for those that can sustain the fewest capabilities on their own."));
      say_ranked_rows (ctx, ranked, FALSE, s);
      end_paragraph (out, s);
      break;

    case FK_SCENARIO_NETWORK:
      say_who_takes_part (ctx, s);
      end_paragraph (out, s);
      ranked = rank_rows (ctx, TRUE);
      if (ranked->len > 0)
        {
          add (s, "%s", _("Those with the most to share are the municipalities at a high level in many capabilities."));
          say_ranked_rows (ctx, ranked, TRUE, s);
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

/* The mean distance to their own target of the municipalities taking
 * part, over the plan's capabilities (a target already reached counts
 * 0); NAN without any target. */
static double
mean_gap (Ctx *ctx)
{
  double sum = 0;
  guint n = 0;

  for (guint i = 0; i < ctx->plan->n_rows; i++)
    for (guint c = 0; c < ctx->plan->n_cols; c++)
      {
        const FkScore *sc = fk_round_snapshot_get_score (ctx->snapshot, ctx->plan->rows[i],
                                                         ctx->plan->cols[c]);

        if (sc == NULL || sc->current < FK_LEVEL_MIN || sc->target < FK_LEVEL_MIN)
          continue;
        sum += MAX (0, sc->target - sc->current);
        n++;
      }
  return n > 0 ? sum / n : NAN;
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
  if (kind_shares (ctx) && ctx->plan->n_cols == 0)
    return one_sentence (_("No capabilities have been chosen for this scenario yet, so there is nothing to describe here."));

  cols = described_cols (ctx, &n_cols);
  goals = goal_list (ctx, cols, n_cols, &n_goals);

  switch (ctx->scenario->kind)
    {
    case FK_SCENARIO_BASELINE:
      mark_principles (on, baseline_principles, G_N_ELEMENTS (baseline_principles));
      add (s, "%s", _("The baseline brings no new benefit from collaboration; what it saves is the work of agreeing on anything."));
      if (n_goals > 0)
        add (s, ngettext ("The effect goal it puts most at risk is %s, which the capabilities many municipalities cannot sustain alone are meant to serve.",
                          "The effect goals it puts most at risk are %s, which the capabilities many municipalities cannot sustain alone are meant to serve.",
                          n_goals),
             goals);
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
        double gap = mean_gap (ctx);

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
              add (s, _("On these capabilities, the municipalities taking part are on average %s below the target level they set themselves. Reaching it together should cost less, and last longer, than each reaching it alone."),
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

  for (guint i = 0; i < n_cols; i++)
    for (guint a = 0; a < G_N_ELEMENTS (area_principles); a++)
      if (g_str_equal (capability (ctx, cols[i])->area, area_principles[a].area))
        mark_principles (on, area_principles[a].principles, G_N_ELEMENTS (area_principles[a].principles));
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

/* The large municipalities that could host one of the plan's
 * capabilities or have said no to collaborating on one. */
static guint
large_at_stake (Ctx   *ctx,
                guint *rows)
{
  guint n = 0;

  for (guint r = 0; r < ctx->n_region; r++)
    {
      gboolean at_stake = FALSE;

      if (fk_round_snapshot_get_size_class (ctx->snapshot, r) != FK_SIZE_LARGE)
        continue;
      for (guint i = 0; i < ctx->plan->n_cols && !at_stake; i++)
        {
          const FkCandidate *cand = find_candidate (ctx, ctx->plan->cols[i]);
          const FkScore *sc = fk_round_snapshot_get_score (ctx->snapshot, r, ctx->plan->cols[i]);

          at_stake = ctx->plan->hosts[i] == (int) r ||
                     (sc != NULL && sc->interest == FK_INTEREST_NO);
          for (guint h = 0; cand != NULL && h < cand->n_hosts; h++)
            at_stake |= cand->hosts[h] == r;
        }
      if (at_stake)
        rows[n++] = r;
    }
  return n;
}

static void
say_financing_dispute (GPtrArray *s)
{
  add (s, "%s", _("The e-council's final report names the overriding risk: getting stuck in the discussion of the financing model, and of the mandate and influence each municipality has. The agreement should be shaped with care, preferably on a model already used in Fyrbodal."));
}

static void
say_large_opting_out (Ctx       *ctx,
                      GPtrArray *s)
{
  g_autofree guint *rows = g_new (guint, MAX (ctx->n_region, 1));
  guint n = large_at_stake (ctx, rows);
  g_autofree char *who = NULL;

  if (n == 0)
    return;
  if (ctx->anon != NULL)
    {
      /* Anything said about which of them host, next to the hosts'
       * letters, would tell which letters are large: the warning alone. */
      add (s, "%s", _("The report also warns that the large municipalities carry a larger share of the cost and may choose to stay out."));
      return;
    }
  who = names (ctx, rows, n);
  add (s, ngettext ("The report also warns that the large municipalities carry a larger share of the cost and may choose to stay out. That matters here: %s could host one of these capabilities or has said no to collaborating on one.",
                    "The report also warns that the large municipalities carry a larger share of the cost and may choose to stay out. That matters here: %s could host one of these capabilities or have said no to collaborating on one.",
                    n),
       who);
}

static void
say_no_process_leader (GPtrArray *s)
{
  add (s, "%s", _("A collaboration that goes on after the project needs someone to lead it: the e-council found that participants want to keep collaborating only as long as there is a process leader, and recommends closing networks that have none."));
}

static void
say_rotating_representatives (GPtrArray *s)
{
  add (s, "%s", _("Representatives who change often break the continuity: the e-council's work was slowed down when several of its representatives left or handed over their seat."));
}

static char *
write_risks (Ctx *ctx)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) s = sentences_new ();

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
      add (s, ngettext ("The costs are small: a process leader's time and the hours of a representative from the %u municipality that takes part.",
                        "The costs are small: a process leader's time and the hours of a representative from each of the %u municipalities that take part.",
                        ctx->plan->n_rows),
           ctx->plan->n_rows);
      add (s, "%s", _("Nothing is shared, so nothing is saved on staff or systems."));
      end_paragraph (out, s);
      say_no_process_leader (s);
      say_rotating_representatives (s);
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
        add (s, ngettext ("The joint organisation's staff, systems and management are paid for by the %u municipality that takes part, in proportions the financing model sets.",
                          "The joint organisation's staff, systems and management are paid for by the %u municipalities that take part, in proportions the financing model sets.",
                          ctx->plan->n_rows),
             ctx->plan->n_rows);
      else
        add (s, ngettext ("The costs of %1$u capability are shared among the municipalities that take part; a host is paid by the others for what it delivers.",
                          "The costs of %1$u capabilities are shared among the municipalities that take part; a host is paid by the others for what it delivers.",
                          ctx->plan->n_cols),
             ctx->plan->n_cols);
      end_paragraph (out, s);
      say_financing_dispute (s);
      say_large_opting_out (ctx, s);
      end_paragraph (out, s);
      say_no_process_leader (s);
      if (ctx->scenario->kind == FK_SCENARIO_JOINT)
        say_rotating_representatives (s);
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

  switch (ctx->scenario->kind)
    {
    case FK_SCENARIO_BASELINE:
      add (s, "%s", _("It requires no agreement, but each municipality has to fund and staff every capability itself."));
      if (ctx->has_levels)
        {
          guint n = count_mostly_unsustainable (ctx);

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
      add (s, ngettext ("Each of the %u municipality that takes part appoints its representative.",
                        "Each of the %u municipalities that take part appoints its representative.",
                        ctx->plan->n_rows),
           ctx->plan->n_rows);
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
          add (s, ngettext ("A steering group needs a representative of the %u municipality that takes part, with time set aside for it, and the organisation needs a manager.",
                            "A steering group needs representatives of the %u municipalities that take part, with time set aside for it, and the organisation needs a manager.",
                            ctx->plan->n_rows),
               ctx->plan->n_rows);
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
            qsort (hosts, n, sizeof (guint), compare_rows);
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
      add (s, "%s", _("The baseline needs no interest request, but choosing it is a decision too: the e-council should record it and look at the scores again after the next round."));
      end_paragraph (out, s);
      break;

    case FK_SCENARIO_NETWORK:
      add (s, "%s", _("The next step is an interest request (intresseförfrågan) from the e-council to the municipalities about a network with a process leader and how it is funded. Each municipality's management decides whether to take part; with enough interest, a project directive with a benefit calculation follows."));
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
          add (s, "%s", _("The next step is an interest request (intresseförfrågan) from the e-council to the municipalities about a joint organisation for these capabilities. Each municipality's management decides whether to take part."));
        else
          add (s, ngettext ("The next step is an interest request (intresseförfrågan) from the e-council to the municipalities about %1$u capability: %2$s. Each municipality's management decides whether to take part.",
                            "The next step is an interest request (intresseförfrågan) from the e-council to the municipalities about %1$u capabilities: %2$s. Each municipality's management decides whether to take part.",
                            ctx->plan->n_cols),
               ctx->plan->n_cols, caps);
        for (guint i = 0; i < ctx->plan->n_cols; i++)
          for (guint r = 0; r < ctx->n_region; r++)
            {
              const FkScore *sc = fk_round_snapshot_get_score (ctx->snapshot, r, ctx->plan->cols[i]);

              interested[r] |= sc != NULL && is_interested (sc);
            }
        for (guint r = 0; r < ctx->n_region; r++)
          n_interested += interested[r];
        if (n_interested > 0)
          add (s, ngettext ("In this round, %u municipality has already said it is interested in collaborating on at least one of them.",
                            "In this round, %u municipalities have already said they are interested in collaborating on at least one of them.",
                            n_interested),
               n_interested);
        end_paragraph (out, s);
        add (s, "%s", _("With enough interest, the e-council and the interested municipalities draw up a pre-study directive or a project directive with a benefit calculation (förstudiedirektiv eller projektdirektiv med nyttokalkyl), and a steering group with their representatives is formed."));
        end_paragraph (out, s);
      }
      break;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- Public ------------------------------------------------------------ */

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
  if (ctx.has_levels && !kind_shares (&ctx))
    choose_examples (&ctx);

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
