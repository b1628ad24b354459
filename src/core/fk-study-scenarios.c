/* fk-study-scenarios.c — the scenarios a study keeps (schema 5)
 *
 * Tables (fk-study-schema.c): scenario (kind, title = the Swedish name,
 * title_en = the English one, '' where none was given; position, the
 * auto_* marks, generated_round), scenario_capability, scenario_municipality
 * and scenario_text. Every write is one transaction and emits "changed"
 * with FK_STUDY_CHANGE_SCENARIOS; reads build new FkScenario copies each
 * time, so a second FkStudy on the file sees a change at once (and hears
 * of it through fk_study_check_external_changes()).
 *
 * The four defaults are stored once per study, recorded under the meta
 * key "scenarios-seeded", so that deleting them all is final. Until a
 * study has them (read-only, or another program held the lock when it
 * was opened) they are listed unsaved, id 0, after the stored ones: what
 * the first write stores.
 */
#define G_LOG_DOMAIN "fk-study-scenarios"
#include "config.h"
#include "fk-scenario.h"
#include "fk-study-private.h"
#include "fk-error.h"
#include "fk-study-schema.h"

#include "fk-i18n.h"
#include <string.h>

#define SEEDED_KEY "scenarios-seeded"

static const FkScenarioKind default_kinds[] = {
  FK_SCENARIO_BASELINE,
  FK_SCENARIO_NETWORK,
  FK_SCENARIO_SELECTED,
  FK_SCENARIO_JOINT,
};

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static void
set_no_scenario_error (FkStudy  *self,
                       gint64    id,
                       GError  **error)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND,
               _("%s: the study has no scenario with the id %s"), self->display_name, text);
}

static gboolean
check_language (const char  *language,
                GError     **error)
{
  if (fk_text_language_is_valid (language))
    return TRUE;
  g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
               _("“%s” is not a study language (use sv or en)"), language ? language : "");
  return FALSE;
}

/* @name stripped, or NULL with an error if nothing is left. */
static char *
check_name (const char  *name,
            GError     **error)
{
  g_autofree char *stripped = NULL;

  if (name != NULL && g_utf8_validate (name, -1, NULL))
    stripped = g_strstrip (g_strdup (name));
  if (stripped == NULL || *stripped == '\0')
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID, _("a scenario needs a name"));
      return NULL;
    }
  return g_steal_pointer (&stripped);
}

/* "“a”, “b”": the keys an error names. */
static char *
quote_list (GPtrArray *keys)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < keys->len; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      /* Translators: one key or code in a list of them, in quotes. */
      g_string_append_printf (s, _("“%s”"), (const char *) keys->pdata[i]);
    }
  return g_string_free (s, FALSE);
}

static gboolean
read_seeded (FkStudy   *self,
             gboolean  *out_seeded,
             GError   **error)
{
  gboolean found = FALSE;
  g_autofree char *value = NULL;

  if (!fk_study_query_text (self, "SELECT value FROM meta WHERE key = ?", SEEDED_KEY,
                            &found, &value, error))
    return FALSE;
  *out_seeded = found;
  return TRUE;
}

/* ---- reading --------------------------------------------------------------- */

