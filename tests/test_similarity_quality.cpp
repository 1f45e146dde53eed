// Quality of "same lesson" judgements on hand-labelled pairs (tests/fixtures/similarity/paraphrases.tsv): every
// sentence is a recommendation in a review of its own, among the sample's recommendations; a pair counts as
// judged "same" when one is listed among the other's similar recommendations at the recurring-lesson threshold.
// Precision and recall are printed for both ways of weighting words, and the one in use must be no worse.
#include <doctest/doctest.h>

#include <cstdio>
#include <sstream>

#include "helpers.h"
#include "pipeline/load.h"
#include "search/similar.h"

using namespace dhrv;

namespace {

struct Pair {
  bool same;
  std::string a, b;
};

std::vector<Pair> labelled_pairs() {
  std::vector<Pair> out;
  std::istringstream in(fixture("similarity/paraphrases.tsv"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    REQUIRE((t1 != std::string::npos && t2 != std::string::npos));
    out.push_back({line.substr(0, t1) == "same", line.substr(t1 + 1, t2 - t1 - 1), line.substr(t2 + 1)});
  }
  return out;
}

struct Quality {
  double precision = 0, recall = 0;
  int true_pos = 0, false_pos = 0, false_neg = 0;
};

Quality judge(const std::vector<Pair>& pairs, Words words, float threshold) {
  auto corpus = std::make_shared<Corpus>(sample_corpus());
  std::vector<std::string> texts;
  for (const auto& p : pairs)
    for (const auto* t : {&p.a, &p.b})
      if (std::find(texts.begin(), texts.end(), *t) == texts.end()) texts.push_back(*t);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    Review r;
    r.id = r.csp = "labelled-" + std::to_string(i);
    Recommendation rec;
    rec.id = rec.label = "1";
    rec.text = texts[i];
    r.recommendations.push_back(rec);
    corpus->reviews.push_back(std::move(r));
  }
  auto ix = SearchIndex::build(corpus);
  const SimilarityModel model(*ix, words);
  auto doc = [&](const std::string& text) {
    const auto i = static_cast<std::size_t>(std::find(texts.begin(), texts.end(), text) - texts.begin());
    return ix->find_recommendation("labelled-" + std::to_string(i), "1");
  };
  Quality q;
  for (const auto& p : pairs) {
    const auto hits = model.similar(doc(p.a), 1000, threshold);
    const bool judged_same =
        std::any_of(hits.begin(), hits.end(), [&](const Hit& h) { return h.doc == doc(p.b); });
    if (judged_same && p.same) ++q.true_pos;
    if (judged_same && !p.same) ++q.false_pos;
    if (!judged_same && p.same) ++q.false_neg;
  }
  q.precision = q.true_pos + q.false_pos ? static_cast<double>(q.true_pos) / (q.true_pos + q.false_pos) : 1.0;
  q.recall = q.true_pos + q.false_neg ? static_cast<double>(q.true_pos) / (q.true_pos + q.false_neg) : 1.0;
  return q;
}

}  // namespace

TEST_CASE("same-lesson judgements on labelled pairs: content words do at least as well as every word") {
  const auto pairs = labelled_pairs();
  REQUIRE(pairs.size() >= 70);
  const float t = RecurringOptions{}.threshold;
  const Quality before = judge(pairs, Words::all, t), after = judge(pairs, Words::content, t);
  std::printf("similarity quality at %.2f on %zu labelled pairs: every word P %.2f R %.2f (TP %d FP %d FN %d); "
              "content words P %.2f R %.2f (TP %d FP %d FN %d)\n",
              t, pairs.size(), before.precision, before.recall, before.true_pos, before.false_pos, before.false_neg,
              after.precision, after.recall, after.true_pos, after.false_pos, after.false_neg);
  CHECK(after.recall >= before.recall);
  CHECK(after.precision >= before.precision);
  CHECK(after.precision >= 0.9);
}
