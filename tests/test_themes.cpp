#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "pipeline/load.h"
#include "helpers.h"
#include "themes.h"

using namespace dhrv;

namespace {
bool tagged(const Recommendation& r, const std::string& theme) {
  return std::find(r.themes.begin(), r.themes.end(), theme) != r.themes.end();
}
}  // namespace

TEST_CASE("themes on the seed's 22 recommendations") {
  Corpus c = build_corpus({{"seed", seed_page()}});
  REQUIRE(c.reviews.size() == 1);
  std::map<std::string, const Recommendation*> by;
  for (const auto& r : c.reviews[0].recommendations) by[r.label] = &r;
  REQUIRE(by.size() == 22);
  for (const auto& entry : by) {
    INFO(entry.first);
    CHECK_FALSE(entry.second->themes.empty());
  }
  CHECK(tagged(*by["10.4a"], "technology systems"));      // 'Groups and Relationships' Template
  CHECK(tagged(*by["10.4c"], "record keeping"));          // documented in the clinical GP Records
  CHECK(tagged(*by["10.4d"], "technology systems"));      // Risk Marker Flag
  CHECK(tagged(*by["10.5"], "multi-agency working"));     // information shared between services
  CHECK(tagged(*by["11.7"], "training"));
  CHECK(tagged(*by["11.10"], "policy"));                  // Practice Guidance
  CHECK(tagged(*by["11.10"], "multi-agency working"));    // data sharing
  CHECK(tagged(*by["11.4"], "awareness raising"));        // agencies to be reminded
  CHECK(tagged(*by["12.1"], "policy"));                   // DVDS guidance
  CHECK(tagged(*by["11.5"], "identification of risk"));   // greatest risk
}

TEST_CASE("a recommendation that matches no rule is 'other'") {
  CHECK(ThemeRules::builtin().tag("Lorem ipsum dolor sit amet") == std::vector<std::string>{"other"});
}
