/* fk-cli-export-response.c — "formagekarta-cli export-response": one
 * municipality's response file for a round, blank or filled
 *
 * The options are checked before the study is opened, so a bad command
 * line writes nothing; the study is only read (opened as by every command,
 * so that an older one is upgraded rather than refused); the file is written
 * beside -o and renamed into place (fk_response_write_file()). See
 * docs/cli.md, "export-response", and docs/response-format.md (JSON, and
 * "The CSV form" for --format csv).
 */
#define G_LOG_DOMAIN "fk-cli-export-response"
#include "config.h"
#include "fk-cli.h"

#include "fk-i18n.h"

gboolean
fk_cli_command_export_response (int      argc,
                                char   **argv,
                                GError **error)
{
  g_autofree char *municipality = NULL;
  g_autofree char *round_name = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  gboolean blank = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "municipality", 0, 0, G_OPTION_ARG_STRING, &municipality, N_("The municipality whose response it is (kommunkod)"), N_("CODE") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_name, N_("Assessment round (default: the latest)"), N_("NAME") },
    { "blank", 0, 0, G_OPTION_ARG_NONE, &blank, N_("A blank form: the model and no scores"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("File format: json, or csv for the spreadsheet form (default: json)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to this file"), N_("OUT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    fk_cli_option_context_new ("export-response",
                               _("Export one municipality’s response file for a round, blank or with its scores."),
                               entries);
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkResponse) response = NULL;
  g_autofree char *display = NULL;
  g_autofree char *message = NULL;
  const FkRound *round;
  guint n_scores;
  const char *path;

  if (!fk_cli_parse (context, "export-response", argc, argv, error))
    return FALSE;
  if ((path = fk_cli_one_file ("export-response", files, error)) == NULL)
    return FALSE;
  if (municipality == NULL || *municipality == '\0')
    {
      fk_cli_set_usage_error (error, "export-response", _("--municipality is required"));
      return FALSE;
    }
  if (format != NULL && !g_str_equal (format, "json") && !g_str_equal (format, "csv"))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--format: “%s” is not a response format (use json or csv)"), format);
      return FALSE;
    }
  if (output == NULL || *output == '\0')
    {
      fk_cli_set_usage_error (error, "export-response", _("-o OUT is required"));
      return FALSE;
    }

  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, error);
  if (study == NULL)
    return FALSE;
  if (!fk_study_check_municipality (study, municipality, error))
    return FALSE;
  if ((round = fk_cli_find_round (study, round_name, error)) == NULL)
    return FALSE;
  response = fk_response_new_from_study (study, round->id, municipality, blank, NULL, error);
  if (response == NULL)
    return FALSE;
  /* The CSV form in the study's language (fk_response_to_csv()). */
  if (format != NULL && g_str_equal (format, "csv")
      ? !fk_response_write_csv_file (response, NULL, output, error)
      : !fk_response_write_file (response, output, error))
    return FALSE;

  display = g_filename_display_name (output);
  n_scores = fk_response_get_scores (response)->len;
  if (blank)
    /* Translators: "1488-blank.fksvar: a blank response of Trollhättan (1488) for round “Hösten 2020”" */
    message = g_strdup_printf (_("%s: a blank response of %s (%s) for round “%s”"),
                               display, fk_response_get_municipality_name (response), municipality, round->name);
  else
    /* Translators: "1488.fksvar: the response of Trollhättan (1488) for round “Hösten 2020”, 43 scores" */
    message = g_strdup_printf (ngettext ("%s: the response of %s (%s) for round “%s”, %u score",
                                         "%s: the response of %s (%s) for round “%s”, %u scores", n_scores),
                               display, fk_response_get_municipality_name (response), municipality, round->name,
                               n_scores);
  fk_cli_print_line (message);
  return TRUE;
}
