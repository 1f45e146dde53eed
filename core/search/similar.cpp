#include "similar.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "jobs/job.h"
#include "jobs/parallel.h"
#include "search/stopwords.h"

namespace dhrv {

SimilarityModel::SimilarityModel(const SearchIndex& index, Words words) : index_(index), words_(words) {
  jobs::JobControl control;
  jobs::run_now(fill(control));
}

jobs::Task<std::unique_ptr<SimilarityModel>> SimilarityModel::build(jobs::JobControl& control, const SearchIndex& index,
                                                                    Words words) {
  std::unique_ptr<SimilarityModel> model(new SimilarityModel(index, words, 0));
  co_await model->fill(control);
  if (control.cancelled()) co_return nullptr;
  co_return model;
}

jobs::Task<> SimilarityModel::fill(jobs::JobControl& control) {
  const TextIndex& ix = index_.recommendation_text();
  const std::uint32_t n = ix.doc_count;
  const std::size_t terms = ix.terms.size();
  control.set_stage("Comparing recommendations", terms);
  // Document frequency (text field only) and idf per term.
  // Function words are left out (stopwords.h): they would make unrelated advice look alike.
  const auto& stop = stopword_stems();
  std::vector<std::uint8_t> counted(terms, 1);
  if (words_ == Words::content)
    for (std::uint32_t t = 0; t < terms; ++t) counted[t] = !stop.count(ix.terms[t]);
  std::vector<std::uint32_t> df(terms, 0);
  std::vector<std::uint32_t> per_doc(n + 1, 0);
  for (std::uint32_t t = 0; t < terms; ++t) {
    if (counted[t])
      for (std::uint32_t p = ix.postings_begin(t); p < ix.postings_end(t); ++p)
        if (ix.posting_field[p] == kRecText) {
          ++df[t];
          ++per_doc[ix.posting_doc[p] + 1];
        }
    if ((t & 1023) == 1023) co_await control.checkpoint();
  }
  start_.assign(n + 1, 0);
  for (std::uint32_t d = 0; d < n; ++d) start_[d + 1] = start_[d] + per_doc[d + 1];
  entries_.resize(start_[n]);  // every entry is written below
  // Transpose the inverted index into one vector per recommendation (terms come in order, so vectors are sorted).
  std::vector<std::uint32_t> fill_at(start_.begin(), start_.end() - 1);
  std::size_t since_pause = 0;
  for (std::uint32_t t = 0; t < terms; ++t) {
    const float idf = std::log((1.f + n) / (1.f + static_cast<float>(df[t]))) + 1.f;
    for (std::uint32_t p = ix.postings_begin(t); p < ix.postings_end(t); ++p) {
      if (!counted[t] || ix.posting_field[p] != kRecText) continue;
      const float tf = static_cast<float>(ix.position_start[p + 1] - ix.position_start[p]);
      entries_[fill_at[ix.posting_doc[p]]++] = {t, (1.f + std::log(tf)) * idf};
    }
    if ((since_pause += ix.postings_end(t) - ix.postings_begin(t)) > (1u << 16)) {
      since_pause = 0;
      co_await control.checkpoint();
    }
  }
  for (std::uint32_t d = 0; d < n; ++d) {
    float norm = 0.f;
    for (std::uint32_t i = start_[d]; i < start_[d + 1]; ++i) norm += entries_[i].weight * entries_[i].weight;
    norm = std::sqrt(norm);
    if (norm > 0.f)
      for (std::uint32_t i = start_[d]; i < start_[d + 1]; ++i) entries_[i].weight /= norm;
    if ((d & 8191) == 8191) co_await control.checkpoint();
  }
  // Rarest first; ties by term id, so the order (and every result) is deterministic.
  std::vector<std::uint32_t> order(terms);
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return df[a] != df[b] ? df[a] < df[b] : a < b; });
  rarity_.assign(terms, 0);
  for (std::uint32_t r = 0; r < terms; ++r) rarity_[order[r]] = r;
  ranks_.resize(entries_.size());  // all three written below, document by document
  tail_sq_.resize(entries_.size());
  ranked_.resize(entries_.size());
  {
    std::vector<std::pair<std::uint32_t, float>> by_rank;  // (rarity rank, weight)
    for (std::uint32_t d = 0; d < n; ++d) {
      by_rank.clear();
      for (std::uint32_t i = start_[d]; i < start_[d + 1]; ++i) by_rank.emplace_back(rarity_[entries_[i].term], entries_[i].weight);
      std::sort(by_rank.begin(), by_rank.end());
      float tail = 0.f;
      for (std::size_t k = by_rank.size(); k-- > 0;) {
        tail += by_rank[k].second * by_rank[k].second;
        ranks_[start_[d] + k] = by_rank[k].first;
        tail_sq_[start_[d] + k] = tail;
        ranked_[start_[d] + k] = {order[by_rank[k].first], by_rank[k].second, tail};
      }
      if ((d & 4095) == 4095) co_await control.checkpoint();
    }
  }
  co_await control.checkpoint();
  // Postings with weights (documents come in order, so each list is sorted).
  post_start_.assign(terms + 1, 0);
  for (std::uint32_t t = 0; t < terms; ++t) post_start_[t + 1] = post_start_[t] + df[t];
  post_doc_.resize(entries_.size());  // both written below
  post_weight_.resize(entries_.size());
  std::vector<std::uint32_t> at(post_start_.begin(), post_start_.end() - 1);
  for (std::uint32_t d = 0; d < n; ++d) {
    for (std::uint32_t i = start_[d]; i < start_[d + 1]; ++i) {
      const std::uint32_t k = at[entries_[i].term]++;
      post_doc_[k] = d;
      post_weight_[k] = entries_[i].weight;
    }
    if ((d & 4095) == 4095) co_await control.checkpoint();
  }
}

