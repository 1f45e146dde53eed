#include "sdl_event_pump.h"

#include <imgui_impl_sdl.h>

#include <algorithm>

namespace dhrv::hosts {

void SdlEventPump::pump(const std::function<void(const SDL_Event&)>& also) {
  std::vector<SDL_Event> held = std::move(deferred_);
  deferred_.clear();
  for (SDL_Event& e : held) ImGui_ImplSDL2_ProcessEvent(&e);
  std::vector<SDL_Scancode> went_down;
  SDL_Event e;
  while (SDL_PollEvent(&e)) {
    if (e.type == SDL_KEYDOWN) went_down.push_back(e.key.keysym.scancode);
    if (e.type == SDL_KEYUP && std::find(went_down.begin(), went_down.end(), e.key.keysym.scancode) != went_down.end()) {
      deferred_.push_back(e);
      continue;
    }
    ImGui_ImplSDL2_ProcessEvent(&e);
    if (also) also(e);
  }
}

}  // namespace dhrv::hosts
