/* test-default-model.c — the built-in model "Digital motor" 2.0.0 keeps
 * the limits of issue 13: answerable alone in under an hour, collaboration
 * kept out of the top level, sharp rubrics, and the right Swedish terms.
 */
#include <string.h>

#include "fk-test-util.h"

/* Level texts read in about ten seconds each; English runs a little longer. */
#define MAX_WORDS_SV 30
#define MAX_WORDS_EN 36

static FkModel *
default_model (void)
{
  g_autoptr(GError) error = NULL;
  FkModel *model = fk_model_new_default (&error);

  g_assert_no_error (error);
  return model;
}

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      n++;
  return n;
}

/* Whether lower-cased @text contains @needle (ASCII or UTF-8, lower case). */
static gboolean
mentions (const char *text,
          const char *needle)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  return strstr (lower, needle) != NULL;
}

/* Whether @text contains @word as a whole word. */
static gboolean
has_word (const char *text,
          const char *word)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_auto(GStrv) words = g_strsplit_set (lower, " ,.;:()\n", -1);

  return g_strv_contains ((const char * const *) words, word);
}

/* Every text of the model, both languages, for the vocabulary checks. */
static GPtrArray *
all_texts (FkModel *model)
{
  GPtrArray *texts = g_ptr_array_new ();

#define ADD(t) G_STMT_START { g_ptr_array_add (texts, (gpointer) (t).sv); \
                              if ((t).en != NULL) g_ptr_array_add (texts, (gpointer) (t).en); } G_STMT_END
  ADD (model->name);
  ADD (model->description);
  for (guint i = 0; i < model->scoring_rules->len; i++)
    ADD (*(const FkText *) g_ptr_array_index (model->scoring_rules, i));
  for (int level = FK_LEVEL_MIN; level <= FK_LEVEL_MAX; level++)
    {
      ADD (model->scale[level].name);
      ADD (model->scale[level].meaning);
    }
  for (guint i = 0; i < model->areas->len; i++)
    {
      const FkArea *area = g_ptr_array_index (model->areas, i);

      ADD (area->name);
      if (!fk_text_is_empty (&area->description))
        ADD (area->description);
    }
  for (guint i = 0; i < model->capabilities->len; i++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, i);

      ADD (cap->name);
      ADD (cap->description);
      if (!fk_text_is_empty (&cap->not_applicable))
        ADD (cap->not_applicable);
      for (int level = FK_LEVEL_MIN; level <= FK_LEVEL_MAX; level++)
        if (!fk_text_is_empty (&cap->levels[level]))
          ADD (cap->levels[level]);
    }
#undef ADD
  return texts;
}

static void
test_identity (void)
{
  g_autoptr(FkModel) model = default_model ();

  g_assert_cmpstr (model->id, ==, "digital-motor");
  g_assert_cmpstr (model->version, ==, "2.0.0");
  /* A proper name, as in the pre-study, in both languages. */
  g_assert_cmpstr (model->name.sv, ==, "Digital motor");
  g_assert_cmpstr (model->name.en, ==, "Digital motor");
}

/* At most 44 capabilities, every one with its own text for levels 1, 3
 * and 5 in both languages and the scale's text for 0, 2 and 4 (what the
 * level panel shows; the Resources area words every level), each text
 * short enough to read at once. */
