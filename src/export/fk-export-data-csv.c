/* fk-export-data-csv.c — every score of a round as one CSV table (docs/export-data.md)
 *
 * The header holds stable English keys whatever the language, so that a
 * script reads any export; names and the program's words are in the
 * annex's language. Values are those `formagekarta-cli set` takes: a
 * level "0"–"5", "na" (not applicable) or empty (not assessed), so the
 * file reads back to the same scores.
 */
#define G_LOG_DOMAIN "fk-export-data-csv"
#include "config.h"
#include "fk-export-data-private.h"
#include "fk-csv.h"
#include "fk-error.h"
#include "fk-export-file.h"

#include "fk-i18n.h"
#include <math.h>

static const char * const columns[] = {
  "round", "municipality_code", "municipality", "size", "area_key", "area",
  "capability_key", "capability", "current", "target", "gap", "sustain",
  "key_person", "risk", "interest", "comment", "respondent", "updated",
  NULL
};

static void
add_measure (FkCsvWriter *writer,
             FkMatrix    *matrix,
             guint        row,
             guint        col)
{
  double value = fk_matrix_get (matrix, row, col);

  if (isnan (value))
    fk_csv_writer_add_field (writer, NULL);
  else
    fk_csv_writer_add_number (writer, value);
}

static void
add_score_row (FkExportData       *data,
               FkCsvWriter        *writer,
               guint               row,
               const FkCapability *capability)
{
  FkModel *model = fk_round_snapshot_get_model (data->snapshot);
  const FkArea *area = fk_model_lookup_area (model, capability->area);
  const FkScore *score = fk_round_snapshot_get_score (data->snapshot, row, capability->index);
  const FkMunicipality *m = g_ptr_array_index (fk_round_snapshot_get_region (data->snapshot)->municipalities, row);
  g_autofree char *name = fk_export_data_get_name (data, row);
  /* Anonymised, no time: sorting the letters by when each first answered
   * would give back the order in which the real names were entered. */
  g_autofree char *updated = score != NULL && data->anon == NULL ? fk_text_format_time (score->updated) : NULL;
  const char *size = data->anon != NULL
                     ? fk_size_group_to_string (fk_anonymizer_get_size_group (data->anon, m->code))
                     : fk_size_class_to_string (fk_round_snapshot_get_size_class (data->snapshot, row));

  fk_csv_writer_add_field (writer, fk_round_snapshot_get_round_name (data->snapshot));
  fk_csv_writer_add_field (writer, fk_export_data_get_id (data, row));
  fk_csv_writer_add_field (writer, name);
  fk_csv_writer_add_field (writer, size);
  fk_csv_writer_add_field (writer, capability->area);
  fk_csv_writer_add_field (writer, area != NULL ? fk_text_get (&area->name, data->language) : NULL);
  fk_csv_writer_add_field (writer, capability->key);
  fk_csv_writer_add_field (writer, fk_text_get (&capability->name, data->language));
  fk_csv_writer_add_field (writer, score != NULL ? fk_export_data_level_text (score->current) : NULL);
  fk_csv_writer_add_field (writer, score != NULL ? fk_export_data_level_text (score->target) : NULL);
  add_measure (writer, fk_round_snapshot_get_matrix (data->snapshot, FK_MEASURE_GAP), row, capability->index);
  fk_csv_writer_add_field (writer, score != NULL ? fk_sustain_to_string (score->sustain) : NULL);
  fk_csv_writer_add_field (writer, score != NULL ? fk_key_person_to_string (score->key_person) : NULL);
  add_measure (writer, fk_round_snapshot_get_matrix (data->snapshot, FK_MEASURE_RISK), row, capability->index);
  fk_csv_writer_add_field (writer, score != NULL ? fk_interest_to_string (score->interest) : NULL);
  /* Typed text may name anyone: left out of an anonymised annex. */
  fk_csv_writer_add_field (writer, score != NULL && data->anon == NULL ? score->comment : NULL);
  fk_csv_writer_add_field (writer, score != NULL && data->anon == NULL ? score->respondent : NULL);
  fk_csv_writer_add_field (writer, updated);
  fk_csv_writer_end_row (writer);
}

GBytes *
fk_export_data_to_csv (FkExportData *data,
                       char          separator)
{
  FkModel *model = fk_round_snapshot_get_model (data->snapshot);
  g_autofree guint *rows = NULL;
  FkCsvWriter *writer;
  guint n_rows;

  if (separator == 0)
    separator = fk_csv_default_separator (data->language);
  writer = fk_csv_writer_new (separator);
  fk_csv_writer_add_fields (writer, columns);
  fk_csv_writer_end_row (writer);
  fk_text_push_message_language (data->language);
  rows = fk_export_data_get_rows (data, &n_rows);
  for (guint i = 0; i < n_rows; i++)
    for (guint c = 0; c < model->capabilities->len; c++)
      add_score_row (data, writer, rows[i], g_ptr_array_index (model->capabilities, c));
  fk_text_pop_message_language ();
  return fk_csv_writer_free_to_bytes (writer);
}

typedef struct {
  GBytes     *bytes;
  const char *path;
} CsvFile;

static gboolean
write_bytes (const char  *tmp_path,
             gpointer     user_data,
             GError     **error)
{
  CsvFile *file = user_data;
  gsize length;
  const char *bytes = g_bytes_get_data (file->bytes, &length);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_set_contents_full (tmp_path, bytes, length, G_FILE_SET_CONTENTS_NONE, 0644, &local_error))
    {
      g_autofree char *display = g_filename_display_name (file->path);

      g_set_error (error, FK_ERROR, FK_ERROR_IO, _("%s: could not write the file"), display);
      if (error != NULL)
        fk_error_set_detail (*error, local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
fk_export_data_write_csv (FkExportData  *data,
                          char           separator,
                          const char    *path,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  CsvFile file;

  g_return_val_if_fail (data != NULL && path != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  bytes = fk_export_data_to_csv (data, separator);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  file = (CsvFile) { bytes, path };
  return fk_export_write_replacing (path, write_bytes, &file, error);
}
