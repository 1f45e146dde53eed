#include "pdf/columns.h"

#include <algorithm>
#include <cmath>

namespace dhrv::pdf {

namespace {

constexpr std::size_t kMinSplitLines = 3;  // lines with text on both sides that make a band of columns
constexpr float kMinColumnShare = 0.25f;   // each column at least this share of the band's width

struct Gap {
  float x0, x1;
};

// Wide gaps between neighbouring words (wider than a word space in justified text can be).
std::vector<Gap> wide_gaps(const RawLine& l) {
  std::vector<Gap> out;
  for (std::size_t i = 0; i + 1 < l.words.size(); ++i) {
    const float gap = l.words[i + 1].box.x0 - l.words[i].box.x1;
    if (gap >= std::max(1.0f * l.size, 6.f)) out.push_back({l.words[i].box.x1, l.words[i + 1].box.x0});
  }
  return out;
}

// The x most wide gaps share, and the strip around it that all of them leave free. Nothing when fewer than
// kMinSplitLines lines have such a gap there.
bool find_gutter(const std::vector<RawLine>& lines, float& left, float& right) {
  std::vector<Gap> gaps;
  for (const RawLine& l : lines)
    for (const Gap& g : wide_gaps(l)) gaps.push_back(g);
  if (gaps.size() < kMinSplitLines) return false;
  // Sweep the gap edges: where the most gaps overlap.
  std::vector<std::pair<float, int>> events;
  for (const Gap& g : gaps) events.push_back({g.x0, +1}), events.push_back({g.x1, -1});
  std::sort(events.begin(), events.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second < b.second;  // an end before a start at one x
  });
  int depth = 0, best = 0;
  float best_x = 0;
  for (std::size_t i = 0; i < events.size(); ++i) {
    depth += events[i].second;
    if (depth > best && i + 1 < events.size()) best = depth, best_x = (events[i].first + events[i + 1].first) / 2;
  }
  if (best < static_cast<int>(kMinSplitLines)) return false;
  left = -1e9f, right = 1e9f;
  for (const Gap& g : gaps)
    if (g.x0 <= best_x && g.x1 >= best_x) left = std::max(left, g.x0), right = std::min(right, g.x1);
  return right > left;
}

enum class Side { crosses, left, right, both };

Side side_of(const RawLine& l, float x) {
  bool any_left = false, any_right = false;
  for (const Word& w : l.words) {
    if (w.box.x0 < x && w.box.x1 > x) return Side::crosses;
    (w.box.x1 <= x ? any_left : any_right) = true;
  }
  return any_left && any_right ? Side::both : any_left ? Side::left : Side::right;
}

RawLine part_of(const RawLine& l, float x, bool left) {
  RawLine part;
  part.baseline = l.baseline;
  part.artifact = l.artifact;
  float size_sum = 0;
  for (const Word& w : l.words)
    if ((w.box.x1 <= x) == left) {
      part.words.push_back(w);
      part.box.include(w.box);
      size_sum += w.size;
    }
  part.size = part.words.empty() ? l.size : size_sum / static_cast<float>(part.words.size());
  return part;
}

// Whether a run of lines not crossing the gutter is set in two columns: several lines with text on both sides,
// and both sides wide.
bool is_column_band(const std::vector<RawLine>& lines, std::size_t begin, std::size_t end, float x) {
  std::size_t both = 0, lefts = 0, rights = 0;
  float lx0 = 1e9f, lx1 = -1e9f, rx0 = 1e9f, rx1 = -1e9f;
  for (std::size_t i = begin; i < end; ++i) {
    const Side s = side_of(lines[i], x);
    both += s == Side::both;
    for (const Word& w : lines[i].words) {
      if (w.box.x1 <= x) lx0 = std::min(lx0, w.box.x0), lx1 = std::max(lx1, w.box.x1), lefts += s != Side::right;
      else rx0 = std::min(rx0, w.box.x0), rx1 = std::max(rx1, w.box.x1), rights += s != Side::left;
    }
  }
  if (both < kMinSplitLines || !lefts || !rights) return false;
  const float width = rx1 - lx0;
  if (width <= 0 || (lx1 - lx0) < kMinColumnShare * width || (rx1 - rx0) < kMinColumnShare * width) return false;
  // Prose fills its column: most left-side lines end near the column's right edge (cells of a table do not).
  std::vector<float> shortfall;
  for (std::size_t i = begin; i < end; ++i) {
    float line_right = -1e9f;
    for (const Word& w : lines[i].words)
      if (w.box.x1 <= x) line_right = std::max(line_right, w.box.x1);
    if (line_right > -1e9f) shortfall.push_back(lx1 - line_right);
  }
  std::nth_element(shortfall.begin(), shortfall.begin() + static_cast<std::ptrdiff_t>(shortfall.size() / 2), shortfall.end());
  return shortfall[shortfall.size() / 2] <= 0.25f * (lx1 - lx0);
}

}  // namespace

void split_columns(std::vector<RawLine>& lines) {
  float left = 0, right = 0;
  if (lines.size() < kMinSplitLines || !find_gutter(lines, left, right)) return;
  const float x = (left + right) / 2;
  std::vector<RawLine> out;
  out.reserve(lines.size() + lines.size() / 2);
  int band = 0;
  std::size_t i = 0;
  while (i < lines.size()) {
    if (side_of(lines[i], x) == Side::crosses) {  // full width
      lines[i].band = band;
      out.push_back(std::move(lines[i++]));
      while (i < lines.size() && side_of(lines[i], x) == Side::crosses) {
        lines[i].band = band;
        out.push_back(std::move(lines[i++]));
      }
      ++band;
      continue;
    }
    // A run of lines that do not cross the gutter; a wide vertical gap ends it (a footer below the columns).
    std::size_t end = i + 1;
    while (end < lines.size() && side_of(lines[end], x) != Side::crosses &&
           lines[end].baseline - lines[end - 1].baseline < 3.f * std::max(lines[end].size, lines[end - 1].size))
      ++end;
    if (!is_column_band(lines, i, end, x)) {
      for (; i < end; ++i) {
        lines[i].band = band;
        out.push_back(std::move(lines[i]));
      }
      ++band;
      continue;
    }
    // Left column, then right column, each in baseline order.
    for (bool left_side : {true, false}) {
      for (std::size_t k = i; k < end; ++k) {
        const Side s = side_of(lines[k], x);
        if (s == (left_side ? Side::right : Side::left)) continue;
        RawLine part = s == Side::both ? part_of(lines[k], x, left_side) : lines[k];
        part.band = band;
        part.column = left_side ? 0 : 1;
        out.push_back(std::move(part));
      }
    }
    i = end;
    ++band;
  }
  lines = std::move(out);
}

}  // namespace dhrv::pdf
