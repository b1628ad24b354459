/* fk-import-conflict-row.c — one conflict of a file in the import dialog
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-import-conflict-row"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-import-conflict-row.h"
#include "fk-split-box.h"

struct _FkImportConflictRow
{
  GtkListBoxRow    parent_instance;

  FkImportItem    *item;
  char            *capability;
  GtkToggleButton *keep;
  GtkToggleButton *take;
  gboolean         syncing;    /* setting the toggles from the item */
};

G_DEFINE_FINAL_TYPE (FkImportConflictRow, fk_import_conflict_row, GTK_TYPE_LIST_BOX_ROW)

static const char *
level_name (FkModel    *model,
            int         level,
            const char *language)
{
  return fk_text_get (&model->scale[level - FK_LEVEL_MIN].name, language);
}

/* What @score says in the fields where it differs from @other, in the
 * words of the capability panel. (transfer full) */
static char *
describe_difference (FkStudy       *study,
                     const FkScore *score,
                     const FkScore *other)
{
  FkModel *model = fk_study_get_model (study);
  const char *language = fk_study_get_language (study);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (score->current != other->current)
    {
      if (score->current == FK_LEVEL_UNSET)
        g_ptr_array_add (parts, g_strdup (_("Not assessed")));
      else if (score->current == FK_LEVEL_NA)
        g_ptr_array_add (parts, g_strdup (_("Not applicable")));
      else
        g_ptr_array_add (parts, g_strdup_printf (_("Current level %d: %s"), score->current,
                                                 level_name (model, score->current, language)));
    }
  if (score->target != other->target)
    {
      if (score->target >= FK_LEVEL_MIN && score->target <= FK_LEVEL_MAX)
        g_ptr_array_add (parts, g_strdup_printf (_("Target level %d: %s"), score->target,
                                                 level_name (model, score->target, language)));
      else
        g_ptr_array_add (parts, g_strdup (_("No target level")));
    }
  if (score->sustain != other->sustain)
    g_ptr_array_add (parts, g_strdup_printf (_("Sustain alone: %s"), fk_sustain_get_label (score->sustain)));
  if (score->key_person != other->key_person)
    g_ptr_array_add (parts, g_strdup_printf (_("Key person: %s"), fk_key_person_get_label (score->key_person)));
  if (score->interest != other->interest)
    g_ptr_array_add (parts, g_strdup_printf (_("Interest: %s"), fk_interest_get_label (score->interest)));
  if (g_strcmp0 (score->comment ? score->comment : "", other->comment ? other->comment : "") != 0)
    {
      if (score->comment != NULL && *score->comment != '\0')
        g_ptr_array_add (parts, g_strdup_printf (_("Comment: %s"), score->comment));
      else
        g_ptr_array_add (parts, g_strdup (_("No comment")));
    }
  if (g_strcmp0 (score->respondent ? score->respondent : "", other->respondent ? other->respondent : "") != 0
      && score->respondent != NULL && *score->respondent != '\0')
    g_ptr_array_add (parts, g_strdup_printf (_("Answered by %s"), score->respondent));
  g_ptr_array_add (parts, NULL);
  /* Translators: between the differing answers of a score ("Current level 3: …; Interest: Yes") */
  return g_strjoinv (_("; "), (char **) parts->pdata);
}

