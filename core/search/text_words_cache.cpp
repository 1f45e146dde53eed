#include "text_words_cache.h"

#include <algorithm>
#include <cstring>

#include "stemmer.h"
#include "text.h"

namespace dhrv {

std::uint64_t text_hash64(std::string_view bytes) {
  // A multiply-xorshift mix per 8-byte word (the constants are splitmix64's), the length folded in first.
  constexpr std::uint64_t kMul = 0xbf58476d1ce4e5b9ull, kMul2 = 0x94d049bb133111ebull;
  std::uint64_t h = 0x9e3779b97f4a7c15ull ^ (bytes.size() * kMul2);
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, bytes.data() + i, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  if (i < bytes.size()) {
    std::uint64_t w = 0;
    std::memcpy(&w, bytes.data() + i, bytes.size() - i);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  h = (h ^ (h >> 32)) * kMul2;
  return h ^ (h >> 29);
}

std::uint32_t TextWordsCache::word_id(std::string&& folded, Stemmer& stemmer) {
  auto [it, fresh] = word_ids_.try_emplace(folded, static_cast<std::uint32_t>(words_.size()));
  if (!fresh) return it->second;
  const std::string_view stem = stemmer.stem(folded);
  auto [t, new_term] = term_ids_.try_emplace(std::string(stem), static_cast<std::uint32_t>(terms_.size()));
  if (new_term) terms_.emplace_back(stem);
  words_.push_back(std::move(folded));
  word_term_.push_back(t->second);
  return it->second;
}

std::span<const std::uint32_t> TextWordsCache::words_of(std::string_view text, Stemmer& stemmer) {
  auto [it, fresh] = texts_.try_emplace(Key{text_hash64(text), text.size()});
  Entry& e = it->second;
  if (e.build != build_ || fresh) ++asked_;
  e.build = build_;
  if (fresh) {
    e.offset = static_cast<std::uint32_t>(arena_.size());
    for (Token& token : tokenize(text)) arena_.push_back(word_id(std::move(token.text), stemmer));
    e.count = static_cast<std::uint32_t>(arena_.size() - e.offset);
    arena_live_ += e.count;
  }
  return {arena_.data() + e.offset, e.count};
}

void TextWordsCache::extend_order(std::vector<std::uint32_t>& order, const std::vector<std::string>& text) {
  const std::size_t sorted = order.size();
  if (sorted == text.size()) return;
  for (std::size_t i = sorted; i < text.size(); ++i) order.push_back(static_cast<std::uint32_t>(i));
  const auto less = [&](std::uint32_t a, std::uint32_t b) { return text[a] < text[b]; };
  std::sort(order.begin() + static_cast<std::ptrdiff_t>(sorted), order.end(), less);
  std::inplace_merge(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(sorted), order.end(), less);
}

const std::vector<std::uint32_t>& TextWordsCache::words_in_order() {
  extend_order(words_order_, words_);
  return words_order_;
}

const std::vector<std::uint32_t>& TextWordsCache::terms_in_order() {
  extend_order(terms_order_, terms_);
  return terms_order_;
}

void TextWordsCache::reserve(std::size_t texts, std::size_t words) {
  if (texts > texts_.size()) texts_.reserve(texts);
  if (words > arena_.size()) arena_.reserve(words);
}

void TextWordsCache::sweep() {
  if (asked_ == texts_.size()) return;  // every text held was asked for: nothing to forget (no walk over them all)
  std::erase_if(texts_, [&](const auto& kv) {
    if (kv.second.build == build_) return false;
    arena_live_ -= kv.second.count;
    return true;
  });
  if (arena_live_ * 2 >= arena_.size()) return;
  // Most of the arena belongs to forgotten texts: move the live lists together.
  std::vector<std::uint32_t> packed;
  packed.reserve(arena_live_);
  for (auto& [key, e] : texts_) {
    const auto from = arena_.begin() + e.offset;
    e.offset = static_cast<std::uint32_t>(packed.size());
    packed.insert(packed.end(), from, from + e.count);
  }
  arena_ = std::move(packed);
}

}  // namespace dhrv
