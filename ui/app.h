// app.h: the viewer's state and its one per-frame entry point, shared by desktop and web.
//
// Each target creates an App, gives it a job runner (a thread natively, frame slices in the browser), feeds ImGui
// its input, calls draw_frame() once per frame and renders. Everything the views show comes from App; nothing
// here touches SDL, GL or the browser (those sit behind Platform). App is grouped by what it owns: the loaded
// data, what is being looked at, the panels, settings, display and the host's extra input.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "jobs/job.h"
#include "pipeline/load.h"
#include "platform.h"
#include "search/search_index.h"
#include "search/national_recommendations.h"
#include "search/status_breakdown.h"
#include "search/similar.h"
#include "search_session.h"
#include "ui_tables.h"

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

// What is loaded: the corpus with its index and similarity model, swapped in whole when a load finishes (a failed
// or cancelled load changes nothing), and the records read so far, so opening more files never reads earlier ones
// again. `generation` bumps with every swap; everything computed from the data is kept per generation.
struct LoadedData {
  std::shared_ptr<const SearchIndex> index;           // owns the corpus
  std::shared_ptr<const SimilarityModel> similarity;  // over `index`
  CorpusBuilder records;
  // The words of every indexed text, for the next load's rebuild (search_index.h). Shared with the load job that
  // runs; loads run one after another.
  std::shared_ptr<IndexWords> words = std::make_shared<IndexWords>();
  std::uint64_t generation = 0;
  double load_seconds = 0;
  bool ready() const { return index != nullptr; }
  const Corpus& corpus() const { return index->corpus(); }
};

// Loading and lesson-finding jobs, as the views see them.
struct Work {
  bool loading = false;                 // a load job is queued or running
  std::vector<Source> waiting;          // files opened while a load runs: read by the next load
  std::string waiting_what;
  jobs::Job* lessons_job = nullptr;     // set while recurring lessons are being found
  std::uint64_t lessons_generation = 0;  // the data generation `lessons` are for (0: none yet)
  std::vector<RecurringLesson> lessons;
  std::vector<NationalBody> national;    // for lessons_generation too: found by the same job
  // The Insights "carried out" charts over the current results (status_breakdown.h), for results generation
  // `breakdown_for` (0: none yet).
  std::uint64_t breakdown_for = 0;
  StatusBreakdown breakdown;
  // Similar recommendations, per recommendation, for the current generation.
  std::uint64_t similar_generation = 0;
  std::unordered_map<std::uint32_t, std::vector<Hit>> similar;
};

// What is being looked at.
struct Navigation {
  MainView view = MainView::recommendations;
  bool view_requested = false;    // select `view` in the tab bar on the next frame
  bool views_as_buttons = false;  // the last frame drew the views as a wrapping row of buttons (too narrow for tabs)
  bool reading = false;           // narrow screens: the review page replaces the results until "Back"
  bool filters_in_drawer = false; // set by the layout: the filters panel is not on screen
  std::string open_review;        // review id shown in the reading pane; empty = none
  std::uint32_t open_recommendation = kNoTerm;  // recommendation to bring into view on the review page
  bool scroll_to_recommendation = false;
  int cursor = 0;                 // keyboard selection in the result list
  std::uint64_t list_generation = 0;  // results generation the list was drawn for
};

// Panels and dialogs that can be open.
struct Panels {
  bool filters = false;      // narrow screens: the filters drawer
  bool diagnostics = false;
  bool about = false;
  bool open = false;         // desktop without a file chooser: type a path to open
  std::string open_path;
};

struct Display {
  float scale = 1.0f;        // device pixels per logical pixel (HiDPI)
  bool fonts_dirty = true;   // the host rebuilds the font atlas when set
  FontSet fonts;
};

// GOV.UK "Exit this page" by keyboard: Shift pressed and released on its own, three times within 5 seconds.
struct ShiftTaps {
  bool down = false;
  bool spoiled = false;  // another key went down while Shift was held (a capital letter, Shift+Tab)
  double times[3] = {-100, -100, -100};
};

// A key tap or some text from outside ImGui (a phone's keyboard, paste), applied in the order it came.
struct InjectedInput {
  int key = -1;      // an ImGui key index, held down for one frame; or
  std::string text;  // characters, as if typed
};

// Input the host feeds in besides ImGui's own.
struct HostInput {
  bool show_brand = true;         // name and exit button in the canvas (off where the page draws them in HTML)
  bool host_counts_shift = false; // the host counts Shift presses for quick exit itself (the web page does)
  bool embedded = false;          // on someone else's page (widget, iframe): the status bar says only what matches
  std::deque<InjectedInput> typed; // from outside ImGui: one entry per frame, so erase-then-type keeps its order
  bool focus_search = false;      // put the cursor in the search box next frame (the canvas got focus by Tab)
  int typing_ahead = 0;           // frames left in which letters typed before the search box is active are kept
  int releasing = -1;             // the key held down last frame, released this frame
  ShiftTaps shift;
};

struct App {
  LoadedData data;
  SearchSession search;
  Navigation nav;
  Panels panels;
  Settings settings;
  Display display;
  HostInput input;
  Work work;
  jobs::JobRunner* jobs = nullptr;  // the host's runner; must outlive the App's jobs
  std::string status;               // last message (saved a file, copied, opened files...)
  bool exiting = false;             // quick exit pressed: draw nothing from now on

  // Where named widgets were last drawn (screen rectangles), for the scripted UI tests and the web mirror's
  // focus sync. Filled only when `record_probes` is set.
  bool record_probes = false;
  struct Rect {
    float x0, y0, x1, y1;
  };
  std::map<std::string, Rect> probes;

  float effective_scale() const { return display.scale * settings.zoom; }
  const Corpus& corpus() const { return data.corpus(); }
  const SearchIndex& index() const { return *data.index; }
};

// Reads sources (files, a folder, bytes the browser read) into what is loaded, as a job: progress is shown and
// the viewer stays usable meanwhile. Files opened while a load runs are read by the next one.
void open_sources(App& app, std::vector<Source> sources, std::string what);
// The sample data compiled into the program (a fresh start: what was loaded is replaced).
void load_sample(App& app);
// The job now running (for progress and Cancel), or null.
const jobs::Job* current_job(const App& app);
void cancel_jobs(App& app);

// Similar recommendations in other reviews (cached per data generation).
const std::vector<Hit>& similar_to(App& app, std::uint32_t doc);

// Opens a review (and optionally brings one of its recommendations into view).
void open_review(App& app, const std::string& review_id, std::uint32_t recommendation = kNoTerm);

// Builds the fonts for the current scale into ImGui's atlas (the host then uploads the texture).
void rebuild_fonts(App& app);
// Applies colours and sizes for the current theme and scale.
void apply_style(const App& app);

// Draws one frame of the whole UI (polls the job runner first).
void draw_frame(App& app, Platform& platform);

// Whether the next frames change by themselves (a job runs, injected input waits, fonts or data are not ready):
// hosts draw only on input otherwise, so an idle viewer leaves the processor alone.
bool busy(const App& app);

// Feeds keys tapped from outside ImGui (commands.h "key") to ImGui: each down for one frame, up the next. Hosts
// call it before each frame.
void apply_injected_keys(App& app);

// Records the last item's rectangle under `name` when probes are on.
void probe(App& app, const std::string& name);

}  // namespace dhrv::ui
