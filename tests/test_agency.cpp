#include <doctest/doctest.h>

#include "agency.h"
#include "helpers.h"
#include "pipeline/load.h"
#include "readers/reader.h"

using namespace dhrv;

namespace {
bool has(std::string_view addressee, Agency a) { return AgencyRules::builtin().classify(addressee).has(a); }
}  // namespace

TEST_CASE("every addressee in the seed maps to at least one agency (the corpus tags them, not the reader)") {
  auto r = read_summary_page("seed", seed_page());
  REQUIRE(r.pages.size() == 1);
  for (const auto& rec : r.pages[0].recommendations) CHECK(rec.agencies.empty());
  const Corpus c = build_corpus({{"seed", seed_page()}});
  REQUIRE(c.reviews.size() == 1);
  for (const auto& rec : c.reviews[0].recommendations) {
    INFO(rec.label << " addressed to " << rec.addressed_to);
    CHECK_FALSE(rec.agencies.empty());
  }
}

TEST_CASE("agency normalisation") {
  CHECK(has("Greater Nottingham Clinical Commissioning Partnership", Agency::health_services));
  CHECK_FALSE(has("Greater Nottingham Clinical Commissioning Partnership", Agency::csp));  // longer phrase wins
  CHECK(has("Commissioning agencies", Agency::csp));
  CHECK(has("Nottingham City Adult Social Care", Agency::social_services));
  CHECK(has("All Agencies", Agency::all_agencies));
  CHECK(has("Home Office", Agency::national));
  CHECK(has("Nottinghamshire Police", Agency::police));
  CHECK(has("National Probation Service", Agency::probation));
  CHECK(has("Framework", Agency::housing));
  CHECK(AgencyRules::builtin().classify("Some Unknown Body").empty());
}

TEST_CASE("rules files report bad lines and keep the rest") {
  std::vector<RuleError> errors;
  auto rules = AgencyRules::parse("police | bobbies\nnot a rule\nmartians | ufo\nhousing | landlord\n", &errors);
  CHECK(errors.size() == 2);
  CHECK(errors[0].line == 2);
  CHECK(rules.classify("the bobbies").has(Agency::police));
  CHECK(rules.classify("a landlord").has(Agency::housing));
}

TEST_CASE("agency names round-trip") {
  for (std::size_t i = 0; i < kAgencyCount; ++i) {
    Agency a{}, b = static_cast<Agency>(i);
    REQUIRE(agency_from_name(agency_name(b), a));
    CHECK(a == b);
  }
}
