// load.h: how every dhrv command gets its data: the files and folders named (or the sample compiled into the
// program when none are), read through the one loading pipeline (core/pipeline/load.h). A binary index file reads
// like any other input and gives the same answers as its sources.
#pragma once

#include <string>
#include <vector>

#include "pipeline/load.h"

namespace dhrv::cli {

LoadResult load(const std::vector<std::string>& paths);
// Errors among the corpus's diagnostics.
std::size_t error_count(const Corpus& c);

}  // namespace dhrv::cli
