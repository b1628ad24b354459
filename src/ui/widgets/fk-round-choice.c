/* fk-round-choice.c — a drop-down of a study's assessment rounds */
#include "config.h"
#include "fk-round-choice.h"

gint64
fk_round_choice_get_selected (GtkDropDown *dropdown,
                              GArray      *round_ids)
{
  guint pos = gtk_drop_down_get_selected (dropdown);

  return pos < round_ids->len ? g_array_index (round_ids, gint64, pos) : 0;
}

gboolean
fk_round_choice_select (GtkDropDown *dropdown,
                        GArray      *round_ids,
                        gint64       round_id)
{
  for (guint i = 0; i < round_ids->len; i++)
    if (g_array_index (round_ids, gint64, i) == round_id)
      {
        gtk_drop_down_set_selected (dropdown, i);
        return TRUE;
      }
  return FALSE;
}

void
fk_round_choice_fill (GtkDropDown *dropdown,
                      GArray      *round_ids,
                      FkStudy     *study)
{
  gint64 old_round_id = fk_round_choice_get_selected (dropdown, round_ids);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint select = 0;

  g_array_set_size (round_ids, 0);
  if (study != NULL)
    {
      GPtrArray *rounds = fk_study_get_rounds (study);
      const FkRound *latest = fk_study_get_latest_round (study);

      for (guint i = 0; i < rounds->len; i++)
        {
          const FkRound *round = g_ptr_array_index (rounds, i);

          gtk_string_list_append (names, round->name);
          g_array_append_val (round_ids, round->id);
          if (latest != NULL && round->id == latest->id)
            select = i;
        }
      for (guint i = 0; old_round_id != 0 && i < round_ids->len; i++)
        if (g_array_index (round_ids, gint64, i) == old_round_id)
          select = i;
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (dropdown, select);
}
