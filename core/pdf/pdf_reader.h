// pdf_reader.h: reading a PDF's text layer, the same natively and in the browser. qpdf (Apache-2.0) parses and
// repairs the file; everything above it (fonts, content streams, layout) is ours, in core/pdf/.
//
// Failure is local and said: a bad page costs that page; an encrypted file that opens with the empty password
// opens; a password-protected one, an image-only scan, a damaged file beyond repair or something that is not a
// PDF gets a diagnostic (file, page, what) and no text. qpdf throws; nothing thrown leaves this reader.
#pragma once

#include <string>
#include <string_view>

#include "jobs/job_control.h"
#include "jobs/task.h"
#include "pdf/pdf_document.h"

namespace dhrv::pdf {

// %PDF- within the first kilobyte (where readers look for it).
bool looks_like_pdf(std::string_view bytes);

// Pauses between pages.
jobs::Task<Document> read_pdf(jobs::JobControl& control, const std::string& name, std::string_view bytes,
                              Limits limits = {});
Document read_pdf_now(const std::string& name, std::string_view bytes, const Limits& limits = {});

}  // namespace dhrv::pdf
