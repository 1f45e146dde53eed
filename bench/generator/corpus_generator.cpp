#include "corpus_generator.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "agency.h"
#include "natural_order.h"
#include "pipeline/load.h"
#include "search/query.h"
#include "text.h"
#include "themes.h"

namespace dhrv::bench {

std::uint64_t Rng::next() {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

std::size_t Rng::zipf(std::size_t n) {
  if (n <= 1) return 0;
  // Inverse of the continuous approximation of the harmonic CDF: rank = n^u - 1, u uniform in [0, 1).
  const double u = (next() >> 11) * (1.0 / 9007199254740992.0);
  const std::size_t r = static_cast<std::size_t>(std::pow(static_cast<double>(n) + 1.0, u)) - 1;
  return std::min(r, n - 1);
}

namespace {

struct Vocabulary {
  std::vector<std::string> words;         // seed words by frequency, most frequent first (original spelling)
  std::vector<std::string> tail;          // library vocabulary words: places, ethnicities, methods (rare)
  std::vector<std::string> lessons;       // seed recommendations, the templates of recurring lessons
  std::vector<std::string> addressees;
  std::vector<std::pair<std::string, std::string>> csp_regions;
  std::vector<std::string> relationships;
};

const Vocabulary& vocabulary() {
  static const Vocabulary v = [] {
    Vocabulary v;
    const Corpus& sample = sample_corpus();
    std::map<std::string, std::size_t> counts;
    auto count_words = [&](const std::string& text) {
      std::size_t i = 0;
      while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != '\n') ++j;
        if (j > i) {
          // Keep words as written but without surrounding punctuation, so sentences can be rebuilt.
          std::string w = text.substr(i, j - i);
          while (!w.empty() && std::string(",.;:()").find(w.back()) != std::string::npos) w.pop_back();
          while (!w.empty() && std::string("(").find(w.front()) != std::string::npos) w.erase(0, 1);
          if (!w.empty()) ++counts[w];
        }
        i = j;
      }
    };
    std::set<std::string> addressees;
    std::set<std::pair<std::string, std::string>> csps;
    std::set<std::string> relationships;
    for (const Review& r : sample.reviews) {
      count_words(r.summary);
      for (const auto& rec : r.recommendations) {
        count_words(rec.text);
        v.lessons.push_back(rec.text);
        addressees.insert(rec.addressed_to);
      }
      if (!r.csp.empty() && !r.region.empty()) csps.insert({r.csp, r.region});
      if (r.incident)
        for (const auto& victim : r.incident->victims)
          if (const std::string* rel = victim.field("relationship_to_perpetrator")) relationships.insert(*rel);
    }
    std::vector<std::pair<std::size_t, std::string>> ranked;
    for (auto& [w, c] : counts) ranked.push_back({c, w});
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (auto& [c, w] : ranked) v.words.push_back(w);
    // Library vocabulary words widen the tail: drawn rarely, uniformly.
    for (const auto& voc : sample.vocabularies)
      for (const auto& value : voc.values)
        if (!counts.count(value)) v.tail.push_back(value);
    if (v.words.empty()) v.words.push_back("review");
    v.addressees.assign(addressees.begin(), addressees.end());
    for (const char* extra : {"Police", "Adult Social Care", "Children's Services", "Housing Provider", "Probation Service",
                              "Home Office", "All agencies", "Community Safety Partnership", "IDVA Service"})
      v.addressees.push_back(extra);
    v.csp_regions.assign(csps.begin(), csps.end());
    v.relationships.assign(relationships.begin(), relationships.end());
    if (v.csp_regions.empty()) v.csp_regions.push_back({"Nottingham", "East Midlands"});
    return v;
  }();
  return v;
}

std::string sentence(Rng& rng, std::size_t words) {
  const auto& w = vocabulary().words;
  std::string out;
  const auto& tail = vocabulary().tail;
  for (std::size_t i = 0; i < words; ++i) {
    if (i) out += ' ';
    std::string word = !tail.empty() && rng.chance(0.03) ? tail[rng.below(tail.size())] : w[rng.zipf(w.size())];
    if (i == 0 && !word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 32);
    out += word;
  }
  out += '.';
  return out;
}

// A lesson restated: some words swapped for others, as different review authors write the same advice.
std::string restate(Rng& rng, const std::string& lesson) {
  const auto& w = vocabulary().words;
  std::string out;
  std::size_t i = 0;
  while (i < lesson.size()) {
    std::size_t j = lesson.find(' ', i);
    if (j == std::string::npos) j = lesson.size();
    std::string word = lesson.substr(i, j - i);
    if (rng.chance(0.12)) word = w[rng.zipf(w.size())];
    if (!out.empty()) out += ' ';
    out += word;
    i = j + 1;
  }
  return out;
}

std::size_t length_words(Rng& rng) {
  // Mostly 15-45 words, a long tail up to ~120, like real recommendations.
  std::size_t n = 10 + rng.below(30) + rng.below(20);
  if (rng.chance(0.08)) n += rng.below(70);
  return n;
}

}  // namespace

