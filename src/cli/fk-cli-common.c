/* fk-cli-common.c — option parsing and helpers shared by the commands */
#define G_LOG_DOMAIN "fk-cli-common"
#include "config.h"
#include "fk-cli.h"

#include "fk-i18n.h"
#include <stdio.h>

GOptionContext *
fk_cli_option_context_new (const char         *command,
                           const char         *summary,
                           const GOptionEntry *entries)
{
  g_autofree char *prgname = g_strdup_printf ("%s %s", FK_CLI_NAME, command);
  GOptionContext *context;

  /* GOptionContext prints "Usage: PRGNAME [OPTION…] REMAINING". */
  g_set_prgname (prgname);
  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return context;
}

void
fk_cli_set_usage_error (GError     **error,
                        const char  *command,
                        const char  *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
               _("%s: %s (see “%s %s --help”)"),
               command, message, FK_CLI_NAME, command);
}

gboolean
fk_cli_parse (GOptionContext  *context,
              const char      *command,
              int              argc,
              char           **argv,
              GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) args = g_new0 (char *, argc + 1);

  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);
  if (!g_option_context_parse_strv (context, &args, &local_error))
    {
      fk_cli_set_usage_error (error, command, "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}

const char *
fk_cli_one_file (const char  *command,
                 char       **files,
                 GError     **error)
{
  guint n = files != NULL ? g_strv_length (files) : 0;

  if (n == 0)
    {
      fk_cli_set_usage_error (error, command, _("no file given"));
      return NULL;
    }
  if (n > 1)
    {
      fk_cli_set_usage_error (error, command, _("unexpected argument “%s”"), files[1]);
      return NULL;
    }
  return files[0];
}

const FkRound *
fk_cli_find_round (FkStudy     *study,
                   const char  *name,
                   GError     **error)
{
  const FkRound *round;

  if (name == NULL)
    {
      round = fk_study_get_latest_round (study);
      if (round == NULL)
        {
          g_autofree char *display = g_filename_display_name (fk_study_get_path (study));
          g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND,
                       _("%s: the study has no assessment round"), display);
        }
      return round;
    }
  return fk_study_get_round_by_name (study, name, error);
}

gboolean
fk_cli_parse_limit (const char *text,
                    guint      *out_limit,
                    GError    **error)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT, &value, NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--limit: “%s” is not a number of candidates (use a whole number from 1)"), text);
      return FALSE;
    }
  *out_limit = (guint) value;
  return TRUE;
}

FkCandidates *
fk_cli_read_candidates_any (FkStudy         *study,
                            FkRoundSnapshot *snapshot,
                            GError         **error)
{
  FkCandidateWeights weights;

  /* Stored weights that cannot be read are an error, never the defaults. */
  if (!fk_study_get_candidate_weights (study, &weights, error))
    return NULL;
  return fk_candidates_new (snapshot, &weights);
}

FkCandidates *
fk_cli_read_candidates (FkStudy         *study,
                        FkRoundSnapshot *snapshot,
                        GError         **error)
{
  g_autoptr(FkCandidates) candidates = NULL;
  g_autofree char *display = NULL;

  candidates = fk_cli_read_candidates_any (study, snapshot, error);
  if (candidates == NULL)
    return NULL;
  if (fk_candidates_has_levels (candidates))
    return g_steal_pointer (&candidates);
  display = g_filename_display_name (fk_study_get_path (study));
  g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND,
               _("%s: no municipality has given a level in round “%s”: there is nothing to rank yet"),
               display, fk_round_snapshot_get_round_name (snapshot));
  return NULL;
}

void
fk_cli_print_line (const char *text)
{
  /* Plain bytes: the text is UTF-8 and g_print would convert it to the
   * locale's charset, which under LC_ALL=C would mangle Swedish letters. */
  fputs (text, stdout);
  fputc ('\n', stdout);
}

char *
fk_cli_model_counts (FkModel *model)
{
  guint n_areas = model->areas->len;
  guint n_caps = fk_model_get_n_capabilities (model);
  g_autofree char *areas = g_strdup_printf (ngettext ("%u area", "%u areas", n_areas), n_areas);
  g_autofree char *caps = g_strdup_printf (ngettext ("%u capability", "%u capabilities", n_caps), n_caps);

  /* TRANSLATORS: "9 areas, 43 capabilities" */
  return g_strdup_printf (_("%s, %s"), areas, caps);
}

void
fk_cli_use_study_language (FkStudy    *study,
                           const char *language)
{
  /* The program's words, errors included, in the language of the names. */
  fk_text_use_message_language (language != NULL ? language : fk_study_get_language (study));
}

gboolean
fk_cli_open_round_candidates (FkStudy          *study,
                              const char       *round_name,
                              char            **language,
                              gboolean          allow_no_levels,
                              gboolean          anonymize,
                              const FkRound   **out_round,
                              FkRoundSnapshot **out_snapshot,
                              FkCandidates    **out_candidates,
                              FkAnonymizer    **out_anonymizer,
                              GError          **error)
{
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  g_autoptr(FkCandidates) candidates = NULL;
  g_autoptr(FkAnonymizer) anonymizer = NULL;
  const FkRound *round;

  if ((round = fk_cli_find_round (study, round_name, error)) == NULL)
    return FALSE;
  if (*language == NULL)
    *language = g_strdup (fk_study_get_language (study));
  fk_cli_use_study_language (study, *language);
  snapshot = fk_study_read_snapshot (study, round->id, error);
  if (snapshot == NULL)
    return FALSE;
  candidates = allow_no_levels ? fk_cli_read_candidates_any (study, snapshot, error)
                               : fk_cli_read_candidates (study, snapshot, error);
  if (candidates == NULL)
    return FALSE;
  if (anonymize)
    {
      anonymizer = fk_anonymizer_new_for_study (study, NULL, error);
      if (anonymizer == NULL)
        return FALSE;
    }
  *out_round = round;
  *out_snapshot = g_steal_pointer (&snapshot);
  *out_candidates = g_steal_pointer (&candidates);
  *out_anonymizer = g_steal_pointer (&anonymizer);
  return TRUE;
}
