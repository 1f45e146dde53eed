// readers/canonical_json.cpp: DHR Viewer's own JSON (json_codec.h), as written by `dhrv export --format json`.
//
// The file is walked one review at a time: a light scan finds where each element of the reviews array begins and
// ends, and each is parsed on its own, with a checkpoint between them. So a 100,000-recommendation export loads
// in slices (the browser stays responsive) and never holds a parsed document of the whole file. Every byte is
// still checked: each element and every other top-level value is parsed strictly, and anything the scan cannot
// follow is parsed whole to say exactly where and why it is not JSON.
#include "../jobs/job_control.h"
#include "../json_codec.h"
#include "../text.h"
#include "reader.h"

namespace dhrv {

namespace {

// Nesting depth outside strings; checked before parsing so hostile input cannot exhaust the stack.
int max_depth(std::string_view s) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') in_string = true;
    else if (c == '[' || c == '{') deepest = std::max(deepest, ++depth);
    else if (c == ']' || c == '}') --depth;
  }
  return deepest;
}

int line_of(std::string_view s, std::size_t byte) {
  int line = 1;
  for (std::size_t i = 0; i < byte && i < s.size(); ++i)
    if (s[i] == '\n') ++line;
  return line;
}

// Where a text stops being JSON, and why (nlohmann's SAX parser, which reports without exceptions).
std::pair<std::size_t, std::string> syntax_error(std::string_view bytes) {
  struct Where : nlohmann::json_sax<ojson> {
    std::size_t byte = 0;
    std::string what = "invalid JSON";
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t pos, const std::string& token, const nlohmann::detail::exception&) override {
      byte = pos;
      what = "invalid JSON near '" + token.substr(0, 40) + "'";
      return false;
    }
  } where;
  ojson::sax_parse(bytes.begin(), bytes.end(), &where, nlohmann::detail::input_format_t::json, false);
  return {where.byte ? where.byte - 1 : 0, where.what};
}

// A structural walk over JSON text: enough to find the extent of values without building them.
class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}
  std::size_t pos = 0;
  bool failed = false;

  void skip_space() {
    while (pos < s_.size() && (s_[pos] == ' ' || s_[pos] == '\n' || s_[pos] == '\r' || s_[pos] == '\t')) ++pos;
  }
  bool take(char c) {
    skip_space();
    if (pos < s_.size() && s_[pos] == c) {
      ++pos;
      return true;
    }
    return false;
  }
  bool peek(char c) {
    skip_space();
    return pos < s_.size() && s_[pos] == c;
  }
  // A string's contents (escapes left as they are: keys of interest have none).
  std::string_view string() {
    skip_space();
    if (pos >= s_.size() || s_[pos] != '"') return fail();
    const std::size_t start = ++pos;
    while (pos < s_.size() && s_[pos] != '"') pos += s_[pos] == '\\' ? 2 : 1;
    if (pos >= s_.size()) return fail();
    return s_.substr(start, pos++ - start);
  }
  int deepest = 0;  // nesting seen so far, counting the containers the scan is inside

  // The extent of the next value (object, array, string or literal), `outer` containers deep.
  std::string_view value(int outer = 0) {
    skip_space();
    const std::size_t start = pos;
    if (pos >= s_.size()) return fail();
    if (s_[pos] == '"') {
      string();
    } else if (s_[pos] == '{' || s_[pos] == '[') {
      int depth = 0;
      bool in_string = false;
      for (; pos < s_.size(); ++pos) {
        const char c = s_[pos];
        if (in_string) {
          if (c == '\\') ++pos;
          else if (c == '"') in_string = false;
        } else if (c == '"') in_string = true;
        else if (c == '{' || c == '[') deepest = std::max(deepest, outer + ++depth);
        else if ((c == '}' || c == ']') && --depth == 0) break;
      }
      if (pos >= s_.size()) return fail();
      ++pos;
    } else {
      while (pos < s_.size() && s_[pos] != ',' && s_[pos] != '}' && s_[pos] != ']' && s_[pos] != ' ' &&
             s_[pos] != '\n' && s_[pos] != '\r' && s_[pos] != '\t')
        ++pos;
    }
    if (failed) return {};
    return s_.substr(start, pos - start);
  }
  bool at_end() {
    skip_space();
    return pos == s_.size();
  }

 private:
  std::string_view fail() {
    failed = true;
    return {};
  }
  std::string_view s_;
};

bool valid_json(std::string_view text) { return ojson::accept(text.begin(), text.end(), false); }

}  // namespace

