/* fk-response-csv.c — the CSV form: a response as a spreadsheet, and back
 *
 * One row per capability, every row carrying its context (municipality,
 * round, export time, model), headers and answer words in the study's
 * language; the reader takes the headers and words of both languages.
 * The layout and the reader's rules are in docs/response-format.md,
 * "The CSV form". All CSV goes through fk-csv.h.
 */
#define G_LOG_DOMAIN "fk-response-csv"
#include "config.h"
#include "fk-response.h"
#include "fk-csv.h"
#include "fk-error.h"
#include "fk-json.h"
#include "fk-score-private.h"
#include "fk-text.h"

#include "fk-i18n.h"
#include <math.h>
#include <string.h>

typedef enum {
  COL_AREA,
  COL_CAPABILITY,
  COL_NAME,
  COL_LEVELS,
  COL_CURRENT,
  COL_TARGET,
  COL_SUSTAIN,
  COL_KEY_PERSON,
  COL_INTEREST,
  COL_COMMENT,
  COL_MUNICIPALITY,
  COL_MUNICIPALITY_NAME,
  COL_ROUND,
  COL_RESPONDENT,
  COL_EXPORTED,
  COL_MODEL_ID,
  COL_MODEL_VERSION,
  COL_MODEL_CHECKSUM,
  N_COLUMNS
} Column;

/* The columns in the form's order. A header is matched by its stable
 * key, its Swedish or its English text, with or without the part in
 * brackets that spells out the allowed values; case and spaces around
 * are ignored. The headers are data of the form, like the model's
 * names, not program text: a Swedish study gets Swedish headers
 * whatever language the program speaks. */
static const struct {
  const char *key;
  const char *sv;
  const char *en;
  gboolean    required;
} columns[N_COLUMNS] = {
  { "area", "Område", "Area", FALSE },
  { "capability", "Förmåga (nyckel)", "Capability (key)", TRUE },
  { "name", "Förmåga", "Capability", FALSE },
  { "levels", "Nivåerna", "The levels", FALSE },
  { "current", "Nuvarande nivå (0–5, ej tillämplig)", "Current level (0–5, not applicable)", TRUE },
  { "target", "Målnivå (0–5)", "Target level (0–5)", TRUE },
  { "sustain", "Klarar själv i tre år (ja/nej/med svårighet)",
    "Can sustain alone for three years (yes/no/with difficulty)", TRUE },
  { "key_person", "Beroende av nyckelperson (ja/nej)", "Key-person dependency (yes/no)", TRUE },
  { "interest", "Intresse av samverkan (ja/nej/kanske)", "Interest in collaboration (yes/no/maybe)", TRUE },
  { "comment", "Kommentar", "Comment", TRUE },
  { "municipality", "Kommunkod", "Municipality code", TRUE },
  { "municipality_name", "Kommun", "Municipality", FALSE },
  { "round", "Omgång", "Round", TRUE },
  { "respondent", "Besvarad av", "Respondent", FALSE },
  { "exported", "Exporterad", "Exported", TRUE },
  { "model", "Modell", "Model", TRUE },
  { "model_version", "Modellversion", "Model version", TRUE },
  { "model_checksum", "Modellens kontrollsumma", "Model checksum", TRUE },
};

/* The words of an answer in the form's two languages: written in the
 * form's language, read in either (casefolded). The file codes ("yes",
 * "na", …) are read too, through the score's own parser. A NULL @sv ends
 * a list. */
typedef struct {
  int         value;
  const char *sv;
  const char *en;
} Word;

static const Word sustain_words[] = {
  { FK_SUSTAIN_YES, "Ja", "Yes" },
  { FK_SUSTAIN_DIFFICULT, "Med svårighet", "With difficulty" },
  { FK_SUSTAIN_NO, "Nej", "No" },
  { -1, NULL, NULL },
};
static const Word key_person_words[] = {
  { FK_KEY_PERSON_YES, "Ja", "Yes" },
  { FK_KEY_PERSON_NO, "Nej", "No" },
  { -1, NULL, NULL },
};
static const Word interest_words[] = {
  { FK_INTEREST_YES, "Ja", "Yes" },
  { FK_INTEREST_MAYBE, "Kanske", "Maybe" },
  { FK_INTEREST_NO, "Nej", "No" },
  { -1, NULL, NULL },
};
/* Besides a level: "not applicable" (current only) and "not assessed";
 * an empty field is "not assessed" too. */