/* Plain text that wraps: answers and comments are the users' words. */
static GtkWidget *
conflict_label (const char *text,
                const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
take_toggled_cb (FkImportConflictRow *self)
{
  if (self->syncing)
    return;
  fk_import_item_set_resolution (self->item, self->capability,
                                 gtk_toggle_button_get_active (self->take) ? FK_IMPORT_TAKE_FILE
                                                                           : FK_IMPORT_KEEP_STUDY);
}

void
fk_import_conflict_row_sync (FkImportConflictRow *self)
{
  gboolean taken;

  g_return_if_fail (FK_IS_IMPORT_CONFLICT_ROW (self));

  taken = fk_import_item_get_resolution (self->item, self->capability) == FK_IMPORT_TAKE_FILE;
  self->syncing = TRUE;
  gtk_toggle_button_set_active (taken ? self->take : self->keep, TRUE);
  self->syncing = FALSE;
}

static void
fk_import_conflict_row_dispose (GObject *object)
{
  FkImportConflictRow *self = FK_IMPORT_CONFLICT_ROW (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (fk_import_conflict_row_parent_class)->dispose (object);
}

static void
fk_import_conflict_row_finalize (GObject *object)
{
  FkImportConflictRow *self = FK_IMPORT_CONFLICT_ROW (object);

  g_free (self->capability);

  G_OBJECT_CLASS (fk_import_conflict_row_parent_class)->finalize (object);
}

static void
fk_import_conflict_row_class_init (FkImportConflictRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fk_import_conflict_row_dispose;
  object_class->finalize = fk_import_conflict_row_finalize;
}

static void
fk_import_conflict_row_init (FkImportConflictRow *self)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
}

/* One conflict: the capability in the study's language, what each side
 * says where they differ and when it was changed, and the choice. */
FkImportConflictRow *
fk_import_conflict_row_new (FkImportItem *item,
                            FkStudy      *study,
                            const char   *key,
                            gint64        round_id)
{
  FkImportConflictRow *self;
  FkResponse *response;
  const FkCapability *capability;
  const FkScore *theirs;
  g_autoptr(FkScore) ours = NULL;
  g_autofree char *ours_text = NULL, *theirs_text = NULL, *ours_time = NULL, *theirs_time = NULL;
  g_autofree char *keep_tip = NULL, *take_tip = NULL;
  const char *name;
  GtkWidget *split, *texts, *box, *keep, *take;
  char *line;

  g_return_val_if_fail (FK_IS_IMPORT_ITEM (item), NULL);
  g_return_val_if_fail (FK_IS_STUDY (study), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  self = g_object_new (FK_TYPE_IMPORT_CONFLICT_ROW, NULL);
  self->item = g_object_ref (item);
  self->capability = g_strdup (key);
  response = fk_import_item_get_response (item);
  capability = fk_model_lookup (fk_study_get_model (study), key);
  name = capability != NULL ? fk_text_get (&capability->name, fk_study_get_language (study)) : key;
  theirs = fk_response_lookup_score (response, key);
  ours = fk_study_get_score (study, round_id, fk_response_get_municipality (response), key, NULL);
  /* A score the study cannot read is compared as not answered. */
  if (ours == NULL)
    ours = fk_score_new (round_id, fk_response_get_municipality (response), key);
  /* The preview found the conflict in this very file. */
  g_assert (theirs != NULL);
  ours_text = describe_difference (study, ours, theirs);
  theirs_text = describe_difference (study, theirs, ours);
  ours_time = fk_import_format_local_time (ours->updated);
  /* A spreadsheet's scores carry no time: the file's export is when. */
  theirs_time = fk_import_format_local_time (theirs->updated > 0 ? theirs->updated : fk_response_get_exported (response));
  /* Side by side when wide; the choice below the answers when narrow. */
  split = fk_split_box_new ();
  g_object_set (split, "wide-from", 560, NULL);
  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_box_append (GTK_BOX (texts), conflict_label (name, "heading"));
  /* Translators: when the study's score was changed, then what it says */
  line = g_strdup_printf (_("In the study (changed %s): %s"), ours_time, ours_text);
  gtk_box_append (GTK_BOX (texts), conflict_label (line, NULL));
  g_free (line);
  /* Translators: when the file's score was changed, then what it says */
  line = g_strdup_printf (_("In the file (changed %s): %s"), theirs_time, theirs_text);
  gtk_box_append (GTK_BOX (texts), conflict_label (line, NULL));
  g_free (line);
  fk_split_box_set_start_child (FK_SPLIT_BOX (split), texts);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_top (box, 6);
  /* Translators: a conflict's choice: keep the study's score */
  keep = gtk_toggle_button_new_with_label (_("Study’s"));
  /* Translators: a conflict's choice: take the file's score */
  take = gtk_toggle_button_new_with_label (_("File’s"));
  gtk_widget_set_name (take, "take-file");
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (take), GTK_TOGGLE_BUTTON (keep));
  keep_tip = g_strdup_printf (_("Keep the study’s answer for “%s”"), name);
  take_tip = g_strdup_printf (_("Take the file’s answer for “%s”"), name);
  gtk_widget_set_tooltip_text (keep, keep_tip);
  gtk_widget_set_tooltip_text (take, take_tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (keep), GTK_ACCESSIBLE_PROPERTY_LABEL, keep_tip, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (take), GTK_ACCESSIBLE_PROPERTY_LABEL, take_tip, -1);
  gtk_box_append (GTK_BOX (box), keep);
  gtk_box_append (GTK_BOX (box), take);
  fk_split_box_set_end_child (FK_SPLIT_BOX (split), box);

  gtk_widget_set_margin_start (split, 12);
  gtk_widget_set_margin_end (split, 12);
  gtk_widget_set_margin_top (split, 8);
  gtk_widget_set_margin_bottom (split, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), split);

  self->keep = GTK_TOGGLE_BUTTON (keep);
  self->take = GTK_TOGGLE_BUTTON (take);
  fk_import_conflict_row_sync (self);
  g_signal_connect_object (take, "toggled", G_CALLBACK (take_toggled_cb), self, G_CONNECT_SWAPPED);
  return self;
}