static gboolean
read_items (FkStudy     *self,
            FkScenario  *scenario,
            GError     **error)
{
  sqlite3_stmt *stmt = fk_study_prepare (self, "SELECT capability, host FROM scenario_capability"
                                               " WHERE scenario_id = ? ORDER BY position", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, scenario->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    fk_scenario_add_item (scenario, (const char *) sqlite3_column_text (stmt, 0),
                          (const char *) sqlite3_column_text (stmt, 1));
  return fk_study_rows_done (self, stmt, rc, error);
}

static gboolean
read_municipalities (FkStudy     *self,
                     FkScenario  *scenario,
                     GError     **error)
{
  /* In region order, whatever order they were given in. */
  sqlite3_stmt *stmt = fk_study_prepare (self, "SELECT s.code FROM scenario_municipality s"
                                               " LEFT JOIN municipality m ON m.code = s.code"
                                               " WHERE s.scenario_id = ? ORDER BY m.position, s.code", error);
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, scenario->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (codes, (const char *) sqlite3_column_text (stmt, 0));
  if (!fk_study_rows_done (self, stmt, rc, error))
    return FALSE;
  g_strfreev (scenario->municipalities);
  scenario->municipalities = g_strv_builder_end (codes);
  return TRUE;
}

static int
compare_texts (gconstpointer a,
               gconstpointer b)
{
  const FkScenarioText *x = *(const FkScenarioText **) a;
  const FkScenarioText *y = *(const FkScenarioText **) b;
  int by_language = g_strcmp0 (x->language, y->language);

  return by_language != 0 ? by_language : (int) x->section - (int) y->section;
}

static gboolean
read_texts (FkStudy     *self,
            FkScenario  *scenario,
            GError     **error)
{
  sqlite3_stmt *stmt = fk_study_prepare (self, "SELECT language, section, text, generated, edited"
                                               " FROM scenario_text WHERE scenario_id = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, scenario->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FkScenarioSection section;

      /* A section this version does not know is left alone in the file. */
      if (!fk_scenario_section_from_string ((const char *) sqlite3_column_text (stmt, 1), &section))
        continue;
      fk_scenario_set_text (scenario, (const char *) sqlite3_column_text (stmt, 0), section,
                            (const char *) sqlite3_column_text (stmt, 2),
                            (const char *) sqlite3_column_text (stmt, 3),
                            sqlite3_column_int (stmt, 4) != 0);
    }
  if (!fk_study_rows_done (self, stmt, rc, error))
    return FALSE;
  g_ptr_array_sort (scenario->texts, compare_texts);
  return TRUE;
}

static char *
column_name (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/* The stored scenarios (only @only_id, if not 0), in the user's order. */
static GPtrArray *
read_scenarios (FkStudy  *self,
                gint64    only_id,
                GError  **error)
{
  g_autoptr(GPtrArray) scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_scenario_free);
  sqlite3_stmt *stmt = fk_study_prepare (self,
                                         "SELECT id, kind, title, title_en, auto_capabilities,"
                                         "       auto_municipalities, generated_round, updated"
                                         " FROM scenario WHERE ?1 = 0 OR id = ?1 ORDER BY position, id",
                                         error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, only_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FkScenarioKind kind = FK_SCENARIO_CUSTOM;
      FkScenario *scenario;

      /* The schema's CHECK allows only the kinds we know. */
      fk_scenario_kind_from_string ((const char *) sqlite3_column_text (stmt, 1), &kind);
      scenario = fk_scenario_new (kind);
      scenario->id = sqlite3_column_int64 (stmt, 0);
      fk_text_clear (&scenario->name);
      scenario->name.sv = column_name (stmt, 2);
      scenario->name.en = column_name (stmt, 3);
      scenario->auto_capabilities = sqlite3_column_int (stmt, 4) != 0;
      scenario->auto_municipalities = sqlite3_column_int (stmt, 5) != 0;
      scenario->generated_round = sqlite3_column_int64 (stmt, 6);
      scenario->updated = sqlite3_column_int64 (stmt, 7);
      g_ptr_array_add (scenarios, scenario);
    }
  if (!fk_study_rows_done (self, stmt, rc, error))
    return NULL;

  for (guint i = 0; i < scenarios->len; i++)
    if (!read_items (self, scenarios->pdata[i], error) ||
        !read_municipalities (self, scenarios->pdata[i], error) ||
        !read_texts (self, scenarios->pdata[i], error))
      return NULL;
  return g_steal_pointer (&scenarios);
}

/* ---- writing --------------------------------------------------------------- */

static gboolean
insert_scenario (FkStudy         *self,
                 FkScenarioKind   kind,
                 const char      *name_sv,
                 const char      *name_en,
                 gint64          *out_id,
                 GError         **error)
{
  sqlite3_stmt *stmt = fk_study_prepare (self,
                                         "INSERT INTO scenario (kind, title, title_en, position, created, updated)"
                                         " VALUES (?1, ?2, ?3, (SELECT COALESCE (MAX (position) + 1, 0) FROM scenario), ?4, ?4)",
                                         error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, fk_scenario_kind_to_string (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name_sv != NULL ? name_sv : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, name_en != NULL ? name_en : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, now_seconds ());
  if (!fk_study_step_done (self, stmt, error))
    return FALSE;
  if (out_id != NULL)
    *out_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

/* Inside a write: the four defaults after what is stored, unless the
 * study had them once. */
gboolean
fk_study_add_default_scenarios (FkStudy  *self,
                                GError  **error)
{
  gboolean seeded;

  if (!read_seeded (self, &seeded, error))
    return FALSE;
  if (seeded)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (default_kinds); i++)
    {
      const FkText *name = fk_scenario_kind_get_name (default_kinds[i]);

      if (!insert_scenario (self, default_kinds[i], name->sv, name->en, NULL, error))
        return FALSE;
    }
  return fk_study_set_meta (self, SEEDED_KEY, "1", error);
}

gboolean
fk_study_seed_scenarios (FkStudy  *self,
                         GError  **error)
{
  gboolean seeded;

  if (self->read_only)
    return TRUE;
  if (!read_seeded (self, &seeded, error))
    return FALSE;
  if (seeded)
    return TRUE;
  /* Another program may seed meanwhile: look again inside the lock. */
  return fk_study_begin_write (self, error) &&
         fk_study_end_write (self, fk_study_add_default_scenarios (self, error), error);
}

/* The key of the study's object data that makes scenario writes not
 * wait for another program's lock (fk_study_set_scenario_writes_wait()). */
#define NO_WAIT_KEY "fk-scenario-writes-no-wait"

void
fk_study_set_scenario_writes_wait (FkStudy  *study,
                                   gboolean  wait)
{
  g_return_if_fail (FK_IS_STUDY (study));
  g_object_set_data (G_OBJECT (study), NO_WAIT_KEY, GINT_TO_POINTER (!wait));
}

/* Takes the write lock, waiting for another program's only if the
 * study's scenario writes wait (FK_ERROR_BUSY at once otherwise). */
static gboolean
lock_for_write (FkStudy  *self,
                GError  **error)
{
  gboolean no_wait = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), NO_WAIT_KEY));
  gboolean begun;

  if (no_wait)
    sqlite3_busy_timeout (self->db, 0);
  begun = fk_study_begin_write (self, error);
  if (no_wait)
    sqlite3_busy_timeout (self->db, FK_STUDY_BUSY_TIMEOUT_MS);
  return begun;
}