static const Word level_words[] = {
  { FK_LEVEL_NA, "Ej tillämplig", "Not applicable" },
  { FK_LEVEL_UNSET, "Ej bedömd", "Not assessed" },
  { -1, NULL, NULL },
};

static gboolean
is_swedish (const char *language)
{
  return g_strcmp0 (language, "sv") == 0;
}

static const char *
word_text (const Word *words,
           int         value,
           const char *language)
{
  for (const Word *w = words; w->sv != NULL; w++)
    if (w->value == value)
      return is_swedish (language) ? w->sv : w->en;
  return NULL;
}

/* Trimmed and casefolded, for comparing what a person typed. */
static char *
fold (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  return g_utf8_casefold (copy, -1);
}

static gboolean
same_word (const char *folded,
           const char *word)
{
  g_autofree char *other = NULL;

  if (word == NULL)
    return FALSE;
  other = g_utf8_casefold (word, -1);
  return g_str_equal (folded, other);
}

/* @folded as one of @words, or as the file code of @field ("yes", "na",
 * "none"; not a number, which the caller reads itself). */
static gboolean
find_word (const Word   *words,
           FkScoreField  field,
           const char   *folded,
           int          *out)
{
  for (const Word *w = words; w->sv != NULL; w++)
    if (same_word (folded, w->sv) || same_word (folded, w->en))
      {
        *out = w->value;
        return TRUE;
      }
  if (g_ascii_isdigit (*folded))
    return FALSE;
  return fk_score_field_value_from_string (field, folded, out, NULL);
}

/* "Ja, Med svårighet, Nej, Yes, With difficulty, No" for messages. */
static char *
list_words (const Word *words)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (const Word *w = words; w->sv != NULL; w++)
    g_strv_builder_add (builder, w->sv);
  for (const Word *w = words; w->sv != NULL; w++)
    g_strv_builder_add (builder, w->en);
  list = g_strv_builder_end (builder);
  return g_strjoinv (", ", list);
}

/* Writing */

static void
add_level (FkCsvWriter *writer,
           int          level,
           const char  *language)
{
  if (level >= 0)
    fk_csv_writer_add_int (writer, level);
  else if (level == FK_LEVEL_NA)
    fk_csv_writer_add_field (writer, word_text (level_words, FK_LEVEL_NA, language));
  else
    fk_csv_writer_add_field (writer, NULL);
}

/* "0 Saknas: Förmågan finns inte …; 1 Initial: …; Ej tillämplig: …":
 * each level's name and what it means for @capability, the scale's
 * general texts marked as such (fk_model_describe_level, as the level
 * buttons' tooltips), then when "not applicable" fits, if the model says:
 * what the scoring page shows. */
static char *
level_help (FkModel            *model,
            const FkCapability *capability,
            const char         *language)
{
  GString *help = g_string_new (NULL);

  for (int level = 0; level < FK_N_LEVELS; level++)
    {
      g_autofree char *line = fk_model_describe_level (model, capability, level, language);

      if (level > 0)
        g_string_append (help, "; ");
      g_string_append_printf (help, "%d %s", level, line);
    }
  if (!fk_text_is_empty (&capability->not_applicable))
    g_string_append_printf (help, "; %s: %s", word_text (level_words, FK_LEVEL_NA, language),
                            fk_text_get (&capability->not_applicable, language));
  return g_string_free (help, FALSE);
}

