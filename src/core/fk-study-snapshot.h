/* fk-study-snapshot.h — reading a round snapshot from a study */
#pragma once

#include "fk-round-snapshot.h"
#include "fk-study.h"

G_BEGIN_DECLS

/**
 * fk_study_read_snapshot:
 * @study: the study
 * @round_id: one of its rounds
 * @error: FK_ERROR_NOT_FOUND for an unknown round, or a read error
 *
 * Reads every score of the round once.
 *
 * Returns: (transfer full) (nullable): the snapshot, or NULL with @error
 */
FkRoundSnapshot *fk_study_read_snapshot (FkStudy  *study,
                                         gint64    round_id,
                                         GError  **error);

G_END_DECLS
