// threaded_runner.h: runs each job on a thread of its own, so the window keeps drawing while it works (desktop).
// Only the job touches its data while it runs; its result is handed over on the UI thread by poll().
#pragma once

#include <atomic>
#include <thread>

#include "jobs/job.h"

namespace dhrv::jobs {

class ThreadedRunner final : public JobRunner {
 public:
  ~ThreadedRunner() override;
  void poll() override;

 private:
  void launch(Job& job) override;
  std::thread thread_;
  std::atomic<bool> ended_{false};
};

}  // namespace dhrv::jobs
