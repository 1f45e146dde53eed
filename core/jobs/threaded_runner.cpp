#include "jobs/threaded_runner.h"

namespace dhrv::jobs {

ThreadedRunner::~ThreadedRunner() {
  cancel_all();
  if (thread_.joinable()) thread_.join();
}

void ThreadedRunner::launch(Job& job) {
  if (thread_.joinable()) thread_.join();
  ended_ = false;
  thread_ = std::thread([this, &job] {
    job.run_to_end();
    ended_ = true;
  });
}

void ThreadedRunner::poll() {
  if (queue_.empty() || !ended_) return;
  thread_.join();
  finish_front();
}

}  // namespace dhrv::jobs
