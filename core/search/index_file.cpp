#include "index_file.h"

#include <cstring>
#include <type_traits>

#include "json_codec.h"

namespace dhrv {

namespace {

constexpr char kMagic[8] = {'D', 'H', 'R', 'V', 'I', 'D', 'X', '\0'};
constexpr std::size_t kHeaderBytes = 8 + 4 + 4 + 8 + 8;

std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

class Writer {
 public:
  template <class T>
  void scalar(T v) {
    static_assert(std::is_arithmetic_v<T>);
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof(T));
    char b[sizeof(T)];
    for (std::size_t i = 0; i < sizeof(T); ++i) b[i] = static_cast<char>((bits >> (8 * i)) & 0xFF);
    out.append(b, sizeof(T));
  }
  void varint(std::uint64_t v) {
    char b[10];
    std::size_t n = 0;
    while (v >= 0x80) {
      b[n++] = static_cast<char>((v & 0x7F) | 0x80);
      v >>= 7;
    }
    b[n++] = static_cast<char>(v);
    out.append(b, n);
  }
  // Integer arrays as zigzag-encoded differences from the previous value, in varints: postings, positions and
  // offsets mostly rise by small steps, so most values take one byte instead of four.
  void packed(const std::vector<std::uint32_t>& v) {
    scalar<std::uint64_t>(v.size());
    std::int64_t prev = 0;
    for (std::uint32_t x : v) {
      const std::int64_t d = static_cast<std::int64_t>(x) - prev;
      varint(static_cast<std::uint64_t>((d << 1) ^ (d >> 63)));
      prev = x;
    }
  }
  void bytes(std::string_view s) {
    scalar<std::uint64_t>(s.size());
    out.append(s);
  }
  template <class T>
  void array(const std::vector<T>& v) {
    scalar<std::uint64_t>(v.size());
    for (const T& x : v) scalar(x);
  }
  void strings(const std::vector<std::string>& v) {
    scalar<std::uint64_t>(v.size());
    for (const auto& s : v) bytes(s);
  }
  std::string out;
};

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}
  bool failed() const { return failed_; }
  bool at_end() const { return pos_ == s_.size(); }

  template <class T>
  T scalar() {
    static_assert(std::is_arithmetic_v<T>);
    if (failed_ || s_.size() - pos_ < sizeof(T)) {
      failed_ = true;
      return T{};
    }
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
      bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(s_[pos_ + i])) << (8 * i);
    pos_ += sizeof(T);
    T v;
    std::memcpy(&v, &bits, sizeof(T));
    return v;
  }
  // A count of items of `item_bytes` each that must fit in what is left.
  std::size_t count(std::size_t item_bytes) {
    const std::uint64_t n = scalar<std::uint64_t>();
    if (failed_ || n > (s_.size() - pos_) / std::max<std::size_t>(item_bytes, 1)) {
      failed_ = true;
      return 0;
    }
    return static_cast<std::size_t>(n);
  }
  std::string_view bytes() {
    const std::size_t n = count(1);
    if (failed_) return {};
    std::string_view v = s_.substr(pos_, n);
    pos_ += n;
    return v;
  }
  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (failed_ || pos_ >= s_.size()) break;
      const auto b = static_cast<unsigned char>(s_[pos_++]);
      v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
    failed_ = true;
    return 0;
  }
  void packed(std::vector<std::uint32_t>& v) {
    const std::size_t n = count(1);
    v.resize(n);
    std::int64_t prev = 0;
    for (std::size_t i = 0; i < n && !failed_; ++i) {
      const std::uint64_t z = varint();
      const std::int64_t d = static_cast<std::int64_t>(z >> 1) ^ -static_cast<std::int64_t>(z & 1);
      const std::int64_t x = prev + d;
      if (x < 0 || x > 0xFFFFFFFFll) {
        failed_ = true;
        return;
      }
      v[i] = static_cast<std::uint32_t>(x);
      prev = x;
    }
  }
  template <class T>
  void array(std::vector<T>& v) {
    const std::size_t n = count(sizeof(T));
    v.resize(n);
    for (std::size_t i = 0; i < n && !failed_; ++i) v[i] = scalar<T>();
  }
  void strings(std::vector<std::string>& v) {
    const std::size_t n = count(8);
    v.resize(n);
    for (std::size_t i = 0; i < n && !failed_; ++i) v[i] = std::string(bytes());
  }

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
  bool failed_ = false;
};

