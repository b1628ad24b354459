/* main.c — entry point of the formagekarta GUI
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "formagekarta"
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "fk-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FkApplication) app = NULL;

  fk_text_init_i18n (LOCALEDIR);

  g_set_application_name (_("Förmågekarta"));

  app = fk_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
