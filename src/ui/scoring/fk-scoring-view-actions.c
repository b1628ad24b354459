/* fk-scoring-view-actions.c — writing edits, undo/redo and the keyboard
 *
 * The keys are widget-class shortcuts of the view. Keys with modifiers
 * (Ctrl+J, Ctrl+F, Ctrl+Z) work wherever the focus is inside the view.
 * Keys without (digits, letters, arrows, Backspace) act only while a
 * capability card has the focus, so a word typed elsewhere never scores;
 * a text field takes its keys first (digits typed in a comment go into the
 * comment). An answer removed or replaced by a key says so in a toast
 * with Undo.
 */
#define G_LOG_DOMAIN "fk-scoring-view-actions"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-scoring-view-private.h"
#include "fk-content-language.h"
#include "fk-level-panel.h"

/* ---- writing ---------------------------------------------------------------- */

/* Not applicable has no target and no answers; "not assessed" removes
 * the whole answer. Either way in the same write, so one undo restores
 * all of it. The comment stays: it is typed text, and may say why. */
static void
apply_field (FkScore      *score,
             FkScoreField  field,
             int           value,
             const char   *text)
{
  if (fk_score_field_is_text (field))
    fk_score_set_field_text (score, field, text);
  else
    fk_score_set_field_value (score, field, value);
  if (field == FK_SCORE_FIELD_CURRENT && (value == FK_LEVEL_NA || value == FK_LEVEL_UNSET))
    fk_score_clear_answers (score);
}

/* Shows the stored score again after a failed write. */
static void
revert_row (FkScoringView   *self,
            FkCapabilityRow *row)
{
  g_autoptr(FkScore) stored = fk_study_get_score (self->study, self->round_id, self->municipality,
                                                  fk_capability_row_get_key (row), NULL);
  if (stored != NULL)
    fk_capability_row_set_score (row, stored);
}

static gboolean
write_edit (FkScoringView   *self,
            FkCapabilityRow *row,
            FkScoreField     field,
            int              value,
            const char      *text)
{
  const char *key = fk_capability_row_get_key (row);
  g_autoptr(FkScore) before = NULL;
  g_autoptr(FkScore) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *respondent = NULL;
  gboolean merge;

  if (self->study == NULL || self->municipality == NULL)
    return FALSE;

  before = fk_study_get_score (self->study, self->round_id, self->municipality, key, &error);
  if (before == NULL)
    {
      fk_scoring_view_show_error (self, error->message);
      return FALSE;
    }
  after = fk_score_copy (before);
  apply_field (after, field, value, text);
  if (fk_score_equal (before, after))
    {
      if (field == FK_SCORE_FIELD_COMMENT)
        fk_capability_row_comment_written (row, TRUE);
      return TRUE;
    }

  fk_scoring_view_save_respondent (self);
  respondent = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->respondent_entry))));
  if (*respondent != '\0')
    fk_score_set_field_text (after, FK_SCORE_FIELD_RESPONDENT, respondent);
  after->updated = 0;

  /* Queued: never waits for another program (fk_study_queue_batch()). */
  if (!fk_study_queue_score (self->study, after, &error))
    {
      fk_scoring_view_show_error (self, error->message);
      if (field == FK_SCORE_FIELD_COMMENT)
        fk_capability_row_comment_written (row, FALSE);
      else
        revert_row (self, row);
      /* The study may have found out it cannot be written. */
      fk_scoring_view_refresh (self);
      return FALSE;
    }

  /* Queued behind another program's write: "changed" comes when it
   * lands, so show the choice now (a comment is on screen already). */
  if (fk_study_get_n_pending (self->study) > 0 && !fk_score_field_is_text (field))
    fk_capability_row_set_score (row, after);

  /* Pieces of one comment written while typing make one undo step. */
  merge = field == FK_SCORE_FIELD_COMMENT && g_strcmp0 (self->last_comment_key, key) == 0;
  fk_undo_push (self->undo, before, after, merge);
  g_free (self->last_comment_key);
  self->last_comment_key = field == FK_SCORE_FIELD_COMMENT ? g_strdup (key) : NULL;
  if (field == FK_SCORE_FIELD_COMMENT)
    fk_capability_row_comment_written (row, TRUE);
  fk_scoring_view_update_actions (self);
  return TRUE;
}

