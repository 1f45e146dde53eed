// dhrv-desktop: DHR Viewer in an SDL2 + OpenGL3 window. Owns the loop; everything drawn comes from ui/.
//
//   dhrv-desktop [--screenshot FILE.png] [--size WxH] [--theme light|dark] [--zoom 1.5] [--query TEXT]
//                [--review ID] [--view recommendations|reviews|insights|recurring] [--state-file FILE]
//                [FILES or FOLDERS...]
// --state-file: after each drawn frame (at most ten times a second) the view and where each control was drawn
// are written there as JSON, for the tests that drive the window with xdotool (tests/desktop_input.sh).
// Files dropped onto the window are added to what is loaded. Window size, theme and zoom are remembered
// (settings_file.h), except in --screenshot runs, which neither read nor write them.
#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <cstdlib>
#include <string>
#include <vector>

#include "accessible_view.h"
#include "app.h"
#include "json_codec.h"
#include "jobs/threaded_runner.h"
#include "platform_native.h"
#include "system_file_chooser.h"
#include "sdl_event_pump.h"
#include "sdl_gl_frame.h"
#include "screenshot.h"
#include "settings_file.h"

namespace {

struct Options {
  std::string screenshot;
  int width = 0, height = 0;
  std::string theme, query, review, view, state_file;
  float zoom = 0;
  std::vector<std::string> files;
};

bool parse_options(int argc, char** argv, Options& o) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--screenshot") o.screenshot = next();
    else if (a == "--size") std::sscanf(next().c_str(), "%dx%d", &o.width, &o.height);
    else if (a == "--theme") o.theme = next();
    else if (a == "--query") o.query = next();
    else if (a == "--review") o.review = next();
    else if (a == "--view") o.view = next();
    else if (a == "--state-file") o.state_file = next();
    else if (a == "--zoom") o.zoom = std::strtof(next().c_str(), nullptr);
    else if (a == "--help" || a == "-h") {
      std::puts("usage: dhrv-desktop [--screenshot FILE.png] [--size WxH] [--theme light|dark] [--zoom Z] "
                "[--query TEXT] [--review ID] [--view recommendations|reviews|insights|recurring] [--state-file FILE] "
                "[FILES or FOLDERS...]");
      return false;
    } else o.files.push_back(a);
  }
  return true;
}

// The view and the controls' positions, for input tests (written to a temporary name, then renamed, so a reader
// never sees half a file).
void write_state(const dhrv::ui::App& app, const std::string& path) {
  if (!app.data.ready()) return;
  dhrv::ojson j = dhrv::ojson::parse(dhrv::ui::accessible_view_json(app, 5), nullptr, false);
  dhrv::ojson probes = dhrv::ojson::object();
  for (const auto& [name, r] : app.probes) probes[name] = {r.x0, r.y0, r.x1, r.y1};
  j["probes"] = std::move(probes);
  {
    std::ofstream out(path + ".tmp", std::ios::binary | std::ios::trunc);
    out << j.dump();
  }
  std::rename((path + ".tmp").c_str(), path.c_str());
}

