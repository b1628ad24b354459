/* fk-capability-row.c — one capability of the scoring view
 *
 * The row always shows the name, the description and the current level,
 * so a room can scan the list. The rest of the form (what each level looks
 * like for this capability and the scoring rules (fk-level-panel.c),
 * target, sustain, key person, interest, comment) is built the first time the row is expanded: only the focused
 * row is expanded, which keeps a model of 45 capabilities quick.
 *
 * The row never writes: it emits "edited" and its owner writes to the
 * study, then shows what was stored with fk_capability_row_set_score().
 */
#define G_LOG_DOMAIN "fk-capability-row"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-capability-row.h"
#include "fk-level-panel.h"
#include "fk-scoring-label.h"
#include "fk-level-selector.h"

#define COMMENT_IDLE_MS 1000

struct _FkCapabilityRow
{
  GtkListBoxRow       parent_instance;

  FkModel            *model;
  const FkCapability *capability;
  char               *language;
  char               *search_text;
  FkScore            *score;
  gboolean            expanded;
  gboolean            editable;
  gboolean            updating;

  GtkWidget          *summary;
  GtkWidget          *below_note;  /* the target is below the current level */
  GtkWidget          *current;
  GtkWidget          *detail;      /* NULL until first expanded */
  GtkWidget          *level_panel;
  GtkWidget          *target;
  GtkWidget          *sustain;
  GtkWidget          *key_person;
  GtkWidget          *interest;
  GtkWidget          *comment_view;
  GtkWidget          *unsaved;

  guint               comment_timeout;
  gboolean            comment_dirty;
};

G_DEFINE_FINAL_TYPE (FkCapabilityRow, fk_capability_row, GTK_TYPE_LIST_BOX_ROW)

enum { EDITED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
on_value_chosen (FkLevelSelector *selector,
                 int              value,
                 FkCapabilityRow *self)
{
  FkScoreField field;

  if (self->updating)
    return;
  if ((GtkWidget *) selector == self->current)
    field = FK_SCORE_FIELD_CURRENT;
  else if ((GtkWidget *) selector == self->target)
    field = FK_SCORE_FIELD_TARGET;
  else if ((GtkWidget *) selector == self->sustain)
    field = FK_SCORE_FIELD_SUSTAIN;
  else if ((GtkWidget *) selector == self->key_person)
    field = FK_SCORE_FIELD_KEY_PERSON;
  else
    field = FK_SCORE_FIELD_INTEREST;
  g_signal_emit (self, signals[EDITED], 0, field, value, NULL);
}

static GtkWidget *
make_level_selector (FkCapabilityRow *self,
                     gboolean         current)
{
  GtkWidget *selector = fk_level_selector_new ();

  for (int level = FK_LEVEL_MIN; level <= FK_LEVEL_MAX; level++)
    {
      const char *name = fk_text_get (&self->model->scale[level].name, self->language);
      g_autofree char *number = g_strdup_printf ("%d", level);
      g_autofree char *tooltip = fk_model_describe_level (self->model, self->capability, level, self->language);
      g_autofree char *a11y = current
        ? g_strdup_printf (_("Current level %d: %s"), level, name)
        : g_strdup_printf (_("Target level %d: %s"), level, name);

      fk_level_selector_add (FK_LEVEL_SELECTOR (selector), level, number, tooltip, a11y, FALSE);
    }
  if (current)
    {
      g_autofree char *na_tooltip = fk_level_panel_not_applicable_tooltip (self->model, self->capability,
                                                                           self->language);

      fk_level_selector_add (FK_LEVEL_SELECTOR (selector), FK_LEVEL_NA, _("Not applicable"),
                             na_tooltip, NULL, TRUE);
    }
  fk_level_selector_add (FK_LEVEL_SELECTOR (selector), FK_LEVEL_UNSET,
                         current ? _("Not assessed") : _("Not set"),
                         current ? _("Not assessed yet. Removes the level, the target and the answers, not the comment (Backspace)") : NULL, NULL, TRUE);
  gtk_widget_add_css_class (fk_level_selector_get_button (FK_LEVEL_SELECTOR (selector), FK_LEVEL_UNSET),
                            "fk-unset");
  g_signal_connect (selector, "value-chosen", G_CALLBACK (on_value_chosen), self);
  return selector;
}

/* A caption above a control; the control is labelled by it for AT. */
static GtkWidget *
append_field (GtkWidget  *box,
              const char *caption,
              GtkWidget  *control)
{
  GtkWidget *label = fk_scoring_label_new (caption, "heading");

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), control);
  gtk_widget_set_halign (control, GTK_ALIGN_START);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (control),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  return label;
}

