// view_review_list.cpp: the reviews matching the search, newest death first within "has recommendations" and
// "facts only"; virtualised with ImGuiListClipper so long lists scroll smoothly.
#include <imgui.h>

#include "fonts.h"
#include "views.h"

namespace dhrv::ui {

void draw_review_list(App& app) {
  ImGui::PushFont(app.fonts.small);
  ImGui::TextDisabled("%zu reviews", app.visible.size());
  ImGui::PopFont();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(app.visible.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Review& r = *app.visible[static_cast<std::size_t>(i)];
      ImGui::PushID(i);
      std::string line = r.csp.empty() ? r.title : r.csp;
      if (r.death.known()) line += "  ·  death " + display_date(r.death);
      if (!r.recommendations.empty()) line += "  ·  " + std::to_string(r.recommendations.size()) + " recs";
      if (ImGui::Selectable(line.c_str(), app.open_review == r.id)) app.open_review = r.id;
      ImGui::PopID();
    }
}

}  // namespace dhrv::ui
