#include "pipeline/load.h"

#include "embedded.h"
#include "jobs/job.h"
#include "pipeline/open_sources.h"

namespace dhrv {

namespace {
std::string count(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}
}  // namespace

bool LoadResult::added() const { return !cancelled && index && (new_reviews > 0 || new_recommendations > 0); }

jobs::Task<LoadResult> load_sources(jobs::JobControl& control, CorpusBuilder records, std::vector<Source> sources,
                                    std::shared_ptr<const Corpus> current, IndexWords* words) {
  LoadResult out;
  const std::size_t single = sources.size();
  std::size_t reviews_before = current ? current->reviews.size() : 0;
  std::size_t recs_before = current ? current->recommendation_count() : 0;
  ReadResult read = co_await open_sources(control, std::move(sources), &records.known_files());
  if (control.cancelled()) {
    out.cancelled = true;
    co_return out;
  }
  out.files = read.files;
  out.problems = read.diagnostics;
  std::shared_ptr<const SearchIndex> prebuilt = std::move(read.prebuilt);
  if (single == 1 && prebuilt) {  // an index file alone: a corpus of its own, already built
    records = CorpusBuilder{};
    co_await records.add(control, std::move(read));
    out.index = std::move(prebuilt);
    out.replaced = true;
  } else {
    co_await records.add(control, std::move(read));
    std::shared_ptr<const Corpus> corpus = co_await records.build(control);
    if (!corpus || control.cancelled()) {
      out.cancelled = true;
      co_return out;
    }
    out.index = co_await SearchIndex::build(control, std::move(corpus), words);
    if (!out.index || control.cancelled()) {
      out.cancelled = true;
      co_return out;
    }
  }
  const Corpus& c = out.index->corpus();
  if (out.replaced) reviews_before = recs_before = 0;
  out.new_reviews = c.reviews.size() > reviews_before ? c.reviews.size() - reviews_before : 0;
  out.new_recommendations = c.recommendation_count() > recs_before ? c.recommendation_count() - recs_before : 0;
  out.records = std::move(records);
  co_return out;
}

std::string describe_load(const LoadResult& r) {
  if (r.cancelled) return "Loading was cancelled; what was loaded before is unchanged.";
  std::size_t read = 0, same = 0, unreadable = 0;
  std::string first_problem;
  for (const auto& f : r.files) {
    if (!f.skipped) ++read;
    else if (f.skip_reason.rfind("same content", 0) == 0) ++same;
    else ++unreadable;
  }
  for (const auto& d : r.problems)
    if (d.severity == Severity::error) {
      first_problem = format_diagnostic(d);
      break;
    }
  std::string out = "Opened " + count(r.files.size(), "file", "files") + ": ";
  if (r.replaced && r.index)
    out = "Opened an index file: " + count(r.index->corpus().reviews.size(), "review", "reviews") + " with " +
          count(r.index->corpus().recommendation_count(), "recommendation", "recommendations") +
          " (it replaces what was loaded).";
  else if (r.added())
    out += count(r.new_reviews, "review", "reviews") + " with " +
           count(r.new_recommendations, "recommendation", "recommendations") + " added.";
  else if (read)
    out += "nothing new (the reviews in it are already loaded).";
  else
    out += "no review data in it; what was loaded before is unchanged.";
  if (same) out += " " + count(same, "file was", "files were") + " already loaded (same content).";
  if (unreadable) out += " " + count(unreadable, "file is", "files are") + " not review data or could not be read (see Problems).";
  if (!r.added() && !first_problem.empty()) out += " " + first_problem;
  return out;
}

std::vector<Source> sample_sources() {
  std::vector<Source> out;
  for (const auto& f : embedded_files()) {
    std::string_view name = f.name;
    if (name.rfind("sample/", 0) != 0) continue;
    Source s;
    s.name = "(sample)/" + std::string(name.substr(7));
    s.size = f.size;
    const std::string_view text = f.text();
    s.read = [text](std::string& bytes, std::string&) {
      bytes.assign(text);
      return true;
    };
    out.push_back(std::move(s));
  }
  return out;
}

const Corpus& sample_corpus() {
  static const Corpus corpus = [] {
    jobs::JobControl control;
    CorpusBuilder records;
    records.add(jobs::run_now(open_sources(control, sample_sources())));
    return *jobs::run_now(records.build(control));
  }();
  return corpus;
}

Corpus build_corpus(const std::vector<InputFile>& files) {
  std::vector<Source> sources;
  for (const auto& f : files) sources.push_back(source_from_bytes(f.name, f.bytes));
  jobs::JobControl control;
  CorpusBuilder records;
  records.add(jobs::run_now(open_sources(control, std::move(sources))));
  return *jobs::run_now(records.build(control));
}

}  // namespace dhrv
