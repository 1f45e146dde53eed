// app.cpp: loading (as jobs), the frame layout, and the state changes that are not a single view's business.
#include <imgui.h>

#include <algorithm>
#include <chrono>

#include "fonts.h"
#include "keys.h"
#include "views.h"

namespace dhrv::ui {

bool main_view_from_name(std::string_view name, MainView& out) {
  for (const auto& v : kMainViews)
    if (v.key == name) {
      out = v.view;
      return true;
    }
  return false;
}

namespace {

// What a load job hands back to the UI thread.
struct LoadOutcome {
  LoadResult result;
  std::shared_ptr<const SimilarityModel> similarity;
  double seconds = 0;
};

void start_lessons(App& app);

// Swaps in what a load produced: keeps the query, drops filters whose values belong to the old data, keeps the
// open review when it still exists (else opens the first with recommendations).
void install(App& app, LoadOutcome& out) {
  LoadedData& d = app.data;
  d.index = std::move(out.result.index);
  d.similarity = std::move(out.similarity);
  d.records = std::move(out.result.records);
  d.load_seconds = out.seconds;
  ++d.generation;
  app.search.filters.clear();
  app.search.invalidate();
  app.work.similar.clear();
  app.work.lessons.clear();
  app.work.lessons_generation = 0;
  if (!app.corpus().find(app.nav.open_review)) {
    app.nav.open_review.clear();
    app.nav.open_recommendation = kNoTerm;
    for (const auto& r : app.corpus().reviews)
      if (!r.recommendations.empty()) {
        app.nav.open_review = r.id;
        break;
      }
  }
  start_lessons(app);
}

void start_load(App& app, std::vector<Source> sources, std::string what, bool fresh);

void finish_load(App& app, LoadOutcome& out, bool fresh) {
  app.work.loading = false;
  const bool first = !app.data.ready();
  app.status = describe_load(out.result);  // before install, which takes the result's index
  if (!out.result.cancelled && out.result.index && (first || fresh || out.result.replaced || out.result.added()))
    install(app, out);
  if (!app.work.waiting.empty()) {
    std::vector<Source> next = std::move(app.work.waiting);
    app.work.waiting.clear();
    start_load(app, std::move(next), std::move(app.work.waiting_what), false);
  } else if (app.data.ready() && app.work.lessons_generation != app.data.generation && !app.work.lessons_job) {
    start_lessons(app);  // a load cancelled them; the data they were for is still shown
  }
}

void start_load(App& app, std::vector<Source> sources, std::string what, bool fresh) {
  if (!app.jobs) return;
  // Lessons for data about to change are not worth finishing: they yield to the load.
  if (app.work.lessons_job) app.work.lessons_job->control().cancel();
  app.work.loading = true;
  auto out = std::make_shared<LoadOutcome>();
  CorpusBuilder records = fresh ? CorpusBuilder{} : app.data.records;
  std::shared_ptr<const Corpus> current = fresh || !app.data.ready() ? nullptr : app.data.index->corpus_ptr();
  auto job = std::make_unique<jobs::Job>(
      std::move(what), [out, records = std::move(records), sources = std::move(sources), current,
                        words = app.data.words](jobs::JobControl& control) mutable -> jobs::Task<> {
        const auto start = std::chrono::steady_clock::now();
        out->result = co_await load_sources(control, std::move(records), std::move(sources), current, words.get());
        if (!out->result.cancelled && out->result.index) {
          auto model = co_await SimilarityModel::build(control, *out->result.index);
          if (!model) out->result.cancelled = true;
          out->similarity = std::move(model);
        }
        out->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      });
  job->on_finished = [&app, out, fresh] { finish_load(app, *out, fresh); };
  app.jobs->start(std::move(job));
}

void start_lessons(App& app) {
  if (!app.jobs || !app.data.ready() || app.work.lessons_job) return;
  auto index = app.data.index;
  auto model = app.data.similarity;
  const std::uint64_t generation = app.data.generation;
  struct Lessons {
    std::vector<RecurringLesson> recurring;
    std::vector<NationalBody> national;
  };
  auto out = std::make_shared<Lessons>();
  auto job = std::make_unique<jobs::Job>(
      "Finding recurring lessons", [index, model, out](jobs::JobControl& control) -> jobs::Task<> {
        out->recurring = co_await recurring_lessons(control, *model);
        if (!control.cancelled()) out->national = co_await national_recommendations(control, *model);
      });
  jobs::Job* raw = job.get();
  job->on_finished = [&app, out, generation, raw] {
    if (app.work.lessons_job == raw) app.work.lessons_job = nullptr;
    if (raw->control().cancelled() || generation != app.data.generation) return;
    app.work.lessons = std::move(out->recurring);
    app.work.national = std::move(out->national);
    app.work.lessons_generation = generation;
  };
  app.work.lessons_job = raw;
  app.jobs->start(std::move(job));
}

}  // namespace

void open_sources(App& app, std::vector<Source> sources, std::string what) {
  if (sources.empty()) {
    app.status = "No files to open.";
    return;
  }
  if (app.work.loading) {  // read by the next load, with the records this one produces
    for (auto& s : sources) app.work.waiting.push_back(std::move(s));
    app.work.waiting_what = std::move(what);
    return;
  }
  start_load(app, std::move(sources), std::move(what), false);
}

void load_sample(App& app) { start_load(app, sample_sources(), "Loading the sample data", true); }

const jobs::Job* current_job(const App& app) { return app.jobs ? app.jobs->current() : nullptr; }

void cancel_jobs(App& app) {
  if (app.jobs) app.jobs->cancel_all();
  app.work.waiting.clear();
}

const std::vector<Hit>& similar_to(App& app, std::uint32_t doc) {
  Work& w = app.work;
  if (w.similar_generation != app.data.generation) {
    w.similar.clear();
    w.similar_generation = app.data.generation;
  }
  auto it = w.similar.find(doc);
  if (it == w.similar.end()) it = w.similar.emplace(doc, app.data.similarity->similar(doc, 8, 0.3f)).first;
  return it->second;
}

void open_review(App& app, const std::string& review_id, std::uint32_t recommendation) {
  app.nav.open_review = review_id;
  app.nav.open_recommendation = recommendation;
  app.nav.scroll_to_recommendation = recommendation != kNoTerm;
  app.nav.reading = true;
}

bool busy(const App& app) {
  return (app.jobs && app.jobs->busy()) || !app.input.typed.empty() || app.input.releasing >= 0 ||
         app.input.focus_search || app.display.fonts_dirty || !app.data.ready();
}

void apply_injected_keys(App& app) {
  ImGuiIO& io = ImGui::GetIO();
  HostInput& in = app.input;
  if (in.releasing >= 0) {  // a frame with the key up before the next entry, so a repeated key is pressed again
    if (in.releasing < IM_ARRAYSIZE(io.KeysDown)) io.KeysDown[in.releasing] = false;
    in.releasing = -1;
    return;
  }
  if (in.typed.empty()) return;
  const InjectedInput next = std::move(in.typed.front());
  in.typed.pop_front();
  if (!next.text.empty()) {
    // Ahead of what the keyboard gave this frame: injected text was typed (or held back) earlier.
    // (std::vector, not an ImVector copy: copying an empty ImVector passes a null pointer to memcpy.)
    const std::vector<ImWchar> newer(io.InputQueueCharacters.begin(), io.InputQueueCharacters.end());
    io.InputQueueCharacters.resize(0);
    io.AddInputCharactersUTF8(next.text.c_str());
    for (ImWchar c : newer) io.InputQueueCharacters.push_back(c);
  }
  if (next.key >= 0 && next.key < IM_ARRAYSIZE(io.KeysDown)) {
    io.KeysDown[next.key] = true;
    in.releasing = next.key;
  }
}

void probe(App& app, const std::string& name) {
  if (!app.record_probes) return;
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  app.probes[name] = {a.x, a.y, b.x, b.y};
}

namespace {

// Shift held for a capital letter (GP NHS) or with Tab does not count. Frames may be slow or fast: the presses
// are timed by the clock, and the event pump makes every tap last a frame (hosts/sdl_event_pump.h).
bool shift_tapped_thrice(ShiftTaps& s) {
  const ImGuiIO& io = ImGui::GetIO();
  const bool shift = io.KeysDown[keys::LeftShift] || io.KeysDown[keys::RightShift];
  if (shift && !s.down) {
    s.down = true;
    s.spoiled = false;
  }
  if (s.down) {
    bool other = io.InputQueueCharacters.Size > 0 || ImGui::IsMouseClicked(0) || ImGui::IsMouseClicked(1);
    for (int k = 0; k < IM_ARRAYSIZE(io.KeysDown) && !other; ++k)
      other = io.KeysDown[k] && k != keys::LeftShift && k != keys::RightShift;
    s.spoiled = s.spoiled || other;
  }
  if (!shift && s.down) {
    s.down = false;
    if (!s.spoiled) {
      s.times[0] = s.times[1];
      s.times[1] = s.times[2];
      s.times[2] = ImGui::GetTime();
      return s.times[2] - s.times[0] <= 5.0;
    }
  }
  return false;
}

void handle_shortcuts(App& app, Platform& platform) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl && (ImGui::IsKeyPressed(keys::Equals) || ImGui::IsKeyPressed(keys::KeypadPlus))) {
    app.settings.zoom = std::min(2.5f, app.settings.zoom + 0.25f);
    app.display.fonts_dirty = true;
  }
  if (io.KeyCtrl && (ImGui::IsKeyPressed(keys::Minus) || ImGui::IsKeyPressed(keys::KeypadMinus))) {
    app.settings.zoom = std::max(0.75f, app.settings.zoom - 0.25f);
    app.display.fonts_dirty = true;
  }
  if (io.KeyCtrl && ImGui::IsKeyPressed(keys::Num0)) {
    app.settings.zoom = 1.0f;
    app.display.fonts_dirty = true;
  }
  if (!app.input.host_counts_shift && shift_tapped_thrice(app.input.shift)) {
    app.exiting = true;
    platform.quick_exit();
  }
}

