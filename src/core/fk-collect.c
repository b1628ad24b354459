/* fk-collect.c — who has sent in their answers for a round (fk-collect.h) */
#define G_LOG_DOMAIN "fk-collect"
#include "config.h"
#include "fk-collect.h"
#include "fk-error.h"

#include <string.h>

struct _FkCollectStatus
{
  gint64  round_id;
  guint   n_capabilities;
  GArray *entries;   /* FkCollectEntry */
};

G_DEFINE_BOXED_TYPE (FkCollectStatus, fk_collect_status, fk_collect_status_ref, fk_collect_status_unref)

static void
entry_clear (FkCollectEntry *entry)
{
  g_free (entry->code);
  g_free (entry->name);
  g_free (entry->source);
  g_free (entry->respondent);
}

static void
status_clear (FkCollectStatus *status)
{
  g_clear_pointer (&status->entries, g_array_unref);
}

FkCollectStatus *
fk_collect_status_ref (FkCollectStatus *status)
{
  return g_atomic_rc_box_acquire (status);
}

void
fk_collect_status_unref (FkCollectStatus *status)
{
  g_atomic_rc_box_release_full (status, (GDestroyNotify) status_clear);
}

/* The last import per municipality in @round_id that is not undone (the
 * log is oldest first): code → record, the records owned by @records;
 * and in @named, code → the latest of those imports' respondents. */
static GHashTable *
last_imports (GPtrArray  *records,
              gint64      round_id,
              GHashTable *named)
{
  GHashTable *last = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < records->len; i++)
    {
      FkImportRecord *record = g_ptr_array_index (records, i);

      /* Imports only: not an undo's line, nor a note without counts. */
      if (!record->has_counts || record->undone_by != 0 ||
          record->round_id != round_id || record->municipality == NULL)
        continue;
      g_hash_table_insert (last, record->municipality, record);
      if (record->respondent != NULL && *record->respondent != '\0')
        g_hash_table_insert (named, record->municipality, record->respondent);
    }
  return last;
}

/* The respondent of each municipality's most recently written score that
 * names one: code → name, both owned by @scores. */
static GHashTable *
latest_respondents (GPtrArray *scores)
{
  GHashTable *names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) times = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < scores->len; i++)
    {
      const FkScore *score = g_ptr_array_index (scores, i);
      gpointer seen;

      if (score->respondent == NULL || *score->respondent == '\0')
        continue;
      if (g_hash_table_lookup_extended (times, score->municipality, NULL, &seen) &&
          *(const gint64 *) seen >= score->updated)
        continue;
      g_hash_table_insert (times, score->municipality, (gpointer) &score->updated);
      g_hash_table_insert (names, score->municipality, score->respondent);
    }
  return names;
}

FkCollectStatus *
fk_collect_status_new (FkStudy  *study,
                       gint64    round_id,
                       GError  **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GHashTable) last = NULL;
  g_autoptr(GHashTable) respondents = NULL;
  g_autoptr(GHashTable) named = g_hash_table_new (g_str_hash, g_str_equal);
  FkRegion *region;
  FkCollectStatus *status;

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  if (!fk_study_check_round (study, round_id, error))
    return NULL;
  records = fk_study_list_imports (study, error);
  if (records == NULL)
    return NULL;
  scores = fk_study_list_scores (study, round_id, NULL, error);
  if (scores == NULL)
    return NULL;
  if (!fk_study_count_assessed_all (study, round_id, &counts, error))
    return NULL;
  last = last_imports (records, round_id, named);
  respondents = latest_respondents (scores);

  region = fk_study_get_region (study);
  status = g_atomic_rc_box_new0 (FkCollectStatus);
  status->round_id = round_id;
  status->n_capabilities = fk_study_get_model (study)->capabilities->len;
  status->entries = g_array_sized_new (FALSE, TRUE, sizeof (FkCollectEntry), region->municipalities->len);
  g_array_set_clear_func (status->entries, (GDestroyNotify) entry_clear);
  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);
      const FkImportRecord *import = g_hash_table_lookup (last, m->code);
      const char *respondent = g_hash_table_lookup (named, m->code);
      FkCollectEntry entry = { 0 };

      entry.code = g_strdup (m->code);
      entry.name = g_strdup (m->name);
      entry.n_assessed = GPOINTER_TO_UINT (g_hash_table_lookup (counts, m->code));
      if (import != NULL)
        {
          entry.state = FK_COLLECT_SENT_IN;
          entry.import_id = import->id;
          entry.import_time = import->time;
          entry.source = g_strdup (import->source);
        }
      else
        entry.state = entry.n_assessed > 0 ? FK_COLLECT_SCORED_HERE : FK_COLLECT_NOTHING;
      if (respondent == NULL || *respondent == '\0')
        respondent = g_hash_table_lookup (respondents, m->code);
      entry.respondent = g_strdup (respondent);
      g_array_append_val (status->entries, entry);
    }
  return status;
}

gint64
fk_collect_status_get_round_id (FkCollectStatus *status)
{
  return status->round_id;
}

guint
fk_collect_status_get_n_capabilities (FkCollectStatus *status)
{
  return status->n_capabilities;
}

guint
fk_collect_status_get_n_entries (FkCollectStatus *status)
{
  return status->entries->len;
}

const FkCollectEntry *
fk_collect_status_get_entry (FkCollectStatus *status,
                             guint            index)
{
  g_return_val_if_fail (index < status->entries->len, NULL);
  return &g_array_index (status->entries, FkCollectEntry, index);
}

const FkCollectEntry *
fk_collect_status_lookup (FkCollectStatus *status,
                          const char      *code)
{
  for (guint i = 0; i < status->entries->len; i++)
    {
      const FkCollectEntry *entry = &g_array_index (status->entries, FkCollectEntry, i);

      if (g_strcmp0 (entry->code, code) == 0)
        return entry;
    }
  return NULL;
}

guint
fk_collect_status_count (FkCollectStatus *status,
                         FkCollectState   state)
{
  guint n = 0;

  for (guint i = 0; i < status->entries->len; i++)
    if (g_array_index (status->entries, FkCollectEntry, i).state == state)
      n++;
  return n;
}
