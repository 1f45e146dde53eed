#include "reports/recommendation_sections.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <unordered_set>

#include "action_columns.h"
#include "reports/addressee.h"
#include "reports/labels.h"
#include "text.h"

namespace dhrv::reports {

namespace {

bool contains(const std::string& folded, std::string_view what) { return folded.find(what) != std::string::npos; }
bool starts_small(std::string_view s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }
bool ends_sentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '"' || s.back() == '\'')) s.remove_suffix(1);
  if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x99"))
    s.remove_suffix(3);  // a closing curly quote
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
}

// The document's words as printed between spaces (folded, outer punctuation trimmed, inner hyphens kept): what
// tells a word split at a line's end ("recommenda-" + "tion") from a hyphenated one ("cared-" + "for").
class DocumentWords {
 public:
  explicit DocumentWords(const Flow& flow) {
    for (const FlowLine& l : flow.lines) add(l.text);
    for (const FlowItem& it : flow.items)
      if (it.table)
        for (const auto& row : it.table->rows)
          for (const auto& cell : row) add(cell.text);
  }
  bool has(std::string_view word) const { return words_.count(key(word)) > 0; }

 private:
  static std::string key(std::string_view w) {
    std::string f = fold(w);
    auto punct = [](char c) { return !(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || (c & 0x80)); };
    while (!f.empty() && punct(f.back())) f.pop_back();
    std::size_t b = 0;
    while (b < f.size() && punct(f[b])) ++b;
    return f.substr(b);
  }
  void add(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
      std::size_t j = text.find(' ', i);
      if (j == std::string_view::npos) j = text.size();
      if (j > i) words_.insert(key(text.substr(i, j - i)));
      i = j + 1;
    }
  }
  std::unordered_set<std::string> words_;
};

// Appends a printed line to running text: one space between lines; a line-end hyphen kept ("cared-for") unless
// the document writes the joined word whole elsewhere and never with the hyphen (a word split at the margin).
void append_line(std::string& text, std::string_view line, const DocumentWords& words) {
  line = trim(line);
  if (line.empty()) return;
  if (text.empty()) { text = line; return; }
  const bool hyphen_end = text.size() >= 2 && text.back() == '-' && std::isalpha(static_cast<unsigned char>(text[text.size() - 2]));
  if (hyphen_end && starts_small(line)) {
    const std::size_t word_start = text.find_last_of(' ') == std::string::npos ? 0 : text.find_last_of(' ') + 1;
    const std::string before = text.substr(word_start, text.size() - 1 - word_start);
    const std::string_view after = line.substr(0, std::min(line.find(' '), line.size()));
    const std::string whole = before + std::string(after), hyphenated = before + "-" + std::string(after);
    if (words.has(whole) && !words.has(hyphenated)) text.pop_back();
    text += line;
    return;
  }
  text += ' ';
  text += line;
}

struct Heading {
  std::size_t item = 0;      // index in flow.items of its first line
  std::size_t end_item = 0;  // one past its last line
  std::string text;
  float size = 0;
  std::string number;        // "10" of "10 Recommendations", "" when unnumbered
  bool recommendations = false;  // names recommendations (and is not an action plan)
  bool closes = false;           // an appendix, annex, action plan, glossary...: nothing after it is a recommendation
};

std::string heading_number(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) ++i;
  std::string n = text.substr(0, i);
  while (!n.empty() && n.back() == '.') n.pop_back();
  return i < text.size() && text[i] == ' ' ? n : "";
}

// "8.2 Health" -> "Health": an agency heading's name without its section number.
std::string strip_number(const std::string& text) {
  const std::string n = heading_number(text);
  return n.empty() ? text : collapse_spaces(std::string_view(text).substr(n.size()));
}

bool names_recommendations(const std::string& folded) {
  return contains(folded, "recommendation") && !contains(folded, "action plan") && !contains(folded, "appendix") &&
         !contains(folded, "annex");
}

bool closes_section(const std::string& folded) {
  for (std::string_view w : {"appendix", "annex", "action plan", "glossary", "references", "bibliography",
                             "acknowledg", "terms of reference", "chronology", "equality", "methodology"})
    if (folded.rfind(w, 0) == 0 || contains(folded, std::string(" ") + std::string(w)) || contains(folded, std::string(w) + ":"))
      return true;
  return false;
}

