#include "pdf/lexer.h"

#include <charconv>

namespace dhrv::pdf {

bool is_pdf_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }
bool is_pdf_delimiter(char c) {
  return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' ||
         c == '%';
}

namespace {
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
bool regular(char c) { return !is_pdf_space(c) && !is_pdf_delimiter(c); }
}  // namespace

void Lexer::skip_space_and_comments() {
  while (pos_ < s_.size()) {
    const char c = s_[pos_];
    if (is_pdf_space(c)) {
      ++pos_;
    } else if (c == '%') {
      while (pos_ < s_.size() && s_[pos_] != '\n' && s_[pos_] != '\r') ++pos_;
    } else {
      break;
    }
  }
}

void Lexer::literal_string(std::string& out) {
  int depth = 1;
  ++pos_;  // (
  while (pos_ < s_.size()) {
    const char c = s_[pos_++];
    if (c == '(') {
      ++depth;
      out += c;
    } else if (c == ')') {
      if (--depth == 0) return;
      out += c;
    } else if (c == '\\' && pos_ < s_.size()) {
      const char e = s_[pos_++];
      switch (e) {
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case '\r':
          if (pos_ < s_.size() && s_[pos_] == '\n') ++pos_;  // a line continuation
          break;
        case '\n': break;
        default:
          if (e >= '0' && e <= '7') {
            int v = e - '0';
            for (int k = 0; k < 2 && pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '7'; ++k) v = v * 8 + (s_[pos_++] - '0');
            out += static_cast<char>(v & 0xFF);
          } else {
            out += e;  // \( \) \\ and unknown escapes: the character itself
          }
      }
    } else {
      out += c;
    }
  }
}

void Lexer::hex_string(std::string& out) {
  ++pos_;  // <
  int high = -1;
  while (pos_ < s_.size() && s_[pos_] != '>') {
    const int v = hex_value(s_[pos_++]);
    if (v < 0) continue;  // white space (and stray bytes) are ignored
    if (high < 0) high = v;
    else {
      out += static_cast<char>(high * 16 + v);
      high = -1;
    }
  }
  if (high >= 0) out += static_cast<char>(high * 16);  // an odd last digit is followed by 0
  if (pos_ < s_.size()) ++pos_;  // >
}

bool Lexer::next(Token& t) {
  t.bytes.clear();
  t.word = {};
  for (;;) {
    skip_space_and_comments();
    if (pos_ >= s_.size()) {
      t.kind = TokenKind::end;
      return false;
    }
    const char c = s_[pos_];
    if (c == '(') {
      t.kind = TokenKind::string;
      literal_string(t.bytes);
      return true;
    }
    if (c == '<') {
      if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '<') {
        pos_ += 2;
        t.kind = TokenKind::dict_open;
        return true;
      }
      t.kind = TokenKind::string;
      hex_string(t.bytes);
      return true;
    }
    if (c == '>') {
      pos_ += pos_ + 1 < s_.size() && s_[pos_ + 1] == '>' ? 2 : 1;
      t.kind = TokenKind::dict_close;
      return true;
    }
    if (c == '[' || c == ']') {
      ++pos_;
      t.kind = c == '[' ? TokenKind::array_open : TokenKind::array_close;
      return true;
    }
    if (c == '/') {
      const std::size_t start = ++pos_;
      while (pos_ < s_.size() && regular(s_[pos_])) ++pos_;
      t.kind = TokenKind::name;
      t.word = s_.substr(start, pos_ - start);
      for (std::size_t i = 0; i < t.word.size(); ++i) {  // #xx escapes
        if (t.word[i] == '#' && i + 2 < t.word.size() && hex_value(t.word[i + 1]) >= 0 && hex_value(t.word[i + 2]) >= 0) {
          t.bytes += static_cast<char>(hex_value(t.word[i + 1]) * 16 + hex_value(t.word[i + 2]));
          i += 2;
        } else {
          t.bytes += t.word[i];
        }
      }
      return true;
    }
    if (c == '{' || c == '}' || c == ')') {  // PostScript procedures (Type 4 functions) and strays: skipped
      ++pos_;
      continue;
    }
    const std::size_t start = pos_;
    while (pos_ < s_.size() && regular(s_[pos_])) ++pos_;
    const std::string_view w = s_.substr(start, pos_ - start);
    const char f = w[0];
    if ((f >= '0' && f <= '9') || f == '-' || f == '+' || f == '.') {
      // Numbers; PDF writers also emit forms like "--5" or "5-" that strict parsers refuse: read what can be read.
      std::size_t i = 0;
      bool negative = false;
      while (i < w.size() && (w[i] == '-' || w[i] == '+')) negative ^= w[i++] == '-';
      double v = 0;
      double scale = 0;
      for (; i < w.size(); ++i) {
        if (w[i] >= '0' && w[i] <= '9') {
          if (scale == 0) v = v * 10 + (w[i] - '0');
          else {
            v += (w[i] - '0') * scale;
            scale /= 10;
          }
        } else if (w[i] == '.' && scale == 0) {
          scale = 0.1;
        } else {
          break;
        }
      }
      t.kind = TokenKind::number;
      t.number = negative ? -v : v;
      t.word = w;
      return true;
    }
    t.kind = TokenKind::keyword;
    t.word = w;
    return true;
  }
}

void Lexer::skip_inline_image() {
  // One white-space byte follows ID; the data ends at "EI" between white space (or at the end).
  if (pos_ < s_.size() && is_pdf_space(s_[pos_])) ++pos_;
  while (pos_ + 1 < s_.size()) {
    if (s_[pos_] == 'E' && s_[pos_ + 1] == 'I' && pos_ > 0 && is_pdf_space(s_[pos_ - 1]) &&
        (pos_ + 2 >= s_.size() || is_pdf_space(s_[pos_ + 2]) || is_pdf_delimiter(s_[pos_ + 2]))) {
      pos_ += 2;
      return;
    }
    ++pos_;
  }
  pos_ = s_.size();
}

}  // namespace dhrv::pdf
