#include "pdf/layout.h"

#include "pdf/columns.h"

#include <algorithm>
#include <cctype>
#include <array>
#include <cmath>

#include "text.h"

namespace dhrv::pdf {

void Box::include(const Box& b) {
  if (x1 <= x0 && y1 <= y0) {
    *this = b;
    return;
  }
  x0 = std::min(x0, b.x0), y0 = std::min(y0, b.y0), x1 = std::max(x1, b.x1), y1 = std::max(y1, b.y1);
}

std::string Line::text() const {
  std::string out;
  for (const Word& w : words) {
    if (!out.empty()) out += ' ';
    out += w.text;
  }
  return out;
}

std::string normalise_glyph_text(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8_next(s, i);
    switch (c) {
      case 0xFB00: out += "ff"; break;
      case 0xFB01: out += "fi"; break;
      case 0xFB02: out += "fl"; break;
      case 0xFB03: out += "ffi"; break;
      case 0xFB04: out += "ffl"; break;
      case 0xFB05: case 0xFB06: out += "st"; break;
      case 0x00A0: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2007: case 0x2008:
      case 0x2009: case 0x200A: case 0x202F: case 0x205F: case 0x3000: case '\t':
        out += ' ';
        break;
      case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: break;
      default:
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFFFD) break;  // controls, and what could not be decoded
        utf8_append(out, c);
    }
  }
  return out;
}

namespace {

struct Item {  // a glyph ready for layout
  std::string text;
  float x0, x1, baseline, size;
  bool space, bold, italic, artifact;
  int orientation;
};

bool is_bold(const Font* f) { return f && f->bold; }
bool is_italic(const Font* f) { return f && f->italic; }

std::vector<Item> items_of(PageContent& content) {
  std::vector<Item> items;
  items.reserve(content.glyphs.size());
  for (PlacedGlyph& g : content.glyphs) {
    std::string t = normalise_glyph_text(g.text);
    const bool space = !t.empty() && t.find_first_not_of(' ') == std::string::npos;
    if (t.empty() || g.size <= 0.1f) continue;
    // A glyph drawn twice at almost the same place (bold faked by overprinting) counts once.
    if (!items.empty()) {
      const Item& p = items.back();
      if (p.text == t && p.orientation == g.orientation && std::fabs(p.x0 - g.x0) < 0.2f * g.size &&
          std::fabs(p.baseline - g.baseline) < 0.2f * g.size)
        continue;
    }
    items.push_back({std::move(t), g.x0, std::max(g.x1, g.x0), g.baseline, g.size, space, is_bold(g.font),
                     is_italic(g.font), g.artifact, g.orientation});
  }
  return items;
}


// Glyphs -> lines (by baseline) -> words (by gaps).
std::vector<RawLine> build_lines(std::vector<Item>& items) {
  std::vector<std::size_t> order(items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return items[a].baseline < items[b].baseline; });
  std::vector<std::vector<std::size_t>> groups;
  float current = 0, current_size = 0;
  for (std::size_t i : order) {
    const Item& it = items[i];
    const float tolerance = 0.4f * std::min(it.size, current_size > 0 ? current_size : it.size);
    if (groups.empty() || std::fabs(it.baseline - current) > tolerance) {
      groups.emplace_back();
      current = it.baseline;
      current_size = it.size;
    }
    groups.back().push_back(i);
  }
  std::vector<RawLine> lines;
  for (auto& g : groups) {
    std::stable_sort(g.begin(), g.end(), [&](std::size_t a, std::size_t b) { return items[a].x0 < items[b].x0; });
    RawLine line;
    float last_x1 = 0;
    bool open = false;
    std::size_t artifacts = 0;
    for (std::size_t i : g) {
      const Item& it = items[i];
      artifacts += it.artifact;
      if (it.space) {
        open = false;
        last_x1 = it.x1;
        continue;
      }
      const float gap = it.x0 - last_x1;
      // A gap of a tenth of the font size is a space (as poppler judges it): wider than kerning, narrower than the
      // tightest word spaces writers set with TJ.
      if (!open || gap > 0.1f * it.size || gap < -0.6f * it.size) {
        Word w;
        w.box = {it.x0, it.baseline - it.size * 0.8f, it.x1, it.baseline + it.size * 0.2f};
        w.size = it.size;
        w.bold = it.bold;
        w.italic = it.italic;
        line.words.push_back(std::move(w));
        open = true;
      }
      Word& w = line.words.back();
      w.text += it.text;
      w.box.x1 = std::max(w.box.x1, it.x1);
      w.box.y0 = std::min(w.box.y0, it.baseline - it.size * 0.8f);
      w.box.y1 = std::max(w.box.y1, it.baseline + it.size * 0.2f);
      w.size = std::max(w.size, it.size);
      last_x1 = it.x1;
    }
    if (line.words.empty()) continue;
    float size_sum = 0, base_sum = 0;
    for (const Word& w : line.words) {
      line.box.include(w.box);
      size_sum += w.size;
    }
    for (std::size_t i : g) base_sum += items[i].baseline;
    line.size = size_sum / static_cast<float>(line.words.size());
    line.baseline = base_sum / static_cast<float>(g.size());
    line.artifact = artifacts * 2 > g.size();
    lines.push_back(std::move(line));
  }
  return lines;
}

