/* fk-cli-round.c — "formagekarta-cli add-round": a new assessment round */
#define G_LOG_DOMAIN "fk-cli-round"
#include "config.h"
#include "fk-cli.h"

#include "fk-i18n.h"
#include <string.h>

gboolean
fk_cli_command_add_round (int      argc,
                          char   **argv,
                          GError **error)
{
  g_autofree char *name = NULL;
  g_autofree char *date = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Name of the new round, e.g. “Hösten 2024”"), N_("NAME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("Date of the round (default: today; \"\" for none)"), N_("YYYY-MM-DD") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    fk_cli_option_context_new ("add-round",
                               _("Add an assessment round after the existing ones. Scores are then set in it with “set --round NAME”."),
                               entries);
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *message = NULL;
  const FkRound *round;
  const char *path;

  if (!fk_cli_parse (context, "add-round", argc, argv, error))
    return FALSE;
  if ((path = fk_cli_one_file ("add-round", files, error)) == NULL)
    return FALSE;
  if (name == NULL)
    {
      fk_cli_set_usage_error (error, "add-round", _("--name is required"));
      return FALSE;
    }
  /* Spaces around a name would only make “--round NAME” miss it. */
  g_strstrip (name);
  if (*name == '\0')
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "--name: %s", _("a round needs a name"));
      return FALSE;
    }
  if (date == NULL)
    date = fk_text_today_iso ();
  else if (*date == '\0')
    g_clear_pointer (&date, g_free);
  else if (!fk_text_is_iso_date (date))
    {
      g_autofree char *problem = g_strdup_printf (_("“%s” is not a date like 2020-11-15"), date);
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "--date: %s", problem);
      return FALSE;
    }

  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, error);
  if (study == NULL)
    return FALSE;
  display = g_filename_display_name (path);
  round = fk_study_add_round (study, name, date, &local_error);
  if (round == NULL)
    {
      /* Core names the file in I/O and read-only errors, not in this one. */
      if (g_error_matches (local_error, FK_ERROR, FK_ERROR_EXISTS))
        g_prefix_error (&local_error, "%s: ", display);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* TRANSLATORS: “Added round “Hösten 2024” to studie.fkarta” */
  message = g_strdup_printf (_("Added round “%s” to %s"), round->name, display);
  fk_cli_print_line (message);
  return TRUE;
}
