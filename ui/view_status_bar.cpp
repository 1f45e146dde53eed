// view_status_bar.cpp: what is loaded (honestly: how many reviews have recommendations), how many results, the
// problems count, the last message, and any job running with its progress and Cancel.
#include <imgui.h>

#include <cstdio>

#include "fonts.h"
#include "views.h"

namespace dhrv::ui {

namespace {
const char* plural(std::size_t n, const char* one, const char* many) { return n == 1 ? one : many; }
}  // namespace

void draw_status_bar(App& app) {
  ImGui::PushFont(app.display.fonts.small);
  ImGui::AlignTextToFramePadding();
  if (draw_job_progress(app)) {
    ImGui::PopFont();
    return;
  }
  const Corpus& c = app.corpus();
  if (app.input.embedded) {  // a partner page's visitors need the count, not the loader's details
    const std::size_t n = app.search.results.recommendations.size();
    ImGui::TextDisabled("%zu %s match", n, plural(n, "recommendation", "recommendations"));
    ImGui::PopFont();
    return;
  }
  std::size_t with_recs = 0;
  for (const auto& r : c.reviews) with_recs += !r.recommendations.empty();
  const std::size_t recs = app.search.results.recommendations.size(), total = c.recommendation_count();
  char line[768];
  int n = std::snprintf(line, sizeof line,
                        "%zu %s loaded, %zu with recommendations  \xC2\xB7  %zu of %zu %s  \xC2\xB7  %zu %s", c.reviews.size(),
                        plural(c.reviews.size(), "review", "reviews"), with_recs, recs, total,
                        plural(total, "recommendation", "recommendations"), c.diagnostics.size(),
                        plural(c.diagnostics.size(), "problem", "problems"));
  if (!app.status.empty() && n > 0 && static_cast<std::size_t>(n) < sizeof line)
    std::snprintf(line + n, sizeof line - static_cast<std::size_t>(n), "  \xC2\xB7  %s", app.status.c_str());
  if (ImGui::CalcTextSize(line).x > ImGui::GetContentRegionAvail().x) {
    // Small screens: the essentials on one line.
    n = std::snprintf(line, sizeof line, "%zu of %zu %s  \xC2\xB7  %zu %s", recs, total,
                      plural(total, "recommendation", "recommendations"), c.diagnostics.size(),
                      plural(c.diagnostics.size(), "problem", "problems"));
    if (!app.status.empty() && n > 0 && static_cast<std::size_t>(n) < sizeof line)
      std::snprintf(line + n, sizeof line - static_cast<std::size_t>(n), "  \xC2\xB7  %s", app.status.c_str());
  }
  ImGui::TextDisabled("%s", line);
  ImGui::PopFont();
}

}  // namespace dhrv::ui
