// pdf_file.cpp: the qpdf boundary (see pdf_file.h). Compiled with exceptions and as C++17; every exception stops
// here and becomes a FileProblem for the file or the page it concerns.
#include "pdf/pdf_file.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <map>

#include "pdf/font_loader.h"
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

  bool image(std::string_view name) override {
    try {
      QPDFObjectHandle x = entry("/XObject", name);
      return x.isStream() && name_of(x.getDict().getKey("/Subtype")) == "Image";
    } catch (const std::exception&) {
      return false;
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

// Annotations with a normal appearance (form field values, free-text notes, stamps): their appearance streams are
// drawn where the annotation sits, as viewers show them. Hidden ones are not.
void draw_annotations(QPDFPageObjectHelper& page, const PageGeometry& g, FontCache& fonts, const Limits& limits,
                      PageContent& pc, const InterpreterLimits& il) {
  QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
  if (!annots.isArray()) return;
  for (int i = 0; i < annots.getArrayNItems() && i < 2000; ++i) {
    QPDFObjectHandle a = annots.getArrayItem(i);
    if (!a.isDictionary()) continue;
    if (static_cast<long long>(number_or(a.getKey("/F"), 0)) & 2) continue;  // hidden
    QPDFObjectHandle ap = a.getKey("/AP");
    QPDFObjectHandle normal = ap.isDictionary() ? ap.getKey("/N") : QPDFObjectHandle();
    if (normal.isDictionary() && !normal.isStream()) {  // appearance states: the one /AS names
      QPDFObjectHandle state = a.getKey("/AS");
      normal = state.isName() ? normal.getKey(state.getName()) : QPDFObjectHandle();
    }
    QPDFObjectHandle rect = a.getKey("/Rect");
    if (!normal.isStream() || !rect.isArray() || rect.getArrayNItems() != 4) continue;
    QPDFObjectHandle dict = normal.getDict();
    Matrix m = kIdentity;
    QPDFObjectHandle mo = dict.getKey("/Matrix");
    if (mo.isArray() && mo.getArrayNItems() == 6)
      for (int k = 0; k < 6; ++k) m[static_cast<std::size_t>(k)] = number_or(mo.getArrayItem(k), kIdentity[static_cast<std::size_t>(k)]);
    QPDFObjectHandle bbox = dict.getKey("/BBox");
    if (!bbox.isArray() || bbox.getArrayNItems() != 4) continue;
    // The box, transformed by the form's matrix, fitted to the annotation's rectangle.
    float bx[4], rx[4];
    for (int k = 0; k < 4; ++k) bx[k] = number_or(bbox.getArrayItem(k), 0), rx[k] = number_or(rect.getArrayItem(k), 0);
    float xs[4], ys[4];
    const float cx[4] = {bx[0], bx[2], bx[0], bx[2]}, cy[4] = {bx[1], bx[1], bx[3], bx[3]};
    for (int k = 0; k < 4; ++k) xs[k] = cx[k] * m[0] + cy[k] * m[2] + m[4], ys[k] = cx[k] * m[1] + cy[k] * m[3] + m[5];
    const float tx0 = *std::min_element(xs, xs + 4), tx1 = *std::max_element(xs, xs + 4);
    const float ty0 = *std::min_element(ys, ys + 4), ty1 = *std::max_element(ys, ys + 4);
    if (tx1 - tx0 < 0.01f || ty1 - ty0 < 0.01f) continue;
    const float sx = (std::max(rx[0], rx[2]) - std::min(rx[0], rx[2])) / (tx1 - tx0);
    const float sy = (std::max(rx[1], rx[3]) - std::min(rx[1], rx[3])) / (ty1 - ty0);
    const Matrix fit{sx, 0, 0, sy, std::min(rx[0], rx[2]) - tx0 * sx, std::min(rx[1], rx[3]) - ty0 * sy};
    QPDFObjectHandle res = dict.getKey("/Resources");
    QpdfScope scope(res, fonts, limits);
    interpret(stream_data(normal, limits.max_stream_bytes), scope, g, pc, il, multiply(m, fit));
  }
}

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
              std::vector<QPDFPageObjectHelper>& pages, Info& info, std::string& patched, bool& truncated,
              const Limits& limits, std::vector<FileProblem>& problems) {
  auto fail = [&](std::string code, std::string message) {
    problems.push_back({FileProblem::Level::error, std::move(code), std::move(message), 0});
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
      read_info(*q, info);
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

FileProblem problem(FileProblem::Level level, std::string code, std::string message, int page = 0) {
  return FileProblem{level, std::move(code), std::move(message), page};
}

}  // namespace

struct PdfFile::Impl {
  std::string patched;  // the file with a trailer added, when it was cut short before its own
  std::unique_ptr<QPDF> q;
  std::vector<QPDFPageObjectHelper> pages;
  Info info;
  Limits limits;
  InterpreterLimits interpreter_limits;
  FontCache fonts;
};

PdfFile::PdfFile(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PdfFile::~PdfFile() = default;

std::unique_ptr<PdfFile> PdfFile::open(const std::string& name, std::string_view bytes, const Limits& limits,
                                       std::vector<FileProblem>& problems) {
  using Level = FileProblem::Level;
  auto impl = std::make_unique<Impl>();
  impl->limits = limits;
  impl->interpreter_limits.max_form_depth = limits.max_form_depth;
  impl->interpreter_limits.max_glyphs = limits.max_glyphs_per_page;
  impl->interpreter_limits.max_seconds = limits.max_seconds_per_page;
  bool truncated = false;
  if (!open_pdf(name, bytes, impl->q, impl->pages, impl->info, impl->patched, truncated, limits, problems)) return nullptr;
  if (truncated)
    problems.push_back(problem(Level::warning, "pdf.truncated",
                               "is cut short (no trailer); read from a rebuilt one, so pages may be missing"));
  impl->info.pages = static_cast<int>(impl->pages.size());
  if (impl->info.encrypted)
    problems.push_back(problem(Level::note, "pdf.encrypted", "is encrypted, with an empty password: opened"));
  if (impl->pages.size() > static_cast<std::size_t>(limits.max_pages)) {
    problems.push_back(problem(Level::warning, "pdf.limit.pages",
                               "has " + std::to_string(impl->pages.size()) + " pages; only the first " +
                                   std::to_string(limits.max_pages) + " are read"));
    impl->pages.erase(impl->pages.begin() + limits.max_pages, impl->pages.end());
  }
  try {
    if (impl->q->anyWarnings())
      problems.push_back(problem(Level::warning, "pdf.repaired",
                                 "is damaged; qpdf repaired it (" + std::to_string(impl->q->getWarnings().size()) +
                                     " problems), so some text may be missing"));
  } catch (...) {
  }
  return std::unique_ptr<PdfFile>(new PdfFile(std::move(impl)));
}

const Info& PdfFile::info() const { return impl_->info; }
int PdfFile::page_count() const { return static_cast<int>(impl_->pages.size()); }
std::vector<std::string> PdfFile::font_problems() const { return impl_->fonts.problems; }

bool PdfFile::read_page(int index, PageGeometry& g, PageContent& pc, std::vector<FileProblem>& problems) {
  using Level = FileProblem::Level;
  const int number = index + 1;
  Impl& m = *impl_;
  try {
    QPDFPageObjectHelper& page = m.pages.at(static_cast<std::size_t>(index));
    g = geometry(page);
    std::string content;
    LimitedSink sink(content, m.limits.max_page_bytes);
    page.pipeContents(&sink);
    QpdfScope scope(page.getAttribute("/Resources", false), m.fonts, m.limits);
    interpret(content, scope, g, pc, m.interpreter_limits);
    content.clear();
    draw_annotations(page, g, m.fonts, m.limits, pc, m.interpreter_limits);
    return true;
  } catch (const LimitExceeded& e) {
    problems.push_back(problem(Level::error, "pdf.limit.bytes",
                               std::string("its content is too large: ") + e.what() + "; the page is not read", number));
  } catch (const std::exception& e) {
    problems.push_back(problem(Level::error, "pdf.page", std::string("could not be read: ") + e.what(), number));
  }
  return false;
}

}  // namespace dhrv::pdf
