// job_control.h: what a running job and the people watching it share: progress (what it is doing, how far it
// has got), a Cancel, and the time slice it may use before it must pause.
//
// Jobs call `co_await control.checkpoint()` where pausing is safe. Run on a thread, the slice never ends and
// checkpoints cost a clock read; run from a frame loop, a checkpoint after the slice's end pauses the job until
// the next frame. The first checkpoint after each resume never pauses, so every slice makes progress.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <utility>

#include "jobs/coroutine.h"

namespace dhrv::jobs {

struct Progress {
  std::string stage;  // "Reading files", "Indexing", "Finding recurring lessons"
  std::string item;   // the file being read, when there is one
  std::size_t done = 0, total = 0;          // steps (files, documents) done and expected; total 0 = unknown
  std::uint64_t bytes_done = 0, bytes_total = 0;
  // 0..1, from bytes when known, else from steps; -1 when nothing says.
  double fraction() const;
};

class JobControl {
 public:
  using Clock = std::chrono::steady_clock;

  struct Checkpoint {
    JobControl& control;
    bool await_ready() const noexcept { return !control.slice_over(); }
    void await_suspend(coro::coroutine_handle<> paused) noexcept { control.paused_at_ = paused; }
    void await_resume() const noexcept {}
  };
  Checkpoint checkpoint() { return {*this}; }

  // Cancel is safe from any thread; the job notices at its next checkpoint (or `cancelled()` check).
  void cancel() { cancelled_.store(true, std::memory_order_relaxed); }
  bool cancelled() const {
    return cancelled_.load(std::memory_order_relaxed) || (parent_ && parent_->cancelled());
  }
  // Work split off onto other threads (parallel reading) gets a control of its own that follows this Cancel.
  void follow(const JobControl& parent) { parent_ = &parent; }
  // Whether the job may spread work over threads: yes when it runs through (a thread of its own, the command
  // line); no when it runs in slices of a frame loop, where it must pause rather than run on elsewhere.
  bool may_use_threads() const { return threads_; }
  void set_may_use_threads(bool yes) { threads_ = yes; }

  void set_progress(Progress p);
  void set_stage(std::string stage, std::size_t total = 0);
  void advance(std::size_t steps = 1, std::uint64_t bytes = 0);
  void set_item(std::string item);
  Progress progress() const;

  // For runners.
  void begin_slice(Clock::time_point deadline);
  coro::coroutine_handle<> take_paused() { return std::exchange(paused_at_, {}); }

 private:
  bool slice_over();

  std::atomic<bool> cancelled_{false};
  const JobControl* parent_ = nullptr;
  bool threads_ = true;
  Clock::time_point deadline_ = Clock::time_point::max();
  bool first_in_slice_ = true;
  coro::coroutine_handle<> paused_at_;
  mutable std::mutex mutex_;
  Progress progress_;
};

}  // namespace dhrv::jobs
