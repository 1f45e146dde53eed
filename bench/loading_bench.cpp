// loading_bench: opening summary pages one by one, as a person adds them to the viewer, against opening them all
// at once. Prints one JSON line.
//
//   loading_bench [--pages 600]
//
// Each page is a generated review written in the summary-page format. "At once" is one load of every page;
// "one by one" is one load per page, each adding to the records held so far, as the viewer does (the pipeline
// never reads earlier files again, but each load builds the corpus, its index and the similarity model anew).
// Reported: both totals, and the cost of adding the last page to the others against loading everything at once.
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

// One load as the viewer runs it: read, build, index, then the similarity model.
LoadResult load(CorpusBuilder records, std::vector<Source> sources, std::shared_ptr<const Corpus> current) {
  jobs::JobControl control;
  LoadResult r = jobs::run_now(load_sources(control, std::move(records), std::move(sources), std::move(current)));
  if (r.index) SimilarityModel model(*r.index);
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t pages = 600;
  for (int i = 1; i + 1 < argc; i += 2)
    if (std::string(argv[i]) == "--pages") pages = std::strtoul(argv[i + 1], nullptr, 10);
  bench::GeneratorOptions g;
  g.recommendations = pages * 14;  // reviews have 3-25 recommendations
  const Corpus generated = bench::generate_corpus(g);
  std::vector<std::pair<std::string, std::string>> files;
  for (const Review& r : generated.reviews) {
    if (files.size() == pages) break;
    files.push_back({r.id + ".txt", export_summary_page(r)});
  }
  auto sources_of = [&](std::size_t from, std::size_t to) {
    std::vector<Source> out;
    for (std::size_t i = from; i < to; ++i) out.push_back(source_from_bytes(files[i].first, files[i].second));
    return out;
  };

  auto t = Clock::now();
  const LoadResult all = load({}, sources_of(0, files.size()), nullptr);
  const double at_once_ms = ms_since(t);

  CorpusBuilder records;
  std::shared_ptr<const Corpus> current;
  double one_by_one_ms = 0, last_ms = 0;
  std::size_t reviews = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    t = Clock::now();
    LoadResult r = load(std::move(records), sources_of(i, i + 1), current);
    last_ms = ms_since(t);
    one_by_one_ms += last_ms;
    records = std::move(r.records);
    current = r.index->corpus_ptr();
    reviews = current->reviews.size();
  }
  std::printf("{\"loading\":true,\"pages\":%zu,\"reviews_at_once\":%zu,\"reviews_one_by_one\":%zu,"
              "\"recommendations\":%u,\"at_once_ms\":%.1f,\"one_by_one_total_ms\":%.1f,\"last_page_ms\":%.1f}\n",
              files.size(), all.index->corpus().reviews.size(), reviews, all.index->recommendation_count(), at_once_ms,
              one_by_one_ms, last_ms);
  return 0;
}