// The window or tab title: the view, never the search or a review's name (titles show on shared screens and
// stay in the browser's history).
std::string window_title(const App& app) {
  if (app.nav.reading && !app.nav.open_review.empty()) return "Review \xE2\x80\x93 DHR Viewer";
  return std::string(main_view_info(app.nav.view).label) + " \xE2\x80\x93 DHR Viewer";
}

}  // namespace

void draw_frame(App& app, Platform& platform) {
  if (app.jobs) app.jobs->poll();
  app.probes.clear();  // what this frame draws, nothing older
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  const ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("DHR Viewer", nullptr, root_flags);
  if (app.exiting) {  // after quick exit nothing of the content is drawn again
    ImGui::End();
    return;
  }
  handle_shortcuts(app, platform);
  if (!app.data.ready()) {
    draw_first_load(app, platform);
    ImGui::End();
    return;
  }
  if (app.search.refresh(app.index(), app.data.generation)) {
    app.nav.cursor = 0;
    app.nav.reading = false;  // phones: new results come into view
  }

  draw_header(app, platform);
  const float status_h = ImGui::GetFrameHeightWithSpacing();
  const float avail_h = ImGui::GetContentRegionAvail().y - status_h;
  const float width = ImGui::GetContentRegionAvail().x;
  const float em = ImGui::GetFontSize();
  const bool wide = width >= em * 62;     // filters, results and review side by side
  const bool medium = width >= em * 40;   // results and review; filters in a drawer
  const ImGuiStyle& st = ImGui::GetStyle();
  app.nav.filters_in_drawer = !wide;
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
  } else if (app.nav.reading && !app.nav.open_review.empty()) {
    // Phones: the review page replaces the results until Back.
    if (ImGui::Button("\xE2\x86\x90 Back to results")) app.nav.reading = false;
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
  if (!wide) draw_filters_drawer(app, platform);
  draw_diagnostics(app);
  draw_about(app, platform);
  draw_open_dialog(app, platform);
  platform.set_title(window_title(app));
}

}  // namespace dhrv::ui