// ---- tables ----------------------------------------------------------------------------------------

struct Span {
  float a, b;
};

// Horizontal rules merged (touching pieces of one line are one rule).
std::vector<Rule> horizontal_rules(const std::vector<Rule>& rules) {
  std::vector<Rule> h;
  for (const Rule& r : rules)
    if (!r.vertical()) h.push_back(r);
  std::sort(h.begin(), h.end(), [](const Rule& a, const Rule& b) { return a.y0 != b.y0 ? a.y0 < b.y0 : a.x0 < b.x0; });
  std::vector<Rule> merged;
  for (const Rule& r : h) {
    if (!merged.empty() && std::fabs(merged.back().y0 - r.y0) < 1.0f && r.x0 <= merged.back().x1 + 3.0f) {
      merged.back().x1 = std::max(merged.back().x1, r.x1);
      continue;
    }
    merged.push_back(r);
  }
  return merged;
}

struct TableRegion {
  Box box;
  std::vector<float> row_edges;  // y of horizontal boundaries, sorted
  std::vector<float> col_edges;  // x of vertical boundaries inside the table (not its outer sides), sorted
};

bool overlaps(float a0, float a1, float b0, float b1, float share) {
  const float inter = std::min(a1, b1) - std::max(a0, b0);
  return inter > share * std::min(a1 - a0, b1 - b0);
}

void add_unique(std::vector<float>& v, float x, float tolerance) {
  for (float e : v)
    if (std::fabs(e - x) <= tolerance) return;
  v.push_back(x);
}