jobs::Task<CandidateIndex> SimilarityModel::candidates_for(jobs::JobControl& control, float threshold) const {
  CandidateIndex out;
  out.threshold = threshold;
  const std::size_t terms = rarity_.size();
  const std::uint32_t n = size();
  std::vector<float> max_weight(terms, 0.f);
  for (const Entry& e : entries_) max_weight[e.term] = std::max(max_weight[e.term], e.weight);
  // The prefix of each document: all but its longest run of commonest terms whose squared weights sum under t².
  std::vector<std::uint8_t>& in_prefix = out.in_prefix;
  in_prefix.assign(entries_.size(), 0);
  std::vector<std::uint32_t> count(terms + 1, 0);
  std::vector<std::uint32_t> by_rarity;
  for (std::uint32_t d = 0; d < n; ++d) {
    by_rarity.resize(start_[d + 1] - start_[d]);
    std::iota(by_rarity.begin(), by_rarity.end(), start_[d]);
    std::sort(by_rarity.begin(), by_rarity.end(),
              [&](std::uint32_t a, std::uint32_t b) { return rarity_[entries_[a].term] > rarity_[entries_[b].term]; });
    // Two bounds on what the suffix can add to a cosine with any vector: its length (Cauchy-Schwarz), and the sum
    // of its weights times each term's largest weight anywhere. The suffix grows while either stays under t.
    float suffix = 0.f, by_max = 0.f;
    std::size_t k = 0;
    while (k < by_rarity.size()) {
      const Entry& e = entries_[by_rarity[k]];
      const float sq = suffix + e.weight * e.weight, mx = by_max + e.weight * max_weight[e.term];
      if (std::min(std::sqrt(sq), mx) >= threshold) break;
      suffix = sq;
      by_max = mx;
      ++k;
    }
    out.suffix_norm.push_back(std::sqrt(suffix));
    out.suffix_max.push_back(std::min(std::sqrt(suffix), by_max));
    out.suffix_rank.push_back(k ? rarity_[entries_[by_rarity[k - 1]].term] : static_cast<std::uint32_t>(terms));
    for (; k < by_rarity.size(); ++k) {
      in_prefix[by_rarity[k]] = 1;
      ++count[entries_[by_rarity[k]].term + 1];
    }
    if ((d & 4095) == 4095) co_await control.checkpoint();
  }
  out.start.assign(terms + 1, 0);
  for (std::size_t t = 0; t < terms; ++t) out.start[t + 1] = out.start[t] + count[t + 1];
  out.postings.assign(out.start[terms], {0, 0.f});
  std::vector<std::uint32_t> at(out.start.begin(), out.start.end() - 1);
  for (std::uint32_t d = 0; d < n; ++d) {  // documents in order: each list comes out sorted
    for (std::uint32_t i = start_[d]; i < start_[d + 1]; ++i)
      if (in_prefix[i]) out.postings[at[entries_[i].term]++] = {d, entries_[i].weight};
    if ((d & 8191) == 8191) co_await control.checkpoint();
  }
  co_return out;
}

