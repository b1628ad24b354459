/* test-level-panel.c — the open capability on the Scoring page says which
 * level texts are the capability's own and which the scale's general ones,
 * offers the model's scoring rules, and says when "not applicable" fits
 *
 * The fixture model (tests/data/models/rules.json) describes levels 1, 3
 * and 5 of "styrning.strategi" and "verksamhet.skol-it", all six levels
 * of "styrning.finansiering", has three scoring rules, and a
 * not_applicable text for "verksamhet.skol-it" only.
 */
#include "config.h"

#include <adwaita.h>

#include "fk-scoring-view.h"
#include "fk-test-util.h"
#include "fk-capability-row.h"
#include "shell-test-util.h"

#define GENERAL_CAPTION "General description"

typedef struct {
  char      *dir;
  FkStudy   *study;
  GtkWidget *window;
  GtkWidget *view;
} Fixture;

static void
open_study (Fixture    *f,
            const char *model_file,
            const char *language)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *model_path = fk_test_data_path (model_file);
  g_autoptr(FkModel) model = fk_model_new_from_file (model_path, &error);
  g_autoptr(FkRegion) region = fk_region_new_default (&error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  f->dir = g_dir_make_tmp ("fk-level-panel-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "study.fkarta", NULL);
  f->study = fk_study_create (path, model, region, "Test", language, NULL, &error);
  g_assert_no_error (error);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 700);
  f->view = fk_scoring_view_new ();
  g_object_set (f->view, "study", f->study, NULL);
  gtk_window_set_child (GTK_WINDOW (f->window), f->view);
  gtk_window_present (GTK_WINDOW (f->window));
  g_object_set (f->view, "municipality", "1438", NULL);
}

static void
close_study (Fixture *f)
{
  shell_test_destroy_window (f->window);
  g_clear_object (&f->study);
  fk_test_tmpdir_free (g_steal_pointer (&f->dir));
}

/* The row of @key, opened (its level panel is built when it first opens). */
static GtkWidget *
open_row (Fixture    *f,
          const char *key)
{
  GtkWidget *row = fk_scoring_view_get_row (FK_SCORING_VIEW (f->view), key);

  g_assert_nonnull (row);
  fk_capability_row_set_expanded (FK_CAPABILITY_ROW (row), TRUE);
  return row;
}

static gboolean
has_css_class (GtkWidget     *widget,
               gconstpointer  css_class)
{
  return gtk_widget_has_css_class (widget, css_class);
}

static GtkWidget *
find_by_class (GtkWidget  *widget,
               const char *css_class)
{
  return shell_test_find_matching (widget, has_css_class, css_class);
}

static GtkGrid *
levels_grid (GtkWidget *row)
{
  GtkWidget *grid = find_by_class (row, "fk-levels");

  g_assert_nonnull (grid);
  return GTK_GRID (grid);
}

static const char *
label_text (GtkWidget *widget)
{
  g_assert_true (GTK_IS_LABEL (widget));
  return gtk_label_get_text (GTK_LABEL (widget));
}

/* Levels 1, 3 and 5 are the capability's own; 0, 2 and 4 the scale's,
 * captioned in words and dimmed. */