/* Whether setting the current level to @value throws away part of @score. */
static gboolean
loses_answers (const FkScore *score,
               int            value)
{
  if (score == NULL || (value != FK_LEVEL_NA && value != FK_LEVEL_UNSET))
    return FALSE;
  return (score->current != value && score->current != FK_LEVEL_UNSET) ||
         score->target != FK_LEVEL_UNSET ||
         score->sustain != FK_SUSTAIN_UNSET || score->key_person != FK_KEY_PERSON_UNSET ||
         score->interest != FK_INTEREST_UNSET;
}

static void
show_removed (FkScoringView   *self,
              FkCapabilityRow *row,
              int              value)
{
  const char *name = fk_text_get (&fk_capability_row_get_capability (row)->name,
                                  fk_content_language (self->study));
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (value == FK_LEVEL_NA)
    message = g_strdup_printf (_("“%s” is not applicable now. Its level, target and answers were removed."), name);
  else
    message = g_strdup_printf (_("The answer to “%s” was removed."), name);
  /* The model's text is not markup. */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_action_name (toast, "scoring.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  if (self->removed_toast != NULL)
    adw_toast_dismiss (self->removed_toast);
  g_set_weak_pointer (&self->removed_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Every edit from a card or a key: refuses what contradicts the answer,
 * writes, and says when part of an answer was removed. */
static void
edit_row (FkScoringView   *self,
          FkCapabilityRow *row,
          FkScoreField     field,
          int              value,
          const char      *text)
{
  const FkScore *shown = fk_capability_row_get_score (row);
  const FkCapability *capability = fk_capability_row_get_capability (row);
  gboolean loses = field == FK_SCORE_FIELD_CURRENT && loses_answers (shown, value);

  /* Not applicable only where the model allows it (its button is off
   * elsewhere; this is the key N), refused with the reason as any other
   * refused edit. An answer that already is stays. */
  if (field == FK_SCORE_FIELD_CURRENT && value == FK_LEVEL_NA &&
      (shown == NULL || shown->current != FK_LEVEL_NA) &&
      !fk_model_allows_not_applicable (fk_study_get_model (self->study), capability))
    {
      g_autofree char *why = fk_level_panel_not_applicable_refusal (capability,
                                                                    fk_content_language (self->study));

      fk_scoring_view_show_error (self, why);
      return;
    }

  /* A target or an answer (not its removal) for what does not apply. */
  if (shown != NULL && shown->current == FK_LEVEL_NA &&
      ((field == FK_SCORE_FIELD_TARGET && value != FK_LEVEL_UNSET) ||
       (field != FK_SCORE_FIELD_TARGET && field != FK_SCORE_FIELD_CURRENT &&
        !fk_score_field_is_text (field) && value != 0)))
    {
      fk_scoring_view_show_error (self, _("This capability is marked not applicable. Give it a level before a target or answers."));
      revert_row (self, row);
      return;
    }
  /* A later edit makes the toast's Undo mean something else. */
  if (self->removed_toast != NULL)
    adw_toast_dismiss (self->removed_toast);
  if (write_edit (self, row, field, value, text) && loses)
    show_removed (self, row, value);
}

void
fk_scoring_view_on_row_edited (FkScoringView   *self,
                               guint            field,
                               int              value,
                               const char      *text,
                               FkCapabilityRow *row)
{
  edit_row (self, row, (FkScoreField) field, value, text);
}

/* ---- moving -------------------------------------------------------------------- */

static FkCapabilityRow *
current_row (FkScoringView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *ancestor;

  if (focus != NULL &&
      (ancestor = gtk_widget_get_ancestor (focus, FK_TYPE_CAPABILITY_ROW)) != NULL &&
      gtk_widget_is_ancestor (ancestor, GTK_WIDGET (self)))
    return FK_CAPABILITY_ROW (ancestor);
  return (FkCapabilityRow *) gtk_list_box_get_selected_row (self->list_box);
}

static gboolean
row_is_shown (FkCapabilityRow *row)
{
  return gtk_widget_get_child_visible (GTK_WIDGET (row));
}

/* The card the keyboard is in, if it is shown: keys without modifiers act
 * only there. */
static FkCapabilityRow *
focused_card (FkScoringView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *card;

  if (focus == NULL || GTK_IS_TEXT_VIEW (focus) || GTK_IS_EDITABLE (focus) ||
      (card = gtk_widget_get_ancestor (focus, FK_TYPE_CAPABILITY_ROW)) == NULL ||
      !gtk_widget_is_ancestor (card, GTK_WIDGET (self)) ||
      !gtk_widget_get_child_visible (card))
    return NULL;
  return FK_CAPABILITY_ROW (card);
}

/* Keeps the selected card's name and level buttons in view, the whole
 * card when it fits. Rows above it grow, shrink or hide for a few frames
 * after a move or a filter, so this runs each frame until nothing moves. */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  FkScoringView *self = FK_SCORING_VIEW (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list_box);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->scrolled);
  GtkWidget *content = gtk_scrolled_window_get_child (self->scrolled);
  graphene_rect_t bounds, level;
  double value, page, top, bottom, must_bottom, wanted;

  if (row == NULL || content == NULL || !gtk_widget_get_child_visible (GTK_WIDGET (row)) ||
      !gtk_widget_compute_bounds (GTK_WIDGET (row), content, &bounds) ||
      !gtk_widget_compute_bounds (fk_capability_row_get_level_row (FK_CAPABILITY_ROW (row)), content, &level) ||
      ++self->scroll_frames > 60)
    {
      self->scroll_tick = 0;
      return G_SOURCE_REMOVE;
    }

  value = gtk_adjustment_get_value (adj);
  page = gtk_adjustment_get_page_size (adj);
  top = bounds.origin.y + value - 48;   /* room for the area heading */
  bottom = bounds.origin.y + value + bounds.size.height + 12;
  must_bottom = level.origin.y + value + level.size.height + 12;
  wanted = value;
  if (top < value || (bottom > value + page && bottom - top > page))
    wanted = top;
  else if (bottom > value + page)
    wanted = bottom - page;
  if (must_bottom > wanted + page)
    wanted = must_bottom - page;
  wanted = CLAMP (wanted, gtk_adjustment_get_lower (adj),
                  MAX (gtk_adjustment_get_lower (adj), gtk_adjustment_get_upper (adj) - page));

  if (G_APPROX_VALUE (wanted, value, 0.5) &&
      G_APPROX_VALUE (bounds.origin.y, self->scroll_last_y, 0.5) &&
      G_APPROX_VALUE (bounds.size.height, self->scroll_last_height, 0.5))
    {
      /* Still for two frames: done. */
      if (++self->scroll_still >= 2)
        {
          self->scroll_tick = 0;
          return G_SOURCE_REMOVE;
        }
    }
  else
    self->scroll_still = 0;
  self->scroll_last_y = bounds.origin.y;
  self->scroll_last_height = bounds.size.height;
  if (!G_APPROX_VALUE (wanted, value, 0.5))
    gtk_adjustment_set_value (adj, wanted);
  return G_SOURCE_CONTINUE;
}

void
fk_scoring_view_reveal_selected (FkScoringView *self)
{
  self->scroll_frames = 0;
  self->scroll_still = 0;
  self->scroll_last_y = -1;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb, NULL, NULL);
}

