#include "pipeline/open_sources.h"

#include <memory>
#include <unordered_set>

#include "jobs/job.h"
#include "jobs/parallel.h"
#include "readers/reader_table.h"

namespace dhrv {

namespace {

// One file: its bytes until parsed, then what was read.
struct Slot {
  std::string bytes;
  bool readable = false;
  std::string why_unreadable;
  std::uint64_t hash = 0;
  std::string same_as;  // the file already read with the same content
  ReadResult result;
};

void count_records(const ReadResult& r, FileReport& rep) {
  for (const auto* list : {&r.pages, &r.reviews})
    for (const auto& rv : *list) rep.recommendations += rv.recommendations.size();
  rep.reviews = r.pages.size() + r.reviews.size() + r.cards.size();
  for (const auto& t : r.dhrd) {
    rep.records += t.rows.size();
    if (t.kind == DhrdTable::Kind::incidents) rep.reviews += t.rows.size();
  }
  rep.records += r.cards.size() + r.tracked.size();  // library cards, tracker rows
}

void load_bytes(Source& source, Slot& slot) { slot.readable = source.read(slot.bytes, slot.why_unreadable); }

// The content hash, pausing every megabyte (a 70 MB export takes a while to hash; a megabyte is a few
// milliseconds in the browser).
jobs::Task<> hash_bytes(jobs::JobControl& control, Slot& slot) {
  if (!slot.readable) co_return;
  constexpr std::size_t kChunk = 1u << 20;
  std::uint64_t h = kContentHashSeed;
  for (std::size_t at = 0; at < slot.bytes.size(); at += kChunk) {
    h = content_hash(std::string_view(slot.bytes).substr(at, kChunk), h);
    co_await control.checkpoint();
  }
  slot.hash = h;
}

// Reads one file's bytes with the reader that recognises them; reports what it could not.
jobs::Task<ReadResult> parse(jobs::JobControl& control, const Source& source, Slot& slot) {
  ReadResult out;
  FileReport rep;
  rep.name = source.name;
  rep.bytes = slot.bytes.size();
  rep.content_hash = slot.hash;
  auto skip = [&](Severity sev, std::string code, std::string reason, std::string message) {
    rep.skipped = true;
    rep.skip_reason = std::move(reason);
    out.diagnostics.push_back({source.name, 0, sev, std::move(code), std::move(message)});
  };
  if (!slot.readable) {
    skip(Severity::error, "load.read", slot.why_unreadable, slot.why_unreadable);
  } else if (!slot.same_as.empty()) {
    skip(Severity::note, "file.same_content", "same content as " + slot.same_as,
         "same content as " + slot.same_as + ", which is already loaded; read once");
  } else {
    const ReaderRow* row = slot.bytes.empty() ? nullptr : find_reader(slot.bytes);
    std::string other;  // what the bytes are, when a reader found they are not review data after all
    if (row) {
      rep.format = row->format;
      out = co_await row->read({source.name, slot.bytes, control});
      if (!out.not_review_data.empty()) {
        other = std::move(out.not_review_data);
        out = ReadResult{};
        rep.format = Format::unknown;
      } else {
        count_records(out, rep);
      }
    }
    if (!row || !other.empty()) {
      const std::string reason = slot.bytes.empty() ? "empty file"
                                 : other.empty()    ? "not review data (no known format recognised)"
                                                    : "not review data: " + other;
      if (source.named)
        skip(Severity::error, "file.unknown", reason,
             (slot.bytes.empty() ? std::string("the file is empty") : "this is not review data" + (other.empty() ? "" : " (" + other + ")")) +
                 "; expected " + std::string(known_formats()));
      else
        skip(Severity::note, "file.skipped", reason, "skipped: " + reason);
    }
  }
  slot.bytes.clear();
  slot.bytes.shrink_to_fit();
  // A reader that carries its sources' own reports (an index file) stands for them; others get one report each.
  if (out.files.empty()) out.files.push_back(std::move(rep));
  co_return out;
}

}  // namespace

std::uint64_t content_hash(std::string_view bytes, std::uint64_t h) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

jobs::Task<ReadResult> open_sources(jobs::JobControl& control, std::vector<Source> sources, const KnownFiles* known) {
  ReadResult all;
  jobs::Progress p;
  p.stage = "Reading files";
  p.total = sources.size();
  for (const auto& s : sources) p.bytes_total += s.size;
  control.set_progress(p);

  std::unordered_map<std::uint64_t, std::string> seen;
  auto decide_duplicate = [&](const Source& source, Slot& slot) {
    if (!slot.readable) return;
    if (known)
      if (auto it = known->find(slot.hash); it != known->end()) return void(slot.same_as = it->second);
    auto [it, fresh] = seen.try_emplace(slot.hash, source.name);
    if (!fresh) slot.same_as = it->second;
  };

  const std::size_t batch = control.may_use_threads() && jobs::worker_count() > 1 ? jobs::worker_count() * 2 : 1;
  for (std::size_t begin = 0; begin < sources.size() && !control.cancelled(); begin += batch) {
    const std::size_t end = std::min(sources.size(), begin + batch);
    std::vector<Slot> slots(end - begin);
    if (batch == 1) {
      // One at a time (the browser): the reader runs in this job's control, so long files pause at checkpoints.
      control.set_item(sources[begin].name);
      load_bytes(sources[begin], slots[0]);
      co_await hash_bytes(control, slots[0]);
      decide_duplicate(sources[begin], slots[0]);
      slots[0].result = co_await parse(control, sources[begin], slots[0]);
    } else {
      jobs::parallel_for(slots.size(), [&](std::size_t i) {
        load_bytes(sources[begin + i], slots[i]);
        jobs::JobControl local;
        jobs::run_now(hash_bytes(local, slots[i]));
      });
      for (std::size_t i = 0; i < slots.size(); ++i) decide_duplicate(sources[begin + i], slots[i]);
      jobs::parallel_for(slots.size(), [&](std::size_t i) {
        jobs::JobControl local;  // never pauses; follows this job's Cancel
        local.follow(control);
        slots[i].result = jobs::run_now(parse(local, sources[begin + i], slots[i]));
      });
    }
    for (std::size_t i = 0; i < slots.size(); ++i) {
      all.append(std::move(slots[i].result));
      sources[begin + i].read = nullptr;  // whatever it held is released
      control.advance(1, sources[begin + i].size);
    }
    co_await control.checkpoint();
  }
  co_return all;
}

}  // namespace dhrv