std::vector<TableRegion> find_regions(const PageContent& content) {
  std::vector<TableRegion> regions;
  // Rows of filled cells side by side: shaded header rows.
  std::vector<FilledBox> boxes = content.boxes;
  std::sort(boxes.begin(), boxes.end(), [](const FilledBox& a, const FilledBox& b) { return a.y0 != b.y0 ? a.y0 < b.y0 : a.x0 < b.x0; });
  std::vector<TableRegion> shaded;
  for (std::size_t i = 0; i < boxes.size();) {
    std::size_t j = i + 1;
    while (j < boxes.size() && std::fabs(boxes[j].y0 - boxes[i].y0) < 1.0f && std::fabs(boxes[j].y1 - boxes[i].y1) < 1.0f &&
           boxes[j].x0 - boxes[j - 1].x1 < 4.0f && boxes[j].x0 > boxes[j - 1].x0)
      ++j;
    if (j - i >= 2) {
      TableRegion r;
      r.box = {boxes[i].x0, boxes[i].y0, boxes[j - 1].x1, boxes[i].y1};
      r.row_edges = {boxes[i].y0, boxes[i].y1};
      for (std::size_t k = i + 1; k < j; ++k) r.col_edges.push_back((boxes[k - 1].x1 + boxes[k].x0) / 2);
      shaded.push_back(r);
    }
    i = j;
  }
  // Stacks of horizontal rules over the same width.
  const std::vector<Rule> h = horizontal_rules(content.rules);
  std::vector<bool> used(h.size(), false);
  for (std::size_t i = 0; i < h.size(); ++i) {
    if (used[i] || h[i].x1 - h[i].x0 < 40) continue;
    TableRegion r;
    r.box = {h[i].x0, h[i].y0, h[i].x1, h[i].y0};
    r.row_edges.push_back(h[i].y0);
    used[i] = true;
    for (std::size_t j = i + 1; j < h.size(); ++j)
      if (!used[j] && overlaps(h[j].x0, h[j].x1, r.box.x0, r.box.x1, 0.8f)) {
        used[j] = true;
        add_unique(r.row_edges, h[j].y0, 1.0f);
        r.box.y1 = std::max(r.box.y1, h[j].y0);
        r.box.x0 = std::min(r.box.x0, h[j].x0);
        r.box.x1 = std::max(r.box.x1, h[j].x1);
      }
    if (r.row_edges.size() >= 2 && r.box.height() >= 10) regions.push_back(r);
  }
  // A shaded header row joins the ruled region it sits on, or starts a region of its own that runs down the
  // page (filled in by the text below it).
  for (TableRegion& s : shaded) {
    bool joined = false;
    for (TableRegion& r : regions)
      if (overlaps(s.box.x0, s.box.x1, r.box.x0, r.box.x1, 0.8f) && s.box.y0 <= r.box.y1 + 2 && s.box.y1 >= r.box.y0 - 30) {
        for (float e : s.row_edges) add_unique(r.row_edges, e, 1.0f);
        for (float e : s.col_edges) add_unique(r.col_edges, e, 2.0f);
        r.box.include(s.box);
        joined = true;
      }
    if (!joined) regions.push_back(s);
  }
  // Vertical rules inside a region are column edges.
  for (TableRegion& r : regions) {
    for (const Rule& v : content.rules) {
      if (!v.vertical()) continue;
      if (v.x0 <= r.box.x0 + 2 || v.x0 >= r.box.x1 - 2) continue;
      if (v.y1 < r.box.y0 - 1 || v.y0 > r.box.y1 + 1) continue;
      add_unique(r.col_edges, v.x0, 2.0f);
    }
    std::sort(r.row_edges.begin(), r.row_edges.end());
    std::sort(r.col_edges.begin(), r.col_edges.end());
  }
  return regions;
}

// Column edges from text: strips inside the region that no word crosses.
std::vector<float> edges_from_gaps(const std::vector<const Word*>& words, const Box& box) {
  std::vector<Span> covered;
  for (const Word* w : words) covered.push_back({w->box.x0, w->box.x1});
  std::sort(covered.begin(), covered.end(), [](const Span& a, const Span& b) { return a.a < b.a; });
  std::vector<float> edges;
  float reach = box.x0;
  bool started = false;
  for (const Span& s : covered) {
    if (started && s.a - reach >= 3.0f) edges.push_back((s.a + reach) / 2);
    reach = started ? std::max(reach, s.b) : s.b;
    started = true;
  }
  return edges;
}

