// view_header.cpp: the bar at the top: product name, the search box (always there) with its help, the tools,
// and the "Exit this page" button that stays visible on every view.
#include <imgui.h>
#include <imgui_internal.h>  // which window the pointer is over, for the exit button under a popup
#include <imgui_stdlib.h>

#include <algorithm>

#include "fonts.h"
#include "keys.h"
#include "text.h"
#include "views.h"

namespace dhrv::ui {

bool draw_exit_button(App& app, Platform& platform) {
  const char* exit_label = "Exit this page";
  ImGui::PushStyleColor(ImGuiCol_Button, exit_colour());
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.60f, 0.10f, 0.08f, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.50f, 0.08f, 0.06f, 1));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  bool pressed = ImGui::Button(exit_label);
  ImGui::PopStyleColor(4);
  // An open popup (the search help) blocks clicks on every other window, but leaving must always work: a press
  // on the button counts whenever the pointer is over this window and not over the popup.
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (!pressed && ImGui::IsMouseClicked(0) && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByPopup) &&
      g.HoveredWindow && g.HoveredWindow->RootWindow == ImGui::GetCurrentWindow()->RootWindow)
    pressed = true;
  probe(app, "exit");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Leave quickly (or press Shift three times)");
  if (pressed) {
    app.exiting = true;
    platform.quick_exit();
  }
  return pressed;
}

namespace {

float button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetStyle().ItemSpacing.x;
}

}  // namespace

void draw_query_help(App& app) {
  if (!ImGui::BeginPopup("query-help")) return;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
  heading(app, "Searching");
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
  struct Example {
    const char* query;
    const char* meaning;
  };
  const Example examples[] = {
      {"MARAC training", "both words (in any order)"},
      {"\"mutual allegations\"", "this exact phrase"},
      {"volunt*", "words starting with volunt: voluntary, volunteer"},
      {"MARAC -training", "MARAC but not training"},
      {"IDVA OR IDAA", "either word"},
      {"agency:police", "addressed to the police (also: agency:\"health services\")"},
      {"theme:training", "tagged with a Home Office theme"},
      {"addressed:GP", "GP in the addressee"},
      {"csp:Nottingham  region:\"East Midlands\"", "by Community Safety Partnership or region"},
      {"year:2018  year:2016..2019  published:2022", "year of death, a range, year published"},
      {"status:in-progress  overdue:yes", "carried out? completed, in-progress, not-started, not-stated"},
      {"scope:national  lead:\"NHS England\"", "national, regional or local; the lead agency of its actions"},
  };
  if (ImGui::BeginTable("examples", 2, ImGuiTableFlags_SizingStretchProp)) {
    for (const auto& e : examples) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(e.query);
      if (ImGui::SmallButton(e.query)) {
        app.search.query = e.query;
        ImGui::CloseCurrentPopup();
      }
      ImGui::PopID();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(e.meaning);
    }
    ImGui::EndTable();
  }
  ImGui::TextDisabled("Case, accents and word endings do not matter: \"discharging\" also finds \"discharge\".");
  ImGui::PopTextWrapPos();
  ImGui::EndPopup();
}