static void
add_row (FkCsvWriter        *writer,
         FkResponse         *response,
         FkModel            *model,
         const FkCapability *capability,
         const char         *key,
         const FkScore      *score,
         const char         *exported,
         const char         *language)
{
  g_autofree char *help = NULL;
  const FkArea *area = NULL;
  const char *respondent;

  if (model != NULL && capability != NULL)
    {
      area = fk_model_lookup_area (model, capability->area);
      help = level_help (model, capability, language);
    }
  fk_csv_writer_add_field (writer, area != NULL ? fk_text_get (&area->name, language) : NULL);
  fk_csv_writer_add_field (writer, key);
  fk_csv_writer_add_field (writer, capability != NULL ? fk_text_get (&capability->name, language) : NULL);
  fk_csv_writer_add_field (writer, help);
  add_level (writer, score != NULL ? score->current : FK_LEVEL_UNSET, language);
  add_level (writer, score != NULL ? score->target : FK_LEVEL_UNSET, language);
  fk_csv_writer_add_field (writer, score != NULL ? word_text (sustain_words, score->sustain, language) : NULL);
  fk_csv_writer_add_field (writer, score != NULL ? word_text (key_person_words, score->key_person, language) : NULL);
  fk_csv_writer_add_field (writer, score != NULL ? word_text (interest_words, score->interest, language) : NULL);
  fk_csv_writer_add_field (writer, score != NULL ? score->comment : NULL);
  fk_csv_writer_add_field (writer, fk_response_get_municipality (response));
  fk_csv_writer_add_field (writer, fk_response_get_municipality_name (response));
  fk_csv_writer_add_field (writer, fk_response_get_round (response));
  /* Who answered this one, else who answers for the municipality: the
   * person filling in the form answers for every row they fill in. */
  respondent = score != NULL && score->respondent != NULL && *score->respondent != '\0'
               ? score->respondent : fk_response_get_respondent (response);
  fk_csv_writer_add_field (writer, respondent);
  fk_csv_writer_add_field (writer, exported);
  fk_csv_writer_add_field (writer, fk_response_get_model_id (response));
  fk_csv_writer_add_field (writer, fk_response_get_model_version (response));
  fk_csv_writer_add_field (writer, fk_response_get_model_checksum (response));
  fk_csv_writer_end_row (writer);
}

GBytes *
fk_response_to_csv (FkResponse *response,
                    const char *language)
{
  g_autoptr(FkCsvWriter) writer = NULL;
  g_autofree char *exported = NULL;
  FkModel *model;
  GPtrArray *scores;

  g_return_val_if_fail (response != NULL, NULL);

  if (language == NULL)
    language = fk_response_get_language (response);
  if (!fk_text_language_is_valid (language))
    language = "sv";
  writer = fk_csv_writer_new (fk_csv_default_separator (language));
  exported = fk_text_format_time (fk_response_get_exported (response));
  model = fk_response_get_model (response);
  scores = fk_response_get_scores (response);

  for (guint c = 0; c < N_COLUMNS; c++)
    fk_csv_writer_add_field (writer, is_swedish (language) ? columns[c].sv : columns[c].en);
  fk_csv_writer_end_row (writer);

  if (model != NULL)
    {
      /* Every capability of the model, in its order; a score of a key
       * the model lacks (none from a study) follows. */
      for (guint i = 0; i < model->capabilities->len; i++)
        {
          const FkCapability *capability = g_ptr_array_index (model->capabilities, i);

          add_row (writer, response, model, capability, capability->key,
                   fk_response_lookup_score (response, capability->key), exported, language);
        }
      for (guint i = 0; i < scores->len; i++)
        {
          const FkScore *score = g_ptr_array_index (scores, i);

          if (fk_model_lookup (model, score->capability) == NULL)
            add_row (writer, response, model, NULL, score->capability, score, exported, language);
        }
    }
  else
    {
      for (guint i = 0; i < scores->len; i++)
        {
          const FkScore *score = g_ptr_array_index (scores, i);

          add_row (writer, response, NULL, NULL, score->capability, score, exported, language);
        }
      /* Nothing to list: one row of context, so that it reads back. */
      if (scores->len == 0)
        add_row (writer, response, NULL, NULL, NULL, NULL, exported, language);
    }
  return fk_csv_writer_free_to_bytes (g_steal_pointer (&writer));
}

