/* fk-esam.c — eSam's principles for digital collaboration (seed 003, annex 5.3) */
#define G_LOG_DOMAIN "fk-esam"
#include "fk-esam.h"

/* The Swedish names are the annex's headings in sentence case; the
 * English ones are ours, close to the Swedish. */
static const FkEsamPrinciple principles[FK_ESAM_N_PRINCIPLES] = {
  { 1, "Samverka som förstahandsval", "Collaborate as the first choice" },
  { 2, "Arbeta aktivt med juridiken", "Work actively with the law" },
  { 3, "Öppna upp", "Open up" },
  { 4, "Skapa transparens till den interna hanteringen", "Make internal handling transparent" },
  { 5, "Återanvänd från andra", "Reuse what others have made" },
  { 6, "Se till att information och data kan överföras", "Make sure information and data can be transferred" },
  { 7, "Sätt användaren i centrum", "Put the user at the centre" },
  { 8, "Gör digitala tjänster tillgängliga och inkluderande", "Make digital services accessible and inclusive" },
  { 9, "Gör det säkert", "Make it secure" },
  { 10, "Hitta rätt balans för den personliga integriteten", "Find the right balance for personal privacy" },
  { 11, "Använd ett språk som användarna förstår", "Use a language the users understand" },
  { 12, "Gör administrationen enkel", "Make administration simple" },
  { 13, "Ha en helhetssyn på informationshantering", "Take a holistic view of information management" },
};

const FkEsamPrinciple *
fk_esam_principle_lookup (guint number)
{
  if (number < 1 || number > FK_ESAM_N_PRINCIPLES)
    return NULL;
  return &principles[number - 1];
}

const char *
fk_esam_principle_get_name (const FkEsamPrinciple *principle,
                            const char            *language)
{
  g_return_val_if_fail (principle != NULL, "");
  return g_strcmp0 (language, "en") == 0 ? principle->name_en : principle->name_sv;
}
