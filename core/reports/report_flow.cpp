#include "reports/report_flow.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "pdf/reading_order.h"
#include "text.h"

namespace dhrv::reports {

namespace {

// The line's size (by characters) and share of bold characters.
void measure(const pdf::Line& line, float& size, float& bold) {
  std::map<int, std::size_t> by_size;  // tenths of a point -> characters
  std::size_t chars = 0, bold_chars = 0;
  for (const pdf::Word& w : line.words) {
    by_size[static_cast<int>(std::lround(w.size * 10))] += w.text.size();
    chars += w.text.size();
    if (w.bold) bold_chars += w.text.size();
  }
  int best = 0;
  std::size_t most = 0;
  for (const auto& [s, n] : by_size)
    if (n > most) most = n, best = s;
  size = static_cast<float>(best) / 10.f;
  bold = chars ? static_cast<float>(bold_chars) / static_cast<float>(chars) : 0.f;
}

bool is_contents_title(const std::string& text) {
  const std::string f = fold(collapse_spaces(text));
  return f == "contents" || f == "table of contents" || f == "content";
}

// "11 Recommendations 5", "Appendix A: Action plan .......... 7": an entry of a table of contents.
bool looks_like_contents_entry(const std::string& text) {
  std::size_t end = text.size();
  while (end > 0 && text[end - 1] >= '0' && text[end - 1] <= '9') --end;
  if (end == text.size() || end == 0) return false;
  if (text.size() - end > 3) return false;  // a page number, not a year
  std::size_t before = end;
  while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '.' || text[before - 1] == '\t')) --before;
  return before < end && before > 0;
}

}  // namespace

Flow make_flow(const pdf::Document& doc) {
  Flow flow;
  std::size_t count = 0;
  for (const pdf::Page& p : doc.pages)
    for (const pdf::Block& b : p.blocks) count += b.lines.size();
  flow.lines.reserve(count);  // items point into it

  std::map<int, std::size_t> sizes, lefts;  // body characters by size (tenths) and lines by left edge (points)
  for (const pdf::Page& p : doc.pages) {
    bool in_contents = false;
    for (const pdf::PageElement& e : pdf::reading_order(p)) {
      if (e.table) {
        flow.items.push_back({nullptr, e.table, p.number});
        continue;
      }
      const pdf::Block& b = *e.block;
      if (b.region != pdf::Region::body || b.artifact) continue;
      for (std::size_t i = 0; i < b.lines.size(); ++i) {
        FlowLine fl;
        fl.text = collapse_spaces(b.lines[i].text());
        if (fl.text.empty()) continue;
        fl.page = p.number;
        fl.box = b.lines[i].box;
        fl.block_start = i == 0;
        fl.line = &b.lines[i];
        measure(b.lines[i], fl.size, fl.bold);
        if (is_contents_title(fl.text)) in_contents = true;
        else if (in_contents && looks_like_contents_entry(fl.text)) continue;
        if (b.orientation == 0) {
          for (const pdf::Word& w : b.lines[i].words) sizes[static_cast<int>(std::lround(w.size * 10))] += w.text.size();
          ++lefts[static_cast<int>(std::lround(fl.box.x0))];
        }
        flow.lines.push_back(std::move(fl));
        flow.items.push_back({&flow.lines.back(), nullptr, p.number});
        if (p.number == 1) flow.cover.push_back(&flow.lines.back());
      }
    }
  }
  std::size_t most = 0;
  for (const auto& [s, n] : sizes)
    if (n > most) most = n, flow.body_size = static_cast<float>(s) / 10.f;
  most = 0;
  for (const auto& [x, n] : lefts)
    if (n > most) most = n, flow.body_left = static_cast<float>(x);
  return flow;
}

bool looks_like_heading(const FlowLine& line, const Flow& flow) {
  const bool emphasised = line.bold >= 0.6f || line.size >= flow.body_size + 0.8f;
  if (!emphasised || line.text.size() > 120) return false;
  const char last = line.text.back();
  if (last == '.' || last == ',' || last == ';') return false;
  std::size_t words = 1;
  for (char c : line.text) words += c == ' ';
  return words <= 16;
}

}  // namespace dhrv::reports
