/* fk-cli-import.c — "formagekarta-cli import": response files into a study
 *
 * Each file is previewed and applied on its own (fk-import.h), one
 * transaction each: a broken file is named on stderr and the others are
 * still imported, and a last line counts the failures (with one file,
 * its error is the only line); the exit status is 0 only if every file
 * was. A
 * conflict keeps the study's score unless --take-file. See docs/cli.md,
 * "import", and docs/import.md.
 */
#define G_LOG_DOMAIN "fk-cli-import"
#include "config.h"
#include "fk-cli.h"

#include "fk-i18n.h"
#include <stdio.h>

typedef struct {
  gboolean dry_run;
  gboolean accept_unknown;
  gboolean create_round;
  gboolean take_file;
} ImportFlags;

/* Lines after the summary for what the user should know. */
static void
print_notices (FkImportPreview *preview)
{
  const char *source = fk_import_preview_get_source (preview);
  GPtrArray *unknown = fk_import_preview_get_unknown (preview);
  g_autofree char *line = NULL;

  if (!fk_import_preview_model_matches (preview))
    {
      line = g_strdup_printf (_("%s: the file was made with another version of the model; its scores are matched by capability key"),
                              source);
      fk_cli_print_line (line);
      g_clear_pointer (&line, g_free);
    }
  if (fk_import_preview_creates_round (preview))
    {
      line = g_strdup_printf (_("%s: adds the round “%s”"), source, fk_import_preview_get_round (preview));
      fk_cli_print_line (line);
      g_clear_pointer (&line, g_free);
    }
  for (guint i = 0; i < unknown->len; i++)
    {
      line = g_strdup_printf (_("%s: skipped “%s”: the study’s model has no such capability"),
                              source, (const char *) g_ptr_array_index (unknown, i));
      fk_cli_print_line (line);
      g_clear_pointer (&line, g_free);
    }
}

/* "svar.fksvar: Trollhättan (1488), round “Omgång 1”: new: 12, …" */
static void
print_summary (FkImportPreview *preview,
               GArray          *resolutions)
{
  g_autofree char *counts = fk_import_preview_describe_counts (preview, resolutions);
  g_autofree char *line = NULL;

  if (fk_import_preview_is_unchanged (preview))
    /* Translators: file, municipality name, code, round, then the counts */
    line = g_strdup_printf (_("%s: %s (%s), round “%s”: nothing changed, the study has every score of this file already (%s)"),
                            fk_import_preview_get_source (preview),
                            fk_import_preview_get_municipality_name (preview),
                            fk_import_preview_get_municipality (preview),
                            fk_import_preview_get_round (preview), counts);
  else
    /* Translators: file, municipality name, code, round, then the counts */
    line = g_strdup_printf (_("%s: %s (%s), round “%s”: %s"),
                            fk_import_preview_get_source (preview),
                            fk_import_preview_get_municipality_name (preview),
                            fk_import_preview_get_municipality (preview),
                            fk_import_preview_get_round (preview), counts);
  fk_cli_print_line (line);
}

/* One file, all or nothing. */
static gboolean
import_file (FkStudy            *study,
             const char         *path,
             const ImportFlags  *flags,
             GError            **error)
{
  g_autoptr(FkResponse) response = NULL;
  g_autoptr(FkImportPreview) preview = NULL;
  g_autoptr(GArray) resolutions = g_array_new (FALSE, FALSE, sizeof (FkImportResolution));
  g_autofree char *checksum = NULL;
  FkImportOptions options = { flags->accept_unknown, flags->create_round, NULL, NULL };

  response = fk_import_read_response_file (path, &checksum, error);
  if (response == NULL)
    return FALSE;
  options.checksum = checksum;
  preview = fk_import_preview_new (study, response, &options, error);
  if (preview == NULL)
    return FALSE;
  for (guint i = 0; i < fk_import_preview_get_conflicts (preview)->len; i++)
    {
      FkImportResolution resolution = flags->take_file ? FK_IMPORT_TAKE_FILE : FK_IMPORT_KEEP_STUDY;
      g_array_append_val (resolutions, resolution);
    }
  if (!flags->dry_run && !fk_import_apply (study, preview, resolutions, error))
    return FALSE;
  print_summary (preview, resolutions);
  print_notices (preview);
  return TRUE;
}

gboolean
fk_cli_command_import (int      argc,
                       char   **argv,
                       GError **error)
{
  ImportFlags flags = { FALSE, FALSE, FALSE, FALSE };
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &flags.dry_run, N_("Show what would be imported; write nothing"), NULL },
    { "accept-unknown", 0, 0, G_OPTION_ARG_NONE, &flags.accept_unknown, N_("Import the rest of a file whose capabilities are not all in the study’s model"), NULL },
    { "create-round", 0, 0, G_OPTION_ARG_NONE, &flags.create_round, N_("Add a file’s round if the study has none of that name"), NULL },
    { "take-file", 0, 0, G_OPTION_ARG_NONE, &flags.take_file, N_("In a conflict, take the file’s score (default: keep the study’s)"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("STUDY FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    fk_cli_option_context_new ("import",
                               _("Import response files into a study, each file all or nothing."),
                               entries);
  g_autoptr(FkStudy) study = NULL;
  guint n_files, n_failed = 0;

  if (!fk_cli_parse (context, "import", argc, argv, error))
    return FALSE;
  n_files = files != NULL ? g_strv_length (files) : 0;
  if (n_files < 2)
    {
      fk_cli_set_usage_error (error, "import", _("a study and at least one response file are required"));
      return FALSE;
    }
  study = fk_study_open (files[0], FK_STUDY_OPEN_DEFAULT, error);
  if (study == NULL)
    return FALSE;
  if (!flags.dry_run && fk_study_is_read_only (study))
    {
      g_autofree char *display = g_filename_display_basename (files[0]);

      g_set_error (error, FK_ERROR, FK_ERROR_READ_ONLY, "%s: %s", display, fk_study_get_read_only_reason (study));
      return FALSE;
    }

  for (guint i = 1; i < n_files; i++)
    {
      g_autoptr(GError) file_error = NULL;
      g_autofree char *message = NULL;

      if (import_file (study, files[i], &flags, &file_error))
        continue;
      /* One file: its error is the command's, one line as always. */
      if (n_files == 2)
        {
          g_propagate_error (error, g_steal_pointer (&file_error));
          return FALSE;
        }
      message = g_strdup (file_error->message);
      g_strdelimit (message, "\r\n", ' ');
      fprintf (stderr, "%s: %s\n", FK_CLI_NAME, message);
      n_failed++;
    }
  if (flags.dry_run)
    fk_cli_print_line (_("Dry run: nothing was written."));
  if (n_failed > 0)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_FAILED,
                   ngettext ("%u of %u files was not imported",
                             "%u of %u files were not imported", n_failed),
                   n_failed, n_files - 1);
      return FALSE;
    }
  return TRUE;
}
