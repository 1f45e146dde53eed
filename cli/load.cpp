#include "load.h"

#include "jobs/job.h"

namespace dhrv::cli {

LoadResult load(const std::vector<std::string>& paths) {
  jobs::JobControl control;
  return jobs::run_now(load_sources(control, CorpusBuilder{}, paths.empty() ? sample_sources() : sources_from_paths(paths)));
}

std::size_t error_count(const Corpus& c) {
  std::size_t n = 0;
  for (const auto& d : c.diagnostics) n += d.severity == Severity::error;
  return n;
}

}  // namespace dhrv::cli