/* Starts a write that adds a scenario: the lock and the defaults if the
 * study never had them. */
static gboolean
begin_write_new (FkStudy  *self,
                 GError  **error)
{
  if (!lock_for_write (self, error))
    return FALSE;
  if (fk_study_add_default_scenarios (self, error))
    return TRUE;
  fk_study_end_write (self, FALSE, NULL);
  return FALSE;
}

/* Starts a write on scenario @id: the lock, the defaults if the study
 * never had them, and @id's existence (an id <= 0, a scenario never
 * stored, is refused before the lock). */
static gboolean
begin_write (FkStudy  *self,
             gint64    id,
             GError  **error)
{
  gboolean ok;

  if (id <= 0)
    {
      set_no_scenario_error (self, id, error);
      return FALSE;
    }
  if (!lock_for_write (self, error))
    return FALSE;
  ok = fk_study_add_default_scenarios (self, error);
  if (ok)
    {
      int exists = 0;
      sqlite3_stmt *stmt = fk_study_prepare (self, "SELECT EXISTS (SELECT 1 FROM scenario WHERE id = ?)", error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          ok = sqlite3_step (stmt) == SQLITE_ROW;
          if (ok)
            exists = sqlite3_column_int (stmt, 0);
          else
            fk_sqlite_set_error (error, self->db, sqlite3_errcode (self->db), self->path);
          sqlite3_finalize (stmt);
        }
      if (ok && !exists)
        {
          set_no_scenario_error (self, id, error);
          ok = FALSE;
        }
    }
  if (!ok)
    fk_study_end_write (self, FALSE, NULL);
  return ok;
}

/* Commits (or, if !@ok, rolls back) and tells the views. */
static gboolean
end_write (FkStudy  *self,
           gboolean  ok,
           GError  **error)
{
  if (!fk_study_end_write (self, ok, error))
    return FALSE;
  fk_study_emit_changed (self, FK_STUDY_CHANGE_SCENARIOS, 0, NULL);
  return TRUE;
}

