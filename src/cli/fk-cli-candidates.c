/* fk-cli-candidates.c — "formagekarta-cli candidates": which capabilities to build together
 *
 * Prints the collaboration candidates of one round (FkCandidates, with
 * the weights kept in the study), best first: as text for a terminal, or
 * as a JSON array for scripts; --strong gives the capabilities the region
 * is already strong and even at instead. Everything is computed in core
 * (docs/candidates.md); this file only words and shapes it. With
 * --anonymize no municipality is named or given by code anywhere: the
 * study's letters (FkAnonymizer), listed in letter order. Every option is
 * checked before the study is opened. See docs/cli.md, "candidates".
 */
#define G_LOG_DOMAIN "fk-cli-candidates"
#include "config.h"
#include "fk-cli.h"
#include "fk-json.h"

#include "fk-i18n.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

/* The width of the text listing, in characters: a plain terminal. */
#define TEXT_WIDTH 80

/* Everything the output needs from one run. */
typedef struct {
  FkCandidates       *candidates;
  FkRoundSnapshot    *snapshot;
  FkModel            *model;
  FkRegion           *region;
  const FkAnonymizer *anon;      /* NULL: names and codes */
  const char         *language;
} Listing;

/* A bad option value: a usage error (exit status 2). */
#define bad_value(error, format, value) \
  (g_set_error ((error), G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, (format), (value)), FALSE)

/* --limit: a whole number, 1 or more. */
/* The score with the one decimal every view shows, the same in JSON and
 * text (rounded once here, not by printf's own rule). */
static double
rounded_score (const FkCandidate *cand)
{
  return round (cand->score * 10) / 10;
}

static const FkCapability *
capability_of (const Listing     *listing,
               const FkCandidate *cand)
{
  return g_ptr_array_index (listing->model->capabilities, cand->col);
}

static const char *
code_of (const Listing *listing,
         guint          row)
{
  const FkMunicipality *m = g_ptr_array_index (listing->region->municipalities, row);

  return m->code;
}

/* The key of the size group that gains most ("small"; anonymised, the
 * merged group, "medium-large"); NULL when nobody takes part. */
static const char *
gain_key (const Listing     *listing,
          const FkCandidate *cand)
{
  FkSizeGroup group;

  if (!fk_candidates_get_gain_group (listing->candidates, cand, listing->anon, &group))
    return NULL;
  return fk_size_group_to_string (group);
}

/* ---- JSON --------------------------------------------------------------- */

static void
add_municipalities (JsonBuilder   *builder,
                    const Listing *listing,
                    const char    *member,
                    const guint   *rows,
                    guint          n)
{
  g_autofree guint *sorted = fk_names_sort_rows (rows, n, listing->anon);

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      const char *code = code_of (listing, sorted[i]);

      json_builder_add_string_value (builder, listing->anon != NULL
                                              ? fk_anonymizer_get_letter (listing->anon, code) : code);
    }
  json_builder_end_array (builder);
}

