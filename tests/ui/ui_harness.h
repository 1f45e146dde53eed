// ui_harness.h: drives the shared views without a window: feeds ImGui input events, steps frames and reads the
// App's state back. ImGui's test engine is not packaged in Debian; this is the small part of it we need.
//
// Frames run the real draw_frame() with a real font atlas; only the GPU upload and rendering are skipped, so
// what is measured in the frame benchmark is the CPU side of a frame.
#pragma once

#include <string>
#include <vector>

#include "app.h"

namespace dhrv::testing {

// A Platform that records what the views asked of it.
class RecordingPlatform : public ui::Platform {
 public:
  void open_url(const std::string& url) override { opened.push_back(url); }
  void set_clipboard(const std::string& text) override { clipboard = text; }
  std::string save_file(const std::string& name, std::string_view bytes) override {
    saved.push_back({name, std::string(bytes)});
    return "Saved " + name;
  }
  void quick_exit() override { ++exits; }
  void set_title(const std::string& t) override { title = t; }
  std::string name() const override { return "test"; }

  struct Saved {
    std::string name, bytes;
  };
  std::vector<std::string> opened;
  std::vector<Saved> saved;
  std::string clipboard, title;
  int exits = 0;
};

class UiHarness {
 public:
  explicit UiHarness(float width = 1280, float height = 800);
  ~UiHarness();
  UiHarness(const UiHarness&) = delete;
  UiHarness& operator=(const UiHarness&) = delete;

  void resize(float width, float height);
  void frame(int n = 1);
  // Frames until no job is queued or running (loads, recurring lessons); false if that takes over `max` frames.
  bool settle(int max = 2000);
  // Left click in the middle of the widget last drawn under this probe name (ui::probe). False if not on screen.
  bool click(const std::string& probe);
  bool has(const std::string& probe) const { return app.probes.count(probe) > 0; }
  void type(const std::string& utf8);
  // A key by ImGui key (ImGuiKey_Escape...) or by scancode (ui/keys.h), pressed and released.
  void press_imgui_key(int imgui_key);
  void press_scancode(int scancode, bool shift = false, bool ctrl = false);
  void scroll(float wheel_lines);

  // Jobs run in slices of each frame, as in the browser (deterministic: no threads in tests).
  jobs::SlicedRunner runner{std::chrono::milliseconds(40)};
  ui::App app;
  RecordingPlatform platform;
  double time = 0;
};

}  // namespace dhrv::testing
