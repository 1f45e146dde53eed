// coroutine.h: C++20 coroutine types under one name on every toolchain. g++ 12 and clang 14 with libstdc++
// have <coroutine>; Emscripten 3.1.6's libc++ has only <experimental/coroutine>, with the same types.
#pragma once

#if __has_include(<coroutine>)
#include <coroutine>
namespace dhrv::coro {
using std::coroutine_handle;
using std::suspend_always;
}  // namespace dhrv::coro
#else
#include <experimental/coroutine>
namespace dhrv::coro {
using std::experimental::coroutine_handle;
using std::experimental::suspend_always;
}  // namespace dhrv::coro
#endif
