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

  // A key is seen at most once per frame: the second event for the same key (its release, or a new press) and
  // everything after it wait for the next frame, in order.
  std::vector<SDL_Scancode> touched;
  for (std::size_t i = 0; i < queue.size(); ++i) {
    SDL_Event& e = queue[i];
    if (e.type == SDL_KEYDOWN || e.type == SDL_KEYUP) {
      const SDL_Scancode code = e.key.keysym.scancode;
      if (std::find(touched.begin(), touched.end(), code) != touched.end()) {
        deferred_.assign(queue.begin() + static_cast<std::ptrdiff_t>(i), queue.end());
        return;
      }
      touched.push_back(code);
    }
    ImGui_ImplSDL2_ProcessEvent(&e);
    if (also) also(e);
  }
}

}  // namespace dhrv::hosts
