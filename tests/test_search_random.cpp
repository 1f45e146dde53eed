// The index against brute force: hundreds of generated queries of every kind, on generated corpora and on the
// real data, must give the same result sets (and the same facet counts) as scanning every document.
#include <doctest/doctest.h>

#include "corpus_generator.h"
#include "helpers.h"
#include "pipeline/load.h"
#include "search/search.h"
#include "search_oracle.h"

using namespace dhrv;

namespace {

std::vector<std::uint32_t> docs(const std::vector<Hit>& hits) {
  std::vector<std::uint32_t> out;
  for (const Hit& h : hits) out.push_back(h.doc);
  std::sort(out.begin(), out.end());
  return out;
}

// A random selection of one or two facet values, drawn from the values present.
FacetSelection random_selection(const SearchIndex& ix, bench::Rng& rng) {
  FacetSelection sel;
  if (rng.chance(0.5)) return sel;
  const std::size_t picks = 1 + rng.below(2);
  for (std::size_t i = 0; i < picks; ++i) {
    const Facet f = kAllFacets[rng.below(kFacetCount)];
    const auto& values = ix.facet_values(f);
    if (!values.empty()) sel.toggle(f, static_cast<std::uint32_t>(rng.below(values.size())));
  }
  return sel;
}

void compare(const SearchIndex& ix, const std::vector<std::string>& queries, std::uint64_t seed,
             std::size_t min_nonempty) {
  bench::Rng rng(seed);
  const oracle::Oracle oracle(ix);
  std::size_t nonempty = 0;
  for (const auto& text : queries) {
    CAPTURE(text);
    const Query q = parse_query(text);
    REQUIRE_MESSAGE(q.ok(), q.error);
    const FacetSelection sel = random_selection(ix, rng);
    const ResultSet r = search(ix, q, sel);
    const auto expected_recs = oracle.recommendations(q, sel);
    const auto expected_reviews = oracle.reviews(q, sel);
    CHECK(docs(r.recommendations) == expected_recs);
    CHECK(docs(r.reviews) == expected_reviews);
    // Ranked: best first, ties in document order.
    for (std::size_t i = 1; i < r.recommendations.size(); ++i) {
      const Hit& a = r.recommendations[i - 1];
      const Hit& b = r.recommendations[i];
      CHECK((a.score > b.score || (a.score == b.score && a.doc < b.doc)));
    }
    if (!expected_recs.empty() || !expected_reviews.empty()) ++nonempty;
    // Facet counts: recount the expected set by brute force.
    for (Facet f : kAllFacets) {
      std::vector<std::uint32_t> counts(ix.facet_values(f).size(), 0);
      for (std::uint32_t d : expected_recs)
        for (std::uint32_t id : ix.recommendation_facets()[static_cast<std::size_t>(f)].of(d)) ++counts[id];
      CHECK(r.recommendation_facets[static_cast<std::size_t>(f)] == counts);
    }
  }
  // The generated queries must exercise matches, not just empty sets.
  CHECK(nonempty >= min_nonempty);
}

// Facet columns say what the model says.
void check_facet_columns(const SearchIndex& ix) {
  const auto& cols = ix.recommendation_facets();
  for (std::uint32_t d = 0; d < ix.recommendation_count(); ++d) {
    const Review& rv = ix.review_of(d);
    auto names = [&](Facet f) {
      std::vector<std::string> out;
      for (std::uint32_t id : cols[static_cast<std::size_t>(f)].of(d)) out.push_back(ix.facet_values(f)[id]);
      return out;
    };
    CHECK(names(Facet::csp) == std::vector<std::string>{rv.csp});
    if (rv.death.known()) CHECK(names(Facet::death_year) == std::vector<std::string>{std::to_string(rv.death.year)});
    CHECK(names(Facet::theme) == ix.recommendation(d).themes);
    CHECK(names(Facet::agency).size() == ix.recommendation(d).agencies.list().size());
  }
}

}  // namespace

TEST_CASE("generated corpus: 600 queries agree with brute force") {
  bench::GeneratorOptions options;
  options.recommendations = 3000;
  options.seed = 7;
  auto ix = SearchIndex::build(std::make_shared<Corpus>(bench::generate_corpus(options)));
  REQUIRE(ix->recommendation_count() == 3000);
  check_facet_columns(*ix);
  compare(*ix, bench::generate_queries(ix->corpus(), 600, 11), 3, 300);
}

TEST_CASE("DHRD, library page and seed together: queries agree with brute force") {
  auto ix = SearchIndex::build(std::make_shared<Corpus>(sample_corpus()));
  check_facet_columns(*ix);
  std::vector<std::string> queries = bench::generate_queries(ix->corpus(), 200, 5);
  // Review-side words from the DHRD and the library cards, and field filters on real values.
  for (const char* q : {"Cardiff", "csp:Cardiff", "region:London", "region:\"East Midlands\" MARAC", "year:2016..2018",
                        "published:2022 agency:police", "theme:training OR theme:policy", "-region:London year:2019",
                        "nottingham", "aggressor OR disengagement", "csp:Newcastle"})
    queries.emplace_back(q);
  // The generated words come from the seed, which is 22 of the sample's recommendations: fewer hits here.
  compare(*ix, queries, 9, 25);
}

TEST_CASE("100k generated recommendations: queries stay correct at scale") {
  bench::GeneratorOptions options;
  options.recommendations = 100000;
  options.seed = 42;
  auto ix = SearchIndex::build(std::make_shared<Corpus>(bench::generate_corpus(options)));
  REQUIRE(ix->recommendation_count() == 100000);
  // Fewer queries here: the brute-force side scans 100k texts per query.
  const oracle::Oracle oracle(*ix);
  auto queries = bench::generate_queries(ix->corpus(), 100, 99);
  for (const auto& text : queries) {
    CAPTURE(text);
    const Query q = parse_query(text);
    REQUIRE(q.ok());
    const ResultSet r = search(*ix, q, {}, {SortOrder::relevance, false, false});
    CHECK(docs(r.recommendations) == oracle.recommendations(q, {}));
  }
}
