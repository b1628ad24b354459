/* test-import-dialog.c — the import dialog: 14 municipalities' files (JSON
 * and CSV) and a broken one, previewed and imported, the broken one named
 * and nothing of it written; a conflict kept or taken; a round the study
 * lacks, added on the user's word; the same files again; a read-only
 * study; the window's drop target and win.import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fk-import-dialog.h"
#include "fk-import-file-row.h"
#include "fk-import-item.h"
#include "fk-test-util.h"
#include "fk-window.h"
#include "shell-test-util.h"

#define BROKEN "trasig.fksvar"

static char *tmpdir;

/* ---- helpers ------------------------------------------------------------ */

static void
wait_until_idle (FkImportDialog *dialog)
{
  while (fk_import_dialog_is_busy (dialog))
    g_main_context_iteration (NULL, TRUE);
}

static const char *
summary (FkImportDialog *dialog)
{
  return gtk_label_get_text (GTK_LABEL (shell_test_template_child (GTK_WIDGET (dialog), FK_TYPE_IMPORT_DIALOG,
                                                                   "summary_label")));
}

static gboolean
import_enabled (FkImportDialog *dialog)
{
  GtkWidget *button = shell_test_template_child (GTK_WIDGET (dialog), FK_TYPE_IMPORT_DIALOG, "import_button");

  return gtk_widget_get_visible (button) && gtk_widget_is_sensitive (button);
}

/* A folder of its own for each test's files. */
static char *
new_folder (const char *name)
{
  char *dir = g_build_filename (tmpdir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  return dir;
}

static FkStudy *
new_study (const char *dir,
           const char *name)
{
  return shell_test_create_study (dir, name, "Import", NULL);
}

/* A study whose every municipality scored every capability, with a few
 * answers that travel badly (a comment with a newline, quotes, a
 * semicolon and markup). */
static FkStudy *
new_filled_study (const char *dir,
                  const char *name)
{
  FkStudy *study = new_study (dir, name);
  gint64 round_id = fk_study_get_latest_round (study)->id;
  FkModel *model = fk_study_get_model (study);
  FkRegion *region = fk_study_get_region (study);
  g_autoptr(GError) error = NULL;

  fk_test_study_fill (study, round_id);
  for (guint m = 0; m < region->municipalities->len; m += 3)
    {
      const FkMunicipality *mun = g_ptr_array_index (region->municipalities, m);
      const FkCapability *cap = g_ptr_array_index (model->capabilities, m % model->capabilities->len);
      g_autoptr(FkScore) score = fk_study_get_score (study, round_id, mun->code, cap->key, &error);

      g_assert_no_error (error);
      score->sustain = FK_SUSTAIN_DIFFICULT;
      score->interest = FK_INTEREST_YES;
      score->key_person = FK_KEY_PERSON_YES;
      score->comment = g_strdup ("Rad ett\nrad två; \"citat\" <b>&");
      score->respondent = g_strdup ("IT-chef");
      g_assert_true (fk_study_set_score (study, score, &error));
      g_assert_no_error (error);
    }
  return study;
}

/* @code's response for the latest round of @study, written to @dir as
 * JSON or as the CSV form. (transfer full): its path */
static char *
write_response (FkStudy    *study,
                const char *dir,
                const char *code,
                gboolean    csv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) response = NULL;
  g_autofree char *name = g_strdup_printf ("svar-%s.%s", code, csv ? "csv" : "fksvar");
  char *path = g_build_filename (dir, name, NULL);

  response = fk_response_new_from_study (study, fk_study_get_latest_round (study)->id, code, FALSE, NULL, &error);
  g_assert_no_error (error);
  if (csv)
    fk_response_write_csv_file (response, code[3] % 2 ? "sv" : "en", path, &error);
  else
    fk_response_write_file (response, path, &error);
  g_assert_no_error (error);
  return path;
}

static void
add_path (GListStore *files,
          const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_list_store_append (files, file);
}

/* Every stored score as a line, without its time (a CSV form has none,
 * so the import gives it the time of the import). */
static char *
dump_scores (FkStudy *study)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = fk_study_list_scores (study, 0, NULL, &error);
  GString *dump = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < scores->len; i++)
    {
      const FkScore *s = scores->pdata[i];

      g_string_append_printf (dump, "%s|%s|%s|%d|%d|%d|%d|%d|%s|%s\n",
                              fk_study_get_round_by_id (study, s->round_id)->name,
                              s->municipality, s->capability, s->current, s->target,
                              s->sustain, s->key_person, s->interest,
                              s->comment ? s->comment : "", s->respondent ? s->respondent : "");
    }
  return g_string_free (dump, FALSE);
}

static FkImportItem *
item_at (FkImportDialog *dialog,
         guint           i)
{
  g_autoptr(FkImportItem) item = g_list_model_get_item (fk_import_dialog_get_items (dialog), i);

  return item;   /* the dialog's list holds it */
}

