// task.h: Task<T>, a piece of work written as a coroutine that can pause at checkpoints (job_control.h) and be
// resumed later: by a frame loop in slices (the browser), or straight through on a thread (desktop, CLI).
//
// A task starts when it is awaited or run (it is lazy), and awaiting one task from another runs the inner one in
// place: a checkpoint deep inside pauses the whole chain, and the next resume continues exactly there. Code stays
// ordinary loops with `co_await control.checkpoint()` where pausing is safe.
//
// Tasks hand over to each other through a trampoline (drive() below) rather than by resuming one another: a
// loop awaiting thousands of small tasks never deepens the stack, and no compiler needs tail calls (Emscripten's
// clang 14 would need the wasm tail-call feature for the usual symmetric transfer).
#pragma once

#include <cstdlib>
#include <optional>
#include <utility>

#include "jobs/coroutine.h"

namespace dhrv::jobs {

namespace detail {

// Where the coroutine that runs next is put, for the drive() loop on this thread.
inline thread_local coro::coroutine_handle<>* next_to_run = nullptr;

struct PromiseBase {
  coro::coroutine_handle<> continuation;  // the task awaiting this one, resumed when it finishes

  struct FinalAwaiter {
    bool await_ready() const noexcept { return false; }
    template <class Promise>
    void await_suspend(coro::coroutine_handle<Promise> h) noexcept {
      *next_to_run = h.promise().continuation;  // the awaiting task goes on (none: the chain has ended)
    }
    void await_resume() const noexcept {}
  };
  coro::suspend_always initial_suspend() const noexcept { return {}; }
  FinalAwaiter final_suspend() const noexcept { return {}; }
  // The core is built without exceptions; code that may throw (the PDF layer) catches at its own boundary.
  void unhandled_exception() const noexcept { std::abort(); }
};

}  // namespace detail

// Runs a coroutine, and every coroutine it hands over to, until the chain pauses at a checkpoint or ends.
inline void drive(coro::coroutine_handle<> first) {
  coro::coroutine_handle<> slot;
  coro::coroutine_handle<>* const outer = detail::next_to_run;  // a drive() inside a task keeps the outer one's
  detail::next_to_run = &slot;
  for (coro::coroutine_handle<> h = first; h; h = slot) {
    slot = {};
    h.resume();
  }
  detail::next_to_run = outer;
}

template <class T = void>
class [[nodiscard]] Task {
 public:
  struct promise_type : detail::PromiseBase {
    std::optional<T> value;
    Task get_return_object() { return Task(coro::coroutine_handle<promise_type>::from_promise(*this)); }
    template <class U>
    void return_value(U&& v) {
      value.emplace(std::forward<U>(v));
    }
  };

  Task(Task&& other) noexcept : handle_(std::exchange(other.handle_, {})) {}
  Task& operator=(Task&& other) noexcept {
    if (this != &other) {
      if (handle_) handle_.destroy();
      handle_ = std::exchange(other.handle_, {});
    }
    return *this;
  }
  Task(const Task&) = delete;
  Task& operator=(const Task&) = delete;
  ~Task() {
    if (handle_) handle_.destroy();
  }

  // Awaiting runs the task in place and gives its value.
  bool await_ready() const noexcept { return false; }
  void await_suspend(coro::coroutine_handle<> awaiting) noexcept {
    handle_.promise().continuation = awaiting;
    *detail::next_to_run = handle_;
  }
  T await_resume() { return std::move(*handle_.promise().value); }

  coro::coroutine_handle<> handle() const { return handle_; }
  bool done() const { return !handle_ || handle_.done(); }
  // The value, once done.
  T& result() { return *handle_.promise().value; }

 private:
  explicit Task(coro::coroutine_handle<promise_type> h) : handle_(h) {}
  coro::coroutine_handle<promise_type> handle_;
};

template <>
class [[nodiscard]] Task<void> {
 public:
  struct promise_type : detail::PromiseBase {
    Task get_return_object() { return Task(coro::coroutine_handle<promise_type>::from_promise(*this)); }
    void return_void() const noexcept {}
  };

  Task(Task&& other) noexcept : handle_(std::exchange(other.handle_, {})) {}
  Task& operator=(Task&& other) noexcept {
    if (this != &other) {
      if (handle_) handle_.destroy();
      handle_ = std::exchange(other.handle_, {});
    }
    return *this;
  }
  Task(const Task&) = delete;
  Task& operator=(const Task&) = delete;
  ~Task() {
    if (handle_) handle_.destroy();
  }

  bool await_ready() const noexcept { return false; }
  void await_suspend(coro::coroutine_handle<> awaiting) noexcept {
    handle_.promise().continuation = awaiting;
    *detail::next_to_run = handle_;
  }
  void await_resume() const noexcept {}

  coro::coroutine_handle<> handle() const { return handle_; }
  bool done() const { return !handle_ || handle_.done(); }

 private:
  explicit Task(coro::coroutine_handle<promise_type> h) : handle_(h) {}
  coro::coroutine_handle<promise_type> handle_;
};

}  // namespace dhrv::jobs
