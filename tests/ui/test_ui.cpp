// Scripted UI tests: the shared views driven through real input events (ui_harness.h), checked by reading the
// App's state and what the views asked of the platform.
#include <doctest/doctest.h>

#include <imgui.h>

#include <algorithm>

#include "keys.h"
#include "export_results.h"
#include "ui_harness.h"

using dhrv::testing::UiHarness;

namespace {
std::size_t recs(const UiHarness& h) { return h.app.search.results.recommendations.size(); }
std::size_t lines(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }
}  // namespace

TEST_CASE("type a query, filter by a facet, open a result, export, clear") {
  UiHarness h;
  REQUIRE(h.app.data.ready());
  CHECK(recs(h) == 22);
  REQUIRE(h.click("search"));
  h.type("MARAC");
  CHECK(h.app.search.query == "MARAC");
  CHECK(recs(h) == 5);
  CHECK(h.has("result:0"));

  // Tick "health services" in the agency facet: the count said 2, and 2 remain.
  REQUIRE(h.click("facet:agency:health services"));
  CHECK(recs(h) == 2);
  CHECK(h.app.search.filters.selected[static_cast<std::size_t>(dhrv::Facet::agency)].size() == 1);
  CHECK(h.has("chips:clear"));

  // Open the first result: the review page shows that review at that recommendation.
  REQUIRE(h.click("result:0"));
  CHECK(h.app.nav.open_review == "nottingham-2018");
  REQUIRE(h.app.nav.open_recommendation != dhrv::kNoTerm);
  const std::string label = h.app.index().recommendation(h.app.nav.open_recommendation).label;
  CHECK((label == "10.4f" || label == "10.4g"));

  // Export the filtered view: a header and the two rows.
  REQUIRE(h.click("export:csv"));
  REQUIRE(h.platform.saved.size() == 1);
  CHECK(h.platform.saved[0].name == "dhr-recommendations-marac.csv");  // named after the search
  CHECK(h.platform.saved[0].bytes.rfind("\xEF\xBB\xBF", 0) == 0);      // UTF-8 BOM for spreadsheet programs
  CHECK(lines(h.platform.saved[0].bytes) == 3);
  CHECK(h.platform.saved[0].bytes.find("10.4f") != std::string::npos);
  REQUIRE(h.click("export:json"));
  CHECK(h.platform.saved.back().bytes.find("\"total\": 2") != std::string::npos);
  CHECK(h.platform.saved.back().name == "dhr-recommendations-marac.json");
  CHECK(h.platform.saved.back().bytes.find("\"view\": \"q=MARAC&agency=health") != std::string::npos);  // the filters

  // Copy a recommendation with its citation.
  REQUIRE(h.click("copy:" + label));
  CHECK(h.platform.clipboard.find("recommendation " + label) != std::string::npos);
  CHECK(h.platform.clipboard.find("Nottingham") != std::string::npos);

  // Clear the filters, then the query (Esc in the search box).
  REQUIRE(h.click("chips:clear"));
  CHECK(h.app.search.filters.empty());
  CHECK(recs(h) == 5);
  REQUIRE(h.click("search"));
  h.press_imgui_key(ImGuiKey_Escape);
  CHECK(h.app.search.query.empty());
  CHECK(recs(h) == 22);
}

TEST_CASE("a query that cannot be read says why and lists nothing under the message") {
  UiHarness h;
  REQUIRE(h.click("search"));
  h.type("MARAC");
  REQUIRE(recs(h) == 5);
  h.type(" \"unclosed");
  CHECK_FALSE(h.app.search.results.ok());
  CHECK(h.app.search.results.error.find("never closed") != std::string::npos);
  CHECK(recs(h) == 0);
  h.type("\"");  // closing the quote lists results again
  CHECK(h.app.search.results.ok());
}

TEST_CASE("tabs: reviews, insights (clicking a bar filters), recurring lessons") {
  UiHarness h;
  REQUIRE(h.click("tab:reviews"));
  CHECK(h.app.nav.view == dhrv::ui::MainView::reviews);
  CHECK(h.app.search.results.reviews.size() == h.app.corpus().reviews.size());
  REQUIRE(h.click("review-result:0"));
  CHECK_FALSE(h.app.nav.open_review.empty());
  REQUIRE(h.click("tab:insights"));
  CHECK(h.app.nav.view == dhrv::ui::MainView::insights);
  REQUIRE(h.click("chart-table:agency"));  // the table alternative can be switched on
  REQUIRE(h.click("tab:recurring"));
  h.frame(3);
  CHECK(h.app.work.lessons_generation == h.app.data.generation);  // found in the background after the load
  CHECK(h.app.work.lessons.empty());  // the sample has one review with recommendations
  // Back from Insights to the results by its tab (a click, nothing else between).
  REQUIRE(h.click("tab:insights"));
  CHECK(h.app.nav.view == dhrv::ui::MainView::insights);
  REQUIRE(h.click("tab:recommendations"));
  CHECK(h.app.nav.view == dhrv::ui::MainView::recommendations);
}

