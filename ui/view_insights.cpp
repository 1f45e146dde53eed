// view_insights.cpp: bar charts drawn with ImGui's draw lists (no chart library), as listed in kCharts
// (ui_tables.h): reviews by year of death and by year published, recommendations by agency, theme and whether they
// were carried out (with its breakdowns by year and lead agency, view_status_charts.cpp), reviews by region. They follow the current search
// and filters; hovering a bar shows its value, clicking it adds (or removes) that filter. Each chart can be
// read as a table instead (for screen readers and for copying figures).
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "fonts.h"
#include "views.h"

namespace dhrv::ui {

namespace {

void draw_table(const std::vector<std::string>& labels, const std::vector<std::uint32_t>& counts,
                const std::vector<std::uint32_t>& order, const char* unit) {
  if (!ImGui::BeginTable("table", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
    return;
  ImGui::TableSetupColumn("Value");
  ImGui::TableSetupColumn(unit, ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 8);
  ImGui::TableHeadersRow();
  for (std::uint32_t i : order) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(labels[i].c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%u", counts[i]);
  }
  ImGui::EndTable();
}

void draw_chart(App& app, const ChartInfo& s, const std::vector<std::uint32_t>& counts) {
  const auto& labels = app.index().facet_values(s.facet);
  std::vector<std::uint32_t> order;
  for (std::uint32_t i = 0; i < counts.size() && i < labels.size(); ++i)
    if (counts[i]) order.push_back(i);
  ImGui::PushID(static_cast<int>(s.facet));
  heading(app, std::string(s.title).c_str());
  if (order.empty()) {
    ImGui::TextDisabled("Nothing to show for these results.");
    ImGui::PopID();
    return;
  }
  if (!s.by_time) {
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return counts[a] > counts[b]; });
    if (order.size() > 15) order.resize(15);  // the long tail is in the table and the filters
  }
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID table_id = ImGui::GetID("as-table");
  bool as_table = storage->GetBool(table_id, false);
  if (ImGui::Checkbox("Show as a table", &as_table)) storage->SetBool(table_id, as_table);
  probe(app, std::string("chart-table:") + std::string(facet_key(s.facet)));
  if (as_table) {
    draw_table(labels, counts, order, std::string(s.unit).c_str());
    ImGui::PopID();
    return;
  }

  std::uint32_t max = 1;
  for (std::uint32_t i : order) max = std::max(max, counts[i]);
  const float em = ImGui::GetFontSize();
  const float width = ImGui::GetContentRegionAvail().x;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 bar = ImGui::GetColorU32(chart_colour(app));
  const ImU32 bar_hot = ImGui::GetColorU32(accent_colour(app));
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  int clicked = -1;
  if (s.by_time) {
    // Columns: one per year, labels under them (every other one when crowded).
    const float plot_h = em * 8;
    const float col_w = std::clamp(width / static_cast<float>(order.size()), em * 0.8f, em * 3.5f);
    const std::size_t label_every =
        std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil((ImGui::CalcTextSize("2020").x + 4) / col_w)));
    ImGui::InvisibleButton("plot", ImVec2(std::min(width, col_w * static_cast<float>(order.size())), plot_h + em * 1.4f));
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t k = 0; k < order.size(); ++k) {
      const std::uint32_t i = order[k];
      const float x0 = origin.x + col_w * static_cast<float>(k) + 2, x1 = x0 + col_w - 4;
      const float h = plot_h * static_cast<float>(counts[i]) / static_cast<float>(max);
      const bool hot = hovered && mouse.x >= x0 - 2 && mouse.x < x1 + 2;
      const bool on = app.search.filters.has(s.facet, i);
      dl->AddRectFilled(ImVec2(x0, origin.y + plot_h - h), ImVec2(x1, origin.y + plot_h), hot || on ? bar_hot : bar, 2);
      if (on) dl->AddRect(ImVec2(x0 - 1, origin.y), ImVec2(x1 + 1, origin.y + plot_h), bar_hot, 2, 0, 2);  // not colour alone
      if (k % label_every == 0)
        dl->AddText(ImVec2(x0, origin.y + plot_h + 2), muted, labels[i].c_str());
      if (hot) {
        ImGui::SetTooltip("%s: %u %s\nClick to %s this filter", labels[i].c_str(), counts[i], std::string(s.unit).c_str(), on ? "remove" : "add");
        if (ImGui::IsItemClicked()) clicked = static_cast<int>(i);
      }
    }
  } else {
    // Rows: label on the left, bar, value at the end.
    const float row_h = em * 1.35f;
    float label_w = 0;
    for (std::uint32_t i : order) label_w = std::max(label_w, ImGui::CalcTextSize(labels[i].c_str()).x);
    label_w = std::min(label_w + em * 0.5f, width * 0.45f);
    const float bar_max = std::max(em * 2, width - label_w - em * 3.5f);
    ImGui::InvisibleButton("plot", ImVec2(width, row_h * static_cast<float>(order.size())));
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t k = 0; k < order.size(); ++k) {
      const std::uint32_t i = order[k];
      const float y = origin.y + row_h * static_cast<float>(k);
      const bool hot = hovered && mouse.y >= y && mouse.y < y + row_h;
      const bool on = app.search.filters.has(s.facet, i);
      dl->PushClipRect(ImVec2(origin.x, y), ImVec2(origin.x + label_w - 4, y + row_h), true);
      dl->AddText(ImVec2(origin.x, y + (row_h - em) * 0.5f), text, labels[i].c_str());
      dl->PopClipRect();
      const float w = bar_max * static_cast<float>(counts[i]) / static_cast<float>(max);
      dl->AddRectFilled(ImVec2(origin.x + label_w, y + row_h * 0.15f), ImVec2(origin.x + label_w + w, y + row_h * 0.85f),
                        hot || on ? bar_hot : bar, 2);
      const std::string value = std::to_string(counts[i]) + (on ? " \xE2\x9C\x93" : "");  // ✓ marks an active filter
      dl->AddText(ImVec2(origin.x + label_w + w + 6, y + (row_h - em) * 0.5f), muted, value.c_str());
      if (hot) {
        ImGui::SetTooltip("%s: %u %s\nClick to %s this filter", labels[i].c_str(), counts[i], std::string(s.unit).c_str(), on ? "remove" : "add");
        if (ImGui::IsItemClicked()) clicked = static_cast<int>(i);
      }
    }
  }
  if (clicked >= 0) app.search.filters.toggle(s.facet, static_cast<std::uint32_t>(clicked));
  ImGui::Spacing();
  ImGui::PopID();
}

}  // namespace

void draw_insights(App& app) {
  ImGui::BeginChild("insights", ImVec2(0, 0), false);
  const ResultSet& r = app.search.results;
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("Charts follow the search and filters. Click a bar to filter by it.");
  ImGui::PopTextWrapPos();
  for (const ChartInfo& c : kCharts) {  // ui_tables.h: the charts, declared once (the text version reads the same)
    const FacetCounts& counts = c.unit == "reviews" ? r.review_facets : r.recommendation_facets;
    draw_chart(app, c, counts[static_cast<std::size_t>(c.facet)]);
    if (c.facet == Facet::status) draw_status_charts(app);
  }
  ImGui::EndChild();
}

}  // namespace dhrv::ui