/* Runs @sql with @id as ?1 and @value (nullable) as ?2. */
static gboolean
exec_for (FkStudy     *self,
          const char  *sql,
          gint64       id,
          gint64       value,
          GError     **error)
{
  sqlite3_stmt *stmt = fk_study_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, value);
  return fk_study_step_done (self, stmt, error);
}

static gboolean
touch (FkStudy  *self,
       gint64    id,
       GError  **error)
{
  return exec_for (self, "UPDATE scenario SET updated = ?2 WHERE id = ?1", id, now_seconds (), error);
}

/* The ids in the user's order. */
static GArray *
read_order (FkStudy  *self,
            GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = fk_study_prepare (self, "SELECT id FROM scenario ORDER BY position, id", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (!fk_study_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&ids);
}

/* Positions 0, 1, 2, … in the order of @ids. */
static gboolean
write_order (FkStudy  *self,
             GArray   *ids,
             GError  **error)
{
  for (guint i = 0; i < ids->len; i++)
    if (!exec_for (self, "UPDATE scenario SET position = ?2 WHERE id = ?1",
                   g_array_index (ids, gint64, i), i, error))
      return FALSE;
  return TRUE;
}

/* Unknown keys in @unknown_caps, unknown codes in @unknown_codes: one
 * error naming them all. */
static gboolean
check_unknown (FkStudy    *self,
               GPtrArray  *unknown_caps,
               GPtrArray  *unknown_codes,
               GError    **error)
{
  g_autofree char *list = NULL;

  if (unknown_caps->len > 0)
    {
      list = quote_list (unknown_caps);
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND,
                   ngettext ("%s: the model has no capability %s",
                             "%s: the model has no capabilities %s", unknown_caps->len),
                   self->display_name, list);
      return FALSE;
    }
  if (unknown_codes->len > 0)
    {
      list = quote_list (unknown_codes);
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND,
                   ngettext ("%s: no municipality has the code %s in this study",
                             "%s: no municipalities have the codes %s in this study", unknown_codes->len),
                   self->display_name, list);
      return FALSE;
    }
  return TRUE;
}

static void
add_unknown_code (FkStudy    *self,
                  GPtrArray  *unknown,
                  const char *code)
{
  if (fk_region_lookup (self->region, code) == NULL &&
      !g_ptr_array_find_with_equal_func (unknown, code, g_str_equal, NULL))
    g_ptr_array_add (unknown, (gpointer) code);
}

static gboolean
check_items (FkStudy    *self,
             GPtrArray  *items,
             GError    **error)
{
  g_autoptr(GPtrArray) unknown_caps = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown_codes = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < items->len; i++)
    {
      const FkScenarioItem *item = items->pdata[i];

      g_return_val_if_fail (item != NULL && item->capability != NULL, FALSE);
      if (fk_model_lookup (self->model, item->capability) == NULL)
        {
          if (!g_ptr_array_find_with_equal_func (unknown_caps, item->capability, g_str_equal, NULL))
            g_ptr_array_add (unknown_caps, item->capability);
        }
      else if (!g_hash_table_add (seen, item->capability))
        {
          g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                       _("%s: the capability “%s” is in the scenario twice"),
                       self->display_name, item->capability);
          return FALSE;
        }
      if (item->host != NULL)
        add_unknown_code (self, unknown_codes, item->host);
    }
  return check_unknown (self, unknown_caps, unknown_codes, error);
}

static gboolean
check_codes (FkStudy            *self,
             const char * const *codes,
             GError            **error)
{
  g_autoptr(GPtrArray) no_caps = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown_codes = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      if (fk_region_lookup (self->region, codes[i]) == NULL)
        add_unknown_code (self, unknown_codes, codes[i]);
      else if (!g_hash_table_add (seen, (gpointer) codes[i]))
        {
          g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                       _("%s: the municipality “%s” is in the scenario twice"),
                       self->display_name, codes[i]);
          return FALSE;
        }
    }
  return check_unknown (self, no_caps, unknown_codes, error);
}

