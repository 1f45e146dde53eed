// view_facets.cpp: filters with live counts. Each facet lists its values with how many results each would give;
// ticking values narrows the results (values of one facet widen each other: OR; different facets: AND).
// On small screens the same panel opens as a drawer.
#include <imgui.h>

#include <algorithm>
#include <charconv>

#include "fonts.h"
#include "views.h"

namespace dhrv::ui {

namespace {

// Which counts the panel shows: those of the list on screen.
const FacetCounts& shown_counts(const App& app) {
  return app.nav.view == MainView::recommendations ? app.search.results.recommendation_facets
                                               : app.search.results.review_facets;
}

int year_of(const std::string& s) {
  int y = 0;
  std::from_chars(s.data(), s.data() + s.size(), y);
  return y;
}

// Year published as a range: two sliders (keyboard friendly) that select every year between them.
void published_range(App& app, const std::vector<std::string>& values) {
  if (values.empty()) return;
  const int lo = year_of(values.front()), hi = year_of(values.back());
  auto& sel = app.search.filters.selected[static_cast<std::size_t>(Facet::published_year)];
  int from = lo, to = hi;
  if (!sel.empty()) {
    from = hi;
    to = lo;
    for (std::uint32_t id : sel) {
      from = std::min(from, year_of(values[id]));
      to = std::max(to, year_of(values[id]));
    }
  }
  bool changed = false;
  ImGui::SetNextItemWidth(-FLT_MIN);
  changed |= ImGui::SliderInt("##from", &from, lo, hi, "from %d");
  probe(app, "facet:published:from");
  ImGui::SetNextItemWidth(-FLT_MIN);
  changed |= ImGui::SliderInt("##to", &to, lo, hi, "to %d");
  probe(app, "facet:published:to");
  if (changed) {
    if (from > to) std::swap(from, to);
    sel.clear();
    if (from != lo || to != hi)
      for (std::uint32_t i = 0; i < values.size(); ++i) {
        const int y = year_of(values[i]);
        if (y >= from && y <= to) sel.push_back(i);
      }
  }
}

void facet_values(App& app, Facet f, const std::vector<std::uint32_t>& counts) {
  const auto& values = app.index().facet_values(f);
  const auto& sel = app.search.filters.selected[static_cast<std::size_t>(f)];
  std::vector<std::uint32_t> order;
  for (std::uint32_t i = 0; i < values.size(); ++i)
    if ((i < counts.size() && counts[i] > 0) || app.search.filters.has(f, i)) order.push_back(i);
  if (order.empty()) {
    ImGui::TextDisabled("None in these results.");
    return;
  }
  // Years read best in time order; everything else by count.
  if (f != Facet::death_year)
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      return (a < counts.size() ? counts[a] : 0) > (b < counts.size() ? counts[b] : 0);
    });
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID expanded_id = ImGui::GetID("expanded");
  const bool expanded = storage->GetBool(expanded_id, false);
  const std::size_t limit = expanded ? order.size() : std::min<std::size_t>(order.size(), 8);
  for (std::size_t k = 0; k < limit; ++k) {
    const std::uint32_t i = order[k];
    bool on = std::find(sel.begin(), sel.end(), i) != sel.end();
    const std::uint32_t n = i < counts.size() ? counts[i] : 0;
    const std::string label = values[i] + " (" + std::to_string(n) + ")##" + std::to_string(i);
    if (ImGui::Checkbox(label.c_str(), &on)) app.search.filters.toggle(f, i);
    probe(app, "facet:" + std::string(facet_key(f)) + ":" + values[i]);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: %u", values[i].c_str(), n);
  }
  if (order.size() > 8) {
    const std::string more = expanded ? "Show fewer" : "Show all " + std::to_string(order.size());
    if (ImGui::SmallButton(more.c_str())) storage->SetBool(expanded_id, !expanded);
  }
}

}  // namespace

void draw_facets(App& app) {
  heading(app, "Filters");
  if (!app.search.filters.empty()) {
    ImGui::SameLine();
    if (ImGui::SmallButton("Clear all")) app.search.filters.clear();
    probe(app, "facets:clear");
  }
  ImGui::PushFont(app.display.fonts.small);
  ImGui::TextDisabled(app.nav.view == MainView::recommendations ? "Counts of recommendations" : "Counts of reviews");
  ImGui::PopFont();
  const FacetCounts& counts = shown_counts(app);
  for (Facet f : kFacetPanelOrder) {  // ui_tables.h: every facet once
    ImGui::PushID(static_cast<int>(f));
    const bool active = !app.search.filters.selected[static_cast<std::size_t>(f)].empty();
    const std::string title = std::string(facet_title(f)) + (active ? "  \xE2\x97\x8F" : "") + "###facet";  // ●
    const bool open_by_default = f == Facet::agency || f == Facet::theme || f == Facet::death_year;
    const bool open = ImGui::CollapsingHeader(title.c_str(), open_by_default ? ImGuiTreeNodeFlags_DefaultOpen : 0);
    probe(app, "facet-header:" + std::string(facet_key(f)));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", std::string(facet_description(f)).c_str());
    if (open) {
      if (f == Facet::published_year) published_range(app, app.index().facet_values(f));
      else facet_values(app, f, counts[static_cast<std::size_t>(f)]);
    }
    ImGui::PopID();
  }
}

// The drawer covers the header: it carries its own "Exit this page" where the canvas draws one.
void draw_filters_drawer(App& app, Platform& platform) {
  if (!app.panels.filters) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float w = std::min(vp->WorkSize.x * 0.9f, ImGui::GetFontSize() * 22);
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(ImVec2(w, vp->WorkSize.y));
  ImGui::SetNextWindowFocus();
  if (ImGui::Begin("Filters##drawer", &app.panels.filters,
                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings |
                       ImGuiWindowFlags_NoCollapse)) {
    if (ImGui::Button("Done")) app.panels.filters = false;
    probe(app, "drawer:done");
    if (app.input.show_brand) {
      ImGui::SameLine();
      if (draw_exit_button(app, platform)) {
        ImGui::End();
        return;
      }
    }
    draw_facets(app);
  }
  ImGui::End();
}

}  // namespace dhrv::ui
