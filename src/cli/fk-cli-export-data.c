/* fk-cli-export-data.c — "formagekarta-cli export --format csv|xlsx|odt": the data annex, the report text
 *
 * Every score of a round as CSV, or the workbook (scores, one sheet per
 * measure, candidates, scenarios, scale and model) as XLSX, or the report
 * text (the annex's title, contents, method, candidates and scenarios:
 * fk-annex.h, FK_ANNEX_PARTS_REPORT_TEXT) as ODT, in the
 * study's language or --language, anonymised with --anonymize
 * (fk-export-data.h, docs/export-data.md). The options were checked
 * before the study is opened; the file is written beside -o and renamed
 * into place.
 */
#define G_LOG_DOMAIN "fk-cli-export-data"
#include "config.h"
#include "fk-cli-export-data.h"
#include "fk-annex.h"
#include "fk-odt-writer.h"

#include "fk-i18n.h"

gboolean
fk_cli_parse_separator (const char  *text,
                        char        *out_separator,
                        GError     **error)
{
  if (g_str_equal (text, ";") || g_str_equal (text, "semicolon"))
    *out_separator = ';';
  else if (g_str_equal (text, ",") || g_str_equal (text, "comma"))
    *out_separator = ',';
  else
    {
      /* Translators: the values are written as the user types them */
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--separator: “%s” is not a separator of our CSV (use ; or ,)"), text);
      return FALSE;
    }
  return TRUE;
}

/* The report text: the annex's chapters for the report, as ODT. */
static gboolean
export_report_text (FkStudy               *study,
                    const FkCliDataExport *args,
                    GError               **error)
{
  FkAnnexOptions options = { 0 };
  g_autoptr(FkAnnexInput) input = NULL;
  g_autoptr(FkPdfDocument) doc = NULL;

  options.round_name = args->round_name;
  options.language = args->language;
  options.anonymize = args->anonymize;
  options.parts = FK_ANNEX_PARTS_REPORT_TEXT;
  /* Errors, too, in the text's language, as the annex does. */
  fk_cli_use_study_language (study, args->language);
  input = fk_annex_input_new (study, &options, error);
  if (input == NULL)
    return FALSE;
  doc = fk_annex_build (input, NULL, NULL, NULL, error);
  if (doc == NULL || !fk_odt_write_document (doc, args->output, NULL, error))
    return FALSE;
  return args->key_output == NULL
         || fk_anonymizer_write_key (fk_annex_input_get_anonymizer (input), args->key_output, error);
}

gboolean
fk_cli_export_data (const FkCliDataExport *args,
                    GError               **error)
{
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkExportData) data = NULL;
  const FkRound *round;
  char separator = 0;

  if (args->separator != NULL && !fk_cli_parse_separator (args->separator, &separator, error))
    return FALSE;

  study = fk_study_open (args->path, FK_STUDY_OPEN_DEFAULT, error);
  if (study == NULL)
    return FALSE;
  if (args->format == FK_DATA_FORMAT_ODT)
    return export_report_text (study, args, error);
  /* The round first, its error in the user's language; then the
   * program's words, errors included, in the language of the names. */
  if ((round = fk_cli_find_round (study, args->round_name, error)) == NULL)
    return FALSE;
  fk_cli_use_study_language (study, args->language);
  /* A round where nobody gave a level is exported too: its scores are
   * what they are, and the candidates sheet says there is nothing to rank. */
  data = fk_export_data_new_for_study (study, round->name, args->language, args->anonymize,
                                       args->format == FK_DATA_FORMAT_XLSX, args->palette, error);
  if (data == NULL)
    return FALSE;
  if (args->format == FK_DATA_FORMAT_CSV)
    {
      if (!fk_export_data_write_csv (data, separator, args->output, NULL, error))
        return FALSE;
    }
  else if (!fk_export_data_write_xlsx (data, args->output, NULL, NULL, NULL, error))
    return FALSE;
  /* The key only when asked, beside the file: for the lead's eyes. */
  return args->key_output == NULL
         || fk_anonymizer_write_key (fk_export_data_get_anonymizer (data), args->key_output, error);
}