Corpus generate_corpus(const GeneratorOptions& options) {
  const Vocabulary& v = vocabulary();
  Rng rng(options.seed);
  Corpus c;
  const AgencyRules& agencies = AgencyRules::builtin();
  const ThemeRules& themes = ThemeRules::builtin();
  // A few dozen lessons: the seed's recommendations, each restated from a fixed variant.
  std::vector<std::string> lessons;
  for (std::size_t i = 0; i < 40; ++i) lessons.push_back(restate(rng, v.lessons.empty() ? sentence(rng, 20) : v.lessons[i % v.lessons.size()]));
  std::size_t made = 0;
  std::size_t serial = 0;
  while (made < options.recommendations) {
    Review r;
    const auto& [csp, region] = v.csp_regions[rng.below(v.csp_regions.size())];
    r.csp = csp;
    r.region = region;
    r.death = {2011 + static_cast<int>(rng.below(13)), 1 + static_cast<int>(rng.below(12))};
    r.published = {r.death.year + 1 + static_cast<int>(rng.below(4)), 1 + static_cast<int>(rng.below(12))};
    r.id = slug(csp) + "-" + std::to_string(r.death.year) + "-gen-" + std::to_string(++serial);
    r.title = csp + " review " + std::to_string(serial);
    const std::size_t summary_sentences = 2 + rng.below(4);
    for (std::size_t s = 0; s < summary_sentences; ++s) r.summary += (s ? " " : "") + sentence(rng, 12 + rng.below(14));
    Incident inc;
    inc.incident.id = "GEN-" + std::to_string(serial);
    for (const char* flag : {"coercive_control", "physical_abuse", "emotional_abuse", "economic_abuse", "stalking"})
      inc.incident.flags.push_back({flag, rng.chance(0.4) ? Tri::yes : (rng.chance(0.5) ? Tri::no : Tri::unknown)});
    FactRow victim;
    victim.id = "GENV-" + std::to_string(serial);
    if (!v.relationships.empty())
      victim.fields.push_back({"relationship_to_perpetrator", v.relationships[rng.zipf(v.relationships.size())]});
    inc.victims.push_back(victim);
    r.incident = std::move(inc);

    const std::size_t count = std::min(options.recommendations - made, 3 + rng.below(23));
    const std::size_t section = 1 + rng.below(15);
    for (std::size_t k = 0; k < count; ++k) {
      Recommendation rec;
      rec.label = std::to_string(section) + "." + std::to_string(k + 1);
      rec.id = rec.label;
      if (rng.chance(options.lesson_share)) {
        rec.text = restate(rng, lessons[rng.below(lessons.size())]);
      } else {
        std::size_t words = length_words(rng);
        while (words > 0) {
          const std::size_t n = std::min<std::size_t>(words, 8 + rng.below(16));
          rec.text += (rec.text.empty() ? "" : " ") + sentence(rng, n);
          words -= n;
        }
      }
      rec.addressed_to = v.addressees.empty() ? "All agencies" : v.addressees[rng.zipf(v.addressees.size())];
      rec.agencies = agencies.classify(rec.addressed_to);
      rec.themes = themes.tag(rec.text);
      r.recommendations.push_back(std::move(rec));
    }
    made += count;
    c.reviews.push_back(std::move(r));
  }
  return c;
}