/* The stored row of one section: @out_found FALSE if there is none. */
static gboolean
read_text_row (FkStudy           *self,
               gint64             id,
               const char        *language,
               FkScenarioSection  section,
               gboolean          *out_found,
               char             **out_text,
               char             **out_generated,
               gboolean          *out_edited,
               GError           **error)
{
  sqlite3_stmt *stmt = fk_study_prepare (self, "SELECT text, generated, edited FROM scenario_text"
                                               " WHERE scenario_id = ? AND language = ? AND section = ?", error);
  int rc;

  *out_found = FALSE;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, language, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, fk_scenario_section_to_string (section), -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *out_found = TRUE;
      *out_text = fk_study_column_dup (stmt, 0);
      *out_generated = fk_study_column_dup (stmt, 1);
      *out_edited = sqlite3_column_int (stmt, 2) != 0;
      rc = SQLITE_DONE;
    }
  return fk_study_rows_done (self, stmt, rc, error);
}

static gboolean
write_text_row (FkStudy           *self,
                gint64             id,
                const char        *language,
                FkScenarioSection  section,
                const char        *text,
                const char        *generated,
                gboolean           edited,
                GError           **error)
{
  sqlite3_stmt *stmt = fk_study_prepare (self,
                                         "INSERT OR REPLACE INTO scenario_text"
                                         " (scenario_id, language, section, text, generated, edited, updated)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, language, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, fk_scenario_section_to_string (section), -1, SQLITE_STATIC);
  /* Exactly as given: an empty text is the user's choice too. */
  sqlite3_bind_text (stmt, 4, text, -1, SQLITE_TRANSIENT);
  if (generated != NULL)
    sqlite3_bind_text (stmt, 5, generated, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 5);
  sqlite3_bind_int (stmt, 6, edited ? 1 : 0);
  sqlite3_bind_int64 (stmt, 7, now_seconds ());
  return fk_study_step_done (self, stmt, error);
}

/* ---- public ---------------------------------------------------------------- */

GPtrArray *
fk_study_list_scenarios (FkStudy  *study,
                         GError  **error)
{
  g_autoptr(GPtrArray) scenarios = NULL;
  gboolean seeded;

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  /* One read transaction: another program's write lands before or after. */
  if (!fk_sqlite_exec (study->db, "BEGIN", study->path, error))
    return NULL;
  if (read_seeded (study, &seeded, error))
    scenarios = read_scenarios (study, 0, error);
  sqlite3_exec (study->db, "COMMIT", NULL, NULL, NULL);
  if (scenarios == NULL)
    return NULL;
  /* What seeding would store, unsaved. */
  for (guint i = 0; !seeded && i < G_N_ELEMENTS (default_kinds); i++)
    g_ptr_array_add (scenarios, fk_scenario_new (default_kinds[i]));
  return g_steal_pointer (&scenarios);
}

FkScenario *
fk_study_get_scenario (FkStudy  *study,
                       gint64    id,
                       GError  **error)
{
  g_autoptr(GPtrArray) scenarios = NULL;

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  if (id <= 0)
    {
      set_no_scenario_error (study, id, error);
      return NULL;
    }
  if (!fk_sqlite_exec (study->db, "BEGIN", study->path, error))
    return NULL;
  scenarios = read_scenarios (study, id, error);
  sqlite3_exec (study->db, "COMMIT", NULL, NULL, NULL);
  if (scenarios == NULL)
    return NULL;
  if (scenarios->len == 0)
    {
      set_no_scenario_error (study, id, error);
      return NULL;
    }
  return g_ptr_array_steal_index (scenarios, 0);
}

gint64
fk_study_add_scenario (FkStudy     *study,
                       const char  *name,
                       GError     **error)
{
  g_autofree char *stripped = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (FK_IS_STUDY (study), 0);

  stripped = check_name (name, error);
  if (stripped == NULL || !begin_write_new (study, error))
    return 0;
  /* The name is in the study's language; the other falls back to it. */
  if (g_strcmp0 (study->language, "en") == 0)
    ok = insert_scenario (study, FK_SCENARIO_CUSTOM, NULL, stripped, &id, error);
  else
    ok = insert_scenario (study, FK_SCENARIO_CUSTOM, stripped, NULL, &id, error);
  return end_write (study, ok, error) ? id : 0;
}

gboolean
fk_study_rename_scenario (FkStudy     *study,
                          gint64       id,
                          const char  *language,
                          const char  *name,
                          GError     **error)
{
  g_autofree char *stripped = NULL;
  g_autofree char *stored = NULL;
  gboolean english;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);

  if (!check_language (language, error))
    return FALSE;
  stripped = check_name (name, error);
  if (stripped == NULL || !begin_write (study, id, error))
    return FALSE;
  /* Constant SQL per language: a column cannot be a parameter. */
  english = g_str_equal (language, "en");
  stmt = fk_study_prepare (study, english ? "SELECT title_en FROM scenario WHERE id = ?"
                                          : "SELECT title FROM scenario WHERE id = ?", error);
  ok = stmt != NULL;
  if (ok)
    {
      int rc;

      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          stored = fk_study_column_dup (stmt, 0);
          rc = SQLITE_DONE;
        }
      ok = fk_study_rows_done (study, stmt, rc, error);
    }
  if (ok && g_strcmp0 (stored, stripped) == 0)
    {
      /* Nothing changes: no "changed". */
      return fk_study_end_write (study, TRUE, error);
    }
  stmt = !ok ? NULL : fk_study_prepare (study, english
                                        ? "UPDATE scenario SET title_en = ?, updated = ? WHERE id = ?"
                                        : "UPDATE scenario SET title = ?, updated = ? WHERE id = ?", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, stripped, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, now_seconds ());
      sqlite3_bind_int64 (stmt, 3, id);
      ok = fk_study_step_done (study, stmt, error);
    }
  return end_write (study, ok, error);
}

