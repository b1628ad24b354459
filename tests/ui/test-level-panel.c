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
  g_autoptr(FkModel) model = NULL;

  /* NULL: the built-in model. */
  if (model_file != NULL)
    {
      g_autofree char *model_path = fk_test_data_path (model_file);

      model = fk_model_new_from_file (model_path, &error);
      g_assert_no_error (error);
    }
  f->dir = g_dir_make_tmp ("fk-level-panel-XXXXXX", &error);
  g_assert_no_error (error);
  f->study = shell_test_create_study_of (f->dir, "study.fkarta", "Test", model, NULL, language);
  f->window = shell_test_show_scoring_view (f->study, &f->view);
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
      g_autofree char *expected = NULL;
      const char *tooltip;

      g_assert_nonnull (shell_test_find_label (head, title));
      g_assert_cmpstr (label_text (meaning), ==,
                       fk_text_get (fk_model_get_level_meaning (model, strategy, level), "en"));
      tooltip = gtk_widget_get_tooltip_text (fk_capability_row_get_level_button (FK_CAPABILITY_ROW (row),
                                                                                 FK_SCORE_FIELD_CURRENT, level));
      if (general)
        expected = g_strdup_printf ("%s (general description): %s", fk_text_get (&model->scale[level].name, "en"),
                                    fk_text_get (&model->scale[level].meaning, "en"));
      else
        expected = g_strdup_printf ("%s: %s", fk_text_get (&model->scale[level].name, "en"),
                                    fk_text_get (&strategy->levels[level], "en"));
      /* The level buttons' tooltips say it too. */
      g_assert_cmpstr (tooltip, ==, expected);
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

static GtkWidget *
not_applicable_button (Fixture    *f,
                       const char *key)
{
  GtkWidget *row = fk_scoring_view_get_row (FK_SCORING_VIEW (f->view), key);
  GtkWidget *button;

  g_assert_nonnull (row);
  button = fk_capability_row_get_level_button (FK_CAPABILITY_ROW (row), FK_SCORE_FIELD_CURRENT, FK_LEVEL_NA);
  g_assert_nonnull (button);
  return button;
}

static void
store_current (FkStudy    *study,
               const char *key,
               int         current)
{
  shell_test_set_levels (study, "1438", key, current, FK_LEVEL_UNSET);
}

/* The toast of the Scoring page that says @text, or NULL. */
static GtkLabel *
find_toast (Fixture    *f,
            const char *text)
{
  return shell_test_find_label (shell_test_template_child (f->view, FK_TYPE_SCORING_VIEW, "toast_overlay"), text);
}

/* Presses @keyval in the level buttons of @key, as their key controller
 * gets it. */
static gboolean
press_in_levels (Fixture    *f,
                 const char *key,
                 guint       keyval)
{
  GtkWidget *row = fk_scoring_view_get_row (FK_SCORING_VIEW (f->view), key);
  GtkWidget *selector = fk_capability_row_get_level_row (FK_CAPABILITY_ROW (row));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (selector);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

#define NA_ACTION "Removes the level, the target and the answers, not the comment (N)"
#define NA_NEUTRAL "This capability does not apply to us. " NA_ACTION

/* A model that says where "not applicable" fits: there the model's text
 * and, on a line of its own, what the button does; elsewhere the button
 * is off, says why, and N says so and changes nothing. */
static void
test_not_applicable (void)
{
  Fixture f = { 0, };
  const char *school_text = "Not applicable if the municipality's IT and digitalisation function has no responsibility for school IT.";
  const char *refusal = "“Strategy” applies to every municipality: a capability you lack is level 0.";
  g_autofree char *school_tooltip = g_strconcat (school_text, "\n\n", NA_ACTION, NULL);
  GtkWidget *button;
  GtkWidget *row;
  GtkGrid *grid;

  open_study (&f, "models/rules.json", "en");

  /* Before the panel is built, the button has its tooltip. */
  button = not_applicable_button (&f, "verksamhet.skol-it");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, school_tooltip);
  g_assert_true (gtk_widget_is_sensitive (button));

  /* In the panel: a row of its own after the levels. */
  grid = levels_grid (open_row (&f, "verksamhet.skol-it"));
  g_assert_cmpstr (label_text (gtk_grid_get_child_at (grid, 0, FK_N_LEVELS)), ==, "Not applicable");
  g_assert_cmpstr (label_text (gtk_grid_get_child_at (grid, 1, FK_N_LEVELS)), ==, school_text);

  /* Without guidance in a model that gives some: no such row, the
   * button off with the reason as its tooltip. */
  row = open_row (&f, "styrning.strategi");
  grid = levels_grid (row);
  g_assert_null (gtk_grid_get_child_at (grid, 0, FK_N_LEVELS));
  g_assert_null (shell_test_find_label (row, school_text));
  button = not_applicable_button (&f, "styrning.strategi");
  g_assert_false (gtk_widget_is_sensitive (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, refusal);
  g_assert_false (gtk_widget_is_sensitive (not_applicable_button (&f, "styrning.finansiering")));

  /* The arrows pass over it: from 5 to "Not assessed" and back. */
  store_current (f.study, "styrning.strategi", 5);
  g_assert_true (fk_capability_row_focus_field (FK_CAPABILITY_ROW (row), FK_SCORE_FIELD_CURRENT));
  g_assert_true (press_in_levels (&f, "styrning.strategi", GDK_KEY_Right));
  g_assert_cmpint (stored_current (f.study, "styrning.strategi"), ==, FK_LEVEL_UNSET);
  g_assert_true (press_in_levels (&f, "styrning.strategi", GDK_KEY_Left));
  g_assert_cmpint (stored_current (f.study, "styrning.strategi"), ==, 5);
  g_assert_true (press_in_levels (&f, "styrning.strategi", GDK_KEY_End));
  g_assert_cmpint (stored_current (f.study, "styrning.strategi"), ==, FK_LEVEL_UNSET);

  /* N: a toast with the reason, and the study unchanged. */
  store_current (f.study, "styrning.strategi", 2);
  g_assert_null (find_toast (&f, refusal));
  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f.view), "styrning.strategi"));
  g_assert_true (gtk_widget_activate_action (f.view, "scoring.not-applicable", NULL));
  g_assert_cmpint (stored_current (f.study, "styrning.strategi"), ==, 2);
  g_assert_nonnull (find_toast (&f, refusal));

  /* Where it is allowed, N sets it. */
  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f.view), "verksamhet.skol-it"));
  g_assert_true (gtk_widget_activate_action (f.view, "scoring.not-applicable", NULL));
  g_assert_cmpint (stored_current (f.study, "verksamhet.skol-it"), ==, FK_LEVEL_NA);
  close_study (&f);
}