gboolean
fk_response_write_csv_file (FkResponse  *response,
                            const char  *language,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (response != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = fk_response_to_csv (response, language);
  data = g_bytes_get_data (bytes, &length);
  return fk_response_write_data (path, data, length, error);
}

/* Reading */

typedef struct {
  FkCsvTable *table;
  const char *source;
  guint       header;             /* the header row */
  int         column[N_COLUMNS];  /* -1: not in the file */
} Form;

/* A column as the file's header names it, for messages. */
static const char *
column_name (const Form *form,
             Column      c)
{
  const char *text = NULL;

  if (form->column[c] >= 0)
    text = fk_csv_table_get_field (form->table, form->header, form->column[c]);
  return text != NULL ? text : columns[c].en;
}

static void
set_line_error (GError    **error,
                const Form *form,
                guint       row,
                const char *format,
                ...) G_GNUC_PRINTF (4, 5);

static void
set_line_error (GError    **error,
                const Form *form,
                guint       row,
                const char *format,
                ...)
{
  /* Translators: where in a CSV file a problem is: "svar.csv: line 12: …" */
  g_autofree char *where = g_strdup_printf (_("line %u"), fk_csv_table_get_line (form->table, row));
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  fk_json_set_error (error, FK_ERROR_INVALID, form->source, where, "%s", message);
}

/* A header cell as compared: without the bracketed allowed values,
 * trimmed, casefolded. */
static char *
fold_header (const char *text)
{
  g_autofree char *copy = g_strdup (text);
  char *bracket = strchr (copy, '(');

  if (bracket != NULL)
    *bracket = '\0';
  return fold (copy);
}

static gboolean
header_is (const char *folded,
           Column      c)
{
  g_autofree char *sv = fold_header (columns[c].sv);
  g_autofree char *en = fold_header (columns[c].en);

  return g_str_equal (folded, sv) || g_str_equal (folded, en) || g_str_equal (folded, columns[c].key);
}

/* Finds the columns in the header row @row; the first of a name counts,
 * a column the form does not have is ignored. "Förmåga" (the name) and
 * "Förmåga (nyckel)" (the key) differ only in brackets: the key column
 * is the one whose full header names the key. */
static gboolean
find_columns (Form     *form,
              guint     row,
              GError  **error)
{
  guint n = fk_csv_table_get_n_fields (form->table, row);

  for (guint c = 0; c < N_COLUMNS; c++)
    form->column[c] = -1;
  for (guint i = 0; i < n; i++)
    {
      const char *text = fk_csv_table_get_field (form->table, row, i);
      g_autofree char *folded = fold_header (text);
      g_autofree char *full = fold (text);
      g_autofree char *key_sv = fold (columns[COL_CAPABILITY].sv);
      g_autofree char *key_en = fold (columns[COL_CAPABILITY].en);

      if (g_str_equal (full, key_sv) || g_str_equal (full, key_en) ||
          g_str_equal (full, columns[COL_CAPABILITY].key))
        {
          if (form->column[COL_CAPABILITY] == -1)
            form->column[COL_CAPABILITY] = i;
          continue;
        }
      for (guint c = 0; c < N_COLUMNS; c++)
        if (c != COL_CAPABILITY && form->column[c] == -1 && header_is (folded, c))
          {
            form->column[c] = i;
            break;
          }
    }
  /* Without the key column it is no form at all: most likely a file
   * that is neither a response file nor a form (a response file starts
   * with "{"). */
  if (form->column[COL_CAPABILITY] == -1)
    {
      /* Translators: the first %s is the Swedish header, the second the English one */
      set_line_error (error, form, row, _("this is neither a response file nor a spreadsheet form: "
                                          "a response file starts with “{” and a form has the column “%s” (“%s”)"),
                      columns[COL_CAPABILITY].sv, columns[COL_CAPABILITY].en);
      return FALSE;
    }
  for (guint c = 0; c < N_COLUMNS; c++)
    if (columns[c].required && form->column[c] == -1)
      {
        /* Translators: the first %s is the Swedish header, the second the English one */
        set_line_error (error, form, row, _("the column “%s” (“%s”) is missing"),
                        columns[c].sv, columns[c].en);
        return FALSE;
      }
  return TRUE;
}

/* The field of @c in @row, trimmed; "" when the column or the field is
 * not there. */
static char *
get (const Form *form,
     guint       row,
     Column      c)
{
  const char *text = NULL;

  if (form->column[c] >= 0)
    text = fk_csv_table_get_field (form->table, row, form->column[c]);
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* The field of @c in @row as it is, or NULL when empty or not there:
 * texts people wrote (comments, names) keep their spaces and lines. */
static const char *
get_text (const Form *form,
          guint       row,
          Column      c)
{
  const char *text = NULL;

  if (form->column[c] >= 0)
    text = fk_csv_table_get_field (form->table, row, form->column[c]);
  return text != NULL && *text != '\0' ? text : NULL;
}

/* A level as a spreadsheet may write it: "3", "3,0", "3.0"; or a word. */
static gboolean
parse_level (const Form  *form,
             guint        row,
             Column       c,
             FkScoreField field,
             gboolean     allow_na,
             int         *out,
             GError     **error)
{
  g_autofree char *text = get (form, row, c);
  g_autofree char *folded = fold (text);
  char *end = NULL;
  double value;
  int word;

  if (*text == '\0')
    {
      *out = FK_LEVEL_UNSET;
      return TRUE;
    }
  if (find_word (level_words, field, folded, &word) && (allow_na || word != FK_LEVEL_NA))
    {
      *out = word;
      return TRUE;
    }
  for (char *p = text; *p != '\0'; p++)
    if (*p == ',')
      *p = '.';
  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (value) ||
      value != floor (value) || value < 0 || value > FK_N_LEVELS - 1)
    {
      g_autofree char *shown = get (form, row, c);

      if (allow_na)
        /* Translators: "Nuvarande nivå: “7” is not a level: use 0–5, Ej tillämplig/Not applicable or leave it empty" */
        set_line_error (error, form, row, _("%s: “%s” is not a level: use %d–%d, %s or leave it empty"),
                        column_name (form, c), shown, 0, FK_N_LEVELS - 1,
                        "Ej tillämplig/Not applicable");
      else
        set_line_error (error, form, row, _("%s: “%s” is not a level: use %d–%d or leave it empty"),
                        column_name (form, c), shown, 0, FK_N_LEVELS - 1);
      return FALSE;
    }
  *out = (int) value;
  return TRUE;
}

static gboolean
parse_answer (const Form  *form,
              guint        row,
              Column       c,
              FkScoreField field,
              const Word  *words,
              int         *out,
              GError     **error)
{
  g_autofree char *text = get (form, row, c);
  g_autofree char *folded = fold (text);
  g_autofree char *allowed = NULL;
  int value;

  if (*text == '\0' || find_word (level_words, FK_SCORE_FIELD_TARGET, folded, &value))
    {
      if (*text == '\0' || value == FK_LEVEL_UNSET)
        {
          *out = 0;  /* every answer's UNSET */
          return TRUE;
        }
    }
  if (find_word (words, field, folded, &value))
    {
      *out = value;
      return TRUE;
    }
  allowed = list_words (words);
  /* Translators: "Intresse av samverkan: “kanhända” is not an answer: use one of Ja, Kanske, Nej, Yes, Maybe, No or leave it empty" */
  set_line_error (error, form, row, _("%s: “%s” is not an answer: use one of %s or leave it empty"),
                  column_name (form, c), text, allowed);
  return FALSE;
}

/* A municipality code as a spreadsheet may have made a number of it:
 * "114" for "0114". */
static char *
get_municipality (const Form *form,
                  guint       row)
{
  g_autofree char *code = get (form, row, COL_MUNICIPALITY);
  gsize length = strlen (code);

  if (length > 0 && length < 4 && strspn (code, "0123456789") == length)
    return g_strdup_printf ("%0*d%s", (int) (4 - length), 0, code);
  return g_steal_pointer (&code);
}

/* The export time as written (ISO 8601, UTC) or as a spreadsheet may
 * rewrite it ("2020-09-01 08:00:00", taken as UTC). 0 if neither. */
static gint64
parse_exported (const char *text)
{
  g_autofree char *iso = NULL;
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) time = NULL;
  gint64 value;

  if (fk_text_parse_time (text, &value))
    return value;
  iso = g_strdup (text);
  if (strlen (iso) > 10 && iso[10] == ' ')
    iso[10] = 'T';
  utc = g_time_zone_new_utc ();
  time = g_date_time_new_from_iso8601 (iso, utc);
  return time != NULL ? g_date_time_to_unix (time) : 0;
}

