#include "ui_harness.h"

#include <imgui.h>

namespace dhrv::testing {

namespace {
// The SDL scancodes the SDL2 backend maps ImGui's named keys to (USB HID usage IDs), so views see what they
// would see from a real keyboard.
void map_keys(ImGuiIO& io) {
  io.KeyMap[ImGuiKey_Tab] = 43;
  io.KeyMap[ImGuiKey_LeftArrow] = 80;
  io.KeyMap[ImGuiKey_RightArrow] = 79;
  io.KeyMap[ImGuiKey_UpArrow] = 82;
  io.KeyMap[ImGuiKey_DownArrow] = 81;
  io.KeyMap[ImGuiKey_PageUp] = 75;
  io.KeyMap[ImGuiKey_PageDown] = 78;
  io.KeyMap[ImGuiKey_Home] = 74;
  io.KeyMap[ImGuiKey_End] = 77;
  io.KeyMap[ImGuiKey_Delete] = 76;
  io.KeyMap[ImGuiKey_Backspace] = 42;
  io.KeyMap[ImGuiKey_Space] = 44;
  io.KeyMap[ImGuiKey_Enter] = 40;
  io.KeyMap[ImGuiKey_Escape] = 41;
  io.KeyMap[ImGuiKey_KeyPadEnter] = 88;
  io.KeyMap[ImGuiKey_A] = 4;
  io.KeyMap[ImGuiKey_C] = 6;
  io.KeyMap[ImGuiKey_V] = 25;
  io.KeyMap[ImGuiKey_X] = 27;
  io.KeyMap[ImGuiKey_Y] = 28;
  io.KeyMap[ImGuiKey_Z] = 29;
}
}  // namespace

UiHarness::UiHarness(float width, float height) {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  map_keys(io);
  app.record_probes = true;
  app.jobs = &runner;
  ui::load_sample(app);
  ui::rebuild_fonts(app);
  unsigned char* pixels;
  int w, h;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // marks the atlas as uploaded; nothing is rendered
  ui::apply_style(app);
  settle();
  frame(3);
}

bool UiHarness::settle(int max) {
  for (int i = 0; i < max; ++i) {
    if (!runner.busy() && app.data.ready()) return true;
    frame();
  }
  return !runner.busy();
}

UiHarness::~UiHarness() { ImGui::DestroyContext(); }

void UiHarness::resize(float width, float height) {
  ImGui::GetIO().DisplaySize = ImVec2(width, height);
  frame(3);
}

void UiHarness::frame(int n) {
  for (int i = 0; i < n; ++i) {
    ImGuiIO& io = ImGui::GetIO();
    if (app.display.fonts_dirty) {
      ui::rebuild_fonts(app);
      unsigned char* pixels;
      int w, h;
      io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
      ui::apply_style(app);
    }
    time += io.DeltaTime;
    ui::apply_injected_keys(app);
    ImGui::NewFrame();
    ui::draw_frame(app, platform);
    ImGui::Render();
  }
}

bool UiHarness::click(const std::string& probe) {
  auto it = app.probes.find(probe);
  if (it == app.probes.end()) return false;
  const auto& r = it->second;
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2((r.x0 + r.x1) * 0.5f, (r.y0 + r.y1) * 0.5f);
  frame();
  io.MouseDown[0] = true;
  frame();
  io.MouseDown[0] = false;
  frame(2);
  return true;
}

void UiHarness::type(const std::string& utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
  frame(2);
}

void UiHarness::press_imgui_key(int imgui_key) { press_scancode(ImGui::GetIO().KeyMap[imgui_key]); }

void UiHarness::press_scancode(int scancode, bool shift, bool ctrl) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeyShift = shift;
  io.KeyCtrl = ctrl;
  io.KeysDown[scancode] = true;
  frame();
  io.KeysDown[scancode] = false;
  io.KeyShift = false;
  io.KeyCtrl = false;
  frame(2);
}

void UiHarness::scroll(float wheel_lines) {
  ImGui::GetIO().MouseWheel = wheel_lines;
  frame();
  ImGui::GetIO().MouseWheel = 0;
  frame();
}

}  // namespace dhrv::testing
