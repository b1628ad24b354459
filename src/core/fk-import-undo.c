/* fk-import-undo.c — undoing an import as a whole
 *
 * An import's batch recorded each score it wrote as it was before and
 * after (fk_study_get_import_changes()). Undo writes the before scores
 * back in one batch, each checked against its after score, with a log
 * line that marks the import undone: all or nothing, and never over an
 * answer someone changed since. A round the import created stays.
 */
#define G_LOG_DOMAIN "fk-import-undo"
#include "config.h"
#include "fk-import.h"
#include "fk-error.h"
#include "fk-study-private.h"

#include "fk-i18n.h"

static FkImportRecord *
steal_record (GPtrArray *records,
              gint64     import_id)
{
  for (guint i = 0; i < records->len; i++)
    {
      FkImportRecord *record = g_ptr_array_index (records, i);

      if (record->id == import_id)
        return g_ptr_array_steal_index (records, i);
    }
  return NULL;
}

FkImportRecord *
fk_import_find_record (FkStudy  *study,
                       gint64    import_id,
                       GError  **error)
{
  g_autoptr(GPtrArray) records = NULL;
  FkImportRecord *record;

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  records = fk_study_list_imports (study, error);
  if (records == NULL)
    return NULL;
  record = steal_record (records, import_id);
  if (record == NULL)
    {
      g_autofree char *name = g_path_get_basename (fk_study_get_path (study));
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, import_id);

      /* Translators: the study file, then a number */
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND,
                   _("%s: the import log has no line %s"), name, id);
    }
  return record;
}

/* Why @record cannot be undone, as an error; TRUE if it can. */
static gboolean
check_can_undo (const FkImportRecord  *record,
                GError               **error)
{
  if (record->undone_by != 0)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_CHANGED,
                   _("%s: this import was undone already; nothing was changed"),
                   record->source);
      return FALSE;
    }
  if (!record->has_counts)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("%s: this line of the import log is not an import, so it cannot be undone"),
                   record->source);
      return FALSE;
    }
  if (!record->recorded)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("%s: this import was made by an older version that did not record what it changed, so it cannot be undone"),
                   record->source);
      return FALSE;
    }
  return TRUE;
}

/* The first score changed since the import, as FK_ERROR_CHANGED; the
 * batch checks the same again inside its transaction. */
static gboolean
check_unchanged_since (FkStudy               *study,
                       const FkImportRecord  *record,
                       GPtrArray             *after,
                       GError               **error)
{
  for (guint i = 0; i < after->len; i++)
    {
      const FkScore *written = g_ptr_array_index (after, i);
      g_autoptr(FkScore) now = fk_study_get_score (study, written->round_id, written->municipality,
                                                   written->capability, error);
      const FkCapability *capability;
      const FkMunicipality *municipality;

      if (now == NULL)
        return FALSE;
      if (fk_score_equal (now, written))
        continue;
      capability = fk_model_lookup (fk_study_get_model (study), written->capability);
      municipality = fk_region_lookup (fk_study_get_region (study), written->municipality);
      g_set_error (error, FK_ERROR, FK_ERROR_CHANGED,
                   /* Translators: the imported file, a municipality, a capability */
                   _("%s: the answer of %s for “%s” was changed after the import; undo refused"),
                   record->source,
                   municipality != NULL ? municipality->name : written->municipality,
                   capability != NULL ? fk_text_get (&capability->name, fk_study_get_language (study))
                                      : written->capability);
      return FALSE;
    }
  return TRUE;
}

/* With @wait FALSE, another program's write lock is FK_ERROR_BUSY at once. */
static gboolean
undo_import (FkStudy  *study,
             gint64    import_id,
             gboolean  wait,
             GError  **error)
{
  g_autoptr(FkImportRecord) record = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *id = NULL;
  FkImportLogEntry entry = { 0 };

  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);

  record = fk_import_find_record (study, import_id, error);
  if (record == NULL || !check_can_undo (record, error))
    return FALSE;
  if (!fk_study_get_import_changes (study, import_id, &before, &after, error) ||
      !check_unchanged_since (study, record, after, error))
    return FALSE;

  id = g_strdup_printf ("%" G_GINT64_FORMAT, import_id);
  /* Translators: a line of the import log; the number is the import's */
  summary = g_strdup_printf (_("undo of import %s"), id);
  entry.source = record->source;
  entry.municipality = record->municipality;
  entry.round_id = record->round_id;
  entry.summary = summary;
  entry.respondent = record->respondent;
  entry.undoes = import_id;
  if (wait)
    return fk_study_apply_batch (study, before, after, &entry, error);
  return fk_study_write_batch (study, before, after, &entry, FALSE, error);
}

gboolean
fk_import_undo (FkStudy  *study,
                gint64    import_id,
                GError  **error)
{
  return undo_import (study, import_id, TRUE, error);
}

gboolean
fk_import_undo_now (FkStudy  *study,
                    gint64    import_id,
                    GError  **error)
{
  return undo_import (study, import_id, FALSE, error);
}
