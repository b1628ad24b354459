/* fk-collect-page.h — the Collect page: who has sent in, the import log,
 * undo of an import, and response files to send out */
#pragma once

#include <adwaita.h>
#include "fk-study.h"

G_BEGIN_DECLS

#define FK_TYPE_COLLECT_PAGE (fk_collect_page_get_type ())
G_DECLARE_FINAL_TYPE (FkCollectPage, fk_collect_page, FK, COLLECT_PAGE, AdwBin)

GtkWidget *fk_collect_page_new            (void);
FkStudy   *fk_collect_page_get_study      (FkCollectPage *self);
void       fk_collect_page_set_study      (FkCollectPage *self,
                                           FkStudy       *study);
/* The round shown; 0 for none. */
gint64     fk_collect_page_get_round_id   (FkCollectPage *self);
gboolean   fk_collect_page_set_round_id   (FkCollectPage *self,
                                           gint64         round_id);
/* Asks how to export the response of municipality @code (round, blank
 * or filled, JSON or CSV), then where (win.export-response). */
void       fk_collect_page_export_response (FkCollectPage *self,
                                            const char    *code);
/* Blank forms of the round for every municipality, as @formats
 * (FkFormFormats), into @folder: asks before replacing files, then writes
 * them in a worker thread and says so in a toast. What "Export Blank
 * Forms…" does once a folder is chosen. */
void       fk_collect_page_write_blank_forms (FkCollectPage *self,
                                              gint64         round_id,
                                              guint          formats,
                                              GFile         *folder);
/* TRUE while files are being written. */
gboolean   fk_collect_page_is_writing     (FkCollectPage *self);
/* How many times the lists were rebuilt (tests: a hidden page waits). */
guint      fk_collect_page_get_n_rebuilds (FkCollectPage *self);

G_END_DECLS
