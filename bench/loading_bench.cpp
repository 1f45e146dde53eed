// loading_bench: opening summary pages one by one, as a person adds them to the viewer, against opening them all
// at once. Prints one JSON line.
//
//   loading_bench [--pages 600] [--library-pages 1800]
//
// Each page is a generated review written in the summary-page format. "At once" is one load of every page;
// "one by one" is one load per page, each adding to the records held so far, as the viewer does (the pipeline
// never reads earlier files again, but each load builds the corpus, its index and the similarity model anew from
// the records; the words of texts indexed before are kept between loads, text_words_cache.h). Reported: both
// totals, the cost of adding the last page, the same without kept words (the baseline, in the same run), and
// adding one page to a library-sized corpus (1,800 pages, about 25k recommendations) with and without them.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "corpus_generator.h"
#include "jobs/job.h"
#include "pipeline/load.h"
#include "search/similar.h"
#include "summary_page_export.h"

using namespace dhrv;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// One load as the viewer runs it: read, build, index (with the words kept from earlier loads), then the
// similarity model.
LoadResult load(CorpusBuilder records, std::vector<Source> sources, std::shared_ptr<const Corpus> current, IndexWords& words) {
  jobs::JobControl control;
  LoadResult r = jobs::run_now(load_sources(control, std::move(records), std::move(sources), std::move(current), &words));
  if (r.index) SimilarityModel model(*r.index);
  return r;
}

// Pages generated as summary pages: `pages` reviews of about 14 recommendations each.
std::vector<std::pair<std::string, std::string>> generate_pages(std::size_t pages, std::uint64_t seed) {
  bench::GeneratorOptions g;
  g.recommendations = pages * 14;  // reviews have 3-25 recommendations
  g.seed = seed;
  const Corpus generated = bench::generate_corpus(g);
  std::vector<std::pair<std::string, std::string>> files;
  for (const Review& r : generated.reviews) {
    if (files.size() == pages) break;
    files.push_back({r.id + ".txt", export_summary_page(r)});
  }
  return files;
}

struct OneByOne {
  double total_ms = 0, last_ms = 0;
  std::size_t reviews = 0;
};

// Every page in its own load, each adding to the records held so far. `keep_words`: as the viewer does, the
// words of the texts indexed before are kept between loads; without, each load splits every text again (as
// before the word cache: the baseline).
OneByOne one_by_one(const std::vector<std::pair<std::string, std::string>>& files, bool keep_words) {
  OneByOne out;
  CorpusBuilder records;
  IndexWords kept;
  std::shared_ptr<const Corpus> current;
  for (const auto& [name, bytes] : files) {
    IndexWords fresh;
    std::vector<Source> one;
    one.push_back(source_from_bytes(name, bytes));
    const auto t = Clock::now();
    LoadResult r = load(std::move(records), std::move(one), current, keep_words ? kept : fresh);
    out.last_ms = ms_since(t);
    out.total_ms += out.last_ms;
    records = std::move(r.records);
    current = r.index->corpus_ptr();
  }
  out.reviews = current ? current->reviews.size() : 0;
  return out;
}

std::vector<Source> sources_of(const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<Source> out;
  for (const auto& [name, bytes] : files) out.push_back(source_from_bytes(name, bytes));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t pages = 600, library_pages = 1800;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--pages") pages = std::strtoul(argv[i + 1], nullptr, 10);
    if (std::string(argv[i]) == "--library-pages") library_pages = std::strtoul(argv[i + 1], nullptr, 10);
  }
  const auto files = generate_pages(pages, 1);

  auto t = Clock::now();
  IndexWords fresh_words;
  const LoadResult all = load({}, sources_of(files), nullptr, fresh_words);
  const double at_once_ms = ms_since(t);
  const OneByOne kept = one_by_one(files, true), baseline = one_by_one(files, false);

  // One more page added to a library-sized corpus (about 25k recommendations), with the words kept by the load
  // that read the library and without.
  auto library = generate_pages(library_pages + 1, 2);
  std::vector<std::pair<std::string, std::string>> extra = {library.back()};
  library.pop_back();
  IndexWords library_words;
  LoadResult big = load({}, sources_of(library), nullptr, library_words);
  double add_kept_ms = 0, add_fresh_ms = 0;
  {
    IndexWords fresh;
    t = Clock::now();
    const LoadResult r = load(big.records, sources_of(extra), big.index->corpus_ptr(), fresh);
    add_fresh_ms = ms_since(t);
    t = Clock::now();
    const LoadResult k = load(big.records, sources_of(extra), big.index->corpus_ptr(), library_words);
    add_kept_ms = ms_since(t);
  }
  std::printf("{\"loading\":true,\"pages\":%zu,\"reviews_at_once\":%zu,\"reviews_one_by_one\":%zu,"
              "\"recommendations\":%u,\"at_once_ms\":%.1f,\"one_by_one_total_ms\":%.1f,\"last_page_ms\":%.1f,"
              "\"baseline_one_by_one_total_ms\":%.1f,\"baseline_last_page_ms\":%.1f,"
              "\"library_recommendations\":%u,\"library_add_page_ms\":%.1f,\"baseline_library_add_page_ms\":%.1f}\n",
              files.size(), all.index->corpus().reviews.size(), kept.reviews, all.index->recommendation_count(), at_once_ms,
              kept.total_ms, kept.last_ms, baseline.total_ms, baseline.last_ms, big.index->recommendation_count(),
              add_kept_ms, add_fresh_ms);
  return 0;
}
