/* fk-cli-set.c — "formagekarta-cli set": change one score */
#define G_LOG_DOMAIN "fk-cli-set"
#include "config.h"
#include "fk-cli.h"

#include <glib/gi18n.h>

typedef struct {
  char *current;
  char *target;
  char *sustain;
  char *key_person;
  char *interest;
  char *comment;
  char *respondent;
} SetOptions;

static void
set_options_clear (SetOptions *o)
{
  g_free (o->current);
  g_free (o->target);
  g_free (o->sustain);
  g_free (o->key_person);
  g_free (o->interest);
  g_free (o->comment);
  g_free (o->respondent);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SetOptions, set_options_clear)

static gboolean
has_any_field (const SetOptions *o)
{
  return o->current != NULL || o->target != NULL || o->sustain != NULL ||
         o->key_person != NULL || o->interest != NULL || o->comment != NULL ||
         o->respondent != NULL;
}

/* Applies the given options to @score. Every value is checked before the
 * study is opened, on a scratch score, so a bad value never gets that far. */
static gboolean
apply_options (const SetOptions  *o,
               FkScore           *score,
               GError           **error)
{
  g_autoptr(GError) local_error = NULL;

  if (o->current != NULL && !fk_level_from_string (o->current, TRUE, &score->current, &local_error))
    return fk_cli_bad_value (error, "--current", local_error);
  if (o->target != NULL && !fk_level_from_string (o->target, FALSE, &score->target, &local_error))
    return fk_cli_bad_value (error, "--target", local_error);
  if (o->sustain != NULL && !fk_sustain_from_string (o->sustain, &score->sustain, &local_error))
    return fk_cli_bad_value (error, "--sustain", local_error);
  if (o->key_person != NULL && !fk_key_person_from_string (o->key_person, &score->key_person, &local_error))
    return fk_cli_bad_value (error, "--key-person", local_error);
  if (o->interest != NULL && !fk_interest_from_string (o->interest, &score->interest, &local_error))
    return fk_cli_bad_value (error, "--interest", local_error);
  /* An empty string clears the text. */
  if (o->comment != NULL)
    {
      g_free (score->comment);
      score->comment = *o->comment != '\0' ? g_strdup (o->comment) : NULL;
    }
  if (o->respondent != NULL)
    {
      g_free (score->respondent);
      score->respondent = *o->respondent != '\0' ? g_strdup (o->respondent) : NULL;
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
  const GOptionEntry entries[] = {
    { "municipality", 0, 0, G_OPTION_ARG_STRING, &municipality, N_("Municipality code (kommunkod), e.g. 1488"), N_("CODE") },
    { "capability", 0, 0, G_OPTION_ARG_STRING, &capability, N_("Capability key from the model"), N_("KEY") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_name, N_("Assessment round (default: the latest)"), N_("NAME") },
    { "current", 0, 0, G_OPTION_ARG_STRING, &o.current, N_("Current level: 0–5, na (not applicable) or none (not assessed)"), N_("LEVEL") },
    { "target", 0, 0, G_OPTION_ARG_STRING, &o.target, N_("Target level: 0–5 or none"), N_("LEVEL") },
    { "sustain", 0, 0, G_OPTION_ARG_STRING, &o.sustain, N_("Can you sustain this alone for three years: yes, difficult, no or none"), N_("ANSWER") },
    { "key-person", 0, 0, G_OPTION_ARG_STRING, &o.key_person, N_("Depends on a key person: yes, no or none"), N_("ANSWER") },
    { "interest", 0, 0, G_OPTION_ARG_STRING, &o.interest, N_("Interest in collaborating: no, maybe, yes or none"), N_("ANSWER") },
    { "comment", 0, 0, G_OPTION_ARG_STRING, &o.comment, N_("Comment or evidence (\"\" clears it)"), N_("TEXT") },
    { "respondent", 0, 0, G_OPTION_ARG_STRING, &o.respondent, N_("Who answered (\"\" clears it)"), N_("NAME") },
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
  score->updated = 0;   /* now */
  return fk_study_set_score (study, score, error);
}
