// search_bench: the native (and, compiled with emcc, the wasm) figures for one corpus size, as one JSON line.
//
//   search_bench --recommendations N [--queries N] [--seed S] [--corpus-out FILE] [--queries-out FILE]
//                [--results-out FILE]   (matching documents of every plain-words query, to compare with peers)
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
#include "measure.h"
#include "search/index_file.h"
#include "search/search.h"
#include "text.h"

using namespace dhrv;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// Queries of plain words only: the common ground with the JavaScript engines.
bool is_plain(const std::string& q) { return q.find_first_of("\"*:-") == std::string::npos && q.find(" OR ") == std::string::npos; }


}  // namespace

int main(int argc, char** argv) {
  std::size_t n = 10000, query_count = 200;
  std::uint64_t seed = 1;
  std::string corpus_out, queries_out, results_out;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i], v = argv[i + 1];
    if (a == "--recommendations") n = std::strtoul(v.c_str(), nullptr, 10);
    else if (a == "--queries") query_count = std::strtoul(v.c_str(), nullptr, 10);
    else if (a == "--seed") seed = std::strtoull(v.c_str(), nullptr, 10);
    else if (a == "--corpus-out") corpus_out = v;
    else if (a == "--queries-out") queries_out = v;
    else if (a == "--results-out") results_out = v;
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
  const double rss_now_before_index = bench::process_memory_mib("VmRSS:");

  t0 = Clock::now();
  auto index = SearchIndex::build(corpus);
  const double build_ms = ms_since(t0);
  const double rss_after_index = bench::process_memory_mib("VmHWM:");

  if (!results_out.empty()) {
    // Plain-words queries (what every peer engine answers the same way): our matching documents, and the
    // documents holding every query word exactly (no stemming), found by scanning: what MiniSearch should return.
    std::vector<std::vector<std::string>> words(index->recommendation_count());
    for (std::uint32_t d = 0; d < index->recommendation_count(); ++d) {
      for (auto& t : tokenize(index->recommendation(d).text)) words[d].push_back(std::move(t.text));
      for (auto& t : tokenize(index->recommendation(d).addressed_to)) words[d].push_back(std::move(t.text));
      std::sort(words[d].begin(), words[d].end());
    }
    nlohmann::json out = nlohmann::json::object();
    for (const auto& q : queries) {
      if (!is_plain(q)) continue;
      std::vector<std::uint32_t> docs, exact;
      for (const Hit& h : search(*index, parse_query(q), {}, {SortOrder::natural, false, false}).recommendations)
        docs.push_back(h.doc);
      const auto terms = tokenize(q);
      for (std::uint32_t d = 0; d < index->recommendation_count(); ++d) {
        bool all = true;
        for (const auto& t : terms) all = all && std::binary_search(words[d].begin(), words[d].end(), t.text);
        if (all) exact.push_back(d);
      }
      out[q] = {{"dhrv", docs}, {"exact", exact}};
    }
    std::ofstream(results_out, std::ios::binary) << out.dump();
  }

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
  std::vector<double> plain, full, plain_words, unranked_words;
  for (int pass = 0; pass < 3; ++pass) {
    for (std::size_t i = 0; i < parsed.size(); ++i) {
      const Query& q = parsed[i];
      auto t = Clock::now();
      auto r = search(*index, q, {}, {SortOrder::relevance, false, false});
      plain.push_back(ms_since(t));
      if (is_plain(queries[i])) {
        plain_words.push_back(plain.back());
        // The same query, matched but not ranked (report order): the work FlexSearch's unscored lists do.
        t = Clock::now();
        auto u = search(*index, q, {}, {SortOrder::natural, false, false});
        unranked_words.push_back(ms_since(t));
      }
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
  j["rss_corpus_mib"] = rss_now_before_index;
  j["rss_peak_index_mib"] = rss_after_index;  // peak up to the end of the index build (corpus + index + build)
  j["rss_peak_mib"] = std::max(rss_after_index, bench::process_memory_mib("VmHWM:"));  // includes saving the index file
  j["query_p50_ms"] = bench::percentile(plain, 0.5);
  j["query_p95_ms"] = bench::percentile(plain, 0.95);
  j["query_p99_ms"] = bench::percentile(plain, 0.99);
  j["plain_queries"] = plain_words.size() / 3;
  j["plain_p50_ms"] = bench::percentile(plain_words, 0.5);
  j["plain_p95_ms"] = bench::percentile(plain_words, 0.95);
  j["plain_p99_ms"] = bench::percentile(plain_words, 0.99);
  j["plain_unranked_p50_ms"] = bench::percentile(unranked_words, 0.5);
  j["plain_unranked_p95_ms"] = bench::percentile(unranked_words, 0.95);
  j["full_p50_ms"] = bench::percentile(full, 0.5);
  j["full_p95_ms"] = bench::percentile(full, 0.95);
  j["facet_recount_ms"] = bench::percentile(facets, 0.5);
  std::printf("%s\n", j.dump().c_str());
  return 0;
}
