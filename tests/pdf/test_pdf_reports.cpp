// The shared synthetic reports (../shared/reports: LibreOffice, Chromium and pdfLaTeX): in the text layer's
// reading order, with headers and footers set apart, every recommendation of each truth file appears whole
// (lines joined), and in order.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "helpers.h"
#include "pdf/pdf_reader.h"
#include "pdf/text_output.h"
#include "text.h"

using namespace dhrv;

namespace {
// Body lines joined with single spaces: what "lines joined" means for the acceptance.
std::string joined_body(const std::string& text) {
  std::string out, line;
  auto flush = [&] {
    if (line.rfind("[header] ", 0) != 0 && line.rfind("[footer] ", 0) != 0 && !line.empty()) out += line + " ";
    line.clear();
  };
  for (char c : text) {
    if (c == '\n' || c == '\f') flush();
    else line += c;
  }
  flush();
  return collapse_spaces(out);
}
}  // namespace

TEST_CASE("every recommendation of the shared reports appears whole, in order, furniture apart (../shared)") {
  NEEDS_SHARED();
  const auto dir = std::filesystem::path(DHRV_SHARED_DIR) / "reports";
  std::size_t reports = 0, found = 0, expected = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".pdf") continue;
    CAPTURE(entry.path().filename().string());
    const auto truth = nlohmann::json::parse(read_file(std::filesystem::path(entry.path()).replace_extension(".truth.json").string()));
    const pdf::Document doc = pdf::read_pdf_now(entry.path().filename().string(), read_file(entry.path().string()));
    REQUIRE(doc.readable);
    const std::string text = pdf::document_text(doc);
    CHECK(text.find("[header] ") != std::string::npos);
    CHECK(text.find("[footer] ") != std::string::npos);
    const std::string body = joined_body(text);
    std::size_t at = 0;
    for (const auto& rec : truth["recommendations"]) {
      const std::string want = collapse_spaces(rec["text"].get<std::string>());
      CAPTURE(rec["label"].get<std::string>());
      const std::size_t where = body.find(want, at);
      CHECK(where != std::string::npos);
      if (where != std::string::npos) {
        ++found;
        at = where;  // in order: each after the one before
      }
      ++expected;
    }
    ++reports;
  }
  CHECK(reports >= 6);
  CHECK(found == expected);
}
