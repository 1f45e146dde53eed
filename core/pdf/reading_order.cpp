#include "pdf/reading_order.h"

namespace dhrv::pdf {

std::vector<PageElement> reading_order(const Page& page) {
  std::vector<PageElement> headers, body, other_directions, footers;
  for (const Block& b : page.blocks) {
    if (b.region == Region::header) headers.push_back({&b, nullptr});
    else if (b.region == Region::footer) footers.push_back({&b, nullptr});
    else if (b.orientation != 0) other_directions.push_back({&b, nullptr});
    else body.push_back({&b, nullptr});
  }
  // A table goes before the first body block that starts below its top and shares some of its width (blocks in
  // another column beside it keep their place).
  for (const Table& t : page.tables) {
    auto at = body.begin();
    for (; at != body.end(); ++at) {
      const Box& box = at->block ? at->block->box : at->table->box;
      const bool overlaps = box.x0 < t.box.x1 && box.x1 > t.box.x0;
      if (overlaps && box.y0 >= t.box.y0 - 1) break;
    }
    body.insert(at, {nullptr, &t});
  }
  std::vector<PageElement> out;
  out.reserve(page.blocks.size() + page.tables.size());
  for (auto* group : {&headers, &body, &other_directions, &footers}) out.insert(out.end(), group->begin(), group->end());
  return out;
}

}  // namespace dhrv::pdf
