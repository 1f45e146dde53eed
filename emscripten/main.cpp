// Browser entry point: the same ui::draw_frame as the desktop, driven by the browser's animation frames.
//
// The canvas follows its container (web/app.js sizes the container; we match the SDL window to it each frame)
// and renders at devicePixelRatio so text is sharp on HiDPI screens. State lives in one WebHost, not in statics
// scattered across files; the exported functions below are the page's and the tests' way in.
#include <SDL.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <chrono>
#include <memory>

#include "app.h"
#include "json_codec.h"
#include "platform_web.h"
#include "sdl_gl_frame.h"

namespace {

struct WebHost {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  dhrv::ui::App app;
  dhrv::web::WebPlatform platform;
  int frames = 0;
};
WebHost* g_host = nullptr;  // the one host of this module instance (each widget is its own instance)

EM_JS(int, js_container_width, (), { return Module.dhrvHost ? Module.dhrvHost.width() : 800; });
EM_JS(int, js_container_height, (), { return Module.dhrvHost ? Module.dhrvHost.height() : 600; });
EM_JS(double, js_pixel_ratio, (), { return window.devicePixelRatio || 1; });
EM_JS(int, js_host_draws_brand, (), { return Module.dhrvHost && Module.dhrvHost.drawsBrand ? 1 : 0; });
EM_JS(void, js_ready, (), { Module.dhrvHost && Module.dhrvHost.ready(); });

void frame(void* arg) {
  auto& h = *static_cast<WebHost*>(arg);
  SDL_Event e;
  while (SDL_PollEvent(&e)) ImGui_ImplSDL2_ProcessEvent(&e);

  int cw = js_container_width(), ch = js_container_height();
  int ww, wh;
  SDL_GetWindowSize(h.window, &ww, &wh);
  if (cw > 0 && ch > 0 && (cw != ww || ch != wh)) SDL_SetWindowSize(h.window, cw, ch);
  dhrv::hosts::render_ui_frame(h.window, h.app, h.platform);
  if (++h.frames == 3) js_ready();  // content has been laid out and drawn
}

}  // namespace

extern "C" {

// Test and page hook: the viewer's state as JSON (query, what is shown, open review).
EMSCRIPTEN_KEEPALIVE const char* dhrv_state_json() {
  static std::string out;
  if (!g_host || !g_host->app.index) return "{}";
  const auto& app = g_host->app;
  dhrv::ojson j{{"query", app.search.query},
                {"view", std::string(dhrv::ui::main_view_name(app.view))},
                {"open_review", app.open_review},
                {"matching_recommendations", app.search.results.recommendations.size()},
                {"matching_reviews", app.search.results.reviews.size()},
                {"error", app.search.results.error},
                {"reviews", app.corpus().reviews.size()},
                {"recommendations", app.corpus().recommendation_count()},
                {"frames", g_host->frames},
                {"exiting", app.exiting}};
  out = j.dump();
  return out.c_str();
}

}  // extern "C"

int main() {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) return 1;
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  auto* host = new WebHost();  // lives as long as the page
  g_host = host;
  host->window = SDL_CreateWindow("DHR Viewer", 0, 0, js_container_width(), js_container_height(),
                                  SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  host->gl = SDL_GL_CreateContext(host->window);
  if (!host->gl) return 1;
  SDL_GL_MakeCurrent(host->window, host->gl);

  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the web build stores nothing without being asked
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplSDL2_InitForOpenGL(host->window, host->gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  dhrv::ui::load_sample(host->app);
  host->app.display_scale = static_cast<float>(js_pixel_ratio());
  host->app.show_brand = js_host_draws_brand() == 0;
  dhrv::ui::apply_style(host->app);

  emscripten_set_main_loop_arg(frame, host, 0, false);
  return 0;
}
