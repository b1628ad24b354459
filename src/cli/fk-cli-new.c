/* fk-cli-new.c — "formagekarta-cli new": create a study */
#define G_LOG_DOMAIN "fk-cli-new"
#include "config.h"
#include "fk-cli.h"

#include "fk-i18n.h"

gboolean
fk_cli_command_new (int      argc,
                    char   **argv,
                    GError **error)
{
  g_autofree char *model_path = NULL;
  g_autofree char *region_path = NULL;
  g_autofree char *round = NULL;
  g_autofree char *title = NULL;
  g_autofree char *language = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "model", 0, 0, G_OPTION_ARG_FILENAME, &model_path, N_("Capability model (default: the built-in model)"), N_("MODEL.json") },
    { "region", 0, 0, G_OPTION_ARG_FILENAME, &region_path, N_("Municipalities (default: the built-in Fyrbodal region)"), N_("REGION.json") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &round, N_("Name of the first assessment round"), N_("NAME") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Title of the study"), N_("TITLE") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language of the study: sv or en"), N_("LANGUAGE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    fk_cli_option_context_new ("new", _("Create a new study file."), entries);
  g_autoptr(FkModel) model = NULL;
  g_autoptr(FkRegion) region = NULL;
  g_autoptr(FkStudy) study = NULL;
  g_autofree char *display = NULL;
  g_autofree char *message = NULL;
  const char *path;

  if (!fk_cli_parse (context, "new", argc, argv, error))
    return FALSE;
  if ((path = fk_cli_one_file ("new", files, error)) == NULL)
    return FALSE;
  if (language != NULL && !fk_text_language_is_valid (language))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--language: “%s” is not a study language (use sv or en)"), language);
      return FALSE;
    }

  model = model_path != NULL ? fk_model_new_from_file (model_path, error) : fk_model_new_default (error);
  if (model == NULL)
    return FALSE;
  region = region_path != NULL ? fk_region_new_from_file (region_path, error) : fk_region_new_default (error);
  if (region == NULL)
    return FALSE;

  study = fk_study_create (path, model, region, title, language, round, error);
  if (study == NULL)
    return FALSE;

  display = g_filename_display_name (path);
  /* TRANSLATORS: %s is a file name */
  message = g_strdup_printf (_("Created %s"), display);
  fk_cli_print_line (message);
  return TRUE;
}
