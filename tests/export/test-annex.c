/* test-annex.c — the PDF annex (fk-annex.h), read back with poppler-utils
 *
 * A filled default study (14 municipalities, 43 capabilities) with one
 * score left out and one comment "<b>&": page count, contents against
 * the pages the chapters are on, names, scenario titles, known numbers in
 * their rows, embedded fonts, the comment printed literally, the
 * anonymised annex without a name or code, English headings, and a large
 * synthetic study whose heatmaps are cut into parts with their labels.
 */
#include "config.h"
#include "fk-annex.h"
#include "fk-heatmap.h"
#include "fk-i18n.h"
#include "fk-profile-text.h"
#include "fk-test-util.h"
#include "bench-util.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#define COMMENT "Kommentar <b>& annat"

typedef struct {
  char    *dir;
  FkStudy *study;
  gint64   round;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  FkModel *model;
  FkRegion *region;
  g_autoptr(FkScore) score = NULL;
  g_autoptr(FkScore) missing = NULL;
  const FkMunicipality *first, *last;
  const FkCapability *cap;

  f->dir = fk_test_tmpdir_new ();
  f->study = fk_test_study_new_default (f->dir, "annex.fkarta");
  f->round = fk_study_get_latest_round (f->study)->id;
  fk_test_study_fill (f->study, f->round);
  model = fk_study_get_model (f->study);
  region = fk_study_get_region (f->study);
  first = g_ptr_array_index (region->municipalities, 0);
  last = g_ptr_array_index (region->municipalities, region->municipalities->len - 1);
  cap = g_ptr_array_index (model->capabilities, 0);

  /* A comment that would be markup, and one capability left unassessed. */
  score = fk_study_get_score (f->study, f->round, first->code, cap->key, &error);
  g_assert_no_error (error);
  g_assert_nonnull (score);
  g_free (score->comment);
  score->comment = g_strdup (COMMENT);
  g_assert_true (fk_study_set_score (f->study, score, &error));
  g_assert_no_error (error);
  missing = fk_study_get_score (f->study, f->round, last->code, cap->key, &error);
  g_assert_no_error (error);
  missing->current = FK_LEVEL_UNSET;
  missing->target = FK_LEVEL_UNSET;
  g_assert_true (fk_study_set_score (f->study, missing, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->study);
  fk_test_tmpdir_free (f->dir);
}

/* The annex of @study with @options written to DIR/@name; its document's
 * page count in @n_pages. Returns: the path. */
static char *
write_annex (Fixture              *f,
             const FkAnnexOptions *options,
             const char           *name,
             guint                *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkAnnexInput) input = fk_annex_input_new (f->study, options, &error);
  g_autoptr(FkPdfDocument) doc = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_no_error (error);
  g_assert_nonnull (input);
  doc = fk_annex_build (input, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  *n_pages = fk_pdf_document_layout (doc);
  g_assert_true (fk_pdf_document_write (doc, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static char **
pdf_pages (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autofree char *text = fk_test_run_tool (argv);

  return g_strsplit (text, "\f", -1);
}

static guint
pdf_page_count (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = fk_test_run_tool (argv);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

static gboolean
matches (const char *text,
         const char *pattern)
{
  return g_regex_match_simple (pattern, text, G_REGEX_MULTILINE, 0);
}

/* Every entry of the contents ("Heatmaps ....... 8") names a heading
 * that begins a line of that page. */
static void
assert_contents (char      **pages,
                 guint       n_pages,
                 const char *const *chapters)
{
  g_autoptr(GRegex) entry = g_regex_new ("^ *(\\S.*?\\S) +(\\d+)$", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) info = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  const char *contents = strstr (pages[1], "Contents");

  /* From the title on: above it is the running header. */
  g_assert_nonnull (contents);
  g_regex_match (entry, contents, 0, &info);
  while (g_match_info_matches (info))
    {
      g_autofree char *title = g_match_info_fetch (info, 1);
      g_autofree char *number = g_match_info_fetch (info, 2);
      guint page = (guint) g_ascii_strtoull (number, NULL, 10);
      g_autofree char *escaped = g_regex_escape_string (title, -1);
      g_autofree char *pattern = g_strdup_printf ("^ *%s *$", escaped);

      if (g_str_has_prefix (title, "Page "))   /* the footer */
        {
          g_match_info_next (info, NULL);
          continue;
        }
      g_assert_cmpuint (page, >=, 2);
      g_assert_cmpuint (page, <=, n_pages);
      if (!matches (pages[page - 1], pattern))
        g_error ("contents: “%s” is not a heading on page %u", title, page);
      g_hash_table_add (seen, g_steal_pointer (&title));
      g_match_info_next (info, NULL);
    }
  for (guint i = 0; chapters[i] != NULL; i++)
    if (!g_hash_table_contains (seen, chapters[i]))
      g_error ("contents: no chapter “%s”", chapters[i]);
}

static const char *
page_with (char      **pages,
           const char *pattern)
{
  for (guint i = 0; pages[i] != NULL; i++)
    if (matches (pages[i], pattern))
      return pages[i];
  return NULL;
}

/* The numbers in the cells of a heatmap page: the page's numbers, less
 * those of the names ("Kommun 12", "Förmåga 3", "Område 1", "Round 1"),
 * the footer and the caption (from @caption on). The legend's steps count
 * (six at most). */
static guint
count_cell_numbers (const char *page,
                    const char *caption)
{
  g_autoptr(GRegex) names = g_regex_new ("(Kommun|Förmåga|Område|Municipality|Page|Round) \\d+( of \\d+)?", 0, 0, NULL);
  g_autoptr(GRegex) number = g_regex_new ("^[−+-]?\\d+([.,]\\d+)?$", 0, 0, NULL);
  const char *end = strstr (page, caption);
  g_autofree char *head = g_strndup (page, end != NULL ? (gsize) (end - page) : strlen (page));
  g_autofree char *bare = g_regex_replace_literal (names, head, -1, 0, " ", 0, NULL);
  g_auto(GStrv) tokens = g_regex_split_simple ("\\s+", bare, 0, 0);
  guint n = 0;

  for (guint i = 0; tokens[i] != NULL; i++)
    if (g_regex_match (number, tokens[i], 0, NULL))
      n++;
  return n;
}

/* No heading ends a page: the last line above the footer of every page
 * is not one of the annex's section headings. */
static void
assert_no_heading_last (char **pages)
{
  g_autoptr(GPtrArray) headings = g_ptr_array_new_with_free_func (g_free);

  for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    g_ptr_array_add (headings, fk_scenario_section_get_heading (s, "en"));
  g_ptr_array_add (headings, g_strdup ("Strengths"));
  g_ptr_array_add (headings, g_strdup ("Weaknesses"));
  g_ptr_array_add (headings, g_strdup ("Comments"));
  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_auto(GStrv) lines = g_strsplit (pages[i], "\n", -1);
      const char *last = NULL, *footer = NULL;

      /* The last two non-empty lines: the page's last text, then its footer. */
      for (guint k = 0; lines[k] != NULL; k++)
        if (*g_strstrip (lines[k]) != '\0')
          {
            last = footer;
            footer = lines[k];
          }
      if (last == NULL || footer == NULL || !g_str_has_prefix (footer, "Page "))
        continue;
      for (guint h = 0; h < headings->len; h++)
        if (g_str_equal (last, headings->pdata[h]))
          g_error ("page %u ends with the heading “%s”", i + 1, last);
    }
}

static void
test_annex_english (Fixture       *f,
                    gconstpointer  data)
{
  FkAnnexOptions options = { .language = "en" };
  static const char *const chapters[] = {
    "Method", "Heatmaps", "Area overview", "Current level", "Target level", "Gap to target",
    "Sustainability risk", "Municipalities", "Collaboration candidates", "Scenarios", NULL
  };
  FkRegion *region = fk_study_get_region (f->study);
  FkModel *model = fk_study_get_model (f->study);
  const FkMunicipality *first = g_ptr_array_index (region->municipalities, 0);
  const FkMunicipality *last = g_ptr_array_index (region->municipalities, region->municipalities->len - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  g_autoptr(FkProfile) profile = NULL;
  g_autofree char *path = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *row = NULL;
  g_autofree char *na_line = NULL;
  g_autofree char *na_heading = NULL;
  g_auto(GStrv) pages = NULL;
  const char *page;
  guint n_pages;

  /* The second municipality marks the last capability not applicable. */
  {
    const FkMunicipality *second = g_ptr_array_index (region->municipalities, 1);
    const FkCapability *cap = g_ptr_array_index (model->capabilities, model->capabilities->len - 1);
    g_autoptr(FkScore) na = fk_study_get_score (f->study, f->round, second->code, cap->key, &error);

    g_assert_no_error (error);
    na->current = FK_LEVEL_NA;
    na->target = FK_LEVEL_UNSET;
    g_assert_true (fk_study_set_score (f->study, na, &error));
    g_assert_no_error (error);
    na_line = g_strdup_printf ("Not applicable to the municipality: %s.", fk_text_get (&cap->name, "en"));
    na_heading = g_strdup_printf ("^%s$", second->name);
  }

  path = write_annex (f, &options, "annex-en.pdf", &n_pages);
  g_assert_cmpuint (pdf_page_count (path), ==, n_pages);
  pages = pdf_pages (path);
  whole = g_strjoinv ("\n", pages);
  assert_contents (pages, n_pages, chapters);
  page = page_with (pages, na_heading);
  g_assert_nonnull (page);
  if (strstr (page, na_line) == NULL)
    g_error ("no “%s” on the page:\n%s", na_line, page);
  assert_no_heading_last (pages);

  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);
      g_autofree char *heading = g_strdup_printf ("^%s$", m->name);

      g_assert_nonnull (strstr (whole, m->name));
      /* Its own page, headed by its name. */
      g_assert_nonnull (page_with (pages, heading));
    }
  scenarios = fk_study_list_scenarios (f->study, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scenarios->len, >=, 4);
  for (guint i = 0; i < scenarios->len; i++)
    {
      g_autofree char *name = fk_scenario_get_display_name (scenarios->pdata[i], region, "en", NULL, i + 1, NULL);

      g_assert_nonnull (strstr (whole, name));
    }

  /* Completeness on the title page and in the method's table. */
  g_assert_nonnull (strstr (pages[0], "13 of 14 municipalities have answered for all 43 capabilities; 1 has answered for some"));
  row = g_strdup_printf ("^ *%s +42 +0 +1\\b", last->name);
  if (page_with (pages, row) == NULL || page_with (pages, "^ *All municipalities +600 +1 +1\\b") == NULL)
    g_error ("no completeness rows /%s/ and for all in:\n%s", row, whole);

  /* The first strength of the first municipality, with its medians. */
  snapshot = fk_study_read_snapshot (f->study, f->round, &error);
  g_assert_no_error (error);
  profile = fk_profile_new (snapshot, first->code, &error);
  g_assert_no_error (error);
  if (profile->strengths->len > 0)
    {
      /* The row the Profile page shows (fk-profile-text.h: one code for both). */
      const FkProfileItem *item = &g_array_index (profile->strengths, FkProfileItem, 0);
      const FkCapability *cap = fk_model_lookup (model, item->capability);
      g_autoptr(GPtrArray) rows = fk_profile_rows_new (profile->strengths, model, "en");
      const FkProfileRow *shown = rows->pdata[0];
      g_autofree char *diff = g_regex_escape_string (shown->difference, -1);
      g_autofree char *pattern = NULL;

      g_assert_cmpint (atoi (shown->level), ==, item->level);
      pattern = g_strdup_printf ("^ *%s .* %s +%s +%s +%s *$", fk_text_get (&cap->name, "en"),
                                 shown->level, shown->region_median, shown->size_median, diff);
      g_autofree char *heading = g_strdup_printf ("^%s$", first->name);

      page = page_with (pages, heading);
      g_assert_nonnull (page);
      if (!matches (page, pattern))
        g_error ("no row /%s/ on the page of %s:\n%s", pattern, first->name, page);
    }

  /* One page per municipality: the profile chart and both tables fit
   * (only the first shares its page with the chapter's introduction, and
   * its comment may follow on the next); no Comments heading where a
   * municipality left none. */
  {
    g_autofree char *last_heading = g_strdup_printf ("^%s$", last->name);
    guint previous = 0;

    for (guint k = 0; k < region->municipalities->len; k++)
      {
        const FkMunicipality *m = g_ptr_array_index (region->municipalities, k);
        g_autofree char *heading = g_strdup_printf ("^%s$", m->name);
        guint at = 0;

        for (guint i = 0; pages[i] != NULL && at == 0; i++)
          if (matches (pages[i], heading) && matches (pages[i], "inhabitants"))
            at = i;
        g_assert_cmpuint (at, >, 0);
        if (k >= 2)
          g_assert_cmpuint (at, ==, previous + 1);
        previous = at;
      }
    page = page_with (pages, last_heading);
    g_assert_nonnull (page);
    g_assert_nonnull (strstr (page, "The municipality has left no comments in this round."));
    g_assert_false (matches (page, "^ *Comments *$"));
  }
  /* The reading guide explains every column at the heatmaps' right edge. */
  g_assert_nonnull (strstr (whole, "At level 2 or below: how many municipalities have a current level of 2"));
  g_assert_nonnull (strstr (whole, "Interested: how many municipalities have answered yes or maybe"));
  /* Fourteen municipalities fit a page's width: the heatmaps keep the
   * numbers in their cells. */
  {
    const char *caption = "The level each municipality has reached today";
    guint n_heatmap_pages = 0;

    g_assert_null (strstr (whole, "Colours only"));
    for (guint i = 0; pages[i] != NULL; i++)
      if (strstr (pages[i], caption) != NULL)
        {
          n_heatmap_pages++;
          if (count_cell_numbers (pages[i], caption) < 50)
            g_error ("page %u: a heatmap without its numbers:\n%s", i + 1, pages[i]);
        }
    g_assert_cmpuint (n_heatmap_pages, >, 1);
  }

  /* The comment as typed, not as markup. */
  g_assert_nonnull (strstr (whole, COMMENT));
  /* English throughout the program's words. */
  g_assert_nonnull (strstr (whole, "Strengths"));
  g_assert_nonnull (strstr (whole, "Page 2 of"));
}

static void
test_annex_fonts (Fixture       *f,
                  gconstpointer  data)
{
  FkAnnexOptions options = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_pages, n_fonts = 0;

  path = write_annex (f, &options, "annex-fonts.pdf", &n_pages);
  {
    const char *argv[] = { "pdffonts", path, NULL };

    fonts = fk_test_run_tool (argv);
  }
  lines = g_strsplit (fonts, "\n", -1);
  /* Two header lines, then one per font: "name type encoding emb sub uni …". */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;
      guint n;

      if (*lines[i] == '\0')
        continue;
      words = g_regex_split_simple (" +", lines[i], 0, 0);
      n = g_strv_length (words);
      g_assert_cmpuint (n, >=, 7);
      /* emb is the fourth from the end (emb sub uni object ID). */
      if (g_strcmp0 (words[n - 5], "yes") != 0)
        g_error ("font not embedded: %s", lines[i]);
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

static void
test_annex_anonymized (Fixture       *f,
                       gconstpointer  data)
{
  FkAnnexOptions options = { .anonymize = TRUE, .language = "en" };
  FkRegion *region = fk_study_get_region (f->study);
  g_autofree char *path = NULL;
  g_autofree char *with_comments = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *whole_comments = NULL;
  g_auto(GStrv) pages = NULL;
  g_auto(GStrv) pages_comments = NULL;
  guint n_pages;

  path = write_annex (f, &options, "annex-anon.pdf", &n_pages);
  g_assert_cmpuint (pdf_page_count (path), ==, n_pages);
  pages = pdf_pages (path);
  whole = g_strjoinv ("\n", pages);
  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);

      if (strstr (whole, m->name) != NULL)
        g_error ("the anonymised annex names %s", m->name);
      if (strstr (whole, m->code) != NULL)
        g_error ("the anonymised annex gives the code %s", m->code);
    }
  g_assert_nonnull (page_with (pages, "^Municipality A$"));
  g_assert_nonnull (strstr (whole, "anonymised"));
  /* The running header names the round once, not in its title too. */
  g_assert_true (matches (pages[2], "^ *Capability mapping, anonymised +Omgång 1 *$"));
  /* Comments are left out… */
  g_assert_null (strstr (whole, COMMENT));

  /* … unless asked for. */
  options.comments = TRUE;
  with_comments = write_annex (f, &options, "annex-anon-comments.pdf", &n_pages);
  pages_comments = pdf_pages (with_comments);
  whole_comments = g_strjoinv ("\n", pages_comments);
  g_assert_nonnull (strstr (whole_comments, COMMENT));
}

/* Comments on every capability of the municipality of region row
 * @row, long enough to fill more than a page. */
static void
add_long_comments (Fixture *f,
                   guint    row)
{
  FkModel *model = fk_study_get_model (f->study);
  FkRegion *region = fk_study_get_region (f->study);
  const FkMunicipality *m = g_ptr_array_index (region->municipalities, row);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  g_autoptr(GError) error = NULL;

  for (guint c = 0; c < model->capabilities->len; c++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
      FkScore *score = fk_study_get_score (f->study, f->round, m->code, cap->key, &error);

      g_assert_no_error (error);
      g_assert_nonnull (score);
      g_free (score->comment);
      score->comment = g_strdup_printf ("Kommentar %u: vi har en plan för förmågan men saknar folk att "
                                        "genomföra den, och det mesta hänger på en person som snart går i "
                                        "pension; en gemensam lösning med grannkommunerna vore bättre.", c + 1);
      g_ptr_array_add (batch, score);
    }
  g_assert_true (fk_study_set_scores (f->study, batch, &error));
  g_assert_no_error (error);
}

/* The pages (from 1) whose first line under the running header is
 * @pattern (a regex), as a string "3 7" for messages; their count. */
static guint
pages_starting_with (char      **pages,
                     const char *pattern,
                     GString    *found)
{
  guint n = 0;

  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_auto(GStrv) lines = g_strsplit (pages[i], "\n", -1);
      guint k = 0;

      /* Past the running header and the blank lines under it. */
      while (lines[k] != NULL && *g_strstrip (lines[k]) == '\0')
        k++;
      if (lines[k] == NULL)
        continue;
      k++;
      while (lines[k] != NULL && *g_strstrip (lines[k]) == '\0')
        k++;
      if (lines[k] != NULL && matches (lines[k], pattern))
        {
          g_string_append_printf (found, " %u", i + 1);
          n++;
        }
    }
  return n;
}

/* A municipality's comments that spill onto the next page: its name
 * heads that page too, "Name (continued)"; anonymised, its letter, and
 * still no name anywhere. */
static void
test_annex_comments_continued (Fixture       *f,
                               gconstpointer  data)
{
  FkAnnexOptions options = { .language = "en" };
  FkRegion *region = fk_study_get_region (f->study);
  const FkMunicipality *m = g_ptr_array_index (region->municipalities, 0);
  g_autofree char *path = NULL;
  g_autofree char *anon_path = NULL;
  g_autofree char *pattern = NULL;
  g_autofree char *whole = NULL;
  g_autoptr(GString) found = g_string_new (NULL);
  g_auto(GStrv) pages = NULL;
  g_auto(GStrv) anon_pages = NULL;
  guint n_pages;

  add_long_comments (f, 0);
  path = write_annex (f, &options, "comments.pdf", &n_pages);
  pages = pdf_pages (path);
  pattern = g_strdup_printf ("^%s \\(continued\\)$", m->name);
  if (pages_starting_with (pages, pattern, found) == 0)
    g_error ("no page starts with “%s (continued)”", m->name);
  /* Each of them is a page of its comments. */
  {
    g_auto(GStrv) numbers = g_strsplit (g_strstrip (found->str), " ", -1);

    for (guint i = 0; numbers[i] != NULL; i++)
      g_assert_nonnull (strstr (pages[atoi (numbers[i]) - 1], "Kommentar"));
  }

  options.anonymize = TRUE;
  options.comments = TRUE;
  anon_path = write_annex (f, &options, "comments-anon.pdf", &n_pages);
  anon_pages = pdf_pages (anon_path);
  whole = g_strjoinv ("\n", anon_pages);
  g_string_truncate (found, 0);
  g_assert_cmpuint (pages_starting_with (anon_pages, "^Municipality [A-Z]+ \\(continued\\)$", found), >, 0);
  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *other = g_ptr_array_index (region->municipalities, i);

      if (strstr (whole, other->name) != NULL || strstr (whole, other->code) != NULL)
        g_error ("the anonymised annex names %s (%s)", other->name, other->code);
    }
}

