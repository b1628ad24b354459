/* fk-export-data-private.h — what the data annex's CSV and XLSX writers share */
#pragma once

#include "fk-export-data.h"

G_BEGIN_DECLS

struct _FkExportData {
  FkCandidates    *candidates;
  FkRoundSnapshot *snapshot;   /* the candidates' */
  GPtrArray       *scenarios;  /* FkExportScenario*, maybe empty */
  char            *language;
  FkAnonymizer    *anon;       /* NULL: names and codes */
  FkPalette        palette;
};

/* The municipalities (snapshot rows) in the order the annex lists them:
 * region order, or anonymised the letter order (any other would hint at
 * who is who). Returns: (transfer full) (array length=out_n) */
guint      *fk_export_data_get_rows          (FkExportData *data,
                                              guint        *out_n);
/* The municipality's code, or anonymised its letter ("C").
 * Returns: (transfer none) */
const char *fk_export_data_get_id            (FkExportData *data,
                                              guint         row);
/* Its name, or anonymised "Kommun C" in the message language.
 * Returns: (transfer full) */
char       *fk_export_data_get_name          (FkExportData *data,
                                              guint         row);
/* A level as the CLI takes it: "0"–"5", "na", or NULL (not assessed).
 * Returns: (transfer none) */
const char *fk_export_data_level_text        (int           level);

G_END_DECLS
