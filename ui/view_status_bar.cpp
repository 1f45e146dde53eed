// view_status_bar.cpp: corpus size, results shown, load time, and the last message.
#include <imgui.h>

#include "fonts.h"
#include "views.h"

namespace dhrv::ui {

void draw_status_bar(const App& app) {
  ImGui::PushFont(app.fonts.small);
  ImGui::AlignTextToFramePadding();
  std::size_t errors = 0;
  for (const auto& d : app.corpus->diagnostics) errors += d.severity == Severity::error;
  ImGui::TextDisabled("%zu reviews, %zu recommendations loaded in %.0f ms  ·  %zu shown  ·  %zu problems (%zu errors)%s%s",
                      app.corpus->reviews.size(), app.corpus->recommendation_count(), app.load_seconds * 1000.0,
                      app.visible.size(), app.corpus->diagnostics.size(), errors, app.status.empty() ? "" : "  ·  ",
                      app.status.c_str());
  ImGui::PopFont();
}

}  // namespace dhrv::ui
