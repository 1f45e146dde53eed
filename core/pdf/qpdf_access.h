// qpdf_access.h: the few ways the text layer reads qpdf objects, with its limits applied. Internal to core/pdf;
// included only by the files compiled with exceptions (font_loader.cpp, pdf_reader.cpp).
#pragma once

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <stdexcept>
#include <string>

namespace dhrv::pdf {

// Thrown (and caught in pdf_reader.cpp) when decoded data passes a limit: a "stream bomb".
struct LimitExceeded : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A qpdf pipeline that keeps decoded bytes up to a limit.
class LimitedSink : public Pipeline {
 public:
  LimitedSink(std::string& out, std::uint64_t limit) : Pipeline("dhrv-limited", nullptr), out_(out), limit_(limit) {}
  void write(unsigned char const* data, size_t len) override {
    if (out_.size() + len > limit_)
      throw LimitExceeded("decoded data is over " + std::to_string(limit_ >> 20) + " MiB");
    out_.append(reinterpret_cast<const char*>(data), len);
  }
  void finish() override {}

 private:
  std::string& out_;
  std::uint64_t limit_;
};

// A stream's decoded bytes (empty when it cannot be decoded).
inline std::string stream_data(QPDFObjectHandle stream, std::uint64_t limit) {
  std::string out;
  if (!stream.isStream()) return out;
  LimitedSink sink(out, limit);
  stream.pipeStreamData(&sink, 0, qpdf_dl_all, true, false);
  return out;
}

inline float number_or(QPDFObjectHandle o, float fallback) {
  return o.isNumber() ? static_cast<float>(o.getNumericValue()) : fallback;
}

inline std::string name_of(QPDFObjectHandle o) { return o.isName() ? o.getName().substr(1) : std::string(); }

}  // namespace dhrv::pdf
