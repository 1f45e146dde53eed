// lessons_bench: similar recommendations and recurring lessons at scale, as one JSON line per corpus size.
//
//   lessons_bench --recommendations N [--seed S] [--baseline]
//
// Times the similarity model (vectors and candidate lists), recurring lessons at the default threshold, the
// national recommendations view and similar-to-one for 200 recommendations (p50, p95), on a generated corpus. With --baseline it also times the
// algorithm this replaced (candidates from every term shared, skipping terms in over 5% of recommendations, every
// candidate pair checked), so the ratio is measured in the same run; the baseline is skipped above 25k, where it
// takes minutes.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <string>
#include <vector>

#include "corpus_generator.h"
#include "measure.h"
#include "search/national_recommendations.h"
#include "search/similar.h"

using namespace dhrv;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// The algorithm before prefix filtering: candidates are later documents sharing any term held by at most 5% of
// recommendations; every candidate from another review is checked; groups by single linkage. Kept here only as the
// baseline that the new figures are divided by.
std::size_t baseline_groups(const SearchIndex& index, const SimilarityModel& model, float threshold, std::size_t min_reviews) {
  const std::uint32_t n = model.size();
  const TextIndex& ix = index.recommendation_text();
  std::vector<std::vector<std::uint32_t>> docs(ix.terms.size());
  for (std::uint32_t t = 0; t < ix.terms.size(); ++t)
    for (std::uint32_t p = ix.postings_begin(t); p < ix.postings_end(t); ++p)
      if (ix.posting_field[p] == kRecText) docs[t].push_back(ix.posting_doc[p]);
  const std::size_t max_docs = std::max<std::size_t>(64, n / 20);
  std::vector<std::uint32_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0u);
  auto find = [&](std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  std::vector<char> seen(n, 0);
  std::vector<std::uint32_t> touched;
  for (std::uint32_t d = 0; d < n; ++d) {
    for (const auto& e : model.vector_of(d)) {
      if (docs[e.term].size() > max_docs) continue;
      for (auto it = std::upper_bound(docs[e.term].begin(), docs[e.term].end(), d); it != docs[e.term].end(); ++it)
        if (!seen[*it]) seen[*it] = 1, touched.push_back(*it);
    }
    for (std::uint32_t c : touched) {
      seen[c] = 0;
      if (index.ref(c).review != index.ref(d).review && model.cosine(d, c) >= threshold) {
        const std::uint32_t a = find(d), b = find(c);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
      }
    }
    touched.clear();
  }
  std::vector<std::vector<std::uint32_t>> reviews(n);
  for (std::uint32_t d = 0; d < n; ++d) reviews[find(d)].push_back(index.ref(d).review);
  std::size_t groups = 0;
  for (auto& r : reviews) {
    std::sort(r.begin(), r.end());
    r.erase(std::unique(r.begin(), r.end()), r.end());
    groups += r.size() >= min_reviews;
  }
  return groups;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t n = 10000;
  std::uint64_t seed = 1;
  bool baseline = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--recommendations" && i + 1 < argc) n = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--seed" && i + 1 < argc) seed = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--baseline") baseline = true;
  }
  bench::GeneratorOptions g;
  g.recommendations = n;
  g.seed = seed;
  auto ix = SearchIndex::build(std::make_shared<Corpus>(bench::generate_corpus(g)));

  auto t0 = Clock::now();
  SimilarityModel model(*ix);
  const double model_ms = ms_since(t0);

  t0 = Clock::now();
  const auto lessons = recurring_lessons(*ix, model);
  const double recurring_ms = ms_since(t0);

  t0 = Clock::now();
  const auto bodies = national_recommendations(model);
  const double national_ms = ms_since(t0);
  std::size_t national_count = 0;
  for (const auto& b : bodies) national_count += b.recommendation_count;

  std::vector<double> similar_ms;
  bench::Rng rng(seed + 7);
  for (int k = 0; k < 200; ++k) {
    const auto doc = static_cast<std::uint32_t>(rng.below(model.size()));
    t0 = Clock::now();
    (void)model.similar(doc, 8, 0.3f);
    similar_ms.push_back(ms_since(t0));
  }
  double baseline_ms = -1;
  std::size_t baseline_lessons = 0;
  if (baseline && n <= 25000) {
    t0 = Clock::now();
    baseline_lessons = baseline_groups(*ix, model, 0.5f, 3);
    baseline_ms = ms_since(t0);
  }
  std::printf("{\"lessons\":true,\"target\":\"%s\",\"recommendations\":%zu,\"model_ms\":%.1f,\"recurring_ms\":%.1f,"
              "\"lesson_count\":%zu,\"similar_p50_ms\":%.3f,\"similar_p95_ms\":%.3f,\"baseline_recurring_ms\":%.1f,"
              "\"baseline_lesson_count\":%zu,\"national_ms\":%.1f,\"national_recommendations\":%zu,\"model_mib\":%.1f,"
              "\"peak_mib\":%.1f}\n",
#ifdef __EMSCRIPTEN__
              "wasm",
#else
              "native",
#endif
              n, model_ms, recurring_ms, lessons.size(), bench::percentile(similar_ms, 0.5),
              bench::percentile(similar_ms, 0.95), baseline_ms, baseline_lessons, national_ms, national_count,
              static_cast<double>(model.memory_bytes()) / (1024.0 * 1024.0), bench::process_memory_mib("VmHWM:"));
  return 0;
}