static void
test_general_levels_marked (void)
{
  Fixture f = { 0, };
  FkModel *model;
  const FkCapability *strategy;
  GtkWidget *row;
  GtkGrid *grid;

  open_study (&f, "models/rules.json", "en");
  model = fk_study_get_model (f.study);
  strategy = fk_model_lookup (model, "styrning.strategi");
  row = open_row (&f, "styrning.strategi");
  grid = levels_grid (row);

  for (int level = FK_LEVEL_MIN; level <= FK_LEVEL_MAX; level++)
    {
      gboolean general = level % 2 == 0;
      GtkWidget *head = gtk_grid_get_child_at (grid, 0, level);
      GtkWidget *meaning = gtk_grid_get_child_at (grid, 1, level);
      g_autofree char *title = g_strdup_printf ("%d  %s", level, fk_text_get (&model->scale[level].name, "en"));
      GtkLabel *caption = shell_test_find_label (head, GENERAL_CAPTION);

      g_assert_nonnull (shell_test_find_label (head, title));
      g_assert_cmpstr (label_text (meaning), ==,
                       fk_text_get (fk_model_get_level_meaning (model, strategy, level), "en"));
      if (general)
        {
          g_assert_nonnull (caption);
          g_assert_true (gtk_widget_get_visible (GTK_WIDGET (caption)));
          g_assert_cmpstr (label_text (meaning), ==, fk_text_get (&model->scale[level].meaning, "en"));
          g_assert_true (gtk_widget_has_css_class (meaning, "dim-label"));
        }
      else
        {
          g_assert_null (caption);
          g_assert_cmpstr (label_text (meaning), ==, fk_text_get (&strategy->levels[level], "en"));
          g_assert_false (gtk_widget_has_css_class (meaning, "dim-label"));
        }
    }
  g_assert_cmpuint (shell_test_count_labels (GTK_WIDGET (grid), GENERAL_CAPTION), ==, 3);

  /* A capability that describes all six levels has no general text. */
  row = open_row (&f, "styrning.finansiering");
  g_assert_cmpuint (shell_test_count_labels (GTK_WIDGET (levels_grid (row)), GENERAL_CAPTION), ==, 0);
  g_assert_cmpstr (label_text (gtk_grid_get_child_at (levels_grid (row), 1, 2)), ==,
                   "A yearly budget that does not cover operations.");
  close_study (&f);
}

static int
stored_current (FkStudy    *study,
                               const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) score = fk_study_get_score (study, fk_study_get_latest_round (study)->id,
                                                 "1438", key, &error);

  g_assert_no_error (error);
  return score->current;
}

/* The rules' texts, in the order the popover lists them. */
static GPtrArray *
rule_texts (GtkWidget *button)
{
  GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  GtkWidget *list;
  GPtrArray *texts = g_ptr_array_new ();

  g_assert_nonnull (popover);
  list = find_by_class (GTK_WIDGET (popover), "fk-scoring-rules-list");
  g_assert_nonnull (list);
  for (int i = 0; gtk_grid_get_child_at (GTK_GRID (list), 1, i) != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("%d", i + 1);

      g_assert_cmpstr (label_text (gtk_grid_get_child_at (GTK_GRID (list), 0, i)), ==, number);
      g_ptr_array_add (texts, (gpointer) label_text (gtk_grid_get_child_at (GTK_GRID (list), 1, i)));
    }
  return texts;
}