static void
test_size_and_rubrics (void)
{
  g_autoptr(FkModel) model = default_model ();

  g_assert_cmpuint (model->capabilities->len, <=, 44);
  g_assert_cmpuint (model->capabilities->len, >=, 35);
  for (guint i = 0; i < model->capabilities->len; i++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, i);

      g_test_message ("%s", cap->key);
      g_assert_nonnull (cap->name.en);
      g_assert_nonnull (cap->description.en);
      for (int level = FK_LEVEL_MIN; level <= FK_LEVEL_MAX; level++)
        {
          const FkText *text = &cap->levels[level];

          /* The scale's process levels cannot say whether resources
           * suffice: that area words every level itself. */
          gboolean own = level % 2 == 1 || g_str_equal (cap->area, "resurser");

          if (!own)
            {
              g_assert_true (fk_text_is_empty (text));
              continue;
            }
          g_assert_false (fk_text_is_empty (text));
          g_assert_nonnull (text->en);
          g_assert_cmpuint (count_words (text->sv), <=, MAX_WORDS_SV);
          g_assert_cmpuint (count_words (text->en), <=, MAX_WORDS_EN);
        }
      /* One primary effect goal where possible: never more than two. */
      g_assert_cmpuint (g_strv_length (cap->goals), >=, 1);
      g_assert_cmpuint (g_strv_length (cap->goals), <=, 2);
    }
  for (int level = FK_LEVEL_MIN; level <= FK_LEVEL_MAX; level++)
    g_assert_cmpuint (count_words (model->scale[level].meaning.sv), <=, MAX_WORDS_SV);
}

/* Level 5 describes an outcome a municipality can reach alone; only the
 * capabilities whose subject is collaboration may ask for it. */
static void
test_no_collaboration_at_the_top (void)
{
  static const char *const exempt[] = { "styrning.samverkan", "upphandling.samordnad-upphandling", NULL };
  static const char *const words_sv[] = { "samverk", "tillsammans med", "andra kommuner", "med andra", "gemensam",
                                          "grannkommun", "kommunalförbund", "regional", NULL };
  static const char *const words_en[] = { "collaborat", "together with", "other municipalities", "with others", "joint",
                                          "shared", "neighbouring", "association of", "regional", NULL };
  g_autoptr(FkModel) model = default_model ();
  const FkScaleLevel *top = &model->scale[FK_LEVEL_MAX];

  for (guint w = 0; words_sv[w] != NULL; w++)
    g_assert_false (mentions (top->meaning.sv, words_sv[w]));
  for (guint w = 0; words_en[w] != NULL; w++)
    g_assert_false (mentions (top->meaning.en, words_en[w]));

  for (guint i = 0; i < model->capabilities->len; i++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, i);
      const FkText *text = &cap->levels[FK_LEVEL_MAX];

      if (g_strv_contains (exempt, cap->key))
        continue;
      for (guint w = 0; words_sv[w] != NULL; w++)
        if (mentions (text->sv, words_sv[w]))
          g_error ("%s: level 5 asks for collaboration (“%s”): %s", cap->key, words_sv[w], text->sv);
      for (guint w = 0; words_en[w] != NULL; w++)
        if (mentions (text->en, words_en[w]))
          g_error ("%s: level 5 asks for collaboration (“%s”): %s", cap->key, words_en[w], text->en);
    }
  /* The exempt ones exist, so the list above stays honest. */
  for (guint i = 0; exempt[i] != NULL; i++)
    g_assert_nonnull (fk_model_lookup (model, exempt[i]));
}

/* Level 3 names what counts instead of "alla"; "ingen vet" is level 0's
 * (the scale's), never a capability's level 1. */
static void
test_sharp_levels (void)
{
  g_autoptr(FkModel) model = default_model ();

  g_assert_true (mentions (model->scale[0].meaning.sv, "ingen vet"));
  for (guint i = 0; i < model->capabilities->len; i++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, i);

      g_test_message ("%s", cap->key);
      g_assert_false (has_word (cap->levels[3].sv, "alla"));
      g_assert_false (has_word (cap->levels[3].en, "all"));
      for (int level = 1; level <= FK_LEVEL_MAX; level++)
        if (!fk_text_is_empty (&cap->levels[level]))
          g_assert_false (mentions (cap->levels[level].sv, "ingen vet"));
    }
}

/* The rules shown in the level panel: today's state, every criterion,
 * a supplier's or a collaboration's delivery as the municipality's own,
 * 0 is not "not applicable"; and "not applicable" only where a capability
 * says when. */
