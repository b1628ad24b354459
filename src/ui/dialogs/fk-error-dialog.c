/* fk-error-dialog.c — one way to tell the user something failed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fk-core.h"
#include "fk-error-dialog.h"

AdwMessageDialog *
fk_error_dialog_present (GtkWindow    *parent,
                         const char   *heading,
                         const GError *error)
{
  AdwMessageDialog *dialog =
    ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, error != NULL ? error->message : NULL));
  const char *detail = error != NULL ? fk_error_get_detail (error) : NULL;

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_close_response (dialog, "close");
  /* The program's own words (SQLite's, the system's) help whoever
   * repairs the file, not the reader: folded away. */
  if (detail != NULL)
    {
      GtkWidget *expander = gtk_expander_new_with_mnemonic (_("_Details"));
      GtkWidget *label = gtk_label_new (detail);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_expander_set_child (GTK_EXPANDER (expander), label);
      adw_message_dialog_set_extra_child (dialog, expander);
    }
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
