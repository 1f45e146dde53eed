#include "pdf/font.h"

#include <algorithm>
#include <cstring>
#include <map>

#include "pdf/pdf_tables.h"

namespace dhrv::pdf {

void Font::decode(std::string_view bytes, std::vector<Glyph>& out) const {
  if (kind != Kind::composite) {
    for (unsigned char c : bytes) {
      Glyph g;
      g.text = code_text[c];
      g.width = code_width[c] * scale;
      g.word_space = c == 32;
      out.push_back(std::move(g));
    }
    return;
  }
  std::size_t i = 0;
  while (i < bytes.size()) {
    const int n = encoding.code_length(bytes.substr(i), 2);
    const int len = std::min<int>(n, static_cast<int>(bytes.size() - i));
    std::uint32_t code = 0;
    for (int k = 0; k < len; ++k) code = (code << 8) | static_cast<unsigned char>(bytes[i + static_cast<std::size_t>(k)]);
    std::uint32_t cid = code;
    if (!encoding.cid(code, len, cid)) cid = 0;
    Glyph g;
    if (!to_unicode.text(code, len, g.text) && cid < cid_text.size()) g.text = cid_text[cid];
    g.width = width_of_cid(cid) * scale;
    g.word_space = len == 1 && code == 32;
    out.push_back(std::move(g));
    i += static_cast<std::size_t>(len);
  }
}

float Font::width_of_cid(std::uint32_t cid) const {
  auto it = std::upper_bound(cid_widths.begin(), cid_widths.end(), cid,
                             [](std::uint32_t c, const WidthRange& r) { return c < r.first; });
  if (it != cid_widths.begin()) {
    --it;
    if (cid >= it->first && cid <= it->last) return it->width;
  }
  return default_width;
}

namespace {

struct WidthKey {
  std::string_view font, glyph;
  bool operator<(const WidthKey& o) const { return font != o.font ? font < o.font : glyph < o.glyph; }
};

const std::map<WidthKey, int>& standard_widths() {
  static const std::map<WidthKey, int> m = [] {
    std::map<WidthKey, int> out;
    for (std::size_t i = 0; i < tables::kStandardWidthCount; ++i)
      out.emplace(WidthKey{tables::kStandardWidths[i].font, tables::kStandardWidths[i].glyph}, tables::kStandardWidths[i].width);
    return out;
  }();
  return m;
}

}  // namespace

std::string_view standard_font_for(std::string_view base) {
  std::string lower;
  for (char c : base) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  const bool bold = lower.find("bold") != std::string::npos || lower.find("black") != std::string::npos;
  const bool italic = lower.find("italic") != std::string::npos || lower.find("oblique") != std::string::npos;
  if (lower.find("courier") != std::string::npos || lower.find("mono") != std::string::npos) return "Courier";
  if (lower.find("symbol") != std::string::npos) return "Symbol";
  if (lower.find("zapf") != std::string::npos || lower.find("dingbat") != std::string::npos) return "ZapfDingbats";
  if (lower.find("times") != std::string::npos || (lower.find("serif") != std::string::npos && lower.find("sans") == std::string::npos))
    return bold && italic ? "Times-BoldItalic" : bold ? "Times-Bold" : italic ? "Times-Italic" : "Times-Roman";
  if (lower.find("helvetica") != std::string::npos || lower.find("arial") != std::string::npos)
    return bold ? "Helvetica-Bold" : "Helvetica";  // obliques share the upright widths
  return "";
}

int standard_font_width(std::string_view font, std::string_view glyph) {
  if (font == "Courier") return 600;
  const auto& m = standard_widths();
  auto it = m.find({font, glyph});
  return it == m.end() ? -1 : it->second;
}

}  // namespace dhrv::pdf
