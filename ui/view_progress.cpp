// view_progress.cpp: what a running job is doing (loading files, indexing, finding lessons), how far it has got,
// and a Cancel: in the status bar while data is shown, and full size while the first data loads.
#include <imgui.h>

#include <cstdio>

#include "fonts.h"
#include "views.h"

namespace dhrv::ui {

namespace {

// "Reading files: 12 of 600 (34 of 90 MB) · report-12.pdf"
void describe(const jobs::Progress& p, char* out, std::size_t cap) {
  int n = std::snprintf(out, cap, "%s", p.stage.empty() ? "Working" : p.stage.c_str());
  if (p.total > 0 && n >= 0 && static_cast<std::size_t>(n) < cap)
    n += std::snprintf(out + n, cap - static_cast<std::size_t>(n), ": %zu of %zu", p.done, p.total);
  if (p.bytes_total > (1u << 20) && n >= 0 && static_cast<std::size_t>(n) < cap)
    n += std::snprintf(out + n, cap - static_cast<std::size_t>(n), " (%.0f of %.0f MB)",
                       static_cast<double>(p.bytes_done) / 1048576.0, static_cast<double>(p.bytes_total) / 1048576.0);
  if (!p.item.empty() && n >= 0 && static_cast<std::size_t>(n) < cap)
    std::snprintf(out + n, cap - static_cast<std::size_t>(n), "  \xC2\xB7  %s", p.item.c_str());
}

}  // namespace

bool draw_job_progress(App& app) {
  const jobs::Job* job = current_job(app);
  if (!job) return false;
  const jobs::Progress p = job->control().progress();
  char text[512];
  describe(p, text, sizeof text);
  const double f = p.fraction();
  const float em = ImGui::GetFontSize();
  ImGui::ProgressBar(f < 0 ? 0.f : static_cast<float>(f), ImVec2(em * 8, 0), f < 0 ? "" : nullptr);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text);
  ImGui::SameLine();
  if (ImGui::SmallButton("Cancel")) {
    cancel_jobs(app);
    app.status = "Cancelling\xE2\x80\xA6";
  }
  probe(app, "job:cancel");
  return true;
}

void draw_first_load(App& app, Platform& platform) {
  (void)platform;
  const float em = ImGui::GetFontSize();
  ImGui::SetCursorPos(ImVec2(em, em * 3));
  heading(app, "DHR Viewer");
  ImGui::Spacing();
  if (!draw_job_progress(app)) ImGui::TextUnformatted(app.status.empty() ? "Starting\xE2\x80\xA6" : app.status.c_str());
}

bool lessons_view_ready(App& app, const char* intro, const char* finding) {
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", intro);
  ImGui::PopTextWrapPos();
  if (app.work.lessons_generation == app.data.generation) return true;
  ImGui::TextUnformatted(finding);
  draw_job_progress(app);
  return false;
}

}  // namespace dhrv::ui
