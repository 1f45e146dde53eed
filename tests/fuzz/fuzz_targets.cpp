// libFuzzer targets: one per reader (a row of the reader table, by key), the whole loading pipeline, and the query
// parser with a search. One source, one target per entry point (DHRV_FUZZ_TARGET names it), so the targets
// cannot drift apart; tests/fuzz/CMakeLists.txt lists them once. Build with the "fuzz" preset (clang-14,
// -fsanitize=fuzzer,address,undefined) and run with tools/fuzz.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "export.h"
#include "jobs/job.h"
#include "pdf/pdf_reader.h"
#include "pdf/text_output.h"
#include "pipeline/load.h"
#include "readers/reader_table.h"
#include "search/search.h"

using namespace dhrv;

namespace {

constexpr std::string_view kTarget = DHRV_FUZZ_TARGET;

// A small real index for the query target (built once).
[[maybe_unused]] const SearchIndex& seed_index() {
  static auto ix = SearchIndex::build(std::make_shared<Corpus>(sample_corpus()));
  return *ix;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if constexpr (kTarget == "pipeline") {
    // Whatever the format: sniffed, read, merged, indexed, exported, searched.
    Corpus c = build_corpus({{"fuzz", std::string(bytes)}});
    auto ix = SearchIndex::build(std::make_shared<Corpus>(std::move(c)));
    (void)export_csv(all_reviews(ix->corpus()));
    (void)search(*ix, parse_query("review OR agency:police"));
  } else if constexpr (kTarget == "pdf_text") {
    // PDF bytes through qpdf and the whole text layer (small limits: the fuzzer's time is for variety).
    pdf::Limits limits;
    limits.max_pages = 50;
    limits.max_page_bytes = 4u << 20;
    limits.max_stream_bytes = 4u << 20;
    limits.max_seconds_per_page = 1;
    const pdf::Document doc = pdf::read_pdf_now("fuzz.pdf", bytes, limits);
    (void)pdf::document_text(doc);
  } else if constexpr (kTarget == "query") {
    const Query q = parse_query(bytes);
    if (q.ok()) {
      const ResultSet r = search(seed_index(), q);
      for (std::size_t i = 0; i < r.recommendations.size() && i < 5; ++i) {
        const auto& text = seed_index().recommendation(r.recommendations[i].doc).text;
        (void)make_snippet(text, highlight(q, text, TextKind::recommendation_text), 80);
      }
    }
  } else {
    // A reader, whether or not its sniff would have chosen these bytes.
    static const ReaderRow* row = reader_by_key(kTarget);
    if (!row) std::abort();  // a target named after no reader row
    const std::string name = "fuzz";
    jobs::JobControl control;
    ReadResult r = jobs::run_now(row->read({name, bytes, control}));
    if (r.prebuilt) (void)search(*r.prebuilt, parse_query("review OR agency:police"));
  }
  return 0;
}
