// pdf_commands.cpp: `dhrv pdf-text [--layout] [--json] FILE.pdf...`: the text layer of PDFs, in reading order
// (pages separated by form feeds, headers and footers marked), or the whole document model as JSON; and
// `dhrv extract [--format summary-page|json] [-o DIR] FILE.pdf...`: the review a report PDF holds, as a summary page
// a person can check and correct (and open again), or as DHR Viewer JSON.
#include <cstdio>
#include <fstream>
#include <iterator>

#include <filesystem>

#include "commands.h"
#include "export.h"
#include "pdf/pdf_reader.h"
#include "pdf/text_output.h"
#include "reports/report_reader.h"
#include "summary_page_export.h"

namespace dhrv::cli {

int cmd_pdf_text(const std::vector<std::string>& files, bool layout, bool json) {
  if (files.empty()) {
    std::fprintf(stderr, "dhrv: pdf-text needs FILE.pdf\n");
    return 2;
  }
  int status = 0;
  ojson all = ojson::array();
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "dhrv: %s: cannot be opened for reading\n", path.c_str());
      status = 1;
      continue;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const pdf::Document doc = pdf::read_pdf_now(path, bytes);
    for (const auto& d : doc.diagnostics) {
      std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
      if (d.severity == Severity::error) status = 1;
    }
    if (json) {
      ojson j = pdf::document_json(doc);
      j["file"] = path;
      all.push_back(std::move(j));
    } else {
      const std::string text = pdf::document_text(doc, layout);
      std::fwrite(text.data(), 1, text.size(), stdout);
      if (files.size() > 1) std::fputc('\f', stdout);
    }
  }
  if (json) std::printf("%s\n", (files.size() == 1 && !all.empty() ? all[0] : all).dump(1).c_str());
  return status;
}

namespace {

bool read_whole(const std::string& path, std::string& bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

}  // namespace

int cmd_extract(const std::vector<std::string>& files, const std::string& format, const std::string& out_dir) {
  const std::string fmt = format.empty() ? "summary-page" : format;
  if (fmt != "summary-page" && fmt != "json") {
    std::fprintf(stderr, "dhrv: extract writes --format summary-page or --format json\n");
    return 2;
  }
  if (files.empty()) {
    std::fprintf(stderr, "dhrv: extract needs FILE.pdf\n");
    return 2;
  }
  if (files.size() > 1 && out_dir.empty()) {
    std::fprintf(stderr, "dhrv: extract with several files needs -o DIR (one file per report is written there)\n");
    return 2;
  }
  int status = 0;
  for (const std::string& path : files) {
    std::string bytes;
    if (!read_whole(path, bytes)) {
      std::fprintf(stderr, "dhrv: %s: cannot be opened for reading\n", path.c_str());
      status = 1;
      continue;
    }
    const std::string name = std::filesystem::path(path).filename().string();
    const ReportExtraction ex = extract_report(pdf::read_pdf_now(name, bytes), name);
    for (const auto& d : ex.diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
    if (!ex.review) {
      std::fprintf(stderr, "dhrv: %s: no review could be read from it (see above)\n", path.c_str());
      status = 1;
      continue;
    }
    const std::string text = fmt == "json" ? export_json({&*ex.review}, ex.diagnostics) : export_summary_page(*ex.review);
    if (out_dir.empty()) {
      std::fwrite(text.data(), 1, text.size(), stdout);
      continue;
    }
    const std::filesystem::path target =
        std::filesystem::path(out_dir) / (std::filesystem::path(name).stem().string() + (fmt == "json" ? ".json" : ".summary.txt"));
    std::ofstream out(target, std::ios::binary);
    out << text;
    if (!out) {
      std::fprintf(stderr, "dhrv: %s: cannot be written\n", target.string().c_str());
      status = 1;
      continue;
    }
    std::fprintf(stderr, "%s -> %s (%zu recommendations)\n", path.c_str(), target.string().c_str(), ex.review->recommendations.size());
  }
  return status;
}

}  // namespace dhrv::cli
