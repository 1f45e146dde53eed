// sdl_event_pump.h: hands SDL's events to ImGui once per frame without losing quick key taps.
//
// ImGui 1.86 reads key state once per frame. A key that goes down and up between two frames (a fast typist, a
// test driver, a screen reader's simulated key) would never be seen as pressed. So each key changes at most once
// per frame: its second event, and everything after it, wait for the next frame, in order. Three quick Shifts
// are three presses even when frames are slow.
#pragma once

#include <SDL.h>

#include <functional>
#include <vector>

namespace dhrv::hosts {

class SdlEventPump {
 public:
  // Feeds this frame's events to ImGui; `also` sees every event too (quit, file drops...).
  void pump(const std::function<void(const SDL_Event&)>& also = {});

 private:
  std::vector<SDL_Event> deferred_;
};

}  // namespace dhrv::hosts
