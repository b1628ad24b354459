/* fk-scenario-text-saver.h — typed scenario text stored after its page is gone
 *
 * When the Scenarios page goes (its window closes, or the window gets
 * another study) with text that another program's lock kept it from
 * storing, the text is handed here instead of waiting for the lock on the
 * main thread: the window closes at once, the application stays (held)
 * until the text is stored, tried every RETRY_MS without waiting. Text
 * that cannot be stored (the study became read-only, or the lock is held
 * for GIVE_UP_MS) is written to a file in the user data folder, named in
 * a warning, so nothing typed is lost.
 */
#pragma once

#include "fk-study.h"

G_BEGIN_DECLS

/* Stores @texts[i] for every section i in @sections (a bit mask) of
 * scenario @id in @language, in the background. Takes a reference to
 * @study; copies the rest. */
void   fk_scenario_text_saver_start      (FkStudy            *study,
                                          gint64              id,
                                          const char         *language,
                                          guint               sections,
                                          const char * const *texts);
/* How many handed-over texts are not stored (or written to a file) yet. */
guint  fk_scenario_text_saver_n_pending  (void);

G_END_DECLS
