/* fk-cli-export-data.h — "formagekarta-cli export --format csv|xlsx|odt": the data annex, the report text */
#pragma once

#include "fk-cli.h"
#include "fk-export-data.h"

G_BEGIN_DECLS

/* The options of a data export, checked by the caller (no figure option
 * given) before the study is opened. */
typedef struct {
  const char   *path;            /* the study */
  FkDataFormat  format;
  const char   *round_name;      /* NULL: the latest */
  const char   *language;        /* NULL: the study's */
  const char   *separator;       /* --separator as given, or NULL; csv only */
  gboolean      anonymize;
  FkPalette     palette;         /* the workbook's colour scales */
  const char   *output;
  const char   *key_output;      /* with anonymize: also the key */
} FkCliDataExport;

/* --separator: ";" or "semicolon", "," or "comma"; else a usage error. */
gboolean fk_cli_parse_separator (const char  *text,
                                 char        *out_separator,
                                 GError     **error);

/* Opens the study, gathers the round, its candidates and the scenarios'
 * text, and writes OUT: the data annex, or the report text (odt). */
gboolean fk_cli_export_data     (const FkCliDataExport *args,
                                 GError               **error);

G_END_DECLS
