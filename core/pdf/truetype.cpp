#include "pdf/truetype.h"

#include "pdf/glyph_names.h"
#include "pdf/pdf_tables.h"
#include "text.h"

namespace dhrv::pdf {

namespace {

class Bytes {
 public:
  explicit Bytes(std::string_view s) : s_(s) {}
  bool has(std::size_t at, std::size_t n) const { return at <= s_.size() && n <= s_.size() - at; }
  std::uint16_t u16(std::size_t at) const {
    return has(at, 2) ? static_cast<std::uint16_t>((byte(at) << 8) | byte(at + 1)) : 0;
  }
  std::uint32_t u32(std::size_t at) const {
    return has(at, 4) ? (static_cast<std::uint32_t>(byte(at)) << 24) | (byte(at + 1) << 16) | (byte(at + 2) << 8) | byte(at + 3) : 0;
  }
  unsigned byte(std::size_t at) const { return at < s_.size() ? static_cast<unsigned char>(s_[at]) : 0u; }
  std::string_view sub(std::size_t at, std::size_t n) const { return has(at, n) ? s_.substr(at, n) : std::string_view(); }

 private:
  std::string_view s_;
};

constexpr std::size_t kMaxMappings = 200'000;

// Reads one cmap subtable into code -> glyph pairs.
template <class Put>
void read_subtable(const Bytes& b, std::size_t at, Put put) {
  const std::uint16_t format = b.u16(at);
  std::size_t added = 0;
  auto add = [&](std::uint32_t code, std::uint32_t glyph) {
    if (glyph && added++ < kMaxMappings) put(code, static_cast<std::uint16_t>(glyph));
  };
  if (format == 0) {
    for (std::uint32_t c = 0; c < 256 && b.has(at + 6 + c, 1); ++c) add(c, b.byte(at + 6 + c));
  } else if (format == 4) {
    const std::size_t segs = b.u16(at + 6) / 2;
    const std::size_t ends = at + 14, starts = ends + segs * 2 + 2, deltas = starts + segs * 2, ranges = deltas + segs * 2;
    if (!b.has(ranges, segs * 2)) return;
    for (std::size_t i = 0; i < segs; ++i) {
      const std::uint32_t end = b.u16(ends + i * 2), start = b.u16(starts + i * 2);
      const std::uint16_t delta = b.u16(deltas + i * 2), range = b.u16(ranges + i * 2);
      if (start > end || end == 0xFFFF) continue;
      for (std::uint32_t c = start; c <= end; ++c) {
        std::uint32_t g;
        if (range == 0) {
          g = (c + delta) & 0xFFFF;
        } else {
          const std::size_t where = ranges + i * 2 + range + (c - start) * 2;
          g = b.u16(where);
          if (g) g = (g + delta) & 0xFFFF;
        }
        add(c, g);
      }
    }
  } else if (format == 6) {
    const std::uint32_t first = b.u16(at + 6), count = b.u16(at + 8);
    for (std::uint32_t i = 0; i < count && b.has(at + 10 + i * 2, 2); ++i) add(first + i, b.u16(at + 10 + i * 2));
  } else if (format == 12) {
    const std::uint32_t groups = b.u32(at + 12);
    for (std::uint32_t i = 0; i < groups && b.has(at + 16 + i * 12, 12); ++i) {
      const std::uint32_t start = b.u32(at + 16 + i * 12), end = b.u32(at + 20 + i * 12), glyph = b.u32(at + 24 + i * 12);
      if (start > end || end - start > kMaxMappings) continue;
      for (std::uint32_t c = start; c <= end; ++c) add(c, glyph + (c - start));
    }
  }
}

}  // namespace

std::string TrueTypeInfo::text_of_glyph(std::uint16_t glyph) const {
  std::string out;
  if (auto it = glyph_unicode.find(glyph); it != glyph_unicode.end()) {
    utf8_append(out, it->second);
    return out;
  }
  if (glyph < glyph_names.size()) return glyph_text(glyph_names[glyph]);
  return out;
}

TrueTypeInfo read_truetype(std::string_view program) {
  TrueTypeInfo info;
  const Bytes b(program);
  const std::uint16_t tables = b.u16(4);
  std::size_t cmap = 0, post = 0, post_len = 0;
  for (std::size_t i = 0; i < tables && b.has(12 + i * 16, 16); ++i) {
    const std::string_view tag = b.sub(12 + i * 16, 4);
    const std::uint32_t offset = b.u32(12 + i * 16 + 8), length = b.u32(12 + i * 16 + 12);
    if (!b.has(offset, length)) continue;
    if (tag == "cmap") cmap = offset;
    if (tag == "post") post = offset, post_len = length;
  }
  if (cmap) {
    const std::uint16_t subtables = b.u16(cmap + 2);
    for (std::size_t i = 0; i < subtables && b.has(cmap + 4 + i * 8, 8); ++i) {
      const std::uint16_t platform = b.u16(cmap + 4 + i * 8), encoding = b.u16(cmap + 6 + i * 8);
      const std::size_t at = cmap + b.u32(cmap + 8 + i * 8);
      if (!b.has(at, 4)) continue;
      if (platform == 1 && encoding == 0)
        read_subtable(b, at, [&](std::uint32_t c, std::uint16_t g) { info.mac_roman.emplace(c, g); });
      else if (platform == 3 && encoding == 0)
        read_subtable(b, at, [&](std::uint32_t c, std::uint16_t g) { info.symbol.emplace(c, g); });
      else if ((platform == 3 && (encoding == 1 || encoding == 10)) || platform == 0)
        read_subtable(b, at, [&](std::uint32_t c, std::uint16_t g) { info.glyph_unicode.emplace(g, static_cast<char32_t>(c)); });
    }
  }
  if (post && b.u32(post) == 0x00020000) {
    const std::uint16_t glyphs = b.u16(post + 32);
    const std::size_t names_at = post + 34 + glyphs * 2u;
    std::vector<std::string_view> extra;
    for (std::size_t at = names_at; at < post + post_len && b.has(at, 1);) {
      const std::size_t n = b.byte(at);
      if (!b.has(at + 1, n)) break;
      extra.push_back(b.sub(at + 1, n));
      at += 1 + n;
    }
    info.glyph_names.reserve(glyphs);
    for (std::size_t g = 0; g < glyphs; ++g) {
      const std::uint16_t index = b.u16(post + 34 + g * 2);
      if (index < 258) info.glyph_names.emplace_back(tables::kMacGlyphOrder[index]);
      else if (index - 258u < extra.size()) info.glyph_names.emplace_back(extra[index - 258u]);
      else info.glyph_names.emplace_back();
    }
  }
  info.ok = cmap || post;
  return info;
}

}  // namespace dhrv::pdf
