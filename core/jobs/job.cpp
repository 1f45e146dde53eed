#include "jobs/job.h"

namespace dhrv::jobs {

Job::Job(std::string name, Body body)
    : name_(std::move(name)), control_(std::make_unique<JobControl>()), body_(std::move(body)), task_(body_(*control_)) {}

bool Job::resume(JobControl::Clock::time_point deadline) {
  if (task_.done()) return true;
  control_->begin_slice(deadline);
  coro::coroutine_handle<> next = control_->take_paused();
  drive(next ? next : task_.handle());
  return task_.done();
}

bool Job::run_for(std::chrono::microseconds slice) { return resume(JobControl::Clock::now() + slice); }

void Job::run_to_end() {
  while (!resume(JobControl::Clock::time_point::max())) {
  }
}

void JobRunner::start(std::unique_ptr<Job> job) {
  queue_.push_back(std::move(job));
  if (queue_.size() == 1) launch(*queue_.front());
}

void JobRunner::cancel_all() {
  for (auto& j : queue_) j->control().cancel();
}

void JobRunner::finish_front() {
  std::unique_ptr<Job> done = std::move(queue_.front());
  queue_.pop_front();
  if (done->on_finished) done->on_finished();
  if (!queue_.empty()) launch(*queue_.front());
}

void SlicedRunner::launch(Job& job) { job.control().set_may_use_threads(false); }

void SlicedRunner::poll() {
  if (queue_.empty()) return;
  Job& job = *queue_.front();
  const auto start = JobControl::Clock::now();
  const bool ended = job.run_for(slice_);
  const auto over = JobControl::Clock::now() - start - slice_;
  if (over > longest_overrun_.time)
    longest_overrun_ = {std::chrono::duration_cast<std::chrono::microseconds>(over), job.control().progress().stage};
  if (ended) finish_front();
}

}  // namespace dhrv::jobs
