// app.h: the viewer's state and its one per-frame entry point, shared by desktop and web.
//
// Each target creates an App, feeds ImGui its input, calls draw_frame() once per frame and renders. Everything
// the views show comes from App; nothing here touches SDL, GL or the browser (those sit behind Platform).
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "corpus.h"
#include "platform.h"

struct ImFont;

namespace dhrv::ui {

// Fonts built by rebuild_fonts (style.cpp) for the current scale.
struct FontSet {
  ImFont* body = nullptr;
  ImFont* heading = nullptr;
  ImFont* small = nullptr;
};

enum class Theme { light, dark };

struct Settings {
  Theme theme = Theme::light;
  float zoom = 1.0f;  // user zoom, 0.75 .. 2.5, on top of the display scale
};

struct App {
  // Data: replaced whole when files load (a failed load leaves it untouched).
  std::shared_ptr<const Corpus> corpus;
  double load_seconds = 0;

  // View state.
  std::string query;
  std::string open_review;  // review id shown on the right; empty = none
  bool show_diagnostics = false;
  bool show_about = false;
  bool show_brand = true;   // name and exit button in the canvas (off where the host page draws them in HTML)
  bool exiting = false;     // quick exit pressed: draw nothing from now on
  std::string status;       // last message (saved a file, copied, ...)
  double shift_times[3] = {-100, -100, -100};  // last three Shift presses (quick-exit shortcut)

  Settings settings;
  float display_scale = 1.0f;  // device pixels per logical pixel (HiDPI)
  bool fonts_dirty = true;     // the host rebuilds the font atlas when set
  FontSet fonts;

  // Filtered view, recomputed when the query or corpus changes.
  std::vector<const Review*> visible;
  std::string visible_for_query = "\x01";
  const Corpus* visible_for_corpus = nullptr;

  float effective_scale() const { return display_scale * settings.zoom; }
};

// Sets the corpus and opens the first review that has recommendations.
void set_corpus(App& app, std::shared_ptr<const Corpus> corpus, double load_seconds);

// Builds the fonts for the current scale into ImGui's atlas (the host then uploads the texture).
void rebuild_fonts(App& app);
// Applies colours and sizes for the current theme and scale.
void apply_style(const App& app);

// Draws one frame of the whole UI.
void draw_frame(App& app, Platform& platform);

}  // namespace dhrv::ui
