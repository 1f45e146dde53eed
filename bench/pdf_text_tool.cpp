// pdf_text_tool: the text layer on one PDF, for the robustness sweep (tools/pdf-sweep) and the speed benchmark,
// built natively and as WebAssembly for node, so the two can be compared byte for byte.
//
//   pdf_text_tool FILE.pdf            text on standard output, one diagnostic per line on standard error
//   pdf_text_tool --time FILE.pdf...  one JSON line per file: pages, milliseconds, characters, peak memory
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "measure.h"
#include "pdf/pdf_reader.h"
#include "pdf/text_output.h"

int main(int argc, char** argv) {
  bool timing = false;
  int status = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string path = argv[i];
    if (path == "--time") {
      timing = true;
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "%s: cannot be opened\n", path.c_str());
      status = 2;
      continue;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto start = std::chrono::steady_clock::now();
    const dhrv::pdf::Document doc = dhrv::pdf::read_pdf_now(path, bytes);
    const std::string text = dhrv::pdf::document_text(doc);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (timing) {
      std::printf("{\"file\":\"%s\",\"pages\":%zu,\"ms\":%.2f,\"chars\":%zu,\"peak_mib\":%.1f}\n", path.c_str(),
                  doc.pages.size(), ms, text.size(), dhrv::bench::process_memory_mib("VmHWM:"));
      continue;
    }
    std::fwrite(text.data(), 1, text.size(), stdout);
    for (const auto& d : doc.diagnostics) std::fprintf(stderr, "%s\n", dhrv::format_diagnostic(d).c_str());
    if (!doc.readable) status = 1;
  }
  return status;
}
