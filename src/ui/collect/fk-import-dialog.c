/* fk-import-dialog.c — importing response files into the open study
 *
 * Reading runs in GTask threads (fk_import_read_response_file() touches
 * no study); the comparison with the study (fk_import_preview_new())
 * and the import run on the main thread, which alone uses the study's
 * connection. Imports are applied a slice of files per main-loop turn,
 * so the rows show the outcomes as they come and the window keeps
 * drawing. A file's change updates its own row only; the previews of
 * the others are made again only when the study changes elsewhere in a
 * way that touches them (docs/performance.md, bench-import-dialog).
 * Closing cancels what is read and stops between files: every file is
 * all or nothing, so a stop leaves whole files only.
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-import-dialog"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-import-chooser.h"
#include "fk-import-dialog.h"
#include "fk-import-file-row.h"
#include "fk-import-item.h"

/* How long the import may keep the main loop before a frame is drawn, at
 * least; when what runs between two slices (the frames of every window,
 * the views that follow the study) takes longer, a slice takes as long:
 * the import keeps half of the time however slow the rest is. */
#define IMPORT_SLICE_US (50 * G_TIME_SPAN_MILLISECOND)
/* How soon a file is tried again when another program holds the study. */
#define BUSY_RETRY_MS 250

struct _FkImportDialog
{
  AdwWindow      parent_instance;

  FkStudy       *study;
  GListStore    *items;        /* FkImportItem, in the order added */
  GHashTable    *files;        /* GFile → its item: each file once */
  GHashTable    *rows;         /* FkImportItem → its FkImportFileRow (the list's) */
  GCancellable  *cancellable;
  guint          n_reading;
  GPtrArray     *queue;        /* items still to apply in this import */
  guint          import_source;
  gint64         slice_end;    /* when the last slice of the import gave the loop back */
  gboolean       waiting;      /* the import waits for another program's write lock */
  gboolean       importing;
  gboolean       done;         /* an import ran: its outcomes are shown */

  /* Template widgets */
  GtkWidget     *cancel_button;
  GtkWidget     *import_button;
  GtkWidget     *close_button;
  GtkLabel      *summary_label;
  GtkLabel      *read_only_label;
  GtkWidget     *scroller;
  GtkListBox    *list;
};

G_DEFINE_FINAL_TYPE (FkImportDialog, fk_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STUDY,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- the summary and the buttons ---------------------------------------- */

typedef struct {
  guint reading, ready, left_out, choice, refused, unchanged, imported, failed;
} Counts;

static Counts
count_items (FkImportDialog *self)
{
  Counts c = { 0 };

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->items)); i++)
    {
      g_autoptr(FkImportItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      switch (fk_import_item_get_state (item))
        {
        case FK_IMPORT_ITEM_READING: c.reading++; break;
        case FK_IMPORT_ITEM_REFUSED: c.refused++; break;
        case FK_IMPORT_ITEM_NEEDS_CHOICE: c.choice++; break;
        case FK_IMPORT_ITEM_READY:
          /* Two files for one municipality and round: one must be left
           * out (the second would meet the first's answers). */
          if (fk_import_item_get_included (item) && fk_import_item_get_same_as (item) != NULL)
            c.choice++;
          else if (fk_import_item_get_included (item))
            c.ready++;
          else
            c.left_out++;
          break;
        case FK_IMPORT_ITEM_UNCHANGED: c.unchanged++; break;
        case FK_IMPORT_ITEM_IMPORTED: c.imported++; break;
        case FK_IMPORT_ITEM_FAILED: c.failed++; break;
        default: g_assert_not_reached ();
        }
    }
  return c;
}

/* One sentence per kind of file, each a whole sentence of its own. */
static void
append_sentence (GString *text,
                 char    *sentence)
{
  if (text->len > 0)
    g_string_append_c (text, ' ');
  g_string_append (text, sentence);
  g_free (sentence);
}

