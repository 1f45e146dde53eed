// view_open.cpp: opening files by typing a path: the desktop's fallback where no system file chooser can be shown
// (and a choice beside it; dropping files onto the window works too). Folders are read recursively; files are
// recognised by content.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "views.h"

namespace dhrv::ui {

void draw_open_dialog(App& app, Platform&) {
  if (!app.panels.open) return;
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34, 0), ImGuiCond_Appearing);
  if (!ImGui::Begin("Open files", &app.panels.open, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
  ImGui::TextUnformatted("Type the path of a file or folder: report PDFs, summary pages (.txt), action-plan "
                         "trackers (.csv), DHRD CSV files, saved Home Office library pages (.html), or JSON or index "
                         "files from DHR Viewer. You can also drop files onto the window. Files are added to what is "
                         "already loaded.");
  ImGui::PopTextWrapPos();
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(-FLT_MIN);
  const bool enter = ImGui::InputTextWithHint("##path", "/path/to/reviews", &app.panels.open_path, ImGuiInputTextFlags_EnterReturnsTrue);
  probe(app, "open:path");
  if (ImGui::Button("Open") || enter) {
    open_sources(app, sources_from_paths({app.panels.open_path}), "Opening " + app.panels.open_path);
    app.panels.open = false;
  }
  ImGui::SameLine();
  if (ImGui::Button("Back to the sample data")) {
    load_sample(app);
    app.status = "Showing the sample data.";
    app.panels.open = false;
  }
  if (!app.status.empty()) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
    ImGui::TextDisabled("%s", app.status.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::End();
}

}  // namespace dhrv::ui
