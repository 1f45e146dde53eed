// pdf_reader.cpp: a PDF's pages, read one at a time (pausing between them), laid out into blocks and tables, with
// page furniture and tables running over pages found across the document. qpdf stays behind PdfFile.
#include "pdf/pdf_reader.h"

#include <algorithm>

#include "jobs/job.h"
#include "pdf/document_pass.h"
#include "pdf/layout.h"
#include "pdf/pdf_file.h"

namespace dhrv::pdf {

namespace {

Severity severity_of(FileProblem::Level level) {
  switch (level) {
    case FileProblem::Level::error: return Severity::error;
    case FileProblem::Level::warning: return Severity::warning;
    case FileProblem::Level::note: return Severity::note;
  }
  return Severity::error;
}

}  // namespace

bool looks_like_pdf(std::string_view bytes) { return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos; }

jobs::Task<Document> read_pdf(jobs::JobControl& control, const std::string& name, std::string_view bytes, Limits limits) {
  Document doc;
  auto note = [&](Severity sev, std::string code, std::string message, int page = 0) {
    Diagnostic d{name, 0, sev, std::move(code), std::move(message)};
    d.page = page;
    doc.diagnostics.push_back(std::move(d));
  };
  std::vector<FileProblem> problems;
  auto take_problems = [&] {
    for (FileProblem& p : problems) note(severity_of(p.level), std::move(p.code), std::move(p.message), p.page);
    problems.clear();
  };
  if (!looks_like_pdf(bytes)) {
    note(Severity::error, "pdf.not_pdf", "not a PDF (no %PDF- signature)");
    co_return doc;
  }
  std::unique_ptr<PdfFile> file = PdfFile::open(name, bytes, limits, problems);
  take_problems();
  if (!file) co_return doc;
  doc.readable = true;
  doc.info = file->info();

  control.set_item(name);
  for (int i = 0; i < file->page_count(); ++i) {
    const int number = i + 1;
    PageGeometry g;
    PageContent content;
    Page page;
    page.number = number;
    if (file->read_page(i, g, content, problems)) {
      if (content.truncated)
        note(Severity::warning, "pdf.limit.glyphs", "has over " + std::to_string(limits.max_glyphs_per_page) +
                                                        " glyphs; the rest of the page is not read", number);
      if (content.timed_out)
        note(Severity::warning, "pdf.limit.time", "took over " + std::to_string(static_cast<int>(limits.max_seconds_per_page)) +
                                                      " s to read; the rest of the page is not read", number);
      page = lay_out_page(number, g.width(), g.height(), content);
    }
    take_problems();
    doc.pages.push_back(std::move(page));
    control.advance(0, 0);
    co_await control.checkpoint();
    if (control.cancelled()) co_return doc;
  }
  for (const std::string& p : file->font_problems()) note(Severity::warning, "pdf.font", p);
  find_page_furniture(doc);
  join_continued_tables(doc);
  mend_cut_words(doc);
  const bool any_text = std::any_of(doc.pages.begin(), doc.pages.end(), [](const Page& p) { return p.has_text; });
  const bool any_image = std::any_of(doc.pages.begin(), doc.pages.end(), [](const Page& p) { return p.images > 0; });
  if (doc.pages.empty()) {
    note(Severity::warning, "pdf.no_pages", "has no pages");
  } else if (!any_text && any_image) {
    doc.scanned = true;
    note(Severity::warning, "pdf.scan",
         "has no text layer: this looks like a scan (pages of images); run it through OCR to read its text");
  } else if (!any_text) {
    note(Severity::warning, "pdf.no_text", "has no text on its pages (they are blank, or drawings only)");
  }
  co_return doc;
}

Document read_pdf_now(const std::string& name, std::string_view bytes, const Limits& limits) {
  jobs::JobControl control;
  return jobs::run_now(read_pdf(control, name, bytes, limits));
}

}  // namespace dhrv::pdf
