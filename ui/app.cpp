// app.cpp: the frame layout and the state changes that are not a single view's business.
#include <imgui.h>

#include <algorithm>

#include "fonts.h"
#include "keys.h"
#include "text.h"
#include "views.h"

namespace dhrv::ui {

void set_corpus(App& app, std::shared_ptr<const Corpus> corpus, double load_seconds) {
  app.corpus = std::move(corpus);
  app.load_seconds = load_seconds;
  app.visible_for_corpus = nullptr;
  if (!app.corpus->find(app.open_review)) {
    app.open_review.clear();
    for (const auto& r : app.corpus->reviews)
      if (!r.recommendations.empty()) {
        app.open_review = r.id;
        break;
      }
  }
}

namespace {

// Until the search index lands, the list is filtered by folded substring over title, CSP and recommendations.
void refresh_visible(App& app) {
  if (app.visible_for_query == app.query && app.visible_for_corpus == app.corpus.get()) return;
  app.visible.clear();
  const std::string q = fold(trim(app.query));
  for (const auto& r : app.corpus->reviews) {
    bool hit = q.empty() || fold(r.title).find(q) != std::string::npos || fold(r.csp).find(q) != std::string::npos;
    for (std::size_t i = 0; !hit && i < r.recommendations.size(); ++i)
      hit = fold(r.recommendations[i].text).find(q) != std::string::npos;
    if (hit) app.visible.push_back(&r);
  }
  // Reviews with recommendations first: they are what people come to read.
  std::stable_sort(app.visible.begin(), app.visible.end(), [](const Review* a, const Review* b) {
    return !a->recommendations.empty() && b->recommendations.empty();
  });
  app.visible_for_query = app.query;
  app.visible_for_corpus = app.corpus.get();
}

void handle_shortcuts(App& app, Platform& platform) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl && (ImGui::IsKeyPressed(keys::Equals) || ImGui::IsKeyPressed(keys::KeypadPlus))) {
    app.settings.zoom = std::min(2.5f, app.settings.zoom + 0.25f);
    app.fonts_dirty = true;
  }
  if (io.KeyCtrl && (ImGui::IsKeyPressed(keys::Minus) || ImGui::IsKeyPressed(keys::KeypadMinus))) {
    app.settings.zoom = std::max(0.75f, app.settings.zoom - 0.25f);
    app.fonts_dirty = true;
  }
  if (io.KeyCtrl && ImGui::IsKeyPressed(keys::Num0)) {
    app.settings.zoom = 1.0f;
    app.fonts_dirty = true;
  }
  // GOV.UK "Exit this page": Shift pressed three times within 5 seconds.
  double* shift_times = app.shift_times;
  if (ImGui::IsKeyPressed(keys::LeftShift, false) || ImGui::IsKeyPressed(keys::RightShift, false)) {
    shift_times[0] = shift_times[1];
    shift_times[1] = shift_times[2];
    shift_times[2] = ImGui::GetTime();
    if (shift_times[2] - shift_times[0] <= 5.0) {
      app.exiting = true;
      platform.quick_exit();
    }
  }
}

}  // namespace

void draw_frame(App& app, Platform& platform) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  const ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("DHR Viewer", nullptr, root_flags);
  if (app.exiting || !app.corpus) {  // after quick exit nothing of the content is drawn again
    ImGui::End();
    return;
  }
  handle_shortcuts(app, platform);
  refresh_visible(app);

  draw_header(app, platform);
  const float status_h = ImGui::GetFrameHeightWithSpacing();
  const float avail_h = ImGui::GetContentRegionAvail().y - status_h;
  const float width = ImGui::GetContentRegionAvail().x;
  const bool narrow = width < 700.0f;
  if (narrow) {
    // Phones: the list above, the open review below.
    ImGui::BeginChild("list", ImVec2(0, avail_h * 0.35f), true);
    draw_review_list(app);
    ImGui::EndChild();
    ImGui::BeginChild("review", ImVec2(0, avail_h * 0.65f - ImGui::GetStyle().ItemSpacing.y), true);
    draw_review(app, platform);
    ImGui::EndChild();
  } else {
    const float list_w = std::clamp(width * 0.3f, 260.0f, 460.0f);
    ImGui::BeginChild("list", ImVec2(list_w, avail_h), true);
    draw_review_list(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("review", ImVec2(0, avail_h), true);
    draw_review(app, platform);
    ImGui::EndChild();
  }
  draw_status_bar(app);
  ImGui::End();
  draw_diagnostics(app);
  draw_about(app, platform);
  platform.set_title(app.open_review.empty() ? "DHR Viewer" : "DHR Viewer: " + app.open_review);
}

}  // namespace dhrv::ui
