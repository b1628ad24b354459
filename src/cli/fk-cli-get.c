/* fk-cli-get.c — "formagekarta-cli get": list stored scores */
#define G_LOG_DOMAIN "fk-cli-get"
#include "config.h"
#include "fk-cli.h"
#include "fk-cli-json.h"
#include "fk-json.h"
#include "fk-cli-table.h"

#include "fk-i18n.h"

static char *
level_to_string (int level)
{
  if (level == FK_LEVEL_NA)
    return g_strdup ("na");
  if (level < FK_LEVEL_MIN)
    return g_strdup ("–");
  return g_strdup_printf ("%d", level);
}

static const char *
or_dash (const char *value)
{
  return value != NULL ? value : "–";
}

static void
print_table (FkStudy   *study,
             GPtrArray *scores)
{
  g_autoptr(FkCliTable) table = fk_cli_table_new ();

  fk_cli_table_add_row (table,
                        _("Municipality"), _("Capability"), _("Round"),
                        _("Current"), _("Target"), _("Sustain"),
                        _("Key person"), _("Interest"), _("Respondent"),
                        _("Updated"), _("Comment"), NULL);
  for (guint i = 0; i < scores->len; i++)
    {
      const FkScore *score = g_ptr_array_index (scores, i);
      const FkRound *round = fk_study_get_round_by_id (study, score->round_id);
      g_autofree char *current = level_to_string (score->current);
      g_autofree char *target = level_to_string (score->target);
      g_autofree char *updated = fk_text_format_time (score->updated);
      g_autofree char *comment = NULL;

      /* One score, one line: show line breaks in comments as "↵". */
      if (score->comment != NULL)
        {
          g_autoptr(GString) s = g_string_new (score->comment);
          g_string_replace (s, "\n", "↵", 0);
          comment = g_string_free (g_steal_pointer (&s), FALSE);
        }
      fk_cli_table_add_row (table,
                            score->municipality, score->capability,
                            round != NULL ? round->name : "–",
                            current, target,
                            or_dash (fk_sustain_to_string (score->sustain)),
                            or_dash (fk_key_person_to_string (score->key_person)),
                            or_dash (fk_interest_to_string (score->interest)),
                            or_dash (score->respondent), or_dash (updated),
                            or_dash (comment), NULL);
    }
  fk_cli_table_print (table);
}

gboolean
fk_cli_command_get (int      argc,
                    char   **argv,
                    GError **error)
{
  g_autofree char *municipality = NULL;
  g_autofree char *round_name = NULL;
  gboolean json = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "municipality", 0, 0, G_OPTION_ARG_STRING, &municipality, N_("Only this municipality (kommunkod)"), N_("CODE") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_name, N_("Only this assessment round (default: all rounds)"), N_("NAME") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    fk_cli_option_context_new ("get", _("List the stored scores of a study."), entries);
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  gint64 round_id = 0;
  const char *path;

  if (!fk_cli_parse (context, "get", argc, argv, error))
    return FALSE;
  if ((path = fk_cli_one_file ("get", files, error)) == NULL)
    return FALSE;

  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, error);
  if (study == NULL)
    return FALSE;
  if (round_name != NULL)
    {
      const FkRound *round = fk_cli_find_round (study, round_name, error);
      if (round == NULL)
        return FALSE;
      round_id = round->id;
    }
  if (municipality != NULL && !fk_study_check_municipality (study, municipality, error))
    return FALSE;

  scores = fk_study_list_scores (study, round_id, municipality, error);
  if (scores == NULL)
    return FALSE;

  if (json)
    {
      g_autoptr(JsonNode) node = fk_cli_json_scores (study, scores);
      g_autofree char *text = fk_json_to_string (node);
      fk_cli_print_line (text);
    }
  else
    print_table (study, scores);
  return TRUE;
}
