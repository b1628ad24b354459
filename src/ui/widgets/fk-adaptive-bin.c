/* fk-adaptive-bin.c — wide and narrow layouts without breakpoints */
#define G_LOG_DOMAIN "fk-adaptive-bin"
#include "fk-adaptive-bin.h"

void
fk_adaptive_bin_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;
  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size,
                        minimum, natural, minimum_baseline, natural_baseline);
}

void
fk_adaptive_bin_allocate (GtkWidget               *widget,
                          int                      width,
                          int                      height,
                          int                      baseline,
                          int                      wide_from,
                          FkAdaptiveBinLayoutFunc  layout)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  /* Both layouts must fit any width above @wide_from, or this could flip
   * back and forth. */
  layout (widget, width >= wide_from);
  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);
}
