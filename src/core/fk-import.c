/* fk-import.c — preview and apply a response file's import (docs/import.md)
 *
 * The preview reads the study once and decides everything; apply only
 * writes what the preview decided, through fk_study_apply_batch() with
 * every written score's "expected" check, so that a score changed
 * between the preview and the apply stops the whole import.
 */
#define G_LOG_DOMAIN "fk-import"
#include "config.h"
#include "fk-import.h"
#include "fk-study-private.h"
#include "fk-error.h"

#include "fk-i18n.h"
#include <glib/gstdio.h>
#include <string.h>

/* One score of the file the study's model knows. */
typedef struct {
  FkScore  *score;     /* the file's, with the study's round id (0: the new round) */
  FkScore  *stored;    /* the study's (all unset when it has none) */
  gboolean  conflict;
} Entry;

struct _FkImportPreview
{
  FkResponse *response;
  char       *source;
  char       *checksum;
  char       *municipality_name;
  gint64      round_id;         /* 0 when the import creates the round */
  GArray     *entries;          /* Entry, new and changed only */
  GPtrArray  *conflicts;        /* capability keys */
  GPtrArray  *unknown;          /* capability keys */
  guint       n_new;
  guint       n_changed;
  guint       n_unchanged;
  gboolean    model_matches;
};

G_DEFINE_BOXED_TYPE (FkImportPreview, fk_import_preview,
                     fk_import_preview_ref, fk_import_preview_unref)

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  fk_score_free (entry->score);
  fk_score_free (entry->stored);
}

static void
preview_clear (gpointer data)
{
  FkImportPreview *self = data;

  g_clear_pointer (&self->response, fk_response_unref);
  g_free (self->source);
  g_free (self->checksum);
  g_free (self->municipality_name);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_pointer (&self->unknown, g_ptr_array_unref);
}

FkImportPreview *
fk_import_preview_ref (FkImportPreview *preview)
{
  return g_atomic_rc_box_acquire (preview);
}

void
fk_import_preview_unref (FkImportPreview *preview)
{
  g_atomic_rc_box_release_full (preview, preview_clear);
}

/* "“a”, “b”" for a message. */
static char *
quote_keys (char **keys)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; keys[i] != NULL; i++)
    g_string_append_printf (s, "%s“%s”", i > 0 ? ", " : "", keys[i]);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* The study's scores of the municipality in the round, by capability. */
static GHashTable *
read_stored (FkStudy     *study,
             gint64       round_id,
             const char  *municipality,
             GError     **error)
{
  g_autoptr(GHashTable) stored = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) fk_score_free);
  g_autoptr(GPtrArray) scores = NULL;

  if (round_id == 0)
    return g_steal_pointer (&stored);
  scores = fk_study_list_scores (study, round_id, municipality, error);
  if (scores == NULL)
    return NULL;
  for (guint i = 0; i < scores->len; i++)
    {
      FkScore *score = fk_score_copy (g_ptr_array_index (scores, i));
      g_hash_table_insert (stored, score->capability, score);
    }
  return g_steal_pointer (&stored);
}

/* Sorts the file's scores into new, changed (perhaps a conflict) and
 * unchanged. */
static gboolean
compare_scores (FkImportPreview  *self,
                FkStudy          *study,
                GError          **error)
{
  FkModel *model = fk_study_get_model (study);
  const char *municipality = fk_response_get_municipality (self->response);
  gint64 exported = fk_response_get_exported (self->response);
  GPtrArray *scores = fk_response_get_scores (self->response);
  g_autoptr(GHashTable) stored = read_stored (study, self->round_id, municipality, error);

  if (stored == NULL)
    return FALSE;
  for (guint i = 0; i < scores->len; i++)
    {
      const FkScore *file_score = g_ptr_array_index (scores, i);
      const FkScore *old;
      Entry entry = { NULL, NULL, FALSE };

      if (fk_model_lookup (model, file_score->capability) == NULL)
        continue;  /* unknown, accepted: listed in self->unknown */
      /* The reader refuses this already; an import never trusts a score
       * for another municipality all the same. */
      if (g_strcmp0 (file_score->municipality, municipality) != 0)
        {
          g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                       /* Translators: the file, a capability key, then two municipality codes */
                       _("%s: “%s”: the score is for municipality %s, not for %s whose file it is; nothing was imported"),
                       self->source, file_score->capability, file_score->municipality, municipality);
          return FALSE;
        }
      entry.score = fk_score_copy (file_score);
      entry.score->round_id = self->round_id;
      old = g_hash_table_lookup (stored, file_score->capability);
      entry.stored = old != NULL ? fk_score_copy (old)
                                 : fk_score_new (self->round_id, municipality, file_score->capability);
      if (fk_score_equal (entry.score, entry.stored))
        {
          self->n_unchanged++;
          entry_clear (&entry);
          continue;
        }
      if (fk_score_is_empty (entry.stored))
        self->n_new++;
      else
        {
          self->n_changed++;
          /* Written in the study after the file was made: taking the file's
           * would lose it unless the user says so. */
          /* Times are whole seconds: a change in the second of the export
           * may have come after it, so it is a conflict too. */
          entry.conflict = entry.stored->updated >= exported;
          if (entry.conflict)
            g_ptr_array_add (self->conflicts, g_strdup (entry.score->capability));
        }
      g_array_append_val (self->entries, entry);
    }
  return TRUE;
}