bool ends_with_hyphen(const std::string& s) {
  return (!s.empty() && s.back() == '-') || (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE2\x80\x90") == 0);
}

std::size_t column_of(const std::vector<float>& edges, float x) {
  return static_cast<std::size_t>(std::upper_bound(edges.begin(), edges.end(), x) - edges.begin());
}

Table make_table(const TableRegion& r, const std::vector<RawLine*>& lines, int page) {
  Table t;
  t.page = page;
  t.box = r.box;
  std::vector<const Word*> words;
  for (RawLine* l : lines)
    for (const Word& w : l->words) words.push_back(&w);
  std::vector<float> cols = r.col_edges;
  if (cols.empty()) cols = edges_from_gaps(words, r.box);
  const std::size_t ncols = cols.size() + 1;
  // Rows: between horizontal rules where a region has more than its top and bottom; else a row starts where the
  // first column has text.
  const bool ruled_rows = r.row_edges.size() > 2;
  auto new_row = [&] {
    t.rows.emplace_back(ncols);
    for (auto& c : t.rows.back()) c.box = {0, 0, 0, 0};
  };
  // Each column's text extent: a word wider than its column is broken by the writer at the column's edge, with no
  // hyphen ("investigato" + "rs"), and is joined again without a space.
  std::vector<float> text_left(ncols, 1e9f), text_right(ncols, -1e9f);
  for (const Word* w : words) {
    const std::size_t c = column_of(cols, (w->box.x0 + w->box.x1) / 2);
    text_left[c] = std::min(text_left[c], w->box.x0), text_right[c] = std::max(text_right[c], w->box.x1);
  }
  std::vector<Box> last_word(ncols);        // the word a cell of the current row ends with
  std::vector<int> words_on_line(ncols, 0);  // how many words its last line holds
  std::size_t current_band = static_cast<std::size_t>(-1);
  for (RawLine* l : lines) {
    bool first_column_has_text = false;
    for (const Word& w : l->words) first_column_has_text |= column_of(cols, (w.box.x0 + w.box.x1) / 2) == 0;
    if (ruled_rows) {
      const auto band = static_cast<std::size_t>(
          std::upper_bound(r.row_edges.begin(), r.row_edges.end(), l->baseline) - r.row_edges.begin());
      if (t.rows.empty() || band != current_band) new_row();
      current_band = band;
    } else if (t.rows.empty() || first_column_has_text) {
      new_row();
    }
    for (const Word& w : l->words) {
      const std::size_t col = column_of(cols, (w.box.x0 + w.box.x1) / 2);
      Cell& c = t.rows.back()[col];
      if (c.text.empty()) last_word[col] = Box{};
      c.page = page;
      // A line of a cell ending in a hyphen goes on without a space: "cared-" + "for" is "cared-for".
      const bool new_line = c.box.y1 > 0 && w.box.y0 >= c.box.y1 - 0.3f * w.size;
      // A word too wide for its column is cut where the line is full, on a line of its own from edge to edge.
      const Box& prev = last_word[col];
      const unsigned char first = static_cast<unsigned char>(w.text.empty() ? ' ' : w.text[0]);
      // (Within half an em of the edge: a bold header row may set the column's widest line.)
      const bool broken_word = new_line && words_on_line[col] == 1 && prev.x0 <= text_left[col] + 1.0f &&
                               prev.x1 >= text_right[col] - 0.5f * w.size &&
                               prev.width() + w.box.width() > text_right[col] - text_left[col] + 0.5f &&
                               (std::islower(first) || std::isdigit(first)) && !c.text.empty() &&
                               std::isalnum(static_cast<unsigned char>(c.text.back()));
      if (broken_word) c.cut_spaces.push_back(static_cast<std::uint32_t>(c.text.size()));
      if (!c.text.empty() && !(new_line && ends_with_hyphen(c.text))) c.text += ' ';
      c.text += w.text;
      c.box.include(w.box);
      words_on_line[col] = new_line || c.text.size() == w.text.size() ? 1 : words_on_line[col] + 1;
      last_word[col] = w.box;
    }
  }
  return t;
}

// ---- blocks -----------------------------------------------------------------------------------------

std::vector<Block> make_blocks(std::vector<RawLine*>& lines) {
  std::vector<Block> blocks;
  const RawLine* prev = nullptr;
  for (RawLine* l : lines) {
    const bool same_block = prev && l->band == prev->band && l->column == prev->column &&
                            l->box.y0 - prev->box.y1 < 0.9f * std::max(l->size, prev->size) &&
                            std::fabs(l->size - prev->size) < 0.15f * std::max(l->size, prev->size);
    if (!same_block || l->artifact != blocks.back().artifact) {
      blocks.emplace_back();
      blocks.back().artifact = l->artifact;
    }
    Line line;
    line.words = std::move(l->words);
    line.box = l->box;
    line.baseline = l->baseline;
    blocks.back().column = l->column;
    blocks.back().band = l->band;
    blocks.back().box.include(line.box);
    blocks.back().lines.push_back(std::move(line));
    prev = l;
  }
  return blocks;
}

}  // namespace

