#include "json_codec.h"

#include <algorithm>

namespace dhrv {

namespace {

ojson source_to_json(const SourceRef& s) {
  ojson j{{"file", s.file}, {"line", s.line}};
  if (s.page) j["page"] = s.page;
  return j;
}

ojson fact_to_json(const FactRow& f) {
  ojson fields = ojson::object(), flags = ojson::object();
  for (const auto& v : f.fields) fields[v.name] = v.value;
  for (const auto& v : f.flags) flags[v.name] = v.value == Tri::unknown ? ojson(nullptr) : ojson(v.value == Tri::yes);
  return ojson{{"id", f.id}, {"source", source_to_json(f.source)}, {"fields", fields}, {"flags", flags}};
}

// Reading helpers: a missing key gives the default, a key of the wrong type is a problem.
struct Reader {
  const std::string& path;
  std::vector<std::string>& problems;

  // No exceptions anywhere in the core (the web build is compiled without them): types are checked first.
  template <class T>
  void get(const ojson& j, const char* key, T& out) const {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return;
    if constexpr (std::is_same_v<T, std::string>) {
      if (it->is_string()) return void(out = it->template get<std::string>());
    } else if constexpr (std::is_same_v<T, int>) {
      if (it->is_number_integer()) return void(out = it->template get<int>());
    } else {
      if (it->is_array() && std::all_of(it->begin(), it->end(), [](const ojson& e) { return e.is_string(); }))
        return void(out = it->template get<T>());
    }
    problems.push_back(path + "." + key + ": expected " + expected<T>() + ", found " + it->type_name());
  }
  template <class T>
  static const char* expected() {
    if constexpr (std::is_same_v<T, std::string>) return "a string";
    else if constexpr (std::is_same_v<T, int>) return "a number";
    else return "a list of strings";
  }
  const ojson* array(const ojson& j, const char* key) const {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return nullptr;
    if (!it->is_array()) { problems.push_back(path + "." + key + ": expected a list, found " + it->type_name()); return nullptr; }
    return &*it;
  }
  const ojson* object(const ojson& j, const char* key) const {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return nullptr;
    if (!it->is_object()) { problems.push_back(path + "." + key + ": expected an object, found " + it->type_name()); return nullptr; }
    return &*it;
  }
  SourceRef source(const ojson& j) const {
    SourceRef s;
    if (const ojson* o = object(j, "source")) {
      get(*o, "file", s.file);
      get(*o, "line", s.line);
      get(*o, "page", s.page);
    }
    return s;
  }
  YearMonth date(const ojson& j, const char* key) const {
    std::string text;
    get(j, key, text);
    if (text.empty()) return {};
    auto ym = parse_year_month(text);
    if (!ym) problems.push_back(path + "." + key + ": expected a date like 2022-12 or 2018, found '" + text + "'");
    return ym.value_or(YearMonth{});
  }
};

// A list of agency names (as agency_name writes them); a name that is no agency is a problem, the rest are kept.
AgencySet agencies_from_json(Reader& rd, const ojson& j, const char* key) {
  std::vector<std::string> names;
  rd.get(j, key, names);
  AgencySet out;
  for (const auto& name : names) {
    Agency a{};
    if (agency_from_name(name, a)) out.add(a);
    else rd.problems.push_back(rd.path + "." + key + ": unknown agency '" + name + "'");
  }
  return out;
}

FactRow fact_from_json(const ojson& j, const Reader& rd) {
  FactRow f;
  if (!j.is_object()) { rd.problems.push_back(rd.path + ": expected an object"); return f; }
  rd.get(j, "id", f.id);
  f.source = rd.source(j);
  if (const ojson* fields = rd.object(j, "fields"))
    for (const auto& [k, v] : fields->items()) f.fields.push_back({k, v.is_string() ? v.get<std::string>() : v.dump()});
  if (const ojson* flags = rd.object(j, "flags"))
    for (const auto& [k, v] : flags->items())
      f.flags.push_back({k, v.is_boolean() ? (v.get<bool>() ? Tri::yes : Tri::no) : Tri::unknown});
  return f;
}

}  // namespace

ojson review_to_json(const Review& r) {
  ojson recs = ojson::array();
  for (const auto& rec : r.recommendations) {
    ojson agencies = ojson::array();
    for (Agency a : rec.agencies.list()) agencies.push_back(std::string(agency_name(a)));
    recs.push_back(ojson{{"id", rec.id},
                         {"label", rec.label},
                         {"text", rec.text},
                         {"addressed_to", rec.addressed_to},
                         {"agencies", agencies},
                         {"themes", rec.themes},
                         {"source", source_to_json(rec.source)}});
  }
  ojson links = ojson::array();
  for (const auto& l : r.links) links.push_back(ojson{{"label", l.label}, {"url", l.url}});
  ojson j{{"id", r.id},
          {"title", r.title},
          {"csp", r.csp},
          {"region", r.region},
          {"published", format_year_month(r.published)},
          {"death", format_year_month(r.death)},
          {"death_year", r.death.known() ? ojson(r.death.year) : ojson(nullptr)},
          {"completed", format_year_month(r.completed)},
          {"kind", std::string(report_kind_key(r.kind))},
          {"subject", r.subject},
          {"author", r.author},
          {"summary", r.summary},
          {"links", links},
          {"source", source_to_json(r.source)},
          {"sources", r.sources},
          {"link_evidence", r.link_evidence}};
  if (r.incident) {
    ojson victims = ojson::array(), perps = ojson::array();
    for (const auto& v : r.incident->victims) victims.push_back(fact_to_json(v));
    for (const auto& p : r.incident->perpetrators) perps.push_back(fact_to_json(p));
    j["incident"] = ojson{{"incident", fact_to_json(r.incident->incident)}, {"victims", victims}, {"perpetrators", perps}};
  }
  j["recommendations"] = recs;
  ojson actions = ojson::array();
  for (const Action& a : r.actions) actions.push_back(action_to_json(a));
  j["actions"] = actions;
  j["actions_as_of"] = format_year_month(r.actions_as_of);
  return j;
}

ojson action_to_json(const Action& a) {
  ojson agencies = ojson::array();
  for (Agency ag : a.lead_agencies.list()) agencies.push_back(std::string(agency_name(ag)));
  return ojson{{"recommendation", a.recommendation},
               {"action", a.action},
               {"lead", a.lead},
               {"lead_agencies", agencies},
               {"scope", std::string(scope_name(a.scope))},
               {"milestones", a.milestones},
               {"target", a.target},
               {"target_date", format_year_month(a.target_date)},
               {"outcome", a.outcome},
               {"completed_date", format_year_month(a.completed_date)},
               {"source", source_to_json(a.source)}};
}

ojson diagnostic_to_json(const Diagnostic& d) {
  ojson j{{"file", d.file}, {"line", d.line}, {"severity", std::string(severity_name(d.severity))},
          {"code", d.code}, {"message", d.message}};
  if (d.page) j["page"] = d.page;
  return j;
}

ojson corpus_meta_to_json(const Corpus& c) {
  ojson files = ojson::array(), diags = ojson::array(), vocabs = ojson::array();
  for (const auto& f : c.files)
    files.push_back({{"name", f.name}, {"format", static_cast<int>(f.format)}, {"bytes", f.bytes},
                     {"hash", f.content_hash}, {"reviews", f.reviews}, {"recommendations", f.recommendations},
                     {"records", f.records}, {"warnings", f.warnings}, {"errors", f.errors}, {"notes", f.notes},
                     {"skipped", f.skipped}, {"skip_reason", f.skip_reason}});
  for (const auto& d : c.diagnostics) diags.push_back(diagnostic_to_json(d));
  for (const auto& v : c.vocabularies) vocabs.push_back({{"name", v.name}, {"values", v.values}});
  return ojson{{"files", files}, {"diagnostics", diags}, {"vocabularies", vocabs}};
}

bool corpus_meta_from_json(const ojson& j, Corpus& c, std::vector<std::string>& problems) {
  if (!j.is_object()) return false;
  for (const char* key : {"files", "diagnostics", "vocabularies"})
    if (!j.contains(key) || !j[key].is_array()) return false;
  auto str = [&](const ojson& o, const char* k) {
    auto it = o.find(k);
    if (it != o.end() && it->is_string()) return it->get<std::string>();
    if (it != o.end()) problems.push_back(std::string(k) + ": expected a string");
    return std::string();
  };
  auto num = [&](const ojson& o, const char* k) -> std::uint64_t {
    auto it = o.find(k);
    if (it != o.end() && it->is_number_unsigned()) return it->get<std::uint64_t>();
    if (it != o.end()) problems.push_back(std::string(k) + ": expected a number");
    return 0;
  };
  for (const auto& f : j["files"]) {
    if (!f.is_object()) return false;
    FileReport r;
    r.name = str(f, "name");
    const std::uint64_t format = num(f, "format");
    if (format > kFormatCount) problems.push_back("format: unknown");
    else r.format = static_cast<Format>(format);
    r.bytes = num(f, "bytes");
    r.content_hash = num(f, "hash");
    r.reviews = num(f, "reviews");
    r.recommendations = num(f, "recommendations");
    r.records = num(f, "records");
    r.warnings = num(f, "warnings");
    r.errors = num(f, "errors");
    r.notes = num(f, "notes");
    r.skipped = f.contains("skipped") && f["skipped"].is_boolean() && f["skipped"].get<bool>();
    r.skip_reason = str(f, "skip_reason");
    c.files.push_back(std::move(r));
  }
  for (const auto& d : j["diagnostics"]) {
    if (!d.is_object()) return false;
    Diagnostic diag;
    diag.file = str(d, "file");
    diag.line = static_cast<int>(num(d, "line"));
    diag.page = static_cast<int>(num(d, "page"));
    const std::string sev = str(d, "severity");
    diag.severity = sev == "warning" ? Severity::warning : sev == "note" ? Severity::note : Severity::error;
    diag.code = str(d, "code");
    diag.message = str(d, "message");
    c.diagnostics.push_back(std::move(diag));
  }
  for (const auto& v : j["vocabularies"]) {
    if (!v.is_object() || !v.contains("values") || !v["values"].is_array()) return false;
    Vocabulary voc;
    voc.name = str(v, "name");
    for (const auto& x : v["values"])
      if (x.is_string()) voc.values.push_back(x.get<std::string>());
    c.vocabularies.push_back(std::move(voc));
  }
  return true;
}

Review review_from_json(const ojson& j, const std::string& path, std::vector<std::string>& problems) {
  Review r;
  Reader rd{path, problems};
  if (!j.is_object()) { problems.push_back(path + ": expected an object, found " + std::string(j.type_name())); return r; }
  rd.get(j, "id", r.id);
  rd.get(j, "title", r.title);
  rd.get(j, "csp", r.csp);
  rd.get(j, "region", r.region);
  r.published = rd.date(j, "published");
  r.death = rd.date(j, "death");
  if (!r.death.known()) {  // the short form has only death_year
    int year = 0;
    rd.get(j, "death_year", year);
    if (year) r.death.year = year;
  }
  r.completed = rd.date(j, "completed");
  std::string kind;
  rd.get(j, "kind", kind);
  if (auto k = report_kind_from_key(kind)) r.kind = *k;
  else problems.push_back(path + ".kind: expected overview or executive-summary, found '" + kind + "'");
  rd.get(j, "subject", r.subject);
  rd.get(j, "author", r.author);
  rd.get(j, "summary", r.summary);
  if (const ojson* links = rd.array(j, "links"))
    for (const auto& l : *links) {
      Link link;
      if (l.is_object()) { rd.get(l, "label", link.label); rd.get(l, "url", link.url); }
      r.links.push_back(std::move(link));
    }
  r.source = rd.source(j);
  rd.get(j, "sources", r.sources);
  rd.get(j, "link_evidence", r.link_evidence);
  if (const ojson* inc = rd.object(j, "incident")) {
    Incident incident;
    Reader sub{path + ".incident", problems};
    if (const ojson* row = sub.object(*inc, "incident")) incident.incident = fact_from_json(*row, sub);
    if (const ojson* vs = sub.array(*inc, "victims"))
      for (const auto& v : *vs) incident.victims.push_back(fact_from_json(v, sub));
    if (const ojson* ps = sub.array(*inc, "perpetrators"))
      for (const auto& p : *ps) incident.perpetrators.push_back(fact_from_json(p, sub));
    r.incident = std::move(incident);
  }
  if (const ojson* recs = rd.array(j, "recommendations")) {
    std::size_t k = 0;
    for (const auto& rj : *recs) {
      std::string rpath = path + ".recommendations[" + std::to_string(k++) + "]";
      Reader rr{rpath, problems};
      Recommendation rec;
      if (!rj.is_object()) { problems.push_back(rpath + ": expected an object"); continue; }
      rr.get(rj, "id", rec.id);
      rr.get(rj, "label", rec.label);
      if (rec.label.empty() && !rj.contains("label")) rec.label = rec.id;  // short form has only id
      rr.get(rj, "text", rec.text);
      rr.get(rj, "addressed_to", rec.addressed_to);
      rec.agencies = agencies_from_json(rr, rj, "agencies");
      rr.get(rj, "themes", rec.themes);
      rec.source = rr.source(rj);
      r.recommendations.push_back(std::move(rec));
    }
  }
  r.actions_as_of = rd.date(j, "actions_as_of");
  if (const ojson* actions = rd.array(j, "actions")) {
    std::size_t k = 0;
    for (const auto& aj : *actions) {
      std::string apath = path + ".actions[" + std::to_string(k++) + "]";
      Reader ar{apath, problems};
      Action a;
      if (!aj.is_object()) { problems.push_back(apath + ": expected an object"); continue; }
      ar.get(aj, "recommendation", a.recommendation);
      ar.get(aj, "action", a.action);
      ar.get(aj, "lead", a.lead);
      a.lead_agencies = agencies_from_json(ar, aj, "lead_agencies");
      std::string scope;
      ar.get(aj, "scope", scope);
      if (auto sc = scope_from_text(scope)) a.scope = *sc;
      else problems.push_back(apath + ".scope: expected local, regional or national, found '" + scope + "'");
      ar.get(aj, "milestones", a.milestones);
      ar.get(aj, "target", a.target);
      a.target_date = ar.date(aj, "target_date");
      ar.get(aj, "outcome", a.outcome);
      a.completed_date = ar.date(aj, "completed_date");
      a.source = ar.source(aj);
      r.actions.push_back(std::move(a));
    }
  }
  return r;
}

}  // namespace dhrv
