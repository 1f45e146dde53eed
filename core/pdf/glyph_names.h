// glyph_names.h: from glyph names (as /Differences and Type 1 fonts name glyphs) to Unicode, and the standard
// 8-bit encodings' code -> name tables. The data comes from the pdf.js source package (pdf_tables.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dhrv::pdf {

// The text of a glyph name, UTF-8: "A" -> "A", "quoteright" -> "’", "uni2019" -> "’", "u1F600" -> "😀",
// "f_f_i" -> "ffi" (ligature names by their parts), "a.sc" -> "a" (variants by their base). Empty when unknown.
std::string glyph_text(std::string_view name);

enum class BaseEncoding : std::uint8_t { standard, win_ansi, mac_roman, mac_expert, symbol, zapf_dingbats };
// The glyph name an encoding gives a code ("" where it gives none).
std::string_view encoding_glyph(BaseEncoding e, std::uint8_t code);
bool base_encoding_from_name(std::string_view pdf_name, BaseEncoding& out);  // "WinAnsiEncoding" ...

}  // namespace dhrv::pdf
