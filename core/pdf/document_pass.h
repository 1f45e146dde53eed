// document_pass.h: what only the whole document shows: running headers and footers (text that repeats at the top
// or bottom of many pages, page numbers counted as the same), and tables that continue on the next page (a
// repeated header row dropped, a row split by the page break joined again).
#pragma once

#include "pdf/pdf_document.h"

namespace dhrv::pdf {

void find_page_furniture(Document& doc);
void join_continued_tables(Document& doc);

}  // namespace dhrv::pdf