static void
test_annex_cancelled (Fixture       *f,
                      gconstpointer  data)
{
  FkAnnexOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FkAnnexInput) input = fk_annex_input_new (f->study, &options, &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(FkPdfDocument) doc = NULL;
  g_autofree char *path = g_build_filename (f->dir, "cancelled.pdf", NULL);

  g_assert_no_error (error);
  g_cancellable_cancel (cancellable);
  doc = fk_annex_build (input, cancellable, NULL, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (fk_annex_write (input, path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_annex_unknown_round (Fixture       *f,
                          gconstpointer  data)
{
  FkAnnexOptions options = { .round_name = "No such round" };
  g_autoptr(GError) error = NULL;
  g_autoptr(FkAnnexInput) input = fk_annex_input_new (f->study, &options, &error);

  g_assert_null (input);
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
}

static void
count_progress (double   fraction,
                gpointer data)
{
  double *last = data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static gpointer
write_in_thread (gpointer data)
{
  gpointer *job = data;
  GError *error = NULL;

  if (!fk_pdf_document_write (job[0], job[1], NULL, NULL, NULL, &error))
    return error;
  return NULL;
}

/* Built on this thread with progress, written in another: what the
 * app's export dialog does with a GTask. */
static void
test_annex_worker (Fixture       *f,
                   gconstpointer  data)
{
  FkAnnexOptions options = { .language = "en" };
  g_autoptr(GError) error = NULL;
  g_autoptr(FkAnnexInput) input = fk_annex_input_new (f->study, &options, &error);
  g_autoptr(FkPdfDocument) doc = NULL;
  g_autofree char *path = g_build_filename (f->dir, "worker.pdf", NULL);
  double last = 0;
  gpointer job[2];
  GThread *thread;
  GError *thread_error;

  g_assert_no_error (error);
  doc = fk_annex_build (input, NULL, count_progress, &last, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);
  /* The input is not needed to write: the document owns what it draws. */
  g_clear_pointer (&input, fk_annex_input_free);
  job[0] = doc;
  job[1] = path;
  thread = g_thread_new ("annex-writer", write_in_thread, job);
  thread_error = g_thread_join (thread);
  g_assert_no_error (thread_error);
  g_assert_cmpuint (pdf_page_count (path), ==, fk_pdf_document_get_n_pages (doc));
}

/* Built AND written in a GTask worker in Swedish while the main thread
 * translates in English: the message language is the thread's own
 * (fk-i18n.h), so the export dialog can run the whole annex off the main
 * thread. */
typedef struct {
  FkAnnexInput *input;
  const char   *path;
} WorkerJob;

static void
build_and_write (GTask        *task,
                 gpointer      source,
                 gpointer      data,
                 GCancellable *cancellable)
{
  WorkerJob *job = data;
  GError *error = NULL;
  g_autoptr(FkPdfDocument) doc = fk_annex_build (job->input, cancellable, NULL, NULL, &error);

  if (doc == NULL || !fk_pdf_document_write (doc, job->path, cancellable, NULL, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
worker_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  gboolean *done = data;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_task_propagate_boolean (G_TASK (result), &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_annex_worker_language (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("FK_BUILD_ROOT"), "po", NULL);
  g_autofree char *catalog = g_build_filename (localedir, "sv", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  FkAnnexOptions options = { .language = "sv" };
  g_autoptr(GError) error = NULL;
  g_autoptr(FkAnnexInput) input = NULL;
  g_autofree char *path = g_build_filename (f->dir, "worker-sv.pdf", NULL);
  g_autofree char *whole = NULL;
  WorkerJob job;
  GTask *task;
  gboolean done = FALSE;
  guint translated = 0;

  if (!g_file_test (catalog, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no Swedish catalogue in the build");
      return;
    }
  fk_i18n_set_localedir (localedir);
  input = fk_annex_input_new (f->study, &options, &error);
  g_assert_no_error (error);
  job.input = input;
  job.path = path;
  task = g_task_new (NULL, NULL, worker_done, &done);
  g_task_set_task_data (task, &job, NULL);
  g_task_run_in_thread (task, build_and_write);
  g_object_unref (task);

  fk_text_push_message_language ("en");
  while (!done)
    {
      g_assert_cmpstr (_("Method"), ==, "Method");
      g_assert_cmpstr (_("Collaboration candidates"), ==, "Collaboration candidates");
      translated++;
      g_main_context_iteration (NULL, FALSE);
    }
  fk_text_pop_message_language ();
  g_assert_cmpuint (translated, >, 0);

  {
    const char *argv[] = { "pdftotext", path, "-", NULL };

    whole = fk_test_run_tool (argv);
  }
  g_assert_nonnull (strstr (whole, "Metod"));
  g_assert_nonnull (strstr (whole, "Samverkanskandidater"));
  g_assert_null (strstr (whole, "Collaboration candidates"));
  g_assert_cmpuint (pdf_page_count (path), >, 10);
}

/* ---- a large grid --------------------------------------------------------- */

#define LARGE_MUNICIPALITIES 60
#define LARGE_CAPABILITIES   90

static void
large_set_up (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_bench_model (9, LARGE_CAPABILITIES);
  g_autoptr(FkRegion) region = fk_bench_region (LARGE_MUNICIPALITIES, "large");
  g_autofree char *path = NULL;

  f->dir = fk_test_tmpdir_new ();
  path = g_build_filename (f->dir, "large.fkarta", NULL);
  f->study = fk_study_create (path, model, region, "Large", "en", NULL, &error);
  g_assert_no_error (error);
  f->round = fk_study_get_latest_round (f->study)->id;
  fk_bench_fill_round (f->study, f->round);
}

static void
test_annex_split (Fixture       *f,
                  gconstpointer  data)
{
  FkAnnexOptions options = { .language = "en" };
  g_autoptr(GRegex) caption = g_regex_new ("The level each municipality has reached today, 0–5\\. Part (\\d+) of (\\d+): rows (\\d+)–(\\d+) of (\\d+), municipalities (\\d+)–(\\d+) of (\\d+)\\.",
                                           0, 0, NULL);
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *path = NULL;
  g_auto(GStrv) pages = NULL;
  guint n_pages, n_parts = 0, n_total = 0;
  gboolean later_columns = FALSE, later_rows = FALSE;

  path = write_annex (f, &options, "large.pdf", &n_pages);
  g_assert_cmpuint (pdf_page_count (path), ==, n_pages);
  /* Too many to name on the title page: their number, and the page's
   * last line (the completeness) still on it. */
  {
    g_auto(GStrv) all = pdf_pages (path);

    g_assert_true (matches (all[0], "60 municipalities, each named in the completeness table"));
    g_assert_false (matches (all[0], "Kommun 59"));
    g_assert_true (matches (all[0], "^ *Completeness "));
  }
  /* FK_TEST_ANNEX_KEEP=file.pdf keeps a copy to look at. */
  if (g_getenv ("FK_TEST_ANNEX_KEEP") != NULL)
    {
      g_autoptr(GFile) from = g_file_new_for_path (path);
      g_autoptr(GFile) to = g_file_new_for_path (g_getenv ("FK_TEST_ANNEX_KEEP"));

      g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
    }
  pages = pdf_pages (path);
  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) info = NULL;
      guint v[8];

      /* pdftotext -layout may cut the caption over lines: join them. */
      g_autofree char *flat = g_regex_replace_literal (spaces, pages[i], -1, 0, " ", 0, NULL);

      if (!g_regex_match (caption, flat, 0, &info))
        continue;
      for (guint k = 0; k < 8; k++)
        {
          g_autofree char *s = g_match_info_fetch (info, k + 1);

          v[k] = (guint) g_ascii_strtoull (s, NULL, 10);
        }
      n_parts++;
      n_total = v[1];
      g_assert_cmpuint (v[4], ==, LARGE_CAPABILITIES + 1);   /* and the mean row */
      g_assert_cmpuint (v[7], ==, LARGE_MUNICIPALITIES);
      later_rows = later_rows || v[2] > 1;
      later_columns = later_columns || v[5] > 1;
      /* Every part has its row labels (the bench model's "Förmåga …")
       * and its column labels (the bench region's "Kommun …"). */
      g_assert_nonnull (strstr (pages[i], "Förmåga"));
      g_assert_nonnull (strstr (pages[i], "Kommun "));
    }
  g_assert_cmpuint (n_parts, >, 1);
  g_assert_cmpuint (n_parts, ==, n_total);
  g_assert_true (later_rows);
  g_assert_true (later_columns);
}

/* The current level's heatmap pages of @pages: each part of a split
 * heatmap that starts inside an area (its first row is not the area's
 * first: the bench model has ten capabilities an area) repeats the
 * area's name above its rows, and no other part does. Returns how many
 * parts continue an area. */
static guint
assert_continued_areas (char **pages)
{
  g_autoptr(GRegex) first_row = g_regex_new ("Förmåga (\\d+)", 0, 0, NULL);
  guint n = 0;

  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) info = NULL;
      g_autofree char *number = NULL;
      g_autofree char *continued = NULL;
      const char *at;
      guint k;

      if (strstr (pages[i], "The level each municipality has reached today") == NULL ||
          !g_regex_match (first_row, pages[i], 0, &info))
        continue;
      number = g_match_info_fetch (info, 1);
      k = (guint) g_ascii_strtoull (number, NULL, 10);
      continued = g_strdup_printf ("Område %u (continued)", k / 10);
      at = strstr (pages[i], continued);
      if (k % 10 == 0)
        {
          if (strstr (pages[i], "(continued)") != NULL)
            g_error ("page %u starts with an area, yet continues one:\n%s", i + 1, pages[i]);
          continue;
        }
      if (at == NULL || at > strstr (pages[i], "Förmåga"))
        g_error ("page %u starts in the middle of Område %u without “%s” above its rows:\n%s",
                 i + 1, k / 10, continued, pages[i]);
      n++;
    }
  return n;
}

/* Sixty municipalities do not fit across a page with numbers: the
 * heatmaps are compact, colours only (fewer pages, no number in a cell,
 * a caption saying where the numbers are), unless numbers are asked for;
 * parts starting inside an area name it in both. */
static void
test_annex_compact (Fixture       *f,
                    gconstpointer  data)
{
  FkAnnexOptions options = { .language = "en" };
  const char *caption = "The level each municipality has reached today";
  g_autofree char *compact = NULL;
  g_autofree char *numbered = NULL;
  g_auto(GStrv) compact_pages = NULL;
  g_auto(GStrv) numbered_pages = NULL;
  guint n_compact, n_numbered, n_heatmap_pages = 0;

  compact = write_annex (f, &options, "compact.pdf", &n_compact);
  options.heatmaps = FK_ANNEX_HEATMAPS_NUMBERS;
  numbered = write_annex (f, &options, "numbered.pdf", &n_numbered);
  g_assert_cmpuint (n_compact, <, n_numbered);
  compact_pages = pdf_pages (compact);
  numbered_pages = pdf_pages (numbered);

  for (guint i = 0; compact_pages[i] != NULL; i++)
    if (strstr (compact_pages[i], caption) != NULL)
      {
        n_heatmap_pages++;
        g_assert_nonnull (strstr (compact_pages[i], "Colours only: the numbers are in the data annex (XLSX)."));
        if (count_cell_numbers (compact_pages[i], caption) > 6)
          g_error ("page %u: numbers in a compact heatmap:\n%s", i + 1, compact_pages[i]);
      }
  g_assert_cmpuint (n_heatmap_pages, >, 1);
  /* The method chapter says so (pdftotext may wrap the sentence). */
  {
    g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
    g_autofree char *whole = g_strjoinv (" ", compact_pages);
    g_autofree char *flat = g_regex_replace_literal (spaces, whole, -1, 0, " ", 0, NULL);

    g_assert_nonnull (strstr (flat, "the heatmaps show colours only, in smaller cells"));
  }
  for (guint i = 0; numbered_pages[i] != NULL; i++)
    if (strstr (numbered_pages[i], caption) != NULL)
      {
        g_assert_null (strstr (numbered_pages[i], "Colours only"));
        g_assert_cmpuint (count_cell_numbers (numbered_pages[i], caption), >=, 50);
      }
  g_assert_cmpuint (assert_continued_areas (compact_pages), >, 0);
  g_assert_cmpuint (assert_continued_areas (numbered_pages), >, 0);
}

/* fk_heatmap_layout_split() covers every row and column once, in parts
 * no larger than asked where a row and a column fit. */
static void
test_layout_split (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = fk_study_read_snapshot (f->study, f->round, &error);
  g_autoptr(FkHeatmapLayout) layout = NULL;
  g_autoptr(GArray) parts = NULL;
  g_autoptr(GArray) whole = NULL;
  guint *row_seen, *col_seen;

  g_assert_no_error (error);
  layout = fk_heatmap_layout_new (snapshot, FK_MEASURE_CURRENT, FK_PALETTE_DEFAULT, "en", NULL);
  whole = fk_heatmap_layout_split (layout, layout->width + 1, layout->height + 1);
  g_assert_cmpuint (whole->len, ==, 1);
  parts = fk_heatmap_layout_split (layout, 1200, 900);
  g_assert_cmpuint (parts->len, >, 4);
  row_seen = g_new0 (guint, layout->rows->len);
  col_seen = g_new0 (guint, layout->columns->len);
  for (guint i = 0; i < parts->len; i++)
    {
      const FkHeatmapPart *p = &g_array_index (parts, FkHeatmapPart, i);

      g_assert_cmpfloat (p->width, <=, 1200);
      g_assert_cmpfloat (p->height, <=, 900);
      if (p->col0 == 0)
        for (guint r = p->row0; r < p->row0 + p->n_rows; r++)
          row_seen[r]++;
      if (p->row0 == 0)
        for (guint c = p->col0; c < p->col0 + p->n_cols; c++)
          col_seen[c]++;
    }
  for (guint r = 0; r < layout->rows->len; r++)
    g_assert_cmpuint (row_seen[r], ==, 1);
  for (guint c = 0; c < layout->columns->len; c++)
    g_assert_cmpuint (col_seen[c], ==, 1);
  g_free (row_seen);
  g_free (col_seen);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  /* First: it reads the Swedish catalogue, which a push of Swedish before
   * it would have found missing (catalogues are read once). */
  g_test_add ("/export/annex/worker-language", Fixture, NULL, fixture_set_up, test_annex_worker_language, fixture_tear_down);
  g_test_add ("/export/annex/english", Fixture, NULL, fixture_set_up, test_annex_english, fixture_tear_down);
  g_test_add ("/export/annex/fonts", Fixture, NULL, fixture_set_up, test_annex_fonts, fixture_tear_down);
  g_test_add ("/export/annex/anonymized", Fixture, NULL, fixture_set_up, test_annex_anonymized, fixture_tear_down);
  g_test_add ("/export/annex/worker", Fixture, NULL, fixture_set_up, test_annex_worker, fixture_tear_down);
  g_test_add ("/export/annex/comments-continued", Fixture, NULL, fixture_set_up, test_annex_comments_continued, fixture_tear_down);
  g_test_add ("/export/annex/cancelled", Fixture, NULL, fixture_set_up, test_annex_cancelled, fixture_tear_down);
  g_test_add ("/export/annex/unknown-round", Fixture, NULL, fixture_set_up, test_annex_unknown_round, fixture_tear_down);
  g_test_add ("/export/annex/split", Fixture, NULL, large_set_up, test_annex_split, fixture_tear_down);
  g_test_add ("/export/annex/compact", Fixture, NULL, large_set_up, test_annex_compact, fixture_tear_down);
  g_test_add ("/export/annex/layout-split", Fixture, NULL, large_set_up, test_layout_split, fixture_tear_down);
  return g_test_run ();
}