/* A question whose answers are read with the question. */
static void
append_question (GtkWidget  *box,
                 const char *question,
                 GtkWidget  *selector)
{
  GtkWidget *label = append_field (box, question, selector);

  fk_level_selector_set_question (FK_LEVEL_SELECTOR (selector), label);
}

/* Escape in the comment goes back to the card, where the keys work. */
static gboolean
on_comment_key_pressed (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        FkCapabilityRow       *self)
{
  if (keyval != GDK_KEY_Escape ||
      (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;
  fk_capability_row_flush_comment (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  return TRUE;
}

static GtkWidget *
make_choice_selector (FkCapabilityRow *self,
                      const char     *(*get_label) (int),
                      const int       *values,
                      guint            n_values)
{
  GtkWidget *selector = fk_level_selector_new ();

  for (guint i = 0; i < n_values; i++)
    fk_level_selector_add (FK_LEVEL_SELECTOR (selector), values[i],
                           get_label (values[i]), NULL, NULL, values[i] == 0);
  /* Value 0 is "not answered" in every choice (FK_SUSTAIN_UNSET, …). */
  gtk_widget_add_css_class (fk_level_selector_get_button (FK_LEVEL_SELECTOR (selector), 0),
                            "fk-unset");
  g_signal_connect (selector, "value-chosen", G_CALLBACK (on_value_chosen), self);
  return selector;
}

static gboolean
comment_timeout_cb (gpointer user_data)
{
  FkCapabilityRow *self = user_data;

  self->comment_timeout = 0;
  fk_capability_row_flush_comment (self);
  return G_SOURCE_REMOVE;
}

static void
on_comment_changed (GtkTextBuffer   *buffer,
                    FkCapabilityRow *self)
{
  if (self->updating)
    return;
  /* Written after a pause in typing, not per keystroke. */
  self->comment_dirty = TRUE;
  g_clear_handle_id (&self->comment_timeout, g_source_remove);
  self->comment_timeout = g_timeout_add (COMMENT_IDLE_MS, comment_timeout_cb, self);
}

static void
on_comment_focus_leave (GtkEventControllerFocus *controller,
                        FkCapabilityRow         *self)
{
  fk_capability_row_flush_comment (self);
}

static void
update_display (FkCapabilityRow *self);

/* Not applicable has no target and no answers: their buttons are off.
 * Where the model does not allow it, its button is off too, unless it is
 * the stored answer (from an import): then it shows, and a level can
 * replace it. */
static void
update_sensitivity (FkCapabilityRow *self)
{
  GtkWidget *answers[] = { self->target, self->sustain, self->key_person, self->interest };
  gboolean applicable = self->score == NULL || self->score->current != FK_LEVEL_NA;
  GtkWidget *na = fk_level_selector_get_button (FK_LEVEL_SELECTOR (self->current), FK_LEVEL_NA);

  gtk_widget_set_sensitive (self->current, self->editable);
  gtk_widget_set_sensitive (na, !applicable || fk_model_allows_not_applicable (self->model, self->capability));
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    if (answers[i] != NULL)
      gtk_widget_set_sensitive (answers[i], self->editable && applicable);
}

static void
build_detail (FkCapabilityRow *self)
{
  GtkWidget *box = gtk_widget_get_first_child (GTK_WIDGET (self));
  GtkWidget *frame;
  GtkEventController *focus;
  GtkEventController *keys;
  static const int sustain[] = { FK_SUSTAIN_YES, FK_SUSTAIN_DIFFICULT, FK_SUSTAIN_NO, FK_SUSTAIN_UNSET };
  static const int key_person[] = { FK_KEY_PERSON_YES, FK_KEY_PERSON_NO, FK_KEY_PERSON_UNSET };
  static const int interest[] = { FK_INTEREST_NO, FK_INTEREST_MAYBE, FK_INTEREST_YES, FK_INTEREST_UNSET };

  self->detail = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (self->detail, "fk-detail");

  self->level_panel = fk_level_panel_new (self->model, self->capability, self->language);
  gtk_box_append (GTK_BOX (self->detail), self->level_panel);

  self->target = make_level_selector (self, FALSE);
  append_field (self->detail, _("Target level"), self->target);
  self->sustain = make_choice_selector (self, (const char *(*) (int)) fk_sustain_get_label,
                                        sustain, G_N_ELEMENTS (sustain));
  append_question (self->detail, _("Can we sustain it alone for three years?"), self->sustain);
  self->key_person = make_choice_selector (self, (const char *(*) (int)) fk_key_person_get_label,
                                           key_person, G_N_ELEMENTS (key_person));
  append_question (self->detail, _("Does it depend on a key person?"), self->key_person);
  self->interest = make_choice_selector (self, (const char *(*) (int)) fk_interest_get_label,
                                         interest, G_N_ELEMENTS (interest));
  append_question (self->detail, _("Interest in collaborating"), self->interest);

  self->comment_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->comment_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->comment_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->comment_view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->comment_view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->comment_view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->comment_view), 6);
  gtk_widget_set_size_request (self->comment_view, -1, 72);
  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->comment_view)), "changed",
                    G_CALLBACK (on_comment_changed), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_comment_focus_leave), self);
  gtk_widget_add_controller (self->comment_view, focus);
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_comment_key_pressed), self);
  gtk_widget_add_controller (self->comment_view, keys);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), self->comment_view);
  append_field (self->detail, _("Comment or evidence"), frame);
  gtk_widget_set_halign (frame, GTK_ALIGN_FILL);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->comment_view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  gtk_widget_get_prev_sibling (frame), NULL,
                                  -1);

  self->unsaved = fk_scoring_label_new (_("This comment is not saved yet."), "error");
  gtk_widget_set_visible (self->unsaved, FALSE);
  gtk_box_append (GTK_BOX (self->detail), self->unsaved);

  gtk_box_append (GTK_BOX (box), self->detail);
  fk_capability_row_set_editable (self, self->editable);
  update_display (self);
}

