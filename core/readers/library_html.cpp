// readers/library_html.cpp: a saved page of the Home Office "Search the DHR Library" service.
//
// Reads the result cards (<section aria-label="DHR result ...">: title, CSP, region, upload date, date of death,
// /download/<id>) and the filter vocabularies (<select> options and checkbox values, keyed by the form field
// name), which become the canonical lists for normalising CSPs, relationships, methods and themes.
// The page is GOV.UK server-rendered markup with a stable shape; a small tag scanner (tags, attributes, text,
// entities, line numbers) is enough for it and keeps the web build free of another C library.
#include <algorithm>

#include "../text.h"
#include "reader.h"

namespace dhrv {

namespace {

std::string decode_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') { out += s[i]; continue; }
    auto semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) { out += '&'; continue; }
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    char32_t cp = 0;
    if (ent == "amp") cp = '&';
    else if (ent == "lt") cp = '<';
    else if (ent == "gt") cp = '>';
    else if (ent == "quot") cp = '"';
    else if (ent == "apos") cp = '\'';
    else if (ent == "nbsp") cp = 0xA0;
    else if (ent == "copy") cp = 0xA9;
    else if (ent == "raquo") cp = 0xBB;
    else if (ent == "ndash") cp = 0x2013;
    else if (ent == "rsquo") cp = 0x2019;
    else if (!ent.empty() && ent[0] == '#') {
      bool hex = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X');
      for (char c : ent.substr(hex ? 2 : 1)) {
        int d = (c >= '0' && c <= '9') ? c - '0' : hex && (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
        if (d < 0 || cp > 0x10FFFF) { cp = 0xFFFD; break; }
        cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
      }
      if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    }
    if (!cp) { out += '&'; continue; }
    utf8_append(out, cp);
    i = semi;
  }
  return out;
}

struct Tag {
  std::string name;  // lower case; "/section" for an end tag
  std::vector<std::pair<std::string, std::string>> attrs;
  std::size_t offset = 0;
  const std::string* attr(std::string_view n) const {
    for (const auto& [k, v] : attrs)
      if (k == n) return &v;
    return nullptr;
  }
};

// Scans tags and the text between them, calling on_tag / on_text in document order.
template <class OnTag, class OnText>
void scan_html(std::string_view s, OnTag on_tag, OnText on_text) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t lt = s.find('<', i);
    if (lt == std::string_view::npos) lt = s.size();
    if (lt > i) on_text(s.substr(i, lt - i), i);
    if (lt >= s.size()) break;
    if (s.compare(lt, 4, "<!--") == 0) {
      auto end = s.find("-->", lt + 4);
      i = end == std::string_view::npos ? s.size() : end + 3;
      continue;
    }
    std::size_t j = lt + 1;
    Tag tag;
    tag.offset = lt;
    bool closing = j < s.size() && s[j] == '/';
    if (closing) ++j;
    std::size_t name_start = j;
    while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '!' || s[j] == '-')) ++j;
    tag.name = fold(s.substr(name_start, j - name_start));
    if (closing) tag.name = "/" + tag.name;
    // Attributes until '>', honouring quotes.
    while (j < s.size() && s[j] != '>') {
      if (std::isspace(static_cast<unsigned char>(s[j])) || s[j] == '/') { ++j; continue; }
      std::size_t k = j;
      while (k < s.size() && s[k] != '=' && s[k] != '>' && !std::isspace(static_cast<unsigned char>(s[k]))) ++k;
      std::string key = fold(s.substr(j, k - j));
      std::string value;
      while (k < s.size() && std::isspace(static_cast<unsigned char>(s[k]))) ++k;
      if (k < s.size() && s[k] == '=') {
        ++k;
        while (k < s.size() && std::isspace(static_cast<unsigned char>(s[k]))) ++k;
        if (k < s.size() && (s[k] == '"' || s[k] == '\'')) {
          char q = s[k];
          auto end = s.find(q, k + 1);
          if (end == std::string_view::npos) end = s.size();
          value = decode_entities(s.substr(k + 1, end - k - 1));
          k = std::min(end + 1, s.size());
        } else {
          std::size_t v = k;
          while (k < s.size() && s[k] != '>' && !std::isspace(static_cast<unsigned char>(s[k]))) ++k;
          value = decode_entities(s.substr(v, k - v));
        }
      }
      if (k == j) ++k;
      tag.attrs.emplace_back(std::move(key), std::move(value));
      j = k;
    }
    i = j < s.size() ? j + 1 : s.size();
    const bool raw_text = tag.name == "script" || tag.name == "style";
    on_tag(tag);
    if (raw_text) {  // skip the body of script/style without reading it as markup
      auto end = s.find(tag.name == "script" ? "</script" : "</style", i);
      i = end == std::string_view::npos ? s.size() : end;
    }
  }
}

class LineIndex {
 public:
  explicit LineIndex(std::string_view s) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < s.size(); ++i)
      if (s[i] == '\n') starts_.push_back(i + 1);
  }
  int line_of(std::size_t offset) const {
    return static_cast<int>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin());
  }

 private:
  std::vector<std::size_t> starts_;
};