static FkImportFileRow *
row_of (FkImportDialog *dialog,
        FkImportItem   *item)
{
  GtkWidget *list = shell_test_template_child (GTK_WIDGET (dialog), FK_TYPE_IMPORT_DIALOG, "list");

  for (GtkWidget *child = gtk_widget_get_first_child (list); child; child = gtk_widget_get_next_sibling (child))
    if (FK_IS_IMPORT_FILE_ROW (child) && fk_import_file_row_get_item (FK_IMPORT_FILE_ROW (child)) == item)
      return FK_IMPORT_FILE_ROW (child);
  g_assert_not_reached ();
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

/* The switch of the inner row titled @title. */
static GtkSwitch *
find_switch (GtkWidget  *row,
             const char *title)
{
  GtkLabel *label = shell_test_find_label (row, title);
  GtkWidget *action_row;

  g_assert_nonnull (label);
  action_row = shell_test_find_ancestor (GTK_WIDGET (label), ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (action_row);
  return GTK_SWITCH (shell_test_find_descendant (action_row, GTK_TYPE_SWITCH));
}

static FkImportDialog *
open_dialog (FkStudy    *study,
             GListModel *files)
{
  FkImportDialog *dialog = fk_import_dialog_new (NULL, study);

  gtk_window_present (GTK_WINDOW (dialog));
  fk_import_dialog_add_files (dialog, files);
  wait_until_idle (dialog);
  return dialog;
}

/* ---- 14 files and a broken one -------------------------------------------- */

static void
test_fourteen (void)
{
  g_autofree char *dir = new_folder ("fourteen");
  g_autoptr(FkStudy) source = new_filled_study (dir, "kommunerna.fkarta");
  g_autoptr(FkStudy) lead = new_study (dir, "ledaren.fkarta");
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autofree char *broken = g_build_filename (dir, BROKEN, NULL);
  g_autofree char *expected = dump_scores (source);
  g_autofree char *before = NULL, *after = NULL, *again = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  g_autoptr(GError) error = NULL;
  FkRegion *region = fk_study_get_region (source);
  FkImportDialog *dialog;
  GtkWidget *list, *first;

  g_assert_cmpuint (region->municipalities->len, ==, 14);
  for (guint m = 0; m < region->municipalities->len; m++)
    {
      const FkMunicipality *mun = g_ptr_array_index (region->municipalities, m);
      g_autofree char *path = write_response (source, dir, mun->code, m % 3 == 1);

      add_path (files, path);
      if (m == 6)
        add_path (files, broken);
    }
  g_assert_true (g_file_set_contents (broken, "{ \"format\": \"formagekarta-response\", ", -1, NULL));
  before = dump_scores (lead);
  g_assert_cmpstr (before, ==, "");

  dialog = open_dialog (lead, G_LIST_MODEL (files));
  g_assert_cmpuint (g_list_model_get_n_items (fk_import_dialog_get_items (dialog)), ==, 15);
  g_assert_cmpstr (summary (dialog), ==, "14 files are ready to import. 1 file cannot be imported.");
  g_assert_true (import_enabled (dialog));
  /* Enter imports: the button has the focus and is the default. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) ==
                 shell_test_template_child (GTK_WIDGET (dialog), FK_TYPE_IMPORT_DIALOG, "import_button"));
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (dialog)) ==
                 shell_test_template_child (GTK_WIDGET (dialog), FK_TYPE_IMPORT_DIALOG, "import_button"));
  /* Nothing is written before Import. */
  after = dump_scores (lead);
  g_assert_cmpstr (after, ==, "");
  g_clear_pointer (&after, g_free);

  /* The broken file comes first, named in its message. */
  list = shell_test_template_child (GTK_WIDGET (dialog), FK_TYPE_IMPORT_DIALOG, "list");
  first = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_cmpint (fk_import_item_get_state (fk_import_file_row_get_item (FK_IMPORT_FILE_ROW (first))), ==,
                   FK_IMPORT_ITEM_REFUSED);
  g_assert_nonnull (shell_test_find_matching (first, shell_test_has_label_prefix, BROKEN ": "));
  /* The others by municipality: Bengtsfors first, Åmål last. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1))),
                   ==, "Bengtsfors");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 14))),
                   ==, "Åmål");

  /* The same files again are listed once. */
  fk_import_dialog_add_files (dialog, G_LIST_MODEL (files));
  wait_until_idle (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (fk_import_dialog_get_items (dialog)), ==, 15);

  g_assert_true (fk_import_dialog_import (dialog));
  wait_until_idle (dialog);
  g_assert_cmpstr (summary (dialog), ==, "14 files were imported. 1 file cannot be imported.");
  g_assert_false (import_enabled (dialog));
  g_assert_true (gtk_widget_get_visible (shell_test_template_child (GTK_WIDGET (dialog), FK_TYPE_IMPORT_DIALOG,
                                                                    "close_button")));
  /* … and then Enter closes. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) ==
                 shell_test_template_child (GTK_WIDGET (dialog), FK_TYPE_IMPORT_DIALOG, "close_button"));
  after = dump_scores (lead);
  g_assert_cmpstr (after, ==, expected);
  imports = fk_study_list_imports (lead, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (imports->len, ==, 14);
  for (guint i = 0; i < imports->len; i++)
    g_assert_cmpstr (((FkImportRecord *) imports->pdata[i])->source, !=, BROKEN);
  shell_test_destroy_window (dialog);

  /* The same files in a new dialog: already imported, nothing to do. */
  dialog = open_dialog (lead, G_LIST_MODEL (files));
  g_assert_cmpstr (summary (dialog), ==,
                   "1 file cannot be imported. 14 files are already imported: nothing would change.");
  g_assert_false (import_enabled (dialog));
  g_assert_false (fk_import_dialog_import (dialog));
  g_assert_nonnull (shell_test_find_matching (GTK_WIDGET (dialog), shell_test_has_label_prefix,
                                              "svar-1460.fksvar, round “Round 1”. Already imported"));
  again = dump_scores (lead);
  g_assert_cmpstr (again, ==, expected);
  shell_test_destroy_window (dialog);
}

/* ---- a conflict ----------------------------------------------------------- */

/* A file of @code, then the study's own later answer for its first
 * capability: a conflict. Returns the file's path. */
static char *
prepare_conflict (FkStudy    *source,
                  FkStudy    *lead,
                  const char *dir,
                  const char *code,
                  const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) ours = fk_score_new (fk_study_get_latest_round (lead)->id, code, key);
  char *path = write_response (source, dir, code, FALSE);
  g_autoptr(FkResponse) response = fk_response_new_from_file (path, &error);

  g_assert_no_error (error);
  /* Typed in by the lead after the file was made. */
  ours->current = (fk_response_lookup_score (response, key)->current + 1) % 6;
  ours->updated = fk_response_get_exported (response) + 60;
  g_assert_true (fk_study_set_score (lead, ours, &error));
  g_assert_no_error (error);
  return path;
}

static int
current_of (FkStudy    *study,
            const char *code,
            const char *key)
{
  g_autoptr(FkScore) score = fk_study_get_score (study, fk_study_get_latest_round (study)->id, code, key, NULL);

  return score->current;
}

static void
test_conflict (void)
{
  g_autofree char *dir = new_folder ("conflict");
  g_autoptr(FkStudy) source = new_filled_study (dir, "kommunerna.fkarta");
  g_autoptr(FkStudy) lead = new_study (dir, "ledaren.fkarta");
  FkModel *model = fk_study_get_model (lead);
  const FkCapability *cap = g_ptr_array_index (model->capabilities, 0);
  g_autofree char *keep_path = prepare_conflict (source, lead, dir, "1488", cap->key);
  g_autofree char *take_path = prepare_conflict (source, lead, dir, "1485", cap->key);
  int file_value = current_of (source, "1488", cap->key);
  int study_value = current_of (lead, "1488", cap->key);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  FkImportDialog *dialog;
  FkImportItem *keep, *take;
  GtkWidget *take_row, *toggle;
  GtkSwitch *all;

  g_assert_cmpint (file_value, !=, study_value);
  add_path (files, keep_path);
  add_path (files, take_path);
  dialog = open_dialog (lead, G_LIST_MODEL (files));
  keep = item_at (dialog, 0);
  take = item_at (dialog, 1);
  for (guint i = 0; i < 2; i++)
    {
      FkImportItem *item = item_at (dialog, i);
      GPtrArray *conflicts;

      g_assert_cmpint (fk_import_item_get_state (item), ==, FK_IMPORT_ITEM_READY);
      conflicts = fk_import_preview_get_conflicts (fk_import_item_get_preview (item));
      g_assert_cmpuint (conflicts->len, ==, 1);
      g_assert_cmpstr (conflicts->pdata[0], ==, cap->key);
      /* The study's is kept unless the user says otherwise. */
      g_assert_cmpint (fk_import_item_get_resolution (item, cap->key), ==, FK_IMPORT_KEEP_STUDY);
    }

  /* The row names the capability in the study's language and both answers. */
  take_row = GTK_WIDGET (row_of (dialog, take));
  g_assert_nonnull (shell_test_find_label (take_row, fk_text_get (&cap->name, "en")));
  g_assert_nonnull (shell_test_find_matching (take_row, shell_test_has_label_prefix, "In the study (changed "));

  /* Taking the file's, by its toggle, and "for all" follows. */
  toggle = shell_test_find_matching (take_row, is_named, "take-file");
  g_assert_nonnull (toggle);
  all = find_switch (take_row, "Take the file’s for all");
  g_assert_false (gtk_switch_get_active (all));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  g_assert_cmpint (fk_import_item_get_resolution (take, cap->key), ==, FK_IMPORT_TAKE_FILE);
  g_assert_true (gtk_switch_get_active (all));
  g_assert_nonnull (shell_test_find_matching (take_row, shell_test_has_label_prefix,
                                              "New: 42, changed: 1, unchanged: 0, conflicts: 1 (study’s kept: 0, file’s taken: 1)"));
  /* … and back with the switch, and there again. */
  gtk_switch_set_active (all, FALSE);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_assert_cmpint (fk_import_item_get_resolution (take, cap->key), ==, FK_IMPORT_KEEP_STUDY);
  gtk_switch_set_active (all, TRUE);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_assert_cmpint (fk_import_item_get_resolution (keep, cap->key), ==, FK_IMPORT_KEEP_STUDY);

  g_assert_true (fk_import_dialog_import (dialog));
  wait_until_idle (dialog);
  g_assert_cmpint (fk_import_item_get_state (keep), ==, FK_IMPORT_ITEM_IMPORTED);
  g_assert_cmpint (fk_import_item_get_state (take), ==, FK_IMPORT_ITEM_IMPORTED);
  /* Kept: the study's; taken: the file's; the rest is the file's. */
  g_assert_cmpint (current_of (lead, "1488", cap->key), ==, study_value);
  g_assert_cmpint (current_of (lead, "1485", cap->key), ==, current_of (source, "1485", cap->key));
  {
    const FkCapability *other = g_ptr_array_index (model->capabilities, 1);
    g_assert_cmpint (current_of (lead, "1488", other->key), ==, current_of (source, "1488", other->key));
  }
  shell_test_destroy_window (dialog);
}

/* ---- a round the study lacks ---------------------------------------------- */

static void
test_missing_round (void)
{
  g_autofree char *dir = new_folder ("round");
  g_autoptr(FkStudy) source = new_study (dir, "kommunerna.fkarta");
  g_autoptr(FkStudy) lead = new_study (dir, "ledaren.fkarta");
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  const FkRound *round;
  FkImportDialog *dialog;
  FkImportItem *item;
  GtkSwitch *sw;

  round = fk_study_add_round (source, "Autumn 2020", NULL, &error);
  g_assert_no_error (error);
  fk_test_study_fill (source, round->id);
  path = write_response (source, dir, "1438", FALSE);
  add_path (files, path);

  dialog = open_dialog (lead, G_LIST_MODEL (files));
  item = item_at (dialog, 0);
  g_assert_cmpint (fk_import_item_get_state (item), ==, FK_IMPORT_ITEM_NEEDS_CHOICE);
  g_assert_cmpstr (summary (dialog), ==, "1 file needs your choice before it can be imported.");
  g_assert_false (import_enabled (dialog));

  sw = find_switch (GTK_WIDGET (row_of (dialog, item)), "Add round “Autumn 2020” to the study");
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (sw)));
  gtk_switch_set_active (sw, TRUE);
  /* The preview is made again from the main loop. */
  while (fk_import_item_get_state (item) == FK_IMPORT_ITEM_NEEDS_CHOICE)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (fk_import_item_get_state (item), ==, FK_IMPORT_ITEM_READY);
  /* The rows were made again; the focus stays on the (new) switch. */
  sw = find_switch (GTK_WIDGET (row_of (dialog, item)), "Add round “Autumn 2020” to the study");
  g_assert_true (gtk_switch_get_active (sw));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) == GTK_WIDGET (sw));
  g_assert_true (fk_import_preview_creates_round (fk_import_item_get_preview (item)));
  g_assert_cmpstr (summary (dialog), ==, "1 file is ready to import.");
  /* Still nothing written: the round comes with the import. */
  g_assert_null (fk_study_find_round (lead, "Autumn 2020"));

  g_assert_true (fk_import_dialog_import (dialog));
  wait_until_idle (dialog);
  round = fk_study_find_round (lead, "Autumn 2020");
  g_assert_nonnull (round);
  g_assert_cmpuint (fk_test_count_assessed (lead, round->id, "1438"), ==,
                    fk_model_get_n_capabilities (fk_study_get_model (lead)));
  g_assert_cmpuint (fk_test_count_assessed (lead, round->id, "1488"), ==, 0);
  shell_test_destroy_window (dialog);
}

