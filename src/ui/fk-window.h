/* fk-window.h — a main window: one study, shown as a stack of pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fk-core.h"

G_BEGIN_DECLS

#define FK_TYPE_WINDOW (fk_window_get_type ())
G_DECLARE_FINAL_TYPE (FkWindow, fk_window, FK, WINDOW, AdwApplicationWindow)

/* @application and @study may be NULL (tests; an empty window). */
FkWindow  *fk_window_new        (GtkApplication *application,
                                 FkStudy        *study);
FkStudy   *fk_window_get_study  (FkWindow       *self);
void       fk_window_set_study  (FkWindow       *self,
                                 FkStudy        *study);
/* While a study is opened in the background for this window (no study
 * yet): a spinner and the file's name; NULL ends it. */
void        fk_window_set_loading      (FkWindow   *self,
                                        const char *path);
/* Returns: (nullable): the path being opened, or NULL. */
const char *fk_window_get_loading_path (FkWindow   *self);
/* Shows @toast over the pages. @toast: (transfer full) */
void        fk_window_add_toast        (FkWindow   *self,
                                        AdwToast   *toast);
/* The name of the visible page, or NULL. */
const char *fk_window_get_visible_page (FkWindow   *self);
void        fk_window_set_visible_page (FkWindow   *self,
                                        const char *name);
/**
 * fk_window_ask_who_scores:
 *
 * Asks which municipality the user scores and who they are, if this
 * user was never asked (the GSettings key "ask-who-scores": answering or
 * skipping turns it off) and the study can be written and knows nobody
 * who answered (fk_study_has_respondents()): the first start, on a new
 * default study. The answer opens the Scoring page on that municipality
 * with the name filled in.
 *
 * Returns: (transfer none) (nullable): the dialog, presented; NULL when
 *   there is nothing to ask.
 */
GtkWindow  *fk_window_ask_who_scores   (FkWindow   *self);

/* Presentation mode (win.present, F11): the Compare page's figure alone,
 * fullscreen, without the header bar; from the Candidates page, that
 * page's list presented the same way; from another page it shows the
 * Compare page first. Needs a study. The window follows the pages' own
 * "presenting" (a button, Escape), and notifies "presenting". */
gboolean    fk_window_get_presenting   (FkWindow   *self);
void        fk_window_set_presenting   (FkWindow   *self,
                                        gboolean    presenting);

G_END_DECLS
