/* main.c — formagekarta-cli, the headless tool of Förmågekarta
 *
 * "formagekarta-cli COMMAND [OPTION…] FILE". Exit status 0 on success,
 * 1 when the job fails, 2 for a command line that cannot be understood;
 * on failure exactly one line goes to stderr. See docs/cli.md.
 */
#define G_LOG_DOMAIN "formagekarta-cli"
#include "config.h"
#include "fk-cli.h"

#include "fk-i18n.h"
#include <locale.h>
#include <stdio.h>
#include <string.h>

typedef struct {
  const char       *name;
  FkCliCommandFunc  func;
  const char       *summary;
} Command;

static const Command commands[] = {
  { "new",            fk_cli_command_new,            N_("Create a new study file") },
  { "info",           fk_cli_command_info,           N_("Describe a study") },
  { "set",            fk_cli_command_set,            N_("Change one score") },
  { "get",            fk_cli_command_get,            N_("List the stored scores") },
  { "add-round",      fk_cli_command_add_round,      N_("Add an assessment round") },
  { "validate-model", fk_cli_command_validate_model, N_("Check a capability model file") },
  { "export",         fk_cli_command_export,         N_("Export a figure to a file") },
  { "candidates",     fk_cli_command_candidates,     N_("List the collaboration candidates") },
  { "export-response", fk_cli_command_export_response, N_("Export a municipality’s response file") },
  { "import",         fk_cli_command_import,         N_("Import response files") },
  { "import-log",     fk_cli_command_import_log,     N_("List the imports of a study") },
  { "undo-import",    fk_cli_command_undo_import,    N_("Undo one import") },
  { "scenarios",      fk_cli_command_scenarios,      N_("Print the scenario descriptions") },
  { "annex",          fk_cli_command_annex,          N_("Write the PDF annex to the pre-study report") },
};

static void
print_help (void)
{
  g_autoptr(GString) s = g_string_new (NULL);

  g_string_append_printf (s, _("Usage: %s COMMAND [OPTION…] FILE"), FK_CLI_NAME);
  g_string_append (s, "\n\n");
  g_string_append (s, _("Create, score and check Förmågekarta studies without a display."));
  g_string_append (s, "\n\n");
  g_string_append (s, _("Commands:"));
  g_string_append_c (s, '\n');
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (s, "  %-16s %s\n", commands[i].name, _(commands[i].summary));
  g_string_append_c (s, '\n');
  g_string_append (s, _("Options:"));
  g_string_append_c (s, '\n');
  g_string_append_printf (s, "  %-16s %s\n", "-h, --help", _("Show this help"));
  g_string_append_printf (s, "  %-16s %s\n", "--version", _("Show the version"));
  g_string_append_c (s, '\n');
  g_string_append_printf (s, _("Run “%s COMMAND --help” for the options of a command."), FK_CLI_NAME);
  fk_cli_print_line (s->str);
}

static const Command *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];
  return NULL;
}

/* A technical detail (SQLite's words) follows the message only this short. */
#define DETAIL_MAX_CHARS 100

/* One line on stderr, whatever the message holds. */
static int
report_error (const GError *error)
{
  const char *detail = fk_error_get_detail (error);
  g_autofree char *message = NULL;

  if (detail != NULL && g_utf8_strlen (detail, -1) <= DETAIL_MAX_CHARS)
    message = g_strdup_printf ("%s (%s)", error->message, detail);
  else
    message = g_strdup (error->message);
  g_strdelimit (message, "\r\n", ' ');
  fprintf (stderr, "%s: %s\n", FK_CLI_NAME, message);
  return g_error_matches (error, G_OPTION_ERROR, error->code) ? FK_CLI_EXIT_USAGE : FK_CLI_EXIT_ERROR;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  const Command *command;

  fk_text_init_i18n (LOCALEDIR);
  g_set_prgname (FK_CLI_NAME);

  if (argc < 2)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("no command given (see “%s --help”)"), FK_CLI_NAME);
      return report_error (error);
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      /* "help COMMAND" is "COMMAND --help". */
      if (argc > 2 && g_str_equal (argv[1], "help") && find_command (argv[2]) != NULL)
        {
          char *help_argv[] = { argv[2], (char *) "--help", NULL };
          return find_command (argv[2])->func (2, help_argv, &error) ? FK_CLI_EXIT_OK : report_error (error);
        }
      print_help ();
      return FK_CLI_EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      fk_cli_print_line (FK_CLI_NAME " " PACKAGE_VERSION);
      return FK_CLI_EXIT_OK;
    }

  command = find_command (argv[1]);
  if (command == NULL)
    {
      if (argv[1][0] == '-')
        g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_UNKNOWN_OPTION,
                     _("unknown option “%s” (see “%s --help”)"), argv[1], FK_CLI_NAME);
      else
        g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                     _("unknown command “%s” (see “%s --help”)"), argv[1], FK_CLI_NAME);
      return report_error (error);
    }
  if (!command->func (argc - 1, argv + 1, &error))
    return report_error (error);
  return FK_CLI_EXIT_OK;
}
