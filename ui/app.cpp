// app.cpp: the frame layout, loading, and the state changes that are not a single view's business.
#include <imgui.h>

#include <algorithm>
#include <chrono>

#include "fonts.h"
#include "search/index_file.h"
#include "keys.h"
#include "views.h"

namespace dhrv::ui {

std::string_view main_view_name(MainView v) {
  switch (v) {
    case MainView::recommendations: return "recommendations";
    case MainView::reviews: return "reviews";
    case MainView::insights: return "insights";
    case MainView::recurring: return "recurring";
  }
  return "recommendations";
}

void set_index(App& app, std::shared_ptr<const SearchIndex> index, double load_seconds) {
  app.index = std::move(index);
  app.similarity = std::make_unique<SimilarityModel>(*app.index);
  app.load_seconds = load_seconds;
  app.search.filters.clear();
  app.search.invalidate();
  app.recurring = {};
  const Corpus& c = app.index->corpus();
  std::size_t warnings = 0, errors = 0;
  for (const auto& d : c.diagnostics) (d.severity == Severity::error ? errors : warnings)++;
  app.load_summary = std::to_string(c.reviews.size()) + " reviews, " + std::to_string(c.recommendation_count()) +
                     " recommendations";
  if (!c.find(app.open_review)) {
    app.open_review.clear();
    app.open_recommendation = kNoTerm;
    for (const auto& r : c.reviews)
      if (!r.recommendations.empty()) {
        app.open_review = r.id;
        break;
      }
  }
}

void set_corpus(App& app, std::shared_ptr<const Corpus> corpus, double load_seconds) {
  set_index(app, SearchIndex::build(std::move(corpus)), load_seconds);
}

void load_sample(App& app) {
  const auto start = std::chrono::steady_clock::now();
  app.inputs = sample_inputs();
  auto corpus = std::make_shared<Corpus>(sample_corpus());
  set_corpus(app, corpus, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
}

std::string add_files(App& app, std::vector<InputFile> files) {
  if (files.empty()) return "No files to open.";
  const auto start = std::chrono::steady_clock::now();
  // A binary index (dhrv index -o) replaces what is loaded: it is a whole corpus, already indexed.
  if (files.size() == 1 && IndexFile::looks_like_index(files[0].bytes)) {
    std::string error;
    auto index = IndexFile::load(files[0].bytes, files[0].name, error);
    if (!index) return error + ". What was loaded before is unchanged.";
    app.inputs.clear();
    set_index(app, std::move(index), std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    return "Opened the index " + files[0].name + ".";
  }
  // Read the new files alone first: a file that yields nothing must not change what is loaded.
  const Corpus alone = build_corpus(files);
  std::size_t useful = 0;
  std::string skipped;
  for (const auto& f : alone.files) {
    if (!f.skipped && (f.reviews || f.records)) ++useful;
    else skipped += (skipped.empty() ? "" : ", ") + f.name;
  }
  if (useful == 0) {
    app.show_diagnostics = true;
    return "Nothing was loaded: no review data found in " + skipped + ". What was loaded before is unchanged.";
  }
  std::vector<InputFile> all = app.inputs;
  for (auto& f : files) all.push_back(std::move(f));
  auto corpus = std::make_shared<Corpus>(build_corpus(all));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  app.inputs = std::move(all);
  set_corpus(app, corpus, seconds);
  std::string msg = "Opened " + std::to_string(useful) + (useful == 1 ? " file" : " files");
  if (!skipped.empty()) msg += "; skipped " + skipped + " (see Problems)";
  return msg + ".";
}

void open_review(App& app, const std::string& review_id, std::uint32_t recommendation) {
  app.open_review = review_id;
  app.open_recommendation = recommendation;
  app.scroll_to_recommendation = recommendation != kNoTerm;
  app.reading = true;
}

void apply_injected_keys(App& app) {
  ImGuiIO& io = ImGui::GetIO();
  if (app.injected_release >= 0 && app.injected_release < IM_ARRAYSIZE(io.KeysDown)) io.KeysDown[app.injected_release] = false;
  app.injected_release = -1;
  if (app.injected_key >= 0 && app.injected_key < IM_ARRAYSIZE(io.KeysDown)) {
    io.KeysDown[app.injected_key] = true;
    app.injected_release = app.injected_key;
  }
  app.injected_key = -1;
}

void probe(App& app, const std::string& name) {
  if (!app.record_probes) return;
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  app.probes[name] = {a.x, a.y, b.x, b.y};
}

namespace {

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

std::string window_title(const App& app) {
  std::string t = "DHR Viewer";
  if (!app.search.query.empty()) t += ": " + app.search.query;
  if (const Review* r = app.corpus().find(app.open_review); r && app.reading) t += " \xE2\x80\x93 " + (r->title.empty() ? r->id : r->title);
  return t;
}

}  // namespace

void draw_frame(App& app, Platform& platform) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  const ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("DHR Viewer", nullptr, root_flags);
  if (app.exiting || !app.index) {  // after quick exit nothing of the content is drawn again
    ImGui::End();
    return;
  }
  handle_shortcuts(app, platform);
  if (app.search.refresh(*app.index)) {
    app.cursor = 0;
    app.cursor_moved = false;
    app.reading = false;  // phones: new results come into view
  }

  draw_header(app, platform);
  const float status_h = ImGui::GetFrameHeightWithSpacing();
  const float avail_h = ImGui::GetContentRegionAvail().y - status_h;
  const float width = ImGui::GetContentRegionAvail().x;
  const float em = ImGui::GetFontSize();
  const bool wide = width >= em * 62;     // filters, results and review side by side
  const bool medium = width >= em * 40;   // results and review; filters in a drawer
  const ImGuiStyle& st = ImGui::GetStyle();
  app.filters_in_drawer = !wide;
  if (wide) {
    const float facets_w = std::clamp(width * 0.22f, em * 15, em * 22);
    const float results_w = (width - facets_w) * 0.52f;
    ImGui::BeginChild("facets", ImVec2(facets_w, avail_h), true);
    draw_facets(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("main", ImVec2(results_w - st.ItemSpacing.x, avail_h), false);
    draw_main(app, platform);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("review", ImVec2(0, avail_h), true);
    draw_review(app, platform);
    ImGui::EndChild();
  } else if (medium) {
    ImGui::BeginChild("main", ImVec2(width * 0.45f, avail_h), false);
    draw_main(app, platform);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("review", ImVec2(0, avail_h), true);
    draw_review(app, platform);
    ImGui::EndChild();
  } else if (app.reading && !app.open_review.empty()) {
    // Phones: the review page replaces the results until Back.
    if (ImGui::Button("\xE2\x86\x90 Back to results")) app.reading = false;
    probe(app, "back");
    ImGui::BeginChild("review", ImVec2(0, avail_h - ImGui::GetFrameHeightWithSpacing()), true);
    draw_review(app, platform);
    ImGui::EndChild();
  } else {
    ImGui::BeginChild("main", ImVec2(0, avail_h), false);
    draw_main(app, platform);
    ImGui::EndChild();
  }
  draw_status_bar(app);
  ImGui::End();
  if (!wide) draw_filters_drawer(app);
  draw_diagnostics(app);
  draw_about(app, platform);
  draw_open_dialog(app, platform);
  platform.set_title(window_title(app));
}

}  // namespace dhrv::ui
