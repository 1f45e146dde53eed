// make_report_pdfs N OUT_DIR [--pages P] [--seed S]: N synthetic DHR overview reports as PDFs, for the report
// benchmark (bench/reports_bench.mjs). Each is built from a generated review (bench/generator: real vocabulary,
// CSPs from DHRD): a cover (CSP, kind, subject, month of death, completion date, chair), P pages of body text in
// two fonts with a running header and page numbers, and the recommendations section at the end, each
// recommendation wrapped over several lines. Like a real report in size and shape, not in prose.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "corpus_generator.h"
#include "pdf/pdf_builder.h"

namespace {

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

std::vector<std::string> wrap(const std::string& text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find(' ', at);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(at, end - at);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    at = end + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

// Text only in WinAnsi range: the generator's words are ASCII, but a stray byte would be drawn as something else.
std::string ascii(const std::string& s) {
  std::string out;
  for (unsigned char c : s) out += c < 0x80 ? static_cast<char>(c) : '-';
  return out;
}

class Writer {
 public:
  explicit Writer(std::string header) : header_(std::move(header)) {
    regular_ = b_.add(dhrv::testing::PdfBuilder::standard_font("Helvetica"));
    bold_ = b_.add(dhrv::testing::PdfBuilder::standard_font("Helvetica-Bold"));
    new_page();
  }
  void line(const std::string& text, float size = 11, bool bold = false, float gap = 0) {
    if (y_ - gap - size * 1.45f < 80) new_page();
    y_ -= gap + size * 1.45f;
    content_ += "BT /" + std::string(bold ? "F2 " : "F1 ") + std::to_string(size) + " Tf 72 " + std::to_string(y_) +
                " Td " + dhrv::testing::PdfBuilder::literal(ascii(text)) + " Tj ET\n";
  }
  void paragraph(const std::string& text, float gap = 8) {
    bool first = true;
    for (const auto& l : wrap(text, 92)) {
      line(l, 11, false, first ? gap : 0);
      first = false;
    }
  }
  void new_page() {
    flush();
    ++page_;
    y_ = 790;
    content_.clear();
    if (page_ > 1) {  // running header and page number, as real reports print them
      content_ += "BT /F1 9 Tf 72 810 Td " + dhrv::testing::PdfBuilder::literal(header_) + " Tj ET\n";
      content_ += "BT /F1 9 Tf 280 40 Td " + dhrv::testing::PdfBuilder::literal("Page " + std::to_string(page_)) + " Tj ET\n";
    }
  }
  std::string build() {
    flush();
    return b_.build();
  }

 private:
  void flush() {
    if (content_.empty()) return;
    const std::string resources = "<< /Font << /F1 " + std::to_string(regular_) + " 0 R /F2 " + std::to_string(bold_) + " 0 R >> >>";
    const int stream = b_.add_stream("/Filter /FlateDecode", dhrv::testing::deflate(content_));
    b_.add_page_entries("/Contents " + std::to_string(stream) + " 0 R /Resources " + resources);
    content_.clear();
  }
  dhrv::testing::PdfBuilder b_;
  std::string header_, content_;
  int regular_ = 0, bold_ = 0, page_ = 0;
  float y_ = 790;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: make_report_pdfs N OUT_DIR [--pages P] [--seed S]\n");
    return 2;
  }
  const std::size_t n = std::strtoul(argv[1], nullptr, 10);
  const std::filesystem::path out = argv[2];
  int pages = 20;
  std::uint64_t seed = 7;
  for (int i = 3; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--pages") pages = std::atoi(argv[i + 1]);
    if (std::string(argv[i]) == "--seed") seed = std::strtoull(argv[i + 1], nullptr, 10);
  }
  std::filesystem::create_directories(out);
  // About 14 recommendations a review, as in the library; the generator fills reviews until the count is met.
  const dhrv::Corpus corpus = dhrv::bench::generate_corpus({n * 14, seed, 0.15});
  dhrv::bench::Rng rng(seed);
  std::size_t written = 0;
  for (const dhrv::Review& r : corpus.reviews) {
    if (written == n) break;
    if (r.recommendations.empty() || r.summary.empty()) continue;
    const int month = static_cast<int>(rng.next() % 12);
    const int year = 2012 + static_cast<int>(rng.next() % 12);
    const std::string subject = "Adult " + std::string(1, static_cast<char>('A' + written % 26)) + std::to_string(written);
    Writer w("OFFICIAL - " + r.csp + " Domestic Homicide Review - Overview Report");
    w.line(r.csp + " Community Safety Partnership", 18, true);
    w.line("Domestic Homicide Review", 24, true, 40);
    w.line("Overview Report into the death of " + subject, 20, true, 10);
    w.line("who died in " + std::string(kMonths[month]) + " " + std::to_string(year), 20, true);
    w.line("Independent Chair and Author: A. Reviewer", 12, false, 40);
    w.line("Date completed: " + std::string(kMonths[(month + 7) % 12]) + " " + std::to_string(year + 2), 12);
    w.new_page();
    for (int p = 0; p < pages; ++p) {
      w.line(std::to_string(p + 1) + " Chronology and analysis, part " + std::to_string(p + 1), 14, true, 10);
      for (int k = 0; k < 6; ++k) w.paragraph(r.summary);
      w.new_page();
    }
    w.line(std::to_string(pages + 1) + " Recommendations", 16, true, 10);
    int number = 0;
    for (const dhrv::Recommendation& rec : r.recommendations) {
      const std::string text = std::to_string(pages + 1) + "." + std::to_string(++number) + " " + rec.text;
      w.paragraph(text, 10);
    }
    char name[64];
    std::snprintf(name, sizeof name, "report-%04zu.pdf", written);
    std::ofstream(out / name, std::ios::binary) << w.build();
    ++written;
  }
  std::printf("%zu reports written to %s\n", written, out.string().c_str());
  return written == n ? 0 : 1;
}
