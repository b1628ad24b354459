/* fk-annex-candidates.c — the annex's chapter on the collaboration
 * candidates (the report text's too): the ranked table with the
 * reasons and who gains most, participants and hosts
 * in the words of the Candidates page and `formagekarta-cli candidates`
 * (fk-candidates.h), and the strong and even capabilities
 */
#define G_LOG_DOMAIN "fk-annex-candidates"
#include "config.h"
#include "fk-annex-private.h"

#include "fk-i18n.h"

/* The list part of "Participants (3): A, B and C", or "–" for none. */
static char *
people (FkAnnexInput      *input,
        const FkCandidate *candidate,
        FkCandidateRole    role)
{
  gsize at = 0;
  g_autofree char *text = fk_candidates_get_people (input->candidates, candidate, role, input->anon,
                                                    FK_NAMES_PLAIN, &at);

  return at > 0 ? g_strdup (text + at) : g_strdup ("–");
}

static char *
capability_cell (FkAnnexInput *input,
                 guint         col)
{
  FkModel *model = fk_round_snapshot_get_model (input->snapshot);
  const FkCapability *cap = g_ptr_array_index (model->capabilities, col);
  const FkArea *area = fk_model_lookup_area (model, cap->area);

  /* Translators: a capability and, in brackets, its area */
  return g_strdup_printf (_("%s (%s)"), fk_text_get (&cap->name, input->language),
                          area != NULL ? fk_text_get (&area->name, input->language) : "");
}

void
fk_annex_add_candidates (FkAnnexInput  *input,
                         FkPdfDocument *doc)
{
  guint n = fk_candidates_get_n (input->candidates);
  guint n_strong = fk_candidates_get_n_strong (input->candidates);
  g_autoptr(FkPdfTable) table = NULL;

  fk_pdf_document_add_page_break (doc, FK_PDF_LANDSCAPE);
  fk_pdf_document_add_heading (doc, 1, _("Collaboration candidates"));
  if (!fk_candidates_has_levels (input->candidates))
    {
      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY,
                                     _("No municipality has given a level in this round: there is nothing to rank yet."));
      return;
    }
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY,
                                 _("The capabilities ranked by their collaboration potential (0–100): how many municipalities are at a low level, cannot sustain the capability alone, depend on a key person or are interested in collaborating, the gap to their target levels and the spread between them. Participants are the municipalities that are weak or cannot sustain it alone and have not said no to collaborating; possible hosts are at a high level, sustain it alone and have not said no."));
  table = fk_pdf_table_new (7);
  /* The reason is the longest text: the widest column, so that rows
   * stay low and more candidates fit a page. */
  /* Translators: a narrow column heading (about six letters fit): a
   * candidate's place in the ranking */
  fk_pdf_table_set_column (table, 0, C_("narrow column", "Rank"), 0.05, FK_PDF_ALIGN_END);
  fk_pdf_table_set_column (table, 1, _("Capability"), 0.15, FK_PDF_ALIGN_START);
  /* Wide enough for an area's longest word ("Informationssäkerhet"). */
  fk_pdf_table_set_column (table, 2, _("Area"), 0.13, FK_PDF_ALIGN_START);
  /* Translators: a narrow column heading: the collaboration potential, 0–100 */
  fk_pdf_table_set_column (table, 3, _("Potential"), 0.07, FK_PDF_ALIGN_END);
  fk_pdf_table_set_column (table, 4, _("Reason"), 0.33, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, 5, _("Participants"), 0.17, FK_PDF_ALIGN_START);
  /* Mostly "–" or one or two names. */
  fk_pdf_table_set_column (table, 6, _("Possible hosts"), 0.10, FK_PDF_ALIGN_START);
  fk_pdf_table_set_striped (table, TRUE);
  for (guint i = 0; i < n; i++)
    {
      const FkCandidate *c = fk_candidates_get (input->candidates, i);
      FkModel *model = fk_round_snapshot_get_model (input->snapshot);
      const FkCapability *cap = g_ptr_array_index (model->capabilities, c->col);
      const FkArea *area = fk_model_lookup_area (model, cap->area);
      g_autofree char *rank = c->uncertain
                              /* Translators: the rank of a candidate fewer than half the municipalities assessed */
                              ? g_strdup_printf (_("%u (uncertain)"), i + 1)
                              : fk_annex_number (input, i + 1, TRUE);
      g_autofree char *score = fk_annex_number (input, c->score, TRUE);
      g_autofree char *reason = fk_candidates_get_reason (input->candidates, c, input->anon);
      g_autofree char *gain = fk_candidates_get_gain (input->candidates, c, input->anon);
      g_autofree char *why = gain != NULL ? g_strconcat (reason, "\n", gain, NULL) : g_strdup (reason);
      g_autofree char *participants = people (input, c, FK_CANDIDATE_PARTICIPANTS);
      g_autofree char *hosts = people (input, c, FK_CANDIDATE_HOSTS);
      const char *cells[] = { rank, fk_text_get (&cap->name, input->language),
                              area != NULL ? fk_text_get (&area->name, input->language) : "",
                              score, why, participants, hosts };

      fk_pdf_table_add_row (table, cells);
    }
  fk_pdf_document_add_table (doc, g_steal_pointer (&table));

  if (n_strong > 0)
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

      fk_pdf_document_add_heading (doc, 2, _("Already strong and even"));
      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY,
                                     _("The region is already strong and even at these capabilities; collaborating on them would gain little:"));
      for (guint i = 0; i < n_strong; i++)
        g_ptr_array_add (items, capability_cell (input, fk_candidates_get_strong (input->candidates, i)->col));
      g_ptr_array_add (items, NULL);
      fk_pdf_document_add_list (doc, FALSE, (const char * const *) items->pdata);
    }
}
