// commands.h: the search-side commands of `dhrv` (search, similar, recurring, index), kept apart from the
// data commands in dhrv.cpp.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "search/search_index.h"

namespace dhrv::cli {

struct SearchArgs {
  bool json = false;
  std::size_t limit = 20;
  std::string sort = "relevance";
  std::string output;          // index -o
  std::size_t min_reviews = 3;  // recurring
  float threshold = 0.5f;       // recurring, similar
};

// Reads FILES (or the sample corpus when there are none) into an index. A single binary index file is loaded
// as it is. Diagnostics go to standard error; null when nothing could be loaded.
std::shared_ptr<const SearchIndex> open_index(const std::vector<std::string>& paths);

int cmd_search(const std::string& query, const std::vector<std::string>& files, const SearchArgs& a);
int cmd_similar(const std::string& ref, const std::vector<std::string>& files, const SearchArgs& a);
int cmd_recurring(const std::vector<std::string>& files, const SearchArgs& a);
int cmd_national(const std::vector<std::string>& files, const SearchArgs& a);
int cmd_index(const std::vector<std::string>& files, const SearchArgs& a);
int cmd_pdf_text(const std::vector<std::string>& files, bool layout, bool json);
int cmd_extract(const std::vector<std::string>& files, const std::string& format, const std::string& out_dir);

}  // namespace dhrv::cli
