// job.h: a Task with its control (progress, Cancel, time slices), and the runners that drive jobs: in slices from
// a frame loop (the browser has one thread), or on a thread of its own (desktop). Views only read progress;
// whoever starts a job says what to do with its result, and the runner calls that on the UI thread.
#pragma once

#include <chrono>
#include <cstdlib>
#include <deque>
#include <functional>
#include <memory>
#include <string>

#include "jobs/job_control.h"
#include "jobs/task.h"

namespace dhrv::jobs {

class Job {
 public:
  using Body = std::function<Task<>(JobControl&)>;
  Job(std::string name, Body body);
  Job(const Job&) = delete;
  Job& operator=(const Job&) = delete;

  const std::string& name() const { return name_; }
  JobControl& control() { return *control_; }
  const JobControl& control() const { return *control_; }
  bool finished() const { return task_.done(); }

  // Runs until the slice is over (at a checkpoint) or the job ends; true when it has ended.
  bool run_for(std::chrono::microseconds slice);
  // Runs to the end, pausing nowhere.
  void run_to_end();

  // Called on the UI thread once the job has ended (also after Cancel: the body decides what it leaves).
  std::function<void()> on_finished;

 private:
  bool resume(JobControl::Clock::time_point deadline);

  std::string name_;
  std::unique_ptr<JobControl> control_;
  Body body_;  // kept: a coroutine lambda's captures live in the lambda object
  Task<> task_;
};

// Runs one job at a time, in the order they were started.
class JobRunner {
 public:
  virtual ~JobRunner() = default;
  void start(std::unique_ptr<Job> job);
  // Once per frame, on the UI thread: lets the current job work (sliced runners) and finishes ended jobs.
  virtual void poll() = 0;
  // The job now running, if any (for progress and Cancel).
  Job* current() { return queue_.empty() ? nullptr : queue_.front().get(); }
  bool busy() const { return !queue_.empty(); }
  std::size_t queued() const { return queue_.size(); }
  void cancel_all();

 protected:
  // Called when a job becomes the current one.
  virtual void launch(Job&) {}
  // Pops the finished front job, runs its on_finished, and launches the next.
  void finish_front();
  std::deque<std::unique_ptr<Job>> queue_;
};

// Runs the current job for a slice of each frame (the browser; also headless tests, deterministic).
class SlicedRunner final : public JobRunner {
 public:
  explicit SlicedRunner(std::chrono::microseconds slice) : slice_(slice) {}
  void poll() override;
  void set_slice(std::chrono::microseconds slice) { slice_ = slice; }

  // How far a slice ran past its end, at most, and in which stage: a stage whose checkpoints are too far apart
  // for a frame (benchmarks report it).
  struct Overrun {
    std::chrono::microseconds time{0};
    std::string stage;
  };
  const Overrun& longest_overrun() const { return longest_overrun_; }
  void reset_longest_overrun() { longest_overrun_ = {}; }

 private:
  void launch(Job& job) override;
  std::chrono::microseconds slice_;
  Overrun longest_overrun_;
};

// Runs a task to its end right away and gives its value (the command line, tests). The task's control must not be
// running in slices (a fresh JobControl never pauses), so one resume runs it through.
template <class T>
T run_now(Task<T> task) {
  drive(task.handle());
  if (!task.done()) std::abort();
  return std::move(task.result());
}
inline void run_now(Task<> task) {
  drive(task.handle());
  if (!task.done()) std::abort();
}

}  // namespace dhrv::jobs
