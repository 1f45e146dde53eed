// view_status_charts.cpp: two Insights charts of whether recommendations were carried out (status_breakdown.h):
// by year of death and by the lead agency of their actions. Each row is a bar split by status, with a legend;
// hovering a part says what it counts, clicking it filters by both (the status, and the year or the lead agency).
// Like the other charts they follow the search and can be read as a table.
#include <imgui.h>

#include <algorithm>

#include "fonts.h"
#include "views.h"

namespace dhrv::ui {

namespace {

// Statuses in the order the bars are split: done first, unknown last.
constexpr Status kOrder[] = {Status::completed, Status::in_progress, Status::not_started, Status::not_stated};

void legend(const App& app) {
  const float em = ImGui::GetFontSize();
  for (Status s : kOrder) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + em * 0.2f), ImVec2(p.x + em * 0.8f, p.y + em),
                                              ImGui::GetColorU32(status_colour(app, static_cast<int>(s))), 2);
    ImGui::Dummy(ImVec2(em, em));
    ImGui::SameLine(0, em * 0.3f);
    ImGui::TextUnformatted(std::string(status_name(s)).c_str());
    ImGui::SameLine(0, em);
  }
  ImGui::NewLine();
}

void table(const std::vector<StatusRow>& rows, const char* first_column) {
  if (!ImGui::BeginTable("table", 1 + static_cast<int>(kStatusCount),
                         ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
    return;
  ImGui::TableSetupColumn(first_column);
  for (Status s : kOrder) ImGui::TableSetupColumn(std::string(status_name(s)).c_str());
  ImGui::TableHeadersRow();
  for (const StatusRow& r : rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(r.label.c_str());
    for (Status s : kOrder) {
      ImGui::TableNextColumn();
      ImGui::Text("%u", r.counts[static_cast<std::size_t>(s)]);
    }
  }
  ImGui::EndTable();
}

// Filters by the clicked part: its status and its year, or its status and `lead:"agency"` in the query.
void filter_by(App& app, Status s, const StatusRow& row, bool by_year) {
  if (!app.search.filters.has(Facet::status, static_cast<std::uint32_t>(s)))
    app.search.filters.toggle(Facet::status, static_cast<std::uint32_t>(s));
  if (by_year) {
    if (!app.search.filters.has(Facet::death_year, row.value)) app.search.filters.toggle(Facet::death_year, row.value);
    return;
  }
  const std::string term = "lead:" + quote_query_value(row.label);
  if (app.search.query.find(term) == std::string::npos)
    app.search.query += (app.search.query.empty() ? "" : " ") + term;
}

void chart(App& app, const char* title, const char* key, const char* first_column, const std::vector<StatusRow>& rows,
           bool by_year, const char* empty) {
  ImGui::PushID(key);
  heading(app, title);
  if (rows.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", empty);
    ImGui::PopTextWrapPos();
    ImGui::PopID();
    return;
  }
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID table_id = ImGui::GetID("as-table");
  bool as_table = storage->GetBool(table_id, false);
  if (ImGui::Checkbox("Show as a table", &as_table)) storage->SetBool(table_id, as_table);
  probe(app, std::string("chart-table:") + key);
  if (as_table) {
    table(rows, first_column);
    ImGui::PopID();
    return;
  }
  legend(app);
  const float em = ImGui::GetFontSize();
  const float width = ImGui::GetContentRegionAvail().x;
  const float row_h = em * 1.35f;
  float label_w = 0;
  std::uint32_t max = 1;
  for (const StatusRow& r : rows) {
    label_w = std::max(label_w, ImGui::CalcTextSize(r.label.c_str()).x);
    max = std::max(max, r.total());
  }
  label_w = std::min(label_w + em * 0.5f, width * 0.4f);
  const float bar_max = std::max(em * 2, width - label_w - em * 6.5f);  // room for "12 of 36 done"
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("plot", ImVec2(width, row_h * static_cast<float>(rows.size())));
  probe(app, std::string("status-chart:") + key);
  const bool hovered = ImGui::IsItemHovered();
  const bool clicked = ImGui::IsItemClicked();
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text), muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const StatusRow& r = rows[k];
    const float y = origin.y + row_h * static_cast<float>(k);
    dl->PushClipRect(ImVec2(origin.x, y), ImVec2(origin.x + label_w - 4, y + row_h), true);
    dl->AddText(ImVec2(origin.x, y + (row_h - em) * 0.5f), text, r.label.c_str());
    dl->PopClipRect();
    float x = origin.x + label_w;
    for (Status s : kOrder) {
      const std::uint32_t n = r.counts[static_cast<std::size_t>(s)];
      if (!n) continue;
      const float w = bar_max * static_cast<float>(n) / static_cast<float>(max);
      const ImVec2 a(x, y + row_h * 0.15f), b(x + std::max(w - 1, 1.f), y + row_h * 0.85f);
      dl->AddRectFilled(a, b, ImGui::GetColorU32(status_colour(app, static_cast<int>(s))), 1);
      if (app.record_probes)  // where each part is, for tests that click it
        app.probes[std::string("status-part:") + key + ":" + r.label + ":" + std::string(status_key(s))] = {a.x, a.y, b.x, b.y};
      if (hovered && mouse.x >= a.x && mouse.x < x + w && mouse.y >= y && mouse.y < y + row_h) {
        dl->AddRect(a, b, text, 1, 0, 2);
        ImGui::SetTooltip("%s \xC2\xB7 %s: %u of %u recommendations\nClick to filter by both", r.label.c_str(),
                          std::string(status_name(s)).c_str(), n, r.total());
        if (clicked) filter_by(app, s, r, by_year);
      }
      x += w;
    }
    const std::string done = std::to_string(r.counts[static_cast<std::size_t>(Status::completed)]) + " of " +
                             std::to_string(r.total()) + " done";
    dl->AddText(ImVec2(x + 6, y + (row_h - em) * 0.5f), muted, done.c_str());
  }
  ImGui::Spacing();
  ImGui::PopID();
}

}  // namespace

void draw_status_charts(App& app) {
  if (app.work.breakdown_for != app.search.generation) {
    app.work.breakdown = status_breakdown(app.index(), app.search.results.recommendations);
    app.work.breakdown_for = app.search.generation;
  }
  const StatusBreakdown& b = app.work.breakdown;
  const char* no_plans = "No action plan is loaded for these results: open report PDFs with an action plan, or the "
                         "trackers kept for them (CSV).";
  const bool any_plan = std::any_of(b.by_year.begin(), b.by_year.end(), [](const StatusRow& r) {
    return r.total() != r.counts[static_cast<std::size_t>(Status::not_stated)];
  });
  chart(app, "Carried out, by year of death", "status-year", "Year of death", any_plan ? b.by_year : std::vector<StatusRow>{},
        true, no_plans);
  chart(app, "Carried out, by lead agency of the actions", "status-lead", "Lead agency", b.by_lead, false, no_plans);
}

}  // namespace dhrv::ui
