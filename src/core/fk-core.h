/* fk-core.h — everything of the core layer (GLib, GIO, json-glib, SQLite) */
#pragma once

#include "fk-error.h"
#include "fk-text.h"
#include "fk-goals.h"
#include "fk-model.h"
#include "fk-region.h"
#include "fk-score.h"
#include "fk-score-json.h"
#include "fk-study.h"
#include "fk-stats.h"
#include "fk-matrix.h"
#include "fk-round-snapshot.h"
#include "fk-study-snapshot.h"
#include "fk-snapshot-task.h"
#include "fk-profile.h"
#include "fk-core-enums.h"
#include "fk-undo.h"
