#include "pdf_builder.h"

#include <qpdf/Pl_Buffer.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdio>
#include <map>

namespace dhrv::testing {

int PdfBuilder::add(std::string body) {
  objects_.push_back(std::move(body));
  return static_cast<int>(objects_.size());
}

int PdfBuilder::add_stream(const std::string& dict_entries, const std::string& data) {
  return add("<< " + dict_entries + " /Length " + std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream");
}

int PdfBuilder::reserve() { return add("null"); }

void PdfBuilder::set(int number, std::string body) { objects_[static_cast<std::size_t>(number - 1)] = std::move(body); }

int PdfBuilder::add_page(const std::string& content, const std::string& resources, const std::string& extra) {
  if (!pages_root_) pages_root_ = reserve();
  const int c = add_stream("", content);
  const int page = add("<< /Type /Page /Parent " + std::to_string(pages_root_) + " 0 R /MediaBox [0 0 612 792] /Contents " +
                       std::to_string(c) + " 0 R /Resources " + resources + " " + extra + " >>");
  pages_.push_back(page);
  return page;
}

int PdfBuilder::add_page_entries(const std::string& entries) {
  if (!pages_root_) pages_root_ = reserve();
  const int page = add("<< /Type /Page /Parent " + std::to_string(pages_root_) + " 0 R /MediaBox [0 0 612 792] " + entries + " >>");
  pages_.push_back(page);
  return page;
}

std::string PdfBuilder::build(const std::string& root_extra, const std::string& trailer_extra) const {
  std::vector<std::string> objects = objects_;
  int root = 0;
  if (pages_root_) {
    std::string kids;
    for (int p : pages_) kids += std::to_string(p) + " 0 R ";
    objects[static_cast<std::size_t>(pages_root_ - 1)] =
        "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages_.size()) + " >>";
    objects.push_back("<< /Type /Catalog /Pages " + std::to_string(pages_root_) + " 0 R " + root_extra + " >>");
    root = static_cast<int>(objects.size());
  }
  std::string out = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t off : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    out += line;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + (root ? " /Root " + std::to_string(root) + " 0 R" : "") +
         " " + trailer_extra + " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

std::string PdfBuilder::standard_font(const std::string& base) {
  return "<< /Type /Font /Subtype /Type1 /BaseFont /" + base + " /Encoding /WinAnsiEncoding >>";
}

std::string PdfBuilder::literal(const std::string& s) {
  std::string out = "(";
  for (char c : s) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}

std::string PdfBuilder::hex(const std::string& bytes) {
  static const char* digits = "0123456789ABCDEF";
  std::string out = "<";
  for (unsigned char c : bytes) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out + ">";
}

namespace {
void u16(std::string& s, unsigned v) {
  s += static_cast<char>((v >> 8) & 0xFF);
  s += static_cast<char>(v & 0xFF);
}
void u32(std::string& s, unsigned long v) {
  u16(s, static_cast<unsigned>(v >> 16));
  u16(s, static_cast<unsigned>(v & 0xFFFF));
}
}  // namespace

std::string truetype_program(int platform, int encoding, const std::vector<std::uint32_t>& codes,
                             const std::vector<std::string>& names) {
  // cmap format 4: one segment per code (plus the final 0xFFFF segment), glyph = code + delta.
  std::string sub;
  const unsigned segs = static_cast<unsigned>(codes.size()) + 1;
  u16(sub, 4);
  u16(sub, 0);  // length, patched below
  u16(sub, 0);
  u16(sub, segs * 2);
  u16(sub, 0), u16(sub, 0), u16(sub, 0);
  for (auto c : codes) u16(sub, c);
  u16(sub, 0xFFFF);
  u16(sub, 0);
  for (auto c : codes) u16(sub, c);
  u16(sub, 0xFFFF);
  for (std::size_t i = 0; i < codes.size(); ++i) u16(sub, static_cast<unsigned>((i + 1 - codes[i]) & 0xFFFF));
  u16(sub, 1);
  for (std::size_t i = 0; i < segs; ++i) u16(sub, 0);
  sub[2] = static_cast<char>(sub.size() >> 8), sub[3] = static_cast<char>(sub.size() & 0xFF);
  std::string cmap;
  u16(cmap, 0), u16(cmap, 1), u16(cmap, static_cast<unsigned>(platform)), u16(cmap, static_cast<unsigned>(encoding));
  u32(cmap, 12);
  cmap += sub;
  // post format 2: glyph 0 is .notdef (standard index 0); the others are named here (indices 258 and up).
  std::string post;
  u32(post, 0x00020000);
  for (int i = 0; i < 28; ++i) post += '\0';
  u16(post, static_cast<unsigned>(names.size() + 1));
  u16(post, 0);
  for (std::size_t i = 0; i < names.size(); ++i) u16(post, static_cast<unsigned>(258 + i));
  for (const auto& n : names) {
    post += static_cast<char>(n.size());
    post += n;
  }
  // The font file: offset table and two table records.
  std::string font;
  u32(font, 0x00010000);
  u16(font, 2), u16(font, 32), u16(font, 1), u16(font, 0);
  const unsigned long cmap_at = 12 + 32, post_at = cmap_at + cmap.size();
  font += "cmap";
  u32(font, 0), u32(font, cmap_at), u32(font, cmap.size());
  font += "post";
  u32(font, 0), u32(font, post_at), u32(font, post.size());
  return font + cmap + post;
}

std::string deflate(const std::string& bytes) {
  Pl_Buffer buffer("deflated");
  Pl_Flate flate("deflate", &buffer, Pl_Flate::a_deflate);
  flate.write(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  flate.finish();
  auto b = buffer.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
}

std::string encrypt(const std::string& pdf, const std::string& user_password, const std::string& owner_password) {
  QPDF q;
  q.processMemoryFile("plain", pdf.data(), pdf.size());
  QPDFWriter w(q);
  w.setOutputMemory();
  w.setR6EncryptionParameters(user_password.c_str(), owner_password.c_str(), true, true, true, true, true, true,
                              qpdf_r3p_full, true);
  w.write();
  auto buf = w.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buf->getBuffer()), buf->getSize());
}

}  // namespace dhrv::testing
