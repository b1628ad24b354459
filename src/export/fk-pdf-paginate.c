/* fk-pdf-paginate.c — cutting the measured blocks into pages
 *
 * Rules: a block's space before is dropped at the top of a page; a
 * heading goes to the next page unless what must follow it (the first
 * unit(s) of the next block, through further headings) fits below it; a
 * paragraph keeps two lines together at either end of a page; a table is
 * cut between rows and repeats its header row; a figure is one unit,
 * scaled down further when only its headings are above it and it does not
 * fit under them (so that a heading never ends a page); a unit taller
 * than a page gets a page of its own (and is cut off there); a page
 * that continues the section of a repeated heading starts with that
 * heading "(continued)", and its blocks start under it.
 */
#define G_LOG_DOMAIN "fk-pdf-paginate"
#include "config.h"
#include "fk-pdf-private.h"

typedef struct {
  FkPdfDocument   *doc;
  FkPdfOrientation orientation;
  double           width;
  double           height;
  gboolean         need_page;   /* the next block starts a new page */
  double           y;           /* used height of the last page */
  double           top;         /* where its blocks start: under a continued heading */
  guint            open;        /* the repeated heading whose section goes on, or G_MAXUINT */
} Cursor;

static void
set_orientation (Cursor           *cursor,
                 FkPdfOrientation  orientation)
{
  cursor->orientation = orientation;
  fk_pdf_document_get_content_size (orientation, &cursor->width, &cursor->height);
}

static FkPdfPage *
last_page (Cursor *cursor)
{
  GArray *pages = cursor->doc->pages;

  return pages->len > 0 ? &g_array_index (pages, FkPdfPage, pages->len - 1) : NULL;
}

/* A new page; in an open repeated heading's section, it starts with
 * that heading "(continued)". */
static FkPdfPage *
new_page (Cursor *cursor)
{
  FkPdfPage page = { cursor->orientation, FALSE, g_array_new (FALSE, FALSE, sizeof (FkPdfPlaced)),
                     cursor->open };

  g_array_append_val (cursor->doc->pages, page);
  cursor->y = 0;
  if (cursor->open != G_MAXUINT)
    cursor->y = ((FkPdfBlock *) g_ptr_array_index (cursor->doc->blocks, cursor->open))->continued_height;
  cursor->top = cursor->y;
  cursor->need_page = FALSE;
  return last_page (cursor);
}

static FkPdfPage *
current_page (Cursor *cursor)
{
  FkPdfPage *page = last_page (cursor);

  if (page == NULL || cursor->need_page)
    page = new_page (cursor);
  return page;
}

static void
place (Cursor     *cursor,
       guint       index,
       FkPdfBlock *block,
       double      y,
       guint       first,
       guint       n)
{
  FkPdfPage *page = current_page (cursor);
  FkPdfPiece piece = { cursor->doc->pages->len - 1, y, first, n };
  FkPdfPlaced placed = { index, block->pieces->len };

  g_array_append_val (block->pieces, piece);
  g_array_append_val (page->placed, placed);
}

/* A paragraph of at most this many lines between a heading and a table,
 * list or figure introduces it (an area's one-line description over its
 * capabilities): it stays with what it introduces. */
#define INTRO_MAX_LINES 3

/* What else must fit when block @index, right under a heading, is a
 * short introduction: the rest of its lines and the first unit of the
 * block it introduces. Else the heading and its sentence would end a
 * page and the table start the next. */
static double
intro_keep_height (Cursor     *cursor,
                   FkPdfBlock *intro,
                   guint       index)
{
  GPtrArray *blocks = cursor->doc->blocks;
  FkPdfBlock *after;
  double height = 0;

  if (intro->kind != FK_PDF_BLOCK_PARAGRAPH || intro->units->len > INTRO_MAX_LINES ||
      index + 1 >= blocks->len)
    return 0;
  after = g_ptr_array_index (blocks, index + 1);
  if (after->kind != FK_PDF_BLOCK_TABLE && after->kind != FK_PDF_BLOCK_LIST &&
      after->kind != FK_PDF_BLOCK_FIGURE)
    return 0;
  for (guint k = 2; k < intro->units->len; k++)
    height += fk_pdf_block_unit (intro, k);
  height += intro->space_after;
  fk_pdf_block_measure (cursor->doc, after, cursor->width, cursor->height);
  if (after->kind == FK_PDF_BLOCK_FIGURE)
    return height + after->space_before + after->height * after->scale;
  return height + after->space_before + fk_pdf_block_first_height (after);
}

/* The height that must fit below heading @index: the next block's first
 * unit(s), through any further headings (with their spaces). */
static double
keep_height (Cursor *cursor,
             guint   index)
{
  GPtrArray *blocks = cursor->doc->blocks;
  double height = 0;

  for (guint i = index + 1; i < blocks->len; i++)
    {
      FkPdfBlock *next = g_ptr_array_index (blocks, i);

      if (next->kind == FK_PDF_BLOCK_PAGE_BREAK || next->kind == FK_PDF_BLOCK_TITLE_PAGE)
        break;
      fk_pdf_block_measure (cursor->doc, next, cursor->width, cursor->height);
      /* A figure at its page size: whether it will be shrunk under
       * this heading is not known yet. */
      if (next->kind == FK_PDF_BLOCK_FIGURE)
        height += next->space_before + next->height * next->scale;
      else
        height += next->space_before + fk_pdf_block_first_height (next);
      if (next->kind != FK_PDF_BLOCK_HEADING)
        {
          height += intro_keep_height (cursor, next, i);
          break;
        }
      height += next->space_after;
    }
  return height;
}

