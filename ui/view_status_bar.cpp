// view_status_bar.cpp: what is loaded, how many results, how long things took, and the last message.
#include <imgui.h>

#include <cstdio>

#include "fonts.h"
#include "views.h"

namespace dhrv::ui {

namespace {
std::string count(std::size_t n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }
}  // namespace

void draw_status_bar(const App& app) {
  ImGui::PushFont(app.fonts.small);
  ImGui::AlignTextToFramePadding();
  const Corpus& c = app.corpus();
  std::size_t errors = 0;
  for (const auto& d : c.diagnostics) errors += d.severity == Severity::error;
  std::string line = app.load_summary + " (loaded in " + std::to_string(static_cast<int>(app.load_seconds * 1000 + 0.5)) +
                     " ms)  \xC2\xB7  " + count(app.search.results.recommendations.size(), "recommendation") + ", " +
                     count(app.search.results.reviews.size(), "review") + " match";
  char ms[32];
  std::snprintf(ms, sizeof ms, " (%.1f ms)", app.search.millis);
  line += ms;
  line += "  \xC2\xB7  " + std::to_string(c.diagnostics.size()) + " problems";
  if (errors) line += " (" + std::to_string(errors) + " errors)";
  if (!app.status.empty()) line += "  \xC2\xB7  " + app.status;
  if (ImGui::CalcTextSize(line.c_str()).x > ImGui::GetContentRegionAvail().x) {
    // Small screens: the essentials on one line.
    line = std::to_string(app.search.results.recommendations.size()) + " of " + std::to_string(c.recommendation_count()) +
           " recommendations  \xC2\xB7  " + std::to_string(c.diagnostics.size()) + " problems";
    if (!app.status.empty()) line += "  \xC2\xB7  " + app.status;
  }
  ImGui::TextDisabled("%s", line.c_str());
  ImGui::PopFont();
}

}  // namespace dhrv::ui