void write_text_index(Writer& w, const TextIndex& ix) {
  w.strings(ix.field_names);
  w.array(ix.field_weights);
  w.scalar(ix.default_fields);
  w.scalar(ix.doc_count);
  w.packed(ix.field_length);
  w.array(ix.average_length);
  w.strings(ix.terms);
  w.packed(ix.term_start);
  w.packed(ix.posting_doc);
  w.array(ix.posting_field);
  w.packed(ix.position_start);
  w.packed(ix.positions);
  w.packed(ix.position_word);
  w.strings(ix.words);
  w.packed(ix.word_term);
}

void read_text_index(Reader& r, TextIndex& ix) {
  r.strings(ix.field_names);
  r.array(ix.field_weights);
  ix.default_fields = r.scalar<std::uint32_t>();
  ix.doc_count = r.scalar<std::uint32_t>();
  r.packed(ix.field_length);
  r.array(ix.average_length);
  r.strings(ix.terms);
  r.packed(ix.term_start);
  r.packed(ix.posting_doc);
  r.array(ix.posting_field);
  r.packed(ix.position_start);
  r.packed(ix.positions);
  r.packed(ix.position_word);
  r.strings(ix.words);
  r.packed(ix.word_term);
}

void write_facets(Writer& w, const FacetColumns& cols) {
  for (const auto& c : cols) {
    w.strings(c.values);
    w.packed(c.start);
    w.packed(c.ids);
  }
}

void read_facets(Reader& r, FacetColumns& cols) {
  for (auto& c : cols) {
    r.strings(c.values);
    r.packed(c.start);
    r.packed(c.ids);
  }
}

bool facets_consistent(const FacetColumns& cols, std::size_t docs, std::string& why) {
  for (const auto& c : cols) {
    if (c.start.size() != docs + 1 || c.start.front() != 0 || c.start.back() != c.ids.size()) {
      why = "facet table does not match the documents";
      return false;
    }
    for (std::size_t i = 0; i + 1 < c.start.size(); ++i)
      if (c.start[i] > c.start[i + 1]) {
        why = "facet offsets go backwards";
        return false;
      }
    for (std::uint32_t id : c.ids)
      if (id >= c.values.size()) {
        why = "facet value outside its table";
        return false;
      }
  }
  return true;
}

// True when `bytes` is exactly one well-formed CBOR item of the kinds our writer produces (definite lengths
// only), with every declared length within the bytes that are there and nesting at most 64 deep. nlohmann's
// reader trusts declared lengths when sizing containers and throws on absurd ones even when asked not to
// (which aborts a build without exceptions), so nothing reaches it unchecked. Found by fuzzing.
bool cbor_item(const unsigned char*& p, const unsigned char* end, int depth) {
  if (p >= end || depth > 64) return false;
  const unsigned major = *p >> 5, info = *p & 31u;
  ++p;
  std::uint64_t value = info;
  if (info >= 24 && info <= 27) {
    const std::size_t n = std::size_t{1} << (info - 24);
    if (static_cast<std::size_t>(end - p) < n) return false;
    value = 0;
    for (std::size_t i = 0; i < n; ++i) value = (value << 8) | *p++;
  } else if (info > 27) {
    return false;  // reserved, or indefinite length (never written)
  }
  const auto left = static_cast<std::uint64_t>(end - p);
  switch (major) {
    case 0: case 1: return true;                       // integers
    case 2: case 3:                                    // byte and text strings
      if (value > left) return false;
      p += value;
      return true;
    case 4: case 5: {                                  // arrays and maps: every item takes at least one byte
      const std::uint64_t items = major == 4 ? value : value * 2;
      if (value > left || items > left) return false;
      for (std::uint64_t i = 0; i < items; ++i)
        if (!cbor_item(p, end, depth + 1)) return false;
      return true;
    }
    case 6: return cbor_item(p, end, depth + 1);       // tag, then its item
    default: return true;                               // simple values and floats (bytes taken above)
  }
}

