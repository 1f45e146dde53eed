// ui_frame_bench: the CPU side of the viewer's frame with a large corpus, headless (ui_harness.h): the same
// draw_frame() the desktop and web run, without the GPU. Prints one JSON line.
//
//   ui_frame_bench [--recommendations 100000] [--slice-ms 12] [--json-out FILE]
//
// The corpus is opened as a file (DHR Viewer JSON) through the loading pipeline, with its jobs run in slices of
// each frame as the browser runs them: the longest frame while it loads and while recurring lessons are found is
// what a person would feel as the UI stalling (target: under 50 ms). Then idle, scrolling and typing frames.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corpus_generator.h"
#include "export.h"
#include "measure.h"
#include "ui_harness.h"

using Clock = std::chrono::steady_clock;

namespace {
template <class Step>
std::vector<double> time_frames(dhrv::testing::UiHarness& h, int n, Step step) {
  std::vector<double> out;
  for (int i = 0; i < n; ++i) {
    step(i);
    const auto t = Clock::now();
    h.frame();
    out.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
  }
  return out;
}
}  // namespace

int main(int argc, char** argv) {
  std::size_t n = 100000;
  int slice_ms = 12;
  std::string json_out;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--recommendations") n = std::strtoul(argv[i + 1], nullptr, 10);
    if (std::string(argv[i]) == "--slice-ms") slice_ms = std::atoi(argv[i + 1]);
    if (std::string(argv[i]) == "--json-out") json_out = argv[i + 1];
  }
  dhrv::bench::GeneratorOptions g;
  g.recommendations = n;
  const dhrv::Corpus generated = dhrv::bench::generate_corpus(g);
  std::string json = dhrv::export_json(dhrv::all_reviews(generated), {});
  const double json_mib = static_cast<double>(json.size()) / 1048576.0;
  if (!json_out.empty()) {  // the same file for the web page's measurement (bench/lessons_bench.sh)
    std::FILE* f = std::fopen(json_out.c_str(), "wb");
    if (!f || std::fwrite(json.data(), 1, json.size(), f) != json.size()) return 1;
    std::fclose(f);
  }
  dhrv::testing::UiHarness h(1280, 800);
  h.runner.set_slice(std::chrono::milliseconds(slice_ms));
  std::vector<dhrv::Source> sources;
  sources.push_back(dhrv::source_from_bytes("generated.json", std::move(json)));
  dhrv::ui::open_sources(h.app, std::move(sources), "Opening generated.json");
  // Frames while the file is read, linked, indexed and compared; then while lessons are found.
  // The longest frame of each stage of the jobs, to show where a slice overran (a stage with too few checkpoints).
  std::vector<double> loading, lessons;
  // Per stage: the longest frame, and how far the job's slice ran past its end (the rest of a long frame is the
  // UI's own work, e.g. searching the new data once it is in).
  struct StageMax {
    std::string stage;
    double frame_ms = 0, overrun_ms = 0;
  };
  std::vector<StageMax> stage_max;
  auto job_frame = [&](std::vector<double>& into) {
    h.runner.reset_longest_overrun();
    const auto t = Clock::now();
    h.frame();
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t).count();
    into.push_back(ms);
    const auto& over = h.runner.longest_overrun();
    const std::string stage = over.stage.empty() ? "(no stage yet)" : over.stage;
    auto it = std::find_if(stage_max.begin(), stage_max.end(), [&](const auto& e) { return e.stage == stage; });
    if (it == stage_max.end()) it = stage_max.insert(stage_max.end(), {stage});
    it->frame_ms = std::max(it->frame_ms, ms);
    it->overrun_ms = std::max(it->overrun_ms, static_cast<double>(over.time.count()) / 1000.0);
  };
  const auto load_start = Clock::now();
  while (h.app.work.loading) job_frame(loading);
  const double load_s = std::chrono::duration<double>(Clock::now() - load_start).count();
  while (h.runner.busy()) job_frame(lessons);
  h.frame(5);

  ImGuiIO& io = ImGui::GetIO();
  const auto idle = time_frames(h, 60, [](int) {});
  // Scrolling the full list (all n recommendations): the pointer over the list, the wheel turning every frame.
  h.click("result:0");
  const auto& r = h.app.probes["result:0"];
  io.MousePos = ImVec2((r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2);
  const auto scrolling = time_frames(h, 120, [&](int) { io.MouseWheel = -3; });
  io.MouseWheel = 0;
  // Typing a query one character per frame: each keystroke re-runs the search, facets included.
  h.click("search");
  const std::string text = "domestic abuse";
  const auto typing = time_frames(h, static_cast<int>(text.size()), [&](int i) {
    const char c[2] = {text[static_cast<std::size_t>(i)], 0};
    io.AddInputCharactersUTF8(c);
  });
  nlohmann::ordered_json j;
  j["recommendations"] = n;
  j["loaded_recommendations"] = h.app.corpus().recommendation_count();
  j["json_mib"] = json_mib;
  j["slice_ms"] = slice_ms;
  j["load_s"] = load_s;
  j["load_frames"] = loading.size();
  j["load_max_ms"] = dhrv::bench::percentile(loading, 1.0);
  j["load_p95_ms"] = dhrv::bench::percentile(loading, 0.95);
  j["lessons_frames"] = lessons.size();
  j["lessons_max_ms"] = dhrv::bench::percentile(lessons, 1.0);
  j["lessons_p95_ms"] = dhrv::bench::percentile(lessons, 0.95);
  for (const auto& m : stage_max)
    j["stages"][m.stage] = {{"frame_max_ms", std::round(m.frame_ms * 10) / 10},
                            {"slice_overrun_ms", std::round(m.overrun_ms * 10) / 10}};
  j["lessons_found"] = h.app.work.lessons.size();
  j["results_at_end"] = h.app.search.results.recommendations.size();
  j["idle_p50_ms"] = dhrv::bench::percentile(idle, 0.5);
  j["scroll_p50_ms"] = dhrv::bench::percentile(scrolling, 0.5);
  j["scroll_p95_ms"] = dhrv::bench::percentile(scrolling, 0.95);
  j["scroll_max_ms"] = dhrv::bench::percentile(scrolling, 1.0);
  j["typing_p50_ms"] = dhrv::bench::percentile(typing, 0.5);
  j["typing_p95_ms"] = dhrv::bench::percentile(typing, 0.95);
  j["typing_max_ms"] = dhrv::bench::percentile(typing, 1.0);
  std::printf("%s\n", j.dump().c_str());
  return 0;
}
