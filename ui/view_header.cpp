// view_header.cpp: the bar at the top: product name, the search box (always there), view controls, and the
// "Exit this page" button that stays visible on every view.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "fonts.h"
#include "keys.h"
#include "views.h"

namespace dhrv::ui {

void draw_header(App& app, Platform& platform) {
  // The web page draws its own HTML header with the same name and exit button; the canvas then starts at search.
  const bool narrow = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 40.0f;
  if (app.show_brand) {
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted("DHR Viewer");
    ImGui::PopFont();
    if (!narrow) {  // the tagline gives way to the exit button on phones
      ImGui::SameLine();
      ImGui::PushFont(app.fonts.small);
      ImGui::AlignTextToFramePadding();
      ImGui::TextDisabled("Domestic Homicide Review recommendations");
      ImGui::PopFont();
    }

    // Exit this page: right-aligned, white on red; drawn on every view (where the canvas has no HTML header).
    const char* exit_label = "Exit this page";
    const float exit_w = ImGui::CalcTextSize(exit_label).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - exit_w);
    ImGui::PushStyleColor(ImGuiCol_Button, exit_colour());
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.60f, 0.10f, 0.08f, 1));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.50f, 0.08f, 0.06f, 1));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    if (ImGui::Button(exit_label)) {
      app.exiting = true;
      platform.quick_exit();
    }
    ImGui::PopStyleColor(4);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Leave quickly (or press Shift three times)");
  }

  // Search: "/" or Ctrl+F focuses it, Esc clears it.
  ImGuiIO& io = ImGui::GetIO();
  const bool focus = !io.WantTextInput && (ImGui::IsKeyPressed(keys::Slash) || (io.KeyCtrl && ImGui::IsKeyPressed(keys::F)));
  if (focus) ImGui::SetKeyboardFocusHere();
  const char* theme_label = app.settings.theme == Theme::dark ? "Light theme" : "Dark theme";
  const ImGuiStyle& st = ImGui::GetStyle();
  float buttons_w = 0;
  for (const char* b : {theme_label, "Problems", "About"})
    buttons_w += ImGui::CalcTextSize(b).x + st.FramePadding.x * 2 + st.ItemSpacing.x;
  // On narrow screens the search box takes the whole line and the buttons go below it.
  ImGui::SetNextItemWidth(narrow ? -FLT_MIN : std::max(120.0f, ImGui::GetContentRegionAvail().x - buttons_w));
  ImGui::InputTextWithHint("##search", "Search recommendations, CSPs, reviews  ( / )", &app.query);
  if (ImGui::IsItemActive() && ImGui::IsKeyPressed(ImGuiKey_Escape)) app.query.clear();
  if (!narrow) ImGui::SameLine();
  if (ImGui::Button(theme_label)) {
    app.settings.theme = app.settings.theme == Theme::dark ? Theme::light : Theme::dark;
    apply_style(app);
  }
  ImGui::SameLine();
  if (ImGui::Button("Problems")) app.show_diagnostics = !app.show_diagnostics;
  ImGui::SameLine();
  if (ImGui::Button("About")) app.show_about = !app.show_about;
}

}  // namespace dhrv::ui