gboolean
fk_study_move_scenario (FkStudy  *study,
                        gint64    id,
                        guint     position,
                        GError  **error)
{
  g_autoptr(GArray) ids = NULL;
  gboolean ok;

  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);

  if (!begin_write (study, id, error))
    return FALSE;
  ids = read_order (study, error);
  ok = ids != NULL;
  if (ok && position >= ids->len)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("%s: cannot move the scenario to position %u; the positions are 0 to %u"),
                   study->display_name, position, ids->len - 1);
      ok = FALSE;
    }
  if (ok)
    {
      for (guint i = 0; i < ids->len; i++)
        if (g_array_index (ids, gint64, i) == id)
          {
            g_array_remove_index (ids, i);
            break;
          }
      g_array_insert_val (ids, position, id);
      ok = write_order (study, ids, error) && touch (study, id, error);
    }
  return end_write (study, ok, error);
}

gboolean
fk_study_delete_scenario (FkStudy  *study,
                          gint64    id,
                          GError  **error)
{
  g_autoptr(GArray) ids = NULL;
  gboolean ok;

  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);

  if (!begin_write (study, id, error))
    return FALSE;
  /* The children too, whatever the connection's foreign_keys says. */
  ok = exec_for (study, "DELETE FROM scenario_capability WHERE scenario_id = ?1", id, 0, error) &&
       exec_for (study, "DELETE FROM scenario_municipality WHERE scenario_id = ?1", id, 0, error) &&
       exec_for (study, "DELETE FROM scenario_text WHERE scenario_id = ?1", id, 0, error) &&
       exec_for (study, "DELETE FROM scenario WHERE id = ?1", id, 0, error);
  if (ok)
    {
      ids = read_order (study, error);
      ok = ids != NULL && write_order (study, ids, error);
    }
  return end_write (study, ok, error);
}

gboolean
fk_study_set_scenario_items (FkStudy    *study,
                             gint64      id,
                             GPtrArray  *items,
                             GError    **error)
{
  gboolean ok;

  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);

  if (items != NULL && !check_items (study, items, error))
    return FALSE;
  if (!begin_write (study, id, error))
    return FALSE;
  ok = exec_for (study, "DELETE FROM scenario_capability WHERE scenario_id = ?1", id, 0, error) &&
       exec_for (study, "UPDATE scenario SET auto_capabilities = ?2 WHERE id = ?1", id, items == NULL, error) &&
       touch (study, id, error);
  for (guint i = 0; ok && items != NULL && i < items->len; i++)
    {
      const FkScenarioItem *item = items->pdata[i];
      sqlite3_stmt *stmt = fk_study_prepare (study, "INSERT INTO scenario_capability"
                                                    " (scenario_id, position, capability, host)"
                                                    " VALUES (?, ?, ?, ?)", error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_int (stmt, 2, i);
          sqlite3_bind_text (stmt, 3, item->capability, -1, SQLITE_TRANSIENT);
          fk_study_bind_text (stmt, 4, item->host);
          ok = fk_study_step_done (study, stmt, error);
        }
    }
  return end_write (study, ok, error);
}

