// measure.h: the small measuring helpers the benchmark programs share.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace dhrv::bench {

// The p-th quantile (0..1) of the samples, nearest rank; 0 for none.
inline double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
}

// A memory figure of this process in MiB from /proc/self/status ("VmHWM:" peak, "VmRSS:" now). In wasm there is
// no /proc: the size of linear memory is given instead (it only grows, so it is the peak too).
inline double process_memory_mib([[maybe_unused]] const char* field) {
#ifdef __EMSCRIPTEN__
  return static_cast<double>(__builtin_wasm_memory_size(0)) * 65536.0 / (1024.0 * 1024.0);
#else
  std::ifstream in("/proc/self/status");
  std::string line, key = field;
  while (std::getline(in, line))
    if (line.rfind(key, 0) == 0) return std::strtod(line.c_str() + key.size(), nullptr) / 1024.0;
  return 0;
#endif
}

}  // namespace dhrv::bench
