#include "pdf/cmap.h"

#include <algorithm>

#include "pdf/lexer.h"
#include "text.h"

namespace dhrv::pdf {

namespace {

constexpr std::size_t kMaxEntries = 500'000;  // a hostile CMap cannot grow without bound

std::uint32_t code_of(std::string_view bytes) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < bytes.size() && i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[i]);
  return v;
}

}  // namespace

std::u32string utf16be_to_u32(std::string_view b) {
  std::u32string out;
  for (std::size_t i = 0; i + 1 < b.size(); i += 2) {
    const char32_t u = (static_cast<unsigned char>(b[i]) << 8) | static_cast<unsigned char>(b[i + 1]);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < b.size()) {
      const char32_t lo = (static_cast<unsigned char>(b[i + 2]) << 8) | static_cast<unsigned char>(b[i + 3]);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        out += 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) continue;
    out += u;
  }
  if (b.size() == 1) out += static_cast<unsigned char>(b[0]);  // a one-byte destination: take it as it is
  return out;
}

CMap CMap::identity() {
  CMap m;
  m.identity_ = true;
  m.spaces_.push_back({2, 0, 0xFFFF});
  return m;
}

CMap CMap::parse(std::string_view text) {
  CMap m;
  Lexer lex(text);
  Token t;
  enum class Section { none, codespace, bfchar, bfrange, cidchar, cidrange } section = Section::none;
  std::vector<Token> args;
  while (lex.next(t)) {
    if (t.kind == TokenKind::keyword) {
      const std::string_view w = t.word;
      if (w == "begincodespacerange") section = Section::codespace;
      else if (w == "beginbfchar") section = Section::bfchar;
      else if (w == "beginbfrange") section = Section::bfrange;
      else if (w == "begincidchar") section = Section::cidchar;
      else if (w == "begincidrange") section = Section::cidrange;
      else if (w.rfind("end", 0) == 0) section = Section::none;
      args.clear();
      continue;
    }
    if (section == Section::none) continue;
    if (t.kind == TokenKind::array_open && section == Section::bfrange && args.size() == 2) {
      // <lo> <hi> [<text> <text> ...]
      Entry e;
      e.bytes = static_cast<int>(args[0].bytes.size());
      e.lo = code_of(args[0].bytes);
      e.hi = code_of(args[1].bytes);
      while (lex.next(t) && t.kind != TokenKind::array_close)
        if (t.kind == TokenKind::string && e.list.size() <= e.hi - e.lo) e.list.push_back(utf16be_to_u32(t.bytes));
      if (e.bytes >= 1 && e.bytes <= 4 && e.lo <= e.hi && m.entries_.size() < kMaxEntries) m.entries_.push_back(std::move(e));
      args.clear();
      continue;
    }
    args.push_back(t);
    const std::size_t need = section == Section::codespace || section == Section::bfchar || section == Section::cidchar ? 2 : 3;
    if (args.size() < need) continue;
    const Token& a = args[0];
    const Token& b = args[1];
    if (a.kind == TokenKind::string && a.bytes.size() >= 1 && a.bytes.size() <= 4 && m.entries_.size() < kMaxEntries) {
      const int bytes = static_cast<int>(a.bytes.size());
      switch (section) {
        case Section::codespace:
          if (b.kind == TokenKind::string) m.spaces_.push_back({bytes, code_of(a.bytes), code_of(b.bytes)});
          break;
        case Section::bfchar:
          if (b.kind == TokenKind::string || b.kind == TokenKind::name) {
            Entry e{code_of(a.bytes), code_of(a.bytes), bytes, {}, {}, 0, false};
            e.base = b.kind == TokenKind::string ? utf16be_to_u32(b.bytes) : std::u32string();
            m.entries_.push_back(std::move(e));
          }
          break;
        case Section::bfrange:
          if (b.kind == TokenKind::string && args[2].kind == TokenKind::string) {
            Entry e{code_of(a.bytes), code_of(b.bytes), bytes, utf16be_to_u32(args[2].bytes), {}, 0, false};
            if (e.lo <= e.hi) m.entries_.push_back(std::move(e));
          }
          break;
        case Section::cidchar:
          if (b.kind == TokenKind::number && b.number >= 0)
            m.entries_.push_back({code_of(a.bytes), code_of(a.bytes), bytes, {}, {}, static_cast<std::uint32_t>(b.number), true});
          break;
        case Section::cidrange:
          if (b.kind == TokenKind::string && args[2].kind == TokenKind::number && args[2].number >= 0 &&
              code_of(a.bytes) <= code_of(b.bytes))
            m.entries_.push_back({code_of(a.bytes), code_of(b.bytes), bytes, {}, {}, static_cast<std::uint32_t>(args[2].number), true});
          break;
        case Section::none: break;
      }
    }
    args.clear();
  }
  std::stable_sort(m.entries_.begin(), m.entries_.end(),
                   [](const Entry& x, const Entry& y) { return x.bytes != y.bytes ? x.bytes < y.bytes : x.lo < y.lo; });
  return m;
}

int CMap::code_length(std::string_view s, int fallback) const {
  if (spaces_.empty()) return fallback;
  for (int n = 1; n <= 4 && n <= static_cast<int>(s.size()); ++n) {
    const std::uint32_t c = code_of(s.substr(0, static_cast<std::size_t>(n)));
    for (const Space& sp : spaces_)
      if (sp.bytes == n && c >= sp.lo && c <= sp.hi) return n;
  }
  // No range matches: the shortest range's length (what viewers do), so that reading moves on.
  int shortest = 4;
  for (const Space& sp : spaces_) shortest = std::min(shortest, sp.bytes);
  return shortest;
}

const CMap::Entry* CMap::find(std::uint32_t code, int length, bool want_cid) const {
  // Entries are sorted by (bytes, lo); ranges of one length rarely overlap, so look back a little from the
  // last range starting at or before the code.
  auto it = std::upper_bound(entries_.begin(), entries_.end(), std::pair<int, std::uint32_t>(length, code),
                             [](const std::pair<int, std::uint32_t>& k, const Entry& e) {
                               return k.first != e.bytes ? k.first < e.bytes : k.second < e.lo;
                             });
  for (int back = 0; back < 64 && it != entries_.begin(); ++back) {
    --it;
    if (it->bytes != length) break;
    if (code >= it->lo && code <= it->hi && it->is_cid == want_cid) return &*it;
  }
  return nullptr;
}

bool CMap::text(std::uint32_t code, int length, std::string& out) const {
  const Entry* e = find(code, length, false);
  if (!e) return false;
  const std::uint32_t offset = code - e->lo;
  if (!e->list.empty()) {
    if (offset >= e->list.size()) return false;
    for (char32_t c : e->list[offset]) utf8_append(out, c);
    return true;
  }
  if (e->base.empty()) return true;  // mapped to nothing on purpose
  for (std::size_t i = 0; i + 1 < e->base.size(); ++i) utf8_append(out, e->base[i]);
  const char32_t last = e->base.back() + offset;
  utf8_append(out, last <= 0x10FFFF ? last : 0xFFFD);
  return true;
}

bool CMap::cid(std::uint32_t code, int length, std::uint32_t& out) const {
  if (identity_) {
    out = code;
    return true;
  }
  const Entry* e = find(code, length, true);
  if (!e) return false;
  out = e->cid + (code - e->lo);
  return true;
}

int CMap::longest_code() const {
  int n = 0;
  for (const Space& s : spaces_) n = std::max(n, s.bytes);
  for (const Entry& e : entries_) n = std::max(n, e.bytes);
  return n;
}

}  // namespace dhrv::pdf
