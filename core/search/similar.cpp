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
  std::size_t since_pause = 0;  // postings walked since the last checkpoint: the work, not the terms, decides
  for (std::uint32_t t = 0; t < terms; ++t) {
    if (counted[t])
      for (std::uint32_t p = ix.postings_begin(t); p < ix.postings_end(t); ++p)
        if (ix.posting_field[p] == kRecText) {
          ++df[t];
          ++per_doc[ix.posting_doc[p] + 1];
        }
    if ((since_pause += ix.postings_end(t) - ix.postings_begin(t)) > (1u << 16)) {
      since_pause = 0;
      co_await control.checkpoint();
    }
  }
  start_.assign(n + 1, 0);
  for (std::uint32_t d = 0; d < n; ++d) start_[d + 1] = start_[d] + per_doc[d + 1];
  entries_.resize(start_[n]);  // every entry is written below
  // Transpose the inverted index into one vector per recommendation (terms come in order, so vectors are sorted).
  std::vector<std::uint32_t> fill_at(start_.begin(), start_.end() - 1);
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
    if ((d & 1023) == 1023) co_await control.checkpoint();
  }
  // Rarest first; ties by term id, so the order (and every result) is deterministic.
  std::vector<std::uint32_t> order(terms);
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return df[a] != df[b] ? df[a] < df[b] : a < b; });
  rarity_.assign(terms, 0);
  for (std::uint32_t r = 0; r < terms; ++r) rarity_[order[r]] = r;
  ranked_.resize(entries_.size());  // written below, document by document
  {
    std::vector<std::pair<std::uint32_t, float>> by_rank;  // (rarity rank, weight)
    for (std::uint32_t d = 0; d < n; ++d) {
      by_rank.clear();
      for (std::uint32_t i = start_[d]; i < start_[d + 1]; ++i) by_rank.emplace_back(rarity_[entries_[i].term], entries_[i].weight);
      std::sort(by_rank.begin(), by_rank.end());
      float tail = 0.f;
      for (std::size_t k = by_rank.size(); k-- > 0;) {
        tail += by_rank[k].second * by_rank[k].second;
        ranked_[start_[d] + k] = {order[by_rank[k].first], by_rank[k].first, by_rank[k].second, tail};
      }
      if ((d & 1023) == 1023) co_await control.checkpoint();
    }
  }
  co_await control.checkpoint();
  // Postings with weights (documents come in order, so each list is sorted).
  post_start_.assign(terms + 1, 0);
  for (std::uint32_t t = 0; t < terms; ++t) post_start_[t + 1] = post_start_[t] + df[t];
  postings_.resize(entries_.size());  // every one written below
  std::vector<std::uint32_t> at(post_start_.begin(), post_start_.end() - 1);
  for (std::uint32_t d = 0; d < n; ++d) {
    for (const RankedEntry& e : by_rarity(d)) postings_[at[e.term]++] = {d, e.weight, e.tail_sq - e.weight * e.weight};
    if ((d & 1023) == 1023) co_await control.checkpoint();
  }
  max_weight_.assign(terms, 0.f);
  for (const Entry& e : entries_) max_weight_[e.term] = std::max(max_weight_[e.term], e.weight);
}

jobs::Task<CandidateIndex> SimilarityModel::candidates_for(jobs::JobControl& control, float threshold) const {
  CandidateIndex out;
  out.threshold = threshold;
  const std::size_t terms = rarity_.size();
  const std::uint32_t n = size();
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
      const float sq = suffix + e.weight * e.weight, mx = by_max + e.weight * max_weight_[e.term];
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
    if ((d & 1023) == 1023) co_await control.checkpoint();
  }
  out.start.assign(terms + 1, 0);
  for (std::size_t t = 0; t < terms; ++t) out.start[t + 1] = out.start[t] + count[t + 1];
  out.postings.assign(out.start[terms], {0, 0.f});
  std::vector<std::uint32_t> at(out.start.begin(), out.start.end() - 1);
  for (std::uint32_t d = 0; d < n; ++d) {  // documents in order: each list comes out sorted
    for (std::uint32_t i = start_[d]; i < start_[d + 1]; ++i)
      if (in_prefix[i]) out.postings[at[entries_[i].term]++] = {d, entries_[i].weight};
    if ((d & 1023) == 1023) co_await control.checkpoint();
  }
  co_return out;
}

