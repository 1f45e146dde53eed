#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "pipeline/load.h"
#include "export.h"
#include "helpers.h"

using namespace dhrv;

namespace {
Corpus everything() {
  return build_corpus({{"seed.txt", seed_page()},
                       {"incidents.csv", sample("dhrd/incidents.csv")},
                       {"victims.csv", sample("dhrd/victims.csv")},
                       {"perpetrators.csv", sample("dhrd/perpetrators.csv")},
                       {"library.html", sample("home-office-library/home_office_library.html")}});
}
}  // namespace

TEST_CASE("export --format json, re-imported, gives identical records (all shared data and the seed)") {
  Corpus a = everything();
  REQUIRE(a.reviews.size() > 640);
  std::string json = export_json(all_reviews(a), a.diagnostics);
  Corpus b = build_corpus({{"export.json", json}});
  CHECK(b.diagnostics.empty());
  REQUIRE(b.reviews.size() == a.reviews.size());
  for (std::size_t i = 0; i < a.reviews.size(); ++i) {
    INFO(a.reviews[i].id);
    CHECK(a.reviews[i] == b.reviews[i]);
  }
  // And a second trip is byte-identical.
  CHECK(export_json(all_reviews(b), a.diagnostics) == json);
}

TEST_CASE("the JSON carries the documented short fields") {
  Corpus a = build_corpus({{"seed.txt", seed_page()}});
  auto j = nlohmann::json::parse(export_json(all_reviews(a), a.diagnostics));
  const auto& r = j["reviews"][0];
  CHECK(r["id"] == "nottingham-2018");
  CHECK(r["csp"] == "Nottingham");
  CHECK(r["published"] == "2022-12");
  CHECK(r["death_year"] == 2018);
  CHECK(r["recommendations"].size() == 22);
  CHECK(r["recommendations"][0]["id"] == "10.2a");
  CHECK(r["recommendations"][0]["agencies"].is_array());
  CHECK(j["diagnostics"].is_array());
}

TEST_CASE("bad JSON gets a line and a reason; wrong types name the field") {
  Corpus a = build_corpus({{"bad.json", "{\"reviews\": [\n  {\"id\": \"x\",\n   \"title\": }\n]}"}});
  REQUIRE(a.diagnostics.size() == 1);
  CHECK(a.diagnostics[0].line == 3);
  CHECK(a.diagnostics[0].code == "json.syntax");
  Corpus b = build_corpus({{"types.json", R"({"reviews":[{"id":"x","title":7,"recommendations":[{"id":"1","text":["no"]}]}]})"}});
  REQUIRE(b.reviews.size() == 1);
  REQUIRE(b.diagnostics.size() == 2);
  CHECK(b.diagnostics[0].message.find("reviews[0].title") != std::string::npos);
  CHECK(b.diagnostics[1].message.find("reviews[0].recommendations[0].text") != std::string::npos);
  Corpus deep = build_corpus({{"deep.json", std::string(100000, '[')}});
  REQUIRE(deep.diagnostics.size() == 1);
  CHECK(deep.diagnostics[0].code == "json.depth");
}
