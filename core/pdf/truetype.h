// truetype.h: what an embedded TrueType font program says about its glyphs, for fonts whose PDF dictionary says
// nothing of their text (Word's exports often have neither ToUnicode nor Encoding): its 'cmap' subtables (codes
// and Unicode to glyph ids) and its 'post' glyph names. Every offset is checked; a damaged font gives nothing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dhrv::pdf {

struct TrueTypeInfo {
  std::unordered_map<std::uint32_t, std::uint16_t> mac_roman;   // (1,0): byte code -> glyph
  std::unordered_map<std::uint32_t, std::uint16_t> symbol;      // (3,0): code (often 0xF000 + byte) -> glyph
  std::unordered_map<std::uint16_t, char32_t> glyph_unicode;    // from (3,1)/(3,10)/(0,x): glyph -> code point
  std::vector<std::string> glyph_names;                         // 'post' format 2 names, by glyph id
  bool ok = false;
  // The text of a glyph: by its Unicode mapping, else by its name. Empty when neither says.
  std::string text_of_glyph(std::uint16_t glyph) const;
};

TrueTypeInfo read_truetype(std::string_view font_program);

}  // namespace dhrv::pdf
