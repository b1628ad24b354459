/* fk-goals.c — effect goals of the Fyrbodal action plan (seed 003) */
#define G_LOG_DOMAIN "fk-goals"
#include "fk-goals.h"

/* The names are the action plan's own wording (section 3); the English is
 * a faithful rendering of it. */
static const FkGoal goals[] = {
  { "1A", "Digital kompetens", "Digital competence",
    "Invånare och företag i Fyrbodals kommuner har förmåga och möjlighet att bidra till och delta i det digitala samhället",
    "Residents and businesses in Fyrbodal's municipalities have the ability and opportunity to contribute to and take part in the digital society" },
  { "1B", "Digital kompetens", "Digital competence",
    "Kommunanställda i Fyrbodals kommuner har adekvat digital kompetens",
    "Municipal employees in Fyrbodal's municipalities have adequate digital competence" },
  { "1C", "Digital kompetens", "Digital competence",
    "Den delregionala kompetensförsörjningen inom digitaliseringsområdet gynnar Fyrbodals kommuner och bidrar till det livslånga lärandet",
    "The subregional supply of competence in digitalisation benefits Fyrbodal's municipalities and contributes to lifelong learning" },
  { "2A", "Digital trygghet", "Digital security",
    "Invånare och företag känner sig trygga i användandet av de digitala tjänster och produkter som finns hos Fyrbodals kommuner",
    "Residents and businesses feel safe using the digital services and products of Fyrbodal's municipalities" },
  { "2B", "Digital trygghet", "Digital security",
    "Informationssäkerhetsarbete är en naturlig del av verksamheterna i Fyrbodals kommuner",
    "Information security work is a natural part of the operations in Fyrbodal's municipalities" },
  { "3A", "Digital innovation", "Digital innovation",
    "Invånare och företag känner en delaktighet i de digitala tjänster och produkter som utformas av kommunerna",
    "Residents and businesses feel involved in the digital services and products that the municipalities design" },
  { "3B", "Digital innovation", "Digital innovation",
    "Förstärkt digital innovationsförmåga i verksamheterna och i näringslivet i Fyrbodals kommuner",
    "Stronger capacity for digital innovation in the operations and in the businesses of Fyrbodal's municipalities" },
  { "4A", "Digital infrastruktur", "Digital infrastructure",
    "Det finns samverkande processer för digital service med utgångspunkt i invånarnas och medarbetarnas behov",
    "There are collaborating processes for digital service based on the needs of residents and staff" },
  { "4B", "Digital infrastruktur", "Digital infrastructure",
    "En digital infrastruktur som möjliggör informationsutbyte inom kommunal sektor och med annan offentlig och privat sektor",
    "A digital infrastructure that enables information exchange within the municipal sector and with the rest of the public and the private sector" },
  { "5A", "Digital ledning", "Digital leadership",
    "Invånare och företag upplever att kommunens investeringar i digitala tjänster och produkter ger nytta",
    "Residents and businesses find that the municipality's investments in digital services and products are of benefit" },
  { "5B", "Digital ledning", "Digital leadership",
    "Kommunledningar i Fyrbodals kommuner har goda förutsättningar att kunna prioritera och genomföra digitaliseringsinsatser",
    "The municipal leaderships in Fyrbodal's municipalities are well placed to prioritise and carry out digitalisation efforts" },
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
