// view_diagnostics.cpp: every diagnostic the readers reported, with file and line; nothing is swallowed.
#include <imgui.h>

#include "views.h"

namespace dhrv::ui {

void draw_diagnostics(App& app) {
  if (!app.panels.diagnostics) return;
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 40, ImGui::GetFontSize() * 20), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("Problems in the loaded files", &app.panels.diagnostics, ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  for (const auto& f : app.corpus().files) {
    if (f.skipped) ImGui::TextDisabled("%s: skipped (%s)", f.name.c_str(), f.skip_reason.c_str());
    else ImGui::Text("%s: %zu reviews, %zu recommendations, %zu warnings, %zu errors", f.name.c_str(), f.reviews,
                     f.recommendations, f.warnings, f.errors);
  }
  ImGui::Separator();
  if (app.corpus().diagnostics.empty()) ImGui::TextUnformatted("No problems found.");
  for (const auto& d : app.corpus().diagnostics) text_wrapped(format_diagnostic(d));
  ImGui::End();
}

}  // namespace dhrv::ui