static void
focus_row (FkScoringView   *self,
           FkCapabilityRow *row)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));
  gtk_widget_grab_focus (GTK_WIDGET (row));
  /* Moved by a key: where the keyboard is must show. */
  if (GTK_IS_WINDOW (root))
    gtk_window_set_focus_visible (GTK_WINDOW (root), TRUE);
  fk_scoring_view_reveal_selected (self);
}

void
fk_scoring_view_move (FkScoringView *self,
                      int            delta)
{
  FkCapabilityRow *row = current_row (self);
  int n = (int) self->rows->len;
  int index = -1;
  int step = delta < 0 ? -1 : 1;

  if (n == 0)
    return;
  if (row != NULL && row_is_shown (row))
    g_ptr_array_find (self->rows, row, (guint *) &index);

  if (index < 0 || delta == 0)
    {
      /* Start from the first row shown. */
      for (int i = 0; i < n; i++)
        if (row_is_shown (g_ptr_array_index (self->rows, i)))
          {
            focus_row (self, g_ptr_array_index (self->rows, i));
            return;
          }
      return;
    }

  for (int i = index + step; i >= 0 && i < n; i += step)
    if (row_is_shown (g_ptr_array_index (self->rows, i)))
      {
        focus_row (self, g_ptr_array_index (self->rows, i));
        return;
      }
  /* At the end: stay, but make sure the focus is on the row. */
  focus_row (self, row);
}

