/* fk-profile-view.h — one municipality against the region: radar chart,
 * strengths and weaknesses (numbers from fk_profile_new()) */
#pragma once

#include <adwaita.h>
#include "fk-study.h"
#include "fk-profile.h"

G_BEGIN_DECLS

#define FK_TYPE_PROFILE_VIEW (fk_profile_view_get_type ())
G_DECLARE_FINAL_TYPE (FkProfileView, fk_profile_view, FK, PROFILE_VIEW, AdwBin)

GtkWidget  *fk_profile_view_new              (void);
FkStudy    *fk_profile_view_get_study        (FkProfileView *self);
void        fk_profile_view_set_study        (FkProfileView *self,
                                              FkStudy       *study);
/* The shown municipality's code; NULL when there is no study. */
const char *fk_profile_view_get_municipality (FkProfileView *self);
void        fk_profile_view_set_municipality (FkProfileView *self,
                                              const char    *code);
/* The profile on show, or NULL (no study, or an error). */
FkProfile  *fk_profile_view_get_profile      (FkProfileView *self);
/* For tests: how often the page computed a profile. */
guint       fk_profile_view_get_n_recomputes (FkProfileView *self);

G_END_DECLS
