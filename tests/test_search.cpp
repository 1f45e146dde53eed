// Search on the seed and the sample corpus: the acceptance cases, ranking, facets, highlights and snippets.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "helpers.h"
#include "pipeline/load.h"
#include "search/search.h"
#include "text.h"

using namespace dhrv;

namespace {

std::shared_ptr<const SearchIndex> seed_index() {
  static auto ix = SearchIndex::build(std::make_shared<Corpus>(build_corpus({{"seed.txt", seed_page()}})));
  return ix;
}

std::shared_ptr<const SearchIndex> sample_index() {
  static auto ix = SearchIndex::build(std::make_shared<Corpus>(sample_corpus()));
  return ix;
}

std::set<std::string> labels(const SearchIndex& ix, const std::string& q) {
  const Query query = parse_query(q);
  REQUIRE_MESSAGE(query.ok(), query.error);
  std::set<std::string> out;
  for (const Hit& h : search(ix, query).recommendations) out.insert(ix.recommendation(h.doc).label);
  return out;
}

std::uint32_t facet_count(const SearchIndex& ix, const FacetCounts& counts, Facet f, const std::string& value) {
  const auto& values = ix.facet_values(f);
  auto it = std::find(values.begin(), values.end(), value);
  REQUIRE_MESSAGE(it != values.end(), "no facet value " << value);
  return counts[static_cast<std::size_t>(f)][static_cast<std::size_t>(it - values.begin())];
}

}  // namespace

TEST_CASE("acceptance on the seed's 22 recommendations") {
  const SearchIndex& ix = *seed_index();
  REQUIRE(ix.recommendation_count() == 22);
  CHECK(labels(ix, "MARAC") == std::set<std::string>{"10.4f", "10.4g", "11.3", "11.4", "11.8"});
  CHECK(labels(ix, "marac") == labels(ix, "MARAC"));
  // Stemming: "discharging" also finds "discharge".
  const auto discharging = labels(ix, "discharging");
  CHECK(discharging.count("10.2a") == 1);  // "expected discharge actions"
  CHECK(discharging.count("11.1") == 1);   // "policies for discharging people"
  CHECK(labels(ix, "discharge") == discharging);
  CHECK(labels(ix, "\"mutual allegations\"") == std::set<std::string>{"11.5", "12.1"});
  CHECK(labels(ix, "volunt*") == std::set<std::string>{"11.6"});
  const auto health = labels(ix, "agency:\"health services\"");
  for (const char* l : {"10.4a", "10.4b", "10.4c", "10.4d", "10.4e", "10.4f", "10.4g"}) CHECK(health.count(l) == 1);
}

TEST_CASE("combinations: AND, OR, exclusion, fields") {
  const SearchIndex& ix = *seed_index();
  CHECK(labels(ix, "MARAC training") == std::set<std::string>{"11.4"});
  CHECK(labels(ix, "MARAC -training") == std::set<std::string>{"10.4f", "10.4g", "11.3", "11.8"});
  const auto either = labels(ix, "MARAC OR \"mutual allegations\"");
  CHECK(either.size() == 7);
  CHECK(labels(ix, "addressed:MARAC") == std::set<std::string>{"11.4", "11.8"});
  CHECK(labels(ix, "csp:Nottingham").size() == 22);
  CHECK(labels(ix, "csp:Leeds").empty());
  CHECK(labels(ix, "year:2018").size() == 22);
  CHECK(labels(ix, "year:2019..2021").empty());
  CHECK(labels(ix, "published:2022").size() == 22);
  CHECK(labels(ix, "-csp:Nottingham").empty());
  CHECK(labels(ix, "nosuchwordanywhere").empty());
  CHECK(labels(ix, "").size() == 22);  // no query: everything, in natural order
}

TEST_CASE("ranking: more and rarer matches first, natural order when nothing is ranked") {
  const SearchIndex& ix = *seed_index();
  const ResultSet r = search(ix, parse_query("MARAC"));
  REQUIRE(r.recommendations.size() == 5);
  for (std::size_t i = 1; i < r.recommendations.size(); ++i)
    CHECK(r.recommendations[i - 1].score >= r.recommendations[i].score);
  // 11.4 says MARAC three times and in its addressee.
  CHECK(ix.recommendation(r.recommendations[0].doc).label == "11.4");

  const ResultSet all = search(ix, parse_query(""));
  for (std::size_t i = 0; i < all.recommendations.size(); ++i) CHECK(all.recommendations[i].doc == i);
  SearchOptions by_natural;
  by_natural.sort = SortOrder::natural;
  const ResultSet nat = search(ix, parse_query("MARAC"), {}, by_natural);
  CHECK(ix.recommendation(nat.recommendations.front().doc).label == "10.4f");
}

TEST_CASE("reviews are matched apart from their recommendations") {
  const SearchIndex& ix = *seed_index();
  // "aggressor" is in the summary only: the review matches, no recommendation does.
  const ResultSet r = search(ix, parse_query("aggressor"));
  CHECK(r.recommendations.empty());
  REQUIRE(r.reviews.size() == 1);
  CHECK(ix.corpus().reviews[r.reviews[0].doc].id == "nottingham-2018");
  // A recommendation-only condition holds for a review when one of its recommendations meets it.
  CHECK(search(ix, parse_query("addressed:MARAC")).reviews.size() == 1);
  CHECK(search(ix, parse_query("addressed:nosuch")).reviews.empty());
}

