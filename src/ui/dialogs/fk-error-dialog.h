/* fk-error-dialog.h — one way to tell the user something failed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/**
 * fk_error_dialog_present:
 * @parent: (nullable): the window it belongs to
 * @heading: what failed, as a title ("Could Not Open “x”")
 * @error: (nullable): its message is the body; its detail
 *   (fk_error_get_detail(), e.g. SQLite's words) goes under "Details"
 *
 * A message dialog with a Close button, presented: for messages that
 * name a file and a cause, which a toast's one line would cut short.
 *
 * Returns: (transfer none): the dialog
 */
AdwMessageDialog *fk_error_dialog_present (GtkWindow    *parent,
                                           const char   *heading,
                                           const GError *error);

G_END_DECLS
