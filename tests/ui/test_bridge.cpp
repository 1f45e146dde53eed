// What the web page relies on: view state <-> URL hash, commands, and the accessible description of the view.
#include <doctest/doctest.h>

#include "accessible_view.h"
#include "embedded.h"
#include "commands.h"
#include "json_codec.h"
#include "ui_harness.h"
#include "search/index_file.h"
#include "view_state.h"

using namespace dhrv;
using namespace dhrv::ui;
using dhrv::testing::UiHarness;

TEST_CASE("view state round-trips through the URL hash") {
  ViewState s;
  s.query = "\"mutual allegations\" volunt* -x";
  s.filters = {{"agency", "health services"}, {"csp", "Newcastle upon Tyne"}, {"year", "2018"}};
  s.sort = "year";
  s.view = "insights";
  s.review = "nottingham-2018";
  s.rec = "11.4";
  s.reading = true;
  const std::string hash = to_hash(s);
  CHECK(hash.find("read=1") != std::string::npos);
  CHECK(hash.find(' ') == std::string::npos);
  CHECK(hash.find('"') == std::string::npos);
  CHECK(from_hash("#" + hash) == s);
  CHECK(from_hash("q=MARAC&unknown=1&agency=police").filters.size() == 1);
  CHECK(from_hash("q=a+b%20c").query == "a b c");
  CHECK(from_hash("q=%ZZ%").query == "%ZZ%");  // broken escapes stay as typed
  CHECK(from_hash("").query.empty());
}

TEST_CASE("applying a state from a link: query, filters, review; unknown values reported, not applied") {
  UiHarness h;
  std::vector<std::string> ignored;
  apply_view_state(h.app, from_hash("q=MARAC&agency=health%20services&agency=nonsense&review=nottingham-2018&rec=11.4&view=reviews"), &ignored);
  h.frame(2);
  CHECK(h.app.search.query == "MARAC");
  CHECK(h.app.search.results.recommendations.size() == 2);
  CHECK(h.app.nav.open_review == "nottingham-2018");
  CHECK(h.app.index().recommendation(h.app.nav.open_recommendation).label == "11.4");
  CHECK(h.app.nav.view == MainView::reviews);
  REQUIRE(ignored.size() == 1);
  CHECK(ignored[0] == "agency=nonsense");
  // And back out: the captured state gives the same hash.
  const ViewState now = capture_view_state(h.app);
  CHECK(now.query == "MARAC");
  CHECK(now.filters.size() == 1);
  CHECK(now.review == "nottingham-2018");
  CHECK(now.rec == "11.4");
  CHECK(now.view == "reviews");
}

TEST_CASE("commands do what the same click would; bad commands say why") {
  UiHarness h;
  CHECK(apply_command(h.app, h.platform, R"({"query":"MARAC"})") == "");
  h.frame();
  CHECK(h.app.search.results.recommendations.size() == 5);
  CHECK(apply_command(h.app, h.platform, R"({"toggle_facet":["agency","all agencies"]})") == "");
  h.frame();
  CHECK(h.app.search.results.recommendations.size() == 2);
  CHECK(apply_command(h.app, h.platform, R"({"export":"csv"})") == "");
  REQUIRE(h.platform.saved.size() == 1);
  CHECK(apply_command(h.app, h.platform, R"({"clear_filters":true,"sort":"natural"})") == "");
  h.frame();
  CHECK(h.app.search.results.recommendations.size() == 5);
  CHECK(h.app.index().recommendation(h.app.search.results.recommendations[0].doc).label == "10.4f");
  CHECK(apply_command(h.app, h.platform, R"({"copy_citation":0})") == "");
  CHECK(h.platform.clipboard.find("recommendation 10.2a") != std::string::npos);
  CHECK(apply_command(h.app, h.platform, "not json") == "a command is a JSON object");
  CHECK(apply_command(h.app, h.platform, R"({"query":5})") == "query must be a string");
  CHECK(apply_command(h.app, h.platform, R"({"toggle_facet":["colour","red"]})") == "no facet colour");
  CHECK(apply_command(h.app, h.platform, R"({"open_review":"nope"})") == "no review nope");
  CHECK(apply_command(h.app, h.platform, R"({"open_doc":99999})").find("recommendation number") != std::string::npos);
  CHECK(apply_command(h.app, h.platform, R"({"view":"sideways"})") == "unknown view sideways");
  CHECK(apply_command(h.app, h.platform, R"({"exit":true})") == "");
  CHECK(h.platform.exits == 1);
}

