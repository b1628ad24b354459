/* fk-adaptive-bin.h — pages that switch between wide and narrow layouts
 *
 * libadwaita 1.2 has no breakpoints. A page (an AdwBin subclass with no
 * layout manager) uses these as its measure and size_allocate: before each
 * allocation the page's FkAdaptiveBinLayoutFunc sets the layout for the
 * width it got, then the child is allocated.
 *
 * As AdwBreakpointBin does, the page asks for no minimum width of its own
 * (only its natural width is the child's): the minimum of whatever layout
 * the child is in now would keep a window that started wide from ever
 * becoming narrow. The narrow layout must fit the window's minimum width
 * (360 px); tests/ui/test-window-sizes.c checks that it does.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Called with TRUE when the page is at least its threshold wide. */
typedef void (*FkAdaptiveBinLayoutFunc) (GtkWidget *page,
                                         gboolean   wide);

void fk_adaptive_bin_measure  (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline);
/* Lays out for @width (wide from @wide_from pixels), then allocates the child. */
void fk_adaptive_bin_allocate (GtkWidget               *widget,
                               int                      width,
                               int                      height,
                               int                      baseline,
                               int                      wide_from,
                               FkAdaptiveBinLayoutFunc  layout);

G_END_DECLS
