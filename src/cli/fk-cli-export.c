/* fk-cli-export.c — "formagekarta-cli export": figures of a study as files
 *
 * The heatmap (--view heatmap), the area overview (--view areas) and the
 * change between two rounds (--view change, --from, --to) as PNG, SVG or
 * PDF, with their orders, size groups, collapsed areas, aggregates and
 * overlays (FkHeatmapOptions); the collaboration candidates (--view
 * candidates, --limit; FkCandidatesChartOptions); all of them anonymised
 * with --anonymize (the study's letters, FkAnonymizer; --highlight names
 * one municipality). Every option is checked before the study is opened,
 * so a bad command line writes nothing; the file itself is written
 * beside -o and renamed into place (fk_export_write_figure()). The data
 * annex (--format csv|xlsx, no --view) and the report text (--format odt)
 * are fk-cli-export-data.c. See
 * docs/cli.md, "export".
 */
#define G_LOG_DOMAIN "fk-cli-export"
#include "config.h"
#include "fk-cli.h"
#include "fk-cli-export-data.h"
#include "fk-heatmap.h"
#include "fk-candidates-chart.h"
#include "fk-palette.h"
#include "fk-study-snapshot.h"

#include "fk-i18n.h"

/* A bad option value: a usage error (exit status 2). */
#define bad_value(error, format, value) \
  (g_set_error ((error), G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, (format), (value)), FALSE)

/* --aggregates: a comma list of names, "all" or "none". */
static gboolean
parse_aggregates (const char          *list,
                  FkHeatmapAggregates *aggregates,
                  GError             **error)
{
  g_auto(GStrv) words = g_strsplit (list, ",", -1);

  *aggregates = FK_HEATMAP_AGGREGATE_NONE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = g_strstrip (words[i]);
      FkHeatmapAggregates flag;

      if (g_str_equal (word, "all"))
        *aggregates |= FK_HEATMAP_AGGREGATES_ALL;
      else if (g_str_equal (word, "none"))
        continue;
      else if (fk_heatmap_aggregate_from_string (word, &flag))
        *aggregates |= flag;
      else
        return bad_value (error, _("--aggregates: “%s” is not an aggregate (use mean, median, min-max, low, "
                                   "cannot-sustain, interested, rose, fell, row-mean, all or none)"), word);
    }
  return TRUE;
}

/* --overlay, repeated or as comma lists. */
static gboolean
parse_overlays (char              **lists,
                FkHeatmapOverlays  *overlays,
                GError            **error)
{
  *overlays = FK_HEATMAP_OVERLAY_NONE;
  for (guint i = 0; lists != NULL && lists[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (lists[i], ",", -1);

      for (guint j = 0; words[j] != NULL; j++)
        {
          FkHeatmapOverlays flag;

          if (!fk_heatmap_overlay_from_string (g_strstrip (words[j]), &flag))
            return bad_value (error, _("--overlay: “%s” is not an overlay (use target or sustain)"), words[j]);
          *overlays |= flag;
        }
    }
  return TRUE;
}

/* Every --collapse names an area of the study's model. */
static gboolean
check_areas (FkRoundSnapshot *snapshot,
             char           **keys,
             GError         **error)
{
  FkModel *model = fk_round_snapshot_get_model (snapshot);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    if (fk_model_lookup_area (model, keys[i]) == NULL)
      {
        g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND, _("%s: the model has no area “%s” (--collapse)"),
                     fk_round_snapshot_get_source (snapshot), keys[i]);
        return FALSE;
      }
  return TRUE;
}

/* The two rounds of --view change: --to (or --round) defaults to the
 * latest, --from to the round before --to. A study with one round, --to
 * the first round without --from, --from equal to --to, or an unknown
 * round is refused: the study's content, not the command line (exit
 * status 1). A --from later than --to is allowed: the change backwards. */
