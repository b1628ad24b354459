/* fk-wrap-layout.h — lays children out left to right, wrapping to new lines
 * when the width runs out (GTK 4.8 has no wrap box). Children with hexpand
 * share the space left on their line. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FK_TYPE_WRAP_LAYOUT (fk_wrap_layout_get_type ())
G_DECLARE_FINAL_TYPE (FkWrapLayout, fk_wrap_layout, FK, WRAP_LAYOUT, GtkLayoutManager)

void fk_wrap_layout_set_spacing      (FkWrapLayout *self,
                                      int           spacing);
void fk_wrap_layout_set_line_spacing (FkWrapLayout *self,
                                      int           line_spacing);

#define FK_TYPE_WRAP_BOX (fk_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (FkWrapBox, fk_wrap_box, FK, WRAP_BOX, GtkWidget)

/* A container using FkWrapLayout; in .ui files, children are <child>. */
void fk_wrap_box_append (FkWrapBox *self,
                         GtkWidget *child);

G_END_DECLS
