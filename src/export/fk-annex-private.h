/* fk-annex-private.h — what the parts of the PDF annex share */
#pragma once

#include "fk-annex.h"
#include "fk-pdf-document.h"

G_BEGIN_DECLS

struct _FkAnnexInput {
  char            *title;        /* the study's */
  char            *language;
  gboolean         anonymize;
  gboolean         comments;     /* print the comments */
  FkAnnexParts     parts;
  FkAnnexHeatmaps  heatmaps;
  char            *round_name;
  char            *round_date;   /* nullable */
  FkRoundSnapshot *snapshot;
  FkCandidates    *candidates;
  FkAnonymizer    *anon;         /* NULL: names */
  GPtrArray       *scenarios;    /* FkExportScenario* (fk_export_scenarios_describe()) */
  GPtrArray       *imports;      /* FkImportRecord* of this round, oldest first */
  GStrv            respondents;  /* per region row, "" for nobody known */
  GDateTime       *now;
};

/* The municipality of region row @row as the annex names it: its name,
 * or anonymised "Municipality A". (transfer full) */
char  *fk_annex_municipality_name (const FkAnnexInput *input,
                                   guint               row);
/* The rows of the region in the annex's order: by name, or in letter
 * order when anonymised. (transfer full), length in @n */
guint *fk_annex_municipality_order (const FkAnnexInput *input,
                                    guint              *n);
/* A number in the annex's language (fk_text_format_number). (transfer full) */
char  *fk_annex_number (const FkAnnexInput *input,
                        double              value,
                        gboolean            integral);
/* How many capabilities municipality @row has assessed (a level),
 * marked not applicable, and left unassessed. */
void   fk_annex_count_answers (const FkAnnexInput *input,
                               guint               row,
                               guint              *assessed,
                               guint              *not_applicable,
                               guint              *not_assessed);

/* Whether the heatmaps are compact, colours only: as asked, or, for
 * FK_ANNEX_HEATMAPS_AUTO, when the municipalities do not fit across one
 * page with numbers in the cells (fk-annex-heatmaps.c). */
gboolean fk_annex_heatmaps_are_compact (const FkAnnexInput *input);

/* The chapters, each from a level-1 heading; they translate (inside the
 * build's push of the message language). */
void fk_annex_add_title_page     (FkAnnexInput *input, FkPdfDocument *doc);
void fk_annex_add_method         (FkAnnexInput *input, FkPdfDocument *doc);
void fk_annex_add_heatmaps       (FkAnnexInput *input, FkPdfDocument *doc);
/* One municipality's pages; @row a region row; the @first starts on
 * the page of the chapter's heading, the others on a new page. */
void fk_annex_add_municipality   (FkAnnexInput *input, FkPdfDocument *doc, guint row, gboolean first);
void fk_annex_add_candidates     (FkAnnexInput *input, FkPdfDocument *doc);
void fk_annex_add_scenarios      (FkAnnexInput *input, FkPdfDocument *doc);

/* Paragraphs of @text separated by blank lines, each a paragraph block. */
void fk_annex_add_paragraphs     (FkPdfDocument *doc, const char *text);

G_END_DECLS
