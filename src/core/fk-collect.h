/* fk-collect.h — who has sent in their answers for a round
 *
 * One entry per municipality of the study, in the region's order: whether
 * a response file was imported for it in the round (the last import not
 * undone), or it was scored in this study without a file, or nothing yet;
 * how many of the model's capabilities it has assessed; and the totals
 * the Collect page and `formagekarta-cli import-log` show. Made once from
 * the import log and the scores, it never changes (docs/import.md, "Who
 * has sent in").
 */
#pragma once

#include <glib-object.h>
#include "fk-study.h"

G_BEGIN_DECLS

/**
 * FkCollectState:
 * @FK_COLLECT_NOTHING: no answer yet in the round
 * @FK_COLLECT_SCORED_HERE: scored in this study, no file imported
 * @FK_COLLECT_SENT_IN: a response file was imported (and not undone)
 */
typedef enum {
  FK_COLLECT_NOTHING,
  FK_COLLECT_SCORED_HERE,
  FK_COLLECT_SENT_IN,
} FkCollectState;

/**
 * FkCollectEntry:
 * @code: the municipality's code
 * @name: its name
 * @state: as #FkCollectState
 * @n_assessed: capabilities of the model it has assessed in the round
 * @import_id: its last import in the round not undone, or 0
 * @import_time: when that import was made (Unix time, UTC), or 0
 * @source: (nullable): that import's file name
 * @respondent: (nullable): who answered: the latest name its imports in the
 *   round name (not undone), else the latest on its scores in the round
 *
 * Strings belong to the #FkCollectStatus.
 */
typedef struct {
  char           *code;
  char           *name;
  FkCollectState  state;
  guint           n_assessed;
  gint64          import_id;
  gint64          import_time;
  char           *source;
  char           *respondent;
} FkCollectEntry;

typedef struct _FkCollectStatus FkCollectStatus;

#define FK_TYPE_COLLECT_STATUS (fk_collect_status_get_type ())
GType            fk_collect_status_get_type (void) G_GNUC_CONST;
FkCollectStatus *fk_collect_status_ref      (FkCollectStatus *status);
void             fk_collect_status_unref    (FkCollectStatus *status);

/**
 * fk_collect_status_new:
 * @study: a study
 * @round_id: one of its rounds
 * @error: return location for an error, or %NULL
 *
 * Reads the import log and the round's scores (those still queued for
 * writing included, as the scoring page shows them).
 *
 * Returns: (transfer full) (nullable): the status, or %NULL with @error
 *   (an unknown round, a study that cannot be read)
 */
FkCollectStatus *fk_collect_status_new      (FkStudy  *study,
                                             gint64    round_id,
                                             GError  **error);

gint64           fk_collect_status_get_round_id       (FkCollectStatus *status);
/* The model's capabilities: what n_assessed counts out of. */
guint            fk_collect_status_get_n_capabilities (FkCollectStatus *status);
/* Entries, one per municipality of the study. */
guint            fk_collect_status_get_n_entries      (FkCollectStatus *status);
const FkCollectEntry *fk_collect_status_get_entry     (FkCollectStatus *status,
                                                       guint            index);
/* Returns: (nullable): the entry of municipality @code */
const FkCollectEntry *fk_collect_status_lookup        (FkCollectStatus *status,
                                                       const char      *code);
/* How many are in @state. */
guint            fk_collect_status_count              (FkCollectStatus *status,
                                                       FkCollectState   state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkCollectStatus, fk_collect_status_unref)

G_END_DECLS
