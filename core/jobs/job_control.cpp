#include "jobs/job_control.h"

namespace dhrv::jobs {

double Progress::fraction() const {
  if (bytes_total > 0) return static_cast<double>(bytes_done) / static_cast<double>(bytes_total);
  if (total > 0) return static_cast<double>(done) / static_cast<double>(total);
  return -1.0;
}

void JobControl::set_progress(Progress p) {
  std::lock_guard<std::mutex> lock(mutex_);
  progress_ = std::move(p);
}

void JobControl::set_stage(std::string stage, std::size_t total) {
  std::lock_guard<std::mutex> lock(mutex_);
  progress_.stage = std::move(stage);
  progress_.item.clear();
  progress_.done = 0;
  progress_.total = total;
}

void JobControl::advance(std::size_t steps, std::uint64_t bytes) {
  std::lock_guard<std::mutex> lock(mutex_);
  progress_.done += steps;
  progress_.bytes_done += bytes;
}

void JobControl::set_item(std::string item) {
  std::lock_guard<std::mutex> lock(mutex_);
  progress_.item = std::move(item);
}

Progress JobControl::progress() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return progress_;
}

void JobControl::begin_slice(Clock::time_point deadline) {
  deadline_ = deadline;
  first_in_slice_ = true;
}

bool JobControl::slice_over() {
  if (first_in_slice_) {
    first_in_slice_ = false;
    return false;
  }
  if (cancelled()) return false;  // run on to the job's own cancel check instead of pausing
  return deadline_ != Clock::time_point::max() && Clock::now() >= deadline_;
}

}  // namespace dhrv::jobs