/* The context every row carries: the first row's is the file's, and
 * every other row must say the same. */
typedef struct {
  guint  row;
  char  *municipality;
  char  *municipality_name;
  char  *round;
  char  *exported_text;
  gint64 exported;
  char  *model_id;
  char  *model_version;
  char  *model_checksum;
} Context;

static void
context_clear (Context *context)
{
  g_free (context->municipality);
  g_free (context->municipality_name);
  g_free (context->round);
  g_free (context->exported_text);
  g_free (context->model_id);
  g_free (context->model_version);
  g_free (context->model_checksum);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Context, context_clear)

static gboolean
read_context (const Form *form,
              guint       row,
              Context    *context,
              GError    **error)
{
  const Column needed[] = { COL_MUNICIPALITY, COL_ROUND, COL_EXPORTED,
                            COL_MODEL_ID, COL_MODEL_VERSION, COL_MODEL_CHECKSUM };

  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    {
      g_autofree char *text = get (form, row, needed[i]);

      if (*text == '\0')
        {
          set_line_error (error, form, row, _("%s: is empty"), column_name (form, needed[i]));
          return FALSE;
        }
    }
  context->row = row;
  context->municipality = get_municipality (form, row);
  context->municipality_name = get (form, row, COL_MUNICIPALITY_NAME);
  context->round = get (form, row, COL_ROUND);
  context->exported_text = get (form, row, COL_EXPORTED);
  context->model_id = get (form, row, COL_MODEL_ID);
  context->model_version = get (form, row, COL_MODEL_VERSION);
  context->model_checksum = get (form, row, COL_MODEL_CHECKSUM);
  /* As a spreadsheet may have upper-cased it. */
  for (char *p = context->model_checksum; *p != '\0'; p++)
    *p = g_ascii_tolower (*p);
  context->exported = parse_exported (context->exported_text);
  if (context->exported == 0)
    {
      set_line_error (error, form, row, _("%s: “%s” is not a time (use 2020-09-01T08:00:00Z)"),
                      column_name (form, COL_EXPORTED), context->exported_text);
      return FALSE;
    }
  return TRUE;
}

