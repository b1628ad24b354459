/* fk-annex-scenarios.c — the annex's chapter on the scenarios: each
 * scenario under a level-2 heading, its sections under level-3 headings,
 * in the text every export prints (fk_export_scenarios_describe():
 * stored, or generated)
 */
#define G_LOG_DOMAIN "fk-annex-scenarios"
#include "config.h"
#include "fk-annex-private.h"
#include "fk-export-data.h"

#include "fk-i18n.h"

void
fk_annex_add_scenarios (FkAnnexInput  *input,
                        FkPdfDocument *doc)
{
  fk_pdf_document_add_page_break (doc, FK_PDF_PORTRAIT);
  fk_pdf_document_add_heading (doc, 1, _("Scenarios"));
  if (input->scenarios->len == 0)
    {
      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, _("The study has no scenarios."));
      return;
    }
  for (guint i = 0; i < input->scenarios->len; i++)
    {
      const FkExportScenario *s = input->scenarios->pdata[i];

      /* Its name again on each page a long scenario continues on. */
      fk_pdf_document_set_heading_repeated (doc, fk_pdf_document_add_heading (doc, 2, s->name), TRUE);
      for (FkScenarioSection sec = 0; sec < FK_N_SCENARIO_SECTIONS; sec++)
        {
          g_autofree char *heading = NULL;
          g_autofree char *text = g_strstrip (g_strdup (s->sections[sec] != NULL ? s->sections[sec] : ""));

          /* A section the user emptied is left out, heading and all, as
           * `formagekarta-cli scenarios` does. */
          if (*text == '\0')
            continue;
          heading = fk_scenario_section_get_heading (sec, input->language);
          fk_pdf_document_add_heading (doc, 3, heading);
          fk_annex_add_paragraphs (doc, text);
        }
    }
}