/* ---- what a file needs, and what is refused ----------------------------- */

/* Replaces every @from in the file at @path with @to. */
static void
edit_file (const char *path,
           const char *from,
           const char *to)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *edited = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, from));
  parts = g_strsplit (text, from, -1);
  edited = g_strjoinv (to, parts);
  g_assert_true (g_file_set_contents (path, edited, -1, NULL));
}

/* A region of three of Fyrbodal's municipalities, 1488 not among them. */
static FkRegion *
small_region (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRegion) fyrbodal = fk_region_new_default (&error);
  GPtrArray *municipalities = g_ptr_array_new ();
  const char *codes[] = { "1438", "1460", "1439" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      const FkMunicipality *m = fk_region_lookup (fyrbodal, codes[i]);
      FkMunicipality *copy = g_new0 (FkMunicipality, 1);

      copy->code = g_strdup (m->code);
      copy->name = g_strdup (m->name);
      copy->population = m->population;
      g_ptr_array_add (municipalities, copy);
    }
  return fk_region_new ("dal", "Dalsland", 10000, 35000, municipalities);
}

static void
test_choices_and_refusals (void)
{
  g_autofree char *dir = new_folder ("choices");
  g_autoptr(FkStudy) source = new_filled_study (dir, "kommunerna.fkarta");
  g_autoptr(FkRegion) region = small_region ();
  g_autoptr(FkStudy) lead = shell_test_create_study (dir, "dalsland.fkarta", "Dalsland", region);
  FkModel *model = fk_study_get_model (lead);
  const FkCapability *renamed = g_ptr_array_index (model->capabilities, 1);
  g_autofree char *other_region = write_response (source, dir, "1488", FALSE);
  g_autofree char *unknown = write_response (source, dir, "1438", TRUE);
  g_autofree char *other_model = write_response (source, dir, "1460", TRUE);
  g_autofree char *other_checksum = g_strnfill (64, 'a');
  g_autofree char *blank = NULL;
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  gint64 round_id = fk_study_get_latest_round (lead)->id;
  FkImportDialog *dialog;
  FkImportItem *refused, *needs, *another;
  GtkWidget *row;
  GtkSwitch *sw;

  edit_file (unknown, renamed->key, "styrning.okand-formaga");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(FkResponse) response = fk_response_new_from_study (source, fk_study_get_latest_round (source)->id,
                                                                 "1439", TRUE, NULL, &error);

    g_assert_no_error (error);
    blank = g_build_filename (dir, "blank-1439.fksvar", NULL);
    g_assert_true (fk_response_write_file (response, blank, &error));
    g_assert_no_error (error);
  }
  edit_file (other_model, model->checksum, other_checksum);
  add_path (files, other_region);
  add_path (files, unknown);
  add_path (files, other_model);
  add_path (files, blank);
  dialog = open_dialog (lead, G_LIST_MODEL (files));
  refused = item_at (dialog, 0);
  needs = item_at (dialog, 1);
  another = item_at (dialog, 2);

  /* A municipality the study does not have: refused, in core's words. */
  g_assert_cmpint (fk_import_item_get_state (refused), ==, FK_IMPORT_ITEM_REFUSED);
  g_assert_cmpstr (fk_import_item_get_message (refused), ==,
                   "svar-1488.fksvar: municipality 1488 is not in this study; nothing was imported");
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (row_of (dialog, refused)), fk_import_item_get_message (refused)));
  g_assert_false (fk_import_item_will_import (refused));
  /* A blank form holds nothing to import, and says so. */
  g_assert_cmpint (fk_import_item_get_state (item_at (dialog, 3)), ==, FK_IMPORT_ITEM_REFUSED);
  g_assert_cmpstr (fk_import_item_get_message (item_at (dialog, 3)), ==,
                   "blank-1439.fksvar: the file is a blank form without answers, so there is nothing to import");

  /* A capability the model lacks: listed, imported only on a yes. */
  g_assert_cmpint (fk_import_item_get_state (needs), ==, FK_IMPORT_ITEM_NEEDS_CHOICE);
  g_assert_cmpstr (fk_import_item_get_unknown (needs)[0], ==, "styrning.okand-formaga");
  row = GTK_WIDGET (row_of (dialog, needs));
  g_assert_nonnull (shell_test_find_label (row, "The study’s model has no capability styrning.okand-formaga. It is skipped if you import the rest."));

  /* Another model: explained, not refused. */
  g_assert_cmpint (fk_import_item_get_state (another), ==, FK_IMPORT_ITEM_READY);
  g_assert_false (fk_import_preview_model_matches (fk_import_item_get_preview (another)));
  /* A file that needs nothing stays closed, its details made only when
   * it is opened (fk-import-file-row.c). */
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row_of (dialog, another))));
  g_assert_null (shell_test_find_label (GTK_WIDGET (row_of (dialog, another)),
                                        "Made with another version of the model; scores are matched by capability key."));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row_of (dialog, another)), TRUE);
  g_assert_nonnull (shell_test_find_label (GTK_WIDGET (row_of (dialog, another)),
                                           "Made with another version of the model; scores are matched by capability key."));
  g_assert_cmpstr (summary (dialog), ==,
                   "1 file is ready to import. 1 file needs your choice before it can be imported. 2 files cannot be imported.");

  sw = find_switch (row, "Import the rest");
  gtk_switch_set_active (sw, TRUE);
  while (fk_import_item_get_state (needs) == FK_IMPORT_ITEM_NEEDS_CHOICE)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (fk_import_item_get_state (needs), ==, FK_IMPORT_ITEM_READY);
  g_assert_cmpstr (summary (dialog), ==, "2 files are ready to import. 2 files cannot be imported.");

  g_assert_true (fk_import_dialog_import (dialog));
  wait_until_idle (dialog);
  g_assert_cmpint (fk_import_item_get_state (needs), ==, FK_IMPORT_ITEM_IMPORTED);
  g_assert_cmpint (fk_import_item_get_state (another), ==, FK_IMPORT_ITEM_IMPORTED);
  /* The rest of 1438, not the renamed one; nothing of 1488's file. */
  g_assert_cmpuint (fk_test_count_assessed (lead, round_id, "1438"), ==, fk_model_get_n_capabilities (model) - 1);
  g_assert_cmpint (current_of (lead, "1438", renamed->key), ==, FK_LEVEL_UNSET);
  g_assert_cmpuint (fk_test_count_assessed (lead, round_id, "1460"), ==, fk_model_get_n_capabilities (model));
  shell_test_destroy_window (dialog);
}

