#include "sdl_event_pump.h"

#include <imgui.h>
#include <imgui_impl_sdl.h>

#include <algorithm>

namespace dhrv::hosts {

namespace {

void wheel(const SDL_MouseWheelEvent& w) {
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheel += w.preciseY;  // as the system reports it (natural scrolling already applied)
  if (w.x != 0) io.MouseWheelH += w.x > 0 ? 1.0f : -1.0f;  // sideways stays a step (the web sends it unscaled)
}

}  // namespace

bool SdlEventPump::pump(const std::function<void(const SDL_Event&)>& also) {
  // Events held back last frame come first, then this frame's, in order.
  std::vector<SDL_Event> queue = std::move(deferred_);
  deferred_.clear();
  SDL_Event polled;
  while (SDL_PollEvent(&polled)) queue.push_back(polled);
  const bool any = !queue.empty();

  // A key is seen at most once per frame: the second event for the same key (its release, or a new press) and
  // everything after it wait for the next frame, in order.
  // Mouse buttons are treated the same way, and a press waits for the frame after the pointer moved: ImGui
  // decides what is under the pointer at the start of a frame, so a quick move-and-click (a test driver, a
  // tap) would otherwise press whatever was hovered before.
  std::vector<int> touched;
  bool moved = false;
  for (std::size_t i = 0; i < queue.size(); ++i) {
    SDL_Event& e = queue[i];
    int code = -1;
    if (e.type == SDL_KEYDOWN || e.type == SDL_KEYUP) code = e.key.keysym.scancode;
    if (e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_MOUSEBUTTONUP) code = SDL_NUM_SCANCODES + e.button.button;
    const bool press_after_move = e.type == SDL_MOUSEBUTTONDOWN && moved;
    if (code >= 0) {
      if (press_after_move || std::find(touched.begin(), touched.end(), code) != touched.end()) {
        deferred_.assign(queue.begin() + static_cast<std::ptrdiff_t>(i), queue.end());
        return any;
      }
      touched.push_back(code);
    }
    if (e.type == SDL_MOUSEMOTION) moved = true;
    if (e.type == SDL_MOUSEWHEEL) wheel(e.wheel);
    else ImGui_ImplSDL2_ProcessEvent(&e);
    if (also) also(e);
  }
  return any;
}

}  // namespace dhrv::hosts