static char *
summary_text (FkCapabilityRow *self)
{
  const FkScore *s = self->score;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (s == NULL)
    return NULL;
  if (s->target >= 0)
    g_ptr_array_add (parts, g_strdup_printf (_("Target %d"), s->target));
  if (s->sustain != FK_SUSTAIN_UNSET)
    g_ptr_array_add (parts, g_strdup_printf (_("Sustain alone: %s"), fk_sustain_get_label (s->sustain)));
  if (s->key_person != FK_KEY_PERSON_UNSET)
    g_ptr_array_add (parts, g_strdup_printf (_("Key person: %s"), fk_key_person_get_label (s->key_person)));
  if (s->interest != FK_INTEREST_UNSET)
    g_ptr_array_add (parts, g_strdup_printf (_("Interest: %s"), fk_interest_get_label (s->interest)));
  if (s->comment != NULL && *s->comment != '\0')
    g_ptr_array_add (parts, g_strdup (_("Has a comment")));
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
update_display (FkCapabilityRow *self)
{
  g_autofree char *summary = summary_text (self);
  const FkScore *s = self->score;

  if (s == NULL)
    return;

  self->updating = TRUE;
  fk_level_selector_set_value (FK_LEVEL_SELECTOR (self->current), s->current);
  if (self->detail != NULL)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->comment_view));
      g_autofree char *text = NULL;
      GtkTextIter start, end;

      fk_level_selector_set_value (FK_LEVEL_SELECTOR (self->target), s->target);
      fk_level_selector_set_value (FK_LEVEL_SELECTOR (self->sustain), s->sustain);
      fk_level_selector_set_value (FK_LEVEL_SELECTOR (self->key_person), s->key_person);
      fk_level_selector_set_value (FK_LEVEL_SELECTOR (self->interest), s->interest);

      /* Never overwrite what the user is still typing. */
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      if (!self->comment_dirty && g_strcmp0 (text, s->comment != NULL ? s->comment : "") != 0)
        gtk_text_buffer_set_text (buffer, s->comment != NULL ? s->comment : "", -1);
    }
  self->updating = FALSE;

  gtk_label_set_text (GTK_LABEL (self->summary), summary != NULL ? summary : "");
  gtk_widget_set_visible (self->summary, summary != NULL && !self->expanded);
  /* Allowed (a level may be let go on purpose), but never unnoticed. */
  gtk_widget_set_visible (self->below_note, fk_capability_row_target_below_current (self));
  update_sensitivity (self);
}

