/* fk-report-text.h — the report text's content as blocks: the method, the candidates, the scenarios
 *
 * What the workshop lead pastes into the pre-study report (issue 15,
 * "The report text"): the method summary, the collaboration candidates
 * and the scenarios of one round, as blocks of the document engine
 * (fk-pdf-document.h). fk_odt_write_document() writes them as an
 * OpenDocument text; the PDF annex's chapters on the same subjects are
 * meant to be these functions, so that both say the same thing.
 *
 * The chapter functions each start with a level-1 heading. They write
 * in the message language in effect (call them inside
 * fk_text_push_message_language (@language)) and read nothing but their
 * arguments, so a worker thread may call them once the texts are known.
 */
#pragma once

#include "fk-candidates.h"
#include "fk-model.h"
#include "fk-pdf-document.h"

G_BEGIN_DECLS

/* The model (name, version, the areas and their capabilities as tables),
 * the scale (levels and what they mean) and the scoring rules. */
void           fk_report_text_add_method     (FkPdfDocument      *doc,
                                              FkModel            *model,
                                              const char         *language);
/* The ranked candidates as a table (rank, capability, area, potential,
 * reason and who gains most, participants, possible hosts) in the words
 * of fk_candidates_get_reason(), then the capabilities the region is
 * already strong and even at. @anon (nullable): letters, not names. */
void           fk_report_text_add_candidates (FkPdfDocument      *doc,
                                              FkCandidates       *candidates,
                                              const FkAnonymizer *anon,
                                              const char         *language);
/* Each scenario (FkExportScenario* of fk_export_scenarios_describe(),
 * already anonymised there when asked) under a level-2 heading, each
 * section that has text under a level-3 heading, its paragraphs split
 * at blank lines. */
void           fk_report_text_add_scenarios  (FkPdfDocument      *doc,
                                              GPtrArray          *scenarios,
                                              const char         *language);

/* The whole report text of @candidates' round: a title page, the
 * contents and the three chapters, in @language (it pushes the message
 * language itself: main thread or CLI). @anon (nullable): no name or
 * code of a municipality anywhere. Returns: (transfer full) */
FkPdfDocument *fk_report_text_new            (FkCandidates       *candidates,
                                              GPtrArray          *scenarios,
                                              const char         *language,
                                              const FkAnonymizer *anon);

G_END_DECLS