static void
next_unanswered (FkScoringView *self)
{
  FkCapabilityRow *row = current_row (self);
  guint n = self->rows->len;
  guint start = 0;
  gboolean any_shown = FALSE;

  if (row != NULL && g_ptr_array_find (self->rows, row, &start))
    start++;
  for (guint k = 0; k < n; k++)
    {
      FkCapabilityRow *candidate = g_ptr_array_index (self->rows, (start + k) % n);

      if (!fk_scoring_view_row_matches (self, candidate))
        continue;
      any_shown = TRUE;
      if (!fk_capability_row_is_assessed (candidate))
        {
          focus_row (self, candidate);
          return;
        }
    }
  /* A search without hits is not "everything assessed". */
  if (!any_shown)
    fk_scoring_view_show_notice (self, _("No capability is shown. Clear the search or choose All areas."));
  else
    fk_scoring_view_show_notice (self, _("Every capability shown is assessed."));
}

void
fk_scoring_view_focus_current (FkScoringView *self)
{
  FkCapabilityRow *row = current_row (self);

  if (row != NULL)
    {
      focus_row (self, row);
      return;
    }
  /* Nothing chosen yet: the first unanswered capability, else the first. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      FkCapabilityRow *candidate = g_ptr_array_index (self->rows, i);

      if (!fk_capability_row_is_assessed (candidate) && row_is_shown (candidate))
        {
          focus_row (self, candidate);
          return;
        }
    }
  if (self->rows->len > 0)
    focus_row (self, g_ptr_array_index (self->rows, 0));
}

gboolean
fk_scoring_view_focus_capability (FkScoringView *self,
                                  const char    *capability_key)
{
  FkCapabilityRow *row;

  g_return_val_if_fail (FK_IS_SCORING_VIEW (self), FALSE);

  row = g_hash_table_lookup (self->row_by_key, capability_key);
  if (row == NULL)
    return FALSE;
  if (!row_is_shown (row))
    {
      /* Clear the filters that hide it. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->area_dropdown, 0);
      gtk_toggle_button_set_active (self->unanswered_toggle, FALSE);
      g_clear_pointer (&self->search_folded, g_free);
      fk_scoring_view_refilter (self);
    }
  focus_row (self, row);
  return TRUE;
}

/* ---- undo ---------------------------------------------------------------------- */

void
fk_scoring_view_update_actions (FkScoringView *self)
{
  gboolean editable = self->study != NULL && !fk_study_is_read_only (self->study);
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "scoring.undo", editable && fk_undo_can_undo (self->undo));
  gtk_widget_action_set_enabled (widget, "scoring.redo", editable && fk_undo_can_redo (self->undo));
  gtk_widget_action_set_enabled (widget, "scoring.set-current", editable);
  gtk_widget_action_set_enabled (widget, "scoring.set-target", editable);
  gtk_widget_action_set_enabled (widget, "scoring.not-applicable", editable);
  gtk_widget_action_set_enabled (widget, "scoring.not-assessed", editable);
}

