// sdl_event_pump.h: hands SDL's events to ImGui once per frame without losing quick key taps.
//
// ImGui 1.86 reads key state once per frame. A key that goes down and up between two frames (a fast typist, a
// test driver, a screen reader's simulated key) would never be seen as pressed. So each key changes at most once
// per frame: its second event, and everything after it, wait for the next frame, in order. Three quick Shifts
// are three presses even when frames are slow. Mouse buttons likewise, and a press waits a frame after the
// pointer moves, so it lands on what is under the pointer now.
//
// The wheel is read here too: the 1.86 backend turns any wheel event into one step, so a long trackpad move or a
// touch swipe (web/site/dhrv-embed.js sends those as pixel deltas) scrolled only a few lines. SDL's precise
// amount is used instead.
#pragma once

#include <SDL.h>

#include <functional>
#include <vector>

namespace dhrv::hosts {

class SdlEventPump {
 public:
  // Feeds this frame's events to ImGui; `also` sees every event too (quit, file drops...). Returns whether there
  // was any event (hosts draw again only when something happened).
  bool pump(const std::function<void(const SDL_Event&)>& also = {});

 private:
  std::vector<SDL_Event> deferred_;
};

}  // namespace dhrv::hosts
