/* fk-profile-tables.h — the strengths and weaknesses tables of the profile page (fk-profile-view.c) */
#pragma once

#include <gtk/gtk.h>
#include "fk-study.h"
#include "fk-profile-text.h"

G_BEGIN_DECLS


/* Fills @grid with a header row and one row per FkProfileItem of @items,
 * or with @none_text alone when there are none. Each cell joins the size
 * group of its column in @columns, so that several tables line up. */
void  fk_profile_tables_fill           (GtkGrid          *grid,
                                        GtkSizeGroup    **columns,
                                        FkStudy          *study,
                                        GArray           *items,
                                        const char       *none_text);

G_END_DECLS
