// report_reader.h: a Domestic Homicide Review report as a PDF (an overview report or an executive summary) read as
// a review: what its cover says (CSP, kind, title, pseudonym, date of death, completion date, author), every
// recommendation (label, exact text, addressee, page) and its action plan's rows linked to them.
//
// Provenance and doubt: every recommendation keeps its file and page; what the reader is unsure of (a gap in the
// numbering, a section found by weak cues, an addressee read from the sentence that names no known agency, a plan
// row for no recommendation) is a diagnostic with its page. A scan with no text layer, a password-protected file
// or a PDF that is not a review is reported as such and adds nothing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/pdf_document.h"
#include "readers/reader.h"

namespace dhrv {

struct ReportExtraction {
  std::optional<Review> review;           // none when the file is not a readable review
  std::vector<Diagnostic> diagnostics;    // the PDF layer's and the reader's
};

// The review in a PDF already read.
ReportExtraction extract_report(const pdf::Document& doc, const std::string& name);

bool sniff_report_pdf(std::string_view bytes);
// The reader row: reads the PDF (pausing between pages) and extracts the review.
jobs::Task<ReadResult> read_report_pdf(ReadRequest request);

}  // namespace dhrv
