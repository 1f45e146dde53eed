#include "text_index.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "jobs/job.h"
#include "jobs/uninitialized.h"
#include "stemmer.h"
#include "text.h"

namespace dhrv {

std::uint32_t TextIndex::term_id(std::string_view stem) const {
  auto it = std::lower_bound(terms.begin(), terms.end(), stem,
                             [](const std::string& a, std::string_view b) { return std::string_view(a) < b; });
  if (it == terms.end() || *it != stem) return kNoTerm;
  return static_cast<std::uint32_t>(it - terms.begin());
}

std::vector<std::uint32_t> TextIndex::prefix_terms(std::string_view prefix) const {
  std::vector<std::uint32_t> out;
  auto it = std::lower_bound(words.begin(), words.end(), prefix,
                             [](const std::string& a, std::string_view b) { return std::string_view(a) < b; });
  for (; it != words.end() && std::string_view(*it).substr(0, prefix.size()) == prefix; ++it)
    out.push_back(word_term[static_cast<std::size_t>(it - words.begin())]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::uint32_t> TextIndex::prefix_documents(std::string_view prefix, std::uint32_t field_mask) const {
  auto less = [](const std::string& a, std::string_view b) { return std::string_view(a) < b; };
  const auto lo_it = std::lower_bound(words.begin(), words.end(), prefix, less);
  auto hi_it = lo_it;
  while (hi_it != words.end() && std::string_view(*hi_it).substr(0, prefix.size()) == prefix) ++hi_it;
  const auto lo = static_cast<std::uint32_t>(lo_it - words.begin()), hi = static_cast<std::uint32_t>(hi_it - words.begin());
  std::vector<std::uint32_t> matched_terms;
  for (std::uint32_t w = lo; w < hi; ++w) matched_terms.push_back(word_term[w]);
  std::sort(matched_terms.begin(), matched_terms.end());
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < matched_terms.size();) {
    const std::uint32_t t = matched_terms[i];
    std::size_t j = i;
    while (j < matched_terms.size() && matched_terms[j] == t) ++j;
    std::vector<std::uint32_t> docs;
    if (j - i == term_word_count[t]) {
      docs = documents(t, field_mask);  // every word of this stem starts with the prefix
    } else {
      // Some words of this stem do not: keep only postings where a matching word was written.
      for (std::uint32_t p = postings_begin(t); p < postings_end(t); ++p) {
        if (!(field_mask & (1u << posting_field[p]))) continue;
        if (!docs.empty() && docs.back() == posting_doc[p]) continue;
        for (std::uint32_t k = position_start[p]; k < position_start[p + 1]; ++k)
          if (position_word[k] >= lo && position_word[k] < hi) {
            docs.push_back(posting_doc[p]);
            break;
          }
      }
    }
    std::vector<std::uint32_t> merged;
    merged.reserve(out.size() + docs.size());
    std::set_union(out.begin(), out.end(), docs.begin(), docs.end(), std::back_inserter(merged));
    out.swap(merged);
    i = j;
  }
  return out;
}

std::uint32_t TextIndex::document_frequency(std::uint32_t term) const { return doc_start[term + 1] - doc_start[term]; }

std::vector<std::uint32_t> TextIndex::documents(std::uint32_t term, std::uint32_t field_mask) const {
  std::vector<std::uint32_t> out;
  if (term >= terms.size()) return out;
  if ((field_mask & all_fields_mask()) == default_fields) {
    const auto d = docs_of(term);
    return {d.begin(), d.end()};
  }
  for (std::uint32_t p = postings_begin(term); p < postings_end(term); ++p) {
    if (!(field_mask & (1u << posting_field[p]))) continue;
    if (out.empty() || out.back() != posting_doc[p]) out.push_back(posting_doc[p]);
  }
  return out;
}

std::vector<std::uint32_t> TextIndex::phrase_documents(std::span<const std::uint32_t> phrase,
                                                       std::uint32_t field_mask) const {
  std::vector<std::uint32_t> out;
  if (phrase.empty()) return out;
  for (std::uint32_t t : phrase)
    if (t >= terms.size()) return out;
  // Walk the first term's postings; for each (doc, field) find the other terms' postings by binary search.
  auto find_posting = [&](std::uint32_t term, std::uint32_t doc, std::uint8_t field) -> std::uint32_t {
    std::uint32_t lo = postings_begin(term), hi = postings_end(term);
    while (lo < hi) {
      std::uint32_t mid = lo + (hi - lo) / 2;
      if (posting_doc[mid] < doc || (posting_doc[mid] == doc && posting_field[mid] < field)) lo = mid + 1;
      else hi = mid;
    }
    if (lo < postings_end(term) && posting_doc[lo] == doc && posting_field[lo] == field) return lo;
    return kNoTerm;
  };
  for (std::uint32_t p = postings_begin(phrase[0]); p < postings_end(phrase[0]); ++p) {
    const std::uint32_t doc = posting_doc[p];
    const std::uint8_t field = posting_field[p];
    if (!(field_mask & (1u << field))) continue;
    if (!out.empty() && out.back() == doc) continue;
    std::vector<std::span<const std::uint32_t>> rest;
    bool all = true;
    for (std::size_t i = 1; i < phrase.size() && all; ++i) {
      std::uint32_t q = find_posting(phrase[i], doc, field);
      if (q == kNoTerm) all = false;
      else rest.push_back(positions_of(q));
    }
    if (!all) continue;
    for (std::uint32_t start : positions_of(p)) {
      bool match = true;
      for (std::size_t i = 0; i < rest.size() && match; ++i)
        match = std::binary_search(rest[i].begin(), rest[i].end(), start + static_cast<std::uint32_t>(i + 1));
      if (match) {
        out.push_back(doc);
        break;
      }
    }
  }
  return out;
}

void TextIndex::compute_impacts() {
  jobs::JobControl control;
  jobs::run_now(compute_impacts(control));
}

jobs::Task<> TextIndex::compute_impacts(jobs::JobControl& control) {
  const std::size_t fields = field_names.size();
  term_word_count.assign(terms.size(), 0);
  for (std::uint32_t t : word_term) ++term_word_count[t];
  doc_start.assign(1, 0);
  doc_ids.clear();
  doc_impact.clear();
  doc_ids.reserve(posting_doc.size());
  doc_impact.reserve(posting_doc.size());
  std::size_t since_pause = 0;
  for (std::uint32_t t = 0; t < terms.size(); ++t) {
    const std::size_t first = doc_ids.size();
    for (std::uint32_t p = postings_begin(t); p < postings_end(t);) {
      const std::uint32_t d = posting_doc[p];
      float tf = 0.f;
      for (; p < postings_end(t) && posting_doc[p] == d; ++p) {
        const std::uint8_t f = posting_field[p];
        if (!(default_fields & (1u << f))) continue;
        const float len = static_cast<float>(field_length[static_cast<std::size_t>(d) * fields + f]);
        const float raw = static_cast<float>(position_start[p + 1] - position_start[p]);
        tf += field_weights[f] * raw / (1.f - kBm25B + kBm25B * len / average_length[f]);
      }
      if (tf <= 0.f) continue;  // only in fields that unqualified words do not search
      doc_ids.push_back(d);
      doc_impact.push_back(tf * (kBm25K1 + 1.f) / (kBm25K1 + tf));
    }
    const float df = static_cast<float>(doc_ids.size() - first);
    const float idf = std::log(1.f + (static_cast<float>(doc_count) - df + 0.5f) / (df + 0.5f));
    for (std::size_t i = first; i < doc_ids.size(); ++i) doc_impact[i] *= idf;
    doc_start.push_back(static_cast<std::uint32_t>(doc_ids.size()));
    // By postings walked, not terms: a common term alone has one posting per document.
    if ((since_pause += postings_end(t) - postings_begin(t)) > (1u << 15)) {
      since_pause = 0;
      co_await control.checkpoint();
    }
  }
}

bool TextIndex::consistent(std::string* why) const {
  auto bad = [&](const char* what) {
    if (why) *why = what;
    return false;
  };
  const std::size_t fields = field_names.size();
  if (fields == 0 || fields > 8 || field_weights.size() != fields || average_length.size() != fields)
    return bad("field tables disagree");
  if (default_fields == 0 || (default_fields & ~all_fields_mask()) != 0) return bad("default fields");
  if (field_length.size() != static_cast<std::size_t>(doc_count) * fields) return bad("field lengths");
  if (term_start.size() != terms.size() + 1 || term_start.front() != 0) return bad("term table");
  for (std::size_t t = 0; t + 1 < term_start.size(); ++t)
    if (term_start[t] > term_start[t + 1]) return bad("term offsets go backwards");
  if (term_start.back() != posting_doc.size() || posting_field.size() != posting_doc.size() ||
      position_start.size() != posting_doc.size() + 1 || position_start.front() != 0)
    return bad("posting table");
  for (std::size_t p = 0; p < posting_doc.size(); ++p) {
    if (posting_doc[p] >= doc_count || posting_field[p] >= fields) return bad("posting points outside the index");
    if (position_start[p] > position_start[p + 1]) return bad("position offsets go backwards");
  }
  if (position_start.back() != positions.size()) return bad("position table");
  if (position_word.size() != positions.size()) return bad("position words");
  for (std::uint32_t w : position_word)
    if (w >= words.size()) return bad("position word outside the word table");
  if (!std::is_sorted(terms.begin(), terms.end())) return bad("terms not sorted");
  if (words.size() != word_term.size() || !std::is_sorted(words.begin(), words.end())) return bad("word table");
  for (std::uint32_t t : word_term)
    if (t >= terms.size()) return bad("word points outside the term table");
  return true;
}

std::size_t TextIndex::memory_bytes() const {
  std::size_t n = 0;
  for (const auto& s : terms) n += s.capacity() + sizeof(s);
  for (const auto& s : words) n += s.capacity() + sizeof(s);
  n += field_length.capacity() * 4 + term_start.capacity() * 4 + posting_doc.capacity() * 4 +
       posting_field.capacity() + position_start.capacity() * 4 + positions.capacity() * 4 + position_word.capacity() * 4 + word_term.capacity() * 4 +
       doc_start.capacity() * 4 + doc_ids.capacity() * 4 + doc_impact.capacity() * 4;
  return n;
}

TextIndexBuilder::TextIndexBuilder(std::vector<std::string> field_names, std::vector<float> field_weights,
                                   std::uint32_t default_fields, TextWordsCache* words)
    : own_words_(words ? nullptr : std::make_unique<TextWordsCache>()), words_(words ? words : own_words_.get()) {
  index_.field_names = std::move(field_names);
  index_.field_weights = std::move(field_weights);
  index_.default_fields = default_fields ? default_fields : index_.all_fields_mask();
  index_.average_length.assign(index_.field_names.size(), 0.f);
  words_->begin_build();
}

void TextIndexBuilder::reserve(std::size_t documents, std::size_t words) {
  occurrences_.reserve(words);
  words_->reserve(documents * index_.field_names.size(), words);
  index_.field_length.reserve(documents * index_.field_names.size());
}

void TextIndexBuilder::add_document(std::span<const std::string_view> field_texts, Stemmer& stemmer) {
  const std::uint32_t doc = index_.doc_count++;
  const std::size_t fields = index_.field_names.size();
  for (std::size_t f = 0; f < fields; ++f) {
    const std::string_view text = f < field_texts.size() ? field_texts[f] : std::string_view();
    std::uint32_t position = 0;
    for (std::uint32_t word : words_->words_of(text, stemmer))
      occurrences_.push_back({words_->term_of(word), doc, position++, word, static_cast<std::uint8_t>(f)});
    index_.field_length.push_back(position);
  }
}

jobs::Task<TextIndex> TextIndexBuilder::finish(jobs::JobControl& control) {
  constexpr std::size_t kStep = (1u << 15) - 1;  // a checkpoint every 32k items (a few ms in the browser)
  TextIndex& ix = index_;
  TextWordsCache& cache = *words_;
  const std::size_t fields = ix.field_names.size();
  for (std::size_t f = 0; f < fields; ++f) {
    double total = 0;
    for (std::uint32_t d = 0; d < ix.doc_count; ++d) total += ix.field_length[d * fields + f];
    ix.average_length[f] = ix.doc_count ? static_cast<float>(total / ix.doc_count) : 0.f;
    if (ix.average_length[f] <= 0.f) ix.average_length[f] = 1.f;
  }

  // The words these documents use, and their terms; final ids are alphabetical ranks among those (the cache keeps
  // its words in alphabetical order, so ranking is a walk, not a sort).
  std::vector<std::uint32_t> word_rank(cache.word_count(), kNoTerm), rank(cache.term_count(), kNoTerm);
  for (std::size_t k = 0; k < occurrences_.size(); ++k) {
    word_rank[occurrences_[k].word] = 0;
    rank[occurrences_[k].term] = 0;
    if ((k & kStep) == kStep) co_await control.checkpoint();
  }
  std::uint32_t term_count = 0, word_count = 0;
  for (std::uint32_t t : cache.terms_in_order())
    if (rank[t] != kNoTerm) {
      rank[t] = term_count++;
      ix.terms.push_back(cache.term(t));
    }
  for (std::uint32_t w : cache.words_in_order())
    if (word_rank[w] != kNoTerm) {
      word_rank[w] = word_count++;
      ix.words.push_back(cache.word(w));
      ix.word_term.push_back(rank[cache.term_of(w)]);
    }
  co_await control.checkpoint();

  // Occurrences are bucketed by term with a stable counting sort, which keeps them in (doc, field, position)
  // order because they were added in that order.
  std::vector<std::uint32_t> bucket(term_count + 1, 0);
  for (std::size_t k = 0; k < occurrences_.size(); ++k) {
    ++bucket[rank[occurrences_[k].term] + 1];
    if ((k & kStep) == kStep) co_await control.checkpoint();
  }
  for (std::size_t t = 0; t < term_count; ++t) bucket[t + 1] += bucket[t];
  jobs::FillLater<Occurrence> sorted;
  sorted.resize(occurrences_.size());  // written by the scatter below, in slices
  {
    std::vector<std::uint32_t> next(bucket.begin(), bucket.end() - 1);
    for (std::size_t k = 0; k < occurrences_.size(); ++k) {
      const Occurrence& o = occurrences_[k];
      sorted[next[rank[o.term]]++] = o;
      if ((k & kStep) == kStep) co_await control.checkpoint();
    }
  }
  occurrences_.clear();
  occurrences_.shrink_to_fit();

  ix.term_start.assign(1, 0);
  ix.term_start.reserve(term_count + 1);
  ix.positions.reserve(sorted.size());
  ix.position_word.reserve(sorted.size());
  ix.posting_doc.reserve(sorted.size());  // at most one posting per word
  ix.posting_field.reserve(sorted.size());
  ix.position_start.reserve(sorted.size() + 1);
  co_await control.checkpoint();
  std::size_t i = 0, next_pause = kStep;
  for (std::uint32_t r = 0; r < term_count; ++r) {
    if (i >= next_pause) {
      next_pause = i + kStep;
      co_await control.checkpoint();
    }
    const std::size_t end = bucket[r + 1];
    while (i < end) {
      const std::uint32_t doc = sorted[i].doc;
      const std::uint8_t field = sorted[i].field;
      ix.posting_doc.push_back(doc);
      ix.posting_field.push_back(field);
      ix.position_start.push_back(static_cast<std::uint32_t>(ix.positions.size()));
      while (i < end && sorted[i].doc == doc && sorted[i].field == field) {
        ix.position_word.push_back(word_rank[sorted[i].word]);
        ix.positions.push_back(sorted[i++].position);
      }
    }
    ix.term_start.push_back(static_cast<std::uint32_t>(ix.posting_doc.size()));
  }
  ix.position_start.push_back(static_cast<std::uint32_t>(ix.positions.size()));
  cache.sweep();
  co_await ix.compute_impacts(control);
  co_return std::move(index_);
}

}  // namespace dhrv
