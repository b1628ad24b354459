/* fk-annex.h — the PDF annex to the pre-study report (issue 15, docs/annex.md)
 *
 * Title page, contents, method, heatmaps, one page per municipality,
 * the collaboration candidates and the scenarios of one round, on the
 * PDF engine (fk-pdf-document.h).
 *
 * Three steps, so that the app can keep its main thread free:
 *  1. fk_annex_input_new() reads everything from the study (main thread:
 *     a study is single-threaded) into an immutable input: the round's
 *     snapshot, its candidates, the scenario texts (stored, or generated
 *     where none is stored), the import log, the respondents;
 *  2. fk_annex_build() makes the document from the input alone, inside
 *     fk_text_push_message_language() (the input's language), which is
 *     the calling thread's own: any thread, a GTask worker included,
 *     while the main thread translates in the app's language;
 *  3. fk_pdf_document_write() (or fk_odt_write_document()) lays it out
 *     and draws it, the long part, in any thread.
 * Steps 2 and 3 together run in one worker: what the export dialog does.
 * No global state: two annexes can be built one after the other or
 * written side by side.
 */
#pragma once

#include <gio/gio.h>
#include "fk-core.h"
#include "fk-pdf-document.h"

G_BEGIN_DECLS

/* The chapters a document built from an annex input holds, in this
 * order. The PDF annex is all of them; the report text (the ODT the
 * workshop lead pastes into the pre-study report) is
 * FK_ANNEX_PARTS_REPORT_TEXT: one set of sentences for both. */
typedef enum {
  FK_ANNEX_PART_TITLE          = 1 << 0,
  FK_ANNEX_PART_CONTENTS       = 1 << 1,
  FK_ANNEX_PART_METHOD         = 1 << 2,
  FK_ANNEX_PART_HEATMAPS       = 1 << 3,
  FK_ANNEX_PART_MUNICIPALITIES = 1 << 4,
  FK_ANNEX_PART_CANDIDATES     = 1 << 5,
  FK_ANNEX_PART_SCENARIOS      = 1 << 6,
} FkAnnexParts;

#define FK_ANNEX_PARTS_ALL         ((FkAnnexParts) 0x7f)
#define FK_ANNEX_PARTS_REPORT_TEXT (FK_ANNEX_PART_TITLE | FK_ANNEX_PART_CONTENTS | FK_ANNEX_PART_METHOD | \
                                    FK_ANNEX_PART_CANDIDATES | FK_ANNEX_PART_SCENARIOS)

/* The cells of the heatmaps: numbers in coloured cells, or compact
 * (colours only, smaller cells, no range or counts columns: fewer pages;
 * the numbers are in the data annex). AUTO is compact exactly when the
 * municipalities do not fit across one landscape page with numbers
 * (docs/annex.md, "Heatmaps"). */
typedef enum {
  FK_ANNEX_HEATMAPS_AUTO,
  FK_ANNEX_HEATMAPS_NUMBERS,
  FK_ANNEX_HEATMAPS_COMPACT,
} FkAnnexHeatmaps;

typedef struct {
  const char *round_name;  /* nullable: the latest round */
  const char *language;    /* "sv" or "en"; nullable: the study's */
  gboolean    anonymize;   /* "Municipality A", …: no name or code anywhere */
  gboolean    comments;    /* with @anonymize: print the comments all the same */
  FkAnnexParts parts;      /* 0: FK_ANNEX_PARTS_ALL, the PDF annex */
  FkAnnexHeatmaps heatmaps; /* 0: FK_ANNEX_HEATMAPS_AUTO */
} FkAnnexOptions;

typedef struct _FkAnnexInput FkAnnexInput;

/* Reads what the annex prints from @study. FALSE-like NULL with @error
 * for an unknown round (FK_ERROR_NOT_FOUND) or a study that cannot be
 * read. With @options->anonymize, the study's anonymizer (its first
 * anonymised output stores the seed). Main thread.
 * Returns: (transfer full) (nullable) */
FkAnnexInput  *fk_annex_input_new  (FkStudy              *study,
                                    const FkAnnexOptions *options,
                                    GError              **error);
void           fk_annex_input_free (FkAnnexInput         *input);
/* The anonymizer the input names municipalities with, for the key file;
 * NULL when not anonymised. (transfer none) (nullable) */
FkAnonymizer  *fk_annex_input_get_anonymizer (const FkAnnexInput *input);

/* Called while building, with the share done (0–1). */
typedef void (*FkAnnexProgressFunc) (double   fraction,
                                     gpointer user_data);

/* The annex (its FkAnnexParts) as a document, not yet laid out.
 * Cancelled: NULL with G_IO_ERROR_CANCELLED. Translates its words inside
 * fk_text_push_message_language (the input's language), which holds for
 * the calling thread alone: any thread, the input is only read.
 * Returns: (transfer full) (nullable) */
FkPdfDocument *fk_annex_build      (FkAnnexInput         *input,
                                    GCancellable         *cancellable,
                                    FkAnnexProgressFunc   progress,
                                    gpointer              progress_data,
                                    GError              **error);

/* Builds and writes @path through a temporary file beside it (the
 * engine's): an interrupted or failed annex leaves @path as it was. Any
 * thread. */
gboolean       fk_annex_write      (FkAnnexInput         *input,
                                    const char           *path,
                                    GCancellable         *cancellable,
                                    GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkAnnexInput, fk_annex_input_free)

G_END_DECLS
