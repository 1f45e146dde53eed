#include "stemmer.h"

extern "C" {
#include "api.h"
#include "stem_UTF_8_english.h"
}

namespace dhrv {

namespace {
// Longer "words" are identifiers, hashes or garbage; stemming them buys nothing and costs time.
constexpr std::size_t kMaxStemmedBytes = 64;
}  // namespace

struct Stemmer::Env {
  SN_env* z = english_UTF_8_create_env();
  ~Env() {
    if (z) english_UTF_8_close_env(z);
  }
};

Stemmer::Stemmer() : env_(std::make_unique<Env>()) {}
Stemmer::~Stemmer() = default;

std::string_view Stemmer::stem(std::string_view word) {
  auto found = memo_.find(std::string(word));
  if (found != memo_.end()) return found->second;
  std::string result(word);
  if (env_->z && !word.empty() && word.size() <= kMaxStemmedBytes &&
      SN_set_current(env_->z, static_cast<int>(word.size()), reinterpret_cast<const symbol*>(word.data())) == 0 &&
      english_UTF_8_stem(env_->z) >= 0 && env_->z->l > 0) {
    result.assign(reinterpret_cast<const char*>(env_->z->p), static_cast<std::size_t>(env_->z->l));
  }
  return memo_.emplace(std::string(word), std::move(result)).first->second;
}

std::string stem_word(std::string_view folded_word) {
  thread_local Stemmer stemmer;
  return std::string(stemmer.stem(folded_word));
}

}  // namespace dhrv