bool cbor_well_formed(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  return cbor_item(p, end, 0) && p == end;
}

}  // namespace

// Recognised by its first seven bytes, so that a damaged signature is reported as a damaged index.
bool IndexFile::looks_like_index(std::string_view bytes) { return bytes.substr(0, 7) == std::string_view(kMagic, 7); }

std::string IndexFile::reseal(std::string_view bytes) {
  std::string out(bytes);
  if (out.size() < kHeaderBytes) return out;
  const std::string_view body = bytes.substr(kHeaderBytes);
  Writer w;
  w.scalar<std::uint64_t>(body.size());
  w.scalar<std::uint64_t>(fnv1a(body));
  out.replace(16, 16, w.out);
  return out;
}

std::string IndexFile::save(const SearchIndex& index) {
  Writer body;
  // Reviews one by one (a count, then each as CBOR), so neither saving nor loading holds a document of the
  // whole corpus: at a million recommendations that would be gigabytes.
  body.scalar<std::uint64_t>(index.corpus().reviews.size());
  for (const Review& r : index.corpus().reviews) {
    const std::vector<std::uint8_t> cbor = ojson::to_cbor(review_to_json(r));
    body.bytes(std::string_view(reinterpret_cast<const char*>(cbor.data()), cbor.size()));
  }
  {
    const std::vector<std::uint8_t> meta = ojson::to_cbor(corpus_meta_to_json(index.corpus()));
    body.bytes(std::string_view(reinterpret_cast<const char*>(meta.data()), meta.size()));
  }
  write_text_index(body, index.rec_text_);
  write_text_index(body, index.review_text_);
  write_facets(body, index.rec_facets_);
  write_facets(body, index.review_facets_);

  Writer head;
  head.out.reserve(kHeaderBytes + body.out.size());
  head.out.append(kMagic, sizeof(kMagic));
  head.scalar<std::uint32_t>(kIndexFormatVersion);
  head.scalar<std::uint32_t>(0);
  head.scalar<std::uint64_t>(body.out.size());
  head.scalar<std::uint64_t>(fnv1a(body.out));
  head.out.append(body.out);
  return std::move(head.out);
}