/* ---- changed meanwhile ---------------------------------------------------- */

/* Another program writes a score between the preview and Import: that
 * file fails, named, with nothing of it written; the others go in. */
static void
test_changed_meanwhile (void)
{
  g_autofree char *dir = new_folder ("meanwhile");
  g_autoptr(FkStudy) source = new_filled_study (dir, "kommunerna.fkarta");
  g_autoptr(FkStudy) lead = new_study (dir, "ledaren.fkarta");
  g_autofree char *a = write_response (source, dir, "1460", FALSE);
  g_autofree char *b = write_response (source, dir, "1438", TRUE);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  const FkCapability *cap = g_ptr_array_index (fk_study_get_model (lead)->capabilities, 2);
  gint64 round_id = fk_study_get_latest_round (lead)->id;
  g_autoptr(GError) error = NULL;
  FkImportDialog *dialog;
  FkImportItem *failed;

  add_path (files, a);
  add_path (files, b);
  dialog = open_dialog (lead, G_LIST_MODEL (files));
  g_assert_cmpstr (summary (dialog), ==, "2 files are ready to import.");
  {
    g_autoptr(FkStudy) other = fk_study_open (fk_study_get_path (lead), FK_STUDY_OPEN_DEFAULT, &error);
    g_autoptr(FkScore) score = fk_score_new (round_id, "1438", cap->key);

    g_assert_no_error (error);
    score->current = 5;
    g_assert_true (fk_study_set_score (other, score, &error));
    g_assert_no_error (error);
  }
  g_assert_true (fk_import_dialog_import (dialog));
  wait_until_idle (dialog);
  failed = item_at (dialog, 1);
  g_assert_cmpint (fk_import_item_get_state (item_at (dialog, 0)), ==, FK_IMPORT_ITEM_IMPORTED);
  g_assert_cmpint (fk_import_item_get_state (failed), ==, FK_IMPORT_ITEM_FAILED);
  g_assert_true (g_str_has_prefix (fk_import_item_get_message (failed), "svar-1438.csv: "));
  g_assert_cmpstr (summary (dialog), ==, "1 file was imported. 1 file was not imported.");
  g_assert_nonnull (shell_test_find_matching (GTK_WIDGET (row_of (dialog, failed)), shell_test_has_label_prefix,
                                              "Not imported. svar-1438.csv: "));
  /* All or nothing: only the other program's score. */
  g_assert_cmpuint (fk_test_count_assessed (lead, round_id, "1438"), ==, 1);
  g_assert_cmpuint (fk_test_count_assessed (lead, round_id, "1460"), ==,
                    fk_model_get_n_capabilities (fk_study_get_model (lead)));
  shell_test_destroy_window (dialog);
}

