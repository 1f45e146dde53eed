// uninitialized.h: arrays whose elements start uninitialised. Zero-filling a large new array touches every page at
// once (hundreds of milliseconds for tens of megabytes on some machines), in one step a job cannot pause inside;
// left uninitialised, the pages are touched by the loop that fills them, which pauses at its checkpoints.
#pragma once

#include <memory>
#include <type_traits>
#include <vector>

namespace dhrv::jobs {

// An allocator that default-initialises (for trivial types: leaves as they are) instead of value-initialising.
template <class T>
struct DefaultInit : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = DefaultInit<U>;
  };
  DefaultInit() = default;
  template <class U>
  DefaultInit(const DefaultInit<U>&) noexcept {}
  template <class U>
  void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

// A vector whose resize(n) leaves new trivial elements uninitialised.
template <class T>
using FillLater = std::vector<T, DefaultInit<T>>;

}  // namespace dhrv::jobs
