/* fk-radar-view.h — the radar chart of a profile as a widget */
#pragma once

#include <gtk/gtk.h>
#include "fk-radar-chart.h"

G_BEGIN_DECLS

#define FK_TYPE_RADAR_VIEW (fk_radar_view_get_type ())
G_DECLARE_FINAL_TYPE (FkRadarView, fk_radar_view, FK, RADAR_VIEW, GtkWidget)

GtkWidget   *fk_radar_view_new      (void);
/* What to draw; NULL draws nothing. The view keeps a reference and draws
 * it with fk_radar_chart_draw_with_options(), as the exports do. */
void         fk_radar_view_set_data (FkRadarView *self,
                                     FkRadarData *data);
FkRadarData *fk_radar_view_get_data (FkRadarView *self);
/* How the view draws the chart (for tests): its font as the smallest text. */
void         fk_radar_view_get_options (FkRadarView    *self,
                                        FkRadarOptions *options);

G_END_DECLS
