#include "pdf/font_loader.h"

#include <algorithm>

#include "pdf/glyph_names.h"
#include "pdf/qpdf_access.h"
#include "pdf/truetype.h"

namespace dhrv::pdf {

namespace {

// "ABCDEF+Calibri-Bold" -> "Calibri-Bold"
std::string without_subset_prefix(std::string name) {
  if (name.size() > 7 && name[6] == '+' &&
      std::all_of(name.begin(), name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; }))
    name.erase(0, 7);
  return name;
}

void style_from(Font& f, QPDFObjectHandle descriptor) {
  std::string lower;
  for (char c : f.name) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  f.bold = lower.find("bold") != std::string::npos || lower.find("black") != std::string::npos ||
           lower.find("heavy") != std::string::npos || lower.find("medi") != std::string::npos ||
           lower.find("semibold") != std::string::npos;
  f.italic = lower.find("italic") != std::string::npos || lower.find("oblique") != std::string::npos;
  if (descriptor.isDictionary()) {
    const auto flags = static_cast<long long>(number_or(descriptor.getKey("/Flags"), 0));
    if (flags & (1LL << 6)) f.italic = true;
    if (flags & (1LL << 18)) f.bold = true;
    if (number_or(descriptor.getKey("/FontWeight"), 400) >= 600) f.bold = true;
  }
}

// A Type 1 program's built-in encoding: "dup 65 /A put" lines in its clear-text part.
void builtin_type1_encoding(std::string_view program, std::array<std::string, 256>& names) {
  const std::size_t end = std::min(program.size(), program.find("eexec"));
  std::string_view clear = program.substr(0, end);
  for (std::size_t at = clear.find("dup "); at != std::string_view::npos; at = clear.find("dup ", at + 4)) {
    std::size_t i = at + 4;
    int code = 0, digits = 0;
    while (i < clear.size() && clear[i] >= '0' && clear[i] <= '9' && digits < 4) code = code * 10 + (clear[i++] - '0'), ++digits;
    if (!digits || code > 255 || i + 2 >= clear.size() || clear[i] != ' ' || clear[i + 1] != '/') continue;
    const std::size_t name_start = i + 2, name_end = clear.find_first_of(" \r\n", name_start);
    if (name_end == std::string_view::npos || clear.substr(name_end, 4) != " put") continue;
    names[static_cast<std::size_t>(code)] = std::string(clear.substr(name_start, name_end - name_start));
  }
}

void load_simple(Font& f, QPDFObjectHandle dict, const std::string& subtype, std::uint64_t limit,
                 std::vector<std::string>& problems) {
  QPDFObjectHandle descriptor = dict.getKey("/FontDescriptor");
  // Glyph names by code: base encoding, then /Differences.
  std::array<std::string, 256> names;
  BaseEncoding base = BaseEncoding::standard;
  bool have_encoding = false;
  const std::string standard = std::string(standard_font_for(f.name));
  if (standard == "Symbol") base = BaseEncoding::symbol, have_encoding = true;
  if (standard == "ZapfDingbats") base = BaseEncoding::zapf_dingbats, have_encoding = true;
  QPDFObjectHandle enc = dict.getKey("/Encoding");
  if (enc.isName()) {
    have_encoding |= base_encoding_from_name(name_of(enc), base);
  } else if (enc.isDictionary()) {
    have_encoding = true;
    base_encoding_from_name(name_of(enc.getKey("/BaseEncoding")), base);
  }
  const bool symbolic = descriptor.isDictionary() && (static_cast<long long>(number_or(descriptor.getKey("/Flags"), 0)) & 4);
  std::string program;
  if (descriptor.isDictionary()) {
    for (const char* key : {"/FontFile2", "/FontFile", "/FontFile3"}) {
      QPDFObjectHandle file = descriptor.getKey(key);
      if (file.isStream()) {
        program = stream_data(file, limit);
        break;
      }
    }
  }
  if (!have_encoding && subtype == "TrueType" && !symbolic) base = BaseEncoding::standard, have_encoding = true;
  // A symbolic TrueType font without an encoding names no glyphs: its own cmap says what its codes are.
  const bool names_from_base = have_encoding || subtype != "TrueType";
  if (names_from_base)
    for (int c = 0; c < 256; ++c) names[static_cast<std::size_t>(c)] = std::string(encoding_glyph(base, static_cast<std::uint8_t>(c)));
  if (!have_encoding && subtype != "TrueType" && !program.empty()) {
    std::array<std::string, 256> builtin;
    builtin_type1_encoding(program, builtin);
    for (int c = 0; c < 256; ++c)
      if (!builtin[static_cast<std::size_t>(c)].empty()) names[static_cast<std::size_t>(c)] = builtin[static_cast<std::size_t>(c)], have_encoding = true;
  }
  if (enc.isDictionary()) {
    QPDFObjectHandle diffs = enc.getKey("/Differences");
    if (diffs.isArray()) {
      int code = 0;
      for (int i = 0; i < diffs.getArrayNItems(); ++i) {
        QPDFObjectHandle item = diffs.getArrayItem(i);
        if (item.isNumber()) code = static_cast<int>(item.getNumericValue());
        else if (item.isName() && code >= 0 && code < 256) names[static_cast<std::size_t>(code++)] = name_of(item);
      }
    }
  }
  // Text: ToUnicode first, then glyph names, then the embedded TrueType program's tables.
  QPDFObjectHandle tu = dict.getKey("/ToUnicode");
  CMap to_unicode;
  if (tu.isStream()) to_unicode = CMap::parse(stream_data(tu, limit));
  TrueTypeInfo tt;
  if (subtype == "TrueType" && !program.empty()) tt = read_truetype(program);
  std::size_t unknown = 0;
  for (std::uint32_t c = 0; c < 256; ++c) {
    std::string& text = f.code_text[c];
    if (to_unicode.text(c, 1, text)) continue;
    if (have_encoding || !names[c].empty()) text = glyph_text(names[c]);
    if (text.empty() && tt.ok) {
      std::uint16_t glyph = 0;
      if (auto it = tt.symbol.find(0xF000 + c); it != tt.symbol.end()) glyph = it->second;
      else if (auto it2 = tt.symbol.find(c); it2 != tt.symbol.end()) glyph = it2->second;
      else if (auto it3 = tt.mac_roman.find(c); it3 != tt.mac_roman.end()) glyph = it3->second;
      if (glyph) text = tt.text_of_glyph(glyph);
    }
    if (text.empty() && !have_encoding && tt.glyph_unicode.empty() && c >= 32 && c < 127) text = std::string(1, static_cast<char>(c));
    if (text.empty() && c >= 32) ++unknown;
  }
  (void)unknown;
  // Widths.
  const float missing = descriptor.isDictionary() ? number_or(descriptor.getKey("/MissingWidth"), 0) : 0.f;
  f.code_width.fill(missing);
  QPDFObjectHandle widths = dict.getKey("/Widths");
  if (widths.isArray()) {
    const int first = static_cast<int>(number_or(dict.getKey("/FirstChar"), 0));
    for (int i = 0; i < widths.getArrayNItems(); ++i)
      if (first + i >= 0 && first + i < 256) f.code_width[static_cast<std::size_t>(first + i)] = number_or(widths.getArrayItem(i), missing);
  } else {
    // Old files use the standard fonts without /Widths: their metrics are known.
    const std::string metrics = standard.empty() ? "Helvetica" : standard;
    for (int c = 0; c < 256; ++c) {
      const int w = standard_font_width(metrics, names[static_cast<std::size_t>(c)]);
      f.code_width[static_cast<std::size_t>(c)] = w >= 0 ? static_cast<float>(w) : 500.f;
    }
    if (standard.empty()) problems.push_back("font " + f.name + " has no widths; standard widths assumed");
  }
}

void load_type3(Font& f, QPDFObjectHandle dict, std::uint64_t limit, std::vector<std::string>& problems) {
  QPDFObjectHandle matrix = dict.getKey("/FontMatrix");
  if (matrix.isArray() && matrix.getArrayNItems() >= 1) f.scale = number_or(matrix.getArrayItem(0), 0.001f);
  load_simple(f, dict, "Type3", limit, problems);
  QPDFObjectHandle widths = dict.getKey("/Widths");
  if (!widths.isArray()) f.code_width.fill(0);
}

void load_composite(Font& f, QPDFObjectHandle dict, std::uint64_t limit, std::vector<std::string>& problems) {
  f.kind = Font::Kind::composite;
  QPDFObjectHandle enc = dict.getKey("/Encoding");
  if (enc.isName()) {
    const std::string n = name_of(enc);
    if (n == "Identity-H" || n == "Identity-V") {
      f.encoding = CMap::identity();
      f.vertical = n == "Identity-V";
    } else {
      f.encoding = CMap::identity();  // predefined CJK CMaps are not shipped: codes read as two-byte CIDs
      problems.push_back("font " + f.name + " uses the predefined CMap " + n + "; read as two-byte codes");
    }
  } else if (enc.isStream()) {
    f.encoding = CMap::parse(stream_data(enc, limit));
    if (f.encoding.empty()) f.encoding = CMap::identity();
  } else {
    f.encoding = CMap::identity();
  }
  QPDFObjectHandle tu = dict.getKey("/ToUnicode");
  if (tu.isStream()) f.to_unicode = CMap::parse(stream_data(tu, limit));
  QPDFObjectHandle descendants = dict.getKey("/DescendantFonts");
  QPDFObjectHandle cid_font = descendants.isArray() && descendants.getArrayNItems() > 0 ? descendants.getArrayItem(0) : QPDFObjectHandle();
  if (!cid_font.isDictionary()) return;
  f.default_width = number_or(cid_font.getKey("/DW"), 1000);
  QPDFObjectHandle w = cid_font.getKey("/W");
  if (w.isArray()) {
    const int n = w.getArrayNItems();
    for (int i = 0; i < n;) {
      QPDFObjectHandle first = w.getArrayItem(i);
      if (!first.isNumber()) break;
      const auto c = static_cast<std::uint32_t>(std::max(0.0, first.getNumericValue()));
      QPDFObjectHandle next = i + 1 < n ? w.getArrayItem(i + 1) : QPDFObjectHandle();
      if (next.isArray()) {
        for (int k = 0; k < next.getArrayNItems(); ++k)
          f.cid_widths.push_back({c + static_cast<std::uint32_t>(k), c + static_cast<std::uint32_t>(k), number_or(next.getArrayItem(k), f.default_width)});
        i += 2;
      } else if (i + 2 < n && next.isNumber()) {
        const auto last = static_cast<std::uint32_t>(std::max(0.0, next.getNumericValue()));
        if (last >= c) f.cid_widths.push_back({c, last, number_or(w.getArrayItem(i + 2), f.default_width)});
        i += 3;
      } else {
        break;
      }
    }
    std::sort(f.cid_widths.begin(), f.cid_widths.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  // Text by CID where there is no ToUnicode: a TrueType program's Unicode cmap, through CIDToGIDMap.
  QPDFObjectHandle descriptor = cid_font.getKey("/FontDescriptor");
  style_from(f, descriptor);
  if (!f.to_unicode.empty() || !descriptor.isDictionary()) return;
  QPDFObjectHandle file = descriptor.getKey("/FontFile2");
  if (!file.isStream()) {
    problems.push_back("font " + f.name + " has no ToUnicode map and no TrueType program: its text cannot be known");
    return;
  }
  const TrueTypeInfo tt = read_truetype(stream_data(file, limit));
  QPDFObjectHandle map = cid_font.getKey("/CIDToGIDMap");
  std::string gid_map = map.isStream() ? stream_data(map, limit) : std::string();
  std::size_t max_cid = 0;
  for (const auto& [g, u] : tt.glyph_unicode) max_cid = std::max<std::size_t>(max_cid, g);
  const std::size_t cids = gid_map.empty() ? std::min<std::size_t>(max_cid + 1, 65536) : std::min<std::size_t>(gid_map.size() / 2, 65536);
  f.cid_text.resize(cids);
  for (std::size_t cid = 0; cid < cids; ++cid) {
    const std::uint16_t glyph = gid_map.empty() ? static_cast<std::uint16_t>(cid)
                                                 : static_cast<std::uint16_t>((static_cast<unsigned char>(gid_map[cid * 2]) << 8) |
                                                                              static_cast<unsigned char>(gid_map[cid * 2 + 1]));
    f.cid_text[cid] = tt.text_of_glyph(glyph);
  }
}

}  // namespace

std::unique_ptr<Font> load_font(QPDFObjectHandle dict, std::uint64_t limit, std::vector<std::string>& problems) {
  if (!dict.isDictionary()) return nullptr;
  auto f = std::make_unique<Font>();
  const std::string subtype = name_of(dict.getKey("/Subtype"));
  f->name = without_subset_prefix(name_of(dict.getKey("/BaseFont")));
  if (f->name.empty()) f->name = "(unnamed " + (subtype.empty() ? std::string("font") : subtype) + ")";
  style_from(*f, dict.getKey("/FontDescriptor"));
  if (subtype == "Type0") load_composite(*f, dict, limit, problems);
  else if (subtype == "Type3") f->kind = Font::Kind::type3, load_type3(*f, dict, limit, problems);
  else load_simple(*f, dict, subtype, limit, problems);
  return f;
}

}  // namespace dhrv::pdf
