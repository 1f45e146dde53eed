// app.h: the viewer's state and its one per-frame entry point, shared by desktop and web.
//
// Each target creates an App, feeds ImGui its input, calls draw_frame() once per frame and renders. Everything
// the views show comes from App; nothing here touches SDL, GL or the browser (those sit behind Platform).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "platform.h"
#include "search/search_index.h"
#include "search/similar.h"
#include "search_session.h"

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

// The main area's tabs.
enum class MainView { recommendations, reviews, insights, recurring };
std::string_view main_view_name(MainView v);

// Lessons recurring across reviews, computed on first use for the loaded index (it takes a moment on big corpora).
struct RecurringCache {
  const SearchIndex* for_index = nullptr;
  std::vector<RecurringLesson> lessons;
  int frames_waited = 0;
};

struct App {
  // Data: the index owns the corpus; both are replaced whole when files load (a failed load changes nothing).
  std::shared_ptr<const SearchIndex> index;
  std::vector<InputFile> inputs;  // what the corpus was built from; opening files adds to these
  std::unique_ptr<SimilarityModel> similarity;  // for "similar recommendations", built with the index
  double load_seconds = 0;
  std::string load_summary;  // "3 files: 649 reviews, 22 recommendations; 2 warnings"

  // What is being looked at.
  SearchSession search;
  MainView view = MainView::recommendations;
  bool view_requested = false;    // select `view` in the tab bar on the next frame
  bool reading = false;           // narrow screens: the review page replaces the results until "Back"
  bool filters_in_drawer = false; // set by the layout: the filters panel is not on screen
  std::string open_review;        // review id shown in the reading pane; empty = none
  std::uint32_t open_recommendation = kNoTerm;  // recommendation to bring into view on the review page
  bool scroll_to_recommendation = false;
  int cursor = 0;                 // keyboard selection in the result list
  bool cursor_moved = false;      // scroll the list to the cursor
  std::uint64_t list_generation = 0;  // results generation the list was drawn for
  RecurringCache recurring;

  // Panels and dialogs.
  bool show_filters = false;      // narrow screens: the filters drawer
  bool show_diagnostics = false;
  bool show_about = false;
  bool show_help = false;         // query language help
  bool show_open = false;         // desktop: type a path to open
  std::string open_path;
  bool show_brand = true;   // name and exit button in the canvas (off where the host page draws them in HTML)
  bool exiting = false;     // quick exit pressed: draw nothing from now on
  std::string status;       // last message (saved a file, copied, ...)
  int injected_key = -1;    // a key pressed from outside ImGui's input (the phone keyboard's Backspace): held for
  int injected_release = -1;  // one frame by apply_injected_keys(), then released
  double shift_times[3] = {-100, -100, -100};  // last three Shift presses (quick-exit shortcut)

  Settings settings;
  float display_scale = 1.0f;  // device pixels per logical pixel (HiDPI)
  bool fonts_dirty = true;     // the host rebuilds the font atlas when set
  FontSet fonts;

  // Where named widgets were last drawn (screen rectangles), for the scripted UI tests and the web mirror's
  // focus sync. Filled only when `record_probes` is set.
  bool record_probes = false;
  struct Rect {
    float x0, y0, x1, y1;
  };
  std::map<std::string, Rect> probes;

  float effective_scale() const { return display_scale * settings.zoom; }
  const Corpus& corpus() const { return index->corpus(); }
};

// Installs a new index (and its corpus): keeps the query, clears filters (their values belong to the old
// index), keeps the open review when it still exists, otherwise opens the first review with recommendations.
void set_index(App& app, std::shared_ptr<const SearchIndex> index, double load_seconds);
// Convenience: builds the index for a corpus and installs it.
void set_corpus(App& app, std::shared_ptr<const Corpus> corpus, double load_seconds);
// Adds files to what is loaded and rebuilds. Files that yield nothing are reported and change nothing; if no file
// yields anything, the current corpus stays as it is. A single binary index file replaces what is loaded (a
// damaged one changes nothing). Returns a message for the status bar.
std::string add_files(App& app, std::vector<InputFile> files);
// Back to the sample corpus compiled into the program.
void load_sample(App& app);

// Opens a review (and optionally brings one of its recommendations into view).
void open_review(App& app, const std::string& review_id, std::uint32_t recommendation = kNoTerm);

// Builds the fonts for the current scale into ImGui's atlas (the host then uploads the texture).
void rebuild_fonts(App& app);
// Applies colours and sizes for the current theme and scale.
void apply_style(const App& app);

// Draws one frame of the whole UI.
void draw_frame(App& app, Platform& platform);

// Feeds a key injected by a command (commands.h "key") to ImGui: down for one frame, up the next. Hosts call it
// before each frame.
void apply_injected_keys(App& app);

// Records the last item's rectangle under `name` when probes are on.
void probe(App& app, const std::string& name);

}  // namespace dhrv::ui
