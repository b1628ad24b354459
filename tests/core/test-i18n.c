/* test-i18n.c — a message language per thread (fk_text_push_message_language)
 *
 * The build's Swedish catalogue (FK_BUILD_ROOT/po) is the one read; the
 * tests run in C.UTF-8, so gettext's own language, without a push, is
 * English. */
#include "fk-i18n.h"
#include "scenario-fixture.h"

#include <glib/gstdio.h>
#include <locale.h>

#define NOT_ASSESSED_SV "Ej bedömd"

/* Two threads taking turns: each waits for the step the other sets. */
typedef struct {
  GMutex      lock;
  GCond       cond;
  int         step;
  const char *language;   /* what the worker pushes */
  char       *pushed;     /* the worker's words while pushed */
  char       *popped;     /* and after its pop */
} Turns;

static void
turns_set (Turns *t,
           int    step)
{
  g_mutex_lock (&t->lock);
  t->step = step;
  g_cond_broadcast (&t->cond);
  g_mutex_unlock (&t->lock);
}

static void
turns_wait (Turns *t,
            int    step)
{
  g_mutex_lock (&t->lock);
  while (t->step < step)
    g_cond_wait (&t->cond, &t->lock);
  g_mutex_unlock (&t->lock);
}

/* Pushes, lets the main thread translate, then translates itself while
 * still pushed. */
static gpointer
push_and_translate (gpointer data)
{
  Turns *t = data;

  fk_text_push_message_language (t->language);
  turns_set (t, 1);
  turns_wait (t, 2);
  t->pushed = g_strdup (_("Not assessed"));
  fk_text_pop_message_language ();
  t->popped = g_strdup (_("Not assessed"));
  turns_set (t, 3);
  return NULL;
}

/* The worker's push, made and held, changes nothing for the main thread,
 * which translates in the middle of it. */
static void
check_overlap (const char *worker_language,
               const char *worker_expects,
               const char *main_expects)
{
  Turns t = { .language = worker_language };
  GThread *worker;

  g_mutex_init (&t.lock);
  g_cond_init (&t.cond);
  worker = g_thread_new ("pushes", push_and_translate, &t);
  turns_wait (&t, 1);
  g_assert_cmpstr (_("Not assessed"), ==, main_expects);
  turns_set (&t, 2);
  turns_wait (&t, 3);
  g_assert_cmpstr (_("Not assessed"), ==, main_expects);
  g_thread_join (worker);

  g_assert_cmpstr (t.pushed, ==, worker_expects);
  g_assert_cmpstr (t.popped, ==, main_expects);
  g_free (t.pushed);
  g_free (t.popped);
  g_mutex_clear (&t.lock);
  g_cond_clear (&t.cond);
}

/* An English user (gettext without a catalogue), Swedish in a worker. */
static void
test_threads_overlap (void)
{
  check_overlap ("sv", NOT_ASSESSED_SV, "Not assessed");
}

/* A Swedish user (the CLI's --language sv, gettext in Swedish), English
 * in a worker. In a subprocess: the CLI's switch is process-wide. */
static void
test_threads_overlap_swedish_user (void)
{
  if (g_test_subprocess ())
    {
      fk_text_use_message_language ("sv");
      g_assert_cmpstr (_("Not assessed"), ==, NOT_ASSESSED_SV);
      check_overlap ("en", "Not assessed", NOT_ASSESSED_SV);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* Pushes nest, each pop undoes its own, and nothing process-wide moves. */
static void
test_nested (void)
{
  g_autofree char *language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *messages = g_strdup (setlocale (LC_MESSAGES, NULL));

  g_assert_cmpstr (_("Not assessed"), ==, "Not assessed");
  fk_text_push_message_language ("sv");
  g_assert_cmpstr (_("Not assessed"), ==, NOT_ASSESSED_SV);
  fk_text_push_message_language ("en");
  g_assert_cmpstr (_("Not assessed"), ==, "Not assessed");
  fk_text_push_message_language ("sv");
  g_assert_cmpstr (_("Not assessed"), ==, NOT_ASSESSED_SV);
  fk_text_pop_message_language ();
  g_assert_cmpstr (_("Not assessed"), ==, "Not assessed");
  fk_text_pop_message_language ();
  g_assert_cmpstr (_("Not assessed"), ==, NOT_ASSESSED_SV);
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, language);
  g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, messages);
  fk_text_pop_message_language ();
  g_assert_cmpstr (_("Not assessed"), ==, "Not assessed");
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, language);
  g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, messages);
}

static const char *
no_capability (gulong n)
{
  return ngettext ("%s: the model has no capability %s",
                   "%s: the model has no capabilities %s", n);
}

