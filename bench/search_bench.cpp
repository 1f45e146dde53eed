// search_bench: the native (and, compiled with emcc, the wasm) figures for one corpus size, as one JSON line.
//
//   search_bench --recommendations N [--queries N] [--seed S] [--corpus-out FILE] [--queries-out FILE]
//
// Generates the corpus (bench/generator), builds the index, saves it (size on disk), runs the fixed query set
// (latency percentiles, first with facets off, then the facet recount alone), and reports peak memory. The
// corpus and queries can be written out as JSON so that the JavaScript engines index exactly the same text.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corpus_generator.h"
#include "search/index_file.h"
#include "search/search.h"

using namespace dhrv;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// Peak resident memory in MiB (Linux: VmHWM); 0 where the platform does not say (wasm reports heap size).
double peak_rss_mib() {
#ifdef __EMSCRIPTEN__
  return 0;
#else
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
  return 0;
#endif
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
  return v[i];
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t n = 10000, query_count = 200;
  std::uint64_t seed = 1;
  std::string corpus_out, queries_out;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i], v = argv[i + 1];
    if (a == "--recommendations") n = std::strtoul(v.c_str(), nullptr, 10);
    else if (a == "--queries") query_count = std::strtoul(v.c_str(), nullptr, 10);
    else if (a == "--seed") seed = std::strtoull(v.c_str(), nullptr, 10);
    else if (a == "--corpus-out") corpus_out = v;
    else if (a == "--queries-out") queries_out = v;
  }
  bench::GeneratorOptions g;
  g.recommendations = n;
  g.seed = seed;
  auto t0 = Clock::now();
  auto corpus = std::make_shared<Corpus>(bench::generate_corpus(g));
  const double generate_ms = ms_since(t0);
  const auto queries = bench::generate_queries(*corpus, query_count, seed + 1000);

  if (!corpus_out.empty()) {
    // One document per recommendation: id, text, addressee (what every engine indexes).
    std::ofstream out(corpus_out, std::ios::binary);
    nlohmann::json docs = nlohmann::json::array();
    std::size_t id = 0;
    for (const auto& r : corpus->reviews)
      for (const auto& rec : r.recommendations) docs.push_back({{"id", id++}, {"text", rec.text}, {"addressee", rec.addressed_to}});
    out << docs.dump();
  }
  if (!queries_out.empty()) {
    std::ofstream out(queries_out, std::ios::binary);
    out << nlohmann::json(queries).dump();
  }
  const double rss_before_index = peak_rss_mib();

  t0 = Clock::now();
  auto index = SearchIndex::build(corpus);
  const double build_ms = ms_since(t0);
  const double rss_after_index = peak_rss_mib();

  t0 = Clock::now();
  const std::string file = IndexFile::save(*index);
  const double save_ms = ms_since(t0);
  t0 = Clock::now();
  std::string error;
  auto loaded = IndexFile::load(file, "bench", error);
  const double load_ms = ms_since(t0);
  if (!loaded) {
    std::fprintf(stderr, "search_bench: %s\n", error.c_str());
    return 1;
  }
  loaded.reset();

  std::vector<Query> parsed;
  for (const auto& q : queries) parsed.push_back(parse_query(q));
  // Warm-up pass, then timed passes: ranked recommendations only (what the peers do), then with facets and reviews
  // (what the viewer does on every keystroke).
  std::size_t total_hits = 0;
  for (const auto& q : parsed) total_hits += search(*index, q, {}, {SortOrder::relevance, false, false}).recommendations.size();
  std::vector<double> plain, full;
  for (int pass = 0; pass < 3; ++pass) {
    for (const auto& q : parsed) {
      auto t = Clock::now();
      auto r = search(*index, q, {}, {SortOrder::relevance, false, false});
      plain.push_back(ms_since(t));
      t = Clock::now();
      auto f = search(*index, q, {}, {SortOrder::relevance, true, true});
      full.push_back(ms_since(t));
    }
  }
  // The facet recount over everything (the empty query: the worst case for counting).
  std::vector<double> facets;
  for (int i = 0; i < 5; ++i) {
    auto t = Clock::now();
    auto r = search(*index, parse_query(""), {}, {SortOrder::natural, true, true});
    facets.push_back(ms_since(t));
  }

  nlohmann::ordered_json j;
  j["engine"] = "dhrv";
#ifdef __EMSCRIPTEN__
  j["platform"] = "wasm";
#else
  j["platform"] = "native";
#endif
  j["recommendations"] = index->recommendation_count();
  j["reviews"] = index->review_count();
  j["queries"] = parsed.size();
  j["hits_total"] = total_hits;
  j["generate_ms"] = generate_ms;
  j["build_ms"] = build_ms;
  j["index_bytes"] = file.size();
  j["index_memory_mib"] = static_cast<double>(index->memory_bytes()) / (1024.0 * 1024.0);
  j["save_ms"] = save_ms;
  j["load_ms"] = load_ms;
  j["rss_corpus_mib"] = rss_before_index;
  j["rss_peak_mib"] = std::max(rss_after_index, peak_rss_mib());
  j["query_p50_ms"] = percentile(plain, 0.5);
  j["query_p95_ms"] = percentile(plain, 0.95);
  j["query_p99_ms"] = percentile(plain, 0.99);
  j["full_p50_ms"] = percentile(full, 0.5);
  j["full_p95_ms"] = percentile(full, 0.95);
  j["facet_recount_ms"] = percentile(facets, 0.5);
  std::printf("%s\n", j.dump().c_str());
  return 0;
}
