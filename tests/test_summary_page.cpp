#include <doctest/doctest.h>

#include "helpers.h"
#include "readers/reader.h"

using namespace dhrv;

namespace {
const Recommendation& rec(const Review& r, const std::string& label) {
  for (const auto& x : r.recommendations)
    if (x.label == label) return x;
  FAIL("no recommendation " << label);
  return r.recommendations.front();
}
bool has_code(const ReadResult& r, const std::string& code, int line = -1) {
  for (const auto& d : r.diagnostics)
    if (d.code == code && (line < 0 || d.line == line)) return true;
  return false;
}
}  // namespace

TEST_CASE("the seed page: 1 review, Nottingham, 2022-12, 2018, 22 recommendations") {
  auto r = read_summary_page("seed.txt", seed_page());
  CHECK(r.diagnostics.empty());
  REQUIRE(r.pages.size() == 1);
  const Review& v = r.pages[0];
  CHECK(v.title == "Nottingham review");
  CHECK(v.csp == "Nottingham");
  CHECK(format_year_month(v.published) == "2022-12");
  CHECK(v.death.year == 2018);
  CHECK(v.death.month == 0);
  CHECK(v.recommendations.size() == 22);
  CHECK(v.summary.rfind("The review highlights challenges", 0) == 0);
  // Texts byte-identical to the page, curly quotes kept.
  const std::string page = seed_page();
  for (const auto& x : v.recommendations) {
    INFO(x.label);
    CHECK(page.find("| " + x.label + " | " + x.text + " | " + x.addressed_to + " |") != std::string::npos);
  }
  CHECK(rec(v, "11.1").text.find("\xE2\x80\x9Cone strike and you\xE2\x80\x99re out\xE2\x80\x9D") != std::string::npos);
  CHECK(rec(v, "10.2a").source.line == 16);
}

TEST_CASE("CRLF line endings and a BOM give identical records") {
  auto a = read_summary_page("seed.txt", seed_page());
  auto b = read_summary_page("seed.txt", to_crlf_with_bom(seed_page()));
  REQUIRE(a.pages.size() == 1);
  REQUIRE(b.pages.size() == 1);
  CHECK(a.pages[0] == b.pages[0]);
  CHECK(b.diagnostics.empty());
}

TEST_CASE("escaped pipes, empty cells, extra spaces, Welsh names, 1 rec") {
  const std::string page =
      "Adolygiad Ynys Môn\n"
      "CSP:   Ynys Môn  \n"
      "Published: March 2021\n"
      "Year of death: 2019\n"
      "Extracted: 1 rec\n"
      "Summary\n"
      "Gwasanaethau ‘cyhoeddus’.\n"
      "| # | Recommendation | Addressed to |\n"
      "|---|---|---|\n"
      "|   R1   |  Use the A \\| B form  |    |\n";
  auto r = read_summary_page("cy.txt", page);
  REQUIRE(r.pages.size() == 1);
  const Review& v = r.pages[0];
  CHECK(v.csp == "Ynys Môn");
  CHECK(v.id == "ynys-mon-2019");
  REQUIRE(v.recommendations.size() == 1);
  CHECK(v.recommendations[0].label == "R1");
  CHECK(v.recommendations[0].text == "Use the A | B form");
  CHECK(v.recommendations[0].addressed_to == "");
  CHECK(r.diagnostics.empty());
}

TEST_CASE("a count that disagrees with the rows is a warning naming both numbers and the line") {
  std::string page = seed_page();
  page.replace(page.find("Extracted: 22 recs"), 18, "Extracted: 23 recs");
  auto r = read_summary_page("seed.txt", page);
  REQUIRE(r.pages.size() == 1);
  CHECK(r.pages[0].recommendations.size() == 22);
  REQUIRE(r.diagnostics.size() == 1);
  const auto& d = r.diagnostics[0];
  CHECK(d.severity == Severity::warning);
  CHECK(d.line == 7);
  CHECK(d.message.find("23") != std::string::npos);
  CHECK(d.message.find("22") != std::string::npos);
}

TEST_CASE("rows with the wrong number of cells are kept and reported with their line") {
  std::string page = seed_page();
  // Line 17 (10.3a): drop the addressee cell; line 18 (10.3b): an unescaped pipe in the text.
  const std::string cut = " | Nottingham City Adult Social Care |\n| 10.3b";
  page.replace(page.find(cut), cut.size() - 8, " |");
  page.replace(page.find("seek out alternative"), 8, "seek | out");
  auto r = read_summary_page("seed.txt", page);
  REQUIRE(r.pages.size() == 1);
  CHECK(r.pages[0].recommendations.size() == 22);
  CHECK(has_code(r, "table.cells", 17));
  CHECK(has_code(r, "table.cells", 18));
  CHECK(rec(r.pages[0], "10.3a").addressed_to.empty());
  CHECK(rec(r.pages[0], "10.3a").text.rfind("Adult Duty Workers", 0) == 0);
  CHECK(rec(r.pages[0], "10.3b").text.find("seek | out alternative") != std::string::npos);
  CHECK(rec(r.pages[0], "10.3b").addressed_to == "Nottingham City Adult Social Care");
}

TEST_CASE("a bad date is an error on its line; the rest still loads") {
  std::string page = seed_page();
  page.replace(page.find("Published: December 2022"), 24, "Published: Decembr 20x2");
  auto r = read_summary_page("seed.txt", page);
  REQUIRE(r.pages.size() == 1);
  CHECK(has_code(r, "meta.date", 5));
  CHECK_FALSE(r.pages[0].published.known());
  CHECK(r.pages[0].recommendations.size() == 22);
}
