// style.cpp: fonts and colours. Calm, high-contrast themes (body text well above 4.5:1 in both) and sizes that
// follow the display scale and the user's zoom.
#include <imgui.h>

#include <span>

#include "app.h"
#include "embedded.h"
#include "fonts.h"

namespace dhrv {
std::span<const EmbeddedFile> font_files();  // generated from ui/CMakeLists.txt
}

namespace dhrv::ui {

namespace {
// Latin with diacritics (Welsh â ŵ ŷ), general punctuation (curly quotes, dashes, bullets), arrows (↗), €, the
// filled circle that marks a filter in use (●).
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x205E, 0x20AC, 0x20AC, 0x2190, 0x21FF, 0x25CF, 0x25CF, 0x2713, 0x2715, 0xFFFD, 0xFFFD, 0,
};

ImVec4 rgb(unsigned hex, float a = 1.0f) {
  return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, a);
}
}  // namespace

void rebuild_fonts(App& app) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const EmbeddedFile* font = nullptr;
  for (const auto& f : font_files())
    if (std::string_view(f.name) == "fonts/DejaVuSans.ttf") font = &f;
  const float px = app.display.scale;  // rasterise at device pixels, draw at logical size
  const float body = 17.0f * app.settings.zoom, heading = 23.0f * app.settings.zoom, small = 14.5f * app.settings.zoom;
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // the bytes live in the program image
  cfg.OversampleH = 2;
  auto add = [&](float size) {
    if (!font) return io.Fonts->AddFontDefault();
    return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(font->data), static_cast<int>(font->size),
                                          size * px, &cfg, kGlyphRanges);
  };
  app.display.fonts.body = add(body);
  app.display.fonts.heading = add(heading);
  app.display.fonts.small = add(small);
  io.FontGlobalScale = 1.0f / px;
  io.Fonts->Build();
  app.display.fonts_dirty = false;
}

void apply_style(const App& app) {
  ImGuiStyle style;
  const bool dark = app.settings.theme == Theme::dark;
  if (dark) ImGui::StyleColorsDark(&style);
  else ImGui::StyleColorsLight(&style);
  style.WindowRounding = 0;
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.ChildRounding = 4;
  style.PopupRounding = 4;
  style.WindowPadding = ImVec2(14, 12);
  style.FramePadding = ImVec2(10, 6);
  style.ItemSpacing = ImVec2(10, 8);
  style.ScrollbarSize = 16;
  style.WindowBorderSize = 0;
  ImVec4* c = style.Colors;
  // Light: near-black on warm off-white (15.9:1). Dark: off-white on charcoal (14.2:1).
  const ImVec4 bg = dark ? rgb(0x1B1D21) : rgb(0xF7F5F2);
  const ImVec4 panel = dark ? rgb(0x23262B) : rgb(0xFFFFFF);
  const ImVec4 text = dark ? rgb(0xE8E6E3) : rgb(0x1F2328);
  const ImVec4 muted = dark ? rgb(0xC2BEB8) : rgb(0x505a64);  // at least 4.9:1 on every panel and button (test_contrast.cpp)
  const ImVec4 accent = dark ? rgb(0x7FB2E0) : rgb(0x1D5C8C);
  const ImVec4 frame = dark ? rgb(0x2E3238) : rgb(0xEDEAE5);
  c[ImGuiCol_Text] = text;
  c[ImGuiCol_TextDisabled] = muted;
  c[ImGuiCol_WindowBg] = bg;
  c[ImGuiCol_ChildBg] = panel;
  c[ImGuiCol_PopupBg] = panel;
  c[ImGuiCol_FrameBg] = frame;
  c[ImGuiCol_FrameBgHovered] = dark ? rgb(0x383D44) : rgb(0xE2DED7);
  c[ImGuiCol_FrameBgActive] = dark ? rgb(0x414750) : rgb(0xD8D3CB);
  c[ImGuiCol_Border] = dark ? rgb(0x3A3F46) : rgb(0xD6D1CA);
  c[ImGuiCol_Button] = dark ? rgb(0x2F4A63) : rgb(0xDCE8F3);
  c[ImGuiCol_ButtonHovered] = dark ? rgb(0x3A5C7B) : rgb(0xC7DAEC);
  c[ImGuiCol_ButtonActive] = dark ? rgb(0x45698B) : rgb(0xB3CCE4);
  c[ImGuiCol_Header] = dark ? rgb(0x2F4A63) : rgb(0xDCE8F3);
  c[ImGuiCol_HeaderHovered] = dark ? rgb(0x3A5C7B) : rgb(0xC7DAEC);
  c[ImGuiCol_HeaderActive] = dark ? rgb(0x45698B) : rgb(0xB3CCE4);
  c[ImGuiCol_TableHeaderBg] = frame;
  c[ImGuiCol_TableRowBg] = panel;
  c[ImGuiCol_TableRowBgAlt] = dark ? rgb(0x272A30) : rgb(0xFAF8F5);
  c[ImGuiCol_TableBorderLight] = c[ImGuiCol_Border];
  c[ImGuiCol_TableBorderStrong] = c[ImGuiCol_Border];
  c[ImGuiCol_Separator] = c[ImGuiCol_Border];
  c[ImGuiCol_CheckMark] = accent;
  c[ImGuiCol_NavHighlight] = accent;
  c[ImGuiCol_TitleBg] = frame;
  c[ImGuiCol_TitleBgActive] = frame;
  c[ImGuiCol_MenuBarBg] = panel;
  c[ImGuiCol_ScrollbarBg] = bg;
  style.ScaleAllSizes(app.settings.zoom);
  ImGui::GetStyle() = style;
}

ImVec4 accent_colour(const App& app) { return app.settings.theme == Theme::dark ? rgb(0x7FB2E0) : rgb(0x1D5C8C); }
ImVec4 exit_colour() { return rgb(0xB3261E); }  // white on this is 6.1:1
// Light: near-black on pale amber (15:1). Dark: near-white on deep amber-brown (9:1).
ImVec4 highlight_colour(const App& app) { return app.settings.theme == Theme::dark ? rgb(0x5C4A12) : rgb(0xFFE49A); }
ImVec4 highlight_text_colour(const App& app) { return app.settings.theme == Theme::dark ? rgb(0xFFF8E6) : rgb(0x1B1B1B); }
ImVec4 error_text_colour(const App& app) { return app.settings.theme == Theme::dark ? rgb(0xFF9E96) : rgb(0xA3221B); }
ImVec4 chart_colour(const App& app) { return app.settings.theme == Theme::dark ? rgb(0x6FA8DC) : rgb(0x2B6CA3); }
ImVec4 status_colour(const App& app, int status) {
  static constexpr unsigned light[] = {0x767676, 0xA04F00, 0x2B6CA3, 0x2E6B30};  // not stated .. completed
  static constexpr unsigned dark[] = {0x9E9E9E, 0xFFB74D, 0x6FA8DC, 0x81C784};
  const int s = status < 0 ? 0 : status > 3 ? 3 : status;
  return rgb(app.settings.theme == Theme::dark ? dark[s] : light[s]);
}

}  // namespace dhrv::ui
