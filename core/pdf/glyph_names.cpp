#include "pdf/glyph_names.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "pdf/pdf_tables.h"
#include "text.h"

namespace dhrv::pdf {

namespace {

// The glyph list sorted by name, once.
const std::vector<tables::GlyphName>& sorted_names() {
  static const std::vector<tables::GlyphName> sorted = [] {
    std::vector<tables::GlyphName> v(tables::kGlyphNames, tables::kGlyphNames + tables::kGlyphNameCount);
    v.insert(v.end(), tables::kDingbatNames, tables::kDingbatNames + tables::kDingbatNameCount);
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return std::strcmp(a.name, b.name) < 0; });
    return v;
  }();
  return sorted;
}

char32_t lookup(std::string_view name) {
  const auto& v = sorted_names();
  auto it = std::lower_bound(v.begin(), v.end(), name, [](const tables::GlyphName& g, std::string_view n) {
    return std::string_view(g.name) < n;
  });
  return it != v.end() && std::string_view(it->name) == name ? it->unicode : 0;
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

bool parse_hex(std::string_view s, char32_t& out) {
  if (s.empty()) return false;
  out = 0;
  for (char c : s) {
    const int v = hex(c);
    if (v < 0) return false;
    out = out * 16 + static_cast<char32_t>(v);
  }
  return true;
}

bool plausible(char32_t c) { return c > 0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF); }

// One component of a glyph name (no '_' or '.').
void component_text(std::string_view part, std::string& out) {
  if (part.empty()) return;
  if (const char32_t cp = lookup(part)) {
    utf8_append(out, cp);
    return;
  }
  char32_t cp = 0;
  if (part.size() >= 7 && part.substr(0, 3) == "uni" && (part.size() - 3) % 4 == 0) {
    std::string tmp;  // uniXXXX, or several: uni00660069
    for (std::size_t i = 3; i < part.size(); i += 4) {
      if (!parse_hex(part.substr(i, 4), cp) || !plausible(cp)) return;
      utf8_append(tmp, cp);
    }
    out += tmp;
    return;
  }
  if (part.size() >= 5 && part.size() <= 7 && part[0] == 'u' && parse_hex(part.substr(1), cp) && plausible(cp))
    utf8_append(out, cp);
}

}  // namespace

std::string glyph_text(std::string_view name) {
  std::string out;
  if (name.empty()) return out;
  if (const char32_t cp = lookup(name)) {
    utf8_append(out, cp);
    return out;
  }
  name = name.substr(0, name.find('.'));  // "a.sc", "one.oldstyle": the base glyph
  while (!name.empty()) {
    const auto us = name.find('_');
    component_text(name.substr(0, us), out);
    if (us == std::string_view::npos) break;
    name.remove_prefix(us + 1);
  }
  return out;
}

std::string_view encoding_glyph(BaseEncoding e, std::uint8_t code) {
  switch (e) {
    case BaseEncoding::standard: return tables::kStandardEncoding[code];
    case BaseEncoding::win_ansi: return tables::kWinAnsiEncoding[code];
    case BaseEncoding::mac_roman: return tables::kMacRomanEncoding[code];
    case BaseEncoding::mac_expert: return tables::kMacExpertEncoding[code];
    case BaseEncoding::symbol: return tables::kSymbolSetEncoding[code];
    case BaseEncoding::zapf_dingbats: return tables::kZapfDingbatsEncoding[code];
  }
  return {};
}

bool base_encoding_from_name(std::string_view n, BaseEncoding& out) {
  if (n == "WinAnsiEncoding") out = BaseEncoding::win_ansi;
  else if (n == "MacRomanEncoding") out = BaseEncoding::mac_roman;
  else if (n == "MacExpertEncoding") out = BaseEncoding::mac_expert;
  else if (n == "StandardEncoding") out = BaseEncoding::standard;
  else return false;
  return true;
}

}  // namespace dhrv::pdf
