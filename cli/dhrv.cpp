// dhrv: the command-line tool on DHR Viewer's core, for scripts, checks and tests.
//
//   dhrv [COMMAND] [OPTIONS] [FILES or FOLDERS...]
// With no files, commands work on the sample corpus compiled into the program.
// Exit codes: 0 fine, 1 the data has errors (check) or nothing was found (show), 2 usage error.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "action_export.h"
#include "export.h"
#include "load.h"
#include "text.h"

namespace dhrv {
std::vector<std::string> tokenize_words(const std::string& s);
}

namespace {

using namespace dhrv;

constexpr const char* kUsage = R"(dhrv: read, check and export Domestic Homicide Review data

Usage: dhrv [COMMAND] [OPTIONS] [FILES or FOLDERS...]

Commands:
  check                 read the files; per file: reviews, recommendations, warnings, errors;
                        then every diagnostic as FILE:LINE: error|warning: message
  export --format json|csv|actions-csv
                        the whole corpus on standard output
  stats [--json]        counts of reviews, recommendations, incidents, and breakdowns
  show ID               one review with its recommendations
  list                  one line per review: id, CSP, death, recommendations
  search [--json] [--limit N] [--sort relevance|year|csp|natural] QUERY
                        ranked recommendations (matched words in **bold**), then matching reviews;
                        QUERY: words (all must match), "exact phrase", volunt*, -exclude, a OR b,
                        csp: region: agency: theme: addressed: year:2018 year:2016..2019 published:2022
                        status:in-progress overdue:yes scope:national lead:"NHS England"
  similar [--json] REVIEW:REC
                        recommendations in other reviews that say much the same
  recurring [--json] [--min-reviews N] [--threshold 0.5]
                        lessons recommended again and again, in N (default 3) or more reviews
  national [--json] [--threshold 0.5]
                        recommendations to national bodies, grouped by body, similar ones together
                        (how many reviews made each, how many recorded as completed), recurring first
  index -o FILE         write the binary index (a corpus and its search index) to FILE; any command
                        reads such a FILE in place of the sources
  pdf-text [--layout] [--json] FILE.pdf...
                        the text of PDFs in reading order (pages separated by form feeds, running
                        headers and footers marked [header] and [footer], table cells between | );
                        --layout keeps words at their places; --json gives the document model
  extract [--format summary-page|json] [-o DIR] FILE.pdf...
                        the review a report PDF holds (metadata, recommendations, action plan) as a
                        summary page to check and correct by hand, then open like any summary page

Options:
  --help, -h            this text
  --version             the version

With no FILES, the sample corpus built into the program is used (a Nottingham summary page, the DHRD dataset
and a saved Home Office library page). Folders are read recursively; files are recognised by content.
Exit status: 0 ok, 1 errors in the data (check), review not found (show) or nothing matched (search),
2 usage error or a query that cannot be read.
)";

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "dhrv: %s\nTry 'dhrv --help'.\n", msg.c_str());
  return 2;
}

struct Args {
  std::string command;
  std::vector<std::string> positional;
  std::string format;
  bool json = false;
  bool layout = false;
  cli::SearchArgs search;
};

bool parse_count(const std::string& s, std::size_t& out) {
  if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos) return false;
  out = std::stoul(s);
  return true;
}

// The corpus of the files named (or the sample); the index that owns it stays alive as long as the result.
const Corpus& corpus_of(const LoadResult& loaded) { return loaded.index->corpus(); }

int cmd_check(const Corpus& c) {
  for (const auto& f : c.files) {
    if (f.skipped) {
      std::printf("%s: skipped (%s)\n", f.name.c_str(), f.skip_reason.c_str());
      continue;
    }
    std::printf("%s: %zu reviews, %zu recommendations, %zu warnings, %zu errors\n", f.name.c_str(), f.reviews,
                f.recommendations, f.warnings, f.errors);
  }
  for (const auto& d : c.diagnostics) std::printf("%s\n", format_diagnostic(d).c_str());
  const std::size_t errors = cli::error_count(c);
  std::printf("total: %zu reviews, %zu recommendations, %zu DHRD incidents; %zu %s\n", c.reviews.size(),
              c.recommendation_count(), c.incidents, errors, errors == 1 ? "error" : "errors");
  return errors ? 1 : 0;
}