std::string strip_brackets(std::string name) {
  if (name.size() >= 2 && name.compare(name.size() - 2, 2, "[]") == 0) name.resize(name.size() - 2);
  return name;
}

}  // namespace

// An HTML document (the saved GOV.UK page).
bool sniff_library_html(std::string_view bytes) {
  const std::string_view head = text_head(bytes);
  if (head.empty()) return false;
  const std::string lower = fold(head.substr(0, 512));
  return lower.rfind("<!doctype html", 0) == 0 || lower.rfind("<html", 0) == 0 ||
         (lower.front() == '<' && bytes.find("DHR result") != std::string_view::npos);
}

ReadResult read_library_html(const std::string& name, std::string_view raw) {
  ReadResult result;
  Diagnostics diag(name);
  const std::string text = sanitize_utf8(strip_bom(raw));
  LineIndex lines(text);

  // Card being read: its texts in order ("CSP", "Lincoln", "CSP Region", ...), pairs of caption and value.
  struct OpenCard {
    std::string label;
    std::size_t offset = 0;
    std::vector<std::string> texts;
    std::string download;
  };
  std::optional<OpenCard> card;
  std::string select_name;  // inside a <select>
  std::vector<Vocabulary> vocab;
  auto add_value = [&](const std::string& vname, const std::string& value) {
    if (trim(value).empty()) return;
    auto it = std::find_if(vocab.begin(), vocab.end(), [&](const Vocabulary& v) { return v.name == vname; });
    if (it == vocab.end()) { vocab.push_back({vname, {}}); it = vocab.end() - 1; }
    if (std::find(it->values.begin(), it->values.end(), value) == it->values.end()) it->values.push_back(value);
  };

  auto finish_card = [&]() {
    LibraryCard c;
    c.source = {name, lines.line_of(card->offset)};
    const int line = c.source.line;
    std::string title = collapse_spaces(card->label);
    if (title.rfind("DHR result ", 0) == 0) title = title.substr(11);
    std::string pseudonym;
    for (std::size_t k = 0; k + 1 < card->texts.size(); ++k) {
      const std::string& cap = card->texts[k];
      const std::string& val = card->texts[k + 1];
      if (cap == "DHR Title") pseudonym = val;
      else if (cap == "CSP") c.csp = val;
      else if (cap == "CSP Region") c.region = val;
      else if (cap == "Uploaded on" || cap == "Date of death") {
        auto ym = parse_year_month(val);
        if (!ym) diag.error(line, "library.date", cap + ": expected a date like 'May 2025', found '" + val + "'");
        else (cap == "Uploaded on" ? c.uploaded : c.death) = *ym;
      } else continue;
      ++k;
    }
    // Never keep the pseudonym: "Susan - Lincoln - 2018/a - DHR" becomes "Lincoln - 2018/a - DHR".
    if (!pseudonym.empty() && title.rfind(pseudonym + " - ", 0) == 0) title = title.substr(pseudonym.size() + 3);
    else if (auto dash = title.find(" - "); dash != std::string::npos && !c.csp.empty() &&
                                            title.compare(dash + 3, c.csp.size(), c.csp) == 0)
      title = title.substr(dash + 3);
    c.title = title;
    c.download_id = card->download;
    if (c.csp.empty()) diag.error(line, "library.card", "result card has no CSP; kept without one");
    if (c.download_id.empty()) diag.warning(line, "library.card", "result card has no /download/ link");
    result.cards.push_back(std::move(c));
    card.reset();
  };

  scan_html(
      text,
      [&](const Tag& tag) {
        if (tag.name == "section") {
          const std::string* label = tag.attr("aria-label");
          if (label && label->rfind("DHR result", 0) == 0) {
            if (card) finish_card();
            card = OpenCard{*label, tag.offset, {}, {}};
          }
        } else if (tag.name == "/section" && card) {
          finish_card();
        } else if (tag.name == "a" && card) {
          if (const std::string* href = tag.attr("href"); href && href->rfind("/download/", 0) == 0 && card->download.empty())
            card->download = href->substr(10);
        } else if (tag.name == "select") {
          const std::string* n = tag.attr("name");
          select_name = n ? strip_brackets(*n) : "";
        } else if (tag.name == "/select") {
          select_name.clear();
        } else if (tag.name == "option" && !select_name.empty()) {
          if (const std::string* v = tag.attr("value")) add_value(select_name, *v);
        } else if (tag.name == "input") {
          const std::string* type = tag.attr("type");
          const std::string* n = tag.attr("name");
          const std::string* v = tag.attr("value");
          if (type && n && v && (*type == "checkbox" || *type == "radio")) add_value(strip_brackets(*n), *v);
        }
      },
      [&](std::string_view t, std::size_t) {
        if (!card) return;
        std::string s = collapse_spaces(decode_entities(t));
        if (!s.empty()) card->texts.push_back(std::move(s));
      });
  if (card) {
    diag.error(lines.line_of(card->offset), "library.truncated", "result card is not closed (file truncated?); kept with what was read");
    finish_card();
  }
  if (result.cards.empty() && vocab.empty())
    diag.error(0, "library.empty", "no DHR result cards and no filter lists found; is this a saved DHR Library search page?");
  result.vocabularies = std::move(vocab);
  result.diagnostics = diag.take();
  return result;
}

}  // namespace dhrv
