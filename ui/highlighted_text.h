// highlighted_text.h: wrapped text with search matches marked, drawn straight to ImGui's draw list.
//
// ImGui's own wrapped text cannot colour parts of a line, so this lays words out itself: greedy wrapping at
// spaces, character breaks for words wider than the line, matches drawn on a highlight background *and*
// underlined (never colour alone). Lines outside the visible area are measured but not drawn.
#pragma once

#include <string_view>
#include <vector>

#include "search/search.h"

namespace dhrv::ui {

struct App;

struct TextBlockOptions {
  float width = 0;      // wrap width; 0 = the available width
  int max_lines = 0;    // 0 = all; otherwise the text ends with "…" on the last line
  bool disabled = false;  // draw in the secondary text colour
};

// Draws at the cursor and advances it. Returns the number of lines drawn.
int highlighted_text(const App& app, std::string_view text, const std::vector<Span>& spans,
                     const TextBlockOptions& options = {});

// The height `lines` lines of the current font take (what highlighted_text advances by).
float text_block_height(int lines);

}  // namespace dhrv::ui
