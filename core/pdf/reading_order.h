// reading_order.h: what a page shows, in the order a person reads it: running headers, the body (blocks in the
// layout's reading order, columns included, each table where it sits among them), text running in other
// directions, running footers. The text output and the report reader both walk pages this way.
#pragma once

#include <vector>

#include "pdf/pdf_document.h"

namespace dhrv::pdf {

struct PageElement {
  const Block* block = nullptr;  // exactly one of the two is set
  const Table* table = nullptr;
};

std::vector<PageElement> reading_order(const Page& page);

}  // namespace dhrv::pdf