void
fk_capability_row_flush_comment (FkCapabilityRow *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  g_return_if_fail (FK_IS_CAPABILITY_ROW (self));

  g_clear_handle_id (&self->comment_timeout, g_source_remove);
  if (!self->comment_dirty || self->comment_view == NULL)
    return;
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->comment_view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_signal_emit (self, signals[EDITED], 0, FK_SCORE_FIELD_COMMENT, 0, text);
}

gboolean
fk_capability_row_has_unsaved_comment (FkCapabilityRow *self)
{
  g_return_val_if_fail (FK_IS_CAPABILITY_ROW (self), FALSE);

  return self->comment_dirty;
}

void
fk_capability_row_comment_written (FkCapabilityRow *self,
                                   gboolean         ok)
{
  g_return_if_fail (FK_IS_CAPABILITY_ROW (self));

  /* A failed write keeps the text, marked, and tries again on the next
   * pause or focus change: typed evidence is never thrown away. */
  self->comment_dirty = !ok;
  if (self->unsaved != NULL)
    gtk_widget_set_visible (self->unsaved, !ok);
  if (ok)
    update_display (self);
}

void
fk_capability_row_set_score (FkCapabilityRow *self,
                             const FkScore   *score)
{
  g_return_if_fail (FK_IS_CAPABILITY_ROW (self));
  g_return_if_fail (score != NULL);

  g_clear_pointer (&self->score, fk_score_free);
  self->score = fk_score_copy (score);
  update_display (self);
}

gboolean
fk_capability_row_is_assessed (FkCapabilityRow *self)
{
  g_return_val_if_fail (FK_IS_CAPABILITY_ROW (self), FALSE);
  return self->score != NULL && fk_score_is_assessed (self->score);
}

void
fk_capability_row_set_expanded (FkCapabilityRow *self,
                                gboolean         expanded)
{
  g_return_if_fail (FK_IS_CAPABILITY_ROW (self));

  expanded = !!expanded;
  if (expanded == self->expanded)
    return;
  self->expanded = expanded;
  if (expanded && self->detail == NULL)
    build_detail (self);
  if (self->detail != NULL)
    gtk_widget_set_visible (self->detail, expanded);
  if (expanded)
    gtk_widget_add_css_class (GTK_WIDGET (self), "fk-expanded");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "fk-expanded");
  update_display (self);
}

