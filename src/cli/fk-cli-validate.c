/* fk-cli-validate.c — "formagekarta-cli validate-model": check a model file */
#define G_LOG_DOMAIN "fk-cli-validate"
#include "config.h"
#include "fk-cli.h"

#include "fk-i18n.h"

gboolean
fk_cli_command_validate_model (int      argc,
                               char   **argv,
                               GError **error)
{
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("MODEL.json") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    fk_cli_option_context_new ("validate-model",
                               _("Check a capability model file (docs/model-format.md)."), entries);
  g_autoptr(FkModel) model = NULL;
  g_autofree char *message = NULL;
  g_autofree char *counts = NULL;
  const char *path;

  if (!fk_cli_parse (context, "validate-model", argc, argv, error))
    return FALSE;
  if ((path = fk_cli_one_file ("validate-model", files, error)) == NULL)
    return FALSE;

  model = fk_model_new_from_file (path, error);
  if (model == NULL)
    return FALSE;

  counts = fk_cli_model_counts (model);
  /* TRANSLATORS: "OK: digital-motor 1.0.0, 9 areas, 43 capabilities" */
  message = g_strdup_printf (_("OK: %s %s, %s"), model->id, model->version, counts);
  fk_cli_print_line (message);
  return TRUE;
}
