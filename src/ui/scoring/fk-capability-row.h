/* fk-capability-row.h — one capability of the scoring view: its name and
 * description, the current level, and (when expanded) what each level
 * looks like here and the rest of the answer. */
#pragma once

#include <gtk/gtk.h>
#include "fk-core.h"

G_BEGIN_DECLS

#define FK_TYPE_CAPABILITY_ROW (fk_capability_row_get_type ())
G_DECLARE_FINAL_TYPE (FkCapabilityRow, fk_capability_row, FK, CAPABILITY_ROW, GtkListBoxRow)

/* @model must outlive the row. */
GtkWidget          *fk_capability_row_new           (FkModel            *model,
                                                     const FkCapability *capability,
                                                     const char         *language);
const FkCapability *fk_capability_row_get_capability (FkCapabilityRow   *self);
const char         *fk_capability_row_get_key       (FkCapabilityRow    *self);
/* Lower-case name and description, for searching. */
const char         *fk_capability_row_get_search_text (FkCapabilityRow  *self);

/* Shows @score (copied). A comment the user is still typing is kept. */
void                fk_capability_row_set_score     (FkCapabilityRow    *self,
                                                     const FkScore      *score);
gboolean            fk_capability_row_is_assessed   (FkCapabilityRow    *self);

void                fk_capability_row_set_expanded  (FkCapabilityRow    *self,
                                                     gboolean            expanded);
gboolean            fk_capability_row_get_expanded  (FkCapabilityRow    *self);
void                fk_capability_row_set_editable  (FkCapabilityRow    *self,
                                                     gboolean            editable);

/* Writes a comment still waiting for its idle timeout (emits "edited"). */
void                fk_capability_row_flush_comment (FkCapabilityRow    *self);
/* TRUE while the comment holds text that could not be written. */
gboolean            fk_capability_row_has_unsaved_comment (FkCapabilityRow *self);
/* The owner tells whether the last comment write succeeded. */
void                fk_capability_row_comment_written (FkCapabilityRow  *self,
                                                       gboolean          ok);

/* For tests and keyboard handling. @field is CURRENT or TARGET. */
GtkWidget          *fk_capability_row_get_level_button (FkCapabilityRow *self,
                                                        FkScoreField     field,
                                                        int              value);
GtkTextBuffer      *fk_capability_row_get_comment_buffer (FkCapabilityRow *self);
/* The score shown, or NULL before the first fk_capability_row_set_score(). */
const FkScore      *fk_capability_row_get_score     (FkCapabilityRow    *self);
/* Whether a target level is set below the current level (the card says so). */
gboolean            fk_capability_row_target_below_current (FkCapabilityRow *self);
/* Expands the card and focuses @field's buttons (or the comment). */
gboolean            fk_capability_row_focus_field   (FkCapabilityRow    *self,
                                                     FkScoreField        field);
/* Expands the card and opens the model's scoring rules; FALSE when the
 * model has none. */
gboolean            fk_capability_row_show_rules    (FkCapabilityRow    *self);
/* The current-level buttons: with the name, what must always be in view. */
GtkWidget          *fk_capability_row_get_level_row (FkCapabilityRow    *self);

G_END_DECLS