void draw_header(App& app, Platform& platform) {
  // The web page draws its own HTML header with the same name and exit button; the canvas then starts at search.
  const float em = ImGui::GetFontSize();
  const bool narrow = ImGui::GetContentRegionAvail().x < em * 40.0f;
  if (app.input.show_brand) {
    ImGui::PushFont(app.display.fonts.heading);
    ImGui::TextUnformatted("DHR Viewer");
    ImGui::PopFont();
    if (!narrow) {  // the tagline gives way to the exit button on phones
      ImGui::SameLine();
      ImGui::PushFont(app.display.fonts.small);
      ImGui::AlignTextToFramePadding();
      ImGui::TextDisabled("What Domestic Homicide Reviews recommended, searchable");
      ImGui::PopFont();
    }
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_width("Exit this page") + ImGui::GetStyle().ItemSpacing.x);
    draw_exit_button(app, platform);
  }

  // Search: "/" or Ctrl+F focuses it, Esc clears it.
  ImGuiIO& io = ImGui::GetIO();
  const bool shortcut = !io.WantTextInput && (ImGui::IsKeyPressed(keys::Slash) || (io.KeyCtrl && ImGui::IsKeyPressed(keys::F)));
  if (shortcut) io.InputQueueCharacters.resize(0);  // the shortcut must not type itself: drop the "/"
  // Frames to keep what is typed before the box is ready (after Tab into the canvas, or "/").
  if (shortcut || app.input.focus_search) app.input.typing_ahead = 10;
  if (shortcut || app.input.focus_search) ImGui::SetKeyboardFocusHere();
  app.input.focus_search = false;
  const char* theme_label = app.settings.theme == Theme::dark ? "Light theme" : "Dark theme";
  float tools_w = button_width("?");
  for (const char* b : {"Open\xE2\x80\xA6", theme_label, "Problems", "About"}) tools_w += button_width(b);
  if (!narrow && ImGui::GetContentRegionAvail().x < em * 62) tools_w = button_width("?");  // tools wrap below
  ImGui::SetNextItemWidth(narrow ? -(button_width("?")) : std::max(em * 10, ImGui::GetContentRegionAvail().x - tools_w));
  // Arriving by Tab and typing at once: the box becomes active while this frame draws it, and ImGui ignores the
  // letters queued on that first frame. So until it is active, letters typed are held back and given to it on
  // the next frame instead of being lost.
  if (app.input.typing_ahead > 0) {
    --app.input.typing_ahead;
    if (ImGui::GetActiveID() == ImGui::GetID("##search")) {
      app.input.typing_ahead = 0;
    } else if (io.InputQueueCharacters.Size > 0) {
      std::string held;
      for (ImWchar c : io.InputQueueCharacters) utf8_append(held, static_cast<char32_t>(c));
      io.InputQueueCharacters.resize(0);
      app.input.typed.push_back({-1, std::move(held)});
    }
  }
  ImGui::InputTextWithHint("##search", "Search recommendations and reviews  ( / )", &app.search.query);
  probe(app, "search");
  // ImGui reverts the edit and deactivates the box on Esc in the same frame; clear after it either way.
  if ((ImGui::IsItemActive() || ImGui::IsItemDeactivated()) && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) app.search.query.clear();
  ImGui::SameLine();
  if (ImGui::Button("?")) ImGui::OpenPopup("query-help");
  probe(app, "help");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("How to search: phrases, prefixes, fields");
  draw_query_help(app);
  const bool tools_same_line = !narrow && ImGui::GetContentRegionAvail().x >= tools_w - button_width("?");
  if (tools_same_line) ImGui::SameLine();
  if (ImGui::Button("Open\xE2\x80\xA6")) {
    if (platform.can_open_folder()) ImGui::OpenPopup("open-menu");  // the desktop's system chooser: files or a folder
    else if (platform.can_open_files()) platform.request_open_files();
    else app.panels.open = true;
  }
  probe(app, "open");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Add report PDFs, summary pages, action-plan trackers, DHRD CSV files or library pages (or drop them here)");
  if (ImGui::BeginPopup("open-menu")) {
    if (ImGui::MenuItem("Files\xE2\x80\xA6")) platform.request_open_files();
    probe(app, "open:files");
    if (ImGui::MenuItem("A folder\xE2\x80\xA6")) platform.request_open_folder();
    probe(app, "open:folder");
    if (ImGui::MenuItem("Type a path\xE2\x80\xA6")) app.panels.open = true;
    probe(app, "open:typed");
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(theme_label)) {
    app.settings.theme = app.settings.theme == Theme::dark ? Theme::light : Theme::dark;
    apply_style(app);
  }
  probe(app, "theme");
  ImGui::SameLine();
  if (ImGui::Button("Problems")) app.panels.diagnostics = !app.panels.diagnostics;
  probe(app, "problems");
  ImGui::SameLine();
  if (ImGui::Button("About")) app.panels.about = !app.panels.about;
  probe(app, "about");

  if (!app.search.results.ok()) {
    // Where the query cannot be read: say so plainly, in the text colour of errors but with words (not colour alone).
    ImGui::PushStyleColor(ImGuiCol_Text, error_text_colour(app));
    ImGui::PushTextWrapPos(0);
    ImGui::Text("Cannot read the search: %s", app.search.results.error.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
  for (const auto& note : app.search.results.notes) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("Note: %s", note.c_str());
    ImGui::PopTextWrapPos();
  }
}

}  // namespace dhrv::ui