/* ---- what an import remakes --------------------------------------------- */

static void
count_changed_cb (FkImportItem *item,
                  guint        *count)
{
  (*count)++;
}

/* An import of several files changes only their rows: a file left out
 * keeps its preview (the same one) and hears no "changed". A change of
 * the study from elsewhere remakes the previews of the files it touches
 * (a score of their municipality and round), and only those; one from
 * another program (which says nothing of what) remakes every one. */
static void
test_untouched_previews (void)
{
  g_autofree char *dir = new_folder ("untouched");
  g_autoptr(FkStudy) source = new_filled_study (dir, "kommunerna.fkarta");
  g_autoptr(FkStudy) lead = new_study (dir, "ledaren.fkarta");
  g_autofree char *a = write_response (source, dir, "1460", FALSE);
  g_autofree char *b = write_response (source, dir, "1438", TRUE);
  g_autofree char *c = write_response (source, dir, "1439", FALSE);
  g_autofree char *d = write_response (source, dir, "1430", FALSE);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  const FkCapability *cap = g_ptr_array_index (fk_study_get_model (lead)->capabilities, 0);
  gint64 round_id = fk_study_get_latest_round (lead)->id;
  g_autoptr(GError) error = NULL;
  FkImportPreview *previews[4];
  guint changes[4] = { 0 };
  FkImportDialog *dialog;

  add_path (files, a);
  add_path (files, b);
  add_path (files, c);
  add_path (files, d);
  dialog = open_dialog (lead, G_LIST_MODEL (files));
  g_assert_cmpstr (summary (dialog), ==, "4 files are ready to import.");
  for (guint i = 0; i < 4; i++)
    {
      /* Held, so that a new preview cannot have the old one's address. */
      previews[i] = fk_import_preview_ref (fk_import_item_get_preview (item_at (dialog, i)));
      g_signal_connect (item_at (dialog, i), "changed", G_CALLBACK (count_changed_cb), &changes[i]);
    }

  /* This window writes a score of 1438 (the Scoring page would): only
   * that file's preview is made again, and it now changes that score. */
  {
    g_autoptr(FkScore) score = fk_score_new (round_id, "1438", cap->key);

    score->current = 1;
    g_assert_true (fk_study_set_score (lead, score, &error));
    g_assert_no_error (error);
  }
  g_assert_true (fk_import_item_get_preview (item_at (dialog, 0)) == previews[0]);
  g_assert_true (fk_import_item_get_preview (item_at (dialog, 1)) != previews[1]);
  g_assert_true (fk_import_item_get_preview (item_at (dialog, 2)) == previews[2]);
  g_assert_true (fk_import_item_get_preview (item_at (dialog, 3)) == previews[3]);
  g_assert_cmpuint (fk_import_preview_get_n_changed (fk_import_item_get_preview (item_at (dialog, 1))), ==, 1);
  g_assert_cmpuint (changes[0] + changes[2] + changes[3], ==, 0);
  fk_import_preview_unref (previews[1]);
  previews[1] = fk_import_preview_ref (fk_import_item_get_preview (item_at (dialog, 1)));

  /* Another program writes: nothing says what, so every preview follows. */
  {
    g_autoptr(FkStudy) other = fk_study_open (fk_study_get_path (lead), FK_STUDY_OPEN_DEFAULT, &error);
    g_autoptr(FkScore) score = fk_score_new (round_id, "1439", cap->key);

    g_assert_no_error (error);
    score->current = 2;
    g_assert_true (fk_study_set_score (other, score, &error));
    g_assert_no_error (error);
  }
  fk_study_check_external_changes (lead);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_true (fk_import_item_get_preview (item_at (dialog, i)) != previews[i]);
      fk_import_preview_unref (previews[i]);
      previews[i] = fk_import_preview_ref (fk_import_item_get_preview (item_at (dialog, i)));
      changes[i] = 0;
    }
  g_assert_cmpuint (fk_import_preview_get_n_changed (previews[2]), ==, 1);

  /* 1430 left out; the other three imported. */
  fk_import_item_set_included (item_at (dialog, 3), FALSE);
  changes[3] = 0;
  g_assert_true (fk_import_dialog_import (dialog));
  wait_until_idle (dialog);
  g_assert_cmpstr (summary (dialog), ==, "3 files were imported. 1 file is left out.");
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpint (fk_import_item_get_state (item_at (dialog, i)), ==, FK_IMPORT_ITEM_IMPORTED);
      /* The outcome: once, and nothing before it. */
      g_assert_cmpuint (changes[i], ==, 1);
      g_assert_cmpuint (fk_test_count_assessed (lead, round_id, fk_import_preview_get_municipality (previews[i])), ==,
                        fk_model_get_n_capabilities (fk_study_get_model (lead)));
    }
  g_assert_cmpint (fk_import_item_get_state (item_at (dialog, 3)), ==, FK_IMPORT_ITEM_READY);
  g_assert_true (fk_import_item_get_preview (item_at (dialog, 3)) == previews[3]);
  g_assert_cmpuint (changes[3], ==, 0);
  g_assert_cmpuint (fk_test_count_assessed (lead, round_id, "1430"), ==, 0);
  for (guint i = 0; i < 4; i++)
    {
      g_signal_handlers_disconnect_by_func (item_at (dialog, i), count_changed_cb, &changes[i]);
      fk_import_preview_unref (previews[i]);
    }
  shell_test_destroy_window (dialog);
}