/* A file is one municipality, one round, one export, one model. */
static gboolean
check_same_context (const Form    *form,
                    guint          row,
                    const Context *first,
                    GError       **error)
{
  g_auto(Context) here = { 0 };

  if (!read_context (form, row, &here, error))
    return FALSE;

  const struct { Column c; const char *first; const char *here; } fields[] = {
    { COL_MUNICIPALITY, first->municipality, here.municipality },
    { COL_ROUND, first->round, here.round },
    { COL_EXPORTED, first->exported_text, here.exported_text },
    { COL_MODEL_ID, first->model_id, here.model_id },
    { COL_MODEL_VERSION, first->model_version, here.model_version },
    { COL_MODEL_CHECKSUM, first->model_checksum, here.model_checksum },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (!g_str_equal (fields[i].first, fields[i].here))
      {
        /* Translators: "Kommunkod: “1489” differs from “1488” on line 2: a form is one municipality and one round" */
        set_line_error (error, form, row,
                        _("%s: “%s” differs from “%s” on line %u: a form is one municipality and one round"),
                        column_name (form, fields[i].c), fields[i].here, fields[i].first,
                        fk_csv_table_get_line (form->table, first->row));
        return FALSE;
      }
  return TRUE;
}

/* The answers of @row; NULL in *out (and TRUE) for a row with none. */
static gboolean
read_score (const Form    *form,
            guint          row,
            const Context *context,
            const char    *key,
            FkScore      **out,
            GError       **error)
{
  g_autoptr(FkScore) score = fk_score_new (0, context->municipality, key);
  g_autoptr(GError) local_error = NULL;
  int sustain, key_person, interest;

  *out = NULL;
  if (!parse_level (form, row, COL_CURRENT, FK_SCORE_FIELD_CURRENT, TRUE, &score->current, error) ||
      !parse_level (form, row, COL_TARGET, FK_SCORE_FIELD_TARGET, FALSE, &score->target, error) ||
      !parse_answer (form, row, COL_SUSTAIN, FK_SCORE_FIELD_SUSTAIN, sustain_words, &sustain, error) ||
      !parse_answer (form, row, COL_KEY_PERSON, FK_SCORE_FIELD_KEY_PERSON, key_person_words, &key_person, error) ||
      !parse_answer (form, row, COL_INTEREST, FK_SCORE_FIELD_INTEREST, interest_words, &interest, error))
    return FALSE;
  score->sustain = sustain;
  score->key_person = key_person;
  score->interest = interest;
  /* The comment as typed, line breaks and all. */
  fk_score_set_field_text (score, FK_SCORE_FIELD_COMMENT, get_text (form, row, COL_COMMENT));
  if (score->current == FK_LEVEL_UNSET && score->target == FK_LEVEL_UNSET &&
      score->sustain == FK_SUSTAIN_UNSET && score->key_person == FK_KEY_PERSON_UNSET &&
      score->interest == FK_INTEREST_UNSET && score->comment == NULL)
    return TRUE;
  fk_score_set_field_text (score, FK_SCORE_FIELD_RESPONDENT, get_text (form, row, COL_RESPONDENT));
  if (!fk_score_validate (score, &local_error) || !fk_score_check_consistent (score, &local_error))
    {
      set_line_error (error, form, row, "%s", local_error->message);
      return FALSE;
    }
  *out = g_steal_pointer (&score);
  return TRUE;
}

FkResponse *
fk_response_new_from_csv (const char  *data,
                          gsize        length,
                          const char  *source,
                          GError     **error)
{
  g_autoptr(FkCsvTable) table = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GHashTable) lines = NULL;  /* key → its row */
  g_autoptr(GHashTable) respondents = g_hash_table_new (g_str_hash, g_str_equal);
  const char *respondent = NULL;
  guint most = 0;
  g_auto(Context) first = { 0 };
  gboolean have_first = FALSE;
  Form form = { 0 };
  FkResponseInfo info = { 0 };
  guint n_rows;
  guint header = 0;
  gboolean have_header = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (source == NULL)
    source = "CSV";
  if ((table = fk_csv_table_new_from_data (data, length, source, error)) == NULL)
    return NULL;
  form.table = table;
  form.source = source;
  n_rows = fk_csv_table_get_n_rows (table);
  for (guint row = 0; row < n_rows && !have_header; row++)
    if (!fk_csv_table_row_is_blank (table, row))
      {
        header = row;
        have_header = TRUE;
      }
  if (!have_header)
    {
      fk_json_set_error (error, FK_ERROR_PARSE, source, NULL, _("the form has no header row"));
      return NULL;
    }
  form.header = header;
  if (!find_columns (&form, header, error))
    return NULL;

  scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint row = header + 1; row < n_rows; row++)
    {
      g_autofree char *key = NULL;
      FkScore *score;
      gpointer seen;

      if (fk_csv_table_row_is_blank (table, row))
        continue;
      if (!have_first)
        {
          if (!read_context (&form, row, &first, error))
            return NULL;
          have_first = TRUE;
        }
      else if (!check_same_context (&form, row, &first, error))
        return NULL;

      if (get_text (&form, row, COL_RESPONDENT) != NULL)
        {
          const char *name = get_text (&form, row, COL_RESPONDENT);
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (respondents, name)) + 1;

          g_hash_table_insert (respondents, (gpointer) name, GUINT_TO_POINTER (count));
          if (count > most || (count == most && strcmp (name, respondent) < 0))
            {
              most = count;
              respondent = name;
            }
        }

      key = get (&form, row, COL_CAPABILITY);
      /* A row without a key and without answers gives only its context
       * (a blank form of no model is one such row). */
      if (*key == '\0')
        {
          if (!read_score (&form, row, &first, key, &score, error))
            return NULL;
          if (score == NULL)
            continue;
          fk_score_free (score);
        }
      if (!fk_json_is_key (key, ".-"))
        {
          set_line_error (error, &form, row,
                          _("%s: “%s” is not a capability key (lower-case letters a–z, digits, “.” and “-”)"),
                          column_name (&form, COL_CAPABILITY), key);
          return NULL;
        }
      if (g_hash_table_lookup_extended (lines, key, NULL, &seen))
        {
          /* Translators: "svar.csv: line 9: “styrning.it-strategi” is on line 4 too" */
          set_line_error (error, &form, row, _("“%s” is on line %u too"),
                          key, fk_csv_table_get_line (table, GPOINTER_TO_UINT (seen)));
          return NULL;
        }
      g_hash_table_insert (lines, g_strdup (key), GUINT_TO_POINTER (row));
      if (!read_score (&form, row, &first, key, &score, error))
        return NULL;
      if (score != NULL)
        g_ptr_array_add (scores, score);
    }
  if (!have_first)
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, NULL,
                         _("the form has no rows, only its header"));
      return NULL;
    }

  info.model_id = first.model_id;
  info.model_version = first.model_version;
  info.model_checksum = first.model_checksum;
  info.municipality = first.municipality;
  info.municipality_name = *first.municipality_name != '\0' ? first.municipality_name : NULL;
  info.round = first.round;
  /* Who answers for the municipality: the name most rows give (the
   * first in sort order of a tie), whatever order the rows are in. */
  info.respondent = respondent;
  info.language = fk_csv_table_get_separator (table) == ';' ? "sv" : "en";
  info.exported = first.exported;
  return fk_response_new (&info, NULL, scores, source, error);
}
