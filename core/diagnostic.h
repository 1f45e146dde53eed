// diagnostic.h: what a reader says about its input, with enough detail (file, line, what was expected) that a
// person can find and fix the problem. Every reader returns these next to its records; nothing is swallowed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dhrv {

// Where something was read: a line of a text file, or a page of a PDF (1-based; 0 when not known).
struct SourceRef {
  std::string file;
  int line = 0;
  int page = 0;
  friend bool operator==(const SourceRef&, const SourceRef&) = default;
};

// error: something could not be read as written; warning: read, but doubtful; note: worth knowing, nothing wrong
// (a file in a folder that is not review data, a review already loaded from another file).
enum class Severity { warning, error, note };
std::string_view severity_name(Severity s);

struct Diagnostic {
  std::string file;
  int line = 0;  // 1-based; 0 when the whole file is meant
  Severity severity = Severity::error;
  std::string code;  // short stable key, e.g. "table.cells", for tests and filtering
  std::string message;
  int page = 0;      // for PDFs: the page the problem is on (1-based; 0 = the whole file)
  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

// "file:line: error: message" (or warning, note); for a PDF page, "file (page 3): error: message" (the form compilers use, so editors can jump to it).
std::string format_diagnostic(const Diagnostic& d);

// Collects diagnostics for one file and counts what was read and skipped.
class Diagnostics {
 public:
  explicit Diagnostics(std::string file) : file_(std::move(file)) {}
  void error(int line, std::string code, std::string message);
  void warning(int line, std::string code, std::string message);
  void note(int line, std::string code, std::string message);
  const std::string& file() const { return file_; }
  const std::vector<Diagnostic>& list() const { return list_; }
  std::vector<Diagnostic> take() { return std::move(list_); }
  std::size_t errors() const;
  std::size_t warnings() const;

 private:
  std::string file_;
  std::vector<Diagnostic> list_;
};

}  // namespace dhrv
