// view_actions.cpp: under a recommendation on the review page, what its action plan says: its status (derived
// from the rows, never typed in), overdue when a target passed before the data's date, and the rows as a compact
// table (action, lead agency, target, outcome). Nothing when no action plan is loaded for the review.
#include <imgui.h>

#include "views.h"

namespace dhrv::ui {

void draw_actions(App& app, const Review& r, const Recommendation& rec, const RecommendationStatus& status) {
  if (r.actions.empty()) return;  // no plan for this review at all: nothing to say under each recommendation
  std::string line = "Status: " + std::string(status_name(status.status));
  if (status.actions) line += " (" + std::to_string(status.done) + " of " + std::to_string(status.actions) + " actions done)";
  if (status.overdue) {
    const YearMonth as_of = actions_as_of(r);
    line += " \xC2\xB7 overdue at " + display_date(as_of);
  }
  ImGui::TextDisabled("%s", line.c_str());
  if (!status.actions) return;
  const float em = ImGui::GetFontSize();
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg;
  if (!ImGui::BeginTable("actions", 4, flags)) return;
  ImGui::TableSetupColumn("Action", ImGuiTableColumnFlags_WidthStretch, 2.5f);
  ImGui::TableSetupColumn("Lead", ImGuiTableColumnFlags_WidthStretch, 2.f);  // agency names are long words
  ImGui::TableSetupColumn("Target", ImGuiTableColumnFlags_WidthFixed, em * 6);
  ImGui::TableSetupColumn("Outcome", ImGuiTableColumnFlags_WidthStretch, 2.f);
  ImGui::TableHeadersRow();
  for (const Action& a : r.actions) {
    if (a.recommendation != rec.id) continue;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    text_wrapped(a.action.empty() ? std::string_view("(not stated)") : a.action);
    ImGui::TableNextColumn();
    text_wrapped(a.lead);
    ImGui::TableNextColumn();
    text_wrapped(a.target_date.known() ? display_date(a.target_date) : a.target);
    ImGui::TableNextColumn();
    text_wrapped(a.outcome.empty() ? std::string_view(action_done(a) ? "done" : "not recorded") : a.outcome);
  }
  ImGui::EndTable();
  probe(app, "actions:" + rec.label);
}

}  // namespace dhrv::ui
