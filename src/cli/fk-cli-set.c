/* fk-cli-set.c — "formagekarta-cli set": change one score */
#define G_LOG_DOMAIN "fk-cli-set"
#include "config.h"
#include "fk-cli.h"

#include "fk-i18n.h"

/* The value given for each field (FkScoreField), NULL when not given. The
 * options are named after the fields (fk_score_field_to_string). */
typedef struct {
  char *values[FK_SCORE_N_FIELDS];
} SetOptions;

static void
set_options_clear (SetOptions *o)
{
  for (guint i = 0; i < FK_SCORE_N_FIELDS; i++)
    g_free (o->values[i]);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SetOptions, set_options_clear)

static gboolean
has_any_field (const SetOptions *o)
{
  for (guint i = 0; i < FK_SCORE_N_FIELDS; i++)
    if (o->values[i] != NULL)
      return TRUE;
  return FALSE;
}

/* Applies the given options to @score. Every value is checked before the
 * study is opened, on a scratch score, so a bad value never gets that far.
 * "--current na" or "--current none" removes the target and the answers,
 * as in the app, before the other options apply. */
static gboolean
apply_options (const SetOptions  *o,
               FkScore           *score,
               GError           **error)
{
  for (guint i = 0; i < FK_SCORE_N_FIELDS; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (o->values[i] == NULL)
        continue;
      if (!fk_score_parse_field (score, (FkScoreField) i, o->values[i], &local_error))
        {
          /* "current: …" becomes "--current: …", a usage error. */
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       "--%s", local_error->message);
          return FALSE;
        }
      if (i == FK_SCORE_FIELD_CURRENT && (score->current == FK_LEVEL_NA || score->current == FK_LEVEL_UNSET))
        fk_score_clear_answers (score);
    }
  return TRUE;
}

gboolean
fk_cli_command_set (int      argc,
                    char   **argv,
                    GError **error)
{
  g_auto(SetOptions) o = { NULL, };
  g_autofree char *municipality = NULL;
  g_autofree char *capability = NULL;
  g_autofree char *round_name = NULL;
  g_auto(GStrv) files = NULL;
  g_autoptr(GError) local_error = NULL;
  const GOptionEntry entries[] = {
    { "municipality", 0, 0, G_OPTION_ARG_STRING, &municipality, N_("Municipality code (kommunkod), e.g. 1488"), N_("CODE") },
    { "capability", 0, 0, G_OPTION_ARG_STRING, &capability, N_("Capability key from the model"), N_("KEY") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_name, N_("Assessment round (default: the latest)"), N_("NAME") },
    { fk_score_field_to_string (FK_SCORE_FIELD_CURRENT), 0, 0, G_OPTION_ARG_STRING, &o.values[FK_SCORE_FIELD_CURRENT], N_("Current level: 0–5, na (not applicable) or none (not assessed)"), N_("LEVEL") },
    { fk_score_field_to_string (FK_SCORE_FIELD_TARGET), 0, 0, G_OPTION_ARG_STRING, &o.values[FK_SCORE_FIELD_TARGET], N_("Target level: 0–5 or none"), N_("LEVEL") },
    { fk_score_field_to_string (FK_SCORE_FIELD_SUSTAIN), 0, 0, G_OPTION_ARG_STRING, &o.values[FK_SCORE_FIELD_SUSTAIN], N_("Can you sustain this alone for three years: yes, difficult, no or none"), N_("ANSWER") },
    { fk_score_field_to_string (FK_SCORE_FIELD_KEY_PERSON), 0, 0, G_OPTION_ARG_STRING, &o.values[FK_SCORE_FIELD_KEY_PERSON], N_("Depends on a key person: yes, no or none"), N_("ANSWER") },
    { fk_score_field_to_string (FK_SCORE_FIELD_INTEREST), 0, 0, G_OPTION_ARG_STRING, &o.values[FK_SCORE_FIELD_INTEREST], N_("Interest in collaborating: no, maybe, yes or none"), N_("ANSWER") },
    { fk_score_field_to_string (FK_SCORE_FIELD_COMMENT), 0, 0, G_OPTION_ARG_STRING, &o.values[FK_SCORE_FIELD_COMMENT], N_("Comment or evidence (\"\" clears it)"), N_("TEXT") },
    { fk_score_field_to_string (FK_SCORE_FIELD_RESPONDENT), 0, 0, G_OPTION_ARG_STRING, &o.values[FK_SCORE_FIELD_RESPONDENT], N_("Who answered (\"\" clears it)"), N_("NAME") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    fk_cli_option_context_new ("set",
                               _("Change one score. Only the given fields change; the others keep their stored values."),
                               entries);
  g_autoptr(FkScore) scratch = NULL;
  g_autoptr(FkScore) score = NULL;
  g_autoptr(FkStudy) study = NULL;
  const FkRound *round;
  const char *path;

  if (!fk_cli_parse (context, "set", argc, argv, error))
    return FALSE;
  if ((path = fk_cli_one_file ("set", files, error)) == NULL)
    return FALSE;
  if (municipality == NULL)
    {
      fk_cli_set_usage_error (error, "set", _("--municipality is required"));
      return FALSE;
    }
  if (capability == NULL)
    {
      fk_cli_set_usage_error (error, "set", _("--capability is required"));
      return FALSE;
    }
  if (!has_any_field (&o))
    {
      fk_cli_set_usage_error (error, "set", _("give at least one of --current, --target, --sustain, --key-person, --interest, --comment, --respondent"));
      return FALSE;
    }
  scratch = fk_score_new (0, municipality, capability);
  if (!apply_options (&o, scratch, error))
    return FALSE;
  if (!fk_score_check_consistent (scratch, &local_error))
    {
      fk_cli_set_usage_error (error, "set", "%s", local_error->message);
      return FALSE;
    }

  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, error);
  if (study == NULL)
    return FALSE;
  round = fk_cli_find_round (study, round_name, error);
  if (round == NULL)
    return FALSE;
  score = fk_study_get_score (study, round->id, municipality, capability, error);
  if (score == NULL)
    return FALSE;
  if (!apply_options (&o, score, error))
    return FALSE;
  /* What is stored may make the options contradict it ("not applicable"
   * and now an answer). */
  if (!fk_score_check_consistent (score, &local_error))
    {
      g_autofree char *name = g_path_get_basename (path);

      g_set_error (error, FK_ERROR, FK_ERROR_INVALID, _("%s: %s (set --current to a level first)"),
                   name, local_error->message);
      return FALSE;
    }
  score->updated = 0;   /* now */
  return fk_study_set_score (study, score, error);
}
