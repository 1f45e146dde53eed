// libFuzzer targets for every reader, the corpus builder, the binary index and the query parser. One source, one
// target per entry point (selected by DHRV_FUZZ_TARGET), so the targets cannot drift apart. Build with the
// "fuzz" preset (clang-14, -fsanitize=fuzzer,address,undefined) and run with tools/fuzz.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus.h"
#include "export.h"
#include "readers/reader.h"
#include "search/index_file.h"
#include "search/search.h"

using namespace dhrv;

namespace {

std::string_view view(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

#if DHRV_FUZZ_TARGET == 7
// A small real index for the query target (built once).
const SearchIndex& seed_index() {
  static auto ix = SearchIndex::build(std::make_shared<Corpus>(sample_corpus()));
  return *ix;
}
#endif

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = view(data, size);
#if DHRV_FUZZ_TARGET == 1
  ReadResult r = read_summary_page("fuzz.txt", bytes);
  (void)r;
#elif DHRV_FUZZ_TARGET == 2
  ReadResult r = read_dhrd_csv("fuzz.csv", bytes);
  (void)r;
#elif DHRV_FUZZ_TARGET == 3
  ReadResult r = read_library_html("fuzz.html", bytes);
  (void)r;
#elif DHRV_FUZZ_TARGET == 4
  ReadResult r = read_canonical_json("fuzz.json", bytes);
  (void)r;
#elif DHRV_FUZZ_TARGET == 5
  // Whatever the format: sniffed, read, merged, indexed, exported.
  Corpus c = build_corpus({{"fuzz", std::string(bytes)}});
  auto ix = SearchIndex::build(std::make_shared<Corpus>(std::move(c)));
  (void)export_csv(all_reviews(ix->corpus()));
  (void)search(*ix, parse_query("review"));
#elif DHRV_FUZZ_TARGET == 6
  std::string error;
  auto ix = IndexFile::load(bytes, "fuzz.idx", error);
  if (ix) (void)search(*ix, parse_query("review OR agency:police"));
#elif DHRV_FUZZ_TARGET == 7
  const Query q = parse_query(bytes);
  if (q.ok()) {
    const ResultSet r = search(seed_index(), q);
    for (std::size_t i = 0; i < r.recommendations.size() && i < 5; ++i) {
      const auto& text = seed_index().recommendation(r.recommendations[i].doc).text;
      (void)make_snippet(text, highlight(q, text, TextKind::recommendation_text), 80);
    }
  }
#else
#error "DHRV_FUZZ_TARGET must be 1..7"
#endif
  return 0;
}
