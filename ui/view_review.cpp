// view_review.cpp: one review: title, metadata, summary, DHRD facts when linked, and every recommendation in
// natural order (label, text, addressee, agencies).
#include <imgui.h>

#include "fonts.h"
#include "views.h"

namespace dhrv::ui {

namespace {

void draw_incident(const Incident& inc) {
  if (!ImGui::CollapsingHeader("Facts from the DHRD dataset")) return;
  ImGui::TextDisabled("Home Office library tags, as coded in DHRD (%s). A flag not indicated is not proof of absence.",
                      inc.incident.id.c_str());
  for (const auto& f : inc.incident.fields)
    if (f.name != "csp" && f.name != "region" && f.name != "death_date") label_value(f.name.c_str(), f.value);
  std::string indicated;
  for (const auto& f : inc.incident.flags)
    if (f.value == Tri::yes) indicated += (indicated.empty() ? "" : ", ") + f.name;
  label_value("indicated", indicated);
  for (const auto& v : inc.victims)
    if (const std::string* rel = v.field("relationship_to_perpetrator")) label_value("relationship", *rel);
}

void draw_recommendations(const Review& r) {
  if (r.recommendations.empty()) {
    ImGui::TextDisabled("No recommendations loaded for this review.");
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_SizingStretchProp;
  // Narrow screens: two columns, with the addressee under the text instead of beside it.
  const bool narrow = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 30.0f;
  if (!ImGui::BeginTable("recs", narrow ? 2 : 3, flags)) return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
  ImGui::TableSetupColumn("Recommendation", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  if (!narrow) ImGui::TableSetupColumn("Addressed to", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableHeadersRow();
  for (const auto& rec : r.recommendations) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(rec.label.c_str());
    ImGui::TableNextColumn();
    text_wrapped(rec.text);
    if (narrow) ImGui::TextDisabled("Addressed to:");
    else ImGui::TableNextColumn();
    text_wrapped(rec.addressed_to);
    std::string agencies;
    for (Agency a : rec.agencies.list()) agencies += (agencies.empty() ? "" : ", ") + std::string(agency_name(a));
    if (!agencies.empty()) {
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextDisabled("%s", agencies.c_str());
      ImGui::PopTextWrapPos();
    }
  }
  ImGui::EndTable();
}

}  // namespace

void draw_review(App& app, Platform& platform) {
  const Review* r = app.corpus->find(app.open_review);
  if (!r) {
    ImGui::TextDisabled("Choose a review from the list.");
    return;
  }
  ImGui::PushFont(app.fonts.heading);
  text_wrapped(r->title);
  ImGui::PopFont();
  label_value("CSP", r->csp);
  label_value("Region", r->region);
  label_value("Published", display_date(r->published));
  label_value(r->death.month ? "Date of death" : "Year of death", display_date(r->death));
  for (const auto& l : r->links) {
    ImGui::PushID(&l);
    link_button((l.label + " \xE2\x86\x97").c_str(), l.url, platform);  // ↗
    ImGui::PopID();
  }
  if (!r->summary.empty()) {
    ImGui::Spacing();
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted("Summary");
    ImGui::PopFont();
    text_wrapped(r->summary);
  }
  if (r->incident) draw_incident(*r->incident);
  ImGui::Spacing();
  ImGui::PushFont(app.fonts.heading);
  ImGui::Text("Recommendations (%zu)", r->recommendations.size());
  ImGui::PopFont();
  draw_recommendations(*r);
  if (!r->link_evidence.empty() && ImGui::CollapsingHeader("Where this record comes from")) {
    for (const auto& s : r->sources) ImGui::BulletText("%s", s.c_str());
    for (const auto& e : r->link_evidence) ImGui::BulletText("%s", e.c_str());
  }
}

}  // namespace dhrv::ui
