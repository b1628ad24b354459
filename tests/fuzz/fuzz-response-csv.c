/* fuzz-response-csv.c — libFuzzer target: any bytes given to the CSV form
 * reader end in a response or one GError naming the file, never a crash,
 * a hang or a leak; what it accepts it writes as a CSV form (in both
 * languages) and reads back to the same scores and header.
 *
 *   see tests/fuzz/README.md for building and running it */
#include <glib.h>
#include <string.h>
#include "fk-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
check_again (FkResponse *response,
             const char *language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = fk_response_to_csv (response, language);
  g_autoptr(FkResponse) again = NULL;
  g_autoptr(GBytes) bytes_again = NULL;
  GPtrArray *scores = fk_response_get_scores (response);
  gsize length;
  const char *text = g_bytes_get_data (bytes, &length);

  again = fk_response_new_from_csv (text, length, "again.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_response_get_municipality (again), ==, fk_response_get_municipality (response));
  g_assert_cmpstr (fk_response_get_round (again), ==, fk_response_get_round (response));
  g_assert_cmpstr (fk_response_get_model_checksum (again), ==, fk_response_get_model_checksum (response));
  g_assert_cmpint (fk_response_get_exported (again), ==, fk_response_get_exported (response));
  g_assert_cmpuint (fk_response_get_scores (again)->len, ==, scores->len);
  for (guint i = 0; i < scores->len; i++)
    {
      const FkScore *score = g_ptr_array_index (scores, i);
      const FkScore *found = fk_response_lookup_score (again, score->capability);

      g_assert_nonnull (found);
      g_assert_true (fk_score_equal (score, found));
    }
  /* Written again, the same bytes. */
  bytes_again = fk_response_to_csv (again, language);
  g_assert_true (g_bytes_equal (bytes, bytes_again));
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) response = NULL;

  response = fk_response_new_from_csv ((const char *) data, size, "fuzz.csv", &error);
  g_assert ((response == NULL) != (error == NULL));
  if (response == NULL)
    {
      g_assert_true (g_str_has_prefix (error->message, "fuzz.csv"));
      return 0;
    }
  g_assert_null (fk_response_get_model (response));
  check_again (response, "sv");
  check_again (response, "en");
  return 0;
}
