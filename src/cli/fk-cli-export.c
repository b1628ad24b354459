/* fk-cli-export.c — "formagekarta-cli export": figures of a study as files
 *
 * The first view is the heatmap (--view heatmap) as PNG, SVG or PDF. Every
 * option is checked before the study is opened, so a bad command line
 * writes nothing; the file itself is written beside -o and renamed into
 * place (fk_heatmap_write()). See docs/cli.md, "export".
 */
#define G_LOG_DOMAIN "fk-cli-export"
#include "config.h"
#include "fk-cli.h"
#include "fk-heatmap.h"
#include "fk-palette.h"
#include "fk-study-snapshot.h"

#include <glib/gi18n.h>

/* A bad option value: a usage error (exit status 2). */
#define bad_value(error, format, value) \
  (g_set_error ((error), G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, (format), (value)), FALSE)

gboolean
fk_cli_command_export (int      argc,
                       char   **argv,
                       GError **error)
{
  g_autofree char *view = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *measure_name = NULL;
  g_autofree char *round_name = NULL;
  g_autofree char *palette_name = NULL;
  g_autofree char *language = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) files = NULL;
  g_autoptr(GError) local_error = NULL;
  const GOptionEntry entries[] = {
    { "view", 0, 0, G_OPTION_ARG_STRING, &view, N_("The figure: heatmap"), N_("VIEW") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, N_("File format: png, svg or pdf"), N_("FORMAT") },
    { "measure", 0, 0, G_OPTION_ARG_STRING, &measure_name, N_("What the cells show: current, target, gap, risk, interest or deviation (default: current)"), N_("MEASURE") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_name, N_("Assessment round (default: the latest)"), N_("NAME") },
    { "palette", 0, 0, G_OPTION_ARG_STRING, &palette_name, N_("Colours: viridis, cividis or greyscale (default: viridis)"), N_("PALETTE") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language of names: sv or en (default: the study's)"), N_("LANGUAGE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to this file"), N_("OUT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    fk_cli_option_context_new ("export", _("Export a figure of a study to a file."), entries);
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  FkMeasure measure = FK_MEASURE_CURRENT;
  FkHeatmapFormat format;
  FkPalette palette = FK_PALETTE_DEFAULT;
  const FkRound *round;
  const char *path;

  if (!fk_cli_parse (context, "export", argc, argv, error))
    return FALSE;
  if ((path = fk_cli_one_file ("export", files, error)) == NULL)
    return FALSE;

  /* Every option before the study: a bad command line writes nothing. */
  if (view == NULL)
    {
      fk_cli_set_usage_error (error, "export", _("--view is required"));
      return FALSE;
    }
  if (!g_str_equal (view, "heatmap"))
    return bad_value (error, _("--view: “%s” is not a view (use heatmap)"), view);
  if (format_name == NULL)
    {
      fk_cli_set_usage_error (error, "export", _("--format is required"));
      return FALSE;
    }
  if (!fk_heatmap_format_from_string (format_name, &format))
    return bad_value (error, _("--format: “%s” is not a figure format (use png, svg or pdf)"), format_name);
  if (measure_name != NULL && !fk_measure_from_string (measure_name, &measure, &local_error))
    {
      fk_cli_set_usage_error (error, "export", "--measure: %s", local_error->message);
      return FALSE;
    }
  if (palette_name != NULL)
    {
      palette = fk_palette_from_string (palette_name);
      if (!g_str_equal (fk_palette_to_string (palette), palette_name))
        return bad_value (error, _("--palette: “%s” is not a palette (use viridis, cividis or greyscale)"), palette_name);
    }
  if (language != NULL && !fk_text_language_is_valid (language))
    return bad_value (error, _("--language: “%s” is not a study language (use sv or en)"), language);
  if (output == NULL || *output == '\0')
    {
      fk_cli_set_usage_error (error, "export", _("-o OUT is required"));
      return FALSE;
    }

  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, error);
  if (study == NULL)
    return FALSE;
  round = fk_cli_find_round (study, round_name, error);
  if (round == NULL)
    return FALSE;
  snapshot = fk_study_read_snapshot (study, round->id, error);
  if (snapshot == NULL)
    return FALSE;

  layout = fk_heatmap_layout_new (snapshot, measure, palette,
                                  language != NULL ? language : fk_study_get_language (study),
                                  NULL);
  return fk_heatmap_write (layout, output, format, error);
}
