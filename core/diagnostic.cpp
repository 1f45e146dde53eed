#include "diagnostic.h"

#include <algorithm>

namespace dhrv {

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (d.line > 0) out += ":" + std::to_string(d.line);
  out += d.severity == Severity::error ? ": error: " : ": warning: ";
  out += d.message;
  return out;
}

void Diagnostics::error(int line, std::string code, std::string message) {
  list_.push_back({file_, line, Severity::error, std::move(code), std::move(message)});
}
void Diagnostics::warning(int line, std::string code, std::string message) {
  list_.push_back({file_, line, Severity::warning, std::move(code), std::move(message)});
}
std::size_t Diagnostics::errors() const {
  return static_cast<std::size_t>(
      std::count_if(list_.begin(), list_.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}
std::size_t Diagnostics::warnings() const { return list_.size() - errors(); }

}  // namespace dhrv
