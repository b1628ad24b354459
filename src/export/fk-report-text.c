/* fk-report-text.c — the report text's content as blocks: the method, the candidates, the scenarios */
#define G_LOG_DOMAIN "fk-report-text"
#include "config.h"
#include "fk-report-text.h"
#include "fk-export-data.h"
#include "fk-text.h"

#include "fk-i18n.h"
#include <string.h>

/* ---- the method ---------------------------------------------------------------- */

static char *
goals_text (const FkCapability *capability)
{
  return capability->goals != NULL ? g_strjoinv (", ", capability->goals) : g_strdup ("");
}

static void
add_areas (FkPdfDocument *doc,
           FkModel       *model,
           const char    *language)
{
  for (guint a = 0; a < model->areas->len; a++)
    {
      const FkArea *area = g_ptr_array_index (model->areas, a);
      g_autoptr(GPtrArray) capabilities = fk_model_get_area_capabilities (model, area->key);
      g_autoptr(FkPdfTable) table = NULL;

      if (capabilities == NULL || capabilities->len == 0)
        continue;
      fk_pdf_document_add_heading (doc, 3, fk_text_get (&area->name, language));
      if (!fk_text_is_empty (&area->description))
        fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, fk_text_get (&area->description, language));
      table = fk_pdf_table_new (3);
      fk_pdf_table_set_column (table, 0, _("Capability"), 0.3, FK_PDF_ALIGN_START);
      fk_pdf_table_set_column (table, 1, _("Description"), 0.58, FK_PDF_ALIGN_START);
      fk_pdf_table_set_column (table, 2, _("Effect goals"), 0.12, FK_PDF_ALIGN_START);
      fk_pdf_table_set_striped (table, TRUE);
      for (guint i = 0; i < capabilities->len; i++)
        {
          const FkCapability *capability = g_ptr_array_index (capabilities, i);
          g_autofree char *goals = goals_text (capability);
          const char *cells[] = { fk_text_get (&capability->name, language),
                                  fk_text_get (&capability->description, language), goals };

          fk_pdf_table_add_row (table, cells);
        }
      fk_pdf_document_add_table (doc, g_steal_pointer (&table));
    }
}

static void
add_scale (FkPdfDocument *doc,
           FkModel       *model,
           const char    *language)
{
  g_autoptr(FkPdfTable) table = fk_pdf_table_new (3);

  fk_pdf_document_add_heading (doc, 2, _("The scale"));
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY,
                                 _("Each municipality gives every capability its current level and the level it aims for, on this scale. A capability that does not concern the municipality is marked not applicable; one it has not answered for is not assessed."));
  fk_pdf_table_set_column (table, 0, _("Level"), 0.1, FK_PDF_ALIGN_END);
  fk_pdf_table_set_column (table, 1, _("Name"), 0.25, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, 2, _("Meaning"), 0.65, FK_PDF_ALIGN_START);
  fk_pdf_table_set_striped (table, TRUE);
  for (guint i = 0; i < FK_N_LEVELS; i++)
    {
      g_autofree char *level = fk_text_format_number (model->scale[i].level, TRUE, FALSE, language);
      const char *cells[] = { level, fk_text_get (&model->scale[i].name, language),
                              fk_text_get (&model->scale[i].meaning, language) };

      fk_pdf_table_add_row (table, cells);
    }
  fk_pdf_document_add_table (doc, g_steal_pointer (&table));
}

static void
add_scoring_rules (FkPdfDocument *doc,
                   FkModel       *model,
                   const char    *language)
{
  g_autoptr(GPtrArray) rules = g_ptr_array_new ();

  if (model->scoring_rules == NULL || model->scoring_rules->len == 0)
    return;
  fk_pdf_document_add_heading (doc, 2, _("Scoring rules"));
  for (guint i = 0; i < model->scoring_rules->len; i++)
    g_ptr_array_add (rules, (gpointer) fk_text_get (g_ptr_array_index (model->scoring_rules, i), language));
  g_ptr_array_add (rules, NULL);
  fk_pdf_document_add_list (doc, TRUE, (const char * const *) rules->pdata);
}

void
fk_report_text_add_method (FkPdfDocument *doc,
                           FkModel       *model,
                           const char    *language)
{
  guint n = fk_model_get_n_capabilities (model);
  g_autofree char *intro = NULL;

  fk_pdf_document_add_heading (doc, 1, _("Method"));
  /* Translators: the model's name, its version, then how many capabilities */
  intro = g_strdup_printf (ngettext ("The mapping uses the model “%s”, version %s, with %u capability in the areas below.",
                                     "The mapping uses the model “%s”, version %s, with %u capabilities in the areas below.",
                                     n),
                           fk_text_get (&model->name, language), model->version, n);
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, intro);
  if (!fk_text_is_empty (&model->description))
    fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, fk_text_get (&model->description, language));
  fk_pdf_document_add_heading (doc, 2, _("The capability model"));
  add_areas (doc, model, language);
  add_scale (doc, model, language);
  add_scoring_rules (doc, model, language);
}