gboolean
fk_study_set_scenario_municipalities (FkStudy            *study,
                                      gint64              id,
                                      const char * const *codes,
                                      GError            **error)
{
  gboolean ok;

  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);

  if (codes != NULL && !check_codes (study, codes, error))
    return FALSE;
  if (!begin_write (study, id, error))
    return FALSE;
  ok = exec_for (study, "DELETE FROM scenario_municipality WHERE scenario_id = ?1", id, 0, error) &&
       exec_for (study, "UPDATE scenario SET auto_municipalities = ?2 WHERE id = ?1", id, codes == NULL, error) &&
       touch (study, id, error);
  for (guint i = 0; ok && codes != NULL && codes[i] != NULL; i++)
    {
      sqlite3_stmt *stmt = fk_study_prepare (study, "INSERT INTO scenario_municipality (scenario_id, code)"
                                                    " VALUES (?, ?)", error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_text (stmt, 2, codes[i], -1, SQLITE_TRANSIENT);
          ok = fk_study_step_done (study, stmt, error);
        }
    }
  return end_write (study, ok, error);
}

gboolean
fk_study_set_scenario_text (FkStudy            *study,
                            gint64              id,
                            const char         *language,
                            FkScenarioSection   section,
                            const char         *text,
                            GError            **error)
{
  g_autofree char *stored = NULL;
  g_autofree char *generated = NULL;
  gboolean found;
  gboolean was_edited = FALSE;
  gboolean edited;
  gboolean ok;

  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);
  g_return_val_if_fail (section < FK_N_SCENARIO_SECTIONS, FALSE);
  g_return_val_if_fail (text != NULL && g_utf8_validate (text, -1, NULL), FALSE);

  if (!check_language (language, error) || !begin_write (study, id, error))
    return FALSE;
  ok = read_text_row (study, id, language, section, &found, &stored, &generated, &was_edited, error);
  /* Typed back to what was generated: no longer the user's own. */
  edited = generated == NULL || strcmp (text, generated) != 0;
  if (ok && found && g_strcmp0 (stored, text) == 0 && was_edited == edited)
    {
      /* Nothing changes: no write, no "changed". */
      return fk_study_end_write (study, TRUE, error);
    }
  ok = ok && write_text_row (study, id, language, section, text, generated, edited, error) &&
       touch (study, id, error);
  return end_write (study, ok, error);
}

gboolean
fk_study_regenerate_scenario (FkStudy            *study,
                              gint64              id,
                              const char         *language,
                              gint64              round_id,
                              const char * const *fresh,
                              guint              *out_kept,
                              GError            **error)
{
  guint kept = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);
  g_return_val_if_fail (fresh != NULL && g_strv_length ((char **) fresh) == FK_N_SCENARIO_SECTIONS, FALSE);

  if (!check_language (language, error) || !fk_study_check_round (study, round_id, error) ||
      !begin_write (study, id, error))
    return FALSE;
  for (guint s = 0; ok && s < FK_N_SCENARIO_SECTIONS; s++)
    {
      g_autofree char *stored = NULL;
      g_autofree char *generated = NULL;
      gboolean found;
      gboolean edited = FALSE;

      ok = read_text_row (study, id, language, s, &found, &stored, &generated, &edited, error);
      if (!ok)
        break;
      /* The user's own text stays, with the new text beside it; one
       * that reads like the new text is no longer kept apart. */
      if (found && edited && strcmp (stored, fresh[s]) != 0)
        {
          kept++;
          ok = write_text_row (study, id, language, s, stored, fresh[s], TRUE, error);
        }
      else
        ok = write_text_row (study, id, language, s, fresh[s], fresh[s], FALSE, error);
    }
  ok = ok && exec_for (study, "UPDATE scenario SET generated_round = ?2 WHERE id = ?1", id, round_id, error) &&
       touch (study, id, error);
  if (!end_write (study, ok, error))
    return FALSE;
  if (out_kept != NULL)
    *out_kept = kept;
  return TRUE;
}
