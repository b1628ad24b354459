/* fk-cli-import-log.c — "formagekarta-cli import-log" and "undo-import"
 *
 * import-log lists the study's import log (a table, or JSON with --json);
 * undo-import puts back what one import changed (fk_import_undo()), or
 * exits 1 with the reason and changes nothing. See docs/cli.md and
 * docs/import.md, "Undo".
 */
#define G_LOG_DOMAIN "fk-cli-import-log"
#include "config.h"
#include "fk-cli.h"
#include "fk-json.h"
#include "fk-cli-table.h"

#include "fk-i18n.h"

static const char *
or_dash (const char *value)
{
  return value != NULL && *value != '\0' ? value : "–";
}

static const char *
round_name (FkStudy              *study,
            const FkImportRecord *record)
{
  const FkRound *round = record->round_id != 0 ? fk_study_get_round_by_id (study, record->round_id) : NULL;

  return round != NULL ? round->name : NULL;
}

/* What became of a line: "undone by 7", "undoes 3", "can be undone", "–". */
static char *
describe_state (const FkImportRecord *record)
{
  g_autofree char *id = NULL;

  if (record->undone_by != 0)
    {
      id = g_strdup_printf ("%" G_GINT64_FORMAT, record->undone_by);
      /* Translators: the number of the line that undid this import */
      return g_strdup_printf (_("undone by %s"), id);
    }
  if (record->undoes != 0)
    {
      id = g_strdup_printf ("%" G_GINT64_FORMAT, record->undoes);
      /* Translators: the number of the import this line undid */
      return g_strdup_printf (_("undoes %s"), id);
    }
  if (fk_import_record_can_undo (record))
    return g_strdup (_("can be undone"));
  return g_strdup ("–");
}

static void
print_table (FkStudy   *study,
             GPtrArray *records)
{
  g_autoptr(FkCliTable) table = fk_cli_table_new ();

  fk_cli_table_add_row (table, _("Id"), _("Time"), _("File"), _("Municipality"), _("Round"),
                        _("Counts"), _("Undo"), NULL);
  for (guint i = 0; i < records->len; i++)
    {
      const FkImportRecord *record = g_ptr_array_index (records, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, record->id);
      g_autofree char *time = fk_text_format_time (record->time);
      g_autofree char *state = describe_state (record);

      fk_cli_table_add_row (table, id, or_dash (time), record->source, or_dash (record->municipality),
                            or_dash (round_name (study, record)), or_dash (record->summary), state, NULL);
    }
  fk_cli_table_print (table);
}

static void
add_count (JsonBuilder          *builder,
           const char           *name,
           const FkImportRecord *record,
           guint                 value)
{
  json_builder_set_member_name (builder, name);
  if (record->has_counts)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_id (JsonBuilder *builder,
        const char  *name,
        gint64       id)
{
  json_builder_set_member_name (builder, name);
  if (id != 0)
    json_builder_add_int_value (builder, id);
  else
    json_builder_add_null_value (builder);
}

static JsonNode *
records_to_json (FkStudy   *study,
                 GPtrArray *records)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < records->len; i++)
    {
      const FkImportRecord *record = g_ptr_array_index (records, i);
      g_autofree char *time = fk_text_format_time (record->time);

      json_builder_begin_object (builder);
      add_id (builder, "id", record->id);
      add_string (builder, "time", time);
      add_string (builder, "file", record->source);
      add_string (builder, "municipality", record->municipality);
      add_string (builder, "round", round_name (study, record));
      add_string (builder, "respondent", record->respondent);
      add_count (builder, "new", record, record->n_new);
      add_count (builder, "changed", record, record->n_changed);
      add_count (builder, "unchanged", record, record->n_unchanged);
      add_count (builder, "conflicts", record, record->n_conflicts);
      add_string (builder, "summary", record->summary);
      add_string (builder, "checksum", record->checksum);
      json_builder_set_member_name (builder, "can_undo");
      json_builder_add_boolean_value (builder, fk_import_record_can_undo (record));
      add_id (builder, "undone_by", record->undone_by);
      add_id (builder, "undoes", record->undoes);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

gboolean
fk_cli_command_import_log (int      argc,
                           char   **argv,
                           GError **error)
{
  gboolean json = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("STUDY") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    fk_cli_option_context_new ("import-log", _("List the imports of a study, oldest first."), entries);
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(GPtrArray) records = NULL;
  const char *path;

  if (!fk_cli_parse (context, "import-log", argc, argv, error))
    return FALSE;
  if ((path = fk_cli_one_file ("import-log", files, error)) == NULL)
    return FALSE;
  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, error);
  if (study == NULL)
    return FALSE;
  records = fk_study_list_imports (study, error);
  if (records == NULL)
    return FALSE;
  if (json)
    {
      g_autoptr(JsonNode) node = records_to_json (study, records);
      g_autofree char *text = fk_json_to_string (node);

      fk_cli_print_line (text);
    }
  else
    print_table (study, records);
  return TRUE;
}

gboolean
fk_cli_command_undo_import (int      argc,
                            char   **argv,
                            GError **error)
{
  g_auto(GStrv) args = NULL;
  const GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, N_("STUDY ID") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    fk_cli_option_context_new ("undo-import",
                               _("Put back every score one import changed, or change nothing."),
                               entries);
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkImportRecord) record = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *line = NULL;
  guint64 id;

  if (!fk_cli_parse (context, "undo-import", argc, argv, error))
    return FALSE;
  if (args == NULL || g_strv_length (args) != 2)
    {
      fk_cli_set_usage_error (error, "undo-import", _("a study and the id of an import (see import-log) are required"));
      return FALSE;
    }
  if (!g_ascii_string_to_unsigned (args[1], 10, 1, G_MAXINT64, &id, NULL))
    {
      fk_cli_set_usage_error (error, "undo-import", _("“%s” is not the id of an import (see import-log)"), args[1]);
      return FALSE;
    }
  study = fk_study_open (args[0], FK_STUDY_OPEN_DEFAULT, error);
  if (study == NULL)
    return FALSE;
  if (fk_study_is_read_only (study))
    {
      g_autofree char *display = g_filename_display_basename (args[0]);

      g_set_error (error, FK_ERROR, FK_ERROR_READ_ONLY, "%s: %s", display, fk_study_get_read_only_reason (study));
      return FALSE;
    }
  /* What the import wrote is what goes back (a conflict it kept was
   * never written): counted from its record, before the undo. */
  record = fk_import_find_record (study, (gint64) id, error);
  if (record == NULL ||
      !fk_study_get_import_changes (study, (gint64) id, &before, &after, error))
    return FALSE;
  if (!fk_import_undo (study, (gint64) id, error))
    return FALSE;
  /* Translators: the file, then the number of scores put back */
  line = g_strdup_printf (ngettext ("%s: import undone, %u score put back as it was",
                                    "%s: import undone, %u scores put back as they were",
                                    after->len),
                          record->source, after->len);
  fk_cli_print_line (line);
  return TRUE;
}
