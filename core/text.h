// text.h: UTF-8 handling shared by readers and the index.
//
// Folding makes "Môn" match "Mon", "‘Vulnerable’" match "'Vulnerable'" and "GP" match "gp". Tokens keep byte
// offsets into the original text so that search results can highlight the exact bytes that matched.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dhrv {

// Decodes one code point at s[i] and advances i; invalid bytes decode as U+FFFD and advance by one.
char32_t utf8_next(std::string_view s, std::size_t& i);
void utf8_append(std::string& out, char32_t cp);
bool is_valid_utf8(std::string_view s);
// Replaces invalid sequences with U+FFFD so the rest of the program only ever sees valid UTF-8.
std::string sanitize_utf8(std::string_view s);

// Lower-case, accents removed, curly quotes and dashes made plain. Code points that have no simple fold pass
// through unchanged.
char32_t fold_char(char32_t c);
std::string fold(std::string_view s);

struct Token {
  std::string text;  // folded
  std::uint32_t begin = 0, end = 0;  // byte range in the original text
};
// Words: runs of letters and digits (any script), with internal apostrophes kept out ("victim's" -> "victim",
// "s"). Offsets point into `s`.
std::vector<Token> tokenize(std::string_view s);

// Trim ASCII and Unicode spaces (incl. NBSP) from both ends.
std::string_view trim(std::string_view s);
// Collapse runs of white space to one space and trim.
std::string collapse_spaces(std::string_view s);
// Lower-case ASCII slug: "Newcastle-Under-Lyme" -> "newcastle-under-lyme", accents folded.
std::string slug(std::string_view s);
bool iequals_folded(std::string_view a, std::string_view b);

}  // namespace dhrv
