// cmap.h: CMaps, the PostScript-like tables PDF fonts use: ToUnicode maps (code -> text) and encoding CMaps
// (code -> CID for composite fonts), with their codespace ranges (how many bytes each code takes).
//
// Ranges stay ranges: one real file declares <0000> <FFFFFFFF>, which would hang anything that expands it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dhrv::pdf {

class CMap {
 public:
  // Reads the begincodespacerange / beginbfchar / beginbfrange / begincidchar / begincidrange sections.
  static CMap parse(std::string_view text);
  // Identity-H and Identity-V: two-byte codes, CID = code.
  static CMap identity();

  // The length (1 to 4) of the code at the start of `s`, by the codespace ranges; without ranges, or when none
  // matches, `fallback`.
  int code_length(std::string_view s, int fallback) const;
  // ToUnicode: the text (UTF-8) of a code of `length` bytes; false when the map says nothing of it.
  bool text(std::uint32_t code, int length, std::string& out) const;
  // Encoding CMap: the CID of a code; false when the map says nothing of it.
  bool cid(std::uint32_t code, int length, std::uint32_t& out) const;

  bool empty() const { return entries_.empty() && !identity_; }
  bool has_codespace() const { return !spaces_.empty(); }
  bool is_identity() const { return identity_; }
  // A single-byte map whose codes all fit in one byte (a simple font's ToUnicode).
  int longest_code() const;

 private:
  struct Space {
    int bytes;
    std::uint32_t lo, hi;
  };
  struct Entry {
    std::uint32_t lo, hi;
    int bytes;
    std::u32string base;             // bf: text of `lo`; later codes add to its last character
    std::vector<std::u32string> list;  // bf with an array: one text per code
    std::uint32_t cid = 0;           // cid: CID of `lo`
    bool is_cid = false;
  };
  const Entry* find(std::uint32_t code, int length, bool want_cid) const;
  std::vector<Space> spaces_;
  std::vector<Entry> entries_;  // sorted by (bytes, lo) once parsed
  bool identity_ = false;
};

// UTF-16BE bytes (as ToUnicode maps and PDF text strings hold them) to code points; unpaired surrogates dropped.
std::u32string utf16be_to_u32(std::string_view bytes);

}  // namespace dhrv::pdf
