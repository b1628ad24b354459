/* fk-odt-text.c — text as OpenDocument character content: escaped, line breaks, spaces kept */
#define G_LOG_DOMAIN "fk-odt-text"
#include "config.h"
#include "fk-odt-private.h"

#include <string.h>

/* XML 1.0 holds no control character but tab, newline and carriage return. */
static gboolean
xml_char (gunichar c)
{
  return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
}

void
fk_odt_append_escaped (GString    *xml,
                       const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_autofree char *escaped = NULL;
  GString *clean = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (xml_char (c))
        g_string_append_unichar (clean, c);
    }
  escaped = g_markup_escape_text (clean->str, clean->len);
  g_string_free (clean, TRUE);
  g_string_append (xml, escaped);
}

/* Appends the run of @n spaces that starts a paragraph (@at_start) or
 * follows a character: ODF collapses spaces, so all but a following
 * first one go into text:s. */
static void
append_spaces (GString  *xml,
               guint     n,
               gboolean  at_start)
{
  if (!at_start)
    {
      g_string_append_c (xml, ' ');
      n--;
    }
  if (n == 1)
    g_string_append (xml, "<text:s/>");
  else if (n > 1)
    g_string_append_printf (xml, "<text:s text:c=\"%u\"/>", n);
}

void
fk_odt_append_text (GString    *xml,
                    const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *run = g_string_new (NULL);
  gboolean at_start = TRUE;
  const char *p = valid;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ')
        {
          guint n = 0;

          for (; *p == ' '; p++)
            n++;
          fk_odt_append_escaped (xml, run->str);
          g_string_truncate (run, 0);
          append_spaces (xml, n, at_start);
          at_start = FALSE;
          continue;
        }
      if (c == '\n' || c == '\r' || c == '\t')
        {
          fk_odt_append_escaped (xml, run->str);
          g_string_truncate (run, 0);
          if (c == '\r' && p[1] == '\n')
            p++;
          g_string_append (xml, c == '\t' ? "<text:tab/>" : "<text:line-break/>");
          /* After a line break a space starts a line again. */
          at_start = c != '\t';
        }
      else
        {
          g_string_append_unichar (run, c);
          at_start = FALSE;
        }
      p = g_utf8_next_char (p);
    }
  fk_odt_append_escaped (xml, run->str);
  g_string_free (run, TRUE);
}

char *
fk_odt_length_cm (double points)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (number, sizeof number, "%.3f", points * 2.54 / 72.0);
  return g_strconcat (number, "cm", NULL);
}

void
fk_odt_picture_free (FkOdtPicture *picture)
{
  if (picture == NULL)
    return;
  g_free (picture->name);
  g_bytes_unref (picture->png);
  g_free (picture);
}