/* ---- the candidates -------------------------------------------------------------- */

static char *
capability_with_area (FkModel    *model,
                      guint       col,
                      const char *language)
{
  const FkCapability *capability = g_ptr_array_index (model->capabilities, col);
  const FkArea *area = fk_model_lookup_area (model, capability->area);

  /* Translators: a capability and, in brackets, its area */
  return g_strdup_printf (_("%s (%s)"), fk_text_get (&capability->name, language),
                          area != NULL ? fk_text_get (&area->name, language) : "");
}

/* The names of @rows, or "–" for nobody. */
static char *
people (FkRegion           *region,
        const guint        *rows,
        guint               n,
        const FkAnonymizer *anon)
{
  return n > 0 ? fk_names_join_municipalities (region, rows, n, anon, FK_NAMES_PLAIN) : g_strdup ("–");
}

static void
add_candidate_row (FkPdfTable         *table,
                   FkCandidates       *candidates,
                   guint               rank,
                   const FkAnonymizer *anon,
                   const char         *language)
{
  FkRoundSnapshot *snapshot = fk_candidates_get_snapshot (candidates);
  FkModel *model = fk_round_snapshot_get_model (snapshot);
  FkRegion *region = fk_round_snapshot_get_region (snapshot);
  const FkCandidate *candidate = fk_candidates_get (candidates, rank - 1);
  const FkCapability *capability = g_ptr_array_index (model->capabilities, candidate->col);
  const FkArea *area = fk_model_lookup_area (model, capability->area);
  g_autofree char *rank_text = candidate->uncertain
                               /* Translators: the rank of a candidate fewer than half the municipalities assessed */
                               ? g_strdup_printf (_("%u (uncertain)"), rank)
                               : g_strdup_printf ("%u", rank);
  g_autofree char *score = fk_text_format_number (candidate->score, TRUE, FALSE, language);
  g_autofree char *reason = fk_candidates_get_reason (candidates, candidate, anon);
  g_autofree char *gain = fk_candidates_get_gain (candidates, candidate, anon);
  g_autofree char *why = gain != NULL ? g_strconcat (reason, "\n", gain, NULL) : g_strdup (reason);
  g_autofree char *participants = people (region, candidate->participants, candidate->n_participants, anon);
  g_autofree char *hosts = people (region, candidate->hosts, candidate->n_hosts, anon);
  const char *cells[] = { rank_text, fk_text_get (&capability->name, language),
                          area != NULL ? fk_text_get (&area->name, language) : "",
                          score, why, participants, hosts };

  fk_pdf_table_add_row (table, cells);
}

void
fk_report_text_add_candidates (FkPdfDocument      *doc,
                               FkCandidates       *candidates,
                               const FkAnonymizer *anon,
                               const char         *language)
{
  FkModel *model = fk_round_snapshot_get_model (fk_candidates_get_snapshot (candidates));
  guint n = fk_candidates_get_n (candidates);
  guint n_strong = fk_candidates_get_n_strong (candidates);
  g_autoptr(FkPdfTable) table = NULL;

  fk_pdf_document_add_heading (doc, 1, _("Collaboration candidates"));
  if (!fk_candidates_has_levels (candidates))
    {
      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY,
                                     _("No municipality has given a level in this round: there is nothing to rank yet."));
      return;
    }
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY,
                                 _("The capabilities ranked by their collaboration potential (0–100): how many municipalities are at a low level, cannot sustain the capability alone, depend on a key person or are interested in collaborating, the gap to their target levels and the spread between them. Participants are the municipalities that are weak or cannot sustain it alone and have not said no to collaborating; possible hosts are at a high level, sustain it alone and have not said no."));
  table = fk_pdf_table_new (7);
  /* Fixed shares: a portrait page, and word processors keep them. */
  fk_pdf_table_set_column (table, 0, _("Rank"), 0.07, FK_PDF_ALIGN_END);
  fk_pdf_table_set_column (table, 1, _("Capability"), 0.15, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, 2, _("Area"), 0.12, FK_PDF_ALIGN_START);
  /* Translators: a narrow column heading: the collaboration potential, 0–100 */
  fk_pdf_table_set_column (table, 3, _("Potential"), 0.08, FK_PDF_ALIGN_END);
  fk_pdf_table_set_column (table, 4, _("Reason"), 0.3, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, 5, _("Participants"), 0.18, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, 6, _("Possible hosts"), 0.1, FK_PDF_ALIGN_START);
  fk_pdf_table_set_striped (table, TRUE);
  for (guint i = 0; i < n; i++)
    add_candidate_row (table, candidates, i + 1, anon, language);
  fk_pdf_document_add_table (doc, g_steal_pointer (&table));

  if (n_strong > 0)
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

      fk_pdf_document_add_heading (doc, 2, _("Already strong and even"));
      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY,
                                     _("The region is already strong and even at these capabilities; collaborating on them would gain little:"));
      for (guint i = 0; i < n_strong; i++)
        g_ptr_array_add (items, capability_with_area (model, fk_candidates_get_strong (candidates, i)->col, language));
      g_ptr_array_add (items, NULL);
      fk_pdf_document_add_list (doc, FALSE, (const char * const *) items->pdata);
    }
}

