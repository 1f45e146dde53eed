#include "text.h"

namespace dhrv {

char32_t utf8_next(std::string_view s, std::size_t& i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) { ++i; return c; }
  int len = (c >= 0xF0 && c < 0xF5) ? 4 : (c >= 0xE0) && c < 0xF0 ? 3 : (c >= 0xC2 && c < 0xE0) ? 2 : 0;
  if (len == 0 || i + len > s.size()) { ++i; return 0xFFFD; }
  char32_t cp = c & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    unsigned char cc = b(i + k);
    if ((cc & 0xC0) != 0x80) { ++i; return 0xFFFD; }
    cp = (cp << 6) | (cc & 0x3F);
  }
  // Reject overlong forms and surrogates.
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += len;
  return cp;
}

void utf8_append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t before = i;
    char32_t cp = utf8_next(s, i);
    if (cp == 0xFFFD && !(i - before == 3 && s.substr(before, 3) == "\xEF\xBF\xBD")) return false;
  }
  return true;
}

std::string sanitize_utf8(std::string_view s) {
  if (is_valid_utf8(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) utf8_append(out, utf8_next(s, i));
  return out;
}

namespace {
// Latin-1 Supplement and Latin Extended-A letters to their base letter. Covers Welsh (â ê î ô û ŵ ŷ), Irish,
// French, German and the names that appear in CSP titles.
constexpr std::u32string_view kLatin1Base =
    U"aaaaaaaceeeeiiiidnooooo\u00D7ouuuuyts"   // U+00C0..U+00DF (upper)
    U"aaaaaaaceeeeiiiidnooooo\u00F7ouuuuyty";  // U+00E0..U+00FF (lower)
constexpr std::u32string_view kLatinExtA =
    U"aaaaaa" U"cccccccc" U"dddd" U"eeeeeeeeee" U"gggggggg" U"hhhh" U"iiiiiiiiiiii" U"jj" U"kkk" U"llllllllll"
    U"nnnnnnnnn" U"oooooooo" U"rrrrrr" U"ssssssss" U"tttttt" U"uuuuuuuuuuuu" U"ww" U"yyy" U"zzzzzz" U"s";  // U+0100..
static_assert(kLatin1Base.size() == 64, "one entry per code point U+00C0..U+00FF");
static_assert(kLatinExtA.size() == 128, "one entry per code point U+0100..U+017F");
}  // namespace

char32_t fold_char(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xFF) {
    char32_t base = kLatin1Base[c - 0xC0];
    return base;  // U+00D7/U+00F7 (× ÷) map to themselves
  }
  if (c >= 0x100 && c <= 0x17F) return kLatinExtA[c - 0x100];
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return '-';
    case 0x00A0: case 0x2007: case 0x202F: return ' ';
    default: break;
  }
  if (c >= 0x391 && c <= 0x3A9) return c + 32;  // Greek capitals
  if (c >= 0x410 && c <= 0x42F) return c + 32;  // Cyrillic capitals
  return c;
}

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) utf8_append(out, fold_char(utf8_next(s, i)));
  return out;
}

namespace {
bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0xC0 && c <= 0x24F) return true;    // Latin letters with diacritics
  if (c >= 0x370 && c <= 0x52F) return true;   // Greek, Cyrillic
  if (c >= 0x590 && c <= 0x6FF) return true;   // Hebrew, Arabic
  if (c >= 0x900 && c <= 0xDFF) return true;   // Indic scripts
  if (c >= 0x3040 && c <= 0x9FFF) return true; // CJK
  if (c >= 0xAC00 && c <= 0xD7AF) return true; // Hangul
  return false;
}
bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x2007 ||
         c == 0x202F || c == 0x200B || c == 0xFEFF || (c >= 0x2000 && c <= 0x200A);
}
}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    char32_t c = utf8_next(s, i);
    if (!is_word_char(c)) continue;
    Token t;
    t.begin = static_cast<std::uint32_t>(start);
    utf8_append(t.text, fold_char(c));
    std::size_t end = i;
    while (i < s.size()) {
      std::size_t at = i;
      char32_t d = utf8_next(s, i);
      if (!is_word_char(d)) { i = at; break; }
      utf8_append(t.text, fold_char(d));
      end = i;
    }
    t.end = static_cast<std::uint32_t>(end);
    out.push_back(std::move(t));
  }
  return out;
}

std::string_view trim(std::string_view s) {
  std::size_t b = 0;
  while (b < s.size()) {
    std::size_t i = b;
    if (!is_space(utf8_next(s, i))) break;
    b = i;
  }
  std::size_t e = s.size();
  while (e > b) {
    // Step back to the start of the previous code point.
    std::size_t p = e - 1;
    while (p > b && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
    std::size_t i = p;
    if (!is_space(utf8_next(s, i))) break;
    e = p;
  }
  return s.substr(b, e - b);
}

std::string collapse_spaces(std::string_view s) {
  s = trim(s);
  std::string out;
  out.reserve(s.size());
  bool in_space = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t c = utf8_next(s, i);
    if (is_space(c)) {
      in_space = true;
      continue;
    }
    if (in_space) out += ' ';
    in_space = false;
    out.append(s.substr(start, i - start));
  }
  return out;
}

std::string slug(std::string_view s) {
  std::string out;
  for (const auto& t : tokenize(s)) {
    if (!out.empty()) out += '-';
    out += t.text;
  }
  return out;
}

bool iequals_folded(std::string_view a, std::string_view b) { return fold(a) == fold(b); }

}  // namespace dhrv
