/* fk-cli-info.c — "formagekarta-cli info": describe a study */
#define G_LOG_DOMAIN "fk-cli-info"
#include "config.h"
#include "fk-cli.h"
#include "fk-cli-json.h"
#include "fk-json.h"
#include "fk-cli-table.h"

#include "fk-i18n.h"

static void
print_field (const char *label,
             const char *value)
{
  g_autofree char *line = g_strdup_printf ("%s: %s", label, value != NULL ? value : "–");
  fk_cli_print_line (line);
}

static void
print_summary (FkStudy    *study,
               GHashTable *assessed_counts)
{
  FkModel *model = fk_study_get_model (study);
  FkRegion *region = fk_study_get_region (study);
  const char *language = fk_study_get_language (study);
  const FkRound *latest = fk_study_get_latest_round (study);
  GPtrArray *rounds = fk_study_get_rounds (study);
  g_autofree char *created = fk_text_format_time (fk_study_get_created (study));
  g_autofree char *model_text = g_strdup_printf ("%s (%s %s)", fk_text_get (&model->name, language),
                                                 model->id, model->version);
  g_autofree char *counts = fk_cli_model_counts (model);
  g_autofree char *schema = g_strdup_printf ("%d", FK_STUDY_SCHEMA_VERSION);
  g_autoptr(GString) round_text = g_string_new (NULL);
  g_autoptr(FkCliTable) table = fk_cli_table_new ();
  g_autofree char *assessed_header = NULL;

  print_field (_("Title"), fk_study_get_title (study));
  print_field (_("Language"), language);
  print_field (_("Created"), created);
  print_field (_("File format"), schema);
  print_field (_("Model"), model_text);
  print_field (_("Model contents"), counts);
  print_field (_("Model checksum"), model->checksum);
  for (guint i = 0; i < rounds->len; i++)
    {
      const FkRound *round = g_ptr_array_index (rounds, i);

      if (i > 0)
        g_string_append (round_text, ", ");
      g_string_append (round_text, round->name);
      if (round->date != NULL)
        g_string_append_printf (round_text, " (%s)", round->date);
    }
  print_field (_("Rounds"), round_text->str);
  print_field (_("Read-only"), fk_study_is_read_only (study) ? fk_study_get_read_only_reason (study) : _("no"));
  fk_cli_print_line ("");

  /* TRANSLATORS: column header; %s is the name of the latest round */
  assessed_header = g_strdup_printf (_("Assessed (%s)"), latest != NULL ? latest->name : "–");
  fk_cli_table_add_row (table, _("Code"), _("Municipality"), _("Population"), _("Size"),
                        assessed_header, NULL);
  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);
      FkSizeClass size = fk_region_municipality_size_class (region, m);
      guint assessed = assessed_counts != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (assessed_counts, m->code)) : 0;
      g_autofree char *population = fk_text_format_thousands (m->population);
      g_autofree char *progress = g_strdup_printf ("%u/%u", assessed, fk_model_get_n_capabilities (model));

      fk_cli_table_add_row (table, m->code, m->name, population,
                            fk_size_class_get_label (size), progress, NULL);
    }
  fk_cli_table_print (table);
}

gboolean
fk_cli_command_info (int      argc,
                     char   **argv,
                     GError **error)
{
  gboolean json = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    fk_cli_option_context_new ("info",
                               _("Describe a study: model, municipalities, rounds and progress."), entries);
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(GHashTable) counts = NULL;
  const FkRound *latest;
  const char *path;

  if (!fk_cli_parse (context, "info", argc, argv, error))
    return FALSE;
  if ((path = fk_cli_one_file ("info", files, error)) == NULL)
    return FALSE;

  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, error);
  if (study == NULL)
    return FALSE;

  /* Read the counts first: a count that cannot be read is an error, not
   * a 0 printed as if true. */
  latest = fk_study_get_latest_round (study);
  if (latest != NULL && !fk_study_count_assessed_all (study, latest->id, &counts, error))
    return FALSE;

  if (json)
    {
      g_autoptr(JsonNode) node = fk_cli_json_study_info (study, counts);
      g_autofree char *text = fk_json_to_string (node);
      fk_cli_print_line (text);
    }
  else
    print_summary (study, counts);
  return TRUE;
}
