// Browser entry point: the same ui::draw_frame as the desktop, driven by the browser's animation frames.
//
// The canvas follows its container (the page sizes the container; we match the SDL window to it each frame)
// and renders at devicePixelRatio so text is sharp on HiDPI screens. State lives in one WebHost per module
// instance (each embedded widget is its own instance with its own canvas). The exported functions below are the
// page's way in: the accessible mirror, deep links, dropped files and the tests all use them.
#include <SDL.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <chrono>
#include <memory>

#include "accessible_view.h"
#include "app.h"
#include "commands.h"
#include "json_codec.h"
#include "platform_web.h"
#include "sdl_event_pump.h"
#include "sdl_gl_frame.h"
#include "view_state.h"

namespace {

struct WebHost {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  dhrv::ui::App app;
  dhrv::web::WebPlatform platform;
  int frames = 0;
  std::string last_state;              // what the page was last told (to call stateChanged only on change)
  bool wanted_text = false;
  std::vector<dhrv::InputFile> pending;  // files handed over by the page, loaded on commit
  dhrv::hosts::SdlEventPump events;
};
WebHost* g_host = nullptr;  // the one host of this module instance

EM_JS(int, js_container_width, (), { return Module.dhrvHost ? Module.dhrvHost.width() : 800; });
EM_JS(int, js_container_height, (), { return Module.dhrvHost ? Module.dhrvHost.height() : 600; });
EM_JS(double, js_pixel_ratio, (), { return window.devicePixelRatio || 1; });
EM_JS(int, js_host_draws_brand, (), { return Module.dhrvHost && Module.dhrvHost.drawsBrand ? 1 : 0; });
EM_JS(void, js_ready, (), { Module.dhrvHost && Module.dhrvHost.ready(); });
EM_JS(void, js_state_changed, (), { Module.dhrvHost && Module.dhrvHost.stateChanged && Module.dhrvHost.stateChanged(); });
EM_JS(void, js_text_input, (int on), { Module.dhrvHost && Module.dhrvHost.textInput && Module.dhrvHost.textInput(!!on); });
// SDL 2.26 listens on the element "#canvas"; point that name at this instance's own canvas, so several viewers
// on one page each get their own events (specialHTMLTargets is per module instance).
EM_JS(void, js_bind_canvas, (), { specialHTMLTargets["#canvas"] = Module.canvas; });
EM_JS(int, js_initial_hash, (char* out, int cap), {
  var h = Module.dhrvHost && Module.dhrvHost.initialHash ? Module.dhrvHost.initialHash() : "";
  return stringToUTF8(h || "", out, cap);
});

// The state the page mirrors, without per-frame noise: changes when the query, results, view or open review do.
std::string state_key(const WebHost& h) {
  const auto& a = h.app;
  return dhrv::ui::to_hash(dhrv::ui::capture_view_state(a)) + "|" + std::to_string(a.search.generation) + "|" +
         a.status + "|" + (a.reading ? "r" : "") + "|" + (a.recurring.for_index ? "c" : "");
}

void frame(void* arg) {
  auto& h = *static_cast<WebHost*>(arg);
  h.events.pump();

  int cw = js_container_width(), ch = js_container_height();
  int ww, wh;
  SDL_GetWindowSize(h.window, &ww, &wh);
  if (cw > 0 && ch > 0 && (cw != ww || ch != wh)) SDL_SetWindowSize(h.window, cw, ch);
  dhrv::hosts::render_ui_frame(h.window, h.app, h.platform);
  if (++h.frames == 3) js_ready();  // content has been laid out and drawn
  if (h.frames >= 3) {
    std::string key = state_key(h);
    if (key != h.last_state) {
      h.last_state = std::move(key);
      js_state_changed();
    }
    const bool wants = ImGui::GetIO().WantTextInput;
    if (wants != h.wanted_text) {
      h.wanted_text = wants;
      js_text_input(wants);
    }
  }
}

void set_clipboard_text(void* user, const char* text) {
  static_cast<WebHost*>(user)->platform.set_clipboard(text ? text : "");
}

}  // namespace

extern "C" {

// The view, described for the accessible mirror and the tests (accessible_view.h); `limit` results at most.
EMSCRIPTEN_KEEPALIVE const char* dhrv_state_json(int limit) {
  static std::string out;
  if (!g_host || !g_host->app.index) return "{}";
  out = dhrv::ui::accessible_view_json(g_host->app, limit > 0 ? static_cast<std::size_t>(limit) : 50);
  return out.c_str();
}

// Applies a command (commands.h); returns "" or what was wrong.
EMSCRIPTEN_KEEPALIVE const char* dhrv_command(const char* json) {
  static std::string out;
  if (!g_host) return "not started";
  out = dhrv::ui::apply_command(g_host->app, g_host->platform, json ? json : "");
  return out.c_str();
}

// Files read by the page (dropped or picked): handed over one by one, then loaded together.
EMSCRIPTEN_KEEPALIVE void dhrv_add_file(const char* name, const char* bytes, int length) {
  if (!g_host || length < 0) return;
  g_host->pending.push_back({name ? name : "file", std::string(bytes, static_cast<std::size_t>(length))});
}

EMSCRIPTEN_KEEPALIVE const char* dhrv_commit_files() {
  static std::string out;
  if (!g_host) return "not started";
  out = dhrv::ui::add_files(g_host->app, std::move(g_host->pending));
  g_host->pending.clear();
  g_host->app.status = out;
  return out.c_str();
}

}  // extern "C"

int main() {
  js_bind_canvas();
  // Keys go to the canvas only (not the whole window), so the page's own inputs and the accessible mirror keep theirs.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
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
  // Copy from the canvas goes to the system clipboard (navigator.clipboard); paste arrives as text_input.
  io.SetClipboardTextFn = set_clipboard_text;
  io.ClipboardUserData = host;

  dhrv::ui::load_sample(host->app);
  host->app.display_scale = static_cast<float>(js_pixel_ratio());
  host->app.show_brand = js_host_draws_brand() == 0;
  char hash[4096];
  if (js_initial_hash(hash, sizeof hash) > 0) dhrv::ui::apply_command(host->app, host->platform, dhrv::ojson{{"hash", hash}}.dump());
  dhrv::ui::apply_style(host->app);

  emscripten_set_main_loop_arg(frame, host, 0, false);
  return 0;
}
