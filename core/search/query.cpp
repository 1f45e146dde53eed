#include "query.h"

#include <array>
#include <charconv>

#include "stemmer.h"
#include "text.h"

namespace dhrv {

namespace {


bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Straight or curly double quotes. Returns the quote's length in bytes at `at`, or 0.
std::size_t quote_at(std::string_view s, std::size_t at) {
  if (at >= s.size()) return 0;
  if (s[at] == '"') return 1;
  if (s.substr(at, 3) == "\xE2\x80\x9C" || s.substr(at, 3) == "\xE2\x80\x9D") return 3;  // “ ”
  return 0;
}

class Parser {
 public:
  Parser(std::string_view text, const QueryLimits& limits) : s_(text), limits_(limits) {}

  Query run() {
    Query q;
    q.text = std::string(s_);
    if (s_.size() > limits_.max_bytes) {
      return fail(q, limits_.max_bytes, "the query is too long (" + std::to_string(s_.size()) +
                                            " bytes; at most " + std::to_string(limits_.max_bytes) + ")");
    }
    if (!is_valid_utf8(s_)) return fail(q, 0, "the query is not valid UTF-8 text");

    bool join_next = false;       // an OR was read: the next item joins the last clause
    std::size_t or_at = 0;
    std::size_t terms = 0;
    while (true) {
      skip_spaces();
      if (pos_ >= s_.size()) break;
      if (at_or()) {
        if (q.clauses.empty() || join_next) return fail(q, pos_, "OR needs a word on both sides, e.g. MARAC OR IDVA");
        if (q.clauses.back().negated) return fail(q, pos_, "OR cannot follow an excluded (-) item");
        join_next = true;
        or_at = pos_;
        pos_ += 2;
        continue;
      }
      const std::size_t item_at = pos_;
      bool negated = false;
      if (s_[pos_] == '-' && pos_ + 1 < s_.size() && !is_space_byte(s_[pos_ + 1])) {
        negated = true;
        ++pos_;
      }
      QueryTerm term;
      bool have_term = false;
      if (!read_item(q, term, have_term)) return q;
      if (pos_ == item_at) ++pos_;  // never stand still (a character no rule consumes is skipped)
      if (!have_term) {
        if (join_next) return fail(q, or_at, "OR needs a word on both sides, e.g. MARAC OR IDVA");
        continue;  // punctuation only: nothing to match
      }
      term.begin = item_at;
      term.end = pos_;
      if (++terms > limits_.max_terms) {
        return fail(q, item_at, "the query has too many terms (at most " + std::to_string(limits_.max_terms) + ")");
      }
      if (join_next) {
        if (negated) return fail(q, item_at, "an excluded (-) item cannot be part of OR");
        q.clauses.back().any_of.push_back(std::move(term));
        join_next = false;
      } else {
        QueryClause clause;
        clause.negated = negated;
        clause.any_of.push_back(std::move(term));
        q.clauses.push_back(std::move(clause));
      }
    }
    if (join_next) return fail(q, or_at, "OR needs a word on both sides, e.g. MARAC OR IDVA");
    return q;
  }

 private:
  Query& fail(Query& q, std::size_t at, std::string message) {
    q.clauses.clear();
    q.error = std::move(message);
    q.error_at = at;
    return q;
  }

  void skip_spaces() {
    while (pos_ < s_.size()) {
      std::size_t i = pos_;
      char32_t c = utf8_next(s_, i);
      if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x3000 ||
            (c >= 0x2000 && c <= 0x200B)))
        break;
      pos_ = i;
    }
  }

  bool at_or() const {
    if (s_.substr(pos_, 2) != "OR") return false;
    return pos_ + 2 == s_.size() || is_space_byte(s_[pos_ + 2]);
  }

  // Reads a quoted string starting at a quote; false (with the error set) when it is not closed.
  bool read_quoted(Query& q, std::string_view& out) {
    const std::size_t open = pos_;
    pos_ += quote_at(s_, pos_);
    const std::size_t start = pos_;
    while (pos_ < s_.size() && quote_at(s_, pos_) == 0) ++pos_;
    if (pos_ >= s_.size()) {
      fail(q, open, "this quote is never closed: add a closing \" to search for an exact phrase");
      return false;
    }
    out = s_.substr(start, pos_ - start);
    pos_ += quote_at(s_, pos_);
    return true;
  }