// Headings, with the lines of a heading that wraps joined.
std::vector<Heading> find_headings(const Flow& flow) {
  std::vector<Heading> out;
  for (std::size_t i = 0; i < flow.items.size(); ++i) {
    const FlowLine* l = flow.items[i].line;
    if (!l || !l->block_start || starts_small(l->text) || !looks_like_heading(*l, flow)) continue;
    if (auto label = match_label(l->text); label && label->kind != LabelKind::number) continue;
    if (starts_lesson(l->text)) continue;
    Heading h;
    h.item = i;
    h.text = l->text;
    h.size = l->size;
    std::size_t j = i + 1;
    // A heading that wraps goes on in lines set alike; a label ("Recommendation 1:") straight under it does not.
    while (j < flow.items.size() && flow.items[j].line && !flow.items[j].line->block_start &&
           std::fabs(flow.items[j].line->size - l->size) < 0.3f && flow.items[j].line->bold >= 0.6f && l->bold >= 0.6f &&
           !match_label(flow.items[j].line->text) && !starts_lesson(flow.items[j].line->text)) {
      h.text += " " + flow.items[j].line->text;
      ++j;
    }
    h.end_item = j;
    h.number = heading_number(h.text);
    const std::string f = fold(h.text);
    h.recommendations = names_recommendations(f);
    h.closes = closes_section(f);
    out.push_back(std::move(h));
    i = j - 1;
  }
  return out;
}

struct Section {
  std::size_t begin = 0, end = 0;  // flow items, after the heading
  std::size_t heading = 0;         // index into headings, or npos for a section found by weak cues
  bool weak = false;
};

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool ends_section(const Heading& opener, const Heading& h) {
  if (h.closes && !h.recommendations) return true;
  if (h.recommendations) return false;  // "Single agency recommendations", "Overview report recommendations"
  if (!opener.number.empty() && !h.number.empty())
    return h.number.rfind(opener.number + ".", 0) != 0;  // 10.1 stays inside 10; 11 ends it
  return h.size >= opener.size - 0.3f;
}

std::vector<Section> find_sections(const Flow& flow, const std::vector<Heading>& headings) {
  std::vector<Section> out;
  for (std::size_t h = 0; h < headings.size(); ++h) {
    if (!headings[h].recommendations) continue;
    if (!out.empty() && out.back().end > headings[h].item) continue;  // a sub-heading of the section before
    Section s;
    s.heading = h;
    s.begin = headings[h].end_item;
    s.end = flow.items.size();
    for (std::size_t k = h + 1; k < headings.size(); ++k)
      if (ends_section(headings[h], headings[k])) { s.end = headings[k].item; break; }
    out.push_back(s);
  }
  return out;
}

// No heading names recommendations: "Recommendation 1:" labels, or a line that is just "Recommendations", mark
// where they are.
std::optional<Section> find_weak_section(const Flow& flow, const std::vector<Heading>& headings) {
  for (std::size_t i = 0; i < flow.items.size(); ++i) {
    const FlowLine* l = flow.items[i].line;
    if (!l) continue;
    const auto label = match_label(l->text);
    const std::string f = fold(l->text);
    const bool bare = l->block_start && (f == "recommendations" || f == "recommendation" ||
                                         (heading_number(l->text).size() && f.find("recommendations") != std::string::npos &&
                                          f.size() < 40));
    if (!bare && !(label && label->kind == LabelKind::word)) continue;
    Section s;
    s.heading = kNone;
    s.weak = true;
    s.begin = bare ? i + 1 : i;
    s.end = flow.items.size();
    for (const Heading& h : headings)
      if (h.item > i && h.closes) { s.end = h.item; break; }
    return s;
  }
  return std::nullopt;
}

// Column roles of a recommendations table (not an action plan): its text, label and addressee columns.
struct RecTable {
  int text = -1, label = -1, addressee = -1;
};

std::optional<RecTable> recommendations_table(const pdf::Table& t) {
  if (t.rows.size() < 2) return std::nullopt;
  std::vector<std::string> headers;
  for (const auto& c : t.rows[0]) headers.push_back(c.text);
  if (is_action_plan_header(action_columns(headers))) return std::nullopt;
  RecTable r;
  for (std::size_t c = 0; c < headers.size(); ++c) {
    std::string f;  // folded, spaces out: a narrow header cell breaks long words ("Recommendatio n")
    for (char ch : fold(headers[c]))
      if (ch != ' ') f += ch;
    const ActionColumn col = action_column(headers[c]);
    bool numbering = false;  // "Recommendation no.", "Rec ref": the label's column, not the text's
    for (const Token& t : tokenize(headers[c])) numbering |= t.text == "no" || t.text == "number" || t.text == "ref";
    if (contains(f, "recommendation") && !numbering && r.text < 0)
      r.text = static_cast<int>(c);
    else if (col == ActionColumn::recommendation && r.label < 0)
      r.label = static_cast<int>(c);
    else if ((col == ActionColumn::lead || contains(f, "addressed") || contains(f, "to whom")) && r.addressee < 0)
      r.addressee = static_cast<int>(c);
  }
  if (r.text < 0) return std::nullopt;
  return r;
}

