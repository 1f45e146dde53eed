#include "highlighted_text.h"

#include <imgui.h>

#include <algorithm>

#include "app.h"
#include "fonts.h"
#include "text.h"

namespace dhrv::ui {

namespace {

// Beyond this, text is drawn by ImGui's own clipped renderer without highlights: a hostile 1 MB cell must not
// cost a full layout every frame.
constexpr std::size_t kMaxLaidOutBytes = 64 * 1024;

float line_gap() { return ImGui::GetFontSize() * 0.25f; }

struct Piece {
  std::uint32_t begin, end;
  bool marked;
};

}  // namespace

float text_block_height(int lines) { return lines <= 0 ? 0 : lines * ImGui::GetFontSize() + (lines - 1) * line_gap(); }

int highlighted_text(const App& app, std::string_view text, const std::vector<Span>& spans,
                     const TextBlockOptions& options) {
  const float width = options.width > 0 ? options.width : std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 4);
  if (text.size() > kMaxLaidOutBytes) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(text.data(), text.data() + std::min(text.size(), options.max_lines ? std::size_t{400} : text.size()));
    ImGui::PopTextWrapPos();
    return 1;
  }
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const float step = size + line_gap();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImU32 text_col = ImGui::GetColorU32(options.disabled ? ImGuiCol_TextDisabled : ImGuiCol_Text);
  const ImU32 mark_bg = ImGui::GetColorU32(highlight_colour(app));
  const ImU32 mark_fg = ImGui::GetColorU32(highlight_text_colour(app));
  const float clip_top = ImGui::GetWindowDrawList()->GetClipRectMin().y - step;
  const float clip_bottom = ImGui::GetWindowDrawList()->GetClipRectMax().y + step;
  const float ellipsis_w = font->CalcTextSizeA(size, FLT_MAX, 0, "\xE2\x80\xA6").x;

  auto measure = [&](std::size_t b, std::size_t e) {
    return font->CalcTextSizeA(size, FLT_MAX, 0, text.data() + b, text.data() + e).x;
  };
  auto marked_at = [&](std::size_t i) {
    for (const Span& s : spans)
      if (i >= s.begin && i < s.end) return true;
    return false;
  };

  int line = 0;
  float x = 0;
  bool truncated = false;
  auto draw_run = [&](std::size_t b, std::size_t e, float at_x, bool mark) {
    const float y = origin.y + line * step;
    if (y < clip_top || y > clip_bottom) return;
    const ImVec2 p(origin.x + at_x, y);
    if (mark) {
      const float w = measure(b, e);
      dl->AddRectFilled(ImVec2(p.x - 1, p.y - 1), ImVec2(p.x + w + 1, p.y + size + 1), mark_bg, 2.0f);
      dl->AddLine(ImVec2(p.x, p.y + size), ImVec2(p.x + w, p.y + size), mark_fg, std::max(1.0f, size / 14.0f));
    }
    dl->AddText(font, size, p, mark ? mark_fg : text_col, text.data() + b, text.data() + e);
  };
  // Draws one word (no spaces) starting at x, splitting it where highlighting changes.
  auto draw_word = [&](std::size_t b, std::size_t e) {
    std::size_t run = b;
    while (run < e) {
      const bool mark = marked_at(run);
      std::size_t end = run;
      while (end < e && marked_at(end) == mark) ++end;
      // Keep UTF-8 sequences whole.
      while (end < e && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
      draw_run(run, end, x, mark);
      x += measure(run, end);
      run = end;
    }
  };
  auto new_line = [&]() -> bool {
    if (options.max_lines && line + 1 >= options.max_lines) {
      truncated = true;
      return false;
    }
    ++line;
    x = 0;
    return true;
  };

  const float space_w = font->CalcTextSizeA(size, FLT_MAX, 0, " ").x;
  // The last allowed line keeps room for the ellipsis.
  auto limit_of_line = [&]() { return options.max_lines && line + 1 >= options.max_lines ? width - ellipsis_w : width; };
  std::size_t i = 0;
  while (i < text.size() && !truncated) {
    if (text[i] == '\n') {
      ++i;
      if (!new_line()) break;
      continue;
    }
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\r') {
      if (x > 0) x += space_w;
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < text.size() && text[e] != ' ' && text[e] != '\n' && text[e] != '\t' && text[e] != '\r') ++e;
    const float w = measure(i, e);
    if (x > 0 && x + w > limit_of_line()) {
      if (!new_line()) break;
    }
    if (w > limit_of_line()) {
      // A word wider than the line: break it between characters (widths summed as we go: linear in its length).
      std::size_t b = i;
      while (b < e) {
        const float room = limit_of_line() - x;
        std::size_t n = b;
        float run_w = 0;
        while (n < e) {
          std::size_t m = n;
          utf8_next(text, m);
          const float cw = measure(n, m);
          if (run_w + cw > room) break;
          run_w += cw;
          n = m;
        }
        if (n == b) {
          if (x > 0) {
            if (!new_line()) break;
            continue;
          }
          utf8_next(text, n);  // not even one character fits: draw it anyway
        }
        draw_word(b, n);
        b = n;
        if (b < e && !new_line()) break;
      }
      i = e;
      continue;
    }
    draw_word(i, e);
    i = e;
  }
  if (truncated || (i < text.size() && options.max_lines)) {
    const float y = origin.y + line * step;
    dl->AddText(font, size, ImVec2(origin.x + std::min(x, width - ellipsis_w), y), text_col, "\xE2\x80\xA6");
  }
  const int lines = line + 1;
  ImGui::Dummy(ImVec2(width, text_block_height(lines)));
  return lines;
}

}  // namespace dhrv::ui