gboolean
fk_capability_row_get_expanded (FkCapabilityRow *self)
{
  g_return_val_if_fail (FK_IS_CAPABILITY_ROW (self), FALSE);
  return self->expanded;
}

void
fk_capability_row_set_editable (FkCapabilityRow *self,
                                gboolean         editable)
{
  g_return_if_fail (FK_IS_CAPABILITY_ROW (self));

  self->editable = editable;
  update_sensitivity (self);
  /* The comment stays sensitive: in a read-only study, or after it could
   * not be saved, its text can still be selected and copied. */
  if (self->comment_view != NULL)
    {
      gtk_text_view_set_editable (GTK_TEXT_VIEW (self->comment_view), editable);
      gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self->comment_view), editable);
    }
}

const FkCapability *
fk_capability_row_get_capability (FkCapabilityRow *self)
{
  g_return_val_if_fail (FK_IS_CAPABILITY_ROW (self), NULL);
  return self->capability;
}

const char *
fk_capability_row_get_key (FkCapabilityRow *self)
{
  g_return_val_if_fail (FK_IS_CAPABILITY_ROW (self), NULL);
  return self->capability->key;
}

const char *
fk_capability_row_get_search_text (FkCapabilityRow *self)
{
  g_return_val_if_fail (FK_IS_CAPABILITY_ROW (self), NULL);
  return self->search_text;
}

/* The buttons of @field, building the detail if needed; NULL for text. */
static FkLevelSelector *
selector_for_field (FkCapabilityRow *self,
                    FkScoreField     field)
{
  GtkWidget *selector;

  if (field == FK_SCORE_FIELD_CURRENT)
    return FK_LEVEL_SELECTOR (self->current);
  if (self->detail == NULL)
    build_detail (self);
  switch (field)
    {
    case FK_SCORE_FIELD_TARGET:
      selector = self->target;
      break;
    case FK_SCORE_FIELD_SUSTAIN:
      selector = self->sustain;
      break;
    case FK_SCORE_FIELD_KEY_PERSON:
      selector = self->key_person;
      break;
    case FK_SCORE_FIELD_INTEREST:
      selector = self->interest;
      break;
    case FK_SCORE_FIELD_CURRENT:
    case FK_SCORE_FIELD_COMMENT:
    case FK_SCORE_FIELD_RESPONDENT:
    default:
      return NULL;
    }
  return FK_LEVEL_SELECTOR (selector);
}

GtkWidget *
fk_capability_row_get_level_button (FkCapabilityRow *self,
                                    FkScoreField     field,
                                    int              value)
{
  FkLevelSelector *selector;

  g_return_val_if_fail (FK_IS_CAPABILITY_ROW (self), NULL);

  selector = selector_for_field (self, field);
  return selector != NULL ? fk_level_selector_get_button (selector, value) : NULL;
}

const FkScore *
fk_capability_row_get_score (FkCapabilityRow *self)
{
  g_return_val_if_fail (FK_IS_CAPABILITY_ROW (self), NULL);
  return self->score;
}

gboolean
fk_capability_row_target_below_current (FkCapabilityRow *self)
{
  const FkScore *s;

  g_return_val_if_fail (FK_IS_CAPABILITY_ROW (self), FALSE);
  s = self->score;
  return s != NULL && s->current >= FK_LEVEL_MIN && s->target >= FK_LEVEL_MIN && s->target < s->current;
}

gboolean
fk_capability_row_focus_field (FkCapabilityRow *self,
                               FkScoreField     field)
{
  FkLevelSelector *selector;

  g_return_val_if_fail (FK_IS_CAPABILITY_ROW (self), FALSE);

  if (field != FK_SCORE_FIELD_CURRENT)
    fk_capability_row_set_expanded (self, TRUE);
  if (field == FK_SCORE_FIELD_COMMENT)
    return gtk_widget_grab_focus (self->comment_view);
  selector = selector_for_field (self, field);
  return selector != NULL && fk_level_selector_focus (selector);
}

