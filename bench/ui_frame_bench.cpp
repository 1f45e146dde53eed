// ui_frame_bench: the CPU side of the viewer's frame with a large corpus, headless (ui_harness.h): the same
// draw_frame() the desktop and web run, without the GPU. Prints one JSON line.
//
//   ui_frame_bench [--recommendations 100000]
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corpus_generator.h"
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
  for (int i = 1; i + 1 < argc; i += 2)
    if (std::string(argv[i]) == "--recommendations") n = std::strtoul(argv[i + 1], nullptr, 10);
  dhrv::bench::GeneratorOptions g;
  g.recommendations = n;
  auto corpus = std::make_shared<dhrv::Corpus>(dhrv::bench::generate_corpus(g));
  dhrv::testing::UiHarness h(1280, 800);
  dhrv::ui::set_corpus(h.app, corpus, 0);
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
