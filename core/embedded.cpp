#include "embedded.h"

namespace dhrv {

std::string_view embedded(std::string_view name) {
  for (const auto& f : embedded_files())
    if (name == f.name) return f.text();
  return {};
}

}  // namespace dhrv
