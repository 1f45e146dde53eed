// font.h: what a PDF font says about the bytes shown with it: how the bytes split into codes, each code's text
// and advance width. Built by font_loader.cpp from the font's dictionary; decoding itself needs no qpdf.
//
// Text comes, in this order of trust: the ToUnicode map; the encoding's glyph names (base encoding and
// /Differences, through the Adobe Glyph List); the embedded font program's own tables (TrueType 'cmap' and
// 'post', a Type 1 font's built-in encoding); and, for plain ASCII bytes in a simple font, the byte itself.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/cmap.h"

namespace dhrv::pdf {

struct Glyph {
  std::string text;         // UTF-8; empty when the font says nothing of this code
  float width = 0;          // advance in text space (already multiplied by the font matrix: 0.5 = half the size)
  bool word_space = false;  // a single-byte code 32: word spacing (Tw) applies
};

struct Font {
  enum class Kind : std::uint8_t { simple, type3, composite };
  Kind kind = Kind::simple;
  std::string name;  // /BaseFont without a subset prefix ("ABCDEF+Calibri" -> "Calibri")
  bool bold = false, italic = false;
  bool vertical = false;
  float scale = 0.001f;  // text-space units per width unit (Type 3 fonts set their own by /FontMatrix)

  // Simple and Type 3 fonts: per byte code.
  std::array<std::string, 256> code_text;
  std::array<float, 256> code_width{};  // in width units (1/1000 em for most fonts)
  // Composite fonts: codes -> CIDs by the encoding CMap; widths by CID; text by code (ToUnicode) or CID.
  CMap encoding;
  CMap to_unicode;
  struct WidthRange {
    std::uint32_t first, last;
    float width;
  };
  std::vector<WidthRange> cid_widths;  // from /W, sorted
  float default_width = 1000;          // /DW
  std::vector<std::string> cid_text;   // by CID where the font program says (CIDToGIDMap + TrueType 'cmap')

  // Appends the glyphs of a shown string.
  void decode(std::string_view bytes, std::vector<Glyph>& out) const;
  float width_of_cid(std::uint32_t cid) const;
};

// The width (1/1000 em) of a glyph in one of the 14 standard fonts, or -1 when unknown.
int standard_font_width(std::string_view font_name, std::string_view glyph);
// The standard font a base font name stands for ("Arial,Bold" -> "Helvetica-Bold"), or "" when none.
std::string_view standard_font_for(std::string_view base_font);

}  // namespace dhrv::pdf
