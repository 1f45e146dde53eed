// pdf_tables.h: data tables generated at build time (cmake/PdfTables.cmake) from the pdf.js source package.
#pragma once

#include <cstddef>

namespace dhrv::pdf::tables {

struct GlyphName {
  const char* name;
  char32_t unicode;
};
// Adobe Glyph List (with pdf.js's additions), in the order of its source; and the ZapfDingbats names.
extern const GlyphName kGlyphNames[];
extern const std::size_t kGlyphNameCount;
extern const GlyphName kDingbatNames[];
extern const std::size_t kDingbatNameCount;

// Code -> glyph name ("" where the code is unused).
extern const char* const kStandardEncoding[256];
extern const char* const kWinAnsiEncoding[256];
extern const char* const kMacRomanEncoding[256];
extern const char* const kSymbolSetEncoding[256];
extern const char* const kZapfDingbatsEncoding[256];
extern const char* const kMacExpertEncoding[256];
// The standard Macintosh glyph order (TrueType 'post' table names 0..257).
extern const char* const kMacGlyphOrder[258];

// Glyph widths (1/1000 em) of the standard fonts (Courier: all 600; obliques: as upright).
struct StandardWidth {
  const char* font;
  const char* glyph;
  short width;
};
extern const StandardWidth kStandardWidths[];
extern const std::size_t kStandardWidthCount;

}  // namespace dhrv::pdf::tables