static char *
summary_text (FkImportDialog *self,
              const Counts   *c)
{
  GString *text = g_string_new (NULL);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->items)) == 0)
    {
      g_string_append (text, _("No files to import yet."));
      return g_string_free (text, FALSE);
    }
  if (c->imported > 0)
    append_sentence (text, g_strdup_printf (ngettext ("%u file was imported.", "%u files were imported.", c->imported),
                                            c->imported));
  if (c->failed > 0)
    append_sentence (text, g_strdup_printf (ngettext ("%u file was not imported.", "%u files were not imported.", c->failed),
                                            c->failed));
  if (c->reading > 0)
    append_sentence (text, g_strdup_printf (ngettext ("Reading %u file…", "Reading %u files…", c->reading),
                                            c->reading));
  if (self->importing && self->waiting)
    append_sentence (text, g_strdup (_("Another program is writing to the study; the import goes on as soon as it is done.")));
  if (self->importing && self->queue->len > 0)
    append_sentence (text, g_strdup_printf (ngettext ("Importing %u more file…", "Importing %u more files…", self->queue->len),
                                            self->queue->len));
  else if (!self->importing && c->ready > 0)
    append_sentence (text, g_strdup_printf (ngettext ("%u file is ready to import.", "%u files are ready to import.", c->ready),
                                            c->ready));
  if (c->left_out > 0)
    append_sentence (text, g_strdup_printf (ngettext ("%u file is left out.", "%u files are left out.", c->left_out),
                                            c->left_out));
  if (c->choice > 0)
    append_sentence (text, g_strdup_printf (ngettext ("%u file needs your choice before it can be imported.",
                                                      "%u files need your choice before they can be imported.", c->choice),
                                            c->choice));
  if (c->refused > 0)
    append_sentence (text, g_strdup_printf (ngettext ("%u file cannot be imported.", "%u files cannot be imported.", c->refused),
                                            c->refused));
  if (c->unchanged > 0)
    append_sentence (text, g_strdup_printf (ngettext ("%u file is already imported: nothing would change.",
                                                      "%u files are already imported: nothing would change.", c->unchanged),
                                            c->unchanged));
  return g_string_free (text, FALSE);
}

static gboolean
can_import (FkImportDialog *self,
            const Counts   *c)
{
  return !self->importing && c->reading == 0 && c->ready > 0 && !fk_study_is_read_only (self->study);
}

static void
update_state (FkImportDialog *self)
{
  Counts c = count_items (self);
  g_autofree char *summary = summary_text (self, &c);
  gboolean read_only = fk_study_is_read_only (self->study);
  gboolean show_close = self->done && c.ready == 0 && c.reading == 0 && !self->importing;

  gtk_label_set_text (self->summary_label, summary);
  if (read_only)
    {
      const char *reason = fk_study_get_read_only_reason (self->study);
      g_autofree char *text = NULL;

      /* Translators: the reason the study cannot be written follows */
      text = g_strdup_printf (_("The study cannot be changed now, so nothing can be imported. %s"),
                              reason != NULL ? reason : "");
      gtk_label_set_text (self->read_only_label, g_strstrip (text));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->read_only_label), read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", can_import (self, &c));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.add-files", !self->importing);

  /* After an import with nothing left to do: Close is what is left. */
  gtk_widget_set_visible (self->import_button, !show_close);
  gtk_widget_set_visible (self->cancel_button, !show_close);
  gtk_widget_set_visible (self->close_button, show_close);
  gtk_window_set_default_widget (GTK_WINDOW (self), show_close ? self->close_button : self->import_button);
}

