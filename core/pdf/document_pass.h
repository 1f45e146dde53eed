// document_pass.h: what only the whole document shows: running headers and footers (text that repeats at the top
// or bottom of many pages, page numbers counted as the same), and tables that continue on the next page (a
// repeated header row dropped, a row split by the page break joined again).
#pragma once

#include "pdf/pdf_document.h"

namespace dhrv::pdf {

void find_page_furniture(Document& doc);
void join_continued_tables(Document& doc);
// Words cut at a table column's edge joined again (Cell::cut_spaces), where the document shows they are one word:
// the joined word is written elsewhere in it, or neither piece is a word it uses anywhere else.
void mend_cut_words(Document& doc);

}  // namespace dhrv::pdf
