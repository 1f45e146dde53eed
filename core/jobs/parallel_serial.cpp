// parallel_serial.cpp: parallel_for without threads (the browser build).
#include "jobs/parallel.h"

namespace dhrv::jobs {

unsigned worker_count() { return 1; }

void parallel_for(std::size_t count, const std::function<void(std::size_t)>& body) {
  for (std::size_t i = 0; i < count; ++i) body(i);
}

}  // namespace dhrv::jobs
