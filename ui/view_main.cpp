// view_main.cpp: the middle of the screen: the tabs (recommendations, reviews, insights, recurring lessons), the
// active filters as removable chips, and the current tab.
#include <imgui.h>

#include "fonts.h"
#include "views.h"

namespace dhrv::ui {

namespace {

// Active filters as chips: "Agency: police ✕". Clicking one removes it.
void draw_chips(App& app) {
  FacetSelection& f = app.search.filters;
  if (f.empty()) return;
  const float right = ImGui::GetWindowContentRegionMax().x;
  bool first = true;
  for (Facet facet : kAllFacets) {
    auto selected = f.selected[static_cast<std::size_t>(facet)];  // copy: toggling edits the original
    for (std::uint32_t id : selected) {
      const std::string label = std::string(facet_key(facet)) + ": " + app.index().facet_values(facet)[id] + "  \xE2\x9C\x95";
      const float w = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
      if (!first) {
        ImGui::SameLine();
        if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
      }
      first = false;
      ImGui::PushID(static_cast<int>(facet) * 100000 + static_cast<int>(id));
      if (ImGui::SmallButton(label.c_str())) f.toggle(facet, id);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this filter");
      ImGui::PopID();
    }
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("Clear all")) f.clear();
  probe(app, "chips:clear");
}

}  // namespace

void draw_main(App& app, Platform& platform) {
  if (app.nav.filters_in_drawer) {
    const int active = [&] {
      int n = 0;
      for (const auto& s : app.search.filters.selected) n += static_cast<int>(s.size());
      return n;
    }();
    const std::string label = active ? "Filters (" + std::to_string(active) + ")" : std::string("Filters");
    if (ImGui::Button(label.c_str())) app.panels.filters = true;
    probe(app, "filters");
    if (!app.search.filters.empty()) ImGui::SameLine();
  }
  draw_chips(app);

  const ResultSet& r = app.search.results;
  if (ImGui::BeginTabBar("views")) {
    struct Tab {
      MainView view;
      std::string label;
    };
    // Short labels where the tabs would not fit.
    const bool compact = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 34;
    const Tab tabs[] = {
        {MainView::recommendations,
         (compact ? "Recs (" : "Recommendations (") + std::to_string(r.recommendations.size()) + ")###recs"},
        {MainView::reviews, "Reviews (" + std::to_string(r.reviews.size()) + ")###reviews"},
        {MainView::insights, "Insights###insights"},
        {MainView::recurring, compact ? "Recurring###recurring" : "Recurring lessons###recurring"},
        {MainView::national, compact ? "National###national" : "National recommendations###national"},
    };
    for (const Tab& t : tabs) {
      const ImGuiTabItemFlags flags = app.nav.view_requested && app.nav.view == t.view ? ImGuiTabItemFlags_SetSelected : 0;
      const bool open = ImGui::BeginTabItem(t.label.c_str(), nullptr, flags);
      probe(app, "tab:" + std::string(main_view_name(t.view)));
      if (!open) continue;
      if (!app.nav.view_requested) app.nav.view = t.view;
      switch (t.view) {
        case MainView::recommendations: draw_recommendation_results(app, platform); break;
        case MainView::reviews: draw_review_results(app); break;
        case MainView::insights: draw_insights(app); break;
        case MainView::recurring: draw_recurring(app); break;
        case MainView::national: draw_national(app); break;
      }
      ImGui::EndTabItem();
    }
    app.nav.view_requested = false;
    ImGui::EndTabBar();
  }
}

}  // namespace dhrv::ui
