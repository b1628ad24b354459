/* fk-cli.h — shared parts of formagekarta-cli
 *
 * Each command is a function taking its own argv (argv[0] is the command
 * name) and returning FALSE with @error on failure. Errors in the
 * G_OPTION_ERROR domain are usage errors (exit status 2); any other error
 * means the job itself failed (exit status 1).
 */
#pragma once

#include <glib.h>
#include "fk-core.h"

G_BEGIN_DECLS

#define FK_CLI_NAME "formagekarta-cli"

#define FK_CLI_EXIT_OK    0
#define FK_CLI_EXIT_ERROR 1
#define FK_CLI_EXIT_USAGE 2

typedef gboolean (*FkCliCommandFunc) (int      argc,
                                      char   **argv,
                                      GError **error);

gboolean      fk_cli_command_new            (int argc, char **argv, GError **error);
gboolean      fk_cli_command_info           (int argc, char **argv, GError **error);
gboolean      fk_cli_command_set            (int argc, char **argv, GError **error);
gboolean      fk_cli_command_get            (int argc, char **argv, GError **error);
gboolean      fk_cli_command_add_round      (int argc, char **argv, GError **error);
gboolean      fk_cli_command_validate_model (int argc, char **argv, GError **error);
gboolean      fk_cli_command_export         (int argc, char **argv, GError **error);
gboolean      fk_cli_command_candidates     (int argc, char **argv, GError **error);
gboolean      fk_cli_command_export_response (int argc, char **argv, GError **error);
gboolean      fk_cli_command_import         (int argc, char **argv, GError **error);
gboolean      fk_cli_command_import_log     (int argc, char **argv, GError **error);
gboolean      fk_cli_command_undo_import    (int argc, char **argv, GError **error);
gboolean      fk_cli_command_scenarios      (int argc, char **argv, GError **error);
gboolean      fk_cli_command_annex          (int argc, char **argv, GError **error);

/* A GOptionContext for one command: "formagekarta-cli COMMAND [OPTION…] FILE";
 * the G_OPTION_REMAINING entry of @entries names the FILE. */
GOptionContext *fk_cli_option_context_new  (const char   *command,
                                            const char   *summary,
                                            const GOptionEntry *entries);
/* Parses @argv (not changed) into the entries of @context; a bad
 * command line becomes a usage error. */
gboolean      fk_cli_parse                  (GOptionContext *context,
                                             const char     *command,
                                             int             argc,
                                             char          **argv,
                                             GError        **error);
/* The single FILE argument left in @files, or a usage error. */
const char   *fk_cli_one_file               (const char   *command,
                                             char        **files,
                                             GError      **error);
/* A usage error (exit status 2) with a hint to the command's --help. */
void          fk_cli_set_usage_error        (GError      **error,
                                             const char   *command,
                                             const char   *format,
                                             ...) G_GNUC_PRINTF (3, 4);

/* The round named @name, or the latest when @name is NULL. */
const FkRound *fk_cli_find_round            (FkStudy      *study,
                                             const char   *name,
                                             GError      **error);

/* Writes @text to stdout, with a newline. */
void           fk_cli_print_line            (const char   *text);
/* --limit N of the candidates: a whole number from 1, else a usage
 * error quoting @text. */
gboolean      fk_cli_parse_limit            (const char   *text,
                                             guint        *out_limit,
                                             GError      **error);
/* The candidates of the round with the study's weights; FALSE with
 * @error when the stored weights cannot be read, or when no municipality
 * gave a level in the round (nothing to rank: said, not drawn as a list
 * of zeros). Returns: (transfer full) (nullable) */
FkCandidates  *fk_cli_read_candidates       (FkStudy         *study,
                                             FkRoundSnapshot *snapshot,
                                             GError         **error);
/* The same, also for a round where nobody gave a level (the scenarios
 * describe such a round in words). Returns: (transfer full) (nullable) */
FkCandidates  *fk_cli_read_candidates_any   (FkStudy         *study,
                                             FkRoundSnapshot *snapshot,
                                             GError         **error);

/* What a command about one round's candidates reads, in the order that
 * puts its errors in the study's language: the round named @round_name
 * (the latest when NULL); the message language (*@language, else the
 * study's, stored in *@language); the round's snapshot; its candidates
 * (refused when nobody gave a level, unless @allow_no_levels); with
 * @anonymize the study's anonymizer (the first anonymised output of a
 * study stores its seed in it, docs/anonymization.md), else NULL.
 * Every out value is (transfer full) except @out_round (transfer none). */
/* The program's words from now on in @language, or the study's when
 * NULL: the language of the names it prints. */
void          fk_cli_use_study_language     (FkStudy          *study,
                                             const char       *language);
gboolean      fk_cli_open_round_candidates  (FkStudy          *study,
                                             const char       *round_name,
                                             char            **language,
                                             gboolean          allow_no_levels,
                                             gboolean          anonymize,
                                             const FkRound   **out_round,
                                             FkRoundSnapshot **out_snapshot,
                                             FkCandidates    **out_candidates,
                                             FkAnonymizer    **out_anonymizer,
                                             GError          **error);

/* "9 areas, 43 capabilities", each with its own plural. */
char          *fk_cli_model_counts          (FkModel      *model);

G_END_DECLS
