/* fk-level-selector.h — a row of linked toggle buttons choosing one value */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FK_TYPE_LEVEL_SELECTOR (fk_level_selector_get_type ())
G_DECLARE_FINAL_TYPE (FkLevelSelector, fk_level_selector, FK, LEVEL_SELECTOR, GtkWidget)

GtkWidget *fk_level_selector_new        (void);
/* Adds a choice. @tooltip and @accessible_label may be NULL. With
 * @separate, the button goes into a second group beside the first, for
 * choices that are not levels ("Not applicable", "Not assessed"). */
void       fk_level_selector_add        (FkLevelSelector *self,
                                         int              value,
                                         const char      *label,
                                         const char      *tooltip,
                                         const char      *accessible_label,
                                         gboolean         separate);
/* Shows @value as chosen without emitting "value-chosen". */
void       fk_level_selector_set_value  (FkLevelSelector *self,
                                         int              value);
/* A label before the buttons, on the same line when there is room. */
void       fk_level_selector_set_caption (FkLevelSelector *self,
                                          const char      *caption);
GtkWidget *fk_level_selector_get_button (FkLevelSelector *self,
                                         int              value);
/* Focuses the group's Tab stop: the chosen button, else the first. */
gboolean   fk_level_selector_focus      (FkLevelSelector *self);
/* Names every button by the GtkLabel @question and its own label for
 * assistive technology ("Interest in collaborating Maybe"), and the group
 * by @question. */
void       fk_level_selector_set_question (FkLevelSelector *self,
                                           GtkWidget       *question);

G_END_DECLS
