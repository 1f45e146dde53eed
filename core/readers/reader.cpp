#include "reader.h"

#include "../text.h"

namespace dhrv {

void ReadResult::append(ReadResult&& o) {
  auto move_all = [](auto& to, auto& from) {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
  };
  move_all(pages, o.pages);
  move_all(reviews, o.reviews);
  move_all(dhrd, o.dhrd);
  move_all(cards, o.cards);
  move_all(vocabularies, o.vocabularies);
  move_all(tracked, o.tracked);
  move_all(diagnostics, o.diagnostics);
  move_all(files, o.files);
  if (o.prebuilt) prebuilt = std::move(o.prebuilt);
}

std::string_view strip_bom(std::string_view bytes) {
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.remove_prefix(3);
  return bytes;
}

std::string file_stem(std::string_view name) {
  const std::size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  return std::string(name.substr(0, name.find('.')));
}

std::string_view text_head(std::string_view bytes) {
  const std::string_view head = strip_bom(bytes).substr(0, 4096);
  if (head.find('\0') != std::string_view::npos) return {};  // binary content is never a text format
  return trim(head);
}

}  // namespace dhrv
