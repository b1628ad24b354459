/* fuzz-response.c — libFuzzer target: any bytes given to the response-file
 * reader end in a response or a GError, never a crash, a hang or a leak;
 * what it accepts it writes and reads back to the same text; and what the
 * strict JSON check passes, json-glib reads.
 *
 *   see tests/fuzz/README.md for building and running it */
#include <glib.h>
#include <string.h>
#include "fk-core.h"
#include "fk-json-strict.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) response = NULL;
  g_autoptr(FkResponse) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;

  /* The strict check and json-glib agree: what passes one parses. */
  if (fk_json_check_strict ((const char *) data, size, FK_RESPONSE_MAX_DEPTH, "fuzz", NULL))
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_assert_true (json_parser_load_from_data (parser, (const char *) data, size, NULL));
    }

  response = fk_response_new_from_data ((const char *) data, size, "fuzz.fksvar", &error);
  g_assert ((response == NULL) != (error == NULL));
  if (response == NULL)
    {
      /* One line naming the file. */
      g_assert_true (g_str_has_prefix (error->message, "fuzz.fksvar"));
      return 0;
    }

  /* Accepted: written and read again, the same. */
  text = fk_response_to_json (response);
  again = fk_response_new_from_data (text, strlen (text), "again.fksvar", &error);
  g_assert_no_error (error);
  text_again = fk_response_to_json (again);
  g_assert_cmpstr (text, ==, text_again);
  g_assert_cmpuint (fk_response_get_scores (again)->len, ==, fk_response_get_scores (response)->len);
  return 0;
}
