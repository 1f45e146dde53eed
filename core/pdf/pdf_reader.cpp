// pdf_reader.cpp: the qpdf boundary. Compiled with exceptions (the rest of the core is not): qpdf repairs damaged
// files by throwing and catching inside, and reports what it cannot by throwing; every exception stops here and
// becomes a diagnostic for the file or the page it concerns.
#include "pdf/pdf_reader.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <map>
#include <memory>

#include "jobs/job.h"
#include "pdf/document_pass.h"
#include "pdf/font_loader.h"
#include "pdf/interpreter.h"
#include "pdf/layout.h"
#include "pdf/qpdf_access.h"

namespace dhrv::pdf {

namespace {

// Fonts are loaded once per document, whichever page or form uses them.
struct FontCache {
  std::map<QPDFObjGen, std::unique_ptr<Font>> by_object;
  std::vector<std::unique_ptr<Font>> direct;  // fonts written straight into a resource dictionary
  std::vector<std::string> problems;
};

class QpdfScope : public ResourceScope {
 public:
  QpdfScope(QPDFObjectHandle resources, FontCache& fonts, const Limits& limits)
      : resources_(resources), fonts_(fonts), limits_(limits) {}

  const Font* font(std::string_view name) override {
    try {
      QPDFObjectHandle dict = entry("/Font", name);
      if (!dict.isDictionary()) return nullptr;
      const QPDFObjGen og = dict.getObjGen();
      if (og.getObj() != 0) {
        auto it = fonts_.by_object.find(og);
        if (it == fonts_.by_object.end()) it = fonts_.by_object.emplace(og, load_font(dict, limits_.max_stream_bytes, fonts_.problems)).first;
        return it->second.get();
      }
      fonts_.direct.push_back(load_font(dict, limits_.max_stream_bytes, fonts_.problems));
      return fonts_.direct.back().get();
    } catch (const std::exception& e) {
      fonts_.problems.push_back("font /" + std::string(name) + " could not be read: " + e.what());
      return nullptr;
    }
  }

  std::unique_ptr<FormXObject> form(std::string_view name) override {
    try {
      QPDFObjectHandle x = entry("/XObject", name);
      if (!x.isStream() || name_of(x.getDict().getKey("/Subtype")) != "Form") return nullptr;
      auto f = std::make_unique<FormXObject>();
      f->content = stream_data(x, limits_.max_stream_bytes);
      QPDFObjectHandle m = x.getDict().getKey("/Matrix");
      if (m.isArray() && m.getArrayNItems() == 6)
        for (int i = 0; i < 6; ++i) f->matrix[static_cast<std::size_t>(i)] = number_or(m.getArrayItem(i), kIdentity[static_cast<std::size_t>(i)]);
      QPDFObjectHandle res = x.getDict().getKey("/Resources");
      if (res.isDictionary()) f->resources = std::make_unique<QpdfScope>(res, fonts_, limits_);
      return f;
    } catch (const std::exception& e) {
      fonts_.problems.push_back("form /" + std::string(name) + " could not be read: " + e.what());
      return nullptr;
    }
  }

