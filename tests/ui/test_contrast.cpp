// Colour contrast of the two themes (WCAG 2.2 relative luminance): body text, secondary text, search matches
// and error messages at least 4.5:1 on every background they are drawn on.
#include <doctest/doctest.h>

#include <imgui.h>

#include <cmath>

#include "fonts.h"
#include "ui_harness.h"

namespace {

double channel(float c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
double luminance(const ImVec4& c) { return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z); }
double contrast(const ImVec4& a, const ImVec4& b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

TEST_CASE("contrast of at least 4.5:1 in the light and dark themes") {
  dhrv::testing::UiHarness h;
  for (auto theme : {dhrv::ui::Theme::light, dhrv::ui::Theme::dark}) {
    CAPTURE(static_cast<int>(theme));
    h.app.settings.theme = theme;
    dhrv::ui::apply_style(h.app);
    const ImVec4* c = ImGui::GetStyle().Colors;
    for (ImGuiCol bg : {ImGuiCol_WindowBg, ImGuiCol_ChildBg, ImGuiCol_PopupBg, ImGuiCol_FrameBg, ImGuiCol_Button,
                        ImGuiCol_Header, ImGuiCol_TableRowBgAlt}) {
      CAPTURE(bg);
      // Transparent backgrounds show the window behind them.
      const ImVec4 under = c[bg].w < 0.5f ? c[ImGuiCol_WindowBg] : c[bg];
      CHECK(contrast(c[ImGuiCol_Text], under) >= 4.5);
      CHECK(contrast(c[ImGuiCol_TextDisabled], under) >= 4.5);
    }
    CHECK(contrast(dhrv::ui::highlight_text_colour(h.app), dhrv::ui::highlight_colour(h.app)) >= 4.5);
    CHECK(contrast(dhrv::ui::error_text_colour(h.app), c[ImGuiCol_WindowBg]) >= 4.5);
    CHECK(contrast(ImVec4(1, 1, 1, 1), dhrv::ui::exit_colour()) >= 4.5);
    CHECK(contrast(dhrv::ui::chart_colour(h.app), c[ImGuiCol_WindowBg]) >= 3.0);  // graphics: 3:1
  }
}
