#include <doctest/doctest.h>

#include <algorithm>

#include "helpers.h"
#include "readers/reader.h"

using namespace dhrv;

namespace {
const Vocabulary* vocab(const ReadResult& r, std::string_view name) {
  for (const auto& v : r.vocabularies)
    if (v.name == name) return &v;
  return nullptr;
}
}  // namespace

TEST_CASE("the saved library page gives its 50 result cards, without pseudonyms") {
  auto r = read_library_html("library.html", sample("home-office-library/home_office_library.html"));
  CHECK(r.diagnostics.empty());
  REQUIRE(r.cards.size() == 50);
  const LibraryCard& c = r.cards[0];
  CHECK(c.title == "Lincoln - 2018/a - DHR");
  CHECK(c.title.find("Susan") == std::string::npos);
  CHECK(c.csp == "Lincoln");
  CHECK(c.region == "East Midlands");
  CHECK(c.uploaded == YearMonth{2026, 2});
  CHECK(c.death == YearMonth{2018, 9});
  CHECK(c.download_id == "699496a0c7f5132b09d6c679");
  CHECK(c.source.line == 7143);
  for (const auto& card : r.cards) CHECK(card.title.find(" - DHR") != std::string::npos);
  // "Elizabeth &amp; Ash": the decoded name must not survive in any title.
  for (const auto& card : r.cards) CHECK(card.title.find('&') == std::string::npos);
}

TEST_CASE("library cards agree with the derived table of the same page (../shared)") {
  NEEDS_SHARED();
  auto r = read_library_html("library.html", sample("home-office-library/home_office_library.html"));
  const std::string derived = shared("data/home-office-library/derived_page1_results.csv");
  REQUIRE(r.cards.size() == 50);
  for (const auto& card : r.cards) {
    INFO(card.title);
    CHECK(derived.find("," + card.download_id + ",") != std::string::npos);
  }
}

TEST_CASE("the page's filter vocabularies become canonical lists") {
  auto r = read_library_html("library.html", sample("home-office-library/home_office_library.html"));
  const Vocabulary* themes = vocab(r, "Keywords");
  REQUIRE(themes);
  CHECK(themes->values.size() == 120);
  CHECK(std::find(themes->values.begin(), themes->values.end(), "Victim - died by suicide") != themes->values.end());
  const Vocabulary* csps = vocab(r, "Basic Case Details.Name of Community Safety Partnership");
  REQUIRE(csps);
  CHECK(csps->values.size() == 346);
  const Vocabulary* rel = nullptr;
  for (const auto& v : r.vocabularies)
    if (v.name.find("Victim to perpetrator relationship") != std::string::npos) rel = &v;
  REQUIRE(rel);
  CHECK(rel->values.size() >= 18);
  const Vocabulary* method = vocab(r, "Victim-Specific Information.Victims.Crime details and MARAC.Cause of death.Method of killing");
  REQUIRE(method);
  CHECK(method->values.size() == 19);
}

TEST_CASE("a truncated library page keeps what it read and says so") {
  std::string page = sample("home-office-library/home_office_library.html");
  page.resize(page.find("<section aria-label=\"DHR result Bobo") + 600);
  auto r = read_library_html("cut.html", page);
  CHECK(r.cards.size() == 2);
  bool reported = false;
  for (const auto& d : r.diagnostics) reported |= d.code == "library.truncated";
  CHECK(reported);
}
