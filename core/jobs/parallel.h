// parallel.h: doing independent pieces of work on every core where threads exist (reading a folder of reports
// natively), one after another where they do not (the browser build has one thread).
#pragma once

#include <cstddef>
#include <functional>

namespace dhrv::jobs {

// How many pieces can run at once here (1 without threads).
unsigned worker_count();
// Calls body(i) for every i in [0, count), on up to worker_count() threads; returns when all are done.
void parallel_for(std::size_t count, const std::function<void(std::size_t)>& body);

}  // namespace dhrv::jobs
