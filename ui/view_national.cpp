// view_national.cpp: what reviews asked of national bodies (government departments, NHS England, the College of
// Policing...), grouped by body, the same lesson from different reviews together, the ones made most often first,
// with how many are recorded as completed (national_recommendations.h). Found with the recurring lessons, in the
// background after each load, for all loaded data.
#include <imgui.h>

#include "highlighted_text.h"
#include "views.h"

namespace dhrv::ui {

namespace {

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "Made by 2 reviews (deaths 2018-2020) · 1 of 2 recorded as completed"
std::string lesson_line(const NationalLesson& l) {
  std::string line = "Made by " + plural(l.review_count, "review", "reviews");
  if (l.first_year) {
    line += " (death" + std::string(l.last_year != l.first_year ? "s " : " ") + std::to_string(l.first_year);
    if (l.last_year != l.first_year) line += "\xE2\x80\x93" + std::to_string(l.last_year);
    line += ")";
  }
  line += " \xC2\xB7 " + std::to_string(l.completed()) + " of " + std::to_string(l.recommendations.size()) +
          " recorded as completed";
  return line;
}

// One recommendation of a lesson: a button to read it in its review, its status, and (when the lesson has
// others) its first lines.
void draw_member(App& app, std::uint32_t d, bool with_text) {
  const SearchIndex& ix = app.index();
  const Review& rv = ix.review_of(d);
  const Recommendation& rec = ix.recommendation(d);
  ImGui::PushID(static_cast<int>(d));
  const std::string label = review_caption(rv) + "  \xC2\xB7  " + rec.label;
  if (ImGui::SmallButton(label.c_str())) open_review(app, rv.id, d);
  probe(app, "national-rec:" + rv.id + ":" + rec.label);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Read %s at recommendation %s", review_caption(rv).c_str(), rec.label.c_str());
  ImGui::SameLine();
  const RecommendationStatus s = status_of(rv, rec);
  ImGui::TextDisabled("%s%s", std::string(status_name(s.status)).c_str(), s.overdue ? ", overdue" : "");
  if (!with_text) {
    ImGui::PopID();
    return;
  }
  TextBlockOptions opts;
  opts.max_lines = 2;
  opts.disabled = true;
  highlighted_text(app, rec.text, {}, opts);
  ImGui::PopID();
}

}  // namespace

void draw_national(App& app) {
  ImGui::BeginChild("national", ImVec2(0, 0), false);
  if (!lessons_view_ready(app,
                          "Recommendations addressed to national bodies (government departments, NHS England, the "
                          "College of Policing...) or that an action plan says are national, grouped by body. "
                          "Recommendations from different reviews that say much the same are shown together, those "
                          "made by most reviews first. This view covers all loaded data, not only the current search.",
                          "Grouping national recommendations\xE2\x80\xA6")) {
    ImGui::EndChild();
    return;
  }
  const auto& bodies = app.work.national;
  if (bodies.empty()) {
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted("None of the loaded recommendations is addressed to a national body.");
    ImGui::TextDisabled("Open more reviews (summary pages, report PDFs) to see what they asked of government and "
                        "national bodies.");
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    return;
  }
  std::size_t total = 0;
  for (const NationalBody& b : bodies) total += b.recommendation_count;
  ImGui::Text("%s, for %s", plural(total, "national recommendation", "national recommendations").c_str(),
              plural(bodies.size(), "body", "bodies").c_str());
  for (std::size_t bi = 0; bi < bodies.size(); ++bi) {
    const NationalBody& b = bodies[bi];
    ImGui::PushID(static_cast<int>(bi));
    const std::string title = b.name + ": " + plural(b.recommendation_count, "recommendation", "recommendations") +
                              " from " + plural(b.review_count, "review", "reviews") + "###body";
    ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    const bool open = ImGui::CollapsingHeader(title.c_str());
    probe(app, "national:" + b.name);
    if (open) {
      for (std::size_t k = 0; k < b.lessons.size(); ++k) {
        const NationalLesson& l = b.lessons[k];
        ImGui::PushID(static_cast<int>(k));
        if (k) ImGui::Separator();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(lesson_line(l).c_str());
        ImGui::PopTextWrapPos();
        highlighted_text(app, app.index().recommendation(l.representative).text, {});
        if (l.recommendations.size() == 1) {
          draw_member(app, l.recommendations[0], false);
        } else if (ImGui::TreeNode("members", "All %zu recommendations", l.recommendations.size())) {
          for (std::uint32_t d : l.recommendations) draw_member(app, d, true);
          ImGui::TreePop();
        }
        ImGui::PopID();
      }
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
}

}  // namespace dhrv::ui
