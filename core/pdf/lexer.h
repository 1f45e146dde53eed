// lexer.h: tokens of PDF content streams and CMaps (the same PostScript-like syntax): numbers, names, literal
// and hex strings, arrays, dictionaries and operator keywords.
//
// qpdf decodes the streams; this splits them. qpdf can tokenize too, but through an object per operand, and a
// page of text is tens of thousands of operands: splitting here, into a reused buffer, is what makes the text
// layer faster than pdftotext (bench/). Malformed input never stops it: an unknown byte is skipped.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dhrv::pdf {

enum class TokenKind : std::uint8_t {
  number, name, string, array_open, array_close, dict_open, dict_close, keyword, end
};

struct Token {
  TokenKind kind = TokenKind::end;
  double number = 0;
  std::string_view word;  // keyword, or name without its slash (before #xx escapes are decoded)
  std::string bytes;      // string contents (escapes decoded), or the decoded name
};

class Lexer {
 public:
  explicit Lexer(std::string_view data) : s_(data) {}
  // The next token; TokenKind::end at the end of the data.
  bool next(Token& t);
  // After the ID of an inline image: skips its binary data up to and including EI.
  void skip_inline_image();
  std::size_t position() const { return pos_; }

 private:
  void skip_space_and_comments();
  void literal_string(std::string& out);
  void hex_string(std::string& out);
  std::string_view s_;
  std::size_t pos_ = 0;
};

bool is_pdf_space(char c);
bool is_pdf_delimiter(char c);

}  // namespace dhrv::pdf
