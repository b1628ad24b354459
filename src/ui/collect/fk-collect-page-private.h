/* fk-collect-page-private.h — what the fk-collect-page*.c files share */
#pragma once

#include "fk-collect-page.h"
#include "fk-collect.h"

G_BEGIN_DECLS

struct _FkCollectPage
{
  AdwBin           parent_instance;

  FkStudy         *study;
  gulong           changed_handler;
  GArray          *round_ids;      /* the round dropdown's, gint64 */
  gboolean         filling;        /* refilling the dropdown: not a choice */
  gboolean         stale;          /* a change came while the page was hidden */
  guint            n_rebuilds;
  guint            rebuild_source; /* the study changed: a rebuild before the next frame */
  FkCollectStatus *status;         /* of the round shown, or NULL */
  GCancellable    *cancellable;    /* writing files */
  guint            n_writing;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkDropDown     *round_dropdown;
  GtkLabel        *summary_label;
  GtkListBox      *municipality_list;
  GtkListBox      *log_list;
};

/* fk-collect-page-export.c: the actions "collect.export-blank-forms",
 * "collect.export-response" (s: a municipality code) and
 * "collect.open-uri" (s) */
void fk_collect_page_export_class_init (GtkWidgetClass *widget_class);
void fk_collect_page_add_toast         (FkCollectPage *self,
                                        AdwToast      *toast);
/* A message dialog with @heading and @error's message. */
void fk_collect_page_show_error        (FkCollectPage *self,
                                        const char    *heading,
                                        const GError  *error);

G_END_DECLS