static void
set_busy (FkImportDialog *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* ---- rows ------------------------------------------------------------- */

static int
state_rank (FkImportItemState state)
{
  /* What cannot go in, or needs a choice, comes first. */
  switch (state)
    {
    case FK_IMPORT_ITEM_REFUSED:
    case FK_IMPORT_ITEM_FAILED: return 0;
    case FK_IMPORT_ITEM_NEEDS_CHOICE: return 1;
    case FK_IMPORT_ITEM_READING: return 3;
    default: return 2;
    }
}

/* Problems first, then by municipality (as people read names), then by file. */
static int
sort_rows (GtkListBoxRow *a,
           GtkListBoxRow *b,
           gpointer       user_data)
{
  FkImportItem *ia = fk_import_file_row_get_item (FK_IMPORT_FILE_ROW (a));
  FkImportItem *ib = fk_import_file_row_get_item (FK_IMPORT_FILE_ROW (b));
  int ra = state_rank (fk_import_item_get_state (ia));
  int rb = state_rank (fk_import_item_get_state (ib));
  const char *ma = fk_import_item_get_municipality_name (ia);
  const char *mb = fk_import_item_get_municipality_name (ib);
  int cmp;

  if (ra != rb)
    return ra - rb;
  if (ma != NULL && mb != NULL && (cmp = g_utf8_collate (ma, mb)) != 0)
    return cmp;
  if ((ma == NULL) != (mb == NULL))
    return ma == NULL ? 1 : -1;
  return g_utf8_collate (fk_import_item_get_display_name (ia), fk_import_item_get_display_name (ib));
}

/* "municipality\nround" of an item's preview, or NULL. (transfer full) */
static char *
target_of (FkImportItem *item)
{
  FkImportPreview *preview = fk_import_item_get_preview (item);

  if (preview == NULL)
    return NULL;
  return g_strconcat (fk_import_preview_get_municipality (preview), "\n",
                      fk_import_preview_get_round (preview), NULL);
}

/* Two files of the list that would import into the same municipality
 * and round: each row names the other. Only files still to import
 * count. One pass with a table, as it runs after every file's change. */
static void
find_same (FkImportDialog *self)
{
  GListModel *items = G_LIST_MODEL (self->items);
  guint n = g_list_model_get_n_items (items);
  g_autoptr(GHashTable) firsts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) same = g_ptr_array_new_full (n, NULL);

  /* "municipality\nround" → 1 + the index of the first item for it. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FkImportItem) item = g_list_model_get_item (items, i);
      g_autoptr(FkImportItem) other = NULL;
      char *key;
      guint first;

      g_ptr_array_add (same, NULL);
      if (!fk_import_item_will_import (item) || (key = target_of (item)) == NULL)
        continue;
      first = GPOINTER_TO_UINT (g_hash_table_lookup (firsts, key));
      if (first == 0)
        {
          g_hash_table_insert (firsts, key, GUINT_TO_POINTER (i + 1));
          continue;
        }
      g_free (key);
      /* Each names the first other one in the list: a later file the
       * first, the first the second. (The list holds the items, and so
       * their names.) */
      other = g_list_model_get_item (items, first - 1);
      same->pdata[i] = (gpointer) fk_import_item_get_display_name (other);
      if (same->pdata[first - 1] == NULL)
        same->pdata[first - 1] = (gpointer) fk_import_item_get_display_name (item);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FkImportItem) item = g_list_model_get_item (items, i);

      fk_import_item_set_same_as (item, same->pdata[i]);
    }
}

/* One file changed: only its row may move; the others keep their place
 * (a re-sort of every row per file cost a relayout of the whole list). */
static void
item_changed_cb (FkImportDialog *self,
                 FkImportItem   *item)
{
  GtkListBoxRow *row = g_hash_table_lookup (self->rows, item);

  /* An item's own "changed" from find_same() comes back here; it stops
   * when nothing differs. */
  find_same (self);
  if (row != NULL)
    gtk_list_box_row_changed (row);
  update_state (self);
}

static void
item_included_cb (FkImportDialog *self,
                  GParamSpec     *pspec,
                  FkImportItem   *item)
{
  item_changed_cb (self, item);
}

/* ---- reading ---------------------------------------------------------- */

typedef struct {
  FkResponse *response;
  char       *checksum;
} ReadResult;

static void
read_result_free (ReadResult *result)
{
  g_clear_pointer (&result->response, fk_response_unref);
  g_free (result->checksum);
  g_free (result);
}

/* One file being read. The task does not hold the dialog: closing it
 * frees it at once, and a read that ends later finds nobody. */
typedef struct {
  GWeakRef      dialog;
  FkImportItem *item;
} ReadJob;

static void
read_job_free (ReadJob *job)
{
  g_weak_ref_clear (&job->dialog);
  g_clear_object (&job->item);
  g_free (job);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadJob *job = task_data;
  GError *error = NULL;
  ReadResult *result;

  if (g_task_return_error_if_cancelled (task))
    return;
  result = g_new0 (ReadResult, 1);
  result->response = fk_import_item_read_file (fk_import_item_get_file (job->item), &result->checksum, &error);
  if (result->response == NULL)
    {
      read_result_free (result);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, result, (GDestroyNotify) read_result_free);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  ReadJob *job = g_task_get_task_data (G_TASK (res));
  g_autoptr(FkImportDialog) self = g_weak_ref_get (&job->dialog);
  /* Let go of the item here, on the main thread: the worker may hold
   * the task, and so the job, last. */
  g_autoptr(FkImportItem) item = g_steal_pointer (&job->item);
  g_autoptr(GError) error = NULL;
  ReadResult *result = g_task_propagate_pointer (G_TASK (res), &error);

  /* The dialog went away meanwhile: nobody waits for the file. */
  if (self == NULL || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (res))))
    {
      g_clear_pointer (&result, read_result_free);
      return;
    }
  self->n_reading--;
  if (result != NULL)
    {
      fk_import_item_set_read_result (item, result->response, result->checksum, NULL);
      fk_import_item_update (item, self->study);
      read_result_free (result);
    }
  else
    fk_import_item_set_read_result (item, NULL, NULL, error);
  if (self->n_reading == 0)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      set_busy (self);
      update_state (self);
      /* Enter imports, unless the user is somewhere already. */
      if ((focus == NULL || focus == self->cancel_button) && gtk_widget_is_sensitive (self->import_button))
        gtk_widget_grab_focus (self->import_button);
    }
}

