#include <doctest/doctest.h>

#include "pipeline/load.h"
#include "helpers.h"

using namespace dhrv;

namespace {
Corpus dhrd() {
  return build_corpus({{"incidents.csv", sample("dhrd/incidents.csv")},
                       {"victims.csv", sample("dhrd/victims.csv")},
                       {"perpetrators.csv", sample("dhrd/perpetrators.csv")}});
}
}  // namespace

TEST_CASE("DHRD: 647 incidents with victims and perpetrators attached") {
  Corpus c = dhrd();
  CHECK(c.diagnostics.empty());
  CHECK(c.incidents == 647);
  REQUIRE(c.reviews.size() == 647);
  std::size_t victims = 0, perps = 0, multi = 0;
  for (const auto& r : c.reviews) {
    REQUIRE(r.incident);
    victims += r.incident->victims.size();
    perps += r.incident->perpetrators.size();
    CHECK(r.incident->perpetrators.size() == 1);
    if (r.incident->incident.flag("multiple_victims") == Tri::yes) {
      ++multi;
      CHECK(r.incident->victims.empty());  // DHRD has no victim rows for multiple-victim incidents
    }
  }
  CHECK(victims == 619);
  CHECK(perps == 647);
  CHECK(multi == 28);
}

TEST_CASE("DHRD fields: dates, quoted commas, empty cells, three-state flags") {
  Corpus c = dhrd();
  const Review* first = nullptr;
  const Review* inc7 = nullptr;
  const Review* inc477 = nullptr;
  for (const auto& r : c.reviews) {
    if (r.incident->incident.id == "INC-0001") first = &r;
    if (r.incident->incident.id == "INC-0007") inc7 = &r;
    if (r.incident->incident.id == "INC-0477") inc477 = &r;
  }
  REQUIRE(first);
  CHECK(first->csp == "Lincoln");
  CHECK(first->region == "East Midlands");
  CHECK(first->death == YearMonth{2018, 9});
  CHECK(first->incident->incident.flag("coercive_control") == Tri::yes);
  CHECK(first->incident->incident.flag("economic_abuse") == Tri::no);
  CHECK(first->incident->incident.flag("no_such_flag") == Tri::unknown);
  CHECK(first->title.find("Lincoln") != std::string::npos);
  REQUIRE(inc7);
  CHECK(*inc7->incident->incident.field("cause_of_death") == "suffocation, asphyxiation or smothering");
  REQUIRE(inc477);
  CHECK(inc477->incident->incident.field("cause_of_death")->empty());
  // Bare-year dates.
  std::size_t year_only = 0;
  for (const auto& r : c.reviews) year_only += r.death.known() && r.death.month == 0;
  CHECK(year_only == 50);
  // "Unknown" stays a category in victims (not a flag), and flags stay three-state.
  const FactRow& v = first->incident->victims.at(0);
  CHECK(v.field("age_at_death") != nullptr);
  CHECK(v.flag("victim_vuln_alcohol") != Tri::unknown);
}

TEST_CASE("DHRD CSV quirks: CRLF, BOM, quoted newlines, unknown flags") {
  const std::string csv =
      "\xEF\xBB\xBFincident_id,csp,region,death_date,cause_of_death,stalking\r\n"
      "INC-1,Kent,South East,May 2019,\"line one\r\nline two, with comma\",True\r\n"
      "INC-2,Kent,South East,2020,\"say \"\"hi\"\"\",\r\n"
      "INC-3,Kent,South East,Jun 2021,knife,Unknown\r\n";
  Corpus c = build_corpus({{"x.csv", csv}});
  CHECK(c.diagnostics.empty());
  REQUIRE(c.reviews.size() == 3);
  CHECK(*c.reviews[0].incident->incident.field("cause_of_death") == "line one\r\nline two, with comma");
  CHECK(c.reviews[0].incident->incident.flag("stalking") == Tri::yes);
  CHECK(*c.reviews[1].incident->incident.field("cause_of_death") == "say \"hi\"");
  CHECK(c.reviews[1].incident->incident.flag("stalking") == Tri::unknown);
  CHECK(c.reviews[2].incident->incident.flag("stalking") == Tri::unknown);
  CHECK(c.reviews[2].death == YearMonth{2021, 6});
  CHECK(c.reviews[2].incident->incident.source.line == 5);  // the quoted newline moved it down a line
}

TEST_CASE("DHRD documents.csv attaches the report link and upload date to its incident") {
  const std::string incidents = "incident_id,csp,region,death_date\nINC-0001,Lincoln,East Midlands,September 2018\n";
  const std::string documents =
      "document_id,incident_id,title,download_id,upload_date,report_url\n"
      "DOC-0001,INC-0001,Susan - Lincoln - 2018/a - DHR,699496a0c7f5132b09d6c679,02-2026,"
      "https://homicide-review.homeoffice.gov.uk/download/699496a0c7f5132b09d6c679\n"
      "DOC-0002,INC-0999,x,y,01-2026,https://example.invalid/\n";
  Corpus c = build_corpus({{"incidents.csv", incidents}, {"documents.csv", documents}});
  REQUIRE(c.reviews.size() == 1);
  const Review& r = c.reviews[0];
  REQUIRE(r.links.size() == 1);
  CHECK(r.links[0].url == "https://homicide-review.homeoffice.gov.uk/download/699496a0c7f5132b09d6c679");
  CHECK(r.published == YearMonth{2026, 2});
  CHECK(r.title.find("Susan") == std::string::npos);  // the document title's pseudonym is not used
  REQUIRE(c.diagnostics.size() == 1);                  // DOC-0002 points at an incident that is not loaded
  CHECK(c.diagnostics[0].code == "dhrd.orphan");
  CHECK(c.diagnostics[0].line == 3);
}
