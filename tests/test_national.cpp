// The National recommendations view (core/search/national_recommendations.h): which recommendations are national,
// the body each is for, similar ones grouped across reviews, recurring first, and how many recorded as completed.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "helpers.h"
#include "pipeline/load.h"
#include "search/national_recommendations.h"

using namespace dhrv;

namespace {

struct Loaded {
  std::shared_ptr<const SearchIndex> index;
  std::unique_ptr<SimilarityModel> model;
};

Loaded load(const std::vector<InputFile>& files) {
  Loaded l;
  l.index = SearchIndex::build(std::make_shared<Corpus>(build_corpus(files)));
  l.model = std::make_unique<SimilarityModel>(*l.index);
  return l;
}

const NationalBody* body(const std::vector<NationalBody>& bodies, std::string_view name) {
  auto it = std::find_if(bodies.begin(), bodies.end(), [&](const NationalBody& b) { return b.name == name; });
  return it == bodies.end() ? nullptr : &*it;
}

std::set<std::string> refs(const SearchIndex& ix, const NationalLesson& l) {
  std::set<std::string> out;
  for (std::uint32_t d : l.recommendations) out.insert(ix.review_of(d).id + ":" + ix.recommendation(d).label);
  return out;
}

}  // namespace

TEST_CASE("national: grouped by body, the same lesson from two reviews together and first, completions counted") {
  const Loaded l = load({{"nottingham.txt", seed_page()},
                         {"wyreham.txt", fixture("national/wyreham-2020-summary-page.txt")},
                         {"wyreham-2020.actions.csv", fixture("national/wyreham-2020.actions.csv")}});
  const SearchIndex& ix = *l.index;
  const std::vector<NationalBody> bodies = national_recommendations(*l.model);

  const NationalBody* home_office = body(bodies, "Home Office");
  REQUIRE(home_office);
  CHECK(home_office == &bodies.front());  // the most recommendations
  CHECK(home_office->recommendation_count == 3);
  CHECK(home_office->review_count == 2);
  REQUIRE(home_office->lessons.size() == 2);
  // The disclosure scheme lesson, made by both reviews in other words, comes first.
  const NationalLesson& dvds = home_office->lessons[0];
  CHECK(dvds.review_count == 2);
  CHECK(refs(ix, dvds) == std::set<std::string>{"nottingham-2018:12.1", "wyreham-2020:1"});
  CHECK(dvds.completed() == 1);  // Wyreham's tracker: "Letter sent June 2023"
  CHECK(dvds.status[static_cast<std::size_t>(Status::not_stated)] == 1);  // Nottingham has no action plan
  CHECK(dvds.first_year == 2018);
  CHECK(dvds.last_year == 2020);
  CHECK(home_office->lessons[1].review_count == 1);
  CHECK(refs(ix, home_office->lessons[1]) == std::set<std::string>{"wyreham-2020:3"});

  const NationalBody* nhs = body(bodies, "NHS England");
  REQUIRE(nhs);
  CHECK(nhs->recommendation_count == 1);

  // Made national by its action plan only: the body comes from the recommendation's text, or is not named.
  const NationalBody* dfe = body(bodies, "Department for Education");
  REQUIRE(dfe);
  CHECK(refs(ix, dfe->lessons.at(0)) == std::set<std::string>{"wyreham-2020:5"});
  const NationalBody* unnamed = body(bodies, kBodyNotNamed);
  REQUIRE(unnamed);
  CHECK(unnamed == &bodies.back());  // always last
  CHECK(refs(ix, unnamed->lessons.at(0)) == std::set<std::string>{"wyreham-2020:6"});

  // Local recommendations are not listed.
  for (const NationalBody& b : bodies)
    for (const NationalLesson& lesson : b.lessons) CHECK(refs(ix, lesson).count("wyreham-2020:4") == 0);
}

TEST_CASE("national: a stricter threshold keeps paraphrases apart; nothing national gives an empty list") {
  const Loaded l = load({{"nottingham.txt", seed_page()},
                         {"wyreham.txt", fixture("national/wyreham-2020-summary-page.txt")}});
  const auto strict = national_recommendations(*l.model, 0.95f);
  const NationalBody* home_office = body(strict, "Home Office");
  REQUIRE(home_office);
  CHECK(home_office->lessons.size() == 3);
  for (const NationalLesson& lesson : home_office->lessons) CHECK(lesson.review_count == 1);

  const Loaded local = load({{"local.txt",
                              "CSP: Wyreham\nYear of death: 2020\n| # | Recommendation | Addressed to |\n|---|---|---|\n"
                              "| 1 | Review the housing allocation policy. | Wyreham Council |\n"}});
  CHECK(national_recommendations(*local.model).empty());
}

TEST_CASE("national: the body a recommendation is for") {
  Review r;
  Recommendation rec;
  rec.id = rec.label = "1";
  rec.text = "Write to the Ministry of Justice about probation records.";
  rec.addressed_to = "Wyreham CSP";
  r.recommendations.push_back(rec);
  CHECK(national_body_of(r, r.recommendations[0]).empty());  // local: no national addressee, no action says so
  Action a;
  a.recommendation = "1";
  a.lead = "NPCC";
  a.scope = Scope::national;
  r.actions.push_back(a);
  CHECK(national_body_of(r, r.recommendations[0]) == "National Police Chiefs' Council");  // the lead, before the text
  r.actions[0].lead = "Wyreham CSP";
  CHECK(national_body_of(r, r.recommendations[0]) == "Ministry of Justice");  // then the text
  r.recommendations[0].addressed_to = "NHS England and the CSP";
  CHECK(national_body_of(r, r.recommendations[0]) == "NHS England");  // the addressee first
}
