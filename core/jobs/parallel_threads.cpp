// parallel_threads.cpp: parallel_for on std::thread (native builds).
#include <atomic>
#include <thread>
#include <vector>

#include "jobs/parallel.h"

namespace dhrv::jobs {

unsigned worker_count() {
  const unsigned n = std::thread::hardware_concurrency();
  return n ? n : 1;
}

void parallel_for(std::size_t count, const std::function<void(std::size_t)>& body) {
  const unsigned workers = static_cast<unsigned>(std::min<std::size_t>(worker_count(), count));
  if (workers <= 1) {
    for (std::size_t i = 0; i < count; ++i) body(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> threads;
  threads.reserve(workers);
  for (unsigned w = 0; w < workers; ++w)
    threads.emplace_back([&] {
      for (std::size_t i = next++; i < count; i = next++) body(i);
    });
  for (auto& t : threads) t.join();
}

}  // namespace dhrv::jobs
