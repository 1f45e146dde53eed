// text_output.h: a PdfDocument as text, in reading order: pages separated by form feeds (as pdftotext writes
// them), running headers and footers on lines of their own marked "[header] " and "[footer] ", table rows with
// their cells between " | ". With `layout`, each line keeps its words' horizontal places, in spaces. As JSON:
// the whole model (pages, blocks, lines, words with boxes, tables, info, diagnostics).
#pragma once

#include <string>

#include "json_codec.h"
#include "pdf/pdf_document.h"

namespace dhrv::pdf {

std::string document_text(const Document& doc, bool layout = false);
ojson document_json(const Document& doc);

}  // namespace dhrv::pdf