void
fk_scoring_view_update_move_actions (FkScoringView *self)
{
  gboolean in_card = focused_card (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scoring.next", in_card);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scoring.previous", in_card);
}

static void
undo_or_redo (FkScoringView *self,
              gboolean       redo)
{
  g_autoptr(FkScore) score = NULL;
  g_autoptr(GError) error = NULL;
  const FkScore *next;
  gboolean ok;

  fk_scoring_view_flush (self);
  next = redo ? fk_undo_peek_redo (self->undo) : fk_undo_peek_undo (self->undo);
  if (next == NULL)
    return;
  score = fk_score_copy (next);
  g_clear_pointer (&self->last_comment_key, g_free);

  ok = redo ? fk_undo_redo (self->undo, self->study, &error)
            : fk_undo_undo (self->undo, self->study, &error);
  if (!ok)
    {
      fk_scoring_view_show_error (self, error->message);
      fk_scoring_view_refresh (self);
      return;
    }
  /* Queued behind another program: reads show it, "changed" comes later. */
  if (fk_study_get_n_pending (self->study) > 0)
    fk_scoring_view_refresh (self);

  /* Show where the change happened. */
  fk_scoring_view_set_round_id (self, score->round_id);
  fk_scoring_view_set_municipality (self, score->municipality);
  fk_scoring_view_focus_capability (self, score->capability);
  fk_scoring_view_update_actions (self);
}

/* ---- actions ---------------------------------------------------------------------- */

static void
edit_focused (FkScoringView *self,
              FkScoreField   field,
              int            value)
{
  FkCapabilityRow *row = focused_card (self);

  if (row == NULL)
    return;
  edit_row (self, row, field, value, NULL);
}

static void
action_set_current (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  int level = g_variant_get_int32 (parameter);

  if (level >= FK_LEVEL_MIN && level <= FK_LEVEL_MAX)
    edit_focused (FK_SCORING_VIEW (widget), FK_SCORE_FIELD_CURRENT, level);
}

static void
action_set_target (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  int level = g_variant_get_int32 (parameter);

  if ((level >= FK_LEVEL_MIN && level <= FK_LEVEL_MAX) || level == FK_LEVEL_UNSET)
    edit_focused (FK_SCORING_VIEW (widget), FK_SCORE_FIELD_TARGET, level);
}

static void
action_not_applicable (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  edit_focused (FK_SCORING_VIEW (widget), FK_SCORE_FIELD_CURRENT, FK_LEVEL_NA);
}

static void
action_not_assessed (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  edit_focused (FK_SCORING_VIEW (widget), FK_SCORE_FIELD_CURRENT, FK_LEVEL_UNSET);
}

static void
action_next (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  if (focused_card (FK_SCORING_VIEW (widget)) != NULL)
    fk_scoring_view_move (FK_SCORING_VIEW (widget), 1);
}

static void
action_previous (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  if (focused_card (FK_SCORING_VIEW (widget)) != NULL)
    fk_scoring_view_move (FK_SCORING_VIEW (widget), -1);
}

static void
action_focus_field (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FkCapabilityRow *row = focused_card (FK_SCORING_VIEW (widget));
  GtkRoot *root = gtk_widget_get_root (widget);

  if (row == NULL)
    return;
  fk_capability_row_focus_field (row, (FkScoreField) g_variant_get_int32 (parameter));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_focus_visible (GTK_WINDOW (root), TRUE);
}

static void
action_show_rules (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FkCapabilityRow *row = focused_card (FK_SCORING_VIEW (widget));

  if (row != NULL)
    fk_capability_row_show_rules (row);
}

static void
action_next_unanswered (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  next_unanswered (FK_SCORING_VIEW (widget));
}

