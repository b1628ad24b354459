/* fk-split-box.h — two children side by side when wide, stacked when narrow
 *
 * Side by side (from "wide-from" pixels of the box's own width), the end
 * child gets its natural width and the start child all the rest, or each
 * half ("homogeneous"), both the whole height. Narrower, the start child sits above the end child, each at
 * its natural height for the width: put the box in a scrolled window and the
 * page scrolls as one. The box decides in its allocation, from the width it
 * gets, without changing any property; its minimum width is the wider of
 * its children's, so a window that starts wide can still become narrow.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FK_TYPE_SPLIT_BOX (fk_split_box_get_type ())
G_DECLARE_FINAL_TYPE (FkSplitBox, fk_split_box, FK, SPLIT_BOX, GtkWidget)

GtkWidget *fk_split_box_new           (void);
void       fk_split_box_set_start_child (FkSplitBox *self,
                                         GtkWidget  *child);
void       fk_split_box_set_end_child   (FkSplitBox *self,
                                         GtkWidget  *child);
/* Whether the last allocation put the children side by side. */
gboolean   fk_split_box_get_wide        (FkSplitBox *self);

G_END_DECLS
