#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "pipeline/load.h"
#include "csv_table.h"
#include "export.h"
#include "helpers.h"

using namespace dhrv;

TEST_CASE("CSV export: one row per recommendation, formula cells neutralised, parses back") {
  std::string page = seed_page();
  const std::string addressee = "| Nottingham Recovery Network |";
  page.replace(page.find(addressee), addressee.size(), "| =HYPERLINK(\"http://x\") |");
  Corpus c = build_corpus({{"seed.txt", page}});
  std::string csv = export_csv(all_reviews(c));
  Diagnostics diag("export.csv");
  auto rows = parse_csv(csv, diag);
  CHECK(diag.list().empty());
  REQUIRE(rows.size() == 23);
  CHECK(rows[0].cells[0] == "review_id");
  CHECK(rows[1].cells[7] == "10.2a");
  CHECK(rows[1].cells[9] == "'=HYPERLINK(\"http://x\")");
  CHECK(rows[4].cells[8].find("\xE2\x80\x98Groups and Relationships\xE2\x80\x99") != std::string::npos);
}

TEST_CASE("neutralise_formula") {
  CHECK(neutralise_formula("=1+1") == "'=1+1");
  CHECK(neutralise_formula("+44") == "'+44");
  CHECK(neutralise_formula("-x") == "'-x");
  CHECK(neutralise_formula("@SUM") == "'@SUM");
  CHECK(neutralise_formula("\tx") == "'\tx");
  CHECK(neutralise_formula("\rx") == "'\rx");
  CHECK(neutralise_formula("plain") == "plain");
}

TEST_CASE("stats") {
  auto j = nlohmann::json::parse(stats_json(sample_corpus()));
  CHECK(j["incidents"] == 647);
  CHECK(j["recommendations"] == 22);
  CHECK(j["by_region"]["East Midlands"].get<int>() >= 52);
  CHECK(j["by_agency"]["all agencies"].get<int>() >= 5);
}