TEST_CASE("the accessible description follows the view") {
  UiHarness h;
  apply_command(h.app, h.platform, R"({"query":"MARAC","open_review":"nottingham-2018"})");
  h.frame();
  const ojson j = ojson::parse(accessible_view_json(h.app));
  CHECK(j["counts"]["recommendations"] == 5);
  REQUIRE(j["results"].size() == 5);
  const std::string text = j["results"][0]["text"];
  const auto& hl = j["results"][0]["highlights"][0];
  CHECK(text.substr(hl[0].get<std::size_t>(), hl[1].get<std::size_t>() - hl[0].get<std::size_t>()) == "MARAC");
  CHECK(j["open_review"]["id"] == "nottingham-2018");
  CHECK(j["open_review"]["recommendations"].size() == 22);
  CHECK(j["hash"].get<std::string>().find("q=MARAC") == 0);
  bool found = false;
  for (const auto& f : j["facets"])
    if (f["key"] == "agency")
      for (const auto& v : f["values"])
        if (v["value"] == "health services") found = v["count"] == 2;
  CHECK(found);
  // Result limit.
  const ojson limited = ojson::parse(accessible_view_json(h.app, 2));
  CHECK(limited["results"].size() == 2);
}

namespace {
// Opens in-memory files as the page does (named files), and waits for the load job.
void open(UiHarness& h, std::string name, std::string bytes) {
  std::vector<Source> sources;
  sources.push_back(source_from_bytes(std::move(name), std::move(bytes)));
  open_sources(h.app, std::move(sources), "test");
  REQUIRE(h.settle());
}
}  // namespace

TEST_CASE("opening files: a binary index replaces the corpus; a damaged one or a file with nothing changes nothing") {
  UiHarness h;
  const std::size_t reviews = h.app.corpus().reviews.size();
  const std::uint64_t generation = h.app.data.generation;
  open(h, "notes.txt", "just some notes, not review data");
  CHECK(h.app.status.find("no review data in it; what was loaded before is unchanged") != std::string::npos);
  CHECK(h.app.status.find("notes.txt: error: this is not review data") != std::string::npos);
  CHECK(h.app.corpus().reviews.size() == reviews);
  CHECK(h.app.data.generation == generation);
  const std::string good = IndexFile::save(h.app.index());
  std::string bad = good;
  bad[bad.size() / 2] ^= 0x20;
  open(h, "bad.dhrvidx", bad);
  CHECK(h.app.status.find("not a usable index file") != std::string::npos);
  CHECK(h.app.corpus().reviews.size() == reviews);
  // The same page again, and a copy with Windows line endings: nothing new, said so.
  std::string page(embedded("sample/nottingham-2022-summary-page.txt"));
  open(h, "again.txt", page);
  CHECK(h.app.corpus().reviews.size() == reviews);
  std::string crlf;
  for (char c : page) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  open(h, "crlf-copy.txt", crlf);
  CHECK(h.app.corpus().reviews.size() == reviews);
  CHECK(h.app.status.find("nothing new") != std::string::npos);
  // A smaller corpus, as an index: it replaces the sample.
  auto seed_only = SearchIndex::build(std::make_shared<Corpus>(build_corpus({{"seed.txt", page}})));
  open(h, "seed.dhrvidx", IndexFile::save(*seed_only));
  CAPTURE(h.app.status);
  CHECK(h.app.status.find("Opened an index file: 1 review with 22 recommendations") == 0);
  CHECK(h.app.corpus().reviews.size() == 1);
  h.frame();
  CHECK(h.app.search.results.recommendations.size() == 22);
}

TEST_CASE("phone keyboard: characters and Backspace arrive through commands") {
  UiHarness h;
  REQUIRE(h.click("search"));
  CHECK(apply_command(h.app, h.platform, R"({"text_input":"MARACX"})") == "");
  h.frame(2);
  CHECK(h.app.search.query == "MARACX");
  CHECK(apply_command(h.app, h.platform, R"({"key":"Backspace"})") == "");
  h.frame(3);
  CHECK(h.app.search.query == "MARAC");
  CHECK(h.app.search.results.recommendations.size() == 5);
  CHECK(apply_command(h.app, h.platform, R"({"key":"Tab"})").find("key takes") == 0);
}
