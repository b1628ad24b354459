/* fk-overview-page.h — the study at a glance: municipalities, progress, areas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fk-core.h"

G_BEGIN_DECLS

#define FK_TYPE_OVERVIEW_PAGE (fk_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (FkOverviewPage, fk_overview_page, FK, OVERVIEW_PAGE, AdwBin)

GtkWidget *fk_overview_page_new       (void);
FkStudy   *fk_overview_page_get_study (FkOverviewPage *self);
void       fk_overview_page_set_study (FkOverviewPage *self,
                                       FkStudy        *study);
/* For tests: how often the page recomputed from the study (all of it, or
 * the counts after a change of scores). */
guint      fk_overview_page_get_n_recomputes (FkOverviewPage *self);

G_END_DECLS