TEST_CASE("facets count the current results") {
  const SearchIndex& ix = *seed_index();
  const ResultSet r = search(ix, parse_query("MARAC"));
  const auto& c = r.recommendation_facets;
  CHECK(facet_count(ix, c, Facet::csp, "Nottingham") == 5);
  CHECK(facet_count(ix, c, Facet::death_year, "2018") == 5);
  CHECK(facet_count(ix, c, Facet::agency, "health services") == 2);  // 10.4f, 10.4g (CCG)
  CHECK(facet_count(ix, c, Facet::agency, "all agencies") == 2);
  CHECK(facet_count(ix, c, Facet::agency, "police") == 0);

  // Selecting a value gives exactly its count.
  const auto& agencies = ix.facet_values(Facet::agency);
  const auto health = static_cast<std::uint32_t>(std::find(agencies.begin(), agencies.end(), "health services") - agencies.begin());
  FacetSelection sel;
  sel.toggle(Facet::agency, health);
  const ResultSet filtered = search(ix, parse_query("MARAC"), sel);
  CHECK(filtered.recommendations.size() == 2);
  sel.toggle(Facet::agency, health);
  CHECK(sel.empty());
}

TEST_CASE("facets on the sample corpus: DHRD facts give relationship and abuse types for reviews") {
  const SearchIndex& ix = *sample_index();
  const ResultSet r = search(ix, parse_query(""));
  CHECK(r.reviews.size() == ix.corpus().reviews.size());
  std::uint32_t relationships = 0, abuse = 0, regions = 0;
  for (auto n : r.review_facets[static_cast<std::size_t>(Facet::relationship)]) relationships += n;
  for (auto n : r.review_facets[static_cast<std::size_t>(Facet::abuse)]) abuse += n;
  for (auto n : r.review_facets[static_cast<std::size_t>(Facet::region)]) regions += n;
  CHECK(relationships > 500);
  CHECK(abuse > 500);
  CHECK(regions >= 640);
  // The region filter works on reviews as on recommendations.
  const ResultSet em = search(ix, parse_query("region:\"East Midlands\""));
  CHECK(em.recommendations.size() == 22);
  CHECK(em.reviews.size() == facet_count(ix, r.review_facets, Facet::region, "East Midlands"));
}

TEST_CASE("notes for values nothing has") {
  const SearchIndex& ix = *seed_index();
  const ResultSet r = search(ix, parse_query("agency:zzz"));
  CHECK(r.recommendations.empty());
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].find("no agency matches 'zzz'") != std::string::npos);
  CHECK(r.notes[0].find("health services") != std::string::npos);
  const ResultSet bad = search(ix, parse_query("\"unclosed"));
  CHECK_FALSE(bad.ok());
  CHECK(bad.recommendations.empty());
}

TEST_CASE("highlights are byte ranges of every matched word in the original text") {
  const std::string text = "All MARAC agencies… the Marac; discharging and “mutual allegations” — Volunteers";
  auto spans = highlight(parse_query("marac"), text, TextKind::recommendation_text);
  REQUIRE(spans.size() == 2);
  CHECK(text.substr(spans[0].begin, spans[0].end - spans[0].begin) == "MARAC");
  CHECK(text.substr(spans[1].begin, spans[1].end - spans[1].begin) == "Marac");
  spans = highlight(parse_query("discharge \"mutual allegations\" volunt*"), text, TextKind::recommendation_text);
  REQUIRE(spans.size() == 3);
  CHECK(text.substr(spans[0].begin, spans[0].end - spans[0].begin) == "discharging");
  CHECK(text.substr(spans[1].begin, spans[1].end - spans[1].begin) == "mutual allegations");
  CHECK(text.substr(spans[2].begin, spans[2].end - spans[2].begin) == "Volunteers");
  // Excluded words and fields that do not apply are not highlighted.
  CHECK(highlight(parse_query("-marac"), text, TextKind::recommendation_text).empty());
  CHECK(highlight(parse_query("addressed:marac"), text, TextKind::recommendation_text).empty());
  CHECK(highlight(parse_query("addressed:marac"), text, TextKind::addressee).size() == 2);
  CHECK(highlight(parse_query("\"oops"), text, TextKind::recommendation_text).empty());
}

TEST_CASE("snippets keep the first match in view and cut at word boundaries") {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "filler" + std::to_string(i) + " ";
  text += "the MARAC meeting ";
  for (int i = 0; i < 60; ++i) text += "tail" + std::to_string(i) + " ";
  const auto spans = highlight(parse_query("MARAC"), text, TextKind::review_summary);
  REQUIRE(spans.size() == 1);
  const Snippet s = make_snippet(text, spans, 120);
  CHECK(s.text.size() <= 120 + 6);
  CHECK(s.text.rfind("\xE2\x80\xA6", 0) == 0);
  REQUIRE(s.spans.size() == 1);
  CHECK(s.text.substr(s.spans[0].begin, s.spans[0].end - s.spans[0].begin) == "MARAC");
  // Short texts come back whole.
  const Snippet whole = make_snippet("short text", {}, 120);
  CHECK(whole.text == "short text");
  // Never cuts inside a UTF-8 sequence.
  std::string accents;
  for (int i = 0; i < 200; ++i) accents += "é";
  CHECK(is_valid_utf8(make_snippet(accents, {}, 101).text));
}