static void
action_search (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FkScoringView *self = FK_SCORING_VIEW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
action_undo (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  undo_or_redo (FK_SCORING_VIEW (widget), FALSE);
}

static void
action_redo (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  undo_or_redo (FK_SCORING_VIEW (widget), TRUE);
}

/* Shift+digit sets the target level. On most layouts Shift+3 types "#"
 * (or "¤", …), which the "<Shift>3" binding does not match, so look at
 * what the key gives without Shift. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                FkScoringView         *self)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  g_autofree GdkKeymapKey *keys = NULL;
  g_autofree guint *keyvals = NULL;
  int n_keys = 0;
  int level = -1;

  if ((state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != GDK_SHIFT_MASK ||
      event == NULL ||
      !gdk_display_map_keycode (gtk_widget_get_display (GTK_WIDGET (self)), keycode,
                                &keys, &keyvals, &n_keys))
    return FALSE;

  for (int i = 0; i < n_keys && level < 0; i++)
    if (keys[i].group == (int) gdk_key_event_get_layout (event) && keys[i].level == 0 &&
        keyvals[i] >= GDK_KEY_0 && keyvals[i] <= GDK_KEY_0 + FK_LEVEL_MAX)
      level = (int) (keyvals[i] - GDK_KEY_0);
  if (level < 0)
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (self), "scoring.set-target", "i", level);
  return TRUE;
}

void
fk_scoring_view_init_keys (FkScoringView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

void
fk_scoring_view_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "scoring.set-current", "i", action_set_current);
  gtk_widget_class_install_action (widget_class, "scoring.set-target", "i", action_set_target);
  gtk_widget_class_install_action (widget_class, "scoring.not-applicable", NULL, action_not_applicable);
  gtk_widget_class_install_action (widget_class, "scoring.not-assessed", NULL, action_not_assessed);
  gtk_widget_class_install_action (widget_class, "scoring.focus-field", "i", action_focus_field);
  gtk_widget_class_install_action (widget_class, "scoring.show-rules", NULL, action_show_rules);
  gtk_widget_class_install_action (widget_class, "scoring.next", NULL, action_next);
  gtk_widget_class_install_action (widget_class, "scoring.previous", NULL, action_previous);
  gtk_widget_class_install_action (widget_class, "scoring.next-unanswered", NULL, action_next_unanswered);
  gtk_widget_class_install_action (widget_class, "scoring.search", NULL, action_search);
  gtk_widget_class_install_action (widget_class, "scoring.undo", NULL, action_undo);
  gtk_widget_class_install_action (widget_class, "scoring.redo", NULL, action_redo);

  /* Shift+digit, where a layout keeps the digit; see on_key_pressed(). */
  for (int level = FK_LEVEL_MIN; level <= FK_LEVEL_MAX; level++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + level, GDK_SHIFT_MASK,
                                         "scoring.set-target", "i", level);
  for (int level = FK_LEVEL_MIN; level <= FK_LEVEL_MAX; level++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + level, 0,
                                           "scoring.set-current", "i", level);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0 + level, 0,
                                           "scoring.set-current", "i", level);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "scoring.not-applicable", NULL);
  /* A key for each question and the comment (the same initial in
   * Swedish: själva, personberoende, intresse). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, 0, "scoring.focus-field", "i", FK_SCORE_FIELD_TARGET);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, 0, "scoring.focus-field", "i", FK_SCORE_FIELD_SUSTAIN);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, 0, "scoring.focus-field", "i", FK_SCORE_FIELD_KEY_PERSON);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, 0, "scoring.focus-field", "i", FK_SCORE_FIELD_INTEREST);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, 0, "scoring.focus-field", "i", FK_SCORE_FIELD_COMMENT);
  /* R: the model's scoring rules ("regler" in Swedish too). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, 0, "scoring.show-rules", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, 0, "scoring.not-assessed", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "scoring.not-assessed", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_j, 0, "scoring.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "scoring.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, 0, "scoring.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "scoring.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_j, GDK_CONTROL_MASK, "scoring.next-unanswered", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "scoring.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "scoring.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "scoring.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "scoring.redo", NULL);
}