static void
test_scoring_rules (void)
{
  g_autoptr(FkModel) model = default_model ();
  guint n_not_applicable = 0;

  g_assert_cmpuint (model->scoring_rules->len, ==, 5);
  for (guint i = 0; i < model->scoring_rules->len; i++)
    {
      const FkText *rule = g_ptr_array_index (model->scoring_rules, i);

      g_assert_false (fk_text_is_empty (rule));
      g_assert_nonnull (rule->en);
    }
  g_assert_true (mentions (((FkText *) g_ptr_array_index (model->scoring_rules, 1))->sv, "högsta nivå"));
  g_assert_true (mentions (((FkText *) g_ptr_array_index (model->scoring_rules, 2))->sv, "leverantör"));
  g_assert_true (mentions (((FkText *) g_ptr_array_index (model->scoring_rules, 2))->en, "own"));
  g_assert_true (mentions (((FkText *) g_ptr_array_index (model->scoring_rules, 3))->sv, "själva"));
  g_assert_true (g_str_has_prefix (((FkText *) g_ptr_array_index (model->scoring_rules, 4))->sv, "0 betyder"));

  for (guint i = 0; i < model->capabilities->len; i++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, i);

      if (fk_text_is_empty (&cap->not_applicable))
        continue;
      n_not_applicable++;
      g_assert_cmpstr (cap->area, ==, "valfard-och-skola");
      g_assert_nonnull (cap->not_applicable.en);
    }
  g_assert_cmpuint (n_not_applicable, ==, 2);
}

/* What issue 13 merged, dropped and added, by key. */
static void
test_content (void)
{
  static const char *const gone[] = {
    "digitalt-arv.system-utan-support", "digitalt-arv.avveckling", "upphandling.exit",
    "kompetens.nyckelpersonberoende", "leverans.andringshantering", "arkitektur.oppna-data", NULL };
  static const char *const added[] = {
    "sakerhet.molntjanster", "sakerhet.nis-och-sakerhetsskydd", "beredskap.sakerhetsovervakning",
    "beredskap.kontinuitet", "styrning.it-organisation", "leverans.projektledning",
    "valfard-och-skola.valfardsteknik", "valfard-och-skola.skol-it", NULL };
  /* Keys the README, docs/cli.md and the guide use in their examples. */
  static const char *const documented[] = {
    "digitalt-arv.teknisk-skuld", "styrning.digital-strategi", "styrning.prioritering",
    "innovation.automatisering", "drift.sakerhetskopiering", NULL };
  g_autoptr(FkModel) model = default_model ();
  g_autoptr(GPtrArray) resources = NULL;
  const FkCapability *coordinated;

  for (guint i = 0; gone[i] != NULL; i++)
    g_assert_null (fk_model_lookup (model, gone[i]));
  for (guint i = 0; added[i] != NULL; i++)
    g_assert_nonnull (fk_model_lookup (model, added[i]));
  for (guint i = 0; documented[i] != NULL; i++)
    g_assert_nonnull (fk_model_lookup (model, documented[i]));

  /* The merged ones carry what they took in. */
  g_assert_true (mentions (fk_model_lookup (model, "digitalt-arv.teknisk-skuld")->description.sv, "säkerhetsuppdateringar"));
  g_assert_true (mentions (fk_model_lookup (model, "digitalt-arv.livscykelhantering")->name.sv, "avveckling"));
  g_assert_true (mentions (fk_model_lookup (model, "upphandling.kravstallning")->name.sv, "exit"));
  g_assert_true (mentions (fk_model_lookup (model, "arkitektur.informationsforvaltning")->name.sv, "öppna data"));

  /* Financing, staffing, development capacity and reinvestment, together,
   * each asking whether the resources suffice. */
  g_assert_nonnull (fk_model_lookup_area (model, "resurser"));
  resources = fk_model_get_area_capabilities (model, "resurser");
  g_assert_cmpuint (resources->len, ==, 4);
  for (guint i = 0; i < resources->len; i++)
    {
      const FkCapability *cap = g_ptr_array_index (resources, i);
      gboolean suffices = FALSE;

      for (int level = 1; level <= FK_LEVEL_MAX; level += 2)
        suffices |= mentions (cap->levels[level].sv, "räck");
      g_test_message ("%s", cap->key);
      g_assert_true (suffices || mentions (cap->description.sv, "räck"));
    }

  coordinated = fk_model_lookup (model, "upphandling.samordnad-upphandling");
  g_assert_true (g_strv_contains ((const char * const *) coordinated->goals, "4B"));
}