float SimilarityModel::tail_norm(std::uint32_t rec, std::uint32_t rank) const {
  const auto first = ranks_.begin() + start_[rec], last = ranks_.begin() + start_[rec + 1];
  const auto it = std::lower_bound(first, last, rank);
  return it == last ? 0.f : std::sqrt(tail_sq_[static_cast<std::size_t>(it - ranks_.begin())]);
}

float SimilarityModel::cosine(std::uint32_t a, std::uint32_t b) const {
  const auto x = vector_of(a), y = vector_of(b);
  float dot = 0.f;
  std::size_t i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i].term < y[j].term) ++i;
    else if (y[j].term < x[i].term) ++j;
    else dot += x[i++].weight * y[j++].weight;
  }
  return dot;
}

std::vector<Hit> SimilarityModel::similar(std::uint32_t rec, std::size_t limit, float threshold) const {
  std::vector<Hit> out;
  if (rec >= size()) return out;
  threshold = std::max(threshold, kMinThreshold);
  const std::uint32_t own_review = index_.ref(rec).review;
  // The query's terms from rarest to commonest; its prefix is all but the commonest run under t².
  const auto q = vector_of(rec);
  std::vector<Entry> terms(q.begin(), q.end());
  std::sort(terms.begin(), terms.end(), [&](const Entry& a, const Entry& b) { return rarity_[a.term] < rarity_[b.term]; });
  float rest = 0.f;
  std::size_t prefix = terms.size();
  while (prefix > 0 && rest + terms[prefix - 1].weight * terms[prefix - 1].weight < threshold * threshold) {
    --prefix;
    rest += terms[prefix].weight * terms[prefix].weight;
  }
  const float suffix_norm = std::sqrt(rest);
  // Partial similarities over the prefix's lists: every document at or above t shares one of these terms.
  thread_local std::vector<float> acc;
  thread_local std::vector<std::uint32_t> touched;
  if (acc.size() < size()) acc.assign(size(), 0.f);
  for (std::size_t i = 0; i < prefix; ++i)
    for (std::uint32_t k = post_start_[terms[i].term]; k < post_start_[terms[i].term + 1]; ++k) {
      float& a = acc[post_doc_[k]];
      if (a == 0.f) touched.push_back(post_doc_[k]);
      a += terms[i].weight * post_weight_[k];
    }
  const std::uint32_t boundary = prefix < terms.size() ? rarity_[terms[prefix].term] : static_cast<std::uint32_t>(rarity_.size());
  for (std::uint32_t c : touched) {
    const float partial = acc[c];
    acc[c] = 0.f;
    if (c == rec || index_.ref(c).review == own_review) continue;
    // The query's suffix terms are its commonest: with c they add at most |suffix| times c's length over terms
    // at least as common.
    if (partial + suffix_norm < threshold || partial + suffix_norm * tail_norm(c, boundary) < threshold) continue;
    const float s = cosine(rec, c);
    if (s >= threshold) out.push_back({c, s});
  }
  touched.clear();
  std::sort(out.begin(), out.end(), [](const Hit& a, const Hit& b) { return a.score != b.score ? a.score > b.score : a.doc < b.doc; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::vector<std::string> SimilarityModel::top_terms(std::uint32_t rec, std::size_t n) const {
  const auto span = vector_of(rec);
  std::vector<Entry> v(span.begin(), span.end());
  std::sort(v.begin(), v.end(), [](const Entry& a, const Entry& b) { return a.weight != b.weight ? a.weight > b.weight : a.term < b.term; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < v.size() && i < n; ++i) out.push_back(index_.recommendation_text().terms[v[i].term]);
  return out;
}

std::size_t SimilarityModel::memory_bytes() const {
  return start_.capacity() * 4 + entries_.capacity() * sizeof(Entry) + rarity_.capacity() * 4 +
         post_start_.capacity() * 4 + post_doc_.capacity() * 4 + post_weight_.capacity() * 4 + ranks_.capacity() * 4 +
         tail_sq_.capacity() * 4 + ranked_.capacity() * sizeof(RankedEntry);
}

namespace {
struct DisjointSets {
  std::vector<std::uint32_t> parent;
  explicit DisjointSets(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  std::uint32_t find(std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(std::uint32_t a, std::uint32_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};
}  // namespace

jobs::Task<std::vector<RecurringLesson>> recurring_lessons(jobs::JobControl& control, const SimilarityModel& model,
                                                           RecurringOptions options) {
  const SearchIndex& index = model.index();
  const std::uint32_t n = model.size();
  const float t = std::max(options.threshold, SimilarityModel::kMinThreshold);
  const CandidateIndex cands = co_await model.candidates_for(control, t);
  control.set_stage("Finding recurring lessons", n);
  // Probing is independent per document: natively the documents of a batch are shared out over the cores, each
  // worker with its own scratch, and the pairs found are joined afterwards, in order.
  struct Scratch {
    std::vector<float> acc;
    std::vector<std::uint32_t> touched;
    std::vector<float> tail;            // d's tail length at a rarity rank, valid where tail_for == d + 1
    std::vector<std::uint32_t> tail_for;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  };
  const unsigned workers = control.may_use_threads() ? jobs::worker_count() : 1;
  std::vector<Scratch> scratch(workers);
  for (auto& w : scratch) {
    w.acc.assign(n, 0.f);
    w.tail.assign(cands.start.size(), 0.f);
    w.tail_for.assign(cands.start.size(), 0);
  }
  auto probe = [&](Scratch& w, std::uint32_t d) {
    // Earlier documents with one of d's terms in their prefix, and their partial similarity to d over those
    // terms: every pair at or above t is among them (see similar.h). d's terms rarest first: a pair's rarest
    // shared term is where its candidate is first met, and from there on d can add at most the root of its
    // tail_sq; once that is under t, no document met later for the first time can reach t, so only the
    // candidates already met are added to.
    const float t_sq = t * t * (1.f - 1e-5f);  // float sums: never refuse a pair exactly at t
    for (const auto& e : model.by_rarity(d)) {
      const bool admit = e.tail_sq >= t_sq;
      const auto* first = cands.postings.data() + cands.start[e.term];
      const auto* last = std::lower_bound(first, cands.postings.data() + cands.start[e.term + 1], d,
                                          [](const CandidateIndex::Posting& p, std::uint32_t doc) { return p.doc < doc; });
      for (const auto* p = first; p != last; ++p) {
        float& a = w.acc[p->doc];
        if (a == 0.f) {
          if (!admit) continue;
          w.touched.push_back(p->doc);
        }
        a += e.weight * p->weight;
      }
    }
    const std::uint32_t review = index.ref(d).review;
    for (std::uint32_t c : w.touched) {
      const float partial = w.acc[c];
      w.acc[c] = 0.f;
      if (partial + cands.suffix_max[c] < t) continue;  // c's suffix cannot make up the rest
      // c's suffix terms are its commonest: with d they add at most |c's suffix| times d's length over terms at
      // least as common (Cauchy-Schwarz).
      const std::uint32_t rank = cands.suffix_rank[c];
      if (w.tail_for[rank] != d + 1) {
        w.tail_for[rank] = d + 1;
        w.tail[rank] = model.tail_norm(d, rank);
      }
      if (partial + cands.suffix_norm[c] * w.tail[rank] < t) continue;
      if (index.ref(c).review == review) continue;
      if (model.cosine(d, c) >= t) w.pairs.emplace_back(c, d);
    }
    w.touched.clear();
  };
  DisjointSets sets(n);
  // On threads, batches of documents shared out over the cores; in slices, one document between checkpoints
  // (probing one takes up to a millisecond at 100k recommendations).
  const std::uint32_t batch = workers == 1 ? 1 : 128;
  for (std::uint32_t begin = 0; begin < n; begin += batch) {
    const std::uint32_t end = std::min(n, begin + batch);
    if (workers == 1)
      probe(scratch[0], begin);
    else
      jobs::parallel_for(workers, [&](std::size_t k) {
        for (std::uint32_t d = begin + static_cast<std::uint32_t>(k); d < end; d += workers) probe(scratch[k], d);
      });
    for (auto& w : scratch) {
      for (const auto& [c, d] : w.pairs) sets.unite(c, d);  // groups do not depend on the order pairs are joined
      w.pairs.clear();
    }
    control.advance(end - begin);
    co_await control.checkpoint();
    if (control.cancelled()) co_return std::vector<RecurringLesson>{};
  }
  // Collect groups.
  std::vector<std::vector<std::uint32_t>> groups(n);
  for (std::uint32_t d = 0; d < n; ++d) groups[sets.find(d)].push_back(d);
  std::vector<RecurringLesson> lessons;
  for (auto& g : groups) {
    if (g.size() < options.min_reviews) continue;
    std::vector<std::uint32_t> reviews;
    for (std::uint32_t d : g) reviews.push_back(index.ref(d).review);
    std::sort(reviews.begin(), reviews.end());
    reviews.erase(std::unique(reviews.begin(), reviews.end()), reviews.end());
    if (reviews.size() < options.min_reviews) continue;
    RecurringLesson lesson;
    lesson.review_count = reviews.size();
    // Representative: highest total similarity to the others (groups are small; cap the work on large ones).
    float best = -1.f;
    const std::size_t probe = std::min<std::size_t>(g.size(), 200);
    for (std::size_t i = 0; i < probe; ++i) {
      float total = 0.f;
      for (std::size_t j = 0; j < probe; ++j)
        if (i != j) total += model.cosine(g[i], g[j]);
      if (total > best) {
        best = total;
        lesson.representative = g[i];
      }
    }
    for (std::uint32_t r : reviews) {
      const int y = index.corpus().reviews[r].death.year;
      if (!y) continue;
      if (!lesson.first_year || y < lesson.first_year) lesson.first_year = y;
      if (y > lesson.last_year) lesson.last_year = y;
    }
    std::stable_sort(g.begin(), g.end(), [&](std::uint32_t a, std::uint32_t b) {
      if ((a == lesson.representative) != (b == lesson.representative)) return a == lesson.representative;
      return index.review_of(a).death.year < index.review_of(b).death.year;
    });
    lesson.recommendations = std::move(g);
    lesson.terms = model.top_terms(lesson.representative, 4);
    lessons.push_back(std::move(lesson));
    co_await control.checkpoint();
  }
  std::stable_sort(lessons.begin(), lessons.end(), [](const RecurringLesson& a, const RecurringLesson& b) {
    return a.review_count > b.review_count;
  });
  co_return lessons;
}

std::vector<RecurringLesson> recurring_lessons(const SearchIndex&, const SimilarityModel& model,
                                               const RecurringOptions& options) {
  jobs::JobControl control;
  return jobs::run_now(recurring_lessons(control, model, options));
}

}  // namespace dhrv
