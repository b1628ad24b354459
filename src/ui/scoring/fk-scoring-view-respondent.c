/* fk-scoring-view-respondent.c — who answers, and for which municipality
 *
 * The heading names the municipality being scored, and "Answered by"
 * shows who answers for it: the name the study keeps for that
 * municipality (fk_study_get_respondent()), never the one typed for
 * another. What is typed is saved for the municipality when the field is
 * left or Enter is pressed, before an answer is written with it, and
 * before the view moves to another municipality or study.
 */
#define G_LOG_DOMAIN "fk-scoring-view-respondent"
#include "config.h"

#include <adwaita.h>

#include "fk-scoring-view-private.h"

static void
set_entry_text (FkScoringView *self,
                const char    *text)
{
  /* Setting the same text would move the cursor of someone typing. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->respondent_entry)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->respondent_entry), text);
  g_free (self->respondent_shown);
  self->respondent_shown = g_strdup (text);
}

void
fk_scoring_view_show_municipality (FkScoringView *self)
{
  const FkMunicipality *municipality = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;

  if (self->study != NULL && self->municipality != NULL)
    municipality = fk_region_lookup (fk_study_get_region (self->study), self->municipality);
  /* Plain text: names come from the region file. */
  gtk_label_set_text (self->heading_label, municipality != NULL ? municipality->name : "");
  gtk_widget_set_visible (GTK_WIDGET (self->heading_label), municipality != NULL);

  if (municipality != NULL &&
      !fk_study_get_respondent (self->study, self->municipality, &name, &error))
    fk_scoring_view_show_error (self, error->message);
  set_entry_text (self, name != NULL ? name : "");
}

void
fk_scoring_view_save_respondent (FkScoringView *self)
{
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;

  if (self->study == NULL || self->municipality == NULL || fk_study_is_read_only (self->study))
    return;
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->respondent_entry))));
  if (g_strcmp0 (name, self->respondent_shown) == 0)
    return;
  if (!fk_study_set_respondent (self->study, self->municipality, name, &error))
    {
      fk_scoring_view_show_error (self, error->message);
      return;
    }
  set_entry_text (self, name);
}

void
fk_scoring_view_respondent_changed (FkScoringView *self,
                                    const char    *municipality)
{
  if (municipality != NULL && g_strcmp0 (municipality, self->municipality) != 0)
    return;
  /* A name being typed here wins; it is saved when the field is left. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->respondent_entry)),
                 self->respondent_shown) != 0)
    return;
  fk_scoring_view_show_municipality (self);
}

static void
on_respondent_leave (GtkEventControllerFocus *controller,
                     FkScoringView           *self)
{
  fk_scoring_view_save_respondent (self);
}

/* Enter: the name is given, on to the answers. */
static void
on_respondent_activate (GtkEntry      *entry,
                        FkScoringView *self)
{
  fk_scoring_view_save_respondent (self);
  fk_scoring_view_focus_current (self);
}

void
fk_scoring_view_init_respondent (FkScoringView *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (on_respondent_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->respondent_entry), focus);
  g_signal_connect (self->respondent_entry, "activate", G_CALLBACK (on_respondent_activate), self);
  gtk_widget_set_visible (GTK_WIDGET (self->heading_label), FALSE);
}
