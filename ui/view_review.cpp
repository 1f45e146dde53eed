// view_review.cpp: one review: title, metadata, link to the full report, summary, DHRD facts when linked, and
// every recommendation in natural order with its addressee, agencies and themes, the search's matches marked,
// a citation to copy, and similar recommendations from other reviews.
#include <imgui.h>

#include "export.h"
#include "fonts.h"
#include "highlighted_text.h"
#include "implementation_status.h"
#include "action_export.h"
#include "views.h"

namespace dhrv::ui {

namespace {

std::string pretty(std::string_view field) {
  std::string s(field);
  for (char& c : s)
    if (c == '_') c = ' ';
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
  return s;
}

void draw_incident(const Incident& inc) {
  if (!ImGui::CollapsingHeader("Facts from the DHRD dataset")) return;
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("Home Office library tags, as coded in DHRD (%s). A flag that is not indicated is not proof of "
                      "absence.", inc.incident.id.c_str());
  ImGui::PopTextWrapPos();
  for (const auto& f : inc.incident.fields)
    if (f.name != "csp" && f.name != "region" && f.name != "death_date") label_value(pretty(f.name).c_str(), f.value);
  std::string indicated;
  for (const auto& f : inc.incident.flags)
    if (f.value == Tri::yes) indicated += (indicated.empty() ? "" : ", ") + pretty(f.name);
  label_value("Indicated", indicated);
  for (const auto& v : inc.victims)
    if (const std::string* rel = v.field("relationship_to_perpetrator")) label_value("Relationship", *rel);
}

void draw_similar(App& app, std::uint32_t doc) {
  const auto hits = app.data.similarity->similar(doc, 8, 0.3f);
  if (hits.empty()) {
    ImGui::TextDisabled("No similar recommendation in the other loaded reviews.");
    return;
  }
  for (const Hit& h : hits) {
    const Review& rv = app.index().review_of(h.doc);
    const Recommendation& rec = app.index().recommendation(h.doc);
    ImGui::PushID(static_cast<int>(h.doc));
    const std::string label = std::to_string(static_cast<int>(h.score * 100 + 0.5f)) + "% alike  \xC2\xB7  " +
                              review_caption(rv) + "  \xC2\xB7  " + rec.label;
    if (ImGui::SmallButton(label.c_str())) open_review(app, rv.id, h.doc);
    TextBlockOptions opts;
    opts.max_lines = 3;
    opts.disabled = true;
    highlighted_text(app, rec.text, {}, opts);
    ImGui::PopID();
  }
}

void draw_recommendations(App& app, Platform& platform, const Review& r, std::uint32_t first_doc) {
  if (r.recommendations.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("No recommendations loaded for this review. Open its report PDF or a summary page to add "
                        "them (they are read on this computer).");
    ImGui::PopTextWrapPos();
    return;
  }
  const float em = ImGui::GetFontSize();
  const std::vector<RecommendationStatus> statuses = recommendation_statuses(r);
  for (std::size_t i = 0; i < r.recommendations.size(); ++i) {
    const Recommendation& rec = r.recommendations[i];
    const std::uint32_t doc = first_doc + static_cast<std::uint32_t>(i);
    ImGui::PushID(static_cast<int>(i));
    ImGui::Separator();
    if (app.nav.scroll_to_recommendation && app.nav.open_recommendation == doc) {
      ImGui::SetScrollHereY(0.1f);
      app.nav.scroll_to_recommendation = false;
    }
    const bool focus = app.nav.open_recommendation == doc;
    ImGui::PushFont(app.display.fonts.heading);
    ImGui::TextUnformatted(rec.label.c_str());
    ImGui::PopFont();
    if (focus) {
      ImGui::SameLine();
      ImGui::TextDisabled("(the result you opened)");
    }
    if (rec.source.page) {
      ImGui::SameLine();
      ImGui::TextDisabled("from page %d", rec.source.page);
    }
    highlighted_text(app, rec.text, highlight(app.search.parsed, rec.text, TextKind::recommendation_text));
    ImGui::TextDisabled("Addressed to");
    ImGui::SameLine(em * 7);
    highlighted_text(app, rec.addressed_to.empty() ? std::string_view("not stated") : rec.addressed_to,
                     highlight(app.search.parsed, rec.addressed_to, TextKind::addressee));
    std::string tags;
    for (Agency a : rec.agencies.list()) tags += (tags.empty() ? "" : ", ") + std::string(agency_name(a));
    if (!tags.empty()) label_value("Agencies", tags);
    tags.clear();
    for (const auto& t : rec.themes) tags += (tags.empty() ? "" : ", ") + t;
    if (!tags.empty()) label_value("Themes", tags);
    draw_actions(app, r, rec, statuses[i]);
    if (ImGui::SmallButton("Copy with citation")) {
      platform.set_clipboard(citation(r, rec));
      app.status = "Copied recommendation " + rec.label + " with its citation.";
    }
    probe(app, "copy:" + rec.label);
    ImGui::SameLine();
    // Beside the button when it fits whole, else on a line of its own (never cut at the pane's edge).
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize("Similar in other reviews").x + ImGui::GetFontSize() * 2)
      ImGui::NewLine();
    if (ImGui::TreeNode("similar", "Similar in other reviews")) {
      draw_similar(app, doc);
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
}

}  // namespace

void draw_review(App& app, Platform& platform) {
  const Review* r = app.corpus().find(app.nav.open_review);
  if (!r) {
    ImGui::TextDisabled("Choose a recommendation or a review to read it here.");
    return;
  }
  const std::uint32_t review_index = static_cast<std::uint32_t>(r - app.corpus().reviews.data());
  ImGui::PushFont(app.display.fonts.heading);
  text_wrapped(r->title.empty() ? r->id : r->title);
  ImGui::PopFont();
  label_value("CSP", r->csp);
  label_value("Region", r->region);
  label_value("Document", report_kind_name(r->kind));
  label_value("Name used", r->subject);
  label_value(r->death.month ? "Date of death" : "Year of death", display_date(r->death));
  label_value("Completed", display_date(r->completed));
  label_value("Author", r->author);
  // Library and DHRD records give the upload date, summary pages and reports the publication date.
  label_value("Published or uploaded", display_date(r->published));
  for (const auto& l : r->links) {
    ImGui::PushID(&l);
    link_button((l.label + " \xE2\x86\x97").c_str(), l.url, platform);  // ↗
    ImGui::PopID();
  }
  if (!r->summary.empty()) {
    ImGui::Spacing();
    heading(app, "Summary");
    highlighted_text(app, r->summary, highlight(app.search.parsed, r->summary, TextKind::review_summary));
  }
  if (r->incident) draw_incident(*r->incident);
  ImGui::Spacing();
  ImGui::PushFont(app.display.fonts.heading);
  ImGui::Text("Recommendations (%zu)", r->recommendations.size());
  ImGui::PopFont();
  // A tracker to keep: this review's recommendations (and any actions known) in the columns the viewer reads back.
  if (!r->recommendations.empty()) {
    if (ImGui::SmallButton("Download a tracker for its action plan"))
      app.status = platform.save_file(r->id + ".actions.csv", "\xEF\xBB\xBF" + blank_tracker_csv(*r));
    probe(app, "tracker");
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("A CSV to fill in: one row per recommendation. Open it again here to see what was done.");
  }
  draw_recommendations(app, platform, *r, app.index().first_recommendation(review_index));
  if (!r->link_evidence.empty() || !r->sources.empty()) {
    ImGui::Spacing();
    if (ImGui::CollapsingHeader("Where this record comes from")) {
      for (const auto& s : r->sources) ImGui::BulletText("%s", s.c_str());
      for (const auto& e : r->link_evidence) {
        ImGui::Bullet();
        text_wrapped(e);
      }
    }
  }
}

}  // namespace dhrv::ui