  // A bare chunk runs to the next space or quote.
  std::string_view read_chunk() {
    const std::size_t start = pos_;
    while (pos_ < s_.size() && !is_space_byte(s_[pos_]) && quote_at(s_, pos_) == 0) ++pos_;
    return s_.substr(start, pos_ - start);
  }

  static bool ends_with_star(std::string_view chunk) {
    while (!chunk.empty() && (chunk.back() == ',' || chunk.back() == ';' || chunk.back() == '.')) chunk.remove_suffix(1);
    return !chunk.empty() && chunk.back() == '*';
  }

  // Words (or a prefix) from free text; sets have_term when there is anything to match.
  bool words_term(Query& q, std::string_view chunk, bool quoted, std::size_t at, QueryField field, QueryTerm& term,
                  bool& have_term) {
    std::vector<Token> tokens = tokenize(chunk);
    const bool prefix = !quoted && ends_with_star(chunk);
    if (prefix) {
      if (tokens.empty()) {
        fail(q, at, "'*' must follow the start of a word, e.g. volunt* for voluntary and volunteer");
        return false;
      }
      if (tokens.size() > 1) {
        fail(q, at, "a prefix search must be one word, e.g. volunt*; quote a phrase without the '*'");
        return false;
      }
    }
    if (tokens.empty()) {
      if (quoted) {
        fail(q, at, "the quotes are empty: put the exact words between them, e.g. \"mutual allegations\"");
        return false;
      }
      return true;  // punctuation only
    }
    term.field = field;
    term.kind = prefix ? QueryTerm::Kind::prefix : QueryTerm::Kind::words;
    for (auto& t : tokens) {
      if (!prefix) term.stems.push_back(stem_word(t.text));
      term.words.push_back(std::move(t.text));
    }
    have_term = true;
    return true;
  }

  static bool parse_year(std::string_view s, int& out) {
    if (s.size() != 4) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size() && out >= 1900 && out <= 2999;
  }

  bool years_term(Query& q, std::string_view name, std::string_view value, std::size_t at, QueryTerm& term) {
    const std::string example = std::string(name) + ":2018 or " + std::string(name) + ":2016..2019";
    int from = 0, to = 0;
    std::size_t dots = value.find("..");
    bool good;
    if (dots == std::string_view::npos) {
      good = parse_year(value, from);
      to = from;
    } else {
      std::string_view a = value.substr(0, dots), b = value.substr(dots + 2);
      good = (a.empty() || parse_year(a, from)) && (b.empty() || parse_year(b, to)) && !(a.empty() && b.empty());
      if (good && from && to && from > to) {
        fail(q, at, std::string(name) + ": the range " + std::string(value) + " runs backwards; write it as " +
                        std::to_string(to) + ".." + std::to_string(from));
        return false;
      }
    }
    if (!good) {
      fail(q, at, std::string(name) + ": expects a year or a range of years, e.g. " + example);
      return false;
    }
    term.kind = QueryTerm::Kind::years;
    term.year_from = from;
    term.year_to = to;
    return true;
  }

