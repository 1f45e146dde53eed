// view_main.cpp: the middle of the screen: the tabs (recommendations, reviews, insights, recurring lessons), the
// active filters as removable chips, and the current tab.
#include <imgui.h>

#include <algorithm>
#include <span>
#include <string>
#include <utility>

#include "fonts.h"
#include "views.h"

namespace dhrv::ui {

namespace {

// Active filters as chips: "Agency: police ✕". Clicking one removes it.
void draw_chips(App& app) {
  FacetSelection& f = app.search.filters;
  if (f.empty()) return;
  bool first = true;
  for (Facet facet : kAllFacets) {
    auto selected = f.selected[static_cast<std::size_t>(facet)];  // copy: toggling edits the original
    for (std::uint32_t id : selected) {
      const std::string label = std::string(facet_key(facet)) + ": " + app.index().facet_values(facet)[id] + "  \xE2\x9C\x95";
      flow_next(label.c_str(), first);
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

struct ViewTab {
  MainView view;
  std::string label;  // "Name###id": the id stays when the name changes (counts, short names)
};

void draw_view(App& app, Platform& platform, MainView view) {
  switch (view) {
    case MainView::recommendations: draw_recommendation_results(app, platform); break;
    case MainView::reviews: draw_review_results(app); break;
    case MainView::insights: draw_insights(app); break;
    case MainView::recurring: draw_recurring(app); break;
    case MainView::national: draw_national(app); break;
  }
}

// The views as buttons that wrap onto more rows, the current one coloured like a selected tab.
void draw_view_buttons(App& app, std::span<const ViewTab> tabs) {
  bool first = true;
  for (const ViewTab& t : tabs) {
    flow_next(t.label.c_str(), first);
    const bool current = app.nav.view == t.view;
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(current ? ImGuiCol_TabActive : ImGuiCol_Tab));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_TabHovered));
    if (ImGui::Button(t.label.c_str())) app.nav.view = t.view;
    probe(app, "tab:" + std::string(main_view_name(t.view)));
    if (current) {  // not by colour alone: the current view is underlined too
      const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      const float thick = std::max(2.f, ImGui::GetFontSize() * 0.15f);
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x, b.y - thick), b, ImGui::GetColorU32(ImGuiCol_Text));
    }
    ImGui::PopStyleColor(2);
  }
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
  // Short labels where the full ones would not fit.
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool compact = avail < ImGui::GetFontSize() * 34;
  const ViewTab tabs[] = {
      {MainView::recommendations,
       (compact ? "Recs (" : "Recommendations (") + std::to_string(r.recommendations.size()) + ")###recs"},
      {MainView::reviews, "Reviews (" + std::to_string(r.reviews.size()) + ")###reviews"},
      {MainView::insights, "Insights###insights"},
      {MainView::recurring, compact ? "Recurring###recurring" : "Recurring lessons###recurring"},
      {MainView::national, compact ? "National###national" : "National recommendations###national"},
  };
  // Where even the short labels do not fit in one row (a phone held upright), the tab bar would cut every name,
  // "Recs" and "Recurring" both to "Rec…": the views become a row of buttons that wraps, each name whole.
  const ImGuiStyle& style = ImGui::GetStyle();
  float row = 0.f;
  for (const ViewTab& t : tabs)
    row += ImGui::CalcTextSize(t.label.c_str(), nullptr, true).x + style.FramePadding.x * 2 + style.ItemInnerSpacing.x;
  if (row > avail) {
    draw_view_buttons(app, tabs);
    ImGui::Separator();
    draw_view(app, platform, app.nav.view);
    app.nav.view_requested = false;
    app.nav.views_as_buttons = true;
    return;
  }
  // Back from buttons to tabs (the window grew): the tab bar is told which view was chosen meanwhile.
  if (std::exchange(app.nav.views_as_buttons, false)) app.nav.view_requested = true;
  if (ImGui::BeginTabBar("views")) {
    for (const ViewTab& t : tabs) {
      const ImGuiTabItemFlags flags = app.nav.view_requested && app.nav.view == t.view ? ImGuiTabItemFlags_SetSelected : 0;
      const bool open = ImGui::BeginTabItem(t.label.c_str(), nullptr, flags);
      probe(app, "tab:" + std::string(main_view_name(t.view)));
      if (!open) continue;
      if (!app.nav.view_requested) app.nav.view = t.view;
      draw_view(app, platform, t.view);
      ImGui::EndTabItem();
    }
    app.nav.view_requested = false;
    ImGui::EndTabBar();
  }
}

}  // namespace dhrv::ui
