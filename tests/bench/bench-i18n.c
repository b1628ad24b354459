/* bench-i18n.c — lookups per second of _(), ngettext() and C_() in a
 * pushed language (the catalogue of fk-catalog.c) and without one
 * (gettext). Prints figures; no pass or fail. */
#include "fk-core.h"
#include "fk-i18n.h"

#define LOOKUPS 4000000

static const char *const msgids[] = {
  "Not assessed", "Not applicable", "Next step", "Costs and risks",
  "What the scenario means", "Capabilities and why", "Participants and hosts",
  "No such message in the catalogue",
};

static gpointer
lookups (gpointer data)
{
  const char *language = data;
  gsize total = 0;

  if (language != NULL)
    fk_text_push_message_language (language);
  for (guint i = 0; i < LOOKUPS; i++)
    {
      total += strlen (_(msgids[i % G_N_ELEMENTS (msgids)]));
      if (i % 8 == 0)
        total += strlen (ngettext ("%s: the model has no capability %s",
                                   "%s: the model has no capabilities %s", i % 3));
      if (i % 8 == 4)
        total += strlen (C_("size group", "Small"));
    }
  if (language != NULL)
    fk_text_pop_message_language ();
  return GSIZE_TO_POINTER (total);
}

static void
measure (const char *what,
         const char *language,
         guint       n_threads)
{
  GThread *threads[8];
  gint64 start = g_get_monotonic_time ();
  double seconds;

  g_assert (n_threads <= G_N_ELEMENTS (threads));
  for (guint t = 0; t < n_threads; t++)
    threads[t] = g_thread_new ("lookups", lookups, (gpointer) language);
  for (guint t = 0; t < n_threads; t++)
    g_thread_join (threads[t]);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  /* Each loop: one _() and, every fourth, an ngettext() or a C_(). */
  g_print ("%-44s %6.1f million lookups/s\n", what,
           n_threads * LOOKUPS * 1.25 / seconds / 1e6);
}

int
main (void)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("FK_BUILD_ROOT"), "po", NULL);

  fk_text_init_i18n (localedir);
  measure ("pushed \"sv\", 1 thread (catalogue)", "sv", 1);
  measure ("pushed \"sv\", 2 threads together", "sv", 2);
  measure ("pushed \"en\", 1 thread (the msgids)", "en", 1);
  measure ("no push, 1 thread (gettext, English)", NULL, 1);
  fk_text_use_message_language ("sv");
  measure ("no push, 1 thread (gettext, --language sv)", NULL, 1);
  return 0;
}
