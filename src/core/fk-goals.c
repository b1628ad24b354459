/* fk-goals.c — effect goals of the Fyrbodal action plan (seed 003) */
#define G_LOG_DOMAIN "fk-goals"
#include "fk-goals.h"

static const FkGoal goals[] = {
  { "1A", "Digital kompetens", "Digital competence",
    "Medborgare och företag har förutsättningar att delta i det digitala samhället",
    "Citizens and companies can take part in the digital society" },
  { "1B", "Digital kompetens", "Digital competence",
    "Kommunernas medarbetare har adekvat digital kompetens",
    "Municipal staff have adequate digital competence" },
  { "1C", "Digital kompetens", "Digital competence",
    "Regional kompetensförsörjning inom digitalisering",
    "Regional supply of competence in digitalisation" },
  { "2A", "Digital trygghet", "Digital security",
    "Medborgare och företag känner sig trygga med kommunernas digitala tjänster",
    "Citizens and companies feel safe using the municipalities' digital services" },
  { "2B", "Digital trygghet", "Digital security",
    "Informationssäkerhet är en naturlig del av all verksamhet",
    "Information security is a natural part of all operations" },
  { "3A", "Digital innovation", "Digital innovation",
    "Medborgare och företag medverkar i utformningen av tjänster",
    "Citizens and companies take part in designing services" },
  { "3B", "Digital innovation", "Digital innovation",
    "Stärkt innovationsförmåga",
    "Stronger capacity for innovation" },
  { "4A", "Digital infrastruktur", "Digital infrastructure",
    "Samverkande processer för digital service utifrån medborgares och medarbetares behov",
    "Collaborating processes for digital service from citizens' and staff's needs" },
  { "4B", "Digital infrastruktur", "Digital infrastructure",
    "Infrastruktur för informationsutbyte inom och utanför den kommunala sektorn",
    "Infrastructure for information exchange within and beyond the municipal sector" },
  { "5A", "Digital ledning", "Digital leadership",
    "Medborgare och företag ser nytta av investeringar i digitalisering",
    "Citizens and companies see benefit from investments in digitalisation" },
  { "5B", "Digital ledning", "Digital leadership",
    "Kommunernas ledningar kan prioritera och genomföra digitalisering",
    "Municipal leaderships can prioritise and carry out digitalisation" },
};

const FkGoal *
fk_goal_lookup (const char *id)
{
  if (id == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (goals); i++)
    if (g_str_equal (goals[i].id, id))
      return &goals[i];
  return NULL;
}

const FkGoal *
fk_goals_get_all (guint *n_goals)
{
  *n_goals = G_N_ELEMENTS (goals);
  return goals;
}