/* The words a Swedish municipal IT head uses, and none that mislead. */
static void
test_vocabulary (void)
{
  g_autoptr(FkModel) model = default_model ();
  g_autoptr(GPtrArray) texts = all_texts (model);
  g_autoptr(GString) everything = g_string_new (NULL);

  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);

      /* "Regionen" means Västra Götalandsregionen, not the 14 municipalities. */
      g_assert_false (has_word (text, "regionen"));
      g_assert_false (mentions (text, "dokumenthanteringsplan"));
      g_assert_false (mentions (text, "digital engine"));
      g_string_append_printf (everything, "%s\n", text);
    }
  for (const char *const *term = (const char *const[]) {
         "informationshanteringsplan", "förvaltningsobjekt", "objektägare", "förvaltningsplan",
         "personuppgiftsbiträde", "nyttoägare", "stark autentisering", "utvecklingskapacitet",
         "kommunerna i fyrbodal", "schrems ii", "cloud act", "osl", "microsoft 365", "säkerhetsskydd",
         "siths", "trygghetslarm", "imy inom 72 timmar",
         "swedish civil defence agency", "swedish authority for privacy protection (imy)",
         "cybersäkerhetslagen", "myndigheten för civilt försvar (tidigare msb)", NULL };
       *term != NULL; term++)
    {
      g_autofree char *lower = g_utf8_strdown (*term, -1);

      g_test_message ("%s", *term);
      g_assert_true (mentions (everything->str, lower));
    }
  /* Short words, whole: "lou" is also in "cloud". */
  g_assert_true (has_word (everything->str, "lou"));
  g_assert_true (has_word (everything->str, "osl"));
}

/* A study made with 1.0.0 keeps its copy of the model; a new one gets 2.0.0. */
static void
test_old_studies_keep_their_model (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autofree char *old_path = g_build_filename (dir, "old.fkarta", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.fkarta", NULL);
  g_autofree char *model_path = fk_test_data_path ("models/digital-motor-1.0.0.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) old_model = fk_model_new_from_file (model_path, &error);
  g_autoptr(FkModel) new_model = default_model ();
  g_autoptr(FkRegion) region = fk_region_new_default (&error);
  FkStudy *study;

  g_assert_no_error (error);
  g_assert_cmpstr (old_model->version, ==, "1.0.0");
  study = fk_study_create (old_path, old_model, region, "Old", "sv", NULL, &error);
  g_assert_no_error (error);
  g_object_unref (study);
  study = fk_study_create (new_path, new_model, region, "New", "sv", NULL, &error);
  g_assert_no_error (error);
  g_object_unref (study);

  study = fk_study_open (old_path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_study_get_model (study)->version, ==, "1.0.0");
  g_assert_cmpstr (fk_study_get_model (study)->checksum, ==, old_model->checksum);
  g_assert_nonnull (fk_model_lookup (fk_study_get_model (study), "digitalt-arv.avveckling"));
  g_object_unref (study);

  study = fk_study_open (new_path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_study_get_model (study)->version, ==, "2.0.0");
  g_assert_null (fk_model_lookup (fk_study_get_model (study), "digitalt-arv.avveckling"));
  g_object_unref (study);

  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/default-model/identity", test_identity);
  g_test_add_func ("/default-model/size-and-rubrics", test_size_and_rubrics);
  g_test_add_func ("/default-model/no-collaboration-at-the-top", test_no_collaboration_at_the_top);
  g_test_add_func ("/default-model/sharp-levels", test_sharp_levels);
  g_test_add_func ("/default-model/scoring-rules", test_scoring_rules);
  g_test_add_func ("/default-model/content", test_content);
  g_test_add_func ("/default-model/vocabulary", test_vocabulary);
  g_test_add_func ("/default-model/old-studies-keep-their-model", test_old_studies_keep_their_model);
  return g_test_run ();
}