/* A stored "not applicable" where the model does not allow it (an
 * import): shown, its button on, until a level replaces it. */
static void
test_not_applicable_stored (void)
{
  Fixture f = { 0, };
  GtkWidget *button;

  open_study (&f, "models/rules.json", "en");
  store_current (f.study, "styrning.strategi", FK_LEVEL_NA);
  button = not_applicable_button (&f, "styrning.strategi");
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));

  g_signal_emit_by_name (fk_capability_row_get_level_button (FK_CAPABILITY_ROW (fk_scoring_view_get_row (FK_SCORING_VIEW (f.view), "styrning.strategi")),
                                                             FK_SCORE_FIELD_CURRENT, 3),
                         "clicked");
  g_assert_cmpint (stored_current (f.study, "styrning.strategi"), ==, 3);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_false (gtk_widget_is_sensitive (button));
  close_study (&f);
}

/* A model that says nothing of applicability leaves it to the user, with
 * a tooltip that states no model's rule. */
static void
test_not_applicable_unrestricted (void)
{
  Fixture f = { 0, };
  FkModel *model;

  open_study (&f, "models/minimal.json", "en");
  model = fk_study_get_model (f.study);
  for (guint i = 0; i < model->capabilities->len; i++)
    {
      const FkCapability *cap = g_ptr_array_index (model->capabilities, i);
      GtkWidget *button = not_applicable_button (&f, cap->key);

      g_assert_true (gtk_widget_is_sensitive (button));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, NA_NEUTRAL);
    }
  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f.view), "styrning.strategi"));
  g_assert_true (gtk_widget_activate_action (f.view, "scoring.not-applicable", NULL));
  g_assert_cmpint (stored_current (f.study, "styrning.strategi"), ==, FK_LEVEL_NA);
  close_study (&f);
}

/* The built-in model: school IT may be not applicable, the strategy not. */
static void
test_not_applicable_default_model (void)
{
  Fixture f = { 0, };
  const char *strategy = "styrning.digital-strategi";
  const char *school = "valfard-och-skola.skol-it";
  gint64 round_id;
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) before = NULL;
  g_autoptr(FkScore) after = NULL;

  open_study (&f, NULL, "sv");
  round_id = fk_study_get_latest_round (f.study)->id;
  g_assert_true (gtk_widget_is_sensitive (not_applicable_button (&f, school)));
  g_assert_false (gtk_widget_is_sensitive (not_applicable_button (&f, strategy)));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (not_applicable_button (&f, strategy)),
                            "“Strategi för digitalisering”"));

  before = fk_study_get_score (f.study, round_id, "1438", strategy, &error);
  g_assert_no_error (error);
  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f.view), strategy));
  g_assert_true (gtk_widget_activate_action (f.view, "scoring.not-applicable", NULL));
  after = fk_study_get_score (f.study, round_id, "1438", strategy, &error);
  g_assert_no_error (error);
  g_assert_true (fk_score_equal (before, after));
  g_assert_cmpuint (fk_test_count_assessed (f.study, round_id, "1438"), ==, 0);
  g_assert_nonnull (find_toast (&f, gtk_widget_get_tooltip_text (not_applicable_button (&f, strategy))));

  g_assert_true (fk_scoring_view_focus_capability (FK_SCORING_VIEW (f.view), school));
  g_assert_true (gtk_widget_activate_action (f.view, "scoring.not-applicable", NULL));
  g_assert_cmpint (stored_current (f.study, school), ==, FK_LEVEL_NA);
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
  g_test_add_func ("/ui/level-panel/not-applicable-stored", test_not_applicable_stored);
  g_test_add_func ("/ui/level-panel/not-applicable-unrestricted", test_not_applicable_unrestricted);
  g_test_add_func ("/ui/level-panel/not-applicable-default-model", test_not_applicable_default_model);

  return g_test_run ();
}
