// The query language: what each form means, and clear messages for what cannot be read.
#include <doctest/doctest.h>

#include "search/query.h"

using namespace dhrv;

TEST_CASE("words, phrases, prefixes, exclusions and OR") {
  CHECK(describe(parse_query("MARAC")) == "+(marac)");
  CHECK(describe(parse_query("  Discharging   GP ")) == "+(discharging) +(gp)");
  CHECK(describe(parse_query("\"mutual allegations\"")) == "+(\"mutual allegations\")");
  CHECK(describe(parse_query("\xE2\x80\x9Cmutual allegations\xE2\x80\x9D")) == "+(\"mutual allegations\")");
  CHECK(describe(parse_query("volunt*")) == "+(volunt*)");
  CHECK(describe(parse_query("MARAC -training")) == "+(marac) -(training)");
  CHECK(describe(parse_query("MARAC OR IDVA OR DART")) == "+(marac | idva | dart)");
  CHECK(describe(parse_query("multi-agency")) == "+(\"multi agency\")");
  CHECK(describe(parse_query("Môn")) == "+(mon)");
  Query q = parse_query("Discharging");
  REQUIRE(q.clauses.size() == 1);
  CHECK(q.clauses[0].any_of[0].stems == std::vector<std::string>{"discharg"});
  CHECK(q.has_positive_text());
  CHECK(parse_query("").empty());
  CHECK(parse_query("  ,  ").empty());
  CHECK(parse_query("or").ok());  // lower-case "or" is a word
}

TEST_CASE("fields") {
  CHECK(describe(parse_query("csp:Nottingham")) == "+(csp:nottingham)");
  CHECK(describe(parse_query("csp:\"Newcastle upon Tyne\"")) == "+(csp:\"newcastle upon tyne\")");
  CHECK(describe(parse_query("agency:\"health services\" theme:training")) ==
        "+(agency:\"health services\") +(theme:training)");
  CHECK(describe(parse_query("addressed:GP")) == "+(addressed:gp)");
  CHECK(describe(parse_query("year:2018")) == "+(year:2018)");
  CHECK(describe(parse_query("year:2016..2019")) == "+(year:2016..2019)");
  CHECK(describe(parse_query("year:..2016 published:2020..")) == "+(year:..2016) +(published:2020..)");
  CHECK(describe(parse_query("-csp:Leeds")) == "-(csp:leeds)");
  CHECK(describe(parse_query("REGION:London")) == "+(region:london)");
  Query q = parse_query("year:2016..2019");
  CHECK(q.clauses[0].any_of[0].year_from == 2016);
  CHECK(q.clauses[0].any_of[0].year_to == 2019);
  CHECK_FALSE(q.has_positive_text());
}

TEST_CASE("malformed queries give a clear message and a position, never a crash") {
  struct Case {
    const char* query;
    const char* says;
    std::size_t at;
  };
  const Case cases[] = {
      {"\"", "never closed", 0},
      {"MARAC \"mutual", "never closed", 6},
      {"year:abc", "expects a year", 0},
      {"year:20188", "expects a year", 0},
      {"year:2019..2016", "runs backwards", 0},
      {"csp:", "needs a value", 0},
      {"csp:\"\"", "needs a value", 0},
      {"foo:bar", "unknown field 'foo:'", 0},
      {"OR MARAC", "OR needs a word on both sides", 0},
      {"MARAC OR", "OR needs a word on both sides", 6},
      {"MARAC OR OR IDVA", "OR needs a word on both sides", 9},
      {"-MARAC OR IDVA", "OR cannot follow an excluded", 7},
      {"MARAC OR -IDVA", "cannot be part of OR", 9},
      {"*", "'*' must follow the start of a word", 0},
      {"\"\"", "quotes are empty", 0},
      {"multi-agen*", "prefix search must be one word", 0},
  };
  for (const auto& c : cases) {
    CAPTURE(c.query);
    Query q = parse_query(c.query);
    CHECK_FALSE(q.ok());
    CHECK(q.error.find(c.says) != std::string::npos);
    CHECK(q.error_at == c.at);
    CHECK(q.clauses.empty());
  }
  // 10 kB of '*' and overlong queries.
  Query stars = parse_query(std::string(10000, '*'));
  CHECK_FALSE(stars.ok());
  CHECK(stars.error.find("too long") != std::string::npos);
  Query stars_short = parse_query(std::string(1000, '*'));
  CHECK_FALSE(stars_short.ok());
  CHECK(stars_short.error.find("'*' must follow") != std::string::npos);
  std::string many;
  for (int i = 0; i < 100; ++i) many += "w" + std::to_string(i) + " ";
  CHECK(parse_query(many).error.find("too many terms") != std::string::npos);
  CHECK(parse_query("\xFF\xFE").error.find("UTF-8") != std::string::npos);
  // Found by fuzzing (tests/fixtures/fuzz): a vertical tab once made the parser stand still.
  CHECK(describe(parse_query("thg\x0b" "emerton")) == "+(thg) +(emerton)");
  CHECK(describe(parse_query("a\x0c\x0b b")) == "+(a) +(b)");
}

TEST_CASE("quoting field values") {
  CHECK(quote_query_value("Nottingham") == "Nottingham");
  CHECK(quote_query_value("Newcastle upon Tyne") == "\"Newcastle upon Tyne\"");
  CHECK(quote_query_value("a:b") == "\"a:b\"");
  CHECK(describe(parse_query("csp:" + quote_query_value("Newcastle upon Tyne"))) == "+(csp:\"newcastle upon tyne\")");
}
