/* scoring-demo.c — a window with only the scoring view, on a study file
 *
 *   scoring-demo [--width W] [--height H] [--municipality CODE]
 *                [--focus CAPABILITY] [--read-only] STUDY
 *
 * Creates STUDY (English, built-in model and region) if it does not exist.
 * Used by the accessibility test and for screenshots; prints nothing.
 */
#include "config.h"

#include <adwaita.h>

#include "fk-scoring-view.h"

static int width = 1280;
static int height = 800;
static char *municipality;
static char *focus_key;
static gboolean read_only;
static char **files;

static void
on_activate (GApplication *app)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkStudy) study = NULL;
  GtkWidget *window;
  GtkWidget *view;

  if (g_file_test (files[0], G_FILE_TEST_EXISTS))
    study = fk_study_open (files[0], read_only ? FK_STUDY_OPEN_READ_ONLY : FK_STUDY_OPEN_DEFAULT, &error);
  else
    {
      g_autoptr(FkModel) model = fk_model_new_default (&error);
      g_autoptr(FkRegion) region = fk_region_new_default (&error);

      if (model != NULL && region != NULL)
        study = fk_study_create (files[0], model, region, "Demo", "en", NULL, &error);
    }
  if (study == NULL)
    {
      g_printerr ("%s\n", error->message);
      g_application_quit (app);
      return;
    }

  window = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_title (GTK_WINDOW (window), "Scoring");
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  view = fk_scoring_view_new ();
  g_object_set (view, "study", study, NULL);
  if (municipality != NULL)
    g_object_set (view, "municipality", municipality, NULL);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  if (focus_key != NULL)
    fk_scoring_view_focus_capability (FK_SCORING_VIEW (view), focus_key);
}

int
main (int argc, char *argv[])
{
  const GOptionEntry entries[] = {
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "H" },
    { "municipality", 0, 0, G_OPTION_ARG_STRING, &municipality, "Municipality code", "CODE" },
    { "focus", 0, 0, G_OPTION_ARG_STRING, &focus_key, "Capability to focus", "KEY" },
    { "read-only", 0, 0, G_OPTION_ARG_NONE, &read_only, "Open read-only", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "STUDY" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("STUDY");
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwApplication) app = NULL;

  g_set_prgname ("scoring-demo");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      files == NULL || files[0] == NULL)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "usage: scoring-demo STUDY");
      return 2;
    }

  app = adw_application_new ("se.fyrbodal.Formagekarta.ScoringDemo", G_APPLICATION_NON_UNIQUE);
  /* As the application: AdwApplication loads style.css from here. */
  g_application_set_resource_base_path (G_APPLICATION (app), "/se/fyrbodal/Formagekarta");
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
