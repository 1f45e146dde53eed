// sdl_gl_frame.h: the per-frame work both SDL2 + OpenGL hosts share (desktop in native/, browser in emscripten/):
// follow the display's pixel density, rebuild fonts when needed, draw the shared UI and render it.
// The hosts keep only what differs: who owns the loop, window sizing, screenshots, the ready signal.
#pragma once

#include <SDL.h>

#include "app.h"

namespace dhrv::hosts {

struct DrawableSize {
  int width = 0, height = 0;  // in device pixels
};

// Draws one frame of `app` into the window's current GL context (events must already be fed to ImGui).
DrawableSize render_ui_frame(SDL_Window* window, ui::App& app, ui::Platform& platform);

}  // namespace dhrv::hosts
