// Similar recommendations and recurring lessons.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "corpus_generator.h"
#include "search/search.h"
#include "search/similar.h"

using namespace dhrv;

namespace {

Review review_with(const std::string& csp, int year, std::vector<std::string> texts) {
  Review r;
  r.csp = csp;
  r.id = csp + "-" + std::to_string(year);
  r.death = {year, 1};
  int n = 0;
  for (auto& t : texts) {
    Recommendation rec;
    rec.label = rec.id = std::to_string(++n);
    rec.text = std::move(t);
    r.recommendations.push_back(std::move(rec));
  }
  return r;
}

std::shared_ptr<const SearchIndex> small_index() {
  auto c = std::make_shared<Corpus>();
  c->reviews.push_back(review_with("Leeds", 2015, {"GPs should ask about domestic abuse when patients present with injuries.",
                                                   "Housing should train staff on tenancy sustainment."}));
  c->reviews.push_back(review_with("York", 2017, {"GP practices should routinely ask about domestic abuse when patients present with injuries.",
                                                  "The police should review bail conditions."}));
  c->reviews.push_back(review_with("Hull", 2019, {"General practitioners should ask patients about domestic abuse when they present with injuries.",
                                                  "Schools should teach healthy relationships."}));
  c->reviews.push_back(review_with("Bath", 2020, {"Probation should share risk information with MARAC."}));
  return SearchIndex::build(c);
}

// An index over a generated corpus (bench/generator): the same seed gives the same corpus everywhere.
std::shared_ptr<const SearchIndex> generated_index(std::size_t recommendations, std::uint64_t seed) {
  bench::GeneratorOptions g;
  g.recommendations = recommendations;
  g.seed = seed;
  return SearchIndex::build(std::make_shared<Corpus>(bench::generate_corpus(g)));
}

}  // namespace

TEST_CASE("similar recommendations are found in other reviews, best first") {
  auto ix = small_index();
  SimilarityModel model(*ix);
  const std::uint32_t leeds_gp = ix->find_recommendation("Leeds-2015", "1");
  REQUIRE(leeds_gp != kNoTerm);
  CHECK(model.cosine(leeds_gp, leeds_gp) == doctest::Approx(1.0f));
  const auto hits = model.similar(leeds_gp, 5, 0.2f);
  REQUIRE(hits.size() == 2);
  std::set<std::string> reviews;
  for (const Hit& h : hits) reviews.insert(ix->review_of(h.doc).id);
  CHECK(reviews == std::set<std::string>{"York-2017", "Hull-2019"});
  CHECK(hits[0].score >= hits[1].score);
  CHECK(hits[0].score > 0.5f);
  // Never the same review.
  for (const Hit& h : model.similar(leeds_gp, 10, 0.0f)) CHECK(ix->review_of(h.doc).id != "Leeds-2015");
}

TEST_CASE("recurring lessons: the same advice in three reviews is one lesson") {
  auto ix = small_index();
  SimilarityModel model(*ix);
  RecurringOptions options;
  options.threshold = 0.4f;
  const auto lessons = recurring_lessons(*ix, model, options);
  REQUIRE(lessons.size() == 1);
  CHECK(lessons[0].review_count == 3);
  CHECK(lessons[0].recommendations.size() == 3);
  CHECK(lessons[0].first_year == 2015);
  CHECK(lessons[0].last_year == 2019);
  // The label terms are the representative's strongest stems: in it, and never a word every text has.
  REQUIRE(lessons[0].terms.size() == 4);
  for (const auto& t : lessons[0].terms) {
    CAPTURE(t);
    CHECK(t != "should");
    const auto hits = search(*ix, parse_query(t + "*")).recommendations;
    CHECK(std::any_of(hits.begin(), hits.end(), [&](const Hit& h) { return h.doc == lessons[0].representative; }));
  }
  // Asking for four reviews finds nothing; a strict threshold splits the paraphrases.
  options.min_reviews = 4;
  CHECK(recurring_lessons(*ix, model, options).empty());
  options.min_reviews = 3;
  options.threshold = 0.95f;
  CHECK(recurring_lessons(*ix, model, options).empty());
}

TEST_CASE("recurring lessons on a generated corpus find the planted lessons") {
  const auto ix = generated_index(5000, 3);
  SimilarityModel model(*ix);
  const auto lessons = recurring_lessons(*ix, model);
  CHECK(lessons.size() >= 10);
  for (const auto& l : lessons) {
    CHECK(l.review_count >= 3);
    std::set<std::uint32_t> reviews;
    for (std::uint32_t d : l.recommendations) reviews.insert(ix->ref(d).review);
    CHECK(reviews.size() == l.review_count);
    // Every member is linked to the group by a chain of similar pairs; the representative is close to most.
    std::size_t close = 0;
    for (std::uint32_t d : l.recommendations) close += model.cosine(l.representative, d) >= 0.3f;
    CHECK(close * 2 >= l.recommendations.size());
  }
}

TEST_CASE("similar-to-one gives exactly the best hits that comparing with every recommendation gives") {
  const auto ix = generated_index(3000, 11);
  SimilarityModel model(*ix);
  for (const auto& [limit, threshold] : {std::pair<std::size_t, float>{8, 0.3f}, {1, 0.5f}, {25, 0.2f}, {1000, 0.25f}}) {
    for (std::uint32_t d = 0; d < model.size(); d += 7) {
      std::vector<Hit> all;
      for (std::uint32_t c = 0; c < model.size(); ++c)
        if (ix->ref(c).review != ix->ref(d).review)
          if (const float s = model.cosine(d, c); s >= threshold) all.push_back({c, s});
      std::sort(all.begin(), all.end(), [](const Hit& a, const Hit& b) { return a.score != b.score ? a.score > b.score : a.doc < b.doc; });
      if (all.size() > limit) all.resize(limit);
      const auto hits = model.similar(d, limit, threshold);
      REQUIRE(hits.size() == all.size());
      for (std::size_t i = 0; i < hits.size(); ++i) {
        CHECK(hits[i].doc == all[i].doc);
        CHECK(hits[i].score == all[i].score);
      }
    }
  }
}