/* ---- the scenarios ----------------------------------------------------------------- */

static gboolean
is_blank (const char *text)
{
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* @text's paragraphs, split at blank lines; single newlines stay line breaks. */
static void
add_paragraphs (FkPdfDocument *doc,
                const char    *text)
{
  g_auto(GStrv) parts = g_regex_split_simple ("\\n[ \\t]*\\n", text, 0, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, parts[i]);
    }
}

void
fk_report_text_add_scenarios (FkPdfDocument *doc,
                              GPtrArray     *scenarios,
                              const char    *language)
{
  fk_pdf_document_add_heading (doc, 1, _("Scenarios"));
  if (scenarios == NULL || scenarios->len == 0)
    {
      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, _("The study has no scenarios."));
      return;
    }
  for (guint i = 0; i < scenarios->len; i++)
    {
      const FkExportScenario *scenario = scenarios->pdata[i];

      fk_pdf_document_add_heading (doc, 2, scenario->name);
      for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
        {
          g_autofree char *heading = NULL;

          /* A section the user emptied is left out, as in the other exports. */
          if (is_blank (scenario->sections[s]))
            continue;
          heading = fk_scenario_section_get_heading (s, language);
          fk_pdf_document_add_heading (doc, 3, heading);
          add_paragraphs (doc, scenario->sections[s]);
        }
    }
}

/* ---- the whole text ---------------------------------------------------------------- */

FkPdfDocument *
fk_report_text_new (FkCandidates       *candidates,
                    GPtrArray          *scenarios,
                    const char         *language,
                    const FkAnonymizer *anon)
{
  FkRoundSnapshot *snapshot;
  FkModel *model;
  FkPdfDocument *doc;
  g_autofree char *model_text = NULL, *count = NULL, *today = NULL, *title = NULL;

  g_return_val_if_fail (candidates != NULL && language != NULL, NULL);

  snapshot = fk_candidates_get_snapshot (candidates);
  model = fk_round_snapshot_get_model (snapshot);
  fk_text_push_message_language (language);
  /* No study title: it may name a municipality, and an anonymised text
   * must not. */
  doc = fk_pdf_document_new (language);
  /* Translators: the title of the report text; %s is a round's name */
  title = g_strdup_printf (_("Capability mapping, round %s"), fk_round_snapshot_get_round_name (snapshot));
  /* Translators: a model's name and its version */
  model_text = g_strdup_printf (_("%s, version %s"), fk_text_get (&model->name, language), model->version);
  count = fk_text_format_number (fk_round_snapshot_get_n_rows (snapshot), TRUE, FALSE, language);
  today = fk_text_today_iso ();
  fk_pdf_document_set_title (doc, title);
  fk_pdf_document_set_subject (doc, _("Report text: method, collaboration candidates and scenarios"));
  {
    const char *labels[] = { _("Round"), _("Model"), _("Municipalities"), _("Created"), NULL };
    const char *values[] = { fk_round_snapshot_get_round_name (snapshot), model_text, count, today, NULL };

    fk_pdf_document_add_title_page (doc, title, _("Report text: method, collaboration candidates and scenarios"),
                                    labels, values);
  }
  fk_pdf_document_add_toc (doc);
  fk_pdf_document_add_page_break (doc, FK_PDF_PORTRAIT);
  fk_report_text_add_method (doc, model, language);
  fk_pdf_document_add_page_break (doc, FK_PDF_PORTRAIT);
  fk_report_text_add_candidates (doc, candidates, anon, language);
  fk_pdf_document_add_page_break (doc, FK_PDF_PORTRAIT);
  fk_report_text_add_scenarios (doc, scenarios, language);
  fk_text_pop_message_language ();
  return doc;
}