void print_wrapped(const std::string& text, const char* indent) {
  std::size_t col = 0;
  std::printf("%s", indent);
  for (auto& word : tokenize_words(text)) {
    if (col && col + word.size() > 78) { std::printf("\n%s", indent); col = 0; }
    std::printf("%s%s", col ? " " : "", word.c_str());
    col += word.size() + 1;
  }
  std::printf("\n");
}

int cmd_show(const Corpus& c, const std::string& id) {
  const Review* r = c.find(id);
  if (!r) {
    std::fprintf(stderr, "dhrv: no review with id '%s' (see 'dhrv list')\n", id.c_str());
    return 1;
  }
  std::printf("%s\n", r->title.c_str());
  std::printf("  id:         %s\n  CSP:        %s\n  region:     %s\n  published:  %s\n  death:      %s\n",
              r->id.c_str(), r->csp.c_str(), r->region.c_str(), format_year_month(r->published).c_str(),
              format_year_month(r->death).c_str());
  auto fact = [](const char* label, const std::string& value) {
    if (!value.empty()) std::printf("  %-11s %s\n", label, value.c_str());
  };
  fact("document:", std::string(report_kind_name(r->kind)));
  fact("subject:", r->subject);
  fact("completed:", format_year_month(r->completed));
  fact("author:", r->author);
  for (const auto& s : r->sources) fact("source:", s);
  for (const auto& l : r->links) std::printf("  link:       %s %s\n", l.label.c_str(), l.url.c_str());
  for (const auto& e : r->link_evidence) std::printf("  linked:     %s\n", e.c_str());
  if (!r->summary.empty()) {
    std::printf("\nSummary\n");
    print_wrapped(r->summary, "  ");
  }
  if (r->incident) {
    std::printf("\nIncident facts (DHRD %s)\n", r->incident->incident.id.c_str());
    for (const auto& f : r->incident->incident.fields)
      if (f.name != "csp" && f.name != "region") std::printf("  %s: %s\n", f.name.c_str(), f.value.c_str());
    std::string yes;
    for (const auto& f : r->incident->incident.flags)
      if (f.value == Tri::yes) yes += (yes.empty() ? "" : ", ") + f.name;
    if (!yes.empty()) std::printf("  indicated: %s\n", yes.c_str());
  }
  std::printf("\nRecommendations (%zu)\n", r->recommendations.size());
  for (const auto& rec : r->recommendations) {
    std::printf("\n  %s  [to: %s]%s\n", rec.label.c_str(), rec.addressed_to.c_str(),
                rec.source.page ? (" (from page " + std::to_string(rec.source.page) + ")").c_str() : "");
    print_wrapped(rec.text, "    ");
    for (const auto& a : r->actions) {
      if (a.recommendation != rec.id) continue;
      std::printf("    action: %s\n", a.action.c_str());
      std::printf("      lead: %s; scope: %s; target: %s; outcome: %s\n", a.lead.c_str(),
                  scope_name(a.scope).empty() ? "not stated" : std::string(scope_name(a.scope)).c_str(),
                  a.target.empty() ? "none" : a.target.c_str(), a.outcome.empty() ? "none recorded" : a.outcome.c_str());
    }
  }
  return 0;
}

}  // namespace

namespace dhrv {
// Words split on spaces only (for wrapping; keeps punctuation attached).
std::vector<std::string> tokenize_words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s) {
    if (ch == ' ' || ch == '\n') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += ch;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}
}  // namespace dhrv