class SectionReader {
 public:
  SectionReader(const Flow& flow, const std::vector<Heading>& headings, const DocumentWords& words, RecommendationsFound& out)
      : flow_(flow), headings_(headings), words_(words), out_(out) {}

  void read(const Section& s) {
    group_.clear();
    std::size_t next_heading = 0;
    while (next_heading < headings_.size() && headings_[next_heading].item < s.begin) ++next_heading;
    for (std::size_t i = s.begin; i < s.end; ++i) {
      const FlowItem& it = flow_.items[i];
      if (next_heading < headings_.size() && headings_[next_heading].item == i) {
        const Heading& h = headings_[next_heading++];
        if (!continues_open_item(*it.line)) {
          close();
          // An agency heading groups what follows; one naming recommendations resets the group; one naming
          // lessons or findings starts a part where nothing is a recommendation.
          const std::string f = fold(h.text);
          skipping_ = !h.recommendations && (contains(f, "lesson") || contains(f, "learning") ||
                                             contains(f, "finding") || contains(f, "conclusion"));
          group_ = h.recommendations || skipping_ ? "" : strip_number(h.text);
          i = h.end_item - 1;
          continue;
        }
      }
      if (it.table) {
        close();
        read_table(*it.table);
        continue;
      }
      read_line(*it.line);
    }
    close();
  }

 private:
  // A line set like a heading but carrying on an unfinished recommendation (a bold recommendation's next line).
  bool continues_open_item(const FlowLine& l) const {
    return open_ && !open_->text.empty() && !ends_sentence(open_->text) && !starts_lesson(l.text) &&
           std::fabs(l.size - open_size_) < 0.3f && !match_label(l.text);
  }

  void read_line(const FlowLine& l) {
    if (starts_lesson(l.text)) {
      close();
      skipping_ = true;
      return;
    }
    const auto label = match_label(l.text);
    if (label && (label->kind == LabelKind::word || label->kind == LabelKind::number) && plausible(*label, l)) {
      start(label->text, std::string_view(l.text).substr(label->text_begin), l);
      open_kind_ = label->kind;
      return;
    }
    if (label && (label->kind == LabelKind::letter || label->kind == LabelKind::bullet)) {
      // Under a numbered recommendation: a sub-item of it. Otherwise a list of its own ("(a) ...", "• ...").
      if (open_ && open_kind_ != label->kind) { append_line(open_->text, l.text, words_); return; }
      if (!skipping_ && !numbered_seen_) {
        start(label->kind == LabelKind::letter ? label->text : "", std::string_view(l.text).substr(label->text_begin), l);
        open_kind_ = label->kind;
        return;
      }
      if (open_) append_line(open_->text, l.text, words_);
      return;
    }
    if (!open_) return;  // prose around the list
    // A new paragraph after a finished sentence, not indented under the item: prose after the list.
    if (l.block_start && ends_sentence(open_->text) && !starts_small(l.text) && l.box.x0 <= open_left_ + 2) {
      close();
      return;
    }
    append_line(open_->text, l.text, words_);
  }

  bool plausible(const Label& label, const FlowLine& l) const {
    if (label.kind == LabelKind::word) return true;
    if (!open_ || last_label_.empty()) return l.block_start || !open_;
    return l.block_start || ends_sentence(open_->text) || follows(last_label_, label.text);
  }

  void start(const std::string& label, std::string_view text, const FlowLine& l) {
    close();
    open_ = FoundRecommendation{};
    open_->label = label;
    open_->page = l.page;
    append_line(open_->text, text, words_);
    open_left_ = l.box.x0;
    open_size_ = l.size;
    skipping_ = false;
    if (!label.empty() && std::isdigit(static_cast<unsigned char>(label[0]))) numbered_seen_ = true;
    if (!label.empty()) {
      if (!last_label_.empty() && !follows(last_label_, label) && numbered_seen_)
        out_.doubts.push_back({Severity::warning, "report.numbering",
                               "recommendation " + label + " follows " + last_label_ +
                                   " in the numbering: is one missing, or out of place? Check the report", l.page});
      last_label_ = label;
    }
  }

  void close() {
    if (!open_) return;
    FoundRecommendation r = std::move(*open_);
    open_.reset();
    r.text = collapse_spaces(r.text);
    if (r.text.empty()) {
      out_.doubts.push_back({Severity::warning, "report.empty_recommendation",
                             "recommendation " + r.label + " has a label but no text", r.page});
      return;
    }
    if (!group_.empty()) {
      r.addressed_to = group_;
      r.addressee_from = AddresseeFrom::heading;
    } else if (std::string a = addressee_from_sentence(r.text); !a.empty()) {
      r.addressed_to = std::move(a);
      r.addressee_from = AddresseeFrom::sentence;
    }
    out_.recommendations.push_back(std::move(r));
  }