static void
add_file (FkImportDialog *self,
          GFile          *file)
{
  g_autoptr(FkImportItem) item = NULL;
  g_autoptr(GTask) task = NULL;
  FkImportFileRow *row;
  ReadJob *job;

  if (g_hash_table_contains (self->files, file))
    return;
  item = fk_import_item_new (file);
  g_hash_table_insert (self->files, g_object_ref (file), item);
  g_list_store_append (self->items, item);
  row = fk_import_file_row_new (item, self->study);
  gtk_list_box_append (self->list, GTK_WIDGET (row));
  g_hash_table_insert (self->rows, item, row);
  g_signal_connect_object (item, "changed", G_CALLBACK (item_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::included", G_CALLBACK (item_included_cb), self, G_CONNECT_SWAPPED);

  self->n_reading++;
  job = g_new0 (ReadJob, 1);
  g_weak_ref_init (&job->dialog, self);
  job->item = g_object_ref (item);
  task = g_task_new (NULL, self->cancellable, read_done_cb, NULL);
  g_task_set_source_tag (task, add_file);
  /* Not below the frames' priority: with spinners turning and frames
   * that take longer than their interval (a software GL renderer), the
   * frames came back to back and no file was ever shown read. */
  g_task_set_task_data (task, job, (GDestroyNotify) read_job_free);
  g_task_run_in_thread (task, read_thread);
}

/* Whether @change may alter what @item's file would do: a round added or
 * removed (it may lack its round), or scores of its municipality and
 * round. */
static gboolean
change_touches_item (FkImportDialog      *self,
                     FkImportItem        *item,
                     const FkStudyChange *change)
{
  FkResponse *response = fk_import_item_get_response (item);
  const FkRound *round;

  if (response == NULL)
    return FALSE;   /* still reading, or unreadable: nothing to compare */
  if (change->what & FK_STUDY_CHANGE_ROUNDS)
    return TRUE;
  round = fk_study_find_round (self->study, fk_response_get_round (response));
  return round != NULL &&
         fk_study_change_touches_scores (change, round->id, fk_response_get_municipality (response));
}

/* Every file not imported yet (that @change touches; NULL: every one),
 * compared with the study as it is now. */
static void
update_items (FkImportDialog      *self,
              const FkStudyChange *change)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->items)); i++)
    {
      g_autoptr(FkImportItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (fk_import_item_get_state (item) != FK_IMPORT_ITEM_IMPORTED &&
          (change == NULL || change_touches_item (self, item, change)))
        fk_import_item_update (item, self->study);
    }
}

/* After an import: a file left out (or waiting for a choice) for the
 * municipality and round of one just imported is compared with the study
 * again, so that including it later shows what it would really change;
 * the other files' previews and every outcome stay. */
static void
refresh_after_import (FkImportDialog *self)
{
  GListModel *items = G_LIST_MODEL (self->items);
  g_autoptr(GHashTable) imported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FkImportItem) item = g_list_model_get_item (items, i);
      char *target;

      if (fk_import_item_get_state (item) == FK_IMPORT_ITEM_IMPORTED && (target = target_of (item)) != NULL)
        g_hash_table_add (imported, target);
    }
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FkImportItem) item = g_list_model_get_item (items, i);
      g_autofree char *target = NULL;
      FkImportItemState state = fk_import_item_get_state (item);

      if ((state == FK_IMPORT_ITEM_READY || state == FK_IMPORT_ITEM_NEEDS_CHOICE ||
           state == FK_IMPORT_ITEM_UNCHANGED) &&
          (target = target_of (item)) != NULL && g_hash_table_contains (imported, target))
        fk_import_item_update (item, self->study);
    }
}

/* The study changed elsewhere (another window, the CLI): the previews of
 * the files it touches follow, so what the user decides on is what is
 * there. Not during an import (its own writes), nor after it, whose
 * outcomes stay shown. */
