// widgets.cpp: small helpers the views share.
#include <imgui.h>

#include <utility>

#include "views.h"

namespace dhrv::ui {

void text_wrapped(std::string_view text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
}

void label_value(const char* label, std::string_view value) {
  ImGui::TextDisabled("%s", label);
  // Values line up in a column; a label longer than the column (or a large zoom) puts its value on the next
  // line, in the same column, rather than drawing over it.
  const float column = ImGui::GetFontSize() * 8.0f;
  const bool fits = ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x <= column;
  if (fits) ImGui::SameLine(column);
  else ImGui::Indent(column);
  if (value.empty()) ImGui::TextDisabled("not known");
  else text_wrapped(value);
  if (!fits) ImGui::Unindent(column);
}

void flow_next(const char* label, bool& first) {
  if (std::exchange(first, false)) return;
  const float w = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine();
  if (ImGui::GetCursorPosX() + w > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
}

bool link_button(const char* label, const std::string& url, Platform& platform) {
  // Only web links are ever opened: a javascript: or file: URL in the data stays inert text.
  const bool safe = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
  if (!safe) ImGui::BeginDisabled();
  bool pressed = ImGui::Button(label);
  if (!safe) ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", url.c_str());
  if (pressed && safe) platform.open_url(url);
  return pressed && safe;
}

std::string display_date(YearMonth ym) {
  if (!ym.known()) return {};
  if (!ym.month) return std::to_string(ym.year);
  return std::string(month_name(ym.month)) + " " + std::to_string(ym.year);
}

}  // namespace dhrv::ui

namespace dhrv::ui {

void heading(const App& app, const char* text) {
  ImGui::PushFont(app.display.fonts.heading);
  ImGui::PushTextWrapPos(0);  // a long heading wraps in a narrow pane instead of being cut
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

std::string review_caption(const Review& r) {
  std::string s = r.csp.empty() ? r.title : r.csp;
  if (r.death.known()) s += ", death " + std::to_string(r.death.year);
  return s;
}

}  // namespace dhrv::ui
