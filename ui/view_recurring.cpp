// view_recurring.cpp: lessons recommended again and again: groups of recommendations from three or more reviews
// that say much the same (similar.h). Found in the background after each load (a job), for all loaded data.
#include <imgui.h>

#include "fonts.h"
#include "highlighted_text.h"
#include "views.h"

namespace dhrv::ui {

void draw_recurring(App& app) {
  ImGui::BeginChild("recurring", ImVec2(0, 0), false);
  if (!lessons_view_ready(app,
                          "Recommendations from different reviews that say much the same thing (similar wording, "
                          "weighted by how rare the shared words are), grouped when they recur in 3 or more reviews. "
                          "This view covers all loaded data, not only the current search.",
                          "Finding recurring lessons\xE2\x80\xA6")) {
    ImGui::EndChild();
    return;
  }
  const auto& lessons = app.work.lessons;
  if (lessons.empty()) {
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted("No lesson recurs in 3 or more of the loaded reviews.");
    std::size_t with_recs = 0;
    for (const auto& r : app.corpus().reviews) with_recs += !r.recommendations.empty();
    ImGui::TextDisabled("Recommendations from %zu %s are loaded. Lessons are found across reviews: open more summary "
                        "pages or review data (Open\xE2\x80\xA6) to compare them.",
                        with_recs, with_recs == 1 ? "review" : "reviews");
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    return;
  }
  ImGui::Text("%zu lessons recur", lessons.size());
  for (std::size_t k = 0; k < lessons.size(); ++k) {
    const RecurringLesson& l = lessons[k];
    ImGui::PushID(static_cast<int>(k));
    ImGui::Separator();
    std::string when = l.first_year ? std::to_string(l.first_year) + (l.last_year != l.first_year ? "\xE2\x80\x93" + std::to_string(l.last_year) : "") : "";
    ImGui::Text("In %zu reviews%s%s", l.review_count, when.empty() ? "" : ", deaths ", when.c_str());
    highlighted_text(app, app.index().recommendation(l.representative).text, {});
    const std::string members = "All " + std::to_string(l.recommendations.size()) + " recommendations";
    if (ImGui::TreeNode("members", "%s", members.c_str())) {
      for (std::uint32_t d : l.recommendations) {
        const Review& rv = app.index().review_of(d);
        ImGui::PushID(static_cast<int>(d));
        const std::string label = review_caption(rv) + "  \xC2\xB7  " + app.index().recommendation(d).label;
        if (ImGui::SmallButton(label.c_str())) open_review(app, rv.id, d);
        TextBlockOptions opts;
        opts.max_lines = 2;
        opts.disabled = true;
        highlighted_text(app, app.index().recommendation(d).text, {}, opts);
        ImGui::PopID();
      }
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
}

}  // namespace dhrv::ui