static gboolean
find_change_rounds (FkStudy         *study,
                    const char      *from_name,
                    const char      *to_name,
                    const FkRound  **from,
                    const FkRound  **to,
                    GError         **error)
{
  GPtrArray *rounds = fk_study_get_rounds (study);
  g_autofree char *display = g_filename_display_name (fk_study_get_path (study));
  guint to_index = G_MAXUINT;

  if (rounds->len < 2)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND,
                   _("%s: the change between rounds needs two rounds, and the study has one"), display);
      return FALSE;
    }
  if ((*to = fk_cli_find_round (study, to_name, error)) == NULL)
    return FALSE;
  if (from_name != NULL && (*from = fk_study_get_round_by_name (study, from_name, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < rounds->len; i++)
    if (g_ptr_array_index (rounds, i) == *to)
      to_index = i;
  if (from_name == NULL)
    {
      if (to_index == 0 || to_index == G_MAXUINT)
        {
          g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND,
                       _("%s: round “%s” is the first: there is no earlier round to compare it with (use --from)"),
                       display, (*to)->name);
          return FALSE;
        }
      *from = g_ptr_array_index (rounds, to_index - 1);
    }
  else if (*from == *to)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("%s: --from and --to are both round “%s”: choose two different rounds"),
                   display, (*to)->name);
      return FALSE;
    }
  return TRUE;
}

/* The heatmap's options have no meaning for the candidates: refused, as
 * --collapse is with --view areas. Returns the first given, or NULL. */