// Reads the files given on the command line (or the sample corpus) into the app, as a job on its own thread.
void load(dhrv::ui::App& app, const std::vector<std::string>& files) {
  if (files.empty()) dhrv::ui::load_sample(app);
  else dhrv::ui::open_sources(app, dhrv::sources_from_paths(files), "Opening files");
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  if (!parse_options(argc, argv, opt)) return 0;
  const bool remember = opt.screenshot.empty();
  const std::string settings_file = remember ? dhrv::native::settings_path() : std::string();
  dhrv::native::WindowSettings saved = remember ? dhrv::native::load_settings(settings_file) : dhrv::native::WindowSettings{};
  if (opt.width <= 0 || opt.height <= 0) {
    opt.width = saved.width;
    opt.height = saved.height;
  }
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "dhrv-desktop: cannot start SDL: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_Window* window = SDL_CreateWindow("DHR Viewer", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, opt.width,
                                        opt.height, SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  SDL_GLContext gl = window ? SDL_GL_CreateContext(window) : nullptr;
  if (!gl) {
    std::fprintf(stderr, "dhrv-desktop: cannot create an OpenGL 3 window: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_MakeCurrent(window, gl);
  SDL_GL_SetSwapInterval(opt.screenshot.empty() ? 1 : 0);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is code, not a file beside the binary
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplSDL2_InitForOpenGL(window, gl);
  ImGui_ImplOpenGL3_Init("#version 130");

  dhrv::jobs::ThreadedRunner runner;  // loads and lessons run beside the window, which keeps drawing
  dhrv::ui::App app;
  app.jobs = &runner;
  app.settings = saved.ui;
  if (opt.theme == "dark") app.settings.theme = dhrv::ui::Theme::dark;
  if (opt.theme == "light") app.settings.theme = dhrv::ui::Theme::light;
  if (opt.zoom >= 0.75f && opt.zoom <= 2.5f) app.settings.zoom = opt.zoom;
  load(app, opt.files);
  app.search.query = opt.query;
  if (!opt.review.empty()) dhrv::ui::open_review(app, opt.review);
  if (!opt.view.empty() && dhrv::ui::main_view_from_name(opt.view, app.nav.view)) app.nav.view_requested = true;
  // The system file chooser, unless screenshots are being taken (nothing is chosen then) or it is turned off.
  const bool chooser = opt.screenshot.empty() && !std::getenv("DHRV_NO_SYSTEM_CHOOSER") &&
                       dhrv::native::system_file_chooser_available();
  dhrv::native::NativePlatform platform(window, chooser);
  app.record_probes = !opt.state_file.empty();
  auto last_state_write = std::chrono::steady_clock::now() - std::chrono::seconds(1);
  dhrv::ui::apply_style(app);

  // Screenshots: the pointer sits in a corner, so no tooltip or hover shows by accident.
  if (!opt.screenshot.empty()) SDL_WarpMouseInWindow(window, opt.width - 1, opt.height - 1);
  int frames = 0;
  bool running = true;
  std::vector<std::string> dropped;
  dhrv::hosts::SdlEventPump events;
  int quiet_frames = 0;  // frames in a row with no input and nothing running
  while (running && !platform.quit_requested()) {
    // Idle: sleep until input comes (or a quarter second passes, for a tooltip's delay). A few frames are
    // drawn after the last event first, because ImGui lays out from the previous frame.
    if (opt.screenshot.empty() && quiet_frames >= 3 && !dhrv::ui::busy(app)) SDL_WaitEventTimeout(nullptr, 250);
    const bool input = events.pump([&](const SDL_Event& e) {
      if (e.type == SDL_QUIT) running = false;
      if (e.type == SDL_DROPFILE && e.drop.file) {
        dropped.emplace_back(e.drop.file);
        SDL_free(e.drop.file);
      }
      if (e.type == SDL_DROPCOMPLETE && !dropped.empty()) {
        dhrv::ui::open_sources(app, dhrv::sources_from_paths(dropped), "Opening dropped files");
        dropped.clear();
      }
    });
    quiet_frames = input || dhrv::ui::busy(app) ? 0 : quiet_frames + 1;
    const auto [dw, dh] = dhrv::hosts::render_ui_frame(window, app, platform);
    if (!opt.state_file.empty() && !app.exiting && std::chrono::steady_clock::now() - last_state_write > std::chrono::milliseconds(100)) {
      write_state(app, opt.state_file);
      last_state_write = std::chrono::steady_clock::now();
    }
    // Screenshots wait for the data (and its lessons) to be there.
    if (!opt.screenshot.empty() && (runner.busy() || !app.data.ready())) {
      SDL_GL_SwapWindow(window);
      continue;
    }
    if (!opt.screenshot.empty() && ++frames == 4) {
      // Several frames first: ImGui sizes windows and tables from the previous frame.
      bool ok = dhrv::native::write_framebuffer_png(opt.screenshot, dw, dh);
      std::fprintf(ok ? stdout : stderr, ok ? "wrote %s\n" : "dhrv-desktop: could not write %s\n", opt.screenshot.c_str());
      running = false;
      if (!ok) return 1;
    }
    SDL_GL_SwapWindow(window);
    // "Open…" asked for the system chooser: shown now, between frames; it waits for the person.
    if (const auto request = platform.take_request(); request != dhrv::native::NativePlatform::Request::none) {
      const bool folder = request == dhrv::native::NativePlatform::Request::folder;
      const auto paths = dhrv::native::choose_with_system_dialog(folder ? dhrv::native::ChooseWhat::folder
                                                                        : dhrv::native::ChooseWhat::files);
      if (!paths.empty())
        dhrv::ui::open_sources(app, dhrv::sources_from_paths(paths),
                               paths.size() == 1 ? "Opening " + paths[0] : "Opening " + std::to_string(paths.size()) + " files");
      quiet_frames = 0;
    }
  }

  if (remember && !app.exiting) {
    saved.ui = app.settings;
    SDL_GetWindowSize(window, &saved.width, &saved.height);
    dhrv::native::save_settings(settings_file, saved);
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  SDL_GL_DeleteContext(gl);
  SDL_DestroyWindow(window);
  SDL_Quit();
  return 0;
}
