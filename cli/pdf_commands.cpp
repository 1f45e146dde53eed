// pdf_commands.cpp: `dhrv pdf-text [--layout] [--json] FILE.pdf...`: the text layer of PDFs, in reading order
// (pages separated by form feeds, headers and footers marked), or the whole document model as JSON.
#include <cstdio>
#include <fstream>
#include <iterator>

#include "commands.h"
#include "pdf/pdf_reader.h"
#include "pdf/text_output.h"

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

}  // namespace dhrv::cli
