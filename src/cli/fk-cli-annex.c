/* fk-cli-annex.c — "formagekarta-cli annex": the PDF annex to the pre-study report
 *
 * Reads the study (fk_annex_input_new), builds the annex in the language
 * asked for and writes it through the PDF engine's temporary file and
 * rename (fk_annex_write): an interrupted run leaves OUT as it was.
 * Every option is checked before the study is opened. See docs/cli.md,
 * "annex", and docs/annex.md.
 */
#define G_LOG_DOMAIN "fk-cli-annex"
#include "config.h"
#include "fk-cli.h"
#include "fk-annex.h"

#include "fk-i18n.h"

gboolean
fk_cli_command_annex (int      argc,
                      char   **argv,
                      GError **error)
{
  g_autofree char *round_name = NULL;
  g_autofree char *language = NULL;
  g_autofree char *output = NULL;
  gboolean anonymize = FALSE;
  gboolean comments = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_name, N_("Assessment round (default: the latest)"), N_("NAME") },
    { "anonymize", 0, 0, G_OPTION_ARG_NONE, &anonymize, N_("Show the municipalities as “Municipality A”, “Municipality B”, … in the study’s letter order"), NULL },
    { "comments", 0, 0, G_OPTION_ARG_NONE, &comments, N_("With --anonymize: print the comments all the same (they may name a municipality)"), NULL },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language of the text: sv or en (default: the study's)"), N_("LANGUAGE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to this file"), N_("OUT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    fk_cli_option_context_new ("annex", _("Write the PDF annex to the pre-study report: method, heatmaps, one page per municipality, the collaboration candidates and the scenarios of one round."),
                               entries);
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkAnnexInput) input = NULL;
  FkAnnexOptions options = { 0 };
  const char *path;

  if (!fk_cli_parse (context, "annex", argc, argv, error))
    return FALSE;
  if ((path = fk_cli_one_file ("annex", files, error)) == NULL)
    return FALSE;
  /* Every option before the study. */
  if (language != NULL && !fk_text_language_is_valid (language))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--language: “%s” is not a study language (use sv or en)"), language);
      return FALSE;
    }
  if (comments && !anonymize)
    {
      fk_cli_set_usage_error (error, "annex", _("--comments needs --anonymize: the annex prints the comments unless it is anonymised"));
      return FALSE;
    }
  if (output == NULL || *output == '\0')
    {
      fk_cli_set_usage_error (error, "annex", _("-o OUT is required"));
      return FALSE;
    }

  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, error);
  if (study == NULL)
    return FALSE;
  /* Errors, too, in the annex's language. */
  fk_cli_use_study_language (study, language);
  options.round_name = round_name;
  options.language = language;
  options.anonymize = anonymize;
  options.comments = comments;
  input = fk_annex_input_new (study, &options, error);
  if (input == NULL)
    return FALSE;
  return fk_annex_write (input, output, NULL, error);
}
