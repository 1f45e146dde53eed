#include "diagnostic.h"

#include <algorithm>

namespace dhrv {

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (d.line > 0) out += ":" + std::to_string(d.line);
  if (d.page > 0) out += " (page " + std::to_string(d.page) + ")";
  out += ": ";
  out += severity_name(d.severity);
  out += ": ";
  out += d.message;
  return out;
}

void Diagnostics::error(int line, std::string code, std::string message) {
  list_.push_back({file_, line, Severity::error, std::move(code), std::move(message)});
}
void Diagnostics::warning(int line, std::string code, std::string message) {
  list_.push_back({file_, line, Severity::warning, std::move(code), std::move(message)});
}
void Diagnostics::note(int line, std::string code, std::string message) {
  list_.push_back({file_, line, Severity::note, std::move(code), std::move(message)});
}
std::size_t Diagnostics::errors() const {
  return static_cast<std::size_t>(
      std::count_if(list_.begin(), list_.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}
std::size_t Diagnostics::warnings() const {
  return static_cast<std::size_t>(
      std::count_if(list_.begin(), list_.end(), [](const Diagnostic& d) { return d.severity == Severity::warning; }));
}

}  // namespace dhrv