static void
add_candidate (JsonBuilder       *builder,
               const Listing     *listing,
               const FkCandidate *cand)
{
  const FkCapability *cap = capability_of (listing, cand);
  g_autofree char *reason = fk_candidates_get_reason (listing->candidates, cand, listing->anon);
  const char *gain = gain_key (listing, cand);
  const struct { const char *name; guint count; } counts[] = {
    { "low", cand->n_low },
    { "cannot-sustain", cand->n_cannot_sustain },
    { "key-person", cand->n_key_person },
    { "interested", cand->n_interested },
  };

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "capability");
  json_builder_add_string_value (builder, cap->key);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, fk_text_get (&cap->name, listing->language));
  json_builder_set_member_name (builder, "area");
  json_builder_add_string_value (builder, cap->area);
  json_builder_set_member_name (builder, "score");
  json_builder_add_double_value (builder, rounded_score (cand));
  json_builder_set_member_name (builder, "reason");
  json_builder_add_string_value (builder, reason);
  add_municipalities (builder, listing, "participants", cand->participants, cand->n_participants);
  add_municipalities (builder, listing, "hosts", cand->hosts, cand->n_hosts);
  json_builder_set_member_name (builder, "assessed");
  json_builder_add_int_value (builder, cand->n_assessed);
  json_builder_set_member_name (builder, "uncertain");
  json_builder_add_boolean_value (builder, cand->uncertain);
  json_builder_set_member_name (builder, "gain_size_class");
  if (gain != NULL)
    json_builder_add_string_value (builder, gain);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      json_builder_set_member_name (builder, counts[i].name);
      json_builder_add_int_value (builder, counts[i].count);
    }
  json_builder_end_object (builder);
  /* Four decimals: enough to recompute the score, short to read. */
  json_builder_set_member_name (builder, "terms");
  json_builder_begin_object (builder);
  for (FkCandidateTerm t = 0; t < FK_N_CANDIDATE_TERMS; t++)
    {
      json_builder_set_member_name (builder, fk_candidate_term_to_string (t));
      json_builder_add_double_value (builder, round (cand->term[t] * 10000) / 10000);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

static void
print_json (const Listing *listing,
            gboolean       strong,
            guint          limit)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;
  guint n = strong ? fk_candidates_get_n_strong (listing->candidates) : fk_candidates_get_n (listing->candidates);

  json_builder_begin_array (builder);
  for (guint i = 0; i < MIN (n, limit); i++)
    add_candidate (builder, listing,
                   strong ? fk_candidates_get_strong (listing->candidates, i) : fk_candidates_get (listing->candidates, i));
  json_builder_end_array (builder);
  node = json_builder_get_root (builder);
  text = fk_json_to_string (node);
  fk_cli_print_line (text);
}

/* ---- text --------------------------------------------------------------- */

/* @text wrapped at word boundaries to TEXT_WIDTH, each line indented by
 * @indent spaces. A word longer than a line gets a line of its own. */
static void
append_wrapped (GString    *out,
                const char *text,
                guint       indent)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint column = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      guint len = g_utf8_strlen (words[i], -1);

      if (len == 0)
        continue;
      if (column > 0 && column + 1 + len > TEXT_WIDTH)
        {
          g_string_append_c (out, '\n');
          column = 0;
        }
      if (column == 0)
        {
          g_string_append_printf (out, "%*s", indent, "");
          column = indent;
        }
      else
        {
          g_string_append_c (out, ' ');
          column++;
        }
      g_string_append (out, words[i]);
      column += len;
    }
  if (column > 0)
    g_string_append_c (out, '\n');
}

static void
append_candidate (GString           *out,
                  const Listing     *listing,
                  const FkCandidate *cand,
                  guint              rank,
                  guint              rank_width)
{
  const FkCapability *cap = capability_of (listing, cand);
  const char *name = fk_text_get (&cap->name, listing->language);
  g_autofree char *score = fk_text_format_number (cand->score, FALSE, FALSE, listing->language);
  g_autofree char *title = NULL;
  g_autofree char *participants = fk_candidates_get_people (listing->candidates, cand, FK_CANDIDATE_PARTICIPANTS,
                                                            listing->anon, FK_NAMES_PLAIN, NULL);
  g_autofree char *hosts = fk_candidates_get_people (listing->candidates, cand, FK_CANDIDATE_HOSTS,
                                                     listing->anon, FK_NAMES_PLAIN, NULL);
  g_autofree char *line = NULL;
  g_autofree char *reason = fk_candidates_get_reason (listing->candidates, cand, listing->anon);
  g_autofree char *gain = fk_candidates_get_gain (listing->candidates, cand, listing->anon);
  /* The text under the title starts where the name does. */
  guint indent = rank_width + 2 + 5 + 2;

  if (cand->uncertain)
    /* Translators: a capability whose collaboration potential rests on
     * too few assessments; %s is its name */
    title = g_strdup_printf (_("%s (uncertain)"), name);
  else
    title = g_strdup (name);
  g_string_append_printf (out, "%*u  %5s  %s\n", rank_width, rank, score, title);

  /* Nobody assessed it: the reason says so, and empty lists add nothing. */
  if (cand->n_assessed == 0)
    {
      append_wrapped (out, reason, indent);
      return;
    }
  append_wrapped (out, participants, indent);
  append_wrapped (out, hosts, indent);
  if (gain != NULL)
    append_wrapped (out, gain, indent);
  append_wrapped (out, reason, indent);
}