// JSON that is well formed but not DHR Viewer's: someone else's data, reported as not review data.
constexpr const char* kOtherJson = "JSON, but not DHR Viewer JSON (expected {\"reviews\": [...]}, the form `dhrv export --format json` writes)";

bool sniff_canonical_json(std::string_view bytes) {
  const std::string_view head = text_head(bytes);
  return !head.empty() && (head.front() == '{' || head.front() == '[');
}

jobs::Task<ReadResult> read_canonical_json(ReadRequest request) {
  ReadResult result;
  Diagnostics diag(request.name);
  const std::string_view bytes = strip_bom(request.bytes);
  auto too_deep = [&](int d) {
    diag.error(0, "json.depth", "JSON nests " + std::to_string(d) + " levels deep, over the limit of " +
                                    std::to_string(ReadLimits::max_json_depth));
    result.diagnostics = diag.take();
  };

  // Find the reviews: a bare array, or the "reviews" member of the top-level object. The scan pauses every
  // megabyte, and gives up on nesting deeper than the limit (hostile input must not exhaust the stack).
  Scanner scan(bytes);
  std::vector<std::string_view> elements;
  bool found = false, shaped = true;
  std::size_t paused_at = 0;
  auto read_array = [&](int outer) -> jobs::Task<bool> {
    if (!scan.take('[')) co_return false;
    if (scan.take(']')) co_return true;
    do {
      const std::string_view v = scan.value(outer + 1);
      if (scan.failed || scan.deepest > ReadLimits::max_json_depth) co_return false;
      elements.push_back(v);
      if (scan.pos - paused_at > (1u << 20)) {
        paused_at = scan.pos;
        co_await request.control.checkpoint();
      }
    } while (scan.take(','));
    co_return scan.take(']');
  };
  if (scan.peek('[')) {
    found = co_await read_array(0);
    shaped = found;
  } else if (scan.take('{')) {
    if (!scan.take('}')) {
      do {
        const std::string_view key = scan.string();
        if (scan.failed || !scan.take(':')) {
          shaped = false;
          break;
        }
        if (key == "reviews" && scan.peek('[') && !found) {
          found = co_await read_array(1);
          if (!found) {
            shaped = false;
            break;
          }
        } else {
          const std::string_view other = scan.value(1);
          if (scan.failed || scan.deepest > ReadLimits::max_json_depth || !valid_json(other)) {
            shaped = false;
            break;
          }
        }
      } while (scan.take(','));
      shaped = shaped && scan.take('}');
    }
  } else {
    shaped = false;
  }
  shaped = shaped && scan.at_end();
  if (!shaped) {
    // Not JSON the scan can follow: the whole-document parser says where it breaks (or that it is not JSON at all),
    // once the nesting is known to be within the limit.
    if (const int d = std::max(scan.deepest, max_depth(bytes)); d > ReadLimits::max_json_depth) {
      too_deep(d);
      co_return result;
    }
    if (!valid_json(bytes)) {
      const auto [byte, what] = syntax_error(bytes);
      diag.error(line_of(bytes, byte), "json.syntax", what);
    } else {
      result.not_review_data = kOtherJson;
    }
    result.diagnostics = diag.take();
    co_return result;
  }
  if (!found) {
    result.not_review_data = kOtherJson;
    co_return result;
  }

  std::size_t line = 1, counted_to = 0;
  for (std::size_t k = 0; k < elements.size(); ++k) {
    const std::string_view element = elements[k];
    const auto offset = static_cast<std::size_t>(element.data() - bytes.data());
    for (; counted_to < offset; ++counted_to)
      if (bytes[counted_to] == '\n') ++line;
    const std::string path = "reviews[" + std::to_string(k) + "]";
    const ojson rj = ojson::parse(element.begin(), element.end(), nullptr, false);
    if (rj.is_discarded()) {
      const auto [byte, what] = syntax_error(element);
      diag.error(static_cast<int>(line) + line_of(element, byte) - 1, "json.syntax", path + ": " + what);
      continue;
    }
    std::vector<std::string> problems;
    Review r = review_from_json(rj, path, problems);
    for (auto& p : problems) diag.error(static_cast<int>(line), "json.field", p);
    if (r.id.empty()) {
      r.id = "json-review-" + std::to_string(k + 1);
      diag.warning(static_cast<int>(line), "json.id", path + ": no id; using '" + r.id + "'");
    }
    result.reviews.push_back(std::move(r));
    co_await request.control.checkpoint();
    if (request.control.cancelled()) break;
  }
  result.diagnostics = diag.take();
  co_return result;
}

}  // namespace dhrv