  void read_table(const pdf::Table& t) {
    const auto cols = recommendations_table(t);
    if (!cols) return;
    auto cell = [&](const std::vector<pdf::Cell>& row, int c) {
      return c >= 0 && static_cast<std::size_t>(c) < row.size() ? collapse_spaces(row[static_cast<std::size_t>(c)].text) : std::string();
    };
    for (std::size_t r = 1; r < t.rows.size(); ++r) {
      const auto& row = t.rows[r];
      FoundRecommendation rec;
      rec.text = cell(row, cols->text);
      if (rec.text.empty()) continue;
      rec.label = cell(row, cols->label);
      if (auto l = match_label(rec.label)) rec.label = l->text;
      else if (auto inline_label = match_label(rec.text); inline_label && cols->label < 0 &&
                                                           inline_label->kind != LabelKind::bullet) {
        rec.label = inline_label->text;
        rec.text = collapse_spaces(rec.text.substr(inline_label->text_begin));
      }
      rec.page = row[static_cast<std::size_t>(cols->text)].page ? row[static_cast<std::size_t>(cols->text)].page : t.page;
      if (cols->addressee >= 0) {
        rec.addressed_to = cell(row, cols->addressee);
        rec.addressee_from = rec.addressed_to.empty() ? AddresseeFrom::none : AddresseeFrom::column;
      } else if (!group_.empty()) {
        rec.addressed_to = group_;
        rec.addressee_from = AddresseeFrom::heading;
      } else if (std::string a = addressee_from_sentence(rec.text); !a.empty()) {
        rec.addressed_to = std::move(a);
        rec.addressee_from = AddresseeFrom::sentence;
      }
      if (!rec.label.empty()) {
        if (!last_label_.empty() && !follows(last_label_, rec.label))
          out_.doubts.push_back({Severity::warning, "report.numbering",
                                 "recommendation " + rec.label + " follows " + last_label_ +
                                     " in the numbering: is one missing, or out of place? Check the report", rec.page});
        last_label_ = rec.label;
        numbered_seen_ = true;
      }
      out_.recommendations.push_back(std::move(rec));
    }
  }

  const Flow& flow_;
  const std::vector<Heading>& headings_;
  const DocumentWords& words_;
  RecommendationsFound& out_;
  std::optional<FoundRecommendation> open_;
  LabelKind open_kind_ = LabelKind::number;  // how the open recommendation was labelled
  float open_left_ = 0, open_size_ = 0;
  std::string group_;
  std::string last_label_;
  bool skipping_ = false;  // after a "Lesson 1:" until the next recommendation
  bool numbered_seen_ = false;
};

// The same recommendation listed twice (an executive summary section and the full list, say): kept once.
void drop_repeats(RecommendationsFound& found) {
  std::vector<FoundRecommendation> kept;
  std::unordered_set<std::string> seen;
  for (auto& r : found.recommendations) {
    const std::string key = r.label + "\x1F" + fold(r.text);
    if (!seen.insert(key).second) {
      found.doubts.push_back({Severity::note, "report.repeated",
                              "recommendation " + r.label + " is listed again here; kept once", r.page});
      continue;
    }
    kept.push_back(std::move(r));
  }
  found.recommendations = std::move(kept);
}

}  // namespace

RecommendationsFound find_recommendations(const Flow& flow) {
  RecommendationsFound out;
  const DocumentWords words(flow);
  const std::vector<Heading> headings = find_headings(flow);
  std::vector<Section> sections = find_sections(flow, headings);
  bool weak = false;
  if (sections.empty())
    if (auto s = find_weak_section(flow, headings)) sections.push_back(*s), weak = true;
  for (const Section& s : sections) {
    SectionReader reader(flow, headings, words, out);
    if (!out.section_page && s.begin < flow.items.size()) out.section_page = flow.items[s.begin].page;
    reader.read(s);
  }
  // Sections that named recommendations but held none (a summary's "Recommendations" paragraph in prose) are
  // not a problem when another section held them.
  if (weak && !out.recommendations.empty())
    out.doubts.push_back({Severity::warning, "report.weak_section",
                          "no heading names the recommendations; they were found by their labels alone, so check that "
                          "none is missing and none is something else",
                          out.section_page});
  drop_repeats(out);
  return out;
}

}  // namespace dhrv::reports