 private:
  QPDFObjectHandle entry(const char* category, std::string_view name) {
    if (!resources_.isDictionary()) return {};
    QPDFObjectHandle dict = resources_.getKey(category);
    if (!dict.isDictionary()) return {};
    return dict.getKey("/" + std::string(name));
  }
  QPDFObjectHandle resources_;
  FontCache& fonts_;
  const Limits& limits_;
};

PageGeometry geometry(QPDFPageObjectHelper& page) {
  PageGeometry g;
  QPDFObjectHandle box = page.getAttribute("/CropBox", false);
  if (!box.isArray() || box.getArrayNItems() != 4) box = page.getAttribute("/MediaBox", false);
  if (box.isArray() && box.getArrayNItems() == 4) {
    float v[4];
    for (int i = 0; i < 4; ++i) v[i] = number_or(box.getArrayItem(i), 0);
    g.x0 = std::min(v[0], v[2]), g.x1 = std::max(v[0], v[2]), g.y0 = std::min(v[1], v[3]), g.y1 = std::max(v[1], v[3]);
    if (g.x1 - g.x0 < 1 || g.y1 - g.y0 < 1) g = PageGeometry{};
  }
  QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
  if (rotate.isInteger()) g.rotate = static_cast<int>(((rotate.getIntValue() % 360) + 360) % 360);
  return g;
}

// "D:20230131120000+00'00'" -> "2023-01-31"; anything else as written.
std::string pdf_date(const std::string& s) {
  std::string d = s.rfind("D:", 0) == 0 ? s.substr(2) : s;
  if (d.size() >= 8 && std::all_of(d.begin(), d.begin() + 8, [](char c) { return c >= '0' && c <= '9'; }))
    return d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
  return s;
}

void read_info(QPDF& q, Info& info) {
  QPDFObjectHandle dict = q.getTrailer().getKey("/Info");
  if (dict.isDictionary()) {
    auto text = [&](const char* key) {
      QPDFObjectHandle v = dict.getKey(key);
      return v.isString() ? v.getUTF8Value() : std::string();
    };
    info.title = text("/Title");
    info.author = text("/Author");
    info.subject = text("/Subject");
    info.creator = text("/Creator");
    info.producer = text("/Producer");
    info.created = pdf_date(text("/CreationDate"));
    info.modified = pdf_date(text("/ModDate"));
  }
  QPDFObjectHandle root = q.getRoot();
  info.tagged = root.getKey("/StructTreeRoot").isDictionary();
  info.encrypted = q.isEncrypted();
}

// Where a file cut short had its catalog: "N 0 obj << /Type /Catalog", for a trailer to point at.
int catalog_object(std::string_view bytes) {
  for (std::size_t at = bytes.find("/Catalog"); at != std::string_view::npos; at = bytes.find("/Catalog", at + 8)) {
    const std::size_t obj = bytes.rfind(" obj", at);
    if (obj == std::string_view::npos || at - obj > 200) continue;
    std::size_t end = bytes.rfind(' ', obj - 1);  // "N G obj": skip G
    if (end == std::string_view::npos) continue;
    std::size_t start = end;
    while (start > 0 && bytes[start - 1] >= '0' && bytes[start - 1] <= '9') --start;
    if (start == end) continue;
    int n = 0;
    for (std::size_t i = start; i < end && n < 10'000'000; ++i) n = n * 10 + (bytes[i] - '0');
    return n;
  }
  return 0;
}

// Opens the file with qpdf (repairing what it can), or says why not.
bool open_pdf(const std::string& name, std::string_view bytes, std::unique_ptr<QPDF>& q,
              std::vector<QPDFPageObjectHelper>& pages, Document& doc, std::string& patched, bool& truncated,
              const Limits& limits) {
  auto fail = [&](std::string code, std::string message) {
    doc.diagnostics.push_back({name, 0, Severity::error, std::move(code), std::move(message)});
    return false;
  };
  std::string problem;
  for (int attempt = 0; attempt < 2; ++attempt) {
    try {
      q = std::make_unique<QPDF>();
      q->setSuppressWarnings(true);
      const std::string_view input = attempt == 0 ? bytes : std::string_view(patched);
      q->processMemoryFile(name.c_str(), input.data(), input.size(), "");  // the empty user password opens most "secured" files
      if (q->getObjectCount() > limits.max_objects)
        return fail("pdf.limit.objects", "has " + std::to_string(q->getObjectCount()) + " objects, over the limit of " +
                                             std::to_string(limits.max_objects) + "; not read");
      pages = QPDFPageDocumentHelper(*q).getAllPages();
      read_info(*q, doc.info);
      truncated = attempt == 1;
      return true;
    } catch (const QPDFExc& e) {
      if (e.getErrorCode() == qpdf_e_password)
        return fail("pdf.password", "is protected by a password; it cannot be read without it (nothing was read)");
      problem = e.getMessageDetail();
    } catch (const std::exception& e) {
      problem = e.what();
    }
    // Cut short before its trailer: qpdf rebuilds the cross-references if a trailer says where the catalog is.
    const int catalog = attempt == 0 ? catalog_object(bytes) : 0;
    if (!catalog) break;
    patched.assign(bytes);
    patched += "\ntrailer\n<< /Root " + std::to_string(catalog) + " 0 R >>\n%%EOF\n";
  }
  return fail("pdf.damaged", "could not be read as a PDF, even with repair: " + problem);
}

}  // namespace

bool looks_like_pdf(std::string_view bytes) { return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos; }

jobs::Task<Document> read_pdf(jobs::JobControl& control, const std::string& name, std::string_view bytes, Limits limits) {
  Document doc;
  auto fail = [&](std::string code, std::string message, int page = 0) {
    Diagnostic d{name, 0, Severity::error, std::move(code), std::move(message)};
    d.page = page;
    doc.diagnostics.push_back(std::move(d));
  };
  auto note = [&](Severity sev, std::string code, std::string message, int page = 0) {
    Diagnostic d{name, 0, sev, std::move(code), std::move(message)};
    d.page = page;
    doc.diagnostics.push_back(std::move(d));
  };
  if (!looks_like_pdf(bytes)) {
    fail("pdf.not_pdf", "not a PDF (no %PDF- signature)");
    co_return doc;
  }
  std::unique_ptr<QPDF> q;
  std::vector<QPDFPageObjectHelper> pages;
  std::string patched;  // the file with a trailer added, when it was cut short before its own
  bool truncated = false;
  // No co_return inside a handler (not allowed in coroutines): handlers only say what went wrong.
  if (!open_pdf(name, bytes, q, pages, doc, patched, truncated, limits)) co_return doc;
  doc.readable = true;
  if (truncated)
    note(Severity::warning, "pdf.truncated", "is cut short (no trailer); read from a rebuilt one, so pages may be missing");
  doc.info.pages = static_cast<int>(pages.size());
  if (doc.info.encrypted) note(Severity::note, "pdf.encrypted", "is encrypted, with an empty password: opened");
  if (pages.size() > static_cast<std::size_t>(limits.max_pages)) {
    note(Severity::warning, "pdf.limit.pages", "has " + std::to_string(pages.size()) + " pages; only the first " +
                                                   std::to_string(limits.max_pages) + " are read");
    pages.erase(pages.begin() + limits.max_pages, pages.end());
  }
  try {
    if (q->anyWarnings())
      note(Severity::warning, "pdf.repaired", "is damaged; qpdf repaired it (" + std::to_string(q->getWarnings().size()) +
                                                   " problems), so some text may be missing");
  } catch (...) {
  }

  FontCache fonts;
  InterpreterLimits il;
  il.max_form_depth = limits.max_form_depth;
  il.max_glyphs = limits.max_glyphs_per_page;
  il.max_seconds = limits.max_seconds_per_page;
  control.set_item(name);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const int number = static_cast<int>(i) + 1;
    Page page;
    page.number = number;
    try {
      const PageGeometry g = geometry(pages[i]);
      page.width = g.width();
      page.height = g.height();
      std::string content;
      LimitedSink sink(content, limits.max_page_bytes);
      pages[i].pipeContents(&sink);
      QpdfScope scope(pages[i].getAttribute("/Resources", false), fonts, limits);
      PageContent pc;
      interpret(content, scope, g, pc, il);
      content.clear();
      if (pc.truncated)
        note(Severity::warning, "pdf.limit.glyphs", "has over " + std::to_string(limits.max_glyphs_per_page) +
                                                        " glyphs; the rest of the page is not read", number);
      if (pc.timed_out)
        note(Severity::warning, "pdf.limit.time", "took over " + std::to_string(static_cast<int>(limits.max_seconds_per_page)) +
                                                      " s to read; the rest of the page is not read", number);
      page = lay_out_page(number, g.width(), g.height(), pc);
    } catch (const LimitExceeded& e) {
      fail("pdf.limit.bytes", std::string("its content is too large: ") + e.what() + "; the page is not read", number);
    } catch (const std::exception& e) {
      fail("pdf.page", std::string("could not be read: ") + e.what(), number);
    }
    doc.pages.push_back(std::move(page));
    control.advance(0, 0);
    co_await control.checkpoint();
    if (control.cancelled()) co_return doc;
  }
  for (const std::string& p : fonts.problems) note(Severity::warning, "pdf.font", p);
  find_page_furniture(doc);
  join_continued_tables(doc);
  const bool any_text = std::any_of(doc.pages.begin(), doc.pages.end(), [](const Page& p) { return p.has_text; });
  if (!doc.pages.empty() && !any_text) {
    doc.scanned = true;
    note(Severity::warning, "pdf.scan",
         "has no text layer: this looks like a scan (pages of images); run it through OCR to read its text");
  }
  co_return doc;
}

Document read_pdf_now(const std::string& name, std::string_view bytes, const Limits& limits) {
  jobs::JobControl control;
  return jobs::run_now(read_pdf(control, name, bytes, limits));
}

}  // namespace dhrv::pdf