/* ---- two files for one municipality ------------------------------------- */

static void
test_same_municipality (void)
{
  g_autofree char *dir = new_folder ("same");
  g_autoptr(FkStudy) source = new_filled_study (dir, "kommunerna.fkarta");
  g_autoptr(FkStudy) lead = new_study (dir, "ledaren.fkarta");
  g_autofree char *json = write_response (source, dir, "1460", FALSE);
  g_autofree char *csv = write_response (source, dir, "1460", TRUE);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autofree char *expected = NULL;
  FkImportDialog *dialog;
  FkImportItem *first, *second;

  add_path (files, json);
  add_path (files, csv);
  dialog = open_dialog (lead, G_LIST_MODEL (files));
  first = item_at (dialog, 0);
  second = item_at (dialog, 1);
  /* Each names the other. */
  g_assert_cmpstr (fk_import_item_get_same_as (first), ==, "svar-1460.csv");
  g_assert_cmpstr (fk_import_item_get_same_as (second), ==, "svar-1460.fksvar");
  g_assert_nonnull (shell_test_find_matching (GTK_WIDGET (row_of (dialog, first)), shell_test_has_label_prefix,
                                              "svar-1460.csv is for the same municipality and round."));
  /* Both included: neither can go in (the second would meet the first's
   * answers), until one is left out. */
  g_assert_cmpstr (summary (dialog), ==, "2 files need your choice before they can be imported.");
  g_assert_false (fk_import_dialog_import (dialog));
  g_assert_cmpuint (fk_test_count_assessed (lead, fk_study_get_latest_round (lead)->id, "1460"), ==, 0);
  /* One left out: no more warning, and the other goes in. */
  fk_import_item_set_included (second, FALSE);
  g_assert_null (fk_import_item_get_same_as (first));
  g_assert_null (shell_test_find_matching (GTK_WIDGET (row_of (dialog, first)), shell_test_has_label_prefix,
                                           "svar-1460.csv is for the same municipality and round."));
  g_assert_true (fk_import_dialog_import (dialog));
  wait_until_idle (dialog);
  g_assert_cmpint (fk_import_item_get_state (first), ==, FK_IMPORT_ITEM_IMPORTED);
  g_assert_cmpuint (fk_test_count_assessed (lead, fk_study_get_latest_round (lead)->id, "1460"), ==,
                    fk_model_get_n_capabilities (fk_study_get_model (lead)));
  /* The one left out was compared again with what the import wrote:
   * none of its answers is new any more. */
  g_assert_nonnull (fk_import_item_get_preview (second));
  g_assert_cmpuint (fk_import_preview_get_n_new (fk_import_item_get_preview (second)), ==, 0);
  shell_test_destroy_window (dialog);
}

/* Another program holds the study's write lock: Import never waits on
 * the main thread; it says so, tries again, and goes on once the lock
 * is gone. */