Page lay_out_page(int number, float width, float height, PageContent& content) {
  Page page;
  page.number = number;
  page.width = width;
  page.height = height;
  std::vector<Item> all = items_of(content);
  page.has_text = std::any_of(all.begin(), all.end(), [](const Item& i) { return !i.space; });
  page.images = content.images;
  // Text in other directions is laid out in its own frame and comes after the page's usual text.
  std::vector<Item> items;
  std::array<std::vector<Item>, 4> turned;
  for (Item& it : all) (it.orientation == 0 ? items : turned[static_cast<std::size_t>(it.orientation)]).push_back(std::move(it));
  all.clear();
  std::vector<RawLine> lines = build_lines(items);
  items.clear();

  // Tables take their lines out of the text flow.
  std::vector<TableRegion> regions = find_regions(content);
  std::vector<int> in_region(lines.size(), -1);
  for (std::size_t i = 0; i < lines.size(); ++i)
    for (std::size_t k = 0; k < regions.size(); ++k) {
      const TableRegion& r = regions[k];
      const bool open_bottom = r.row_edges.size() == 2 && r.col_edges.size() >= 1 && r.box.height() < 40;  // a header row alone
      const float bottom = open_bottom ? height : r.box.y1;
      if (lines[i].baseline > r.box.y0 && lines[i].baseline <= bottom + 1 && lines[i].box.x0 >= r.box.x0 - 4 &&
          lines[i].box.x1 <= r.box.x1 + 4) {
        in_region[i] = static_cast<int>(k);
        break;
      }
    }
  for (std::size_t k = 0; k < regions.size(); ++k) {
    std::vector<RawLine*> members;
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (in_region[i] == static_cast<int>(k)) members.push_back(&lines[i]);
    if (members.empty()) continue;
    Table t = make_table(regions[k], members, number);
    std::size_t filled_columns = 0;
    if (!t.rows.empty())
      for (std::size_t c = 0; c < t.rows[0].size(); ++c) {
        bool any = false;
        for (const auto& row : t.rows) any |= !row[c].text.empty();
        filled_columns += any;
      }
    if (filled_columns < 2) {  // rules around a paragraph, not a table: the lines go back to the flow
      for (std::size_t i = 0; i < lines.size(); ++i)
        if (in_region[i] == static_cast<int>(k)) in_region[i] = -1;
      continue;
    }
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (in_region[i] == static_cast<int>(k)) lines[i].words.clear();
    page.tables.push_back(std::move(t));
  }
  std::vector<RawLine> text;  // the lines outside tables
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (in_region[i] < 0 && !lines[i].words.empty()) text.push_back(std::move(lines[i]));
  // Text set in columns: lines cut at the gutter, each part in its column, read column by column.
  split_columns(text);
  std::vector<RawLine*> flow;
  for (RawLine& l : text) flow.push_back(&l);
  std::vector<Block> blocks = make_blocks(flow);
  // Blocks in reading order: band by band down the page, in a band of columns column by column, each from the
  // top. Tables keep their own list, and each knows its place by its box.
  std::stable_sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) {
    if (a.band != b.band) return a.band < b.band;
    if (a.column != b.column) return a.column < b.column;
    return a.box.y0 < b.box.y0;
  });
  for (Block& b : blocks) page.blocks.push_back(std::move(b));
  for (int k = 1; k < 4; ++k) {
    if (turned[static_cast<std::size_t>(k)].empty()) continue;
    std::vector<RawLine> tl = build_lines(turned[static_cast<std::size_t>(k)]);
    std::vector<RawLine*> tflow;
    for (RawLine& l : tl) tflow.push_back(&l);
    for (Block& b : make_blocks(tflow)) {
      b.orientation = k;
      page.blocks.push_back(std::move(b));
    }
  }
  return page;
}

}  // namespace dhrv::pdf