static const char *
heatmap_option_given (const char  *measure_name,
                      const char  *order_name,
                      gboolean     group_by_size,
                      const char  *capability_order_name,
                      char       **collapse,
                      char       **overlay_lists,
                      const char  *aggregates_list,
                      gboolean     no_numbers)
{
  const struct { gboolean given; const char *name; } options[] = {
    { measure_name != NULL, "--measure" },
    { order_name != NULL, "--order" },
    { group_by_size, "--group-by-size" },
    { capability_order_name != NULL, "--capability-order" },
    { collapse != NULL, "--collapse" },
    { overlay_lists != NULL, "--overlay" },
    { aggregates_list != NULL, "--aggregates" },
    { no_numbers, "--no-numbers" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    if (options[i].given)
      return options[i].name;
  return NULL;
}

/* The figures' options have no meaning for the data annex. Returns the
 * first given, or NULL. */
static const char *
figure_option_given (const char  *view,
                     const char  *heatmap_option,
                     const char  *limit_text,
                     const char  *highlight,
                     const char  *from_name,
                     const char  *to_name)
{
  const struct { gboolean given; const char *name; } options[] = {
    { view != NULL, "--view" },
    { heatmap_option != NULL, heatmap_option },
    { limit_text != NULL, "--limit" },
    { highlight != NULL, "--highlight" },
    { from_name != NULL, "--from" },
    { to_name != NULL, "--to" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    if (options[i].given)
      return options[i].name;
  return NULL;
}

/* --format csv|xlsx|odt: every option checked, then the data annex or
 * the report text. */
static gboolean
export_data (const char   *path,
             FkDataFormat  data_format,
             const char   *format_name,
             const char   *misplaced,
             const char   *round_name,
             const char   *language,
             const char   *separator_text,
             const char   *palette_name,
             gboolean      anonymize,
             const char   *key_output,
             const char   *output,
             GError      **error)
{
  FkCliDataExport args = {
    .path = path,
    .format = data_format,
    .round_name = round_name,
    .language = language,
    .separator = separator_text,
    .anonymize = anonymize,
    .palette = fk_palette_from_string (palette_name),
    .output = output,
    .key_output = key_output,
  };
  char separator;

  if (misplaced != NULL)
    {
      /* Translators: the first %s is an option of the figures (--view,
       * --measure…), the second a data format (csv, xlsx, odt) */
      fk_cli_set_usage_error (error, "export", _("%s has no meaning with --format %s"), misplaced, format_name);
      return FALSE;
    }
  if (separator_text != NULL && data_format != FK_DATA_FORMAT_CSV)
    {
      fk_cli_set_usage_error (error, "export", _("--separator needs --format csv"));
      return FALSE;
    }
  if (separator_text != NULL && !fk_cli_parse_separator (separator_text, &separator, error))
    return FALSE;
  if (palette_name != NULL && (data_format != FK_DATA_FORMAT_XLSX
                               || !g_str_equal (fk_palette_to_string (args.palette), palette_name)))
    return bad_value (error, _("--palette: “%s” is not a palette (use viridis, cividis, greyscale or high-contrast)"), palette_name);
  if (key_output != NULL && !anonymize)
    {
      fk_cli_set_usage_error (error, "export", _("--key-output needs --anonymize"));
      return FALSE;
    }
  if (language != NULL && !fk_text_language_is_valid (language))
    return bad_value (error, _("--language: “%s” is not a study language (use sv or en)"), language);
  if (output == NULL || *output == '\0')
    {
      fk_cli_set_usage_error (error, "export", _("-o OUT is required"));
      return FALSE;
    }
  return fk_cli_export_data (&args, error);
}

/* --view candidates: the ranked list of the round, with the study's
 * weights, as a figure; a round without levels is refused, as by the
 * candidates command. */
static gboolean
write_candidates (FkStudy                  *study,
                  FkRoundSnapshot          *snapshot,
                  FkCandidatesChartOptions *options,
                  const char               *output,
                  FkExportFormat            format,
                  GError                  **error)
{
  g_autoptr(FkCandidates) candidates = fk_cli_read_candidates (study, snapshot, error);
  g_autoptr(FkCandidatesChart) chart = NULL;

  if (candidates == NULL)
    return FALSE;
  chart = fk_candidates_chart_new (candidates, options);
  return fk_candidates_chart_write (chart, output, format, error);
}

gboolean
fk_cli_command_export (int      argc,
                       char   **argv,
                       GError **error)
{
  g_autofree char *view = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *measure_name = NULL;
  g_autofree char *round_name = NULL;
  g_autofree char *to_name = NULL;
  g_autofree char *from_name = NULL;
  g_autofree char *palette_name = NULL;
  g_autofree char *language = NULL;
  g_autofree char *output = NULL;
  g_autofree char *order_name = NULL;
  g_autofree char *capability_order_name = NULL;
  g_autofree char *aggregates_list = NULL;
  g_auto(GStrv) collapse = NULL;
  g_auto(GStrv) overlay_lists = NULL;
  gboolean group_by_size = FALSE;
  gboolean no_numbers = FALSE;
  gboolean anonymize = FALSE;
  g_autofree char *highlight = NULL;
  g_autofree char *key_output = NULL;
  g_autofree char *limit_text = NULL;
  g_autofree char *separator_text = NULL;
  g_auto(GStrv) files = NULL;
  g_autoptr(GError) local_error = NULL;
  const GOptionEntry entries[] = {
    { "view", 0, 0, G_OPTION_ARG_STRING, &view, N_("The figure: heatmap, areas, change or candidates"), N_("VIEW") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, N_("File format: png, svg or pdf (figures), csv or xlsx (data), odt (report text)"), N_("FORMAT") },
    { "measure", 0, 0, G_OPTION_ARG_STRING, &measure_name, N_("What the cells show: current, target, gap, risk, interest or deviation (default: current)"), N_("MEASURE") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_name, N_("Assessment round (default: the latest)"), N_("NAME") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_name, N_("With --view change: the earlier round (default: the round before --to)"), N_("NAME") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_name, N_("With --view change: the later round, as --round (default: the latest)"), N_("NAME") },
    { "palette", 0, 0, G_OPTION_ARG_STRING, &palette_name, N_("Colours: viridis, cividis, greyscale or high-contrast (default: viridis)"), N_("PALETTE") },
    { "order", 0, 0, G_OPTION_ARG_STRING, &order_name, N_("Order of the municipalities: name, code, population or mean (default: name)"), N_("ORDER") },
    { "group-by-size", 0, 0, G_OPTION_ARG_NONE, &group_by_size, N_("Group the municipalities by size class, large first"), NULL },
    { "capability-order", 0, 0, G_OPTION_ARG_STRING, &capability_order_name, N_("Order of the capabilities within each area, or of the areas with --view areas: model, mean or spread (default: model)"), N_("ORDER") },
    { "collapse", 0, 0, G_OPTION_ARG_STRING_ARRAY, &collapse, N_("Show this area as one row of its means (repeatable)"), N_("AREA_KEY") },
    { "overlay", 0, 0, G_OPTION_ARG_STRING_ARRAY, &overlay_lists, N_("Marks on the current level: target, sustain (repeatable or a comma list)"), N_("MARK") },
    { "aggregates", 0, 0, G_OPTION_ARG_STRING, &aggregates_list, N_("Aggregates at the edges, a comma list: mean, median, min-max, low, cannot-sustain, interested, rose, fell, row-mean, all or none (default: all)"), N_("LIST") },
    { "no-numbers", 0, 0, G_OPTION_ARG_NONE, &no_numbers, N_("No numbers in the cells"), NULL },
    { "limit", 0, 0, G_OPTION_ARG_STRING, &limit_text, N_("With --view candidates: show at most N candidates, best first (default: 10)"), N_("N") },
    { "anonymize", 0, 0, G_OPTION_ARG_NONE, &anonymize, N_("Show the municipalities as “Municipality A”, “Municipality B”, … in the study’s letter order"), NULL },
    { "highlight", 0, 0, G_OPTION_ARG_STRING, &highlight, N_("With --anonymize: show this municipality by its name, marked"), N_("CODE") },
    { "key-output", 0, 0, G_OPTION_ARG_FILENAME, &key_output, N_("With --anonymize: also write the key (letter, code, name) to this CSV file"), N_("KEY") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language of names: sv or en (default: the study's)"), N_("LANGUAGE") },
    { "separator", 0, 0, G_OPTION_ARG_STRING, &separator_text, N_("With --format csv: the separator, ; or , (default: ; in Swedish, , in English)"), N_("SEPARATOR") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to this file"), N_("OUT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    fk_cli_option_context_new ("export", _("Export a figure or the data of a study to a file."), entries);
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  g_autoptr(FkRoundSnapshot) baseline = NULL;
  g_autoptr(FkHeatmapLayout) layout = NULL;
  g_autoptr(FkAnonymizer) anonymizer = NULL;
  FkMeasure measure = FK_MEASURE_CURRENT;
  FkExportFormat format;
  FkPalette palette = FK_PALETTE_DEFAULT;
  FkHeatmapOptions options;
  FkCandidatesChartOptions chart_options;
  FkDataFormat data_format;
  gboolean candidates_view = FALSE;
  const char *misplaced;
  const FkRound *round;
  const FkRound *from_round = NULL;
  const char *path;

  if (!fk_cli_parse (context, "export", argc, argv, error))
    return FALSE;
  fk_heatmap_options_init (&options);
  fk_candidates_chart_options_init (&chart_options);
  if ((path = fk_cli_one_file ("export", files, error)) == NULL)
    return FALSE;

  /* Every option before the study: a bad command line writes nothing. */
  if (format_name != NULL && fk_data_format_from_string (format_name, &data_format))
    return export_data (path, data_format, format_name,
                        figure_option_given (view,
                                             heatmap_option_given (measure_name, order_name, group_by_size,
                                                                   capability_order_name, collapse, overlay_lists,
                                                                   aggregates_list, no_numbers),
                                             limit_text, highlight, from_name, to_name),
                        round_name, language, separator_text, palette_name, anonymize, key_output, output, error);
  if (separator_text != NULL)
    {
      fk_cli_set_usage_error (error, "export", _("--separator needs --format csv"));
      return FALSE;
    }
  if (view == NULL)
    {
      fk_cli_set_usage_error (error, "export", _("--view is required"));
      return FALSE;
    }
  if (g_str_equal (view, "heatmap"))
    options.grid = FK_HEATMAP_GRID_CAPABILITIES;
  else if (g_str_equal (view, "candidates"))
    candidates_view = TRUE;
  else if (!fk_heatmap_grid_from_string (view, &options.grid))
    return bad_value (error, _("--view: “%s” is not a view (use heatmap, areas, change or candidates)"), view);
  if (limit_text != NULL && !candidates_view)
    {
      fk_cli_set_usage_error (error, "export", _("--limit needs --view candidates"));
      return FALSE;
    }
  if (limit_text != NULL && !fk_cli_parse_limit (limit_text, &chart_options.limit, error))
    return FALSE;
  misplaced = heatmap_option_given (measure_name, order_name, group_by_size, capability_order_name,
                                    collapse, overlay_lists, aggregates_list, no_numbers);
  if (candidates_view && misplaced != NULL)
    {
      /* Translators: %s is an option of the heatmap, e.g. "--measure" */
      fk_cli_set_usage_error (error, "export", _("%s has no meaning with --view candidates"), misplaced);
      return FALSE;
    }
  /* --to is --round under the name that reads with --from: one of them. */
  if (to_name != NULL && round_name != NULL)
    {
      fk_cli_set_usage_error (error, "export", _("--to and --round name the same round: give one of them"));
      return FALSE;
    }
  if ((from_name != NULL || to_name != NULL) && options.grid != FK_HEATMAP_GRID_CHANGE)
    {
      fk_cli_set_usage_error (error, "export", _("--from and --to need --view change"));
      return FALSE;
    }
  if (to_name != NULL)
    round_name = g_steal_pointer (&to_name);
  if (collapse != NULL && options.grid == FK_HEATMAP_GRID_AREAS)
    {
      fk_cli_set_usage_error (error, "export", _("--collapse has no meaning with --view areas: every area is one row"));
      return FALSE;
    }
  if (format_name == NULL)
    {
      fk_cli_set_usage_error (error, "export", _("--format is required"));
      return FALSE;
    }
  if (!fk_export_format_from_string (format_name, &format))
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
        return bad_value (error, _("--palette: “%s” is not a palette (use viridis, cividis, greyscale or high-contrast)"), palette_name);
    }
  if (order_name != NULL && !fk_municipality_order_from_string (order_name, &options.municipality_order))
    return bad_value (error, _("--order: “%s” is not an order of municipalities (use name, code, population or mean)"), order_name);
  /* An anonymised figure shows the study's letter order: name, code and
   * population would tell who is who. A measure's mean tells who scores
   * what, not who is who, so --order mean is kept (ties in letter order). */
  if (anonymize && order_name != NULL && options.municipality_order != FK_MUNICIPALITY_ORDER_MEAN)
    return bad_value (error, _("--order: “%s” would tell who is who in an anonymised figure (leave --order out or use mean)"),
                      order_name);
  if (highlight != NULL && !anonymize)
    {
      fk_cli_set_usage_error (error, "export", _("--highlight needs --anonymize"));
      return FALSE;
    }
  if (key_output != NULL && !anonymize)
    {
      fk_cli_set_usage_error (error, "export", _("--key-output needs --anonymize"));
      return FALSE;
    }
  if (capability_order_name != NULL
      && !fk_capability_order_from_string (capability_order_name, &options.capability_order))
    return bad_value (error, _("--capability-order: “%s” is not an order of capabilities (use model, mean or spread)"),
                      capability_order_name);
  if (aggregates_list != NULL && !parse_aggregates (aggregates_list, &options.aggregates, error))
    return FALSE;
  if (!parse_overlays (overlay_lists, &options.overlays, error))
    return FALSE;
  if (options.overlays != FK_HEATMAP_OVERLAY_NONE && measure != FK_MEASURE_CURRENT)
    return bad_value (error, _("--overlay: the marks are drawn on the current level only, not on “%s” (use --measure current)"),
                      fk_measure_to_string (measure));
  if (options.overlays != FK_HEATMAP_OVERLAY_NONE && options.grid != FK_HEATMAP_GRID_CAPABILITIES)
    return bad_value (error, _("--overlay: the marks are drawn on the capabilities’ scores only, not with --view %s"), view);
  options.group_by_size = group_by_size;
  options.show_numbers = !no_numbers;
  options.collapsed_areas = (const char *const *) collapse;
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
  if (options.grid == FK_HEATMAP_GRID_CHANGE)
    {
      if (!find_change_rounds (study, from_name, round_name, &from_round, &round, error))
        return FALSE;
      baseline = fk_study_read_snapshot (study, from_round->id, error);
      if (baseline == NULL)
        return FALSE;
    }
  else if ((round = fk_cli_find_round (study, round_name, error)) == NULL)
    return FALSE;
  snapshot = fk_study_read_snapshot (study, round->id, error);
  if (snapshot == NULL)
    return FALSE;
  if (baseline != NULL)
    {
      if (!fk_round_change_can_compare (baseline, snapshot, error))
        return FALSE;
      options.baseline = baseline;
    }
  if (!check_areas (snapshot, collapse, error))
    return FALSE;
  /* The study's letters; the first anonymised export of a study stores
   * its seed in it (docs/anonymization.md), so a read-only study without
   * one is refused here, before any file is written. */
  if (anonymize)
    {
      anonymizer = fk_anonymizer_new_for_study (study, highlight, error);
      if (anonymizer == NULL)
        return FALSE;
      options.anonymizer = anonymizer;
      chart_options.anonymizer = anonymizer;
    }

  /* The figure's own words (measure, legend, aggregates) in the same
   * language as its names. */
  if (language == NULL)
    language = g_strdup (fk_study_get_language (study));
  fk_text_use_message_language (language);
  if (candidates_view)
    {
      chart_options.language = language;
      chart_options.palette = palette;
      if (!write_candidates (study, snapshot, &chart_options, output, format, error))
        return FALSE;
    }
  else
    {
      layout = fk_heatmap_layout_new (snapshot, measure, palette, language, &options);
      if (!fk_heatmap_write (layout, output, format, error))
        return FALSE;
    }
  /* The key only when asked, beside the figure: for the lead's eyes. */
  return key_output == NULL || fk_anonymizer_write_key (anonymizer, key_output, error);
}
