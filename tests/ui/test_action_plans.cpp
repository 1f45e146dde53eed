// Action plans in the viewer, driven as a person drives it (clicks on what is drawn): the "Carried out?" filter,
// the National recommendations tab, and the review page's table of a recommendation's actions.
#include <doctest/doctest.h>

#include <imgui.h>

#include <fstream>
#include <sstream>

#include "accessible_view.h"
#include "json_codec.h"
#include "ui_harness.h"

using dhrv::testing::UiHarness;

namespace {

std::string fixture(const std::string& rel) {
  std::ifstream in(std::string(DHRV_FIXTURES) + "/" + rel, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open fixture " << rel);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Opens the Wyreham summary page and its tracker beside the sample, as the page opens dropped files.
void open_wyreham(UiHarness& h) {
  std::vector<dhrv::Source> sources;
  sources.push_back(dhrv::source_from_bytes("wyreham-2020-summary-page.txt", fixture("national/wyreham-2020-summary-page.txt")));
  sources.push_back(dhrv::source_from_bytes("wyreham-2020.actions.csv", fixture("national/wyreham-2020.actions.csv")));
  dhrv::ui::open_sources(h.app, std::move(sources), "test");
  REQUIRE(h.settle());
  REQUIRE(h.app.corpus().find("wyreham-2020"));
}

// On screen, clear of the header and the status bar (a person can see it and click it).
bool on_screen(const UiHarness& h, const std::string& probe) {
  auto it = h.app.probes.find(probe);
  return it != h.app.probes.end() && it->second.y0 > 150 && it->second.y1 < 740;
}

std::string label_of(const UiHarness& h, std::size_t i) {
  return h.app.index().recommendation(h.app.search.results.recommendations.at(i).doc).label;
}

}  // namespace

TEST_CASE("the Carried out? filter: ticking a status lists the recommendations with it") {
  UiHarness h;
  open_wyreham(h);
  // Fold the two long filter lists above it, as a person would, and unfold "Carried out?" (folded at first).
  REQUIRE(h.click("facet-header:agency"));
  REQUIRE(h.click("facet-header:theme"));
  CHECK_FALSE(h.has("facet:status:completed"));
  REQUIRE(h.click("facet-header:status"));
  REQUIRE(h.click("facet:status:completed"));
  REQUIRE(h.app.search.results.recommendations.size() == 1);
  CHECK(label_of(h, 0) == "1");  // "Letter sent June 2023"
  REQUIRE(h.click("facet:status:completed"));
  REQUIRE(h.click("facet:status:not started"));
  CHECK(h.app.search.results.recommendations.size() == 2);  // 5 and 6: actions with no outcome
}

TEST_CASE("Insights: carried out, by year and by lead agency; clicking a part filters by both") {
  UiHarness h;
  open_wyreham(h);
  REQUIRE(h.click("tab:insights"));
  ImGui::GetIO().MousePos = ImVec2(540, 450);  // the pointer over the charts, where the wheel turns
  bool shown = false;
  for (int i = 0; i < 60 && !shown; ++i) {  // scroll down to the charts of whether recommendations were carried out
    shown = on_screen(h, "status-part:status-year:2020:completed");
    if (!shown) h.scroll(-2);
  }
  REQUIRE(shown);
  REQUIRE(h.click("status-part:status-year:2020:completed"));
  CHECK(h.app.search.filters.has(dhrv::Facet::status, static_cast<std::uint32_t>(dhrv::Status::completed)));
  REQUIRE(h.app.search.results.recommendations.size() == 1);
  CHECK(label_of(h, 0) == "1");
  CHECK(h.app.index().review_of(h.app.search.results.recommendations[0].doc).id == "wyreham-2020");
  // The lead agency chart filters through the query: lead:"community safety partnership" and not started.
  REQUIRE(h.click("chips:clear"));
  ImGui::GetIO().MousePos = ImVec2(540, 450);
  h.frame(2);
  std::string part;
  for (int i = 0; i < 60 && part.empty(); ++i) {
    for (const auto& [name, r] : h.app.probes)
      if (name.rfind("status-part:status-lead:", 0) == 0 && name.find(":not-started") != std::string::npos &&
          on_screen(h, name))
        part = name;
    if (part.empty()) h.scroll(-2);
  }
  REQUIRE_FALSE(part.empty());
  REQUIRE(h.click(part));
  CHECK(h.app.search.query.find("lead:") == 0);
  CHECK(h.app.search.results.recommendations.size() == 2);  // 5 and 6: their actions have no outcome yet
}

TEST_CASE("the National recommendations tab: grouped by body; a recommendation opens at its action table") {
  UiHarness h;
  open_wyreham(h);
  REQUIRE(h.click("tab:national"));
  CHECK(h.app.nav.view == dhrv::ui::MainView::national);
  REQUIRE(h.settle());
  h.frame(2);
  CHECK(h.has("national:Home Office"));
  CHECK(h.has("national:NHS England"));
  CHECK(h.has("national:National body not named"));
  // The lesson both reviews made comes first under the Home Office; its members are folded under "All 2".
  CHECK_FALSE(h.has("national-rec:wyreham-2020:1"));
  CHECK(h.has("national-rec:wyreham-2020:3"));  // a lesson of one: its review is listed at once
  REQUIRE(h.click("national-rec:wyreham-2020:3"));
  CHECK(h.app.nav.open_review == "wyreham-2020");
  REQUIRE(h.app.nav.open_recommendation != dhrv::kNoTerm);
  CHECK(h.app.index().recommendation(h.app.nav.open_recommendation).label == "3");
  // The review page shows the action plan rows of the recommendations that have them.
  h.frame(3);
  CHECK(h.has("tracker"));
  bool table = false;
  for (int i = 0; i < 40 && !table; ++i) {  // scroll the review page down until the first table is drawn
    table = h.has("actions:1");
    if (!table) h.scroll(-3);
  }
  CHECK(table);
}

TEST_CASE("the text version lists the first national and recurring lessons and says how many more there are") {
  UiHarness h;
  open_wyreham(h);
  REQUIRE(h.settle());
  const auto all = dhrv::ojson::parse(dhrv::ui::accessible_view_json(h.app, 50));
  const auto one = dhrv::ojson::parse(dhrv::ui::accessible_view_json(h.app, 1));
  std::size_t lessons = 0, listed = 0, more = 0;
  for (const auto& b : all["national"]) {
    lessons += b["lessons"].size();
    CHECK(b["lessons_more"] == 0);
  }
  for (const auto& b : one["national"]) {
    listed += b["lessons"].size();
    more += b["lessons_more"].get<std::size_t>();
  }
  REQUIRE(lessons > 1);
  CHECK(listed == 1);
  CHECK(listed + more == lessons);  // every lesson is listed or counted
  CHECK(one["recurring"].size() + one["recurring_more"].get<std::size_t>() == all["recurring"].size());
}