/* TRUE if the last page holds only headings (those kept with what comes). */
static gboolean
only_headings_above (Cursor *cursor)
{
  FkPdfPage *page = last_page (cursor);

  if (page == NULL || cursor->need_page || page->placed->len == 0)
    return FALSE;
  for (guint i = 0; i < page->placed->len; i++)
    {
      FkPdfPlaced *placed = &g_array_index (page->placed, FkPdfPlaced, i);
      FkPdfBlock *block = g_ptr_array_index (cursor->doc->blocks, placed->block);

      if (block->kind != FK_PDF_BLOCK_HEADING)
        return FALSE;
    }
  return TRUE;
}

/* A figure under headings at the top of a page: smaller rather than
 * leaving its headings alone on the page before. Not below a third of
 * the text height; the annex sizes its figures to fit anyway. */
static void
fit_figure (Cursor     *cursor,
            FkPdfBlock *block)
{
  double natural = block->height * block->scale;
  double room = cursor->height - cursor->y - block->space_before;

  block->shrink = 1.0;
  if (only_headings_above (cursor) && natural > room && room >= cursor->height / 3)
    block->shrink = room / natural;
  g_array_index (block->units, double, 0) = natural * block->shrink;
}

/* How many units from @first fit into @room (at least one). */
static guint
units_fitting (FkPdfBlock *block,
               guint       first,
               double      room,
               double     *used)
{
  guint n = block->units->len;
  guint k = first;
  double height = 0;

  while (k < n && height + fk_pdf_block_unit (block, k) <= room + 0.01)
    height += fk_pdf_block_unit (block, k++);
  if (k == first)
    height += fk_pdf_block_unit (block, k++);
  *used = height;
  return k - first;
}

static void
paginate_units (Cursor     *cursor,
                guint       index,
                FkPdfBlock *block)
{
  guint n = block->units->len;
  guint first = 0;
  gboolean paragraph = block->kind == FK_PDF_BLOCK_PARAGRAPH;

  while (first < n)
    {
      FkPdfPage *page = current_page (cursor);
      double before = cursor->y > cursor->top ? block->space_before : 0;
      double need = first == 0 ? fk_pdf_block_first_height (block) : block->header_height + fk_pdf_block_unit (block, first);
      double used;
      guint count;

      /* The heading, the space under it and what must follow it. */
      if (block->kind == FK_PDF_BLOCK_HEADING)
        need += block->space_after + keep_height (cursor, index);
      /* A heading under only headings stays with them: moving it would
       * leave them alone on the page (a figure after them shrinks). */
      if (cursor->y > cursor->top && cursor->y + before + need > cursor->height + 0.01 &&
          !(block->kind == FK_PDF_BLOCK_HEADING && only_headings_above (cursor)))
        {
          cursor->need_page = TRUE;
          continue;
        }
      (void) page;
      count = units_fitting (block, first,
                             cursor->height - cursor->y - before - block->header_height, &used);
      /* Two lines of a paragraph at the top of the next page. */
      if (paragraph && first + count < n && n - (first + count) < 2 && count > 2)
        {
          count--;
          used -= fk_pdf_block_unit (block, first + count);
        }
      place (cursor, index, block, cursor->y + before, first, count);
      cursor->y += before + block->header_height + used;
      first += count;
      if (first < n)
        cursor->need_page = TRUE;
    }
  cursor->y += block->space_after;
}

void
fk_pdf_paginate (FkPdfDocument *doc)
{
  Cursor cursor = { doc, FK_PDF_PORTRAIT, 0, 0, FALSE, 0, 0, G_MAXUINT };

  g_array_set_size (doc->pages, 0);
  set_orientation (&cursor, FK_PDF_PORTRAIT);
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      FkPdfBlock *block = g_ptr_array_index (doc->blocks, i);
      FkPdfPage *page = last_page (&cursor);

      g_array_set_size (block->pieces, 0);
      switch (block->kind)
        {
        case FK_PDF_BLOCK_PAGE_BREAK:
          set_orientation (&cursor, block->orientation);
          /* An empty page just takes the new orientation. */
          if (page != NULL && !cursor.need_page && page->placed->len == 0)
            page->orientation = block->orientation;
          else
            cursor.need_page = TRUE;
          break;
        case FK_PDF_BLOCK_TITLE_PAGE:
          fk_pdf_block_measure (doc, block, cursor.width, cursor.height);
          page = current_page (&cursor);
          page->title = TRUE;
          place (&cursor, i, block, 0, 0, 1);
          cursor.need_page = TRUE;
          break;
        default:
          fk_pdf_block_measure (doc, block, cursor.width, cursor.height);
          /* A heading of the open section's level or above ends it. */
          if (block->kind == FK_PDF_BLOCK_HEADING && cursor.open != G_MAXUINT &&
              block->level <= ((FkPdfBlock *) g_ptr_array_index (doc->blocks, cursor.open))->level)
            cursor.open = G_MAXUINT;
          if (block->kind == FK_PDF_BLOCK_FIGURE)
            fit_figure (&cursor, block);
          paginate_units (&cursor, i, block);
          if (block->kind == FK_PDF_BLOCK_HEADING && block->repeated)
            cursor.open = i;
          break;
        }
    }
  if (doc->pages->len == 0)
    new_page (&cursor);
}