static void
test_plural (void)
{
  fk_text_push_message_language ("sv");
  g_assert_cmpstr (no_capability (1), ==, "%s: modellen har ingen förmåga %s");
  g_assert_cmpstr (no_capability (2), ==, "%s: modellen har inga förmågor %s");
  g_assert_cmpstr (no_capability (0), ==, "%s: modellen har inga förmågor %s");
  fk_text_push_message_language ("en");
  g_assert_cmpstr (no_capability (1), ==, "%s: the model has no capability %s");
  g_assert_cmpstr (no_capability (2), ==, "%s: the model has no capabilities %s");
  fk_text_pop_message_language ();
  fk_text_pop_message_language ();
  /* Without a push, gettext's: English here. */
  g_assert_cmpstr (no_capability (1), ==, "%s: the model has no capability %s");
  g_assert_cmpstr (no_capability (2), ==, "%s: the model has no capabilities %s");
  /* A msgid the catalogue lacks: the English forms. */
  fk_text_push_message_language ("sv");
  g_assert_cmpstr (ngettext ("No such message", "No such messages", 1), ==, "No such message");
  g_assert_cmpstr (ngettext ("No such message", "No such messages", 3), ==, "No such messages");
  g_assert_cmpstr (_("No such message"), ==, "No such message");
  fk_text_pop_message_language ();
}

/* The same word in two contexts, two translations. */
static void
test_context (void)
{
  fk_text_push_message_language ("sv");
  g_assert_cmpstr (C_("size class", "Small"), ==, "Liten");
  g_assert_cmpstr (C_("size group", "Small"), ==, "Små");
  g_assert_cmpstr (C_("no such context", "Small"), ==, "Small");
  fk_text_push_message_language ("en");
  g_assert_cmpstr (C_("size class", "Small"), ==, "Small");
  fk_text_pop_message_language ();
  fk_text_pop_message_language ();
  g_assert_cmpstr (C_("size group", "Small"), ==, "Small");
}

/* A language we do not have is refused and leaves nothing pushed; a pop
 * without a push is refused. */
static void
test_invalid (void)
{
  if (!g_test_undefined ())
    return;
  g_test_expect_message ("fk-text", G_LOG_LEVEL_CRITICAL, "*fk_text_language_is_valid*");
  fk_text_push_message_language ("de");
  g_test_assert_expected_messages ();
  g_test_expect_message ("fk-text", G_LOG_LEVEL_CRITICAL, "*levels->len > 0*");
  fk_text_pop_message_language ();
  g_test_assert_expected_messages ();
  g_assert_cmpstr (_("Not assessed"), ==, "Not assessed");
}

#define ROUNDS 20

typedef struct {
  FkCandidates *candidates;
  GStrv         texts[ROUNDS];
  char         *headings[FK_N_SCENARIO_SECTIONS];
} Generation;

static gpointer
generate_swedish (gpointer data)
{
  Generation *g = data;

  for (guint i = 0; i < ROUNDS; i++)
    g->texts[i] = generate (FK_SCENARIO_SELECTED, g->candidates, "sv", NULL);
  for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    g->headings[s] = fk_scenario_section_get_heading (s, "sv");
  return NULL;
}

/* A scenario described in Swedish by a worker while the main thread
 * describes it in English and translates its own words: each gets its
 * language, every time. */
