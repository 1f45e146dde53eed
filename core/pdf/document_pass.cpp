#include "pdf/document_pass.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <cctype>

#include "text.h"

namespace dhrv::pdf {

namespace {

// Text compared across pages: folded, digits as '#', spaces collapsed ("Page 3 of 12" == "Page 4 of 12").
std::string furniture_key(const Block& b) {
  std::string joined;
  for (const Line& l : b.lines) joined += l.text() + " ";
  std::string key;
  for (char c : fold(joined)) {
    if (c >= '0' && c <= '9') {
      if (key.empty() || key.back() != '#') key += '#';
    } else if (c == ' ') {
      if (!key.empty() && key.back() != ' ') key += ' ';
    } else {
      key += c;
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

bool page_number_only(const std::string& key) {
  return key == "#" || key == "page #" || key == "page # of #" || key == "- # -" || key == "# of #" || key == "#/#";
}

}  // namespace

void find_page_furniture(Document& doc) {
  const std::size_t pages = doc.pages.size();
  // Blocks in the top or bottom margin (a sixth of the page), by key.
  std::map<std::string, std::set<int>> top, bottom;
  for (const Page& p : doc.pages)
    for (const Block& b : p.blocks) {
      if (b.orientation != 0) continue;
      if (b.box.y1 <= p.height / 6) top[furniture_key(b)].insert(p.number);
      else if (b.box.y0 >= p.height * 5 / 6) bottom[furniture_key(b)].insert(p.number);
    }
  const std::size_t needed = std::max<std::size_t>(2, (pages * 2 + 4) / 5);  // on 40% of pages, at least two
  for (Page& p : doc.pages) {
    std::vector<Block> headers, body, footers;
    for (Block& b : p.blocks) {
      const std::string key = furniture_key(b);
      const bool upright = b.orientation == 0;
      const bool at_top = upright && b.box.y1 <= p.height / 6, at_bottom = upright && b.box.y0 >= p.height * 5 / 6;
      // Text running sideways is furniture when upright pages repeat it in their margins: a landscape page's
      // header and footer, drawn in the portrait frame of the pages around it.
      const bool sideways_header = !upright && top.count(key) && top[key].size() >= needed;
      const bool sideways_footer = !upright && ((bottom.count(key) && bottom[key].size() >= needed) || page_number_only(key));
      if ((at_top && (b.artifact || top[key].size() >= needed)) || sideways_header) {
        b.region = Region::header;
        headers.push_back(std::move(b));
      } else if ((at_bottom && (b.artifact || bottom[key].size() >= needed || page_number_only(key))) || sideways_footer) {
        b.region = Region::footer;
        footers.push_back(std::move(b));
      } else {
        body.push_back(std::move(b));
      }
    }
    p.blocks.clear();
    for (auto* group : {&headers, &body, &footers})
      for (Block& b : *group) p.blocks.push_back(std::move(b));
  }
}

namespace {

bool same_row_text(const std::vector<Cell>& a, const std::vector<Cell>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (fold(a[i].text) != fold(b[i].text)) return false;
  return true;
}

// The body's extent on a page (headers and footers aside).
std::pair<float, float> body_extent(const Page& p) {
  float top = p.height, bottom = 0;
  for (const Block& b : p.blocks)
    if (b.region == Region::body && b.orientation == 0) top = std::min(top, b.box.y0), bottom = std::max(bottom, b.box.y1);
  for (const Table& t : p.tables) top = std::min(top, t.box.y0), bottom = std::max(bottom, t.box.y1);
  return {top, bottom};
}

}  // namespace

void join_continued_tables(Document& doc) {
  // The table still open at the bottom of the page before (it may have started pages earlier).
  Table* open = nullptr;
  for (Page& b : doc.pages) {
    Table* last_here = nullptr;
    if (!b.tables.empty()) {
      auto second_it = std::min_element(b.tables.begin(), b.tables.end(), [](const Table& x, const Table& y) { return x.box.y0 < y.box.y0; });
      const auto [top, bottom] = body_extent(b);
      const bool runs_to_bottom = second_it->box.y1 >= bottom - 2;
      if (open && !open->rows.empty() && !second_it->rows.empty() && open->rows[0].size() == second_it->rows[0].size() &&
          second_it->box.y0 <= top + 2) {
        Table& second = *second_it;
        std::size_t start = 0;
        if (same_row_text(open->rows[0], second.rows[0])) start = 1;  // the header row, repeated
        // The first row goes on from the last row of the page before when its first cell is empty or carries on a
        // sentence (starts with a small letter).
        const auto continues = [](const std::vector<Cell>& row) {
          const std::string& t = row[0].text;
          return t.empty() || (t[0] >= 'a' && t[0] <= 'z');
        };
        if (start < second.rows.size() && continues(second.rows[start])) {
          auto& last = open->rows.back();
          for (std::size_t c = 0; c < last.size(); ++c) {
            const Cell& more = second.rows[start][c];
            if (more.text.empty()) continue;
            if (last[c].text.empty()) {
              last[c] = more;
              continue;
            }
            if (last[c].text.back() != '-') last[c].text += ' ';
            const auto shift = static_cast<std::uint32_t>(last[c].text.size());
            for (std::uint32_t cut : more.cut_spaces) last[c].cut_spaces.push_back(cut + shift);
            last[c].text += more.text;
          }
          ++start;
        }
        for (std::size_t r = start; r < second.rows.size(); ++r) open->rows.push_back(std::move(second.rows[r]));
        b.tables.erase(second_it);
        if (runs_to_bottom && b.tables.empty()) continue;  // the whole page went on the open table: it stays open
      }
      if (!b.tables.empty()) {
        Table& low = *std::max_element(b.tables.begin(), b.tables.end(), [](const Table& x, const Table& y) { return x.box.y1 < y.box.y1; });
        if (low.box.y1 >= body_extent(b).second - 2) last_here = &low;
      }
    }
    open = last_here;
  }
}

namespace {

// A word as compared across the document: folded, punctuation around it trimmed.
std::string word_key(std::string_view w) {
  std::string f = fold(w);
  auto punct = [](char c) { return !(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '/' || (c & 0x80)); };
  while (!f.empty() && punct(f.back())) f.pop_back();
  std::size_t b = 0;
  while (b < f.size() && punct(f[b])) ++b;
  return f.substr(b);
}

void count_words(std::string_view text, std::unordered_map<std::string, int>& counts) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    if (j > i) ++counts[word_key(text.substr(i, j - i))];
    i = j + 1;
  }
}

}  // namespace

void mend_cut_words(Document& doc) {
  std::unordered_map<std::string, int> counts;
  bool any = false;
  for (const Page& p : doc.pages) {
    for (const Block& b : p.blocks)
      for (const Line& l : b.lines)
        for (const Word& w : l.words) ++counts[word_key(w.text)];
    for (const Table& t : p.tables)
      for (const auto& row : t.rows)
        for (const Cell& c : row) {
          count_words(c.text, counts);
          any |= !c.cut_spaces.empty();
        }
  }
  if (!any) return;
  auto known = [&](const std::string& w, int here) { auto it = counts.find(w); return it != counts.end() && it->second > here; };
  for (Page& p : doc.pages)
    for (Table& t : p.tables)
      for (auto& row : t.rows)
        for (Cell& c : row) {
          for (auto it = c.cut_spaces.rbegin(); it != c.cut_spaces.rend(); ++it) {
            const std::size_t at = *it;
            if (at >= c.text.size() || c.text[at] != ' ') continue;
            const std::size_t a0 = c.text.rfind(' ', at == 0 ? 0 : at - 1);
            const std::size_t begin = a0 == std::string::npos || a0 >= at ? 0 : a0 + 1;
            std::size_t end = c.text.find(' ', at + 1);
            if (end == std::string::npos) end = c.text.size();
            const std::string a = word_key(std::string_view(c.text).substr(begin, at - begin));
            const std::string b = word_key(std::string_view(c.text).substr(at + 1, end - at - 1));
            // "informatio" + "n-sharing": the joined word up to its first hyphen counts too.
            const std::string joined = a + b, joined_head = a + b.substr(0, b.find('-'));
            const bool one_word = known(joined, 0) || known(joined_head, 0) || (!known(a, 1) && !known(b, 1));
            if (one_word) c.text.erase(at, 1);
          }
          c.cut_spaces.clear();
        }
}

}  // namespace dhrv::pdf