gboolean
fk_capability_row_show_rules (FkCapabilityRow *self)
{
  g_return_val_if_fail (FK_IS_CAPABILITY_ROW (self), FALSE);

  fk_capability_row_set_expanded (self, TRUE);
  return fk_level_panel_show_rules (FK_LEVEL_PANEL (self->level_panel));
}

GtkWidget *
fk_capability_row_get_level_row (FkCapabilityRow *self)
{
  g_return_val_if_fail (FK_IS_CAPABILITY_ROW (self), NULL);
  return self->current;
}

GtkTextBuffer *
fk_capability_row_get_comment_buffer (FkCapabilityRow *self)
{
  g_return_val_if_fail (FK_IS_CAPABILITY_ROW (self), NULL);

  if (self->detail == NULL)
    {
      build_detail (self);
      gtk_widget_set_visible (self->detail, self->expanded);
    }
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->comment_view));
}

static void
fk_capability_row_dispose (GObject *object)
{
  FkCapabilityRow *self = FK_CAPABILITY_ROW (object);

  /* The owner flushes before it lets go; here only stop the timer. */
  g_clear_handle_id (&self->comment_timeout, g_source_remove);

  G_OBJECT_CLASS (fk_capability_row_parent_class)->dispose (object);
}

static void
fk_capability_row_finalize (GObject *object)
{
  FkCapabilityRow *self = FK_CAPABILITY_ROW (object);

  g_clear_pointer (&self->score, fk_score_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->model, fk_model_unref);

  G_OBJECT_CLASS (fk_capability_row_parent_class)->finalize (object);
}

static void
fk_capability_row_class_init (FkCapabilityRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fk_capability_row_dispose;
  object_class->finalize = fk_capability_row_finalize;

  /**
   * FkCapabilityRow::edited:
   * @field: the FkScoreField the user changed
   * @value: the new value (levels, FkSustain, …)
   * @text: the new comment, for FK_SCORE_FIELD_COMMENT
   */
  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_INT, G_TYPE_STRING);
}

static void
fk_capability_row_init (FkCapabilityRow *self)
{
  self->editable = TRUE;
  gtk_widget_add_css_class (GTK_WIDGET (self), "fk-capability");
}

GtkWidget *
fk_capability_row_new (FkModel            *model,
                       const FkCapability *capability,
                       const char         *language)
{
  FkCapabilityRow *self;
  GtkWidget *box;
  const char *name;
  const char *description;
  g_autofree char *haystack = NULL;

  g_return_val_if_fail (model != NULL && capability != NULL, NULL);

  self = g_object_new (FK_TYPE_CAPABILITY_ROW, NULL);
  self->model = fk_model_ref (model);
  self->capability = capability;
  self->language = g_strdup (language);

  name = fk_text_get (&capability->name, language);
  description = fk_text_get (&capability->description, language);
  haystack = g_strconcat (name, "\n", description, NULL);
  self->search_text = g_utf8_casefold (haystack, -1);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), fk_scoring_label_new (name, "title-4"));
  gtk_box_append (GTK_BOX (box), fk_scoring_label_new (description, NULL));

  self->current = make_level_selector (self, TRUE);
  fk_level_selector_set_caption (FK_LEVEL_SELECTOR (self->current), _("Current level"));
  gtk_box_append (GTK_BOX (box), self->current);

  self->summary = fk_scoring_label_new ("", "dim-label");
  gtk_widget_set_visible (self->summary, FALSE);
  gtk_box_append (GTK_BOX (box), self->summary);

  self->below_note = fk_scoring_label_new (_("The target level is below the current level."), "fk-below-note");
  gtk_widget_set_visible (self->below_note, FALSE);
  gtk_box_append (GTK_BOX (box), self->below_note);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  /* Assistive technology finds a capability by its name. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  return GTK_WIDGET (self);
}