static void
test_scenario_in_worker (void)
{
  g_autoptr(FkCandidates) candidates = fixture_candidates ();
  g_auto(GStrv) sv = generate (FK_SCENARIO_SELECTED, candidates, "sv", NULL);
  g_auto(GStrv) en = generate (FK_SCENARIO_SELECTED, candidates, "en", NULL);
  Generation g = { .candidates = candidates };
  GThread *worker;

  for (guint s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    g_assert_cmpstr (sv[s], !=, en[s]);

  worker = g_thread_new ("generates", generate_swedish, &g);
  for (guint i = 0; i < ROUNDS; i++)
    {
      g_auto(GStrv) texts = generate (FK_SCENARIO_SELECTED, candidates, "en", NULL);

      g_assert_true (g_strv_equal ((const char * const *) texts, (const char * const *) en));
      g_assert_cmpstr (_("Not assessed"), ==, "Not assessed");
    }
  g_thread_join (worker);

  for (guint i = 0; i < ROUNDS; i++)
    {
      g_assert_true (g_strv_equal ((const char * const *) g.texts[i], (const char * const *) sv));
      g_strfreev (g.texts[i]);
    }
  g_assert_cmpstr (g.headings[FK_SCENARIO_SECTION_SUMMARY], ==, "Vad scenariot innebär");
  g_assert_cmpstr (g.headings[FK_SCENARIO_SECTION_RISKS], ==, "Kostnader och risker");
  g_assert_cmpstr (g.headings[FK_SCENARIO_SECTION_NEXT_STEP], ==, "Nästa steg");
  for (guint s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
    g_free (g.headings[s]);
  g_assert_cmpstr (_("What the scenario means"), ==, "What the scenario means");
}

/* In a subprocess whose FK_LOCALEDIR is @localedir: a push of Swedish
 * gives the English msgids, no crash, and for a damaged catalogue
 * (@problem) one warning however often it is pushed; for a missing one
 * (@problem NULL), as in gettext, none. */
static void
check_english_from (const char *localedir,
                    const char *problem)
{
  g_autofree char *saved = g_strdup (g_getenv ("FK_LOCALEDIR"));
  g_autofree char *once = g_strdup_printf ("*No “sv” translations*%s*", problem != NULL ? problem : "");
  const char *twice = "*No “sv” translations*No “sv” translations*";

  g_setenv ("FK_LOCALEDIR", localedir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  if (saved != NULL)
    g_setenv ("FK_LOCALEDIR", saved, TRUE);
  else
    g_unsetenv ("FK_LOCALEDIR");
  g_test_trap_assert_passed ();
  if (problem == NULL)
    {
      g_test_trap_assert_stderr_unmatched ("*No “sv” translations*");
      return;
    }
  g_test_trap_assert_stderr (once);
  g_test_trap_assert_stderr_unmatched (twice);
}

/* The child's side: Swedish pushed, English out. */
static void
translate_without_catalog (void)
{
  /* The warning is what is tested: not fatal here. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  for (guint i = 0; i < 3; i++)
    {
      fk_text_push_message_language ("sv");
      g_assert_cmpstr (_("Not assessed"), ==, "Not assessed");
      g_assert_cmpstr (no_capability (2), ==, "%s: the model has no capabilities %s");
      g_assert_cmpstr (C_("size class", "Small"), ==, "Small");
      fk_text_pop_message_language ();
    }
}

static char *
build_mo_path (void)
{
  return g_build_filename (g_getenv ("FK_BUILD_ROOT"), "po", "sv", "LC_MESSAGES",
                           GETTEXT_PACKAGE ".mo", NULL);
}

/* A folder of translations whose Swedish catalogue is @contents. */
static char *
write_localedir (const char *contents,
                 gsize       size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fk-i18n-XXXXXX", &error);
  g_autofree char *messages = NULL, *path = NULL;

  g_assert_no_error (error);
  messages = g_build_filename (dir, "sv", "LC_MESSAGES", NULL);
  g_assert_cmpint (g_mkdir_with_parents (messages, 0700), ==, 0);
  path = g_build_filename (messages, GETTEXT_PACKAGE ".mo", NULL);
  g_file_set_contents (path, contents, size, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&dir);
}

static void
remove_localedir (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "sv", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *messages = g_build_filename (dir, "sv", "LC_MESSAGES", NULL);
  g_autofree char *sv = g_build_filename (dir, "sv", NULL);

  g_remove (path);
  g_rmdir (messages);
  g_rmdir (sv);
  g_rmdir (dir);
}

static void
test_missing_catalog (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      translate_without_catalog ();
      return;
    }
  dir = g_dir_make_tmp ("fk-i18n-XXXXXX", &error);
  g_assert_no_error (error);
  check_english_from (dir, NULL);
  g_rmdir (dir);
}

/* The real catalogue cut short, and the same with its first string
 * pointing far beyond the end of the file. */
static void
test_broken_catalog (void)
{
  g_autofree char *mo_path = NULL, *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;

  if (g_test_subprocess ())
    {
      translate_without_catalog ();
      return;
    }
  mo_path = build_mo_path ();
  g_file_get_contents (mo_path, &contents, &size, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (size, >, 1000);

  {
    g_autofree char *dir = write_localedir (contents, size / 2);

    check_english_from (dir, "beyond the end");
    remove_localedir (dir);
  }
  {
    guint32 originals, bad = GUINT32_TO_LE (0x7ffffff0);
    g_autofree char *dir = NULL;

    /* The originals' table starts at the word at 12; its first entry's
     * second word is the string's offset (the files msgfmt writes here
     * are little-endian, like this machine). */
    memcpy (&originals, contents + 12, 4);
    originals = GUINT32_FROM_LE (originals);
    memcpy (contents + originals + 4, &bad, 4);
    dir = write_localedir (contents, size);
    check_english_from (dir, "beyond the end");
    remove_localedir (dir);
  }
  {
    g_autofree char *dir = write_localedir ("\xde\x12\x04\x95 not much else", 19);

    check_english_from (dir, "too short");
    remove_localedir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *localedir = g_build_filename (g_getenv ("FK_BUILD_ROOT"), "po", NULL);

  g_test_init (&argc, &argv, NULL);
  /* As the programs do; $FK_LOCALEDIR, when set, wins (the subprocesses'). */
  fk_text_init_i18n (localedir);
  g_test_add_func ("/core/i18n/threads-overlap", test_threads_overlap);
  g_test_add_func ("/core/i18n/threads-overlap-swedish-user", test_threads_overlap_swedish_user);
  g_test_add_func ("/core/i18n/nested", test_nested);
  g_test_add_func ("/core/i18n/plural", test_plural);
  g_test_add_func ("/core/i18n/context", test_context);
  g_test_add_func ("/core/i18n/invalid", test_invalid);
  g_test_add_func ("/core/i18n/scenario-in-worker", test_scenario_in_worker);
  g_test_add_func ("/core/i18n/missing-catalog", test_missing_catalog);
  g_test_add_func ("/core/i18n/broken-catalog", test_broken_catalog);
  return g_test_run ();
}
