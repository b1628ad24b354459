/* fk-export-data.h — the data annex: every score of a round as CSV or XLSX
 *
 * For analysts (issue 15, "The data annex"; docs/export-data.md has the
 * CSV's columns and the workbook's sheets). What is exported is gathered
 * first, where the study may be read (the main thread or the CLI), into
 * an FkExportData that never changes: the round's snapshot, its
 * collaboration candidates, the scenarios' texts as they will be printed,
 * the language and, for an anonymised annex, the study's anonymizer. The
 * writers read only that and keep no global state (the C numeric locale
 * is set for the writing thread alone), so they are meant to run in a
 * worker thread (a GTask of the export dialog) with a GCancellable and a
 * progress callback. They put their words in the annex's language with
 * fk_text_push_message_language(), which is the writing thread's own
 * (fk-text.h). Each file is written beside its
 * target and renamed into place (fk_export_write_replacing()).
 */
#pragma once

#include <gio/gio.h>
#include "fk-anonymize.h"
#include "fk-candidates.h"
#include "fk-palette.h"
#include "fk-round-snapshot.h"
#include "fk-scenario.h"
#include "fk-study.h"

G_BEGIN_DECLS

typedef enum {
  FK_DATA_FORMAT_CSV,
  FK_DATA_FORMAT_XLSX,
  FK_DATA_FORMAT_ODT,     /* the report text (fk-report-text.h, fk-odt-writer.h) */
} FkDataFormat;

/* "csv", "xlsx", "odt"; FALSE (leaving @format alone) for another word. */
gboolean      fk_data_format_from_string (const char   *name,
                                          FkDataFormat *format);

/* One scenario as the annex prints it: its name and the text of each
 * section (index = FkScenarioSection; "" for a section the user emptied). */
typedef struct {
  char *name;
  char *sections[FK_N_SCENARIO_SECTIONS];
} FkExportScenario;

void          fk_export_scenario_free    (FkExportScenario *scenario);

/**
 * fk_export_scenarios_describe:
 * @scenarios: (element-type FkScenario): the study's scenarios, in the
 *   user's order (fk_study_list_scenarios())
 * @candidates: the candidates of the round the annex is about
 * @language: "sv" or "en"
 * @anon: (nullable): anonymise
 *
 * What the annex prints of each scenario: for each section the text the
 * study stores in @language, else the text generated now from
 * @candidates (as `formagekarta-cli scenarios` prints it). Anonymised,
 * every section is generated anew with the study's letters, since stored
 * text (the user's above all) may name municipalities, and a name that
 * names a municipality gives way (fk_scenario_get_display_name()).
 * Generating text pushes the message language of the calling thread
 * alone (fk-text.h); the study is read, so call it where the study may
 * be read (the main thread or the CLI).
 *
 * Returns: (transfer full) (element-type FkExportScenario)
 */
GPtrArray    *fk_export_scenarios_describe (GPtrArray          *scenarios,
                                            FkCandidates       *candidates,
                                            const char         *language,
                                            const FkAnonymizer *anon);

typedef struct _FkExportData FkExportData;

#define FK_TYPE_EXPORT_DATA (fk_export_data_get_type ())
GType         fk_export_data_get_type    (void) G_GNUC_CONST;

/**
 * fk_export_data_new:
 * @candidates: (transfer none): the round's candidates; their snapshot
 *   is the round exported
 * @scenarios: (transfer none) (nullable) (element-type FkExportScenario):
 *   from fk_export_scenarios_describe(), kept
 * @language: "sv" or "en": names, headings and the program's words
 * @anon: (transfer none) (nullable): anonymise: letters instead of
 *   names and codes; comments and respondents are left out
 * @palette: the colours of the workbook's colour scales (the heatmap's)
 *
 * Returns: (transfer full): what the annex exports, never changed
 */
FkExportData *fk_export_data_new         (FkCandidates       *candidates,
                                          GPtrArray          *scenarios,
                                          const char         *language,
                                          FkAnonymizer       *anon,
                                          FkPalette           palette);
/**
 * fk_export_data_new_for_study:
 * @study: read here, so call it where the study may be read (the main
 *   thread, the CLI)
 * @round_name: (nullable): the round exported; the latest when NULL
 * @language: (nullable): "sv" or "en"; the study's when NULL
 * @anonymize: letters from the study's anonymizer (the first anonymised
 *   output of a study stores its seed, docs/anonymization.md)
 * @describe_scenarios: the scenarios' texts too (the workbook prints
 *   them, the CSV does not)
 * @palette: as for fk_export_data_new()
 *
 * What both the CLI and the app's export dialog gather before writing:
 * the round, its snapshot, its candidates with the study's weights (also
 * for a round where nobody gave a level: its scores are what they are),
 * the anonymizer and the scenarios' texts
 * (fk_export_scenarios_describe()), made into fk_export_data_new().
 *
 * Returns: (transfer full) (nullable): the data, or NULL with @error:
 *   FK_ERROR_NOT_FOUND for an unknown round or a study without one, or
 *   what reading the study failed with
 */
FkExportData *fk_export_data_new_for_study (FkStudy            *study,
                                            const char         *round_name,
                                            const char         *language,
                                            gboolean            anonymize,
                                            gboolean            describe_scenarios,
                                            FkPalette           palette,
                                            GError            **error);
/* The anonymizer the data names municipalities with (for the key file);
 * NULL when not anonymised. (transfer none) (nullable) */
FkAnonymizer *fk_export_data_get_anonymizer (FkExportData       *data);
FkExportData *fk_export_data_ref         (FkExportData       *data);
void          fk_export_data_unref       (FkExportData       *data);

/* Called between parts of the work with how much is done, 0–1. */
typedef void (*FkExportProgressFunc) (double   fraction,
                                      gpointer user_data);

/**
 * fk_export_data_write_csv:
 * @separator: ';' or ',' (fk_csv_default_separator() of the language
 *   when 0)
 *
 * Every score of the round, one row per municipality × capability, in
 * the columns of docs/export-data.md (stable English keys in the header,
 * values as `formagekarta-cli set` takes them), through FkCsvWriter.
 * FALSE with @error (G_IO_ERROR_CANCELLED, or FK_ERROR_IO naming @path)
 * if it cannot, @path then untouched.
 */
gboolean      fk_export_data_write_csv   (FkExportData         *data,
                                          char                  separator,
                                          const char           *path,
                                          GCancellable         *cancellable,
                                          GError              **error);
/* The CSV's bytes, as written by fk_export_data_write_csv(). */
GBytes       *fk_export_data_to_csv      (FkExportData         *data,
                                          char                  separator);

/**
 * fk_export_data_write_xlsx:
 *
 * The workbook of docs/export-data.md: all scores as a table with
 * filters, one sheet per measure as a matrix with the heatmap's colour
 * scale pinned to the measure's range and a legend, the scale, the
 * model, the candidates and the scenarios. Numbers are written in the C
 * locale for this thread only (uselocale()), whatever LC_NUMERIC says.
 * @progress (nullable) is called after each sheet. FALSE with @error
 * (G_IO_ERROR_CANCELLED, or FK_ERROR_IO naming @path) if it cannot,
 * @path then untouched.
 */
gboolean      fk_export_data_write_xlsx  (FkExportData         *data,
                                          const char           *path,
                                          GCancellable         *cancellable,
                                          FkExportProgressFunc  progress,
                                          gpointer              progress_data,
                                          GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkExportData, fk_export_data_unref)

G_END_DECLS