#define UTF8_BOM "\xef\xbb\xbf"

gboolean
fk_import_data_is_json (const char *data,
                        gsize       length)
{
  gsize i = 0;

  if (length >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;
  return i < length && data[i] == '{';
}

FkResponse *
fk_import_read_response_file (const char  *path,
                              char       **out_checksum,
                              GError     **error)
{
  g_autofree char *source = g_filename_display_basename (path);
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  if (!fk_response_read_file_data (path, &data, &length, error))
    return NULL;
  /* Too large: the JSON reader's own refusal, by its size. */
  if (length > FK_RESPONSE_MAX_BYTES)
    return fk_response_new_from_data (data, length, source, error);
  if (out_checksum != NULL)
    *out_checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
  if (fk_import_data_is_json (data, length))
    return fk_response_new_from_data (data, length, source, error);
  /* Anything else is read as the spreadsheet form; its errors say what
   * is wrong with it as CSV, with the line. */
  return fk_response_new_from_csv (data, length, source, error);
}

FkImportPreview *
fk_import_preview_new (FkStudy                *study,
                       FkResponse             *response,
                       const FkImportOptions  *options,
                       GError                **error)
{
  static const FkImportOptions no_options = { FALSE, FALSE, NULL, NULL };
  g_autoptr(FkImportPreview) self = NULL;
  const FkMunicipality *municipality;
  const FkRound *round;
  g_auto(GStrv) unknown = NULL;
  const char *source;

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);
  g_return_val_if_fail (response != NULL, NULL);

  if (options == NULL)
    options = &no_options;
  source = options->source != NULL ? options->source : fk_response_get_source (response);

  self = g_atomic_rc_box_new0 (FkImportPreview);
  self->response = fk_response_ref (response);
  self->source = g_strdup (source != NULL ? source : "");
  self->checksum = g_strdup (options->checksum);
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  self->conflicts = g_ptr_array_new_with_free_func (g_free);
  self->unknown = g_ptr_array_new_with_free_func (g_free);

  municipality = fk_region_lookup (fk_study_get_region (study), fk_response_get_municipality (response));
  if (municipality == NULL)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND,
                   /* Translators: the file, then a municipality code */
                   _("%s: municipality %s is not in this study; nothing was imported"),
                   self->source, fk_response_get_municipality (response));
      return NULL;
    }
  self->municipality_name = g_strdup (municipality->name);

  round = fk_study_find_round (study, fk_response_get_round (response));
  if (round == NULL && !options->create_round)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND,
                   _("%s: the study has no round “%s”, and the import was not asked to add it; nothing was imported"),
                   self->source, fk_response_get_round (response));
      return NULL;
    }
  self->round_id = round != NULL ? round->id : 0;
  self->model_matches = fk_response_model_matches (response, fk_study_get_model (study));

  unknown = fk_response_get_unknown_capabilities (response, fk_study_get_model (study));
  if (unknown[0] != NULL && !options->accept_unknown)
    {
      guint n = g_strv_length (unknown);
      g_autofree char *keys = quote_keys (unknown);

      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   ngettext ("%s: the study’s model has no capability %s; nothing was imported",
                             "%s: the study’s model has no capabilities %s; nothing was imported", n),
                   self->source, keys);
      return NULL;
    }
  for (guint i = 0; unknown[i] != NULL; i++)
    g_ptr_array_add (self->unknown, g_strdup (unknown[i]));

  if (!compare_scores (self, study, error))
    return NULL;
  return g_steal_pointer (&self);
}

FkResponse *
fk_import_preview_get_response (FkImportPreview *preview)
{
  return preview->response;
}

const char *
fk_import_preview_get_source (FkImportPreview *preview)
{
  return preview->source;
}

const char *
fk_import_preview_get_checksum (FkImportPreview *preview)
{
  return preview->checksum;
}

const char *
fk_import_preview_get_municipality (FkImportPreview *preview)
{
  return fk_response_get_municipality (preview->response);
}

const char *
fk_import_preview_get_municipality_name (FkImportPreview *preview)
{
  return preview->municipality_name;
}

const char *
fk_import_preview_get_round (FkImportPreview *preview)
{
  return fk_response_get_round (preview->response);
}

gboolean
fk_import_preview_creates_round (FkImportPreview *preview)
{
  return preview->round_id == 0;
}

const char *
fk_import_preview_get_respondent (FkImportPreview *preview)
{
  return fk_response_get_respondent (preview->response);
}

