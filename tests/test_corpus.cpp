#include <doctest/doctest.h>

#include "corpus.h"
#include "helpers.h"

using namespace dhrv;

TEST_CASE("recommendations are in natural order in the corpus") {
  Corpus c = build_corpus({{"seed.txt", seed_page()}});
  REQUIRE(c.reviews.size() == 1);
  const auto& recs = c.reviews[0].recommendations;
  std::vector<std::string> labels;
  for (const auto& r : recs) labels.push_back(r.label);
  CHECK(labels[10] == "10.5");
  CHECK(labels[11] == "11.1");
  CHECK(labels[12] == "11.2");
  CHECK(labels[19] == "11.9");
  CHECK(labels[20] == "11.10");
  CHECK(labels[21] == "12.1");
}

TEST_CASE("linking: cards to incidents by CSP and death month; ambiguous cases reported, not guessed") {
  Corpus c = build_corpus({{"seed.txt", seed_page()},
                           {"incidents.csv", shared("data/dhrd/incidents.csv")},
                           {"library.html", shared("data/home-office-library/home_office_library.html")}});
  const Review* lincoln = c.find("lincoln-2018-09-inc-0001");
  REQUIRE(lincoln);
  CHECK(lincoln->title == "Lincoln - 2018/a - DHR");
  CHECK(lincoln->published == YearMonth{2026, 2});
  REQUIRE(lincoln->links.size() == 1);
  CHECK(lincoln->links[0].url == "https://homicide-review.homeoffice.gov.uk/download/699496a0c7f5132b09d6c679");
  REQUIRE(lincoln->link_evidence.size() == 1);
  CHECK(lincoln->link_evidence[0].find("INC-0001") != std::string::npos);
  // The seed (Nottingham, death 2018, no month) could be INC-0229 or INC-0584: reported, not linked.
  const Review* seed = c.find("nottingham-2018");
  REQUIRE(seed);
  CHECK_FALSE(seed->incident);
  bool ambiguous = false;
  for (const auto& d : c.diagnostics)
    ambiguous |= d.code == "link.ambiguous" && d.message.find("INC-0229") != std::string::npos &&
                 d.message.find("INC-0584") != std::string::npos;
  CHECK(ambiguous);
  CHECK(seed->region == "East Midlands");  // taken from DHRD's CSP list, and said so
  CHECK(seed->link_evidence.size() == 1);
}

TEST_CASE("an unambiguous summary page merges with its DHRD incident") {
  std::string page = seed_page();
  page.replace(page.find("CSP: Nottingham"), 15, "CSP: Lincoln");
  page.replace(page.find("Year of death: 2018"), 19, "Date of death: September 2018");
  page.replace(page.find("Published: December 2022"), 24, "Published: February 2026");
  Corpus c = build_corpus({{"page.txt", page},
                           {"incidents.csv", shared("data/dhrd/incidents.csv")},
                           {"library.html", shared("data/home-office-library/home_office_library.html")}});
  const Review* r = c.find("lincoln-2018-09");
  REQUIRE(r);
  REQUIRE(r->incident);
  CHECK(r->incident->incident.id == "INC-0001");
  CHECK(r->recommendations.size() == 22);
  CHECK(r->link_evidence.size() == 2);
}

TEST_CASE("the sample corpus compiled into the programs") {
  const Corpus& c = sample_corpus();
  CHECK(c.incidents == 647);
  CHECK(c.recommendation_count() == 22);
  CHECK(c.find("nottingham-2018"));
  for (const auto& f : c.files) CHECK(f.errors == 0);
}

TEST_CASE("unknown files are skipped and said so; duplicate ids are renamed and said so") {
  Corpus c = build_corpus({{"readme.md", "# hello\n"}, {"a.txt", seed_page()}, {"b.txt", seed_page()}, {"empty", ""}});
  REQUIRE(c.files.size() == 4);
  CHECK(c.files[0].skipped);
  CHECK(c.files[3].skipped);
  CHECK(c.files[3].skip_reason == "empty file");
  REQUIRE(c.reviews.size() == 2);
  CHECK(c.reviews[1].id == "nottingham-2018-2");
  bool said = false;
  for (const auto& d : c.diagnostics) said |= d.code == "review.duplicate_id";
  CHECK(said);
}
