/* fk-import-chooser.h — choosing response files to import
 *
 * GtkFileChooserNative (the portal in a sandbox; GtkFileDialog is newer
 * than GTK 4.8), several files at once, with filters for response files
 * and spreadsheet forms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fk-core.h"

G_BEGIN_DECLS

/* A modal chooser over @parent, not shown yet. (transfer full) */
GtkFileChooserNative *fk_import_file_chooser_new (GtkWindow *parent);

G_END_DECLS