guint
fk_import_preview_get_n_new (FkImportPreview *preview)
{
  return preview->n_new;
}

guint
fk_import_preview_get_n_changed (FkImportPreview *preview)
{
  return preview->n_changed;
}

guint
fk_import_preview_get_n_unchanged (FkImportPreview *preview)
{
  return preview->n_unchanged;
}

GPtrArray *
fk_import_preview_get_conflicts (FkImportPreview *preview)
{
  return preview->conflicts;
}

GPtrArray *
fk_import_preview_get_unknown (FkImportPreview *preview)
{
  return preview->unknown;
}

gboolean
fk_import_preview_model_matches (FkImportPreview *preview)
{
  return preview->model_matches;
}

gboolean
fk_import_preview_is_unchanged (FkImportPreview *preview)
{
  return preview->n_new == 0 && preview->n_changed == 0 && preview->round_id != 0;
}

static FkImportResolution
resolution_of (GArray *resolutions,
               guint   conflict)
{
  if (resolutions == NULL || conflict >= resolutions->len)
    return FK_IMPORT_KEEP_STUDY;
  return g_array_index (resolutions, FkImportResolution, conflict);
}

char *
fk_import_preview_describe_counts (FkImportPreview *preview,
                                   GArray          *resolutions)
{
  guint n_conflicts = preview->conflicts->len;
  guint n_taken = 0;

  if (n_conflicts == 0)
    return g_strdup_printf (_("new: %u, changed: %u, unchanged: %u"),
                            preview->n_new, preview->n_changed, preview->n_unchanged);
  for (guint i = 0; i < n_conflicts; i++)
    if (resolution_of (resolutions, i) == FK_IMPORT_TAKE_FILE)
      n_taken++;
  /* Translators: "changed" counts the conflicts too */
  return g_strdup_printf (_("new: %u, changed: %u, unchanged: %u, conflicts: %u (study’s kept: %u, file’s taken: %u)"),
                          preview->n_new, preview->n_changed, preview->n_unchanged,
                          n_conflicts, n_conflicts - n_taken, n_taken);
}

/* With @wait FALSE, another program's write lock is FK_ERROR_BUSY at once. */
static gboolean
apply_preview (FkStudy          *study,
               FkImportPreview  *preview,
               GArray           *resolutions,
               gboolean          wait,
               GError          **error)
{
  g_autoptr(GPtrArray) scores = g_ptr_array_new ();
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autofree char *summary = NULL;
  FkImportLogEntry entry = { 0 };
  guint conflict = 0;

  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);
  g_return_val_if_fail (preview != NULL, FALSE);

  if (fk_import_preview_is_unchanged (preview))
    return TRUE;
  /* Another program's round of that name stops the import in its
   * transaction too (the name is unique); this says it in words. */
  if (preview->round_id == 0 && fk_study_find_round (study, fk_import_preview_get_round (preview)) != NULL)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_CHANGED,
                   _("%s: the round “%s” was added meanwhile, so nothing was imported; preview the file again"),
                   preview->source, fk_import_preview_get_round (preview));
      return FALSE;
    }
  for (guint i = 0; i < preview->entries->len; i++)
    {
      Entry *e = &g_array_index (preview->entries, Entry, i);

      if (e->conflict && resolution_of (resolutions, conflict++) == FK_IMPORT_KEEP_STUDY)
        continue;
      g_ptr_array_add (scores, e->score);
      /* A new round has nothing to check against. */
      g_ptr_array_add (expected, preview->round_id != 0 ? e->stored : NULL);
    }

  summary = fk_import_preview_describe_counts (preview, resolutions);
  entry.source = preview->source;
  entry.municipality = fk_import_preview_get_municipality (preview);
  entry.round_id = preview->round_id;
  entry.summary = summary;
  entry.new_round = preview->round_id == 0 ? fk_import_preview_get_round (preview) : NULL;
  entry.checksum = preview->checksum;
  entry.has_counts = TRUE;
  entry.n_new = preview->n_new;
  entry.n_changed = preview->n_changed;
  entry.n_unchanged = preview->n_unchanged;
  entry.n_conflicts = preview->conflicts->len;
  entry.respondent = fk_import_preview_get_respondent (preview);
  if (wait)
    return fk_study_apply_batch (study, scores, expected, &entry, error);
  return fk_study_write_batch (study, scores, expected, &entry, FALSE, error);
}

gboolean
fk_import_apply (FkStudy          *study,
                 FkImportPreview  *preview,
                 GArray           *resolutions,
                 GError          **error)
{
  return apply_preview (study, preview, resolutions, TRUE, error);
}

gboolean
fk_import_apply_now (FkStudy          *study,
                     FkImportPreview  *preview,
                     GArray           *resolutions,
                     GError          **error)
{
  return apply_preview (study, preview, resolutions, FALSE, error);
}
