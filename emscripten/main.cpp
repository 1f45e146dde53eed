// Browser entry point: the same ui::draw_frame as the desktop, driven by the browser's animation frames.
//
// The canvas follows its container (the page sizes the container; we match the SDL window to it each frame)
// and renders at devicePixelRatio so text is sharp on HiDPI screens. State lives in one WebHost per module
// instance (each embedded widget is its own instance with its own canvas). The exported functions below are the
// page's way in: the accessible mirror, deep links, dropped files and the tests all use them.
#include <algorithm>
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
#include "sources/source.h"
#include "view_state.h"

namespace {

struct WebHost {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  // The browser gives a page one thread: jobs run in slices of each frame, leaving the rest of it for drawing.
  dhrv::jobs::SlicedRunner runner{std::chrono::milliseconds(12)};
  dhrv::ui::App app;
  dhrv::web::WebPlatform platform;
  int frames = 0;
  std::string last_state;              // what the page was last told (to call stateChanged only on change)
  bool wanted_text = false;
  // Files handed over by the page (name, bytes), opened on commit.
  // Files handed over and not yet opened: their bytes, or why they could not be had (too large, a read that
  // failed), so that they are reported like unreadable files on the desktop rather than dropped.
  struct Incoming {
    std::string name, bytes, failure;
  };
  std::deque<Incoming> incoming;
  std::string part;  // where the page puts each part of a file it hands over
  bool ready_sent = false;
  std::string initial_hash;  // the deep link the page opened with, applied once the data is there
  dhrv::hosts::SdlEventPump events;
  int quiet_frames = 0;  // frames in a row with no input, command or job: drawing stops after a few
  double last_drawn = 0; // ms (emscripten_get_now)
  double last_input = 0; // ms: the last input, resize, command or files from the page
  bool woken = false;    // the page sent a command or files since the last frame
  int frames_drawn = 0;  // all frames drawn (read by the tests that check an idle viewer stops drawing)
};
WebHost* g_host = nullptr;  // the one host of this module instance

EM_JS(int, js_container_width, (), { return Module.dhrvHost ? Module.dhrvHost.width() : 800; });
EM_JS(int, js_container_height, (), { return Module.dhrvHost ? Module.dhrvHost.height() : 600; });
EM_JS(double, js_pixel_ratio, (), { return window.devicePixelRatio || 1; });
EM_JS(int, js_host_draws_brand, (), { return Module.dhrvHost && Module.dhrvHost.drawsBrand ? 1 : 0; });
EM_JS(int, js_host_embedded, (), { return Module.dhrvHost && Module.dhrvHost.embedded ? 1 : 0; });
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

// The state the page mirrors, without per-frame noise: changes when the query, results, view, open review, data
// or a job's progress (by whole percents) do.
std::string state_key(const WebHost& h) {
  const auto& a = h.app;
  std::string key = dhrv::ui::to_hash(dhrv::ui::capture_view_state(a)) + "|" + std::to_string(a.search.generation) +
                    "|" + std::to_string(a.data.generation) + "|" + a.status + "|" + (a.nav.reading ? "r" : "") + "|" +
                    std::to_string(a.work.lessons_generation);
  if (const auto* job = dhrv::ui::current_job(a)) {
    const auto p = job->control().progress();
    key += "|" + p.stage + "|" + std::to_string(static_cast<int>(p.fraction() * 100)) + "|" + std::to_string(p.done);
  }
  return key;
}

void frame(void* arg) {
  auto& h = *static_cast<WebHost*>(arg);
  const bool input = h.events.pump();

  int cw = js_container_width(), ch = js_container_height();
  int ww, wh;
  SDL_GetWindowSize(h.window, &ww, &wh);
  const bool resized = cw > 0 && ch > 0 && (cw != ww || ch != wh);
  if (resized) SDL_SetWindowSize(h.window, cw, ch);
  // Idle (nothing typed, clicked, sent or running): the canvas keeps its last picture and the main thread is
  // free. One frame every half second still runs, for a tooltip's delay.
  const bool active = input || resized || h.woken || dhrv::ui::busy(h.app) || !h.ready_sent;
  const double now = emscripten_get_now();
  if (input || resized || h.woken) h.last_input = now;
  h.woken = false;
  h.quiet_frames = active ? 0 : h.quiet_frames + 1;
  if (h.quiet_frames > 3 && now - h.last_drawn < 500) return;
  // A job running while the person leaves the page alone (no input for half a second): the job gets most of each
  // animation frame that draws nothing, and the canvas, showing its progress, is redrawn five times a second.
  // While they use the page, and in the frames that draw, drawing comes first and the job gets 12 ms. Either way
  // the thread is never held much over 30 ms.
  const bool background = h.ready_sent && h.runner.busy() && now - h.last_input > 500;
  if (background && now - h.last_drawn < 200) {
    h.runner.set_slice(std::chrono::milliseconds(30));
    h.runner.poll();
    return;
  }
  h.runner.set_slice(std::chrono::milliseconds(12));
  h.last_drawn = now;
  dhrv::hosts::render_ui_frame(h.window, h.app, h.platform);
  ++h.frames_drawn;
  ++h.frames;
  if (!h.initial_hash.empty() && h.app.data.ready()) {
    dhrv::ui::apply_command(h.app, h.platform, dhrv::ojson{{"hash", h.initial_hash}}.dump());
    h.initial_hash.clear();
    h.frames = 0;  // lay the linked view out before saying it is ready
  }
  if (!h.ready_sent && h.app.data.ready() && h.frames >= 3) {  // data laid out and drawn
    h.ready_sent = true;
    js_ready();
  }
  if (h.ready_sent) {
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
  if (!g_host || !g_host->app.data.ready()) return "{}";
  out = dhrv::ui::accessible_view_json(g_host->app, limit > 0 ? static_cast<std::size_t>(limit) : 50);
  return out.c_str();
}

// Where named controls were drawn last frame, in CSS pixels of the canvas: {"search":[x0,y0,x1,y1],...}, and
// "frames_drawn". Read-only; browser tests use it to click where a person would.
EMSCRIPTEN_KEEPALIVE const char* dhrv_probes_json() {
  static std::string out;
  if (!g_host) return "{}";
  dhrv::ojson j = dhrv::ojson::object();
  for (const auto& [name, r] : g_host->app.probes) j[name] = {r.x0, r.y0, r.x1, r.y1};
  j["frames_drawn"] = g_host->frames_drawn;
  out = j.dump();
  return out.c_str();
}

// Applies a command (commands.h); returns "" or what was wrong.
EMSCRIPTEN_KEEPALIVE const char* dhrv_command(const char* json) {
  static std::string out;
  if (!g_host) return "not started";
  g_host->woken = true;
  out = dhrv::ui::apply_command(g_host->app, g_host->platform, json ? json : "");
  return out.c_str();
}

// Files read by the page (dropped or picked) are handed over one by one, then loaded together. The page copies
// each file a few megabytes at a time into a scratch buffer the core keeps, and the core appends each part to the
// file's bytes (reserved once at its full size): one allocation per file, and the new memory is first written a
// part per frame. (Zero-filling a 70 MB buffer up front touched every new page at once: 230-330 ms in Chromium.)
// dhrv_file_begin returns the scratch buffer, or null when the file is refused (over the size limit: it is then
// reported when the files are opened); dhrv_file_part_size, the most a part may hold. The size is a double: a
// file of 2 GB or more does not fit an int.
constexpr std::size_t kPart = 4u << 20;
EMSCRIPTEN_KEEPALIVE char* dhrv_file_begin(const char* name, double length) {
  if (!g_host) return nullptr;
  auto& f = g_host->incoming.emplace_back();
  f.name = name ? name : "file";
  // Clamped so that the conversion is defined: not a size (NaN, negative) is taken as empty (and reported so).
  length = length >= 0 ? std::min(length, 1e18) : 0;
  f.failure = dhrv::over_size_limit(static_cast<std::uint64_t>(length));
  if (!f.failure.empty()) return nullptr;
  f.bytes.reserve(static_cast<std::size_t>(length));
  if (g_host->part.empty()) g_host->part.resize(kPart);
  return g_host->part.data();
}
EMSCRIPTEN_KEEPALIVE int dhrv_file_part_size() { return static_cast<int>(kPart); }
// Appends the first `length` bytes of the scratch buffer to the file begun last.
EMSCRIPTEN_KEEPALIVE void dhrv_file_append(int length) {
  if (!g_host || g_host->incoming.empty() || length <= 0 || !g_host->incoming.back().failure.empty()) return;
  g_host->incoming.back().bytes.append(g_host->part.data(), std::min(static_cast<std::size_t>(length), kPart));
}
// The page could not read the file begun last (it was moved or deleted after it was picked, say): what was
// handed over of it is dropped, and the file is reported as unreadable, with the browser's reason.
EMSCRIPTEN_KEEPALIVE void dhrv_file_failed(const char* reason) {
  if (!g_host || g_host->incoming.empty()) return;
  auto& f = g_host->incoming.back();
  std::string().swap(f.bytes);
  f.failure = std::string("could not be read by the browser") + (reason && *reason ? ": " + std::string(reason) : "");
}

// Opens the files handed over; they are read as a job over the next frames (progress is in the state).
EMSCRIPTEN_KEEPALIVE const char* dhrv_commit_files() {
  static std::string out;
  if (!g_host) return "not started";
  g_host->woken = true;
  std::vector<dhrv::Source> sources;
  for (auto& f : g_host->incoming)
    sources.push_back(f.failure.empty() ? dhrv::source_from_bytes(std::move(f.name), std::move(f.bytes))
                                        : dhrv::failed_source(std::move(f.name), std::move(f.failure)));
  g_host->incoming.clear();
  std::string().swap(g_host->part);
  const std::size_t n = sources.size();
  dhrv::ui::open_sources(g_host->app, std::move(sources), "Opening files");
  out = "Opening " + std::to_string(n) + (n == 1 ? " file" : " files");
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

  host->app.jobs = &host->runner;
  dhrv::ui::load_sample(host->app);
  host->app.display.scale = static_cast<float>(js_pixel_ratio());
  host->app.input.show_brand = js_host_draws_brand() == 0;
  host->app.record_probes = true;  // control positions, for dhrv_probes_json
  host->app.input.host_counts_shift = true;
  host->app.input.embedded = js_host_embedded() != 0;  // dhrv-embed.js counts lone Shift taps by the clock, page-wide
  char hash[4096];
  if (js_initial_hash(hash, sizeof hash) > 0) host->initial_hash = hash;
  dhrv::ui::apply_style(host->app);

  emscripten_set_main_loop_arg(frame, host, 0, false);
  return 0;
}