float SimilarityModel::tail_norm(std::uint32_t rec, std::uint32_t rank) const {
  const auto v = by_rarity(rec);
  const auto it = std::lower_bound(v.begin(), v.end(), rank, [](const RankedEntry& e, std::uint32_t r) { return e.rank < r; });
  return it == v.end() ? 0.f : std::sqrt(it->tail_sq);
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
  std::vector<Hit> best;  // the best so far, best first (score, then document)
  if (rec >= size() || limit == 0) return best;
  threshold = std::max(threshold, kMinThreshold);
  const auto better = [](const Hit& a, const Hit& b) { return a.score != b.score ? a.score > b.score : a.doc < b.doc; };
  // The bar a new hit must clear: the threshold, or once `limit` hits are held, the weakest of them.
  float bar = threshold;
  const auto offer = [&](std::uint32_t c, float s) {
    if (s < threshold) return;
    const Hit h{c, s};
    if (best.size() == limit && !better(h, best.back())) return;
    best.insert(std::upper_bound(best.begin(), best.end(), h, better), h);
    if (best.size() > limit) best.pop_back();
    if (best.size() == limit) bar = std::max(threshold, best.back().score);
  };
  // The query's terms rarest first, each with the squared length of the query from it to its commonest term: a
  // recommendation first met at term i shares no rarer term, so its cosine is at most the root of that length.
  // Rare terms have short lists; the commonest have the longest. Candidates met so far are scored exactly
  // before a long list is walked, which raises the bar (the weakest of the best `limit`), and once the rest of
  // the query cannot reach the bar no recommendation met later can: the long lists are never walked.
  const auto q = by_rarity(rec);
  // Per recommendation met: the partial dot product with the query (-1 once scored, or never a hit), and its
  // squared length over the terms commoner than the last one it shared with the query.
  struct Partial {
    float dot = 0.f, rest_sq = 0.f;
  };
  thread_local std::vector<Partial> acc;
  thread_local std::vector<std::uint32_t> touched;
  thread_local std::vector<std::pair<float, std::uint32_t>> pending;  // (how high it may reach, recommendation)
  if (acc.size() < size()) acc.assign(size(), Partial{});
  // What terms i.. of the query can add to any cosine: at most the query's length over them (Cauchy-Schwarz), and
  // at most the sum of each one's weight times the term's largest weight in any recommendation.
  thread_local std::vector<float> reach;
  reach.assign(q.size() + 1, 0.f);
  {
    float by_max = 0.f;
    for (std::size_t i = q.size(); i-- > 0;) {
      by_max += q[i].weight * max_weight_[q[i].term];
      reach[i] = std::min(std::sqrt(q[i].tail_sq), by_max);
    }
  }
  const float slack = 1.f - 1e-5f;  // float sums: never rule out a hit exactly at the bar
  // The candidates not scored yet that could still reach the bar, each with the most it could reach: its partial
  // dot product, plus what terms i.. of the query can add: at most reach[i], and at most the query's length over
  // them times the candidate's length over terms at least as common as term i (Cauchy-Schwarz).
  const auto open_candidates = [&](std::size_t i) {
    pending.clear();
    const bool rest = i < q.size();
    const float q_tail = rest ? std::sqrt(q[i].tail_sq) : 0.f;
    const std::uint32_t rank = rest ? q[i].rank : 0;
    for (std::uint32_t c : touched) {
      const float partial = acc[c].dot;
      if (partial < 0.f || partial + reach[i] < bar * slack) continue;
      if (!rest) {
        if (partial >= bar * slack) pending.emplace_back(partial, c);
        continue;
      }
      // The candidate's length over terms at least as common as term i: at most its length over the terms
      // commoner than the last one it shared with the query, and exactly its tail from term i's rank (looked up
      // only when the first bound is not enough).
      if (partial + q_tail * std::sqrt(acc[c].rest_sq) < bar * slack) continue;
      const float most = partial + std::min(reach[i], q_tail * tail_norm(c, rank));
      if (most >= bar * slack) pending.emplace_back(most, c);
    }
  };
  // Scores the candidates that could reach the bar (at most `at_most` of them), those that could reach highest
  // first: the bar rises as they are scored, and once one cannot reach it no later one can.
  const auto score = [&](std::size_t at_most) {
    const auto lower = [](const auto& a, const auto& b) { return a.first != b.first ? a.first < b.first : a.second > b.second; };
    std::make_heap(pending.begin(), pending.end(), lower);
    for (std::size_t taken = 0; taken < at_most && !pending.empty(); ++taken) {
      std::pop_heap(pending.begin(), pending.end(), lower);
      const auto [most, c] = pending.back();
      pending.pop_back();
      if (most < bar * slack) break;
      acc[c].dot = -1.f;
      offer(c, cosine(rec, c));
    }
  };
  // The query's own review (its recommendations are numbered one after another) is never a hit: marked as
  // scored, so the walk passes over them.
  {
    const std::uint32_t first = rec - index_.ref(rec).index;
    const std::uint32_t count = static_cast<std::uint32_t>(index_.review_of(rec).recommendations.size());
    for (std::uint32_t c = first; c < first + count && c < size(); ++c) {
      acc[c].dot = -1.f;
      touched.push_back(c);
    }
  }
  std::size_t i = 0;
  for (; i < q.size(); ++i) {
    if (reach[i] < bar * slack) break;
    const std::uint32_t from = post_start_[q[i].term], to = post_start_[q[i].term + 1];
    // Before a long list, the strongest candidates so far are scored to raise the bar: it may make this list
    // and every longer one needless.
    if (to - from >= 1024 && to - from >= touched.size()) {
      // Those with the largest partial sums are the likeliest hits; picking them costs no tail lengths. (A
      // partial sum under the bar ends this early round only: such candidates are kept for later.)
      pending.clear();
      for (std::uint32_t c : touched)
        if (acc[c].dot > 0.f) pending.emplace_back(acc[c].dot, c);
      const std::size_t m = std::min(pending.size(), limit + 8);
      std::nth_element(pending.begin(), pending.begin() + static_cast<std::ptrdiff_t>(m) - (m > 0), pending.end(),
                       [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
      pending.resize(m);
      score(m);
      if (reach[i] < bar * slack) break;
    }
    for (std::uint32_t k = from; k < to; ++k) {
      const Posting& p = postings_[k];
      Partial& a = acc[p.doc];
      if (a.dot < 0.f) continue;
      if (a.dot == 0.f) touched.push_back(p.doc);
      a.dot += q[i].weight * p.weight;
      a.rest_sq = p.rest_sq;
    }
  }
  open_candidates(i);
  score(pending.max_size());
  for (std::uint32_t c : touched) acc[c] = Partial{};
  touched.clear();
  return best;
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
         post_start_.capacity() * 4 + postings_.capacity() * sizeof(Posting) +
         ranked_.capacity() * sizeof(RankedEntry) + max_weight_.capacity() * 4;
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
  // Collect groups: documents bucketed by their set's root (a counting sort: no list per document), each group in
  // document order, groups in the order of their roots.
  std::vector<std::uint32_t> root(n), group_start(n + 1, 0);
  for (std::uint32_t d = 0; d < n; ++d) {
    root[d] = sets.find(d);
    ++group_start[root[d] + 1];
    if ((d & 4095) == 4095) co_await control.checkpoint();
  }
  for (std::uint32_t d = 0; d < n; ++d) group_start[d + 1] += group_start[d];
  std::vector<std::uint32_t> members(n);
  {
    std::vector<std::uint32_t> at(group_start.begin(), group_start.end() - 1);
    for (std::uint32_t d = 0; d < n; ++d) members[at[root[d]]++] = d;
  }
  co_await control.checkpoint();
  std::vector<RecurringLesson> lessons;
  for (std::uint32_t r = 0; r < n; ++r) {
    if ((r & 4095) == 4095) co_await control.checkpoint();
    if (group_start[r + 1] - group_start[r] < options.min_reviews) continue;
    std::vector<std::uint32_t> g(members.begin() + group_start[r], members.begin() + group_start[r + 1]);
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
