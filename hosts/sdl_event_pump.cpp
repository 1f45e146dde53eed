#include "sdl_event_pump.h"

#include <imgui_impl_sdl.h>

#include <algorithm>

namespace dhrv::hosts {

void SdlEventPump::pump(const std::function<void(const SDL_Event&)>& also) {
  // Events held back last frame come first, then this frame's, in order.
  std::vector<SDL_Event> queue = std::move(deferred_);
  deferred_.clear();
  SDL_Event polled;
  while (SDL_PollEvent(&polled)) queue.push_back(polled);

  std::vector<SDL_Scancode> went_down;
  for (std::size_t i = 0; i < queue.size(); ++i) {
    SDL_Event& e = queue[i];
    const bool key = e.type == SDL_KEYDOWN || e.type == SDL_KEYUP;
    const bool seen = key && std::find(went_down.begin(), went_down.end(), e.key.keysym.scancode) != went_down.end();
    if (e.type == SDL_KEYDOWN && seen && !e.key.repeat) {
      // The same key tapped again within one frame (a slow frame, a fast typist): the rest waits for the next
      // frame, so every tap is seen as a press.
      deferred_.assign(queue.begin() + static_cast<std::ptrdiff_t>(i), queue.end());
      return;
    }
    if (e.type == SDL_KEYUP && seen) {
      // Went down this frame: keep it down for this frame, release it in the next.
      deferred_.push_back(e);
      continue;
    }
    if (e.type == SDL_KEYDOWN) went_down.push_back(e.key.keysym.scancode);
    ImGui_ImplSDL2_ProcessEvent(&e);
    if (also) also(e);
  }
}

}  // namespace dhrv::hosts