int main(int argc, char** argv) {
  Args a;
  std::vector<std::string> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& s = args[i];
    if (s == "--help" || s == "-h") { std::fputs(kUsage, stdout); return 0; }
    if (s == "--version") { std::printf("dhrv %s\n", DHRV_VERSION); return 0; }
    if (s == "--json") { a.json = true; continue; }
    if (s == "--layout") { a.layout = true; continue; }
    if (s == "--format") {
      if (i + 1 >= args.size()) return usage_error("--format needs a value (json, csv; for extract summary-page)");
      a.format = args[++i];
      continue;
    }
    if (s.rfind("--format=", 0) == 0) { a.format = s.substr(9); continue; }
    if (s == "--limit" || s == "--min-reviews" || s == "--sort" || s == "-o" || s == "--threshold") {
      if (i + 1 >= args.size()) return usage_error(s + " needs a value");
      const std::string& v = args[++i];
      if (s == "--limit" && !parse_count(v, a.search.limit)) return usage_error("--limit needs a number");
      if (s == "--min-reviews" && !parse_count(v, a.search.min_reviews)) return usage_error("--min-reviews needs a number");
      if (s == "--sort") a.search.sort = v;
      if (s == "-o") a.search.output = v;
      if (s == "--threshold") {
        char* end = nullptr;
        const float t = std::strtof(v.c_str(), &end);
        if (!end || *end || !(t > 0.f && t <= 1.f)) return usage_error("--threshold needs a number in (0, 1]");
        a.search.threshold = t;
      }
      continue;
    }
    // A query may start with '-' (an exclusion), so only options known above are taken as options after it.
    if (s.size() > 1 && s[0] == '-' && !(a.command == "search" && a.positional.empty())) return usage_error("unknown option '" + s + "'");
    if (a.command.empty()) a.command = s;
    else a.positional.push_back(s);
  }
  if (a.command.empty()) { std::fputs(kUsage, stdout); return 0; }

  a.search.json = a.json;
  if (a.command == "search") {
    if (a.positional.empty()) return usage_error("search needs a QUERY (quote it when it has spaces)");
    std::string q = a.positional[0];
    return cli::cmd_search(q, {a.positional.begin() + 1, a.positional.end()}, a.search);
  }
  if (a.command == "similar") {
    if (a.positional.empty()) return usage_error("similar needs REVIEW:RECOMMENDATION");
    return cli::cmd_similar(a.positional[0], {a.positional.begin() + 1, a.positional.end()}, a.search);
  }
  if (a.command == "recurring") return cli::cmd_recurring(a.positional, a.search);
  if (a.command == "national") return cli::cmd_national(a.positional, a.search);
  if (a.command == "pdf-text") return cli::cmd_pdf_text(a.positional, a.layout, a.json);
  if (a.command == "extract") return cli::cmd_extract(a.positional, a.format, a.search.output);
  if (a.command == "index") return cli::cmd_index(a.positional, a.search);
  if (a.command == "check") return cmd_check(corpus_of(cli::load(a.positional)));
  if (a.command == "export") {
    if (a.format != "json" && a.format != "csv" && a.format != "actions-csv")
      return usage_error("export needs --format json, --format csv or --format actions-csv");
    const LoadResult loaded = cli::load(a.positional);
    const Corpus& c = corpus_of(loaded);
    std::vector<RecommendationRow> rows;
    for (const Review* r : all_reviews(c))
      for (const Recommendation& rec : r->recommendations) rows.push_back({r, &rec});
    std::string out = a.format == "json"  ? export_json(all_reviews(c), c.diagnostics)
                      : a.format == "csv" ? export_csv(all_reviews(c))
                                          : export_actions_csv(rows);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
  }
  if (a.command == "stats") {
    const LoadResult loaded = cli::load(a.positional);
    std::string out = a.json ? stats_json(corpus_of(loaded)) : stats_text(corpus_of(loaded));
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
  }
  if (a.command == "show") {
    if (a.positional.empty()) return usage_error("show needs a review ID (see 'dhrv list')");
    std::string id = a.positional[0];
    a.positional.erase(a.positional.begin());
    return cmd_show(corpus_of(cli::load(a.positional)), id);
  }
  if (a.command == "list") {
    const LoadResult loaded = cli::load(a.positional);
    const Corpus& c = corpus_of(loaded);
    for (const auto& r : c.reviews)
      std::printf("%s\t%s\t%s\t%zu\n", r.id.c_str(), r.csp.c_str(), format_year_month(r.death).c_str(), r.recommendations.size());
    return 0;
  }
  return usage_error("unknown command '" + a.command + "'");
}