std::shared_ptr<const SearchIndex> IndexFile::load(std::string_view bytes, const std::string& name, std::string& error) {
  auto fail = [&](const std::string& why) -> std::shared_ptr<const SearchIndex> {
    error = name + ": not a usable index file: " + why;
    return nullptr;
  };
  if (bytes.size() < sizeof(kMagic) || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0)
    return fail("it does not start with the DHR Viewer index signature");
  if (bytes.size() < kHeaderBytes) return fail("the header is cut short");
  Reader head(bytes.substr(sizeof(kMagic), kHeaderBytes - sizeof(kMagic)));
  const auto version = head.scalar<std::uint32_t>();
  head.scalar<std::uint32_t>();
  const auto size = head.scalar<std::uint64_t>();
  const auto checksum = head.scalar<std::uint64_t>();
  if (version != kIndexFormatVersion)
    return fail("it was written in format version " + std::to_string(version) + " and this program reads version " +
                std::to_string(kIndexFormatVersion) + "; rebuild it with `dhrv index`");
  const std::string_view body = bytes.substr(kHeaderBytes);
  if (size != body.size())
    return fail("it should hold " + std::to_string(size) + " bytes after the header but holds " +
                std::to_string(body.size()) + " (truncated or padded)");
#ifndef DHRV_FUZZING  // fuzz builds skip the checksum so that mutations reach the structural checks below
  if (fnv1a(body) != checksum) return fail("the checksum does not match (the file is corrupt)");
#else
  (void)checksum;
#endif

  Reader r(body);
  const std::size_t review_count = r.count(9);  // each review takes at least its 8-byte length and one byte
  if (r.failed()) return fail("the review table is cut short");
  auto corpus = std::make_shared<Corpus>();
  corpus->reviews.reserve(review_count);
  std::vector<std::string> problems;
  for (std::size_t i = 0; i < review_count; ++i) {
    const std::string_view cbor = r.bytes();
    if (r.failed()) return fail("the review table is cut short");
    if (!cbor_well_formed(cbor)) return fail("review " + std::to_string(i) + " is not valid");
    const ojson review = ojson::from_cbor(cbor.begin(), cbor.end(), true, false);
    if (review.is_discarded() || !review.is_object()) return fail("review " + std::to_string(i) + " is not valid");
    corpus->reviews.push_back(review_from_json(review, "reviews[" + std::to_string(i) + "]", problems));
    if (!problems.empty()) return fail("the review table has problems: " + problems.front());
  }

  {
    const std::string_view meta = r.bytes();
    if (r.failed()) return fail("the table of sources is cut short");
    if (!cbor_well_formed(meta)) return fail("the table of sources is not valid");
    const ojson mj = ojson::from_cbor(meta.begin(), meta.end(), true, false);
    if (mj.is_discarded() || !corpus_meta_from_json(mj, *corpus, problems)) return fail("the table of sources is not valid");
    if (!problems.empty()) return fail("the table of sources has problems: " + problems.front());
  }

  std::shared_ptr<SearchIndex> ix(new SearchIndex());
  read_text_index(r, ix->rec_text_);
  read_text_index(r, ix->review_text_);
  read_facets(r, ix->rec_facets_);
  read_facets(r, ix->review_facets_);
  if (r.failed()) return fail("an index table is cut short");
  if (!r.at_end()) return fail("there are unexpected bytes after the last table");

  std::size_t rec_count = 0;
  for (const auto& rev : corpus->reviews) rec_count += rev.recommendations.size();
  std::string why;
  if (!ix->rec_text_.consistent(&why) || !ix->review_text_.consistent(&why)) return fail(why);
  ix->rec_text_.compute_impacts();
  ix->review_text_.compute_impacts();
  if (ix->rec_text_.doc_count != rec_count || ix->review_text_.doc_count != corpus->reviews.size())
    return fail("the index does not match its reviews");
  if (!facets_consistent(ix->rec_facets_, rec_count, why) || !facets_consistent(ix->review_facets_, corpus->reviews.size(), why))
    return fail(why);
  for (std::size_t f = 0; f < kFacetCount; ++f)
    if (ix->rec_facets_[f].values != ix->review_facets_[f].values) return fail("facet tables disagree");

  corpus->incidents = count_incidents(corpus->reviews);
  ix->corpus_ = std::move(corpus);
  ix->build_maps();
  return ix;
}

bool sniff_index_file(std::string_view bytes) { return IndexFile::looks_like_index(bytes); }

jobs::Task<ReadResult> read_index_file(ReadRequest request) {
  ReadResult out;
  std::string error;
  auto index = IndexFile::load(request.bytes, request.name, error);
  if (!index) {
    out.diagnostics.push_back({request.name, 0, Severity::error, "index.invalid", error});
    co_return out;
  }
  const Corpus& c = index->corpus();
  out.reviews = c.reviews;
  out.vocabularies = c.vocabularies;
  out.diagnostics = c.diagnostics;
  out.files = c.files;
  out.prebuilt = std::move(index);
  co_return out;
}

}  // namespace dhrv
