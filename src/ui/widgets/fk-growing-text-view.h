/* fk-growing-text-view.h — a text view as tall as its text at the width it gets
 *
 * GtkTextView 4.8 measures its height from its last allocation's width,
 * so a wrapped text shown for the first time (or replaced, or given
 * another width) is too short until something resizes it again. This
 * view asks height-for-width and lays its paragraphs out with Pango at
 * the width offered, so it is always as tall as its whole text (and no
 * taller: a shorter text or a smaller font shrinks it again): put it in
 * a scrolled page, never in its own scrolled window. Plain text only (no
 * tags that change sizes).
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FK_TYPE_GROWING_TEXT_VIEW (fk_growing_text_view_get_type ())
G_DECLARE_FINAL_TYPE (FkGrowingTextView, fk_growing_text_view, FK, GROWING_TEXT_VIEW, GtkTextView)

GtkWidget *fk_growing_text_view_new (void);

G_END_DECLS