TEST_CASE("keyboard: / focuses search, Shift three times exits") {
  UiHarness h;
  h.press_scancode(dhrv::ui::keys::Slash);
  h.type("volunt*");
  CHECK(h.app.search.query == "volunt*");
  CHECK(recs(h) == 1);
  h.press_imgui_key(ImGuiKey_Escape);
  CHECK(h.app.search.query.empty());
  // Two presses do nothing; the third within 5 seconds exits.
  h.press_scancode(dhrv::ui::keys::LeftShift, true);
  h.press_scancode(dhrv::ui::keys::LeftShift, true);
  CHECK(h.platform.exits == 0);
  h.press_scancode(dhrv::ui::keys::LeftShift, true);
  CHECK(h.platform.exits == 1);
  CHECK(h.app.exiting);
  h.frame();
  CHECK_FALSE(h.has("nothing"));
}

TEST_CASE("the exit button exits and nothing of the content is drawn afterwards") {
  UiHarness h;
  REQUIRE(h.click("exit"));
  CHECK(h.platform.exits == 1);
  h.app.probes.clear();
  h.frame(2);
  CHECK(h.app.probes.empty());
}

TEST_CASE("phone layout: filters in a drawer, review page with Back") {
  UiHarness h(390, 844);
  CHECK(h.app.nav.filters_in_drawer);
  REQUIRE(h.click("filters"));
  CHECK(h.app.panels.filters);
  REQUIRE(h.click("facet:theme:training"));
  CHECK(h.app.search.filters.has(dhrv::Facet::theme, 2));
  const std::size_t filtered = recs(h);
  CHECK(filtered > 0);
  CHECK(filtered < 22);
  REQUIRE(h.click("drawer:done"));
  CHECK_FALSE(h.app.panels.filters);
  REQUIRE(h.click("result:0"));
  CHECK(h.app.nav.reading);
  REQUIRE(h.has("back"));
  REQUIRE(h.click("back"));
  CHECK_FALSE(h.app.nav.reading);
}

TEST_CASE("phone layout: every view's name is whole; the views wrap as buttons and switch by a click") {
  UiHarness h(390, 844);
  const char* views[] = {"tab:recommendations", "tab:reviews", "tab:insights", "tab:recurring", "tab:national"};
  const auto& first = h.app.probes.at("tab:recommendations");
  float right = 0.f;
  bool wrapped = false;
  for (const char* v : views) {
    REQUIRE(h.has(v));
    const auto& r = h.app.probes.at(v);
    right = std::max(right, r.x1);
    wrapped = wrapped || r.y0 > first.y1;
  }
  CHECK(right <= 390.f);  // nothing cut at the screen's edge
  CHECK(wrapped);         // too many for one row at this width
  CHECK(h.app.nav.views_as_buttons);
  REQUIRE(h.click("tab:national"));
  CHECK(h.app.nav.view == dhrv::ui::MainView::national);
  REQUIRE(h.click("tab:recurring"));
  CHECK(h.app.nav.view == dhrv::ui::MainView::recurring);
  // Wide again: tabs, with the view chosen as buttons still the one shown.
  h.resize(1280, 800);
  h.frame(3);
  CHECK_FALSE(h.app.nav.views_as_buttons);
  CHECK(h.app.nav.view == dhrv::ui::MainView::recurring);
  REQUIRE(h.click("tab:reviews"));
  CHECK(h.app.nav.view == dhrv::ui::MainView::reviews);
}

TEST_CASE("zoom keeps the layout working") {
  UiHarness h;
  h.press_scancode(dhrv::ui::keys::Equals, false, true);
  h.press_scancode(dhrv::ui::keys::Equals, false, true);
  CHECK(h.app.settings.zoom == doctest::Approx(1.5f));
  REQUIRE(h.click("search"));
  h.type("MARAC");
  CHECK(recs(h) == 5);
  CHECK(h.has("result:0"));
  h.press_scancode(dhrv::ui::keys::Num0, false, true);
  CHECK(h.app.settings.zoom == doctest::Approx(1.0f));
}

TEST_CASE("keyboard: arrows move through the results and Enter opens one") {
  UiHarness h;
  REQUIRE(h.click("search"));
  h.type("MARAC");
  REQUIRE(h.click("result:0"));
  const std::uint32_t first = h.app.nav.open_recommendation;
  CHECK(h.app.nav.cursor == 0);
  h.press_imgui_key(ImGuiKey_DownArrow);
  CHECK(h.app.nav.cursor == 1);
  h.press_imgui_key(ImGuiKey_Enter);
  CHECK(h.app.nav.open_recommendation != first);
  CHECK(h.app.nav.open_recommendation == h.app.search.results.recommendations[1].doc);
}

TEST_CASE("export file names carry the search, safely") {
  using dhrv::ui::export_file_name;
  CHECK(export_file_name("", "csv") == "dhr-recommendations.csv");
  CHECK(export_file_name("MARAC agency:police", "json") == "dhr-recommendations-marac-agency-police.json");
  CHECK(export_file_name("\"coercive control\" -training", "csv") == "dhr-recommendations-coercive-control-training.csv");
  CHECK(export_file_name("../../etc/passwd", "csv") == "dhr-recommendations-etc-passwd.csv");
  CHECK(export_file_name(std::string(200, 'a'), "csv").size() <= std::string("dhr-recommendations-.csv").size() + 40);
}

TEST_CASE("arriving by Tab and typing at once: the first letter reaches the search box") {
  UiHarness h;
  h.app.input.focus_search = true;  // what the web page sends when the canvas gets focus by keyboard
  ImGui::GetIO().AddInputCharacter('M');  // typed before the box is active
  h.frame(1);
  h.type("ARAC");
  CHECK(h.app.search.query == "MARAC");
}