std::vector<std::string> generate_queries(const Corpus& corpus, std::size_t count, std::uint64_t seed) {
  Rng rng(seed);
  const auto& words = vocabulary().words;
  std::vector<std::string> out;
  std::vector<const Recommendation*> recs;
  for (const auto& r : corpus.reviews)
    for (const auto& rec : r.recommendations) recs.push_back(&rec);
  auto word = [&]() {
    // Words from the whole frequency range, some misspelt so that nothing matches.
    std::string w = fold(words[rng.below(std::min<std::size_t>(words.size(), 400))]);
    std::vector<Token> t = tokenize(w);
    w = t.empty() ? "review" : t[0].text;
    if (rng.chance(0.05)) w += "zq";
    return w;
  };
  auto phrase = [&]() {
    if (recs.empty()) return std::string("\"mutual allegations\"");
    const auto tokens = tokenize(recs[rng.below(recs.size())]->text);
    if (tokens.size() < 3) return word();
    const std::size_t len = 2 + rng.below(2);
    const std::size_t at = rng.below(tokens.size() - len + 1);
    std::string p = "\"";
    for (std::size_t i = 0; i < len; ++i) p += (i ? " " : "") + tokens[at + i].text;
    return p + "\"";
  };
  auto prefix = [&]() {
    std::string w = word();
    return w.substr(0, std::min<std::size_t>(w.size(), 3 + rng.below(3))) + "*";
  };
  auto filter = [&]() -> std::string {
    const Review& r = corpus.reviews[rng.below(corpus.reviews.size())];
    switch (rng.below(7)) {
      case 0: return "csp:" + quote_query_value(r.csp);
      case 1: return "region:" + quote_query_value(r.region);
      case 2: return "agency:" + quote_query_value(agency_name(static_cast<Agency>(rng.below(kAgencyCount))));
      case 3: return "theme:" + quote_query_value(theme_names()[rng.below(theme_names().size())]);
      case 4: return "year:" + std::to_string(2011 + rng.below(13));
      case 5: {
        const int a = 2011 + static_cast<int>(rng.below(13));
        return "year:" + std::to_string(a) + ".." + std::to_string(a + static_cast<int>(rng.below(5)));
      }  // every case returns
      default: return "published:" + std::to_string(2013 + rng.below(13));
    }
  };
  for (std::size_t i = 0; i < count; ++i) {
    std::string q;
    const std::size_t kind = rng.below(10);
    // Each draw in its own statement: the order in which operands of + are evaluated is unspecified, and g++
    // and clang differ, which would give each compiler a different query set.
    std::string a = kind == 4 ? phrase() : kind == 5 ? prefix() : kind == 9 ? filter() : word();
    std::string b, c;
    switch (kind) {
      case 0: case 1: case 4: case 5: q = a; break;
      case 2: b = word(); q = a + " " + b; break;
      case 3: b = word(); c = word(); q = a + " " + b + " " + c; break;
      case 6: b = word(); q = a + " -" + b; break;
      case 7: b = word(); q = a + " OR " + b; break;
      case 8: b = filter(); q = a + " " + b; break;
      default:
        if (rng.chance(0.5)) {
          b = prefix();
          q = a + " " + b;
        } else {
          b = word();
          q = a + " addressed:" + b;
        }
        break;
    }
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace dhrv::bench
