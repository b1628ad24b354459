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
  if (child == NULL)
    return;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    /* Any width: the layout is chosen once the width is known. */
    gtk_widget_measure (child, orientation, -1, NULL, natural, NULL, NULL);
  else
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
  int min_width, min_height;

  /* Both layouts must fit any width above @wide_from, or this could flip
   * back and forth. */
  layout (widget, width >= wide_from);
  if (child == NULL)
    return;
  /* The layout just set, measured afresh; a child that still does not fit
   * is clipped rather than squeezed below its minimum. */
  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  width = MAX (width, min_width);
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &min_height, NULL, NULL, NULL);
  gtk_widget_allocate (child, width, MAX (height, min_height), baseline, NULL);
}
