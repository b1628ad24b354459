/* fk-profile-tables.h — the texts of the profile page (fk-profile-view.c) */
#pragma once

#include <gtk/gtk.h>
#include "fk-study.h"
#include "fk-profile.h"

G_BEGIN_DECLS

/* Capability, Level, Regional median, Size class median, Difference. */
#define FK_PROFILE_TABLES_N_COLUMNS 5

/* Fills @grid with a header row and one row per FkProfileItem of @items,
 * or with @none_text alone when there are none. Each cell joins the size
 * group of its column in @columns, so that several tables line up. */
void  fk_profile_tables_fill           (GtkGrid          *grid,
                                        GtkSizeGroup    **columns,
                                        FkStudy          *study,
                                        GArray           *items,
                                        const char       *none_text);

/* "Small municipality (12 345 inhabitants)" */
char *fk_profile_tables_describe_size  (const FkProfile  *profile);
/* "3 of 40 capabilities have a level · 1 not applicable" */
char *fk_profile_tables_describe_count (guint             n_levels,
                                        guint             n_capabilities,
                                        guint             n_not_applicable);

G_END_DECLS
