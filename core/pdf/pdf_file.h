// pdf_file.h: one PDF file opened with qpdf, read page by page into glyphs, rules and boxes. The only place the
// core touches qpdf. qpdf repairs damaged files by throwing and catching inside, and reports what it cannot repair
// by throwing: pdf_file.cpp is compiled with exceptions (the rest of the core is not) and nothing thrown leaves it;
// each becomes a diagnostic for the file or the page it concerns.
//
// Built as C++17: qpdf 11.3's headers do not compile as C++20 with clang 14 and libstdc++ 12 (JSON.hh holds a
// std::vector of a class not yet complete). So this header and everything it includes stay C++17.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/interpreter.h"
#include "pdf/pdf_file_info.h"

namespace dhrv::pdf {

// What went wrong or was repaired, for pdf_reader.cpp to turn into a Diagnostic (diagnostic.h is C++20).
struct FileProblem {
  enum class Level { error, warning, note } level = Level::error;
  std::string code;     // "pdf.password", "pdf.page", ...
  std::string message;
  int page = 0;         // 1-based; 0 for the whole file
};

class PdfFile {
 public:
  // nullptr when the file cannot be opened (password, damaged beyond repair, over the object limit); why is added
  // to `problems`, as are notes on what was repaired. `bytes` must outlive the PdfFile.
  static std::unique_ptr<PdfFile> open(const std::string& name, std::string_view bytes, const Limits& limits,
                                       std::vector<FileProblem>& problems);
  ~PdfFile();
  PdfFile(const PdfFile&) = delete;
  PdfFile& operator=(const PdfFile&) = delete;

  const Info& info() const;
  int page_count() const;  // the pages that will be read (at most Limits::max_pages)

  // Draws page `index` (0-based): its content stream, then the annotations it shows. false when the page could
  // not be read at all (the reason is in `problems`); what was drawn before a problem is kept in `content`.
  bool read_page(int index, PageGeometry& geometry, PageContent& content, std::vector<FileProblem>& problems);

  // Fonts that could not be read (once each, however many pages use them).
  std::vector<std::string> font_problems() const;

 private:
  struct Impl;
  explicit PdfFile(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dhrv::pdf
