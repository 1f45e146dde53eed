// readers/canonical_json.cpp: DHR Viewer's own JSON (json_codec.h), as written by `dhrv export --format json`.
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

}  // namespace

ReadResult read_canonical_json(const std::string& name, std::string_view bytes) {
  ReadResult result;
  Diagnostics diag(name);
  bytes = strip_bom(bytes);
  if (int d = max_depth(bytes); d > ReadLimits::max_json_depth) {
    diag.error(0, "json.depth", "JSON nests " + std::to_string(d) + " levels deep, over the limit of " +
                                    std::to_string(ReadLimits::max_json_depth));
    result.diagnostics = diag.take();
    return result;
  }
  ojson doc = ojson::parse(bytes.begin(), bytes.end(), nullptr, false);
  if (doc.is_discarded()) {
    // Parse again with a SAX handler only to learn where and why it failed (the core uses no exceptions).
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
    diag.error(line_of(bytes, where.byte ? where.byte - 1 : 0), "json.syntax", where.what);
    result.diagnostics = diag.take();
    return result;
  }
  const ojson* reviews = nullptr;
  if (doc.is_object() && doc.contains("reviews") && doc["reviews"].is_array()) reviews = &doc["reviews"];
  else if (doc.is_array()) reviews = &doc;
  if (!reviews) {
    diag.error(1, "json.shape", "expected {\"reviews\": [...]} (the form `dhrv export --format json` writes)");
    result.diagnostics = diag.take();
    return result;
  }
  std::size_t k = 0;
  for (const auto& rj : *reviews) {
    std::vector<std::string> problems;
    std::string path = "reviews[" + std::to_string(k++) + "]";
    Review r = review_from_json(rj, path, problems);
    for (auto& p : problems) diag.error(0, "json.field", p);
    if (r.id.empty()) {
      r.id = "json-review-" + std::to_string(k);
      diag.warning(0, "json.id", path + ": no id; using '" + r.id + "'");
    }
    result.reviews.push_back(std::move(r));
  }
  result.diagnostics = diag.take();
  return result;
}

}  // namespace dhrv
