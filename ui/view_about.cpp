// view_about.cpp: what this is, where the data comes from, and where to get help.
#include <imgui.h>

#include "fonts.h"
#include "views.h"

namespace dhrv::ui {

void draw_about(App& app, Platform& platform) {
  if (!app.panels.about) return;
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 36, ImGui::GetFontSize() * 24), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("About this data", &app.panels.about, ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  text_wrapped(
      "Domestic Homicide Reviews (DHRs) are statutory reviews under section 9 of the Domestic Violence, Crime and "
      "Victims Act 2004. Each is run by a Community Safety Partnership and ends in recommendations to agencies.");
  ImGui::Spacing();
  text_wrapped(
      "Sources: the Home Office DHR Library (Open Government Licence v3.0), and the Domestic Homicide Review Dataset "
      "(DHRD) v1.0.0 by Darren Cook and Elizabeth A. Cook, CC BY 4.0, doi:10.5281/zenodo.21108268.");
  ImGui::Spacing();
  text_wrapped(
      "Names of victims and perpetrators are never shown or searched: reviews are named by CSP and year. "
      "Nothing you type or open here is sent anywhere.");
  ImGui::Spacing();
  ImGui::PushFont(app.display.fonts.heading);
  ImGui::TextUnformatted("If you need support");
  ImGui::PopFont();
  ImGui::BulletText("National Domestic Abuse Helpline: 0808 2000 247 (free, 24 hours)");
  ImGui::BulletText("Respect Men's Advice Line: 0808 8010 327");
  ImGui::BulletText("In an emergency, call 999");
  ImGui::Spacing();
  ImGui::TextDisabled("DHR Viewer %s (%s)", DHRV_VERSION, platform.name().c_str());
  ImGui::End();
}

}  // namespace dhrv::ui