static void
test_busy (void)
{
  g_autofree char *dir = new_folder ("busy");
  g_autoptr(FkStudy) source = new_filled_study (dir, "kommunerna.fkarta");
  g_autoptr(FkStudy) lead = new_study (dir, "ledaren.fkarta");
  g_autofree char *a = write_response (source, dir, "1460", FALSE);
  g_autofree char *b = write_response (source, dir, "1438", TRUE);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  gint64 round_id = fk_study_get_latest_round (lead)->id;
  FkImportDialog *dialog;
  sqlite3 *lock;
  gint64 start;

  add_path (files, a);
  add_path (files, b);
  dialog = open_dialog (lead, G_LIST_MODEL (files));
  lock = fk_test_lock_study (lead);
  start = g_get_monotonic_time ();
  g_assert_true (fk_import_dialog_import (dialog));
  shell_test_wait_ms (600);
  /* A write that waited would have held the loop for the busy timeout. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);
  g_assert_true (fk_import_dialog_is_busy (dialog));
  g_assert_nonnull (strstr (summary (dialog), "Another program is writing to the study"));
  g_assert_cmpint (fk_import_item_get_state (item_at (dialog, 0)), ==, FK_IMPORT_ITEM_READY);
  g_assert_cmpuint (fk_test_count_assessed (lead, round_id, "1460"), ==, 0);
  fk_test_unlock_study (lock);
  wait_until_idle (dialog);
  g_assert_cmpint (fk_import_item_get_state (item_at (dialog, 0)), ==, FK_IMPORT_ITEM_IMPORTED);
  g_assert_cmpint (fk_import_item_get_state (item_at (dialog, 1)), ==, FK_IMPORT_ITEM_IMPORTED);
  g_assert_cmpstr (summary (dialog), ==, "2 files were imported.");
  shell_test_destroy_window (dialog);
}

/* ---- closing while reading ----------------------------------------------- */

static void
test_close_while_reading (void)
{
  g_autofree char *dir = new_folder ("closing");
  g_autoptr(FkStudy) source = new_filled_study (dir, "kommunerna.fkarta");
  g_autoptr(FkStudy) lead = new_study (dir, "ledaren.fkarta");
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autofree char *before = dump_scores (lead);
  g_autofree char *after = NULL;
  FkRegion *region = fk_study_get_region (source);
  FkImportDialog *dialog = fk_import_dialog_new (NULL, lead);
  gpointer items[14];

  for (guint m = 0; m < region->municipalities->len; m++)
    {
      const FkMunicipality *mun = g_ptr_array_index (region->municipalities, m);
      g_autofree char *path = write_response (source, dir, mun->code, m % 2);

      add_path (files, path);
    }
  gtk_window_present (GTK_WINDOW (dialog));
  fk_import_dialog_add_files (dialog, G_LIST_MODEL (files));
  g_assert_true (fk_import_dialog_is_busy (dialog));
  g_assert_cmpuint (region->municipalities->len, ==, G_N_ELEMENTS (items));
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      items[i] = item_at (dialog, i);
      g_object_add_weak_pointer (items[i], &items[i]);
    }
  /* Closing frees the dialog at once; the reads end by themselves, and
   * let go of their files. */
  shell_test_destroy_window (dialog);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    while (items[i] != NULL)
      g_main_context_iteration (NULL, TRUE);
  after = dump_scores (lead);
  g_assert_cmpstr (after, ==, before);
}

/* ---- a study that cannot be written ------------------------------------- */

static void
test_read_only (void)
{
  g_autofree char *dir = new_folder ("read-only");
  g_autoptr(FkStudy) source = new_filled_study (dir, "kommunerna.fkarta");
  g_autoptr(FkStudy) lead = new_study (dir, "ledaren.fkarta");
  g_autofree char *lead_path = g_strdup (fk_study_get_path (lead));
  g_autofree char *path = write_response (source, dir, "1460", TRUE);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr(FkStudy) read_only = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *checksum = NULL;
  FkImportDialog *dialog;
  GtkWidget *label;

  g_clear_object (&lead);
  read_only = fk_study_open (lead_path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  checksum = fk_test_file_checksum (lead_path);
  add_path (files, path);
  dialog = open_dialog (read_only, G_LIST_MODEL (files));
  g_assert_cmpint (fk_import_item_get_state (item_at (dialog, 0)), ==, FK_IMPORT_ITEM_READY);
  label = shell_test_template_child (GTK_WIDGET (dialog), FK_TYPE_IMPORT_DIALOG, "read_only_label");
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)),
                                   "The study cannot be changed now, so nothing can be imported."));
  g_assert_false (import_enabled (dialog));
  g_assert_false (fk_import_dialog_import (dialog));
  shell_test_destroy_window (dialog);
  {
    g_autofree char *after = fk_test_file_checksum (lead_path);
    g_assert_cmpstr (after, ==, checksum);
  }
}

/* ---- the window: drop and win.import -------------------------------------- */

static GtkDropTarget *
window_drop_target (FkWindow *window)
{
  GtkWidget *stack = shell_test_template_child (GTK_WIDGET (window), FK_TYPE_WINDOW, "main_stack");
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (stack);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  g_assert_not_reached ();
}

/* What GTK does when files are dropped: the target's "drop". */
static gboolean
drop (FkWindow   *window,
      const char *path1,
      const char *path2)
{
  g_autoptr(GFile) file1 = g_file_new_for_path (path1);
  g_autoptr(GFile) file2 = path2 != NULL ? g_file_new_for_path (path2) : NULL;
  GFile *array[] = { file1, file2 };
  GdkFileList *list = gdk_file_list_new_from_array (array, path2 != NULL ? 2 : 1);
  GValue value = G_VALUE_INIT;
  gboolean handled = FALSE;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, list);
  g_signal_emit_by_name (window_drop_target (window), "drop", &value, 10.0, 10.0, &handled);
  g_value_unset (&value);
  return handled;
}