static void
append_strong (GString       *out,
               const Listing *listing,
               guint          limit)
{
  guint n = MIN (fk_candidates_get_n_strong (listing->candidates), limit);

  g_string_append (out, _("Already strong and even"));
  g_string_append_c (out, '\n');
  if (n == 0)
    append_wrapped (out, _("No capability is strong and even across the region in this round."), 2);
  for (guint i = 0; i < n; i++)
    {
      const FkCandidate *cand = fk_candidates_get_strong (listing->candidates, i);
      g_autofree char *reason = fk_candidates_get_reason (listing->candidates, cand, listing->anon);

      g_string_append_printf (out, "  %s\n", fk_text_get (&capability_of (listing, cand)->name, listing->language));
      append_wrapped (out, reason, 4);
    }
}

static void
print_text (const Listing *listing,
            gboolean       strong,
            guint          limit)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = MIN (fk_candidates_get_n (listing->candidates), limit);
  g_autofree char *last_rank = g_strdup_printf ("%u", n);
  const char *round_name = fk_round_snapshot_get_round_name (listing->snapshot);

  if (strong)
    {
      append_strong (out, listing, limit);
      fputs (out->str, stdout);
      return;
    }
  /* Translators: the heading of the list; %s is the name of the round */
  g_string_append_printf (out, _("Collaboration candidates — %s"), round_name != NULL ? round_name : "");
  g_string_append (out, "\n\n");
  for (guint i = 0; i < n; i++)
    {
      append_candidate (out, listing, fk_candidates_get (listing->candidates, i), i + 1, strlen (last_rank));
      g_string_append_c (out, '\n');
    }
  append_strong (out, listing, G_MAXUINT);
  fputs (out->str, stdout);
}

/* ---- the command -------------------------------------------------------- */

/* A round where nobody gave a level has nothing to rank: every
 * capability would be "uncertain, 0". Said so rather than listed. */
gboolean
fk_cli_command_candidates (int      argc,
                           char   **argv,
                           GError **error)
{
  g_autofree char *round_name = NULL;
  g_autofree char *limit_text = NULL;
  g_autofree char *language = NULL;
  gboolean json = FALSE;
  gboolean strong = FALSE;
  gboolean anonymize = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_name, N_("Assessment round (default: the latest)"), N_("NAME") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "limit", 0, 0, G_OPTION_ARG_STRING, &limit_text, N_("Only the N best candidates"), N_("N") },
    { "strong", 0, 0, G_OPTION_ARG_NONE, &strong, N_("List the capabilities the region is already strong and even at instead"), NULL },
    { "anonymize", 0, 0, G_OPTION_ARG_NONE, &anonymize, N_("Show the municipalities as “Municipality A”, “Municipality B”, … in the study’s letter order"), NULL },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language of names and reasons: sv or en (default: the study's)"), N_("LANGUAGE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    fk_cli_option_context_new ("candidates",
                               _("List the capabilities the municipalities could build together, best first."),
                               entries);
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  g_autoptr(FkCandidates) candidates = NULL;
  g_autoptr(FkAnonymizer) anonymizer = NULL;
  guint limit = G_MAXUINT;
  const FkRound *round;
  const char *path;
  Listing listing;

  if (!fk_cli_parse (context, "candidates", argc, argv, error))
    return FALSE;
  if ((path = fk_cli_one_file ("candidates", files, error)) == NULL)
    return FALSE;

  /* Every option before the study. */
  if (limit_text != NULL && !fk_cli_parse_limit (limit_text, &limit, error))
    return FALSE;
  if (language != NULL && !fk_text_language_is_valid (language))
    return bad_value (error, _("--language: “%s” is not a study language (use sv or en)"), language);

  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, error);
  if (study == NULL)
    return FALSE;
  if (!fk_cli_open_round_candidates (study, round_name, &language, FALSE, anonymize,
                                     &round, &snapshot, &candidates, &anonymizer, error))
    return FALSE;

  listing = (Listing) {
    .candidates = candidates,
    .snapshot = snapshot,
    .model = fk_round_snapshot_get_model (snapshot),
    .region = fk_round_snapshot_get_region (snapshot),
    .anon = anonymizer,
    .language = language,
  };
  if (json)
    print_json (&listing, strong, limit);
  else
    print_text (&listing, strong, limit);
  return TRUE;
}