  bool read_item(Query& q, QueryTerm& term, bool& have_term) {
    const std::size_t at = pos_;
    if (quote_at(s_, pos_)) {
      std::string_view phrase;
      if (!read_quoted(q, phrase)) return false;
      return words_term(q, phrase, true, at, QueryField::all, term, have_term);
    }
    // A field is letters followed by ':'.
    std::size_t n = 0;
    while (pos_ + n < s_.size() && ((s_[pos_ + n] >= 'a' && s_[pos_ + n] <= 'z') || (s_[pos_ + n] >= 'A' && s_[pos_ + n] <= 'Z')))
      ++n;
    if (n > 0 && pos_ + n < s_.size() && s_[pos_ + n] == ':') {
      const std::string name = fold(s_.substr(pos_, n));
      const QueryFieldInfo* info = nullptr;
      for (const auto& f : kQueryFields)
        if (f.field != QueryField::all && f.name == name) info = &f;
      if (!info) {
        std::string known;
        for (const auto& f : kQueryFields)
          if (f.field != QueryField::all) known += (known.empty() ? "" : ", ") + std::string(f.name) + ":";
        fail(q, at, "unknown field '" + std::string(s_.substr(pos_, n)) + ":' (known fields: " + known + ")");
        return false;
      }
      pos_ += n + 1;
      std::string_view value;
      bool quoted = false;
      if (quote_at(s_, pos_)) {
        if (!read_quoted(q, value)) return false;
        quoted = true;
      } else {
        value = read_chunk();
      }
      value = trim(value);
      if (value.empty()) {
        fail(q, at, std::string(info->name) + ": needs a value, e.g. " + std::string(info->name) + ":" +
                        std::string(info->example));
        return false;
      }
      term.field = info->field;
      switch (info->field) {
        case QueryField::addressed:
        case QueryField::lead:
          return words_term(q, value, quoted, at, info->field, term, have_term);
        case QueryField::year:
        case QueryField::published:
          if (!years_term(q, info->name, value, at, term)) return false;
          have_term = true;
          return true;
        default: {
          term.kind = QueryTerm::Kind::value;
          for (auto& t : tokenize(value)) term.words.push_back(std::move(t.text));
          if (term.words.empty()) {
            fail(q, at, std::string(info->name) + ": needs letters or digits in its value");
            return false;
          }
          for (const auto& w : term.words) term.value += (term.value.empty() ? "" : " ") + w;
          have_term = true;
          return true;
        }
      }
    }
    std::string_view chunk = read_chunk();
    return words_term(q, chunk, false, at, QueryField::all, term, have_term);
  }

  std::string_view s_;
  QueryLimits limits_;
  std::size_t pos_ = 0;
};

std::string describe_term(const QueryTerm& t) {
  std::string out;
  if (t.field != QueryField::all) out += std::string(query_field_name(t.field)) + ":";
  switch (t.kind) {
    case QueryTerm::Kind::words:
      if (t.words.size() == 1) {
        out += t.words[0];
      } else {
        out += '"';
        for (std::size_t i = 0; i < t.words.size(); ++i) out += (i ? " " : "") + t.words[i];
        out += '"';
      }
      break;
    case QueryTerm::Kind::prefix: out += t.words[0] + "*"; break;
    case QueryTerm::Kind::value: out += quote_query_value(t.value); break;
    case QueryTerm::Kind::years:
      if (t.year_from == t.year_to) out += std::to_string(t.year_from);
      else out += (t.year_from ? std::to_string(t.year_from) : "") + ".." + (t.year_to ? std::to_string(t.year_to) : "");
      break;
  }
  return out;
}

}  // namespace

bool Query::has_positive_text() const {
  for (const auto& c : clauses) {
    if (c.negated) continue;
    for (const auto& t : c.any_of)
      if (t.kind == QueryTerm::Kind::words || t.kind == QueryTerm::Kind::prefix) return true;
  }
  return false;
}

Query parse_query(std::string_view text, const QueryLimits& limits) { return Parser(text, limits).run(); }

std::string describe(const Query& q) {
  if (!q.ok()) return "error at " + std::to_string(q.error_at) + ": " + q.error;
  std::string out;
  for (const auto& c : q.clauses) {
    if (!out.empty()) out += ' ';
    out += c.negated ? "-(" : "+(";
    for (std::size_t i = 0; i < c.any_of.size(); ++i) out += (i ? " | " : "") + describe_term(c.any_of[i]);
    out += ')';
  }
  return out;
}

std::string quote_query_value(std::string_view value) {
  bool plain = !value.empty();
  for (char c : value)
    if (is_space_byte(c) || c == '"' || c == ':') plain = false;
  if (plain) return std::string(value);
  std::string out = "\"";
  for (char c : value)
    if (c != '"') out += c;
  out += '"';
  return out;
}

}  // namespace dhrv
