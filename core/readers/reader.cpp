#include "reader.h"

#include "../text.h"

namespace dhrv {

std::string_view format_name(Format f) {
  switch (f) {
    case Format::summary_page: return "summary page";
    case Format::dhrd_csv: return "DHRD CSV";
    case Format::library_html: return "Home Office library page";
    case Format::json: return "DHR Viewer JSON";
    case Format::unknown: break;
  }
  return "unknown";
}

std::string_view strip_bom(std::string_view bytes) {
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.remove_prefix(3);
  return bytes;
}

Format sniff_format(std::string_view bytes) {
  std::string_view s = strip_bom(bytes);
  std::string_view head = trim(s.substr(0, 4096));
  if (head.empty()) return Format::unknown;
  // Binary content (NUL bytes) is never review data.
  if (s.substr(0, 4096).find('\0') != std::string_view::npos) return Format::unknown;
  if (head.front() == '{' || head.front() == '[') return Format::json;
  std::string lower = fold(head.substr(0, 512));
  if (lower.rfind("<!doctype html", 0) == 0 || lower.rfind("<html", 0) == 0 ||
      (lower.front() == '<' && s.find("DHR result") != std::string_view::npos))
    return Format::library_html;
  auto first_line = head.substr(0, head.find('\n'));
  for (std::string_view key : {"incident_id,", "victim_id,", "perpetrator_id,", "document_id,"})
    if (first_line.rfind(key, 0) == 0) return Format::dhrd_csv;
  // A summary page has a "CSP:" metadata line or a recommendations table.
  if (s.find("\nCSP:") != std::string_view::npos || s.rfind("CSP:", 0) == 0 ||
      s.find("| Recommendation |") != std::string_view::npos)
    return Format::summary_page;
  return Format::unknown;
}

ReadResult read_file_bytes(const std::string& name, std::string_view bytes) {
  if (bytes.size() > ReadLimits::max_file_bytes) {
    ReadResult r;
    r.diagnostics.push_back({name, 0, Severity::error, "file.size",
                             "file is " + std::to_string(bytes.size() >> 20) + " MiB, over the limit of " +
                                 std::to_string(ReadLimits::max_file_bytes >> 20) + " MiB; not read"});
    return r;
  }
  switch (sniff_format(bytes)) {
    case Format::summary_page: return read_summary_page(name, bytes);
    case Format::dhrd_csv: return read_dhrd_csv(name, bytes);
    case Format::library_html: return read_library_html(name, bytes);
    case Format::json: return read_canonical_json(name, bytes);
    case Format::unknown: break;
  }
  return {};
}

}  // namespace dhrv