static void
check_rules (const char *language,
             const char *first_rule_start,
             const char *last_rule_end)
{
  Fixture f = { 0, };
  GtkWidget *button;
  GtkWidget *row;
  GtkWidget *focus;
  GtkPopover *popover;
  g_autoptr(GPtrArray) texts = NULL;

  open_study (&f, "models/rules.json", language);
  button = find_by_class (open_row (&f, "verksamhet.skol-it"), "fk-scoring-rules");
  g_assert_nonnull (button);
  g_assert_true (GTK_IS_MENU_BUTTON (button));
  g_assert_true (gtk_widget_get_visible (button));

  texts = rule_texts (button);
  g_assert_cmpuint (texts->len, ==, 3);
  g_assert_true (g_str_has_prefix (texts->pdata[0], first_rule_start));
  g_assert_true (g_str_has_suffix (texts->pdata[2], last_rule_end));

  /* One click opens them. */
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_signal_emit_by_name (gtk_widget_get_first_child (button), "clicked");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gtk_popover_popdown (popover);

  /* Every open capability offers the same rules, and R opens them on
   * the capability with the focus. */
  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f.view), "styrning.strategi"));
  button = find_by_class (fk_scoring_view_get_row (FK_SCORING_VIEW (f.view), "styrning.strategi"),
                          "fk-scoring-rules");
  g_assert_nonnull (button);
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = rule_texts (button);
  g_assert_cmpuint (texts->len, ==, 3);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (gtk_widget_activate_action (f.view, "scoring.show-rules", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  /* Closed with Escape, GTK 4.8 leaves the window without focus; the
   * panel puts it back on the card, where the keys work. */
  gtk_window_set_focus (GTK_WINDOW (f.window), NULL);
  gtk_popover_popdown (popover);
  row = fk_scoring_view_get_row (FK_SCORING_VIEW (f.view), "styrning.strategi");
  focus = gtk_root_get_focus (GTK_ROOT (f.window));
  g_assert_true (focus == row || gtk_widget_is_ancestor (focus, row));
  g_assert_true (gtk_widget_activate_action (f.view, "scoring.set-current", "i", 2));
  g_assert_cmpint (stored_current (f.study, "styrning.strategi"), ==, 2);
  close_study (&f);
}

static void
test_rules_in_study_language (void)
{
  check_rules ("en", "A level counts only when everything its text says holds.",
               "fits only where the capability says so.");
  check_rules ("sv", "En nivå gäller först när allt som står i nivåns text stämmer.",
               "och passar bara där förmågan säger det.");
}

static void
test_no_rules (void)
{
  Fixture f = { 0, };
  GtkWidget *row;

  open_study (&f, "models/minimal.json", "en");
  row = open_row (&f, "styrning.strategi");
  /* The panel is there, without the button. */
  g_assert_nonnull (levels_grid (row));
  g_assert_null (find_by_class (row, "fk-scoring-rules"));
  g_assert_null (shell_test_find_descendant (row, GTK_TYPE_MENU_BUTTON));
  g_assert_false (fk_capability_row_show_rules (FK_CAPABILITY_ROW (row)));
  close_study (&f);
}

static const char *
not_applicable_tooltip (GtkWidget *row)
{
  GtkWidget *button = fk_capability_row_get_level_button (FK_CAPABILITY_ROW (row),
                                                          FK_SCORE_FIELD_CURRENT, FK_LEVEL_NA);

  g_assert_nonnull (button);
  return gtk_widget_get_tooltip_text (button);
}

static void
test_not_applicable (void)
{
  Fixture f = { 0, };
  const char *school_text = "Not applicable if the municipality's IT and digitalisation function has no responsibility for school IT.";
  GtkWidget *row;
  GtkGrid *grid;
  const char *tooltip;

  open_study (&f, "models/rules.json", "en");

  /* The button's tooltip gives the model's own words, before the panel
   * is built, and keeps the key. */
  row = fk_scoring_view_get_row (FK_SCORING_VIEW (f.view), "verksamhet.skol-it");
  tooltip = not_applicable_tooltip (row);
  g_assert_true (g_str_has_prefix (tooltip, school_text));
  g_assert_true (g_str_has_suffix (tooltip, "(N)"));

  /* In the panel: a row of its own after the levels. */
  grid = levels_grid (open_row (&f, "verksamhet.skol-it"));
  g_assert_cmpstr (label_text (gtk_grid_get_child_at (grid, 0, FK_N_LEVELS)), ==, "Not applicable");
  g_assert_cmpstr (label_text (gtk_grid_get_child_at (grid, 1, FK_N_LEVELS)), ==, school_text);

  /* Without guidance: no such row, and the tooltip says that a missing
   * capability is level 0. */
  row = open_row (&f, "styrning.strategi");
  grid = levels_grid (row);
  g_assert_null (gtk_grid_get_child_at (grid, 0, FK_N_LEVELS));
  g_assert_null (gtk_grid_get_child_at (grid, 1, FK_N_LEVELS));
  g_assert_null (shell_test_find_label (row, school_text));
  tooltip = not_applicable_tooltip (row);
  g_assert_nonnull (strstr (tooltip, "level 0"));
  g_assert_null (strstr (tooltip, "school IT"));
  g_assert_true (g_str_has_suffix (tooltip, "(N)"));
  close_study (&f);
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/level-panel/general-levels-marked", test_general_levels_marked);
  g_test_add_func ("/ui/level-panel/rules", test_rules_in_study_language);
  g_test_add_func ("/ui/level-panel/no-rules", test_no_rules);
  g_test_add_func ("/ui/level-panel/not-applicable", test_not_applicable);

  return g_test_run ();
}