static void
study_changed_cb (FkImportDialog      *self,
                  const FkStudyChange *change)
{
  if (!self->importing && !self->done &&
      (change->what & (FK_STUDY_CHANGE_SCORES | FK_STUDY_CHANGE_ROUNDS)))
    update_items (self, change);
  update_state (self);
}

void
fk_import_dialog_add_files (FkImportDialog *self,
                            GListModel     *files)
{
  guint before;

  g_return_if_fail (FK_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_LIST_MODEL (files));

  if (self->importing)
    return;
  before = self->n_reading;
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);

      add_file (self, file);
    }
  if (self->n_reading > before)
    {
      /* New files after an import: the list is a preview again. */
      if (self->done)
        {
          self->done = FALSE;
          update_items (self, NULL);
        }
      if (before == 0)
        set_busy (self);
    }
  update_state (self);
}

/* ---- importing -------------------------------------------------------- */

static gboolean
import_next_cb (gpointer user_data)
{
  FkImportDialog *self = user_data;
  gint64 start = g_get_monotonic_time ();
  gint64 slice = MAX (IMPORT_SLICE_US, self->slice_end != 0 ? start - self->slice_end : 0);

  /* Files until a slice of time is used, then a frame: the rows show
   * the progress without a frame per file (drawing fifteen rows costs
   * more than importing a file). */
  while (self->queue->len > 0)
    {
      g_autoptr(FkImportItem) item = g_ptr_array_steal_index (self->queue, 0);

      fk_import_item_apply (item, self->study);
      self->waiting = fk_import_item_get_busy (item);
      if (self->waiting)
        {
          /* Another program writes: this file again in a moment, the
           * window free meanwhile. */
          g_ptr_array_insert (self->queue, 0, g_steal_pointer (&item));
          self->import_source = g_timeout_add (BUSY_RETRY_MS, import_next_cb, self);
          update_state (self);
          return G_SOURCE_REMOVE;
        }
      /* After the last one, the outcome at once, in the same frame. */
      if (self->queue->len > 0 && g_get_monotonic_time () - start > slice)
        {
          self->slice_end = g_get_monotonic_time ();
          return G_SOURCE_CONTINUE;
        }
    }
  self->import_source = 0;
  self->importing = FALSE;
  self->waiting = FALSE;
  self->done = TRUE;
  /* The files left (left out, or waiting for a choice) are compared with
   * the study as the import left it; the outcomes stay. */
  refresh_after_import (self);
  update_state (self);
  /* Enter closes now, unless files are still to be imported. */
  if (gtk_widget_get_visible (self->close_button))
    gtk_widget_grab_focus (self->close_button);
  set_busy (self);
  return G_SOURCE_REMOVE;
}

gboolean
fk_import_dialog_import (FkImportDialog *self)
{
  GtkListBoxRow *row;
  Counts c;

  g_return_val_if_fail (FK_IS_IMPORT_DIALOG (self), FALSE);

  c = count_items (self);
  if (!can_import (self, &c))
    return FALSE;
  /* The previews saw the study's queued answers; the import checks what
   * is written, so write them first (docs/import.md). A change the
   * previews have not seen yet fails its file, named, all or nothing. */
  fk_study_flush_pending (self->study);
  g_ptr_array_set_size (self->queue, 0);
  /* In the order shown, so the outcomes come down the list. */
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      FkImportItem *item = fk_import_file_row_get_item (FK_IMPORT_FILE_ROW (row));

      if (fk_import_item_will_import (item) && fk_import_item_get_same_as (item) == NULL)
        g_ptr_array_add (self->queue, g_object_ref (item));
    }
  self->importing = TRUE;
  self->slice_end = 0;
  self->import_source = g_idle_add (import_next_cb, self);
  update_state (self);
  set_busy (self);
  return TRUE;
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  fk_import_dialog_import (FK_IMPORT_DIALOG (widget));
}

/* ---- adding and dropping files -------------------------------------------- */

static void
add_chooser_response_cb (GtkNativeDialog *native,
                         int              response,
                         FkImportDialog  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));

      fk_import_dialog_add_files (self, files);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (self);
}

