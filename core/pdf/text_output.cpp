#include "pdf/text_output.h"

#include "pdf/reading_order.h"

#include <algorithm>
#include <cmath>

namespace dhrv::pdf {

namespace {

// Words at their horizontal places, one column of text per `unit` points.
void positioned(std::string& out, const std::vector<std::pair<float, std::string>>& words, float unit) {
  std::size_t col = 0;
  for (const auto& [x, text] : words) {
    const auto want = static_cast<std::size_t>(std::max(0.f, std::round(x / unit)));
    out.append(want > col ? want - col : (col ? 1 : 0), ' ');
    out += text;
    col = std::max(want, col + (col ? 1 : 0)) + text.size();
  }
}

}  // namespace

std::string document_text(const Document& doc, bool layout) {
  std::string out;
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    const Page& p = doc.pages[i];
    if (i) out += '\f';
    for (const PageElement& e : reading_order(p)) {
      if (e.block) {
        const char* mark = e.block->region == Region::header ? "[header] " : e.block->region == Region::footer ? "[footer] " : "";
        for (const Line& l : e.block->lines) {
          out += mark;
          if (layout) {
            std::vector<std::pair<float, std::string>> words;
            for (const Word& w : l.words) words.emplace_back(w.box.x0, w.text);
            positioned(out, words, 4.5f);
          } else {
            out += l.text();
          }
          out += '\n';
        }
        if (!layout) out += '\n';
      } else {
        for (const auto& row : e.table->rows) {
          if (layout) {
            std::vector<std::pair<float, std::string>> cells;
            for (const Cell& c : row)
              if (!c.text.empty()) cells.emplace_back(c.box.x0, c.text);
            positioned(out, cells, 4.5f);
          } else {
            for (std::size_t c = 0; c < row.size(); ++c) out += (c ? " | " : "") + row[c].text;
          }
          out += '\n';
        }
        out += '\n';
      }
    }
  }
  return out;
}

namespace {
ojson box_json(const Box& b) {
  auto r = [](float v) { return std::round(v * 10) / 10; };
  return ojson::array({r(b.x0), r(b.y0), r(b.x1), r(b.y1)});
}
}  // namespace

ojson document_json(const Document& doc) {
  ojson j;
  j["info"] = {{"title", doc.info.title}, {"author", doc.info.author}, {"subject", doc.info.subject},
               {"creator", doc.info.creator}, {"producer", doc.info.producer}, {"created", doc.info.created},
               {"modified", doc.info.modified}, {"pages", doc.info.pages}, {"encrypted", doc.info.encrypted},
               {"tagged", doc.info.tagged}};
  j["readable"] = doc.readable;
  j["scanned"] = doc.scanned;
  ojson pages = ojson::array();
  for (const Page& p : doc.pages) {
    ojson pj{{"number", p.number}, {"width", p.width}, {"height", p.height}};
    ojson blocks = ojson::array();
    for (const Block& b : p.blocks) {
      ojson lines = ojson::array();
      for (const Line& l : b.lines) {
        ojson words = ojson::array();
        for (const Word& w : l.words) {
          ojson wj{{"text", w.text}, {"box", box_json(w.box)}, {"size", std::round(w.size * 10) / 10}};
          if (w.bold) wj["bold"] = true;
          if (w.italic) wj["italic"] = true;
          words.push_back(std::move(wj));
        }
        lines.push_back({{"text", l.text()}, {"box", box_json(l.box)}, {"words", std::move(words)}});
      }
      blocks.push_back({{"region", b.region == Region::header ? "header" : b.region == Region::footer ? "footer" : "body"},
                        {"box", box_json(b.box)}, {"lines", std::move(lines)}});
    }
    pj["blocks"] = std::move(blocks);
    ojson tables = ojson::array();
    for (const Table& t : p.tables) {
      ojson rows = ojson::array();
      for (const auto& row : t.rows) {
        ojson cells = ojson::array();
        for (const Cell& c : row) cells.push_back({{"text", c.text}, {"page", c.page}});
        rows.push_back(std::move(cells));
      }
      tables.push_back({{"box", box_json(t.box)}, {"rows", std::move(rows)}});
    }
    pj["tables"] = std::move(tables);
    pages.push_back(std::move(pj));
  }
  j["pages"] = std::move(pages);
  ojson diags = ojson::array();
  for (const auto& d : doc.diagnostics) diags.push_back(diagnostic_to_json(d));
  j["diagnostics"] = std::move(diags);
  return j;
}

}  // namespace dhrv::pdf
