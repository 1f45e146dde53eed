#include "reports/addressee.h"

#include <algorithm>
#include <array>
#include <vector>

#include "text.h"

namespace dhrv::reports {

namespace {

struct Word {
  std::string_view text;
  std::string folded;
};

std::vector<Word> words(std::string_view s) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back({s.substr(i, j - i), fold(s.substr(i, j - i))});
    i = j;
  }
  return out;
}

// Words that end the subject and start what it should do; the weaker ones ("GP practices to complete ...") only
// where none of the strong ones is there.
constexpr std::array<std::string_view, 7> kModals = {"should", "should:", "must", "must:", "will", "shall", "shall:"};
constexpr std::array<std::string_view, 3> kWeakModals = {"to", "needs", "need"};

// Imperatives a recommendation may open with: then it names no one.
constexpr std::array<std::string_view, 46> kImperatives = {
    "ensure", "review", "introduce", "provide", "agree", "make", "run", "circulate", "develop", "consider",
    "undertake", "establish", "create", "deliver", "commission", "update", "raise", "share", "audit", "adopt",
    "implement", "produce", "publish", "promote", "write", "seek", "give", "include", "identify", "improve",
    "strengthen", "explore", "revise", "train", "reinforce", "remind", "embed", "monitor", "work", "set",
    "offer", "use", "record", "evaluate", "assess", "extend"};

// Words that open a clause before the subject: "When a referral is closed, agencies should ...".
constexpr std::array<std::string_view, 16> kClauseOpeners = {"when", "where", "if", "in", "following", "given", "once",
                                                             "as", "for", "to", "while", "although", "after",
                                                             "before", "within", "through"};

// Plural nouns that may stand in a subject after "That" ("That all partner agencies review ...").
constexpr std::array<std::string_view, 16> kPluralNouns = {
    "agencies", "services", "partners", "bodies", "boards", "trusts", "teams", "practices", "authorities",
    "organisations", "organizations", "providers", "commissioners", "partnerships", "councils", "forces"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

std::string join(const std::vector<Word>& ws, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + std::string(ws[i].text);
  while (!out.empty() && (out.back() == ',' || out.back() == ':')) out.pop_back();
  return out;
}

bool passive_after(const std::vector<Word>& ws, std::size_t modal) {
  if (modal + 2 >= ws.size() || ws[modal + 1].folded != "be") return false;
  const std::string& v = ws[modal + 2].folded;
  auto ends = [&](std::string_view suffix) { return v.size() > suffix.size() && v.compare(v.size() - suffix.size(), suffix.size(), suffix) == 0; };
  return ends("ed") || ends("en") || ends("wn") || v == "made" || v == "done" || v == "held" || v == "sent" ||
         v == "kept" || v == "set" || v == "put" || v == "built" || v == "taught" || v == "brought";
}

}  // namespace

std::string addressee_from_sentence(std::string_view text) {
  const std::vector<Word> ws = words(trim(text));
  if (ws.empty() || in(kImperatives, ws[0].folded)) return "";
  // "That NHS England considers ...": the words after "That" up to its verb (a small word ending in s).
  if (ws[0].folded == "that") {
    std::size_t end = 1;
    for (; end < ws.size() && end < 16; ++end) {
      const std::string& w = ws[end].folded;
      if (in(kModals, w)) break;
      const bool small = !ws[end].text.empty() && ws[end].text[0] >= 'a' && ws[end].text[0] <= 'z';
      // Its verb: "considers", or the bare form after a plural ("That all agencies review ...").
      if (small && (in(kImperatives, w) || (w.size() > 2 && w.back() == 's' && !in(kPluralNouns, w)))) break;
    }
    if (end == ws.size() || end >= 16) return "";
    // "That the Home Office updates ..." -> "Home Office": the body named, without the article.
    const std::size_t begin = ws.size() > 2 && ws[1].text == "the" ? 2 : 1;
    return join(ws, begin, end);
  }
  // The subject before the first modal.
  std::size_t modal = 0;
  while (modal < ws.size() && modal < 24 && !in(kModals, ws[modal].folded)) ++modal;
  if (modal >= ws.size() || modal >= 24) {
    // "GP practices to complete ...", "Agencies need to ...": only a short subject.
    modal = 0;
    while (modal < ws.size() && modal < 9 && !in(kWeakModals, ws[modal].folded)) ++modal;
    if (modal >= ws.size() || modal >= 9) return "";
  }
  if (modal == 0 || passive_after(ws, modal)) return "";
  std::size_t begin = 0;
  // "When a victim declines, officers should ...": the subject is after the clause's comma.
  if (in(kClauseOpeners, ws[0].folded)) {
    begin = modal;
    while (begin > 0 && ws[begin - 1].text.back() != ',') --begin;
    if (begin == 0) return "";
  }
  if (modal - begin > 14) return "";
  return join(ws, begin, modal);
}

}  // namespace dhrv::reports