static void
test_window_drop (void)
{
  g_autofree char *dir = new_folder ("drop");
  g_autoptr(FkStudy) source = new_filled_study (dir, "kommunerna.fkarta");
  g_autoptr(FkStudy) lead = new_study (dir, "ledaren.fkarta");
  g_autofree char *a = write_response (source, dir, "1460", FALSE);
  g_autofree char *b = write_response (source, dir, "1438", TRUE);
  g_autofree char *c = write_response (source, dir, "1439", FALSE);
  FkWindow *window = fk_window_new (NULL, lead);
  FkWindow *empty = fk_window_new (NULL, NULL);
  FkImportDialog *dialog;
  AdwMessageDialog *message;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (shell_test_find_toplevel (FK_TYPE_IMPORT_DIALOG));

  /* Two files: one dialog with both. */
  g_assert_true (drop (window, a, b));
  dialog = FK_IMPORT_DIALOG (shell_test_find_toplevel (FK_TYPE_IMPORT_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (fk_import_dialog_get_study (dialog) == lead);
  wait_until_idle (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (fk_import_dialog_get_items (dialog)), ==, 2);
  /* A second drop while it is open joins it. */
  g_assert_true (drop (window, c, a));
  g_assert_true (FK_IMPORT_DIALOG (shell_test_find_toplevel (FK_TYPE_IMPORT_DIALOG)) == dialog);
  wait_until_idle (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (fk_import_dialog_get_items (dialog)), ==, 3);
  g_assert_cmpstr (summary (dialog), ==, "3 files are ready to import.");
  /* A study among the files is opened (by the application, which this
   * window has not), never imported. */
  drop (window, fk_study_get_path (source), c);
  wait_until_idle (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (fk_import_dialog_get_items (dialog)), ==, 3);

  /* Unticked, a file is left out of the import. */
  {
    FkImportItem *left_out = item_at (dialog, 2);
    GtkWidget *check = shell_test_find_descendant (GTK_WIDGET (row_of (dialog, left_out)), GTK_TYPE_CHECK_BUTTON);

    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
    g_assert_false (fk_import_item_get_included (left_out));
    g_assert_cmpstr (summary (dialog), ==, "2 files are ready to import. 1 file is left out.");
    g_assert_true (fk_import_dialog_import (dialog));
    wait_until_idle (dialog);
    g_assert_cmpstr (summary (dialog), ==, "2 files were imported. 1 file is left out.");
    g_assert_cmpint (fk_import_item_get_state (left_out), ==, FK_IMPORT_ITEM_READY);
    g_assert_cmpuint (fk_test_count_assessed (lead, fk_study_get_latest_round (lead)->id, "1439"), ==, 0);
    g_assert_cmpuint (fk_test_count_assessed (lead, fk_study_get_latest_round (lead)->id, "1438"), >, 0);
  }
  shell_test_destroy_window (dialog);

  /* No study: nothing to import into, and it says so, naming the file. */
  gtk_window_present (GTK_WINDOW (empty));
  drop (empty, a, NULL);
  g_assert_null (shell_test_find_toplevel (FK_TYPE_IMPORT_DIALOG));
  message = shell_test_find_message_dialog ();
  g_assert_nonnull (message);
  g_assert_true (strstr (adw_message_dialog_get_body (message), "svar-1460.fksvar") != NULL);
  shell_test_destroy_window (message);

  shell_test_destroy_window (empty);
  shell_test_destroy_window (window);
}

/* ---- win.import ------------------------------------------------------------ */


/* win.import needs a study that can be written; Ctrl+I is bound to it. */
static void
test_import_action (void)
{
  g_autofree char *dir = new_folder ("action");
  g_autoptr(FkStudy) created = new_study (dir, "ledaren.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (created));
  g_autoptr(FkStudy) read_only = NULL;
  g_autoptr(GError) error = NULL;
  FkWindow *window = fk_window_new (NULL, created);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (shell_test_menu_offers (GTK_WIDGET (window), "win.import"));
  fk_window_set_study (window, NULL);
  g_assert_false (shell_test_menu_offers (GTK_WIDGET (window), "win.import"));
  shell_test_destroy_window (window);

  /* A window of its own: one that changes studies is not what this tests. */
  g_clear_object (&created);
  read_only = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  window = fk_window_new (NULL, read_only);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (shell_test_menu_offers (GTK_WIDGET (window), "win.import"));
  /* Disabled, Ctrl+I does nothing (and opens no chooser). */
  g_assert_false (shell_test_press (window, GDK_KEY_i, GDK_CONTROL_MASK));
  shell_test_destroy_window (window);
}

/* A window filling in a response (src/ui/session) takes no responses:
 * win.import is off, and a drop says why. */
static void
test_session_window (void)
{
  g_autofree char *dir = new_folder ("session");
  g_autofree char *sessions = g_build_filename (dir, "sessions", NULL);
  g_autoptr(FkStudy) source = new_filled_study (dir, "kommunerna.fkarta");
  g_autofree char *blank = NULL;
  g_autofree char *other = write_response (source, dir, "1438", FALSE);
  g_autoptr(FkStudy) session = NULL;
  g_autoptr(GError) error = NULL;
  FkWindow *window;
  AdwMessageDialog *message;

  {
    g_autoptr(FkResponse) response = fk_response_new_from_study (source, fk_study_get_latest_round (source)->id,
                                                                 "1460", TRUE, NULL, &error);

    g_assert_no_error (error);
    blank = g_build_filename (dir, "blank-1460.fksvar", NULL);
    g_assert_true (fk_response_write_file (response, blank, &error));
    g_assert_no_error (error);
  }
  session = fk_response_session_open (blank, sessions, NULL, &error);
  g_assert_no_error (error);
  window = fk_window_new (NULL, session);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (shell_test_menu_offers (GTK_WIDGET (window), "win.import"));
  drop (window, other, NULL);
  g_assert_null (shell_test_find_toplevel (FK_TYPE_IMPORT_DIALOG));
  message = shell_test_find_message_dialog ();
  g_assert_nonnull (message);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (message), "This window fills in a response"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "svar-1438.fksvar"));
  shell_test_destroy_window (message);
  shell_test_destroy_window (window);
}

int
main (int    argc,
      char **argv)
{
  int result;

  tmpdir = shell_test_setup_tmpdir ();
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/import-dialog/fourteen", test_fourteen);
  g_test_add_func ("/import-dialog/conflict", test_conflict);
  g_test_add_func ("/import-dialog/missing-round", test_missing_round);
  g_test_add_func ("/import-dialog/choices-and-refusals", test_choices_and_refusals);
  g_test_add_func ("/import-dialog/changed-meanwhile", test_changed_meanwhile);
  g_test_add_func ("/import-dialog/same-municipality", test_same_municipality);
  g_test_add_func ("/import-dialog/busy", test_busy);
  g_test_add_func ("/import-dialog/untouched-previews", test_untouched_previews);
  g_test_add_func ("/import-dialog/close-while-reading", test_close_while_reading);
  g_test_add_func ("/import-dialog/read-only", test_read_only);
  g_test_add_func ("/import-dialog/window-drop", test_window_drop);
  g_test_add_func ("/import-dialog/import-action", test_import_action);
  g_test_add_func ("/import-dialog/session-window", test_session_window);
  result = g_test_run ();
  shell_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return result;
}