static void
add_files_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  GtkFileChooserNative *native = fk_import_file_chooser_new (GTK_WINDOW (widget));

  g_signal_connect (native, "response", G_CALLBACK (add_chooser_response_cb), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Files dropped on the dialog itself join the list. */
static gboolean
drop_cb (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         FkImportDialog *self)
{
  GSList *list = gdk_file_list_get_files (g_value_get_boxed (value));
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);

  for (GSList *l = list; l != NULL; l = l->next)
    g_list_store_append (files, l->data);
  g_slist_free (list);
  fk_import_dialog_add_files (self, G_LIST_MODEL (files));
  return g_list_model_get_n_items (G_LIST_MODEL (files)) > 0;
}

FkImportDialog *
fk_import_dialog_present_files (GtkWindow  *parent,
                                FkStudy    *study,
                                GListModel *files)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  FkImportDialog *dialog = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (FK_IS_STUDY (study), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (files), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (FK_IS_IMPORT_DIALOG (window) &&
          gtk_window_get_transient_for (GTK_WINDOW (window)) == parent &&
          FK_IMPORT_DIALOG (window)->study == study &&
          !FK_IMPORT_DIALOG (window)->importing)
        dialog = FK_IMPORT_DIALOG (window);
    }
  if (dialog == NULL)
    dialog = fk_import_dialog_new (parent, study);
  fk_import_dialog_add_files (dialog, files);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* ---- GObject ---------------------------------------------------------- */

FkImportDialog *
fk_import_dialog_new (GtkWindow *parent,
                      FkStudy   *study)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  return g_object_new (FK_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "study", study,
                       NULL);
}

FkStudy *
fk_import_dialog_get_study (FkImportDialog *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_DIALOG (self), NULL);
  return self->study;
}

GListModel *
fk_import_dialog_get_items (FkImportDialog *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_DIALOG (self), NULL);
  return G_LIST_MODEL (self->items);
}

gboolean
fk_import_dialog_is_busy (FkImportDialog *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_DIALOG (self), FALSE);
  return self->n_reading > 0 || self->importing;
}

static void
fk_import_dialog_constructed (GObject *object)
{
  FkImportDialog *self = FK_IMPORT_DIALOG (object);

  G_OBJECT_CLASS (fk_import_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->study != NULL);
  /* Previews see queued answers; written ones are what an import checks. */
  fk_study_flush_pending (self->study);
  g_signal_connect_object (self->study, "changed", G_CALLBACK (study_changed_cb), self, G_CONNECT_SWAPPED);
  update_state (self);
}

static void
fk_import_dialog_dispose (GObject *object)
{
  FkImportDialog *self = FK_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->import_source, g_source_remove);
  g_hash_table_remove_all (self->rows);
  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->study);
  g_list_store_remove_all (self->items);
  g_hash_table_remove_all (self->files);
  g_ptr_array_set_size (self->queue, 0);

  G_OBJECT_CLASS (fk_import_dialog_parent_class)->dispose (object);
}

static void
fk_import_dialog_finalize (GObject *object)
{
  FkImportDialog *self = FK_IMPORT_DIALOG (object);

  g_object_unref (self->items);
  g_hash_table_unref (self->files);
  g_hash_table_unref (self->rows);
  g_ptr_array_unref (self->queue);
  g_object_unref (self->cancellable);

  G_OBJECT_CLASS (fk_import_dialog_parent_class)->finalize (object);
}

static void
fk_import_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  FkImportDialog *self = FK_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      g_value_set_object (value, self->study);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, fk_import_dialog_is_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_import_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FkImportDialog *self = FK_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      self->study = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_import_dialog_class_init (FkImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fk_import_dialog_constructed;
  object_class->dispose = fk_import_dialog_dispose;
  object_class->finalize = fk_import_dialog_finalize;
  object_class->get_property = fk_import_dialog_get_property;
  object_class->set_property = fk_import_dialog_set_property;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL, FK_TYPE_STUDY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FkImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, FkImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, FkImportDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, FkImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FkImportDialog, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, FkImportDialog, scroller);
  gtk_widget_class_bind_template_child (widget_class, FkImportDialog, list);

  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "import.add-files", NULL, add_files_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fk_import_dialog_init (FkImportDialog *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (FK_TYPE_IMPORT_ITEM);
  self->files = g_hash_table_new_full (g_file_hash, (GEqualFunc) g_file_equal, g_object_unref, NULL);
  self->rows = g_hash_table_new (NULL, NULL);
  self->cancellable = g_cancellable_new ();
  self->queue = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_list_box_set_sort_func (self->list, sort_rows, NULL, NULL);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  /* On the content, not the window: the theme highlights a drop there. */
  gtk_widget_add_controller (self->scroller, GTK_EVENT_CONTROLLER (target));
}
